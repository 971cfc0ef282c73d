"""Process audit, privacy by design and service continuity: audit samples, conformity
rates with intervals, data minimisation on a blueprint, a severity matrix for incidents
and a checker for the first message to customers.

**Audit sampling.** :func:`draw_sample` draws a simple random sample without replacement
with a stated seed: ``numpy.random.default_rng(seed).choice(N, n, replace=False)`` over
the rows of the population *in the order given* (sort the population first, e.g. by
ticket id, and say so in the audit plan); anyone with the same population, order and
seed draws the same items. :func:`sample_size` plans the sample for a wanted margin:
n₀ = z²·p(1−p)/E², with the finite-population correction n = n₀ / (1 + (n₀ − 1)/N),
rounded up (Cochran 1977).

**Conformity with an interval** (METHODS.md §8.1). With x conforming items of n and
p̂ = x/n, z = Φ⁻¹(1 − α/2) (``statistics.NormalDist``; 1.959964 for 95 %):

* **Wilson** score interval (default; Wilson 1927): centre = (p̂ + z²/2n)/(1 + z²/n),
  half-width = z·√(p̂(1−p̂)/n + z²/4n²)/(1 + z²/n);
* **Clopper–Pearson** "exact" interval (Clopper & Pearson 1934): the α/2 quantile of
  Beta(x, n − x + 1) and the 1 − α/2 quantile of Beta(x + 1, n − x) (0 when x = 0, 1 when
  x = n), from :func:`svcx_helpers.servqual.beta_quantile`;
* **Wald** p̂ ± z·√(p̂(1−p̂)/n), for teaching why not: it can leave [0, 1], collapses to a
  point at x = 0 and x = n, and covers the true rate far less often than promised near 0
  and 1 (Brown, Cai & DasGupta 2001; :func:`coverage` computes it exactly).

**The desk's standard** (the standards chapter's KQIs): a ticket of the service desk
*conforms* when its first response came within 4 hours of its creation **and** it was
resolved no later than its promised time (:func:`ticket_conformity`).

**Data minimisation** (PIPL Art. 6; Cavoukian's "privacy as the default"). A blueprint's
steps may say which personal data they ``collects`` and which they ``uses``
(:mod:`svcx_helpers.blueprint`). :func:`data_inventory` lists every item a step collects
and flags it **unused** (no step of the blueprint uses it) or **repeated** (an earlier
step already collected it); a step *collects more than it needs* when it has a flagged
item (:func:`excess_steps`). An item a step uses but no step at or before its column
collects is **missing** (the service cannot work). Items of a sensitive kind (PIPL
Art. 28: biometrics, health, financial accounts…) are marked ``sensitive``.

**Severity matrix.** Impact (how widely and how badly customers are hurt) and urgency
(how fast the harm grows) are each high, medium or low; the level is read from
:data:`SEVERITY_MATRIX` (the ITIL-style priority matrix: level = impact rank + urgency
rank − 1, ranks high 1, medium 2, low 3; levels 1 critical, 2 major, 3 moderate, 4 minor,
5 planning). :func:`classify_incidents` applies the course's rules (:data:`IMPACT_RULES`,
:data:`URGENCY_RULES`) to an incident list.

Example
-------
>>> proportion_interval(47, 50)
(0.837829, 0.979385)
>>> severity("high", "medium")
2
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np
import pandas as pd

from .i18n import t
from .plotting import lazy_plots
from .standards import ElementReview, find_elements, text_language

if TYPE_CHECKING:  # pragma: no cover
    from .blueprint import Blueprint

_PLOTS = ("plot_intervals", "plot_coverage", "plot_severity_matrix")
__getattr__, __dir__ = lazy_plots(__name__, "plots.audit", _PLOTS)

METHODS = ("wilson", "clopper_pearson", "wald")
"""Interval methods for a proportion, the default first."""
DIGITS = 6
"""Interval limits are rounded to this many decimals (the precision of METHODS.md §8.1)."""

RESPONSE_TARGET_H = 4.0
"""The desk's first-response target in hours (the SLA of the standards chapter)."""

LEVELS = ("high", "medium", "low")
"""Impact and urgency levels, most serious first."""
SEVERITY_MATRIX: dict[str, dict[str, int]] = {
    impact: {urgency: i + j + 1 for j, urgency in enumerate(LEVELS)}
    for i, impact in enumerate(LEVELS)}
