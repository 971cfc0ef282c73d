"""The process question bank: the model answers pass (also as data, the way `svcx grade`
sees them), typical mistakes get their own message in both languages, the hidden test
catches a redesign that removes the service itself, and no answer makes check() raise."""

from __future__ import annotations

import banks
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from svcx_helpers import grading, i18n, process
from svcx_helpers.grading.checks import check, grade_answer
from svcx_helpers.grading.payload import from_payload, to_payload
from svcx_helpers.questions import process as bank

QIDS = sorted(q.id for q in grading.load_bank("process"))
VA = list(bank.VALUE_ADDING)


@pytest.fixture(autouse=True)
def normal_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SVCX_STRICT", raising=False)
    grading.reset_attempts()
    i18n.set_language("en")


def cleaned() -> pd.DataFrame:
    raw = bank.messy_log()
    clean = raw.rename(columns={"activty": "activity"})
    row = clean["end"] < clean["start"]
    clean.loc[row, ["start", "end"]] = clean.loc[row, ["end", "start"]].to_numpy()
    return clean


def model_redesign() -> dict[str, dict[str, object]]:
    return {"Fill in form": {"speedup": 0.5},
            "Back-office approval": {"remove": True},
            "Identify customer": {"wait_cut": 0.5},
            "Loan consultation": {"wait_cut": 0.8}}


def model_answers() -> dict[str, object]:
    before, after = bank.before_log(), bank.after_log()
    m = process.metrics(before, VA).overall
    table = process.variants(before)
    repeats = (before.groupby(["case", "activity"]).size() - 1).groupby(level="activity").sum()

    def handoffs(log: pd.DataFrame) -> float:
        ids = log.loc[log["service"] == "account_opening", "case"].unique()
        return float(process.metrics(log).cases.loc[ids, "handoffs"].mean())

    return {
        "process.t1_clean": cleaned(),
        "process.t2_lead_wait": [m["lead_time_mean"], m["waiting_time_mean"]],
        "process.t3_flow_va": [m["flow_efficiency"], m["va_ratio"]],
        "process.t4_variant": (table["variant"].iloc[0], table["share"].iloc[0]),
        "process.t5_rework": repeats.idxmax(),
        "process.t6_handoffs": [handoffs(before), handoffs(after)],
        "process.t7_waiting_change": process.compare(before, after).loc[
            "waiting_time_mean", "change_pct"],
        "process.t8_redesign": model_redesign(),
    }


@pytest.fixture(scope="module")
def answers() -> dict[str, object]:
    return model_answers()


def test_bank_has_at_least_six_tasks_and_a_hidden_test(answers: dict[str, object]) -> None:
    banks.assert_bank("process", answers)
    assert set(QIDS) == {f"process.t{i}_{n}" for i, n in enumerate(
        ["clean", "lead_wait", "flow_va", "variant", "rework", "handoffs", "waiting_change",
         "redesign"], start=1)}


@pytest.mark.parametrize("qid", QIDS)
def test_model_answers_pass_also_as_data(qid: str, answers: dict[str, object]) -> None:
    banks.assert_passes_as_data(qid, answers[qid])


def test_the_messy_log_fails_for_the_two_planted_reasons() -> None:
    raw = bank.messy_log()
    with pytest.raises(ValueError, match="activity"):
        process.load_log(raw)
    with pytest.raises(ValueError, match="row 7"):
        process.load_log(raw.rename(columns={"activty": "activity"}))
    log = process.load_log(cleaned())
    assert len(log) == len(raw) and log["case"].nunique() == 4
    # the swapped row is C2's approval: 09:46–09:58 once repaired
    row = log[(log["case"] == "C2") & (log["activity"] == "Back-office approval")].iloc[0]
    assert (row["end"] - row["start"]) == pd.Timedelta(minutes=12)


def test_cleaned_log_also_accepted_as_loaded_log_and_after_round_trip() -> None:
    loaded = process.load_log(cleaned())
    assert check("process.t1_clean", loaded).passed
    back = from_payload(to_payload(loaded))
    assert grade_answer("process.t1_clean", back).passed


def test_hand_computed_metrics_of_the_cleaned_log() -> None:
    # C2: 09:03 → 10:12 = 69 min lead; work 1 + 8 + 2 + 5 + 12 + 7 = 35 min; waits 8+19+7=34
    cases = process.metrics(cleaned()).cases
    assert cases.loc["C2", "lead_time"] == 69
    assert cases.loc["C2", "touch_time"] == 35
    assert cases.loc["C2", "waiting_time"] == 34
    # hand-offs: machine → form desk → teller_2 → back office → teller_2 = 4
    assert cases.loc["C2", "handoffs"] == 4


