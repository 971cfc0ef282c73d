"""Communication in the service encounter: a transparent, rule-based phrase checker.

**A teaching aid, not a judge.** The checker looks for listed words and phrases. It does
not understand meaning: a deflection said in other words passes it, and an honest "I don't
know yet, but I will find out by four" trips it. Use what it finds as a prompt for a
conversation about the reply, and judge the reply yourself.

The checker extends the approach of the standards checker
(:func:`svcx_helpers.standards.check_standard`): the same bilingual pattern matching
(:func:`~svcx_helpers.standards.find_elements`) and the same kind of review
(:class:`~svcx_helpers.standards.ElementReview`: the table of what was found, the words
that matched and what was looked for). What it looks for is data, the **phrase standard**
(:data:`PHRASE_STANDARD`, English and Chinese), which a trainer can read, argue with and
extend:

* four **required elements** of a good reply — ``greeting`` (greeting), ``acknowledge``
  (acknowledgement or apology), ``next_step`` (a solution or next step) and ``thanks``;
  they follow the complaint-handling mnemonics taught to front-line staff (LAST: listen,
  apologise, solve, thank; HEARD: hear, empathise, apologise, resolve, diagnose — practice
  sources, not research);
* **forbidden phrases** in five groups — ``deflect`` ("that's not my job", 不归我管),
  ``ignorance`` ("I don't know", 我不知道), ``dismiss`` ("calm down", 没办法), ``blame``
  ("I already told you", 我不是说过了吗) and ``rush`` ("hurry up", 快点) — of the kind
  that Chinese public service windows list as 服务忌语. The lists are compiled for this
  course; they quote no particular published standard.

Rules (one staff turn):

* **label** = ``"forbidden"`` if a forbidden phrase occurs; else ``"standard"`` if at
  least one required element occurs; else ``"neutral"``.
* A reply **meets the standard** (:attr:`ReplyReview.ok`) when it has no forbidden phrase
  and all four required elements.

Where a conversation **went wrong** (:func:`went_wrong`) is the earlier of two turns: the
first staff turn with a forbidden phrase, and the last staff turn before the first
customer turn whose rated sentiment fell by at least ``drop`` points from the customer's
previous rated turn.

Example
-------
>>> review = check_reply("That's not my job. Ask at window 5.")
>>> review.label, review.forbidden
('forbidden', {'deflect': ['not my job']})
>>> check_reply("您好！让您久等了，很抱歉。我来帮您办理，三点前给您回电。谢谢！").ok
True
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

import numpy as np
import pandas as pd

from .i18n import t
from .plotting import lazy_plots
from .standards import ElementReview, find_elements, text_language

_PLOTS = ("plot_conversation", "plot_escalation")
__getattr__, __dir__ = lazy_plots(__name__, "plots.communication", _PLOTS)

REQUIRED = ("greeting", "acknowledge", "next_step", "thanks")
"""The required elements of a reply, in the order a good reply usually has them."""
FORBIDDEN = ("deflect", "ignorance", "dismiss", "blame", "rush")
"""The groups of forbidden phrases."""
LABELS = ("forbidden", "standard", "neutral")
"""Labels of a staff turn: a forbidden phrase / a required element and no forbidden
phrase / neither."""
SPEAKERS = ("staff", "customer")
CHANNELS = ("window", "hotline", "chat", "email")
"""Channels of the course's transcripts: a service window, a telephone hotline, online
chat and e-mail (others are allowed)."""
SENTIMENT_RANGE = (-2, 2)
"""Customer sentiment as rated by a coder: −2 very negative … 0 neutral … +2 very
positive."""
ESCALATION = "escalation"
"""The annotation code of a customer turn in which the customer escalates: asks for a
supervisor, or says they will complain (to the 12345 hotline, for example)."""
COLUMNS = ("conversation", "speaker", "turn", "text")
"""Columns a transcript table must have; ``language``, ``channel``, ``sentiment`` and
``annotation`` are read when present."""

Phrases = Mapping[str, Mapping[str, Sequence[str]]]

PHRASE_STANDARD_DATA: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "required": {
        "greeting": {
            "en": ("hello", "hi", "good morning", "good afternoon", "good evening",
                   "welcome", "dear"),
            "zh": ("您好", "你好", "早上好", "上午好", "下午好", "欢迎", "尊敬的"),
        },
        "acknowledge": {
            "en": ("sorry", "apologi*", "I understand", "I can see", "I see why", "I hear you",
                   "that must be", "I realise", "I realize", "you're right", "you are right"),
            "zh": ("抱歉", "对不起", "不好意思", "理解您", "能理解", "明白您", "让您久等",
                   "给您添麻烦", "给您带来", "辛苦您", "您说得对"),
        },
        "next_step": {
            "en": ("I will", "I'll", "we will", "we'll", "let me", "next step", "I can book",
                   "I have booked", "I've booked", "I have sent", "I've sent",
                   "you will receive", "you'll receive", "call you back", "will be ready",
                   "here is what"),
            "zh": ("我来", "我帮您", "我马上", "马上为您", "为您办理", "为您预约", "给您预约",
                   "下一步", "回电", "答复您", "回复您", "会在…前", "办好后"),
        },
        "thanks": {
            "en": ("thank*", "appreciate"),
            "zh": ("谢谢", "感谢", "多谢"),
        },
    },
    "forbidden": {
        "deflect": {
            "en": ("not my job", "not my department", "not my problem", "not my responsibility",
                   "nothing to do with me", "ask someone else", "not our department",
                   "not our problem", "don't ask me"),
            "zh": ("不归我管", "不是我管的", "不关我的事", "这不是我的事", "找别人", "问别人去",
                   "别问我", "不是我们部门"),
        },
        "ignorance": {
            "en": ("I don't know", "I do not know", "no idea"),
            "zh": ("我不知道", "我也不知道", "我也不清楚", "谁知道"),
        },
        "dismiss": {
            "en": ("calm down", "nothing I can do", "nothing we can do", "rules are rules",
                   "that's just how it is", "take it or leave it"),
            "zh": ("冷静点", "冷静一点", "没办法", "规定就是规定", "爱办不办", "急什么"),
        },
        "blame": {
            "en": ("you should have", "your fault", "I already told you", "as I said before",
                   "read the sign", "you didn't read"),
            "zh": ("我不是说过了吗", "早就跟你说了", "你自己看", "看清楚了再来", "看牌子",
                   "你怎么不早说", "你应该早"),
        },
        "rush": {
            "en": ("hurry up", "I'm busy", "I am busy", "I don't have time", "we're closing"),
            "zh": ("快点", "没看我正忙着吗", "我很忙", "下班了"),
        },
    },
}
"""The course's phrase standard as plain data: kind (``required``/``forbidden``) →
element or group → language → phrases. How a phrase is matched: see
:func:`phrase_pattern`."""


def _check_phrase(phrase: Any, where: str) -> str:
    if not isinstance(phrase, str) or not phrase.strip():
        raise ValueError(t("communication.err.phrase", where=where, value=phrase))
    return " ".join(phrase.split())


def phrase_pattern(phrase: str, lang: str) -> str:
    """The regular expression that finds ``phrase`` in a text (case-insensitive).

    English: the words in order, any spaces between them, whole words only; ``'`` also
    matches a typographic ’; a trailing ``*`` matches any ending (``apologi*`` finds
    apologise, apologize, apologies). Chinese: the characters as written; ``…`` matches up
    to twelve characters (``会在…前`` finds 会在本周五前).

    >>> phrase_pattern("I'll", "en")
    "(?<![\\\\w'’])I['’]ll(?![\\\\w'’])"
    >>> bool(re.search(phrase_pattern("会在…前", "zh"), "材料会在本周五前寄出"))
    True
    """
    phrase = _check_phrase(phrase, f"{lang}")
    if lang == "zh":
        return ".{0,12}?".join(re.escape(part) for part in phrase.split("…"))
    stem = phrase.endswith("*")
    words = phrase.rstrip("*").split()
    body = r"\s+".join("".join("['’]" if ch in "'’" else re.escape(ch) for ch in w)
                       for w in words)
    if stem:
        body += r"\w*"
    return rf"(?<![\w'’]){body}(?![\w'’])"


@dataclass(frozen=True)
class PhraseStandard:
    """A phrase standard: required elements and forbidden phrases, each in English and
    Chinese. Build one from :data:`PHRASE_STANDARD_DATA`-like data or from a table
    (:meth:`from_frame`), extend it with :meth:`extended`, show it with :meth:`to_frame`.

    >>> std = PHRASE_STANDARD.extended("forbidden", "dismiss", "zh", "你听不懂吗")
    >>> check_reply("你听不懂吗？", standard=std).label
    'forbidden'
    """

    required: Phrases
    forbidden: Phrases
    _patterns: dict[str, dict[str, tuple[str, str]]] = field(init=False, repr=False,
                                                             compare=False)

    def __post_init__(self) -> None:
        patterns: dict[str, dict[str, tuple[str, str]]] = {}
        for kind, names in (("required", REQUIRED), ("forbidden", None)):
            groups = getattr(self, kind)
            if names is not None and set(groups) != set(names):
                raise ValueError(t("communication.err.elements", found=sorted(groups),
                                   expected=list(names)))
            # stored as plain tuples of cleaned phrases, so that equal lists are equal
            clean = {str(name): {lang: tuple(_check_phrase(p, f"{kind}/{name}/{lang}")
                                             for p in by_lang.get(lang, ()))
                                 for lang in ("en", "zh")}
                     for name, by_lang in groups.items()}
            object.__setattr__(self, kind, clean)
            patterns[kind] = {
                name: tuple("|".join(f"(?:{phrase_pattern(p, lang)})" for p in by_lang[lang])
                            or r"(?!x)x" for lang in ("en", "zh"))  # type: ignore[misc]
                for name, by_lang in clean.items()}
        object.__setattr__(self, "_patterns", patterns)

    def patterns(self, kind: str) -> dict[str, tuple[str, str]]:
        """Element (or group) → (English pattern, Chinese pattern) of ``kind``
        (``"required"`` or ``"forbidden"``)."""
        if kind not in self._patterns:
            raise ValueError(t("core.option", value=kind, name="kind",
                               choices=list(self._patterns)))
        return self._patterns[kind]

    def to_frame(self) -> pd.DataFrame:
        """One row per phrase: ``kind``, ``element``, ``language``, ``phrase``."""
        rows = [{"kind": kind, "element": name, "language": lang, "phrase": phrase}
                for kind, groups in (("required", self.required), ("forbidden", self.forbidden))
                for name, by_lang in groups.items()
                for lang in ("en", "zh") for phrase in by_lang.get(lang, ())]
        return pd.DataFrame(rows, columns=["kind", "element", "language", "phrase"])

    @classmethod
    def from_frame(cls, table: pd.DataFrame) -> PhraseStandard:
        """A standard from a table with the columns of :meth:`to_frame` (one phrase a row),
        e.g. a trainer's own list read from a spreadsheet."""
        missing = [c for c in ("kind", "element", "language", "phrase") if c not in table]
        if missing:
            raise ValueError(t("readers.missing_columns", source="phrase standard",
                               missing=missing, found=list(map(str, table.columns))))
        data: dict[str, dict[str, dict[str, list[str]]]] = {"required": {}, "forbidden": {}}
        for i, row in enumerate(table.itertuples(index=False), start=2):
            for column, allowed in (("kind", tuple(data)), ("language", ("en", "zh"))):
                value = getattr(row, column)
                if value not in allowed:
                    raise ValueError(t("readers.cell", file="phrase standard", row=i,
                                       column=column, problem=t("communication.err.value",
                                                                value=value,
                                                                allowed=list(allowed))))
            data[row.kind].setdefault(str(row.element), {}).setdefault(row.language, []).append(
                _check_phrase(row.phrase, f"row {i}"))
        return cls(required=data["required"], forbidden=data["forbidden"])

    def extended(self, kind: str, element: str, lang: str, *phrases: str) -> PhraseStandard:
        """A copy with ``phrases`` added to ``element`` (an existing required element, or a
        forbidden group — a new group is created) in language ``lang``."""
        table = self.to_frame()
        extra = pd.DataFrame({"kind": kind, "element": element, "language": lang,
                              "phrase": list(phrases)})
        return PhraseStandard.from_frame(pd.concat([table, extra], ignore_index=True))


