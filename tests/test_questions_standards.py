"""The service-standards question bank: model answers pass (also as data), typical mistakes
get their own feedback in both languages, the written standard is checked against the
ticket data, the hidden test catches a loose target, and no answer makes check() raise."""

from __future__ import annotations

import math

import banks
import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from svcx_helpers import grading, i18n, load_dataset, standards
from svcx_helpers.grading.checks import check, grade_answer
from svcx_helpers.grading.payload import from_payload, to_payload
from svcx_helpers.questions import standards as bank

QIDS = sorted(q.id for q in grading.load_bank("standards"))


@pytest.fixture(autouse=True)
def normal_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SVCX_STRICT", raising=False)
    grading.reset_attempts()
    i18n.set_language("en")


def tickets() -> pd.DataFrame:
    return standards.read_tickets(load_dataset("it_service_desk_tickets"))


def model_standard() -> str:
    desk = tickets().query("team == 'service_desk'")
    hours = (desk["first_response"] - desk["created"]) / pd.Timedelta(hours=1)
    target = math.ceil(standards.percentile(hours, 80))
    return (f"The service desk gives a first response to 80% of tickets within {target} "
            "hours, measured each month.")


def model_answers() -> dict[str, object]:
    tk = tickets()
    overall = standards.kqi(tk).iloc[0]
    by_channel = standards.kqi(tk, by="channel", response_target=4)
    top2 = standards.kqi(tk, by="reopened")["csat_top2"]
    xmr = standards.xmr_chart(bank.XMR_SERIES).iloc[0]
    return {
        "standards.t1_percentiles": [standards.percentile(bank.PERCENTILE_TIMES, 90),
                                     standards.percentile(bank.PERCENTILE_TIMES, 90,
                                                          method="linear")],
        "standards.t2_fcr_on_time": [overall["fcr"], overall["on_time_rate"]],
        "standards.t3_worst_channel": by_channel["sla_compliance"].idxmin(),
        "standards.t4_top2_reopened": [top2.loc[1], top2.loc[0]],
        "standards.t5_p_chart_week": bank.first_signal_week(),
        "standards.t6_xmr_limits": {k: float(xmr[k]) for k in bank.XMR_KEYS},
        "standards.t7_weighted_index": standards.weighted_index(
            bank.INDEX_COUNTS, bank.INDEX_WEIGHTS)["total"],
        "standards.t8_hard_standard": model_standard(),
    }


def test_bank_has_at_least_six_tasks_and_a_hidden_test() -> None:
    banks.assert_bank("standards", model_answers())


@pytest.mark.parametrize("qid", QIDS)
def test_model_answers_pass_also_as_data(qid: str) -> None:
    banks.assert_passes_as_data(qid, model_answers()[qid])


def test_known_answers_by_hand() -> None:
    # sorted: 2 3 4 5 6 7 8 9 12 16 22 30; rank ⌈0.9·12⌉ = 11 → 22;
    # linear: position 0.9·11 = 9.9 → 16 + 0.9·(22 − 16) = 21.4
    assert bank.percentiles_both() == (22.0, 21.4)
    assert check("standards.t1_percentiles", {"nearest_rank": 22, "linear": 21.4}).passed
    # x̄ = 140/10 = 14; moving ranges 3,4,3,4,5,1,4,2,1 → MR̄ = 27/9 = 3
    limits = bank.xmr_limits()
    assert limits == pytest.approx({"center": 14, "upper": 14 + 2.66 * 3,
                                    "lower": 14 - 2.66 * 3, "mr_upper": 3.268 * 3})
    # 1·10 + 3·5 + 14·1 + 9·3 + 6·1 = 72
    assert bank.index_total() == 72
    assert check("standards.t7_weighted_index", 72).passed


def test_data_answers_follow_the_planted_effects() -> None:
    # email is answered in hours, phone/chat/walk-in in minutes (data/README.md)
    assert bank.worst_channel() == "email"
    reopened, not_reopened = bank.top2_reopened()
    assert reopened < not_reopened
    # the drift starts in April: the first week above the frozen limits is in April
    assert bank.first_signal_week().startswith("2026-04")


