"""The blueprint exercise's checks: expected answers from the data, comparators that turn
every learner mistake into bilingual feedback, partial credit and hidden tests."""

from __future__ import annotations

import copy

import banks
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from svcx_helpers import grading, i18n
from svcx_helpers.blueprint import LANES, Blueprint, load
from svcx_helpers.grading.checks import check, grade_answer
from svcx_helpers.questions import blueprint as q

QIDS = sorted(qid for qid in grading.REGISTRY if qid.startswith("blueprint."))

anything = banks.anything(keys=["steps", "flows", "name"])


@pytest.fixture(autouse=True)
def normal_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SVCX_STRICT", raising=False)
    grading.reset_attempts()
    i18n.set_language("en")


def test_the_bank_registers_its_tasks() -> None:
    assert {"blueprint.t1_lanes", "blueprint.t2_encounters", "blueprint.t3_fail_points",
            "blueprint.t4_customer_time", "blueprint.t4_wait_time", "blueprint.t5_redesign",
            "blueprint.t5_explain", "blueprint.t6_problems", "blueprint.t6_fixed",
            "blueprint.t7_handoffs"} <= set(QIDS)
    for qid in QIDS:
        question = grading.REGISTRY[qid]
        assert question.hints and all(en and zh for en, zh in question.hints), qid


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(qid=st.sampled_from(QIDS), answer=anything, lang=st.sampled_from(["en", "zh"]))
def test_any_answer_gets_feedback_never_a_traceback(qid: str, answer: object, lang: str
                                                    ) -> None:
    with i18n.language(lang):
        fb = check(qid, answer)
        graded = grade_answer(qid, answer)
    assert fb.status in grading.STATUSES and graded.status in grading.STATUSES
    assert fb.status != "error", fb.text()
    assert 0 <= graded.points <= graded.max_points


def test_expected_answers_follow_the_data() -> None:
    restaurant = load("restaurant")
    assert grading.REGISTRY["blueprint.t2_encounters"].expected() == len(
        restaurant.encounters())
    assert sorted(grading.REGISTRY["blueprint.t3_fail_points"].expected()) == sorted(
        s.id for s in restaurant.steps if s.fail_point)
    before = load("government_window_before")
    waits = sum(s.wait for s in before.steps if s.wait_point)
    own = sum(s.duration or 0 for s in before.steps if s.lane == "customer")
    assert grading.REGISTRY["blueprint.t4_wait_time"].expected() == waits
    assert grading.REGISTRY["blueprint.t4_customer_time"].expected() == own + waits


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(wrong=st.sets(st.integers(0, len(q.LANE_TASK_STEPS) - 1)), shift=st.integers(1, 4))
def test_lanes_partial_credit_is_the_share_placed_right(wrong: set[int], shift: int) -> None:
    activities = q.lane_activities()
    right = q._lane_expected()
    answer = {}
    for k, activity in enumerate(activities):
        lane = right[activity]
        answer[activity] = LANES[(LANES.index(lane) + shift) % 5] if k in wrong else lane
    fb = grade_answer("blueprint.t1_lanes", answer)
    n = len(q.LANE_TASK_STEPS)
    assert fb.points == round(2 * (n - len(wrong)) / n, 2)
    assert fb.passed == (not wrong)


def test_lanes_accept_chinese_labels_and_lane_names() -> None:
    bank = load("bank_account_opening")
    zh_names = {"evidence": "有形展示", "customer": "顾客行为", "onstage": "前台",
                "backstage": "后台", "support": "支持过程"}
    answer = {bank.step(i).label_zh: zh_names[bank.step(i).lane] for i in q.LANE_TASK_STEPS}
    assert check("blueprint.t1_lanes", answer).passed
    with i18n.language("zh"):
        assert q.lane_activities()[0] == bank.step(q.LANE_TASK_STEPS[0]).label_zh
        fb = check("blueprint.t1_lanes", {"不存在的活动": "后台"})
    assert "不存在的活动" in fb.message and fb.status == "fail"


def test_encounter_mistakes_are_named() -> None:
    restaurant = load("restaurant")
    fb = check("blueprint.t2_encounters", len(restaurant.flows))
    assert fb.message == i18n.t("blueprint.bank.count.all_flows")
    assert check("blueprint.t2_encounters", restaurant.crossings()["interaction"]).passed
    assert check("blueprint.t2_encounters", "7").status == "wrong_type"


