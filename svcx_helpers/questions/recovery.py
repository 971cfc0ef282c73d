"""Questions of the complaint-handling and service-recovery exercise (solutions/recovery.ipynb
→ exercises/recovery.ipynb).

Expected answers are computed with :mod:`svcx_helpers.recovery` from ``data/complaints.csv``
and ``data/complaint_baseline.csv`` (tasks 2–8) or from the handling steps fixed below
(task 1), so data, library and checks cannot drift apart. Task 8 reads the learner's own
root cause and fail-safe for the largest complaint category: the check asks for the right
category and two real sentences; a hidden test asks that the fail-safe *prevents* the
failure instead of paying for it afterwards.

Tasks 1–7 also have an answer card (the no-code track, ``exercises/nocode/recovery.ipynb``):
the cards return what the code track stores (a list of steps; dicts under the same keys).
Two readings are added for them, both about form, not content: in task 2 the vital few
may be given as *how many* of the largest categories (a whole number ``n`` means the
``n`` categories with the most complaints), and in tasks 2 and 7 a category may be named
by its label as shown in the tables (English or Chinese).
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Mapping
from functools import cache
from typing import Any

import numpy as np
import pandas as pd

from .. import recovery
from ..data import load_dataset
from ..grading import Card, Criterion, Question, describe, register
from ..grading.readers import clean as _clean
from ..grading.readers import close as _close
from ..grading.readers import code as _code
from ..grading.readers import field_numbers, fields
from ..grading.readers import mismatch as _mismatch
from ..grading.readers import number as _number

DATASET = "complaints"
BASELINE = "complaint_baseline"

# Task 1: the handling steps in the order of the course (seed 003: listen and empathise,
# apologise and explain, solve and follow up)
STEPS = ("listen", "empathise", "apologise", "explain", "solve", "follow_up")
STEP_TEXT = {
    "listen": "let the customer tell the whole story without interrupting",
    "empathise": "show that you understand how the customer feels",
    "apologise": "apologise sincerely for the specific inconvenience",
    "explain": "explain briefly what went wrong, without shifting the blame",
    "solve": "propose a concrete solution, agree it with the customer and carry it out",
    "follow_up": "check afterwards that the problem is solved and the customer satisfied",
}
STEP_TEXT_ZH = {
    "listen": "让顾客把事情完整说完，不打断",
    "empathise": "表明你理解顾客的感受",
    "apologise": "就具体给顾客带来的不便真诚道歉",
    "explain": "简要说明哪里出了问题，不推卸责任",
    "solve": "提出具体的解决方案，与顾客商定后落实",
    "follow_up": "事后确认问题已解决、顾客满意",
}
STEP_LABELS = {"listen": ("Listen", "倾听"), "empathise": ("Empathise", "表示理解"),
               "apologise": ("Apologise", "道歉"), "explain": ("Explain", "解释"),
               "solve": ("Solve", "解决"), "follow_up": ("Follow up", "跟进")}
SHUFFLED_STEPS = ["explain", "follow_up", "listen", "solve", "apologise", "empathise"]
STEP_NAMES = {
    "listen": ("listen", "listening", "hear", "倾听", "聆听"),
    "empathise": ("empathise", "empathize", "empathy", "show empathy", "同理心", "共情",
                  "表示理解", "理解与同情"),
    "apologise": ("apologise", "apologize", "apology", "道歉", "致歉"),
    "explain": ("explain", "explanation", "解释", "说明"),
    "solve": ("solve", "solution", "resolve", "fix", "解决", "解决方案"),
    "follow_up": ("follow_up", "follow up", "followup", "跟进", "回访"),
}

# Task 2 and 7: Pareto threshold (Juran's 80 %)
THRESHOLD = 0.8

# Task 5: a good recovery (the library's defaults, data/README.md)
FAST_RESPONSE_H = 2.0
FAST_RESOLUTION_H = 48.0

# Task 6 and 8
OUTAGE = "app_outage"

CATEGORY_NAMES = {
    "long_wait": ("long wait", "long waits", "waiting", "排队等候时间长", "排队等候", "等候时间长"),
    "fee_dispute": ("fee dispute", "fee disputes", "fees", "费用争议"),
    "app_outage": ("app outage", "app outages", "outage", "手机银行故障", "app 故障"),
    "transaction_error": ("transaction error", "transaction errors", "交易差错"),
    "wrong_information": ("wrong information", "信息错误"),
    "staff_attitude": ("staff attitude", "服务态度"),
    "card_problem": ("card problem", "card problems", "银行卡问题"),
    "loan_processing": ("loan processing", "贷款办理"),
    "other": ("other", "其他"),
    "privacy": ("privacy", "隐私与信息安全", "隐私"),
}
CATEGORY_LABELS: dict[str, tuple[str, str]] = {
    code: (names[0], next(n for n in names if re.search(r"[\u4e00-\u9fff]", n)))
    for code, names in CATEGORY_NAMES.items()}
"""Each category's label as the no-code tables show it: (English, Chinese)."""
SEVERITY_NAMES = {"low": ("low", "低"), "medium": ("medium", "med", "中"),
                  "high": ("high", "高")}

