"""SERVQUAL: known answers of METHODS.md Appendix A (§2.8), missing-answer rule, weighting,
Cronbach's alpha with Feldt's interval, SERVPERF, the importer and its errors."""

from __future__ import annotations

import math
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svcx_helpers import servqual as sq
from svcx_helpers.i18n import language

# METHODS.md Appendix A: servqual_single_respondent_synthetic
E = [6, 6, 7, 5, 7, 7, 7, 7, 6, 6, 7, 6, 6, 7, 7, 6, 7, 5, 6, 5, 6, 6]
P = [5, 6, 6, 5, 5, 6, 5, 6, 6, 5, 5, 6, 4, 6, 7, 6, 6, 4, 6, 4, 5, 5]
S2_GAPS = {"Tangibles": -0.5, "Reliability": -1.2, "Responsiveness": -1.25,
           "Assurance": -0.5, "Empathy": -0.8}
S2_POINTS = {"Tangibles": 10, "Reliability": 30, "Responsiveness": 25, "Assurance": 20,
             "Empathy": 15}
# servqual_two_respondents_weighting
S3_G = pd.DataFrame([[-0.5, -1.2, -1.25, -0.5, -0.8], [0.0, -2.0, -0.5, -1.0, -0.4]],
                    columns=sq.DIMENSIONS)
S3_W = pd.DataFrame([[10, 30, 25, 20, 15], [20, 40, 10, 10, 20]], columns=sq.DIMENSIONS)
# cronbach_alpha cases
S4 = [[4, 5, 4, 5], [3, 4, 3, 3], [5, 5, 4, 5], [2, 3, 2, 3], [4, 4, 5, 4], [3, 3, 3, 4]]
S5 = [[4, 5, 4], [3, 4, 3], [5, 5, 5], [2, 3, 2]]
S6 = [[1, 1, 1], [2, 2, 2], [3, 3, 3], [4, 4, 4]]


def battery(values: list[int], prefix: str = "") -> pd.DataFrame:
    return pd.DataFrame([values], columns=[f"{prefix}{i}" for i in range(1, 23)])


# --------------------------------------------------------------------------------------
# Items
# --------------------------------------------------------------------------------------
def test_dimensions_and_items() -> None:
    assert sq.DIMENSIONS == ("Tangibles", "Reliability", "Responsiveness", "Assurance",
                             "Empathy")
    assert list(sq.ITEMS.index) == list(range(1, 23))
    assert sq.ITEMS["dimension"].value_counts().to_dict() == {
        "Tangibles": 4, "Reliability": 5, "Responsiveness": 4, "Assurance": 4, "Empathy": 5}
    assert sq.ITEMS.index[sq.ITEMS["reversed_1988"]].tolist() == [10, 11, 12, 13, 18, 19,
                                                                  20, 21, 22]
    assert sq.ITEMS.loc[1, "expectation_1991_en"] == \
        "Excellent companies will have modern-looking equipment"
    assert "materials" in sq.ITEMS.loc[4, "expectation_1991_en"].lower()
    assert "in keeping" in sq.ITEMS.loc[4, "expectation_1988_en"]
    assert "knowledge" in sq.ITEMS.loc[17, "perception_1991_en"]
    assert "support" in sq.ITEMS.loc[17, "expectation_1988_en"]
    assert "operating hours" in sq.ITEMS.loc[19, "expectation_1991_en"]  # empathy reordered
    assert "operating hours" in sq.ITEMS.loc[22, "expectation_1988_en"]
    for col in [c for c in sq.ITEMS.columns if c.endswith("_zh")]:
        assert sq.ITEMS[col].map(lambda s: any("\u4e00" <= ch <= "\u9fff" for ch in s)).all()
        assert sq.ITEMS[col].is_unique or col.startswith("perception_1988")
    for col in ("expectation_1991_en", "expectation_1988_en", "perception_1991_en"):
        assert sq.ITEMS[col].is_unique
    with language("zh"):
        assert sq.dimension_name("Empathy") == "移情性"
    assert sq.dimension_name("Responsiveness", "en") == "Responsiveness"


