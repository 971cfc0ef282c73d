"""svcx_helpers.audit: intervals for a proportion against the known answers of METHODS.md
§8.1, exact coverage worked by hand, sample size (Cochran), the seeded audit sample, the
desk's conformity rule, data minimisation on a blueprint, the severity matrix, the
first-message checker, clear errors, and the plots in both languages."""

from __future__ import annotations

import math
from collections.abc import Iterator

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svcx_helpers import audit, blueprint, i18n, load_dataset
from svcx_helpers.blueprint import Blueprint
from svcx_helpers.servqual import beta_quantile

# METHODS.md §8.1 proportion_interval_95, copied verbatim
VECTORS = [
    {"x": 47, "n": 50, "wilson": [0.837829, 0.979385], "clopper_pearson": [0.834518, 0.987451],
     "wald": [0.874173, 1.005827]},
    {"x": 50, "n": 50, "wilson": [0.928652, 1.0], "clopper_pearson": [0.928878, 1.0],
     "wald": [1.0, 1.0]},
    {"x": 18, "n": 20, "wilson": [0.698966, 0.972134], "clopper_pearson": [0.683017, 0.987651]},
    {"x": 120, "n": 150, "wilson": [0.728859, 0.856159], "clopper_pearson": [0.726964, 0.860806]},
]


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.mark.parametrize("vector", VECTORS, ids=lambda v: f"{v['x']}of{v['n']}")
def test_intervals_match_methods_8_1(vector: dict) -> None:
    for method in audit.METHODS:
        if method in vector:
            got = audit.proportion_interval(vector["x"], vector["n"], method=method)
            assert got == pytest.approx(tuple(vector[method]), abs=1e-6), method


def test_wilson_by_the_formula_written_out() -> None:
    # 47 of 50 by hand: p = 0.94, z = 1.959964, z² = 3.841459
    z = 1.959964
    p, n = 0.94, 50
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    assert (round(centre - half, 6), round(centre + half, 6)) == (0.837829, 0.979385)
    low, _high = audit.proportion_interval(47, 50, digits=None)
    assert low == pytest.approx(centre - half, abs=1e-6)


def test_wald_leaves_the_range_and_collapses() -> None:
    _low, high = audit.proportion_interval(47, 50, method="wald")
    assert high > 1                                   # not clipped, on purpose
    assert audit.proportion_interval(0, 30, method="wald") == (0.0, 0.0)
    assert audit.proportion_interval(0, 30)[1] > 0.1  # Wilson still says "up to 11 %"


def test_clopper_pearson_is_the_beta_quantile_and_wider_than_wilson() -> None:
    low, high = audit.proportion_interval(18, 20, method="clopper_pearson", digits=None)
    assert low == pytest.approx(beta_quantile(0.025, 18, 3))
    assert high == pytest.approx(beta_quantile(0.975, 19, 2))
    # the exact interval is the conservative one: wider than Wilson for these vectors
    # (not at x = n, where both end at 1 and Clopper–Pearson starts a little higher)
    for v in VECTORS[:1] + VECTORS[2:]:
        w = audit.proportion_interval(v["x"], v["n"])
        cp = audit.proportion_interval(v["x"], v["n"], method="clopper_pearson")
        assert cp[1] - cp[0] >= w[1] - w[0] - 1e-9


def test_beta_quantile_inverts_the_incomplete_beta() -> None:
    # Beta(1, 1) is uniform; Beta(a, 1) has the cdf x^a
    assert beta_quantile(0.3, 1, 1) == pytest.approx(0.3)
    assert beta_quantile(0.5, 3, 1) == pytest.approx(0.5 ** (1 / 3))
    assert (beta_quantile(0, 2, 3), beta_quantile(1, 2, 3)) == (0.0, 1.0)
    with pytest.raises(ValueError, match="a, b > 0"):
        beta_quantile(0.5, 0, 1)


@settings(max_examples=60, deadline=None)
@given(n=st.integers(1, 300), data=st.data())
def test_intervals_contain_the_sample_rate_and_stay_in_range(n: int, data: st.DataObject) -> None:
    x = data.draw(st.integers(0, n))
    for method in ("wilson", "clopper_pearson"):
        low, high = audit.proportion_interval(x, n, method=method)
        assert 0 <= low <= x / n + 1e-6 and x / n - 1e-6 <= high <= 1
    # symmetric: x of n mirrors n − x of n
    low, high = audit.proportion_interval(x, n)
    low2, high2 = audit.proportion_interval(n - x, n)
    assert low == pytest.approx(1 - high2, abs=2e-6) and high == pytest.approx(1 - low2, abs=2e-6)