# Task 8: the written root cause and fail-safe
MIN_WORDS = 8


# -------------------------------------------------------------------------- data
@cache
def complaints() -> pd.DataFrame:
    """The complaint log with response and resolution hours (``recovery``'s definitions)."""
    out = load_dataset(DATASET).copy()
    for col in ("received", "first_response", "resolved"):
        out[col] = pd.to_datetime(out[col])
    hour = pd.Timedelta(hours=1)
    out["response_h"] = (out["first_response"] - out["received"]) / hour
    out["resolution_h"] = (out["resolved"] - out["received"]) / hour
    return out


@cache
def baseline() -> pd.DataFrame:
    return load_dataset(BASELINE)


def pareto_count() -> pd.DataFrame:
    return recovery.pareto(complaints(), threshold=THRESHOLD)


def pareto_value() -> pd.DataFrame:
    return recovery.pareto(complaints(), value="compensation_value", threshold=THRESHOLD)


def vital_few() -> tuple[frozenset[str], float]:
    """The vital few categories by number of complaints and their cumulative share."""
    table = pareto_count()
    few = table.index[table["vital_few"]]
    return frozenset(map(str, few)), float(table.loc[few[-1], "cumulative"])


def median_hours() -> tuple[float, float]:
    """Median hours from receipt to first response and to resolution (nearest rank,
    resolved complaints only for the second)."""
    row = recovery.kqi(complaints()).iloc[0]
    return float(row["response_p50"]), float(row["resolution_p50"])


def fit() -> pd.Series:
    df = complaints()
    return recovery.fit_of_compensation(df["severity"], df["compensation"])


def under_by_severity() -> dict[str, float]:
    """Share of complaints under-compensated, per severity (all complaints; an unresolved
    complaint has received nothing, so it counts as under)."""
    shares = (fit() == "under").groupby(complaints()["severity"]).mean()
    return {k: float(shares[k]) for k in SEVERITY_NAMES}


def paradox_rates() -> dict[str, float]:
    """Repurchase rate of good recoveries, of customers who never complained and of slow
    recoveries (:func:`svcx_helpers.recovery.paradox`)."""
    table = recovery.paradox(complaints(), baseline(), FAST_RESPONSE_H, FAST_RESOLUTION_H)
    rate = table["repurchase_rate"]
    return {"good": float(rate["good"]), "baseline": float(rate["no complaint"]),
            "slow": float(rate["slow"])}


def monthly(category: str | None = None) -> pd.Series:
    """Complaints per calendar month (of one category, or all)."""
    df = complaints()
    if category is not None:
        df = df.loc[df["category"] == category]
    months = pd.period_range(complaints()["received"].min(), complaints()["received"].max(),
                             freq="M")
    return df["received"].dt.to_period("M").value_counts().reindex(months, fill_value=0)


def outage_month() -> str:
    return str(monthly(OUTAGE).idxmax())


def costliest() -> tuple[str, float]:
    """The category with the most compensation paid, and its share of all compensation."""
    table = pareto_value()
    return str(table.index[0]), float(table["share"].iloc[0])


def top_category() -> str:
    return str(pareto_count().index[0])


# -------------------------------------------------------------------------- helpers
def _fields(answer: Any, keys: Mapping[str, tuple[str, ...]], what: str) -> dict[str, Any]:
    return fields(answer, keys, what, keys_message="recovery.bank.keys")


def _numbers(answer: Any, keys: Mapping[str, tuple[str, ...]], what: str) -> dict[str, float]:
    return field_numbers(answer, keys, what, keys_message="recovery.bank.keys")



def _percent(values: list[float]) -> bool:
    return any(1 < v <= 100 for v in values)


