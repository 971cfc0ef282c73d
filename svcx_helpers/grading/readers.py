"""Small answer readers shared by the question banks: one place for each way of turning
a learner's answer into numbers (or a :class:`~svcx_helpers.grading.checks.AnswerMismatch`).

>>> from svcx_helpers.grading.readers import clean, pair
>>> pair({"Mean": 2, "median": 1.5}, (("mean",), ("median",)))
(2.0, 1.5)
>>> clean("Fast_fix - NOW")
'fast fix now'
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from ..i18n import t
from .compare import AnswerMismatch, describe


def mismatch(status: str, key: str, credit: float = 0.0, **values: Any) -> AnswerMismatch:
    """An :class:`AnswerMismatch` whose message is the i18n message ``key``."""
    return AnswerMismatch(status, t(key, **values), credit=credit)


def number(x: Any) -> float:
    """A finite float from a number (or a one-element array/Series); else a mismatch."""
    if isinstance(x, (np.ndarray, pd.Series)) and np.size(x) == 1:
        x = np.asarray(x).ravel()[0]
    if isinstance(x, (bool, np.bool_, str, bytes)) or not isinstance(
            x, (int, float, np.integer, np.floating)):
        raise mismatch("wrong_type", "check.not_number", got=describe(x))
    value = float(x)
    if not math.isfinite(value):
        raise mismatch("fail", "sdq.not_finite")
    return value


def pair(answer: Any, keys: tuple[tuple[str, ...], tuple[str, ...]]) -> tuple[float, float]:
    """Two numbers from a list/tuple of two or a dict/Series with one of the key aliases."""
    if isinstance(answer, (Mapping, pd.Series)):
        items = {str(k).strip().casefold(): v for k, v in dict(answer).items()}
        found = []
        for aliases in keys:
            hit = next((items[a] for a in aliases if a in items), None)
            if hit is None:
                raise mismatch("wrong_shape", "sdq.pair.keys",
                               keys=", ".join(k[0] for k in keys))
            found.append(hit)
        return number(found[0]), number(found[1])
    if isinstance(answer, (list, tuple, np.ndarray)):
        values = list(np.asarray(answer, dtype=object).ravel()) \
            if isinstance(answer, np.ndarray) else list(answer)
        if len(values) != 2:
            raise mismatch("wrong_shape", "check.expected_len", expected=2, got=len(values))
        return number(values[0]), number(values[1])
    raise mismatch("wrong_type", "sdq.pair.type", got=describe(answer))


def close(a: float, b: float, tol: float) -> bool:
    """|a − b| ≤ tol."""
    return math.isclose(a, b, abs_tol=tol)


def clean(text: Any) -> str:
    """Text folded for comparison: "_" and "-" as spaces, spaces collapsed, case-folded."""
    return " ".join(str(text).replace("_", " ").replace("-", " ").split()).casefold()
