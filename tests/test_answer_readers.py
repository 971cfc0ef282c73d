"""One set of answer readers (svcx_helpers/grading/readers.py) for every question bank.

Every bank question whose model answer is a number, a list/tuple of numbers or a dict
is checked with the same lenient forms (they must pass) and the same non-answers (they
must give a clear mismatch, never an exception):

* keys in another case and with ``_``/``-``/space folded (``mean_wait`` → ``Mean-Wait``);
* tuple ↔ list ↔ dict ↔ Series, numpy scalars instead of Python numbers;
* numbers written as text → ``wrong_type`` (or a failing check) with a message.

Model answers come from the banks' own test files (``tests/test_questions_*.py``), or,
for the banks without one, from the question's ``expected()``.
"""

from __future__ import annotations

import importlib
import numbers
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
import pytest

from svcx_helpers import grading, i18n
from svcx_helpers.grading import readers

NOT_FOR_THIS_TASK = {
    # a Series indexed 0/1 is how pandas gives "by reopened flag" (groupby): keyed, not positional
    "standards.t4_top2_reopened": {"series"},
}
"""Lenient forms that mean something else for one task (each with its reason)."""

TEXT_IS_AN_ANSWER = {
    # principles are named by number or by name: "4" is principle 4, on purpose
    "queues.t1_maister",
}

BANKS = ("kano", "servqual", "blueprint", "journey", "process", "standards", "recovery",
         "queues", "customers", "emotions", "training", "communication", "culture",
         "servicescape", "outsourcing", "audit", "cost", "creative")


def _model_answers(bank: str) -> dict[str, Any]:
    try:
        module = importlib.import_module(f"test_questions_{bank}")
    except ImportError:
        module = None
    answers = dict(module.model_answers()) if module and hasattr(module, "model_answers") \
        else {}
    for q in grading.load_bank(bank):
        if q.id not in answers:
            expected = q.expected()
            if grading.check(q.id, expected).passed:  # an expected value that is an answer
                answers[q.id] = expected
    grading.reset_attempts()
    return answers


def _is_number(x: Any) -> bool:
    return isinstance(x, numbers.Real) and not isinstance(x, (bool, np.bool_))


def _readable(answer: Any) -> bool:
    """A number, a list/tuple of 2+ numbers, or a dict of numbers under text keys."""
    if _is_number(answer):
        return True
    if isinstance(answer, (list, tuple)):
        return len(answer) >= 2 and all(_is_number(x) for x in answer)
    if isinstance(answer, Mapping):
        return bool(answer) and all(isinstance(k, str) for k in answer) and all(
            _is_number(v) for v in answer.values())
    return False


def _cases() -> list[tuple[str, Any]]:
    cases = []
    for bank in BANKS:
        for qid, answer in sorted(_model_answers(bank).items()):
            if _readable(answer):
                cases.append((qid, answer))
    return cases


CASES = _cases()


def _numpy(x: Any) -> Any:
    return np.int64(x) if isinstance(x, int) else np.float64(x)


def _mean_wait(key: str) -> str:
    """``mean_wait`` → ``Mean-Wait``: another case and ``-`` for ``_``."""
    return "-".join(part.capitalize() for part in key.replace(" ", "_").split("_"))


def lenient_forms(answer: Any) -> dict[str, Any]:
    if _is_number(answer):
        return {"numpy scalar": _numpy(answer), "one-element array": np.array([answer])}
    if isinstance(answer, (list, tuple)):
        return {"list": list(answer), "tuple": tuple(answer),
                "array": np.array(answer), "numpy scalars": [_numpy(x) for x in answer],
                "series": pd.Series(list(answer))}
    return {"UPPER keys": {k.upper(): v for k, v in answer.items()},
            "Mean-Wait keys": {_mean_wait(k): v for k, v in answer.items()},
            "spaced keys": {f" {k.replace('_', ' ')} ": v for k, v in answer.items()},
            "series": pd.Series(answer),
            "numpy scalars": {k: _numpy(v) for k, v in answer.items()}}