PHRASE_STANDARD = PhraseStandard(required=PHRASE_STANDARD_DATA["required"],
                                 forbidden=PHRASE_STANDARD_DATA["forbidden"])
"""The course's phrase standard (see :data:`PHRASE_STANDARD_DATA`)."""


# --------------------------------------------------------------------------------------
# One reply
# --------------------------------------------------------------------------------------
@dataclass(repr=False)
class ReplyReview(ElementReview):
    """What :func:`check_reply` found in one staff reply: the required elements
    (``found``), the forbidden phrases (``forbidden``: group → words), the ``label`` and
    whether the reply meets the standard (``ok``)."""

    forbidden: dict[str, list[str]] = field(default_factory=dict)
    ELEMENTS: ClassVar[tuple[str, ...]] = REQUIRED

    @property
    def label(self) -> str:
        """``forbidden``, ``standard`` or ``neutral`` (the module's rules)."""
        if self.forbidden:
            return "forbidden"
        return "standard" if self.score else "neutral"

    @property
    def ok(self) -> bool:
        """No forbidden phrase and all four required elements."""
        return not self.forbidden and not self.missing

    def name_of(self, key: str) -> str:
        return t(f"communication.el.{key}")

    def looked_for(self, key: str) -> str:
        return t(f"communication.look.{key}")

    def advice(self, key: str) -> str:
        return t(f"communication.advice.{key}")

    def head(self) -> str:
        return t("communication.review.head", score=self.score, n=len(REQUIRED),
                 label=t(f"communication.label.{self.label}"))

    def remarks(self) -> list[str]:
        return [t("communication.review.forbidden", group=t(f"communication.group.{g}"),
                  words=", ".join(words)) for g, words in self.forbidden.items()]

    def aid(self) -> str:
        return t("communication.review.aid")


