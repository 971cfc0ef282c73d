"""What every question bank must do, shared by the tests/test_questions_*.py files.

Each bank's test file computes its own model answers (independently of the bank's code)
and its own typical mistakes; the three checks every bank shares live here once:

* :func:`assert_bank` — at least six tasks, at least one hidden test, at least two
  hints per task (each in English and Chinese), and a model answer for every task;
* :func:`assert_passes_as_data` — a model answer passes in the notebook and again after
  the JSON round trip through which ``svcx grade`` sees it, with full points;
* :func:`assert_never_raises` — with any answer at all (:func:`anything`), ``check`` and
  ``grade_answer`` give feedback, never an exception.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from hypothesis import strategies as st

from svcx_helpers import grading
from svcx_helpers.grading.payload import from_payload, to_payload


def anything(samples: Iterable[str] = (), keys: Iterable[str] = (),
             extra: st.SearchStrategy | None = None, size: int = 5,
             leaves: int = 12) -> st.SearchStrategy:
    """Any JSON-like answer a learner could type: scalars, ``...``, text (with
    ``samples`` that look almost right), lists, tuples and dicts (keys drawn from
    ``keys`` — the names the task expects — or random text), nested."""
    base = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text()
            | st.just(...))
    samples, keys = list(samples), list(keys)
    if samples:
        base = base | st.sampled_from(samples)
    if extra is not None:
        base = base | extra
    key = st.text(max_size=8) | (st.sampled_from(keys) if keys else st.nothing())
    return st.recursive(
        base,
        lambda inner: st.lists(inner, max_size=size) | st.tuples(inner, inner)
        | st.dictionaries(key, inner, max_size=max(3, size - 1)),
        max_leaves=leaves)


def assert_bank(assignment: str, model_answers: Mapping[str, object], hints: int = 2) -> None:
    questions = grading.load_bank(assignment)
    assert len(questions) >= 6, f"{assignment}: {len(questions)} tasks"
    assert any(q.hidden for q in questions), f"{assignment}: no hidden test"
    assert set(model_answers) == {q.id for q in questions}
    for q in questions:
        assert len(q.hints) >= hints, f"{q.id}: {len(q.hints)} hints"
        assert all(len(h) == 2 and all(h) for h in q.hints), f"{q.id}: hint not in EN and ZH"


def assert_passes_as_data(qid: str, answer: object) -> None:
    assert grading.check(qid, answer).passed, qid
    fb = grading.grade_answer(qid, from_payload(to_payload(answer)))  # as svcx grade sees it
    assert fb.passed and fb.points == fb.max_points, (qid, fb.message)


def assert_never_raises(qid: str, answer: object) -> None:
    for fb in (grading.check(qid, answer), grading.grade_answer(qid, answer)):
        assert fb.status in grading.STATUSES
        # "error": a comparator crashed (grading caught it) — feedback, but a bug of ours
        assert fb.status != "error", (qid, answer, fb.message)
        assert 0 <= fb.points <= fb.max_points