"""Impact → urgency → severity level (1 critical, 2 major, 3 moderate, 4 minor, 5 planning)."""
SEVERITY_NAMES = ("critical", "major", "moderate", "minor", "planning")
"""Names of the levels 1–5 (``t(f"audit.level.{name}")`` in the current language)."""
CRISIS_LEVELS = (1, 2)
"""Levels that call the crisis team together and start the first-hour protocol."""

IMPACT_RULES: dict[str, float] = {"high_customers": 10_000, "medium_customers": 500}
"""Impact: **high** when customers' personal data are exposed or at risk, when people's
safety is at risk, or when at least ``high_customers`` customers are affected; **medium**
from ``medium_customers``; else **low**."""
URGENCY_RULES: dict[str, float] = {"high_hours": 4, "medium_hours": 24}
"""Urgency from the hours until customers suffer serious harm: **high** up to
``high_hours``, **medium** up to ``medium_hours``, else **low**; one level lower when a
workaround serves the affected customers (never below low). A risk to safety or personal
data is always high."""
INCIDENT_COLUMNS = ("customers_affected", "personal_data", "safety", "hours_to_harm",
                    "workaround")
"""Columns :func:`classify_incidents` reads."""

PERSONAL_DATA: dict[str, str | None] = {
    "name": None, "phone": None, "email": None, "home_address": None, "id_number": "identity",
    "date_of_birth": None, "occupation": None, "income_band": None, "emergency_contact": None,
    "health_conditions": "health", "medications": "health", "fingerprint": "biometric",
    "face_image": "biometric", "bank_account": "financial", "location": "whereabouts",
}
"""Personal-data items the course's blueprints use → the kind of *sensitive* personal
information under PIPL Art. 28 (``None``: not sensitive). Art. 28 names biometrics,
religious belief, specific identity, medical health, financial accounts, whereabouts and
the data of children under 14; the ID-card number is often treated as sensitive in
Chinese practice (national standard GB/T 35273), marked here as ``identity``. Other item
names are allowed and count as not sensitive."""
FLAGS = ("unused", "repeated")
"""Why a collected item is more than the step needs."""


def _z(confidence: float) -> float:
    from statistics import NormalDist

    if not 0 < float(confidence) < 1:
        raise ValueError(t("audit.err.confidence", value=confidence))
    return NormalDist().inv_cdf(1 - (1 - float(confidence)) / 2)


def _counts(x: Any, n: Any) -> tuple[int, int]:
    for name, value in (("x", x), ("n", n)):
        if isinstance(value, bool) or not isinstance(value, (int, np.integer, float)) or (
                isinstance(value, float) and not value.is_integer()):
            raise ValueError(t("audit.err.count", name=name, value=repr(value)))
    xi, ni = int(x), int(n)
    if ni < 1 or not 0 <= xi <= ni:
        raise ValueError(t("audit.err.counts", x=xi, n=ni))
    return xi, ni


# --------------------------------------------------------------------------------------
# Intervals for a proportion
# --------------------------------------------------------------------------------------
def proportion_interval(x: int, n: int, confidence: float = 0.95, method: str = "wilson",
                        digits: int | None = DIGITS) -> tuple[float, float]:
    """Confidence interval for a proportion, x successes (conforming items) of n.

    ``method``: ``"wilson"`` (default), ``"clopper_pearson"`` or ``"wald"`` — formulas in
    the module notes (METHODS.md §8.1). Limits rounded to ``digits`` decimals (None: not
    rounded). Wald is not clipped to [0, 1], so that learners see it leave the range.

    >>> proportion_interval(47, 50, method="clopper_pearson")
    (0.834518, 0.987451)
    >>> proportion_interval(50, 50, method="wald")
    (1.0, 1.0)
    """
    if method not in METHODS:
        raise ValueError(t("core.option", value=method, name="method", choices=list(METHODS)))
    xi, ni = _counts(x, n)
    z = _z(confidence)
    p = xi / ni
    if method == "wald":
        half = z * math.sqrt(p * (1 - p) / ni)
        low, high = p - half, p + half
    elif method == "wilson":
        denom = 1 + z * z / ni
        centre = (p + z * z / (2 * ni)) / denom
        half = z * math.sqrt(p * (1 - p) / ni + z * z / (4 * ni * ni)) / denom
        low = 0.0 if xi == 0 else max(0.0, centre - half)
        high = 1.0 if xi == ni else min(1.0, centre + half)
    else:
        from .servqual import beta_quantile

        alpha = 1 - float(confidence)
        low = 0.0 if xi == 0 else beta_quantile(alpha / 2, xi, ni - xi + 1)
        high = 1.0 if xi == ni else beta_quantile(1 - alpha / 2, xi + 1, ni - xi)
    if digits is None:
        return float(low), float(high)
    return round(float(low), digits), round(float(high), digits)


