"""Servicescape and accessibility audits: score a checklist walk of several service halls,
rank the halls, find the critical failures and the fail points a visitor meets.

Bitner (1992) names three dimensions of the physical surroundings of a service, the
*servicescape*: **ambient conditions** (light, noise, temperature, air), **space and
function** (layout, furnishings, equipment) and **signs, symbols and artefacts**. An
audit walks the place with a checklist of items, each with a weight, and rates every item
*met*, *partly met*, *not met* or *not applicable*. This module scores such audits:

* :func:`credit` — the rating of an item as a number: met 1, partly ``partial`` (default
  0.5), not met 0, not applicable *no number at all* (NaN);
* :func:`score` — per hall (or per hall and dimension) the weighted score
  S_w = 100 · Σ wᵢ cᵢ / Σ wᵢ and the unweighted score S_u = 100 · Σ cᵢ / n, both over the
  **applicable** items only (a not-applicable item leaves numerator and denominator);
* :func:`dimension_scores` — the hall × dimension table of weighted scores;
* :func:`critical_failures` — critical items rated *not met* (by default): a failure that
  no other item can make up for;
* :func:`rank` — the halls ranked by unweighted and by weighted score, and the final rank
  in which every hall with a critical failure comes after every hall without one;
* :func:`persona_fail_points` — the steps of a service blueprint at which one kind of
  visitor (a wheelchair user, an older visitor without a smartphone …) meets an item that
  is not fully met, and whether the blueprint already marks the step as a fail point.

The audit is a table with one row per hall and item (columns ``hall``, ``item_id``,
``rating``); the checklist has one row per item (``item_id``, ``dimension``, ``weight``,
``critical``, ``personas``, ``step``). The course data are
``load_dataset("servicescape_audit")`` and ``load_dataset("servicescape_checklist")``.

Plots (matplotlib, imported on first use): :func:`plot_dimensions`, :func:`plot_ranks`.

Example
-------
Four items with weights 3, 2, 1 and 2, rated met, partly, not met and not applicable:
S_w = 100 · (3·1 + 2·0.5 + 1·0) / (3 + 2 + 1) = 66.7 and S_u = 100 · 1.5 / 3 = 50.0.
Counting the not-applicable item as not met would give 100 · 4 / 8 = 50.0: a hall would
lose points for a lift it does not need.

>>> import pandas as pd
>>> checklist = pd.DataFrame({"item_id": ["a", "b", "c", "d"], "dimension": ["space"] * 4,
...                           "weight": [3, 2, 1, 2], "critical": [1, 0, 0, 0]})
>>> audit = pd.DataFrame({"hall": ["H"] * 4, "item_id": ["a", "b", "c", "d"],
...                       "rating": ["met", "partly", "not met", "n/a"]})
>>> score(audit, checklist)[["weighted", "unweighted"]].round(1).values.tolist()
[[66.7, 50.0]]
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from .i18n import get_language, language, t
from .plotting import lazy_plots

_PLOTS = ("plot_dimensions", "plot_ranks")
__getattr__, __dir__ = lazy_plots(__name__, "plots.servicescape", _PLOTS)

RATINGS: tuple[str, ...] = ("met", "partly", "not_met", "na")
"""The four ratings, in this spelling after :func:`rating_key`."""

DIMENSIONS: tuple[str, ...] = ("ambient", "space", "signs", "inclusive")
"""Bitner's three dimensions of the servicescape (ambient conditions; spatial layout and
functionality; signs, symbols and artefacts) and the course's fourth, inclusive and
assisted service."""

PERSONAS: tuple[str, ...] = ("wheelchair", "older", "vision", "hearing", "child")
"""Visitors the checklist's ``personas`` column can name: a wheelchair user, an older
visitor without a smartphone, visitors with a visual or a hearing impairment, a parent
with a small child."""

_ALIASES: dict[str, tuple[str, ...]] = {
    "met": ("met", "yes", "y", "1", "ok", "pass", "fully met", "符合", "满足", "达标", "是"),
    "partly": ("partly", "partial", "partly met", "partially met", "part", "0.5",
               "部分符合", "部分满足", "部分达标", "部分"),
    "not_met": ("not met", "not_met", "no", "n", "0", "fail", "unmet", "不符合", "不满足",
                "未达标", "否"),
    "na": ("na", "n/a", "n.a.", "not applicable", "not_applicable", "不适用", "无此项"),
}
_LOOKUP = {" ".join(a.replace("_", " ").replace("-", " ").split()).casefold(): key
           for key, aliases in _ALIASES.items() for a in aliases}

CRITICAL_FAIL: tuple[str, ...] = ("not_met",)
"""Default ratings that count as a failure of a critical item."""

BELOW: tuple[str, ...] = ("partly", "not_met")
"""Default ratings at which a visitor who depends on the item is likely to fail
(:func:`persona_fail_points`)."""


# --------------------------------------------------------------------------- checks
def _need(frame: pd.DataFrame, columns: Sequence[str], what: str) -> None:
    if not isinstance(frame, pd.DataFrame):
        raise ValueError(t("servicescape.err.frame", what=what, got=type(frame).__name__))
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(t("servicescape.err.columns", what=what, missing=missing,
                           found=list(map(str, frame.columns))))


def _plain(value: Any) -> Any:
    return value.item() if isinstance(value, np.generic) else value


def rating_key(value: Any) -> str:
    """The rating ``value`` as one of :data:`RATINGS`: ``met``, ``partly``, ``not_met`` or
    ``na``. Case, ``_``/``-``/spaces and common English and Chinese spellings are accepted
    ("Not met", "n/a", "部分符合", "不适用"); a blank cell (or "-") is ``na``.

    >>> [rating_key(v) for v in ("Met", "partly met", "NOT_MET", "n/a", "不适用", None)]
    ['met', 'partly', 'not_met', 'na', 'na', 'na']
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "na"
    raw = str(value).strip()
    if raw in ("", "-", "—", "/"):
        return "na"
    text = " ".join(raw.replace("_", " ").replace("-", " ").split()).casefold()
    if text in _LOOKUP:
        return _LOOKUP[text]
    raise ValueError(t("servicescape.err.rating", value=_plain(value),
                       choices=", ".join(RATINGS)))


