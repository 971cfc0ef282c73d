"""The phrase checker (svcx_helpers/communication.py): known answers on hand-built replies
and conversations, the phrase standard as data, clear errors, properties of the rules, and
the plots in both languages.

Every expected value below was worked out by hand from the rules stated in the module's
docstring (label; where a conversation went wrong: min(first forbidden staff turn, last
staff turn before the first fall in the customer's rated sentiment)).
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svcx_helpers import communication as cm
from svcx_helpers import i18n, standards
from svcx_helpers.communication import (
    PHRASE_STANDARD,
    PhraseStandard,
    check_reply,
    classify_turn,
    classify_turns,
    element_position,
    escalation_rates,
    read_transcripts,
    summarise,
    went_wrong,
)


@pytest.fixture(autouse=True)
def english() -> None:
    i18n.set_language("en")


# ------------------------------------------------------------------------ one reply
@pytest.mark.parametrize(("text", "found", "label"), [
    # every element in English: Hello / sorry / I'll + call you back / Thank
    ("Hello Mr Smith, I'm sorry for the wait. I'll call you back by 3 pm. Thank you!",
     {"greeting", "acknowledge", "next_step", "thanks"}, "standard"),
    # every element in Chinese: 您好 / 抱歉 + 让您久等 / 我来 + 回电 / 谢谢
    ("您好！让您久等了，很抱歉。我来帮您办理，三点前给您回电。谢谢！",
     {"greeting", "acknowledge", "next_step", "thanks"}, "standard"),
    ("Good morning. Please take a seat.", {"greeting"}, "standard"),
    ("The form is on the second floor.", set(), "neutral"),
    ("表格在二楼。", set(), "neutral"),
    # a forbidden phrase wins over required elements
    ("Hello. That's not my job, sorry.", {"greeting", "acknowledge"}, "forbidden"),
    ("您好，这不归我管。", {"greeting"}, "forbidden"),
    # the honest "I don't know" is flagged all the same: a teaching aid, not a judge
    ("I don't know yet, but I'll find out and call you back by 4 pm.", {"next_step"},
     "forbidden"),
])
def test_known_replies(text: str, found: set[str], label: str) -> None:
    review = check_reply(text)
    assert {k for k, words in review.found.items() if words} == found
    assert review.label == label == classify_turn(text)
    assert review.ok == (label == "standard" and len(found) == 4)
    assert review.missing == [e for e in cm.REQUIRED if e not in found]


def test_forbidden_groups_and_the_words_that_matched() -> None:
    r = check_reply("Calm down. I don't know, ask someone else. Hurry up!")
    assert r.forbidden == {"deflect": ["ask someone else"], "ignorance": ["I don't know"],
                           "dismiss": ["Calm down"], "rush": ["Hurry up"]}
    z = check_reply("我也不清楚，你冷静点，我不是说过了吗？快点。")
    assert z.forbidden == {"ignorance": ["我也不清楚"], "dismiss": ["冷静点"],
                           "blame": ["我不是说过了吗"], "rush": ["快点"]}
    assert z.lang == "zh" and r.lang == "en"


def test_english_matching_is_by_whole_words_any_case_and_either_apostrophe() -> None:
    assert check_reply("HELLO").found["greeting"] == ["HELLO"]
    assert check_reply("I don’t know.").label == "forbidden"          # typographic ’
    assert check_reply("I   don't\nknow").label == "forbidden"          # any spaces
    assert check_reply("This is it.").found["greeting"] == []           # "hi" inside "This"
    assert check_reply("Whichever.").label == "neutral"
    assert check_reply("We apologise.").found["acknowledge"] == ["apologise"]  # apologi*
    assert check_reply("Our apologies.").found["acknowledge"] == ["apologies"]
    assert check_reply("Thanks a lot").found["thanks"] == ["Thanks"]           # thank*
    assert check_reply("I'llx").found["next_step"] == []


def test_chinese_gap_of_up_to_twelve_characters() -> None:
    assert check_reply("会在本周五前办好").found["next_step"] == ["会在本周五前"]
    assert check_reply("会在" + "一" * 12 + "前").found["next_step"]
    assert not check_reply("会在" + "一" * 13 + "前").found["next_step"]


def test_element_position_finds_the_first_phrase_of_an_element() -> None:
    text = "Sorry! I'll fix it. Thank you."
    assert element_position(text, "acknowledge") == 0
    assert element_position(text, "next_step") == 7
    assert element_position(text, "thanks") == 20
    assert element_position(text, "greeting") == -1
    assert element_position("不归我管", "deflect") == 0
    with pytest.raises(ValueError, match="element"):
        element_position(text, "smile")


def test_review_table_and_report_in_both_languages() -> None:
    review = check_reply("That's not my job.")
    table = review.table()
    assert list(table["element"]) == ["Greeting", "Acknowledgement or apology",
                                      "Solution or next step", "Thanks"]
    assert not table["found"].any()
    report = review.text_report()
    assert "0 of 4 required elements found" in report
    assert "forbidden phrase (passing the customer on): not my job" in report
    assert "a teaching aid, not a judge" in report
    with i18n.language("zh"):
        assert "忌语（推诿）：not my job" in review.text_report()
        assert "教学辅助工具，不是裁判" in review.text_report()
        assert review.table()["element"].iloc[0] == "问候"


def test_reviews_print_their_report() -> None:
    # repr and str are the report, as for the standards checker's review
    assert repr(check_reply("Not my job.")) == str(check_reply("Not my job.")) == \
        check_reply("Not my job.").text_report()
    review = standards.check_standard("Agents answer 90% of calls within 20 seconds.")
    assert repr(review).startswith("5 of 5 elements found")


def test_check_reply_rejects_what_is_not_text() -> None:
    with pytest.raises(ValueError, match="must be text"):
        check_reply(None)  # type: ignore[arg-type]
    assert check_reply("").label == "neutral"


# ------------------------------------------------------------ the standard is data
def test_the_standard_round_trips_through_a_table_and_can_be_extended() -> None:
    table = PHRASE_STANDARD.to_frame()
    assert set(table["kind"]) == {"required", "forbidden"}
    assert set(table.loc[table["kind"] == "required", "element"]) == set(cm.REQUIRED)
    assert set(table.loc[table["kind"] == "forbidden", "element"]) == set(cm.FORBIDDEN)
    assert {"不归我管", "我不知道", "I don't know", "calm down", "not my job"} <= set(
        table["phrase"])
    again = PhraseStandard.from_frame(table)
    assert again == PHRASE_STANDARD
    assert again.patterns("forbidden") == PHRASE_STANDARD.patterns("forbidden")
    own = PHRASE_STANDARD.extended("forbidden", "sarcasm", "en", "good luck with that")
    assert check_reply("Good luck with that.", standard=own).forbidden == {
        "sarcasm": ["Good luck with that"]}
    assert check_reply("Good luck with that.").label == "neutral"   # the default is unchanged
    more = PHRASE_STANDARD.extended("required", "thanks", "zh", "辛苦了")
    assert check_reply("辛苦了", standard=more).found["thanks"] == ["辛苦了"]


def test_a_bad_standard_names_the_row_column_and_value() -> None:
    table = PHRASE_STANDARD.to_frame()
    bad = table.copy()
    bad.loc[3, "language"] = "fr"
    with pytest.raises(ValueError, match=r"row 5, column 'language': 'fr' is not one of"):
        PhraseStandard.from_frame(bad)
    bad = table.copy()
    bad.loc[0, "kind"] = "optional"
    with pytest.raises(ValueError, match=r"row 2, column 'kind'"):
        PhraseStandard.from_frame(bad)
    with pytest.raises(ValueError, match=r"missing column\(s\) \['phrase'\]"):
        PhraseStandard.from_frame(table.drop(columns="phrase"))
    with pytest.raises(ValueError, match="is not a phrase"):
        PHRASE_STANDARD.extended("forbidden", "rush", "en", "  ")
    with pytest.raises(ValueError, match="needs exactly"):
        PhraseStandard(required={"greeting": {"en": ("hi",)}}, forbidden={})
    with pytest.raises(ValueError, match="kind"):
        PHRASE_STANDARD.patterns("optional")


# ------------------------------------------------------------------ conversations
def conversations() -> pd.DataFrame:
    """Six hand-built conversations (sentiment on customer turns only).

    A  forbidden at staff turn 4, the mood falls at 5      → went wrong at 4, both
    B  no forbidden phrase, mood falls at 7 after staff 6  → 6, sentiment
    C  honest "I don't know … I'll call you back", no fall → 2, forbidden
    D  nothing goes wrong                                   → missing
    E  mood falls at 3 (after staff 2), forbidden later 4  → 2, sentiment
    F  Chinese; an unrated customer turn (5) is skipped; the mood falls at 7 against 3
       (staff 6 before it); forbidden at 8                  → 6, sentiment
    """
    rows = [
        ("A", 1, "staff", "Hello, how can I help?", None, "greeting"),
        ("A", 2, "customer", "I need my permit.", 0, ""),
        ("A", 3, "customer", "It's urgent.", 0, ""),
        ("A", 4, "staff", "That's not my job.", None, "forbidden"),
        ("A", 5, "customer", "Unbelievable. I want your manager.", -2, "escalation"),
        ("A", 6, "staff", "I'm sorry. I'll take you to window 5 now.", None,
         "acknowledge;next_step"),
        ("A", 7, "customer", "OK.", -1, ""),
        ("B", 1, "customer", "Where is my refund?", -1, ""),
        ("B", 2, "staff", "Good morning.", None, "greeting"),
        ("B", 3, "customer", "Where is it?", -1, ""),
        ("B", 4, "staff", "I'll check now.", None, "next_step"),
        ("B", 5, "customer", "Thanks.", 0, ""),
        ("B", 6, "staff", "The system shows status three.", None, ""),
        ("B", 7, "customer", "What does that mean?", -1, ""),
        ("C", 1, "customer", "Is my licence ready?", 0, ""),
        ("C", 2, "staff", "I don't know yet, but I'll call you back by 4 pm.", None,
         "next_step"),
        ("C", 3, "customer", "Great, thanks.", 1, ""),
        ("D", 1, "staff", "Hello!", None, "greeting"),
        ("D", 2, "customer", "Hi.", 0, ""),
        ("D", 3, "staff", "Thank you, goodbye.", None, "thanks"),
        ("D", 4, "customer", "Bye.", 1, ""),
        ("E", 1, "customer", "Hello.", 0, ""),
        ("E", 2, "staff", "Form B-12 again.", None, ""),
        ("E", 3, "customer", "Again?", -1, ""),
        ("E", 4, "staff", "Calm down.", None, "forbidden"),
        ("E", 5, "customer", "I will complain.", -2, "escalation"),
        ("F", 1, "staff", "您好。", None, "greeting"),
        ("F", 2, "customer", "我想办居住证。", 0, ""),
        ("F", 3, "staff", "请出示身份证。", None, ""),
        ("F", 4, "customer", "给您。", 0, ""),
        ("F", 5, "customer", "（递上材料）", None, ""),
        ("F", 6, "staff", "材料要转到后台审核。", None, ""),
        ("F", 7, "customer", "那要多久？", -1, ""),
        ("F", 8, "staff", "我也不清楚。", None, "forbidden"),
        ("F", 9, "customer", "我要投诉。", -2, "escalation"),
    ]
    return pd.DataFrame(rows, columns=["conversation", "turn", "speaker", "text", "sentiment",
                                       "annotation"])


def test_went_wrong_by_hand() -> None:
    w = went_wrong(conversations())
    got = {c: (None if pd.isna(r.turn) else int(r.turn), r.reason) for c, r in w.iterrows()}
    assert got == {"A": (4, "both"), "B": (6, "sentiment"), "C": (2, "forbidden"),
                   "D": (None, None), "E": (2, "sentiment"), "F": (6, "sentiment")}
    assert w.loc["A", "drop_turn"] == 5 and w.loc["E", "forbidden_turn"] == 4
    assert w.loc["F", "drop_turn"] == 7 and w.loc["F", "forbidden_turn"] == 8
    assert pd.isna(w.loc["C", "drop_turn"]) and pd.isna(w.loc["D", "forbidden_turn"])


def test_went_wrong_drop_threshold_and_forbidden_rule_alone() -> None:
    # with drop=2 only A (0 → −2) has a fall; B, E, F fall by one point only
    w = went_wrong(conversations(), drop=2)
    assert w["turn"].tolist() == [4, pd.NA, 2, pd.NA, 4, 8]
    assert w["reason"].tolist()[:3] == ["both", None, "forbidden"]
    # without ratings only the forbidden rule applies
    w = went_wrong(conversations().drop(columns="sentiment"))
    assert w["turn"].tolist() == [4, pd.NA, 2, pd.NA, 4, 8]
    for bad in (0, -1, "1", True):
        with pytest.raises(ValueError, match="drop"):
            went_wrong(conversations(), drop=bad)


def test_classify_turns_marks_staff_turns_only() -> None:
    df = classify_turns(conversations())
    staff = df[df["speaker"] == "staff"]
    assert staff["label"].tolist() == [
        "standard", "forbidden", "standard",            # A
        "standard", "standard", "neutral",              # B
        "forbidden",                                    # C
        "standard", "standard",                         # D
        "neutral", "forbidden",                         # E
        "standard", "neutral", "neutral", "forbidden"]  # F
    assert df.loc[df["speaker"] == "customer", "label"].isna().all()
    row = df[(df["conversation"] == "A") & (df["turn"] == 6)].iloc[0]
    assert (row["acknowledge"], row["next_step"], row["greeting"]) == (True, True, False)
    assert df[(df["conversation"] == "E") & (df["turn"] == 4)]["forbidden"].iloc[0] == "Calm down"


def test_summarise_and_escalation_rates_by_hand() -> None:
    s = summarise(conversations())
    assert s["forbidden"].tolist() == [True, False, True, False, True, True]
    assert s["escalated"].tolist() == [True, False, False, False, True, True]
    assert s["escalation_turn"].tolist() == [5, pd.NA, pd.NA, pd.NA, 5, 9]
    assert s.loc["A", "sentiment_change"] == -1 and s.loc["D", "sentiment_change"] == 1
    assert s.loc["A", "acknowledge"] and not s.loc["D", "acknowledge"]
    assert not s["all_elements"].any()
    assert s["went_wrong"].tolist() == [4, 6, 2, pd.NA, 2, 6]
    # forbidden: A, C, E, F, of which A, E, F escalated → 3/4; without: B, D → 0/2
    rates = escalation_rates(s).iloc[0]
    assert rates.tolist() == [0.75, 0.0, 4, 2]
    s["group"] = ["x", "x", "y", "y", "y", "y"]
    by = escalation_rates(s, by="group")
    assert by.loc["x"].tolist() == [1.0, 0.0, 1, 1]
    assert by.loc["y"].tolist() == [2 / 3, 0.0, 3, 1]
    with pytest.raises(ValueError, match=r"missing column\(s\) \['escalated'\]"):
        escalation_rates(s.drop(columns="escalated"))


def test_read_transcripts_names_row_column_and_value() -> None:
    df = conversations()
    with pytest.raises(ValueError, match=r"missing column\(s\) \['speaker'\]"):
        read_transcripts(df.drop(columns="speaker"))
    bad = df.copy()
    bad.loc[2, "speaker"] = "agent"
    with pytest.raises(ValueError, match=r"row 4, column 'speaker': 'agent' is not one of"):
        read_transcripts(bad)
    bad = df.astype({"turn": float})
    bad.loc[0, "turn"] = 1.5
    with pytest.raises(ValueError, match=r"row 2, column 'turn': 1.5 is not a turn number"):
        read_transcripts(bad)
    bad = df.copy()
    bad.loc[1, "turn"] = 1
    with pytest.raises(ValueError, match=r"row 3, column 'turn': turn 1 of conversation 'A' "
                                         r"appears twice"):
        read_transcripts(bad)
    bad = df.astype({"sentiment": object})
    bad.loc[1, "sentiment"] = "angry"
    with pytest.raises(ValueError, match=r"row 3, column 'sentiment': 'angry' is not a "
                                         r"sentiment rating"):
        read_transcripts(bad)
    bad = df.copy()
    bad.loc[1, "sentiment"] = 3
    with pytest.raises(ValueError, match="row 3, column 'sentiment'"):
        read_transcripts(bad)
    with pytest.raises(ValueError, match="must be a table"):
        read_transcripts([1, 2])  # type: ignore[arg-type]
    with i18n.language("zh"):
        bad = df.copy()
        bad.loc[2, "speaker"] = "agent"
        with pytest.raises(ValueError, match="第 4 行"):
            read_transcripts(bad)


def test_read_transcripts_sorts_folds_and_fills() -> None:
    df = conversations().iloc[::-1].copy()
    df.loc[df.index[0], "speaker"] = " Customer "
    df.loc[df.index[1], "text"] = None
    out = read_transcripts(df)
    assert out["conversation"].is_monotonic_increasing
    assert out.groupby("conversation")["turn"].apply(lambda s: s.is_monotonic_increasing).all()
    assert set(out["speaker"]) == {"staff", "customer"}
    assert (out["text"] == "").sum() == 1


# ----------------------------------------------------------------------- properties
WORDS = st.sampled_from(["hello", "form", "window", "please", "我们", "材料", "today", "的",
                         "check", "3", "pm", ".", ",", "好"])


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=12), st.sampled_from(PHRASE_STANDARD.to_frame().query(
    "kind == 'forbidden'")["phrase"].tolist()), st.integers(0, 12))
def test_inserting_a_forbidden_phrase_makes_a_turn_forbidden(words: list[str], phrase: str,
                                                             at: int) -> None:
    words = list(words)
    words.insert(min(at, len(words)), phrase.replace("…", "").rstrip("*"))
    text = " ".join(words)
    assert check_reply(text).label == "forbidden"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_any_text_gets_a_label_and_the_label_follows_the_rule(text: str) -> None:
    r = check_reply(text)
    assert r.label in cm.LABELS
    assert (r.label == "forbidden") == bool(r.forbidden)
    assert r.label != "standard" or r.score > 0
    assert check_reply(text.upper()).label == r.label or not text.isascii()


def test_the_checker_reuses_the_standards_machinery() -> None:
    # the same matching function and review base as the standards checker
    assert cm.find_elements is standards.find_elements
    assert issubclass(cm.ReplyReview, standards.ElementReview)
    assert issubclass(standards.StandardReview, standards.ElementReview)
    assert standards.text_language("您好") == "zh" == check_reply("您好").lang


# ---------------------------------------------------------------------------- plots
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_plots(lang: str, no_missing_glyphs: Any) -> None:
    import matplotlib.pyplot as plt

    df = conversations()
    df["channel"] = "window"
    with no_missing_glyphs(lang):
        ax = cm.plot_conversation(df, "A")
        ax.figure.canvas.draw()
        title = ax.get_title(loc="left")
        assert ("Conversation A" in title) if lang == "en" else ("对话 A" in title)
        # the dashed line at the turn where it went wrong
        assert any(list(line.get_xdata()) == [4, 4] for line in ax.get_lines())
        cm.plot_escalation(summarise(df)).figure.canvas.draw()
    plt.close("all")
    with pytest.raises(ValueError, match="no conversation 'Z'"):
        cm.plot_conversation(df, "Z")
