"""The weighted decision matrix and SCAMPER helpers (svcx_helpers/decision.py): the
known-answer vector of METHODS.md 8.6, the sensitivity thresholds worked by hand and
checked against a brute-force sweep, bad input named in both languages, the plots and
the SCAMPER walk-through widget in both languages."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svcx_helpers import blueprint, decision, i18n

# METHODS.md 8.6: weights (0.5, 0.3, 0.2); A (4, 3, 2) → 3.3, B (3, 5, 3) → 3.6,
# C (5, 2, 4) → 3.9: C wins.
M = pd.DataFrame([[4, 3, 2], [3, 5, 3], [5, 2, 4]], index=list("ABC"),
                 columns=["customer", "cost", "staff"])
W = [0.5, 0.3, 0.2]


@pytest.fixture(autouse=True)
def english() -> None:
    i18n.set_language("en")


def test_methods_known_answer() -> None:
    table = decision.weighted_scores(M, W)
    assert table["score"].to_dict() == pytest.approx({"C": 3.9, "B": 3.6, "A": 3.3})
    assert list(table.index) == ["C", "B", "A"] and table["rank"].tolist() == [1, 2, 3]
    assert decision.winner(M, W) == "C"
    # contributions w·s: C = 0.5·5 + 0.3·2 + 0.2·4
    assert table.loc["C", ["customer", "cost", "staff"]].tolist() == pytest.approx([2.5, 0.6,
                                                                                  0.8])


def test_weights_are_normalised_points_or_shares_alike() -> None:
    for weights in ([5, 3, 2], {"staff": 20, "customer": 50, "cost": 30},
                    pd.Series([0.5, 0.3, 0.2], index=["customer", "cost", "staff"])):
        assert decision.weighted_scores(M, weights)["score"]["C"] == pytest.approx(3.9)
    assert decision.normalise_weights([0, 0, 1]).tolist() == [0, 0, 1]


def test_sensitivity_worked_by_hand() -> None:
    """Customer (w = 0.5): the other weights become 0.6 and 0.4, so the lines are
    C = 5t + 2.8(1 − t), B = 3t + 4.2(1 − t), A = 4t + 2.6(1 − t); C and B cross at
    t = 1.4/3.4 = 7/17, C and A at t = −0.25 (outside). Cost (w = 0.3): the others become
    5/7 and 2/7, C = 2t + 33/7 (1 − t), B = 5t + 3(1 − t): t = 12/33 = 4/11; A crosses C
    only at 9/16, after B. Staff (w = 0.2): C stays on top from 0 to 1."""
    s = decision.sensitivity(M, W)
    assert s.attrs["winner"] == "C"
    assert s.loc["customer", "lower"] == pytest.approx(7 / 17)
    assert s.loc["customer", "winner_below"] == "B" and math.isnan(s.loc["customer", "upper"])
    assert s.loc["cost", "upper"] == pytest.approx(4 / 11)
    assert s.loc["cost", "winner_above"] == "B" and math.isnan(s.loc["cost", "lower"])
    assert s.loc["staff", ["lower", "upper"]].isna().all()
    assert s.loc["staff", ["winner_below", "winner_above"]].isna().all()
    assert s.loc["cost", "margin"] == pytest.approx(4 / 11 - 0.3)
    assert s["weight"].tolist() == pytest.approx(W)


def test_reweight_keeps_the_ratios_of_the_others() -> None:
    w = decision.reweight(dict(zip(M.columns, W, strict=True)), "cost", 0.6)
    assert w.sum() == pytest.approx(1)
    assert w["customer"] / w["staff"] == pytest.approx(0.5 / 0.2)
    sweep = decision.weight_sweep(M, W, "cost", points=11)
    assert sweep.loc[0.3].tolist() == pytest.approx([3.3, 3.6, 3.9])
    assert sweep.index[0] == 0 and sweep.index[-1] == 1
    # at w = 0 the score is the score on the other criteria alone (R_i)
    assert sweep.loc[0.0, "C"] == pytest.approx(33 / 7)


def brute_force(matrix: pd.DataFrame, weights: list[float], criterion: str
                ) -> tuple[float, float]:
    """Walking out from the current weight of ``criterion`` on a grid of 0.0001 (the other
    weights rescaled to keep their ratios, written out here without the library), the
    first weight above and the last below at which today's winner no longer wins."""
    names = list(matrix.columns)
    k = names.index(criterion)
    w = np.array(weights, dtype=float)
    s = matrix.to_numpy(dtype=float)
    best = int(np.argmax(s @ w))
    grid = np.linspace(0, 1, 10001)
    others = np.outer(1 - grid, np.delete(w, k) / (1 - w[k]))          # points × (n − 1)
    full = np.insert(others, k, grid, axis=1)                            # points × n
    scores = full @ s.T                                                  # points × options
    lost = scores.max(axis=1) > scores[:, best] + 1e-12
    above = grid[(grid > w[k]) & lost]
    below = grid[(grid < w[k]) & lost]
    return (below.max() if len(below) else math.nan, above.min() if len(above) else math.nan)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(st.integers(1, 5), min_size=3, max_size=3), min_size=2, max_size=5),
       st.lists(st.integers(1, 10), min_size=3, max_size=3))
