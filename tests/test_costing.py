"""Time-driven ABC, unused capacity, the channel-shift business case and the chatbot's cost
per contact (svcx_helpers.costing): the known answers of METHODS.md 8.4, hand-worked
examples stated here, properties, bad input, and the course data against plain pandas."""

from __future__ import annotations

import io
import math
import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svcx_helpers import costing, i18n, load_dataset, process


@pytest.fixture(autouse=True)
def english() -> None:
    i18n.set_language("en")


def table(**changes: object) -> pd.DataFrame:
    """Two roles: six tellers at 21,000 a quarter (METHODS.md 8.4) and one clerk at 22,680
    (exactly 1 yuan per practical minute), plus the customer's own time at 0."""
    base = {"role": ["teller", "clerk", "customer"], "units": [6, 1, 0],
            "cost_per_unit": [21_000, 22_680, 0], "hours_per_day": [7.5, 7.5, 0],
            "practical_share": [0.8, 0.8, 0], "resources": ["t1 t2", "clerk_1", "desk"]}
    base.update(changes)
    return pd.DataFrame(base)


def small_log() -> pd.DataFrame:
    """Case a: account opening 22 min at a teller, cash deposit 4 min, loan enquiry 35 min.
    Case b: check 10 min (clerk), fix 10 min at the desk (customer), check again 5 min."""
    return process.load_log(pd.DataFrame({
        "case_id": ["a", "a", "a", "b", "b", "b"],
        "activity": ["Open account", "Cash deposit", "Loan enquiry", "Check", "Fix", "Check"],
        "start": ["2026-03-02 09:00", "2026-03-02 09:30", "2026-03-02 09:40",
                  "2026-03-03 09:00", "2026-03-03 09:10", "2026-03-03 09:20"],
        "end": ["2026-03-02 09:22", "2026-03-02 09:34", "2026-03-02 10:15",
                "2026-03-03 09:10", "2026-03-03 09:20", "2026-03-03 09:25"],
        "resource": ["t1", "t2", "t1", "clerk_1", "desk", "clerk_1"],
        "service": ["mixed", "mixed", "mixed", "docs", "docs", "docs"]}))


# ------------------------------------------------------------------ known answers
def test_methods_8_4_capacity_rate_and_activity_costs() -> None:
    r = costing.capacity_rate(126_000, units=6, hours_per_day=7.5, days_per_month=21,
                              months=3, practical=0.8)
    assert r["theoretical_minutes"] == 28_350
    assert r["practical_minutes"] == pytest.approx(22_680)
    assert r["capacity"] == pytest.approx(136_080)
    assert round(r["rate"], 6) == 0.925926
    assert [round(costing.activity_cost(m, r["rate"]), 4) for m in (22, 4, 35)] == [
        20.3704, 3.7037, 32.4074]


def test_rates_from_a_cost_table() -> None:
    rates = costing.rates(table())
    assert round(rates.loc["teller", "rate"], 6) == 0.925926
    assert rates.loc["teller", "cost"] == 126_000
    assert rates.loc["teller", "capacity"] == pytest.approx(136_080)
    assert rates.loc["clerk", "rate"] == pytest.approx(1.0)
    assert rates.loc["customer", "rate"] == 0 and rates.loc["customer", "capacity"] == 0
    assert rates.loc["teller", "resources"] == ("t1", "t2")
    assert costing.role_map(rates) == {"t1": "teller", "t2": "teller", "clerk_1": "clerk",
                                       "desk": "customer"}


def test_periods_are_chosen_not_mixed() -> None:
    two = pd.concat([table().assign(period="before"),
                     table(cost_per_unit=[24_000, 22_680, 0]).assign(period="after")])
    assert costing.rates(two, "after").loc["teller", "rate"] == pytest.approx(
        144_000 / 136_080)
    with pytest.raises(ValueError, match="several periods"):
        costing.rates(two)
    with pytest.raises(ValueError, match="'during'"):
        costing.rates(two, "during")


