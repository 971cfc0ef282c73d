"""svcx_helpers.servicescape: the audit scores against hand-worked examples, the stated
rules for not-applicable items, partial credit, ties and the critical-item gate, the fail
points of a persona on a blueprint, readable errors in both languages, and plots that
draw in both languages without a missing glyph."""

from __future__ import annotations

import math
import warnings

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from svcx_helpers import blueprint, i18n, servicescape
from svcx_helpers.blueprint import Blueprint


@pytest.fixture(autouse=True)
def english() -> None:
    i18n.set_language("en")


def checklist() -> pd.DataFrame:
    """Five items of two dimensions; ``ramp`` is critical."""
    return pd.DataFrame({
        "item_id": ["ramp", "counter", "light", "signs", "lift"],
        "dimension": ["space", "space", "ambient", "signs", "space"],
        "weight": [3, 2, 1, 2, 3],
        "critical": [1, 0, 0, 0, 1],
        "personas": ["wheelchair older", "wheelchair", "older vision", "older", "wheelchair"],
        "step": ["E1", "C2", "C2", "E1", "E1"],
        "item": ["Ramp", "Low counter", "Light", "Signs", "Lift"],
    })


def audit(rows: dict[str, list[str]]) -> pd.DataFrame:
    items = ["ramp", "counter", "light", "signs", "lift"]
    return pd.DataFrame([{"hall": h, "item_id": i, "rating": r}
                         for h, ratings in rows.items() for i, r in zip(items, ratings,
                                                                        strict=True)])


# Hand-worked: hall A rates met, partly, not met, met, n/a (weights 3, 2, 1, 2, 3).
#   applicable weights 3 + 2 + 1 + 2 = 8; credits 1, 0.5, 0, 1
#   weighted   = 100 · (3 + 1 + 0 + 2) / 8 = 75.0
#   unweighted = 100 · (1 + 0.5 + 0 + 1) / 4 = 62.5
#   n/a counted as not met: 100 · 6 / 11 = 54.5454…
# Hall B rates not met, met, met, met, met:
#   weighted = 100 · (0 + 2 + 1 + 2 + 3) / 11 = 72.7272…; unweighted = 100 · 4 / 5 = 80.0
HALLS = {"A": ["met", "partly", "not_met", "met", "na"],
         "B": ["not_met", "met", "met", "met", "met"]}


def test_scores_match_the_hand_worked_example() -> None:
    s = servicescape.score(audit(HALLS), checklist())
    assert s.loc["A", "weighted"] == pytest.approx(75.0)
    assert s.loc["A", "unweighted"] == pytest.approx(62.5)
    assert s.loc["B", "weighted"] == pytest.approx(800 / 11)
    assert s.loc["B", "unweighted"] == pytest.approx(80.0)
    assert s.loc["A", ["items", "na", "met", "partly", "not_met"]].tolist() == [4, 1, 2, 1, 1]
    assert s.loc["A", "weight"] == 8.0 and s.loc["B", "weight"] == 11.0


def test_not_applicable_leaves_numerator_and_denominator() -> None:
    as_failed = audit({"A": ["met", "partly", "not_met", "met", "not_met"]})
    assert servicescape.score(as_failed, checklist()).loc["A", "weighted"] == \
        pytest.approx(600 / 11)
    # dropping the n/a row altogether gives the same score as rating it n/a
    dropped = audit(HALLS)
    dropped = dropped[~((dropped["hall"] == "A") & (dropped["item_id"] == "lift"))]
    assert servicescape.score(dropped, checklist()).loc["A", "weighted"] == pytest.approx(75.0)


def test_partial_credit_is_a_parameter() -> None:
    strict = servicescape.score(audit(HALLS), checklist(), partial=0)
    lenient = servicescape.score(audit(HALLS), checklist(), partial=1)
    assert strict.loc["A", "weighted"] == pytest.approx(100 * 5 / 8)
    assert lenient.loc["A", "weighted"] == pytest.approx(100 * 7 / 8)
    with pytest.raises(ValueError, match="between 0 and 1"):
        servicescape.credit(["met"], partial=1.5)


def test_a_group_with_nothing_applicable_scores_nan() -> None:
    s = servicescape.score(audit({"A": ["na"] * 5}), checklist())
    assert math.isnan(s.loc["A", "weighted"]) and math.isnan(s.loc["A", "unweighted"])