# --------------------------------------------------------------------------------------
# S2: single respondent
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("names", [("E", "P"), ("", ""), ("bare", "bare")])
def test_s2_dimension_gaps_any_column_names(names: tuple[str, str]) -> None:
    if names == ("bare", "bare"):
        e, p = pd.DataFrame([E]), pd.DataFrame([P])  # 22 unnamed columns, by position
    else:
        e, p = battery(E, names[0]), battery(P, names[1])
    gaps = sq.dimension_gaps(e, p)
    assert list(gaps.columns) == list(sq.DIMENSIONS)
    for d, v in S2_GAPS.items():
        assert gaps.loc[0, d] == pytest.approx(v, abs=1e-9)


def test_s2_scores() -> None:
    gaps = sq.dimension_gaps(battery(E, "E"), battery(P, "P"))
    assert sq.unweighted_score(gaps) == pytest.approx(-0.85, abs=1e-9)
    items = sq.item_gaps(battery(E, "E"), battery(P, "P"))
    assert items.iloc[0].tolist() == [p - e for e, p in zip(E, P, strict=True)]
    assert items.iloc[0].mean() == pytest.approx(-0.8636364, abs=1e-7)  # differs from −0.85
    assert sq.weighted_score(gaps, S2_POINTS) == pytest.approx(-0.9425, abs=1e-9)
    fractions = {k: v / 100 for k, v in S2_POINTS.items()}
    assert sq.weighted_score(gaps, fractions) == pytest.approx(-0.9425, abs=1e-9)
    assert sq.servperf(battery(P, "P")) == pytest.approx(5.4090909, abs=1e-7)
    assert sq.servperf(battery(P, "P"), over="dimensions") == pytest.approx(5.43, abs=1e-9)
    assert sq.dimension_scores(battery(P, "P")).iloc[0].tolist() == pytest.approx(
        [5.5, 5.6, 5.0, 6.25, 4.8])


def test_one_frame_with_both_batteries_and_a_series_of_gaps() -> None:
    both = pd.concat([battery(E, "E"), battery(P, "P")], axis=1).assign(branch="x")
    gaps = sq.dimension_gaps(both)
    assert gaps.iloc[0].to_dict() == pytest.approx(S2_GAPS)
    assert sq.unweighted_score(pd.Series(S2_GAPS)) == pytest.approx(-0.85)
    assert sq.weighted_score(S2_GAPS, S2_POINTS) == pytest.approx(-0.9425)


def test_weighted_forms() -> None:
    gaps = pd.Series(S2_GAPS)
    assert sq.weighted_score(gaps, S2_POINTS, form="mean") == pytest.approx(-0.9425 / 5)
    assert sq.weighted_score(gaps, S2_POINTS, form="points") == pytest.approx(-94.25)
    with pytest.raises(ValueError, match="form"):
        sq.weighted_score(gaps, S2_POINTS, form="double")


# --------------------------------------------------------------------------------------
# S3: two respondents — weighting order matters
# --------------------------------------------------------------------------------------
def test_s3_per_respondent_weighting() -> None:
    per = sq.weighted_scores(S3_G, S3_W)
    assert per.tolist() == pytest.approx([-0.9425, -1.03], abs=1e-9)
    assert sq.weighted_score(S3_G, S3_W) == pytest.approx(-0.98625, abs=1e-9)
    assert sq.weighted_score(S3_G, S3_W, method="product_of_means") == pytest.approx(
        -0.968125, abs=1e-9)
    assert sq.unweighted_score(S3_G) == pytest.approx(-0.815, abs=1e-9)
    assert sq.weighted_score(S3_G, S3_W / 100) == pytest.approx(-0.98625, abs=1e-9)


