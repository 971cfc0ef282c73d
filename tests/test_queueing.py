"""Erlang C: METHODS.md Q1 known answers, stability, staffing, the simulation."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svcx_helpers import queueing as q

# METHODS.md §5.2, Q1: A = 10 Erlangs, AHT 180 s, target 20 s
Q1 = {  # N: (P_wait, SL(20 s), ASA s, occupancy, L_q)
    11: (0.6821, 0.3896, 122.78, 0.9091, 6.821),
    12: (0.4494, 0.6402, 40.44, 0.8333, 2.247),
    13: (0.2853, 0.7956, 17.12, 0.7692, 0.951),
    14: (0.1741, 0.8884, 7.84, 0.7143, 0.435),
    15: (0.1020, 0.9415, 3.67, 0.6667, 0.204),
}


@pytest.mark.parametrize("n", sorted(Q1))
def test_q1_table(n: int) -> None:
    p, sl, asa, occ, lq = Q1[n]
    a = q.offered_traffic(100, 1800, 180)
    assert a == 10
    assert round(q.erlang_c(a, n), 4) == p
    assert round(q.service_level(a, n, 180, 20), 4) == sl
    assert round(q.average_wait(a, n, 180), 2) == asa
    assert round(q.occupancy(a, n), 4) == occ
    assert round(q.queue_length(a, n), 3) == lq


def test_q1_staffing_like_pyworkforce() -> None:
    st_ = q.required_agents(10, 3, 0.33, 0.8, shrinkage=0.3, max_occupancy=0.85)
    assert (st_.agents, st_.scheduled) == (14, 20)
    assert round(st_.service_level, 3) == 0.888 and round(st_.p_wait, 3) == 0.174
    assert round(st_.occupancy, 3) == 0.714
    # a stricter occupancy cap needs more agents than the service level does
    assert q.required_agents(10, 180, 20, 0.8, max_occupancy=0.7).agents == 15


def _erlang_c_logspace(a: float, n: int) -> float:
    """The textbook formula evaluated with logarithms (reference for large N)."""
    log_top = n * math.log(a) - math.lgamma(n + 1) + math.log(n / (n - a))
    terms = [k * math.log(a) - math.lgamma(k + 1) for k in range(n)]
    m = max([*terms, log_top])
    s = sum(math.exp(x - m) for x in terms)
    top = math.exp(log_top - m)
    return top / (s + top)


@pytest.mark.parametrize(("a", "n"), [(10, 14), (95.5, 100), (400, 430), (800, 850),
                                      (1000, 1030)])
def test_stable_for_hundreds_of_agents(a: float, n: int) -> None:
    assert math.isclose(q.erlang_c(a, n), _erlang_c_logspace(a, n), rel_tol=1e-9)


def test_understaffed_values_are_documented_not_errors() -> None:
    assert q.erlang_c(10, 10) == 1.0 and q.erlang_c(10, 3) == 1.0
    assert q.service_level(10, 9, 180, 20) == 0.0
    assert q.average_wait(10, 9, 180) == math.inf and q.queue_length(10, 10) == math.inf
    assert q.occupancy(10, 9) == 1.0
    assert q.erlang_c(0, 3) == 0.0 and q.average_wait(0, 3, 180) == 0.0


@pytest.mark.parametrize(("call", "pattern"), [
    (lambda: q.erlang_c(10, 12.5), "whole number"),
    (lambda: q.erlang_c(-1, 12), "traffic must be zero or more"),
    (lambda: q.erlang_c("ten", 12), "traffic must be a number, got 'ten'"),
    (lambda: q.service_level(10, 12, 0, 20), "aht must be more than zero"),
    (lambda: q.required_agents(10, 180, 20, 1.2), "shares below 1"),
    (lambda: q.required_agents(10, 180, 20, 0.8, shrinkage=1), "shares below 1"),
])
def test_bad_input_is_named(call: object, pattern: str) -> None:
    with pytest.raises(ValueError, match=pattern):
        call()  # type: ignore[operator]


@settings(max_examples=80, deadline=None)
@given(st.floats(0.1, 300), st.integers(0, 40))
def test_more_agents_never_hurt(a: float, extra: int) -> None:
    n = math.floor(a) + 1 + extra
    assert 0 <= q.erlang_c(a, n + 1) <= q.erlang_c(a, n) <= 1
    assert q.service_level(a, n + 1, 180, 20) >= q.service_level(a, n, 180, 20) - 1e-12
    assert q.average_wait(a, n + 1, 180) <= q.average_wait(a, n, 180) + 1e-12
    assert q.erlang_c(a, n) >= q.erlang_b(a, n) - 1e-12       # waiting ≥ blocking


def test_staffing_plan_for_a_day() -> None:
    plan = q.staffing_plan({"09:00": 50, "09:30": 100, "10:00": 150}, 30, 180, 20, 0.8,
                           shrinkage=0.3)
    assert plan.loc["09:30", "agents"] == 14 and plan.loc["09:30", "scheduled"] == 20
    assert list(plan["traffic"]) == [5, 10, 15]
    assert (plan["service_level"] >= 0.8).all()
    assert plan["agents"].is_monotonic_increasing


def test_simulation_agrees_with_erlang_c() -> None:
    lam = 10 / 180                                  # A = 10 with AHT 180 s
    table = q.compare_with_formula(lam, 180, 14, 20, customers=200_000, seed=7)
    assert abs(table.loc["p_wait", "difference"]) < 0.01
    assert abs(table.loc["service_level", "difference"]) < 0.01
    assert abs(table.loc["occupancy", "difference"]) < 0.01
    assert abs(table.loc["average_wait", "difference"]) < 1.0           # seconds
    again = q.simulate(lam, 180, 14, customers=5_000, seed=7).customers
    assert again.equals(q.simulate(lam, 180, 14, customers=5_000, seed=7).customers)
    assert (again["wait"] >= 0).all() and (again["start"] >= again["arrival"]).all()
    # constant service times wait less than Erlang C's exponential ones
    det = q.simulate(lam, 180, 14, customers=50_000, seed=7, service="deterministic")
    assert det.summary["average_wait"] < q.average_wait(10, 14, 180)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_queue_plots_render(lang: str, no_missing_glyphs: object) -> None:
    import matplotlib.pyplot as plt

    with no_missing_glyphs(lang):  # type: ignore[operator]
        ax = q.plot_service_level_curve(10, 180, 20, target_level=0.8)
        ax.figure.canvas.draw()
        assert any("14" in t.get_text() for t in ax.texts)
        plan = q.staffing_plan({"09:00": 50, "09:30": 100, "10:00": 150}, 30, 180, 20, 0.8,
                               shrinkage=0.3)
        q.plot_staffing_plan(plan).figure.canvas.draw()
        sim = q.simulate(10 / 180, 180, 14, customers=5_000)
        q.plot_simulation(sim, 10, 14, 180).figure.canvas.draw()
    plt.close("all")


def test_staffing_widget() -> None:
    from svcx_helpers import widgets

    html_text = widgets.staffing_summary_html(200, 180, 14)          # A = 10 Erlangs
    assert "88.8%" in html_text and "8 s" in html_text and "71%" in html_text
    assert "without limit" in widgets.staffing_summary_html(200, 180, 10)
    box = widgets.staffing_what_if(200, 180, 14)
    box.children[1].children[2].value = 13
    assert "79.6%" in box.children[2].value


@settings(max_examples=80, deadline=None)
@given(st.floats(0.0, 400), st.floats(30, 900), st.floats(0, 120), st.floats(0.05, 0.99))
def test_required_agents_is_the_smallest_that_meets_the_target(a: float, aht: float,
                                                                target: float,
                                                                level: float) -> None:
    st_ = q.required_agents(a, aht, target, level)
    assert st_.agents > a
    assert q.service_level(a, st_.agents, aht, target) >= level
    assert math.isclose(st_.service_level, q.service_level(a, st_.agents, aht, target),
                        rel_tol=1e-9, abs_tol=1e-12)
    assert math.isclose(st_.p_wait, q.erlang_c(a, st_.agents), rel_tol=1e-9, abs_tol=1e-12)
    if st_.agents - 1 > a:
        assert q.service_level(a, st_.agents - 1, aht, target) < level


def test_staffing_plan_with_an_aht_per_interval() -> None:
    plan = q.staffing_plan([100, 100], 30, [180, 360], 20, 0.8)
    assert plan["aht"].tolist() == [180, 360] and plan["traffic"].tolist() == [10, 20]
    assert plan["agents"].iloc[0] == 14
    with pytest.raises(ValueError, match="aht has 3 values but there are 2 intervals"):
        q.staffing_plan([100, 100], 30, [180, 360, 200], 20, 0.8)
