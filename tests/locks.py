"""One book build at a time: the suite may run on several pytest-xdist workers, and the
English, Chinese and class builds share `_build/` (vendored assets, jupyter-caches)."""

from __future__ import annotations

import contextlib
import fcntl
from collections.abc import Iterator
from pathlib import Path

LOCK = Path(__file__).resolve().parent.parent / "_build" / ".svcx-build.lock"


@contextlib.contextmanager
def build_lock() -> Iterator[None]:
    LOCK.parent.mkdir(parents=True, exist_ok=True)
    with LOCK.open("w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