def test_missumed_allocation_names_row_and_sum() -> None:
    bad = S3_W.copy().set_axis(["anna", "ben"])
    bad.loc["ben", "Empathy"] = 25  # sums to 105
    with pytest.raises(ValueError, match=r"'ben' sums to 105.*100"):
        sq.weighted_score(S3_G.set_axis(["anna", "ben"]), bad)
    with language("zh"), pytest.raises(ValueError, match="合计为 105"):
        sq.weighted_score(S3_G.set_axis(["anna", "ben"]), bad)
    rescaled = sq.weighted_scores(S3_G.set_axis(["anna", "ben"]), bad, rescale=True)
    assert rescaled["ben"] == pytest.approx((20 * 0 + 40 * -2 + 10 * -0.5 + 10 * -1
                                             + 25 * -0.4) / 105)
    negative = S3_W.copy()
    negative.loc[0, "Tangibles"] = -10
    with pytest.raises(ValueError, match="at least 0"):
        sq.weighted_score(S3_G, negative)
    with pytest.raises(ValueError, match="Empathy"):
        sq.weighted_score(S3_G, S3_W.drop(columns="Empathy"))


@given(st.lists(st.lists(st.integers(0, 20), min_size=5, max_size=5).filter(
    lambda r: sum(r) > 0), min_size=1, max_size=8),
       st.lists(st.floats(-6, 6, allow_nan=False), min_size=5, max_size=5))
def test_weights_property(units: list[list[int]], gap: list[float]) -> None:
    """Rows of points summing to 100 give Σ w·G per row; other sums are rejected."""
    points = pd.DataFrame(units, columns=sq.DIMENSIONS).astype(float)
    points = points.div(points.sum(axis=1), axis=0) * 100
    gaps = pd.DataFrame([gap] * len(points), columns=sq.DIMENSIONS)
    got = sq.weighted_scores(gaps, points)
    want = (points / 100 * gaps).sum(axis=1)
    assert np.allclose(got, want)
    off = points.copy()
    off.iloc[-1] = off.iloc[-1] * 1.1
    with pytest.raises(ValueError, match=rf"row {len(points) - 1}"):
        sq.weighted_scores(gaps, off)


# --------------------------------------------------------------------------------------
# Missing answers, versions, bad values
# --------------------------------------------------------------------------------------
def test_missing_answers_use_the_mean_of_the_answered_items() -> None:
    e, p = battery(E, "E"), battery(P, "P")
    p.loc[0, "P13"] = np.nan  # responsiveness gaps were -1, -2, 0, -2 → now -1, -2, 0
    gaps = sq.dimension_gaps(e, p)
    assert gaps.loc[0, "Responsiveness"] == pytest.approx(-1.0)
    assert gaps.attrs["missing_items"] == 1
    p.loc[0, ["P10", "P11", "P12"]] = np.nan  # the whole dimension: NaN, never 0
    gaps = sq.dimension_gaps(e, p)
    assert math.isnan(gaps.loc[0, "Responsiveness"])
    two = pd.concat([gaps, pd.DataFrame([S2_GAPS])], ignore_index=True)
    with pytest.warns(UserWarning, match="1 respondent"):
        assert sq.unweighted_score(two) == pytest.approx(-0.85)


def test_version_1988_reverse_scores_nine_items() -> None:
    reversed_e = [8 - v if i + 1 in sq.REVERSED_1988 else v for i, v in enumerate(E)]
    reversed_p = [8 - v if i + 1 in sq.REVERSED_1988 else v for i, v in enumerate(P)]
    gaps = sq.dimension_gaps(battery(reversed_e, "E"), battery(reversed_p, "P"), version=1988)
    assert gaps.iloc[0].to_dict() == pytest.approx(S2_GAPS)
    naive = sq.dimension_gaps(battery(reversed_e, "E"), battery(reversed_p, "P"))
    assert naive.loc[0, "Responsiveness"] == pytest.approx(1.25)  # sign flipped if forgotten
    with pytest.raises(ValueError, match="version"):
        sq.dimension_gaps(battery(E, "E"), battery(P, "P"), version=2000)


@pytest.mark.parametrize("bad", [8, 0, 2.5, "seven", True])
def test_bad_value_names_row_column_value(bad: object) -> None:
    p = battery(P, "P").astype(object).set_axis(["R007"])
    p.loc["R007", "P11"] = bad
    with pytest.raises(ValueError) as err:
        sq.dimension_gaps(battery(E, "E").set_axis(["R007"]), p)
    msg = str(err.value)
    assert "'R007'" in msg and "'P11'" in msg and repr(bad) in msg and "1–7" in msg


