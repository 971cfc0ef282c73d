"""The complaint-handling and recovery question bank: model answers pass (also as data),
expected answers agree with plain pandas, typical mistakes get their own feedback in both
languages, partial credit and the hidden fail-safe test work, and no answer makes check()
raise."""

from __future__ import annotations

import datetime

import banks
import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from svcx_helpers import grading, i18n, load_dataset, recovery
from svcx_helpers.grading.checks import check, grade_answer
from svcx_helpers.grading.payload import from_payload, to_payload
from svcx_helpers.questions import recovery as bank

QIDS = sorted(q.id for q in grading.load_bank("recovery"))

ROOT_CAUSE = ("Staff rosters follow an average day, so Monday mornings and the January and "
              "February rush have too few tellers at the counters.")
FAIL_SAFE = ("A queue alarm opens another counter automatically when more than ten tickets "
             "are waiting or the oldest ticket has waited fifteen minutes.")


@pytest.fixture(autouse=True)
def normal_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SVCX_STRICT", raising=False)
    grading.reset_attempts()
    i18n.set_language("en")


def complaints() -> pd.DataFrame:
    return load_dataset("complaints")


def model_answers() -> dict[str, object]:
    df = complaints()
    table = recovery.pareto(df)
    few = table[table["vital_few"]]
    kqi = recovery.kqi(df).iloc[0]
    fit = recovery.fit_of_compensation(df["severity"], df["compensation"])
    under = (fit == "under").groupby(df["severity"]).mean()
    paradox = recovery.paradox(df, load_dataset("complaint_baseline"))["repurchase_rate"]
    outage = df[df["category"] == "app_outage"]
    month = pd.to_datetime(outage["received"]).dt.to_period("M").value_counts().idxmax()
    cost = recovery.pareto(df, value="compensation_value")
    return {
        "recovery.t1_steps": ["listen", "empathise", "apologise", "explain", "solve",
                              "follow_up"],
        "recovery.t2_vital_few": {"categories": list(few.index),
                                  "cumulative": few["cumulative"].iloc[-1]},
        "recovery.t3_median_hours": [kqi["response_p50"], kqi["resolution_p50"]],
        "recovery.t4_under_by_severity": under.to_dict(),
        "recovery.t5_paradox": {"good": paradox["good"], "baseline": paradox["no complaint"],
                                "slow": paradox["slow"]},
        "recovery.t6_outage_month": str(month),
        "recovery.t7_cost_pareto": {"category": cost.index[0], "share": cost["share"].iloc[0]},
        "recovery.t8_root_cause": {"category": table.index[0], "root_cause": ROOT_CAUSE,
                                   "fail_safe": FAIL_SAFE},
    }


def test_bank_has_at_least_six_tasks_and_a_hidden_test() -> None:
    banks.assert_bank("recovery", model_answers())


@pytest.mark.parametrize("qid", QIDS)
def test_model_answers_pass_also_as_data(qid: str) -> None:
    banks.assert_passes_as_data(qid, model_answers()[qid])


def test_expected_answers_agree_with_plain_pandas() -> None:
    df = complaints()
    received = pd.to_datetime(df["received"])
    # Pareto by hand: sort the counts, accumulate, stop where 80 % is first reached
    counts = df["category"].value_counts()
    cumulative = counts.cumsum() / counts.sum()
    cut = int(np.argmax(cumulative.to_numpy() >= 0.8))
    few, share = bank.vital_few()
    assert few == set(counts.index[:cut + 1]) and share == pytest.approx(cumulative.iloc[cut])
    # data/README.md: long waits, fee disputes and app outages make about 80 %
    assert few == {"long_wait", "fee_dispute", "app_outage"}
    # medians by nearest rank, close to pandas' interpolated median
    response = (pd.to_datetime(df["first_response"]) - received) / pd.Timedelta(hours=1)
    resolution = (pd.to_datetime(df["resolved"]) - received) / pd.Timedelta(hours=1)
    med = bank.median_hours()
    assert med[0] == pytest.approx(response.median(), abs=0.01)
    assert med[1] == pytest.approx(resolution.median(), abs=0.05)
    assert resolution.notna().sum() < len(df)          # unresolved complaints left out
    # under-compensation: level of the compensation below the level of the severity
    level = df["compensation"].map(recovery.COMPENSATION_LEVEL)
    need = df["severity"].map(recovery.SEVERITY_LEVEL)
    under = (level < need).groupby(df["severity"]).mean()
    assert bank.under_by_severity() == pytest.approx(under.to_dict())
    # the planted paradox: good recoveries above the baseline, slow ones far below
    rates = bank.paradox_rates()
    assert rates["good"] > rates["baseline"] > rates["slow"] + 0.15
    # the November app outage
    outage = received[df["category"] == "app_outage"].dt.to_period("M").value_counts()
    assert bank.outage_month() == str(outage.idxmax()) == "2025-11"
    # compensation: the costliest category is not the most frequent one
    paid = df.groupby("category")["compensation_value"].sum()
    assert bank.costliest() == (paid.idxmax(), pytest.approx(paid.max() / paid.sum()))
    assert bank.costliest()[0] != bank.top_category()