def check_reply(text: str, standard: PhraseStandard | None = None,
                lang: str | None = None) -> ReplyReview:
    """Check one staff reply against a phrase standard — a teaching aid, not a judge.

    Finds the words of each required element (greeting, acknowledgement or apology,
    solution or next step, thanks) and of each group of forbidden phrases, with the
    matching of :func:`~svcx_helpers.standards.find_elements` (both languages tried, the
    reply's own first). ``label``: forbidden phrase → ``"forbidden"``; else at least one
    required element → ``"standard"``; else ``"neutral"``. ``ok``: no forbidden phrase and
    all four elements. Source of the elements: the LAST and HEARD mnemonics of
    complaint-handling practice; of the forbidden phrases: the 服务忌语 lists of Chinese
    public service windows (compiled for the course).

    >>> r = check_reply("Hello Ms Chen, I'm sorry for the wait. I'll book you a slot "
    ...                 "for Friday 10 am. Thank you for your patience.")
    >>> r.ok, r.score, r.found["next_step"]
    (True, 4, ["I'll"])
    >>> check_reply("我不知道，你去问别人。").label
    'forbidden'
    >>> check_reply("The form is on the second floor.").label
    'neutral'
    """
    if not isinstance(text, str):
        raise ValueError(t("communication.err.text", value=text))
    std = PHRASE_STANDARD if standard is None else standard
    language = text_language(text, lang)
    found = find_elements(text, std.patterns("required"), lang=language, limit=None)
    bad = find_elements(text, std.patterns("forbidden"), lang=language, limit=None)
    return ReplyReview(text=text, found=found, lang=language,
                       forbidden={g: words for g, words in bad.items() if words})