def credit(ratings: Iterable[Any], partial: float = 0.5) -> pd.Series:
    """Each rating as its credit: met 1, partly ``partial``, not met 0, not applicable NaN.

    Rule: an item that does not apply to a hall is no evidence about it; it gets no
    number, so that :func:`score` leaves it out of numerator *and* denominator. Partial
    credit ``partial`` must lie in [0, 1]; 0.5 is the usual choice, 0 treats *partly* as
    *not met* (strict), 1 as *met* (lenient).

    >>> credit(["met", "partly", "not met", "na"]).tolist()
    [1.0, 0.5, 0.0, nan]
    >>> credit(["partly"], partial=0).tolist()
    [0.0]
    """
    if isinstance(partial, bool) or not isinstance(partial, (int, float, np.integer,
                                                             np.floating)) \
            or not 0 <= float(partial) <= 1:
        raise ValueError(t("servicescape.err.partial", value=partial))
    series = ratings if isinstance(ratings, pd.Series) else pd.Series(list(ratings))
    keys = []
    for row, value in series.items():
        try:
            keys.append(rating_key(value))
        except ValueError:
            raise ValueError(t("servicescape.err.rating_row", row=_plain(row),
                               value=_plain(value), choices=", ".join(RATINGS))) from None
    values = {"met": 1.0, "partly": float(partial), "not_met": 0.0, "na": math.nan}
    return pd.Series([values[k] for k in keys], index=series.index, dtype=float,
                     name="credit")


def _weights(checklist: pd.DataFrame) -> pd.Series:
    raw = checklist["weight"]
    weights = pd.to_numeric(raw, errors="coerce")
    bad = weights.isna() | (weights < 0)
    if bad.any():
        row = bad.idxmax()
        raise ValueError(t("servicescape.err.weight", row=_plain(row),
                           item=_plain(checklist.loc[row, "item_id"]),
                           value=_plain(raw[row])))
    return weights.astype(float)


def _critical(checklist: pd.DataFrame) -> pd.Series:
    if "critical" not in checklist.columns:
        return pd.Series(False, index=checklist.index)
    out = []
    for row, value in checklist["critical"].items():
        if isinstance(value, str):
            text = value.strip().casefold()
            if text in ("1", "true", "yes", "y", "是", "关键"):
                out.append(True)
                continue
            if text in ("0", "false", "no", "n", "否", ""):
                out.append(False)
                continue
        elif value is None or (isinstance(value, float) and math.isnan(value)):
            out.append(False)
            continue
        elif value in (0, 1, True, False):
            out.append(bool(value))
            continue
        raise ValueError(t("servicescape.err.critical", row=_plain(row),
                           item=_plain(checklist.loc[row, "item_id"]), value=_plain(value)))
    return pd.Series(out, index=checklist.index, dtype=bool)