def test_fail_point_ids_unordered_with_partial_credit() -> None:
    ids = q.restaurant().fail_points()["id"].tolist()
    assert check("blueprint.t3_fail_points", [i.lower() for i in reversed(ids)]).passed
    fb = grade_answer("blueprint.t3_fail_points", [*ids[:-1], "C1"])
    assert fb.status == "fail" and "C1" in fb.message
    assert fb.points == round((len(ids) - 1) / (len(ids) + 1), 2)


def test_time_mistakes_are_named() -> None:
    m = load("government_window_before").metrics()
    assert check("blueprint.t4_customer_time", m["standard_time"]).message == \
        i18n.t("blueprint.bank.time.no_waits")
    assert check("blueprint.t4_wait_time", m["wait_points"]).message == \
        i18n.t("blueprint.bank.time.count")
    assert check("blueprint.t4_wait_time", m["customer_time"]).message == \
        i18n.t("blueprint.bank.time.whole")


def _halve_by_booking(design: dict) -> dict:
    """A real process change: an online booking step, shorter queues, no copy shop."""
    design = copy.deepcopy(design)
    design["steps"][:0] = [
        {"id": "E0", "lane": "evidence", "column": 0, "label": "Booking page"},
        {"id": "C0", "lane": "customer", "column": 0, "label": "Books slots", "duration": 5}]
    design["steps"].append({"id": "S9", "lane": "support", "column": 0, "label": "Bookings"})
    design["flows"].append(["C0", "S9"])
    for step in design["steps"]:
        if step["id"] in ("C2", "C7", "C11", "C14"):
            step["wait"] = 5
    design["steps"] = [s for s in design["steps"] if s["id"] not in ("E4", "C6")]
    return design


def test_redesign_is_rebuilt_validated_and_measured() -> None:
    before = load("government_window_before")
    good = _halve_by_booking(before.to_dict())
    assert Blueprint.from_dict(good).metrics()["wait_time"] <= before.metrics()["wait_time"] / 2
    assert check("blueprint.t5_redesign", good).passed
    assert grade_answer("blueprint.t5_redesign", good).passed

    fb = check("blueprint.t5_redesign", before.to_dict())
    assert fb.status == "fail" and "220" in fb.message and "110" in fb.message
    assert check("blueprint.t5_redesign", Blueprint.from_dict(good)).status == "wrong_type"
    assert check("blueprint.t5_redesign", [1, 2]).status == "wrong_type"

    broken = copy.deepcopy(good)
    broken["steps"] = [s for s in broken["steps"] if s["id"] != "E0"]   # C0 loses evidence
    fb = check("blueprint.t5_redesign", broken)
    assert fb.status == "fail" and "C0" in fb.message
    unreadable = copy.deepcopy(good)
    unreadable["steps"][0]["duration"] = "ten"
    assert "ten" in check("blueprint.t5_redesign", unreadable).message
    with i18n.language("zh"):
        assert "分钟" in check("blueprint.t5_redesign", before.to_dict()).message


def test_redesign_hidden_tests_need_a_process_change_and_an_own_design() -> None:
    numbers_only = load("government_window_before").to_dict()
    for step in numbers_only["steps"]:
        if step.get("wait_point"):
            step["wait"] = 1
    assert check("blueprint.t5_redesign", numbers_only).passed        # visible check
    graded = grade_answer("blueprint.t5_redesign", numbers_only)       # hidden test
    assert graded.status == "fail" and graded.points == 0
    shipped = load("government_window_after").to_dict()
    assert check("blueprint.t5_redesign", shipped).passed
    assert not grade_answer("blueprint.t5_redesign", shipped).passed


def test_broken_draft_has_one_problem_at_each_of_six_steps() -> None:
    assert q._broken_problems() == {"O3": "duplicate_id", "O4": "missing_step",
                                    "C2": "no_evidence", "C1": "wait", "O2": "fail_mode",
                                    "B1": "no_path"}
    assert q.broken_design() == q.broken_design() and q.broken_design() is not q._BROKEN
    fb = grade_answer("blueprint.t6_problems", {"C1": "wait", "X9": "no_path"})
    assert fb.status == "fail" and "X9" in fb.message and fb.points == round(1 / 7, 2)