def test_p_chart_baseline_follows_the_formula() -> None:
    chart = bank.baseline_p_chart()
    weeks = bank.weekly_late()
    base = weeks.index < pd.Timestamp(bank.BASELINE_END)
    # METHODS.md §4.5 by hand: p̄ from the baseline weeks, limits p̄ ± 3·√(p̄(1 − p̄)/n)
    pbar = weeks.loc[base, "late"].sum() / weeks.loc[base, "tickets"].sum()
    sigma = np.sqrt(pbar * (1 - pbar) / weeks["tickets"])
    assert np.allclose(chart["center"], pbar)
    assert np.allclose(chart["ucl"], pbar + 3 * sigma)
    assert np.allclose(chart["lcl"], np.maximum(0, pbar - 3 * sigma))
    p = weeks["late"] / weeks["tickets"]
    assert (chart["signal"] == ((p > pbar + 3 * sigma) | (p < pbar - 3 * sigma))).all()
    # data/README.md: about 7 % late before the drift, and every week after it signals
    assert 0.06 < pbar < 0.08
    after = chart.index >= pd.Timestamp("2026-04-13")
    assert chart.loc[after, "signal"].all()
    # open tickets past their promise count as late
    p3 = tickets().query("priority == 'P3'")
    assert weeks["tickets"].sum() == len(p3)
    assert weeks["late"].sum() > ((p3["resolved"] > p3["promised"]).sum())


def mistakes() -> list[tuple[str, object, str]]:
    fcr, on_time = bank.fcr_on_time()
    tk = tickets()
    done = tk["resolved"].notna()
    top2 = bank.top2_reopened()
    csat = pd.to_numeric(tk["csat"], errors="coerce")
    means = csat.groupby(tk["reopened"]).mean()
    all_rows = (csat >= 4).groupby(tk["reopened"]).mean()
    limits = bank.xmr_limits()
    cases: list[tuple[str, object, str]] = [
        ("standards.t1_percentiles", [21.4, 22], "standards.bank.pct.swapped"),
        ("standards.t1_percentiles", [22, 27.6], "standards.bank.pct.method"),
        ("standards.t1_percentiles", [6, 21.4], "standards.bank.pct.unsorted"),
        ("standards.t1_percentiles", [16, 21.4], "standards.bank.pct.floor"),
        ("standards.t2_fcr_on_time", [on_time, fcr], "standards.bank.fcr.swapped"),
        ("standards.t2_fcr_on_time",
         [((tk["contacts"] == 1) & done).sum() / len(tk), on_time],
             "standards.bank.fcr.denominator"),
        ("standards.t2_fcr_on_time", [fcr * 100, on_time * 100], "standards.bank.share.percent"),
        ("standards.t3_worst_channel", "walk_in", "standards.bank.channel.highest"),
        ("standards.t3_worst_channel", "fax", "standards.bank.channel.unknown"),
        ("standards.t4_top2_reopened", list(reversed(top2)), "standards.bank.top2.swapped"),
        ("standards.t4_top2_reopened", [means.loc[1], means.loc[0]], "standards.bank.top2.mean"),
        ("standards.t4_top2_reopened", [all_rows.loc[1], all_rows.loc[0]],
         "standards.bank.top2.unanswered"),
        ("standards.t5_p_chart_week", "2026-01-12", "standards.bank.week.baseline"),
        ("standards.t5_p_chart_week", "2026-06-22", "standards.bank.week.later"),
        ("standards.t5_p_chart_week", "2027-01-04", "standards.bank.week.range"),
        ("standards.t6_xmr_limits", {**limits, "upper": 14 + 3 * 3, "lower": 14 - 3 * 3},
         "standards.bank.xmr.three"),
        ("standards.t6_xmr_limits", {**limits, "mr_upper": 2.66 * 3}, "standards.bank.xmr.mr_e2"),
        ("standards.t6_xmr_limits",
         {**limits, "upper": 14 + 3 * float(np.std(bank.XMR_SERIES, ddof=1))},
             "standards.bank.xmr.sd"),
        ("standards.t7_weighted_index", sum(bank.INDEX_COUNTS.values()),
         "standards.bank.index.unweighted"),
        ("standards.t7_weighted_index", sum(bank.INDEX_WEIGHTS.values()),
         "standards.bank.index.weights"),
        ("standards.t8_hard_standard", "Agents greet every caller warmly and politely.",
         "standards.bank.std.soft"),
        ("standards.t8_hard_standard", "Answer 80% of tickets within 4 hours.",
         "standards.bank.std.missing"),
        ("standards.t8_hard_standard",
         "The service desk answers 60% of tickets within 1 hour, measured monthly.",
         "standards.bank.std.share_low"),
        ("standards.t8_hard_standard",
         "The service desk answers 90% of tickets within 10 minutes, measured monthly.",
         "standards.bank.std.not_met"),
    ]
    pooled = bank.pooled_first_signal()
    if pooled is not None and pooled != bank.first_signal_week():
        cases.append(("standards.t5_p_chart_week", pooled, "standards.bank.week.pooled"))
    return cases