def merge(audit: pd.DataFrame, checklist: pd.DataFrame, partial: float = 0.5) -> pd.DataFrame:
    """The audit joined with its checklist: one row per hall and item with the
    checklist's columns, the rating as a key of :data:`RATINGS`, its ``credit`` and a
    boolean ``critical``.

    Errors name the row and value: an unknown rating, an item that is not in the
    checklist, an item rated twice for the same hall, a missing or negative weight.

    >>> checklist = pd.DataFrame({"item_id": ["a"], "dimension": ["space"], "weight": [2]})
    >>> merge(pd.DataFrame({"hall": ["H"], "item_id": ["a"], "rating": ["Partly"]}),
    ...       checklist)[["hall", "item_id", "rating", "credit", "weight"]].values.tolist()
    [['H', 'a', 'partly', 0.5, 2.0]]
    """
    _need(audit, ["hall", "item_id", "rating"], "audit")
    _need(checklist, ["item_id", "dimension", "weight"], "checklist")
    twice = checklist["item_id"][checklist["item_id"].duplicated()]
    if len(twice):
        raise ValueError(t("servicescape.err.item_twice", item=_plain(twice.iloc[0])))
    items = checklist.copy()
    items["weight"] = _weights(checklist)
    items["critical"] = _critical(checklist)
    unknown = ~audit["item_id"].isin(items["item_id"])
    if unknown.any():
        row = unknown.idxmax()
        raise ValueError(t("servicescape.err.unknown_item", row=_plain(row),
                           item=_plain(audit.loc[row, "item_id"])))
    dup = audit.duplicated(["hall", "item_id"])
    if dup.any():
        row = dup.idxmax()
        raise ValueError(t("servicescape.err.rated_twice", row=_plain(row),
                           hall=_plain(audit.loc[row, "hall"]),
                           item=_plain(audit.loc[row, "item_id"])))
    scores = credit(audit["rating"], partial)
    keys = [rating_key(v) for v in audit["rating"]]
    frame = pd.DataFrame({"hall": audit["hall"].to_numpy(),
                          "item_id": audit["item_id"].to_numpy(),
                          "rating": keys, "credit": scores.to_numpy()})
    return frame.merge(items, on="item_id", how="left", validate="many_to_one")


def score(audit: pd.DataFrame, checklist: pd.DataFrame, by: str | Sequence[str] = "hall",
          *, partial: float = 0.5) -> pd.DataFrame:
    """The audit score of each hall (or each group of ``by``, e.g.
    ``["hall", "dimension"]``), weighted and unweighted, in percent.

    Formula, over the items i of the group that apply (rating not ``na``), with weight
    wᵢ and credit cᵢ (:func:`credit`: met 1, partly ``partial``, not met 0):

    * weighted S_w = 100 · Σ wᵢ cᵢ / Σ wᵢ;
    * unweighted S_u = 100 · Σ cᵢ / n (every item counts the same).

    Not-applicable items leave numerator and denominator; a group with no applicable item
    (or only items of weight 0) scores NaN. Columns: ``items`` (applicable), ``na``,
    ``met``, ``partly``, ``not_met``, ``weight`` (Σ wᵢ applicable), ``weighted``,
    ``unweighted``; the index is ``by``, in the order the groups first appear.

    Source: the weighted checklist score is the weighted mean of item scores (as in the
    weighted SERVQUAL score of Zeithaml, Parasuraman & Berry 1990); treating a
    not-applicable item as missing rather than failed follows survey practice for "not
    applicable" answers.

    Hand-worked example (the module's): weights 3, 2, 1, 2 rated met, partly, not met, n/a
    → S_w = 100 · 4 / 6 = 66.67, S_u = 100 · 1.5 / 3 = 50.

    >>> checklist = pd.DataFrame({"item_id": list("abcd"), "dimension": ["space"] * 4,
    ...                           "weight": [3, 2, 1, 2]})
    >>> audit = pd.DataFrame({"hall": ["H"] * 4, "item_id": list("abcd"),
    ...                       "rating": ["met", "partly", "not_met", "na"]})
    >>> r = score(audit, checklist).loc["H"]
    >>> int(r["items"]), int(r["na"]), round(float(r["weighted"]), 2), float(r["unweighted"])
    (3, 1, 66.67, 50.0)
    """
    data = merge(audit, checklist, partial)
    keys = [by] if isinstance(by, str) else list(by)
    for key in keys:
        if key not in data.columns:
            raise ValueError(t("servicescape.err.by", value=key,
                               found=list(map(str, data.columns))))
    rows = []
    for group, part in data.groupby(keys, sort=False):
        ok = part["rating"] != "na"
        w, c = part.loc[ok, "weight"], part.loc[ok, "credit"]
        wsum = float(w.sum())
        rows.append({
            **dict(zip(keys, group if isinstance(group, tuple) else (group,), strict=True)),
            "items": int(ok.sum()), "na": int((~ok).sum()),
            "met": int((part["rating"] == "met").sum()),
            "partly": int((part["rating"] == "partly").sum()),
            "not_met": int((part["rating"] == "not_met").sum()),
            "weight": wsum,
            "weighted": 100 * float((w * c).sum()) / wsum if wsum > 0 else math.nan,
            "unweighted": 100 * float(c.mean()) if len(c) else math.nan})
    return pd.DataFrame(rows).set_index(keys)


