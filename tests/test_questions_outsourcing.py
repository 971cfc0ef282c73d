"""The outsourcing and SLA question bank: model answers pass (also as data), expected answers
agree with hand-worked values and plain pandas, typical mistakes get their own feedback in
both languages, partial credit and the hidden test of task 8 work, and no answer makes
check() raise."""

from __future__ import annotations

import dataclasses
import math

import banks
import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from svcx_helpers import grading, i18n, load_dataset, sla, standards
from svcx_helpers.grading.checks import check, grade_answer
from svcx_helpers.questions import outsourcing as bank

QIDS = sorted(q.id for q in grading.load_bank("outsourcing"))
MONTHS = list(bank.MONTHS)

REWRITES = {
    "hours": "P1 incidents are measured round the clock, 24 hours a day and 7 days a week "
             "including public holidays, and are resolved within 4 hours.",
    "clock_stops": "The clock stops only while the vendor waits for information it has asked "
                   "the customer for in writing, for at most 2 working days; waits for the "
                   "vendor's own suppliers, subcontractors or spare parts never stop it.",
    "exclusions": "Only planned maintenance agreed in advance, a change made by the customer "
                  "and force majeure are excluded, each with evidence of the root cause and "
                  "the customer's written agreement; the vendor stays responsible for its "
                  "subcontractors and for the products it supplies.",
}
REWRITES_ZH = {
    "hours": "P1 故障按 7×24 小时全天候计时，含周末和节假日，须在 4 小时内解决。",
    "clock_stops": "仅在供应商书面请求客户提供信息、等待客户答复期间暂停计时，每次最长 2 个工作日；"
                   "等待供应商自身的备件或分包方不暂停计时。",
    "exclusions": "仅计划内维护、客户自行变更和不可抗力可以除外，须提供根本原因证明并经客户书面"
                  "确认；供应商对其分包方和其提供的产品负责。",
}


@pytest.fixture(autouse=True)
def normal_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SVCX_STRICT", raising=False)
    grading.reset_attempts()
    i18n.set_language("en")


def frames() -> tuple[pd.DataFrame, pd.DataFrame, sla.Contract]:
    return (load_dataset("vendor_tickets"), load_dataset("vendor_ticket_stops"),
            sla.load_contract("vendor_sla_draft"))


def model_answers() -> dict[str, object]:
    tickets, stops, contract = frames()
    measured = sla.measure(tickets, contract, stops)
    monthly = sla.attainment(measured, months=MONTHS)
    by_created = sla.attainment(sla.measure(tickets, contract, stops, month="created"),
                                months=MONTHS)
    created = pd.to_datetime(tickets.set_index("ticket_id")["created"]).dt.to_period("M")
    counted = measured[measured["in_scope"] & measured["priority"].isin(["P1", "P2"])
                       & measured["month"].astype(str).isin(MONTHS)]
    p1 = measured[(measured["priority"] == "P1") & measured["month"].astype(str).isin(MONTHS)]
    csat = tickets.set_index("ticket_id").loc[p1.index, "csat"]
    fair = contract.revise(calendars={"P1": "24x7"}, clock_stops=["pending_customer"],
                           exclusions=["customer_change", "force_majeure"])
    return {
        "outsourcing.t1_hand": {"A": 4.5, "B": 2.0, "C": 3.0, "D": 3.25, "F": 4.5,
                                "attainment": 0.6},
        "outsourcing.t2_attainment": monthly.xs("P1", level="priority")["attainment"],
        "outsourcing.t3_credits": sla.service_credits(monthly, contract)["credit"],
        "outsourcing.t4_months": {
            "spanning": int((created.reindex(counted.index) != counted["month"]).sum()),
            "total_created": sla.service_credits(by_created, contract)["credit"].sum()},
        "outsourcing.t5_customer": {"p90_hours": standards.percentile(p1["wall_hours"], 90),
                                    "within_4h": standards.sla_compliance(p1["wall_hours"], 4),
                                    "csat": csat.mean()},
        "outsourcing.t6_clauses": ["C2", "C7", "C8"],
        "outsourcing.t7_fair": sla.compare_contracts(tickets, {"fair": fair}, stops,
                                                     months=MONTHS).loc["fair", "all"],
        "outsourcing.t8_rewrite": dict(REWRITES),
    }


