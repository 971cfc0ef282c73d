"""Questions of the service-communication exercise (solutions/communication.ipynb →
exercises/communication.ipynb).

Expected answers are computed with :mod:`svcx_helpers.communication` from
``data/service_transcripts.csv`` (tasks 2–4) or from the six replies fixed below (task 1),
so data, library and checks cannot drift apart. Tasks 5 and 6 read the learner's rewrite
of a staff reply that went wrong (turn 5 of conversations C001 and C002): the visible check
is the phrase checker (no forbidden phrase, all four required elements, a real sentence);
a hidden test asks for the elements this case requires — the customer's matter named, a
concrete next step, and the acknowledgement before the solution.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
import pandas as pd

from .. import communication as cm
from ..core import fold_key
from ..data import load_dataset
from ..grading import Question, describe, register
from ..grading.readers import clean as _clean
from ..grading.readers import close as _close
from ..grading.readers import mismatch as _mismatch
from ..grading.readers import number as _number
from ..grading.readers import pair as _pair
from ..i18n import t

DATASET = "service_transcripts"

# Task 1: six replies to classify as the checker does (English and Chinese)
REPLIES: tuple[str, ...] = (
    "Good afternoon! Please have a seat, I'll be with you in a moment.",
    "That's not my department. Try the second floor.",
    "The fee is 20 yuan, payable by card.",
    "您好，请问您办理什么业务？",
    "材料已经收齐了。",
    "具体时间我不知道，我来问一下，十分钟后回复您。",
)
HONEST_REPLY = 5
"""The reply with an honest "I don't know" followed by a next step (index in REPLIES):
the checker flags it all the same."""
LABEL_NAMES = {
    "forbidden": ("forbidden", "forbidden phrase", "forbidden phrases", "忌语", "服务忌语"),
    "standard": ("standard", "standard phrase", "standard phrases", "规范用语", "服务用语",
                 "规范"),
    "neutral": ("neutral", "中性", "中性用语"),
}

# Tasks 5 and 6: the replies to rewrite
@dataclass(frozen=True)
class Rewrite:
    """A staff reply that went wrong, and what the hidden test asks of its rewrite."""

    conversation: str
    turn: int
    original: str
    matter: tuple[str, ...]
    """Words that name the customer's matter (any one, English or Chinese)."""


REWRITE_CASES = {
    "communication.t5_rewrite_en": ("C001", 5, ("business licence", "business license",
                                                "licence", "license", "营业执照", "执照")),
    "communication.t6_rewrite_zh": ("C002", 5, ("公积金", "housing fund")),
}
MIN_WORDS = 10
"""A rewrite is a real reply: at least ten English words, or 18 Chinese characters."""
MIN_CHARS_ZH = 18
CONCRETE = re.compile(
    r"\d|\b(now|today|tomorrow|tonight|minutes?|hours?|window|counter|desk|room|floor|"
    r"monday|tuesday|wednesday|thursday|friday|noon|morning|afternoon|evening|"
    r"am|pm|straight away|right away|immediately)\b|"
    r"[一二两三四五六七八九十]+(?:点|分钟|小时|个工作日|天|号)|马上|现在|立即|今天|明天|"
    r"下午|上午|中午|周[一二三四五]|本周|号窗口|窗口|楼", re.IGNORECASE)
"""What makes a next step concrete: a number, a time or a place."""


# -------------------------------------------------------------------------- data
@cache
def transcripts() -> pd.DataFrame:
    """The course transcripts, classified by the checker (cached)."""
    return cm.classify_turns(load_dataset(DATASET))


@cache
def summary() -> pd.DataFrame:
    return cm.summarise(transcripts())


@cache
def wrong_table() -> pd.DataFrame:
    """:func:`~svcx_helpers.communication.went_wrong` of the course transcripts (cached)."""
    return cm.went_wrong(transcripts())


@cache
def coder_rates() -> tuple[float, float]:
    """Escalation rates split by the coder's ``forbidden`` codes (a typical mistake)."""
    s = summary()
    coder = transcripts().groupby("conversation")["annotation"].agg(
        lambda col: any("forbidden" in cm.codes(a) for a in col))
    row = cm.escalation_rates(s.assign(forbidden=coder.reindex(s.index))).iloc[0]
    return float(row["with_forbidden"]), float(row["without_forbidden"])


def staff_turns() -> pd.DataFrame:
    df = transcripts()
    return df[df["speaker"] == "staff"]