def dimension_scores(audit: pd.DataFrame, checklist: pd.DataFrame, *, partial: float = 0.5,
                     value: str = "weighted", dimensions: Sequence[str] | None = None
                     ) -> pd.DataFrame:
    """Hall × dimension table of the ``value`` (``"weighted"`` or ``"unweighted"``) of
    :func:`score` per hall and dimension, with a last column ``all`` (the hall's
    overall score). Dimensions in the order of :data:`DIMENSIONS` (others after them),
    or of ``dimensions``.

    >>> checklist = pd.DataFrame({"item_id": ["a", "b"], "dimension": ["space", "signs"],
    ...                           "weight": [2, 1]})
    >>> audit = pd.DataFrame({"hall": ["H", "H"], "item_id": ["a", "b"],
    ...                       "rating": ["met", "not_met"]})
    >>> dimension_scores(audit, checklist).round(1).values.tolist()
    [[100.0, 0.0, 66.7]]
    """
    if value not in ("weighted", "unweighted"):
        raise ValueError(t("core.option", value=value, name="value",
                           choices=["weighted", "unweighted"]))
    table = score(audit, checklist, ["hall", "dimension"], partial=partial)[value].unstack()
    present = list(table.columns)
    order = list(dimensions) if dimensions is not None else \
        [d for d in DIMENSIONS if d in present] + [d for d in present if d not in DIMENSIONS]
    table = table.reindex(columns=order)
    halls = list(dict.fromkeys(audit["hall"]))
    table = table.reindex(halls)
    table["all"] = score(audit, checklist, partial=partial)[value].reindex(halls)
    table.columns.name = "dimension"
    return table


def critical_failures(audit: pd.DataFrame, checklist: pd.DataFrame, *,
                      fail_on: Sequence[str] = CRITICAL_FAIL) -> pd.DataFrame:
    """The critical items a hall fails: rows of the merged audit whose item is critical
    and whose rating is in ``fail_on`` (default *not met* only; pass
    ``("not_met", "partly")`` for the strict reading).

    A critical item is non-compensatory, like a must-be attribute in the KANO chapter:
    a wheelchair user who cannot enter the hall is not helped by good light inside.
    Columns: ``hall``, ``item_id``, ``dimension``, ``rating`` and, when the checklist
    has them, ``item`` (and ``item_zh``), ``personas``, ``step``.

    >>> checklist = pd.DataFrame({"item_id": ["ramp", "plants"], "dimension": ["space", "signs"],
    ...                           "weight": [3, 1], "critical": [1, 0]})
    >>> audit = pd.DataFrame({"hall": ["H", "H", "K", "K"], "item_id": ["ramp", "plants"] * 2,
    ...                       "rating": ["not_met", "not_met", "partly", "met"]})
    >>> critical_failures(audit, checklist)[["hall", "item_id"]].values.tolist()
    [['H', 'ramp']]
    >>> len(critical_failures(audit, checklist, fail_on=("not_met", "partly")))
    2
    """
    fails = [rating_key(v) for v in fail_on]
    data = merge(audit, checklist)
    hit = data[data["critical"] & data["rating"].isin(fails)]
    cols = [c for c in ("hall", "item_id", "dimension", "rating", "item", "item_zh",
                        "personas", "step") if c in hit.columns]
    return hit[cols].reset_index(drop=True)