def test_bank_has_at_least_six_tasks_and_a_hidden_test() -> None:
    banks.assert_bank("outsourcing", model_answers())


@pytest.mark.parametrize("qid", QIDS)
def test_model_answers_pass_also_as_data(qid: str) -> None:
    banks.assert_passes_as_data(qid, model_answers()[qid])


def test_task1_is_the_hand_worked_month() -> None:
    """A: Thu 15:00 → Fri 10:30 = 3 + 1.5 = 4.5 (missed); B: Fri 17:00 → Tue 10:00 over the
    weekend and the 6 April holiday = 1 + 1 = 2; C: 09:30 → 16:00 with a customer wait
    11:00–14:30 = 6.5 − 3.5 = 3; D: 07:40 → 12:15 counts from 09:00 = 3.25; E excluded;
    F: Thu 17:30 → Fri 13:00 = 0.5 + 4 = 4.5, the supplier wait does not stop the clock.
    Met B, C, D: 3 of 5 in scope = 0.6."""
    assert bank.hand() == {"A": 4.5, "B": 2.0, "C": 3.0, "D": 3.25, "F": 4.5,
                           "attainment": 0.6}


def test_expected_answers_agree_with_plain_pandas() -> None:
    tickets, _, contract = frames()
    # the customer's view: clock hours of every P1 resolved January–June, excluded or not
    t = tickets.copy()
    for col in ("created", "resolved"):
        t[col] = pd.to_datetime(t[col])
    p1 = t[(t["priority"] == "P1") & t["resolved"].dt.to_period("M").astype(str).isin(MONTHS)]
    hours = ((p1["resolved"] - p1["created"]).dt.total_seconds() / 3600).sort_values()
    rank = math.ceil(0.9 * len(hours))
    expected = bank.customer()
    assert expected["p90_hours"] == pytest.approx(hours.iloc[rank - 1])
    assert expected["within_4h"] == pytest.approx((hours <= 4).mean())
    assert expected["csat"] == pytest.approx(p1["csat"].mean())
    # spanning tickets: created in an earlier month than resolved (P1, P2 in scope)
    reason = t["exclusion"].fillna("")
    accepted = reason.isin(contract.exclusions) & (reason != "")
    keep = (t["priority"].isin(["P1", "P2"]) & ~accepted
            & t["resolved"].dt.to_period("M").astype(str).isin(MONTHS))
    span = (t["created"].dt.to_period("M") != t["resolved"].dt.to_period("M")) & keep
    assert bank.spanning() == int(span.sum())
    # the draft meets P1 on paper; the rewritten terms do not, nor do the customers' hours
    paper = bank.attainment_p1()
    assert min(paper.values()) < 0.9 < 0.95 <= sorted(paper.values())[1]
    assert bank.fair() < 0.5 and expected["within_4h"] < 0.5
    # credits: C9 as written (per priority 5 % / 10 %, added, capped at 10 % of 150,000)
    table = bank.monthly().reset_index()
    percent = {}
    for month in MONTHS:
        rows = table[table["month"] == month].set_index("priority")["attainment"]
        pct = sum(10 if rows[p] < 0.90 else 5 if rows[p] < 0.95 else 0 for p in ("P1", "P2"))
        percent[month] = min(pct, 10)
    assert bank.credits() == {m: 150_000 * percent[m] / 100 for m in MONTHS}


