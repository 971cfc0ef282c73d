"""Comparators: callables ``(answer, expected)`` that return None or raise
:class:`AnswerMismatch` with a message for the learner. Every question bank uses these
(and the lenient readers of :mod:`svcx_helpers.grading.readers`) so that the same kind of
answer meets the same rules in every chapter.

>>> from svcx_helpers.grading.compare import AnswerMismatch, number
>>> number(atol=0.01)(0.555, 0.55) is None
True
>>> try:
...     number(atol=0.01)(0.7, 0.55)
... except AnswerMismatch as exc:
...     exc.status
'fail'
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import Any

import numpy as np
import pandas as pd

from ..core import count_words
from ..i18n import t


class AnswerMismatch(Exception):
    """Raised by comparators: ``status`` is fail / wrong_type / wrong_shape."""

    def __init__(self, status: str, message: str, credit: float = 0.0) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.credit = credit  # share of the points earned, for questions with partial credit


def describe(x: Any) -> str:
    if isinstance(x, pd.DataFrame):
        return f"DataFrame {x.shape[0]}×{x.shape[1]}"
    if isinstance(x, pd.Series):
        return f"Series ({len(x)})"
    if isinstance(x, np.ndarray):
        return f"array {x.shape}"
    if isinstance(x, (list, tuple, set)):
        return f"{type(x).__name__} ({len(x)})"
    if isinstance(x, str):
        return "str"
    return type(x).__name__


def _as_list(answer: Any, expected: Any) -> list[Any]:
    if isinstance(answer, (str, bytes)) or not isinstance(
            answer, (list, tuple, np.ndarray, pd.Series, pd.Index)):
        raise AnswerMismatch("wrong_type", t("check.expected_type", expected=describe(expected),
                                             got=describe(answer)))
    if isinstance(answer, np.ndarray) and answer.ndim != 1:
        raise AnswerMismatch("wrong_shape", t("check.expected_shape", expected=(len(expected),),
                                              got=answer.shape))
    return list(answer.tolist() if hasattr(answer, "tolist") else answer)


def _same_value(a: Any, e: Any, atol: float, rtol: float) -> bool:
    if isinstance(e, (bool, np.bool_)):
        return isinstance(a, (bool, np.bool_)) and bool(a) == bool(e)
    if isinstance(e, (int, float, np.integer, np.floating)) and not isinstance(e, bool):
        try:
            af = float(a)
        except (TypeError, ValueError):
            return False
        if isinstance(a, (str, bytes, bool)):
            return False
        ef = float(e)
        if math.isnan(ef):
            return math.isnan(af)
        return math.isclose(af, ef, abs_tol=atol, rel_tol=rtol)
    if e is None or (isinstance(e, float) and math.isnan(e)):
        return a is None or (isinstance(a, float) and math.isnan(a))
    return a == e


def exact(normalize: Callable[[Any], Any] | None = None) -> Callable[[Any, Any], None]:
    """Equality after ``normalize`` (e.g. upper-casing a category letter)."""
    def compare(answer: Any, expected: Any) -> None:
        a = normalize(answer) if normalize else answer
        if isinstance(expected, str) and not isinstance(a, str):
            raise AnswerMismatch("wrong_type", t("check.expected_type", expected="str",
                                                 got=describe(answer)))
        if not _same_value(a, expected, 0.0, 0.0):
            raise AnswerMismatch("fail", t("check.value_off"))
    return compare


def number(atol: float = 5e-3, rtol: float = 0.0) -> Callable[[Any, Any], None]:
    """A number within ``atol`` (absolute) or ``rtol`` (relative) of the expected one."""
    def compare(answer: Any, expected: Any) -> None:
        if isinstance(answer, (str, bytes, bool)) or not isinstance(
                answer, (int, float, np.integer, np.floating)):
            if isinstance(answer, (np.ndarray, pd.Series)) and np.size(answer) == 1:
                answer = np.asarray(answer).ravel()[0]
            else:
                raise AnswerMismatch("wrong_type", t("check.not_number", got=describe(answer)))
        if not _same_value(answer, expected, atol, rtol):
            raise AnswerMismatch("fail", t("check.value_off"))
    return compare


def sequence(normalize: Callable[[Any], Any] | None = None, atol: float = 1e-6
             ) -> Callable[[Any, Any], None]:
    """An ordered list (list/tuple/array/Series) equal item by item to the expected one."""
    def compare(answer: Any, expected: Any) -> None:
        exp = list(expected)
        got = _as_list(answer, exp)
        if len(got) != len(exp):
            raise AnswerMismatch("wrong_shape", t("check.expected_len", expected=len(exp),
                                                  got=len(got)))
        norm = [normalize(x) if normalize else x for x in got]
        wrong = [i for i, (a, e) in enumerate(zip(norm, exp, strict=True))
                 if not _same_value(a, e, atol, 0.0)]
        if wrong:
            raise AnswerMismatch("fail", t("check.n_wrong", n=len(wrong), total=len(exp),
                                           where=f"#{wrong[0] + 1}"),
                                 credit=1 - len(wrong) / len(exp))
    return compare


def unordered(normalize: Callable[[Any], Any] | None = None) -> Callable[[Any, Any], None]:
    """A collection with the same members as the expected one, in any order."""
    def compare(answer: Any, expected: Any) -> None:
        exp = set(expected)
        if isinstance(answer, (set, frozenset)):
            answer = sorted(answer, key=str)
        got_list = _as_list(answer, list(exp))
        got = {normalize(x) if normalize else x for x in got_list}
        missing, extra = exp - got, got - exp
        msgs = []
        if missing:
            msgs.append(t("check.missing_labels", what=t("check.what.items"),
                          labels=len(missing)))
        if extra:
            msgs.append(t("check.extra_labels", what=t("check.what.items"),
                          labels=", ".join(sorted(map(str, extra)))))
        if msgs:
            raise AnswerMismatch("fail", " ".join(msgs))
    return compare


def choice(options: Iterable[Any], normalize: Callable[[Any], Any] | None = None
           ) -> Callable[[Any, Any], None]:
    """One of a fixed set of options (e.g. a letter of a multiple-choice question)."""
    opts = list(options)

    def compare(answer: Any, expected: Any) -> None:
        a = normalize(answer) if normalize else answer
        if a not in opts:
            raise AnswerMismatch("fail", t("check.choice_invalid", got=answer,
                                           options=", ".join(map(str, opts))))
        if a != expected:
            raise AnswerMismatch("fail", t("check.value_off"))
    return compare


def free_text(min_words: int = 15) -> Callable[[Any, Any], None]:
    """A written justification: passes when it has ``min_words`` words (or 2× CJK chars,
    see :func:`count_words`); the trainer reads it. ``expected`` is unused."""
    def compare(answer: Any, expected: Any) -> None:
        if not isinstance(answer, str):
            raise AnswerMismatch("wrong_type", t("check.expected_type", expected="str",
                                                 got=describe(answer)))
        words = count_words(answer)
        if words < min_words:
            raise AnswerMismatch("fail", t("check.text_short", n=min_words, got=words))
    return compare


def frame(atol: float = 1e-6, check_order: bool = False) -> Callable[[Any, Any], None]:
    """A DataFrame (or Series) with the expected rows, columns and values."""
    def compare(answer: Any, expected: Any) -> None:
        kind = type(expected)
        if not isinstance(answer, kind):
            raise AnswerMismatch("wrong_type", t("check.expected_type",
                                                 expected=describe(expected),
                                                 got=describe(answer)))
        exp = expected.to_frame() if isinstance(expected, pd.Series) else expected
        got = answer.to_frame() if isinstance(answer, pd.Series) else answer
        if isinstance(expected, pd.Series):
            got.columns = exp.columns
        msgs = []
        for axis, what in (("index", "check.what.index"), ("columns", "check.what.columns")):
            e_lab, g_lab = list(getattr(exp, axis)), list(getattr(got, axis))
            miss = [x for x in e_lab if x not in set(g_lab)]
            extra = [x for x in g_lab if x not in set(e_lab)]
            if miss:
                msgs.append(t("check.missing_labels", what=t(what),
                              labels=", ".join(map(str, miss[:5]))))
            if extra:
                msgs.append(t("check.extra_labels", what=t(what),
                              labels=", ".join(map(str, extra[:5]))))
        if msgs:
            raise AnswerMismatch("wrong_shape", " ".join(msgs))
        if check_order and (list(got.index) != list(exp.index)):
            raise AnswerMismatch("fail", t("check.value_off"))
        got = got.loc[exp.index, exp.columns]
        wrong = []
        for r in exp.index:
            for c in exp.columns:
                if not _same_value(got.at[r, c], exp.at[r, c], atol, 0.0):
                    wrong.append((r, c))
        if wrong:
            n_all = exp.size
            where = f"{wrong[0][0]} / {wrong[0][1]}"
            raise AnswerMismatch("fail", t("check.n_wrong", n=len(wrong), total=n_all,
                                           where=where), credit=1 - len(wrong) / n_all)
    return compare
