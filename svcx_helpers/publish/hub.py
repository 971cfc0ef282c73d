"""nbgitpuller links: hand out the exercises on a JupyterHub (``svcx hub-links``).

A link asks the learner's hub to clone (first time) or merge (later) the course
repository into their home folder and open one notebook in JupyterLab. The hub needs the
``nbgitpuller`` package (installed by ``binder/requirements.txt``). The format is
nbgitpuller's documented one:
``{hub}/hub/user-redirect/git-pull?repo=…&branch=…&urlpath=lab/tree/{repo_name}/{path}``,
every value URL-encoded; ``repo_name`` is the folder nbgitpuller clones into (the last
part of the repository URL without ``.git``).

Example
-------
>>> url = hub_link("https://hub.example.org/", "https://github.com/org/svcx.git", "main",
...                "exercises/kano.ipynb")
>>> url.split("?")[0]
'https://hub.example.org/hub/user-redirect/git-pull'
>>> "urlpath=lab%2Ftree%2Fsvcx%2Fexercises%2Fkano.ipynb" in url
True
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from ..core import repo_root


class HubLinkError(ValueError):
    """A hub URL, repository URL or branch name that cannot make a working link."""


# git check-ref-format, simplified: letters, digits and . _ - / ; no "..", "//", "@{",
# no leading "-", "/" or ".", no trailing "/", "." or ".lock"
_BRANCH = re.compile(r"^(?![-/.])(?!.*(\.\.|//|@\{))[A-Za-z0-9._/-]+(?<![/.])$")


def _check_url(url: str, what: str, schemes: tuple[str, ...]) -> None:
    parts = urlsplit(url)
    if parts.scheme not in schemes or not parts.netloc:
        raise HubLinkError(f"{what} {url!r} must be a full URL starting with "
                           + " or ".join(f"{s}://" for s in schemes)
                           + " (e.g. https://hub.example.org)")


def repo_name(repo: str) -> str:
    """The folder nbgitpuller clones ``repo`` into.

    >>> repo_name("https://github.com/org/svcx.git")
    'svcx'
    """
    name = urlsplit(repo).path.rstrip("/").rsplit("/", 1)[-1].removesuffix(".git")
    if not name:
        raise HubLinkError(f"repository URL {repo!r} names no repository")
    return name


def hub_link(hub: str, repo: str, branch: str, path: str) -> str:
    """The nbgitpuller link that opens ``path`` (relative to the repository) on ``hub``."""
    _check_url(hub, "hub URL", ("https", "http"))
    _check_url(repo, "repository URL", ("https", "http", "git", "ssh"))
    if not _BRANCH.match(branch) or branch.endswith(".lock"):
        raise HubLinkError(f"branch {branch!r} is not a valid git branch name "
                           "(letters, digits, . _ - /; e.g. main)")
    query = urlencode({"repo": repo, "branch": branch,
                       "urlpath": f"lab/tree/{repo_name(repo)}/{path}"})
    return f"{hub.rstrip('/')}/hub/user-redirect/git-pull?{query}"


def exercise_paths(root: Path | None = None) -> list[str]:
    """The learner notebooks, English then Chinese: ``exercises/…`` paths."""
    root = root or repo_root()
    files = sorted((root / "exercises").glob("*.ipynb"))
    files += sorted((root / "exercises" / "zh").glob("*.ipynb"))
    return [f.relative_to(root).as_posix() for f in files]


def hub_links(hub: str, repo: str, branch: str = "main",
              root: Path | None = None) -> list[tuple[str, str]]:
    """(path, link) for every exercise notebook."""
    return [(p, hub_link(hub, repo, branch, p)) for p in exercise_paths(root)]
