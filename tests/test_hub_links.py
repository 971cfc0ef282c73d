"""``svcx hub-links``: one nbgitpuller link per exercise notebook, in nbgitpuller's format."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from svcx_helpers import cli
from svcx_helpers.core import repo_root

ROOT = repo_root()
HUB, REPO = "https://hub.example.org/", "https://github.com/example-org/svcx.git"


def _links(capsys: pytest.CaptureFixture[str], *argv: str) -> list[tuple[str, str]]:
    assert cli.main(["hub-links", *argv]) == 0
    return [tuple(line.split("\t")) for line in capsys.readouterr().out.splitlines()]


def test_one_link_per_exercise_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    links = _links(capsys, "--hub", HUB, "--repo", REPO, "--branch", "spring-2027/class")
    expected = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("exercises/*.ipynb"))
    expected += sorted(p.relative_to(ROOT).as_posix()
                       for p in ROOT.glob("exercises/zh/*.ipynb"))
    assert [p for p, _ in links] == expected
    assert any(p.startswith("exercises/zh/") for p, _ in links)
    for path, url in links:
        parts = urlsplit(url)
        assert (parts.scheme, parts.netloc) == ("https", "hub.example.org")
        assert parts.path == "/hub/user-redirect/git-pull"
        query = parse_qs(parts.query, strict_parsing=True)
        assert query["repo"] == [REPO]
        assert query["branch"] == ["spring-2027/class"]
        prefix = "lab/tree/svcx/"
        (urlpath,) = query["urlpath"]
        assert urlpath.startswith(prefix)
        target = urlpath.removeprefix(prefix)
        assert target == path and target.startswith("exercises/")
        assert (ROOT / target).is_file()
        assert "/" not in parts.query.split("urlpath=")[1]  # the values are URL-encoded


def test_default_branch_is_main(capsys: pytest.CaptureFixture[str]) -> None:
    (_, url), *_ = _links(capsys, "--hub", "http://10.0.0.5", "--repo",
                          "https://git.example.org/svcx")
    assert parse_qs(urlsplit(url).query)["branch"] == ["main"]
    assert url.startswith("http://10.0.0.5/hub/user-redirect/git-pull?")


@pytest.mark.parametrize(("argv", "message"), [
    (["--hub", "hub.example.org", "--repo", REPO], "hub URL"),
    (["--hub", "ftp://hub.example.org", "--repo", REPO], "hub URL"),
    (["--hub", HUB, "--repo", "example-org/svcx"], "repository URL"),
    (["--hub", HUB, "--repo", REPO, "--branch", "a..b"], "branch"),
    (["--hub", HUB, "--repo", REPO, "--branch=-x"], "branch"),
    (["--hub", HUB, "--repo", REPO, "--branch", "my branch"], "branch"),
    (["--hub", HUB, "--repo", REPO, "--branch", "main.lock"], "branch"),
])
def test_bad_arguments_exit_2_with_a_clear_message(
        capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    assert cli.main(["hub-links", *argv]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("svcx hub-links: ") and message in captured.err


def test_binder_environment_pins_the_runtime_dependencies() -> None:
    import re
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    needed = [re.split(r"[<>=!~;\[ ]", d, maxsplit=1)[0].lower()
              for d in project["dependencies"]]
    needed += ["jupyterlab", "ipykernel", "nbgitpuller"]
    lines = [ln.split("#")[0].strip() for ln in
             (ROOT / "binder" / "requirements.txt").read_text(encoding="utf-8").splitlines()]
    pins = dict(re.split(r"(?=[<>=])", ln, maxsplit=1) for ln in lines if ln)
    pins = {k.lower(): v for k, v in pins.items()}
    for name in needed:
        assert name in pins, f"binder/requirements.txt lacks {name}"
    for name in project["dependencies"]:
        base = re.split(r"[<>=!~;\[ ]", name, maxsplit=1)[0].lower()
        assert pins[base].startswith("=="), f"{base} is not pinned"
    post = ROOT / "binder" / "postBuild"
    assert post.stat().st_mode & 0o111, "binder/postBuild must be executable"
    assert "pip install --no-deps" in post.read_text(encoding="utf-8")
