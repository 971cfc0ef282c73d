"""The frontline well-being survey (data/frontline_survey.csv, issue 18 chapter "emotions"):
the committed file is what the seeded generator writes, its shape and ranges are those of
the data card, and every planted effect is there — found with plain pandas and with the
library."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from svcx_helpers import wellbeing

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


def _load_generator():
    spec = importlib.util.spec_from_file_location("svcx_data_generate_emotions",
                                                  DATA / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


gen = _load_generator()
ELS = [c for items in wellbeing.ELS_FACETS.values() for c in items]
CBI = [c for items in wellbeing.CBI_SCALES.values() for c in items]
COLUMNS = ["employee_id", "site_type", "shift", "tenure_years", *ELS, *CBI, "n_ratings",
           "customer_rating"]


@pytest.fixture(scope="module")
def survey() -> pd.DataFrame:
    return pd.read_csv(DATA / gen.FL_FILE, encoding="utf-8")


@pytest.fixture(scope="module")
def scores(survey: pd.DataFrame) -> pd.DataFrame:
    return survey[["site_type", "shift", "tenure_years", "customer_rating", "n_ratings"]].join(
        wellbeing.score_els(survey)).join(wellbeing.score_cbi(survey))


def _mean(df: pd.DataFrame, cols: list[str]) -> pd.Series:
    return df[cols].mean(axis=1)


# ----------------------------------------------------------------------------- the file
def test_committed_file_equals_a_fresh_generation(tmp_path: Path) -> None:
    paths = gen.write_frames(tmp_path, {gen.FL_FILE: gen.generate_frontline_survey()})
    committed = (DATA / gen.FL_FILE).read_bytes()
    assert paths[0].read_bytes() == committed, "data/frontline_survey.csv is stale"
    assert b"\r" not in committed
    assert gen.FL_FILE in {p.name for p in gen.write_all(tmp_path / "all")}


def test_generator_is_seeded_and_has_its_own_stream() -> None:
    first = gen.generate_frontline_survey()
    pd.testing.assert_frame_equal(first, gen.generate_frontline_survey())
    assert not gen.generate_frontline_survey(seed=7).equals(first)
    before = gen.generate_complaint_baseline()
    gen.generate_frontline_survey()
    pd.testing.assert_frame_equal(before, gen.generate_complaint_baseline())


def test_shape_columns_and_ranges(survey: pd.DataFrame) -> None:
    assert list(survey.columns) == COLUMNS and len(survey) == 212
    assert survey["employee_id"].tolist() == [f"F{i:03d}" for i in range(1, 213)]
    assert survey["site_type"].value_counts().to_dict() == {"window": 116, "call_centre": 96}
    counts = pd.crosstab(survey["site_type"], survey["shift"])
    assert counts.loc["window"].to_dict() == {"day": 82, "long": 34, "rotating": 0}
    assert counts.loc["call_centre"].to_dict() == {"day": 29, "long": 24, "rotating": 43}
    items = survey[ELS + CBI]
    assert set(np.unique(items.stack().dropna())) <= {1, 2, 3, 4, 5}
    blank = items.isna().mean().mean()
    assert 0.015 < blank < 0.03                # 1.5 % at random + the planted skippers
    assert survey["tenure_years"].between(0.1, 28).all()
    rated = survey["customer_rating"].notna()
    assert survey.loc[rated, "customer_rating"].between(1, 5).all()
    assert (survey.loc[rated, "n_ratings"] >= 30).all()
    assert (survey.loc[~rated, "n_ratings"] < 30).all() and (~rated).sum() == 5
    assert (survey.loc[~rated, "tenure_years"] <= 0.2).all()


# ----------------------------------------------------------------------------- planted
def test_non_responders_under_the_authors_rule(survey: pd.DataFrame,
                                               scores: pd.DataFrame) -> None:
    # data card: 2 personal, 3 work-related and 5 client-related non-responders
    answered = {s: survey[list(c)].notna().sum(axis=1) for s, c in wellbeing.CBI_SCALES.items()}
    assert (answered["personal"] < 3).sum() == 2
    assert (answered["work"] < 4).sum() == 3
    assert (answered["client"] < 3).sum() == 5
    assert scores[["personal", "work", "client"]].isna().sum().tolist() == [2, 3, 5]
    # they answered something, so a mean of the answered items would score them
    assert all((answered[s] > 0).all() for s in answered)


def test_surface_acting_goes_with_exhaustion(survey: pd.DataFrame, scores: pd.DataFrame
                                             ) -> None:
    surface = _mean(survey, list(wellbeing.ELS_FACETS["surface_acting"]))
    points = (survey[CBI] - 1) * 25
    points["cbi_w7"] = 100 - points["cbi_w7"]
    work = points[list(wellbeing.CBI_SCALES["work"])].mean(axis=1)
    assert 0.35 < surface.corr(work) < 0.55                 # plain pandas
    row = wellbeing.correlation(scores["surface_acting"], scores["work"])
    assert row["ci_low"] > 0.25 and 0.35 < row["r"] < 0.55   # the library, interval above 0
    for scale in ("personal", "client"):
        assert wellbeing.correlation(scores["surface_acting"], scores[scale])["ci_low"] > 0.15
    # deep acting does not go with exhaustion
    assert abs(wellbeing.correlation(scores["deep_acting"], scores["work"])["r"]) < 0.15


def test_deep_acting_goes_with_customer_ratings(scores: pd.DataFrame) -> None:
    row = wellbeing.correlation(scores["deep_acting"], scores["customer_rating"])
    assert 0.35 < row["r"] < 0.55 and row["ci_low"] > 0.25 and row["n"] == 207
    surface = wellbeing.correlation(scores["surface_acting"], scores["customer_rating"])
    assert surface["r"] < 0                                   # faking shows a little
    assert abs(wellbeing.correlation(scores["deep_acting"], scores["n_ratings"])["r"]) < 0.15


def test_shift_pattern_goes_with_exhaustion(scores: pd.DataFrame) -> None:
    means = scores.groupby("shift")["work"].mean()
    assert means["day"] < means["long"] < means["rotating"]
    hotline = scores[scores["site_type"] == "call_centre"]
    within = wellbeing.compare_groups(hotline["work"], hotline["shift"], reference="day")
    assert within.loc["rotating", "ci_low"] > 0 and 8 < within.loc["rotating", "difference"] < 20
    windows = scores[scores["site_type"] == "window"]
    long = wellbeing.compare_groups(windows["work"], windows["shift"], reference="day")
    assert long.loc["long", "ci_low"] > 0
    # confounded with the site: across both sites the rotating gap looks larger
    overall = wellbeing.compare_groups(scores["work"], scores["shift"], reference="day")
    assert overall.loc["rotating", "difference"] > within.loc["rotating", "difference"] + 5
    sites = scores.groupby("site_type")["work"].mean()
    assert sites["call_centre"] > sites["window"] + 8


def test_scales_are_reliable_and_the_reversed_item_matters(survey: pd.DataFrame) -> None:
    table = wellbeing.reliability(survey)
    assert table.loc[["surface_acting", "deep_acting"], "alpha"].between(0.8, 0.9).all()
    assert table.loc[["personal", "work", "client"], "alpha"].between(0.87, 0.95).all()
    from svcx_helpers.servqual import cronbach_alpha

    unreversed = wellbeing.subscale_items(survey, "work", reverse=False).dropna()
    assert cronbach_alpha(unreversed) < table.loc["work", "alpha"] - 0.1


def test_tenure_is_not_a_planted_effect(scores: pd.DataFrame) -> None:
    assert abs(wellbeing.correlation(scores["tenure_years"], scores["work"])["r"]) < 0.15


def test_planted_constants_match_the_data_card() -> None:
    card = (DATA / "README.md").read_text(encoding="utf-8")
    assert "# Data card: `frontline_survey`" in card
    for phrase in ("0.45", "0.11", "rotating", "non-responder", "default_rng([seed, 31])"):
        assert phrase in card, phrase
    assert gen.FL_SHIFT_EFFECT == {"day": 0.0, "long": 0.35, "rotating": 0.65}
    assert gen.FL_PLANTED["shift_order"] == ("day", "long", "rotating")
