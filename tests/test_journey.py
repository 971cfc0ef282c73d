"""Journey maps: METHODS.md §3.3 known answers, round trips, errors, plots, widget."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from svcx_helpers import blueprint, i18n, journey
from svcx_helpers.journey import JourneyMap, peak_end

# METHODS.md §3.3: five stages, one score each.
STAGES = [("Discover", 1), ("Apply", 0), ("Quote", -2), ("Build", -1), ("Done", 2)]
KNOWN: dict[str, Any] = {
    "name": "Loan",
    "scale": [-2, 2],
    "stages": [{"name": name, "steps": [{"action": f"{name} step", "touchpoint": "web",
                                         "channel": "digital", "emotion": e}]}
               for name, e in STAGES],
}


@pytest.fixture()
def known() -> JourneyMap:
    return JourneyMap.from_dict(KNOWN)


def test_methods_known_answer(known: JourneyMap) -> None:
    curve = known.emotion_curve()
    assert curve["emotion"].mean() == 0.0
    assert known.lowest()["stage"] == "Quote" and known.lowest()["emotion"] == -2
    assert known.highest()["emotion"] == 2
    assert known.peak_end() == 0.0                       # peak = most intense (|−2|), first
    assert known.peak_end(peak="max") == 2.0
    assert peak_end([1, 0, -2, -1, 2]) == 0.0
    assert peak_end([1, 0, -2, -1, 2], peak="max") == 2.0
    assert list(known.pain_points()["stage"]) == ["Quote", "Build"]


def test_peak_ties_take_the_first_and_midpoint_moves_with_the_scale() -> None:
    assert peak_end([2, -2, 0]) == 1.0                   # |2| == |−2|: the first, +2
    assert peak_end([5, 1, 4], midpoint=3) == 4.5        # 1..5 scale: 5 and 1 tie → 5
    with pytest.raises(ValueError, match="peak must be one of"):
        peak_end([1], peak="min")
    with pytest.raises(ValueError, match="no emotion"):
        peak_end([])


def test_pain_points_are_strictly_below_the_threshold(known: JourneyMap) -> None:
    assert list(known.pain_points(-1)["stage"]) == ["Quote"]
    assert list(known.pain_points(0.5)["stage"]) == ["Quote", "Build", "Apply"]
    five = copy.deepcopy(KNOWN)
    five["scale"] = [1, 5]
    for stage, (_, e) in zip(five["stages"], STAGES, strict=True):
        stage["steps"][0]["emotion"] = e + 3
    jm = JourneyMap.from_dict(five)
    assert jm.midpoint == 3 and list(jm.pain_points()["stage"]) == ["Quote", "Build"]


def test_stage_means_channels_and_frame(known: JourneyMap) -> None:
    assert known.stage_emotions().tolist() == [1, 0, -2, -1, 2]
    assert known.peak_end(level="stage") == 0.0
    assert known.channels().to_dict() == {"physical": 0, "digital": 5, "interpersonal": 0,
                                          "process": 0}


def test_round_trips(known: JourneyMap, tmp_path: Path) -> None:
    assert known.to_dict() == KNOWN
    assert JourneyMap.from_dict(known.to_dict()) == known
    path = tmp_path / "j.yml"
    known.to_yaml(path)
    assert JourneyMap.from_yaml(path) == known
    assert JourneyMap.from_frame(known.to_frame()) == known


# printable text: YAML normalises control characters and line separators
_chars = st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"))
_text = st.text(_chars, min_size=1, max_size=20).filter(
    lambda s: s.strip() == s and s.strip())


@st.composite
def journeys(draw: Any) -> dict[str, Any]:
    stages = []
    for name in draw(st.lists(_text, min_size=1, max_size=4, unique=True)):
        steps = [{"action": draw(_text), "touchpoint": draw(_text),
                  "channel": draw(st.sampled_from(journey.CHANNELS)),
                  "emotion": draw(st.sampled_from([-2, -1.5, -1, 0, 0.5, 1, 2]))}
                 for _ in range(draw(st.integers(1, 4)))]
        stages.append({"name": name, "steps": steps})
    return {"name": draw(_text), "scale": [-2, 2], "stages": stages}


@settings(max_examples=60, deadline=None)
@given(journeys())
def test_any_journey_round_trips(data: dict[str, Any]) -> None:
    jm = JourneyMap.from_dict(data)
    assert jm.to_dict() == data
    assert JourneyMap.from_dict(yaml.safe_load(jm.to_yaml())) == jm
    assert JourneyMap.from_frame(jm.to_frame()) == jm
    assert len(jm.pain_points(2.5)) == len(jm.steps)
    assert len(jm.pain_points(-2)) == 0


@pytest.mark.parametrize(("change", "pattern"), [
    (lambda d: d["stages"][2]["steps"][0].update(emotion=3),
     r"stage Quote, step 1: emotion must be a number between -2 and 2, got 3"),
    (lambda d: d["stages"][0]["steps"][0].update(emotion="happy"), r"got 'happy'"),
    (lambda d: d["stages"][1]["steps"][0].update(channel="email"), r"channel 'email'"),
    (lambda d: d["stages"][1]["steps"][0].pop("touchpoint"), r"'touchpoint' is required"),
    (lambda d: d.update(scale=[2, -2]), r"scale must be \[min, max\]"),
    (lambda d: d["stages"].append({"name": "Empty", "steps": []}), r"stage 6"),
    (lambda d: d.update(stages=[]), r"no stages"),
])
def test_bad_journeys_raise_naming_the_place(change: Any, pattern: str) -> None:
    data = copy.deepcopy(KNOWN)
    change(data)
    with pytest.raises(ValueError, match=pattern):
        JourneyMap.from_dict(data, source="loan.yml")


def test_chinese_channel_names_are_accepted() -> None:
    data = copy.deepcopy(KNOWN)
    data["stages"][0]["steps"][0]["channel"] = "人际"
    assert JourneyMap.from_dict(data).steps[0].channel == "interpersonal"


# ---------------------------------------------------------------------- Chinese texts
def test_chinese_texts_follow_the_language(known: JourneyMap) -> None:
    data = copy.deepcopy(KNOWN)
    data.update(actor="Borrower", actor_zh="借款人", scenario="Needs a loan",
                scenario_zh="需要一笔贷款", expectations="Fast answer", expectations_zh="尽快答复")
    step = data["stages"][2]["steps"][0]
    step.update(touchpoint_zh="网站", thought="Too slow", thought_zh="太慢了！",
                opportunity="Instant quote", opportunity_zh="即时报价")
    jm = JourneyMap.from_dict(data)
    assert jm.to_dict() == data                          # the _zh keys are written back
    assert list(jm.to_dict()) == ["name", "actor", "actor_zh", "scenario", "scenario_zh",
                                  "expectations", "expectations_zh", "scale", "stages"]
    assert list(jm.to_dict()["stages"][2]["steps"][0]) == [
        "action", "touchpoint", "touchpoint_zh", "channel", "thought", "thought_zh",
        "emotion", "opportunity", "opportunity_zh"]
    assert JourneyMap.from_frame(jm.to_frame()) == jm
    with i18n.language("en"):
        row = jm.emotion_curve().iloc[2]
        assert (row["touchpoint"], row["thought"], row["opportunity"]) == (
            "web", "Too slow", "Instant quote")
        assert jm.text_of("actor") == "Borrower"
    with i18n.language("zh"):
        row = jm.emotion_curve().iloc[2]
        assert (row["touchpoint"], row["thought"], row["opportunity"]) == (
            "网站", "太慢了！", "即时报价")
        assert jm.pain_points()["thought"].iloc[0] == "太慢了！"
        assert jm.lowest()["touchpoint"] == "网站"
        assert [jm.text_of(k) for k in ("actor", "scenario", "expectations")] == [
            "借款人", "需要一笔贷款", "尽快答复"]
        # no Chinese: the English is shown; no text at all stays empty
        assert jm.emotion_curve().iloc[0]["touchpoint"] == "web"
        assert pd.isna(jm.emotion_curve().iloc[0]["thought"])
        assert known.text_of("actor") is None


@pytest.mark.parametrize(("change", "pattern"), [
    (lambda d: d["stages"][2]["steps"][0].update(thought_zh=["太慢", "了"]),
     r"loan.yml, stage Quote, step 1: 'thought_zh' must be a text, got \['太慢', '了'\]"),
    (lambda d: d["stages"][0]["steps"][0].update(touchpoint_zh={"zh": "网站"}),
     r"stage Discover, step 1: 'touchpoint_zh' must be a text"),
    (lambda d: d["stages"][1]["steps"][0].update(opportunity_zh=True),
     r"stage Apply, step 1: 'opportunity_zh' must be a text, got True"),
    (lambda d: d.update(actor_zh=["借款人"]), r"loan.yml: 'actor_zh' must be a text"),
    (lambda d: d["stages"][3].update(name_zh=["建设"]), r"loan.yml \(Build\): 'name_zh'"),
])
def test_bad_chinese_texts_raise_naming_the_place(change: Any, pattern: str) -> None:
    data = copy.deepcopy(KNOWN)
    change(data)
    with pytest.raises(ValueError, match=pattern):
        JourneyMap.from_dict(data, source="loan.yml")


# ---------------------------------------------------------------------- shipped cases
_SHIPPED = Path(journey.__file__).resolve().parent.parent / "data" / "journeys"


@pytest.mark.parametrize("name", journey.available())
def test_shipped_journey_is_canonical(name: str) -> None:
    path = _SHIPPED / f"{name}.yml"
    jm = JourneyMap.from_yaml(path)
    assert jm.to_yaml() == path.read_text(encoding="utf-8")     # byte for byte
    assert jm.to_dict() == yaml.safe_load(path.read_text(encoding="utf-8"))
    assert JourneyMap.from_frame(jm.to_frame()) == jm


@pytest.mark.parametrize("name", journey.available())
def test_shipped_journey_has_chinese_for_every_text(name: str) -> None:
    raw = yaml.safe_load((_SHIPPED / f"{name}.yml").read_text(encoding="utf-8"))
    missing = [key for key in ("name", "actor", "scenario", "expectations")
               if raw.get(key) and not raw.get(f"{key}_zh")]
    for stage in raw["stages"]:
        if not stage.get("name_zh"):
            missing.append(f"stage {stage['name']}")
        for step in stage["steps"]:
            missing += [f"{stage['name']}: {key} of '{step['action']}'"
                        for key in ("action", "touchpoint", "thought", "opportunity")
                        if step.get(key) and not step.get(f"{key}_zh")]
    assert missing == []
    for key in ("actor", "scenario", "expectations"):
        assert raw[key] and raw[f"{key}_zh"] != raw[key]
    jm = journey.load(name)
    for lang, suffix in (("zh", "_zh"), ("en", "")):
        with i18n.language(lang):
            curve = jm.emotion_curve()
        for column in ("touchpoint", "thought", "opportunity"):
            shown = [x if isinstance(x, str) else None for x in curve[column]]
            assert shown == [getattr(s, column + suffix) for s in jm.steps], (lang, column)


def test_hotel_journey_speaks_chinese() -> None:
    jm = journey.load("hotel_check_in")
    assert [s.name_zh for s in jm.stages] == ["预订", "抵达", "入住", "住店"]
    with i18n.language("zh"):
        worst = jm.lowest()
        assert worst["stage"] == "入住" and worst["touchpoint"] == "前台排队"
        assert "排" in worst["thought"] and worst["thought"].endswith("。")
        assert jm.stage_emotions().index.tolist() == ["预订", "抵达", "入住", "住店"]
    with i18n.language("en"):
        assert jm.lowest()["thought"] == "Fifteen minutes in a queue after five hours on the road."


def test_hotel_journey_lines_up_with_the_hotel_blueprint() -> None:
    jm = journey.load("hotel_check_in")
    bp = blueprint.load("hotel_check_in")
    assert [s.name for s in jm.stages] == ["Booking", "Arrival", "Check-in", "Stay"]
    assert set(jm.channels()[jm.channels() > 0].index) == set(journey.CHANNELS)
    table = journey.align(jm, bp)
    assert table["blueprint_step"].notna().all()
    assert table["column"].is_monotonic_increasing
    worst = jm.lowest()
    assert worst["stage"] == "Check-in"                   # the planted worst moment
    assert len(jm.pain_points()) >= 2


def test_align_refuses_unknown_links(known: JourneyMap) -> None:
    bp = blueprint.load("hotel_check_in")
    data = copy.deepcopy(KNOWN)
    data["stages"][0]["steps"][0]["blueprint_step"] = "Z99"
    with pytest.raises(ValueError, match="Z99"):
        journey.align(JourneyMap.from_dict(data), bp)


# ---------------------------------------------------------------------- plots and widget
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_plots_render_without_missing_glyphs(lang: str, no_missing_glyphs: Any) -> None:
    import matplotlib.pyplot as plt

    jm = journey.load("hotel_check_in")
    with no_missing_glyphs(lang):
        ax = journey.plot_emotion_curve(jm)
        ax.figure.canvas.draw()
        texts = [t.get_text() for t in ax.texts]
        assert ("worst moment" if lang == "en" else "最低谷") in texts
        fig = journey.plot_journey_blueprint(jm, blueprint.load("hotel_check_in"))
        fig.canvas.draw()
    plt.close("all")


def test_emotion_editor_updates_pain_points() -> None:
    from svcx_helpers import widgets

    jm = JourneyMap.from_dict(KNOWN)
    editor = widgets.journey_emotion_editor(jm)
    assert "Quote step (-2)" in editor.summary.value
    editor.set_emotion(3, 1.5)
    assert "Quote step" not in editor.summary.value.split("<br>")[0]
    assert jm.steps[2].emotion == -2                      # the original is untouched
    editor.sliders[3].value = 2                           # moving a slider edits too
    assert editor.journey.steps[3].emotion == 2
    assert "none" in editor.summary.value.split("<br>")[0]
    with pytest.raises(ValueError, match="between -2 and 2"):
        editor.set_emotion(1, 5)
    assert isinstance(jm.emotion_curve(), pd.DataFrame)


def test_zoomed_combined_view_and_numbered_curve() -> None:
    import matplotlib.pyplot as plt

    jm = journey.load("hotel_check_in")
    bp = blueprint.load("hotel_check_in")
    table = journey.align(jm, bp)
    first, last = sorted(table["column"])[4], sorted(table["column"])[8]
    fig = journey.plot_journey_blueprint(jm, bp, columns=(first, last))
    top = fig.axes[0]
    shown = [t.get_text().replace("\n", "") for t in top.texts]
    inside = table[(table["column"] >= first) & (table["column"] <= last)]
    outside = table[(table["column"] < first) | (table["column"] > last)]
    assert all(any(a.replace(" ", "")[:8] in s.replace(" ", "") for s in shown)
               for a in inside["action"])
    assert not any(a in shown for a in outside["action"])
    assert fig.get_figwidth() < 2.3 * (last - first + 1) + 2.5
    ax = journey.plot_emotion_curve(jm)
    assert len(jm.steps) > 10 and ax.get_xticklabels()[0].get_text() == "1"
    assert ax.figure.get_figwidth() <= 12
    plt.close("all")