def classify_turn(text: str, standard: PhraseStandard | None = None,
                  lang: str | None = None) -> str:
    """The label of one staff turn: ``forbidden``, ``standard`` or ``neutral``.

    >>> [classify_turn(s) for s in ("Calm down!", "您好，请坐。", "Form B, please.")]
    ['forbidden', 'standard', 'neutral']
    """
    return check_reply(text, standard, lang).label


def element_position(text: str, element: str, standard: PhraseStandard | None = None) -> int:
    """Where the first phrase of ``element`` (a required element or a forbidden group)
    starts in ``text`` (character index), −1 if it does not occur.

    >>> element_position("Sorry! I'll fix it.", "next_step")
    7
    """
    std = PHRASE_STANDARD if standard is None else standard
    for kind in ("required", "forbidden"):
        if element in std.patterns(kind):
            found = [m.start() for p in std.patterns(kind)[element]
                     for m in [re.search(p, text, flags=re.IGNORECASE)] if m]
            return min(found) if found else -1
    raise ValueError(t("core.option", value=element, name="element",
                       choices=[*REQUIRED, *std.patterns("forbidden")]))


# --------------------------------------------------------------------------------------
# Transcripts
# --------------------------------------------------------------------------------------
def read_transcripts(transcripts: pd.DataFrame) -> pd.DataFrame:
    """A checked copy of a transcript table, one row per turn, sorted by conversation and
    turn: ``speaker`` folded to ``staff``/``customer``, ``turn`` an integer ≥ 1 (unique in
    its conversation), ``text`` a string (missing = ""), ``sentiment`` a number from −2 to
    +2 or missing, ``annotation`` a string of codes separated by ``;`` (missing = "").
    Problems raise a ValueError naming the row (as in the file: the header is row 1), the
    column and the value.

    >>> df = pd.DataFrame({"conversation": ["A", "A"], "speaker": ["Customer", "staff"],
    ...                    "turn": [1, 2], "text": ["Hi.", "Hello!"]})
    >>> read_transcripts(df)["speaker"].tolist()
    ['customer', 'staff']
    """
    if not isinstance(transcripts, pd.DataFrame):
        raise ValueError(t("communication.err.frame", got=type(transcripts).__name__))
    missing = [c for c in COLUMNS if c not in transcripts.columns]
    if missing:
        raise ValueError(t("readers.missing_columns", source="transcripts", missing=missing,
                           found=list(map(str, transcripts.columns))))
    df = transcripts.copy().reset_index(drop=True)

    def shown(value: Any) -> Any:  # numpy scalars as plain Python values in messages
        return value.item() if isinstance(value, np.generic) else value

    def bad(i: int, column: str, problem: str) -> ValueError:
        return ValueError(t("readers.cell", file="transcripts", row=i + 2, column=column,
                            problem=problem))

    speaker = df["speaker"].map(lambda v: str(v).strip().casefold() if pd.notna(v) else "")
    for i, v in speaker.items():
        if v not in SPEAKERS:
            raise bad(int(i), "speaker", t("communication.err.value",
                                           value=shown(df.at[i, "speaker"]),
                                           allowed=list(SPEAKERS)))
    df["speaker"] = speaker
    turns = pd.to_numeric(df["turn"], errors="coerce")
    for i, v in turns.items():
        if pd.isna(v) or v < 1 or v != math.floor(v):
            raise bad(int(i), "turn", t("communication.err.turn", value=shown(df.at[i, "turn"])))
    df["turn"] = turns.astype(int)
    dup = df.duplicated(["conversation", "turn"], keep="first")
    if dup.any():
        i = int(np.flatnonzero(dup)[0])
        raise bad(i, "turn", t("communication.err.duplicate", turn=shown(df.at[i, "turn"]),
                               conversation=shown(df.at[i, "conversation"])))
    df["text"] = df["text"].map(lambda v: "" if pd.isna(v) else str(v))
    if "sentiment" in df.columns:
        values = pd.to_numeric(df["sentiment"], errors="coerce")
        for i, v in values.items():
            raw = df.at[i, "sentiment"]
            if (pd.isna(v) and pd.notna(raw) and str(raw).strip()) or (
                    pd.notna(v) and not SENTIMENT_RANGE[0] <= v <= SENTIMENT_RANGE[1]):
                raise bad(int(i), "sentiment", t("communication.err.sentiment", value=shown(raw)))
        df["sentiment"] = values.astype(float)
    if "annotation" in df.columns:
        df["annotation"] = df["annotation"].map(lambda v: "" if pd.isna(v) else str(v).strip())
    return df.sort_values(["conversation", "turn"], kind="stable").reset_index(drop=True)


