"""SERVQUAL and IPA plots, layered on :mod:`svcx_helpers.servqual` and
:mod:`svcx_helpers.ipa`.

* :func:`plot_gaps` — mean gap per dimension with confidence intervals.
* :func:`plot_items` — mean expectation and perception of each of the 22 items.
* :func:`plot_radar` — the five dimensions on a radar (expectations vs perceptions).
* :func:`plot_ipa` — the importance–performance matrix with labelled points.

Labels follow :func:`svcx_helpers.set_language`; Chinese renders with the CJK font found
by :mod:`svcx_helpers.plots.fonts`. Each function returns the matplotlib Axes.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from ..i18n import t
from ..servqual import (
    DIMENSIONS,
    ITEM_DIMENSION,
    dimension_name,
    dimension_scores,
    dimension_summary,
    item_scores,
)
from .style import OKABE_ITO, annotate_points, label_for, new_axes

DIMENSION_COLORS = {
    "Tangibles": OKABE_ITO["grey"], "Reliability": OKABE_ITO["blue"],
    "Responsiveness": OKABE_ITO["vermillion"], "Assurance": OKABE_ITO["green"],
    "Empathy": OKABE_ITO["purple"],
}
QUADRANT_COLORS = {
    "concentrate_here": OKABE_ITO["vermillion"], "keep_up": OKABE_ITO["green"],
    "low_priority": OKABE_ITO["grey"], "possible_overkill": OKABE_ITO["orange"],
}


def plot_gaps(gaps: pd.DataFrame, ax: Any = None, confidence: float = 0.95) -> Any:
    """Horizontal bars: mean gap P − E per dimension with its confidence interval.

    ``gaps`` is the output of :func:`servqual.dimension_gaps` (or of
    :func:`servqual.dimension_summary`). Bars below zero (perceptions below
    expectations) are vermillion; the whiskers are the t interval of
    :func:`servqual.dimension_summary` (METHODS.md §2.4 step 3).
    """
    summary = gaps if {"mean", "ci_low", "ci_high"} <= set(gaps.columns) else \
        dimension_summary(gaps, confidence)
    summary = summary.loc[list(DIMENSIONS)]
    ax = new_axes(ax, figsize=(7.5, 4))
    names = [dimension_name(d) for d in summary.index][::-1]
    means = summary["mean"].to_numpy()[::-1]
    err = np.vstack([means - summary["ci_low"].to_numpy()[::-1],
                     summary["ci_high"].to_numpy()[::-1] - means])
    colors = [OKABE_ITO["vermillion"] if m < 0 else OKABE_ITO["blue"] for m in means]
    ax.barh(names, means, xerr=err, color=colors, edgecolor="black", linewidth=0.5,
            error_kw={"ecolor": "#333333", "capsize": 4, "elinewidth": 1}, zorder=3)
    ax.axvline(0, color="black", linewidth=0.8)
    for y, m in enumerate(means):
        ax.text(m, y + 0.28, f"{m:+.2f}", ha="right" if m < 0 else "left", va="bottom",
                fontsize=8.5)
    ax.set_xlabel(t("servqual.plot.gap", level=round(confidence * 100)))
    ax.set_title(t("servqual.plot.gaps.title"))
    ax.grid(False, axis="y")
    return ax


def plot_items(expectations: pd.DataFrame, perceptions: pd.DataFrame | None = None,
               ax: Any = None, version: int = 1991) -> Any:
    """Mean expectation (open circle) and perception (dot) of each item, joined by a line
    and coloured by dimension: the longer the line, the larger the gap."""
    if perceptions is None:
        perceptions = expectations
    e = item_scores(expectations, "E", version).mean()
    p = item_scores(perceptions, "P", version).mean()
    ax = new_axes(ax, figsize=(7.5, 7.5))
    ys = np.arange(22)[::-1]
    for y, i in zip(ys, range(1, 23), strict=True):
        color = DIMENSION_COLORS[ITEM_DIMENSION[i]]
        ax.plot([e[i], p[i]], [y, y], color=color, linewidth=2, zorder=2)
        ax.scatter(e[i], y, s=40, facecolor="white", edgecolor=color, linewidth=1.5, zorder=3)
        ax.scatter(p[i], y, s=40, color=color, zorder=3)
    ax.set_yticks(ys, [f"{i} · {dimension_name(ITEM_DIMENSION[i])}" for i in range(1, 23)],
                  fontsize=8.5)
    lo = min(e.min(), p.min())
    ax.set_xlim(max(1, np.floor(lo) - 0.5), 7.2)
    ax.scatter([], [], s=40, facecolor="white", edgecolor="black", label=t("servqual.plot.E"))
    ax.scatter([], [], s=40, color="black", label=t("servqual.plot.P"))
    ax.legend(loc="lower left", fontsize=8.5, frameon=True)
    ax.set_xlabel(t("servqual.plot.score"))
    ax.set_title(t("servqual.plot.items.title"))
    ax.grid(False, axis="y")
    return ax


def plot_radar(expectations: pd.DataFrame | None = None,
               perceptions: pd.DataFrame | None = None, ax: Any = None,
               version: int = 1991, values: pd.DataFrame | None = None) -> Any:
    """Radar of the five dimensions: mean expectation and mean perception (1–7).

    Pass the batteries, or ``values`` = a DataFrame indexed by the dimensions with one
    column per line to draw (e.g. two branches' perception means).
    """
    import matplotlib.pyplot as plt

    from .fonts import ensure_cjk_font

    ensure_cjk_font()
    if values is None:
        if expectations is None:
            raise ValueError(t("servqual.err.radar"))
        if perceptions is None:
            perceptions = expectations
        values = pd.DataFrame({
            t("servqual.plot.E"): dimension_scores(expectations, "E", version).mean(),
            t("servqual.plot.P"): dimension_scores(perceptions, "P", version).mean(),
        })
    values = values.loc[list(DIMENSIONS)]
    if ax is None:
        _, ax = plt.subplots(figsize=(6, 6), subplot_kw={"projection": "polar"},
                             layout="constrained")
    angles = np.linspace(0, 2 * np.pi, len(DIMENSIONS), endpoint=False)
    closed = np.concatenate([angles, angles[:1]])
    palette = [OKABE_ITO["blue"], OKABE_ITO["vermillion"], OKABE_ITO["green"],
               OKABE_ITO["orange"], OKABE_ITO["purple"]]
    for k, col in enumerate(values.columns):
        v = values[col].to_numpy(dtype=float)
        ax.plot(closed, np.concatenate([v, v[:1]]), color=palette[k % len(palette)],
                linewidth=2, label=str(col))
        ax.fill(closed, np.concatenate([v, v[:1]]), color=palette[k % len(palette)],
                alpha=0.12)
    ax.set_xticks(angles, [dimension_name(d) for d in DIMENSIONS])
    ax.set_ylim(1, 7)
    ax.set_yticks([2, 3, 4, 5, 6, 7])
    ax.set_title(t("servqual.plot.radar.title"), pad=18)
    ax.legend(loc="upper right", bbox_to_anchor=(1.15, 1.1), fontsize=8.5)
    return ax


def plot_ipa(result: pd.DataFrame, ax: Any = None, labels: Any = None,
             label_offsets: Any = None, diagonal: bool = False) -> Any:
    """Importance–performance matrix (Martilla & James 1977): performance on x,
    importance on y, crosshairs from :func:`ipa.quadrants`, points coloured by quadrant
    and labelled with :func:`plotting.annotate_points`. ``diagonal=True`` adds the
    iso-rating line I = P (useful only when both use the same scale)."""
    ax = new_axes(ax)
    x, y = result["performance"], result["importance"]
    cx, cy = result.attrs.get("crosshair", (float(x.mean()), float(y.mean())))
    for key in result.index:
        ax.scatter(x[key], y[key], s=80, color=QUADRANT_COLORS[result.loc[key, "quadrant"]],
                   edgecolor="black", linewidth=0.6, zorder=3)
    ax.axvline(cx, color="#555555", linewidth=1, linestyle="--")
    ax.axhline(cy, color="#555555", linewidth=1, linestyle="--")
    span_x = max(x.max() - x.min(), 1e-9)
    span_y = max(y.max() - y.min(), 1e-9)
    ax.set_xlim(min(x.min(), cx) - 0.25 * span_x, max(x.max(), cx) + 0.25 * span_x)
    ax.set_ylim(min(y.min(), cy) - 0.25 * span_y, max(y.max(), cy) + 0.25 * span_y)
    if diagonal:
        lo = max(ax.get_xlim()[0], ax.get_ylim()[0])
        hi = min(ax.get_xlim()[1], ax.get_ylim()[1])
        ax.plot([lo, hi], [lo, hi], color="#999999", linewidth=1, linestyle=":")
    corners = {"concentrate_here": (0.02, 0.97, "left", "top"),
               "keep_up": (0.98, 0.97, "right", "top"),
               "low_priority": (0.02, 0.03, "left", "bottom"),
               "possible_overkill": (0.98, 0.03, "right", "bottom")}
    for key, (qx, qy, ha, va) in corners.items():
        ax.text(qx, qy, t(f"servqual.ipa.{key}"), transform=ax.transAxes, ha=ha, va=va, fontsize=10,
                color=QUADRANT_COLORS[key], fontweight="bold")
    ax.set_xlabel(t("servqual.ipa.plot.performance"))
    ax.set_ylabel(t("servqual.ipa.plot.importance"))
    ax.set_title(t("servqual.ipa.plot.title"))
    annotate_points(ax, x.tolist(), y.tolist(), [label_for(a, labels) for a in result.index],
                    offsets=label_offsets)
    return ax