def coverage(n: int, p: float, confidence: float = 0.95, method: str = "wilson") -> float:
    """Exact coverage probability of an interval method: the chance that the interval
    from a sample of ``n`` contains the true rate ``p``,
    Σₓ C(n, x)·pˣ(1−p)ⁿ⁻ˣ·[L(x) ≤ p ≤ U(x)] over x = 0…n (Brown, Cai & DasGupta 2001).

    >>> round(coverage(50, 0.99, method="wald"), 4)    # promised 0.95
    0.3948
    """
    _counts(0, n)
    if not 0 <= float(p) <= 1:
        raise ValueError(t("audit.err.rate", value=p))
    total = 0.0
    for x in range(int(n) + 1):
        low, high = proportion_interval(x, n, confidence, method, digits=None)
        if low - 1e-12 <= p <= high + 1e-12:
            total += math.comb(int(n), x) * p ** x * (1 - p) ** (int(n) - x)
    return float(total)


def sample_size(margin: float, p: float = 0.5, confidence: float = 0.95,
                population: int | None = None) -> int:
    """Sample size for a conformity rate within ± ``margin`` (a share, e.g. 0.05):
    n₀ = z²·p(1−p)/E²; with a ``population`` of N items n = n₀/(1 + (n₀ − 1)/N);
    rounded up (Cochran 1977, ch. 4). ``p`` is the rate expected (0.5 when nothing is
    known: the largest n).

    >>> sample_size(0.05), sample_size(0.05, population=1000)
    (385, 278)
    """
    if not 0 < float(margin) < 1:
        raise ValueError(t("audit.err.margin", value=margin))
    if not 0 < float(p) < 1:
        raise ValueError(t("audit.err.rate", value=p))
    z = _z(confidence)
    n0 = z * z * p * (1 - p) / (margin * margin)
    if population is not None:
        if isinstance(population, bool) or int(population) < 1:
            raise ValueError(t("audit.err.population", value=population))
        n0 = n0 / (1 + (n0 - 1) / int(population))
    return math.ceil(round(n0, 9))


# --------------------------------------------------------------------------------------
# The audit sample and the desk's standard
# --------------------------------------------------------------------------------------
def draw_sample(population: pd.DataFrame, n: int, seed: int) -> pd.DataFrame:
    """A simple random sample of ``n`` rows without replacement, drawn with ``seed``:
    ``numpy.random.default_rng(seed).choice(len(population), n, replace=False)``, the rows
    returned in the population's order. The same population (in the same order) and seed
    always give the same sample.

    >>> df = pd.DataFrame({"id": range(10)})
    >>> draw_sample(df, 3, seed=1)["id"].tolist()
    [3, 4, 7]
    """
    if not isinstance(population, pd.DataFrame):
        raise ValueError(t("audit.err.frame", got=type(population).__name__))
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or not 1 <= n <= len(
            population):
        raise ValueError(t("audit.err.sample_n", n=n, size=len(population)))
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)):
        raise ValueError(t("audit.err.seed", value=repr(seed)))
    rng = np.random.default_rng(int(seed))
    rows = np.sort(rng.choice(len(population), size=int(n), replace=False))
    return population.iloc[rows]


