"""Shared internals every other module uses: paths, text normalisation, YAML, booleans.

Nothing here knows about a method; analysis modules, plots, grading and publishing all
import these instead of borrowing one another's private helpers.

Where things are found (one documented mechanism):

* ``SVCX_DATA_DIR`` — the data folder (datasets, blueprint and journey cases, templates).
  Unset: ``data/`` of the repository when the package runs from a checkout; otherwise the
  folder ``svcx-data/`` beside the current working directory or in the user's home (the
  learner bundle unpacks it there). A clear error says where it looked.
* ``SVCX_ROOT`` — the repository (book, solutions, exercises) for the commands that build
  the book or release exercises; unset: the checkout the package runs from, else the
  current working directory.

>>> normalise_text("  Fast  FIX ") == "fast fix"
True
>>> parse_bool("是"), parse_bool("no")
(True, False)
>>> count_words("Waits fell by half."), count_words("等待时间减半")
(4, 4)
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).resolve().parent


def _checkout() -> Path | None:
    parent = PACKAGE_DIR.parent
    if (parent / "pyproject.toml").is_file() and (parent / "data").is_dir():
        return parent
    return None


def repo_root() -> Path:
    """The repository root: ``$SVCX_ROOT``, the checkout holding this package, or the
    current working directory."""
    env = os.environ.get("SVCX_ROOT")
    if env:
        return Path(env).resolve()
    return _checkout() or Path.cwd()


def data_dir() -> Path:
    """The data folder: ``$SVCX_DATA_DIR``, the checkout's ``data/``, or ``svcx-data/``
    in the working directory or the home folder (where the learner bundle puts it)."""
    env = os.environ.get("SVCX_DATA_DIR")
    if env:
        return Path(env)
    checkout = _checkout()
    if checkout is not None:
        return checkout / "data"
    # the bundle's notebooks run in exercises/ or exercises/zh/: svcx-data/ is up to two
    # folders above the working directory
    here = Path.cwd()
    for candidate in (*(d / "svcx-data" for d in (here, *here.parents[:2])),
                      Path.home() / "svcx-data"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        "svcx: no data folder found. Set SVCX_DATA_DIR to the folder with the course data "
        "(the learner bundle's svcx-data/), or run from a checkout of the repository. "
        f"Looked in: {Path.cwd() / 'svcx-data'}, {Path.home() / 'svcx-data'}.")


def normalise_text(value: Any) -> str:
    """Unicode NFKC, lower case, inner white space folded to one space, ends stripped."""
    text = unicodedata.normalize("NFKC", str(value)).strip().lower()
    return re.sub(r"\s+", " ", text)


def fold_key(value: Any) -> str:
    """A key as people type it: normalised, with ``_``, ``-`` and spaces all one ``_``.

    >>> fold_key("Fast-Fix ") == fold_key("fast_fix") == fold_key("FAST FIX")
    True
    """
    return re.sub(r"[\s_\-]+", "_", normalise_text(value)).strip("_")


TRUE_WORDS = frozenset({"true", "yes", "y", "1", "x", "是", "对", "有", "✓", "√", "t"})
FALSE_WORDS = frozenset({"false", "no", "n", "0", "否", "不", "无", "", "f", "-", "nan",
                         "none"})


def parse_bool(value: Any) -> bool:
    """True/false as spreadsheets and people write it (``yes``, ``1``, ``是``, ``x``…).

    Raises ``ValueError`` for anything else; blank (None, NaN, "") is False.
    """
    if isinstance(value, bool):
        return value
    if value is None or (isinstance(value, float) and value != value):
        return False
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    text = normalise_text(value)
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise ValueError(repr(value))


def count_words(text: str) -> int:
    """Words of a written text: whitespace-separated words plus one word per two CJK
    characters (Chinese is written without spaces)."""
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    return len(text.split()) + cjk // 2


def dump_yaml(data: Any) -> str:
    """YAML text in the layout of the shipped case files: keys in order, Unicode kept,
    two-element lists of scalars (flows, scales) written inline as ``[a, b]``."""
    import yaml

    class _Dumper(yaml.SafeDumper):
        pass

    def _list(dumper: Any, value: list[Any]) -> Any:
        inline = len(value) == 2 and all(isinstance(v, (str, int, float)) for v in value)
        return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=inline)

    _Dumper.add_representer(list, _list)
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