def test_good_recovery_follows_the_definition() -> None:
    df = bank.complaints()
    quality = recovery.recovery_quality(df)
    fit = bank.fit()
    good = (df["response_h"] <= 2) & (df["resolution_h"] <= 48) & fit.isin(["matched", "over"])
    assert (good == (quality == "good")).all()
    rep = pd.to_numeric(df["repurchase"], errors="coerce")
    assert bank.paradox_rates()["good"] == pytest.approx(rep[good].mean())


def mistakes() -> list[tuple[str, object, str]]:
    df = bank.complaints()
    few, share = bank.vital_few()
    table = bank.pareto_count()
    by_value = bank.pareto_value()
    resp, res = bank.median_hours()
    fit = bank.fit()
    done = df["resolved"].notna()
    rates = bank.paradox_rates()
    rep = pd.to_numeric(df["repurchase"], errors="coerce")
    quality = recovery.recovery_quality(df)
    fast = (df["response_h"] <= 2) & (df["resolution_h"] <= 48)
    top, cost_share = bank.costliest()
    means = df.groupby("category")["compensation_value"].mean()
    return [
        ("recovery.t1_steps", ["listen", "empathise", "explain", "apologise", "solve",
                               "follow_up"], "recovery.bank.steps.explain_first"),
        ("recovery.t1_steps", ["solve", "listen", "empathise", "apologise", "explain",
                               "follow_up"], "recovery.bank.steps.solve_first"),
        ("recovery.t1_steps", ["apologise", "listen", "empathise", "explain", "solve",
                               "follow_up"], "recovery.bank.steps.apology_first"),
        ("recovery.t1_steps", ["listen", "empathise", "apologise", "explain", "follow_up",
                               "solve"], "recovery.bank.steps.follow_up"),
        ("recovery.t1_steps", ["listen", "follow_up", "empathise", "apologise", "explain",
                               "solve"], "recovery.bank.steps.follow_up"),
        ("recovery.t1_steps", ["listen", "listen", "apologise", "explain", "solve",
                               "follow_up"], "recovery.bank.steps.twice"),
        ("recovery.t1_steps", ["listen", "empathise", "apologise", "explain", "solve",
                               "escalate"], "recovery.bank.steps.unknown"),
        ("recovery.t2_vital_few", {"categories": list(table.index[:2]),
                                   "cumulative": table["cumulative"].iloc[1]},
         "recovery.bank.pareto.stopped_early"),
        ("recovery.t2_vital_few", {"categories": list(by_value.index[by_value["vital_few"]]),
                                   "cumulative": share}, "recovery.bank.pareto.by_value"),
        ("recovery.t2_vital_few", {"categories": sorted(few),
                                   "cumulative": table["share"].iloc[len(few) - 1]},
         "recovery.bank.pareto.not_cumulative"),
        ("recovery.t2_vital_few", {"categories": sorted(few), "cumulative": share * 100},
         "standards.bank.share.percent"),
        ("recovery.t2_vital_few", {"categories": ["privacy", "other"], "cumulative": share},
         "recovery.bank.pareto.wrong"),
        ("recovery.t2_vital_few", {"categories": ["queues"], "cumulative": share},
         "recovery.bank.category.unknown"),
        ("recovery.t3_median_hours", [res, resp], "recovery.bank.hours.swapped"),
        ("recovery.t3_median_hours", [resp * 60, res * 60], "recovery.bank.hours.minutes"),
        ("recovery.t3_median_hours",
         [resp, ((df["resolved"] - df["first_response"]) / pd.Timedelta(hours=1)).median()],
         "recovery.bank.hours.from_response"),
        ("recovery.t3_median_hours", [df["response_h"].mean(), df["resolution_h"].mean()],
         "recovery.bank.hours.mean"),
        ("recovery.t4_under_by_severity",
         (fit[done] == "under").groupby(df.loc[done, "severity"]).mean().to_dict(),
         "recovery.bank.under.resolved_only"),
        ("recovery.t4_under_by_severity",
         ((fit == "under").groupby(df["severity"]).sum() / len(df)).to_dict(),
         "recovery.bank.under.of_all"),
        ("recovery.t4_under_by_severity",
         (fit == "over").groupby(df["severity"]).mean().to_dict(), "recovery.bank.under.other"),
        ("recovery.t4_under_by_severity",
         {k: v * 100 for k, v in bank.under_by_severity().items()}, "standards.bank.share.percent"),
        ("recovery.t5_paradox", {"good": 4.52, "baseline": 4.23, "slow": 3.07},
         "recovery.bank.paradox.satisfaction"),
        ("recovery.t5_paradox", {**rates, "good": rates["baseline"],
                                 "baseline": rates["good"]}, "recovery.bank.paradox.swapped"),
        ("recovery.t5_paradox", {**rates, "good": rep[fast].mean()},
         "recovery.bank.paradox.fast_only"),
        ("recovery.t5_paradox", {**rates, "good": rep[quality == "good"].fillna(0).mean()},
         "recovery.bank.paradox.blanks"),
        ("recovery.t5_paradox", {k: v * 100 for k, v in rates.items()},
         "standards.bank.share.percent"),
        ("recovery.t6_outage_month", "2026-01", "recovery.bank.month.other_category"),
        ("recovery.t6_outage_month", str(bank.monthly(bank.OUTAGE).idxmin()),
         "recovery.bank.month.fewest"),
        ("recovery.t6_outage_month", "2024-11", "recovery.bank.month.range"),
        ("recovery.t6_outage_month", "next Tuesday", "recovery.bank.month.parse"),
        ("recovery.t7_cost_pareto", {"category": bank.top_category(), "share": cost_share},
         "recovery.bank.cost.by_count"),
        ("recovery.t7_cost_pareto", {"category": means.idxmax(), "share": cost_share},
         "recovery.bank.cost.mean"),
        ("recovery.t7_cost_pareto",
         {"category": top, "share": table.loc[top, "share"]}, "recovery.bank.cost.count_share"),
        ("recovery.t7_cost_pareto", {"category": top, "share": cost_share * 100},
         "standards.bank.share.percent"),
        ("recovery.t8_root_cause", {"category": "privacy", "root_cause": ROOT_CAUSE,
                                    "fail_safe": FAIL_SAFE}, "recovery.bank.reflection.category"),
        ("recovery.t8_root_cause", {"category": "long_wait", "root_cause": "Too few staff.",
                                    "fail_safe": FAIL_SAFE}, "recovery.bank.reflection.short"),
        ("recovery.t8_root_cause", {"category": "long_wait", "root_cause": FAIL_SAFE,
                                    "fail_safe": FAIL_SAFE}, "recovery.bank.reflection.same"),
    ]