def ticket_conformity(tickets: pd.DataFrame, response_target: float = RESPONSE_TARGET_H
                      ) -> pd.DataFrame:
    """The desk's standard, ticket by ticket: ``response_ok`` (first response within
    ``response_target`` hours of creation), ``resolution_ok`` (resolved no later than
    promised) and ``conforming`` (both). A ticket without a first response, or not
    resolved, does not meet that requirement. Needs ``created``, ``first_response``,
    ``resolved`` and ``promised``; other columns are kept.

    >>> log = pd.DataFrame({"created": ["2026-04-01 09:00"] * 2,
    ...     "first_response": ["2026-04-01 10:00", "2026-04-01 15:00"],
    ...     "resolved": ["2026-04-01 12:00", "2026-04-01 16:00"],
    ...     "promised": ["2026-04-02 09:00"] * 2})
    >>> ticket_conformity(log)["conforming"].tolist()
    [True, False]
    """
    from .readers import read_tickets

    df = read_tickets(tickets)
    missing = [c for c in ("first_response", "resolved", "promised") if c not in df.columns]
    if missing:
        raise ValueError(t("readers.missing_columns", source="tickets", missing=missing,
                           found=list(map(str, df.columns))))
    response_h = (df["first_response"] - df["created"]) / pd.Timedelta(hours=1)
    df["response_ok"] = (response_h <= response_target).fillna(False).astype(bool)
    df["resolution_ok"] = (df["resolved"] <= df["promised"]).fillna(False).astype(bool)
    df["conforming"] = df["response_ok"] & df["resolution_ok"]
    return df


def conformity(conforming: Any, confidence: float = 0.95, method: str = "wilson"
               ) -> pd.Series:
    """Conformity rate of an audit sample with its interval: ``n``, ``conforming`` (x),
    ``rate`` = x/n, ``low`` and ``high`` (:func:`proportion_interval`), ``method``.
    ``conforming`` holds one True/False (or 1/0) per audited item.

    >>> conformity([True] * 47 + [False] * 3)[["conforming", "rate", "low", "high"]].tolist()
    [47, 0.94, 0.837829, 0.979385]
    """
    values = pd.Series(conforming)
    if values.empty:
        raise ValueError(t("audit.err.empty"))
    bad = values[~values.isin([True, False, 0, 1])]
    if len(bad):
        raise ValueError(t("audit.err.flag", item=str(bad.index[0]), value=repr(bad.iloc[0])))
    x, n = int(values.astype(bool).sum()), len(values)
    low, high = proportion_interval(x, n, confidence, method)
    return pd.Series({"n": n, "conforming": x, "rate": x / n, "low": low, "high": high,
                      "method": method}, dtype=object)


def nonconformities(flags: pd.DataFrame, requirements: Sequence[str] = ("response_ok",
                                                                         "resolution_ok")
                    ) -> pd.DataFrame:
    """Nonconformities per requirement of an audited sample (from
    :func:`ticket_conformity`): ``items`` failing it, ``share`` of the sample; sorted,
    largest first — the start of the corrective action. An item can fail several
    requirements.

    >>> flags = pd.DataFrame({"response_ok": [True, False, False],
    ...                       "resolution_ok": [True, True, False]})
    >>> nonconformities(flags)["items"].to_dict()
    {'response_ok': 2, 'resolution_ok': 1}
    """
    missing = [r for r in requirements if r not in flags.columns]
    if missing:
        raise ValueError(t("readers.missing_columns", source="flags", missing=missing,
                           found=list(map(str, flags.columns))))
    fails = {r: int((~flags[r].astype(bool)).sum()) for r in requirements}
    out = pd.DataFrame({"items": pd.Series(fails)})
    out["share"] = out["items"] / max(len(flags), 1)
    out.index.name = "requirement"
    return out.sort_values("items", ascending=False, kind="stable")


# --------------------------------------------------------------------------------------
# Data minimisation on an annotated blueprint
# --------------------------------------------------------------------------------------
def _item_name(item: str) -> str:
    key = f"audit.item.{item}"
    from .i18n import MESSAGES

    return t(key) if key in MESSAGES else item.replace("_", " ")


