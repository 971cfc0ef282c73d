"""Questions of the emotional-labour and frontline well-being exercise
(solutions/emotions.ipynb → exercises/emotions.ipynb).

Expected answers are computed with :mod:`svcx_helpers.wellbeing` from
``data/frontline_survey.csv`` (tasks 2–6) or from the small inputs fixed below (tasks 1 and
8), so data, library and checks cannot drift apart. Task 7 reads the learner's two
recommended changes: the visible check asks for two different changes of some length, one
about rosters and one about support; a hidden test asks that each change says how its
effect will be checked (the survey cannot tell whether a change works).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from functools import cache
from typing import Any

import numpy as np
import pandas as pd

from .. import wellbeing
from ..data import load_dataset
from ..grading import AnswerMismatch, Question, describe, register
from ..grading.readers import clean as _clean
from ..grading.readers import close as _close
from ..grading.readers import mismatch as _mismatch
from ..grading.readers import number as _number
from ..grading.readers import values as _values

DATASET = "frontline_survey"

# Task 1: two respondents' work-related CBI answers, codes 1–5 as answered (5 = always /
# to a very high degree), in the order cbi_w1 … cbi_w7; None = left blank
BY_HAND: dict[str, list[int | None]] = {
    "A": [3, 4, 2, None, 5, 4, 1],
    "B": [None, 2, None, 3, None, None, 4],
}
NON_RESPONDER_WORDS = ("non-responder", "non responder", "nonresponder", "non-response",
                       "none", "nan", "no score", "missing", "未应答", "未应答者", "无得分",
                       "不计分", "缺失")

# Tasks 2–5
CBI = ("personal", "work", "client")
ALPHA_SUBSCALES = ("surface_acting", "deep_acting", "work")

# Task 6: the hotline, the only site with rotating shifts
SHIFT_SITE = "call_centre"
SHIFT_GROUPS = ("day", "rotating")

# Task 7: the written changes
MIN_WORDS = 12
ROSTER_WORDS = re.compile(
    r"roster\w*|shift\w*|rota\b|rotas|rotation\w*|rotat\w*|schedul\w*|break\w*|rest day\w*|"
    r"day off|days off|night\w*|hours|12-hour|forward|consecutive|"
    r"排班|班次|轮班|倒班|夜班|休息|工时|长班|连续", re.IGNORECASE)
SUPPORT_WORDS = re.compile(
    r"support\w*|coach\w*|supervis\w*|debrief\w*|peer\w*|counsel\w*|train\w*|display rule\w*|"
    r"authentic\w*|back-up|backup|escalat\w*|hang up|transfer\w*|mentor\w*|well-being|"
    r"wellbeing|employee assistance|\bEAP\b|"
    r"支持|辅导|主管|复盘|同伴|心理|培训|情绪表达规则|转接|挂断|升级|关怀|疏导|援助", re.IGNORECASE)

# Task 8: what a cross-sectional survey can and cannot show
STATEMENTS: dict[str, tuple[str, str]] = {
    "a": ("In this survey, staff who report more surface acting also report more "
          "work-related burnout.",
          "在这次调查中，自评表层扮演较多的员工，自评的工作相关倦怠也较高。"),
    "b": ("Surface acting causes burnout.",
          "表层扮演导致倦怠。"),
    "c": ("Training staff in deep acting would raise their customer ratings.",
          "培训员工进行深层扮演，会提高他们的顾客评价。"),
    "d": ("At the hotline, staff on rotating shifts scored higher on work-related burnout "
          "than staff on day shifts.",
          "在热线中心，轮班员工的工作相关倦怠得分高于白班员工。"),
    "e": ("The link runs from acting to burnout, not from burnout to acting.",
          "这种关联是从情绪扮演指向倦怠，而不是从倦怠指向情绪扮演。"),
    "f": ("Moving hotline staff off rotating shifts would lower their burnout.",
          "让热线员工不再轮班，会降低他们的倦怠。"),
    "g": ("The link between deep acting and customer ratings cannot be explained only by "
          "the same people answering both questions, because the ratings come from "
          "customers.",
          "深层扮演与顾客评价之间的关联，不能仅仅用“两个问题由同一批人回答”来解释，因为评价来自顾客。"),
    "h": ("The survey shows how burnout develops over a career at the hotline.",
          "这次调查显示了倦怠在热线职业生涯中是如何发展的。"),
}
CANNOT = frozenset({"b", "c", "e", "f", "h"})


# -------------------------------------------------------------------------- data
@cache
def survey() -> pd.DataFrame:
    return load_dataset(DATASET)


@cache
def scores() -> pd.DataFrame:
    """ELS facets and CBI scales (authors' rules) next to the survey's other columns."""
    df = survey()
    return pd.concat([df[["employee_id", "site_type", "shift", "tenure_years", "n_ratings",
                          "customer_rating"]], wellbeing.score_els(df), wellbeing.score_cbi(df)],
                     axis=1)


def by_hand(answers: list[int | None], reverse: bool = True, blanks: str = "skip",
            rule: bool = True) -> float | None:
    """One respondent's work-related score by the authors' rules (the variants give the
    typical mistakes): None for a non-responder."""
    frame = pd.DataFrame([answers], columns=wellbeing.CBI_SCALES["work"], dtype=float)
    points = wellbeing.cbi_points(frame, reverse=reverse).iloc[0]
    if blanks == "zero":
        return float(points.fillna(0).mean())
    if rule and points.notna().sum() < wellbeing.CBI_MIN_ANSWERED["work"]:
        return None
    return float(points.mean())


def by_hand_answers() -> dict[str, float | None]:
    return {k: by_hand(v) for k, v in BY_HAND.items()}


def cbi_means(min_answered: int | None = None, reverse: bool = True,
              blanks: str = "skip") -> dict[str, float]:
    """Mean of each CBI scale over the scored staff (the variants: typical mistakes)."""
    df = survey()
    if blanks == "zero":
        points = wellbeing.cbi_points(df, reverse=reverse)
        return {s: float(points[list(c)].fillna(0).mean(axis=1).mean())
                for s, c in wellbeing.CBI_SCALES.items()}
    if not reverse:
        points = wellbeing.cbi_points(df, reverse=False)
        out = {}
        for s, c in wellbeing.CBI_SCALES.items():
            part = points[list(c)]
            need = min_answered or wellbeing.CBI_MIN_ANSWERED[s]
            out[s] = float(part.mean(axis=1).where(part.notna().sum(axis=1) >= need).mean())
        return out
    table = wellbeing.score_cbi(df, min_answered=min_answered)
    return {s: float(table[s].mean()) for s in CBI}


def alphas(reverse: bool = True) -> dict[str, float]:
    from ..servqual import cronbach_alpha

    df = survey()
    return {s: cronbach_alpha(wellbeing.subscale_items(df, s, reverse=reverse).dropna())
            for s in ALPHA_SUBSCALES}


def relation(x: str, y: str, method: str = "pearson") -> tuple[float, float, float]:
    row = wellbeing.correlation(scores()[x], scores()[y], method=method)
    return float(row["r"]), float(row["ci_low"]), float(row["ci_high"])


def surface_exhaustion() -> tuple[float, float, float]:
    """Pearson r of surface acting and work-related burnout, with its Fisher-z interval."""
    return relation("surface_acting", "work")


def deep_ratings() -> tuple[float, float, float]:
    """Pearson r of deep acting and the customer rating, with its Fisher-z interval."""
    return relation("deep_acting", "customer_rating")


def shift_difference(site: str | None = SHIFT_SITE, group: str = "rotating"
                     ) -> tuple[float, float, float]:
    """Work-related burnout of ``group`` minus day shifts (Welch interval), at one site."""
    s = scores() if site is None else scores()[scores()["site_type"] == site]
    table = wellbeing.compare_groups(s["work"], s["shift"], reference="day")
    row = table.loc[group]
    return float(row["difference"]), float(row["ci_low"]), float(row["ci_high"])


# -------------------------------------------------------------------------- helpers
def _fields(answer: Any, keys: Mapping[str, tuple[str, ...]], what: str) -> dict[str, Any]:
    names = list(keys)
    try:
        got = _values(answer, [(name, *aliases) for name, aliases in keys.items()])
    except AnswerMismatch as exc:
        if exc.status == "wrong_shape" and isinstance(answer, (Mapping, pd.Series)):
            raise _mismatch("wrong_shape", "standards.bank.xmr.keys", keys=", ".join(names)) from None
        if exc.status == "wrong_type":
            raise _mismatch("wrong_type", "recovery.bank.type", what=what, keys=", ".join(names),
                            got=describe(answer)) from None
        raise
    return dict(zip(names, got, strict=True))


def _numbers(answer: Any, keys: Mapping[str, tuple[str, ...]], what: str) -> dict[str, float]:
    return {k: _number(v) for k, v in _fields(answer, keys, what).items()}


def _matches(values: Mapping[str, float], other: Mapping[str, float], keys: list[str],
             tol: float) -> bool:
    return bool(keys) and all(_close(values[k], float(other[k]), tol) for k in keys)


# -------------------------------------------------------------------------- task 1
HAND_KEYS = {"A": ("a", "respondent_a", "respondent a", "受访者a"),
             "B": ("b", "respondent_b", "respondent b", "受访者b")}


def _no_score(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, (float, np.floating)) and math.isnan(value):
        return True
    return isinstance(value, str) and _clean(value) in {_clean(w) for w in NON_RESPONDER_WORDS}


def _compare_by_hand(answer: Any, expected: Mapping[str, float | None]) -> None:
    got = _fields(answer, HAND_KEYS, "scores")
    ok = {}
    for key in HAND_KEYS:
        want = expected[key]
        ok[key] = _no_score(got[key]) if want is None else (
            not _no_score(got[key]) and _close(_number(got[key]), want, 0.05))
    if all(ok.values()):
        return
    credit = 0.5 * sum(ok.values())
    if not ok["A"] and not _no_score(got["A"]):
        a = _number(got["A"])
        answers = BY_HAND["A"]
        for key, wrong in (("wellbeing.bank.one.not_reversed", by_hand(answers, reverse=False)),
                           ("wellbeing.bank.one.blank_as_zero", by_hand(answers, blanks="zero"))):
            if wrong is not None and _close(a, wrong, 0.05):
                raise _mismatch("fail", key, credit=credit)
        codes = [c for c in answers if c is not None]
        turned = [*codes[:-1], 6 - codes[-1]]
        if any(_close(a, float(np.mean(c)), 0.05) for c in (codes, turned)):
            raise _mismatch("fail", "wellbeing.bank.one.codes", credit=credit)
    if not ok["B"]:
        answered = sum(c is not None for c in BY_HAND["B"])
        raise _mismatch("fail", "wellbeing.bank.one.non_responder", credit=credit, n=answered,
                        k=len(BY_HAND["B"]), need=wellbeing.CBI_MIN_ANSWERED["work"])
    raise _mismatch("fail", "check.n_wrong", credit=credit, n=1, total=2, where="A")


# -------------------------------------------------------------------------- task 2
CBI_KEYS = {"personal": ("personal burnout", "个人倦怠"),
            "work": ("work-related", "work related", "work-related burnout", "工作相关倦怠"),
            "client": ("client-related", "client related", "customer", "customer-related",
                       "client-related burnout", "顾客相关倦怠")}


def _compare_means(answer: Any, expected: Mapping[str, float]) -> None:
    values = _numbers(answer, CBI_KEYS, "cbi_means")
    wrong = [k for k in CBI if not _close(values[k], expected[k], 0.02)]
    if not wrong:
        return
    credit = 1 - len(wrong) / len(CBI)
    if all(1 <= values[k] <= 5 for k in wrong):
        raise _mismatch("fail", "wellbeing.bank.scores.codes", credit=credit)
    if _matches(values, cbi_means(blanks="zero"), wrong, 0.02):
        raise _mismatch("fail", "wellbeing.bank.scores.blank_as_zero", credit=credit)
    if _matches(values, cbi_means(min_answered=1), wrong, 0.02):
        raise _mismatch("fail", "wellbeing.bank.scores.no_rule", credit=credit)
    if wrong == ["work"] and _close(values["work"], cbi_means(reverse=False)["work"], 0.02):
        raise _mismatch("fail", "wellbeing.bank.scores.not_reversed", credit=credit)
    raise _mismatch("fail", "check.n_wrong", credit=credit, n=len(wrong), total=len(CBI),
                    where=wrong[0])


# -------------------------------------------------------------------------- task 3
ALPHA_KEYS = {"surface_acting": ("surface", "surface acting", "表层扮演"),
              "deep_acting": ("deep", "deep acting", "深层扮演"),
              "work": ("work-related", "work related", "work-related burnout", "工作相关倦怠")}


def _compare_alpha(answer: Any, expected: Mapping[str, float]) -> None:
    values = _numbers(answer, ALPHA_KEYS, "alpha")
    too_big = [v for v in values.values() if v > 1]
    if too_big:
        raise _mismatch("fail", "wellbeing.bank.alpha.range", value=f"{too_big[0]:g}")
    wrong = [k for k in ALPHA_SUBSCALES if not _close(values[k], expected[k], 0.005)]
    if not wrong:
        return
    credit = 1 - len(wrong) / len(ALPHA_SUBSCALES)
    if "work" in wrong and _close(values["work"], alphas(reverse=False)["work"], 0.005):
        raise _mismatch("fail", "wellbeing.bank.alpha.not_reversed", credit=credit)
    raise _mismatch("fail", "check.n_wrong", credit=credit, n=len(wrong),
                    total=len(ALPHA_SUBSCALES), where=wrong[0])


# -------------------------------------------------------------------------- tasks 4 and 5
CORR_KEYS = {"r": ("correlation", "pearson", "相关系数"),
             "ci_low": ("low", "lower", "下限"), "ci_high": ("high", "upper", "上限")}
NAMES = {"surface_acting": ("surface acting", "表层扮演"), "deep_acting": ("deep acting", "深层扮演"),
         "work": ("work-related burnout", "工作相关倦怠"),
         "personal": ("personal burnout", "个人倦怠"),
         "client": ("client-related burnout", "顾客相关倦怠"),
         "customer_rating": ("the customer rating", "顾客评价")}


def _name(key: str) -> str:
    from ..i18n import get_language

    en, zh = NAMES[key]
    return zh if get_language() == "zh" else en


def _compare_relation(answer: Any, expected: tuple[float, float, float], x: str, y: str,
                      alternatives: list[tuple[str, str, str]]) -> None:
    got = _numbers(answer, CORR_KEYS, "correlation")
    r, low, high = got["r"], got["ci_low"], got["ci_high"]
    e_r, e_low, e_high = expected
    ok_r = _close(r, e_r, 0.005)
    ok_ci = _close(low, e_low, 0.005) and _close(high, e_high, 0.005)
    if ok_r and ok_ci:
        return
    credit = 0.5 * (ok_r + ok_ci)
    if not low <= r <= high:
        raise _mismatch("fail", "wellbeing.bank.corr.ci_order", credit=credit)
    if ok_r:
        raise _mismatch("fail", "wellbeing.bank.corr.ci_wrong", credit=credit)
    if _close(r, relation(x, y, "spearman")[0], 0.005):
        raise _mismatch("fail", "wellbeing.bank.corr.spearman", credit=credit)
    for key, a, b in alternatives:
        if _close(r, relation(a, b)[0], 0.005):
            changed = a if a != x else b
            wanted = x if a != x else y
            raise _mismatch("fail", key, credit=credit, scale=_name(changed), used=_name(changed),
                            wanted=_name(wanted))
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which="r")


def _compare_surface(answer: Any, expected: tuple[float, float, float]) -> None:
    _compare_relation(answer, expected, "surface_acting", "work", [
        ("wellbeing.bank.corr.other_scale", "surface_acting", "personal"),
        ("wellbeing.bank.corr.other_scale", "surface_acting", "client"),
        ("wellbeing.bank.corr.other_acting", "deep_acting", "work")])


def _compare_deep(answer: Any, expected: tuple[float, float, float]) -> None:
    got = _numbers(answer, CORR_KEYS, "correlation")
    count = relation("deep_acting", "n_ratings")[0]
    if not _close(got["r"], expected[0], 0.005) and _close(got["r"], count, 0.005):
        raise _mismatch("fail", "wellbeing.bank.corr.ratings_count")
    _compare_relation(answer, expected, "deep_acting", "customer_rating", [
        ("wellbeing.bank.corr.other_acting", "surface_acting", "customer_rating")])


# -------------------------------------------------------------------------- task 6
SHIFT_KEYS = {"difference": ("diff", "rotating_minus_day", "差值"),
              "ci_low": ("low", "lower", "下限"), "ci_high": ("high", "upper", "上限")}


def _compare_shift(answer: Any, expected: tuple[float, float, float]) -> None:
    got = _numbers(answer, SHIFT_KEYS, "shift")
    d, low, high = got["difference"], got["ci_low"], got["ci_high"]
    e_d, e_low, e_high = expected
    ok_d = _close(d, e_d, 0.05)
    ok_ci = _close(low, e_low, 0.1) and _close(high, e_high, 0.1)
    if ok_d and ok_ci:
        return
    credit = 0.5 * (ok_d + ok_ci)
    if _close(d, -e_d, 0.05):
        raise _mismatch("fail", "wellbeing.bank.shift.swapped", credit=credit)
    if _close(d, shift_difference(site=None)[0], 0.05):
        raise _mismatch("fail", "wellbeing.bank.shift.across", credit=credit)
    if _close(d, shift_difference(group="long")[0], 0.05):
        raise _mismatch("fail", "wellbeing.bank.shift.long", credit=credit)
    if not low <= d <= high:
        raise _mismatch("fail", "wellbeing.bank.corr.ci_order", credit=credit)
    if ok_d:
        raise _mismatch("fail", "wellbeing.bank.shift.ci_wrong", credit=credit)
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which="difference")


# -------------------------------------------------------------------------- task 7
def _words(text: str) -> int:
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    latin = re.sub(r"[\u4e00-\u9fff]", " ", text)
    return len(latin.split()) + cjk // 2


def read_changes(answer: Any) -> list[str]:
    """The learner's changes as a list of stripped texts (a list/tuple, or a dict's values)."""
    if isinstance(answer, Mapping):
        items = list(answer.values())
    elif isinstance(answer, (list, tuple)):
        items = list(answer)
    else:
        raise _mismatch("wrong_type", "check.expected_type", expected="list (2)",
                        got=describe(answer))
    for i, item in enumerate(items, start=1):
        if not isinstance(item, str):
            raise _mismatch("wrong_type", "wellbeing.bank.text.type", field=f"#{i}",
                            got=describe(item))
    return [item.strip() for item in items]


def _compare_changes(answer: Any, expected: Any) -> None:
    changes = read_changes(answer)
    if len(changes) != 2:
        raise _mismatch("wrong_shape", "wellbeing.bank.changes.count", got=len(changes))
    short = [i for i, c in enumerate(changes, start=1) if _words(c) < MIN_WORDS]
    if short:
        raise _mismatch("fail", "recovery.bank.reflection.short", credit=0.5 * (len(short) == 1),
                        field=f"#{short[0]}", n=MIN_WORDS, got=_words(changes[short[0] - 1]))
    if _clean(changes[0]) == _clean(changes[1]):
        raise _mismatch("fail", "wellbeing.bank.changes.same", credit=0.5)
    if not any(ROSTER_WORDS.search(c) for c in changes):
        raise _mismatch("fail", "wellbeing.bank.changes.roster", credit=0.5)
    if not any(SUPPORT_WORDS.search(c) for c in changes):
        raise _mismatch("fail", "wellbeing.bank.changes.support", credit=0.5)


# -------------------------------------------------------------------------- task 8
def _letters(answer: Any) -> set[str]:
    if isinstance(answer, str):
        items: list[Any] = [x for x in re.split(r"[\s,;，、]+", answer) if x]
    elif isinstance(answer, (list, tuple, set, frozenset, np.ndarray, pd.Series, pd.Index)):
        items = list(answer.tolist() if hasattr(answer, "tolist") else answer)
    else:
        raise _mismatch("wrong_type", "wellbeing.bank.cannot.type", got=describe(answer))
    out = set()
    for item in items:
        if not isinstance(item, str) or _clean(item).strip("() .") not in STATEMENTS:
            raise _mismatch("fail", "wellbeing.bank.cannot.unknown", value=str(item)[:20],
                            letters=", ".join(STATEMENTS))
        out.add(_clean(item).strip("() ."))
    return out


def _compare_cannot(answer: Any, expected: frozenset[str]) -> None:
    got = _letters(answer)
    if got == set(expected):
        return
    right, wrong = len(got & expected), len(got - expected)
    credit = max(0.0, (right - wrong) / len(expected))
    extra = sorted(got - expected)
    if extra:
        raise _mismatch("fail", "wellbeing.bank.cannot.observed", credit=credit, letter=extra[0])
    raise _mismatch("fail", "wellbeing.bank.cannot.missed", credit=credit,
                    n=len(expected - got))


# -------------------------------------------------------------------------- questions
register(Question(
    "emotions.t1_by_hand", points=2, partial=True,
    title=("Two respondents scored by hand", "手工为两位受访者计分"),
    expected=by_hand_answers, compare=_compare_by_hand,
    hints=[("Recode each answer to points (code 1 → 0, 2 → 25, 3 → 50, 4 → 75, 5 → 100), turn "
            "the last item round (100 − points), and take the mean of the answered items. "
            "Check first whether enough items were answered.",
            "先把每个回答换算成分数（代码 1 → 0，2 → 25，3 → 50，4 → 75，5 → 100），把最后一题反过来"
            "（100 − 分数），再求已答题目的平均分。先看看作答的题目是否足够。"),
           ("A answered 6 of 7 items: the mean is over those 6, and A's last answer (1, "
            "never) becomes 100 after the reversal. B answered only 3: the work-related scale "
            "needs at least 4, so B is a non-responder — give None.",
            "A 答了 7 题中的 6 题：平均分只对这 6 题求；A 最后一题答的是 1（从不），反向计分后是 100 分。"
            "B 只答了 3 题：工作相关倦怠分量表至少要答 4 题，所以 B 是未应答者——给出 None。")],
))

register(Question(
    "emotions.t2_cbi_means", points=2, partial=True,
    title=("The three CBI scales, scored as the authors score them", "按作者规则计算三个 CBI 分量表"),
    expected=cbi_means, compare=_compare_means,
    hints=[("Score each respondent first (points 0–100, the reversed item turned round, the "
            "mean of the answered items, non-responders left out), then average the scores "
            "over the staff who have one.",
            "先为每位受访者计分（0–100 分，反向题反过来，对已答题目求平均，排除未应答者），再对有得分的员工求平均。"),
           ("wellbeing.score_cbi(survey) applies all of the authors' rules; take the mean of "
            "each of its three columns.",
            "wellbeing.score_cbi(survey) 已包含作者的全部规则；对它的三列分别求平均。")],
))

register(Question(
    "emotions.t3_alpha", points=2, partial=True,
    title=("Reliability of three subscales", "三个分量表的信度"),
    expected=alphas, compare=_compare_alpha,
    hints=[("Cronbach's alpha needs the items of one subscale, one column per item, on the "
            "rows where all of them are answered. The reversed CBI item must be turned round "
            "first.",
            "克朗巴赫 α 系数需要一个分量表的各题，每题一列，只用各题都有回答的行。CBI 的反向题要先反过来。"),
           ("wellbeing.reliability(survey) gives the alpha of every subscale (it calls "
            "servqual.cronbach_alpha); take 'surface_acting', 'deep_acting' and 'work'.",
            "wellbeing.reliability(survey) 给出每个分量表的 α 系数（它调用 servqual.cronbach_alpha）；"
            "取 'surface_acting'、'deep_acting' 和 'work' 三行。")],
))

register(Question(
    "emotions.t4_surface_exhaustion", points=2, partial=True,
    title=("Surface acting and work-related burnout", "表层扮演与工作相关倦怠"),
    expected=surface_exhaustion, compare=_compare_surface,
    hints=[("Correlate each employee's surface-acting score with their work-related burnout "
            "score (Pearson's r), over the staff who have both, and give the 95 % interval "
            "by Fisher's z.",
            "把每位员工的表层扮演得分与其工作相关倦怠得分求相关（皮尔逊 r），只用两者都有的员工，"
            "并用费希尔 z 变换给出 95% 置信区间。"),
           ("wellbeing.correlation(scores['surface_acting'], scores['work']) returns r, n, "
            "ci_low and ci_high.",
            "wellbeing.correlation(scores['surface_acting'], scores['work']) 返回 r、n、ci_low 和 ci_high。")],
))

register(Question(
    "emotions.t5_deep_ratings", points=2, partial=True,
    title=("Deep acting and customer ratings", "深层扮演与顾客评价"),
    expected=deep_ratings, compare=_compare_deep,
    hints=[("Correlate the deep-acting score with the customer rating (the mean rating, not "
            "the number of ratings); staff with too few ratings have no rating and drop out.",
            "把深层扮演得分与顾客评价（平均评分，而不是评价条数）求相关；评价条数太少的员工没有评分，会被排除。"),
           ("wellbeing.correlation(scores['deep_acting'], scores['customer_rating']) returns "
            "r, n, ci_low and ci_high.",
            "wellbeing.correlation(scores['deep_acting'], scores['customer_rating']) 返回 r、n、ci_low 和 ci_high。")],
))

register(Question(
    "emotions.t6_shift", points=2, partial=True,
    title=("Rotating and day shifts at the hotline", "热线中心的轮班与白班"),
    expected=shift_difference, compare=_compare_shift,
    hints=[("Keep only the call-centre staff (the only site with rotating shifts) and compare "
            "the mean work-related burnout of rotating and day shifts: rotating minus day, with "
            "Welch's 95 % interval.",
            "只保留呼叫中心的员工（只有这里有轮班），比较轮班和白班的工作相关倦怠均值：轮班减白班，并给出韦尔奇 95% 置信区间。"),
           ("wellbeing.compare_groups(hotline['work'], hotline['shift'], reference='day') has a "
            "row 'rotating' with difference, ci_low and ci_high.",
            "wellbeing.compare_groups(hotline['work'], hotline['shift'], reference='day') 中 "
            "'rotating' 一行有 difference、ci_low 和 ci_high。")],
))

register(Question(
    "emotions.t7_changes", points=2, partial=True,
    title=("Two changes to rosters and support", "排班与支持方面的两项改变"),
    expected=lambda: None, compare=_compare_changes,
    hints=[("Give two different changes, each at least "
            f"{MIN_WORDS} words: one to the rosters (shift length, rotation, breaks, rest "
            "days) and one to the support staff get (coaching, supervisor back-up, debriefs, "
            "display rules).",
            f"给出两项不同的改变，每项至少 {MIN_WORDS} 个词：一项针对排班（班次长度、轮换方式、休息、休息日），"
            "一项针对员工得到的支持（辅导、主管支援、事后复盘、情绪表达规则）。"),
           ("For each change write what changes, which finding of the survey it answers, and "
            "how you will check that it worked.",
            "每项改变都要写明：改什么、针对调查的哪项发现，以及你将如何检验它是否有效。")],
))

register(Question(
    "emotions.t8_cannot_prove", points=2, partial=True,
    title=("What a cross-sectional survey cannot prove", "横断面调查无法证明什么"),
    expected=lambda: CANNOT, compare=_compare_cannot,
    hints=[("A survey taken once shows which answers go together in this sample. It cannot "
            "show what causes what, in which direction, what a change would do, or how "
            "things develop over time.",
            "只做一次的调查能显示在这个样本中哪些回答同时出现。它无法显示什么导致什么、作用方向如何、"
            "一项改变会带来什么，也无法显示事情如何随时间发展。"),
           ("Five of the eight statements claim a cause, a direction, the effect of a change "
            "or a development over time.",
            "八条陈述中有五条声称了因果、方向、改变的效果或随时间的发展。")],
))
