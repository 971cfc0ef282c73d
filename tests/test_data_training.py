"""The training-evaluation data (data/generate.py, data/training_*.csv; data card in
data/README.md): the committed files are what the generator writes, shapes and ranges
hold, and every planted effect is there — checked with plain pandas and again with
``svcx_helpers.training``."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from svcx_helpers import training

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


def _load_generator():
    spec = importlib.util.spec_from_file_location("svcx_data_generate", DATA / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


gen = _load_generator()
FILES = (gen.TR_TRAINEES_FILE, gen.TR_OBSERVATIONS_FILE, gen.TR_FCR_FILE)
ITEMS = list(gen.TR_ITEMS)


@pytest.fixture(scope="module")
def trainees() -> pd.DataFrame:
    return pd.read_csv(DATA / gen.TR_TRAINEES_FILE, encoding="utf-8")


@pytest.fixture(scope="module")
def observations() -> pd.DataFrame:
    return pd.read_csv(DATA / gen.TR_OBSERVATIONS_FILE, encoding="utf-8")


@pytest.fixture(scope="module")
def fcr() -> pd.DataFrame:
    df = pd.read_csv(DATA / gen.TR_FCR_FILE, encoding="utf-8")
    df["fcr"] = df["resolved_first"] / df["contacts"]
    return df


# ------------------------------------------------------------------- reproducibility
def test_training_files_equal_a_fresh_generation(tmp_path: Path) -> None:
    paths = gen.write_training(tmp_path)
    assert [p.name for p in paths] == list(FILES)
    for path in paths:
        committed = (DATA / path.name).read_bytes()
        assert path.read_bytes() == committed, f"data/{path.name} is stale"
        assert b"\r" not in committed


def test_training_generator_is_seeded_and_leaves_the_other_files_alone() -> None:
    first = gen.generate_training()
    again = gen.generate_training()
    for name in FILES:
        pd.testing.assert_frame_equal(first[name], again[name])
    assert not gen.generate_training(seed=7)[gen.TR_FCR_FILE].equals(first[gen.TR_FCR_FILE])
    assert gen.write_training.__name__ in Path(gen.__file__).read_text(encoding="utf-8")


# ------------------------------------------------------------------- shapes and ranges
def test_trainees_shape_and_ranges(trainees: pd.DataFrame) -> None:
    assert list(trainees.columns) == ["trainee_id", "branch", "reaction", "pre_test",
                                      "post_test"]
    n = len(trainees)
    assert trainees["trainee_id"].tolist() == [f"T{i:03d}" for i in range(1, n + 1)]
    per_branch = trainees.groupby("branch").size()
    assert list(per_branch.index) == [f"B{i:02d}" for i in range(1, gen.TR_WAVE1 + 1)]
    assert per_branch.between(*(gen.TR_TELLERS[0], gen.TR_TELLERS[1] - 1)).all()
    assert trainees["reaction"].between(1, 5).all()
    assert ((trainees["reaction"] * 5).round(6) % 1 == 0).all()        # steps of 0.2
    for col in ("pre_test", "post_test"):
        scores = trainees[col].dropna()
        assert scores.between(0, 100).all() and (scores % 5 == 0).all()
    assert trainees["post_test"].isna().sum() == gen.TR_ABSENT
    assert trainees["pre_test"].notna().all()


def test_observations_shape_and_ranges(observations: pd.DataFrame,
                                       trainees: pd.DataFrame) -> None:
    assert list(observations.columns) == ["trainee_id", "branch", "round", "encounter", *ITEMS]
    assert len(observations) == 2 * gen.TR_ENCOUNTERS * len(trainees)
    counts = observations.groupby(["trainee_id", "round"]).size()
    assert (counts == gen.TR_ENCOUNTERS).all()
    assert set(observations["trainee_id"]) == set(trainees["trainee_id"])
    assert observations[ITEMS].isin([0, 1]).all().all()
    branch = trainees.set_index("trainee_id")["branch"]
    assert (observations["branch"] == observations["trainee_id"].map(branch)).all()


def test_fcr_shape_and_ranges(fcr: pd.DataFrame) -> None:
    assert list(fcr.columns[:6]) == ["branch", "trained", "month", "period", "contacts",
                                     "resolved_first"]
    assert len(fcr) == gen.TR_BRANCHES * len(gen.TR_MONTHS)
    assert sorted(fcr["month"].unique()) == list(gen.TR_MONTHS)
    assert "2026-01" not in set(fcr["month"])                       # the month of the course
    assert (fcr["period"] == np.where(fcr["month"] < "2026-01", "pre", "post")).all()
    assert (fcr["trained"] == (fcr["branch"] <= "B12").astype(int)).all()
    assert (fcr["resolved_first"] <= fcr["contacts"]).all() and (fcr["contacts"] > 500).all()
    # wave 1 was chosen among the larger branches (not at random)
    size = fcr.groupby("branch")["contacts"].mean()
    assert size[:"B12"].min() > size["B13":].median()


# ------------------------------------------------------------------- planted effects
def test_planted_test_gain_is_real(trainees: pd.DataFrame) -> None:
    both = trainees.dropna(subset=["post_test"])
    gain = both["post_test"] - both["pre_test"]
    assert 14 < gain.mean() < 19 and 50 < both["pre_test"].mean() < 62
    r = training.learning_gain(trainees)
    assert r["n"] == len(both) and r["mean_gain"] == pytest.approx(gain.mean())
    assert r["ci_low"] > 10                                          # far from zero
    assert 0.3 < r["normalised_gain"] < 0.45                        # Hake's "medium g"
    assert (gain > 0).mean() > 0.9


def test_reaction_is_high_and_says_nothing_about_learning(trainees: pd.DataFrame) -> None:
    both = trainees.dropna(subset=["post_test"])
    gain = both["post_test"] - both["pre_test"]
    assert 4.2 < trainees["reaction"].mean() < 4.5
    assert abs(np.corrcoef(both["reaction"], gain)[0, 1]) < 0.2


def test_planted_partial_adoption(observations: pd.DataFrame) -> None:
    table = training.adoption(observations, ITEMS, by="round")
    post, pre = table["post"], table["pre"]
    # every behaviour is more common after the course, none is adopted by everybody
    assert (post.drop("all") > pre.drop("all") + 0.2).all()
    assert post.drop("all").max() < 0.9 and 0.55 < post["all"] < 0.7
    # process items are adopted most, the rating invitation least
    process = [k for k, v in gen.TR_ITEMS.items() if v[0] == "process"]
    assert set(post.drop("all").nlargest(2).index) == set(process)
    assert post.drop("all").idxmin() == "invite_rating" and post["invite_rating"] < 0.35
    # the same rule by hand: shown in at least 3 of the 4 post-course encounters
    after = observations[observations["round"] == "post"]
    by_hand = (after.groupby("trainee_id")[ITEMS].sum() >= 3).mean()
    assert post.drop("all").to_dict() == pytest.approx(by_hand.to_dict())


def test_planted_did_with_common_drift(fcr: pd.DataFrame) -> None:
    cell = fcr.groupby(["trained", "period"])["fcr"].mean().unstack()
    naive = cell.loc[1, "post"] - cell.loc[1, "pre"]
    drift = cell.loc[0, "post"] - cell.loc[0, "pre"]
    # METHODS.md 8.3's picture: trained ≈ 0.72 → 0.84, untrained ≈ 0.70 → 0.74
    assert cell.loc[1].round(2).tolist() == [0.84, 0.72]
    assert cell.loc[0].round(2).tolist() == [0.74, 0.70]
    assert 0.035 < drift < 0.05 and 0.11 < naive < 0.13
    for method in ("bootstrap", "ols"):
        r = training.did(fcr, "fcr", method=method)
        assert r["did"] == pytest.approx(naive - drift)
        assert 0.07 < r["did"] < 0.09 and r["ci_low"] < 0.08 < r["ci_high"]
        assert r["ci_high"] < naive                  # the naive change overstates the effect
        assert r["ci_low"] > 0.05


def test_trends_before_the_course_are_parallel(fcr: pd.DataFrame) -> None:
    table = training.pre_trends(fcr, "fcr")
    assert (table.loc[["treated", "control"], "slope"] > 0.004).all()   # both drift upward
    assert abs(table.loc["difference", "slope"]) < 0.0015               # and alike
    assert abs(table.loc["difference", "over_period"]) < 0.01
