"""Audit and continuity plots: the three intervals of one audit result, the coverage of the
interval methods, and the severity matrix with its incidents (lazy).

Example
-------
>>> from svcx_helpers import audit
>>> ax = audit.plot_intervals(38, 50, true_rate=0.77)  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from ..audit import LEVELS, METHODS, SEVERITY_MATRIX, coverage, proportion_interval
from ..i18n import t
from .style import OKABE_ITO, new_axes

_COLORS = {"wilson": OKABE_ITO["blue"], "clopper_pearson": OKABE_ITO["green"],
           "wald": OKABE_ITO["vermillion"]}


def plot_intervals(x: int, n: int, true_rate: float | None = None, confidence: float = 0.95,
                   ax: Any = None) -> Any:
    """The Wilson, Clopper–Pearson and Wald intervals of ``x`` conforming items of ``n``
    as horizontal bars around the sample rate; ``true_rate`` (the population's, when it is
    known) as a dashed line; the border of [0, 1] dotted."""
    ax = new_axes(ax, figsize=(7.5, 2.8))
    for i, method in enumerate(METHODS):
        low, high = proportion_interval(x, n, confidence, method)
        ax.plot([low, high], [i, i], color=_COLORS[method], linewidth=6, solid_capstyle="butt")
        ax.text(high + 0.005, i, f"[{low:.3f}, {high:.3f}]", va="center", fontsize=8)
    ax.plot([x / n] * len(METHODS), range(len(METHODS)), "k|", markersize=14)
    if true_rate is not None:
        ax.axvline(true_rate, color="#333333", linestyle="--", linewidth=1,
                   label=t("audit.plot.true_rate"))
        ax.legend(loc="lower left", fontsize=8, frameon=False)
    ax.axvline(1.0, color="#999999", linestyle=":", linewidth=1)
    ax.set_yticks(range(len(METHODS)), [t(f"audit.plot.method.{m}") for m in METHODS])
    ax.set_ylim(-0.7, len(METHODS) - 0.3)
    ax.invert_yaxis()
    ax.set_xlabel(t("audit.plot.rate"))
    ax.set_title(t("audit.plot.intervals_title", x=x, n=n), loc="left", fontsize=11,
                 fontweight="bold")
    return ax


def plot_coverage(n: int = 50, methods: Sequence[str] = METHODS, confidence: float = 0.95,
                  rates: Sequence[float] | None = None, ax: Any = None) -> Any:
    """Exact coverage of each interval method (:func:`svcx_helpers.audit.coverage`) for
    samples of ``n`` against the true rate (default 0.50 … 0.995), the promised level
    dashed."""
    ax = new_axes(ax, figsize=(7.5, 4.0))
    grid = np.round(np.arange(0.5, 0.9951, 0.005), 3) if rates is None else np.asarray(rates)
    for method in methods:
        values = [coverage(n, float(p), confidence, method) for p in grid]
        ax.plot(grid, values, color=_COLORS.get(method, OKABE_ITO["grey"]), linewidth=1.4,
                label=t(f"audit.plot.method.{method}"))
    ax.axhline(confidence, color="#333333", linestyle="--", linewidth=1,
               label=t("audit.plot.promised"))
    ax.set_ylim(min(0.5, ax.get_ylim()[0]), 1.01)
    ax.set_xlabel(t("audit.plot.true_p"))
    ax.set_ylabel(t("audit.plot.coverage"))
    ax.legend(loc="lower left", fontsize=8, frameon=False)
    ax.set_title(t("audit.plot.coverage_title", n=n), loc="left", fontsize=11,
                 fontweight="bold")
    return ax


def plot_severity_matrix(classified: pd.DataFrame | None = None, ax: Any = None) -> Any:
    """The 3 × 3 severity matrix (impact rows, urgency columns), each cell coloured by its
    level and labelled with the level and, given ``classified`` incidents (from
    :func:`svcx_helpers.audit.classify_incidents`), the number of incidents in it."""
    from matplotlib.colors import ListedColormap

    ax = new_axes(ax, figsize=(6.0, 4.6))
    levels = np.array([[SEVERITY_MATRIX[i][u] for u in LEVELS] for i in LEVELS])
    cmap = ListedColormap([OKABE_ITO["vermillion"], OKABE_ITO["orange"], OKABE_ITO["yellow"],
                           OKABE_ITO["sky"], "#DDDDDD"])
    ax.imshow(levels, cmap=cmap, vmin=0.5, vmax=5.5)
    counts = pd.crosstab(classified["impact"], classified["urgency"]).reindex(
        index=list(LEVELS), columns=list(LEVELS), fill_value=0) if classified is not None \
        else None
    for i in range(3):
        for j in range(3):
            label = t("audit.plot.level", level=int(levels[i, j]))
            if counts is not None:
                label += f"\n{int(counts.iloc[i, j])}"
            ax.text(j, i, label, ha="center", va="center", fontsize=10)
    names = [t(f"audit.degree.{x}") for x in LEVELS]
    ax.set_xticks(range(3), names)
    ax.set_yticks(range(3), names)
    ax.set_xlabel(t("audit.plot.urgency"))
    ax.set_ylabel(t("audit.plot.impact"))
    ax.set_title(t("audit.plot.matrix_title"), loc="left", fontsize=11, fontweight="bold")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return ax
