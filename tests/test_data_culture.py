"""The authority levels of the bank's complaint handling (data/authority_levels.csv, issue 18,
chapter "Service culture and empowerment"): the committed file is what the generator
writes, its shape and ranges, and every planted effect of the data card (data/README.md),
measured with the complaint log and svcx_helpers.empowerment."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from svcx_helpers import empowerment

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
COLUMNS = ["role", "role_zh", "level", "channels", "remedy", "remedy_zh", "limit",
           "handling_minutes", "cost_per_minute", "handling_cost"]


def _load_generator():
    spec = importlib.util.spec_from_file_location("svcx_data_generate_culture",
                                                  DATA / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


gen = _load_generator()


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return pd.read_csv(DATA / gen.AUTHORITY_FILE, encoding="utf-8", keep_default_na=False)


@pytest.fixture(scope="module")
def complaints() -> pd.DataFrame:
    return pd.read_csv(DATA / gen.COMPLAINTS_FILE, encoding="utf-8")


@pytest.fixture(scope="module")
def matrix(table: pd.DataFrame) -> pd.DataFrame:
    return empowerment.authority_matrix(table)


def test_file_equals_a_fresh_generation(tmp_path: Path) -> None:
    paths = gen.write_culture(tmp_path)
    assert [p.name for p in paths] == [gen.AUTHORITY_FILE]
    fresh = paths[0].read_bytes()
    assert fresh == (DATA / gen.AUTHORITY_FILE).read_bytes(), "run python data/generate.py"
    assert b"\r" not in fresh


def test_generator_is_seeded() -> None:
    first = gen.generate_authority_levels()
    pd.testing.assert_frame_equal(first, gen.generate_authority_levels())
    other = gen.generate_authority_levels(seed=7)
    assert not other["handling_minutes"].equals(first["handling_minutes"])
    assert other["limit"].equals(first["limit"])             # policy, not chance


def test_shape_and_ranges(table: pd.DataFrame) -> None:
    assert list(table.columns) == COLUMNS and len(table) == 5 * 4
    assert table.groupby("role").size().eq(4).all()
    assert set(table["remedy"]) == set(empowerment.REMEDIES)
    assert table["level"].isin([1, 2, 3]).all()
    assert (table["limit"] >= 0).all() and table["limit"].dtype.kind == "i"
    assert table["role_zh"].str.contains(r"[\u4e00-\u9fff]").all()
    assert table["remedy_zh"].str.contains(r"[\u4e00-\u9fff]").all()
    per_role = table.groupby("role")[["handling_minutes", "cost_per_minute",
                                      "handling_cost"]].nunique()
    assert (per_role == 1).all().all()                        # one time study per role
    assert np.allclose(table["handling_cost"],
                       (table["handling_minutes"] * table["cost_per_minute"]).round(1))
    assert table["handling_minutes"].between(5, 40).all()


def test_channels_and_levels_match_the_library(table: pd.DataFrame) -> None:
    """The table's first-contact roles and escalation chain are the library's defaults."""
    first = table[table["level"] == 1].drop_duplicates("role")
    mapping = {ch: r for r, chans in zip(first["role"], first["channels"], strict=True)
               for ch in chans.split()}
    assert mapping == empowerment.FIRST_CONTACT
    chain = table[table["level"] > 1].drop_duplicates("role").sort_values("level")
    assert tuple(chain["role"]) == empowerment.ESCALATION
    assert (chain["channels"] == "").all()


def test_planted_online_agents_have_the_narrowest_authority(
        matrix: pd.DataFrame, complaints: pd.DataFrame) -> None:
    front = matrix.loc[["hotline_agent", "online_agent", "branch_teller"]]
    assert front.sum(axis=1).idxmin() == gen.AU_PLANTED["weakest_role"] == "online_agent"
    assert front.sum(axis=1).idxmax() == "branch_teller"
    by_channel = empowerment.fcr(complaints, matrix, by="channel")["fcr"]
    # data card: app 30.6 %, e-mail 31.1 %, social media 33.1 %, phone 55.4 %, branch 81.7 %
    assert by_channel[["app", "email", "social_media"]].max() < 0.35
    assert 0.5 < by_channel["phone"] < 0.6 and by_channel["branch"] > 0.8
    assert by_channel.idxmin() == "app"


def test_planted_no_front_line_full_refunds_and_a_consistent_chain(
        matrix: pd.DataFrame, complaints: pd.DataFrame) -> None:
    assert (matrix.loc[["hotline_agent", "online_agent", "branch_teller"],
                       "full_refund"] == 0).all()
    assert empowerment.chain_violations(matrix) == []
    s = empowerment.settle(complaints, matrix)
    full = s[s["remedy"] == "full_refund"]
    assert not full["first_contact"].any()
    assert full["settled_by"].value_counts().to_dict() == {"team_leader": 221,
                                                           "service_manager": 138,
                                                           "beyond": 7}


def test_planted_overall_numbers(matrix: pd.DataFrame, complaints: pd.DataFrame) -> None:
    row = empowerment.fcr(complaints, matrix).loc["all"]
    assert (row["complaints"], row["first_contact"]) == (2444, 1244)
    assert round(row["fcr"], 3) == 0.509
    assert (row["cost_at_risk"], row["paid_at_first_contact"]) == (52690, 37106)
    assert (row["escalated"], row["beyond"]) == (1193, 7)


def test_planted_escalation_costs_several_times_a_first_contact(table: pd.DataFrame) -> None:
    cost = empowerment.handling_costs(table)
    front = cost[["hotline_agent", "online_agent", "branch_teller"]]
    assert front.between(12, 18).all()
    # settled by the team leader: the first contact's cost plus the team leader's
    assert 3 < (front.mean() + cost["team_leader"]) / front.mean() < 5
    assert (front.mean() + cost["team_leader"] + cost["service_manager"]) / front.mean() > 10


@pytest.mark.parametrize("cap, change", [
    (gen.AU_PLANTED["cap"], gen.AU_PLANTED["best_change"]),
    *gen.AU_PLANTED["best_within"].items()])
def test_planted_best_single_raise_depends_on_the_cap(
        matrix: pd.DataFrame, complaints: pd.DataFrame, cap: int,
        change: tuple[str, str, float]) -> None:
    best = empowerment.best_changes(complaints, matrix, cap=cap).iloc[0]
    assert (best["role"], best["remedy"], best["new_limit"]) == change
    assert best["added_cost_at_risk"] <= cap


def test_planted_best_raise_within_ten_thousand(matrix: pd.DataFrame,
                                                complaints: pd.DataFrame) -> None:
    table = empowerment.best_changes(complaints, matrix, cap=10_000)
    best = table.iloc[0]
    assert (best["gain"], best["added_cost_at_risk"]) == (98, 9800)
    # the apology-gift raise that wins at 15,000 just misses the 10,000 cap
    apology = empowerment.best_changes(complaints, matrix, cap=None)
    row = empowerment.best_changes(complaints, matrix, cap=15_000).iloc[0]
    assert 10_000 < row["added_cost_at_risk"] < 10_500 and row["gain"] == 137
    assert apology.iloc[0]["remedy"] == "credit_voucher"