def test_scores_by_dimension_and_the_table() -> None:
    a = audit(HALLS)
    by = servicescape.score(a, checklist(), ["hall", "dimension"])
    # hall A, space: ramp met (3), counter partly (2), lift n/a → 100 · 4 / 5 = 80
    assert by.loc[("A", "space"), "weighted"] == pytest.approx(80.0)
    table = servicescape.dimension_scores(a, checklist())
    assert list(table.columns) == ["ambient", "space", "signs", "all"]
    assert list(table.index) == ["A", "B"]
    assert table.loc["A", "ambient"] == 0.0 and table.loc["A", "all"] == pytest.approx(75.0)
    unweighted = servicescape.dimension_scores(a, checklist(), value="unweighted")
    assert unweighted.loc["A", "space"] == pytest.approx(75.0)   # (1 + 0.5) / 2


def test_critical_failures_default_and_strict() -> None:
    a = audit({"A": ["partly", "met", "met", "met", "met"],
               "B": ["not_met", "met", "met", "met", "not_met"]})
    f = servicescape.critical_failures(a, checklist())
    assert f[["hall", "item_id"]].values.tolist() == [["B", "ramp"], ["B", "lift"]]
    strict = servicescape.critical_failures(a, checklist(), fail_on=("not met", "Partly"))
    assert strict["hall"].tolist() == ["A", "B", "B"]


def test_rank_gate_puts_critical_failures_last() -> None:
    # weighted: A 75.0, B 72.7 (fails the ramp), C 60 — without the gate B is second
    a = audit({**HALLS, "C": ["met", "not_met", "met", "not_met", "partly"]})
    s = servicescape.score(a, checklist())
    assert s.loc["C", "weighted"] == pytest.approx(100 * (3 + 0 + 1 + 0 + 1.5) / 11)
    r = servicescape.rank(s, servicescape.critical_failures(a, checklist()))
    assert r.index.tolist() == ["A", "C", "B"]
    assert r.loc["B", "rank_weighted"] == 2 and r.loc["B", "rank"] == 3
    assert r.loc["B", "critical"] == 1 and r.loc["A", "critical"] == 0
    assert r.loc["B", "rank_unweighted"] == 1       # 80.0 > 62.5 > 50.0
    assert servicescape.rank(s).index.tolist() == ["A", "B", "C"]   # no failures given


def test_rank_ties_share_the_better_rank() -> None:
    s = pd.DataFrame({"unweighted": [70.0, 70.0, 60.0], "weighted": [80.0, 80.0, 50.0]},
                     index=pd.Index(["X", "Y", "Z"], name="hall"))
    r = servicescape.rank(s)
    assert r["rank_weighted"].to_dict() == {"X": 1, "Y": 1, "Z": 3}
    assert r["rank"].tolist() == [1, 2, 3]          # the final order stays strict


def bp() -> Blueprint:
    return Blueprint.from_dict({"name": "Hall", "steps": [
        {"id": "E1", "lane": "evidence", "column": 1, "label": "Entrance"},
        {"id": "C1", "lane": "customer", "column": 1, "label": "Asks"},
        {"id": "C2", "lane": "customer", "column": 2, "label": "At the window",
         "fail_point": True, "fail_mode": "Wrong form"}]})


def test_persona_fail_points_on_a_blueprint() -> None:
    a = audit({"A": ["partly", "not_met", "met", "met", "na"]})
    wheel = servicescape.persona_fail_points(a, checklist(), bp(), "A", "wheelchair")
    assert wheel[["step", "items", "worst", "in_blueprint"]].values.tolist() == [
        ["E1", "ramp", "partly", False], ["C2", "counter", "not_met", True]]
    older = servicescape.persona_fail_points(a, checklist(), bp(), "A", "older")
    assert older["step"].tolist() == ["E1"]
    only_not_met = servicescape.persona_fail_points(a, checklist(), bp(), "A", "wheelchair",
                                                    below=("not_met",))
    assert only_not_met["step"].tolist() == ["C2"]
    assert servicescape.persona_fail_points(a, checklist(), bp(), "A", "vision").empty


def test_course_hall_blueprint_fail_points() -> None:
    from svcx_helpers import load_dataset

    a, c = load_dataset("servicescape_audit"), load_dataset("servicescape_checklist")
    after = blueprint.load("government_window_after")
    assert set(c["step"]) <= {s.id for s in after.steps}
    wheel = servicescape.persona_fail_points(a, c, after, "riverside", "wheelchair")
    older = servicescape.persona_fail_points(a, c, after, "riverside", "older")
    assert wheel["step"].tolist() == ["C3", "C4"]
    assert older["step"].tolist() == ["C2", "C5", "C6"]
    assert not wheel["in_blueprint"].any() and not older["in_blueprint"].any()


