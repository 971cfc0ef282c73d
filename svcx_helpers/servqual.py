"""SERVQUAL: the 22 items, dimension gaps, unweighted and weighted scores, reliability
(Cronbach's alpha with Feldt's interval), SERVPERF, the zone of tolerance, and the import
of wide survey exports.

Pure functions on pandas objects. Plots live in :mod:`svcx_helpers.plots.servqual` and
are re-exported here lazily (``servqual.plot_gaps`` …); importance–performance analysis
is in :mod:`svcx_helpers.ipa`. The methods follow ``METHODS.md`` §2 (Parasuraman,
Zeithaml & Berry 1985, 1988, 1991; Zeithaml, Parasuraman & Berry 1990; Cronin & Taylor
1992; Cronbach 1951).

Answers are on the 7-point scale 1 = strongly disagree … 7 = strongly agree. A battery of
answers is a DataFrame with one row per respondent and 22 item columns named
``E1..E22`` (expectations), ``P1..P22`` (perceptions) or ``1..22``.

Example
-------
>>> import pandas as pd
>>> from svcx_helpers import servqual
>>> E = [6,6,7,5, 7,7,7,7,6, 6,7,6,6, 7,7,6,7, 5,6,5,6,6]
>>> P = [5,6,6,5, 5,6,5,6,6, 5,5,6,4, 6,7,6,6, 4,6,4,5,5]
>>> gaps = servqual.dimension_gaps(pd.DataFrame([E]), pd.DataFrame([P]))
>>> gaps.round(2).iloc[0].tolist()
[-0.5, -1.2, -1.25, -0.5, -0.8]
>>> round(servqual.unweighted_score(gaps), 4)
-0.85
>>> round(servqual.weighted_score(gaps, {"Tangibles": 10, "Reliability": 30,
...       "Responsiveness": 25, "Assurance": 20, "Empathy": 15}), 4)
-0.9425
"""

from __future__ import annotations

import math
import re
import unicodedata
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .i18n import t
from .plotting import lazy_plots

DIMENSIONS: tuple[str, ...] = ("Tangibles", "Reliability", "Responsiveness", "Assurance",
                               "Empathy")
"""The five SERVQUAL dimensions (RATER), in questionnaire order (PZB88; METHODS.md §2.1)."""

DIMENSION_ITEMS: dict[str, tuple[int, ...]] = {
    "Tangibles": (1, 2, 3, 4),
    "Reliability": (5, 6, 7, 8, 9),
    "Responsiveness": (10, 11, 12, 13),
    "Assurance": (14, 15, 16, 17),
    "Empathy": (18, 19, 20, 21, 22),
}
"""Item numbers of each dimension; the same in the 1988 and 1991 versions."""

ITEM_DIMENSION: dict[int, str] = {i: d for d, items in DIMENSION_ITEMS.items() for i in items}

REVERSED_1988: tuple[int, ...] = (10, 11, 12, 13, 18, 19, 20, 21, 22)
"""Negatively worded items of the 1988 questionnaire, reverse-scored (8 − x) before any
analysis (PZB88; METHODS.md §2.2). The 1991 questionnaire has none."""

VERSIONS = (1988, 1991)
SCALE = (1, 7)
"""The SERVQUAL answer scale: 1 = strongly disagree … 7 = strongly agree."""

ZPB90_IMPORTANCE: dict[str, float] = {"Tangibles": 11, "Reliability": 32,
                                      "Responsiveness": 22, "Assurance": 19, "Empathy": 16}
"""Average 100-point importance allocation reported across the PZB studies (ZPB90;
METHODS.md §2.4): reliability matters most, tangibles least."""

# --------------------------------------------------------------------------------------
# Item wording. 1991: PBZ91 (METHODS.md §2.3); 1988: PZB88 (§2.2). "XYZ" stands for the
# firm (in Chinese also "XYZ"). Chinese wordings are our own translations.
# Each row: (expectation_en, perception_en, expectation_zh, perception_zh)
# --------------------------------------------------------------------------------------
_ITEMS_1991: tuple[tuple[str, str, str, str], ...] = (
    ("Excellent companies will have modern-looking equipment",
     "XYZ has modern-looking equipment",
     "优秀的企业会拥有现代化的设备", "XYZ 拥有现代化的设备"),
    ("The physical facilities at excellent companies will be visually appealing",
     "XYZ's physical facilities are visually appealing",
     "优秀企业的实体设施在外观上会吸引人", "XYZ 的实体设施在外观上吸引人"),
    ("Employees at excellent companies will be neat in appearance",
     "XYZ's employees are neat-appearing",
     "优秀企业的员工会衣着整洁、仪表得体", "XYZ 的员工衣着整洁、仪表得体"),
    ("Materials associated with the service (such as pamphlets or statements) will be "
     "visually appealing at an excellent company",
     "Materials associated with the service (such as pamphlets or statements) are "
     "visually appealing at XYZ",
     "优秀企业与服务相关的资料（如宣传册或对账单）会设计美观",
     "XYZ 与服务相关的资料（如宣传册或对账单）设计美观"),
    ("When excellent companies promise to do something by a certain time, they will do so",
     "When XYZ promises to do something by a certain time, it does so",
     "优秀的企业承诺在某个时间前做某事时，会按时做到", "XYZ 承诺在某个时间前做某事时，能按时做到"),
    ("When you have a problem, excellent companies will show a sincere interest in "
     "solving it",
     "When you have a problem, XYZ shows a sincere interest in solving it",
     "当你遇到问题时，优秀的企业会真诚地设法解决", "当你遇到问题时，XYZ 真诚地设法解决"),
    ("Excellent companies will perform the service right the first time",
     "XYZ performs the service right the first time",
     "优秀的企业会第一次就把服务做对", "XYZ 第一次就把服务做对"),
    ("Excellent companies will provide their services at the time they promise to do so",
     "XYZ provides its services at the time it promises to do so",
     "优秀的企业会在承诺的时间提供服务", "XYZ 在承诺的时间提供服务"),
    ("Excellent companies will insist on error-free records",
     "XYZ insists on error-free records",
     "优秀的企业会坚持记录准确无误", "XYZ 坚持记录准确无误"),
    ("Employees of excellent companies will tell customers exactly when services will be "
     "performed",
     "Employees of XYZ tell you exactly when services will be performed",
     "优秀企业的员工会确切告诉顾客服务何时进行", "XYZ 的员工确切告诉你服务何时进行"),
    ("Employees of excellent companies will give prompt service to customers",
     "Employees of XYZ give you prompt service",
     "优秀企业的员工会为顾客提供及时的服务", "XYZ 的员工为你提供及时的服务"),
    ("Employees of excellent companies will always be willing to help customers",
     "Employees of XYZ are always willing to help you",
     "优秀企业的员工总是愿意帮助顾客", "XYZ 的员工总是愿意帮助你"),
    ("Employees of excellent companies will never be too busy to respond to customers' "
     "requests",
     "Employees of XYZ are never too busy to respond to your requests",
     "优秀企业的员工再忙也会回应顾客的请求", "XYZ 的员工再忙也会回应你的请求"),
    ("The behavior of employees of excellent companies will instill confidence in "
     "customers",
     "The behavior of employees of XYZ instills confidence in you",
     "优秀企业员工的言行会让顾客产生信心", "XYZ 员工的言行让你有信心"),
    ("Customers of excellent companies will feel safe in their transactions",
     "You feel safe in your transactions with XYZ",
     "优秀企业的顾客在交易时会感到安全放心", "你在与 XYZ 交易时感到安全放心"),
    ("Employees of excellent companies will be consistently courteous with customers",
     "Employees of XYZ are consistently courteous with you",
     "优秀企业的员工会始终对顾客以礼相待", "XYZ 的员工始终对你以礼相待"),
    ("Employees of excellent companies will have the knowledge to answer customers' "
     "questions",
     "Employees of XYZ have the knowledge to answer your questions",
     "优秀企业的员工会具备回答顾客问题的专业知识", "XYZ 的员工具备回答你问题的专业知识"),
    ("Excellent companies will give customers individual attention",
     "XYZ gives you individual attention",
     "优秀的企业会给予每位顾客个别关注", "XYZ 给予你个别关注"),
    ("Excellent companies will have operating hours convenient to all their customers",
     "XYZ has operating hours convenient to all its customers",
     "优秀企业的营业时间会方便所有顾客", "XYZ 的营业时间方便所有顾客"),
    ("Excellent companies will have employees who give customers personal attention",
     "XYZ has employees who give you personal attention",
     "优秀的企业会有员工给予顾客个人化的关照", "XYZ 有员工给予你个人化的关照"),
    ("Excellent companies will have the customers' best interests at heart",
     "XYZ has your best interests at heart",
     "优秀的企业会把顾客的最大利益放在心上", "XYZ 把你的最大利益放在心上"),
    ("The employees of excellent companies will understand the specific needs of their "
     "customers",
     "Employees of XYZ understand your specific needs",
     "优秀企业的员工会了解顾客的具体需求", "XYZ 的员工了解你的具体需求"),
)

