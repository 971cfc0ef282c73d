"""Service standards: METHODS.md §4 known answers, control charts, KQIs, the standard checker."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svcx_helpers import standards
from svcx_helpers.standards import (
    check_standard,
    kqi,
    p_chart,
    percentile,
    sla_compliance,
    weighted_index,
    xmr_chart,
)

K_KQI_1 = [2, 3, 3, 4, 5, 5, 6, 7, 8, 9, 10, 12, 15, 18, 20, 25, 30, 45, 60, 90]


@pytest.mark.parametrize(("p", "method", "expected"), [
    (50, "nearest_rank", 9), (50, "linear", 9.5),
    (90, "nearest_rank", 45), (90, "linear", 46.5), (90, "weibull", 58.5), (90, "hazen", 52.5),
    (95, "nearest_rank", 60), (95, "linear", 61.5), (95, "weibull", 88.5),
])
def test_percentiles_k_kqi_1(p: float, method: str, expected: float) -> None:
    assert percentile(K_KQI_1, p, method=method) == expected


def test_percentile_default_is_nearest_rank_and_bad_input_is_named() -> None:
    assert percentile(list(reversed(K_KQI_1)), 90) == 45        # order does not matter
    assert percentile([7], 1) == 7 and percentile([1, 2, 3], 100) == 3
    assert percentile([1, None, 3], 50) == 1                      # missing values ignored
    with pytest.raises(ValueError, match="method"):
        percentile(K_KQI_1, 90, method="excel")
    with pytest.raises(ValueError, match=r"\(0, 100\]"):
        percentile(K_KQI_1, 0)
    with pytest.raises(ValueError, match="no values"):
        percentile([], 50)
    with pytest.raises(ValueError, match="numbers"):
        percentile(["fast", 2], 50)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.floats(0, 1e6, allow_nan=False), min_size=1, max_size=60),
       st.floats(0.01, 100))
def test_nearest_rank_is_an_observed_value_with_enough_below(values: list[float],
                                                             p: float) -> None:
    v = percentile(values, p)
    assert v in values
    assert sum(x <= v for x in values) >= p / 100 * len(values) - 1e-9
    assert percentile(values, p, "linear") <= max(values)


def test_sla_and_k_kqi_2() -> None:
    assert sla_compliance(K_KQI_1, 15) == 0.65
    # K-KQI-2: FCR 412 of 500, on-time 1880 of 2000 — through kqi() on a built log
    n = 2000
    created = pd.Timestamp("2026-01-05 09:00")
    tickets = pd.DataFrame({
        "created": [created] * n,
        "first_response": [created + pd.Timedelta(hours=1)] * n,
        "resolved": [created + pd.Timedelta(hours=10 if i < 1880 else 30) for i in range(n)],
        "promised": [created + pd.Timedelta(hours=24)] * n,
        "contacts": [1 if i < 412 else 2 for i in range(500)] + [3] * (n - 500),
        "reopened": [1 if i % 10 == 0 else 0 for i in range(n)],
        "csat": [5, 4, 3, None] * (n // 4),
    })
    row = kqi(tickets).iloc[0]
    assert row["on_time_rate"] == 0.94
    assert kqi(tickets.iloc[:500]).iloc[0]["fcr"] == 0.824
    assert row["reopen_rate"] == 0.1 and row["sla_compliance"] == 1.0
    assert row["csat_mean"] == 4.0 and math.isclose(row["csat_top2"], 2 / 3)
    assert row["csat_n"] == 1500 and row["response_p90"] == 1.0


def test_kqi_by_group_and_period() -> None:
    t0 = pd.Timestamp("2026-03-02 08:00")
    tickets = pd.DataFrame({
        "created": [t0, t0, t0 + pd.Timedelta(days=7), t0 + pd.Timedelta(days=7)],
        "first_response": [t0 + pd.Timedelta(hours=h) for h in (1, 5)]
        + [t0 + pd.Timedelta(days=7, hours=h) for h in (2, 3)],
        "channel": ["phone", "email", "phone", "email"],
    })
    by = kqi(tickets, by="channel", response_target=4)
    assert by.loc["email", "sla_compliance"] == 0.5 and by.loc["phone", "sla_compliance"] == 1
    assert by.loc["email", "response_p50"] == 3.0              # nearest rank of [3, 5]
    weekly = kqi(tickets, freq="W")
    assert list(weekly["tickets"]) == [2, 2]
    with pytest.raises(ValueError, match=r"missing column\(s\) \['team'\]"):
        kqi(tickets, by="team")


def test_ticket_times_are_checked_row_by_row() -> None:
    bad = pd.DataFrame({"created": ["2026-01-05 09:00", "yesterday"],
                        "resolved": ["2026-01-05 10:00", "2026-01-05 10:00"]})
    with pytest.raises(ValueError, match=r"row 3, column 'created': cannot read 'yesterday'"):
        standards.read_tickets(bad)
    bad = pd.DataFrame({"created": ["2026-01-05 09:00"], "resolved": ["2026-01-05 08:00"]})
    with pytest.raises(ValueError, match=r"row 2: 'resolved' .* is before 'created'"):
        standards.read_tickets(bad)


# ---------------------------------------------------------------------- control charts
def test_p_chart_by_hand() -> None:
    d, n = [5, 4, 6, 20, 5], [100, 100, 50, 100, 150]
    chart = p_chart(d, n)
    pbar = 40 / 500
    assert chart["center"].tolist() == [pbar] * 5
    for i in range(5):
        s = math.sqrt(pbar * (1 - pbar) / n[i])
        assert math.isclose(chart["ucl"][i], pbar + 3 * s)
        assert math.isclose(chart["lcl"][i], max(0.0, pbar - 3 * s))
    assert chart["lcl"][2] == 0.0                       # floored at 0 for the small sample
    assert chart["signal"].tolist() == [False, False, False, True, False]
    assert chart["rule"][3] == "beyond"
    with pytest.raises(ValueError, match="sample 2"):
        p_chart([1, 7], [5, 5])
    with pytest.raises(ValueError, match="same length"):
        p_chart([1, 2], [5])


def test_xmr_constants_and_baseline() -> None:
    x = [10, 12, 11, 13, 12]
    chart = xmr_chart(x)
    mrbar = (2 + 1 + 2 + 1) / 4
    assert chart["center"][0] == 11.6
    assert math.isclose(chart["upper"][0], 11.6 + 2.66 * mrbar)
    assert math.isclose(chart["lower"][0], 11.6 - 2.66 * mrbar)
    assert math.isclose(chart["mr_upper"][0], 3.268 * mrbar)
    assert math.isnan(chart["mr"][0]) and chart["mr"].tolist()[1:] == [2, 1, 2, 1]
    shifted = xmr_chart([*x, 20, 21, 20], baseline=5)
    assert shifted["center"][7] == 11.6                 # limits from the stable baseline
    assert shifted["signal"].tolist()[5:] == [True, True, True]
    assert not xmr_chart([*x, 20, 21, 20])["signal"].iloc[5:].all()   # self-widened limits


def test_run_rule_and_mr_rule() -> None:
    x = [10, 11, 9, 10, 11.2, 11.1, 11.3, 11.2, 11.4, 11.1, 11.3, 11.2]
    chart = xmr_chart(x, rules=("beyond", "run"))
    # points 5..12 are the first 8 in a row above the centre line: the 8th signals
    assert chart["rule"].tolist()[4:] == [""] * 7 + ["run"]
    assert "run" not in set(xmr_chart(x)["rule"])            # only when asked for
    jump = xmr_chart([10, 10.2, 9.9, 10.1, 10, 10.1, 13.5, 10, 10.1], baseline=6)
    assert "mr" in set(jump["rule"]) or "beyond" in set(jump["rule"])
    with pytest.raises(ValueError, match="rules"):
        xmr_chart(x, rules=("westgard",))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(-1e4, 1e4, allow_nan=False), min_size=2, max_size=50))
def test_xmr_limits_are_symmetric(values: list[float]) -> None:
    chart = xmr_chart(values)
    assert np.allclose(chart["upper"] - chart["center"], chart["center"] - chart["lower"])
    assert (chart["upper"] >= chart["lower"]).all()


# ---------------------------------------------------------------------- weighted index
def test_weighted_index_by_hand() -> None:
    w = standards.FEDEX_SQI_WEIGHTS
    assert sum(w.values()) == 55 and len(w) == 12
    one = weighted_index({"lost_packages": 3, "right_day_late": 120}, w, volume=60000,
                         per=1000)
    assert one["lost_packages"] == 30 and one["right_day_late"] == 120
    assert one["total"] == 150 and one["rate"] == 2.5
    weeks = pd.DataFrame({"lost_packages": [1, 0], "missed_pickups": [2, 1]},
                         index=["w1", "w2"])
    table = weighted_index(weeks, w, volume=[1000, 500], per=1000)
    assert table["total"].tolist() == [30, 10] and table["rate"].tolist() == [30, 20]
    with pytest.raises(ValueError, match="no weight for"):
        weighted_index({"late": 1}, {"lost": 10})


# ---------------------------------------------------------------------- standard checker
@pytest.mark.parametrize(("text", "kind", "missing"), [
    ("Service desk agents answer 90% of calls within 20 seconds, measured monthly.",
     "hard", []),
    ("柜员应在5分钟内为每位顾客办结业务，按月统计", "hard", []),
    ("Be friendly to customers.", "soft", ["quantity", "target", "unit", "time_frame", "who"]),
    ("员工应热情礼貌地接待每位顾客", "soft", ["quantity", "target", "unit", "time_frame"]),
    ("We resolve tickets within 4.", "hard", ["unit"]),
    ("Answer the phone within 3 rings.", "hard", ["who"]),
])
def test_check_standard(text: str, kind: str, missing: list[str]) -> None:
    review = check_standard(text)
    assert review.kind == kind and review.missing == missing
    assert len(review.table()) == 5 and "looked_for" in review.table().columns
    assert "judge" in review.text_report() or "判断" in review.text_report()


def test_check_standard_speaks_both_languages() -> None:
    from svcx_helpers.i18n import language

    review = check_standard("Be polite.")
    assert "polite" in review.found["soft_words"]
    with language("zh"):
        assert "软标准" in review.text_report()
    with pytest.raises(ValueError):
        check_standard("   ")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=120))
def test_check_standard_never_crashes(text: Any) -> None:
    if not text.strip():
        return
    review = check_standard(text)
    assert review.kind in ("hard", "soft") and 0 <= review.score <= 5


# ---------------------------------------------------------------------- plots
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_chart_plots_render(lang: str, no_missing_glyphs: Any) -> None:
    import matplotlib.pyplot as plt

    with no_missing_glyphs(lang):
        ax = standards.plot_p_chart(p_chart([5, 4, 6, 20, 5], [100, 100, 50, 100, 150]))
        ax.figure.canvas.draw()
        axes = standards.plot_xmr_chart(xmr_chart([10, 12, 11, 13, 12, 30]))
        axes[0].figure.canvas.draw()
        by = pd.DataFrame({"sla_compliance": [0.9, 0.7]}, index=["phone", "email"])
        standards.plot_kqi(by, "sla_compliance", target=0.8).figure.canvas.draw()
    plt.close("all")


def test_sla_explorer_data_and_widget() -> None:
    from svcx_helpers import widgets

    t0 = pd.Timestamp("2026-03-02 09:00")
    rows = []
    for week in range(6):
        for k in range(20):
            created = t0 + pd.Timedelta(days=7 * week, minutes=10 * k)
            late = week == 5 and k < 12                     # week 6: 12 of 20 miss 4 h
            rows.append({"created": created, "channel": "email" if k % 2 else "phone",
                         "first_response": created + pd.Timedelta(hours=6 if late else 1)})
    tickets = pd.DataFrame(rows)
    table, chart = widgets.sla_what_if_data(tickets, target=4, by="channel")
    assert table["tickets"].sum() == 120
    assert chart["p"].tolist() == [0, 0, 0, 0, 0, 0.6]
    assert chart["signal"].tolist() == [False] * 5 + [True]
    table, chart = widgets.sla_what_if_data(tickets, target=8, by="channel")
    assert (table["sla_compliance"] == 1).all() and not chart["signal"].any()
    box = widgets.sla_explorer(tickets, target=4)
    html_out = box.children[2].value
    assert "2026-04-06" in html_out and "90.0%" in html_out
    box.children[1].children[0].value = 8                      # move the slider
    assert "2026-04-06" not in box.children[2].value


def test_ticket_file_numbers_and_p_chart_baseline(tmp_path: Any) -> None:
    path = tmp_path / "tickets.csv"
    path.write_text("created,resolved,contacts,reopened,csat\n"
                    "2026-01-05 09:00,2026-01-05 10:00,1,0,5\n"
                    "2026-01-05 09:00,2026-01-05 11:00,2,1,\n", encoding="utf-8")
    row = kqi(str(path)).iloc[0]
    assert row["fcr"] == 0.5 and row["reopen_rate"] == 0.5 and row["csat_n"] == 1
    path.write_text("created,contacts\n2026-01-05 09:00,one\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"row 2, column 'contacts': 'one' is not a number"):
        kqi(str(path))
    # a shift from 8 % to 20 %: pooled limits miss most of it, baseline limits do not
    d, n = [8] * 10 + [20] * 6, [100] * 16
    pooled, base = p_chart(d, n), p_chart(d, n, baseline=10)
    assert base["center"][0] == 0.08 and base["signal"].tolist() == [False] * 10 + [True] * 6
    assert pooled["signal"].sum() < 6