def test_expected_answers_follow_the_library() -> None:
    lead, wait = bank.lead_and_wait()
    assert 0 < wait < lead
    flow, va = bank.flow_and_va()
    assert 0 < va < flow <= 1
    variant, share = bank.top_variant()
    assert variant.startswith("Take ticket") and 0 < share < 1
    assert bank.most_rework() <= {"Fill in form", "Check documents"}
    before, after = bank.handoffs_before_after()
    assert after < before
    assert bank.waiting_change_pct() < 0
    assert bank.lead_time_cut(model_redesign()) >= bank.TARGET_CUT


@pytest.mark.parametrize("case", [
    ("process.t2_lead_wait", lambda e: [e[1], e[0]], "process.bank.swapped"),
    ("process.t2_lead_wait", lambda e: [e[0] / 60, e[1] / 60], "process.bank.time.hours"),
    ("process.t2_lead_wait", lambda e: [e[0] * 60, e[1] * 60], "process.bank.time.seconds"),
    ("process.t3_flow_va", lambda e: [e[1], e[0]], "process.bank.swapped"),
    ("process.t3_flow_va", lambda e: [100 * e[0], 100 * e[1]], "process.bank.share.percent"),
    ("process.t7_waiting_change", lambda e: -e, "process.bank.change.sign"),
    ("process.t7_waiting_change", lambda e: e / 100, "process.bank.change.share"),
])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_typical_mistakes_get_their_own_message(case: tuple, lang: str) -> None:
    qid, wrong, key = case
    expected = grading.get_question(qid).expected()
    i18n.set_language(lang)
    fb = check(qid, wrong(expected))
    assert fb.status == "fail"
    message = i18n.MESSAGES[key][i18n.LANGUAGES.index(lang)]
    assert fb.message.startswith(message.split("{")[0][:12]), fb.message


def test_more_typical_mistakes() -> None:
    before = bank.before_log()
    cases = process.metrics(before, VA).cases
    lead, wait = bank.lead_and_wait()
    fb = check("process.t2_lead_wait", [lead, float(cases["touch_time"].mean())])
    assert fb.status == "fail" and "touch time" in fb.message
    fb = check("process.t2_lead_wait", [float(cases["lead_time"].median()), wait])
    assert "median" in fb.message
    fb = check("process.t3_flow_va", [float(cases["flow_efficiency"].mean()),
                                      float(cases["va_ratio"].mean())])
    assert "per-case ratios" in fb.message
    flow, _ = bank.flow_and_va()
    all_va = process.metrics(before, set(before["activity"])).overall["va_ratio"]
    assert "every activity" in check("process.t3_flow_va", [flow, all_va]).message

    variant, share = bank.top_variant()
    assert "percentage" in check("process.t4_variant", (variant, 100 * share)).message
    fb = check("process.t4_variant", (variant, share * len(cases)))
    assert "number of cases" in fb.message
    second = process.variants(before)["variant"].iloc[1]
    assert "number 2" in check("process.t4_variant", (second, share)).message
    assert check("process.t4_variant", (variant.split(" → "), share)).passed
    assert check("process.t4_variant", (variant.replace(" → ", " -> ").upper(), share)).passed
    backwards = " → ".join(reversed(variant.split(" → ")))
    assert "order" in check("process.t4_variant", (backwards, share)).message

    assert "never done twice" in check("process.t5_rework", "Take ticket").message
    assert "not an activity" in check("process.t5_rework", "Queueing").message
    assert check("process.t5_rework", sorted(bank.most_rework())).passed

    b, a = bank.handoffs_before_after()
    overall_b = process.metrics(before).overall["handoffs_per_case"]
    fb = check("process.t6_handoffs", [overall_b, a])
    assert fb.status == "fail" and "account_opening" in fb.message
    assert "swapped" in check("process.t6_handoffs", [a, b]).message
    assert check("process.t6_handoffs", {"before": b, "after": a}).passed

    table = process.compare(before, bank.after_log())
    fb = check("process.t7_waiting_change", table.loc["lead_time_mean", "change_pct"])
    assert "lead_time_mean" in fb.message
    fb = check("process.t7_waiting_change", table.loc["waiting_time_mean", "change"])
    assert "minutes" in fb.message