def mistakes() -> list[tuple[str, object, str]]:
    contract = frames()[2]
    model = model_answers()
    hand = model["outsourcing.t1_hand"]
    paper = bank.attainment_p1()
    m = bank.measured()
    p1 = m[(m["priority"] == "P1") & m["month"].astype(str).isin(MONTHS)]
    g = p1.groupby(p1["month"].astype(str))
    met = g["met"].apply(lambda s: s.fillna(False).sum())
    created = sla.attainment(bank.measured("created"), months=MONTHS).xs(
        "P1", level="priority")["attainment"]
    percents = sla.service_credits(bank.monthly(), contract)["percent"]
    uncapped = bank.credits(cap=False)
    p1_only = sla.service_credits(bank.monthly(), dataclasses.replace(
        contract, credit_priorities=("P1",)))["credit"]
    customer = bank.customer()
    scope = p1[p1["in_scope"]]
    months_model = model["outsourcing.t4_months"]
    singles = {"hours": contract.revise(calendars={"P1": "24x7"}),
               "stops": contract.revise(clock_stops=["pending_customer"])}
    fair_months = bank.monthly(fair=True).xs("P1", level="priority")["attainment"]
    return [
        ("outsourcing.t1_hand", {**hand, "B": 11.0}, "sla.bank.hand.holiday"),
        ("outsourcing.t1_hand", {**hand, "C": 6.5}, "sla.bank.hand.customer_wait"),
        ("outsourcing.t1_hand", {**hand, "D": 4 + 35 / 60}, "sla.bank.hand.before_opening"),
        ("outsourcing.t1_hand", {**hand, "F": 3.5, "attainment": 0.8},
         "sla.bank.hand.supplier_wait"),
        ("outsourcing.t1_hand", {**hand, "attainment": 0.5}, "sla.bank.hand.excluded"),
        ("outsourcing.t1_hand", {**hand, "attainment": 60}, "standards.bank.share.percent"),
        ("outsourcing.t1_hand", {**hand, "A": 19.5}, "sla.bank.hand.clock"),
        ("outsourcing.t1_hand", {**hand, "A": 3.0}, "check.n_wrong"),
        ("outsourcing.t2_attainment", created, "sla.bank.attainment.created"),
        ("outsourcing.t2_attainment", (met / g.size()).to_dict(),
         "sla.bank.attainment.denominator"),
        ("outsourcing.t2_attainment", ((met + g["excluded"].sum()) / g.size()).to_dict(),
         "sla.bank.attainment.excluded_met"),
        ("outsourcing.t2_attainment", bank._wall_attainment(), "sla.bank.attainment.clock"),
        ("outsourcing.t2_attainment", {k: 100 * v for k, v in paper.items()},
         "standards.bank.share.percent"),
        ("outsourcing.t2_attainment", {**paper, "2026-04": 0.9}, "check.n_wrong"),
        ("outsourcing.t2_attainment", {"2026-01": 1.0}, "sla.bank.months.missing"),
        ("outsourcing.t2_attainment", "all met", "sla.bank.months.type"),
        ("outsourcing.t2_attainment", pd.DataFrame({"a": paper, "b": paper}),
         "sla.bank.months.frame"),
        ("outsourcing.t3_credits", percents, "sla.bank.credits.percent"),
        ("outsourcing.t3_credits", uncapped, "sla.bank.credits.cap"),
        ("outsourcing.t3_credits", p1_only, "sla.bank.credits.p1_only"),
        ("outsourcing.t3_credits", bank.credits("created"), "sla.bank.attainment.created"),
        ("outsourcing.t4_months", {**months_model, "total_created": sum(bank.credits().values())},
         "sla.bank.months.same_rule"),
        ("outsourcing.t4_months", {**months_model, "spanning": 3}, "sla.bank.months.spanning"),
        ("outsourcing.t4_months", {**months_model, "total_created": 1.0}, "check.not_yet_right"),
        ("outsourcing.t5_customer", {**customer, "within_4h": standards.sla_compliance(
            scope["wall_hours"], 4)}, "sla.bank.customer.excluded"),
        ("outsourcing.t5_customer", {**customer, "p90_hours": standards.percentile(
            p1["measured_hours"], 90)}, "sla.bank.customer.business"),
        ("outsourcing.t5_customer", {**customer, "within_4h": 34.2},
         "standards.bank.share.percent"),
        ("outsourcing.t5_customer", {**customer, "csat": 4.5}, "check.not_yet_right"),
        ("outsourcing.t6_clauses", ["C2", "C7", "C9"], "sla.bank.clauses.wrong"),
        ("outsourcing.t6_clauses", ["C7"], "sla.bank.clauses.missing"),
        ("outsourcing.t6_clauses", ["C2", "C99"], "sla.bank.clauses.unknown"),
        ("outsourcing.t6_clauses", 7, "sla.bank.clauses.type"),
        ("outsourcing.t7_fair", bank.pooled(singles["hours"]), "sla.bank.fair.one"),
        ("outsourcing.t7_fair", bank.pooled(singles["stops"]), "sla.bank.fair.one"),
        ("outsourcing.t7_fair", float(fair_months.mean()), "sla.bank.fair.mean_of_months"),
        ("outsourcing.t7_fair", 34.0, "standards.bank.share.percent"),
        ("outsourcing.t7_fair", 0.9, "sla.bank.fair.wrong"),
        ("outsourcing.t8_rewrite", {**REWRITES, "clock_stops": "The clock stops only while the "
                                    "ticket waits for the customer, and never otherwise."},
         "sla.bank.rewrite.missing"),
        ("outsourcing.t8_rewrite", {**REWRITES, "exclusions": bank._draft_text("exclusions")},
         "sla.bank.rewrite.unchanged"),
        ("outsourcing.t8_rewrite", {**REWRITES, "hours": "P1: 24/7."},
         "recovery.bank.reflection.short"),
        ("outsourcing.t8_rewrite", {**REWRITES, "hours": 4}, "recovery.bank.reflection.text"),
        ("outsourcing.t8_rewrite", ["a", "b", "c"], "check.bank.keyed_type"),
    ]