def rank(scores: pd.DataFrame, failures: pd.DataFrame | None = None) -> pd.DataFrame:
    """Rank the halls of :func:`score` by unweighted and by weighted score, and give the
    final rank with the critical-item gate.

    Rules: rank 1 is the highest score; equal scores share the better rank
    (``method="min"``). ``critical`` counts each hall's rows in ``failures``
    (:func:`critical_failures`). The final ``rank`` puts every hall without a critical
    failure before every hall with one, and orders within each group by weighted score
    (a lexicographic, non-compensatory rule). Columns: ``unweighted``, ``weighted``,
    ``rank_unweighted``, ``rank_weighted``, ``critical``, ``rank``, sorted by ``rank``.

    >>> s = pd.DataFrame({"unweighted": [80.0, 75.0, 70.0], "weighted": [70.0, 78.0, 72.0]},
    ...                  index=pd.Index(["A", "B", "C"], name="hall"))
    >>> f = pd.DataFrame({"hall": ["B"], "item_id": ["ramp"]})
    >>> r = rank(s, f)
    >>> r.index.tolist(), r["rank_weighted"].tolist()
    (['C', 'A', 'B'], [2, 3, 1])
    """
    _need(scores, ["unweighted", "weighted"], "scores")
    out = scores[["unweighted", "weighted"]].astype(float).copy()
    if out.index.name != "hall" and "hall" in scores.columns:
        out.index = scores["hall"]
    out.index.name = "hall"
    out["rank_unweighted"] = out["unweighted"].rank(ascending=False, method="min").astype(int)
    out["rank_weighted"] = out["weighted"].rank(ascending=False, method="min").astype(int)
    if failures is not None and len(failures):
        _need(failures, ["hall"], "failures")
        counts = failures["hall"].value_counts()
    else:
        counts = pd.Series(dtype=int)
    out["critical"] = [int(counts.get(h, 0)) for h in out.index]
    order = out.assign(_gate=out["critical"] > 0, _w=-out["weighted"]).sort_values(
        ["_gate", "_w"], kind="stable").index
    final = pd.Series(range(1, len(order) + 1), index=order)
    out["rank"] = final.reindex(out.index).astype(int)
    return out.sort_values("rank", kind="stable")


def persona_items(checklist: pd.DataFrame, persona: str) -> pd.DataFrame:
    """The checklist rows whose ``personas`` (names separated by spaces or commas) include
    ``persona``.

    >>> c = pd.DataFrame({"item_id": ["a", "b"], "personas": ["wheelchair older", None]})
    >>> persona_items(c, "older")["item_id"].tolist()
    ['a']
    """
    _need(checklist, ["item_id", "personas"], "checklist")
    key = str(persona).strip().casefold()
    known = set(PERSONAS) | {p for v in checklist["personas"].dropna()
                             for p in str(v).replace(",", " ").casefold().split()}
    if key not in known:
        raise ValueError(t("servicescape.err.persona", value=persona,
                           choices=", ".join(sorted(known))))
    mask = checklist["personas"].fillna("").map(
        lambda v: key in str(v).replace(",", " ").casefold().split())
    return checklist[mask]