def data_inventory(bp: Blueprint) -> pd.DataFrame:
    """Every personal-data item each step of ``bp`` collects, one row per (step, item):
    ``step``, ``lane``, ``column``, ``label``, ``item``, ``item_name`` (current language),
    ``sensitive`` (its PIPL Art. 28 kind or empty), ``used_by`` (ids of the steps that use
    it, comma-separated), ``flag`` (``"unused"``, ``"repeated"`` or empty; definitions in
    the module notes) and ``excess`` (a flag is set). Steps in column order, then in the
    blueprint's order.
    """
    steps = sorted(enumerate(bp.steps), key=lambda pair: (pair[1].column, pair[0]))
    users: dict[str, list[str]] = {}
    for _, s in steps:
        for item in s.uses or ():
            users.setdefault(item, []).append(s.id)
    seen: set[str] = set()
    rows = []
    for _, s in steps:
        for item in s.collects or ():
            flag = "unused" if item not in users else ("repeated" if item in seen else "")
            seen.add(item)
            rows.append({"step": s.id, "lane": s.lane, "column": s.column, "label": s.text(),
                         "item": item, "item_name": _item_name(item),
                         "sensitive": PERSONAL_DATA.get(item) or "",
                         "used_by": ", ".join(users.get(item, [])), "flag": flag,
                         "excess": bool(flag)})
    return pd.DataFrame(rows, columns=["step", "lane", "column", "label", "item", "item_name",
                                       "sensitive", "used_by", "flag", "excess"])


def missing_data(bp: Blueprint) -> pd.DataFrame:
    """Items a step uses that no step at or before its column collects (the design cannot
    work): ``step``, ``column``, ``item``. Empty for a sound design."""
    rows = []
    for s in bp.steps:
        for item in s.uses or ():
            if not any(item in (o.collects or ()) and o.column <= s.column for o in bp.steps):
                rows.append({"step": s.id, "column": s.column, "item": item})
    return pd.DataFrame(rows, columns=["step", "column", "item"])


def excess_steps(bp: Blueprint) -> list[str]:
    """Ids of the steps that collect more than they need (an unused or repeated item), in
    column order.

    >>> from svcx_helpers.blueprint import Blueprint
    >>> bp = Blueprint.from_dict({"name": "x", "steps": [
    ...     {"id": "A", "lane": "onstage", "column": 1, "label": "Form",
    ...      "collects": ["name", "phone", "income_band"]},
    ...     {"id": "B", "lane": "onstage", "column": 2, "label": "Call back",
    ...      "collects": ["phone"], "uses": ["name", "phone"]}]})
    >>> excess_steps(bp)
    ['A', 'B']
    """
    table = data_inventory(bp)
    return list(dict.fromkeys(table.loc[table["excess"], "step"]))


def with_collection(bp: Blueprint, collects: Mapping[str, Sequence[str]]) -> Blueprint:
    """A copy of ``bp`` whose steps collect what ``collects`` says (step id → items; a step
    not named collects nothing). What each step *uses* stays as it was: a redesign changes
    what is asked, not what the service needs. Unknown step ids are an error."""
    import copy

    ids = [s.id for s in bp.steps]
    unknown = [k for k in collects if k not in ids]
    if unknown:
        raise ValueError(t("audit.err.step", steps=unknown, ids=ids))
    out = copy.deepcopy(bp)
    for s in out.steps:
        items = collects.get(s.id) or ()
        if isinstance(items, str):
            items = [p.strip() for p in items.split(",") if p.strip()]
        s.collects = tuple(str(i).strip() for i in items) or None
    return out


def minimisation_problems(bp: Blueprint) -> int:
    """Number of problems of a design: excess (step, item) pairs + missing items. 0 means
    every step collects only what the service uses, once, before it is needed."""
    return int(data_inventory(bp)["excess"].sum()) + len(missing_data(bp))


# --------------------------------------------------------------------------------------
# Severity matrix
# --------------------------------------------------------------------------------------
def _level(value: Any, what: str) -> str:
    text = str(value).strip().lower()
    if text not in LEVELS:
        raise ValueError(t("audit.err.level", what=what, value=repr(value),
                           levels=list(LEVELS)))
    return text


def severity(impact: str, urgency: str,
             matrix: Mapping[str, Mapping[str, int]] | None = None) -> int:
    """Severity level of an incident from its ``impact`` and ``urgency`` ("high",
    "medium", "low"), read from ``matrix`` (default :data:`SEVERITY_MATRIX`).

    >>> severity("high", "high"), severity("medium", "low"), severity("low", "low")
    (1, 4, 5)
    """
    table = SEVERITY_MATRIX if matrix is None else matrix
    return int(table[_level(impact, "impact")][_level(urgency, "urgency")])


def _flag(value: Any, column: str, row: Any) -> bool:
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, float, np.integer, np.floating)) and value in (0, 1):
        return bool(value)
    raise ValueError(t("audit.err.incident", row=row, column=column, value=repr(value)))