@pytest.mark.parametrize("qid, answer, key", mistakes())
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_typical_mistakes_get_their_own_message(qid: str, answer: object, key: str,
                                                lang: str) -> None:
    i18n.set_language(lang)
    fb = check(qid, answer)
    assert fb.status in ("fail", "wrong_type", "wrong_shape"), fb.text()
    expected = i18n.MESSAGES[key][i18n.LANGUAGES.index(lang)]
    assert fb.message.startswith(expected.split("{")[0][:12]), fb.message


def test_answers_in_other_forms() -> None:
    model = model_answers()
    paper = bank.attainment_p1()
    assert check("outsourcing.t2_attainment", list(paper.values())).passed
    periods = pd.Series(list(paper.values()), index=pd.PeriodIndex(MONTHS, freq="M"))
    assert check("outsourcing.t2_attainment", periods).passed
    stamps = pd.Series(list(paper.values()), index=pd.to_datetime([f"{m}-01" for m in MONTHS]))
    assert check("outsourcing.t2_attainment", stamps).passed
    assert check("outsourcing.t2_attainment", periods.to_frame("attainment")).passed
    assert check("outsourcing.t2_attainment", {**paper, "2026-07": 0.5}).passed  # extra month
    credits = sla.service_credits(bank.monthly(), bank.contract())
    assert check("outsourcing.t3_credits", credits[["credit"]]).passed
    assert check("outsourcing.t6_clauses", "C2, C7, C8").passed
    assert check("outsourcing.t6_clauses", ("Service hours", "暂停计时", 8)).passed
    assert check("outsourcing.t6_clauses", {"c8", "c7", "c2"}).passed
    assert check("outsourcing.t1_hand", {**model["outsourcing.t1_hand"], "E": None}).passed
    assert check("outsourcing.t8_rewrite", REWRITES_ZH).passed
    assert grade_answer("outsourcing.t8_rewrite", REWRITES_ZH).passed
    assert check("outsourcing.t8_rewrite", {"C2": REWRITES["hours"],
                                            "C7": REWRITES["clock_stops"],
                                            "C8": REWRITES["exclusions"]}).passed
    linear = standards.percentile(bank.p1_customer()["wall_hours"], 90, method="linear")
    assert check("outsourcing.t5_customer", {**model["outsourcing.t5_customer"],
                                             "p90_hours": linear}).passed