def test_a_lower_confidence_gives_a_narrower_interval() -> None:
    w95 = audit.proportion_interval(36, 50)
    w90 = audit.proportion_interval(36, 50, confidence=0.90)
    assert w90[0] > w95[0] and w90[1] < w95[1]


def test_coverage_of_wald_worked_by_hand() -> None:
    # n = 50, p = 0.99. Wald contains 0.99 only for x = 46…49: x = 50 gives [1, 1];
    # x = 45: 0.9 + 1.96·√(0.9·0.1/50) = 0.9832 < 0.99.
    hand = sum(math.comb(50, x) * 0.99 ** x * 0.01 ** (50 - x) for x in range(46, 50))
    assert audit.coverage(50, 0.99, method="wald") == pytest.approx(hand)
    assert hand == pytest.approx(0.394848, abs=1e-6)
    # Wilson and Clopper–Pearson do far better there; Clopper–Pearson never below 95 %
    assert audit.coverage(50, 0.99) > 0.9
    for p in (0.5, 0.7, 0.9, 0.97):
        assert audit.coverage(50, p, method="clopper_pearson") >= 0.95


def test_sample_size_cochran() -> None:
    # n0 = 1.959964² · 0.25 / 0.05² = 384.15 → 385; N = 1000: 384.15/(1 + 383.15/1000) = 277.7
    assert audit.sample_size(0.05) == 385
    assert audit.sample_size(0.05, population=1000) == 278
    # p = 0.75: n0 = 3.841459 · 0.1875 / 0.0025 = 288.1 → 289
    assert audit.sample_size(0.05, p=0.75) == 289
    assert audit.sample_size(0.10, p=0.9, population=50) < 50


def test_draw_sample_is_seeded_and_reproducible() -> None:
    df = pd.DataFrame({"id": range(100)})
    first = audit.draw_sample(df, 10, seed=2026)
    assert first.equals(audit.draw_sample(df, 10, seed=2026))
    assert not first.equals(audit.draw_sample(df, 10, seed=2027))
    rows = np.sort(np.random.default_rng(2026).choice(100, size=10, replace=False))
    assert first["id"].tolist() == rows.tolist()
    assert first["id"].is_monotonic_increasing and first["id"].is_unique


def test_ticket_conformity_rule() -> None:
    log = pd.DataFrame({
        "created": ["2026-04-01 09:00"] * 5,
        "first_response": ["2026-04-01 13:00", "2026-04-01 13:01", "2026-04-01 10:00",
                           None, "2026-04-01 09:30"],
        "resolved": ["2026-04-02 09:00", "2026-04-01 15:00", "2026-04-02 09:01",
                     "2026-04-01 11:00", None],
        "promised": ["2026-04-02 09:00"] * 5})
    flags = audit.ticket_conformity(log)
    # exactly 4 h and exactly on the promise both conform
    assert flags["response_ok"].tolist() == [True, False, True, False, True]
    assert flags["resolution_ok"].tolist() == [True, True, False, True, False]
    assert flags["conforming"].tolist() == [True, False, False, False, False]
    nc = audit.nonconformities(flags)
    assert nc["items"].to_dict() == {"response_ok": 2, "resolution_ok": 2}
    assert nc["share"].tolist() == [0.4, 0.4]


def test_conformity_of_the_desk_in_the_first_quarter() -> None:
    flags = audit.ticket_conformity(load_dataset("it_service_desk_tickets"))
    desk = flags[(flags["team"] == "service_desk") & flags["resolved"].notna()
                 & (flags["created"] < "2026-04-01")].sort_values("ticket_id")
    sample = audit.draw_sample(desk, 50, seed=19011)
    result = audit.conformity(sample["conforming"])
    assert (result["n"], result["conforming"]) == (50, 36)
    assert (result["low"], result["high"]) == audit.proportion_interval(36, 50)
    # the interval covers the rate of the whole quarter
    assert result["low"] <= desk["conforming"].mean() <= result["high"]


def test_conformity_accepts_flags_and_refuses_other_values() -> None:
    assert audit.conformity([1, 0, 1, 1])["rate"] == 0.75
    with pytest.raises(ValueError, match="item 2"):
        audit.conformity([True, False, "yes"])
    with pytest.raises(ValueError, match="empty"):
        audit.conformity([])