def codes(annotation: Any) -> set[str]:
    """The codes of an annotation cell (``"acknowledge;next_step"`` → two codes).

    >>> sorted(codes("acknowledge; next_step"))
    ['acknowledge', 'next_step']
    """
    if annotation is None or (isinstance(annotation, float) and math.isnan(annotation)):
        return set()
    return {c.strip() for c in str(annotation).split(";") if c.strip()}


def classify_turns(transcripts: pd.DataFrame,
                   standard: PhraseStandard | None = None) -> pd.DataFrame:
    """The transcripts (checked by :func:`read_transcripts`) with the checker's view of
    every staff turn: one True/False column per required element (``greeting``,
    ``acknowledge``, ``next_step``, ``thanks``), ``forbidden`` (the forbidden phrases
    found, ``", "``-separated; ``""`` if none) and ``label`` (``forbidden``/``standard``/
    ``neutral``). Customer turns get missing values in these columns.

    >>> df = pd.DataFrame({"conversation": "A", "speaker": ["customer", "staff"],
    ...                    "turn": [1, 2], "text": ["Where do I go?", "Not my job."]})
    >>> classify_turns(df)["label"].tolist()
    [nan, 'forbidden']
    """
    df = read_transcripts(transcripts)
    staff = df["speaker"] == "staff"
    lang = df["language"] if "language" in df.columns else pd.Series(None, index=df.index)
    reviews = {i: check_reply(df.at[i, "text"], standard,
                              lang=lang[i] if lang[i] in ("en", "zh") else None)
               for i in df.index[staff]}
    for element in REQUIRED:
        df[element] = pd.Series({i: bool(r.found.get(element)) for i, r in reviews.items()},
                                index=df.index, dtype="object")
    df["forbidden"] = pd.Series({i: ", ".join(w for words in r.forbidden.values() for w in words)
                                 for i, r in reviews.items()}, index=df.index, dtype="object")
    df["label"] = pd.Series({i: r.label for i, r in reviews.items()}, index=df.index,
                            dtype="object")
    return df