def as_text(answer: Any) -> Any:
    if _is_number(answer):
        return str(answer)
    if isinstance(answer, (list, tuple)):
        return type(answer)(str(x) for x in answer)
    return {k: str(v) for k, v in answer.items()}


@pytest.fixture(autouse=True)
def _english() -> Any:
    i18n.set_language("en")
    grading.reset_attempts()
    yield
    i18n.set_language("en")


def test_every_reading_bank_is_covered() -> None:
    banks = {qid.split(".")[0] for qid, _ in CASES}
    assert {"process", "journey", "queues", "standards", "customers"} <= banks, banks
    assert len(CASES) >= 15


@pytest.mark.parametrize(("qid", "answer"), CASES, ids=[c[0] for c in CASES])
def test_model_answer_passes_in_every_lenient_form(qid: str, answer: Any) -> None:
    assert grading.check(qid, answer).passed
    failed = {}
    for form, value in lenient_forms(answer).items():
        if form in NOT_FOR_THIS_TASK.get(qid, ()):
            continue
        fb = grading.check(qid, value)
        if not fb.passed:
            failed[form] = fb.text()
    assert not failed, failed


@pytest.mark.parametrize(("qid", "answer"), CASES, ids=[c[0] for c in CASES])
def test_numbers_as_text_are_a_clear_mismatch(qid: str, answer: Any) -> None:
    if qid in TEXT_IS_AN_ANSWER:
        pytest.skip("text is a valid answer to this task")
    for lang in ("en", "zh"):
        i18n.set_language(lang)
        fb = grading.check(qid, as_text(answer))
        assert not fb.passed and fb.status in ("wrong_type", "wrong_shape", "fail"), fb.text()
        assert fb.message.strip(), fb.text()
        grading.reset_attempts()


def test_readers_fold_keys_and_containers() -> None:
    keys = (("mean_wait", "mean"), ("p90_wait", "p90"))
    want = (2.0, 3.0)
    for answer in ({"Mean-Wait": 2, "P90 WAIT": 3}, {"mean": 2, "p90": 3}, [2, 3], (2, 3),
                   np.array([2, 3]), pd.Series([2, 3]), pd.Series({"mean_wait": 2,
                                                                   "p90-wait": 3}),
                   [np.int64(2), np.float32(3)]):
        assert readers.pair(answer, keys) == want, answer
    assert readers.values(["a", 1, 2.5], ("x", "y", "z")) == ["a", 1, 2.5]
    assert readers.numbers({"Z": 3, "y": 2, "X": 1}, "xyz") == [1.0, 2.0, 3.0]


@pytest.mark.parametrize(("answer", "status", "needle"), [
    (["2", "3"], "wrong_type", "Expected a number"),
    ({"mean_wait": 2}, "wrong_shape", "mean_wait, p90_wait"),
    ([1, 2, 3], "wrong_shape", "2"),
    ("2, 3", "wrong_type", "mean_wait, p90_wait"),
    ([True, 3], "wrong_type", "Expected a number"),
    ([float("nan"), 3], "fail", ""),
])
def test_readers_refuse_with_a_message(answer: Any, status: str, needle: str) -> None:
    with pytest.raises(grading.AnswerMismatch) as err:
        readers.pair(answer, ("mean_wait", "p90_wait"))
    assert err.value.status == status
    assert needle in str(err.value)


def test_close_and_clean() -> None:
    assert readers.close(1.0, 1.004, 0.005) and not readers.close(1.0, 1.006, 0.005)
    assert readers.clean("Fast_Fix-now ") == readers.clean("fast fix  NOW")


def test_no_bank_keeps_its_own_copy_of_a_reader() -> None:
    import ast
    from pathlib import Path

    own = {"_pair", "_close", "_clean", "_values", "_number", "_num"}
    folder = Path(grading.__file__).resolve().parents[1] / "questions"
    copies = [f"{p.name}:{node.name}" for p in sorted(folder.glob("*.py"))
              for node in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
              if isinstance(node, ast.FunctionDef) and node.name in own]
    assert not copies