@pytest.mark.parametrize("call, match", [
    (lambda: audit.proportion_interval(51, 50), "x=51, n=50"),
    (lambda: audit.proportion_interval(2.5, 10), "x must be a whole number"),
    (lambda: audit.proportion_interval(3, 10, method="exact"), "exact"),
    (lambda: audit.proportion_interval(3, 10, confidence=95), "0.95"),
    (lambda: audit.sample_size(5), "0.05"),
    (lambda: audit.draw_sample(pd.DataFrame({"a": [1, 2]}), 3, seed=1), "population size 2"),
    (lambda: audit.draw_sample(pd.DataFrame({"a": [1, 2]}), 1, seed="x"), "seed"),
    (lambda: audit.severity("huge", "low"), "impact"),
    (lambda: audit.check_first_message("  "), "non-empty"),
])
def test_errors_say_what_is_wrong(call, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        call()


# -------------------------------------------------------------------------- minimisation
def test_annotation_round_trips_through_yaml_and_frame() -> None:
    bp = blueprint.load("fitness_club_membership")
    assert bp.validate() == []
    o4 = bp.step("O4")
    assert o4.collects == ("name", "phone", "id_number", "date_of_birth", "home_address")
    assert o4.uses == ("name", "phone", "date_of_birth")
    frame = bp.to_frame()
    assert frame.loc[frame["id"] == "O4", "uses"].item() == "name, phone, date_of_birth"
    assert Blueprint.from_frame(frame) == bp
    # blueprints without the annotation are unchanged
    assert blueprint.load("restaurant").step(blueprint.load("restaurant").steps[0].id).collects \
        is None


def test_annotation_errors_name_the_step() -> None:
    with pytest.raises(ValueError, match=r"\(A\).*collects"):
        Blueprint.from_dict({"name": "x", "steps": [
            {"id": "A", "lane": "customer", "column": 1, "label": "a", "collects": {"x": 1}}]})


def test_data_inventory_by_hand() -> None:
    bp = Blueprint.from_dict({"name": "x", "steps": [
        {"id": "B", "lane": "onstage", "column": 2, "label": "Contract",
         "collects": ["name", "id_number"], "uses": ["name", "fingerprint"]},
        {"id": "A", "lane": "customer", "column": 1, "label": "Form",
         "collects": ["name", "income_band"]},
        {"id": "C", "lane": "onstage", "column": 3, "label": "Door", "collects": ["fingerprint"]},
    ]})
    table = audit.data_inventory(bp)
    # column order: A (col 1) before B (col 2) although B is listed first
    assert table[["step", "item", "flag"]].values.tolist() == [
        ["A", "name", ""], ["A", "income_band", "unused"],
        ["B", "name", "repeated"], ["B", "id_number", "unused"], ["C", "fingerprint", ""]]
    assert table.loc[table["item"] == "id_number", "sensitive"].item() == "identity"
    assert table.loc[table["item"] == "name", "used_by"].tolist() == ["B", "B"]
    assert audit.excess_steps(bp) == ["A", "B"]
    # B uses the fingerprint before C collects it: missing
    assert audit.missing_data(bp).values.tolist() == [["B", 2, "fingerprint"]]
    assert audit.minimisation_problems(bp) == 3 + 1


def test_the_shipped_blueprint_and_a_clean_redesign() -> None:
    bp = blueprint.load("fitness_club_membership")
    assert audit.excess_steps(bp) == ["C2", "C3", "O4", "O6", "C7"]
    assert audit.minimisation_problems(bp) == 12
    redesign = {"O1": ["name", "phone"], "C3": ["health_conditions", "emergency_contact"],
                "O4": ["date_of_birth"], "O5": ["bank_account"], "O6": ["fingerprint"]}
    clean = audit.with_collection(bp, redesign)
    assert audit.minimisation_problems(clean) == 0 and audit.excess_steps(clean) == []
    assert [s.uses for s in clean.steps] == [s.uses for s in bp.steps]   # needs unchanged
    assert bp.step("O4").collects is not None and clean.step("C2").collects is None
    broken = audit.with_collection(bp, {**redesign, "O4": []})          # no date of birth
    assert audit.missing_data(broken)["item"].tolist() == ["date_of_birth"]
    with pytest.raises(ValueError, match="Z9"):
        audit.with_collection(bp, {"Z9": ["name"]})


# -------------------------------------------------------------------------- severity
def test_severity_matrix_is_the_itil_table() -> None:
    expected = [[1, 2, 3], [2, 3, 4], [3, 4, 5]]
    assert [[audit.severity(i, u) for u in audit.LEVELS] for i in audit.LEVELS] == expected
    custom = {i: {u: 9 for u in audit.LEVELS} for i in audit.LEVELS}
    assert audit.severity("HIGH ", "low", matrix=custom) == 9


def test_impact_and_urgency_rules_at_their_borders() -> None:
    assert audit.impact_level(10_000) == "high" and audit.impact_level(9_999) == "medium"
    assert audit.impact_level(500) == "medium" and audit.impact_level(499) == "low"
    assert audit.impact_level(1, safety=True) == "high"
    assert audit.urgency_level(4) == "high" and audit.urgency_level(4.01) == "medium"
    assert audit.urgency_level(24) == "medium" and audit.urgency_level(25) == "low"
    assert audit.urgency_level(24, workaround=True) == "low"
    assert audit.urgency_level(100, workaround=True) == "low"        # never below low
    assert audit.urgency_level(100, personal_data=True) == "high"


def test_classify_incidents_by_hand_and_errors() -> None:
    incidents = pd.DataFrame({
        "customers_affected": [30, 180_000, 25_000, 300],
        "personal_data": [1, 0, 0, 0], "safety": [0, 0, 0, 0],
        "hours_to_harm": [48, 2, 1, 6], "workaround": [0, 0, 1, 1]})
    out = audit.classify_incidents(incidents)
    assert out["impact"].tolist() == ["high", "high", "high", "low"]
    assert out["urgency"].tolist() == ["high", "high", "medium", "low"]
    assert out["level"].tolist() == [1, 1, 2, 5]
    assert out["crisis"].tolist() == [True, True, True, False]
    bad = incidents.assign(workaround=[0, 0, "maybe", 1])
    with pytest.raises(ValueError, match="row 2, column 'workaround'"):
        audit.classify_incidents(bad)
    with pytest.raises(ValueError, match="hours_to_harm"):
        audit.classify_incidents(incidents.drop(columns="hours_to_harm"))


# -------------------------------------------------------------------------- first message
GOOD_EN = ("We are sorry: since 08:40 the mobile app is not working for many customers. "
           "Our engineers are restoring it now. In the meantime you can use online banking "
           "or any branch, and call 95588 if a payment is urgent. Next update at 09:40.")
GOOD_ZH = ("非常抱歉：今天 8:40 起，手机银行出现故障，许多客户无法登录。我们正在全力抢修。"
           "期间您可以通过网上银行或到网点办理，紧急付款请拨打客服热线 95588。"
           "我们将于 9:40 前发布下一次更新。")


@pytest.mark.parametrize("text", [GOOD_EN, GOOD_ZH])
def test_a_complete_first_message(text: str) -> None:
    review = audit.check_first_message(text)
    assert review.missing == [] and review.ok and review.score == 6


def test_missing_elements_and_words_to_avoid() -> None:
    review = audit.check_first_message("Our app has a minor problem. We are fixing it.")
    assert set(review.missing) == {"apology", "advice", "next_update", "contact"}
    assert review.found["avoid"] == ["minor"] and not review.ok
    report = review.text_report()
    assert "2 of 6" in report and "minor" in report and "stated time" in report
    i18n.set_language("zh")
    assert "下次更新" in audit.check_first_message("抱歉。").text_report()


def test_a_time_is_what_makes_the_next_update() -> None:
    for text in ("We will update you by 11:00.", "Next update within 30 minutes.",
                 "我们将在 30 分钟内再次通报。", "下午3点前更新"):
        assert audit.check_first_message(text).found["next_update"], text
    assert not audit.check_first_message("We will keep you posted.").found["next_update"]


# -------------------------------------------------------------------------- plots
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_plots_draw_in_both_languages_without_missing_glyphs(lang: str) -> None:
    import warnings

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    i18n.set_language(lang)
    incidents = audit.classify_incidents(load_dataset("incidents"))
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)   # "Glyph … missing from font"
        axes = [audit.plot_intervals(36, 50, true_rate=0.77),
                audit.plot_coverage(30, rates=[0.6, 0.8, 0.95]),
                audit.plot_severity_matrix(incidents)]
        for ax in axes:
            ax.figure.canvas.draw()
    texts = [t.get_text() for t in axes[2].texts]
    assert sum(int(s.split("\n")[1]) for s in texts) == len(incidents)
    if lang == "zh":
        assert "影响范围" in axes[2].get_ylabel()
    plt.close("all")
