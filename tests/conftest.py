"""Test ordering: the catalogue test that every message key is used runs after all other
tests, so that it sees every key they looked up (svcx_helpers.i18n.LOOKED_UP).

Every test leaves the helpers' language as it found it: a test that switches to Chinese
and fails (or forgets) must not turn the next file's English messages Chinese."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

LAST = "test_i18n.py::test_every_key_is_used"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.nodeid.endswith(LAST))


@pytest.fixture(autouse=True)
def _language_restored() -> Iterator[None]:
    from svcx_helpers import i18n

    before = i18n.get_language()
    yield
    i18n.set_language(before)