def test_worked_example_cost_per_case_and_rework() -> None:
    """Case a: 22 + 4 + 35 = 61 teller minutes × 0.925926 = 56.4815 yuan. Case b: 10 + 5
    clerk minutes × 1 yuan = 15 yuan, the desk free; the second check (5 yuan) is rework."""
    cases = costing.case_costs(small_log(), costing.rates(table()))
    assert round(cases.loc["a", "cost"], 4) == 56.4815
    assert cases.loc["a", "minutes"] == 61 and cases.loc["a", "rework_cost"] == 0
    assert cases.loc["b", "cost"] == pytest.approx(15.0)
    assert cases.loc["b", "minutes"] == 15                     # the customer's 10 not counted
    assert cases.loc["b", "rework_cost"] == pytest.approx(5.0)
    assert cases.loc["b", "rework"] == 1
    assert cases.loc["b", "variant"] == "Check → Fix → Check"
    assert cases.loc["b", "service"] == "docs"
    assert cases.loc["a", "cost_teller"] == pytest.approx(cases.loc["a", "cost"])


def test_cost_log_with_an_explicit_role_map() -> None:
    log = small_log()
    costed = costing.cost_log(log, costing.rates(table()),
                              roles={"t1": "clerk", "t2": "clerk", "clerk_1": "clerk",
                                     "desk": "customer"})
    assert costed.loc[costed["case"] == "a", "cost"].sum() == pytest.approx(61.0)
    # without a resources column the role is the name without its number
    rates = costing.rates(table(resources=[None, None, None]))
    costed = costing.cost_log(log.assign(resource=log["resource"].replace(
        {"t1": "teller_1", "t2": "teller_2", "desk": "customer"})), rates)
    assert set(costed["role"]) == {"teller", "clerk", "customer"}


def test_capacity_use_worked_example() -> None:
    """Two days of the log; a quarter has 63 days. Tellers supply 136,080 × 2/63 = 4,320
    practical minutes and use 61; the clerk supplies 720 and uses 15."""
    use = costing.capacity_use(small_log(), costing.rates(table()))
    assert use.attrs["days"] == 2
    assert use.loc["teller", "supplied"] == pytest.approx(4_320)
    assert use.loc["teller", "used"] == 61
    assert use.loc["clerk", ["supplied", "used", "unused"]].tolist() == pytest.approx(
        [720, 15, 705])
    assert use.loc["clerk", "unused_cost"] == pytest.approx(705)
    assert "customer" not in use.index                           # costs nothing
    assert use.loc["total", "supplied_cost"] == pytest.approx(126_000 * 2 / 63 + 22_680 * 2 / 63)
    assert costing.capacity_use(small_log(), costing.rates(table()), days=63).loc[
        "clerk", "supplied"] == pytest.approx(22_680)


def test_business_case_worked_example() -> None:
    """10,000 requests, 30 % adoption, counter 18, app 6, fallback 10 %, running 5,000:
    saving per attempt 0.9 · 18 − 6 = 10.2, 3,000 attempts → 30,600 − 5,000 = 25,600 a
    year; investment 20,000 over 3 years: ROI (76,800 − 20,000) / 20,000 = 2.84."""
    s = costing.channel_shift(10_000, 0.3, 18, 6, fallback=0.1, running=5_000)
    assert s["per_attempt"] == pytest.approx(10.2) and s["net"] == pytest.approx(25_600)
    r = costing.shift_roi(10_000, 0.3, 18, 6, 20_000, fallback=0.1, running=5_000)
    assert r["roi"] == pytest.approx(2.84) and r["benefit"] == pytest.approx(76_800)
    assert r["payback_years"] == pytest.approx(20_000 / 25_600)
    # discounted at 5 %: 150,000 × (1/1.05 + 1/1.05² + 1/1.05³) = 408,487.2
    assert costing.roi(300_000, 150_000, 3, 0.05)["benefit"] == pytest.approx(408_487.2, abs=0.1)
    assert math.isinf(costing.roi(100, -5)["payback_years"])


