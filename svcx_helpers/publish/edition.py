"""The class edition of the site: exercises to do, no answers anywhere.

``svcx build`` makes the reader edition (chapters plus worked solutions behind toggles).
``svcx build --edition class`` makes the site for a graded course into
``_build/class/html/`` (English) and ``_build/class/html/zh/`` (Chinese):

* the "Practice" part and the capstone show the learner notebooks ``exercises/*.ipynb``
  (``exercises/zh/*.ipynb`` in Chinese) instead of ``solutions/``, each page with a
  download link to the notebook (Sphinx's copy of the page's source, ``_sources/…``);
* the trainer pages (``book/trainer-guide.md``, ``book/trainer-answers.md`` and their
  Chinese) are left out; ``{doc}`` links to ``solutions/…`` point at ``exercises/…``;
* the Sphinx config value ``svcx_edition = "class"`` is set, and the build runs with the
  environment variable ``SVCX_EDITION=class``: quiz questions marked
  ``"reveals": True`` (their explanation gives an exercise's answer away) are shown
  without explanations (:func:`svcx_helpers.quiz.quiz_html`).

The generated ``_config.yml`` / ``_toc.yml`` live in ``_build/class/en/`` and
``_build/class/zh/``, each build with its own ``--path-output`` and execution cache.

Example
-------
>>> toc = class_toc()
>>> [c["file"] for c in toc["parts"][-3]["chapters"]][:2]
['exercises/customers', 'exercises/kano']
>>> any("trainer" in c["file"] for p in toc["parts"] for c in p["chapters"])
False
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from ..core import repo_root

EDITION = "class"
ENV = "SVCX_EDITION"  # read by svcx_helpers.quiz in the kernels of the build
LEFT_OUT = ("trainer-guide", "trainer-answers")  # pages for trainers only
CAPTIONS = {"Practice (exercises with solutions)": "Practice (exercises)",
            "练习（附参考答案）": "练习"}


def _learner_file(f: str) -> str | None:
    """A toc entry of the reader edition → its class-edition entry (None: left out)."""
    if f.rsplit("/", 1)[-1] in LEFT_OUT:
        return None
    if f.startswith("solutions/"):
        return "exercises/" + f.removeprefix("solutions/")
    return f


def class_toc(root: Path | None = None, lang: str = "en") -> dict[str, Any]:
    """The class edition's table of contents (``lang`` "en" or "zh")."""
    root = root or repo_root()
    if lang == "zh":
        from .translate import zh_toc

        toc = zh_toc(root)
    else:
        toc = yaml.safe_load((root / "_toc.yml").read_text(encoding="utf-8"))
    parts = []
    for part in toc.get("parts", []):
        chapters = [{"file": z} for c in part.get("chapters", [])
                    if (z := _learner_file(c["file"]))]
        if chapters:
            parts.append({"caption": CAPTIONS.get(part["caption"], part["caption"]),
                          "chapters": chapters})
    return {"format": toc["format"], "root": toc["root"], "parts": parts}


def class_config(root: Path | None = None, lang: str = "en") -> dict[str, Any]:
    """The class edition's ``_config.yml``: exercises read, solutions not."""
    root = root or repo_root()
    if lang == "zh":
        from .translate import zh_config

        config = zh_config(root)
    else:
        config = yaml.safe_load((root / "_config.yml").read_text(encoding="utf-8"))
    excluded = [p for p in config.get("exclude_patterns", []) if p != "exercises/**"]
    config["exclude_patterns"] = [*excluded, "solutions/**"]
    config["sphinx"].setdefault("config", {})["svcx_edition"] = EDITION
    return config


def write_class_book_files(root: Path | None = None, lang: str = "en") -> tuple[Path, Path]:
    """Write the class edition's ``_config.yml`` and ``_toc.yml`` (``_build/class/LANG/``)."""
    root = root or repo_root()
    out = root / "_build" / "class" / lang
    out.mkdir(parents=True, exist_ok=True)
    config, toc = out / "_config.yml", out / "_toc.yml"
    config.write_text(yaml.safe_dump(class_config(root, lang), allow_unicode=True,
                                     sort_keys=False), encoding="utf-8")
    toc.write_text(yaml.safe_dump(class_toc(root, lang), allow_unicode=True,
                                  sort_keys=False), encoding="utf-8")
    return config, toc


_DOC_LINK = re.compile(r"(\{doc\}`[^`]*?)solutions/")


def learner_links(text: str) -> str:
    """``{doc}`` links to worked solutions point at the learner notebooks instead.

    >>> learner_links("see {doc}`../solutions/capstone` and {doc}`x <../../solutions/zh/kano>`")
    'see {doc}`../exercises/capstone` and {doc}`x <../../exercises/zh/kano>`'
    """
    return _DOC_LINK.sub(r"\1exercises/", text)


def download_link(pagename: str, lang: str) -> str | None:
    """HTML of the link to a practice page's learner notebook (None on other pages)."""
    import posixpath

    if not pagename.startswith("exercises/"):
        return None
    href = posixpath.relpath(f"_sources/{pagename}.ipynb", posixpath.dirname(pagename))
    label = ("下载练习笔记本（.ipynb），在 JupyterLab 中完成" if lang == "zh"
             else "Download this exercise notebook (.ipynb) to work on it in JupyterLab")
    return (f'<p class="svcx-download"><a class="reference download" href="{href}" '
            f'download="{posixpath.basename(pagename)}.ipynb">{label}</a></p>')