_ITEMS_1988: tuple[tuple[str, str, str, str], ...] = (
    ("They should have up-to-date equipment", "XYZ has up-to-date equipment",
     "这类企业应当拥有最新的设备", "XYZ 拥有最新的设备"),
    ("Their physical facilities should be visually appealing",
     "XYZ's physical facilities are visually appealing",
     "这类企业的实体设施应当在外观上吸引人", "XYZ 的实体设施在外观上吸引人"),
    ("Their employees should be well dressed and appear neat",
     "XYZ's employees are well dressed and appear neat",
     "这类企业的员工应当衣着得体、仪表整洁", "XYZ 的员工衣着得体、仪表整洁"),
    ("The appearance of the physical facilities of these firms should be in keeping with "
     "the type of services provided",
     "The appearance of the physical facilities of XYZ is in keeping with the type of "
     "services provided",
     "这类企业实体设施的外观应当与所提供服务的类型相称",
     "XYZ 实体设施的外观与所提供服务的类型相称"),
    ("When these firms promise to do something by a certain time, they should do so",
     "When XYZ promises to do something by a certain time, it does so",
     "这类企业承诺在某个时间前做某事时，应当按时做到", "XYZ 承诺在某个时间前做某事时，能按时做到"),
    ("When customers have problems, these firms should be sympathetic and reassuring",
     "When you have problems, XYZ is sympathetic and reassuring",
     "顾客遇到问题时，这类企业应当体谅顾客并让其安心", "你遇到问题时，XYZ 体谅你并让你安心"),
    ("These firms should be dependable", "XYZ is dependable",
     "这类企业应当可靠", "XYZ 是可靠的"),
    ("They should provide their services at the time they promise to do so",
     "XYZ provides its services at the time it promises to do so",
     "这类企业应当在承诺的时间提供服务", "XYZ 在承诺的时间提供服务"),
    ("They should keep their records accurately", "XYZ keeps its records accurately",
     "这类企业应当准确地保存记录", "XYZ 准确地保存记录"),
    ("They shouldn't be expected to tell customers exactly when services will be performed",
     "XYZ does not tell customers exactly when services will be performed",
     "不应指望这类企业确切告诉顾客服务何时进行", "XYZ 不会确切告诉顾客服务何时进行"),
    ("It is not realistic for customers to expect prompt service from employees of these "
     "firms",
     "You do not receive prompt service from XYZ's employees",
     "顾客指望这类企业的员工提供及时服务是不现实的", "你没有从 XYZ 的员工那里得到及时的服务"),
    ("Their employees don't always have to be willing to help customers",
     "Employees of XYZ are not always willing to help customers",
     "这类企业的员工不必总是愿意帮助顾客", "XYZ 的员工并不总是愿意帮助顾客"),
    ("It is okay if they are too busy to respond to customer requests promptly",
     "Employees of XYZ are too busy to respond to customer requests promptly",
     "这类企业太忙而不能及时回应顾客的请求也没关系", "XYZ 的员工太忙，不能及时回应顾客的请求"),
    ("Customers should be able to trust employees of these firms",
     "You can trust employees of XYZ",
     "顾客应当能够信任这类企业的员工", "你可以信任 XYZ 的员工"),
    ("Customers should be able to feel safe in their transactions with these firms' "
     "employees",
     "You feel safe in your transactions with XYZ's employees",
     "顾客与这类企业的员工交易时应当感到安全", "你与 XYZ 的员工交易时感到安全"),
    ("Their employees should be polite", "Employees of XYZ are polite",
     "这类企业的员工应当有礼貌", "XYZ 的员工有礼貌"),
    ("Their employees should get adequate support from these firms to do their jobs well",
     "Employees get adequate support from XYZ to do their jobs well",
     "这类企业的员工应当得到企业的充分支持，以便做好工作",
     "XYZ 的员工得到企业的充分支持，能够做好工作"),
    ("These firms should not be expected to give customers individual attention",
     "XYZ does not give you individual attention",
     "不应指望这类企业给予顾客个别关注", "XYZ 没有给予你个别关注"),
    ("Employees of these firms cannot be expected to give customers personal attention",
     "Employees of XYZ do not give you personal attention",
     "不能指望这类企业的员工给予顾客个人化的关照", "XYZ 的员工没有给予你个人化的关照"),
    ("It is unrealistic to expect employees to know what the needs of their customers are",
     "Employees of XYZ do not know what your needs are",
     "指望员工了解顾客的需求是不现实的", "XYZ 的员工不了解你的需求"),
    ("It is unrealistic to expect these firms to have their customers' best interests at "
     "heart",
     "XYZ does not have your best interests at heart",
     "指望这类企业把顾客的最大利益放在心上是不现实的", "XYZ 没有把你的最大利益放在心上"),
    ("They shouldn't be expected to have operating hours convenient to all their customers",
     "XYZ does not have operating hours convenient to all their customers",
     "不应指望这类企业的营业时间方便所有顾客", "XYZ 的营业时间并不方便所有顾客"),
)


