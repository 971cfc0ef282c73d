"""check(): feedback for every answer, never a traceback in normal mode; strict mode raises."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.pandas import column, data_frames

from svcx_helpers import grading, i18n
from svcx_helpers.grading.checks import Question, check, register

HINTS = [("General hint.", "一般提示。"), ("More specific.", "更具体。"),
         ("Very specific.", "非常具体。")]

register(Question("t.letters", expected=lambda: ["O", "M", "A"], hints=HINTS,
                  compare=grading.sequence(normalize=lambda x: str(x).strip().upper())))
register(Question("t.number", expected=lambda: 0.6, compare=grading.number(atol=0.005),
                  hints=HINTS, points=2))
register(Question("t.set", expected=lambda: {"a", "b"}, compare=grading.unordered()))
register(Question("t.frame", compare=grading.frame(), expected=lambda: pd.DataFrame(
    {"A": [1, 2], "O": [3, 4]}, index=pd.Index(["x", "y"], name="attribute"))))
register(Question("t.choice", expected=lambda: "b", compare=grading.choice("abc")))
register(Question("t.text", expected=lambda: None, compare=grading.free_text(5)))
register(Question("t.broken", expected=lambda: 1 / 0, compare=grading.exact()))

QIDS = ["t.letters", "t.number", "t.set", "t.frame", "t.choice", "t.text", "t.broken",
        "nobank.q", "t.missing"]

anything = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text()
    | st.just(...) | st.binary(),
    lambda inner: st.lists(inner, max_size=5) | st.tuples(inner, inner)
    | st.dictionaries(st.text(max_size=3), inner, max_size=3)
    | st.sets(st.integers(), max_size=3),
    max_leaves=10,
)
frames = data_frames([column("A", dtype=float), column("O", dtype=int)])


@pytest.fixture(autouse=True)
def normal_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SVCX_STRICT", raising=False)
    grading.reset_attempts()
    i18n.set_language("en")


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(qid=st.sampled_from(QIDS), answer=anything | frames
       | st.builds(np.array, st.lists(st.integers(), max_size=4)))
def test_check_never_raises_in_normal_mode(qid: str, answer: object) -> None:
    fb = check(qid, answer)
    assert fb.status in grading.STATUSES
    assert isinstance(fb.text(), str) and isinstance(fb._repr_html_(), str)
    assert qid in fb.text()


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answer=anything)
def test_strict_mode_raises_unless_pass(answer: object, monkeypatch: pytest.MonkeyPatch
                                        ) -> None:
    monkeypatch.setenv("SVCX_STRICT", "1")
    try:
        fb = check("t.letters", answer)
    except grading.CheckFailed:
        return
    assert fb.passed


def test_pass_and_points() -> None:
    fb = check("t.letters", ["o", " m", "A"])
    assert fb.passed and fb.points == 1
    fb = check("t.number", 0.6004)
    assert fb.passed and fb.points == 2 and fb.max_points == 2


def test_unanswered_is_not_an_attempt() -> None:
    fb = check("t.letters", ...)
    assert fb.status == "unanswered" and "Not answered yet" in fb.text()
    assert fb.hint == ""


def test_hints_get_more_specific_and_reset_after_pass() -> None:
    hints = [check("t.letters", ["O", "M", "I"]).hint for _ in range(4)]
    assert hints == ["General hint.", "More specific.", "Very specific.", "Very specific."]
    assert check("t.letters", ["O", "M", "A"]).passed
    assert check("t.letters", ["O", "M", "I"]).hint == "General hint."


def test_wrong_type_and_shape_are_explained() -> None:
    fb = check("t.letters", "OMA")
    assert fb.status == "wrong_type" and "list" in fb.message and "str" in fb.message
    fb = check("t.letters", ["O", "M"])
    assert fb.status == "wrong_shape" and "Expected 3 items, but got 2" in fb.message
    fb = check("t.number", "0.6")
    assert fb.status == "wrong_type"
    fb = check("t.frame", pd.DataFrame({"A": [1, 2]}, index=["x", "y"]))
    assert fb.status == "wrong_shape" and "Missing columns: O" in fb.message


def test_frame_values_and_sets() -> None:
    good = pd.DataFrame({"O": [3, 4], "A": [1, 2]}, index=["y", "x"][::-1])
    assert check("t.frame", good).passed
    bad = good.copy()
    bad.loc["y", "O"] = 5
    fb = check("t.frame", bad)
    assert fb.status == "fail" and "1 of 4" in fb.message
    assert check("t.set", ["b", "a"]).passed
    fb = check("t.set", ["a", "c"])
    assert fb.status == "fail" and "c" in fb.message


def test_unknown_question_and_broken_bank_are_feedback() -> None:
    assert check("t.missing", 1).status == "error"
    assert check("nobank.q", 1).status == "error"
    assert check("t.broken", 1).status == "error"


def test_messages_follow_language() -> None:
    i18n.set_language("zh")
    try:
        fb = check("t.letters", ["O", "M", "I"])
        assert "还不对" in fb.text() and "一般提示" in fb.text()
        assert "尚未作答" in check("t.letters", ...).text()
    finally:
        i18n.set_language("en")


def test_free_text_and_choice() -> None:
    assert check("t.text", "Security comes first because a breach ends trust.").passed
    assert check("t.text", "因为账号安全是基本要求，缺少会导致强烈不满。").passed
    assert check("t.text", "yes").status == "fail"
    assert check("t.choice", "b").passed
    assert "not one of the options" in check("t.choice", "z").message


def test_progress_table_states_and_total() -> None:
    from svcx_helpers import progress
    from svcx_helpers.questions import kano as bank

    check("kano.t4_better", float(bank.evaluated().loc[bank.ALERTS, "better"]))
    check("kano.t4_worse", 0.1)
    check("kano.t5_priority", ...)
    table = progress("kano").table
    state = dict(zip(table["task"], table["state"], strict=True))
    assert state["kano.t4_better"] == "done" and state["kano.t4_worse"] == "attempted"
    assert state["kano.t5_priority"] == "not started" and state["kano.t2_counts"] == "not started"
    assert table.iloc[-1]["task"] == "Total" and table.iloc[-1]["points"] == 1.0
    assert table.iloc[-1]["max"] == 11.0
    assert "<table" in progress("kano")._repr_html_()


def test_partial_credit_only_when_enabled() -> None:
    register(Question("t.partial", expected=lambda: list("OMAI"), partial=True, points=2,
                      compare=grading.sequence()))
    assert check("t.partial", list("OMAA")).points == 1.5
    assert check("t.letters", ["O", "M", "I"]).points == 0


def test_bulk_grading_hint_is_not_numbered() -> None:
    fb = grading.grade_answer("t.letters", ["M", "O", "A"])
    assert fb.status == "fail" and fb.hint
    assert "Hint:" in fb.text() and "Hint 0" not in fb.text()
    assert "Hint:</em>" in fb._repr_html_()
    grading.reset_attempts("t.letters")
    assert "Hint 1:" in grading.check("t.letters", ["M", "O", "A"]).text()