# -------------------------------------------------------------------------- task 1
def _compare_steps(answer: Any, expected: tuple[str, ...]) -> None:
    if isinstance(answer, (str, bytes, Mapping)) or not isinstance(
            answer, (list, tuple, np.ndarray, pd.Series)):
        raise _mismatch("wrong_type", "check.expected_type", expected="list (6)",
                        got=describe(answer))
    items = list(answer.tolist() if hasattr(answer, "tolist") else answer)
    if len(items) != len(expected):
        raise _mismatch("wrong_shape", "check.expected_len", expected=len(expected),
                        got=len(items))
    codes = [_code(x, STEP_NAMES) for x in items]
    unknown = [str(x)[:30] for x, c in zip(items, codes, strict=True) if c is None]
    if unknown:
        raise _mismatch("fail", "recovery.bank.steps.unknown", value=unknown[0],
                        steps=", ".join(expected))
    if len(set(codes)) != len(codes):
        twice = next(c for c in codes if codes.count(c) > 1)
        raise _mismatch("fail", "recovery.bank.steps.twice", step=twice)
    if tuple(codes) == tuple(expected):
        return
    credit = sum(a == e for a, e in zip(codes, expected, strict=True)) / len(expected)
    pos = {c: i for i, c in enumerate(codes)}
    if pos["solve"] < pos["listen"] or pos["solve"] < pos["apologise"]:
        raise _mismatch("fail", "recovery.bank.steps.solve_first", credit=credit)
    if pos["apologise"] < pos["listen"]:
        raise _mismatch("fail", "recovery.bank.steps.apology_first", credit=credit)
    if pos["explain"] < pos["apologise"]:
        raise _mismatch("fail", "recovery.bank.steps.explain_first", credit=credit)
    if pos["follow_up"] != len(codes) - 1:
        raise _mismatch("fail", "recovery.bank.steps.follow_up", credit=credit)
    wrong = next(i for i, (a, e) in enumerate(zip(codes, expected, strict=True)) if a != e)
    raise _mismatch("fail", "check.n_wrong", credit=credit,
                    n=sum(a != e for a, e in zip(codes, expected, strict=True)),
                    total=len(expected), where=f"#{wrong + 1}")


# -------------------------------------------------------------------------- task 2
def _categories(values: Any) -> set[str]:
    """The categories named, or — a whole number ``n`` (the no-code card) — the ``n``
    categories with the most complaints."""
    if isinstance(values, (int, float, np.integer, np.floating)) and not isinstance(
            values, (bool, np.bool_)):
        order = [str(c) for c in pareto_count().index]
        if not float(values).is_integer() or not 1 <= values <= len(order):
            raise _mismatch("fail", "recovery.bank.pareto.count_range", got=f"{values:g}",
                            n=len(order))
        return set(order[:int(values)])
    if isinstance(values, str) or not isinstance(
            values, (list, tuple, set, frozenset, np.ndarray, pd.Index, pd.Series)):
        raise _mismatch("wrong_type", "recovery.bank.pareto.categories_type", got=describe(values))
    items = list(values.tolist() if hasattr(values, "tolist") else values)
    codes = [_code(x, CATEGORY_NAMES) for x in items]
    unknown = [str(x)[:30] for x, c in zip(items, codes, strict=True) if c is None]
    if unknown:
        raise _mismatch("fail", "recovery.bank.category.unknown", value=unknown[0],
                        categories=", ".join(CATEGORY_NAMES))
    return set(codes)  # type: ignore[arg-type]


def _compare_vital_few(answer: Any, expected: tuple[frozenset[str], float]) -> None:
    got = _fields(answer, {"categories": ("vital_few", "vital few", "few", "关键少数", "类别"),
                           "cumulative": ("share", "cumulative_share", "cumulative share",
                                          "累计占比")}, "vital_few")
    few, share = _categories(got["categories"]), _number(got["cumulative"])
    e_few, e_share = expected
    if _percent([share]):
        raise _mismatch("fail", "standards.bank.share.percent", credit=0.5 * (few == e_few))
    ok_f, ok_s = few == set(e_few), _close(share, e_share, 0.005)
    if ok_f and ok_s:
        return
    credit = 0.5 * (ok_f + ok_s)
    table = pareto_count()
    order = [str(i) for i in table.index]
    if not ok_f and few == set(order[:len(few)]) and len(few) < len(e_few):
        raise _mismatch("fail", "recovery.bank.pareto.stopped_early", credit=credit,
                        share=f"{table['cumulative'].iloc[len(few) - 1]:.1%}")
    by_value = pareto_value()
    if not ok_f and few == {str(i) for i in by_value.index[by_value["vital_few"]]}:
        raise _mismatch("fail", "recovery.bank.pareto.by_value", credit=credit)
    if not ok_f and few == set(order[:len(few)]) and len(few) > len(e_few):
        raise _mismatch("fail", "recovery.bank.pareto.too_many", credit=credit)
    if ok_f and any(_close(share, float(table.loc[c, "share"]), 0.005) for c in e_few):
        raise _mismatch("fail", "recovery.bank.pareto.not_cumulative", credit=credit)
    if not ok_f:
        raise _mismatch("fail", "recovery.bank.pareto.wrong", credit=credit)
    raise _mismatch("fail", "recovery.bank.pareto.share_off", credit=credit)