def _items_table() -> pd.DataFrame:
    rows = []
    for i in range(1, 23):
        new, old = _ITEMS_1991[i - 1], _ITEMS_1988[i - 1]
        rows.append({
            "item": i, "dimension": ITEM_DIMENSION[i],
            "expectation_1991_en": new[0], "perception_1991_en": new[1],
            "expectation_1991_zh": new[2], "perception_1991_zh": new[3],
            "expectation_1988_en": old[0], "perception_1988_en": old[1],
            "expectation_1988_zh": old[2], "perception_1988_zh": old[3],
            "reversed_1988": i in REVERSED_1988,
        })
    return pd.DataFrame(rows).set_index("item")


ITEMS: pd.DataFrame = _items_table()
"""The 22 items (index 1..22): ``dimension``; the 1991 wording (PBZ91) and the 1988
wording (PZB88) of the expectation and perception statements in English (``_en``) and
Simplified Chinese (``_zh``); ``reversed_1988`` marks the nine negatively worded 1988
items (10–13, 18–22) that are reverse-scored. Example: ``ITEMS.loc[11,
"perception_1991_en"]`` → "Employees of XYZ give you prompt service"."""


def dimension_name(dimension: str, lang: str | None = None) -> str:
    """Translated name of a dimension: ``dimension_name("Empathy", "zh") == "移情性"``."""
    return t(f"servqual.dim.{dimension}", lang=lang)


# --------------------------------------------------------------------------------------
# Batteries of answers
# --------------------------------------------------------------------------------------
def _battery(frame: pd.DataFrame | pd.Series | Sequence[Any], prefix: str,
             what: str, scale: tuple[int, int] = SCALE) -> pd.DataFrame:
    """A battery → float DataFrame with columns 1..22 (NaN = missing), validated.

    Columns ``{prefix}1..{prefix}22`` are preferred; bare numbers are used when the
    prefixed columns are absent. Other columns are ignored.
    """
    if isinstance(frame, pd.Series):
        frame = frame.to_frame().T
    elif not isinstance(frame, pd.DataFrame):
        frame = pd.DataFrame([list(frame)], columns=range(1, len(list(frame)) + 1))
    if list(frame.columns) == list(range(22)):  # a bare 22-column table: by position
        frame = frame.set_axis(range(1, 23), axis=1)
    found: dict[int, Any] = {}
    for pattern in (rf"{prefix}\s*(\d{{1,2}})", r"(\d{1,2})"):
        found = {}
        for col in frame.columns:
            if isinstance(col, (int, np.integer)) and not isinstance(col, bool):
                m = re.fullmatch(pattern, str(int(col)))
            else:
                m = re.fullmatch(pattern, str(col).strip(), flags=re.IGNORECASE)
            if m and 1 <= int(m.group(1)) <= 22:
                found.setdefault(int(m.group(1)), col)
        if len(found) == 22:
            break
    missing = [f"{prefix}{i}" for i in range(1, 23) if i not in found]
    if missing:
        raise ValueError(t("servqual.err.items", what=t(f"servqual.err.{what}"),
                           missing=", ".join(missing), have=list(map(str, frame.columns))))
    out = pd.DataFrame(index=frame.index, columns=range(1, 23), dtype=float)
    lo, hi = scale
    for i in range(1, 23):
        col = found[i]
        values = frame[col]
        numeric = pd.to_numeric(values, errors="coerce")
        blank = values.isna() | values.astype(str).str.strip().isin(["", "nan", "None",
                                                                     "<NA>"])
        is_bool = values.map(lambda v: isinstance(v, (bool, np.bool_)))
        bad = (~blank & (numeric.isna() | (numeric % 1 != 0) | (numeric < lo)
                         | (numeric > hi))) | is_bool
        if bad.any():
            label = bad[bad].index[0]
            raise ValueError(t("servqual.err.value", what=t(f"servqual.err.{what}"),
                               row=label, column=str(col), value=values.loc[label],
                               lo=lo, hi=hi))
        out[i] = numeric.where(~blank).astype(float)
    return out


def item_scores(answers: pd.DataFrame, battery: str = "P", version: int = 1991
                ) -> pd.DataFrame:
    """One battery as numbers, columns 1..22, with 1988 negative items reverse-scored.

    Formula: x' = 8 − x for items 10–13 and 18–22 when ``version=1988`` (PZB88;
    METHODS.md §2.2), x' = x otherwise. ``battery`` is "E" or "P" (the column prefix).
    Blank answers stay NaN. Example: ``item_scores(df, "E", 1988)[10]`` is 8 − E10.
    """
    _check_version(version)
    if battery not in ("E", "P"):
        raise ValueError(t("core.option", value=battery, name="battery", choices=["E", "P"]))
    scores = _battery(answers, battery, "expectations" if battery == "E" else "perceptions")
    if version == 1988:
        rev = list(REVERSED_1988)
        scores[rev] = 8 - scores[rev]
    return scores


def _check_version(version: int) -> None:
    if version not in VERSIONS:
        raise ValueError(t("core.option", value=version, name="version", choices=list(VERSIONS)))


def _by_dimension(item_values: pd.DataFrame) -> pd.DataFrame:
    """Mean of the answered items of each dimension per row (NaN if none answered)."""
    out = pd.DataFrame({d: item_values[list(items)].mean(axis=1, skipna=True)
                        for d, items in DIMENSION_ITEMS.items()}, index=item_values.index)
    out.columns.name = "dimension"
    return out