def test_break_even_adoption_gives_zero_roi() -> None:
    kw = {"counter_cost": 18.0, "self_cost": 6.0, "investment": 60_000, "fallback": 0.1,
          "running": 5_000}
    a = costing.break_even_adoption(10_000, **kw)
    assert a == pytest.approx((20_000 + 5_000) / (10_000 * 10.2))
    assert costing.shift_roi(10_000, a, **kw)["roi"] == pytest.approx(0, abs=1e-12)
    assert math.isnan(costing.break_even_adoption(10_000, 6.0, 6.0, 1_000))   # never
    assert math.isnan(costing.break_even_adoption(100, 18.0, 6.0, 1e9))       # above 100 %


def test_sensitivity_table() -> None:
    out = costing.sensitivity(costing.shift_roi, ("adoption", [0.2, 0.4]),
                              ("fallback", [0.0, 0.2]), value="roi", volume=10_000,
                              counter_cost=18.0, self_cost=6.0, investment=60_000,
                              running=5_000)
    # adoption 0.4, fallback 0.2: 4,000 × 8.4 − 5,000 = 28,600 a year → (85,800 − 60,000) / 60,000
    assert out.loc[0.4, 0.2] == pytest.approx(0.43)
    assert list(out.index) == [0.2, 0.4] and out.columns.name == "fallback"
    one = costing.sensitivity(costing.break_even_containment, ("bot", [0.5, 1.2]), human=9.0)
    assert one["value"].tolist() == pytest.approx([0.5 / 9, 1.2 / 9])


def test_chatbot_cost_and_break_even() -> None:
    assert costing.bot_cost(0.7, 1.2, 9.0, 2.5) == pytest.approx(1.2 + 0.3 * 11.5)
    assert costing.bot_cost(0.7, 1.2, 9.0, 2.5, repeat=0.5) == pytest.approx(1.2 + 0.65 * 11.5)
    k = costing.break_even_containment(1.2, 9.0, 2.5)
    assert k == pytest.approx(3.7 / 11.5)
    assert costing.bot_cost(k, 1.2, 9.0, 2.5) == pytest.approx(9.0)


def test_containment_table() -> None:
    pilot = pd.DataFrame({"intent": ["balance", "rates"], "conversations": [100, 100],
                          "contained": [90, 70], "repeat_7d": [5, 45]})
    out = costing.containment(pilot, bot=1.2, human=9.0, handover=2.5)
    assert out.loc["rates", "containment"] == 0.7
    assert out.loc["rates", "effective"] == pytest.approx(0.25)     # looks contained, is not
    assert out["route"].to_dict() == {"balance": "bot", "rates": "human", "all": "bot"}
    assert out.loc["all", "conversations"] == 200
    assert out.loc["all", "effective"] == pytest.approx(110 / 200)


# ------------------------------------------------------------------ bad input
def log_with(**changes: object) -> pd.DataFrame:
    return small_log().assign(**changes)