def labels() -> tuple[str, ...]:
    """Task 1: the checker's label of each of the six replies."""
    return tuple(cm.classify_turn(r) for r in REPLIES)


def checker_vs_coder() -> tuple[float, float]:
    """Task 2: (share of staff turns the checker labels forbidden, share of staff turns on
    which the checker's forbidden flag equals the coder's)."""
    staff = staff_turns()
    checker = staff["label"].eq("forbidden")
    coder = staff["annotation"].map(lambda a: "forbidden" in cm.codes(a))
    return float(checker.mean()), float((checker == coder).mean())


def went_wrong_turns() -> dict[str, int]:
    """Task 3: conversation → turn where it went wrong (those that did)."""
    w = wrong_table()["turn"].dropna()
    return {str(k): int(v) for k, v in w.items()}


def escalation_with_without() -> tuple[float, float]:
    """Task 4: escalation rate of conversations with and without a forbidden phrase."""
    row = cm.escalation_rates(summary()).iloc[0]
    return float(row["with_forbidden"]), float(row["without_forbidden"])


def rewrite_case(qid: str) -> Rewrite:
    """The reply to rewrite for task ``qid``, read from the data."""
    conversation, turn, matter = REWRITE_CASES[qid]
    df = transcripts()
    row = df[(df["conversation"] == conversation) & (df["turn"] == turn)].iloc[0]
    return Rewrite(conversation, turn, str(row["text"]), matter)


# -------------------------------------------------------------------------- task 1
def label_code(value: Any) -> str | None:
    """The label for an English or Chinese label name (None when unknown)."""
    if not isinstance(value, str):
        return None
    got = _clean(value)
    for code, names in LABEL_NAMES.items():
        if got in {_clean(n) for n in names}:
            return code
    return None


def _compare_labels(answer: Any, expected: tuple[str, ...]) -> None:
    if isinstance(answer, (str, bytes, Mapping)) or not isinstance(
            answer, (list, tuple, np.ndarray, pd.Series)):
        raise _mismatch("wrong_type", "check.expected_type", expected=f"list ({len(expected)})",
                        got=describe(answer))
    items = list(answer.tolist() if hasattr(answer, "tolist") else answer)
    if len(items) != len(expected):
        raise _mismatch("wrong_shape", "check.expected_len", expected=len(expected),
                        got=len(items))
    got = [label_code(x) for x in items]
    unknown = [str(x)[:30] for x, c in zip(items, got, strict=True) if c is None]
    if unknown:
        raise _mismatch("fail", "communication.bank.labels.unknown", value=unknown[0],
                        labels=", ".join(cm.LABELS))
    if tuple(got) == tuple(expected):
        return
    right = sum(a == e for a, e in zip(got, expected, strict=True))
    credit = right / len(expected)
    if got[HONEST_REPLY] != expected[HONEST_REPLY] and right == len(expected) - 1:
        raise _mismatch("fail", "communication.bank.labels.honest", credit=credit,
                        n=HONEST_REPLY + 1)
    wrong = next(i for i, (a, e) in enumerate(zip(got, expected, strict=True)) if a != e)
    raise _mismatch("fail", "check.n_wrong", credit=credit, n=len(expected) - right,
                    total=len(expected), where=f"#{wrong + 1}")


# -------------------------------------------------------------------------- task 2
def _compare_agreement(answer: Any, expected: tuple[float, float]) -> None:
    share, agree = _pair(answer, (("forbidden_share", "share", "flagged", "forbidden"),
                                  ("agreement", "agree", "agreement_share")))
    if any(1 < v <= 100 for v in (share, agree)):
        raise _mismatch("fail", "communication.bank.share.percent")
    e_share, e_agree = expected
    ok_s, ok_a = _close(share, e_share, 1e-3), _close(agree, e_agree, 1e-3)
    if ok_s and ok_a:
        return
    credit = 0.5 * (ok_s + ok_a)
    if _close(share, e_agree, 1e-3) and _close(agree, e_share, 1e-3):
        raise _mismatch("fail", "communication.bank.agreement.swapped", credit=0.5)
    df = transcripts()
    staff = staff_turns()
    checker = staff["label"].eq("forbidden")
    coder = staff["annotation"].map(lambda a: "forbidden" in cm.codes(a))
    if not ok_s and _close(share, float(checker.sum() / len(df)), 1e-3):
        raise _mismatch("fail", "communication.bank.agreement.all_turns", credit=credit)
    if not ok_a and _close(agree, 1 - float((checker != coder).sum() / len(df)), 1e-3):
        raise _mismatch("fail", "communication.bank.agreement.all_turns", credit=credit)
    both = float((checker & coder).sum())
    if not ok_a and any(_close(agree, both / n, 1e-3)
                        for n in (coder.sum(), checker.sum(), (checker | coder).sum())):
        raise _mismatch("fail", "communication.bank.agreement.flagged_only", credit=credit)
    which = [w for w, ok in (("forbidden_share", ok_s), ("agreement", ok_a)) if not ok]
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(which))


