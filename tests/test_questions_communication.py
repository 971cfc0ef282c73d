"""The service-communication question bank: model answers pass (also as data), the answers
computed here with plain pandas and an independent implementation of the rules agree with
the bank, typical mistakes get their own feedback in both languages, partial credit, the
rewrites are checked by the phrase checker and a hidden test, and no answer makes check()
raise."""

from __future__ import annotations

import banks
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from svcx_helpers import communication as cm
from svcx_helpers import grading, i18n, load_dataset
from svcx_helpers.grading.checks import check, grade_answer
from svcx_helpers.questions import communication as bank

QIDS = sorted(q.id for q in grading.load_bank("communication"))

REWRITE_EN = ("Hello, and I'm sorry you have had to queue twice for your business licence. "
              "Business licences are registered at window 5: I'll take you there now and ask "
              "my colleague to serve you next. Thank you for bringing the lease contract.")
REWRITE_ZH = ("您好，非常抱歉让您等了这么久，公积金提取款还没到账，确实让人着急。我马上为您联系"
              "公积金中心查明原因，今天下午四点前给您回电。谢谢您的耐心！")


@pytest.fixture(autouse=True)
def normal_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SVCX_STRICT", raising=False)
    grading.reset_attempts()
    i18n.set_language("en")


def raw() -> pd.DataFrame:
    return load_dataset("service_transcripts")


def by_pandas() -> dict[str, object]:
    """Tasks 2–4 with plain pandas: the checker only labels single replies."""
    df = raw().sort_values(["conversation", "turn"])
    df["annotation"] = df["annotation"].fillna("")
    staff = df[df["speaker"] == "staff"].copy()
    staff["checker"] = staff["text"].map(cm.classify_turn) == "forbidden"
    staff["coder"] = staff["annotation"].str.contains("forbidden")
    t2 = [staff["checker"].mean(), (staff["checker"] == staff["coder"]).mean()]
    # task 3, the rule written out once more: min(first forbidden staff turn, last staff
    # turn before the first customer turn rated at least one point below the previous one)
    t3 = {}
    for conv, g in df.groupby("conversation"):
        s = staff[staff["conversation"] == conv]
        candidates = list(s.loc[s["checker"], "turn"][:1])
        cust = g[(g["speaker"] == "customer") & g["sentiment"].notna()]
        falls = cust["sentiment"].diff() <= -1
        if falls.any():
            fall_turn = cust.loc[falls.idxmax(), "turn"]
            candidates += list(s.loc[s["turn"] < fall_turn, "turn"][-1:])
        if candidates:
            t3[conv] = int(min(candidates))
    per_conv = staff.groupby("conversation")["checker"].any()
    escalated = df.groupby("conversation")["annotation"].agg(lambda a: (a == "escalation").any())
    t4 = [escalated[per_conv].mean(), escalated[~per_conv].mean()]
    return {"communication.t2_checker_vs_coder": t2, "communication.t3_went_wrong": t3,
            "communication.t4_escalation": t4}


def model_answers() -> dict[str, object]:
    return {
        # by hand from the rules: greeting + "I'll"; "not my department"; nothing listed;
        # 您好; nothing listed; 我不知道 (forbidden although a next step follows)
        "communication.t1_labels": ["standard", "forbidden", "neutral", "standard", "neutral",
                                    "forbidden"],
        **by_pandas(),
        "communication.t5_rewrite_en": REWRITE_EN,
        "communication.t6_rewrite_zh": REWRITE_ZH,
    }


def test_bank_has_six_tasks_and_hidden_tests() -> None:
    banks.assert_bank("communication", model_answers())
    hidden = {q.id for q in grading.load_bank("communication") if q.hidden}
    assert hidden == {"communication.t5_rewrite_en", "communication.t6_rewrite_zh"}


@pytest.mark.parametrize("qid", QIDS)
def test_model_answers_pass_also_as_data(qid: str) -> None:
    banks.assert_passes_as_data(qid, model_answers()[qid])


def test_known_answers_from_the_data_card() -> None:
    assert bank.labels() == tuple(model_answers()["communication.t1_labels"])
    share, agree = bank.checker_vs_coder()
    assert share == pytest.approx(108 / 1245) and agree == pytest.approx(1217 / 1245)
    assert bank.escalation_with_without() == pytest.approx((46 / 90, 9 / 150))
    turns = bank.went_wrong_turns()
    assert len(turns) == 142 and turns["C001"] == 5 and turns["C002"] == 5
    assert turns == model_answers()["communication.t3_went_wrong"]