def test_cleaning_mistakes_get_feedback_and_partial_credit() -> None:
    raw = bank.messy_log()
    fb = check("process.t1_clean", raw)
    assert fb.status == "fail" and "activty" in fb.message and fb.points == 0
    dropped = raw.rename(columns={"activty": "activity"})
    dropped = dropped[pd.to_datetime(dropped["end"]) >= pd.to_datetime(dropped["start"])]
    fb = grade_answer("process.t1_clean", dropped)
    assert fb.status == "fail" and "swap" in fb.message and fb.points == 1.0
    wrong_time = cleaned()
    wrong_time.loc[7, "end"] = wrong_time.loc[7, "start"]
    fb = grade_answer("process.t1_clean", wrong_time)
    assert fb.status == "fail" and "C2" in fb.message and fb.points == 1.0
    half = cleaned().iloc[:5]
    assert grade_answer("process.t1_clean", half).points == 0
    assert check("process.t1_clean", 4).status == "wrong_type"
    for lang in ("en", "zh"):
        with i18n.language(lang):
            fb = check("process.t1_clean", raw.rename(columns={"activty": "activity"}))
            assert fb.status == "fail" and "7" in fb.message   # load_log names the row


def test_redesign_feedback_partial_credit_and_hidden_test() -> None:
    small = {"Take ticket": {"speedup": 0.5}}
    fb = grade_answer("process.t8_redesign", small)
    assert fb.status == "fail" and "%" in fb.message and 0 <= fb.points < 1.5
    assert check("process.t8_redesign", ("Fill in form", {"remove": True})).status == "fail"
    fb = check("process.t8_redesign", {"Fill in form": {"faster": 0.5}})
    assert fb.status == "wrong_shape" and "faster" in fb.message
    fb = check("process.t8_redesign", {"Fill in form": {"speedup": 50}})
    assert fb.status == "fail" and "between 0 and 1" in fb.message
    fb = check("process.t8_redesign", {"Fill in form": {"speedup": 0}})
    assert fb.status == "fail" and "change nothing" in fb.message
    assert check("process.t8_redesign", {"Coffee": {"remove": True}}).status == "fail"
    assert check("process.t8_redesign", ["Fill in form"]).status == "wrong_type"

    gutted = {"Loan consultation": {"remove": True}, "Process transaction": {"remove": True}}
    assert bank.lead_time_cut(gutted) >= bank.TARGET_CUT
    assert check("process.t8_redesign", gutted).passed          # the visible check passes
    fb = grade_answer("process.t8_redesign", gutted)
    assert fb.status == "fail" and "comes for" in fb.hint


def test_redesign_is_recomputed_not_trusted() -> None:
    changes = model_redesign()
    log = bank.apply_redesign(bank.before_log(), changes)
    before = process.metrics(bank.before_log()).overall["lead_time_mean"]
    after = process.metrics(log).overall["lead_time_mean"]
    assert bank.lead_time_cut(changes) == pytest.approx(100 * (1 - after / before))


anything = banks.anything(size=4, leaves=10)
settings_st = st.dictionaries(st.sampled_from(["remove", "speedup", "wait_cut", "x"]),
                              st.booleans() | st.floats(-1, 2) | st.text(max_size=3),
                              max_size=3)
redesigns = st.dictionaries(st.sampled_from(["Fill in form", "Take ticket", "fill in FORM",
                                             "nope"]), settings_st, max_size=2)
frames = st.builds(lambda n: bank.messy_log().iloc[:n], st.integers(0, 15)) | st.builds(
    lambda c: bank.messy_log().rename(columns={"activty": c}),
    st.sampled_from(["activity", "Activity", ""]))


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(qid=st.sampled_from(QIDS), answer=anything | frames
       | st.builds(pd.Series, st.lists(st.floats(allow_nan=True), max_size=3)))
def test_check_and_grade_never_raise(qid: str, answer: object) -> None:
    banks.assert_never_raises(qid, answer)


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answer=redesigns)
def test_redesigns_never_raise_and_pass_only_when_the_cut_is_big_enough(answer: dict) -> None:
    fb = check("process.t8_redesign", answer)
    assert fb.status in grading.STATUSES
    if fb.passed:
        assert bank.lead_time_cut(bank.read_redesign(answer)) >= bank.TARGET_CUT - 1e-9


def test_dates_and_durations_survive_the_json_round_trip() -> None:
    import json

    frame = pd.DataFrame({"start": pd.to_datetime(["2026-03-02 09:00", "2026-03-02 09:05"]),
                          "wait": pd.to_timedelta([5, 90], unit="s")})
    back = from_payload(json.loads(json.dumps(to_payload(frame))))
    pd.testing.assert_frame_equal(back, frame, check_dtype=False)
    assert pd.isna(from_payload(to_payload(pd.NaT)))
    assert type(from_payload({"__datetime__": "not a date"})).__name__ == "Opaque"
