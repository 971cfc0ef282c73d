"""The cost inputs of the bank branch, the self-service business case and the chatbot pilot
(data/branch_costs.csv, channel_costs.csv, self_service_case.csv, self_service_adoption.csv,
chatbot_pilot.csv; issue 19, chapter "The cost of service and digital channels"): the
committed files are what the generator writes, their shape and ranges, and every planted
effect of the data card (data/README.md), measured with svcx_helpers.costing on the event
logs of the process chapter."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pandas as pd
import pytest

from svcx_helpers import costing, process

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


def _load_generator():
    spec = importlib.util.spec_from_file_location("svcx_data_generate_cost",
                                                  DATA / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


gen = _load_generator()
FILES = [gen.CO_COSTS_FILE, gen.CO_CHANNELS_FILE, gen.CO_CASE_FILE, gen.CO_ADOPTION_FILE,
         gen.CO_PILOT_FILE]


def read(name: str) -> pd.DataFrame:
    return pd.read_csv(DATA / name, encoding="utf-8")


@pytest.fixture(scope="module")
def costs() -> pd.DataFrame:
    return read(gen.CO_COSTS_FILE)


@pytest.fixture(scope="module")
def logs() -> dict[str, pd.DataFrame]:
    return {p: process.load_log(DATA / f"bank_branch_events_{p}.csv") for p in ("before", "after")}


@pytest.fixture(scope="module")
def cases(costs: pd.DataFrame, logs: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    return {p: costing.case_costs(log, costing.rates(costs, p)) for p, log in logs.items()}


def test_files_equal_a_fresh_generation(tmp_path: Path) -> None:
    paths = gen.write_cost(tmp_path)
    assert [p.name for p in paths] == FILES
    for path in paths:
        fresh = path.read_bytes()
        assert fresh == (DATA / path.name).read_bytes(), f"run data/generate.py ({path.name})"
        assert b"\r" not in fresh


def test_generator_is_seeded() -> None:
    first = gen.generate_cost()
    second = gen.generate_cost()
    for name in FILES:
        pd.testing.assert_frame_equal(first[name], second[name])
    other = gen.generate_cost(seed=7)
    assert not other[gen.CO_PILOT_FILE].equals(first[gen.CO_PILOT_FILE])
    assert other[gen.CO_COSTS_FILE].equals(first[gen.CO_COSTS_FILE])   # stated, not drawn


def test_shape_and_ranges(costs: pd.DataFrame, logs: dict[str, pd.DataFrame]) -> None:
    assert list(costs.columns) == ["period", "role", "role_zh", "kind", "resources", "units",
                                   "cost_per_unit", "hours_per_day", "practical_share"]
    assert set(costs["kind"]) == {"staff", "machine", "customer"}
    assert costs["role_zh"].str.contains(r"[\u4e00-\u9fff]").all()
    for period, log in logs.items():
        mine = costs[costs["period"] == period]
        listed = [r for rs in mine["resources"] for r in rs.split()]
        assert sorted(listed) == sorted(set(log["resource"])), period   # each exactly once
        paid = mine[mine["cost_per_unit"] > 0]
        assert paid["practical_share"].between(0.75, 0.9).all()
        assert (paid["units"] >= 1).all()
    pilot = read(gen.CO_PILOT_FILE)
    assert (pilot["contained"] + pilot["handed_over"] + pilot["abandoned"]
            == pilot["conversations"]).all()
    assert (pilot["repeat_7d"] <= pilot["contained"]).all() and len(pilot) == 8
    adoption = read(gen.CO_ADOPTION_FILE)
    assert adoption["share"].sum() == pytest.approx(1.0)
    assert ((adoption["low"] <= adoption["base"]) & (adoption["base"] <= adoption["high"])).all()


def test_methods_rate_of_a_teller(costs: pd.DataFrame) -> None:
    """A teller costs 21,000 yuan a quarter, as each of the six of METHODS.md 8.4."""
    rates = costing.rates(costs, "before")
    assert round(rates.loc["teller", "rate"], 6) == 0.925926


def test_planted_the_rework_variant_is_the_most_expensive(costs: pd.DataFrame,
                                                          logs: dict[str, pd.DataFrame]) -> None:
    """The account opening with the rework loop and the approval costs most per case; the
    same path without rework costs less than a loan enquiry, so rework is what makes it
    the most expensive. The loan enquiry costs most in total (it is frequent)."""
    v = costing.variant_costs(logs["before"], costing.rates(costs, "before"))
    top = v["cost_mean"].idxmax()
    assert v.loc[top, "rework"] > 0 and v.loc[top, "service"] == "account_opening"
    assert "Back-office approval" in v.loc[top, "variant"]
    twin_path = v.loc[top, "variant"].replace(
        "Check documents → Fill in form → Check documents", "Check documents")
    twin = v.index[v["variant"] == twin_path][0]
    loan = v.index[v["service"] == "loan_enquiry"][0]
    assert v.loc[twin, "cost_mean"] < v.loc[loan, "cost_mean"] < v.loc[top, "cost_mean"]
    assert v.loc[top, "cost_mean"] - v.loc[loan, "cost_mean"] > 1.0        # clear, not a tie
    assert v["cost_total"].idxmax() == loan


def test_planted_the_redesign_cuts_the_cost_per_case_not_the_bill(
        costs: pd.DataFrame, logs: dict[str, pd.DataFrame],
        cases: dict[str, pd.DataFrame]) -> None:
    """The cost per case falls by more than 10 %, and rework by more than half, but the
    capacity supplied costs more after the redesign (kiosks, smart ticket machine) and
    the unused capacity grows: the saving is on paper until capacity is cut or used."""
    before, after = (cases[p]["cost"].mean() for p in ("before", "after"))
    assert after < 0.9 * before
    assert cases["after"]["rework_cost"].sum() < 0.5 * cases["before"]["rework_cost"].sum()
    use = {p: costing.capacity_use(logs[p], costing.rates(costs, p)).loc["total"]
           for p in logs}
    assert use["after"]["supplied_cost"] > use["before"]["supplied_cost"]
    assert use["after"]["unused_cost"] > 1.3 * use["before"]["unused_cost"]
    back_office = costing.capacity_use(logs["after"], costing.rates(costs, "after"))
    assert back_office.loc["back_office", "used_share"] < 0.1              # 30 approvals left


def test_planted_the_app_pays_back_only_above_the_break_even(cases: dict[str, pd.DataFrame]
                                                              ) -> None:
    """Card requests in the app: the weighted base adoption is below the break-even of the
    three-year case (ROI < 0), the high one above; the older customers hardly adopt."""
    p = read(gen.CO_CASE_FILE).set_index("parameter")["value"]
    adoption = read(gen.CO_ADOPTION_FILE)
    weighted = {s: (adoption["share"] * adoption[s]).sum() for s in ("low", "base", "high")}
    after = cases["after"]
    counter = after.loc[after["service"] == "card_issue", "cost"].mean()
    volume = (after["service"] == "card_issue").sum() * p["fortnights_per_year"] * p["branches"]
    own = read(gen.CO_CHANNELS_FILE).set_index("channel").loc["app_card_request", "cost"]
    kw = {"counter_cost": counter, "self_cost": own, "investment": p["investment"],
          "fallback": p["fallback"], "running": p["running"], "years": int(p["years"])}
    a = costing.break_even_adoption(volume, **kw)
    assert weighted["base"] + 0.04 < a < weighted["high"] - 0.04
    assert costing.shift_roi(volume, weighted["base"], **kw)["roi"] < -0.2
    assert costing.shift_roi(volume, weighted["high"], **kw)["roi"] > 0.2
    old = adoption.set_index("age_group").loc["60+"]
    assert old["high"] < weighted["low"]


def test_planted_chatbot_routes() -> None:
    """Complaints and lost cards go to people; loan-rate questions look contained (over the
    break-even on raw containment) but come back so often that they go to people too."""
    channels = read(gen.CO_CHANNELS_FILE).set_index("channel")["cost"]
    prices = {"bot": channels["chatbot"], "human": channels["online_agent"],
              "handover": channels["handover"]}
    out = costing.containment(read(gen.CO_PILOT_FILE), **prices)
    human = sorted(out.drop("all").index[out.drop("all")["route"] == "human"])
    assert human == ["complaint", "loan_rates", "lost_card"]
    k = costing.break_even_containment(**prices)
    assert out.loc["loan_rates", "containment"] > k + 0.2 > out.loc["loan_rates", "effective"] + 0.2
    assert out.drop("all")["containment"].nsmallest(2).index.tolist() == ["complaint",
                                                                          "lost_card"]
    assert out.loc["all", "route"] == "bot"