@pytest.mark.parametrize(("call", "message"), [
    (lambda: costing.capacity_rate(-1), "cost.*-1"),
    (lambda: costing.capacity_rate(100, units=0), "units"),
    (lambda: costing.capacity_rate(100, practical=1.2), "practical.*1.2"),
    (lambda: costing.capacity_rate("a lot"), "'a lot'"),
    (lambda: costing.rates(table().drop(columns="units")), r"\['units'\]"),
    (lambda: costing.rates(table(cost_per_unit=[21_000, "x", 0])), "cost_per_unit.*row 1.*'x'"),
    (lambda: costing.rates(table(practical_share=[0.8, 0.0, 0])), "practical_share.*row 1"),
    (lambda: costing.rates(table(role=["teller", "teller", "customer"])), "'teller' appears twice"),
    (lambda: costing.rates(table(resources=["t1", "t1", "desk"])).pipe(costing.role_map),
     "'t1' appears twice"),
    (lambda: costing.cost_log(log_with(resource=["t1", "t2", "t1", "robot_1", "desk",
                                                 "clerk_1"]), costing.rates(table())),
     "'robot_1'.*row 3.*'robot'"),
    (lambda: costing.cost_log(log_with(resource=["t1", None, "t1", "clerk_1", "desk",
                                                 "clerk_1"]), costing.rates(table())),
     "row 1.*'Cash deposit'"),
    (lambda: costing.case_costs(small_log()), "rates table"),
    (lambda: costing.capacity_use(small_log(), costing.rates(table()), days=0), "days"),
    (lambda: costing.channel_shift(100, 1.5, 10, 5), "adoption.*1.5"),
    (lambda: costing.roi(0, 100), "investment"),
    (lambda: costing.roi(100, 10, years=2.5), "whole number.*2.5"),
    (lambda: costing.roi(100, "x"), "annual_net.*'x'"),
    (lambda: costing.bot_cost(1.1, 1, 9), "containment"),
    (lambda: costing.containment(pd.DataFrame({"intent": ["a"], "conversations": [10],
                                               "contained": [12], "repeat_7d": [0]}),
                                 bot=1, human=9), "contained.*row 0.*12"),
    (lambda: costing.containment(pd.DataFrame({"intent": ["a"]}), bot=1, human=9),
     "conversations"),
])
def test_bad_input_names_what_is_wrong(call: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call()  # type: ignore[operator]


def test_errors_in_chinese() -> None:
    i18n.set_language("zh")
    with pytest.raises(ValueError, match="没有费率"):
        costing.cost_log(log_with(resource=["robot"] * 6), costing.rates(table()))
    with pytest.raises(ValueError, match="整数"):
        costing.roi(100, 10, years=1.5)


# ------------------------------------------------------------------ properties
@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 5), st.floats(10_000, 60_000), st.floats(0.5, 1.0)),
                min_size=1, max_size=3),
       st.lists(st.tuples(st.integers(0, 2), st.integers(1, 60)), min_size=1, max_size=30))
def test_case_costs_plus_unused_capacity_equal_the_cost_supplied(roles: list, work: list) -> None:
    """Nothing is lost and nothing spread: Σ case costs + unused capacity cost = the cost
    of the capacity supplied in the log's days, whatever the rates and the work."""
    names = [f"r{i}" for i in range(len(roles))]
    costs = pd.DataFrame({"role": names, "units": [u for u, _, _ in roles],
                          "cost_per_unit": [c for _, c, _ in roles], "hours_per_day": 7.5,
                          "practical_share": [p for _, _, p in roles],
                          "resources": [f"{n}_a" for n in names]})
    start = pd.Timestamp("2026-03-02 09:00")
    rows = []
    for k, (who, minutes) in enumerate(work):
        s = start + pd.Timedelta(minutes=k)
        rows.append({"case_id": f"c{k % 4}", "activity": f"A{k % 3}", "start": s,
                     "end": s + pd.Timedelta(minutes=minutes),
                     "resource": f"{names[who % len(names)]}_a"})
    log = process.load_log(pd.DataFrame(rows))
    rates = costing.rates(costs)
    cases = costing.case_costs(log, rates)
    use = costing.capacity_use(log, rates)
    assert cases["cost"].sum() + use.loc["total", "unused_cost"] == pytest.approx(
        use.loc["total", "supplied_cost"])
    assert use.loc["total", "supplied_cost"] == pytest.approx(
        (costs["units"] * costs["cost_per_unit"]).sum() / 63)
    assert cases["rework_cost"].le(cases["cost"] + 1e-9).all()