def test_missing_item_columns_and_row_mismatch() -> None:
    with pytest.raises(ValueError, match="P22"):
        sq.dimension_gaps(battery(E, "E"), battery(P, "P").drop(columns="P22"))
    with pytest.raises(ValueError, match="same respondents"):
        sq.dimension_gaps(battery(E, "E"), pd.concat([battery(P, "P")] * 2))


# --------------------------------------------------------------------------------------
# Cronbach's alpha
# --------------------------------------------------------------------------------------
def test_alpha_known_answers() -> None:
    assert sq.cronbach_alpha(S4) == pytest.approx(0.9247312, abs=1e-7)
    assert sq.cronbach_alpha(S4, standardized=True) == pytest.approx(0.9263945, abs=1e-7)
    assert sq.cronbach_alpha(S5) == pytest.approx(0.9795918, abs=1e-7)
    assert sq.cronbach_alpha(S6) == pytest.approx(1.0, abs=1e-12)
    assert sq.cronbach_alpha(pd.DataFrame(S4, columns=list("abcd"))) == pytest.approx(
        0.9247312, abs=1e-7)


def test_alpha_degenerate_cases_are_nan() -> None:
    assert math.isnan(sq.cronbach_alpha([[1], [2], [3]]))             # k < 2
    assert math.isnan(sq.cronbach_alpha([[3, 3], [3, 3], [3, 3]]))     # zero variance
    assert math.isnan(sq.cronbach_alpha([[1, 2]]))                      # one respondent
    assert math.isnan(sq.cronbach_alpha([[1, 5], [2, 5], [3, 5]], standardized=True))


def test_feldt_interval() -> None:
    low, high = sq.cronbach_alpha_ci(S4, 0.95)
    alpha = sq.cronbach_alpha(S4)
    assert low < alpha < high <= 1
    # by hand: F quantiles with d1 = 5, d2 = 15 (tables: F.975 = 3.5764, F.025 = 0.15558)
    assert low == pytest.approx(1 - (1 - alpha) * 3.5764, abs=2e-4)
    assert high == pytest.approx(1 - (1 - alpha) * 0.15558, abs=2e-5)
    narrow = sq.cronbach_alpha_ci(S4, 0.80)
    assert low < narrow[0] < narrow[1] < high
    assert all(math.isnan(v) for v in sq.cronbach_alpha_ci(S6[:1]))


@pytest.mark.parametrize(("p", "d1", "d2", "table"), [
    (0.975, 5, 15, 3.5764), (0.95, 1, 10, 4.9646), (0.99, 10, 20, 3.3682),
    (0.95, 3, 40, 2.8387)])
def test_f_quantiles_match_tables(p: float, d1: int, d2: int, table: float) -> None:
    assert sq._f_ppf(p, d1, d2) == pytest.approx(table, abs=1e-4)
    assert sq._f_ppf(1 - p, d2, d1) * sq._f_ppf(p, d1, d2) == pytest.approx(1, rel=1e-8)


@pytest.mark.parametrize(("p", "df", "table"), [(0.975, 10, 2.2281), (0.95, 1, 6.3138),
                                                (0.975, 299, 1.9680), (0.5, 7, 0.0)])
def test_t_quantiles_match_tables(p: float, df: int, table: float) -> None:
    assert sq._t_ppf(p, df) == pytest.approx(table, abs=1e-4)


def test_reliability_table_on_course_data() -> None:
    from svcx_helpers import load_dataset

    bank = load_dataset("servqual_bank_branches")
    rel = sq.reliability(bank, "P")
    assert list(rel.index) == list(sq.DIMENSIONS)
    assert (rel["alpha"] > 0.7).all() and (rel["ci_low"] < rel["alpha"]).all()
    assert rel.loc["Tangibles", "k"] == 4 and rel.loc["Empathy", "k"] == 5
    resp = [f"P{i}" for i in sq.DIMENSION_ITEMS["Responsiveness"]]
    assert rel.loc["Responsiveness", "alpha"] == pytest.approx(
        sq.cronbach_alpha(bank[resp].astype(float)))