# -------------------------------------------------------------------------- task 3
def _compare_hours(answer: Any, expected: tuple[float, float]) -> None:
    got = _fields(answer, {"response": ("first_response", "first response", "首次响应"),
                           "resolution": ("resolved", "resolve", "解决")}, "hours")
    response, resolution = _number(got["response"]), _number(got["resolution"])
    e_resp, e_res = expected
    ok_a, ok_b = _close(response, e_resp, 0.02), _close(resolution, e_res, 0.05)
    if ok_a and ok_b:
        return
    credit = 0.5 * (ok_a + ok_b)
    df = complaints()
    if _close(response, e_res, 0.05) and _close(resolution, e_resp, 0.02):
        raise _mismatch("fail", "recovery.bank.hours.swapped")
    if (not ok_a and _close(response, e_resp * 60, 1.2)) or (
            not ok_b and _close(resolution, e_res * 60, 3)):
        raise _mismatch("fail", "recovery.bank.hours.minutes", credit=credit)
    after_response = ((df["resolved"] - df["first_response"]) / pd.Timedelta(hours=1)).median()
    if not ok_b and _close(resolution, float(after_response), 0.05):
        raise _mismatch("fail", "recovery.bank.hours.from_response", credit=credit)
    if (not ok_a and _close(response, float(df["response_h"].mean()), 0.02)) or (
            not ok_b and _close(resolution, float(df["resolution_h"].mean()), 0.05)):
        raise _mismatch("fail", "recovery.bank.hours.mean", credit=credit)
    which = [w for w, ok in (("response", ok_a), ("resolution", ok_b)) if not ok]
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(which))


# -------------------------------------------------------------------------- task 4
def _compare_under(answer: Any, expected: Mapping[str, float]) -> None:
    got = _fields(answer, SEVERITY_NAMES, "under")
    values = {k: _number(v) for k, v in got.items()}
    if _percent(list(values.values())):
        raise _mismatch("fail", "standards.bank.share.percent")
    wrong = [k for k in SEVERITY_NAMES if not _close(values[k], expected[k], 0.005)]
    if not wrong:
        return
    credit = 1 - len(wrong) / len(SEVERITY_NAMES)
    df, f = complaints(), fit()
    done = df["resolved"].notna()

    def matches(shares: pd.Series) -> bool:
        return all(_close(values[k], float(shares.get(k, math.nan)), 0.005) for k in wrong)

    if matches((f[done] == "under").groupby(df.loc[done, "severity"]).mean()):
        raise _mismatch("fail", "recovery.bank.under.resolved_only", credit=credit)
    if matches((f == "under").groupby(df["severity"]).sum() / len(df)):
        raise _mismatch("fail", "recovery.bank.under.of_all", credit=credit)
    for other in ("over", "matched"):
        if matches((f == other).groupby(df["severity"]).mean()):
            raise _mismatch("fail", "recovery.bank.under.other", credit=credit, fit=other)
    raise _mismatch("fail", "check.n_wrong", credit=credit, n=len(wrong),
                    total=len(SEVERITY_NAMES), where=wrong[0])


# -------------------------------------------------------------------------- task 5
PARADOX_KEYS = {"good": ("good recovery", "good_recovery", "补救良好", "良好"),
                "baseline": ("no complaint", "no_complaint", "never complained", "未投诉",
                             "基准"),
                "slow": ("slow recovery", "slow_recovery", "补救迟缓", "迟缓")}


def _alternative_rates() -> dict[str, dict[str, float]]:
    df = complaints()
    rep = pd.to_numeric(df["repurchase"], errors="coerce")
    quality = recovery.recovery_quality(df, FAST_RESPONSE_H, FAST_RESOLUTION_H)
    fast = (df["response_h"] <= FAST_RESPONSE_H) & (df["resolution_h"] <= FAST_RESOLUTION_H)
    return {
        "fast_only": {"good": float(rep[fast].mean())},
        "blanks": {"good": float(rep[quality == "good"].fillna(0).mean()),
                   "slow": float(rep[quality == "slow"].fillna(0).mean())},
    }