@settings(max_examples=60, deadline=None)
@given(st.floats(100, 1e6), st.floats(1, 50), st.floats(0, 10), st.floats(1e3, 1e6),
       st.floats(0, 0.5), st.floats(0, 1e5), st.integers(1, 5), st.floats(0, 0.1))
def test_roi_is_zero_at_the_break_even_adoption(volume: float, counter: float, own: float,
                                                investment: float, fallback: float,
                                                running: float, years: int,
                                                rate: float) -> None:
    kw = {"counter_cost": counter, "self_cost": own, "investment": investment,
          "fallback": fallback, "running": running, "years": years, "rate": rate}
    a = costing.break_even_adoption(volume, **kw)
    if math.isnan(a):
        top = costing.shift_roi(volume, 1.0, **kw)["roi"]
        assert top < 1e-9
    else:
        assert 0 <= a <= 1
        assert costing.shift_roi(volume, a, **kw)["roi"] == pytest.approx(0, abs=1e-6)


# ------------------------------------------------------------------ the course data
def test_course_data_agrees_with_plain_pandas() -> None:
    costs = load_dataset("branch_costs")
    for period in ("before", "after"):
        mine = costs[costs["period"] == period]
        log = process.load_log(load_dataset(f"bank_branch_events_{period}"))
        rates = costing.rates(costs, period)
        paid = mine[mine["cost_per_unit"] > 0].set_index("role")
        capacity = paid["units"] * paid["hours_per_day"] * 60 * 21 * 3 * paid["practical_share"]
        rate = paid["units"] * paid["cost_per_unit"] / capacity
        assert rates.loc[rate.index, "rate"].to_numpy() == pytest.approx(rate.to_numpy())
        role = {r: row["role"] for _, row in mine.iterrows() for r in row["resources"].split()}
        minutes = (log["end"] - log["start"]).dt.total_seconds() / 60
        cost = minutes * log["resource"].map(role).map(rate).fillna(0.0)
        cases = costing.case_costs(log, rates)
        assert cases["cost"].sum() == pytest.approx(cost.sum())
        per_case = cost.groupby(log["case"]).sum()
        assert cases["cost"].to_numpy() == pytest.approx(per_case.sort_index().to_numpy())
        variants = costing.variant_costs(log, rates)
        assert variants["variant"].tolist() == process.variants(log)["variant"].tolist()
        assert variants["cases"].sum() == 600


def test_plots_in_both_languages() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    costs = load_dataset("branch_costs")
    logs = {p: process.load_log(load_dataset(f"bank_branch_events_{p}"))
            for p in ("before", "after")}
    rates = {p: costing.rates(costs, p) for p in logs}
    for lang, word in (("en", "teller"), ("zh", "柜员")):
        i18n.set_language(lang)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            ax = costing.plot_variant_costs(costing.variant_costs(logs["before"],
                                                                  rates["before"]))
            assert word in [x.get_text() for x in ax.get_legend().get_texts()]
            assert len(ax.get_yticklabels()) == 6
            ax.figure.savefig(io.BytesIO(), format="png")
            ax = costing.plot_capacity({p: costing.capacity_use(logs[p], rates[p])
                                        for p in logs})
            assert word in [x.get_text() for x in ax.get_yticklabels()]
            ax.figure.savefig(io.BytesIO(), format="png")
            grid = costing.sensitivity(costing.shift_roi, ("adoption", [0.2, 0.4]),
                                       ("fallback", [0.0, 0.1]), value="roi", volume=1e4,
                                       counter_cost=18.0, self_cost=6.0, investment=6e4)
            ax = costing.plot_sensitivity(grid, break_even=0.3)
            assert len(ax.get_lines()) == 4                      # 2 curves, zero, break-even
            ax.figure.savefig(io.BytesIO(), format="png")
        assert not [w for w in caught if "Glyph" in str(w.message)], lang
        plt.close("all")
    i18n.set_language("en")
    assert np.isfinite(costing.break_even_containment(1.2, 9.0))
