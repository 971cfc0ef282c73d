"""KANO analysis: known answers from METHODS.md (§1.3, §1.4–1.8, Appendix A) and properties."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from svcx_helpers import kano

# METHODS.md Appendix A: kano_table_canonical
CANONICAL = {1: "QAAAO", 2: "RIIIM", 3: "RIIIM", 4: "RIIIM", 5: "RRRRQ"}
# METHODS.md K3 / kano_single_feature_synthetic
K3_PAIRS = [(1, 5), (1, 5), (1, 4), (1, 3), (2, 5), (2, 5), (1, 5), (3, 3), (1, 4), (2, 4)]
K3_CATEGORIES = ["O", "O", "A", "A", "M", "M", "O", "I", "A", "I"]


def k3_frame(attribute: str = "feature") -> pd.DataFrame:
    df = pd.DataFrame(K3_PAIRS, columns=["functional", "dysfunctional"])
    return df.assign(attribute=attribute)


def counts_frame(**rows: dict[str, int]) -> pd.DataFrame:
    return pd.DataFrame.from_dict(rows, orient="index").reindex(
        columns=list("AOMIRQ"), fill_value=0).fillna(0).astype(int)


@pytest.mark.parametrize("f", range(1, 6))
@pytest.mark.parametrize("d", range(1, 6))
def test_canonical_table_every_cell(f: int, d: int) -> None:
    assert kano.classify(f, d) == CANONICAL[f][d - 1]


def test_k3_classify_count_evaluate_continuous() -> None:
    df = k3_frame()
    assert kano.classify(df["functional"], df["dysfunctional"]).tolist() == K3_CATEGORIES
    counts = kano.count(df)
    assert counts.loc["feature"].to_dict() == {"A": 3, "O": 3, "M": 2, "I": 2, "R": 0, "Q": 0}
    assert all(counts[c].dtype == np.int64 for c in "AOMIRQ")
    ev = kano.evaluate(counts)
    assert ev.loc["feature", "category"] == "O"        # exact A/O tie → O by M>O>A>I>R>Q
    assert ev.loc["feature", "better"] == pytest.approx(0.6, abs=1e-9)
    assert ev.loc["feature", "worse"] == pytest.approx(-0.5, abs=1e-9)
    assert ev.loc["feature", "n"] == 10
    assert ev.loc["feature", "total_strength"] == pytest.approx(0.8)
    assert ev.loc["feature", "category_strength"] == pytest.approx(0.0)
    cont = kano.continuous(df)
    assert cont.loc["feature", "functional_mean"] == pytest.approx(3.0)
    assert cont.loc["feature", "functional_sd"] == pytest.approx(1.4142136, abs=1e-6)
    assert cont.loc["feature", "dysfunctional_mean"] == pytest.approx(2.6)
    assert cont.loc["feature", "dysfunctional_sd"] == pytest.approx(1.6465452, abs=1e-6)
    assert cont.loc["feature", "quadrant"] == "O"


def test_classify_types() -> None:
    assert kano.classify(2, 5) == "M"
    assert kano.classify([1, 2], [5, 5]) == ["O", "M"]
    arr = kano.classify(np.array([1, 3]), np.array([3, 3]))
    assert isinstance(arr, np.ndarray) and arr.tolist() == ["A", "I"]
    s = kano.classify(pd.Series([5, 1], index=["x", "y"]), pd.Series([1, 1], index=["x", "y"]))
    assert isinstance(s, pd.Series) and s.to_dict() == {"x": "R", "y": "Q"}
    assert kano.classify(np.array([1.0, 2.0]), np.array([5.0, 5.0])).tolist() == ["O", "M"]


@pytest.mark.parametrize("bad", [7, 0, 2.5, float("nan"), "x", True])
def test_classify_rejects_bad_codes_with_position_and_value(bad: object) -> None:
    with pytest.raises(ValueError) as err:
        kano.classify([1, 2, bad], [5, 5, 5])
    msg = str(err.value)
    assert "functional" in msg and "position 2" in msg


def test_classify_length_mismatch() -> None:
    with pytest.raises(ValueError, match="differ in length"):
        kano.classify([1, 2], [5])


def test_custom_and_short_tables() -> None:
    variant = {**CANONICAL, 2: "RQIIM", 4: "RIIQM"}  # METHODS §1.3 deviation 2
    assert kano.classify(2, 2, table=variant) == "Q"
    assert kano.classify(2, 2) == "I"
    assert kano.classify([1, 2, 3], [3, 3, 1], table=kano.SHORT_TABLE) == ["O", "M", "I"]
    with pytest.raises(ValueError):
        kano.classify(4, 1, table=kano.SHORT_TABLE)
    with pytest.raises(ValueError, match="evaluation table"):
        kano.classify(1, 1, table={1: "QAZ", 2: "RII", 3: "RII"})


@given(st.lists(st.tuples(st.integers(1, 5), st.integers(1, 5)), min_size=1, max_size=60))
def test_vectorised_equals_scalar(pairs: list[tuple[int, int]]) -> None:
    f, d = zip(*pairs, strict=True)
    assert kano.classify(list(f), list(d)) == [kano.classify(a, b) for a, b in pairs]


def test_count_all_columns_and_order_of_first_appearance() -> None:
    df = pd.concat([k3_frame("zeta"), k3_frame("alpha").assign(functional=5, dysfunctional=1)])
    c = kano.count(df)
    assert list(c.index) == ["zeta", "alpha"]
    assert list(c.columns) == list("AOMIRQ")
    assert c.loc["alpha"].to_dict() == {"A": 0, "O": 0, "M": 0, "I": 0, "R": 10, "Q": 0}


def test_count_by_segment() -> None:
    df = pd.concat([k3_frame().assign(dept="Sales"),
                    k3_frame().assign(dept="R&D", functional=3, dysfunctional=3)])
    c = kano.count(df, by="dept")
    assert c.loc[("Sales", "feature"), "O"] == 3
    assert c.loc[("R&D", "feature"), "I"] == 10


def test_count_missing_column_is_named() -> None:
    with pytest.raises(ValueError, match="dysfunctional"):
        kano.count(pd.DataFrame({"attribute": ["a"], "functional": [1]}))


def test_evaluate_rules() -> None:
    # 30 answers: M 10, O 9 (strength 1/30 ≈ 3.3 %), I 11
    c = counts_frame(x={"M": 10, "O": 9, "I": 11}, y={"A": 12, "I": 11, "M": 7})
    mode = kano.evaluate(c)
    assert mode.loc["x", "category"] == "I" and mode.loc["y", "category"] == "A"
    moai = kano.evaluate(c, rule="moai", near_tie=0.06)
    assert moai.loc["x", "category"] == "M"   # top two I(11), M(10): near tie → M first
    assert moai.loc["y", "category"] == "A"   # top two A(12), I(11): A precedes I
    mixed = kano.evaluate(c, near_tie=0.05)
    assert mixed.loc["x", "category"] == "M/I" and mixed.loc["y", "category"] == "A/I"
    aom = kano.evaluate(c, rule="aom")
    assert aom.loc["x", "category"] == "M" and aom.loc["y", "category"] == "A"
    with pytest.raises(ValueError, match="rule"):
        kano.evaluate(c, rule="majority")


def test_exact_tie_precedence_all_pairs() -> None:
    order = "MOAIRQ"
    for i, a in enumerate(order):
        for b in order[i + 1:]:
            c = counts_frame(x={a: 5, b: 5})
            assert kano.evaluate(c).loc["x", "category"] == a


def test_worse_sign_and_zero_denominator() -> None:
    c = counts_frame(x={"O": 2, "M": 2}, y={"R": 3, "Q": 1})
    ev = kano.evaluate(c, worse_sign="positive")
    assert ev.loc["x", "worse"] == 1.0
    assert math.isnan(ev.loc["y", "better"]) and math.isnan(ev.loc["y", "worse"])


def test_fong_formula() -> None:
    # a=30, b=10, n=50: critical = 1.65*sqrt(40*60/100) = 8.083 < 20 → significant
    assert kano.fong_test(30, 10, 50)
    assert not kano.fong_test(3, 3, 10)
    # a=20, b=14, n=40: critical = 1.65*sqrt(34*46/80) = 7.30 > 6 → not significant
    assert not kano.fong_test(20, 14, 40)
    assert kano.fong_test(20, 14, 40, z=0.5)
    c = counts_frame(x={"M": 30, "O": 10, "I": 10}, y={"A": 3, "O": 3, "M": 2, "I": 2})
    ev = kano.evaluate(c)
    assert bool(ev.loc["x", "fong_significant"]) and not bool(ev.loc["y", "fong_significant"])


def test_fong_n_excluding_q_changes_the_verdict() -> None:
    # a=12, b=6: n=20 → crit 1.65*sqrt(18*22/40)=5.19 <6 significant; n=100 → crit 6.68 not
    c = counts_frame(x={"M": 12, "O": 6, "I": 2, "Q": 80})
    assert not bool(kano.evaluate(c).loc["x", "fong_significant"])
    assert bool(kano.evaluate(c, fong_n="exclude_q").loc["x", "fong_significant"])


def test_better_worse_quadrant() -> None:
    assert kano.better_worse_quadrant(0.6, -0.5) == "O"
    assert kano.better_worse_quadrant(0.6, -0.2) == "A"
    assert kano.better_worse_quadrant(0.2, -0.7) == "M"
    assert kano.better_worse_quadrant(0.1, -0.1) == "I"


def test_rank_lexicographic_m_o_a_i() -> None:
    c = counts_frame(fast={"O": 50, "M": 30, "A": 10},
                     secure={"M": 60, "O": 20, "I": 10},
                     secure2={"M": 60, "O": 10, "I": 20},
                     chatbot={"A": 40, "I": 38},
                     portal={"I": 70, "A": 5})
    r = kano.rank(c)
    assert list(r.index) == ["secure", "secure2", "fast", "chatbot", "portal"]
    assert r.loc["secure", "signature"] == "M>O>I>A"
    assert r["priority"].tolist() == [1, 2, 3, 4, 5]


def test_continuous_scales_and_importance() -> None:
    df = k3_frame().assign(importance=[9, 8, 7, 6, 5, 4, 3, 2, 1, 5])
    quarter = kano.continuous(df, scale="dumouchel_quarter")
    assert quarter.loc["feature", "functional_mean"] == pytest.approx(0.75)
    linear = kano.continuous(df, scale="linear")
    assert linear.loc["feature", "functional_mean"] == pytest.approx(3.5)  # 4,4,4,4,3,3,4,2,4,3
    assert kano.continuous(df).loc["feature", "importance_mean"] == pytest.approx(5.0)


def test_category_letter_names() -> None:
    assert kano.category_letter("must-be") == "M"
    assert kano.category_letter("魅力型") == "A"
    assert kano.category_letter(" o ") == "O"
    assert kano.category_letter("Delighter") == "A"
    assert kano.category_letter("nonsense") == "nonsense"


def test_evaluation_table_and_explain() -> None:
    table = kano.evaluation_table()
    assert table.shape == (5, 5)
    assert "".join(table.iloc[0]) == "QAAAO"
    assert kano.explain(2, 5)["category"] == "M"


def test_rank_puts_reverse_led_attributes_last() -> None:
    c = counts_frame(callback={"R": 50, "I": 40, "A": 5},
                     portal={"I": 70, "A": 5},
                     secure={"M": 60, "O": 20})
    assert list(kano.rank(c).index) == ["secure", "portal", "callback"]


def test_count_error_names_the_row_label() -> None:
    df = k3_frame().set_axis([f"r{i}" for i in range(10)])
    df.loc["r7", "dysfunctional"] = 9
    with pytest.raises(ValueError, match=r"dysfunctional answer in row 'r7' is 9"):
        kano.count(df)