@pytest.mark.parametrize("qid, answer, key", mistakes())
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_typical_mistakes_get_their_own_message(qid: str, answer: object, key: str,
                                                lang: str) -> None:
    i18n.set_language(lang)
    fb = check(qid, answer)
    assert fb.status in ("fail", "wrong_type"), fb.text()
    expected = i18n.MESSAGES[key][i18n.LANGUAGES.index(lang)]
    assert fb.message.startswith(expected.split("{")[0][:12]), fb.message


def test_a_month_that_is_not_the_peak_says_how_many() -> None:
    counts = bank.monthly(bank.OUTAGE)
    month = counts.drop([counts.idxmax(), counts.idxmin()]).index[0]
    fb = check("recovery.t6_outage_month", str(month))
    assert fb.status == "fail" and str(int(counts[month])) in fb.message


def test_answers_in_other_forms() -> None:
    few, share = bank.vital_few()
    zh = {"long_wait": "排队等候时间长", "fee_dispute": "费用争议", "app_outage": "手机银行故障"}
    assert check("recovery.t2_vital_few", ([zh[c] for c in few], round(share, 3))).passed
    assert check("recovery.t2_vital_few", {"vital_few": set(few), "share": share}).passed
    assert check("recovery.t2_vital_few",
                 {"categories": [c.replace("_", " ").upper() for c in few],
                  "cumulative": share}).passed
    resp, res = bank.median_hours()
    assert check("recovery.t3_median_hours", {"response": resp, "resolution": res}).passed
    assert check("recovery.t3_median_hours", np.array([resp, res]).tolist()).passed
    under = (bank.fit() == "under").groupby(bank.complaints()["severity"]).mean()
    assert check("recovery.t4_under_by_severity", under).passed        # the Series itself
    assert check("recovery.t4_under_by_severity",
                 [under["low"], under["medium"], under["high"]]).passed
    table = recovery.paradox(bank.complaints(), bank.baseline())["repurchase_rate"]
    assert check("recovery.t5_paradox", table.drop(["under-compensated", "unresolved"])
                 .rename({"no complaint": "baseline"})).passed
    for month in ("2025-11", "2025-11-30", "Nov 2025", "November, 2025", "2025年11月",
                  "11月", 11, "november"):
        assert check("recovery.t6_outage_month", month).passed, month
    assert check("recovery.t6_outage_month", pd.Period("2025-11", freq="M")).passed
    assert check("recovery.t6_outage_month", datetime.date(2025, 11, 15)).passed
    assert grade_answer("recovery.t6_outage_month",
                        from_payload(to_payload(pd.Timestamp("2025-11-01")))).passed
    top, cost = bank.costliest()
    assert check("recovery.t7_cost_pareto", ("费用争议" if top == "fee_dispute" else top,
                                             cost)).passed
    assert check("recovery.t1_steps", ["倾听", "同理心", "道歉", "解释", "解决", "跟进"]).passed
    assert check("recovery.t1_steps", ("Listen", "empathize", "apologize", "Explain",
                                       "solve", "follow up")).passed
    text = {"category": "排队等候时间长",
            "root_cause": "网点按平均客流排班，周一上午和春节前后高峰时柜员不足，顾客只能排长队。",
            "fail_safe": "叫号系统在等候人数超过十人时自动报警，主管立即增开一个窗口。"}
    assert check("recovery.t8_root_cause", text).passed
    assert grade_answer("recovery.t8_root_cause", text).passed


