"""Service blueprints: round trips, validation, metrics, drawing (METHODS.md §3)."""

from __future__ import annotations

import copy
import hashlib
import math
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from svcx_helpers import blueprint, i18n
from svcx_helpers.blueprint import LANES, Blueprint, lane_key

# A small blueprint whose numbers are worked out by hand in the comments.
COFFEE: dict[str, Any] = {
    "name": "Coffee bar",
    "name_zh": "咖啡吧",
    "steps": [
        {"id": "E1", "lane": "evidence", "column": 1, "label": "Menu board"},
        {"id": "C1", "lane": "customer", "column": 1, "label": "Order", "duration": 1,
         "tolerance": 2},
        {"id": "O1", "lane": "onstage", "column": 1, "label": "Take order and payment",
         "fail_point": True, "fail_mode": "Wrong drink keyed in"},
        {"id": "B1", "lane": "backstage", "column": 1, "label": "Prepare drink",
         "duration": 3, "wait_point": True, "wait": 4},
        {"id": "S1", "lane": "support", "column": 1, "label": "Till and stock system"},
        {"id": "E2", "lane": "evidence", "column": 2, "label": "Cup, counter"},
        {"id": "C2", "lane": "customer", "column": 2, "label": "Collect drink", "duration": 0.5,
         "tolerance": 1},
        {"id": "O2", "lane": "onstage", "column": 2, "label": "Call name, hand over"},
    ],
    "flows": [["C1", "O1"], ["O1", "B1"], ["O1", "S1"], ["B1", "O2"], ["O2", "C2"],
              ["C1", "C2"]],
}


@pytest.fixture()
def coffee() -> Blueprint:
    return Blueprint.from_dict(COFFEE)


# ---------------------------------------------------------------------- round trips
def test_dict_round_trip_is_exact(coffee: Blueprint) -> None:
    assert coffee.to_dict() == COFFEE
    assert Blueprint.from_dict(coffee.to_dict()) == coffee


def test_yaml_round_trip(tmp_path: Path, coffee: Blueprint) -> None:
    path = tmp_path / "coffee.yml"
    text = coffee.to_yaml(path)
    assert yaml.safe_load(text) == COFFEE
    assert Blueprint.from_yaml(path) == coffee
    assert "- [C1, O1]" in text                      # flows written compactly


def test_frame_round_trip(coffee: Blueprint) -> None:
    df = coffee.to_frame()
    assert list(df["id"]) == [s["id"] for s in COFFEE["steps"]]
    assert df.loc[df["id"] == "O1", "to"].item() == "B1, S1"
    assert Blueprint.from_frame(df) == coffee
    # through CSV text (what a spreadsheet user would do), metadata given again
    import io

    buf = io.StringIO()
    df.to_csv(buf, index=False)
    again = pd.read_csv(io.StringIO(buf.getvalue()))
    back = Blueprint.from_frame(again, name="Coffee bar")
    assert back.steps == coffee.steps and sorted(back.flows, key=str) == sorted(coffee.flows,
                                                                               key=str)


@pytest.mark.parametrize("name", blueprint.available())
def test_shipped_blueprints_round_trip_and_are_valid(name: str) -> None:
    path = Path(blueprint.__file__).resolve().parent.parent / "data" / "blueprints" / f"{name}.yml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    bp = blueprint.load(name)
    assert bp.to_dict() == raw, "the file is not in canonical form (to_dict differs)"
    assert bp.to_yaml() == path.read_text(encoding="utf-8")     # byte for byte
    assert Blueprint.from_dict(yaml.safe_load(bp.to_yaml())) == bp
    assert Blueprint.from_frame(bp.to_frame()) == bp
    assert bp.validate() == []


