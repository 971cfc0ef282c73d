"""Control chart plots (p-chart, XmR) and a KQI bar chart (matplotlib, lazy).

Example
-------
>>> from svcx_helpers import standards
>>> chart = standards.xmr_chart([10, 12, 11, 13, 12, 30])
>>> ax = standards.plot_xmr_chart(chart)                     # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from ..i18n import t
from .style import OKABE_ITO, new_axes


def _x(chart: pd.DataFrame) -> Any:
    idx = chart.index
    return idx if not isinstance(idx, pd.RangeIndex) else np.arange(1, len(chart) + 1)


def _signals(ax: Any, x: Any, y: pd.Series, signal: pd.Series) -> None:
    mask = signal.to_numpy(dtype=bool)
    if mask.any():
        ax.scatter(np.asarray(x)[mask], y.to_numpy()[mask], s=90, facecolor="none",
                   edgecolor=OKABE_ITO["vermillion"], linewidth=1.8, zorder=5,
                   label=t("standards.label.signal"))


def plot_p_chart(chart: pd.DataFrame, ax: Any = None, percent: bool = True) -> Any:
    """Draw a :func:`~svcx_helpers.standards.p_chart` result: the proportions, the centre
    line, the (step-shaped, when sample sizes vary) limits and the signals circled."""
    ax = new_axes(ax, figsize=(9.0, 4.2))
    x = _x(chart)
    k = 100 if percent else 1
    ax.plot(x, chart["p"] * k, marker="o", markersize=3.5, color=OKABE_ITO["blue"],
            linewidth=1.2, zorder=3, label=t("standards.axis.p"))
    ax.plot(x, chart["center"] * k, color="#333333", linewidth=1.0,
            label=t("standards.label.center"))
    ax.step(x, chart["ucl"] * k, where="mid", color=OKABE_ITO["vermillion"], linestyle="--",
            linewidth=1.0, label=t("standards.label.limits"))
    ax.step(x, chart["lcl"] * k, where="mid", color=OKABE_ITO["vermillion"], linestyle="--",
            linewidth=1.0)
    _signals(ax, x, chart["p"] * k, chart["signal"])
    ax.set_ylabel(t("standards.axis.p") + (" (%)" if percent else ""))
    if isinstance(chart.index, pd.RangeIndex):
        ax.set_xlabel(t("standards.axis.sample"))
    high = ax.get_ylim()[1]
    ax.set_ylim(0, high + 0.15 * high)
    ax.set_title(t("standards.title.p"), loc="left", fontsize=11, fontweight="bold")
    ax.legend(fontsize=8, loc="upper left", ncol=4, frameon=False)
    return ax


def plot_xmr_chart(chart: pd.DataFrame, axes: Any = None, unit: str = "") -> Any:
    """Draw an :func:`~svcx_helpers.standards.xmr_chart` result: individuals above, moving
    ranges below, limits dashed, signals circled. Returns the two Axes."""
    import matplotlib.pyplot as plt

    from .fonts import ensure_cjk_font

    ensure_cjk_font()
    if axes is None:
        _, axes = plt.subplots(2, 1, figsize=(9.0, 5.6), sharex=True, layout="constrained",
                               height_ratios=(2, 1))
    top, bottom = axes
    for a in axes:
        new_axes(a)
    x = _x(chart)
    top.plot(x, chart["x"], marker="o", markersize=3.5, color=OKABE_ITO["blue"], linewidth=1.2,
             zorder=3, label=t("standards.axis.x"))
    top.plot(x, chart["center"], color="#333333", linewidth=1.0, label=t("standards.label.center"))
    for col in ("upper", "lower"):
        top.plot(x, chart[col], color=OKABE_ITO["vermillion"], linestyle="--", linewidth=1.0,
                 label=t("standards.label.limits") if col == "upper" else None)
    _signals(top, x, chart["x"], chart["signal"] & (chart["rule"] != "mr"))
    top.set_ylabel(t("standards.axis.x") + (f" ({unit})" if unit else ""))
    low, high = top.get_ylim()
    top.set_ylim(low, high + 0.18 * (high - low))        # room for the legend above the UCL
    top.legend(fontsize=8, loc="upper left", ncol=4, frameon=False)
    top.set_title(t("standards.title.xmr"), loc="left", fontsize=11, fontweight="bold")
    bottom.plot(x, chart["mr"], marker="o", markersize=3, color=OKABE_ITO["green"],
                linewidth=1.0)
    bottom.plot(x, chart["mr_center"], color="#333333", linewidth=1.0)
    bottom.plot(x, np.full(len(chart), chart["mr_upper"].iloc[0]),
                color=OKABE_ITO["vermillion"], linestyle="--", linewidth=1.0)
    _signals(bottom, x, chart["mr"], chart["rule"] == "mr")
    bottom.set_ylabel(t("standards.axis.mr"))
    if isinstance(chart.index, pd.RangeIndex):            # dates explain themselves
        bottom.set_xlabel(t("standards.axis.sample"))
    bottom.set_ylim(bottom=0)
    return axes


def plot_kqi(table: pd.DataFrame, column: str, target: float | None = None, ax: Any = None,
             percent: bool | None = None) -> Any:
    """Bars of one KQI column of :func:`~svcx_helpers.standards.kqi` per group, with the
    target as a dashed line; bars that miss the target are orange."""
    ax = new_axes(ax, figsize=(7.5, 4.0))
    values = table[column].astype(float)
    share = percent if percent is not None else bool(values.between(0, 1).all())
    k = 100 if share else 1
    labels = [" / ".join(map(str, i)) if isinstance(i, tuple) else str(i) for i in table.index]
    higher_is_better = not column.startswith(("response_", "resolution_", "reopen"))
    colors = []
    for v in values:
        miss = target is not None and ((v < target) if higher_is_better else (v > target))
        colors.append(OKABE_ITO["orange"] if miss else OKABE_ITO["blue"])
    ax.bar(labels, values * k, color=colors, zorder=3)
    if target is not None:
        ax.axhline(target * k, color="#333333", linestyle="--", linewidth=1.0)
    ax.set_ylabel(column + (" (%)" if share else ""))
    ax.tick_params(axis="x", labelrotation=30)
    return ax