# -------------------------------------------------------------------------- task 3
def _turns_of(answer: Any) -> dict[str, int]:
    """conversation → turn from a dict or Series; missing values (None, NaN, NA) dropped."""
    if isinstance(answer, pd.DataFrame) and "turn" in answer.columns:
        answer = answer["turn"]
    if not isinstance(answer, (Mapping, pd.Series)):
        raise _mismatch("wrong_type", "communication.bank.turns.type", got=describe(answer))
    known = {fold_key(c): c for c in transcripts()["conversation"].unique()}
    out: dict[str, int] = {}
    for key, value in dict(answer).items():
        if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
            continue
        conv = known.get(fold_key(key))
        if conv is None:
            raise _mismatch("fail", "communication.bank.turns.unknown", value=str(key)[:20])
        turn = _number(value)
        if turn != int(turn):
            raise _mismatch("fail", "communication.bank.turns.whole", value=f"{turn:g}",
                            conversation=conv)
        out[conv] = int(turn)
    return out


def _compare_went_wrong(answer: Any, expected: Mapping[str, int]) -> None:
    got = _turns_of(answer)
    if got == dict(expected):
        return
    keys = set(got) | set(expected)
    right = sum(got.get(k) == expected.get(k) for k in keys)
    credit = right / len(keys)
    w = wrong_table()
    drop = {str(k): int(v) for k, v in w["drop_turn"].dropna().items()}
    forbidden = {str(k): int(v) for k, v in w["forbidden_turn"].dropna().items()}
    wrong = {k for k in keys if got.get(k) != expected.get(k)}
    if wrong and all(got.get(k) is not None and got.get(k) == drop.get(k) for k in wrong):
        raise _mismatch("fail", "communication.bank.turns.customer_turn", credit=credit)
    if wrong and all(k not in got for k in wrong) and set(got) == set(forbidden):
        raise _mismatch("fail", "communication.bank.turns.forbidden_only", credit=credit,
                        n=len(wrong))
    if wrong and all(k not in got for k in wrong) and all(k not in drop for k in wrong):
        raise _mismatch("fail", "communication.bank.turns.sentiment_only", credit=credit,
                        n=len(wrong))
    missing = sorted(k for k in wrong if k not in got)
    extra = sorted(k for k in wrong if k not in expected)
    if missing and not extra and len(wrong) == len(missing):
        raise _mismatch("fail", "communication.bank.turns.missing", credit=credit,
                        n=len(missing), first=missing[0])
    if extra and len(wrong) == len(extra):
        raise _mismatch("fail", "communication.bank.turns.extra", credit=credit,
                        n=len(extra), first=extra[0])
    first = sorted(wrong)[0]
    raise _mismatch("fail", "communication.bank.turns.wrong", credit=credit, n=len(wrong),
                    total=len(keys), first=first)


# -------------------------------------------------------------------------- task 4
def _compare_escalation(answer: Any, expected: tuple[float, float]) -> None:
    with_f, without = _pair(answer, (("with_forbidden", "with", "forbidden"),
                                     ("without_forbidden", "without", "no_forbidden")))
    if any(1 < v <= 100 for v in (with_f, without)):
        raise _mismatch("fail", "communication.bank.share.percent")
    e_with, e_without = expected
    ok_w, ok_o = _close(with_f, e_with, 1e-3), _close(without, e_without, 1e-3)
    if ok_w and ok_o:
        return
    credit = 0.5 * (ok_w + ok_o)
    if _close(with_f, e_without, 1e-3) and _close(without, e_with, 1e-3):
        raise _mismatch("fail", "communication.bank.escalation.swapped", credit=0.5)
    s = summary()
    alt_with, alt_without = coder_rates()
    if _close(with_f, alt_with, 1e-3) or _close(without, alt_without, 1e-3):
        raise _mismatch("fail", "communication.bank.escalation.coder", credit=credit)
    if _close(with_f, float((s["forbidden"] & s["escalated"]).sum() / s["escalated"].sum()),
              1e-3):
        raise _mismatch("fail", "communication.bank.escalation.reversed", credit=credit)
    which = [w for w, ok in (("with_forbidden", ok_w), ("without_forbidden", ok_o)) if not ok]
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(which))