def persona_fail_points(audit: pd.DataFrame, checklist: pd.DataFrame, blueprint: Any,
                        hall: str, persona: str, *, below: Sequence[str] = BELOW
                        ) -> pd.DataFrame:
    """The steps of ``blueprint`` at which ``persona`` is likely to fail in ``hall``.

    Rule: a step is a fail point for the persona when at least one checklist item that
    the persona depends on (:func:`persona_items`) and that is met at that step (the
    checklist's ``step`` column, a step id of the blueprint) is rated in ``below``
    (default *partly* or *not met*) in this hall. Shostack (1984) marks fail points where
    a service is likely to go wrong; an audit shows where it goes wrong for whom.

    Returns one row per such step, in blueprint order: ``step``, ``lane``, ``column``,
    ``label`` (current language), ``items`` (the item ids, ``;``-separated),
    ``worst`` (the worst rating), ``in_blueprint`` (the blueprint already marks the step
    as a fail point). The steps with ``in_blueprint`` False are the ones the blueprint
    misses.

    >>> from svcx_helpers.blueprint import Blueprint
    >>> bp = Blueprint.from_dict({"name": "Hall", "steps": [
    ...     {"id": "E1", "lane": "evidence", "column": 1, "label": "Entrance"},
    ...     {"id": "C1", "lane": "customer", "column": 1, "label": "Asks at desk"}]})
    >>> checklist = pd.DataFrame({"item_id": ["ramp", "desk"], "dimension": ["space"] * 2,
    ...                           "weight": [3, 2], "personas": ["wheelchair", "older"],
    ...                           "step": ["E1", "C1"]})
    >>> audit = pd.DataFrame({"hall": ["H", "H"], "item_id": ["ramp", "desk"],
    ...                       "rating": ["partly", "met"]})
    >>> persona_fail_points(audit, checklist, bp, "H", "wheelchair")[
    ...     ["step", "worst", "in_blueprint"]].values.tolist()
    [['E1', 'partly', False]]
    """
    _need(checklist, ["item_id", "personas", "step"], "checklist")
    halls = list(dict.fromkeys(audit["hall"])) if "hall" in audit.columns else []
    if hall not in halls:
        raise ValueError(t("servicescape.err.hall", value=hall, choices=", ".join(
            map(str, halls))))
    data = merge(audit[audit["hall"] == hall], checklist)
    mine = set(persona_items(checklist, persona)["item_id"])
    worse = [rating_key(v) for v in below]
    hit = data[data["item_id"].isin(mine) & data["rating"].isin(worse)]
    steps = {s.id: s for s in blueprint.steps}
    order = {s.id: i for i, s in enumerate(blueprint.steps)}
    unknown = sorted(set(hit["step"].dropna().astype(str)) - set(steps))
    if unknown:
        raise ValueError(t("servicescape.err.step", step=unknown[0],
                           blueprint=blueprint.text()))
    severity = {"not_met": 0, "partly": 1, "met": 2, "na": 3}
    rows = []
    for step_id, part in hit.groupby(hit["step"].astype(str), sort=False):
        s = steps[step_id]
        worst = min(part["rating"], key=severity.__getitem__)
        rows.append({"step": step_id, "lane": s.lane, "column": s.column, "label": s.text(),
                     "items": "; ".join(part["item_id"]), "worst": worst,
                     "in_blueprint": bool(s.fail_point)})
    out = pd.DataFrame(rows, columns=["step", "lane", "column", "label", "items", "worst",
                                      "in_blueprint"])
    return out.sort_values("step", key=lambda c: c.map(order), kind="stable") \
        .reset_index(drop=True)


def item_label(checklist: pd.DataFrame, lang: str | None = None) -> pd.Series:
    """Item id → the item's text in the current language (``item_zh`` in Chinese when the
    checklist has it, else ``item``, else the id).

    >>> c = pd.DataFrame({"item_id": ["a"], "item": ["Ramp"], "item_zh": ["坡道"]})
    >>> item_label(c, "zh").tolist()
    ['坡道']
    """
    column = "item_zh" if (lang or get_language()) == "zh" and "item_zh" in checklist \
        else "item"
    if column not in checklist.columns:
        return pd.Series(checklist["item_id"].to_numpy(), index=checklist["item_id"])
    return pd.Series(checklist[column].to_numpy(), index=checklist["item_id"])


def persona_name(persona: str, lang: str | None = None) -> str:
    """The display name of a persona key of :data:`PERSONAS` in the current language
    (other keys are returned as given).

    >>> persona_name("older"), persona_name("older", "zh")
    ('Older visitor without a smartphone', '不用智能手机的老年人')
    """
    key = str(persona).strip().casefold()
    if key not in PERSONAS:
        return str(persona)
    with language(lang or get_language()):
        return t(f"servicescape.persona.{key}")


def rating_name(rating: Any, lang: str | None = None) -> str:
    """The display name of a rating (any spelling :func:`rating_key` reads) in the current
    language.

    >>> rating_name("not_met"), rating_name("N/A", "zh")
    ('not met', '不适用')
    """
    key = rating_key(rating)
    with language(lang or get_language()):
        return t(f"servicescape.rating.{key}")
