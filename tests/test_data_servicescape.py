"""The servicescape audit data (data/generate.py, data/servicescape_*.csv; data card in
data/README.md): the committed files are what the generator writes, shapes and ranges
hold, and every planted effect is there — checked with plain pandas and again with
``svcx_helpers.servicescape``."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from svcx_helpers import blueprint, kano, servicescape

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


def _load_generator():
    spec = importlib.util.spec_from_file_location("svcx_data_generate", DATA / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


gen = _load_generator()
FILES = (gen.SS_HALLS_FILE, gen.SS_CHECKLIST_FILE, gen.SS_AUDIT_FILE)


@pytest.fixture(scope="module")
def halls() -> pd.DataFrame:
    return pd.read_csv(DATA / gen.SS_HALLS_FILE, encoding="utf-8")


@pytest.fixture(scope="module")
def checklist() -> pd.DataFrame:
    return pd.read_csv(DATA / gen.SS_CHECKLIST_FILE, encoding="utf-8")


@pytest.fixture(scope="module")
def audit() -> pd.DataFrame:
    return pd.read_csv(DATA / gen.SS_AUDIT_FILE, encoding="utf-8")


# ------------------------------------------------------------------- reproducibility
def test_servicescape_files_equal_a_fresh_generation(tmp_path: Path) -> None:
    paths = gen.write_servicescape(tmp_path)
    assert [p.name for p in paths] == list(FILES)
    for path in paths:
        committed = (DATA / path.name).read_bytes()
        assert path.read_bytes() == committed, f"data/{path.name} is stale"
        assert b"\r" not in committed


def test_servicescape_generator_is_seeded_and_registered() -> None:
    first = gen.generate_servicescape()
    for name, frame in gen.generate_servicescape().items():
        pd.testing.assert_frame_equal(first[name], frame)
    other = gen.generate_servicescape(seed=7)[gen.SS_AUDIT_FILE]
    assert not other.equals(first[gen.SS_AUDIT_FILE])
    # only the drawn hall changes with the seed; the planted halls stay as designed
    changed = other.loc[other["rating"] != first[gen.SS_AUDIT_FILE]["rating"], "hall"]
    assert set(changed) == {"lakeside"}
    assert "write_servicescape(outdir, seed)" in Path(gen.__file__).read_text(encoding="utf-8")


# ------------------------------------------------------------------- shapes and ranges
def test_halls_table(halls: pd.DataFrame) -> None:
    assert list(halls.columns) == ["hall", "name", "name_zh", "storeys", "opened",
                                   "visitors_per_day", "share_60plus", "audited"]
    assert halls["hall"].tolist() == ["riverside", "hitech", "oldtown", "north", "lakeside"]
    assert halls["share_60plus"].between(0, 1).all()
    assert halls.set_index("hall").loc[["north", "lakeside"], "storeys"].eq(1).all()


def test_checklist_table(checklist: pd.DataFrame) -> None:
    assert list(checklist.columns) == ["item_id", "dimension", "dimension_zh", "item",
                                       "item_zh", "weight", "critical", "personas", "step"]
    assert len(checklist) == 31 and checklist["item_id"].is_unique
    assert checklist["weight"].isin([1, 2, 3]).all()
    assert checklist["dimension"].value_counts().to_dict() == {
        "inclusive": 10, "space": 9, "signs": 7, "ambient": 5}
    critical = checklist.loc[checklist["critical"] == 1, "item_id"].tolist()
    assert critical == ["spc_entrance", "spc_lift", "spc_counter", "inc_ticket",
                        "inc_help_desk"]
    assert (checklist.loc[checklist["critical"] == 1, "weight"] == 3).all()
    personas = {p for v in checklist["personas"].dropna() for p in v.split()}
    assert personas == set(servicescape.PERSONAS)
    steps = {s.id for s in blueprint.load("government_window_after").steps}
    assert set(checklist["step"]) <= steps


def test_audit_table(audit: pd.DataFrame, checklist: pd.DataFrame) -> None:
    assert list(audit.columns) == ["hall", "item_id", "rating"]
    assert len(audit) == 5 * 31 and not audit.duplicated(["hall", "item_id"]).any()
    assert set(audit["rating"]) == {"met", "partly", "not_met", "na"}
    na = audit[audit["rating"] == "na"]
    assert sorted(map(tuple, na[["hall", "item_id"]].to_numpy())) == [
        ("lakeside", "inc_kiosk_help"), ("lakeside", "spc_lift"), ("north", "spc_lift")]


# ------------------------------------------------------------------- planted effects
def plain_scores(audit: pd.DataFrame, checklist: pd.DataFrame,
                 na_as_failed: bool = False) -> pd.DataFrame:
    """Weighted and unweighted scores with plain pandas: met 1, partly 0.5, not met 0."""
    df = audit.merge(checklist, on="item_id")
    df["c"] = df["rating"].map({"met": 1.0, "partly": 0.5, "not_met": 0.0, "na": np.nan})
    if na_as_failed:
        df["c"] = df["c"].fillna(0.0)
    ok = df[df["c"].notna()]
    out = pd.DataFrame({
        "weighted": 100 * (ok["weight"] * ok["c"]).groupby(ok["hall"]).sum()
        / ok.groupby("hall")["weight"].sum(),
        "unweighted": 100 * ok.groupby("hall")["c"].mean()})
    return out


def test_hitech_first_unweighted_drops_when_weighted(audit, checklist) -> None:
    s = plain_scores(audit, checklist)
    assert s["unweighted"].idxmax() == "hitech"
    assert s["weighted"].rank(ascending=False).loc["hitech"] == 4
    assert s["weighted"].idxmax() == "riverside"
    assert s["unweighted"].rank(ascending=False).loc["riverside"] == 4
    lib = servicescape.score(audit, checklist)
    pd.testing.assert_series_equal(lib["weighted"], s["weighted"].reindex(lib.index),
                                   check_names=False)
    assert lib["weighted"].round(2).to_dict() == {
        "riverside": 83.05, "hitech": 77.12, "oldtown": 80.51, "north": 79.46,
        "lakeside": 68.52}
    assert lib["unweighted"].round(2).to_dict() == {
        "riverside": 79.03, "hitech": 82.26, "oldtown": 80.65, "north": 80.0,
        "lakeside": 68.97}
    # the assisted service is what the weights punish: Hi-tech's weakest dimension
    dims = servicescape.dimension_scores(audit, checklist)
    assert dims.loc["hitech"].drop("all").idxmin() == "inclusive"
    assert dims.loc["hitech", "inclusive"] < 50 < dims.loc["hitech", ["ambient", "signs"]].min()


def test_oldtown_fails_the_critical_wheelchair_items(audit, checklist) -> None:
    failures = servicescape.critical_failures(audit, checklist)
    assert failures[["hall", "item_id"]].values.tolist() == [["oldtown", "spc_entrance"],
                                                            ["oldtown", "spc_lift"]]
    assert failures["personas"].str.contains("wheelchair").all()
    ranking = servicescape.rank(servicescape.score(audit, checklist), failures)
    assert ranking.loc["oldtown", "rank_weighted"] == 2 and ranking.loc["oldtown", "rank"] == 5
    assert ranking.index.tolist() == ["riverside", "north", "hitech", "lakeside", "oldtown"]
    # strict reading (partly fails too): three more halls have a critical item partly met
    strict = servicescape.critical_failures(audit, checklist, fail_on=("not_met", "partly"))
    assert set(strict["hall"]) == {"hitech", "oldtown", "north", "lakeside"}
    dims = servicescape.dimension_scores(audit, checklist)
    assert dims.loc["oldtown", "inclusive"] == 100.0     # the warmest service of the five


def test_not_applicable_as_failed_would_drop_north_below_hitech(audit, checklist) -> None:
    right = plain_scores(audit, checklist)
    wrong = plain_scores(audit, checklist, na_as_failed=True)
    assert right.loc["north", "weighted"] > right.loc["hitech", "weighted"]
    assert wrong.loc["north", "weighted"] < wrong.loc["hitech", "weighted"]


def test_riverside_fail_points_for_two_visitors(audit, checklist) -> None:
    bp = blueprint.load("government_window_after")
    river = audit[audit["hall"] == "riverside"].merge(checklist, on="item_id")
    short = river[river["rating"].isin(["partly", "not_met"])]
    by_persona = {p: sorted(set(short.loc[short["personas"].fillna("").str.split()
                                          .map(lambda v, p=p: p in v), "step"]))
                  for p in ("wheelchair", "older")}
    assert by_persona == {"wheelchair": ["C3", "C4"], "older": ["C2", "C5", "C6"]}
    marked = {s.id for s in bp.steps if s.fail_point}
    assert marked == {"O2", "S1", "B2"} and not marked & {"C2", "C3", "C4", "C5", "C6"}
    assert servicescape.critical_failures(audit[audit["hall"] == "riverside"],
                                          checklist).empty


def test_assisted_desk_inputs(halls: pd.DataFrame) -> None:
    """The exercise's staffing task: Riverside's share of visitors aged 60+ and the KANO
    survey's kiosk answers of that age group (data card kano_government_window)."""
    from svcx_helpers import load_dataset

    assert halls.set_index("hall").loc["riverside", "share_60plus"] == 0.22
    survey = load_dataset("kano_government_window")
    kiosk = kano.count(survey[survey["attribute"] == "self_service_kiosk"], by="age_group")
    older = kiosk.loc["60+"].iloc[0]
    assert (older["I"] + older["R"]) / older.sum() == pytest.approx(0.8)
    assert kano.evaluate(kiosk).loc["60+", "category"].iloc[0] == "I"
