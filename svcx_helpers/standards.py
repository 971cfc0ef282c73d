"""Service standards: KQIs, percentiles, SLA compliance, control charts, weighted indices,
and feedback on a written standard.

Conventions (METHODS.md §4):

* **Percentiles** must say their method. ``"nearest_rank"`` (default) is the value at rank
  ⌈p·n/100⌉ of the sorted data — always an observed value, the usual reading of "90 % of
  tickets were answered within …". ``"linear"`` interpolates (numpy's default, Excel
  ``PERCENTILE.INC``); ``"weibull"`` (Excel ``PERCENTILE.EXC``) and ``"hazen"`` are there
  for comparison. K-KQI-1: for the 20 response times of METHODS.md, P90 is 45 (nearest
  rank) or 46.5 (linear).
* **On-time rate** = tickets resolved no later than their promised time / resolved tickets;
  **first-contact resolution** = resolved tickets with one contact / resolved tickets;
  **SLA compliance** = measured items meeting the target / measured items.
* **p-chart**: p̄ = Σd/Σn, limits p̄ ± 3·√(p̄(1−p̄)/nᵢ) (variable when nᵢ varies), LCL ≥ 0.
  **XmR**: MRᵢ = |xᵢ − xᵢ₋₁|, limits x̄ ± 2.66·MR̄, MR limit 3.268·MR̄.

Example
-------
>>> times = [2, 3, 3, 4, 5, 5, 6, 7, 8, 9, 10, 12, 15, 18, 20, 25, 30, 45, 60, 90]
>>> percentile(times, 90), percentile(times, 90, method="linear")
(45.0, 46.5)
>>> sla_compliance(times, target=15)
0.65
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
from .readers import read_tickets

_PLOTS = ("plot_p_chart", "plot_xmr_chart", "plot_kqi")
__getattr__, __dir__ = lazy_plots(__name__, "plots.standards", _PLOTS)

PERCENTILE_METHODS = ("nearest_rank", "linear", "weibull", "hazen")

XMR_E2 = 2.66
"""3/d₂ with d₂ = 1.128 for moving ranges of two (exact 2.6596)."""
XMR_D4 = 3.268
"""D₄ for moving ranges of two (some tables print 3.267)."""

FEDEX_SQI_WEIGHTS: dict[str, int] = {
    "right_day_late": 1, "wrong_day_late": 5, "traces_not_answered": 1,
    "complaints_reopened": 5, "missing_proof_of_delivery": 1, "invoice_adjustments": 1,
    "missed_pickups": 10, "lost_packages": 10, "damaged_packages": 10,
    "aircraft_delay_minutes": 5, "overgoods": 5, "abandoned_calls": 1,
}
"""The 12-component FedEx Service Quality Indicator weights as printed in textbooks
(METHODS.md §4.4: sources disagree; use it as a weighted-index exercise, not as fact)."""


def _values(values: Any, what: str = "values") -> np.ndarray:
    try:
        arr = np.asarray(pd.to_numeric(pd.Series(values, dtype="object"), errors="raise"),
                         dtype=float)
    except (TypeError, ValueError) as exc:
        raise ValueError(t("standards.err.numbers", what=what, error=str(exc))) from None
    return arr


def percentile(values: Any, p: float, method: str = "nearest_rank") -> float:
    """The ``p``-th percentile (0 < p ≤ 100) of ``values``, missing values ignored.

    ``nearest_rank``: sorted value at rank ⌈p·n/100⌉ (an observed value; default);
    ``linear``: x[(n−1)p] interpolated (numpy default, Excel PERCENTILE.INC);
    ``weibull``: rank p(n+1) (Excel PERCENTILE.EXC); ``hazen``: rank pn + ½.

    >>> percentile([2, 3, 3, 4, 5, 5, 6, 7, 8, 9, 10, 12, 15, 18, 20, 25, 30, 45, 60, 90], 50)
    9.0
    """
    if method not in PERCENTILE_METHODS:
        raise ValueError(t("core.option", value=method, name="method",
                           choices=list(PERCENTILE_METHODS)))
    if not 0 < float(p) <= 100:
        raise ValueError(t("standards.err.p", p=p))
    x = _values(values)
    x = np.sort(x[~np.isnan(x)])
    if x.size == 0:
        raise ValueError(t("standards.err.empty"))
    if method == "nearest_rank":
        rank = max(1, math.ceil(round(p * x.size / 100, 9)))
        return float(x[rank - 1])
    numpy_method = {"linear": "linear", "weibull": "weibull", "hazen": "hazen"}[method]
    # rounded to 10 decimals (46.50000000000002 is 46.5 for every reader of a KQI report),
    # and kept within the data
    value = round(float(np.percentile(x, p, method=numpy_method)), 10)
    return float(min(max(value, x[0]), x[-1]))


def sla_compliance(values: Any, target: float) -> float:
    """Share of measured values ≤ ``target`` (missing values are not measured).

    >>> sla_compliance([1, 5, 20, None], target=10)
    0.6666666666666666
    """
    x = _values(values)
    x = x[~np.isnan(x)]
    if x.size == 0:
        raise ValueError(t("standards.err.empty"))
    return float(np.mean(x <= target))


def top_box(scores: Any, k: int = 2, scale_max: int = 5) -> float:
    """Share of answered scores in the top ``k`` boxes (top-2-box: 4 or 5 on 1–5)."""
    x = _values(scores, "csat")
    x = x[~np.isnan(x)]
    if x.size == 0:
        return math.nan
    return float(np.mean(x > scale_max - k))


# --------------------------------------------------------------------------------------
# KQIs of a ticket log
# --------------------------------------------------------------------------------------


def _hours(delta: pd.Series) -> pd.Series:
    return delta.dt.total_seconds() / 3600


def kqi(tickets: pd.DataFrame, by: str | Sequence[str] | None = None, *,
        response_target: float = 4.0, percentiles: Sequence[float] = (50, 90),
        method: str = "nearest_rank", freq: str | None = None) -> pd.DataFrame:
    """Key quality indicators of a ticket log, overall or per group.

    Columns read: ``created``, ``first_response``, ``resolved``, ``promised`` (times),
    ``contacts`` (int), ``reopened`` (0/1), ``csat`` (1–5, empty = no answer); any missing
    column just leaves its KQIs out. Times in hours. ``by`` groups by columns (e.g.
    ``"channel"``); ``freq`` (e.g. ``"W"``, ``"MS"``) groups by period of ``created``.

    Result, one row per group: ``tickets``, ``resolved``; ``on_time_rate`` (resolved ≤
    promised / resolved); ``fcr`` (resolved with 1 contact / resolved); ``response_p50`` …
    and ``resolution_p50`` … (hours, percentile ``method``); ``sla_compliance`` (first
    response ≤ ``response_target`` hours / responded); ``reopen_rate`` (reopened /
    resolved); ``csat_mean``, ``csat_top2`` (share of answers 4–5), ``csat_n``.
    """
    df = read_tickets(tickets)
    keys: list[Any] = [] if by is None else ([by] if isinstance(by, str) else list(by))
    missing = [k for k in keys if k not in df.columns]
    if missing:
        raise ValueError(t("readers.missing_columns", source="tickets", missing=missing,
                           found=list(map(str, df.columns))))
    if freq is not None:
        df["period"] = df["created"].dt.to_period(freq.rstrip("S") or freq).dt.start_time
        keys = [*keys, "period"]
    if "first_response" in df.columns:
        df["_response"] = _hours(df["first_response"] - df["created"])
    if "resolved" in df.columns:
        df["_resolution"] = _hours(df["resolved"] - df["created"])

    def one(g: pd.DataFrame) -> pd.Series:
        row: dict[str, Any] = {"tickets": len(g)}
        done = g["resolved"].notna() if "resolved" in g else pd.Series(False, index=g.index)
        row["resolved"] = int(done.sum())
        n = max(int(done.sum()), 1)
        if "resolved" in g and "promised" in g:
            row["on_time_rate"] = float((g.loc[done, "resolved"] <= g.loc[done, "promised"]
                                         ).sum() / n) if done.any() else math.nan
        if "contacts" in g:
            row["fcr"] = float((g.loc[done, "contacts"] == 1).sum() / n) if done.any() \
                else math.nan
        for col, name in (("_response", "response"), ("_resolution", "resolution")):
            if col in g:
                vals = g[col].dropna()
                for p in percentiles:
                    row[f"{name}_p{p:g}"] = (percentile(vals, p, method) if len(vals)
                                            else math.nan)
        if "_response" in g:
            vals = g["_response"].dropna()
            row["sla_compliance"] = (float((vals <= response_target).mean()) if len(vals)
                                     else math.nan)
        if "reopened" in g:
            row["reopen_rate"] = float(g.loc[done, "reopened"].astype(float).sum() / n) \
                if done.any() else math.nan
        if "csat" in g:
            answered = pd.to_numeric(g["csat"], errors="coerce").dropna()
            row["csat_mean"] = float(answered.mean()) if len(answered) else math.nan
            row["csat_top2"] = top_box(answered)
            row["csat_n"] = len(answered)
        return pd.Series(row)

    if not keys:
        out = one(df).to_frame("all").T
    else:
        out = df.groupby(keys, sort=True, dropna=False)[list(df.columns)].apply(one)
    counts = [c for c in ("tickets", "resolved", "csat_n") if c in out.columns]
    return out.astype({c: int for c in counts})


# --------------------------------------------------------------------------------------
# Control charts
# --------------------------------------------------------------------------------------
RULES = ("beyond", "run")


def _signals(x: np.ndarray, center: np.ndarray, lower: np.ndarray, upper: np.ndarray,
             rules: Sequence[str], run: int) -> tuple[np.ndarray, list[str]]:
    for r in rules:
        if r not in RULES:
            raise ValueError(t("core.option", value=r, name="rules", choices=list(RULES)))
    why = [""] * len(x)
    if "beyond" in rules:
        for i in np.flatnonzero((x > upper) | (x < lower)):
            why[i] = "beyond"
    if "run" in rules:
        side = np.sign(x - center)
        count, last = 0, 0.0
        for i, s in enumerate(side):
            count = count + 1 if s != 0 and s == last else (1 if s != 0 else 0)
            last = s
            if count >= run and not why[i]:
                why[i] = "run"
    return np.array([bool(w) for w in why]), why


def p_chart(defectives: Any, sample_sizes: Any, *, rules: Sequence[str] = ("beyond",),
            run: int = 8, baseline: int | None = None, index: Any = None) -> pd.DataFrame:
    """p-chart of the fraction nonconforming (e.g. share of tickets resolved late).

    p̄ = Σdᵢ / Σnᵢ; UCLᵢ = p̄ + 3√(p̄(1−p̄)/nᵢ); LCLᵢ = max(0, p̄ − 3√(p̄(1−p̄)/nᵢ)) —
    limits vary when the sample sizes do (METHODS.md §4.5). ``signal`` is True where a
    rule fires: ``"beyond"`` a limit (default) and/or ``"run"`` — ``run`` points in a row
    on one side of the centre line; ``rule`` names it. ``baseline=k`` computes p̄ from the
    first ``k`` samples only (limits from a stable history, as for :func:`xmr_chart`).

    >>> chart = p_chart([2, 3, 10], [50, 50, 50])
    >>> float(chart["center"].iloc[0]), bool(chart["signal"].iloc[2])
    (0.1, False)
    """
    d = _values(defectives, "defectives")
    n = _values(sample_sizes, "sample_sizes")
    if d.shape != n.shape or d.size == 0:
        raise ValueError(t("standards.err.lengths", a=d.size, b=n.size))
    if np.any(np.isnan(d)) or np.any(np.isnan(n)) or np.any(n <= 0) or np.any(d < 0) or \
            np.any(d > n):
        bad = int(np.flatnonzero(np.isnan(d) | np.isnan(n) | (n <= 0) | (d < 0) | (d > n))[0])
        raise ValueError(t("standards.err.pchart", i=bad + 1, d=d[bad], n=n[bad]))
    k = d.size if baseline is None else int(baseline)
    if not 1 <= k <= d.size:
        raise ValueError(t("standards.err.baseline", k=baseline, n=d.size))
    pbar = d[:k].sum() / n[:k].sum()
    sigma = np.sqrt(pbar * (1 - pbar) / n)
    p = d / n
    center = np.full_like(p, pbar)
    ucl = pbar + 3 * sigma
    lcl = np.maximum(0.0, pbar - 3 * sigma)
    signal, why = _signals(p, center, lcl, ucl, rules, run)
    idx = index if index is not None else (defectives.index if isinstance(defectives, pd.Series)
                                           else None)
    return pd.DataFrame({"defectives": d, "n": n, "p": p, "center": center, "lcl": lcl,
                         "ucl": ucl, "signal": signal, "rule": why}, index=idx)


def xmr_chart(values: Any, *, rules: Sequence[str] = ("beyond",), run: int = 8,
              baseline: int | None = None, index: Any = None) -> pd.DataFrame:
    """Individuals and moving-range (XmR) chart.

    MRᵢ = |xᵢ − xᵢ₋₁|; centre x̄, limits x̄ ± 2.66·MR̄ (``lower``, ``upper``), moving-range
    limit ``mr_upper`` = 3.268·MR̄ (METHODS.md §4.5). ``baseline=k`` computes x̄ and MR̄
    from the first ``k`` points only, so that a later shift does not widen its own limits
    (the usual practice once a process has a stable history). ``signal``/``rule`` as in
    :func:`p_chart`; a moving range above ``mr_upper`` also signals (rule ``"mr"``).

    >>> chart = xmr_chart([10, 12, 11, 13, 12])
    >>> float(chart["center"].iloc[0]), round(float(chart["upper"].iloc[0]), 3)
    (11.6, 15.59)
    """
    x = _values(values)
    if x.size < 2:
        raise ValueError(t("standards.err.xmr", n=x.size))
    if np.any(np.isnan(x)):
        raise ValueError(t("standards.err.nan", i=int(np.flatnonzero(np.isnan(x))[0]) + 1))
    mr = np.r_[np.nan, np.abs(np.diff(x))]
    k = x.size if baseline is None else int(baseline)
    if not 2 <= k <= x.size:
        raise ValueError(t("standards.err.baseline", k=baseline, n=x.size))
    xbar = float(x[:k].mean())
    mrbar = float(np.nanmean(mr[1:k]))
    center = np.full_like(x, xbar)
    upper = center + XMR_E2 * mrbar
    lower = center - XMR_E2 * mrbar
    signal, why = _signals(x, center, lower, upper, rules, run)
    mr_upper = XMR_D4 * mrbar
    for i in np.flatnonzero(np.nan_to_num(mr, nan=0.0) > mr_upper):
        if not why[i]:
            why[i] = "mr"
            signal[i] = True
    idx = index if index is not None else (values.index if isinstance(values, pd.Series)
                                           else None)
    return pd.DataFrame({"x": x, "mr": mr, "center": center, "lower": lower, "upper": upper,
                         "mr_center": np.full_like(x, mrbar), "mr_upper": mr_upper,
                         "signal": signal, "rule": why}, index=idx)


# --------------------------------------------------------------------------------------
# Weighted index (FedEx SQI style)
# --------------------------------------------------------------------------------------
def weighted_index(counts: Mapping[str, float] | pd.Series | pd.DataFrame,
                   weights: Mapping[str, float], volume: float | pd.Series | None = None,
                   per: float = 1.0) -> pd.DataFrame | pd.Series:
    """A service quality index: Σ weightᵢ · countᵢ of failure types (FedEx SQI style).

    ``counts``: failures per type (a mapping/Series for one period, or a DataFrame with one
    row per period and one column per type). ``volume`` (items handled) turns points into a
    rate per ``per`` items (e.g. ``per=1000``). Types without a weight are an error; weights
    without counts count 0. Returns the points per type, ``total`` and ``rate``.

    >>> weighted_index({"lost": 2, "late": 10}, {"lost": 10, "late": 1}, volume=1000, per=1000)
    lost     20.0
    late     10.0
    total    30.0
    rate     30.0
    dtype: float64
    """
    frame = counts.to_frame().T if isinstance(counts, pd.Series) else (
        counts if isinstance(counts, pd.DataFrame) else pd.DataFrame([dict(counts)]))
    unknown = [c for c in frame.columns if c not in weights]
    if unknown:
        raise ValueError(t("standards.err.weights", unknown=unknown, known=list(weights)))
    w = pd.Series(weights, dtype=float)
    points = frame.astype(float).reindex(columns=list(weights), fill_value=0.0).mul(w, axis=1)
    points = points.loc[:, (points != 0).any() | points.columns.isin(frame.columns)]
    points["total"] = points.sum(axis=1)
    if volume is not None:
        vol = pd.Series(volume, index=points.index) if np.isscalar(volume) else \
            pd.Series(volume).set_axis(points.index)
        points["rate"] = points["total"] / vol.astype(float) * per
    if isinstance(counts, pd.DataFrame):
        return points
    return points.iloc[0].rename(None)


# --------------------------------------------------------------------------------------
# Feedback on a written standard
# --------------------------------------------------------------------------------------
_NUMBER = r"(\d+(?:[.,]\d+)?|[一二两三四五六七八九十百千]+)"
_UNITS_EN = (r"(seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|days?|working days?|"
             r"business days?|weeks?|months?|rings?|%|points?|calls?|tickets?|"
             r"customers?|times?|steps?|metres?|meters?|m|yuan|euros?|dollars?)")
_UNITS_ZH = r"(秒|分钟|小时|个?工作日|天|日|周|个?月|声|%|％|分|次|个|位|步|米|元|件|单)"
_PATTERNS: dict[str, tuple[str, ...]] = {
    "quantity": (
        r"\b(answer(?:ed|s)?|repl(?:y|ies|ied)|acknowledg\w*|respon[ds]\w*|resolv\w*|"
        r"wait\w*|deliver\w*|complet\w*|process\w*|handl\w*|rate|share|"
        r"percent|time|score|csat|nps|accura\w*|error\w*)\b"
        r"|\d+(?:\.\d+)?\s*%\s+of\s+[a-z]+",            # "90% of orders": a share of something
        r"(响应|回复|解决|处理|等待|办结|完成|送达|率|比例|时间|评分|满意度|准确)"
        r"|\d+(?:\.\d+)?\s*[%％]的?[\u4e00-\u9fff]{1,4}"),
    "target": (rf"{_NUMBER}\s*%?", rf"{_NUMBER}\s*[%％]?"),
    "unit": (rf"(?<=\d)\s*{_UNITS_EN}\b|(?<=\d\s){_UNITS_EN}\b|\b(?:percent|per ?cent)\b",
             rf"(?<=[\d一二两三四五六七八九十百千])\s*{_UNITS_ZH}"),
    "time_frame": (
        r"\b(within|each|every|per|daily|weekly|monthly|quarterly|yearly|annually|"
        r"of (?:all )?(?:calls|tickets|requests|customers|cases)|measured|month|week|day|"
        r"business hours|working hours|opening hours)\b",
        r"(以内|之内|(?:秒|分钟|小时|天|日|个?工作日|周|个?月)内|每天|每日|每周|每月|每季度|"
        r"每年|当日|当天|工作时间|营业时间|按月|按周|统计)"),
    "who": (
        r"\b(we|staff|agents?|employees?|tellers?|clerks?|engineers?|technicians?|team|desk|"
        r"front[- ]line|officers?|nurses?|drivers?|the (?:service|help) desk|every (?:agent|"
        r"employee|staff member)|department|dept|unit|office|procurement|purchasing|finance|"
        r"legal|hr|human resources|it|operations|logistics|warehouse|branch)\b",
        r"(员工|客服|坐席|柜员|窗口|工作人员|工程师|技术员|团队|服务台|前台|人员|司机|护士|我们|每位|"
        r"部门|[\u4e00-\u9fff]{1,4}部|采购|财务|人事|人力资源|法务|运营|物流|仓库|网点|中心)"),
    "soft": (
        r"\b(friendly|polite|courteous|warm|empath\w*|listen\w*|reassur\w*|respectful|"
        r"helpful|smil\w*|professional(?:ly)?|caring|patient(?:ly)?)\b",
        r"(热情|礼貌|友好|耐心|微笑|倾听|专业|亲切|关怀|尊重|同理|体贴)"),
}
_CHECKS = ("quantity", "target", "unit", "time_frame", "who")


def text_language(text: str, lang: str | None = None) -> str:
    """``"zh"`` when ``lang`` says so, or (``lang`` None) when ``text`` has a Chinese
    character; else ``"en"``. How the rule-based checkers pick the patterns to try first.

    >>> text_language("您好"), text_language("Hello"), text_language("Hello", "zh")
    ('zh', 'en', 'zh')
    """
    if lang is not None:
        return "zh" if lang == "zh" else "en"
    return "zh" if re.search(r"[\u4e00-\u9fff]", text) is not None else "en"


def find_elements(text: str, patterns: Mapping[str, tuple[str, str]], lang: str | None = None,
                  limit: int | None = 4) -> dict[str, list[str]]:
    """The words of ``text`` that match each element's patterns — the rule-based matching
    of :func:`check_standard`, shared with other checkers (``communication.check_reply``).

    ``patterns`` maps an element to a pair of regular expressions (English, Chinese). Both
    are tried, the text's language (:func:`text_language`) first, case-insensitively; each
    matching word is kept once (case folded), at most ``limit`` per element (None: all).

    >>> find_elements("Hello, HELLO and good morning",
    ...               {"greeting": (r"\\bhello\\b|\\bgood morning\\b", r"您好")})
    {'greeting': ['Hello', 'good morning']}
    """
    is_zh = text_language(text, lang) == "zh"
    found: dict[str, list[str]] = {}
    for key, (en, zh) in patterns.items():
        hits: list[str] = []
        for pattern in ((zh, en) if is_zh else (en, zh)):
            for m in re.finditer(pattern, text, flags=re.IGNORECASE):
                word = m.group(0).strip()
                if word and word.lower() not in (h.lower() for h in hits):
                    hits.append(word)
        found[key] = hits if limit is None else hits[:limit]
    return found


@dataclass
class ElementReview:
    """What a rule-based checker found in a text: for each element it looks for, the words
    that matched. A subclass names its elements (``ELEMENTS``) and says how each is
    labelled, what was looked for and what to do when it is missing; the table, the text
    report and the notebook display are shared (:class:`StandardReview`,
    ``communication.ReplyReview``)."""

    text: str
    found: dict[str, list[str]] = field(default_factory=dict)
    lang: str = "en"
    ELEMENTS: ClassVar[tuple[str, ...]] = ()

    def name_of(self, key: str) -> str:  # pragma: no cover - every subclass overrides
        """The element's name, in the current language."""
        return key

    def looked_for(self, key: str) -> str:  # pragma: no cover - every subclass overrides
        """What the checker looked for to find the element."""
        return ""

    def advice(self, key: str) -> str:  # pragma: no cover - every subclass overrides
        """What to add when the element is missing."""
        return ""

    def head(self) -> str:  # pragma: no cover - every subclass overrides
        """The first line of the report."""
        return ""

    def remarks(self) -> list[str]:
        """Lines shown after the elements (e.g. words of a soft standard)."""
        return []

    def aid(self) -> str:
        """The closing reminder that a rule-based check is a prompt, not a verdict."""
        return t("standards.review.aid")

    @property
    def missing(self) -> list[str]:
        """Elements not found."""
        return [k for k in self.ELEMENTS if not self.found.get(k)]

    @property
    def score(self) -> int:
        """Number of the elements found."""
        return len(self.ELEMENTS) - len(self.missing)

    def table(self) -> pd.DataFrame:
        """One row per element: found or not, the words that matched, what was looked for."""
        rows = [{"element": self.name_of(k), "found": bool(self.found.get(k)),
                 "evidence": ", ".join(self.found.get(k, [])),
                 "looked_for": self.looked_for(k)}
                for k in self.ELEMENTS]
        return pd.DataFrame(rows)

    def text_report(self) -> str:
        lines = [self.head()]
        for k in self.ELEMENTS:
            mark = "✔" if self.found.get(k) else "✘"
            ev = ", ".join(self.found.get(k, []))
            lines.append(f"{mark} {self.name_of(k)}: {ev or t('standards.review.none')} "
                         f"— {self.looked_for(k)}")
        lines += self.remarks()
        lines += ["→ " + self.advice(k) for k in self.missing]
        lines.append(self.aid())
        return "\n".join(lines)

    __str__ = text_report

    def __repr__(self) -> str:
        return self.text_report()

    def _repr_html_(self) -> str:  # pragma: no cover - notebook display
        import html

        rows = "".join(
            f"<tr><td>{'✔' if r.found else '✘'}</td><td>{html.escape(r.element)}</td>"
            f"<td>{html.escape(r.evidence)}</td><td style='color:#5f6368'>"
            f"{html.escape(r.looked_for)}</td></tr>" for r in self.table().itertuples())
        remarks = "".join(f"<p>{html.escape(line)}</p>" for line in self.remarks())
        advice = "".join(f"<li>{html.escape(self.advice(k))}</li>" for k in self.missing)
        return (f"<div><b>{html.escape(self.head())}</b><table>{rows}</table>{remarks}"
                + (f"<ul>{advice}</ul>" if advice else "")
                + f"<p style='color:#5f6368'>{html.escape(self.aid())}</p></div>")


