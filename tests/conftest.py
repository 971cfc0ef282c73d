"""Test ordering: the catalogue test that every message key is used runs after all other
tests, so that it sees every key they looked up (svcx_helpers.i18n.LOOKED_UP)."""

from __future__ import annotations

import pytest

LAST = "test_i18n.py::test_every_key_is_used"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.nodeid.endswith(LAST))
