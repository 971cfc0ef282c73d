"""The journey-map question bank: the model answers pass, typical mistakes get their own
feedback in both languages, hidden tests catch a copied or flat journey, and no answer
makes check() raise."""

from __future__ import annotations

import copy

import banks
import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from svcx_helpers import grading, i18n, journey
from svcx_helpers.grading.checks import check, grade_answer
from svcx_helpers.questions import journey as bank

QIDS = sorted(q.id for q in grading.load_bank("journey"))

OWN = {
    "name": "Returning a parcel",
    "scale": [-2, 2],
    "stages": [
        {"name": "Request", "steps": [
            {"action": "Finds the return form", "touchpoint": "App", "channel": "digital",
             "emotion": 0},
            {"action": "Prints the label", "touchpoint": "Form", "channel": "process",
             "emotion": -1}]},
        {"name": "Drop-off", "steps": [
            {"action": "Takes it to the shop", "touchpoint": "Shop", "channel": "physical",
             "emotion": -1},
            {"action": "Clerk scans it", "touchpoint": "Clerk", "channel": "interpersonal",
             "emotion": 1}]},
        {"name": "Refund", "steps": [
            {"action": "Gets the money back", "touchpoint": "E-mail", "channel": "digital",
             "emotion": 2}]},
    ],
}


@pytest.fixture(autouse=True)
def normal_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SVCX_STRICT", raising=False)
    grading.reset_attempts()
    i18n.set_language("en")


def model_answers() -> dict[str, object]:
    hotel = journey.load("hotel_check_in")
    aligned = journey.align(hotel, bank.hotel_blueprint())
    worst = int(hotel.lowest()["step"])
    return {
        "journey.t1_worst": worst,
        "journey.t2_pain_points": hotel.pain_points(0)["step"].tolist(),
        "journey.t3_stage_means": hotel.stage_emotions(),
        "journey.t4_peak_end": [hotel.peak_end(), hotel.peak_end(peak="max")],
        "journey.t5_carlzon": [10_000_000 * 5, 10_000_000 * 5 * 15 / 3600],
        "journey.t6_align": aligned.loc[aligned["step"] == worst, "blueprint_step"].iloc[0],
        "journey.t7_channels": hotel.channels(),
        "journey.t8_own_journey": OWN,
    }


def test_bank_has_at_least_six_tasks_and_a_hidden_test() -> None:
    banks.assert_bank("journey", model_answers())


@pytest.mark.parametrize("qid", QIDS)
def test_model_answers_pass_also_as_data(qid: str) -> None:
    banks.assert_passes_as_data(qid, model_answers()[qid])


def test_known_answers() -> None:
    # METHODS.md §3.4: 50,000,000 moments; 750,000,000 s ≈ 208,333 contact-hours
    moments, hours = bank.carlzon()
    assert moments == 50_000_000 and round(hours) == 208_333
    assert check("journey.t5_carlzon", [50_000_000, 208_333]).passed
    # the hotel data: queue at the desk is the worst moment; steps at 0 are not pain points
    assert bank.worst_step() == 8
    assert bank.pain_steps() == [5, 8, 9]
    assert bank.peak_end_both() == (-0.5, 1.5)


@pytest.mark.parametrize("answer", [8, 8.0, np.int64(8), "Queues at the front desk",
                                    "  queues at the FRONT desk ", "在前台排队等候"])
def test_worst_moment_as_number_or_action(answer: object) -> None:
    assert check("journey.t1_worst", answer).passed


