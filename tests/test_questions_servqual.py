"""The SERVQUAL question bank's answer cards (no-code track): every task but the gaps table
has a card, the options hold the expected answers, and the model answers in the form the
cards return them pass (also as data), in both languages' labels."""

from __future__ import annotations

import banks
import pytest

from svcx_helpers import grading, i18n
from svcx_helpers.questions import servqual as bank


@pytest.fixture(autouse=True)
def normal_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SVCX_STRICT", raising=False)
    grading.reset_attempts()
    i18n.set_language("en")


def card_answers() -> dict[str, object]:
    return {
        "servqual.t1_by_hand": [0.5, -0.4, -1.0, -1.0, 0.6],
        "servqual.t3_unweighted": -0.724,
        "servqual.t4_weighted": -0.81,
        "servqual.t5_alpha": 0.887,
        "servqual.t6_concentrate": ["Responsiveness"],
        "servqual.t7_crosshair": "Assurance",
        "servqual.t8_first_action": "c",
        "servqual.t8_standard": ("Responsiveness has the largest gap, about -1.7 points. "
                                 "Standard: 90 % of customers are served within 10 minutes of "
                                 "taking a ticket; the branch manager reviews the queue log "
                                 "weekly."),
    }


def test_cards_of_the_no_code_track() -> None:
    answers = card_answers()
    with_card = {q.id for q in grading.load_bank("servqual", hidden=False) if q.card}
    assert with_card == set(answers) and len(with_card) >= 6
    for qid, answer in answers.items():
        card = grading.get_question(qid).card
        values = [v for v, _ in card.option_list()]
        if values:
            items = answer if isinstance(answer, list) else [answer]
            assert all(x in values for x in items), qid
        if card.kind == "table":
            assert len(card.row_list()) == len(answer), qid
        banks.assert_passes_as_data(qid, answer)


def test_dimension_labels_in_both_languages() -> None:
    assert dict(bank.dimension_options())["Empathy"] == ("Empathy", "移情性")
    card = grading.get_question("servqual.t7_crosshair").card
    i18n.set_language("zh")
    try:
        assert dict(card.option_list())["Assurance"] == "保证性"
    finally:
        i18n.set_language("en")


def test_the_product_of_means_shortcut_gets_its_own_message() -> None:
    from svcx_helpers import servqual

    shortcut = servqual.weighted_score(bank.gaps(), bank.weights(), method="product_of_means")
    fb = grading.check("servqual.t4_weighted", round(shortcut, 3))
    assert not fb.passed and "sample-mean weights" in fb.message