def test_partial_credit() -> None:
    model = model_answers()
    fb = grade_answer("outsourcing.t1_hand", {**model["outsourcing.t1_hand"], "B": 11.0,
                                              "F": 3.5})
    assert fb.status == "fail" and fb.points == pytest.approx(2 * 4 / 6, abs=0.01)
    paper = bank.attainment_p1()
    fb = grade_answer("outsourcing.t2_attainment", {**paper, "2026-04": 0.9})
    assert fb.points == pytest.approx(3 * 5 / 6, abs=0.01)
    fb = grade_answer("outsourcing.t3_credits", bank.credits(cap=False))
    assert fb.points == pytest.approx(2 * 5 / 6, abs=0.01)         # only April differs
    fb = grade_answer("outsourcing.t4_months", {**model["outsourcing.t4_months"], "spanning": 0})
    assert fb.points == 1.0
    fb = grade_answer("outsourcing.t5_customer", {**model["outsourcing.t5_customer"], "csat": 1})
    assert fb.points == pytest.approx(2 * 2 / 3, abs=0.01)
    points = grade_answer("outsourcing.t6_clauses", ["C2", "C7"]).points
    assert points == pytest.approx(2 * 2 / 3, abs=0.01)
    assert grade_answer("outsourcing.t6_clauses", ["C2", "C7", "C4"]).points == pytest.approx(
        2 / 3, abs=0.01)
    assert grade_answer("outsourcing.t6_clauses", ["C1", "C4", "C2"]).points == 0
    months = bank.monthly(fair=True).xs("P1", level="priority")["attainment"]
    assert grade_answer("outsourcing.t7_fair", float(months.mean())).points == 1.0
    weak = {**REWRITES, "clock_stops": "The clock stops only while the ticket waits for the "
                                       "customer, and never otherwise."}
    fb = grade_answer("outsourcing.t8_rewrite", weak)       # 7 of the 9 elements
    assert fb.points == pytest.approx(3 * 7 / 9, abs=0.01)


def test_hidden_test_asks_for_a_time_limit_on_stops() -> None:
    open_ended = {**REWRITES, "clock_stops": "The clock stops only while the vendor waits for "
                                             "information it has asked the customer for in "
                                             "writing; waits for its own suppliers never stop it."}
    assert check("outsourcing.t8_rewrite", open_ended).passed       # the visible check passes
    fb = grade_answer("outsourcing.t8_rewrite", open_ended)
    assert fb.status == "fail" and "at most" in fb.hint
    zh = {**REWRITES_ZH, "clock_stops": "仅在供应商书面请求客户提供信息、等待客户答复期间暂停计时；"
                                        "等待供应商自身的备件不暂停计时。"}
    assert check("outsourcing.t8_rewrite", zh).passed
    assert not grade_answer("outsourcing.t8_rewrite", zh).passed
    assert bank.stop_is_limited("最长不超过二十四小时") and bank.stop_is_limited("after 48 h")


anything = banks.anything(
    samples=["C2", "C7", "service hours", "2026-01", "0.6", "P1"],
    keys=["A", "B", "C", "D", "F", "attainment", "2026-01", "2026-04", "spanning",
          "total_created", "p90_hours", "within_4h", "csat", "hours", "clock_stops",
          "exclusions"], size=7)


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(qid=st.sampled_from(QIDS), answer=anything)
def test_check_and_grade_never_raise(qid: str, answer: object) -> None:
    banks.assert_never_raises(qid, answer)


def test_released_exercise_answers_score_zero() -> None:
    """What the released exercise leaves in each answer cell (``...``) scores nothing."""
    for qid in QIDS:
        fb = grade_answer(qid, ...)
        assert fb.points == 0 and fb.status == "unanswered", qid
    assert np.isfinite(bank.fair())


def test_every_message_of_the_bank_is_used() -> None:
    from pathlib import Path

    source = Path(bank.__file__).read_text(encoding="utf-8")
    keys = [k for k in i18n.MESSAGES if k.startswith("sla.bank.")]
    unused = [k for k in keys if f'"{k}"' not in source
              and not any(k.startswith(f"sla.bank.fair.{w}") for w in ("hours", "stops",
                                                                       "exclusions"))]
    assert keys and not unused