@pytest.mark.parametrize("qid, answer, key", [
    ("journey.t1_worst", 13, "journey.bank.worst.highest"),
    ("journey.t1_worst", 7, "journey.bank.worst.zero_based"),
    ("journey.t2_pain_points", [1, 5, 8, 9, 12], "journey.bank.pain.at_threshold"),
    ("journey.t4_peak_end", [1.5, -0.5], "journey.bank.peak.swapped"),
    ("journey.t5_carlzon", [50_000_000, 750_000_000], "journey.bank.carlzon.seconds"),
    ("journey.t5_carlzon", [50_000_000, 12_500_000], "journey.bank.carlzon.minutes"),
    ("journey.t5_carlzon", [10_000_000, 208_333.3], "journey.bank.carlzon.customers"),
    ("journey.t3_stage_means", {"Booking": 3 / 7, "Arrival": 3 / 7, "Check-in": 3 / 7,
                                "Stay": 3 / 7}, "journey.bank.stage.overall"),
])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_typical_mistakes_get_their_own_message(qid: str, answer: object, key: str,
                                                lang: str) -> None:
    i18n.set_language(lang)
    fb = check(qid, answer)
    assert fb.status == "fail"
    expected = i18n.MESSAGES[key][i18n.LANGUAGES.index(lang)]
    assert fb.message.startswith(expected.split("{")[0][:12])


def test_partial_credit() -> None:
    fb = grade_answer("journey.t4_peak_end", [-0.5, 2.0])
    assert fb.status == "fail" and fb.points == 1.0
    fb = grade_answer("journey.t2_pain_points", [8, 9])
    assert 0 < fb.points < 1


def test_stage_means_accept_chinese_names_and_dicts() -> None:
    with i18n.language("zh"):
        zh = journey.load("hotel_check_in").stage_emotions()
    assert list(zh.index) == ["预订", "抵达", "入住", "住店"]
    assert check("journey.t3_stage_means", zh).passed
    assert check("journey.t3_stage_means", zh.to_dict()).passed
    assert check("journey.t3_stage_means", [1, 2]).status == "wrong_type"


def test_channels_accept_aliases_and_missing_zero() -> None:
    counts = bank.channel_mix().to_dict()
    zh = {journey.channel_name(c): n for c, n in counts.items()}
    assert check("journey.t7_channels", {"物理": counts["physical"], "数字": counts["digital"],
                                         "人际": counts["interpersonal"],
                                         "流程": counts["process"]}).passed
    assert check("journey.t7_channels", zh).passed
    fb = check("journey.t7_channels", {**counts, "email": 1})
    assert fb.status == "wrong_shape" and "email" in fb.message


def test_align_accepts_the_label_and_explains_the_journey_step() -> None:
    step = bank.hotel_blueprint().step(bank.under_worst())
    assert check("journey.t6_align", step.label).passed
    assert check("journey.t6_align", step.id.lower()).passed
    fb = check("journey.t6_align", "Receives the key card and a welcome gift")
    assert fb.status == "fail"


def test_own_journey_requirements_and_feedback() -> None:
    two_stages = copy.deepcopy(OWN)
    two_stages["stages"] = two_stages["stages"][:2]
    two_stages["stages"][1]["steps"].append(
        {"action": "Refund arrives", "touchpoint": "Bank app", "channel": "digital",
         "emotion": 1})
    fb = grade_answer("journey.t8_own_journey", two_stages)
    assert fb.status == "fail" and "2" in fb.message and fb.points == 2.0

    no_process = copy.deepcopy(OWN)
    no_process["stages"][0]["steps"][1]["channel"] = "digital"
    fb = check("journey.t8_own_journey", no_process)
    assert fb.status == "fail" and "Process" in fb.message

    bad = copy.deepcopy(OWN)
    bad["stages"][2]["steps"][0]["emotion"] = 5
    for lang in ("en", "zh"):
        with i18n.language(lang):
            fb = check("journey.t8_own_journey", bad)
            assert fb.status == "fail" and "Refund" in fb.message and fb.points == 0
    assert check("journey.t8_own_journey", "my journey").status == "wrong_type"