def _classified(transcripts: pd.DataFrame, standard: PhraseStandard | None) -> pd.DataFrame:
    if "label" in transcripts.columns and "forbidden" in transcripts.columns:
        return read_transcripts(transcripts)
    return classify_turns(transcripts, standard)


def went_wrong(transcripts: pd.DataFrame, drop: float = 1,
               standard: PhraseStandard | None = None) -> pd.DataFrame:
    """The turn where each conversation went wrong, by two transparent rules.

    For each conversation:

    * **F** = the first staff turn whose label is ``forbidden`` (:func:`classify_turn`);
    * **D** = the first customer turn whose ``sentiment`` is at least ``drop`` points
      below the customer's previous rated turn (sₖ ≤ sₖ₋₁ − ``drop``; turns without a
      rating are skipped); **S** = the last staff turn before D;
    * went wrong at **min(F, S)**, whichever exist; if neither exists, the conversation
      did not go wrong (missing value).

    Result, one row per conversation: ``turn`` (where it went wrong), ``reason``
    (``"forbidden"``, ``"sentiment"`` or ``"both"`` when F = S), ``forbidden_turn`` (F) and
    ``drop_turn`` (D, the customer's turn). Without a ``sentiment`` column only rule F
    applies. The rules are a teaching aid: the drop rule blames the turn before any fall
    in mood, even when the staff member only passed on bad news.

    >>> df = pd.DataFrame({"conversation": "A", "turn": [1, 2, 3, 4, 5],
    ...     "speaker": ["customer", "staff", "customer", "staff", "customer"],
    ...     "text": ["Hi.", "Hello!", "I need a permit.", "Bring form B.", "Again?!"],
    ...     "sentiment": [0, None, 0, None, -1]})
    >>> row = went_wrong(df).loc["A"]
    >>> int(row["turn"]), row["reason"], int(row["drop_turn"])
    (4, 'sentiment', 5)
    """
    if not isinstance(drop, (int, float)) or isinstance(drop, bool) or not drop > 0:
        raise ValueError(t("communication.err.drop", value=drop))
    df = _classified(transcripts, standard)
    has_sentiment = "sentiment" in df.columns
    rows = {}
    for conv, g in df.groupby("conversation", sort=True):
        sentiment = (g["sentiment"].to_numpy(dtype=float) if has_sentiment
                     else np.full(len(g), np.nan))
        f_turn = d_turn = s_turn = last_staff = None
        previous: float | None = None
        for speaker, turn, label, mood in zip(g["speaker"], g["turn"], g["label"], sentiment,
                                              strict=True):
            if speaker == "staff":
                if f_turn is None and label == "forbidden":
                    f_turn = int(turn)
                last_staff = int(turn)
            elif not math.isnan(mood):
                if (d_turn is None and previous is not None and last_staff is not None
                        and mood <= previous - drop + 1e-12):
                    d_turn, s_turn = int(turn), last_staff
                previous = mood
        found = [x for x in (f_turn, s_turn) if x is not None]
        turn = min(found) if found else None
        reason = None
        if turn is not None:
            reason = ("both" if f_turn == s_turn else "forbidden" if turn == f_turn
                      else "sentiment")
        rows[conv] = {"turn": turn, "reason": reason, "forbidden_turn": f_turn,
                      "drop_turn": d_turn}
    out = pd.DataFrame.from_dict(rows, orient="index",
                                 columns=["turn", "reason", "forbidden_turn", "drop_turn"])
    for column in ("turn", "forbidden_turn", "drop_turn"):
        out[column] = out[column].astype("Int64")
    out["reason"] = out["reason"].astype(object).where(out["reason"].notna(), None)
    out.index.name = "conversation"
    return out