@pytest.mark.parametrize("name", blueprint.available())
def test_shipped_blueprints_have_chinese_for_every_text(name: str) -> None:
    path = Path(blueprint.__file__).resolve().parent.parent / "data" / "blueprints" / f"{name}.yml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    missing = [key for key in ("name", "description") if raw.get(key) and not raw.get(f"{key}_zh")]
    missing += [f"{step['id']}: {key}" for step in raw["steps"] for key in ("label", "fail_mode")
                if step.get(key) and not step.get(f"{key}_zh")]
    assert missing == []
    bp = blueprint.load(name)
    fails = [s for s in bp.steps if s.fail_point]
    assert fails and all(s.fail_mode_zh and s.fail_mode_zh != s.fail_mode for s in fails)
    with i18n.language("zh"):
        table = bp.fail_points()
        assert table["fail_mode"].tolist() == [s.fail_mode_zh for s in fails]
        assert table["label"].tolist() == [s.label_zh for s in fails]
        assert bp.text_of("description") == raw["description_zh"]
    with i18n.language("en"):
        table = bp.fail_points()
        assert table["fail_mode"].tolist() == [s.fail_mode for s in fails]
        assert table["label"].tolist() == [s.label for s in fails]
        assert bp.text_of("description") == raw["description"]


def test_chinese_fail_modes_round_trip_and_follow_the_language(coffee: Blueprint) -> None:
    data = copy.deepcopy(COFFEE)
    data["description"] = "Morning rush"
    data["description_zh"] = "早高峰"
    data["steps"][2]["fail_mode_zh"] = "饮品输错"
    bp = Blueprint.from_dict(data)
    assert bp.to_dict() == data
    assert list(bp.to_dict()) == ["name", "name_zh", "description", "description_zh", "steps",
                                  "flows"]
    assert list(bp.to_dict()["steps"][2]) == ["id", "lane", "column", "label", "fail_point",
                                              "fail_mode", "fail_mode_zh"]
    assert Blueprint.from_dict(yaml.safe_load(bp.to_yaml())) == bp
    assert Blueprint.from_frame(bp.to_frame()) == bp
    assert bp != coffee                                  # the Chinese texts count
    with i18n.language("zh"):
        assert bp.fail_points()["fail_mode"].tolist() == ["饮品输错"]
        assert coffee.fail_points()["fail_mode"].tolist() == ["Wrong drink keyed in"]
        assert bp.text() == "咖啡吧" and bp.step("O1").text_of("fail_mode") == "饮品输错"
        assert bp.step("C1").text_of("fail_mode") is None
    with i18n.language("en"):
        assert bp.fail_points()["fail_mode"].tolist() == ["Wrong drink keyed in"]
        assert bp.text() == "Coffee bar" and bp.text_of("description") == "Morning rush"


def test_shipped_case_files_exist() -> None:
    assert {"restaurant", "bank_account_opening", "government_window_before",
            "government_window_after", "hotel_check_in"} <= set(blueprint.available())


# printable text: YAML normalises control characters and line separators
_chars = st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"))
_ids = st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", min_size=1, max_size=4)
_label = st.text(_chars, min_size=1, max_size=30).filter(
    lambda s: s.strip() == s and s.strip())
_time = st.one_of(st.none(), st.integers(0, 600), st.floats(0.25, 600, allow_nan=False).map(
    lambda x: round(x, 2)))


@st.composite
def blueprints(draw: Any) -> Blueprint:
    ids = draw(st.lists(_ids, min_size=1, max_size=12, unique=True))
    steps = []
    for sid in ids:
        fail = draw(st.booleans())
        wait = draw(st.booleans())
        steps.append(blueprint.Step(
            id=sid, lane=draw(st.sampled_from(LANES)), column=draw(st.integers(1, 9)),
            label=draw(_label), label_zh=draw(st.one_of(st.none(), _label)),
            duration=draw(_time), tolerance=draw(_time), fail_point=fail,
            fail_mode=draw(_label) if fail else None,
            fail_mode_zh=draw(st.one_of(st.none(), _label)) if fail else None, wait_point=wait,
            wait=draw(_time) if wait else None))
    flows = draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids)), max_size=15))
    return Blueprint(name=draw(_label), steps=steps,
                     flows=[blueprint.Flow(a, b) for a, b in flows],
                     name_zh=draw(st.one_of(st.none(), _label)),
                     description=draw(st.one_of(st.none(), _label)),
                     description_zh=draw(st.one_of(st.none(), _label)))