def item_gaps(expectations: pd.DataFrame, perceptions: pd.DataFrame | None = None,
              version: int = 1991) -> pd.DataFrame:
    """Per-respondent item gaps G_rj = P_rj − E_rj (columns 1..22), in [−6, 6].

    Formula: METHODS.md §2.4 step 1 (ZPB90), after reverse-scoring the 1988 negative
    items. A gap is NaN when either answer is blank. ``perceptions=None`` takes both
    batteries from one frame with ``E1..E22`` and ``P1..P22``. Rows are matched by
    index. Example (METHODS.md S2): item gaps of the single respondent begin −1, 0, −1, 0.
    """
    if perceptions is None:
        perceptions = expectations
    e = item_scores(expectations, "E", version)
    p = item_scores(perceptions, "P", version)
    if len(e) != len(p) or not e.index.equals(p.index):
        raise ValueError(t("servqual.err.rows", ne=len(e), np=len(p)))
    return p - e


def dimension_gaps(expectations: pd.DataFrame, perceptions: pd.DataFrame | None = None,
                   version: int = 1991) -> pd.DataFrame:
    """Per-respondent dimension gaps: one row per respondent, the five :data:`DIMENSIONS`.

    Formula (METHODS.md §2.4 steps 1–2; ZPB90): G_rj = P_rj − E_rj for each item, then
    G_rd = mean of G_rj over the items j of dimension d. ``version=1988`` reverse-scores
    the nine negatively worded items first (8 − x; PZB88).

    Missing answers: an item gap is missing when E or P is blank, and G_rd is the **mean
    of the answered items in that dimension** (never a silent zero); if no item of a
    dimension is answered, G_rd is NaN. ``result.attrs["missing_items"]`` counts the item
    gaps left out. Bad values (outside 1–7, not whole numbers, text) raise ``ValueError``
    naming the row, the column and the value.

    Example (METHODS.md S2): the single respondent gives T −0.50, Rel −1.20,
    Resp −1.25, A −0.50, E −0.80.
    """
    gaps = item_gaps(expectations, perceptions, version)
    out = _by_dimension(gaps)
    out.attrs["missing_items"] = int(gaps.isna().sum().sum())
    out.attrs["version"] = version
    return out


def dimension_scores(answers: pd.DataFrame, battery: str = "P", version: int = 1991
                     ) -> pd.DataFrame:
    """Per-respondent dimension means of one battery (mean of the answered items).

    Formula: x̄_rd = mean of x_rj over the answered items j of dimension d (after 1988
    reverse-scoring). Example (METHODS.md S2): perceptions → 5.5, 5.6, 5.0, 6.25, 4.8.
    """
    return _by_dimension(item_scores(answers, battery, version))


# --------------------------------------------------------------------------------------
# Scores
# --------------------------------------------------------------------------------------
def _gap_frame(gaps: pd.DataFrame | pd.Series | Mapping[str, float]) -> pd.DataFrame:
    if isinstance(gaps, Mapping) and not isinstance(gaps, pd.Series):
        gaps = pd.Series(gaps, dtype=float)
    if isinstance(gaps, pd.Series):
        gaps = gaps.to_frame().T
    missing = [d for d in DIMENSIONS if d not in gaps.columns]
    if missing:
        raise ValueError(t("readers.columns", source="", missing=missing,
                           have=list(map(str, gaps.columns))))
    return gaps[list(DIMENSIONS)].astype(float)


def _complete(g: pd.DataFrame) -> pd.DataFrame:
    incomplete = g.isna().any(axis=1)
    if incomplete.any():
        warnings.warn(t("servqual.warn.incomplete", n=int(incomplete.sum()),
                        rows=", ".join(map(str, g.index[incomplete][:5]))),
                      UserWarning, stacklevel=3)
    return g[~incomplete]


def unweighted_score(gaps: pd.DataFrame | pd.Series | Mapping[str, float]) -> float:
    """Unweighted SERVQUAL score: mean over the five dimensions, then over respondents.

    Formula (METHODS.md §2.4 step 4; ZPB90 "added up and divided by five"):
    SQ = mean_r ( (1/5) Σ_d G_rd ), which equals the mean of the five sample dimension
    gaps Ḡ_d when every respondent has all five. Respondents with a dimension that could
    not be scored (all items blank) are left out, with a warning. Note that this is not
    the mean of all 22 item gaps: dimensions have 4 or 5 items.

    Example (METHODS.md S2): −0.85 (the mean of the 22 item gaps would be −0.8636).
    """
    g = _complete(_gap_frame(gaps))
    if g.empty:
        return float("nan")
    return float(g.mean(axis=1).mean())


WEIGHT_FORMS = ("sum", "mean", "points")
WEIGHT_METHODS = ("per_respondent", "product_of_means")


def importance_weights(weights: Mapping[str, float] | pd.Series | pd.DataFrame,
                       index: pd.Index | None = None, tol: float = 1e-6,
                       rescale: bool = False) -> pd.DataFrame:
    """Importance weights as fractions: one row per respondent, the five dimensions.

    ``weights`` is a 100-point allocation or fractions summing to 1, either one set for
    the whole sample (dict/Series keyed by dimension) or one row per respondent
    (DataFrame with the dimension columns, or ``importance_tangibles`` … columns; other
    columns are ignored). Formula: w_rd = points_rd / 100 (ZPB90;
    METHODS.md §2.4 step 5). Each row must sum to 100 (points) or to 1 (fractions)
    within ``tol``; otherwise ``ValueError`` names the respondent row and the sum —
    unless ``rescale=True``, which divides each row by its own sum (an alternative some
    analysts use; say so when you report it). Negative or blank weights are errors.

    Example: ``importance_weights({"Tangibles": 10, "Reliability": 30, …})`` → 0.10, 0.30, ….
    """
    if isinstance(weights, pd.DataFrame):
        w = weights.copy()
    else:
        s = pd.Series(weights, dtype=float) if isinstance(weights, Mapping) else weights
        w = pd.DataFrame([s.to_dict()], index=["sample"])
    w = w.rename(columns=lambda c: _dimension_key(c) or _split_importance_header(c) or c)
    missing = [d for d in DIMENSIONS if d not in w.columns]
    if missing:
        raise ValueError(t("readers.columns", source="", missing=missing,
                           have=list(map(str, w.columns))))
    w = w[list(DIMENSIONS)].apply(pd.to_numeric, errors="coerce").astype(float)
    for label, row in w.iterrows():
        if row.isna().any() or (row < 0).any():
            col = row.index[(row.isna() | (row < 0)).to_numpy()][0]
            raise ValueError(t("servqual.err.weight_value", row=label, column=col,
                               value=weights.loc[label, col] if isinstance(weights,
                                                                          pd.DataFrame)
                               else row[col]))
    sums = w.sum(axis=1)
    is_points = (sums - 100).abs() <= tol * 100
    is_fraction = (sums - 1).abs() <= tol
    bad = sums <= 0 if rescale else ~(is_points | is_fraction)
    if bad.any():
        label = bad[bad].index[0]
        raise ValueError(t("servqual.err.weight_sum", row=label,
                           total=f"{sums[label]:g}"))
    out = w.div(sums, axis=0) if rescale else w.div(np.where(is_points, 100.0, 1.0), axis=0)
    if index is not None:
        if len(out) == 1 and out.index[0] == "sample" and not isinstance(weights,
                                                                         pd.DataFrame):
            out = pd.DataFrame(np.repeat(out.to_numpy(), len(index), axis=0), index=index,
                               columns=out.columns)
        else:
            missing_rows = [r for r in index if r not in out.index]
            if missing_rows:
                raise ValueError(t("servqual.err.weight_rows", rows=missing_rows[:5]))
            out = out.loc[index]
    return out