def test_fixed_draft_must_validate_and_keep_its_steps() -> None:
    fixed = q.broken_design()
    fixed["steps"][1]["wait"] = 3
    fixed["steps"][5]["fail_mode"] = "Wrong drink"
    fixed["steps"][10]["id"] = "O4"
    fixed["steps"].append({"id": "E2", "lane": "evidence", "column": 2, "label": "Counter"})
    fixed["flows"].append(["B1", "O2"])
    assert check("blueprint.t6_fixed", fixed).passed
    shortcut = copy.deepcopy(fixed)
    shortcut["steps"] = [s for s in shortcut["steps"] if s["id"] != "B1"]
    shortcut["flows"] = [f for f in shortcut["flows"] if "B1" not in f]
    fb = check("blueprint.t6_fixed", shortcut)
    assert fb.status == "fail" and "B1" in fb.message
    assert check("blueprint.t6_fixed", q.broken_design()).status == "fail"


def test_handoffs_before_and_after() -> None:
    before, after = load("government_window_before"), load("government_window_after")
    expected = [before.crossings()["internal"], after.crossings()["internal"]]
    assert check("blueprint.t7_handoffs", expected).passed
    assert grade_answer("blueprint.t7_handoffs", [expected[0], -1]).points == 0.5


def test_explanation_must_name_a_cost_when_graded() -> None:
    text = ("We replaced the four queues with one window and booked time slots, so the "
            "applicant waits much less and hands in the papers only once in the whole visit.")
    assert check("blueprint.t5_explain", text).passed
    assert not grade_answer("blueprint.t5_explain", text).passed
    assert grade_answer("blueprint.t5_explain", text + " The back office takes over the "
                        "hand-offs.").passed


# ------------------------------------------------------------------ answer cards (no-code)
CARD_ANSWERS = {
    "blueprint.t1_lanes": q._lane_expected,
    "blueprint.t2_encounters": lambda: load("restaurant").metrics()["encounters"],
    "blueprint.t3_fail_points": lambda: [s.id for s in load("restaurant").steps if s.fail_point],
    "blueprint.t4_customer_time": lambda: q.before().metrics()["customer_time"],
    "blueprint.t4_wait_time": lambda: q.before().metrics()["wait_time"],
    "blueprint.t6_problems": q._broken_problems,
    "blueprint.t7_handoffs": lambda: [len(q.before().handoffs()), len(q.after().handoffs())],
}


def test_the_no_code_track_has_at_least_six_cards() -> None:
    cards = {qid: grading.REGISTRY[qid].card for qid in QIDS if grading.REGISTRY[qid].card}
    assert set(CARD_ANSWERS) | {"blueprint.t5_explain"} == set(cards)
    assert cards["blueprint.t5_explain"].kind == "text"
    # a design (a dict of steps and flows) cannot be answered on a card
    assert grading.REGISTRY["blueprint.t5_redesign"].card is None
    assert grading.REGISTRY["blueprint.t6_fixed"].card is None


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("qid", sorted(CARD_ANSWERS))
def test_card_answers_are_among_the_options_and_pass(qid: str, lang: str) -> None:
    card = grading.REGISTRY[qid].card
    answer = CARD_ANSWERS[qid]()
    with i18n.language(lang):
        values = [v for v, _ in card.option_list()]
        rows = [r for r, _ in card.row_list()]
        labels = [label for _, label in card.option_list() + card.row_list()]
        assert all(labels) and len(set(labels)) == len(labels)
        if card.kind == "multi":
            assert set(answer) <= set(values)
        if card.kind == "table":
            if card.as_dict:
                assert set(answer) <= set(rows)
            if card.options:
                assert set(answer.values()) <= set(values)
        assert check(qid, answer).passed


def test_card_table_of_lanes_reads_in_both_languages() -> None:
    card = grading.REGISTRY["blueprint.t1_lanes"].card
    with i18n.language("zh"):
        assert [label for _, label in card.option_list()] == [
            "有形展示", "顾客行为", "前台员工行为", "后台员工行为", "支持过程"]
        assert all(any("\u4e00" <= ch <= "\u9fff" for ch in label)
                   for _, label in card.row_list())


def test_empty_rows_of_the_problems_card_flag_nothing() -> None:
    """Rows left empty (None) flag nothing; a wrong row still costs."""
    answer = {"E1": None, "S1": ""} | q._broken_problems()
    assert check("blueprint.t6_problems", answer).passed
    answer["E1"] = "no_evidence"
    graded = grade_answer("blueprint.t6_problems", answer)
    assert graded.status == "fail" and 0 < graded.points < graded.max_points


def test_handoff_card_gives_a_list_before_after() -> None:
    graded = grade_answer("blueprint.t7_handoffs", [5, None])
    assert graded.status == "fail" and graded.points == pytest.approx(0.5)