@settings(max_examples=60, deadline=None)
@given(blueprints())
def test_any_blueprint_round_trips(bp: Blueprint) -> None:
    assert Blueprint.from_dict(bp.to_dict()) == bp
    assert Blueprint.from_dict(yaml.safe_load(bp.to_yaml())) == bp
    assert Blueprint.from_frame(bp.to_frame()) == bp


# ---------------------------------------------------------------------- validation
def _broken() -> dict[str, Any]:
    data = copy.deepcopy(COFFEE)
    data["steps"].append({"id": "C2", "lane": "customer", "column": 3, "label": "Duplicate"})
    data["steps"].append({"id": "K1", "lane": "kitchen", "column": 1, "label": "Unknown lane"})
    data["steps"].append({"id": "C3", "lane": "customer", "column": 4, "label": "No evidence"})
    data["steps"].append({"id": "B9", "lane": "backstage", "column": 4, "label": "Orphan"})
    data["steps"].append({"id": "S9", "lane": "support", "column": 4, "label": "Orphan support",
                          "fail_point": True})
    data["steps"].append({"id": "O9", "lane": "onstage", "column": 4, "label": "Queue",
                          "wait_point": True})
    data["flows"].append(["C3", "X1"])
    data["flows"].append(["B9", "S9"])
    return data


def test_validate_reports_every_problem_with_its_step() -> None:
    bp = Blueprint.from_dict(_broken())
    found = {(p.step, p.code) for p in bp.validate()}
    assert found == {
        ("C2", "duplicate_id"), ("C2", "no_evidence"), ("K1", "unknown_lane"),
        ("X1", "missing_step"), ("C3", "no_evidence"), ("B9", "no_path"), ("S9", "no_path"),
        ("S9", "fail_mode"),
        ("O9", "wait")}
    for p in bp.validate():
        assert p.step in p.message
    with pytest.raises(ValueError, match="9 problem"):
        bp.check()


def test_validate_passes_and_messages_translate(coffee: Blueprint) -> None:
    from svcx_helpers.i18n import language

    assert coffee.validate() == [] and coffee.check() is coffee
    with language("zh"):
        msgs = [p.message for p in Blueprint.from_dict(_broken()).validate()]
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in m) for m in msgs)


def test_no_customer_steps_is_a_problem() -> None:
    bp = Blueprint.from_dict({"name": "x", "steps": [
        {"id": "S1", "lane": "support", "column": 1, "label": "System"}]})
    assert {p.code for p in bp.validate()} == {"no_customer", "no_path"}


@pytest.mark.parametrize(("change", "pattern"), [
    (lambda d: d.update(steps=[]), "no steps"),
    (lambda d: d["steps"][1].pop("lane"), r"step 2 \(C1\): 'lane' is required"),
    (lambda d: d["steps"][1].update(column="two"),
     r"'column' must be a non-negative number, got 'two'"),
    (lambda d: d["steps"][3].update(duration=-1), r"step 4 \(B1\): 'duration'"),
    (lambda d: d["steps"][2].update(fail_point="maybe"), r"'fail_point' must be true or false"),
    (lambda d: d["steps"][0].update(colour="red"), r"unknown field\(s\) \['colour'\]"),
    (lambda d: d["flows"].append(["C1"]), r"flow 7"),
    (lambda d: d["steps"].append("C9"), r"step 9: a step must be a mapping"),
    (lambda d: d["steps"][2].update(fail_mode_zh=["输错", "饮品"]),
     r"coffee.yml, step 3 \(O1\): 'fail_mode_zh' must be a text, got \['输错', '饮品'\]"),
    (lambda d: d["steps"][0].update(label_zh={"zh": "菜单"}),
     r"step 1 \(E1\): 'label_zh' must be a text"),
    (lambda d: d["steps"][2].update(fail_mode_zh=True), r"'fail_mode_zh' must be a text, got True"),
    (lambda d: d.update(description_zh=["说明"]), r"coffee.yml: 'description_zh' must be a text"),
])
def test_unusable_blueprints_raise_naming_the_place(change: Any, pattern: str) -> None:
    data = copy.deepcopy(COFFEE)
    change(data)
    with pytest.raises(ValueError, match=pattern):
        Blueprint.from_dict(data, source="coffee.yml")