def test_partial_credit() -> None:
    few, _ = bank.vital_few()
    fb = grade_answer("recovery.t2_vital_few", {"categories": sorted(few), "cumulative": 0.5})
    assert fb.status == "fail" and fb.points == 1.0
    under = bank.under_by_severity()
    fb = grade_answer("recovery.t4_under_by_severity", {**under, "high": 0.9})
    assert fb.points == pytest.approx(2 * 2 / 3, abs=0.01)
    fb = grade_answer("recovery.t5_paradox", {**bank.paradox_rates(), "slow": 0.1})
    assert fb.points == 2.0
    fb = grade_answer("recovery.t1_steps", ["listen", "empathise", "explain", "apologise",
                                            "solve", "follow_up"])
    assert fb.points == pytest.approx(2 * 4 / 6, abs=0.01)
    fb = grade_answer("recovery.t8_root_cause", {"category": "long_wait", "root_cause": "Few",
                                                 "fail_safe": FAIL_SAFE})
    assert fb.points == 1.0


def test_hidden_test_catches_compensation_called_a_fail_safe() -> None:
    answer = {"category": "long_wait", "root_cause": ROOT_CAUSE,
              "fail_safe": "Every customer who waited more than half an hour gets a voucher "
                           "of fifty yuan and a written apology from the branch manager."}
    assert check("recovery.t8_root_cause", answer).passed        # the visible check passes
    fb = grade_answer("recovery.t8_root_cause", answer)
    assert fb.status == "fail" and "fail-safe" in fb.hint
    zh = {**answer, "fail_safe": "等候超过半小时的顾客都能得到五十元代金券和支行行长的书面道歉信。"}
    assert not grade_answer("recovery.t8_root_cause", zh).passed
    # prevention that mentions compensation is still prevention
    both = {**answer, "fail_safe": "An alarm opens another counter automatically before the "
                                   "wait reaches fifteen minutes, so no voucher is needed."}
    assert grade_answer("recovery.t8_root_cause", both).passed