@dataclass(repr=False)
class StandardReview(ElementReview):
    """What :func:`check_standard` found in a written standard."""

    kind: str = "soft"
    ELEMENTS: ClassVar[tuple[str, ...]] = _CHECKS

    def name_of(self, key: str) -> str:
        return t(f"standards.el.{key}")

    def looked_for(self, key: str) -> str:
        return t(f"standards.look.{key}")

    def advice(self, key: str) -> str:
        return t(f"standards.advice.{key}")

    def head(self) -> str:
        return t("standards.review.head", score=self.score, kind=t(f"standards.kind.{self.kind}"))

    def remarks(self) -> list[str]:
        words = self.found.get("soft_words")
        return [t("standards.review.soft", words=", ".join(words))] if words else []


def check_standard(text: str, lang: str | None = None) -> StandardReview:
    """Feedback on a service standard written by a learner — a teaching aid, not a judge.

    Looks for the five elements of a usable standard: a measurable **quantity** (what is
    measured), a **target** (a number with its unit), a **unit**, a **time frame** (when /
    how often it is measured) and **who** it applies to; classifies it as **hard** (can be
    counted, timed or audited: it has a target) or **soft** (documented by perceptions:
    friendly, polite…; Zeithaml, Bitner & Gremler). Works on English and Chinese text; the
    result's table shows what it looked for, so learners can argue with it.

    >>> r = check_standard("Service desk agents answer 90% of calls within 20 seconds, "
    ...                    "measured monthly.")
    >>> r.kind, r.missing
    ('hard', [])
    >>> check_standard("员工应热情礼貌地接待每位顾客").kind
    'soft'
    """
    if not isinstance(text, str) or not text.strip():
        raise ValueError(t("standards.err.text"))
    is_zh = text_language(text, lang) == "zh"
    found = find_elements(text, _PATTERNS, lang="zh" if is_zh else "en")
    kind = "hard" if found["target"] else "soft"
    soft_words = found.pop("soft")
    if kind == "soft" and soft_words:
        found.setdefault("quantity", [])
    review = StandardReview(text=text, found=found, kind=kind, lang="zh" if is_zh else "en")
    review.found["soft_words"] = soft_words
    return review