def test_bad_files_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text("name: x\nsteps: [\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.yml"):
        Blueprint.from_yaml(bad)
    frame = pd.DataFrame({"id": ["C1"], "lane": ["customer"], "column": ["x"], "label": ["a"]})
    with pytest.raises(ValueError, match=r"row 0"):
        Blueprint.from_frame(frame, source="steps.csv")
    with pytest.raises(ValueError, match=r"steps.csv: missing column\(s\) \['column'\]"):
        Blueprint.from_frame(frame.drop(columns="column"), source="steps.csv")


def test_lane_aliases_in_english_and_chinese() -> None:
    assert lane_key("Customer actions") == "customer"
    assert lane_key("Onstage / visible contact employee actions") == "onstage"
    assert lane_key("后台员工行为") == "backstage"
    assert lane_key("Support processes") == "support"
    assert lane_key("有形展示") == "evidence"


# ---------------------------------------------------------------------- metrics
def test_crossings_by_hand(coffee: Blueprint) -> None:
    # C1→O1 and O2→C2 cross interaction; O1→B1, B1→O2 cross visibility;
    # O1→S1 crosses visibility and internal; C1→C2 crosses nothing.
    assert coffee.crossings() == {"interaction": 2, "visibility": 3, "internal": 1}
    assert list(coffee.encounters()["source"]) == ["C1", "O2"]
    assert coffee.handoffs()[["source", "target"]].values.tolist() == [["O1", "S1"]]


def test_customer_to_backstage_flow_is_an_encounter_too() -> None:
    data = copy.deepcopy(COFFEE)
    data["flows"].append(["C1", "B1"])         # e.g. an app order seen by no one onstage
    table = Blueprint.from_dict(data).flow_table().set_index(["source", "target"])
    assert table.loc[("C1", "B1"), ["interaction", "visibility", "internal"]].tolist() == [
        True, True, False]


def test_time_frame_and_metrics_by_hand(coffee: Blueprint) -> None:
    frame = coffee.time_frame().set_index("column")
    # column 1: C1 1 min + wait at B1 4 min = 5 > tolerance 2; column 2: 0.5 ≤ 1
    assert frame.loc[1, ["standard", "wait", "total", "tolerance", "over"]].tolist() == [
        1.0, 4.0, 5.0, 2.0, True]
    assert frame.loc[2, ["total", "tolerance", "over"]].tolist() == [0.5, 1.0, False]
    m = coffee.metrics()
    assert (m["steps"], m["customer_steps"], m["encounters"], m["fail_points"],
            m["wait_points"]) == (8, 2, 2, 1, 1)
    assert (m["standard_time"], m["wait_time"], m["customer_time"], m["tolerance"],
            m["over_tolerance"]) == (1.5, 4.0, 5.5, 3.0, 1)
    assert list(coffee.fail_points()["id"]) == ["O1"]
    assert coffee.wait_points()[["id", "wait"]].values.tolist() == [["B1", 4]]


def test_compare(coffee: Blueprint) -> None:
    data = copy.deepcopy(COFFEE)
    data["steps"][3].update(wait=1)                              # faster bar
    after = Blueprint.from_dict(data)
    table = blueprint.compare(coffee, after)
    assert table.loc["wait_time"].tolist() == [4.0, 1.0, -3.0, -75.0]
    assert table.loc["encounters", "change"] == 0
    assert math.isnan(table.loc["visibility_crossings", "change_pct"]) is False


def test_government_window_redesign_shows_the_planted_effects() -> None:
    table = blueprint.compare(blueprint.load("government_window_before"),
                              blueprint.load("government_window_after"))
    for metric in ("customer_steps", "encounters", "wait_points", "wait_time", "customer_time"):
        assert table.loc[metric, "change"] < 0, metric
    assert table.loc["internal_handoffs", "change"] > 0       # the honest trade-off
    assert blueprint.load("government_window_before").metrics()["steps"] >= 30


