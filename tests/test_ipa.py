"""Importance–performance analysis: the known answers of METHODS.md §6.2 (Appendix A
ipa_synthetic) under the mean, median and scale-midpoint crosshairs, ties and errors."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from svcx_helpers import ipa
from svcx_helpers.i18n import language

DATA = {"JDRFT": (4.8, 3.9), "Prompt": (4.5, 3.6), "Courteous": (4.0, 4.5),
        "Hours": (3.6, 4.2), "Lounge": (3.1, 3.0), "LoanCar": (3.3, 4.4)}
IMPORTANCE = pd.Series({k: v[0] for k, v in DATA.items()})
PERFORMANCE = pd.Series({k: v[1] for k, v in DATA.items()})
MEAN = {"JDRFT": "concentrate_here", "Prompt": "concentrate_here", "Courteous": "keep_up",
        "Hours": "possible_overkill", "Lounge": "low_priority", "LoanCar": "possible_overkill"}


def test_mean_crosshair() -> None:
    res = ipa.quadrants(IMPORTANCE, PERFORMANCE)
    assert res["quadrant"].to_dict() == MEAN
    x, y = res.attrs["crosshair"]
    assert x == pytest.approx(3.9333333, abs=1e-6) and y == pytest.approx(3.8833333, abs=1e-6)
    assert res.loc["JDRFT", "gap"] == pytest.approx(3.9 - 4.8)
    assert res.loc["JDRFT", "label"] == "Concentrate here"
    with language("zh"):
        assert ipa.quadrants(IMPORTANCE, PERFORMANCE).loc["JDRFT", "label"] == "重点改进"


def test_median_crosshair() -> None:
    res = ipa.quadrants(IMPORTANCE, PERFORMANCE, crosshair="median")
    assert res.attrs["crosshair"] == pytest.approx((4.05, 3.8))
    assert res["quadrant"].to_dict() == MEAN  # same table in METHODS.md §6.2


def test_scale_midpoint_and_boundary_goes_high() -> None:
    res = ipa.quadrants(IMPORTANCE, PERFORMANCE, crosshair="scale_mid", scale=(1, 5))
    assert res.attrs["crosshair"] == (3.0, 3.0)
    assert set(res["quadrant"]) == {"keep_up"}  # Lounge P = 3.0 sits on the line → high
    low = ipa.quadrants(IMPORTANCE, PERFORMANCE, crosshair="scale_mid", scale=(1, 5),
                        tie="low")
    assert low.loc["Lounge", "quadrant"] == "concentrate_here"  # I 3.1 high, P 3.0 low
    with pytest.raises(ValueError, match="scale"):
        ipa.quadrants(IMPORTANCE, PERFORMANCE, crosshair="scale_mid")


def test_explicit_point_and_compare() -> None:
    res = ipa.quadrants(IMPORTANCE, PERFORMANCE, crosshair=(4.0, 4.0))
    assert res.loc["Courteous", "quadrant"] == "keep_up"      # (4.0, 4.5): both on/above
    assert res.loc["Hours", "quadrant"] == "possible_overkill"
    table = ipa.compare_crosshairs(IMPORTANCE, PERFORMANCE, scale=(1, 5))
    assert list(table.columns) == ["mean", "median", "scale_mid"]
    assert (table["mean"] != table["scale_mid"]).sum() == 5


def test_ratings_frames_and_dicts() -> None:
    ratings_i = pd.DataFrame({"a": [5, 4], "b": [2, 3]})
    ratings_p = pd.DataFrame({"a": [2, 3], "b": [4, 5]})
    res = ipa.quadrants(ratings_i, ratings_p)
    assert res["quadrant"].to_dict() == {"a": "concentrate_here", "b": "possible_overkill"}
    assert ipa.quadrants({"a": 4.5, "b": 2.5}, {"b": 4.5, "a": 2.5}).loc["a", "performance"] \
        == 2.5


def test_errors() -> None:
    with pytest.raises(ValueError, match=r"only in one of them.*Hours"):
        ipa.quadrants(IMPORTANCE, PERFORMANCE.drop("Hours"))
    with pytest.raises(ValueError, match=r"'Lounge'.*'high'"):
        ipa.quadrants(IMPORTANCE.astype(object).replace({3.1: "high"}), PERFORMANCE)
    with pytest.raises(ValueError, match="crosshair"):
        ipa.quadrants(IMPORTANCE, PERFORMANCE, crosshair="mode")


@given(st.floats(1, 5), st.floats(1, 5), st.floats(1, 5), st.floats(1, 5))
def test_quadrant_of_is_consistent(i: float, p: float, x: float, y: float) -> None:
    q = ipa.quadrant_of(i, p, x, y)
    assert (q in ("keep_up", "concentrate_here")) == (i >= y)
    assert (q in ("keep_up", "possible_overkill")) == (p >= x)