def weighted_scores(gaps: pd.DataFrame | pd.Series | Mapping[str, float],
                    weights: Mapping[str, float] | pd.Series | pd.DataFrame,
                    form: str = "sum", rescale: bool = False) -> pd.Series:
    """Weighted SERVQUAL score of each respondent.

    Formula (ZPB90; METHODS.md §2.4 step 5): WSQ_r = Σ_d w_rd · G_rd with w_rd =
    points_rd / 100. ``form="sum"`` (default) is that formula; ``form="mean"`` divides it
    by 5 as some handouts do ("then proceed with steps 3 and 4"); ``form="points"`` uses
    the points without dividing by 100. See :func:`importance_weights` for ``weights``.
    Respondents with an unscored dimension get NaN.

    Example (METHODS.md S3): two respondents → −0.9425 and −1.03.
    """
    if form not in WEIGHT_FORMS:
        raise ValueError(t("core.option", value=form, name="form", choices=list(WEIGHT_FORMS)))
    g = _gap_frame(gaps)
    w = importance_weights(weights, index=g.index, rescale=rescale)
    out = (w * g).sum(axis=1, min_count=5).where(g.notna().all(axis=1))
    factor = {"sum": 1.0, "mean": 0.2, "points": 100.0}[form]
    return (out * factor).rename("weighted_score")


def weighted_score(gaps: pd.DataFrame | pd.Series | Mapping[str, float],
                   weights: Mapping[str, float] | pd.Series | pd.DataFrame,
                   method: str = "per_respondent", form: str = "sum",
                   rescale: bool = False) -> float:
    """Weighted SERVQUAL score of the sample.

    Formula (ZPB90; METHODS.md §2.4): **weight each respondent first**, then average:
    WSQ = mean_r Σ_d w_rd · G_rd (``method="per_respondent"``, the default). The shortcut
    ``method="product_of_means"`` computes Σ_d mean_r(w_rd) · mean_r(G_rd) instead; it
    differs whenever the people who care most about a dimension also see a different gap
    there (their covariance is lost). ``weights`` may be 100-point allocations or
    fractions, for the sample (dict) or per respondent (DataFrame); a row that sums to
    neither 100 nor 1 raises ``ValueError`` naming the row and its sum. ``form`` as in
    :func:`weighted_scores`. Respondents with an unscored dimension are left out, with a
    warning.

    Example (METHODS.md S3): per respondent −0.98625; product of means −0.968125.
    """
    if method not in WEIGHT_METHODS:
        raise ValueError(t("core.option", value=method, name="method",
                           choices=list(WEIGHT_METHODS)))
    g = _complete(_gap_frame(gaps))
    if g.empty:
        return float("nan")
    if method == "per_respondent":
        return float(weighted_scores(g, weights, form=form, rescale=rescale).mean())
    if form not in WEIGHT_FORMS:
        raise ValueError(t("core.option", value=form, name="form", choices=list(WEIGHT_FORMS)))
    w = importance_weights(weights, index=g.index, rescale=rescale)
    factor = {"sum": 1.0, "mean": 0.2, "points": 100.0}[form]
    return float((w.mean() * g.mean()).sum() * factor)


def servperf(perceptions: pd.DataFrame, version: int = 1991, over: str = "items") -> float:
    """SERVPERF score (Cronin & Taylor 1992): perceptions only, no expectations.

    Formula (METHODS.md §2.6): ``over="items"`` (default) = mean over respondents of the
    mean of each respondent's answered P items; ``over="dimensions"`` = mean of the five
    dimension means instead (items of small dimensions weigh more).

    Example (METHODS.md S2): 5.4090909 (mean of the 22 P); over dimensions 5.43.
    """
    if over not in ("items", "dimensions"):
        raise ValueError(t("core.option", value=over, name="over",
                           choices=["items", "dimensions"]))
    p = item_scores(perceptions, "P", version)
    if over == "items":
        return float(p.mean(axis=1).mean())
    return float(_by_dimension(p).mean(axis=1).mean())


# --------------------------------------------------------------------------------------
# Summaries and confidence intervals
# --------------------------------------------------------------------------------------
def dimension_summary(gaps: pd.DataFrame, confidence: float = 0.95) -> pd.DataFrame:
    """Sample statistics per dimension: n, mean, sd, se and a t confidence interval.

    Formula: Ḡ_d = mean_r G_rd (METHODS.md §2.4 step 3); sd with n − 1; se = sd / √n;
    interval Ḡ_d ± t_{(1+c)/2, n−1} · se (Student t, computed without scipy).

    Example: ``dimension_summary(gaps).loc["Empathy", "mean"]``.
    """
    g = _gap_frame(gaps)
    rows = {}
    for d in DIMENSIONS:
        x = g[d].dropna()
        n = len(x)
        mean = float(x.mean()) if n else float("nan")
        sd = float(x.std(ddof=1)) if n > 1 else float("nan")
        se = sd / math.sqrt(n) if n > 1 else float("nan")
        half = _t_ppf((1 + confidence) / 2, n - 1) * se if n > 1 else float("nan")
        rows[d] = {"n": n, "mean": mean, "sd": sd, "se": se, "ci_low": mean - half,
                   "ci_high": mean + half}
    out = pd.DataFrame.from_dict(rows, orient="index")
    out.index.name = "dimension"
    out.attrs["confidence"] = confidence
    return out


