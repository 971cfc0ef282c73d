"""The outsourcing data (data/generate.py, data/vendor_tickets.csv,
data/vendor_ticket_stops.csv, data/vendor_sla_draft.yml; data card in data/README.md): the
committed files are what the generator writes, shapes and ranges hold, and every planted
effect is there — checked with plain pandas and again with ``svcx_helpers.sla`` and the
KQIs of ``svcx_helpers.standards``."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pandas as pd
import pytest
import yaml

from svcx_helpers import sla, standards

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
MONTHS = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]


def _load_generator():
    spec = importlib.util.spec_from_file_location("svcx_data_generate", DATA / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


gen = _load_generator()
FILES = (gen.VN_TICKETS_FILE, gen.VN_STOPS_FILE, gen.VN_SLA_FILE)


@pytest.fixture(scope="module")
def tickets() -> pd.DataFrame:
    df = pd.read_csv(DATA / gen.VN_TICKETS_FILE, encoding="utf-8")
    for col in ("created", "first_response", "resolved"):
        df[col] = pd.to_datetime(df[col])
    return df


@pytest.fixture(scope="module")
def stops() -> pd.DataFrame:
    df = pd.read_csv(DATA / gen.VN_STOPS_FILE, encoding="utf-8")
    for col in ("start", "end"):
        df[col] = pd.to_datetime(df[col])
    return df


@pytest.fixture(scope="module")
def contract() -> sla.Contract:
    return sla.load_contract(DATA / gen.VN_SLA_FILE)


@pytest.fixture(scope="module")
def measured(tickets: pd.DataFrame, stops: pd.DataFrame, contract: sla.Contract) -> pd.DataFrame:
    return sla.measure(tickets, contract, stops)


# ------------------------------------------------------------------- reproducibility
def test_outsourcing_files_equal_a_fresh_generation(tmp_path: Path) -> None:
    paths = gen.write_outsourcing(tmp_path)
    assert [p.name for p in paths] == list(FILES)
    for path in paths:
        committed = (DATA / path.name).read_bytes()
        assert path.read_bytes() == committed, f"data/{path.name} is stale"
        assert b"\r" not in committed


def test_another_seed_gives_other_tickets() -> None:
    other = gen.generate_vendor_tickets(seed=7)[gen.VN_TICKETS_FILE]
    assert len(other) == 1450 and not other["created"].equals(
        pd.read_csv(DATA / gen.VN_TICKETS_FILE)["created"])


# ------------------------------------------------------------------- shapes and ranges
def test_shapes_and_ranges(tickets: pd.DataFrame, stops: pd.DataFrame) -> None:
    assert tickets.shape == (1450, 8) and stops.shape == (686, 4)
    assert tickets["ticket_id"].is_unique and tickets["ticket_id"].iloc[0] == "V0001"
    assert tickets["priority"].value_counts().to_dict() == {"P3": 900, "P2": 400, "P1": 150}
    assert tickets["created"].min() >= pd.Timestamp("2025-12-29")
    assert tickets["created"].max() < pd.Timestamp("2026-07-01")
    assert tickets["resolved"].notna().all()
    assert (tickets["created"] <= tickets["first_response"]).all()
    assert (tickets["first_response"] <= tickets["resolved"]).all()
    assert set(tickets["exclusion"].dropna()) == {"customer_change", "third_party",
                                                  "force_majeure"}
    answered = tickets["csat"].dropna()
    assert answered.between(1, 5).all() and (answered % 1 == 0).all()
    assert set(stops["status"]) == {"pending_customer", "pending_supplier"}
    life = stops.merge(tickets, on="ticket_id")
    assert (life["first_response"] <= life["start"]).all()
    assert (life["start"] <= life["end"]).all() and (life["end"] <= life["resolved"]).all()


def test_the_draft_yaml_says_what_its_clauses_say(contract: sla.Contract) -> None:
    data = yaml.safe_load((DATA / gen.VN_SLA_FILE).read_text(encoding="utf-8"))
    texts = {c["id"]: c["text"] for c in data["clauses"]}
    assert list(texts) == [f"C{i}" for i in range(1, 11)]
    assert all(c["text_zh"] and c["title_zh"] for c in data["clauses"])
    assert "Monday to Friday 09:00–18:00" in texts["C2"]
    assert "measured in business hours" in texts["C2"]
    assert "4 hours" in texts["C4"] and "16 hours" in texts["C4"] and "40 hours" in texts["C4"]
    assert "95 %" in texts["C5"] and "90 %" in texts["C5"]
    assert "resolved" in texts["C6"] and "pending status" in texts["C7"]
    assert "third-party" in texts["C8"] and "150,000" in texts["C9"]
    assert contract.calendar("P1").holidays == tuple(sorted(gen.VN_HOLIDAYS))
    assert contract.calendar("P1").workdays == tuple(sorted(gen.VN_WORKDAYS))
    assert {p: c.resolution_hours for p, c in contract.priorities.items()} == {
        "P1": 4, "P2": 16, "P3": 40}
    assert contract.credit_cap == 10 and contract.fee == gen.VN_FEE


# ------------------------------------------------------------------- planted effects
def p1_of(measured: pd.DataFrame) -> pd.DataFrame:
    return measured[(measured["priority"] == "P1") & measured["month"].astype(str).isin(MONTHS)]


def test_the_vendor_meets_p1_on_paper(measured: pd.DataFrame, contract: sla.Contract) -> None:
    monthly = sla.attainment(measured, months=MONTHS)
    p1 = monthly.xs("P1", level="priority")
    assert (p1["attainment"] >= 0.95).sum() == 5
    assert p1.loc["2026-04", "attainment"] < 0.90          # the month of fewer flags
    assert p1["met"].sum() / p1["in_scope"].sum() > 0.95
    credits = sla.service_credits(monthly, contract)
    assert credits["credit"].sum() == 45_000
    assert credits.loc["2026-04", "P1"] + credits.loc["2026-04", "P2"] > 10
    assert credits.loc["2026-04", "percent"] == 10           # the cap binds


def test_the_customers_wait(tickets: pd.DataFrame, measured: pd.DataFrame) -> None:
    p1 = p1_of(measured)
    # plain pandas: clock hours from created to resolved, excluded tickets included
    t = tickets.set_index("ticket_id").loc[p1.index]
    clock = (t["resolved"] - t["created"]).dt.total_seconds() / 3600
    assert clock.tolist() == pytest.approx(p1["wall_hours"].tolist())
    assert (clock <= 4).mean() < 0.5 and clock.median() > 12
    assert standards.percentile(clock, 90) > 48
    assert p1["measured_hours"][p1["in_scope"]].median() < 2


def test_ratings_follow_the_clock_not_the_contract(tickets: pd.DataFrame,
                                                   measured: pd.DataFrame) -> None:
    p1 = p1_of(measured).join(tickets.set_index("ticket_id")["csat"])
    corr = p1[["csat", "wall_hours", "measured_hours"]].corr(method="spearman")["csat"]
    assert corr["wall_hours"] < -0.3 and abs(corr["measured_hours"]) < 0.15


def test_each_loophole_hides_hours(tickets: pd.DataFrame, stops: pd.DataFrame,
                                   contract: sla.Contract) -> None:
    fair = {"calendars": {"P1": "24x7"}, "clock_stops": ["pending_customer"],
            "exclusions": ["customer_change", "force_majeure"]}
    versions = {"draft": contract,
                **{k: contract.revise(**{k: v}) for k, v in fair.items()},
                "all": contract.revise(**fair)}
    table = sla.compare_contracts(tickets, versions, stops, months=MONTHS)["all"]
    assert table["draft"] > 0.95
    assert table["all"] < table["calendars"] < table["clock_stops"] < table["exclusions"] < \
        table["draft"]
    assert table["all"] < 0.5


def test_the_third_party_flag_follows_the_miss(tickets: pd.DataFrame, stops: pd.DataFrame,
                                               contract: sla.Contract) -> None:
    strict = sla.measure(tickets, contract.revise(exclusions=["customer_change",
                                                              "force_majeure"]), stops)
    p1 = p1_of(strict)
    p1 = p1[p1["exclusion"] != "customer_change"]
    flagged = p1["exclusion"] == "third_party"
    miss = ~p1["met"].fillna(True).astype(bool)
    assert flagged[miss].mean() > 0.6 and flagged[~miss].mean() < 0.1
    # April: the new account manager flags fewer misses
    april = pd.to_datetime(tickets.set_index("ticket_id").loc[p1.index, "created"]).dt.month == 4
    assert flagged[miss & april].mean() < flagged[miss & ~april].mean()


def test_tickets_span_month_ends_and_the_month_rule_moves_money(
        tickets: pd.DataFrame, stops: pd.DataFrame, contract: sla.Contract,
        measured: pd.DataFrame) -> None:
    created = tickets.set_index("ticket_id")["created"].dt.to_period("M")
    counted = measured[measured["in_scope"] & measured["priority"].isin(["P1", "P2"])
                       & measured["month"].astype(str).isin(MONTHS)]
    assert (created.reindex(counted.index) != counted["month"]).sum() == 33
    by_created = sla.attainment(sla.measure(tickets, contract, stops, month="created"),
                                months=MONTHS)
    assert sla.service_credits(by_created, contract)["credit"].sum() == 37_500


def test_p1_starts_outside_business_hours_often(tickets: pd.DataFrame,
                                                contract: sla.Contract) -> None:
    cal = contract.calendar("P1")
    p1 = tickets[tickets["priority"] == "P1"]
    outside = p1["created"].map(lambda t: cal.hours(t, t + pd.Timedelta(minutes=1)) == 0)
    assert 0.25 < outside.mean() < 0.45
    p3 = tickets[tickets["priority"] == "P3"]
    assert p3["created"].map(lambda t: cal.hours(t, t + pd.Timedelta(minutes=1)) == 0
                             ).mean() < outside.mean()


def test_the_negotiation_cards_of_the_trainer_guide(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     contract: sla.Contract) -> None:
    """The guide's code makes the twelve cards; the numbers it quotes for them are right."""
    import re

    guide = (ROOT / "book" / "trainer-guide.md").read_text(encoding="utf-8")
    block = next(b for b in re.findall(r"```python\n(.*?)```", guide, re.S)
                 if "sla_cards.csv" in b)
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    exec(block, namespace)
    cards = pd.read_csv(tmp_path / "sla_cards.csv")
    card_stops = pd.read_csv(tmp_path / "sla_card_stops.csv")
    assert len(cards) == 12 and (cards["priority"] == "P1").all()
    fair = contract.revise(calendars={"P1": "24x7"}, clock_stops=["pending_customer"],
                           exclusions=["customer_change", "force_majeure"])
    counts = {}
    for name, version in {"draft": contract, "fair": fair}.items():
        row = sla.attainment(sla.measure(cards, version, card_stops), by="priority").loc["P1"]
        counts[name] = (int(row["met"]), int(row["in_scope"]), int(row["excluded"]))
    assert counts == {"draft": (9, 10, 2), "fair": (3, 12, 0)}
    text = " ".join(guide.split())
    assert "9 of the 10 cards in scope meet the 4-hour target (90 %; two are excluded" in text
    assert "3 of the 12 meet it (25 %)" in text
