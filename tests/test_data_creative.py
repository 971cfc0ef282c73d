"""The redesign data of the creative-methods chapter (data/generate.py,
data/redesign_*.csv; data card in data/README.md): the committed files are what the
generator writes, shapes and ranges hold, and every planted effect is there — checked with
plain pandas and numpy and again with ``svcx_helpers.decision``."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from svcx_helpers import blueprint, decision

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


def _load_generator():
    spec = importlib.util.spec_from_file_location("svcx_data_generate", DATA / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


gen = _load_generator()
WEIGHTS = pd.Series(gen.RD_POINTS, dtype=float) / sum(gen.RD_POINTS.values())


@pytest.fixture(scope="module")
def options() -> pd.DataFrame:
    return pd.read_csv(DATA / gen.RD_OPTIONS_FILE, encoding="utf-8")


@pytest.fixture(scope="module")
def scores() -> pd.DataFrame:
    return pd.read_csv(DATA / gen.RD_SCORES_FILE, encoding="utf-8")


@pytest.fixture(scope="module")
def means(scores: pd.DataFrame) -> pd.DataFrame:
    return scores.groupby(["option", "criterion"])["score"].mean().unstack()[list(WEIGHTS.index)]


def test_files_equal_a_fresh_generation(tmp_path: Path) -> None:
    paths = gen.write_creative(tmp_path)
    assert [p.name for p in paths] == [gen.RD_OPTIONS_FILE, gen.RD_SCORES_FILE]
    for path in paths:
        committed = (DATA / path.name).read_bytes()
        assert path.read_bytes() == committed, f"data/{path.name} is stale"
        assert b"\r" not in committed


def test_shapes_and_ranges(options: pd.DataFrame, scores: pd.DataFrame) -> None:
    assert options.shape == (7, 5) and options["option"].is_unique
    assert sorted(options["scamper"]) == sorted("SCAMPER")          # one option per letter
    steps = {s.id for s in blueprint.load("hotel_check_in").steps}
    assert set(options["step"]) <= steps
    assert scores.shape == (7 * 6 * 4, 5)
    assert set(scores["option"]) == set(options["option"])
    assert scores["score"].between(1, 5).all() and (scores["score"] % 1 == 0).all()
    assert scores.groupby(["option", "criterion"]).size().eq(6).all()
    assert scores.groupby("rater")["rater_zh"].nunique().eq(1).all()


def test_team_means_are_the_designed_sums(means: pd.DataFrame) -> None:
    for option, sums in gen.RD_SUMS.items():
        assert (6 * means.loc[option]).round(9).tolist() == list(sums), option


def test_planted_winner_and_runner_up(means: pd.DataFrame) -> None:
    total = (means * WEIGHTS).sum(axis=1).sort_values(ascending=False)
    assert list(total.index[:2]) == ["mobile_check_in", "prefilled_card"]
    assert total.iloc[0] == pytest.approx(3.95) and total.iloc[1] == pytest.approx(3.40)
    assert total.iloc[0] - total.iloc[1] > 0.5


def test_planted_cost_threshold(means: pd.DataFrame) -> None:
    """Raise the cost weight, the other three keep their ratios: the pre-filled card takes
    over just above 21/61 (by hand: mobile 2 t + 4.9583 (1 − t), card 4.5 t + 3.1250
    (1 − t), equal at t = 1.8333 / 5.3333 = 0.34375…, with the exact sixths 21/61)."""
    def best(t: float) -> str:
        w = WEIGHTS * (1 - t) / (1 - WEIGHTS["cost"])
        w["cost"] = t
        return (means * w).sum(axis=1).idxmax()

    threshold = gen.RD_PLANTED["cost_threshold"]
    assert best(threshold - 0.002) == "mobile_check_in"
    assert best(threshold + 0.002) == "prefilled_card"
    s = decision.sensitivity(decision.team_matrix(pd.read_csv(DATA / gen.RD_SCORES_FILE)),
                             gen.RD_POINTS)
    assert s.loc["cost", "upper"] == pytest.approx(threshold)
    assert s.loc["cost", "winner_above"] == "prefilled_card"
    assert s.loc["customer", "lower"] == pytest.approx(gen.RD_PLANTED["customer_threshold"])
    assert s.loc["feasibility", "upper"] == pytest.approx(
        gen.RD_PLANTED["feasibility_threshold"], abs=1e-6)
    assert s.loc["feasibility", "winner_above"] == "peak_clerk"
    assert s.loc["staff", ["lower", "upper"]].isna().all()            # never in [0, 1]


def test_planted_disagreement_on_feasibility(scores: pd.DataFrame) -> None:
    sd = scores.groupby(["criterion", "option"])["score"].std().groupby("criterion").mean()
    assert sd.idxmax() == "feasibility"
    assert sd["feasibility"] > 0.9 and sd.drop("feasibility").max() < 0.7
    # the planted split: the IT manager and the guest panel rate the technical options'
    # feasibility higher than the front desk and housekeeping
    feas = scores[(scores["criterion"] == "feasibility")
                  & scores["option"].isin(gen.RD_TECH)].groupby("rater")["score"].mean()
    assert feas[["it_manager", "guest_panel"]].min() > feas[["front_desk", "housekeeping"]].max()
    d = decision.disagreement(scores)
    assert d.index[0] == "feasibility" and d.loc["feasibility", "sd"] == pytest.approx(
        sd["feasibility"])


def test_median_matrix_keeps_the_winner(scores: pd.DataFrame) -> None:
    median = decision.team_matrix(scores, how="median")
    assert decision.winner(median, gen.RD_POINTS) == "mobile_check_in"
    assert np.isclose(decision.weighted_scores(median, gen.RD_POINTS)["score"].iloc[0], 4.2)
