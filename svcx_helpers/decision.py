"""Generating and choosing redesign options: SCAMPER prompts over a blueprint's steps, the
weighted decision matrix and the sensitivity of its winner to the weights.

Generating options
    :func:`walk` goes through a blueprint step by step (column by column, top lane first);
    :func:`scamper_prompts` gives Eberle's seven SCAMPER questions (Substitute, Combine,
    Adapt, Modify, Put to other uses, Eliminate, Reverse — Eberle 1971, after Osborn's
    checklist of 1953) for one step; :func:`read_options` checks a team's options, written
    as ``{"letter": "S", "step": "C9", "idea": "…"}``, against the blueprint.

Choosing among them (METHODS.md 8.6)
    :func:`team_matrix` turns several raters' scores into one options × criteria matrix
    (mean or median), :func:`disagreement` shows where the raters differ,
    :func:`weighted_scores` computes Score = Σ wᵢ·sᵢ with the weights normalised to sum 1,
    :func:`sensitivity` finds, for each criterion, the weight at which the winner changes
    when the other weights are rescaled proportionally, and :func:`weight_sweep` gives the
    lines behind the sensitivity plot.

Every criterion must be scored so that **more is better** (for cost: 5 = cheapest).

Plots (matplotlib, imported on first use): :func:`plot_scores`, :func:`plot_sweep`.

Example
-------
METHODS.md 8.6: weights (0.5, 0.3, 0.2); A (4, 3, 2) → 3.3, B (3, 5, 3) → 3.6,
C (5, 2, 4) → 3.9: C wins.

>>> import pandas as pd
>>> m = pd.DataFrame([[4, 3, 2], [3, 5, 3], [5, 2, 4]], index=list("ABC"),
...                  columns=["x", "y", "z"])
>>> weighted_scores(m, [0.5, 0.3, 0.2])["score"].round(6).to_dict()
{'C': 3.9, 'B': 3.6, 'A': 3.3}
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from .blueprint import LANES, Blueprint
from .i18n import t
from .plotting import lazy_plots

_PLOTS = ("plot_scores", "plot_sweep")
__getattr__, __dir__ = lazy_plots(__name__, "plots.decision", _PLOTS)

SCAMPER: tuple[str, ...] = ("S", "C", "A", "M", "P", "E", "R")
"""Eberle's (1971) letters: Substitute, Combine, Adapt, Modify (magnify, minify), Put to
other uses, Eliminate, Reverse (rearrange)."""

_TOL = 1e-12
_WORDS = {"substitute": "S", "combine": "C", "adapt": "A", "modify": "M", "magnify": "M",
          "minify": "M", "put to other uses": "P", "put to another use": "P", "eliminate": "E",
          "reverse": "R", "rearrange": "R"}
"""The English words of the letters as :func:`read_options` also accepts them."""


# --------------------------------------------------------------------------- SCAMPER
def walk(blueprint: Blueprint, lanes: Iterable[str] = LANES) -> list[Any]:
    """The steps of ``blueprint`` in the order a team walks through them: column by
    column, and within a column from the top lane (physical evidence) to the bottom
    (support); only the steps of ``lanes``.

    >>> bp = Blueprint.from_dict({"name": "x", "steps": [
    ...     {"id": "O1", "lane": "onstage", "column": 1, "label": "Greets"},
    ...     {"id": "C2", "lane": "customer", "column": 2, "label": "Pays"},
    ...     {"id": "C1", "lane": "customer", "column": 1, "label": "Enters"}]})
    >>> [s.id for s in walk(bp)], [s.id for s in walk(bp, ["customer"])]
    (['C1', 'O1', 'C2'], ['C1', 'C2'])
    """
    keep = list(lanes)
    order = {lane: i for i, lane in enumerate(LANES)}
    steps = [s for s in blueprint.steps if s.lane in keep]
    return sorted(steps, key=lambda s: (s.column, order.get(s.lane, len(LANES))))


def scamper_prompts(step: Any = None) -> pd.DataFrame:
    """Eberle's seven SCAMPER questions, in the current language; with ``step`` (a
    blueprint step, or any text) each question names it.

    Source: Eberle, B. (1971), *Scamper: Games for Imagination Development*, which
    arranged Osborn's (1953) idea-spurring questions under a mnemonic.

    >>> table = scamper_prompts("Queues at the front desk")
    >>> list(table.index) == list(SCAMPER), table.loc["E", "name"]
    (True, 'Eliminate')
    >>> "Queues at the front desk" in table.loc["S", "prompt"]
    True
    """
    label = step.text() if hasattr(step, "text") else (str(step) if step is not None else None)
    rows = {}
    for letter in SCAMPER:
        prompt = (t(f"decision.scamper.{letter}.prompt", step=label) if label
                  else t(f"decision.scamper.{letter}.general"))
        rows[letter] = (t(f"decision.scamper.{letter}.name"), prompt)
    out = pd.DataFrame.from_dict(rows, orient="index", columns=["name", "prompt"])
    out.index.name = "letter"
    return out


def read_options(options: Any, blueprint: Blueprint | None = None) -> pd.DataFrame:
    """A team's redesign options as a table with the columns ``letter``, ``step`` and
    ``idea``, checked: each option is a dict (or a row of a DataFrame) with a SCAMPER
    ``letter`` (S, C, A, M, P, E, R; the word, e.g. "Eliminate", is accepted too), the id
    of the blueprint ``step`` it changes (must exist when ``blueprint`` is given) and the
    ``idea`` in words. A bad option raises ValueError naming its position, field and
    value.

    >>> read_options([{"letter": "e", "step": "C8", "idea": "No queue: keys at the door"}])
      letter step                        idea
    0      E   C8  No queue: keys at the door
    """
    if isinstance(options, pd.DataFrame):
        options = options.to_dict("records")
    if isinstance(options, (Mapping, str, bytes)) or not isinstance(options, Iterable):
        raise ValueError(t("decision.err.options", got=type(options).__name__))
    names = {t(f"decision.scamper.{x}.name", lang=lang).casefold(): x
             for x in SCAMPER for lang in ("en", "zh")}
    names.update(_WORDS)
    known = {s.id for s in blueprint.steps} if blueprint is not None else None
    rows = []
    for i, option in enumerate(options):
        if not isinstance(option, Mapping):
            raise ValueError(t("decision.err.option", i=i, got=type(option).__name__))
        missing = [k for k in ("letter", "step", "idea") if k not in option]
        if missing:
            raise ValueError(t("decision.err.option_keys", i=i, missing=missing,
                               found=sorted(map(str, option))))
        raw = str(option["letter"]).strip()
        letter = raw.upper() if raw.upper() in SCAMPER else names.get(raw.casefold())
        if letter is None:
            raise ValueError(t("decision.err.letter", i=i, value=option["letter"],
                               letters=", ".join(SCAMPER)))
        step = str(option["step"]).strip()
        if known is not None and step not in known:
            raise ValueError(t("decision.err.step", i=i, value=option["step"],
                               name=blueprint.text()))
        idea = option["idea"]
        if not isinstance(idea, str) or not idea.strip():
            raise ValueError(t("decision.err.idea", i=i, value=idea))
        rows.append({"letter": letter, "step": step, "idea": idea.strip()})
    return pd.DataFrame(rows, columns=["letter", "step", "idea"])


# --------------------------------------------------------------------------- the matrix
def _matrix(matrix: pd.DataFrame) -> pd.DataFrame:
    """The options × criteria matrix as floats; a clear error for a missing or
    non-numeric score."""
    if not isinstance(matrix, pd.DataFrame) or matrix.empty:
        raise ValueError(t("decision.err.matrix", got=type(matrix).__name__))
    if matrix.index.duplicated().any():
        raise ValueError(t("decision.err.duplicate_option",
                           option=matrix.index[matrix.index.duplicated()][0]))
    out = matrix.apply(pd.to_numeric, errors="coerce").astype(float)
    bad = out.isna() | ~np.isfinite(out)
    if bad.to_numpy().any():
        row, col = np.argwhere(bad.to_numpy())[0]
        raise ValueError(t("decision.err.score", option=matrix.index[row],
                           criterion=matrix.columns[col], value=matrix.iat[row, col]))
    return out


def normalise_weights(weights: Mapping[str, float] | pd.Series | Sequence[float],
                      criteria: Sequence[str] | None = None) -> pd.Series:
    """The weights divided by their sum, so that Σ wᵢ = 1 (METHODS.md 8.6). Weights may be
    given as points (10, 4, 4, 2) or shares. A negative, missing or non-numeric weight,
    or weights that are all zero, raise ValueError naming the criterion.

    ``weights`` is a dict or Series keyed by criterion (then ``criteria``, when given,
    must be exactly its keys, in any order), or a sequence in the order of ``criteria``.

    >>> normalise_weights({"customer": 10, "cost": 4, "feasibility": 4, "staff": 2}).tolist()
    [0.5, 0.2, 0.2, 0.1]
    """
    if isinstance(weights, (Mapping, pd.Series)):
        w = pd.Series(dict(weights) if isinstance(weights, Mapping) else weights, dtype=object)
        if criteria is not None:
            missing = [c for c in criteria if c not in w.index]
            extra = [c for c in w.index if c not in list(criteria)]
            if missing or extra:
                raise ValueError(t("decision.err.criteria", missing=missing, extra=extra))
            w = w[list(criteria)]
    else:
        values = list(weights)
        names = list(criteria) if criteria is not None else [str(i) for i in range(len(values))]
        if len(values) != len(names):
            raise ValueError(t("decision.err.n_weights", n=len(values), k=len(names)))
        w = pd.Series(values, index=names, dtype=object)
    if w.empty:
        raise ValueError(t("decision.err.no_weights"))
    out = pd.to_numeric(w, errors="coerce").astype(float)
    for name, value in out.items():
        if not math.isfinite(value):
            raise ValueError(t("decision.err.weight", criterion=name, value=w[name]))
        if value < 0:
            raise ValueError(t("decision.err.negative", criterion=name, value=w[name]))
    total = float(out.sum())
    if total <= 0:
        raise ValueError(t("decision.err.zero"))
    out = out / total
    out.name = "weight"
    return out


def team_matrix(ratings: pd.DataFrame, *, option: str = "option", criterion: str = "criterion",
                score: str = "score", how: str = "mean") -> pd.DataFrame:
    """One options × criteria matrix from several raters' scores (one row per option,
    rater and criterion): the ``mean`` (default) or ``median`` of the raters. Options and
    criteria keep the order in which they first appear.

    >>> r = pd.DataFrame({"option": ["A"] * 4, "criterion": ["x", "x", "y", "y"],
    ...                   "score": [4, 5, 2, 3]})
    >>> team_matrix(r).loc["A"].tolist()
    [4.5, 2.5]
    """
    _columns(ratings, [option, criterion, score])
    if how not in ("mean", "median"):
        raise ValueError(t("core.option", value=how, name="how", choices=["mean", "median"]))
    values = _scores(ratings, score)
    table = values.groupby([ratings[option], ratings[criterion]], sort=False).agg(how)
    out = table.unstack(criterion)
    out = out.reindex(index=pd.unique(ratings[option]), columns=pd.unique(ratings[criterion]))
    out.index.name, out.columns.name = option, criterion
    return out


def disagreement(ratings: pd.DataFrame, *, option: str = "option",
                 criterion: str = "criterion", score: str = "score") -> pd.DataFrame:
    """How much the raters disagree, per criterion: ``sd`` is the mean over the options of
    the standard deviation (n − 1) of the raters' scores for that option, ``range`` the
    mean of max − min, ``widest`` the option where the raters are furthest apart.
    Sorted from most to least disagreement.

    >>> r = pd.DataFrame({"option": ["A", "A", "A", "A"], "criterion": ["x", "x", "y", "y"],
    ...                   "score": [1, 5, 3, 3]})
    >>> disagreement(r)["range"].tolist()
    [4.0, 0.0]
    """
    _columns(ratings, [option, criterion, score])
    values = _scores(ratings, score)
    grouped = values.groupby([ratings[criterion], ratings[option]], sort=False)
    per = pd.DataFrame({"sd": grouped.std(ddof=1), "range": grouped.max() - grouped.min()})
    rows = {}
    for name, part in per.groupby(level=0, sort=False):
        part = part.droplevel(0)
        rows[name] = (float(part["sd"].mean()), float(part["range"].mean()),
                      part["sd"].idxmax())
    out = pd.DataFrame.from_dict(rows, orient="index", columns=["sd", "range", "widest"])
    out.index.name = criterion
    return out.sort_values("sd", ascending=False, kind="stable")


def weighted_scores(matrix: pd.DataFrame,
                    weights: Mapping[str, float] | pd.Series | Sequence[float]) -> pd.DataFrame:
    """The weighted decision matrix: for each option the contribution wᵢ·sᵢ of every
    criterion, the ``score`` = Σ wᵢ·sᵢ with the weights normalised to Σ wᵢ = 1, and the
    ``rank`` (1 = best; equal scores share the better rank). Sorted from best to worst.

    Formula and known answer: METHODS.md 8.6 (the simple additive weighting of
    multi-criteria decision analysis; Pugh 1991 for concept selection in design).

    >>> m = pd.DataFrame({"x": [4, 3], "y": [3, 5]}, index=["A", "B"])
    >>> table = weighted_scores(m, {"x": 5, "y": 3})     # A: (5·4 + 3·3)/8, B: (5·3 + 3·5)/8
    >>> list(table.index), table["score"].tolist(), table["rank"].tolist()
    (['B', 'A'], [3.75, 3.625], [1.0, 2.0])
    """
    m = _matrix(matrix)
    w = normalise_weights(weights, list(m.columns))
    out = m * w
    out["score"] = out.sum(axis=1)
    out["rank"] = out["score"].round(12).rank(ascending=False, method="min")
    return out.sort_values("score", ascending=False, kind="stable")


def winner(matrix: pd.DataFrame,
           weights: Mapping[str, float] | pd.Series | Sequence[float]) -> Any:
    """The option with the highest weighted score (the first one listed if two tie).

    >>> m = pd.DataFrame({"x": [4, 3], "y": [3, 5]}, index=["A", "B"])
    >>> winner(m, [0.2, 0.8])
    'B'
    """
    return weighted_scores(matrix, weights).index[0]


def reweight(weights: Mapping[str, float] | pd.Series | Sequence[float], criterion: str,
             value: float, criteria: Sequence[str] | None = None) -> pd.Series:
    """The weights with ``criterion`` set to ``value`` and the others rescaled
    proportionally, so that they keep their ratios and the sum stays 1:
    w'ⱼ = wⱼ · (1 − value) / (1 − w_k).

    >>> reweight([0.5, 0.3, 0.2], "1", 0.5, ["0", "1", "2"]).round(6).tolist()
    [0.357143, 0.5, 0.142857]
    """
    w = normalise_weights(weights, criteria)
    if criterion not in w.index:
        raise ValueError(t("decision.err.criterion", criterion=criterion, known=list(w.index)))
    v = float(value)
    if not 0 <= v <= 1:
        raise ValueError(t("decision.err.share", value=value))
    rest = 1 - float(w[criterion])
    if rest <= _TOL:
        raise ValueError(t("decision.err.only", criterion=criterion))
    out = w * (1 - v) / rest
    out[criterion] = v
    return out


def weight_sweep(matrix: pd.DataFrame,
                 weights: Mapping[str, float] | pd.Series | Sequence[float], criterion: str,
                 points: int = 101) -> pd.DataFrame:
    """Each option's weighted score as the weight of ``criterion`` runs from 0 to 1 (in
    ``points`` steps) and the other weights are rescaled proportionally
    (:func:`reweight`): the straight lines of the sensitivity plot. Index: the weight.

    >>> m = pd.DataFrame({"x": [4, 3], "y": [3, 5]}, index=["A", "B"])
    >>> weight_sweep(m, [0.5, 0.5], "x", points=3).values.tolist()
    [[3.0, 5.0], [3.5, 4.0], [4.0, 3.0]]
    """
    m = _matrix(matrix)
    if int(points) < 2:
        raise ValueError(t("decision.err.points", value=points))
    grid = np.round(np.linspace(0.0, 1.0, int(points)), 12)
    rows = [m.to_numpy() @ reweight(weights, criterion, x, list(m.columns)).to_numpy()
            for x in grid]
    out = pd.DataFrame(rows, index=pd.Index(grid, name="weight"), columns=m.index)
    return out


def sensitivity(matrix: pd.DataFrame,
                weights: Mapping[str, float] | pd.Series | Sequence[float]) -> pd.DataFrame:
    """For each criterion, the weight at which the winner changes when that weight moves
    and the other weights are rescaled proportionally (METHODS.md 8.6).

    Formula: with w_k = t and the others wⱼ(1 − t)/(1 − w_k), an option's score is the
    straight line Sᵢ(t) = t·sᵢₖ + (1 − t)·Rᵢ, where Rᵢ = Σⱼ≠ₖ wⱼ·sᵢⱼ / (1 − w_k) is its
    score on the other criteria. The winner a changes where another option's line
    crosses its own: t = ΔR / (ΔR − Δs) with ΔR = R_a − Rᵢ and Δs = s_ak − sᵢₖ. Moving up
    from the current weight, the first crossing is ``upper`` (the new winner
    ``winner_above``); moving down, the last one below is ``lower`` (``winner_below``).
    NaN where the winner never changes in [0, 1] (a tie exactly at 0 or 1 is no change);
    ``margin`` is the smallest
    distance of the current weight to a change. Source of the idea: the sensitivity of
    the weighted-sum model to one weight (Triantaphyllou & Sánchez 1997).

    The winner must be unique at the current weights (a tie raises ValueError).

    Hand-worked (METHODS.md 8.6): the first criterion's lines are C: 2.8 + 2.2t,
    B: 4.2 − 1.2t, A: 2.6 + 1.4t; C and B cross at t = 1.4/3.4 = 0.4118.

    >>> m = pd.DataFrame([[4, 3, 2], [3, 5, 3], [5, 2, 4]], index=list("ABC"),
    ...                  columns=["x", "y", "z"])
    >>> s = sensitivity(m, [0.5, 0.3, 0.2])
    >>> s[["lower", "upper"]].round(4).fillna(-1).values.tolist()
    [[0.4118, -1.0], [-1.0, 0.3636], [-1.0, -1.0]]
    >>> s.loc["x", "winner_below"], s.loc["y", "winner_above"], s.attrs["winner"]
    ('B', 'B', 'C')
    """
    m = _matrix(matrix)
    criteria = list(m.columns)
    w = normalise_weights(weights, criteria)
    scores = m.to_numpy() @ w.to_numpy()
    order = np.argsort(-scores, kind="stable")
    best = int(order[0])
    if len(scores) > 1 and scores[order[1]] >= scores[best] - 1e-9:
        raise ValueError(t("decision.err.tie", a=m.index[best], b=m.index[int(order[1])]))
    rows = {}
    for name in criteria:
        wk = float(w[name])
        rest_w = 1 - wk
        if rest_w <= _TOL:
            rows[name] = (wk, math.nan, None, math.nan, None, math.nan)
            continue
        s_k = m[name].to_numpy()
        rest = (scores - wk * s_k) / rest_w
        below: list[tuple[float, float, int]] = []
        above: list[tuple[float, float, int]] = []
        for i in range(len(scores)):
            if i == best:
                continue
            d_r, d_s = rest[best] - rest[i], s_k[best] - s_k[i]
            denom = d_r - d_s
            if abs(denom) <= _TOL:
                continue                         # parallel lines: never cross
            x = d_r / denom
            slope = s_k[i] - rest[i]
            # a crossing at 0 or 1 is only a tie at the end of the range, not a change
            if wk + 1e-12 < x < 1 - 1e-12:
                above.append((x, -slope, i))
            elif 1e-12 < x < wk - 1e-12:
                below.append((-x, slope, i))
        lo = min(below) if below else None
        hi = min(above) if above else None
        lower = -lo[0] if lo else math.nan
        upper = hi[0] if hi else math.nan
        margin = min([abs(wk - x) for x in (lower, upper) if not math.isnan(x)],
                     default=math.nan)
        rows[name] = (wk, lower, m.index[lo[2]] if lo else None, upper,
                      m.index[hi[2]] if hi else None, margin)
    out = pd.DataFrame.from_dict(rows, orient="index", columns=[
        "weight", "lower", "winner_below", "upper", "winner_above", "margin"])
    out.index.name = "criterion"
    out.attrs["winner"] = m.index[best]
    return out


# --------------------------------------------------------------------------- helpers
def _columns(frame: pd.DataFrame, columns: Sequence[str]) -> None:
    if not isinstance(frame, pd.DataFrame):
        raise ValueError(t("decision.err.matrix", got=type(frame).__name__))
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(t("decision.err.columns", missing=missing,
                           found=list(map(str, frame.columns))))


def _scores(ratings: pd.DataFrame, column: str) -> pd.Series:
    raw = ratings[column]
    values = pd.to_numeric(raw, errors="coerce")
    bad = values.isna()
    if bad.any():
        row = bad.idxmax()
        raise ValueError(t("decision.err.rating", column=column, row=row, value=raw[row]))
    return values.astype(float)