def _compare_paradox(answer: Any, expected: Mapping[str, float]) -> None:
    got = _fields(answer, PARADOX_KEYS, "paradox")
    values = {k: _number(v) for k, v in got.items()}
    if all(v <= 5 for v in values.values()) and any(v > 1 for v in values.values()):
        raise _mismatch("fail", "recovery.bank.paradox.satisfaction")
    if _percent(list(values.values())):
        raise _mismatch("fail", "standards.bank.share.percent")
    wrong = [k for k in PARADOX_KEYS if not _close(values[k], expected[k], 0.005)]
    if not wrong:
        return
    credit = 1 - len(wrong) / len(PARADOX_KEYS)
    if _close(values["good"], expected["baseline"], 0.005) and _close(
            values["baseline"], expected["good"], 0.005):
        raise _mismatch("fail", "recovery.bank.paradox.swapped", credit=credit)
    alt = _alternative_rates()
    for name in ("fast_only", "blanks"):
        if any(k in wrong and _close(values[k], v, 0.005) for k, v in alt[name].items()):
            raise _mismatch("fail", f"recovery.bank.paradox.{name}", credit=credit)
    raise _mismatch("fail", "check.n_wrong", credit=credit, n=len(wrong),
                    total=len(PARADOX_KEYS), where=wrong[0])