def impact_level(customers_affected: float, personal_data: bool = False,
                 safety: bool = False) -> str:
    """Impact by :data:`IMPACT_RULES`.

    >>> impact_level(40, personal_data=True), impact_level(3000), impact_level(80)
    ('high', 'medium', 'low')
    """
    if personal_data or safety or customers_affected >= IMPACT_RULES["high_customers"]:
        return "high"
    return "medium" if customers_affected >= IMPACT_RULES["medium_customers"] else "low"


def urgency_level(hours_to_harm: float, workaround: bool = False,
                  personal_data: bool = False, safety: bool = False) -> str:
    """Urgency by :data:`URGENCY_RULES`.

    >>> urgency_level(2), urgency_level(2, workaround=True), urgency_level(72)
    ('high', 'medium', 'low')
    """
    if personal_data or safety:
        return "high"
    if hours_to_harm <= URGENCY_RULES["high_hours"]:
        rank = 0
    elif hours_to_harm <= URGENCY_RULES["medium_hours"]:
        rank = 1
    else:
        rank = 2
    return LEVELS[min(rank + bool(workaround), 2)]


def classify_incidents(incidents: pd.DataFrame,
                       matrix: Mapping[str, Mapping[str, int]] | None = None) -> pd.DataFrame:
    """``impact``, ``urgency``, ``level`` (1–5) and ``crisis`` (level 1 or 2) for each
    incident (columns :data:`INCIDENT_COLUMNS`; flags 0/1). Errors name the row and column.
    """
    missing = [c for c in INCIDENT_COLUMNS if c not in incidents.columns]
    if missing:
        raise ValueError(t("readers.missing_columns", source="incidents", missing=missing,
                           found=list(map(str, incidents.columns))))
    rows = []
    for index, r in incidents.iterrows():
        flags = {c: _flag(r[c], c, index) for c in ("personal_data", "safety", "workaround")}
        numbers = {}
        for c in ("customers_affected", "hours_to_harm"):
            value = pd.to_numeric(pd.Series([r[c]]), errors="coerce").iloc[0]
            if pd.isna(value) or value < 0:
                raise ValueError(t("audit.err.incident", row=index, column=c, value=repr(r[c])))
            numbers[c] = float(value)
        impact = impact_level(numbers["customers_affected"], flags["personal_data"],
                              flags["safety"])
        urgency = urgency_level(numbers["hours_to_harm"], flags["workaround"],
                                flags["personal_data"], flags["safety"])
        level = severity(impact, urgency, matrix)
        rows.append({"impact": impact, "urgency": urgency, "level": level,
                     "crisis": level in CRISIS_LEVELS})
    out = pd.DataFrame(rows, index=incidents.index,
                       columns=["impact", "urgency", "level", "crisis"])
    return incidents.join(out)


# --------------------------------------------------------------------------------------
# The first message to customers
# --------------------------------------------------------------------------------------
_TIME = (r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*(?:am|pm)\b|\b(?:noon|midnight)\b|"
         r"\bwithin\s+(?:the\s+next\s+)?(?:\d+|one|two|three|half an)\s*(?:minutes?|"
         r"hours?|mins?)\b|\bin\s+(?:\d+|one|two|thirty|half an)\s*(?:minutes?|hours?)\b")
_TIME_ZH = (r"\d{1,2}\s*[:：]\s*\d{2}|\d{1,2}\s*[点時时](?:\d{1,2}分|半|整)?|"
            r"\d+\s*分钟|[\d一二两三四五六七八九十半]+\s*(?:个)?小时")