@pytest.mark.parametrize("qid, answer, key", mistakes())
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_typical_mistakes_get_their_own_message(qid: str, answer: object, key: str,
                                                lang: str) -> None:
    i18n.set_language(lang)
    fb = check(qid, answer)
    assert fb.status == "fail", fb.text()
    expected = i18n.MESSAGES[key][i18n.LANGUAGES.index(lang)]
    assert fb.message.startswith(expected.split("{")[0][:12]), fb.message


def test_a_week_inside_the_limits_after_the_baseline_says_so() -> None:
    chart = bank.baseline_p_chart()
    after = chart.loc[(chart.index >= pd.Timestamp(bank.BASELINE_END))
                      & (chart.index < pd.Timestamp(bank.first_signal_week()))]
    if after.empty:
        pytest.skip("the first week after the baseline signals already")
    fb = check("standards.t5_p_chart_week", str(after.index[-1].date()))
    assert fb.status == "fail" and "UCL" in fb.message


def test_answers_in_other_forms() -> None:
    fcr, on_time = bank.fcr_on_time()
    assert check("standards.t2_fcr_on_time", {"FCR": round(fcr, 3),
                                               "on_time_rate": round(on_time, 3)}).passed
    assert check("standards.t2_fcr_on_time", (fcr, on_time)).passed
    top2 = standards.kqi(tickets(), by="reopened")["csat_top2"]
    assert check("standards.t4_top2_reopened", top2).passed     # the Series itself (0, 1)
    assert check("standards.t4_top2_reopened", top2.to_dict()).passed
    worst = bank.worst_channel()
    assert check("standards.t3_worst_channel", f"  {worst.upper()} ").passed
    zh = {"email": "电子邮件", "portal": "门户", "phone": "电话", "chat": "在线聊天",
          "walk_in": "现场"}[worst]
    assert check("standards.t3_worst_channel", zh).passed
    week = pd.Timestamp(bank.first_signal_week())
    assert check("standards.t5_p_chart_week", str((week + pd.Timedelta(days=3)).date())).passed
    assert check("standards.t5_p_chart_week", week).passed      # a Timestamp
    assert grade_answer("standards.t5_p_chart_week", from_payload(to_payload(week))).passed
    assert check("standards.t5_p_chart_week", week.date()).passed
    fb = check("standards.t5_p_chart_week", 16)
    assert fb.status == "wrong_type" and "2026-01-05" in fb.message
    assert check("standards.t6_xmr_limits", list(bank.xmr_limits().values())).passed
    assert check("standards.t6_xmr_limits", {"CL": 14, "UCL": 21.98, "LCL": 6.02,
                                              "URL": 9.804}).passed
    index = standards.weighted_index(bank.INDEX_COUNTS, bank.INDEX_WEIGHTS)
    assert check("standards.t7_weighted_index", index).passed   # the Series with 'total'