def test_the_replies_to_rewrite_come_from_the_data() -> None:
    en = bank.rewrite_case("communication.t5_rewrite_en")
    zh = bank.rewrite_case("communication.t6_rewrite_zh")
    assert en.original == "That's not my job. Business licences are done at window 5."
    assert zh.original == "我不知道，这不归我管，你自己去问公积金中心。"
    assert cm.check_reply(en.original).label == cm.check_reply(zh.original).label == "forbidden"


def mistakes() -> list[tuple[str, object, str]]:
    labels = list(bank.labels())
    honest = labels.copy()
    honest[bank.HONEST_REPLY] = "standard"
    share, agree = bank.checker_vs_coder()
    df = raw()
    staff = df[df["speaker"] == "staff"]
    n_flagged = round(share * len(staff))
    turns = bank.went_wrong_turns()
    w = cm.went_wrong(df)
    customer_turns = {k: int(w.loc[k, "drop_turn"]) if w.loc[k, "reason"] == "sentiment"
                      else v for k, v in turns.items()}
    forbidden_only = {str(k): int(v) for k, v in w["forbidden_turn"].dropna().items()}
    with_f, without = bank.escalation_with_without()
    return [
        ("communication.t1_labels", honest, "communication.bank.labels.honest"),
        ("communication.t1_labels", [*labels[:5], "polite"], "communication.bank.labels.unknown"),
        ("communication.t2_checker_vs_coder", [agree, share],
         "communication.bank.agreement.swapped"),
        ("communication.t2_checker_vs_coder", [n_flagged / len(df), agree],
         "communication.bank.agreement.all_turns"),
        ("communication.t2_checker_vs_coder", [share, 94 / 108],
         "communication.bank.agreement.flagged_only"),
        ("communication.t2_checker_vs_coder", [share * 100, agree * 100],
         "communication.bank.share.percent"),
        ("communication.t3_went_wrong", customer_turns, "communication.bank.turns.customer_turn"),
        ("communication.t3_went_wrong", forbidden_only, "communication.bank.turns.forbidden_only"),
        ("communication.t3_went_wrong", {**turns, "C999": 3}, "communication.bank.turns.unknown"),
        ("communication.t3_went_wrong", [5, 5], "communication.bank.turns.type"),
        ("communication.t4_escalation", [without, with_f], "communication.bank.escalation.swapped"),
        ("communication.t4_escalation", [46 / 55, without],
         "communication.bank.escalation.reversed"),
        ("communication.t5_rewrite_en", bank.rewrite_case("communication.t5_rewrite_en").original,
         "communication.bank.rewrite.unchanged"),
        ("communication.t5_rewrite_en", "Hello. That's not my job, but thank you.",
         "communication.bank.rewrite.forbidden"),
        ("communication.t5_rewrite_en", "Business licences are done at window 5, thank you.",
         "communication.bank.rewrite.missing"),
        ("communication.t6_rewrite_zh", "您好，抱歉，我来，谢谢。",
         "communication.bank.rewrite.short"),
        ("communication.t6_rewrite_zh", "   ", "communication.bank.rewrite.empty"),
    ]


@pytest.mark.parametrize(("qid", "answer", "key"), mistakes())
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_typical_mistakes_get_their_own_message(qid: str, answer: object, key: str,
                                                lang: str) -> None:
    i18n.set_language(lang)
    fb = check(qid, answer)
    assert fb.status in ("fail", "wrong_type"), fb.text()
    expected = i18n.MESSAGES[key][i18n.LANGUAGES.index(lang)]
    assert fb.message.startswith(expected.split("{")[0][:10]), fb.message
    assert fb.hint, fb.text()


def test_the_coder_split_is_named() -> None:
    s = cm.summarise(raw())
    coder = raw().fillna({"annotation": ""}).groupby("conversation")["annotation"].agg(
        lambda a: a.str.contains("forbidden").any())
    alt = cm.escalation_rates(s.assign(forbidden=coder)).iloc[0]
    fb = check("communication.t4_escalation", [alt["with_forbidden"], alt["without_forbidden"]])
    assert fb.status == "fail" and "coder" in fb.message