# -------------------------------------------------------------------------- tasks 5, 6
def _long_enough(text: str) -> bool:
    zh = len(re.findall(r"[\u4e00-\u9fff]", text))
    return zh >= MIN_CHARS_ZH or len(re.findall(r"[A-Za-z']+", text)) >= MIN_WORDS


def _compare_rewrite(answer: Any, expected: Rewrite) -> None:
    if not isinstance(answer, str):
        raise _mismatch("wrong_type", "check.expected_type", expected="str",
                        got=describe(answer))
    text = answer.strip()
    if not text:
        raise _mismatch("fail", "communication.bank.rewrite.empty")
    if " ".join(text.split()) == " ".join(expected.original.split()):
        raise _mismatch("fail", "communication.bank.rewrite.unchanged")
    review = cm.check_reply(text)
    if review.forbidden:
        words = ", ".join(w for ws in review.forbidden.values() for w in ws)
        raise _mismatch("fail", "communication.bank.rewrite.forbidden", words=words)
    if review.missing:
        names = ", ".join(t(f"communication.el.{k}") for k in review.missing)
        raise _mismatch("fail", "communication.bank.rewrite.missing",
                        credit=0.2 * review.score, missing=names)
    if not _long_enough(text):
        raise _mismatch("fail", "communication.bank.rewrite.short", credit=0.8,
                        words=MIN_WORDS, chars=MIN_CHARS_ZH)


def case_elements(text: str, case: Rewrite) -> list[str]:
    """What the hidden test of a rewrite finds missing: ``matter`` (the customer's matter
    is not named), ``concrete`` (no number, time or place in the reply), ``order`` (the
    acknowledgement does not come before the next step).

    >>> case = Rewrite("C001", 5, "That's not my job.", ("licence",))
    >>> case_elements("Hello, sorry! I'll take your licence to window 5 now. Thanks!", case)
    []
    """
    low = text.casefold()
    problems = []
    if not any(word.casefold() in low for word in case.matter):
        problems.append("matter")
    if not CONCRETE.search(text):
        problems.append("concrete")
    ack, step = cm.element_position(text, "acknowledge"), cm.element_position(text, "next_step")
    if ack < 0 or step < 0 or ack > step:
        problems.append("order")
    return problems


# -------------------------------------------------------------------------- questions
register(Question(
    "communication.t1_labels", points=2, partial=True,
    title=("Classify six replies as the checker does", "像检查器那样给六句答复分类"),
    expected=labels, compare=_compare_labels,
    hints=[("Apply the rules in order: a forbidden phrase makes the reply 'forbidden'; "
            "otherwise any required element (greeting, acknowledgement, next step, thanks) "
            "makes it 'standard'; otherwise it is 'neutral'.",
            "按顺序套用规则：出现忌语即为“forbidden”；否则只要有一个必备要素（问候、体谅或致歉、"
            "下一步、致谢）就是“standard”；否则为“neutral”。"),
           ("communication.classify_turn(text) gives the label of one reply; the checker "
            "reads words, not intentions, so an honest 我不知道 still counts.",
            "communication.classify_turn(text) 给出一句答复的标签；检查器只认词语、不问用意，"
            "所以即使是坦诚的“我不知道”也照样算。")],
))

register(Question(
    "communication.t2_checker_vs_coder", points=2, partial=True,
    title=("The checker against the human coder", "检查器与人工编码员的对照"),
    expected=checker_vs_coder, compare=_compare_agreement,
    hints=[("Count staff turns only. The checker's flag: label == 'forbidden'; the coder's: "
            "'forbidden' among the codes of the annotation. Agreement is the share of staff "
            "turns on which both say the same (both yes or both no).",
            "只统计员工的轮次。检查器的判断：label == 'forbidden'；编码员的判断：annotation 的"
            "编码中有 'forbidden'。一致率是两者判断相同（都是或都不是）的员工轮次所占比例。"),
           ("turns = communication.classify_turns(df); staff = turns[turns.speaker == "
            "'staff']; use communication.codes(a) to split an annotation; give [share, "
            "agreement] as numbers between 0 and 1.",
            "turns = communication.classify_turns(df)；staff = turns[turns.speaker == "
            "'staff']；用 communication.codes(a) 拆分 annotation；以 0 到 1 之间的数给出 "
            "[share, agreement]。")],
))