@given(st.sampled_from(["met", "Met", " MET ", "yes", "符合", "partly", "Partly met",
                        "部分符合", "not met", "NOT_MET", "not-met", "不符合", "na", "N/A",
                        "not applicable", "不适用", ""]))
def test_rating_spellings(value: str) -> None:
    assert servicescape.rating_key(value) in servicescape.RATINGS


def test_errors_name_the_row_and_value() -> None:
    bad = audit(HALLS)
    bad.loc[3, "rating"] = "maybe"
    with pytest.raises(ValueError, match=r"row 3: 'maybe' is not a rating"):
        servicescape.score(bad, checklist())
    unknown = pd.concat([audit(HALLS), pd.DataFrame([{"hall": "A", "item_id": "wifi",
                                                      "rating": "met"}])], ignore_index=True)
    with pytest.raises(ValueError, match=r"row 10: 'wifi' is not an item"):
        servicescape.score(unknown, checklist())
    twice = pd.concat([audit(HALLS), audit(HALLS).iloc[[1]]], ignore_index=True)
    with pytest.raises(ValueError, match=r"row 10: hall 'A' rates the item 'counter'"):
        servicescape.score(twice, checklist())
    weights = checklist()
    weights.loc[2, "weight"] = -1
    with pytest.raises(ValueError, match=r"row 2 \(item 'light'\): -1"):
        servicescape.score(audit(HALLS), weights)
    crit = checklist()
    crit["critical"] = crit["critical"].astype(object)
    crit.loc[0, "critical"] = "maybe"
    with pytest.raises(ValueError, match=r"'critical', row 0 \(item 'ramp'\)"):
        servicescape.critical_failures(audit(HALLS), crit)
    with pytest.raises(ValueError, match=r"lacks the column\(s\) \['rating'\]"):
        servicescape.score(audit(HALLS).drop(columns="rating"), checklist())
    with pytest.raises(ValueError, match="no hall 'Z'"):
        servicescape.persona_fail_points(audit(HALLS), checklist(), bp(), "Z", "older")
    with pytest.raises(ValueError, match="unknown visitor 'pilot'"):
        servicescape.persona_fail_points(audit(HALLS), checklist(), bp(), "A", "pilot")
    steps = checklist()
    steps.loc[1, "step"] = "C9"
    with pytest.raises(ValueError, match="step 'C9'"):
        servicescape.persona_fail_points(audit(HALLS), steps, bp(), "A", "wheelchair")
    i18n.set_language("zh")
    with pytest.raises(ValueError, match="第 3 行"):
        servicescape.score(bad, checklist())


def test_labels_in_both_languages() -> None:
    c = checklist().assign(item_zh=["坡道", "低位台", "照明", "标识", "电梯"])
    assert servicescape.item_label(c)["ramp"] == "Ramp"
    assert servicescape.persona_name("wheelchair") == "Wheelchair user"
    assert servicescape.persona_name("pilot") == "pilot"
    assert servicescape.rating_name("Partly") == "partly met"
    i18n.set_language("zh")
    assert servicescape.item_label(c)["ramp"] == "坡道"
    assert [servicescape.persona_name(p) for p in servicescape.PERSONAS] == [
        "轮椅使用者", "不用智能手机的老年人", "视力障碍访客", "听力障碍访客", "带幼儿的家长"]
    assert servicescape.rating_name("met") == "符合"
    assert servicescape.persona_name("older", "en").startswith("Older")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_plots_draw_without_missing_glyphs(lang: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from svcx_helpers import load_dataset

    i18n.set_language(lang)
    a, c = load_dataset("servicescape_audit"), load_dataset("servicescape_checklist")
    failures = servicescape.critical_failures(a, c)
    with warnings.catch_warnings():
        warnings.simplefilter("error")          # "Glyph … missing from font" is a warning
        ax = servicescape.plot_dimensions(servicescape.dimension_scores(a, c), failures)
        ax.figure.canvas.draw()
        texts = [x.get_text() for x in ax.get_xticklabels()]
        assert (i18n.t("servicescape.dimension.space") in " ".join(texts).replace("\n", "")
                or lang == "en")
        ax2 = servicescape.plot_ranks(servicescape.rank(servicescape.score(a, c), failures))
        ax2.figure.canvas.draw()
    plt.close("all")
