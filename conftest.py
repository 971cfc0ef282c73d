"""pytest set-up shared by unit tests and notebook tests (nbval).

Notebooks of the Chinese edition (``*/zh/*``) run with ``SVCX_I18N_STRICT=1``: a text
shown by a quiz without its Chinese translation raises.

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


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    # nbval starts a notebook's kernel while setting up its first cell; the kernel
    # inherits os.environ as it is at that moment.
    path = Path(str(item.path))
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