register(Question(
    "communication.t3_went_wrong", points=3, partial=True,
    title=("Where each conversation went wrong", "每段对话在哪一轮出了问题"),
    expected=went_wrong_turns, compare=_compare_went_wrong,
    hints=[("For each conversation take the earlier of the first staff turn with a forbidden "
            "phrase and the last staff turn before the customer's mood first falls. Leave "
            "out the conversations where neither happens.",
            "对每段对话，取以下两者中较早的一个：第一个出现忌语的员工轮次，以及顾客情绪第一次"
            "下降之前的最后一个员工轮次。两者都没有的对话不列入。"),
           ("communication.went_wrong(df)['turn'].dropna() is a Series: conversation → "
            "turn. The turn is the staff member's, not the customer's.",
            "communication.went_wrong(df)['turn'].dropna() 即为“对话 → 轮次”的 Series。"
            "要给的是员工的轮次，而不是顾客的轮次。")],
))

register(Question(
    "communication.t4_escalation", points=2, partial=True,
    title=("Escalation with and without a forbidden phrase", "出现与未出现忌语时的升级投诉率"),
    expected=escalation_with_without, compare=_compare_escalation,
    hints=[("Per conversation: did the checker find a forbidden phrase in any staff turn, "
            "and did the customer escalate (annotation 'escalation')? Then the share of "
            "escalated conversations in each group.",
            "逐段对话判断：检查器是否在任一员工轮次中发现忌语？顾客是否升级投诉（annotation 为 "
            "'escalation'）？再分别计算两组中升级投诉的对话比例。"),
           ("communication.escalation_rates(communication.summarise(df)) has the columns "
            "'with_forbidden' and 'without_forbidden'; give [with, without].",
            "communication.escalation_rates(communication.summarise(df)) 中有 "
            "'with_forbidden' 和 'without_forbidden' 两列；按 [with, without] 给出。")],
))

register(Question(
    "communication.t5_rewrite_en", points=2, partial=True,
    title=("Rewrite the reply at the window (C001, turn 5)", "改写窗口答复（C001 第 5 轮）"),
    expected=lambda: rewrite_case("communication.t5_rewrite_en"), compare=_compare_rewrite,
    hints=[("Keep what the customer needs to know (window 5) and give the four required "
            "elements: a greeting, an acknowledgement or apology, what you will do next, and "
            "thanks. communication.check_reply(text) shows what it finds.",
            "保留顾客需要知道的信息（5 号窗口），并写全四个必备要素：问候、体谅或致歉、你下一步"
            "做什么、致谢。communication.check_reply(text) 会显示它找到了什么。"),
           ("Open with 'Hello', apologise for the second queue, say 'I'll take you to window "
            "5 now …', end with 'Thank you …'. No phrase of the forbidden list, not even "
            "'not my job' in a kinder tone.",
            "以“您好”开头，为让顾客排了两次队致歉，说“我现在带您去 5 号窗口……”，以“谢谢……”"
            "结尾。不要用忌语清单上的任何说法，语气再温和也不要说“不归我管”。")],
))

register(Question(
    "communication.t6_rewrite_zh", points=2, partial=True,
    title=("Rewrite the reply on the hotline (C002, turn 5)", "改写热线答复（C002 第 5 轮）"),
    expected=lambda: rewrite_case("communication.t6_rewrite_zh"), compare=_compare_rewrite,
    hints=[("The caller has waited a week for the housing fund money. Greet, acknowledge the "
            "wait, say what you will do and by when, and thank the caller; you may write in "
            "Chinese or English. communication.check_reply(text) shows what it finds.",
            "来电人为公积金提取款已经等了一个星期。请问候、体谅对方的等待、说明你要做什么以及"
            "何时答复，并向对方致谢；中文或英文均可。communication.check_reply(text) 会显示它"
            "找到了什么。"),
           ("For example: 您好 … 抱歉让您等了这么久 … 我马上联系公积金中心 … 今天下午四点前"
            "给您回电 … 谢谢您的耐心. Leave out 我不知道 and 不归我管 entirely.",
            "例如：您好……抱歉让您等了这么久……我马上联系公积金中心……今天下午四点前给您回电……"
            "谢谢您的耐心。“我不知道”“不归我管”一概不要出现。")],
))