# --------------------------------------------------------------------------------------
# Summaries
# --------------------------------------------------------------------------------------
def test_dimension_summary_interval() -> None:
    gaps = S3_G
    s = sq.dimension_summary(gaps)
    reli = s.loc["Reliability"]
    assert reli["mean"] == pytest.approx(-1.6) and reli["n"] == 2
    assert reli["sd"] == pytest.approx(math.sqrt(0.32))
    half = 12.7062 * math.sqrt(0.32) / math.sqrt(2)  # t.975 with 1 df
    assert reli["ci_high"] - reli["mean"] == pytest.approx(half, abs=1e-3)


def test_zone_of_tolerance() -> None:
    desired = battery([7] * 22)
    adequate = battery([5] * 22)
    perceived = battery([6] * 4 + [4] * 5 + [7] * 4 + [6] * 4 + [5] * 5, "P")
    z = sq.zone_of_tolerance(desired, adequate, perceived)
    assert z.loc["Tangibles", "mss"] == -1 and z.loc["Tangibles", "msa"] == 1
    assert z["position"].to_dict() == {"Tangibles": "within", "Reliability": "below",
                                       "Responsiveness": "within", "Assurance": "within",
                                       "Empathy": "within"}
    high = sq.zone_of_tolerance(adequate, battery([3] * 22), perceived)
    assert high.loc["Responsiveness", "position"] == "above"


# --------------------------------------------------------------------------------------
# Import of wide exports
# --------------------------------------------------------------------------------------
def wide_frame(rows: list[tuple[list[int], list[int]]], e_head: str = "E{}",
               p_head: str = "P{}") -> pd.DataFrame:
    data: dict[str, list[str]] = {"id": [f"r{i}" for i in range(len(rows))]}
    for i in range(22):
        data[e_head.format(i + 1)] = [str(r[0][i]) for r in rows]
    for i in range(22):
        data[p_head.format(i + 1)] = [str(r[1][i]) for r in rows]
    return pd.DataFrame(data)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_read_survey_encodings_chinese_headers(tmp_path: Path, encoding: str) -> None:
    wide = wide_frame([(E, P)], "期望{}", "感知{}")
    wide["重要性-有形性"], wide["重要性-可靠性"], wide["重要性-响应性"] = "10", "30", "25"
    wide["重要性-保证性"], wide["重要性-移情性"], wide["网点"] = "20", "15", "滨江支行"
    path = tmp_path / "s.csv"
    wide.to_csv(path, index=False, encoding=encoding)
    survey = sq.read_survey(path)
    assert survey.expectations.iloc[0].tolist() == E
    assert list(survey.extra.columns) == ["网点"]
    assert survey.gaps().iloc[0].to_dict() == pytest.approx(S2_GAPS)
    assert sq.weighted_score(survey.gaps(), survey.importance) == pytest.approx(-0.9425)
    assert survey.expectations.index.tolist() == ["r0"]


def test_read_survey_excel_and_label_texts(tmp_path: Path) -> None:
    wide = wide_frame([(E, P)], "Expectation {}", "P{}. statement")
    wide["P15. statement"] = "7 非常同意"
    wide["Expectation 5"] = "7 = strongly agree"
    path = tmp_path / "s.xlsx"
    wide.to_excel(path, index=False)
    survey = sq.read_survey(path)
    assert survey.perceptions.loc["r0", "P15"] == 7
    assert survey.gaps().iloc[0].to_dict() == pytest.approx(S2_GAPS)


