"""The answer readers every question bank uses: one place for each way of turning a
learner's answer into values (or a :class:`~svcx_helpers.grading.checks.AnswerMismatch`).

**The one leniency.** Readers are lenient about the *form* of an answer and strict about
its *content*:

* containers — a list, tuple, 1-D array, dict or Series (values in the order asked for,
  or under their keys) are all the same answer;
* keys — compared with :func:`svcx_helpers.core.fold_key`: any case, ``_``, ``-`` and
  spaces alike (``"Mean-Wait"`` is ``mean_wait``), surrounding blanks ignored, and each
  value may be given under any of its aliases;
* numbers — Python or numpy ints and floats, or a one-element array/Series, all the same;
  closeness is ``|a − b| ≤ tol`` (:func:`close`, plus a 1e-9 relative margin for
  rounding);
* texts — compared with :func:`clean` (case, ``_``/``-``/spaces folded).

Never lenient: a number written as text (``"2.5"``), a bool as a number, NaN/∞, a wrong
count of values or a missing key are each a clear mismatch that names what was expected.

>>> from svcx_helpers.grading.readers import clean, pair, values
>>> pair({"Mean": 2, "median": 1.5}, (("mean",), ("median",)))
(2.0, 1.5)
>>> pair({"Mean-Wait": 2, "p90 wait": 3}, ("mean_wait", "p90_wait"))
(2.0, 3.0)
>>> values(["a", 1, 2], ("name", "x", "y"))
['a', 1, 2]
>>> clean("Fast_fix - NOW")
'fast fix now'
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from ..core import fold_key
from ..i18n import t
from .compare import AnswerMismatch, describe

Keys = Sequence["str | Sequence[str]"]
"""Keys of the values asked for, in order: each a name or a tuple of aliases (the first
is the one named in messages)."""


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
        raise mismatch("fail", "standards.bank.not_finite")
    return value


def _aliases(keys: Keys) -> list[tuple[str, ...]]:
    return [(k,) if isinstance(k, str) else tuple(k) for k in keys]


def values(answer: Any, keys: Keys) -> list[Any]:
    """``len(keys)`` values, as given, in the order of ``keys``: from a list/tuple/array of
    that length, or from a dict/Series holding each key (or one of its aliases, compared
    with :func:`~svcx_helpers.core.fold_key`). A Series without any of the keys in its
    index (e.g. ``pd.Series([a, b])``) is read by position."""
    aliases = _aliases(keys)
    names = ", ".join(a[0] for a in aliases)
    if isinstance(answer, pd.Series):
        folded = {fold_key(k) for k in answer.index}
        if not any(fold_key(a) in folded for group in aliases for a in group):
            answer = answer.tolist()
    if isinstance(answer, (Mapping, pd.Series)):
        items: dict[str, Any] = {}
        for k, v in dict(answer).items():
            items.setdefault(fold_key(k), v)
        found = []
        for group in aliases:
            hit = next((fold_key(a) for a in group if fold_key(a) in items), None)
            if hit is None:
                raise mismatch("wrong_shape", "check.answer.keys", keys=names)
            found.append(items[hit])
        return found
    if isinstance(answer, (list, tuple, np.ndarray)):
        seq = list(np.asarray(answer, dtype=object).ravel()) \
            if isinstance(answer, np.ndarray) else list(answer)
        if len(seq) != len(aliases):
            raise mismatch("wrong_shape", "check.expected_len", expected=len(aliases),
                           got=len(seq))
        return seq
    raise mismatch("wrong_type", "check.answer.type", n=len(aliases), keys=names,
                   got=describe(answer))


def pair(answer: Any, keys: Keys) -> tuple[float, float]:
    """Two numbers (:func:`number`) read by :func:`values`."""
    first, second = values(answer, keys)
    return number(first), number(second)


def numbers(answer: Any, keys: Keys) -> list[float]:
    """``len(keys)`` numbers (:func:`number`) read by :func:`values`."""
    return [number(v) for v in values(answer, keys)]


def close(a: float, b: float, tol: float) -> bool:
    """|a − b| ≤ tol (with a 1e-9 relative margin for floating-point rounding)."""
    return math.isclose(a, b, abs_tol=tol, rel_tol=1e-9)


def clean(text: Any) -> str:
    """Text folded for comparison: "_" and "-" as spaces, spaces collapsed, case-folded."""
    return " ".join(str(text).replace("_", " ").replace("-", " ").split()).casefold()


def code(text: Any, names: Mapping[str, Sequence[str]]) -> str | None:
    """The code (a key of ``names``) that ``text`` names — the code itself or one of its
    aliases (English or Chinese), compared with :func:`clean`; None when unknown.

    >>> code("Must Be", {"must_be": ("必备型",), "one_dimensional": ("期望型",)})
    'must_be'
    >>> code("期望型", {"must_be": ("必备型",), "one_dimensional": ("期望型",)})
    'one_dimensional'
    >>> code(3, {"must_be": ()}) is None
    True
    """
    if not isinstance(text, str):
        return None
    got = clean(text)
    for key, aliases in names.items():
        if got == clean(key) or got in {clean(a) for a in aliases}:
            return key
    return None


def fields(answer: Any, keys: Mapping[str, Sequence[str]], what: str, *,
           keys_message: str = "check.bank.keys") -> dict[str, Any]:
    """The values of a dict/Series answer under ``keys`` (each with its aliases), or of a
    list/tuple in key order, as {key: value}. A dict with other keys → the message
    ``keys_message`` (a bank may word it for its task); not a container →
    ``check.bank.keyed_type`` naming ``what``.

    >>> fields({"Low": 1, "high": 2}, {"low": (), "high": ("upper",)}, "the limits")
    {'low': 1, 'high': 2}
    >>> fields([1, 2], {"low": (), "high": ()}, "the limits")
    {'low': 1, 'high': 2}
    """
    names = list(keys)
    try:
        got = values(answer, [(name, *aliases) for name, aliases in keys.items()])
    except AnswerMismatch as exc:
        if exc.status == "wrong_shape" and isinstance(answer, (Mapping, pd.Series)):
            raise mismatch("wrong_shape", keys_message, keys=", ".join(names)) from None
        if exc.status == "wrong_type":
            raise mismatch("wrong_type", "check.bank.keyed_type", what=what,
                           keys=", ".join(names), got=describe(answer)) from None
        raise
    return dict(zip(names, got, strict=True))


def field_numbers(answer: Any, keys: Mapping[str, Sequence[str]], what: str, *,
                  keys_message: str = "check.bank.keys") -> dict[str, float]:
    """:func:`fields` whose values are each read with :func:`number`."""
    return {k: number(v) for k, v in fields(answer, keys, what,
                                             keys_message=keys_message).items()}