def test_partial_credit() -> None:
    fb = grade_answer("standards.t1_percentiles", [22, 20])
    assert fb.status == "fail" and fb.points == 1.0
    limits = bank.xmr_limits()
    fb = grade_answer("standards.t6_xmr_limits", {**limits, "mr_upper": 1})
    assert fb.points == 1.5
    fb = grade_answer("standards.t8_hard_standard",
                      "The service desk answers 90% of tickets within 10 minutes, measured "
                      "monthly.")
    assert fb.points == 2.0


STANDARD_ZH = "服务台每月统计：80% 的工单在 {hours} 小时内得到首次响应。"


def test_standard_in_chinese_and_with_filters() -> None:
    desk = bank.measured({"measure": "response"})
    hours = math.ceil(standards.percentile(desk, 80))
    assert check("standards.t8_hard_standard", STANDARD_ZH.format(hours=hours)).passed
    parsed = bank.parse_standard("服务台对 90% 的 P3 电话工单在十二小时之内完成首次响应，"
                                 "按月统计。")
    assert parsed == {"target_h": 12.0, "share": 0.9, "measure": "response",
                      "priority": "P3", "channel": "phone"}
    parsed = bank.parse_standard("The desk resolves 80% of tickets within 2 working days.")
    assert parsed["target_h"] == 48 and parsed["measure"] == "resolution"
    assert bank.parse_standard("a 30-minute reply")["target_h"] == 0.5
    chat = bank.measured({"measure": "response", "channel": "chat"})
    minutes = math.ceil(standards.percentile(chat, 80) * 60)
    text = (f"The service desk answers 80% of chat requests within {minutes} minutes, "
            "measured each week.")
    assert check("standards.t8_hard_standard", text).passed


def test_feedback_names_a_realistic_time() -> None:
    fb = check("standards.t8_hard_standard",
               "The service desk answers 95% of tickets within 1 hour, measured monthly.")
    needed = standards.percentile(bank.measured({"measure": "response"}), 95)
    assert fb.status == "fail" and f"{needed:.1f}".removesuffix(".0") in fb.message


def test_hidden_test_catches_a_loose_target() -> None:
    desk = bank.measured({"measure": "response"})
    loose = math.ceil(standards.percentile(desk, 99))
    text = (f"The service desk answers 80% of tickets within {loose} hours, measured "
            "monthly.")
    assert check("standards.t8_hard_standard", text).passed
    fb = grade_answer("standards.t8_hard_standard", text)
    assert fb.status == "fail" and "challenging" in fb.hint


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(share=st.integers(50, 100), hours=st.integers(1, 72))
def test_standard_passes_exactly_when_the_desk_meets_it(share: int, hours: int) -> None:
    text = (f"The service desk answers {share}% of tickets within {hours} hours, measured "
            "monthly.")
    met = standards.sla_compliance(bank.measured({"measure": "response"}), hours)
    assert check("standards.t8_hard_standard", text).passed == (
        share >= 80 and met >= share / 100)


anything = banks.anything(
    extra=st.dates().map(str),
    keys=["center", "upper", "lower", "mr_upper", "fcr", "linear", "reopened", "0", "1"])
standards_text = st.builds(
    lambda who, verb, share, n, unit, when: f"{who} {verb} {share} {n} {unit} {when}",
    st.sampled_from(["The service desk", "服务台", "Agents", ""]),
    st.sampled_from(["answers", "resolves", "响应", "friendly"]),
    st.sampled_from(["80%", "百分之九十", "150%", "0%", ""]),
    st.integers(0, 10_000).map(str) | st.sampled_from(["十二", "两", "0.5"]),
    st.sampled_from(["hours", "minutes", "小时", "days", "weeks", ""]),
    st.sampled_from(["measured monthly", "P3 chat", "每月", ""]))


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(qid=st.sampled_from(QIDS), answer=anything | standards_text)
def test_check_and_grade_never_raise(qid: str, answer: object) -> None:
    banks.assert_never_raises(qid, answer)
