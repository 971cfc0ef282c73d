"""The data of the audit chapter (issue 19): the bank's incident list (data/incidents.csv)
is what the generator writes, seeded, in shape; the privacy-annotated blueprint
(data/blueprints/fitness_club_membership.yml) is sound; and every planted effect of the
data cards (data/README.md) holds, measured with svcx_helpers.audit: the severity levels,
the few-but-critical incidents, the workaround, the salary-day outage that matches the
complaint log, the steps that collect too much, and the audit samples of the ticket log."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pandas as pd
import pytest

from svcx_helpers import audit, blueprint, load_dataset

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
COLUMNS = ["incident_id", "reported", "service", "description", "description_zh",
           "customers_affected", "personal_data", "safety", "hours_to_harm", "workaround"]


def _load_generator():
    spec = importlib.util.spec_from_file_location("svcx_data_generate_audit",
                                                  DATA / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


gen = _load_generator()


@pytest.fixture(scope="module")
def incidents() -> pd.DataFrame:
    return pd.read_csv(DATA / gen.INCIDENTS_FILE, encoding="utf-8")


@pytest.fixture(scope="module")
def classified(incidents: pd.DataFrame) -> pd.DataFrame:
    return audit.classify_incidents(incidents)


def test_file_equals_a_fresh_generation(tmp_path: Path) -> None:
    paths = gen.write_audit(tmp_path)
    assert [p.name for p in paths] == [gen.INCIDENTS_FILE]
    fresh = paths[0].read_bytes()
    assert fresh == (DATA / gen.INCIDENTS_FILE).read_bytes(), "run python data/generate.py"
    assert b"\r" not in fresh


def test_generator_is_seeded() -> None:
    first = gen.generate_incidents()
    pd.testing.assert_frame_equal(first, gen.generate_incidents())
    other = gen.generate_incidents(seed=7)
    assert not other["customers_affected"].equals(first["customers_affected"])
    # the salary-day outage stays where the complaint log has it
    assert (other["reported"] == " ".join(gen.IN_OUTAGE)).sum() == 1


def test_shape_and_ranges(incidents: pd.DataFrame) -> None:
    assert list(incidents.columns) == COLUMNS and len(incidents) == len(gen.IN_TEMPLATES) == 21
    assert incidents["incident_id"].tolist() == [f"INC-{i:02d}" for i in range(1, 22)]
    reported = pd.to_datetime(incidents["reported"])
    assert reported.is_monotonic_increasing
    assert reported.min() >= pd.Timestamp("2025-07-01") and reported.max() < pd.Timestamp(
        "2026-07-01")
    for col in ("personal_data", "safety", "workaround"):
        assert incidents[col].isin([0, 1]).all()
    assert (incidents["customers_affected"] >= 1).all()
    assert (incidents["hours_to_harm"] >= 0).all()
    assert incidents["description_zh"].str.contains(r"[\u4e00-\u9fff]").all()
    # no count sits near an impact threshold, so the rules decide without doubt
    for threshold in audit.IMPACT_RULES.values():
        assert not incidents["customers_affected"].between(threshold * 0.8,
                                                           threshold * 1.2).any()


def test_planted_severity_levels(classified: pd.DataFrame) -> None:
    counts = classified["level"].value_counts().sort_index().to_dict()
    assert counts == gen.IN_PLANTED["levels"]
    assert classified["crisis"].sum() == 8


def test_few_customers_can_still_be_critical(classified: pd.DataFrame) -> None:
    fewest = classified.nsmallest(5, "customers_affected")
    critical = fewest[fewest["level"] == 1]
    assert len(critical) == gen.IN_PLANTED["few_but_critical"]
    assert (critical["personal_data"] + critical["safety"] >= 1).all()
    # by numbers alone they would have low impact
    assert all(audit.impact_level(n) == "low" for n in critical["customers_affected"])


def test_workaround_lowers_some_levels(incidents: pd.DataFrame,
                                       classified: pd.DataFrame) -> None:
    without = audit.classify_incidents(incidents.assign(workaround=0))
    lowered = classified["level"] > without["level"]
    assert lowered.sum() == gen.IN_PLANTED["lowered_by_workaround"]
    assert (incidents.loc[lowered, "workaround"] == 1).all()
    # many customers, a workaround and time: month-end time-outs are not a crisis
    month_end = classified[classified["description"].str.contains("month end")].iloc[0]
    assert month_end["customers_affected"] >= 10_000 and month_end["level"] == 3


def test_salary_day_outage_matches_the_complaint_log(classified: pd.DataFrame) -> None:
    outage = classified[classified["reported"] == " ".join(gen.IN_OUTAGE)].iloc[0]
    assert outage["incident_id"] == "INC-10" and outage["service"] == "mobile_app"
    assert outage["level"] == 1 and outage["workaround"] == 0
    complaints = load_dataset("complaints")
    days = pd.to_datetime(complaints.loc[complaints["category"] == "app_outage",
                                         "received"]).dt.date.value_counts()
    assert str(days.idxmax()) == gen.IN_OUTAGE[0]


def test_the_privacy_blueprint() -> None:
    bp = blueprint.load("fitness_club_membership")
    assert bp.validate() == []
    table = audit.data_inventory(bp)
    assert audit.excess_steps(bp) == ["C2", "C3", "O4", "O6", "C7"]
    flagged = table[table["excess"]]
    assert flagged["flag"].value_counts().to_dict() == {"unused": 7, "repeated": 5}
    # C7 only asks again for what the club already has; O1 and O5 are clean
    assert set(flagged.loc[flagged["step"] == "C7", "flag"]) == {"repeated"}
    assert not table.loc[table["step"].isin(["O1", "O5"]), "excess"].any()
    # six sensitive collections; the medications and the face image are never used
    sensitive = table[table["sensitive"] != ""]
    assert sensitive["item"].tolist() == ["health_conditions", "medications", "id_number",
                                          "bank_account", "fingerprint", "face_image"]
    assert audit.missing_data(bp).empty


@pytest.mark.parametrize("start, end, seed, x, rate", [
    ("2026-01-01", "2026-04-01", 19011, 36, 0.7702),        # the chapter's audit
    ("2026-04-01", "2026-07-01", 2026, 30, 0.5786),         # the exercise's audit
])
def test_audit_samples_of_the_ticket_log(start: str, end: str, seed: int, x: int,
                                         rate: float) -> None:
    flags = audit.ticket_conformity(load_dataset("it_service_desk_tickets"))
    desk = flags[(flags["team"] == "service_desk") & flags["resolved"].notna()
                 & (flags["created"] >= start) & (flags["created"] < end)]
    desk = desk.sort_values("ticket_id")
    sample = audit.draw_sample(desk, 50, seed=seed)
    result = audit.conformity(sample["conforming"])
    assert result["conforming"] == x
    assert desk["conforming"].mean() == pytest.approx(rate, abs=5e-5)
    assert result["low"] <= rate <= result["high"]
    # the response target is the main nonconformity in both quarters
    assert audit.nonconformities(sample).index[0] == "response_ok"