FIRST_MESSAGE: dict[str, tuple[str, str]] = {
    "what": (r"\b(outage|down|unavailable|not working|disrupt\w*|failure|fault|problem|issue|"
             r"incident|error|delay\w*|breach|leak\w*|sent to the wrong|cannot|can't|"
             r"unable)\b",
             r"(故障|中断|无法|不能|异常|问题|事件|延误|泄露|错发|暂停|受影响)"),
    "apology": (r"\b(sorry|apologi\w*|regret\w*)\b",
                r"(抱歉|道歉|致歉|对不起|歉意|不便)"),
    "action": (r"\b(we are|we're|we have|we've|our (?:engineers|team|staff)|investigat\w*|"
               r"restor\w*|fix\w*|repair\w*|working on|stopped|blocked|contain\w*)\b",
               r"(正在|抢修|排查|修复|恢复|处理|已经|已暂停|已停止|封堵)"),
    "advice": (r"\b(you can|please use|please do not|please don't|in the meantime|meanwhile|"
               r"alternatively|until then|if you need|you may)\b",
               r"(您可以|可通过|请通过|请使用|请勿|如需|期间|暂时|可先|建议您)"),
    "next_update": (_TIME + r"|\bnext update\b|\b(?:update|inform|tell|notify)\s+you\s+"
                    r"(?:again\s+)?(?:by|at|within|in|before)\b",
                    _TIME_ZH + r"|下一次更新|下次更新|再次(?:通报|更新|告知|通知)|"
                    r"前(?:通报|更新|告知|通知)"),
    "contact": (r"\b(call|phone|hotline|contact us|contact our|chat|branch|branches|"
                r"website|help ?desk|service desk|\d{5,})\b",
                r"(热线|客服|拨打|致电|联系|网点|官网|服务台|\d{5,})"),
}
"""The six elements of a first message to customers (a holding statement), as pairs of
regular expressions (English, Chinese): what happened, an apology, what is being done,
what customers can do now, when the next update comes, and where to get help."""
FIRST_MESSAGE_AVOID: tuple[str, str] = (
    r"\b(no comment|not our fault|not our responsibility|hackers?|only a few|minor|"
    r"small number|rest assured|no need to worry)\b",
    r"(无可奉告|不是我们的责任|与我行无关|个别|极少数|请放心|不必担心|黑客)")
"""Words that usually hurt a first message: blame, guesses about the cause, playing it
down, or empty reassurance."""


def stated_time(text: str) -> bool:
    """True when ``text`` gives a clock time or a number of minutes or hours ("by 10:30",
    "within 30 minutes", "9:40 前", "30 分钟内") — what a promised update needs; "soon"
    and "as soon as possible" are not a time.

    >>> stated_time("Next update by 10:30."), stated_time("We will update you soon.")
    (True, False)
    """
    import re

    return re.search(f"{_TIME}|{_TIME_ZH}", text, flags=re.IGNORECASE) is not None


@dataclass(repr=False)
class FirstMessageReview(ElementReview):
    """What :func:`check_first_message` found in a first message to customers."""

    ELEMENTS: ClassVar[tuple[str, ...]] = tuple(FIRST_MESSAGE)

    def name_of(self, key: str) -> str:
        return t(f"audit.msg.el.{key}")

    def looked_for(self, key: str) -> str:
        return t(f"audit.msg.look.{key}")

    def advice(self, key: str) -> str:
        return t(f"audit.msg.advice.{key}")

    def head(self) -> str:
        return t("audit.msg.head", score=self.score, total=len(self.ELEMENTS))

    def remarks(self) -> list[str]:
        words = self.found.get("avoid")
        return [t("audit.msg.avoid", words=", ".join(words))] if words else []

    @property
    def ok(self) -> bool:
        """All six elements found and no word to avoid."""
        return not self.missing and not self.found.get("avoid")


def check_first_message(text: str, lang: str | None = None) -> FirstMessageReview:
    """Feedback on the first message to customers after an incident — a teaching aid,
    not a judge (the rule-based matching of :func:`svcx_helpers.standards.find_elements`).

    Looks for the six elements of :data:`FIRST_MESSAGE` (what happened, apology, action,
    advice, next update, contact) and lists words to avoid (:data:`FIRST_MESSAGE_AVOID`).
    Works on English and Chinese text.

    >>> review = check_first_message(
    ...     "We are sorry: the mobile app is down. Our engineers are restoring it. "
    ...     "You can use online banking meanwhile, or call 95555. Next update at 10:30.")
    >>> review.missing, review.ok
    ([], True)
    >>> check_first_message("系统故障，无可奉告。").found["avoid"]
    ['无可奉告']
    """
    if not isinstance(text, str) or not text.strip():
        raise ValueError(t("audit.err.text"))
    is_zh = text_language(text, lang) == "zh"
    found = find_elements(text, {**FIRST_MESSAGE, "avoid": FIRST_MESSAGE_AVOID},
                          lang="zh" if is_zh else "en")
    return FirstMessageReview(text=text, found=found, lang="zh" if is_zh else "en")
