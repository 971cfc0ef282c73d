"""Training evaluation: known answers for the learning gain (hand-worked paired t interval,
Hake's normalised gain), adoption by the checklist rule, the difference-in-differences of
METHODS.md 8.3 by both interval methods, the cluster-robust error against its closed form,
the parallel-trends slopes, clear errors, and the plots in both languages."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svcx_helpers import i18n, training
from svcx_helpers.servqual import t_quantile


# ----------------------------------------------------------------------------- level 2
def test_t_quantile_matches_the_printed_table() -> None:
    # Student-t table (e.g. Fisher & Yates): t(0.975) for 1, 3, 10, 30 d.f.
    for df, value in ((1, 12.706), (3, 3.182), (10, 2.228), (30, 2.042)):
        assert t_quantile(0.975, df) == pytest.approx(value, abs=5e-4)


def test_learning_gain_hand_worked() -> None:
    # gains 10, 20, 30, 40: mean 25, s = √(500/3) = 12.910, se = 6.455,
    # t(0.975, 3) = 3.1824 → 25 ± 20.542; one trainee without a post-test is dropped
    scores = pd.DataFrame({"pre_test": [50, 50, 40, 30, 60],
                           "post_test": [60, 70, 70, 70, None]})
    r = training.learning_gain(scores)
    assert r["n"] == 4 and r["dropped"] == 1
    assert r["mean_pre"] == 42.5 and r["mean_post"] == 67.5 and r["mean_gain"] == 25
    assert r["sd_gain"] == pytest.approx(math.sqrt(500 / 3))
    assert r["se"] == pytest.approx(6.4550, abs=1e-4)
    assert (r["ci_low"], r["ci_high"]) == (pytest.approx(4.458, abs=1e-3),
                                           pytest.approx(45.542, abs=1e-3))
    # Hake's <g> of the same pairs: (67.5 − 42.5) / (100 − 42.5) = 25 / 57.5
    assert r["normalised_gain"] == pytest.approx(25 / 57.5)
    narrow = training.learning_gain(scores, confidence=0.90)
    assert narrow["ci_high"] - narrow["ci_low"] < r["ci_high"] - r["ci_low"]
    assert narrow.attrs["confidence"] == 0.90


def test_normalised_gain_class_and_trainee_averages() -> None:
    # Hake (1998): <g> = (%post − %pre) / (100 − %pre) of the class averages
    assert training.normalised_gain([40], [70]) == 0.5
    assert training.normalised_gain([20, 60], [60, 70]) == pytest.approx(25 / 60)
    # the mean of individual g differs: (40/80 + 10/40) / 2 = 0.375
    assert training.normalised_gain([20, 60], [60, 70], average="trainee") == 0.375
    # a trainee at the ceiling cannot gain: left out of the individual mean
    assert training.normalised_gain([100, 50], [100, 75], average="trainee") == 0.5
    assert training.normalised_gain([8, 10], [9, 10], max_score=10) == 0.5  # 9 → 9.5 of 10
    assert math.isnan(training.normalised_gain([100], [100]))
    with pytest.raises(ValueError, match="average"):
        training.normalised_gain([1], [2], average="median")
    with pytest.raises(ValueError, match="between 0 and the maximum score 10"):
        training.normalised_gain([8], [12], max_score=10)


def test_learning_gain_errors_name_column_row_value() -> None:
    with pytest.raises(ValueError, match=r"missing column\(s\) \['post_test'\]"):
        training.learning_gain(pd.DataFrame({"pre_test": [1, 2]}))
    bad = pd.DataFrame({"pre_test": [50, "absent", 40], "post_test": [60, 70, 50]})
    with pytest.raises(ValueError, match=r"'pre_test', row 1: 'absent' is not a number"):
        training.learning_gain(bad)
    with pytest.raises(ValueError, match=r"'post_test', row 0: the score 120 is outside 0–100$"):
        training.learning_gain(pd.DataFrame({"pre_test": [50, 60], "post_test": [120, 70]}))
    with pytest.raises(ValueError, match="at least two trainees"):
        training.learning_gain(pd.DataFrame({"pre_test": [50, 60], "post_test": [60, None]}))
    with pytest.raises(ValueError, match="confidence"):
        training.learning_gain(pd.DataFrame({"pre_test": [5, 6], "post_test": [6, 8]}),
                               confidence=95)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 100), st.integers(0, 100)), min_size=2, max_size=40))
def test_learning_gain_properties(pairs: list[tuple[int, int]]) -> None:
    df = pd.DataFrame(pairs, columns=["pre_test", "post_test"])
    r = training.learning_gain(df)
    gain = df["post_test"] - df["pre_test"]
    assert r["mean_gain"] == pytest.approx(gain.mean())
    assert r["ci_low"] <= r["mean_gain"] <= r["ci_high"]
    swapped = training.learning_gain(df.rename(columns={"pre_test": "post_test",
                                                        "post_test": "pre_test"}))
    assert swapped["mean_gain"] == pytest.approx(-r["mean_gain"])
    assert swapped["ci_high"] - swapped["ci_low"] == pytest.approx(r["ci_high"] - r["ci_low"])


# ----------------------------------------------------------------------------- level 3
def test_adoption_by_hand() -> None:
    # trainee a shows "greet" in 3 of 4 encounters (adopted at ¾), b in 2 of 4 (not);
    # "notice" a 4/4, b 1/4 with one encounter unobserved (1 of 3: not)
    obs = pd.DataFrame({"trainee_id": ["a"] * 4 + ["b"] * 4,
                        "round": ["post"] * 8,
                        "greet": [1, 1, 1, 0, 1, 1, 0, 0],
                        "notice": [1, 1, 1, 1, 1, 0, 0, None]})
    table = training.adoption(obs)
    assert list(table.index) == ["greet", "notice", "all"]
    assert table.loc["greet"].tolist() == [2, 1, 0.5, 5 / 8]
    assert table.loc["notice", "share"] == 0.5 and table.loc["notice", "rate"] == 5 / 7
    assert table.loc["all", ["trainees", "adopted", "share"]].tolist() == [4, 2, 0.5]
    assert training.adoption(obs, threshold=0.5).loc["greet", "adopted"] == 2
    assert training.adoption(obs, ["greet"]).index.tolist() == ["greet", "all"]


def test_adoption_before_and_after() -> None:
    obs = pd.DataFrame({"trainee_id": ["a", "a", "b", "b"] * 2,
                        "round": ["pre"] * 4 + ["post"] * 4,
                        "greet": [0, 1, 0, 0, 1, 1, 1, 0]})
    table = training.adoption(obs, by="round", threshold=1.0)
    assert list(table.columns) == ["pre", "post"] and table.columns.name == "round"
    assert table.loc["greet"].tolist() == [0.0, 0.5]


def test_adoption_errors() -> None:
    obs = pd.DataFrame({"trainee_id": ["a", "b"], "greet": [1, 2]})
    with pytest.raises(ValueError, match=r"'greet', row 1: 2 is not 0 or 1"):
        training.adoption(obs, ["greet"])
    with pytest.raises(ValueError, match="no 0/1 behaviour columns"):
        training.adoption(pd.DataFrame({"trainee_id": ["a"], "note": ["ok"]}))
    with pytest.raises(ValueError, match="threshold"):
        training.adoption(obs, ["greet"], threshold=0)
    with pytest.raises(ValueError, match=r"missing column\(s\) \['smile'\]"):
        training.adoption(obs, ["smile"])


# ----------------------------------------------------------------------------- level 4
def methods_panel(months: int = 1) -> pd.DataFrame:
    """METHODS.md 8.3: trained branches 0.72 → 0.84, untrained 0.70 → 0.74 (two branches
    each, ±0.01 around the group means, ``months`` equal rows per period)."""
    rows = []
    for branch, trained, pre, post in (("A", 1, 0.71, 0.83), ("B", 1, 0.73, 0.85),
                                       ("C", 0, 0.69, 0.73), ("D", 0, 0.71, 0.75)):
        for period, value in (("pre", pre), ("post", post)):
            rows += [(branch, trained, period, value)] * months
    return pd.DataFrame(rows, columns=["branch", "trained", "period", "fcr"])


@pytest.mark.parametrize("method", ["bootstrap", "ols"])
@pytest.mark.parametrize("months", [1, 3])
def test_did_known_answer_of_methods_8_3(method: str, months: int) -> None:
    r = training.did(methods_panel(months), "fcr", method=method)
    assert r["treated_pre"] == pytest.approx(0.72) and r["treated_post"] == pytest.approx(0.84)
    assert r["control_pre"] == pytest.approx(0.70) and r["control_post"] == pytest.approx(0.74)
    assert r["treated_change"] == pytest.approx(0.12)       # the naive before-after
    assert r["control_change"] == pytest.approx(0.04)
    assert r["did"] == pytest.approx(0.08)
    assert r["units_treated"] == r["units_control"] == 2
    assert r.attrs["method"] == method
    table = training.did_table(r)
    assert table.loc["difference", "change"] == pytest.approx(0.08)
    assert table.loc["treated", "change"] == pytest.approx(0.12)


def test_did_interval_when_every_branch_changes_alike_is_a_point() -> None:
    # every trained branch gains exactly 0.12 and every untrained 0.04: no uncertainty
    for method in ("bootstrap", "ols"):
        r = training.did(methods_panel(), "fcr", method=method)
        assert r["ci_low"] == pytest.approx(0.08) and r["ci_high"] == pytest.approx(0.08)
        assert r["se"] == pytest.approx(0, abs=1e-12)


def random_panel(seed: int, n_t: int, n_c: int, months: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    rows = []
    for u in range(n_t + n_c):
        for period in ("pre", "post"):
            for _ in range(months):
                rows.append((f"u{u}", int(u < n_t), period, float(rng.normal())))
    return pd.DataFrame(rows, columns=["branch", "trained", "period", "y"])


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), n_t=st.integers(2, 8), n_c=st.integers(2, 8),
       months=st.integers(1, 4))
def test_cluster_robust_error_equals_its_closed_form(seed: int, n_t: int, n_c: int,
                                                     months: int) -> None:
    """With the same number of rows per unit and period, the OLS interaction is the DiD of
    the unit means, and the CR0 variance is Σ_groups var_n(unit changes) / n (divisor n);
    CR1 multiplies it by G/(G−1)·(N−1)/(N−K)."""
    df = random_panel(seed, n_t, n_c, months)
    r = training.did(df, "y", method="ols")
    means = df.groupby(["branch", "trained", "period"])["y"].mean().unstack()
    change = (means["post"] - means["pre"]).groupby(level="trained")
    assert r["did"] == pytest.approx(change.mean()[1] - change.mean()[0])
    g, n = n_t + n_c, len(df)
    closed = math.sqrt(sum(change.var(ddof=0)[k] / change.size()[k] for k in (0, 1)))
    assert r["se"] == pytest.approx(closed * math.sqrt(g / (g - 1) * (n - 1) / (n - 4)))
    half = t_quantile(0.975, g - 1) * r["se"]
    assert (r["ci_low"], r["ci_high"]) == (pytest.approx(r["did"] - half),
                                           pytest.approx(r["did"] + half))


def test_bootstrap_is_seeded_and_close_to_the_cluster_interval() -> None:
    df = random_panel(5, 12, 12, 6)
    a = training.did(df, "y", seed=1)
    assert a.equals(training.did(df, "y", seed=1))
    assert not a.equals(training.did(df, "y", seed=2))
    ols = training.did(df, "y", method="ols")
    assert a["did"] == pytest.approx(ols["did"])
    # percentile bootstrap over units is a little narrower than CR1 with t(G − 1)
    width_b, width_o = a["ci_high"] - a["ci_low"], ols["ci_high"] - ols["ci_low"]
    assert 0.6 < width_b / width_o < 1.1
    assert a["ci_low"] < a["did"] < a["ci_high"]


def test_did_errors_name_what_is_wrong() -> None:
    panel = methods_panel()
    with pytest.raises(ValueError, match=r"missing column\(s\) \['kqi'\]"):
        training.did(panel, "kqi")
    with pytest.raises(ValueError, match="trained value 'yes'"):
        training.did(panel, "fcr", treated="yes")
    with pytest.raises(ValueError, match=r"unknown period\(s\) \['during'\]"):
        training.did(pd.concat([panel, panel.head(1).assign(period="during")]), "fcr")
    moved = pd.concat([panel, pd.DataFrame([("A", 0, "pre", 0.7)], columns=panel.columns)])
    with pytest.raises(ValueError, match="unit 'A' appears in both groups"):
        training.did(moved, "fcr")
    with pytest.raises(ValueError, match="unit 'B' has no value before"):
        training.did(panel.drop(index=2), "fcr")
    with pytest.raises(ValueError, match="at least two units"):
        training.did(panel[panel["branch"] != "B"], "fcr")
    with pytest.raises(ValueError, match=r"'fcr', row 0: 'n/a' is not a number"):
        training.did(panel.assign(fcr=["n/a", *panel["fcr"].tolist()[1:]]), "fcr")
    with pytest.raises(ValueError, match="method"):
        training.did(panel, "fcr", method="t-test")
    with pytest.raises(ValueError, match="100 bootstrap"):
        training.did(panel, "fcr", n_boot=10)


def test_pre_trends_slopes_by_hand() -> None:
    # trained +0.01 a month, untrained +0.02 a month over three pre months; post ignored
    panel = pd.DataFrame({
        "month": ["m1", "m1", "m2", "m2", "m3", "m3", "m4", "m4"],
        "trained": [1, 0] * 4, "period": ["pre"] * 6 + ["post"] * 2,
        "fcr": [0.70, 0.60, 0.71, 0.62, 0.72, 0.64, 0.99, 0.10]})
    table = training.pre_trends(panel, "fcr")
    assert table["slope"].round(6).tolist() == [0.01, 0.02, -0.01]
    assert table.loc["difference", "over_period"] == pytest.approx(-0.02)
    means = training.group_means(panel, "fcr")
    assert means.loc["m4"].tolist() == [0.10, 0.99] and means.columns.name == "trained"
    with pytest.raises(ValueError, match="no rows with 'period' == 'before'"):
        training.pre_trends(panel, "fcr", pre="before")
    with pytest.raises(ValueError, match="at least two points in time"):
        training.pre_trends(panel[panel["month"] == "m1"], "fcr")


# ----------------------------------------------------------------------------- plots
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_training_plots_in_both_languages(lang: str, no_missing_glyphs: Any) -> None:
    import matplotlib.pyplot as plt

    panel = random_panel(1, 3, 3, 2)
    panel["month"] = np.tile(["2025-11", "2025-12", "2026-02", "2026-03"], 6)
    scores = pd.DataFrame({"pre_test": [50, 50, 40, 30], "post_test": [60, 70, 70, 70]})
    obs = pd.DataFrame({"trainee_id": ["a", "a", "b", "b"] * 2,
                        "round": ["pre"] * 4 + ["post"] * 4,
                        "greet": [0, 1, 0, 0, 1, 1, 1, 0]})
    with i18n.language(lang), no_missing_glyphs(lang):
        axes = [training.plot_trends(panel, "y"),
                training.plot_did(training.did(panel, "y")),
                training.plot_gain(scores),
                training.plot_adoption(training.adoption(obs, by="round")),
                training.plot_adoption(training.adoption(obs))]
        for ax in axes:
            ax.figure.canvas.draw()
        titles = [ax.get_title(loc="left") for ax in axes]
        if lang == "zh":
            assert all(any("\u4e00" <= ch <= "\u9fff" for ch in s) for s in titles)
        else:
            assert all(s.isascii() for s in titles[2:])
    # the counterfactual line ends at the trained start plus the untrained change
    r = training.did(methods_panel(), "fcr")
    ax = training.plot_did(r)
    dashed = next(line for line in ax.get_lines() if line.get_linestyle() == "--")
    assert dashed.get_ydata()[-1] == pytest.approx(0.72 + 0.04)
    plt.close("all")
