"""pytest set-up shared by unit tests and notebook tests (nbval).

Notebooks of the Chinese edition (``*/zh/*``) run with ``SVCX_I18N_STRICT=1``: a text
shown by a quiz without its Chinese translation raises.

Chapter notebooks (``book/chapters``, ``book/zh/chapters``) are also executed by the book
build that the suite runs (``tests/test_book.py``), which fails on any cell error and, for
the Chinese edition, runs with ``SVCX_I18N_STRICT=1`` too. When the build's jupyter-cache
holds a record for a chapter's current code, that execution succeeded with the same
settings nbval would use, so nbval does not run it a second time: the cells are skipped
with the record named. Without a record (the build did not run, or the code changed
since) nbval runs the chapter as usual. The same holds for the released exercises, which
the class edition's build (``tests/test_class_edition.py``) executes. Solutions always
run here: only nbval runs them in strict mode.

Solution notebooks run in *strict* mode: ``SVCX_STRICT=1`` is in the environment when
their kernel starts, so any check that does not pass raises and fails the test. Exercise
and chapter notebooks run in normal mode, where checks only give feedback.
"""

from __future__ import annotations

import contextlib
import os
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent
os.environ.setdefault("PYTHONHASHSEED", "0")
os.environ.pop("SVCX_LANG", None)


CHAPTER_CACHES = {
    ROOT / "book" / "chapters": ROOT / "_build" / ".jupyter_cache",
    ROOT / "book" / "zh" / "chapters": ROOT / "_build" / "zh-book" / "_build" / ".jupyter_cache",
    # the class edition (tests/test_class_edition.py) executes the released exercises
    ROOT / "exercises": ROOT / "_build" / "class" / "en" / "_build" / ".jupyter_cache",
    ROOT / "exercises" / "zh": ROOT / "_build" / "class" / "zh" / "_build" / ".jupyter_cache",
}
_CACHED: dict[Path, str | None] = {}


def executed_by_the_build(path: Path) -> str | None:
    """"record N of CACHE" when the book build's jupyter-cache holds a successful
    execution of this chapter notebook's current code (myst-nb caches only successes)."""
    cache_dir = CHAPTER_CACHES.get(path.parent)
    if cache_dir is None or not cache_dir.is_dir():
        return None
    if path not in _CACHED:
        import nbformat
        from jupyter_cache import get_cache

        try:
            record = get_cache(cache_dir).match_cache_notebook(
                nbformat.read(path, as_version=4))
            _CACHED[path] = f"record {record.pk} of {cache_dir.relative_to(ROOT)}"
        except KeyError:
            _CACHED[path] = None
    return _CACHED[path]


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    # nbval starts a notebook's kernel while setting up its first cell; the kernel
    # inherits os.environ as it is at that moment.
    path = Path(str(item.path))
    if path.suffix == ".ipynb" and (record := executed_by_the_build(path)):
        pytest.skip(f"executed without error by the book build ({record})")
    if path.suffix == ".ipynb":
        if (ROOT / "solutions") in path.parents:
            os.environ["SVCX_STRICT"] = "1"
        else:
            os.environ.pop("SVCX_STRICT", None)
        # Chinese-edition notebooks: a quiz text without its translation is an error
        if "zh" in path.relative_to(ROOT).parts:
            os.environ["SVCX_I18N_STRICT"] = "1"
        else:
            os.environ.pop("SVCX_I18N_STRICT", None)


@pytest.fixture
def no_missing_glyphs() -> Callable[[str], contextlib.AbstractContextManager[None]]:
    """``with no_missing_glyphs("zh"): …`` — draw in that language with matplotlib's
    "Glyph … missing from font(s)" warning turned into an error; fails at once when no
    CJK font is installed (./kit installs fonts-noto-cjk)."""
    from svcx_helpers import i18n
    from svcx_helpers.plots.fonts import find_cjk_font

    if find_cjk_font() is None:
        pytest.fail("no CJK font installed: ./kit installs fonts-noto-cjk (see font.missing)")

    @contextlib.contextmanager
    def check(lang: str) -> Iterator[None]:
        with i18n.language(lang), warnings.catch_warnings():
            warnings.simplefilter("error")
            yield

    return check