def test_import_errors_name_file_row_column_value(tmp_path: Path) -> None:
    wide = wide_frame([(E, P), (E, P)])
    wide.loc[1, "P11"] = "8"
    path = tmp_path / "bad.csv"
    wide.to_csv(path, index=False)
    with pytest.raises(ValueError) as err:
        sq.read_survey(path)
    msg = str(err.value)
    assert str(path) in msg and "row 3" in msg and "'P11'" in msg and "'8'" in msg
    twin = tmp_path / "twin.csv"
    wide_frame([(E, P)]).drop(columns="P7").to_csv(twin, index=False)
    with pytest.raises(ValueError, match=r"'E7'.*P7"):
        sq.read_survey(twin)
    none = tmp_path / "none.csv"
    pd.DataFrame({"a": ["1"], "b": ["2"]}).to_csv(none, index=False)
    with pytest.raises(ValueError, match="no SERVQUAL item columns"):
        sq.read_survey(none)
    short = tmp_path / "short.csv"
    wide_frame([(E, P)]).drop(columns=["E22", "P22"]).to_csv(short, index=False)
    with pytest.raises(ValueError, match="E22/P22"):
        sq.read_survey(short)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ValueError, match="empty"):
        sq.read_survey(empty)
    with pytest.raises(ValueError, match="no such file"):
        sq.read_survey(tmp_path / "nope.csv")
    imp = wide_frame([(E, P)])
    imp["importance_tangibles"] = "ten"
    for d in sq.DIMENSIONS[1:]:
        imp[f"importance_{d.lower()}"] = "20"
    imp.to_csv(tmp_path / "imp.csv", index=False)
    with pytest.raises(ValueError, match=r"row 2.*importance_tangibles.*'ten'"):
        sq.read_survey(tmp_path / "imp.csv")
    dup = wide_frame([(E, P), (E, P)])
    dup["id"] = ["x", "x"]
    dup.to_csv(tmp_path / "dup.csv", index=False)
    with pytest.raises(ValueError, match=r"row 3.*'x' appears twice"):
        sq.read_survey(tmp_path / "dup.csv")


def test_blank_answers_are_missing_not_zero() -> None:
    wide = wide_frame([(E, P)])
    wide.loc[0, "P13"] = ""
    survey = sq.wide_to_frames(wide)
    assert math.isnan(survey.perceptions.loc["r0", "P13"])
    assert survey.gaps().loc["r0", "Responsiveness"] == pytest.approx(-1.0)


answers = st.lists(st.integers(1, 7), min_size=22, max_size=22)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(answers, answers), min_size=1, max_size=6),
       st.sampled_from([("E{}", "P{}"), ("期望{}", "感知{}"), ("E_{}", "P_{}"),
                        ("Expectation {}", "Perception {}"), ("期望E{}", "感知P{}")]),
       st.booleans())
def test_wide_import_round_trip(rows: list[tuple[list[int], list[int]]],
                                heads: tuple[str, str], labelled: bool) -> None:
    """Any answers written with any supported headers come back exactly."""
    wide = wide_frame(rows, *heads)
    if labelled:
        wide = wide.replace({"1": "1 非常不同意", "7": "7 非常同意"})
    survey = sq.wide_to_frames(wide)
    assert survey.expectations.to_numpy().tolist() == [r[0] for r in rows]
    assert survey.perceptions.to_numpy().tolist() == [r[1] for r in rows]
    want = sq.dimension_gaps(pd.DataFrame([r[0] for r in rows]),
                             pd.DataFrame([r[1] for r in rows]))
    assert np.allclose(survey.gaps().to_numpy(), want.to_numpy())


@given(st.text(max_size=10))
def test_parse_score_never_guesses(value: str) -> None:
    try:
        code = sq.parse_score(value)
    except ValueError as exc:
        assert "1–7" in str(exc)
    else:
        assert code is None or 1 <= code <= 7


@given(st.integers(-5, 12), st.sampled_from(["{}", " {} ", "{}分", "{}.0"]))
def test_parse_score_numbers(n: int, fmt: str) -> None:
    text = fmt.format(n)
    if 1 <= n <= 7:
        assert sq.parse_score(text) == n
    else:
        with pytest.raises(ValueError):
            sq.parse_score(text)


def test_parse_score_labels() -> None:
    assert sq.parse_score("非常同意") == 7 and sq.parse_score("Strongly disagree") == 1
    assert sq.parse_score("1 = strongly disagree") == 1
    with pytest.raises(ValueError):
        sq.parse_score("7 非常不同意")  # number and label contradict each other
    assert sq.parse_score("") is None and sq.parse_score(float("nan")) is None


def test_lazy_plot_attributes() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert callable(sq.plot_gaps) and callable(sq.plot_ipa)
    with pytest.raises(AttributeError):
        _ = sq.plot_nothing