def test_partial_credit() -> None:
    labels = list(bank.labels())
    labels[0], labels[2] = "neutral", "standard"                  # 4 of 6 right
    assert grade_answer("communication.t1_labels", labels).points == pytest.approx(2 * 4 / 6,
                                                                                   abs=0.01)
    share, _ = bank.checker_vs_coder()
    assert grade_answer("communication.t2_checker_vs_coder", [share, 0.5]).points == 1.0
    turns = bank.went_wrong_turns()
    half = dict(list(turns.items())[:71])                         # 71 of 142
    assert grade_answer("communication.t3_went_wrong", half).points == 1.5
    with_f, _ = bank.escalation_with_without()
    assert grade_answer("communication.t4_escalation", [with_f, 0.3]).points == 1.0
    # the rewrite: 0.2 of the points per required element, none with a forbidden phrase
    fb = grade_answer("communication.t5_rewrite_en", "Hello, sorry: window 5 is for licences.")
    assert fb.points == pytest.approx(2 * 0.4)
    assert grade_answer("communication.t5_rewrite_en", "Hello, sorry, not my job.").points == 0


def test_answers_in_other_forms() -> None:
    turns = bank.went_wrong_turns()
    series = cm.went_wrong(raw())["turn"]                          # with <NA> for the others
    assert check("communication.t3_went_wrong", series).passed
    assert check("communication.t3_went_wrong", cm.went_wrong(raw())).passed   # the table
    assert check("communication.t3_went_wrong", {k.lower(): float(v)
                                                 for k, v in turns.items()}).passed
    fine = next(c for c in sorted(raw()["conversation"].unique()) if c not in turns)
    assert check("communication.t3_went_wrong", {**turns, fine: None}).passed   # left open
    zh = {"standard": "规范用语", "forbidden": "忌语", "neutral": "中性"}
    assert check("communication.t1_labels", [zh[x] for x in bank.labels()]).passed
    assert check("communication.t1_labels", pd.Series(bank.labels())).passed
    rates = cm.escalation_rates(cm.summarise(raw())).iloc[0]
    assert check("communication.t4_escalation", rates[["with_forbidden",
                                                       "without_forbidden"]]).passed
    # a rewrite may be in either language
    assert check("communication.t6_rewrite_zh",
                 "Hello, I'm sorry you are still waiting for your housing fund money. I'll "
                 "call the housing fund centre now and call you back by 4 pm today. Thank you "
                 "for your patience.").passed


@pytest.mark.parametrize(("qid", "text", "passes_hidden"), [
    ("communication.t5_rewrite_en", REWRITE_EN, True),
    # passes the checker, but names no matter and no concrete next step
    ("communication.t5_rewrite_en",
     "Hello, sorry about that. I'll sort it out for you. Thank you for waiting here.", False),
    # names the matter and window 5, but solves before it acknowledges
    ("communication.t5_rewrite_en",
     "Hello. I'll take you to window 5 for your business licence now. Sorry for the wait, "
     "and thank you.", False),
    ("communication.t6_rewrite_zh", REWRITE_ZH, True),
    # 公积金 is not named
    ("communication.t6_rewrite_zh",
     "您好，非常抱歉让您等了这么久。我马上帮您查一下原因，今天下午四点前给您回电。谢谢您的耐心！",
     False),
    # no time, number or place in the next step
    ("communication.t6_rewrite_zh",
     "您好，非常抱歉让您等了这么久，公积金的事确实让人着急。我来帮您问问，有消息就回复您。谢谢！",
     False),
])
def test_hidden_test_asks_for_the_elements_of_the_case(qid: str, text: str,
                                                        passes_hidden: bool) -> None:
    assert check(qid, text).passed                      # the visible check: the checker
    fb = grade_answer(qid, text)
    assert fb.passed == passes_hidden, fb.text()
    if not passes_hidden:
        assert fb.points == 0 and "concrete" in fb.hint


def test_hidden_hint_in_chinese() -> None:
    with i18n.language("zh"):
        fb = grade_answer("communication.t5_rewrite_en",
                          "Hello, sorry about that. I'll sort it out for you. Thank you for "
                          "waiting here.")
    assert fb.status == "fail" and "具体" in fb.hint


anything = banks.anything(
    samples=["standard", "forbidden", "忌语", "Hello, sorry, I'll help. Thanks!", "C001"],
    keys=["C001", "C002", "with_forbidden", "without_forbidden", "share", "agreement", "turn"])


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(qid=st.sampled_from(QIDS), answer=anything)
def test_check_and_grade_never_raise(qid: str, answer: object) -> None:
    banks.assert_never_raises(qid, answer)