def zone_of_tolerance(desired: pd.DataFrame, adequate: pd.DataFrame,
                      perceived: pd.DataFrame, version: int = 1991) -> pd.DataFrame:
    """Zone of tolerance per dimension from the three-column format (PZB 1994).

    Each argument is a battery (22 item columns; perceptions may use the ``P`` prefix,
    the others bare numbers or their own ``E`` prefix). Formula (METHODS.md §2.5):
    dimension means of desired D, adequate A and perceived P; measure of service
    superiority MSS = P − D; measure of service adequacy MSA = P − A. ``position`` is
    ``"below"`` (P < A: a service failure), ``"within"`` (A ≤ P ≤ D) or ``"above"``
    (P > D: delight).

    Example: D 6.5, A 5.0, P 5.5 → MSS −1.0, MSA 0.5, position "within".
    """
    d = _by_dimension(item_scores(desired, "E", version)).mean()
    a = _by_dimension(item_scores(adequate, "E", version)).mean()
    p = _by_dimension(item_scores(perceived, "P", version)).mean()
    out = pd.DataFrame({"desired": d, "adequate": a, "perceived": p})
    out["mss"] = out["perceived"] - out["desired"]
    out["msa"] = out["perceived"] - out["adequate"]
    out["position"] = np.where(out["perceived"] < out["adequate"], "below",
                               np.where(out["perceived"] > out["desired"], "above", "within"))
    out.index.name = "dimension"
    return out


# --------------------------------------------------------------------------------------
# Reliability
# --------------------------------------------------------------------------------------
def _item_matrix(items: Any) -> np.ndarray:
    df = pd.DataFrame(items).apply(pd.to_numeric, errors="coerce").astype(float)
    return df.dropna(axis=0, how="any").to_numpy()


def cronbach_alpha(items: Any, standardized: bool = False) -> float:
    """Cronbach's alpha of a scale: rows = respondents, columns = items.

    Formula (Cronbach 1951; METHODS.md §2.7): α = k/(k − 1) · (1 − Σ s_i² / s_T²), with
    item variances s_i² and the variance s_T² of the summed score (the ddof cancels).
    ``standardized=True`` gives α_s = k·r̄ / (1 + (k − 1)·r̄) with r̄ the mean inter-item
    Pearson correlation. Rows with a blank item are left out (listwise). Returns NaN for
    fewer than 2 items or 2 rows, or when the total score has no variance (for α_s: when
    an item has none). Conventional threshold: α ≥ 0.70 (Nunnally).

    Example (METHODS.md S4): rows [4,5,4,5],[3,4,3,3],[5,5,4,5],[2,3,2,3],[4,4,5,4],
    [3,3,3,4] → α = 0.9247312, α_s = 0.9263945.
    """
    x = _item_matrix(items)
    n, k = x.shape if x.ndim == 2 else (0, 0)
    if k < 2 or n < 2:
        return float("nan")
    if standardized:
        sd = x.std(axis=0, ddof=1)
        if (sd == 0).any():
            return float("nan")
        r = np.corrcoef(x, rowvar=False)
        rbar = (r.sum() - k) / (k * (k - 1))
        return float(k * rbar / (1 + (k - 1) * rbar))
    total_var = x.sum(axis=1).var(ddof=1)
    if total_var == 0:
        return float("nan")
    return float(k / (k - 1) * (1 - x.var(axis=0, ddof=1).sum() / total_var))


def cronbach_alpha_ci(items: Any, confidence: float = 0.95) -> tuple[float, float]:
    """Feldt (1987) confidence interval for Cronbach's alpha.

    Formula (METHODS.md §2.7, as in cocron): with γ = 1 − confidence, n respondents and k
    items, L = 1 − (1 − α̂)·F_{1−γ/2}(n − 1, (n − 1)(k − 1)) and
    U = 1 − (1 − α̂)·F_{γ/2}(n − 1, (n − 1)(k − 1)), F quantiles of the F distribution.

    Example: ``cronbach_alpha_ci(df, 0.95)`` → (low, high) around ``cronbach_alpha(df)``.
    """
    if not 0 < confidence < 1:
        raise ValueError(t("core.option", value=confidence, name="confidence",
                           choices=["0 < confidence < 1"]))
    x = _item_matrix(items)
    alpha = cronbach_alpha(x)
    if math.isnan(alpha):
        return (float("nan"), float("nan"))
    n, k = x.shape
    d1, d2 = n - 1, (n - 1) * (k - 1)
    gamma = 1 - confidence
    return (1 - (1 - alpha) * _f_ppf(1 - gamma / 2, d1, d2),
            1 - (1 - alpha) * _f_ppf(gamma / 2, d1, d2))


def reliability(answers: pd.DataFrame, battery: str = "P", version: int = 1991,
                confidence: float = 0.95) -> pd.DataFrame:
    """Cronbach's alpha of each dimension of one battery, with Feldt's interval.

    ``battery`` "E", "P" or "G" (item gaps P − E; ``answers`` must then hold both).
    Columns ``k``, ``n`` (complete rows), ``alpha``, ``alpha_standardized``, ``ci_low``,
    ``ci_high``. Formula: :func:`cronbach_alpha` per dimension (METHODS.md §2.7).
    """
    scores = item_gaps(answers, None, version) if battery == "G" else item_scores(
        answers, battery, version)
    rows = {}
    for d, items in DIMENSION_ITEMS.items():
        part = scores[list(items)]
        lo, hi = cronbach_alpha_ci(part, confidence)
        rows[d] = {"k": len(items), "n": int(part.dropna().shape[0]),
                   "alpha": cronbach_alpha(part),
                   "alpha_standardized": cronbach_alpha(part, standardized=True),
                   "ci_low": lo, "ci_high": hi}
    out = pd.DataFrame.from_dict(rows, orient="index")
    out.index.name = "dimension"
    return out


# --------------------------------------------------------------------------------------
# Distribution quantiles (no scipy): regularized incomplete beta + bisection
# --------------------------------------------------------------------------------------
def _betacf(a: float, b: float, x: float) -> float:
    """Continued fraction of the incomplete beta function (Lentz's method)."""
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 1000):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-15:
            break
    return h


def _betainc(a: float, b: float, x: float) -> float:
    """Regularized incomplete beta function I_x(a, b)."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    lbeta = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
    front = math.exp(lbeta + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1) / (a + b + 2):
        return front * _betacf(a, b, x) / a
    return 1.0 - front * _betacf(b, a, 1 - x) / b


def _f_cdf(x: float, d1: float, d2: float) -> float:
    if x <= 0:
        return 0.0
    return _betainc(d1 / 2, d2 / 2, d1 * x / (d1 * x + d2))


def _t_cdf(x: float, df: float) -> float:
    tail = 0.5 * _betainc(df / 2, 0.5, df / (df + x * x))
    return 1 - tail if x >= 0 else tail


def _bisect(cdf: Any, p: float, lo: float, hi: float) -> float:
    while cdf(hi) < p:
        hi *= 2
    while cdf(lo) > p:
        lo = lo * 2 if lo < 0 else lo / 2
    for _ in range(200):
        mid = (lo + hi) / 2
        if cdf(mid) < p:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-12 * max(1.0, abs(mid)):
            break
    return (lo + hi) / 2


def _f_ppf(p: float, d1: float, d2: float) -> float:
    """Quantile of the F(d1, d2) distribution, e.g. ``_f_ppf(0.975, 5, 15) ≈ 3.5764``."""
    return _bisect(lambda x: _f_cdf(x, d1, d2), p, 1e-12, 10.0)


def _t_ppf(p: float, df: float) -> float:
    """Quantile of Student's t, e.g. ``_t_ppf(0.975, 10) ≈ 2.2281``."""
    if df <= 0:
        return float("nan")
    return _bisect(lambda x: _t_cdf(x, df), p, -10.0, 10.0)


