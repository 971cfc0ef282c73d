"""Decision-matrix plots: each criterion's share of the weighted scores, and the scores
as one weight moves (lazy).

Example
-------
>>> import pandas as pd
>>> from svcx_helpers import decision
>>> m = pd.DataFrame([[4, 3, 2], [3, 5, 3], [5, 2, 4]], index=list("ABC"),
...                  columns=["x", "y", "z"])
>>> ax = decision.plot_sweep(m, [0.5, 0.3, 0.2], "x")  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pandas as pd

from ..decision import sensitivity, weight_sweep, weighted_scores
from ..i18n import t
from .style import OKABE_ITO, new_axes, wrap

_COLORS = [OKABE_ITO[c] for c in ("blue", "orange", "green", "vermillion", "sky", "purple",
                                  "yellow")]


def _namer(names: Mapping[Any, str] | Callable[[Any], str] | None) -> Callable[[Any], str]:
    if names is None:
        return lambda x: str(x).replace("_", " ")
    if callable(names):
        return names
    return lambda x: names.get(x, str(x).replace("_", " "))


def plot_scores(matrix: pd.DataFrame, weights: Mapping[str, float] | pd.Series | Sequence[float],
                *, names: Mapping[Any, str] | Callable[[Any], str] | None = None,
                criteria: Mapping[Any, str] | Callable[[Any], str] | None = None,
                ax: Any = None) -> Any:
    """Horizontal stacked bars: each option's weighted score split into the contributions
    wᵢ·sᵢ of its criteria (:func:`~svcx_helpers.decision.weighted_scores`), best option
    on top, the score written at the end of the bar. ``names`` and ``criteria`` give
    display names (a dict or a function) for options and criteria."""
    table = weighted_scores(matrix, weights)
    option_name, criterion_name = _namer(names), _namer(criteria)
    crits = [c for c in table.columns if c not in ("score", "rank")]
    ax = new_axes(ax, figsize=(8.0, 0.55 * len(table) + 1.8))
    rows = list(table.index)[::-1]
    left = pd.Series(0.0, index=rows)
    for i, c in enumerate(crits):
        values = table.loc[rows, c]
        ax.barh([wrap(option_name(r), 26) for r in rows], values, left=left,
                color=_COLORS[i % len(_COLORS)], label=criterion_name(c), edgecolor="white")
        left += values
    for y, r in enumerate(rows):
        ax.text(left[r] + 0.03, y, f"{table.loc[r, 'score']:.2f}", va="center", fontsize=8)
    ax.set_xlim(0, float(left.max()) * 1.12)
    ax.set_xlabel(t("decision.axis.score"))
    ax.legend(frameon=False, fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.set_title(t("decision.title.scores"), loc="left", fontsize=11, fontweight="bold")
    return ax


def plot_sweep(matrix: pd.DataFrame, weights: Mapping[str, float] | pd.Series | Sequence[float],
               criterion: str, *, names: Mapping[Any, str] | Callable[[Any], str] | None = None,
               label: str | None = None, ax: Any = None) -> Any:
    """Each option's weighted score as the weight of ``criterion`` runs from 0 to 1, the
    other weights rescaled proportionally (:func:`~svcx_helpers.decision.weight_sweep`):
    one straight line per option, the current weight as a solid vertical line and the
    weights where the winner changes (:func:`~svcx_helpers.decision.sensitivity`)
    dashed. ``label`` names the criterion on the axis."""
    lines = weight_sweep(matrix, weights, criterion)
    table = sensitivity(matrix, weights)
    sens = table.loc[criterion]
    option_name = _namer(names)
    ax = new_axes(ax, figsize=(7.5, 4.6))
    for i, option in enumerate(lines.columns):
        top = option in (table.attrs["winner"], sens["winner_below"], sens["winner_above"])
        ax.plot(lines.index, lines[option], color=_COLORS[i % len(_COLORS)],
                linewidth=2.4 if top else 1.2, alpha=1.0 if top else 0.7,
                label=option_name(option))
    ax.axvline(sens["weight"], color="#333333", linewidth=1)
    ax.text(sens["weight"], ax.get_ylim()[1], " " + t("decision.label.current",
                                                       w=f"{sens['weight']:.2f}"),
            va="top", fontsize=8)
    for key in ("lower", "upper"):
        if pd.notna(sens[key]):
            ax.axvline(sens[key], color=OKABE_ITO["vermillion"], linestyle="--", linewidth=1)
            ax.text(sens[key], ax.get_ylim()[0], " " + t("decision.label.change",
                                                          w=f"{sens[key]:.2f}"),
                    va="bottom", fontsize=8, color=OKABE_ITO["vermillion"])
    name = label or str(criterion).replace("_", " ")
    ax.set_xlim(0, 1)
    ax.set_xlabel(t("decision.axis.weight", criterion=name))
    ax.set_ylabel(t("decision.axis.score"))
    ax.legend(frameon=False, fontsize=8, loc="center left", bbox_to_anchor=(1.0, 0.5))
    ax.set_title(t("decision.title.sweep", criterion=name), loc="left", fontsize=11,
                 fontweight="bold")
    return ax