anything = banks.anything(
    samples=["listen", "long_wait", "2025-11", "费用争议", "Nov", "11月", "2025年13月"],
    extra=st.dates().map(str),
    keys=["categories", "cumulative", "response", "resolution", "low", "medium", "high", "good",
          "baseline", "slow", "category", "share", "root_cause", "fail_safe"], size=7)


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(qid=st.sampled_from(QIDS), answer=anything)
def test_check_and_grade_never_raise(qid: str, answer: object) -> None:
    banks.assert_never_raises(qid, answer)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(list(bank.STEPS)))
def test_step_order_passes_only_in_the_course_order(order: list[str]) -> None:
    fb = grade_answer("recovery.t1_steps", order)
    assert fb.passed == (tuple(order) == bank.STEPS)
    right = sum(a == b for a, b in zip(order, bank.STEPS, strict=True))
    assert fb.points == pytest.approx(round(2 * right / 6, 2))


def test_every_message_of_the_bank_is_used() -> None:
    from pathlib import Path

    source = Path(bank.__file__).read_text(encoding="utf-8")
    keys = [k for k in i18n.MESSAGES if k.startswith("recovery.bank.")]
    # the paradox messages are looked up as f"recovery.bank.paradox.{name}" with name in a tuple
    unused = [k for k in keys if f'"{k}"' not in source and not (
        k.startswith("recovery.bank.paradox.")
        and f'"{k.removeprefix("recovery.bank.paradox.")}"' in source)]
    assert keys and not unused


# -------------------------------------------------------------------------- answer cards
CARDED = ["recovery.t1_steps", "recovery.t2_vital_few", "recovery.t3_median_hours",
          "recovery.t4_under_by_severity", "recovery.t5_paradox", "recovery.t6_outage_month",
          "recovery.t7_cost_pareto"]


def test_at_least_six_tasks_have_an_answer_card() -> None:
    carded = [q.id for q in grading.load_bank("recovery") if getattr(q, "card", None)]
    assert carded == CARDED


def test_what_the_cards_return_is_graded_like_the_code_answer() -> None:
    """The cards' forms: a list of step keys, dicts under the row keys, a month key; the
    vital few as how many of the largest categories, a category by its label."""
    few, share = bank.vital_few()
    hours = bank.median_hours()
    cost, cost_share = bank.costliest()
    label = bank.category_label(cost)
    for qid, answer in [
        ("recovery.t1_steps", list(bank.STEPS)),
        ("recovery.t2_vital_few", {"categories": len(few), "cumulative": round(share, 4)}),
        ("recovery.t3_median_hours", {"response": round(hours[0], 2),
                                      "resolution": round(hours[1], 2)}),
        ("recovery.t4_under_by_severity", {k: round(v, 3)
                                           for k, v in bank.under_by_severity().items()}),
        ("recovery.t5_paradox", {k: round(v, 3) for k, v in bank.paradox_rates().items()}),
        ("recovery.t6_outage_month", bank.outage_month()),
        ("recovery.t7_cost_pareto", {"category": label[0], "share": round(cost_share, 3)}),
        ("recovery.t7_cost_pareto", {"category": label[1], "share": round(cost_share, 3)}),
    ]:
        assert check(qid, answer).status == "pass", (qid, answer)
    values = {v for v, _ in bank.month_options()}
    assert bank.outage_month() in values and len(values) == 12
    assert [v for v, _ in bank.step_options()] == bank.SHUFFLED_STEPS


def test_the_vital_few_as_a_count() -> None:
    few, share = bank.vital_few()
    stopped = check("recovery.t2_vital_few", {"categories": len(few) - 1, "cumulative": share})
    assert stopped.status == "fail" and stopped.points == 1
    assert "80" in stopped.message
    for bad in (0, 11, 2.5):
        fb = check("recovery.t2_vital_few", {"categories": bad, "cumulative": share})
        assert fb.status == "fail" and str(bad) in fb.message
    with i18n.language("zh"):
        assert "整数" in check("recovery.t2_vital_few",
                             {"categories": 0, "cumulative": share}).message