def test_steps_table(coffee: Blueprint) -> None:
    grid = blueprint.steps_table(coffee)
    assert grid.shape == (5, 2)
    assert grid.iloc[2, 0] == "Take order and payment [F]"


# ---------------------------------------------------------------------- drawing
def test_plot_draws_lines_boxes_and_marks(coffee: Blueprint) -> None:
    import matplotlib.pyplot as plt

    ax = coffee.plot()
    texts = [t.get_text().replace("\n", " ") for t in ax.texts]
    for name in ("Line of interaction", "Line of visibility", "Line of internal interaction",
                 "Physical evidence", "Customer actions", "Support processes"):
        assert name in texts
    assert texts.count("F") >= 1 and texts.count("W") >= 1
    arrows = [p for p in ax.patches if type(p).__name__ == "FancyArrowPatch"]
    assert len(arrows) == len(COFFEE["flows"])
    plt.close(ax.figure)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_long_blueprint_renders_without_missing_glyphs(lang: str, no_missing_glyphs: Any,
                                                       tmp_path: Path) -> None:
    bp = blueprint.load("government_window_before")
    with no_missing_glyphs(lang):
        path = bp.save(tmp_path / "gov.png", dpi=80)
    from matplotlib.image import imread

    width = imread(path).shape[1]
    columns = len(bp.columns())
    # one column ≈ 2.3 inches: text keeps its size however long the blueprint is
    assert width >= columns * 2.3 * 80 * 0.95


def test_svg_and_png_are_reproducible(coffee: Blueprint, tmp_path: Path) -> None:
    for suffix in ("svg", "png"):
        a = coffee.save(tmp_path / f"a.{suffix}")
        b = coffee.save(tmp_path / f"b.{suffix}")
        assert hashlib.sha256(a.read_bytes()).digest() == hashlib.sha256(b.read_bytes()).digest()
    assert (tmp_path / "a.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    with pytest.raises(ValueError, match=r"\.svg, \.png or \.pdf"):
        coffee.save(tmp_path / "a.gif")


def test_column_slice_draws_only_those_columns(coffee: Blueprint) -> None:
    import matplotlib.pyplot as plt

    from svcx_helpers.plots.blueprint import layout

    assert set(layout(coffee, columns=(2, 2)).boxes) == {"E2", "C2", "O2"}
    ax = coffee.plot(columns=(2, 2))
    texts = [t.get_text() for t in ax.texts]
    assert "Take order and payment" not in " ".join(texts)
    # flows from column 1 (B1 → O2, C1 → C2) end in labelled stubs at the left edge
    assert {"B1", "C1"} <= set(texts)
    arrows = [p for p in ax.patches if type(p).__name__ == "FancyArrowPatch"]
    assert len(arrows) == 3                          # O2 → C2 and the two stubs
    plt.close(ax.figure)


# ---------------------------------------------------------------------- widget
def test_blueprint_builder_actions_redraw() -> None:
    from svcx_helpers import widgets

    b = widgets.blueprint_builder()
    assert b.blueprint is None
    c = b.add_step("Customer actions", 1, "Order")
    e = b.add_step("evidence", 1, "Menu")
    o = b.add_step("onstage", 1, "Take order")
    assert (c, e, o) == ("C1", "E1", "O1")
    b.connect(c, o)
    first = b.image.value
    b.mark(o, fail_mode="Wrong order", wait=3)
    assert b.image.value != first and b.image.value[:4] == b"\x89PNG"
    m = b.blueprint.metrics()
    assert (m["encounters"], m["fail_points"], m["wait_points"], m["customer_time"]) == (
        1, 1, 1, 3.0)
    assert "No problems" in b.summary.value
    b._safely(lambda: b.add_step("customer", 2, "  "))       # empty label: refused, kept
    assert "label" in b.message.value and len(b.blueprint.steps) == 3
    b.remove(o)
    assert len(b.blueprint.flows) == 0
    b.undo()
    assert len(b.blueprint.flows) == 1
    b.add_step("customer", 2, "Pay")
    assert "no physical evidence" in b.summary.value