def test_sensitivity_agrees_with_a_brute_force_sweep(rows: list[list[int]],
                                                     points: list[int]) -> None:
    matrix = pd.DataFrame(rows, index=[f"o{i}" for i in range(len(rows))],
                          columns=["a", "b", "c"])
    weights = [p / sum(points) for p in points]
    scores = np.sort(matrix.to_numpy() @ np.array(weights))[::-1]
    if scores[0] - scores[1] < 1e-6:
        with pytest.raises(ValueError, match="tie"):
            decision.sensitivity(matrix, weights)
        return
    table = decision.sensitivity(matrix, weights)
    for criterion in matrix.columns:
        low, high = brute_force(matrix, weights, criterion)
        if math.isnan(table.loc[criterion, "upper"]):
            assert math.isnan(high), (criterion, high)
        else:
            assert table.loc[criterion, "upper"] <= high <= table.loc[criterion, "upper"] + 2e-4
        if math.isnan(table.loc[criterion, "lower"]):
            assert math.isnan(low), (criterion, low)
        else:
            assert table.loc[criterion, "lower"] - 2e-4 <= low <= table.loc[criterion, "lower"]


def test_team_matrix_and_disagreement() -> None:
    ratings = pd.DataFrame({
        "option": ["B", "B", "B", "B", "A", "A", "A", "A"],
        "rater": ["r1", "r2"] * 4,
        "criterion": ["x", "x", "y", "y"] * 2,
        "score": [4, 2, 3, 3, 5, 5, 1, 5]})
    m = decision.team_matrix(ratings)
    assert list(m.index) == ["B", "A"] and list(m.columns) == ["x", "y"]
    assert m.to_numpy().tolist() == [[3.0, 3.0], [5.0, 3.0]]
    assert decision.team_matrix(ratings, how="median").loc["A", "y"] == 3.0
    d = decision.disagreement(ratings)
    # x: sd of (4, 2) = 1.414 and of (5, 5) = 0 → 0.707; y: (3, 3) → 0 and (1, 5) → 2.828
    assert list(d.index) == ["y", "x"]
    assert d.loc["y", "sd"] == pytest.approx(math.sqrt(8) / 2)
    assert d.loc["x", "range"] == pytest.approx(1.0) and d.loc["y", "widest"] == "A"


def test_scamper_prompts_and_walk() -> None:
    hotel = blueprint.load("hotel_check_in")
    order = [s.id for s in decision.walk(hotel, ["customer"])]
    assert order[:3] == ["C1", "C2", "C3"] and order[-1] == "C14"
    first = decision.walk(hotel)
    assert [s.id for s in first[:3]] == ["E1", "C1", "C2"]
    table = decision.scamper_prompts(hotel.step("C8"))
    assert list(table.index) == list("SCAMPER")
    assert table["prompt"].str.contains("Queues at the front desk").all()
    i18n.set_language("zh")
    zh = decision.scamper_prompts(hotel.step("C8"))
    assert zh.loc["E", "name"] == "消除" and "在前台排队" in zh.loc["E", "prompt"]
    assert decision.scamper_prompts().loc["R", "prompt"].startswith("能反转")


def test_read_options() -> None:
    hotel = blueprint.load("hotel_check_in")
    table = decision.read_options([{"letter": "Eliminate", "step": " C8 ",
                                    "idea": " No queue "},
                                   {"letter": "合并", "step": "C9", "idea": "One form"}], hotel)
    assert table.to_dict("records") == [{"letter": "E", "step": "C8", "idea": "No queue"},
                                        {"letter": "C", "step": "C9", "idea": "One form"}]


