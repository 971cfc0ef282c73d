"""Service-level agreements (svcx_helpers.sla): the known-answer month of METHODS.md §8.5
exactly, business hours with holidays and make-up working days, clock stops, exclusions,
both month conventions, service credits with the contract's table and cap, the course's
draft contract, the clause checker, clear errors, and the plots in both languages."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svcx_helpers import i18n, load_dataset, sla

MONDAY = "2026-01-05"  # a Monday without holidays


def at(day: str, hhmm: str) -> str:
    return f"{day} {hhmm}"


def methods_month() -> tuple[pd.DataFrame, pd.DataFrame, sla.Contract]:
    """METHODS.md §8.5: P1 target ≤ 4 business hours (Mon–Fri 09:00–18:00); T1 Mon
    09:00→12:00; T2 Mon 10:00→15:00 with a customer wait 11:00–13:00; T3 Mon 16:00→Tue
    11:00; T4 Mon 09:00→14:30; T5 excluded (the customer's own change). Fee 20,000, credits
    < 95 %: 5 %, < 90 %: 10 %."""
    tue = "2026-01-06"
    tickets = pd.DataFrame({
        "ticket_id": ["T1", "T2", "T3", "T4", "T5"],
        "priority": ["P1"] * 5,
        "created": [at(MONDAY, "09:00"), at(MONDAY, "10:00"), at(MONDAY, "16:00"),
                    at(MONDAY, "09:00"), at(MONDAY, "09:00")],
        "resolved": [at(MONDAY, "12:00"), at(MONDAY, "15:00"), at(tue, "11:00"),
                     at(MONDAY, "14:30"), at(MONDAY, "17:00")],
        "exclusion": ["", "", "", "", "customer_change"],
    })
    stops = pd.DataFrame({"ticket_id": ["T2"], "status": ["pending_customer"],
                          "start": [at(MONDAY, "11:00")], "end": [at(MONDAY, "13:00")]})
    contract = sla.Contract({"P1": sla.Priority(4.0)}, clock_stops=("pending_customer",),
                            exclusions=("customer_change",), fee=20_000,
                            credit_table=((0.95, 5.0), (0.90, 10.0)),
                            credit_priorities=("P1",))
    return tickets, stops, contract


# ------------------------------------------------------------------ METHODS.md §8.5
def test_methods_8_5_known_answer_month() -> None:
    tickets, stops, contract = methods_month()
    m = sla.measure(tickets, contract, stops)
    assert m.loc[["T1", "T2", "T3", "T4"], "measured_hours"].tolist() == [3.0, 3.0, 4.0, 5.5]
    assert m.loc["T2", "elapsed_hours"] == 5.0 and m.loc["T2", "stopped_hours"] == 2.0
    assert m.loc[["T1", "T2", "T3", "T4"], "met"].tolist() == [True, True, True, False]
    assert m.loc["T3", "met"]                     # 4 h exactly: "≤ 4" is met
    assert m.loc["T5", "excluded"] and not m.loc["T5", "in_scope"] and pd.isna(m.loc["T5", "met"])
    table = sla.attainment(m)
    row = table.loc[("2026-01", "P1")]
    assert (row["tickets"], row["excluded"], row["in_scope"], row["met"], row["missed"]) == (
        5, 1, 4, 3, 1)
    assert row["attainment"] == 0.75
    credits = sla.service_credits(table, contract)
    assert credits.loc["2026-01", "P1"] == 10.0          # 75 % < 90 %: 10 %, not 5 + 10
    assert credits.loc["2026-01", "credit"] == 2_000.0   # 10 % of 20,000


def test_methods_8_5_by_hand_with_the_low_level_functions() -> None:
    assert sla.business_hours(at(MONDAY, "09:00"), at(MONDAY, "12:00")) == 3.0
    assert sla.business_hours(at(MONDAY, "10:00"), at(MONDAY, "15:00")) - sla.stopped_hours(
        at(MONDAY, "10:00"), at(MONDAY, "15:00"), [(at(MONDAY, "11:00"), at(MONDAY, "13:00"))]
    ) == 3.0
    assert sla.business_hours(at(MONDAY, "16:00"), "2026-01-06 11:00") == 4.0  # 2 h + 2 h
    assert sla.business_hours(at(MONDAY, "09:00"), at(MONDAY, "14:30")) == 5.5
    assert sla.credit_percent(3 / 4) == 10.0
    assert [sla.credit_percent(a) for a in (0.96, 0.95, 0.9499, 0.90, 0.8999)] == [
        0, 0, 5, 5, 10]


# ------------------------------------------------------------------ business hours
def test_holidays_weekends_and_make_up_working_days() -> None:
    april = sla.Calendar(holidays=("2026-04-06",))
    # Fri 3 April 17:00 → Tue 7 April 10:00: Friday 1 h, weekend, Qingming Monday, Tuesday 1 h
    assert april.hours("2026-04-03 17:00", "2026-04-07 10:00") == 2.0
    assert sla.business_hours("2026-04-03 17:00", "2026-04-07 10:00") == 11.0  # no holiday
    # Saturday 14 February 2026 is a make-up working day (调休)
    feb = sla.Calendar(workdays=("2026-02-14",))
    assert feb.hours("2026-02-13 17:00", "2026-02-16 10:00") == 1 + 9 + 1
    assert sla.business_hours("2026-02-13 17:00", "2026-02-16 10:00") == 2.0
    # before opening and after closing count nothing; a whole week is 45 hours
    assert sla.business_hours(at(MONDAY, "06:00"), at(MONDAY, "09:00")) == 0.0
    assert sla.business_hours(at(MONDAY, "18:00"), "2026-01-06 09:00") == 0.0
    assert sla.business_hours(at(MONDAY, "00:00"), "2026-01-12 00:00") == 45.0
    assert sla.business_hours(at(MONDAY, "12:00"), at(MONDAY, "11:00")) == 0.0
    # another opening time, and the round-the-clock calendar
    early = sla.Calendar(days=(0, 1, 2, 3, 4, 5), open="08:30", close="17:00")
    assert early.hours("2026-01-10 08:00", "2026-01-10 12:00") == 3.5   # a Saturday
    always = sla.Calendar.always()
    assert always.hours("2026-04-03 17:00", "2026-04-07 10:00") == 89.0
    assert always.is_always and not sla.BUSINESS.is_always


times = st.datetimes(min_value=pd.Timestamp("2026-01-01").to_pydatetime(),
                     max_value=pd.Timestamp("2026-03-31").to_pydatetime()).map(
    lambda d: pd.Timestamp(d).floor("min"))


@settings(max_examples=150, deadline=None)
@given(times, times, times)
def test_business_hours_add_up_and_never_exceed_the_clock(a: Any, b: Any, c: Any) -> None:
    a, b, c = sorted([a, b, c])
    cal = sla.Calendar(holidays=("2026-02-16", "2026-02-17"), workdays=("2026-02-14",))
    whole = cal.hours(a, c)
    assert whole == pytest.approx(cal.hours(a, b) + cal.hours(b, c))
    assert 0 <= whole <= (c - a).total_seconds() / 3600 + 1e-9
    assert sla.Calendar.always().hours(a, c) == pytest.approx((c - a).total_seconds() / 3600)


def test_overlapping_stops_count_once_and_are_clipped_to_the_ticket() -> None:
    stops = [(at(MONDAY, "11:00"), at(MONDAY, "12:00")), (at(MONDAY, "11:30"), at(MONDAY, "13:00")),
             (at(MONDAY, "07:00"), at(MONDAY, "10:30")),      # starts before the ticket
             (at(MONDAY, "14:30"), at(MONDAY, "20:00"))]      # ends after it
    # ticket 10:00–15:00: 10:00–10:30, 11:00–13:00, 14:30–15:00 → 3 h stopped
    assert sla.stopped_hours(at(MONDAY, "10:00"), at(MONDAY, "15:00"), stops) == 3.0
    assert sla.merge_intervals([("2026-01-05 12:00", "2026-01-05 13:00"),
                                ("2026-01-05 13:00", "2026-01-05 14:00")]) == [
        (pd.Timestamp("2026-01-05 12:00"), pd.Timestamp("2026-01-05 14:00"))]


def test_only_the_statuses_of_the_contract_stop_the_clock() -> None:
    tickets, stops, contract = methods_month()
    supplier = stops.assign(status="pending_supplier")
    m = sla.measure(tickets, contract, supplier)
    assert m.loc["T2", "measured_hours"] == 5.0 and not m.loc["T2", "met"]
    loose = contract.revise(clock_stops=["pending_customer", "pending_supplier"])
    assert sla.measure(tickets, loose, supplier).loc["T2", "measured_hours"] == 3.0


def test_exclusions_are_what_the_contract_accepts() -> None:
    tickets, stops, contract = methods_month()
    claimed = tickets.assign(exclusion=["", "", "", "third_party", "customer_change"])
    strict = sla.attainment(sla.measure(claimed, contract, stops)).iloc[0]
    assert (strict["in_scope"], strict["met"]) == (4, 3)      # third_party not accepted
    loose = contract.revise(exclusions=["customer_change", "third_party"])
    row = sla.attainment(sla.measure(claimed, loose, stops)).iloc[0]
    assert (row["in_scope"], row["met"], row["attainment"]) == (3, 3, 1.0)


def test_a_ticket_spanning_months_counts_where_the_contract_says() -> None:
    tickets = pd.DataFrame({"ticket_id": ["A", "B"], "priority": ["P1", "P1"],
                            "created": ["2026-01-30 17:00", "2026-02-02 09:00"],
                            "resolved": ["2026-02-02 12:00", "2026-02-02 10:00"]})
    contract = sla.Contract({"P1": sla.Priority(4.0)})
    m = sla.measure(tickets, contract)
    assert m.loc["A", "measured_hours"] == 1 + 3 and m.loc["A", "wall_hours"] == 67.0
    assert m["month"].astype(str).tolist() == ["2026-02", "2026-02"]
    by_created = sla.measure(tickets, contract, month="created")
    assert by_created["month"].astype(str).tolist() == ["2026-01", "2026-02"]
    assert sla.measure(tickets, contract.revise(month="created"))["month"].astype(
        str).tolist() == ["2026-01", "2026-02"]
    table = sla.attainment(by_created)
    assert table["in_scope"].tolist() == [1, 1]
    assert sla.attainment(by_created, months=["2026-02"])["in_scope"].tolist() == [1]


def test_response_is_measured_like_resolution() -> None:
    tickets = pd.DataFrame({"ticket_id": ["A"], "priority": ["P1"],
                            "created": ["2026-01-09 17:50"], "first_response": ["2026-01-12 09:15"],
                            "resolved": ["2026-01-12 11:00"]})
    contract = sla.Contract({"P1": sla.Priority(4.0, response_hours=0.5)})
    r = sla.measure(tickets, contract, kind="response")
    assert r.loc["A", "measured_hours"] == pytest.approx(25 / 60) and r.loc["A", "met"]
    assert r.loc["A", "wall_hours"] == pytest.approx(63 + 25 / 60)


def test_open_tickets_are_counted_apart() -> None:
    tickets = pd.DataFrame({"ticket_id": ["A", "B"], "priority": ["P1", "P1"],
                            "created": [at(MONDAY, "09:00")] * 2,
                            "resolved": [at(MONDAY, "10:00"), None]})
    m = sla.measure(tickets, sla.Contract({"P1": sla.Priority(4.0)}))
    row = sla.attainment(m).iloc[0]
    assert (row["tickets"], row["open"], row["in_scope"], row["attainment"]) == (2, 1, 1, 1.0)


# ------------------------------------------------------------------ credits
def test_credits_add_up_per_priority_and_are_capped() -> None:
    contract = sla.Contract({"P1": sla.Priority(4), "P2": sla.Priority(16)}, fee=150_000,
                            credit_priorities=("P1", "P2"), credit_cap=10)
    index = pd.MultiIndex.from_tuples(
        [("2026-01", "P1"), ("2026-01", "P2"), ("2026-02", "P1"), ("2026-02", "P2"),
         ("2026-03", "P1"), ("2026-03", "P2")], names=["month", "priority"])
    monthly = pd.DataFrame({"attainment": [0.96, 0.94, 0.85, 0.93, np.nan, 0.97]}, index=index)
    c = sla.service_credits(monthly, contract)
    assert c["P1"].tolist() == [0, 10, 0] and c["P2"].tolist() == [5, 5, 0]
    assert c["percent"].tolist() == [5, 10, 0]                   # 10 + 5 capped at 10
    assert c["credit"].tolist() == [7_500, 15_000, 0]
    uncapped = sla.service_credits(monthly, dataclass_replace(contract, credit_cap=None))
    assert uncapped["credit"].tolist() == [7_500, 22_500, 0]
    with pytest.raises(ValueError, match="by month and priority"):
        sla.service_credits(monthly.reset_index(), contract)


def dataclass_replace(contract: sla.Contract, **changes: Any) -> sla.Contract:
    import dataclasses

    return dataclasses.replace(contract, **changes)


# ------------------------------------------------------------------ the course contract
def test_the_draft_contract_reads_as_its_clauses_say() -> None:
    c = sla.load_contract("vendor_sla_draft")
    assert {p: (v.resolution_hours, v.response_hours, v.target) for p, v in
            c.priorities.items()} == {"P1": (4, 0.5, 0.95), "P2": (16, 2, 0.95),
                                      "P3": (40, 8, 0.90)}
    business = c.calendar("P1")
    assert (business.open, business.close, business.days) == ("09:00", "18:00", (0, 1, 2, 3, 4))
    assert "2026-04-06" in business.holidays and "2026-02-14" in business.workdays
    assert c.clock_stops == ("pending_customer", "pending_supplier")
    assert "third_party" in c.exclusions and c.month == "resolved"
    assert (c.fee, c.credit_table, c.credit_priorities, c.credit_cap) == (
        150_000, ((0.95, 5), (0.90, 10)), ("P1", "P2"), 10)
    clauses = c.clause_table(lang="en")
    assert list(clauses.index) == [f"C{i}" for i in range(1, 11)]
    assert "4 hours" in clauses.loc["C4", "text"] and "150,000" in clauses.loc["C9", "text"]
    assert "09:00–18:00" in clauses.loc["C2", "text"]
    assert "pending" in clauses.loc["C7", "text"] and "third-party" in clauses.loc["C8", "text"]
    assert "解决" in c.clause_table(lang="zh").loc["C6", "text"]
    terms = c.terms()
    assert terms.loc["P1", "resolution_hours"] == 4 and terms["credited"].tolist() == [
        True, True, False]
    fair = c.revise(calendars={"P1": "24x7"}, targets={"P2": 24})
    assert fair.calendar("P1").is_always and fair.priorities["P2"].resolution_hours == 24
    assert c.calendar("P1").describe().startswith("Mon, Tue")


def test_compare_contracts_pools_the_months() -> None:
    tickets, stops, contract = methods_month()
    table = sla.compare_contracts(tickets, {"draft": contract,
                                            "24x7": contract.revise(calendars={"P1": "24x7"})},
                                  stops)
    assert table.loc["draft", "all"] == 0.75
    # round the clock: T3 waits 19 clock hours (16:00 → 11:00), T4 5.5, T2 3, T1 3
    assert table.loc["24x7", "all"] == 0.5


# ------------------------------------------------------------------ errors
def test_errors_name_the_row_column_and_value(tmp_path: Any) -> None:
    tickets, stops, contract = methods_month()
    with pytest.raises(ValueError, match=r"missing column.*\['resolved'\]"):
        sla.measure(tickets.drop(columns="resolved"), contract)
    with pytest.raises(ValueError, match=r"row 4: priority 'P9'"):
        sla.measure(tickets.assign(priority=["P1", "P1", "P9", "P1", "P1"]), contract)
    with pytest.raises(ValueError, match=r"row 3, column 'resolved'.*'soon'"):
        sla.measure(tickets.assign(resolved=[at(MONDAY, "12:00"), "soon", at(MONDAY, "12:00"),
                                             at(MONDAY, "12:00"), at(MONDAY, "12:00")]), contract)
    with pytest.raises(ValueError, match=r"row 2.*'resolved'.*before 'created'"):
        sla.measure(tickets.assign(resolved=[at(MONDAY, "08:00")] * 5), contract)
    with pytest.raises(ValueError, match=r"stops, row 2: the stop ends"):
        sla.measure(tickets, contract, stops.assign(end=[at(MONDAY, "10:00")]))
    with pytest.raises(ValueError, match=r"stops, row 2: ticket 'T9'"):
        sla.measure(tickets, contract, stops.assign(ticket_id=["T9"]))
    with pytest.raises(ValueError, match=r"row 3: the ticket id 'T1' appears twice"):
        sla.measure(tickets.assign(ticket_id=["T1", "T1", "T3", "T4", "T5"]), contract)
    with pytest.raises(ValueError, match="choose one of"):
        sla.measure(tickets, contract, kind="closure")
    with pytest.raises(ValueError, match=r"'9am' is not a time of day"):
        sla.Calendar(open="9am")
    with pytest.raises(ValueError, match="must be after the opening"):
        sla.Calendar(open="18:00", close="09:00")
    with pytest.raises(ValueError, match="'2026-13-01' is not a date"):
        sla.Calendar(holidays=("2026-13-01",))
    with pytest.raises(ValueError, match="calendar 'office'"):
        sla.Contract({"P1": sla.Priority(4, calendar="office")})
    with pytest.raises(ValueError, match="no contract file"):
        sla.load_contract("no_such_contract")
    bad = tmp_path / "bad.yml"
    bad.write_text("priorities:\n  P1: {target: 0.95}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.yml: priorities.P1: the entry 'resolution_hours'"):
        sla.load_contract(bad)
    bad.write_text("priorities:\n  P1: {resolution_hours: 4}\ncalendars:\n  business:\n"
                   "    days: [Mon, Funday]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="'Funday' is not a weekday"):
        sla.load_contract(bad)
    with i18n.language("zh"), pytest.raises(ValueError, match="第 4 行：优先级 'P9'"):
        sla.measure(tickets.assign(priority=["P1", "P1", "P9", "P1", "P1"]), contract)


# ------------------------------------------------------------------ the clause checker
@pytest.mark.parametrize(("kind", "text", "missing"), [
    ("hours", "P1 incidents are resolved within 4 hours, 24 hours a day, 7 days a week, "
              "including weekends and public holidays.", []),
    ("hours", "P1 time is measured in business hours.", ["round_clock", "target"]),
    ("hours", "P1 故障按 7×24 小时计时，4 小时内解决。", []),
    ("clock_stops", "The clock stops only while the vendor waits for information it has asked "
                    "the customer for in writing; waits for its own suppliers or spare parts "
                    "never stop it.", []),
    ("clock_stops", "The clock stops while a ticket has a pending status.",
     ["customer", "asked", "not_vendor"]),
    ("clock_stops", "仅在供应商书面请求客户提供信息并等待答复期间暂停计时，等待供应商自身的备件或"
                    "分包方不暂停计时。", []),
    ("exclusions", "Only planned maintenance agreed in advance, a change made by the customer "
                   "and force majeure are excluded, each with evidence of the root cause and the "
                   "customer's written agreement; the vendor stays responsible for its "
                   "subcontractors and the products it supplies.", []),
    ("exclusions", "Third-party failures are excluded.", ["named", "evidence",
                                                          "vendor_responsible"]),
    ("exclusions", "仅计划内维护、客户自行变更和不可抗力可以除外，须提供根本原因证明并经客户"
                   "书面确认；供应商对其分包方和其提供的产品负责。", []),
])
def test_check_clause(kind: str, text: str, missing: list[str]) -> None:
    review = sla.check_clause(text, kind)
    assert review.missing == missing, review.text_report()
    assert review.score == len(review.ELEMENTS) - len(missing)
    assert len(review.table()) == 3 and "prompt" in review.text_report()


def test_check_clause_reports_in_chinese_and_refuses_bad_input() -> None:
    with i18n.language("zh"):
        report = sla.check_clause("The clock stops while pending.", "clock_stops").text_report()
        assert report.startswith("暂停计时条款：找到 3 个要素中的 0 个")
    with pytest.raises(ValueError, match="non-empty text"):
        sla.check_clause("  ", "hours")
    with pytest.raises(ValueError, match="choose one of"):
        sla.check_clause("P1 within 4 hours", "credits")


# ------------------------------------------------------------------ plots
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_sla_plots_in_both_languages(lang: str, no_missing_glyphs: Any) -> None:
    import matplotlib.pyplot as plt

    contract = sla.load_contract()
    tickets = load_dataset("vendor_tickets")
    stops = load_dataset("vendor_ticket_stops")
    measured = sla.measure(tickets[tickets["priority"] != "P3"], contract,
                           stops[stops["ticket_id"].isin(tickets.loc[
                               tickets["priority"] != "P3", "ticket_id"])])
    monthly = sla.attainment(measured, months=["2026-01", "2026-02", "2026-03"])
    with i18n.language(lang), no_missing_glyphs(lang):
        other = pd.Series({"2026-01": 0.3, "2026-02": 0.4, "2026-03": 0.5})
        axes = [sla.plot_attainment(monthly, contract, other=other),
                sla.plot_attainment(monthly, contract, "P2"),
                sla.plot_paper_vs_customer(measured)]
        for ax in axes:
            ax.figure.canvas.draw()
        titles = [ax.get_title(loc="left") for ax in axes]
        if lang == "zh":
            assert all(any("\u4e00" <= ch <= "\u9fff" for ch in s) for s in titles)
        else:
            assert all(s.isascii() for s in titles)
    bars = [p.get_height() for p in axes[0].patches]
    assert bars == pytest.approx(monthly.xs("P1", level="priority")["attainment"].tolist())
    plt.close("all")