# -------------------------------------------------------------------------- task 6
_MONTHS = {m.casefold(): i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"], start=1)}


def _as_month(answer: Any) -> pd.Period:
    """A calendar month from '2025-11', 'November 2025', '2025年11月', a date or a month
    number (unique within the twelve months of the log)."""
    months = monthly().index
    if isinstance(answer, pd.Period):
        return answer.asfreq("M")
    if isinstance(answer, (datetime.date, np.datetime64)):
        stamp = pd.Timestamp(answer)
        if pd.isna(stamp):
            raise _mismatch("wrong_type", "recovery.bank.month.type", got="NaT")
        return stamp.to_period("M")
    if isinstance(answer, (int, np.integer)) and not isinstance(answer, (bool, np.bool_)):
        hits = [m for m in months if m.month == int(answer)]
        if not hits:
            raise _mismatch("fail", "recovery.bank.month.range", first=str(months[0]),
                            last=str(months[-1]))
        return hits[0]
    if not isinstance(answer, str):
        raise _mismatch("wrong_type", "recovery.bank.month.type", got=describe(answer))
    text = answer.strip()
    name = next((k for k in _MONTHS if len(text) >= 3 and k.startswith(text.casefold())), None)
    if name is not None:
        return _as_month(_MONTHS[name])
    only = re.fullmatch(r"(\d{1,2})\s*月(份)?", text)
    if only:
        return _as_month(int(only.group(1)))
    zh = re.fullmatch(r"(\d{4})\s*年\s*(\d{1,2})\s*月?", text)
    if zh:
        text = f"{zh.group(1)}-{int(zh.group(2)):02d}"
    words = re.fullmatch(r"([A-Za-z]+)\.?\s*,?\s*(\d{4})", text)
    if words:
        name = next((k for k in _MONTHS if k.startswith(words.group(1).casefold()[:3])), None)
        if name is not None:
            text = f"{words.group(2)}-{_MONTHS[name]:02d}"
    try:
        stamp = pd.Timestamp(text)
    except (ValueError, TypeError, OverflowError):
        raise _mismatch("wrong_type", "recovery.bank.month.parse", value=text[:30]) from None
    if pd.isna(stamp):
        raise _mismatch("wrong_type", "recovery.bank.month.parse", value=text[:30])
    return stamp.to_period("M")


def _compare_month(answer: Any, expected: str) -> None:
    month = _as_month(answer)
    counts = monthly(OUTAGE)
    if month not in counts.index:
        raise _mismatch("fail", "recovery.bank.month.range", first=str(counts.index[0]),
                        last=str(counts.index[-1]))
    if str(month) == expected:
        return
    if month == counts.idxmin():
        raise _mismatch("fail", "recovery.bank.month.fewest")
    table = pareto_count()
    others = [str(c) for c in table.index[table["vital_few"]] if str(c) != OUTAGE]
    other = [c for c in others if str(monthly(c).idxmax()) == str(month)]
    if other:
        raise _mismatch("fail", "recovery.bank.month.other_category", category=other[0])
    raise _mismatch("fail", "recovery.bank.month.not_peak", month=str(month), n=int(counts[month]))


# -------------------------------------------------------------------------- task 7
def _compare_cost(answer: Any, expected: tuple[str, float]) -> None:
    got = _fields(answer, {"category": ("类别", "top"), "share": ("占比", "cost_share")},
                  "cost")
    if not isinstance(got["category"], str):
        raise _mismatch("wrong_type", "check.expected_type", expected="str",
                        got=describe(got["category"]))
    code = _code(got["category"], CATEGORY_NAMES)
    if code is None:
        raise _mismatch("fail", "recovery.bank.category.unknown", value=got["category"].strip()[:30],
                        categories=", ".join(CATEGORY_NAMES))
    share = _number(got["share"])
    if _percent([share]):
        raise _mismatch("fail", "standards.bank.share.percent", credit=0.5 * (code == expected[0]))
    e_cat, e_share = expected
    ok_c, ok_s = code == e_cat, _close(share, e_share, 0.005)
    if ok_c and ok_s:
        return
    credit = 0.5 * (ok_c + ok_s)
    counts = pareto_count()
    if not ok_c and code == str(counts.index[0]):
        raise _mismatch("fail", "recovery.bank.cost.by_count", credit=credit)
    means = complaints().groupby("category")["compensation_value"].mean()
    if not ok_c and code == str(means.idxmax()):
        raise _mismatch("fail", "recovery.bank.cost.mean", credit=credit)
    if ok_c and _close(share, float(counts.loc[code, "share"]), 0.005):
        raise _mismatch("fail", "recovery.bank.cost.count_share", credit=credit)
    if not ok_c:
        raise _mismatch("fail", "recovery.bank.cost.wrong", credit=credit)
    raise _mismatch("fail", "recovery.bank.cost.share_off", credit=credit)


# -------------------------------------------------------------------------- task 8
REFLECTION_KEYS = {"category": ("类别",), "root_cause": ("cause", "root cause", "根本原因"),
                   "fail_safe": ("failsafe", "fail safe", "poka_yoke", "防失误设计", "防错")}


def _words(text: str) -> int:
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    latin = re.sub(r"[\u4e00-\u9fff]", " ", text)
    return len(latin.split()) + cjk // 2


def read_reflection(answer: Any) -> dict[str, str]:
    if not isinstance(answer, Mapping):
        raise _mismatch("wrong_type", "check.bank.keyed_type", what="reflection",
                        keys=", ".join(REFLECTION_KEYS), got=describe(answer))
    got = _fields(answer, REFLECTION_KEYS, "reflection")
    for key, value in got.items():
        if not isinstance(value, str):
            raise _mismatch("wrong_type", "recovery.bank.reflection.text", field=key,
                            got=describe(value))
    return {k: v.strip() for k, v in got.items()}


def _compare_reflection(answer: Any, expected: str) -> None:
    got = read_reflection(answer)
    code = _code(got["category"], CATEGORY_NAMES)
    if code is None:
        raise _mismatch("fail", "recovery.bank.category.unknown", value=got["category"][:30],
                        categories=", ".join(CATEGORY_NAMES))
    if code != expected:
        raise _mismatch("fail", "recovery.bank.reflection.category", category=code)
    short = [k for k in ("root_cause", "fail_safe") if _words(got[k]) < MIN_WORDS]
    if short:
        raise _mismatch("fail", "recovery.bank.reflection.short", credit=0.5, field=short[0],
                        n=MIN_WORDS, got=_words(got[short[0]]))
    if _clean(got["root_cause"]) == _clean(got["fail_safe"]):
        raise _mismatch("fail", "recovery.bank.reflection.same", credit=0.5)



# -------------------------------------------------------------------------- answer cards
# The no-code track (exercises/nocode/recovery.ipynb): one card per task 1–7; each returns
# what the code track stores. Task 8 (three texts under keys) stays a code task.
def step_options() -> list[tuple[str, tuple[str, str]]]:
    """The six steps in the shuffled order of task 1, labelled with what they mean."""
    return [(k, (f"{STEP_LABELS[k][0]} — {STEP_TEXT[k]}", f"{STEP_LABELS[k][1]}：{STEP_TEXT_ZH[k]}"))
            for k in SHUFFLED_STEPS]


def category_label(code: str) -> tuple[str, str]:
    return CATEGORY_LABELS.get(code, (code, code))


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")


def month_options() -> list[tuple[str, tuple[str, str]]]:
    """The twelve months of the log, as '2025-07' with (English, Chinese) labels."""
    return [(str(m), (f"{_MONTH_NAMES[m.month - 1]} {m.year}", f"{m.year}年{m.month}月"))
            for m in monthly().index]


VITAL_FEW_ROWS = [("categories", ("How many categories", "关键少数含几个类别")),
                  ("cumulative", ("Cumulative share (0–1)", "累计占比（0–1）"))]
HOURS_ROWS = [("response", ("First response (hours)", "首次响应（小时）")),
              ("resolution", ("Resolution (hours)", "解决（小时）"))]
SEVERITY_ROWS = [("low", ("Low severity (0–1)", "低严重程度（0–1）")),
                 ("medium", ("Medium severity (0–1)", "中严重程度（0–1）")),
                 ("high", ("High severity (0–1)", "高严重程度（0–1）"))]
PARADOX_ROWS = [("good", ("Good recovery (0–1)", "补救良好（0–1）")),
                ("baseline", ("Never complained (0–1)", "未投诉（0–1）")),
                ("slow", ("Slow recovery (0–1)", "补救迟缓（0–1）"))]
COST_ROWS = [("category", ("Category (as in the table)", "类别（按表中写法）")),
             ("share", ("Its share (0–1)", "所占比例（0–1）"))]


# -------------------------------------------------------------------------- questions
register(Question(
    "recovery.t1_steps", points=2, partial=True,
    title=("The steps of complaint handling, in order", "投诉处理的步骤顺序"),
    expected=lambda: STEPS, compare=_compare_steps,
    hints=[("The course groups the six steps in three pairs: listen and empathise, apologise "
            "and explain, solve and follow up. The customer wants to be heard first.",
            "课程把六个步骤分成三组：倾听与同理心、道歉与解释、解决与跟进。顾客首先希望被倾听。"),
           ("Within each pair: listen before you empathise, apologise before you explain, "
            "solve before you follow up. Give a list of the six step names.",
            "每组之内：先倾听再表示理解，先道歉再解释，先解决再跟进。请给出六个步骤名称组成的列表。")],
    card=Card.ranking(step_options, picks=len(STEPS)),
))

register(Question(
    "recovery.t2_vital_few", points=2, partial=True,
    title=("The vital few complaint categories", "投诉类别中的关键少数"),
    expected=vital_few, compare=_compare_vital_few,
    hints=[("Count the complaints per category, sort from largest to smallest and add up the "
            "shares: the vital few are the top categories up to and including the one at "
            "which the cumulative share first reaches 80 %.",
            "按类别统计投诉数，从多到少排序并累加占比：关键少数是从第一名起、直到累计占比首次"
            "达到 80% 的那一类（含该类）为止的类别。"),
           ("recovery.pareto(complaints) has the columns 'cumulative' and 'vital_few'. Give "
            "{'categories': [...], 'cumulative': share at the last vital category}.",
            "recovery.pareto(complaints) 中有 'cumulative' 和 'vital_few' 两列。请给出 "
            "{'categories': [...], 'cumulative': 最后一个关键类别处的累计占比}。")],
    card=Card.table(VITAL_FEW_ROWS, as_dict=True),
))

register(Question(
    "recovery.t3_median_hours", points=2, partial=True,
    title=("Median hours to first response and to resolution", "首次响应与解决时间的中位数（小时）"),
    expected=median_hours, compare=_compare_hours,
    hints=[("Both times are measured from the moment the complaint was received, in hours. "
            "Unresolved complaints have no resolution time and are left out of the second "
            "median.",
            "两个时间都从收到投诉的时刻算起，单位为小时。未解决的投诉没有解决时间，不计入第二个"
            "中位数。"),
           ("recovery.kqi(complaints) has the columns 'response_p50' and 'resolution_p50'; "
            "give [response, resolution].",
            "recovery.kqi(complaints) 中有 'response_p50' 和 'resolution_p50' 两列；"
            "按 [响应, 解决] 的顺序给出。")],
    card=Card.table(HOURS_ROWS, as_dict=True),
))

register(Question(
    "recovery.t4_under_by_severity", points=2, partial=True,
    title=("Under-compensated complaints by severity", "按严重程度统计补偿不足的投诉比例"),
    expected=under_by_severity, compare=_compare_under,
    hints=[("recovery.fit_of_compensation(severity, compensation) labels each complaint "
            "'under', 'matched' or 'over'. For each severity, divide the under-compensated "
            "complaints by all complaints of that severity, resolved or not.",
            "recovery.fit_of_compensation(severity, compensation) 把每条投诉标为 'under'、"
            "'matched' 或 'over'。对每个严重程度，用补偿不足的投诉数除以该严重程度的全部投诉数"
            "（无论是否已解决）。"),
           ("(fit == 'under').groupby(complaints['severity']).mean() gives the three shares; "
            "give them as a dict with the keys 'low', 'medium' and 'high'.",
            "(fit == 'under').groupby(complaints['severity']).mean() 给出三个比例；以键为 "
            "'low'、'medium'、'high' 的字典给出。")],
    card=Card.table(SEVERITY_ROWS, as_dict=True),
))

register(Question(
    "recovery.t5_paradox", points=3, partial=True,
    title=("The recovery paradox: repurchase after good and slow recoveries",
           "服务补救悖论：补救良好与补救迟缓后的再次购买率"),
    expected=paradox_rates, compare=_compare_paradox,
    hints=[("A good recovery had a first response within 2 hours, a resolution within 48 hours "
            "and compensation matched to the severity or above it. The repurchase rate counts "
            "only customers whose repurchase is known.",
            "补救良好指：2 小时内首次响应、48 小时内解决，且补偿与严重程度相匹配或更高。"
            "再次购买率只统计已知是否再次购买的顾客。"),
           ("recovery.paradox(complaints, baseline) has a row per group; take "
            "'repurchase_rate' of 'good', 'no complaint' and 'slow'.",
            "recovery.paradox(complaints, baseline) 每组一行；取 'good'、'no complaint' 和 "
            "'slow' 三行的 'repurchase_rate'。")],
    card=Card.table(PARADOX_ROWS, as_dict=True),
))

register(Question(
    "recovery.t6_outage_month", points=1,
    title=("The month with the most app-outage complaints", "手机银行故障投诉最多的月份"),
    expected=outage_month, compare=_compare_month,
    hints=[("Keep only the complaints with category 'app_outage' and count them per calendar "
            "month of receipt.",
            "只保留类别为 'app_outage' 的投诉，按收到投诉的自然月计数。"),
           ("complaints['received'].dt.to_period('M').value_counts().idxmax() on the "
            "app-outage rows; give the month as text such as '2025-07'.",
            "对手机银行故障的投诉使用 complaints['received'].dt.to_period('M')"
            ".value_counts().idxmax()；以 '2025-07' 这样的文本给出月份。")],
    card=Card.choice(month_options),
))

register(Question(
    "recovery.t7_cost_pareto", points=2, partial=True,
    title=("A Pareto of compensation paid", "按补偿金额做帕累托分析"),
    expected=costliest, compare=_compare_cost,
    hints=[("Weight each complaint by its compensation_value: add up the value per category "
            "instead of counting complaints, then sort.",
            "用 compensation_value 给每条投诉加权：按类别把补偿金额相加，而不是数投诉条数，"
            "然后排序。"),
           ("recovery.pareto(complaints, value='compensation_value'): the first row is the "
            "costliest category, its 'share' the part of all compensation paid.",
            "recovery.pareto(complaints, value='compensation_value')：第一行是补偿金额最高的"
            "类别，其 'share' 是它占全部补偿金额的比例。")],
    card=Card.table(COST_ROWS, as_dict=True),
))

register(Question(
    "recovery.t8_root_cause", points=2, partial=True,
    title=("A root cause and a fail-safe for the largest category",
           "最大投诉类别的根本原因与防失误设计"),
    expected=top_category, compare=_compare_reflection,
    hints=[("Take the category with the most complaints. The root cause answers 'why does "
            "this keep happening?' (ask why more than once); the fail-safe is a feature of the "
            "process that prevents it or catches it early.",
            "选投诉数最多的类别。根本原因回答“为什么这种情况一再发生？”（多问几次为什么）；"
            "防失误设计是流程中的一个环节，用来防止它发生或及早发现它。"),
           ("Give a dict {'category': ..., 'root_cause': '...', 'fail_safe': '...'} with "
            f"at least {MIN_WORDS} words in each sentence, in English or Chinese.",
            "请给出字典 {'category': ..., 'root_cause': '...', 'fail_safe': '...'}，每句至少 "
            f"{MIN_WORDS} 个词（英文或中文均可）。")],
    rubric=(
        Criterion("category", 1, ("Takes the category with the most complaints (the automatic "
                                  "check says whether it is right).",
                                  "选择投诉数最多的类别（自动检查会显示是否正确）。")),
        Criterion("root_cause", 2, ("Gives a root cause, not a symptom: it answers why the "
                                    "problem keeps happening (asked more than once).",
                                    "给出根本原因而不是表面现象：回答问题为什么一再发生（多问"
                                    "几次为什么）。")),
        Criterion("fail_safe", 2, ("Proposes a fail-safe built into the process that prevents "
                                   "the failure or catches it early.",
                                   "提出嵌入流程的防失误设计，用来防止失误发生或及早发现。")),
    ),
))
