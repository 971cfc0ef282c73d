"""svcx_helpers.wellbeing: the two published scales scored by hand-worked examples of their
authors' rules, reliability through servqual's alpha, Fisher-z and Welch intervals against
worked numbers, clear errors, and the plots in both languages.

Sources of the known answers
----------------------------
* Copenhagen Burnout Inventory (Kristensen, Borritz, Villadsen & Christensen 2005, Work &
  Stress 19(3), and the scoring notes of the CBI questionnaire): answers recoded always /
  to a very high degree 100, often / high 75, sometimes / somewhat 50, seldom / low 25,
  never or almost never / very low 0; the work-related item on energy for family and
  friends reversed; scale = mean of the answered items; fewer than 3 (personal), 4
  (work-related) or 3 (client-related) answered items → non-responder.
* Emotional Labour Scale (Brotheridge & Lee 2003, J Occup Organ Psychol 76): 5-point
  items, facet score = mean of the facet's items.
* Cronbach's alpha: METHODS.md §2.8, case S4 (α = 0.924731…).
* Fisher z (Fisher 1921) and Welch (1947): the worked numbers in each test.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svcx_helpers import i18n, load_dataset, servqual, wellbeing

WORK = list(wellbeing.CBI_SCALES["work"])
PERSONAL = list(wellbeing.CBI_SCALES["personal"])
CLIENT = list(wellbeing.CBI_SCALES["client"])


def frame(rows: list[list[object]], columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=columns, dtype=object)


# ----------------------------------------------------------------------------- the CBI
def test_cbi_points_follow_the_published_recoding() -> None:
    # codes 1..5 → 0, 25, 50, 75, 100; the reversed item the other way round
    answers = frame([[1, 1], [2, 2], [3, 3], [4, 4], [5, 5]], ["cbi_w1", "cbi_w7"])
    points = wellbeing.cbi_points(answers)
    assert points["cbi_w1"].tolist() == [0, 25, 50, 75, 100]
    assert points["cbi_w7"].tolist() == [100, 75, 50, 25, 0]
    assert wellbeing.cbi_points(answers, reverse=False)["cbi_w7"].tolist() == [0, 25, 50, 75,
                                                                               100]


def test_cbi_answer_words_in_english_and_chinese() -> None:
    answers = frame([["Always", "to a very high degree", "never/almost never"],
                     ["经常", "程度高", "从不"],
                     [" sometimes ", "Somewhat", "seldom"]], ["cbi_p1", "cbi_w1", "cbi_w4"])
    points = wellbeing.cbi_points(answers)
    assert points.to_numpy().tolist() == [[100, 100, 0], [75, 75, 0], [50, 50, 25]]


def test_personal_burnout_worked_by_hand() -> None:
    # always, often, sometimes, seldom, never, often → 100, 75, 50, 25, 0, 75 → 325/6
    answers = frame([[5, 4, 3, 2, 1, 4]], PERSONAL)
    assert wellbeing.score_cbi(answers, ["personal"])["personal"].iloc[0] == pytest.approx(
        325 / 6)


def test_work_related_burnout_worked_by_hand_with_a_blank_and_the_reversed_item() -> None:
    # 4, 3, –, 5, 2, 3, 2 → 75, 50, –, 100, 25, 50, 100 − 25 = 75 → 375/6 = 62.5
    answers = frame([[4, 3, None, 5, 2, 3, 2]], WORK)
    assert wellbeing.score_cbi(answers, ["work"])["work"].iloc[0] == 62.5
    # forgetting the reversal gives 325/6; counting the blank as 0 gives 375/7
    not_reversed = wellbeing.cbi_points(answers, reverse=False)[WORK].mean(axis=1).iloc[0]
    assert not_reversed == pytest.approx(325 / 6)


def test_the_authors_missing_answer_rule() -> None:
    # work-related: 3 of 7 answered → non-responder; 4 of 7 → scored
    answers = frame([[5, None, None, None, 4, None, 1],
                     [5, None, None, 2, 4, None, 1]], WORK)
    work = wellbeing.score_cbi(answers, ["work"])["work"]
    assert math.isnan(work.iloc[0])
    assert work.iloc[1] == pytest.approx((100 + 25 + 75 + 100) / 4)
    # personal and client-related: 2 of 6 → non-responder, 3 of 6 → scored
    for cols, scale in ((PERSONAL, "personal"), (CLIENT, "client")):
        answers = frame([[5, 5, None, None, None, None], [5, 5, 1, None, None, None]], cols)
        got = wellbeing.score_cbi(answers, [scale])[scale]
        assert math.isnan(got.iloc[0]) and got.iloc[1] == pytest.approx(200 / 3)
    assert wellbeing.CBI_MIN_ANSWERED == {"personal": 3, "work": 4, "client": 3}


def test_the_missing_answer_rule_is_a_parameter() -> None:
    answers = frame([[5, None, None, None, 4, None, 1]], WORK)
    # 100, 75, and the reversed 1 → 100: mean 91.67 once one answer is enough
    assert wellbeing.score_cbi(answers, ["work"], min_answered=1)["work"].iloc[0] == \
        pytest.approx(275 / 3)
    assert wellbeing.score_cbi(answers, ["work"], min_answered={"work": 3})["work"].iloc[0] == \
        pytest.approx(275 / 3)
    for bad in (0, 8, 2.5, True):
        with pytest.raises(ValueError, match="min_answered"):
            wellbeing.score_cbi(answers, ["work"], min_answered=bad)


def test_cbi_structure_is_the_published_one() -> None:
    assert [len(v) for v in wellbeing.CBI_SCALES.values()] == [6, 7, 6]
    assert wellbeing.CBI_REVERSED == ("cbi_w7",)
    degree = {c for c, f in wellbeing.CBI_FORMAT.items() if f == "degree"}
    assert degree == {"cbi_w1", "cbi_w2", "cbi_w3", "cbi_c1", "cbi_c2", "cbi_c3", "cbi_c4"}


# ----------------------------------------------------------------------------- the ELS
def test_els_structure_is_the_published_one() -> None:
    sizes = {k: len(v) for k, v in wellbeing.ELS_FACETS.items()}
    assert sizes == {"frequency": 3, "intensity": 2, "variety": 3, "duration": 1,
                     "surface_acting": 3, "deep_acting": 3}
    assert sum(sizes.values()) == 15


def test_els_facets_are_item_means_worked_by_hand() -> None:
    cols = [c for v in wellbeing.ELS_FACETS.values() for c in v]
    row = [4, 3, 5, 2, 3, 4, 4, 3, 3, 2, 4, 3, 5, None, 4]
    answers = frame([row], cols)
    got = wellbeing.score_els(answers).iloc[0]
    assert got["frequency"] == 4.0                      # (4 + 3 + 5)/3
    assert got["intensity"] == 2.5                      # (2 + 3)/2
    assert got["variety"] == pytest.approx(11 / 3)      # (4 + 4 + 3)/3
    assert got["duration"] == 3.0
    assert got["surface_acting"] == 3.0                 # (2 + 4 + 3)/3
    assert got["deep_acting"] == 4.5                    # (5 + 4)/2, one blank


def test_els_default_missing_rule_is_half_the_items() -> None:
    answers = frame([[2, None, None], [2, 4, None]], list(wellbeing.ELS_FACETS["surface_acting"]))
    got = wellbeing.score_els(answers, ["surface_acting"])["surface_acting"]
    assert math.isnan(got.iloc[0]) and got.iloc[1] == 3.0
    one = wellbeing.score_els(answers, ["surface_acting"], min_answered=1)["surface_acting"]
    assert one.tolist() == [2.0, 3.0]


# ----------------------------------------------------------------------------- errors
def test_bad_answers_name_the_column_row_and_value() -> None:
    answers = frame([[5, 4], [6, 3]], ["cbi_p1", "cbi_p2"])
    with pytest.raises(ValueError, match=r"column cbi_p1, row 1: 6 is not an answer"):
        wellbeing.cbi_points(answers)
    with pytest.raises(ValueError, match=r"cbi_w1, row 0: 'often'"):
        wellbeing.cbi_points(frame([["often"]], ["cbi_w1"]))   # a how-much item
    with pytest.raises(ValueError, match=r"els_sa2, row 0: 'lots'"):
        wellbeing.els_codes(frame([[3, "lots"]], ["els_sa1", "els_sa2"]))
    with pytest.raises(ValueError, match=r"els_sa1, row 0: True"):
        wellbeing.els_codes(frame([[True]], ["els_sa1"]))


def test_missing_columns_and_unknown_subscales_are_named() -> None:
    with pytest.raises(ValueError, match="cbi_w7"):
        wellbeing.score_cbi(frame([[1] * 6], WORK[:6]), ["work"])
    with pytest.raises(ValueError, match="'burnout' is not a subscale"):
        wellbeing.score_cbi(frame([[1] * 7], WORK), ["burnout"])
    with pytest.raises(ValueError, match="DataFrame"):
        wellbeing.score_els([[1, 2, 3]])
    with pytest.raises(ValueError, match="'els_x'"):
        wellbeing.item_label("els_x")


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.none(), st.integers(-3, 9), st.floats(allow_nan=True),
                 st.text(max_size=12), st.sampled_from(["often", "经常", "Always ", "4", "4.0",
                                                        "to a low degree", ""])))
def test_the_answer_parser_accepts_the_codes_and_words_only(value: object) -> None:
    answers = frame([[value]], ["cbi_p1"])
    words = {"always": 100, "often": 75, "sometimes": 50, "seldom": 25, "rarely": 25,
             "经常": 75, "总是": 100, "有时": 50, "很少": 25}
    try:
        got = wellbeing.cbi_points(answers)["cbi_p1"].iloc[0]
    except ValueError as exc:
        assert "cbi_p1" in str(exc) and "row 0" in str(exc)
        return
    if value is None or (isinstance(value, float) and math.isnan(value)) or (
            isinstance(value, str) and not value.strip()):
        assert math.isnan(got)
    elif isinstance(value, str) and value.strip().casefold() in words:
        assert got == words[value.strip().casefold()]
    else:
        assert float(value) in (1, 2, 3, 4, 5) and got == (float(value) - 1) * 25


# ----------------------------------------------------------------------------- reliability
def test_reliability_reuses_servqual_alpha_on_the_methods_case() -> None:
    # METHODS.md S4: 6 respondents × 4 items, α = 0.924731…; three ELS facets of 3 items
    rows = [[4, 5, 4, 5], [3, 4, 3, 3], [5, 5, 4, 5], [2, 3, 2, 3], [4, 4, 5, 4], [3, 3, 3, 4]]
    assert servqual.cronbach_alpha(rows) == pytest.approx(0.9247311828)
    three = [r[:3] for r in rows]
    answers = frame(three, list(wellbeing.ELS_FACETS["deep_acting"]))
    table = wellbeing.reliability(answers, ["deep_acting"])
    assert table.loc["deep_acting", "alpha"] == pytest.approx(servqual.cronbach_alpha(three))
    # by hand: item variances 1.1, 0.8, 1.1 (n − 1); totals 13, 10, 14, 7, 13, 9 → var 7.6
    # α = 3/2 · (1 − 3.0/7.6) = 0.907895
    assert table.loc["deep_acting", "alpha"] == pytest.approx(1.5 * (1 - 3.0 / 7.6))
    assert table.loc["deep_acting", "ci_low"] < table.loc["deep_acting", "alpha"] < \
        table.loc["deep_acting", "ci_high"]


def test_reliability_turns_the_reversed_item_round() -> None:
    rng = np.random.default_rng(3)
    level = rng.integers(1, 6, 40)
    rows = [[lv] * 6 + [6 - lv] for lv in level]          # the reversed item mirrors the rest
    answers = frame(rows, WORK)
    assert wellbeing.reliability(answers, ["work"]).loc["work", "alpha"] == pytest.approx(1.0)
    unreversed = wellbeing.subscale_items(answers, "work", reverse=False)
    assert servqual.cronbach_alpha(unreversed) < 0.9


def test_reliability_of_the_survey_has_every_multi_item_subscale() -> None:
    table = wellbeing.reliability(load_dataset("frontline_survey"))
    assert "duration" not in table.index
    assert set(table.index) == {"frequency", "intensity", "variety", "surface_acting",
                                "deep_acting", "personal", "work", "client"}
    assert (table["alpha"] > 0.7).all()


# ----------------------------------------------------------------------------- intervals
def test_fisher_interval_worked_by_hand() -> None:
    # r = 0.5, n = 28: se = 1/5, z = atanh(0.5) = 0.549306, ± 1.959964·0.2 → tanh
    x = np.arange(28, dtype=float)
    rng = np.random.default_rng(1)
    noise = rng.standard_normal(28)
    # make y with r exactly 0.5: y = 0.5·zx + √0.75·(noise orthogonalised to x)
    zx = (x - x.mean()) / x.std()
    e = noise - noise.mean()
    e -= (e @ zx) / (zx @ zx) * zx
    e /= e.std()
    y = 0.5 * zx + math.sqrt(0.75) * e
    row = wellbeing.correlation(x, y)
    assert row["r"] == pytest.approx(0.5) and row["n"] == 28
    assert row["ci_low"] == pytest.approx(0.156028, abs=1e-6)
    assert row["ci_high"] == pytest.approx(0.735818, abs=1e-6)


def test_pearson_and_spearman_by_hand() -> None:
    # x = 1..5, y = 2, 4, 5, 4, 5: r = 6/√60 = 0.774597
    row = wellbeing.correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])
    assert row["r"] == pytest.approx(6 / math.sqrt(60))
    # ranks of y: 1, 2.5, 4.5, 2.5, 4.5 → rho = 0.763763 (Pearson of the ranks)
    rho = wellbeing.correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5], method="spearman")
    assert rho["r"] == pytest.approx(np.corrcoef([1, 2, 3, 4, 5], [1, 2.5, 4.5, 2.5, 4.5])[0, 1])
    # Bonett–Wright: se = √((1 + r²/2)/(n − 3)), wider than Fisher's
    se = math.sqrt((1 + rho["r"] ** 2 / 2) / 2)
    assert rho["ci_high"] == pytest.approx(math.tanh(math.atanh(rho["r"]) + 1.959964 * se),
                                           abs=1e-5)


def test_correlation_uses_complete_pairs_and_refuses_bad_input() -> None:
    row = wellbeing.correlation([1, 2, None, 4, 5, 6], [2, 4, 5, None, 5, 7])
    assert row["n"] == 4
    with pytest.raises(ValueError, match="at least 4"):
        wellbeing.correlation([1, 2, 3], [1, 2, 3])
    with pytest.raises(ValueError, match="no spread"):
        wellbeing.correlation([1, 1, 1, 1], [1, 2, 3, 4])
    with pytest.raises(ValueError, match="row 2: 'x'"):
        wellbeing.correlation([1, 2, "x", 4], [1, 2, 3, 4])
    with pytest.raises(ValueError, match="method"):
        wellbeing.correlation([1, 2, 3, 4], [1, 2, 3, 4], method="kendall")
    assert wellbeing.correlation([1, 2, 3, 4], [2, 4, 6, 8])["ci_low"] == pytest.approx(1.0)


def test_welch_interval_worked_by_hand() -> None:
    # a = 1..5, b = 3..7: variances 2.5 and 2.5, se = √(0.5 + 0.5) = 1, df = 8,
    # t(0.975, 8) = 2.306004 (printed t table) → 2 ± 2.306004
    table = wellbeing.compare_groups([1, 2, 3, 4, 5, 3, 4, 5, 6, 7], list("aaaaabbbbb"))
    assert table.loc["b", "difference"] == 2.0
    assert table.loc["b", "ci_low"] == pytest.approx(2 - 2.306004, abs=1e-6)
    assert table.loc["b", "ci_high"] == pytest.approx(2 + 2.306004, abs=1e-6)
    assert math.isnan(table.loc["a", "difference"])
    # unequal variances: a = 1..5 (var 2.5, n 5), c = 2, 4, 6, 8 (var 6.667, n 4):
    # se² = 0.5 + 1.6667, df = 2.1667²/(0.5²/4 + 1.6667²/3) = 4.7494
    table = wellbeing.compare_groups([1, 2, 3, 4, 5, 2, 4, 6, 8], list("aaaaacccc"),
                                     reference="a")
    se = math.sqrt(0.5 + 20 / 3 / 4)
    df = se ** 4 / (0.5 ** 2 / 4 + (20 / 3 / 4) ** 2 / 3)
    assert df == pytest.approx(4.7494, abs=1e-4)
    half = servqual.t_quantile(0.975, df) * se
    assert table.loc["c", "ci_high"] == pytest.approx(2 + half)
    assert 2.6 < servqual.t_quantile(0.975, df) < 2.62


def test_compare_groups_order_reference_and_errors() -> None:
    table = wellbeing.compare_groups([1, 2, 3, 4, 5, 6], ["x", "x", "y", "y", "z", None],
                                     order=["y", "x"])
    assert list(table.index) == ["y", "x"] and table.loc["x", "difference"] == -2.0
    with pytest.raises(ValueError, match="'w' is not in the data"):
        wellbeing.compare_groups([1, 2, 3], ["x", "y", "y"], reference="w")
    with pytest.raises(ValueError, match="differ in length"):
        wellbeing.compare_groups([1, 2, 3], ["x", "y"])


# ----------------------------------------------------------------------------- plots
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_plots_draw_in_both_languages(lang: str, no_missing_glyphs: Any) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    df = load_dataset("frontline_survey")
    s = df[["shift", "site_type"]].join(wellbeing.score_els(df)).join(wellbeing.score_cbi(df))
    with no_missing_glyphs(lang):
        wellbeing.plot_relation(s["deep_acting"], s["personal"]).figure.canvas.draw()
        wellbeing.plot_groups(s["client"], s["site_type"]).figure.canvas.draw()
    plt.close("all")
    with i18n.language(lang):
        ax = wellbeing.plot_relation(s["surface_acting"], s["work"])
        title = ax.get_title(loc="left")
        assert title.startswith("r = 0.44") and ("置信区间" in title) == (lang == "zh")
        assert ax.get_xlabel() == i18n.t("wellbeing.subscale.surface_acting")
        plt.close(ax.figure)
        ax = wellbeing.plot_groups(s["work"], s["shift"], order=["day", "long", "rotating"])
        labels = [x.get_text() for x in ax.get_xticklabels()]
        assert labels[2].startswith(i18n.t("wellbeing.shift.rotating"))
        assert "n=41" in labels[2]
        plt.close(ax.figure)


def test_item_labels_in_both_languages() -> None:
    assert set(wellbeing.ITEMS) == {c for v in wellbeing.SUBSCALES.values() for c in v}
    with i18n.language("zh"):
        assert wellbeing.item_label("cbi_w7").endswith("（反向计分）")
    assert wellbeing.item_label("els_sa2") == "pretend to feel what I do not feel"