def test_hidden_tests_catch_a_copy_and_a_flat_curve() -> None:
    copy_of_hotel = journey.load("hotel_check_in").to_dict()
    assert check("journey.t8_own_journey", copy_of_hotel).passed   # visible checks pass
    fb = grade_answer("journey.t8_own_journey", copy_of_hotel)
    assert fb.status == "fail" and "own choice" in fb.hint

    flat = copy.deepcopy(OWN)
    for stage in flat["stages"]:
        for step in stage["steps"]:
            step["emotion"] = 1
    assert check("journey.t8_own_journey", flat).passed
    fb = grade_answer("journey.t8_own_journey", flat)
    assert fb.status == "fail" and "below the midpoint" in fb.hint


anything = banks.anything()
step = st.fixed_dictionaries({
    "action": st.text(min_size=1, max_size=10), "touchpoint": st.text(max_size=5),
    "channel": st.sampled_from([*journey.CHANNELS, "email", "物理"]),
    "emotion": st.integers(-3, 3) | st.floats(allow_nan=True) | st.text(max_size=2)})
journeys = st.fixed_dictionaries({
    "name": st.text(max_size=5),
    "stages": st.lists(st.fixed_dictionaries({"name": st.text(max_size=5),
                                              "steps": st.lists(step, max_size=4)}),
                       max_size=4)})


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(qid=st.sampled_from(QIDS), answer=anything | journeys
       | st.builds(pd.Series, st.lists(st.integers(), max_size=4)))
def test_check_and_grade_never_raise(qid: str, answer: object) -> None:
    banks.assert_never_raises(qid, answer)


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=journeys)
def test_own_journey_passes_exactly_when_the_rules_hold(data: dict) -> None:
    try:
        jm = journey.JourneyMap.from_dict(data)
    except ValueError:
        jm = None
    fb = check("journey.t8_own_journey", data)
    rules = (jm is not None and len(jm.stages) >= bank.MIN_STAGES
             and bool((jm.channels() > 0).all()))
    assert fb.passed == rules


# ------------------------------------------------------------------ answer cards (no-code)
def card_answers() -> dict[str, object]:
    """What the cards return: lists, dicts and numbers, not pandas objects."""
    answers = model_answers()
    return {"journey.t1_worst": answers["journey.t1_worst"],
            "journey.t2_pain_points": answers["journey.t2_pain_points"],
            "journey.t3_stage_means": {k: round(v, 2) for k, v in
                                       bank.stage_means().to_dict().items()},
            "journey.t4_peak_end": [-0.5, 1.5],
            "journey.t5_carlzon": [50000000, 208333],
            "journey.t6_align": answers["journey.t6_align"],
            "journey.t7_channels": {k: int(v) for k, v in bank.channel_mix().items()}}


def test_the_no_code_track_has_at_least_six_cards() -> None:
    cards = {q.id for q in grading.load_bank("journey") if q.card is not None}
    assert cards == set(card_answers())
    assert grading.REGISTRY["journey.t8_own_journey"].card is None


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("qid", sorted(card_answers()))
def test_card_answers_are_among_the_options_and_pass(qid: str, lang: str) -> None:
    card = grading.REGISTRY[qid].card
    answer = card_answers()[qid]
    with i18n.language(lang):
        values = [v for v, _ in card.option_list()]
        rows = [r for r, _ in card.row_list()]
        labels = [label for _, label in card.option_list() + card.row_list()]
        assert all(labels) and len(set(labels)) == len(labels)
        if card.kind == "choice":
            assert answer in values
        if card.kind == "multi":
            assert set(answer) <= set(values)
        if card.kind == "table":
            assert (set(answer) == set(rows)) if card.as_dict else len(answer) == len(rows)
        assert check(qid, answer).passed


def test_card_tables_with_an_empty_box_get_partial_credit() -> None:
    answer = card_answers()["journey.t7_channels"] | {"digital": None}
    graded = grade_answer("journey.t7_channels", answer)
    assert graded.status == "fail" and graded.points == pytest.approx(0.75)
    stages = card_answers()["journey.t3_stage_means"] | {"Arrival": None}
    assert grade_answer("journey.t3_stage_means", stages).status == "fail"