def summarise(transcripts: pd.DataFrame, drop: float = 1,
              standard: PhraseStandard | None = None) -> pd.DataFrame:
    """One row per conversation: ``language`` and ``channel`` (when given), ``turns``;
    whether the staff used each required element anywhere (``greeting`` … ``thanks``) and
    all four (``all_elements``); ``forbidden`` (any forbidden phrase, by the checker);
    ``escalated`` and ``escalation_turn`` (the first customer turn annotated
    ``escalation``); ``first_sentiment``, ``last_sentiment`` and their difference
    ``sentiment_change`` (customer turns); and ``went_wrong``/``reason`` of
    :func:`went_wrong`.

    >>> df = pd.DataFrame({"conversation": "A", "turn": [1, 2, 3],
    ...     "speaker": ["customer", "staff", "customer"],
    ...     "text": ["Hi.", "I don't know.", "I want your manager."],
    ...     "sentiment": [0, None, -2], "annotation": ["", "", "escalation"]})
    >>> row = summarise(df).loc["A"]
    >>> bool(row["forbidden"]), bool(row["escalated"]), float(row["sentiment_change"])
    (True, True, -2.0)
    """
    df = _classified(transcripts, standard)
    wrong = went_wrong(df, drop=drop, standard=standard)
    conversations = df.groupby("conversation", sort=True)
    out = pd.DataFrame(index=pd.Index(sorted(conversations.groups), name="conversation"))
    staff = df[df["speaker"] == "staff"]
    customer = df[df["speaker"] == "customer"]

    def per_conversation(values: pd.Series, frame: pd.DataFrame) -> pd.Series:
        return values.groupby(frame["conversation"]).any().reindex(out.index, fill_value=False)

    for column in ("language", "channel"):
        if column in df.columns:
            out[column] = conversations[column].first()
    out["turns"] = conversations.size()
    for element in REQUIRED:
        out[element] = per_conversation(staff[element].astype(bool), staff).astype(bool)
    out["all_elements"] = out[list(REQUIRED)].all(axis=1)
    out["forbidden"] = per_conversation(staff["label"] == "forbidden", staff).astype(bool)
    if "annotation" in df.columns:
        escalates = customer[customer["annotation"].map(lambda a: ESCALATION in codes(a))]
        first = escalates.groupby("conversation")["turn"].min()
        out["escalated"] = out.index.isin(first.index)
        out["escalation_turn"] = first.reindex(out.index).astype("Int64")
    if "sentiment" in df.columns:
        rated = customer.dropna(subset=["sentiment"]).groupby("conversation")["sentiment"]
        out["first_sentiment"] = rated.first().reindex(out.index).astype(float)
        out["last_sentiment"] = rated.last().reindex(out.index).astype(float)
        out["sentiment_change"] = out["last_sentiment"] - out["first_sentiment"]
    out["went_wrong"] = wrong["turn"]
    out["reason"] = wrong["reason"]
    return out


def escalation_rates(summary: pd.DataFrame, by: str | None = None) -> pd.DataFrame:
    """Escalation rate of conversations with and without a forbidden phrase (columns
    ``with_forbidden``, ``without_forbidden``, ``n_with``, ``n_without``), overall or per
    value of ``by`` (e.g. ``"channel"``). Rate = escalated conversations ÷ conversations.

    >>> s = pd.DataFrame({"forbidden": [True, True, False, False],
    ...                   "escalated": [True, False, False, False]})
    >>> escalation_rates(s).iloc[0].tolist()
    [0.5, 0.0, 2.0, 2.0]
    """
    missing = [c for c in ("forbidden", "escalated", *([by] if by else []))
               if c not in summary.columns]
    if missing:
        raise ValueError(t("readers.missing_columns", source="summary", missing=missing,
                           found=list(map(str, summary.columns))))
    keys = summary[by] if by else pd.Series("all", index=summary.index)
    rows = {}
    for key, g in summary.groupby(keys, sort=True):
        with_f = g.loc[g["forbidden"].astype(bool), "escalated"].astype(bool)
        without = g.loc[~g["forbidden"].astype(bool), "escalated"].astype(bool)
        rows[key] = {"with_forbidden": float(with_f.mean()) if len(with_f) else math.nan,
                     "without_forbidden": float(without.mean()) if len(without) else math.nan,
                     "n_with": len(with_f), "n_without": len(without)}
    out = pd.DataFrame.from_dict(rows, orient="index")
    out.index.name = by
    return out