@pytest.mark.parametrize(("call", "message"), [
    (lambda: decision.normalise_weights({"x": 1, "y": -1}), "'y' is negative"),
    (lambda: decision.normalise_weights({"x": 0, "y": 0}), "all weights are zero"),
    (lambda: decision.normalise_weights({"x": "heavy"}), "'x' must be a number"),
    (lambda: decision.weighted_scores(M, [1, 2]), "2 weights for 3 criteria"),
    (lambda: decision.weighted_scores(M, {"customer": 1, "cost": 1, "speed": 1}),
     "missing ['staff'], not in the matrix ['speed']"),
    (lambda: decision.weighted_scores(M.replace(2, "two"), W),
     "option 'A', criterion 'staff': the score 'two'"),
    (lambda: decision.sensitivity(M.iloc[[0, 0]].set_axis(["X", "Y"]), W), "tie"),
    (lambda: decision.reweight(W, "9", 0.5, ["0", "1", "2"]), "no criterion '9'"),
    (lambda: decision.reweight(W, "1", 1.5, ["0", "1", "2"]), "between 0 and 1"),
    (lambda: decision.team_matrix(pd.DataFrame({"option": ["A"], "score": [1]})),
     "lack the column(s) ['criterion']"),
    (lambda: decision.team_matrix(pd.DataFrame({"option": ["A"], "criterion": ["x"],
                                                "score": ["five"]})),
     "column 'score', row 0: the score 'five'"),
    (lambda: decision.read_options([{"letter": "Q", "step": "C1", "idea": "x"}]),
     "option 0: 'Q' is not a SCAMPER letter"),
    (lambda: decision.read_options([{"letter": "S", "step": "C99", "idea": "x"}],
                                   blueprint.load("hotel_check_in")),
     "has no step 'C99'"),
    (lambda: decision.read_options([{"letter": "S", "idea": "x"}]), "option 0 lacks ['step']"),
    (lambda: decision.read_options({"letter": "S"}), "must be a list of dicts"),
])
def test_bad_input_names_what_is_wrong(call: object, message: str) -> None:
    with pytest.raises(ValueError) as info:
        call()
    assert message in str(info.value)


def test_errors_in_chinese() -> None:
    i18n.set_language("zh")
    with pytest.raises(ValueError, match="权重为负"):
        decision.normalise_weights({"x": 1, "y": -1})
    with pytest.raises(ValueError, match="并列第一"):
        decision.sensitivity(M.iloc[[0, 0]].set_axis(["X", "Y"]), W)


def test_plots_and_widget_in_both_languages() -> None:
    import io
    import warnings

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from svcx_helpers import widgets

    for lang, word in (("en", "Weighted score"), ("zh", "加权得分")):
        i18n.set_language(lang)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            ax = decision.plot_scores(M, W)
            assert ax.get_xlabel() == word and len(ax.containers) == 3
            ax.figure.savefig(io.BytesIO(), format="png")
            ax = decision.plot_sweep(M, W, "customer", label="顾客价值")
            assert ax.get_ylabel() == word and len(ax.lines) == 3 + 2   # 3 options, 2 marks
            ax.figure.savefig(io.BytesIO(), format="png")
        assert not [w for w in caught if "Glyph" in str(w.message)], lang
        plt.close("all")
    i18n.set_language("en")
    box = widgets.scamper_walkthrough("hotel_check_in")
    previous, following = box.children[1].children
    assert previous.disabled and "Step 1 of 32 · C1" in box.children[2].value
    for _ in range(13):
        following.click()
    assert box.step.id == "C8" and "wait point: 15 min" in box.children[2].value
    box.children[3].children[0].value = "E"
    box.children[4].value = "  "
    box.children[3].children[1].click()
    assert box.options == [] and "Write the idea first" in box.children[5].value
    box.children[4].value = "Hand out keys at the car-park barrier"
    box.children[3].children[1].click()
    assert box.options == [{"letter": "E", "step": "C8",
                            "idea": "Hand out keys at the car-park barrier"}]
    assert decision.read_options(box.options, blueprint.load("hotel_check_in")).shape == (1, 3)
    i18n.set_language("zh")
    box = widgets.scamper_walkthrough(blueprint.load("hotel_check_in"), lanes=["customer"])
    assert "第 1 步，共 14 步" in box.children[2].value and "替代" in box.children[2].value
