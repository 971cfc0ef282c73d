"""Complaints and recovery: Pareto by hand, compensation fit, KQIs, the paradox table."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svcx_helpers import recovery


def test_pareto_by_hand() -> None:
    df = pd.DataFrame({"category": ["b"] * 50 + ["a"] * 30 + ["c"] * 10 + ["d"] * 10})
    table = recovery.pareto(df)
    assert list(table.index) == ["b", "a", "c", "d"]
    assert table["count"].tolist() == [50, 30, 10, 10]
    assert table["cumulative"].tolist() == [0.5, 0.8, 0.9, 1.0]
    assert table["vital_few"].tolist() == [True, True, False, False]   # 80 % reached at "a"
    assert recovery.pareto(df, threshold=0.85)["vital_few"].sum() == 3
    tie = recovery.pareto(pd.DataFrame({"category": ["y", "x"]}))
    assert list(tie.index) == ["x", "y"]                                # ties by name
    paid = recovery.pareto(pd.DataFrame({"category": ["a", "b", "b"], "value": [100, 5, 5]}),
                           value="value")
    assert list(paid.index) == ["a", "b"] and paid["value"].tolist() == [100, 10]
    with pytest.raises(ValueError, match=r"missing column\(s\) \['kind'\]"):
        recovery.pareto(df, by="kind")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from("abcdefg"), min_size=1, max_size=80), st.floats(0.05, 1.0))
def test_pareto_properties(cats: list[str], threshold: float) -> None:
    table = recovery.pareto(pd.DataFrame({"category": cats}), threshold=threshold)
    assert table["count"].sum() == len(cats)
    assert table["count"].is_monotonic_decreasing
    assert abs(table["cumulative"].iloc[-1] - 1) < 1e-9
    k = int(table["vital_few"].sum())
    assert table["vital_few"].iloc[:k].all()                   # a prefix of the table
    assert table["cumulative"].iloc[k - 1] >= threshold - 1e-9
    assert k == 1 or table["cumulative"].iloc[k - 2] < threshold


def test_fit_of_compensation() -> None:
    fit = recovery.fit_of_compensation(["low", "medium", "high", "high"],
                                       ["apology_gift", "none", "full_refund", "credit_voucher"])
    assert fit.tolist() == ["matched", "under", "matched", "under"]
    assert recovery.fit_of_compensation(["low"], ["full_refund"]).tolist() == ["over"]
    with pytest.raises(ValueError, match="unknown compensation"):
        recovery.fit_of_compensation(["low"], ["cash"])


def _complaints() -> pd.DataFrame:
    t0 = pd.Timestamp("2026-02-02 09:00")
    rows = [
        # good: 1 h response, 24 h resolution, matched
        ("C1", t0, 1, 24, "medium", "fee_refund", 5, 1),
        ("C2", t0, 1, 20, "low", "apology_gift", 5, 1),
        # under-compensated but fast
        ("C3", t0, 1, 10, "high", "apology_gift", 2, 0),
        # slow
        ("C4", t0, 30, 200, "medium", "fee_refund", 2, 0),
        # unresolved
        ("C5", t0, 5, None, "high", "none", 1, 0),
    ]
    out = []
    for cid, rec, resp, res, sev, comp, sat, rep in rows:
        out.append({"complaint_id": cid, "received": rec,
                    "first_response": rec + pd.Timedelta(hours=resp),
                    "resolved": None if res is None else rec + pd.Timedelta(hours=res),
                    "severity": sev, "compensation": comp, "satisfaction_after": sat,
                    "repurchase": rep, "category": "billing_error"})
    return pd.DataFrame(out)


def test_kqi_and_quality() -> None:
    df = _complaints()
    row = recovery.kqi(df).iloc[0]
    assert row["complaints"] == 5 and row["resolved_share"] == 0.8
    assert row["response_p50"] == 1 and row["response_p90"] == 30     # nearest rank
    assert row["resolution_p50"] == 20 and row["repurchase_rate"] == 0.4
    assert recovery.recovery_quality(df).tolist() == [
        "good", "good", "under-compensated", "slow", "unresolved"]


def test_paradox_table() -> None:
    baseline = pd.DataFrame({"satisfaction": [4, 4, 5, 3], "repurchase": [1, 1, 0, 1]})
    table = recovery.paradox(_complaints(), baseline)
    assert list(table.index) == ["no complaint", "good", "under-compensated", "slow",
                                 "unresolved"]
    assert table.loc["no complaint", "repurchase_rate"] == 0.75
    assert table.loc["good", "repurchase_rate"] == 1.0
    assert table.loc["good", "vs_baseline"] == 0.25
    assert table.loc["slow", "satisfaction_mean"] == 2
    with pytest.raises(ValueError, match="repurchase"):
        recovery.paradox(_complaints(), baseline.drop(columns="repurchase"))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_recovery_plots(lang: str, no_missing_glyphs: Any) -> None:
    import matplotlib.pyplot as plt

    df = pd.DataFrame({"category": ["b"] * 50 + ["a"] * 30 + ["c"] * 10 + ["d"] * 10})
    baseline = pd.DataFrame({"satisfaction": [4, 4, 5, 3], "repurchase": [1, 1, 0, 1]})
    with no_missing_glyphs(lang):
        recovery.plot_pareto(recovery.pareto(df)).figure.canvas.draw()
        recovery.plot_paradox(recovery.paradox(_complaints(), baseline)).figure.canvas.draw()
    plt.close("all")


def test_pareto_title_names_what_was_summed() -> None:
    import matplotlib.pyplot as plt

    df = pd.DataFrame({"category": ["b"] * 50 + ["a"] * 30 + ["c"] * 10 + ["d"] * 10,
                       "paid": [1] * 90 + [100] * 10})
    counted = recovery.plot_pareto(recovery.pareto(df)).get_title(loc="left")
    summed = recovery.plot_pareto(recovery.pareto(df, value="paid")).get_title(loc="left")
    assert counted.endswith("of complaints")
    assert "complaints" not in summed and summed.endswith("of the total paid")
    plt.close("all")


def test_pareto_explorer_widget() -> None:
    from svcx_helpers import widgets

    df = pd.DataFrame({"category": ["b"] * 50 + ["a"] * 30 + ["c"] * 10 + ["d"] * 10,
                       "value": [1] * 90 + [100] * 10})
    box = widgets.pareto_explorer(df)
    assert "b, a" in box.children[2].value
    box.children[1].children[1].value = "value"                  # weight by value
    assert box.children[2].value == "<p>The vital few: d</p>"          # 1,000 of 1,090