def t_quantile(p: float, df: float) -> float:
    """Quantile of Student's t distribution with ``df`` degrees of freedom (any df > 0,
    also a fractional one such as Welch's), computed without scipy from the regularized
    incomplete beta function inverted by bisection. Other modules' intervals use it
    (:func:`svcx_helpers.training.learning_gain`, ``wellbeing``).

    >>> round(t_quantile(0.975, 3), 4), round(t_quantile(0.975, 10), 4)
    (3.1824, 2.2281)
    >>> round(t_quantile(0.975, 8), 6)      # the printed t table: 2.306004
    2.306004
    """
    return _t_ppf(p, df)


def beta_quantile(p: float, a: float, b: float) -> float:
    """Quantile of the Beta(a, b) distribution (a, b > 0): the x with I_x(a, b) = p, from
    the same regularized incomplete beta function as :func:`t_quantile`, inverted by
    bisection on [0, 1]. The Clopper–Pearson interval of
    :func:`svcx_helpers.audit.proportion_interval` uses it.

    >>> round(beta_quantile(0.5, 2, 2), 6)          # symmetric: the median is 1/2
    0.5
    >>> round(beta_quantile(0.025, 47, 4), 6)       # Clopper–Pearson lower limit, 47 of 50
    0.834518
    """
    if not (a > 0 and b > 0) or not 0 <= p <= 1:
        raise ValueError(t("servqual.err.beta", p=p, a=a, b=b))
    if p in (0, 1):
        return float(p)
    return _bisect(lambda x: _betainc(a, b, x), p, 0.0, 1.0)


# --------------------------------------------------------------------------------------
# Import of wide survey exports
# --------------------------------------------------------------------------------------
_DIMENSION_ALIASES: dict[str, str] = {}
for _d, _aliases in {
    "Tangibles": ("tangibles", "tangible", "t", "tan", "有形性", "有形度", "有形"),
    "Reliability": ("reliability", "rel", "r", "可靠性", "可靠"),
    "Responsiveness": ("responsiveness", "resp", "res", "响应性", "反应性", "响应"),
    "Assurance": ("assurance", "ass", "a", "保证性", "保证", "可信性"),
    "Empathy": ("empathy", "emp", "e", "移情性", "关怀性", "共情性", "移情"),
}.items():
    for _a in _aliases:
        _DIMENSION_ALIASES[_a] = _d


def _dimension_key(name: Any) -> str | None:
    """A dimension given by English/Chinese name or letter → its English name."""
    text = unicodedata.normalize("NFKC", str(name)).strip().lower()
    return _DIMENSION_ALIASES.get(text)


_KIND_WORDS = {
    "E": ("e", "exp", "expect", "expectation", "expectations", "期望", "期望值", "期望分"),
    "P": ("p", "per", "perc", "perception", "perceptions", "感知", "感知值", "实际感知",
          "感受", "实际"),
}
_KIND_LOOKUP = {w: k for k, ws in _KIND_WORDS.items() for w in ws}
_ITEM_HEADER = re.compile(
    r"^(?P<kind>[a-z]+|[\u4e00-\u9fff]+)\s*[_\-—.:：#]?\s*(?:[ep]\s*)?(?P<num>\d{1,2})"
    r"(?:\s*[\s_\-—.:：、)）(（\[【].*)?$")
_IMP_HEADER = re.compile(
    r"^(?:importance|imp|weight|w|points|pts|重要性|重要性分配|重要程度|权重|分配)"
    r"\s*[_\-—.:：]?\s*[\(（\[【]?\s*(?P<dim>[a-z]+|[\u4e00-\u9fff]+)\s*[\)）\]】]?$")

SCORE_TEXTS: dict[int, tuple[str, ...]] = {
    1: ("strongly disagree", "非常不同意", "完全不同意", "极不同意"),
    7: ("strongly agree", "非常同意", "完全同意", "极其同意"),
}
"""Labelled end points that survey tools write instead of (or after) the number."""

_SCORE_LOOKUP = {s.replace(" ", ""): c for c, ss in SCORE_TEXTS.items() for s in ss}


def parse_score(value: Any, scale: tuple[int, int] = SCALE) -> int | None:
    """One answer → integer in ``scale`` (1–7); blank → ``None``; else ``ValueError``.

    Accepts numbers (``6``, ``"6"``, ``"6.0"``, ``"6分"``), a number followed by its label
    (``"7 非常同意"``, ``"1 = strongly disagree"``) and the bare end-point labels
    (:data:`SCORE_TEXTS`). Example: ``parse_score("7 非常同意") == 7``.
    """
    lo, hi = scale
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, (bool, np.bool_)):
        raise ValueError(t("servqual.err.score", value=value, lo=lo, hi=hi))
    if isinstance(value, (int, np.integer, float, np.floating)):
        f = float(value)
        if f.is_integer() and lo <= f <= hi:
            return int(f)
        raise ValueError(t("servqual.err.score", value=value, lo=lo, hi=hi))
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if text == "" or text.lower() in {"nan", "none", "(跳过)", "(空)", "-", "n/a", "na"}:
        return None
    key = re.sub(r"[\s=:：\-—()（）]+", "", text.lower())
    if key in _SCORE_LOOKUP and _SCORE_LOOKUP[key] in (lo, hi):
        return lo if _SCORE_LOOKUP[key] == 1 else hi
    m = re.fullmatch(r"(\d+(?:\.0+)?)\s*(?:分)?\s*(?:[=:：\-—(（]?\s*(?P<label>[^\d]*?)"
                     r"\s*[)）]?)?", text)
    if m:
        number = float(m.group(1))
        label = re.sub(r"[\s=:：\-—()（）]+", "", (m.group("label") or "").lower())
        ok_label = label == "" or (label in _SCORE_LOOKUP and _SCORE_LOOKUP[label] == number)
        if ok_label and number.is_integer() and lo <= number <= hi:
            return int(number)
    raise ValueError(t("servqual.err.score", value=value, lo=lo, hi=hi))


