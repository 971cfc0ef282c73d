"""Every example in a docstring of svcx_helpers runs and gives what it shows.

The developers' guide asks each function's docstring for an example; this makes those
examples tests (``doctest``), so they cannot drift from the code.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import svcx_helpers

MODULES = sorted(m.name for m in pkgutil.walk_packages(svcx_helpers.__path__, "svcx_helpers.")
                 if not m.name.endswith("__main__"))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
                             verbose=False)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} examples failed"


def test_most_modules_show_an_example() -> None:
    finder = doctest.DocTestFinder()
    with_examples = [name for name in MODULES
                     if any(t.examples for t in finder.find(importlib.import_module(name)))]
    assert len(with_examples) >= 0.6 * len(MODULES), sorted(set(MODULES) - set(with_examples))