def _split_item_header(header: str) -> tuple[str, int] | None:
    text = unicodedata.normalize("NFKC", str(header)).strip().lower()
    m = _ITEM_HEADER.match(text)
    if not m:
        return None
    kind = _KIND_LOOKUP.get(m.group("kind"))
    num = int(m.group("num"))
    if kind is None or not 1 <= num <= 22:
        return None
    return kind, num


def _split_importance_header(header: str) -> str | None:
    text = unicodedata.normalize("NFKC", str(header)).strip().lower()
    m = _IMP_HEADER.match(text)
    return _dimension_key(m.group("dim")) if m else None


@dataclass
class Survey:
    """A SERVQUAL survey read from a wide table (see :func:`wide_to_frames`)."""

    expectations: pd.DataFrame
    perceptions: pd.DataFrame
    importance: pd.DataFrame | None
    extra: pd.DataFrame
    source: str = ""
    rows: dict[str, int] = field(default_factory=dict)

    def gaps(self, version: int = 1991) -> pd.DataFrame:
        """:func:`dimension_gaps` of this survey."""
        return dimension_gaps(self.expectations, self.perceptions, version=version)


def wide_to_frames(wide: pd.DataFrame, *, source: str = "table",
                   respondent: str | None = None) -> Survey:
    """Wide survey table (one row per respondent) → :class:`Survey`.

    Item columns are recognised by their headers: ``E1``/``P1``, ``E_1``, ``Expectation
    1``, ``期望1``, ``期望E1``, ``感知P1``, ``感知-1`` (text after the number is allowed,
    e.g. ``"P11. prompt service"``). Importance columns: ``importance_tangibles``,
    ``重要性-有形性``, ``权重（响应性）`` … (English or Chinese dimension names). The
    respondent column is found by its header (``respondent``, ``id``, ``序号``, ``编号``
    …); other columns (branch, …) go to ``extra``. Answers are parsed with
    :func:`parse_score`; blank answers become NaN (missing), importance must be numbers.

    Any problem raises ``ValueError`` naming ``source``, the spreadsheet row (header =
    row 1), the column and the value; a battery without all 22 items or an E item without
    its P twin is named too. Example: ``wide_to_frames(df).gaps()``.
    """
    from .kano import RESPONDENT_HEADERS, norm_text
    from .readers import wide_table

    wide = wide_table(wide, source)
    columns = list(wide.columns)
    found: dict[str, dict[int, str]] = {"E": {}, "P": {}}
    imp_cols: dict[str, str] = {}
    for col in columns:
        item = _split_item_header(col)
        if item:
            kind, num = item
            if num in found[kind]:
                raise ValueError(t("servqual.err.duplicate", file=source, column=col,
                                   other=found[kind][num]))
            found[kind][num] = col
            continue
        dim = _split_importance_header(col)
        if dim:
            imp_cols[dim] = col
    if not found["E"] and not found["P"]:
        raise ValueError(t("servqual.err.no_items", file=source))
    for kind, other in (("E", "P"), ("P", "E")):
        for num, col in found[kind].items():
            if num not in found[other]:
                raise ValueError(t("servqual.err.twin", file=source, column=col,
                                   item=f"{other}{num}"))
    missing = [f"E{i}/P{i}" for i in range(1, 23) if i not in found["E"]]
    if missing:
        raise ValueError(t("servqual.err.items", what=source, missing=", ".join(missing),
                           have=columns))
    if imp_cols and len(imp_cols) < 5:
        lacking = [d for d in DIMENSIONS if d not in imp_cols]
        raise ValueError(t("servqual.err.importance_columns", file=source,
                           missing=lacking))
    if respondent is None:
        respondent = next((c for c in columns if norm_text(c) in
                           {norm_text(h) for h in RESPONDENT_HEADERS}), None)
    elif respondent not in columns:
        raise ValueError(t("readers.pair_column", file=source, column=respondent, have=columns))
    ids = (wide[respondent].astype(str).str.strip().tolist() if respondent
           else [str(i + 1) for i in range(len(wide))])
    index = pd.Index(ids, name="respondent")
    if index.has_duplicates:
        pos = int(np.flatnonzero(index.duplicated())[0])
        raise ValueError(t("servqual.err.duplicate_id", file=source, value=ids[pos],
                           row=pos + 2))
    frames = {}
    for kind in ("E", "P"):
        data = np.full((len(wide), 22), np.nan)
        for num, col in found[kind].items():
            for pos, value in enumerate(wide[col]):
                try:
                    code = parse_score(value)
                except ValueError as exc:
                    raise ValueError(t("readers.cell", file=source, row=pos + 2, column=col,
                                       problem=str(exc))) from None
                data[pos, num - 1] = np.nan if code is None else code
        frames[kind] = pd.DataFrame(data, index=index,
                                    columns=[f"{kind}{i}" for i in range(1, 23)])
    importance = None
    if imp_cols:
        data = np.full((len(wide), 5), np.nan)
        for j, d in enumerate(DIMENSIONS):
            col = imp_cols[d]
            for pos, value in enumerate(wide[col]):
                text = str(value).strip()
                try:
                    data[pos, j] = float(text) if text not in ("", "nan") else np.nan
                    if data[pos, j] < 0:
                        raise ValueError
                except ValueError:
                    raise ValueError(t("readers.cell", file=source, row=pos + 2, column=col,
                                       problem=t("readers.importance", value=value))) from None
        importance = pd.DataFrame(data, index=index, columns=list(DIMENSIONS))
    used = set(found["E"].values()) | set(found["P"].values()) | set(imp_cols.values())
    extra_cols = [c for c in columns if c not in used and c != respondent]
    extra = wide[extra_cols].set_axis(index, axis=0)
    return Survey(frames["E"], frames["P"], importance, extra, source,
                  rows={i: pos + 2 for pos, i in enumerate(ids)})


def read_survey(path: str | Path, *, sheet_name: str | int = 0, encoding: str | None = None,
                respondent: str | None = None) -> Survey:
    """Read a wide SERVQUAL export (CSV/TSV/Excel; UTF-8, GBK or GB18030; English or
    Chinese headers) into a :class:`Survey` — see :func:`wide_to_frames`.

    Example: ``servqual.read_survey("data/servqual_bank_branches_wjx.csv").gaps()``.
    """
    from .readers import read_table

    path = Path(path)
    wide = read_table(path, sheet_name=sheet_name, encoding=encoding)
    return wide_to_frames(wide, source=str(path), respondent=respondent)


# --------------------------------------------------------------------------------------
# Lazy plot functions (matplotlib is imported only when one is called)
# --------------------------------------------------------------------------------------
_PLOTS = ("plot_gaps", "plot_items", "plot_radar", "plot_ipa")

__getattr__, __dir__ = lazy_plots(__name__, "plots.servqual", _PLOTS)
