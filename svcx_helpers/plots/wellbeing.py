"""Emotional labour plots: one score against another with its correlation, and a score by
group (lazy: reached as ``wellbeing.plot_relation`` and ``wellbeing.plot_groups``).

Example
-------
>>> from svcx_helpers import wellbeing, load_dataset
>>> df = load_dataset("frontline_survey")                                  # doctest: +SKIP
>>> s = wellbeing.score_els(df).join(wellbeing.score_cbi(df))             # doctest: +SKIP
>>> ax = wellbeing.plot_relation(s["surface_acting"], s["work"])           # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from ..i18n import MESSAGES, t
from ..wellbeing import compare_groups, correlation
from .style import OKABE_ITO, new_axes


def _axis_label(series: pd.Series, label: str | None) -> str:
    if label is not None:
        return label
    key = f"wellbeing.subscale.{series.name}"
    return t(key) if key in MESSAGES else str(series.name)


def plot_relation(x: pd.Series, y: pd.Series, ax: Any = None, xlabel: str | None = None,
                  ylabel: str | None = None, jitter: float = 0.04) -> Any:
    """Scatter of ``y`` against ``x`` (points nudged sideways by up to ``jitter`` so that
    equal scale scores do not hide each other; the nudge is seeded), the least-squares
    line, and r with its 95 % interval (:func:`~svcx_helpers.wellbeing.correlation`) in
    the title."""
    ax = new_axes(ax, figsize=(6.8, 4.6))
    both = pd.concat([pd.Series(x).reset_index(drop=True).rename("x"),
                      pd.Series(y).reset_index(drop=True).rename("y")], axis=1).dropna()
    rng = np.random.default_rng(0)
    spread = (both["x"].max() - both["x"].min()) or 1.0
    xs = both["x"] + rng.uniform(-jitter, jitter, len(both)) * spread
    ax.scatter(xs, both["y"], s=18, alpha=0.6, color=OKABE_ITO["blue"], edgecolor="none",
               zorder=2)
    slope, intercept = np.polyfit(both["x"], both["y"], 1)
    grid = np.linspace(both["x"].min(), both["x"].max(), 50)
    ax.plot(grid, intercept + slope * grid, color=OKABE_ITO["vermillion"], linewidth=2,
            label=t("wellbeing.label.fit"), zorder=3)
    row = correlation(x, y)
    ax.set_title(t("wellbeing.title.relation", r=f"{row['r']:.2f}", low=f"{row['ci_low']:.2f}",
                   high=f"{row['ci_high']:.2f}", n=int(row["n"])),
                 loc="left", fontsize=11, fontweight="bold")
    ax.set_xlabel(_axis_label(pd.Series(x), xlabel))
    ax.set_ylabel(_axis_label(pd.Series(y), ylabel))
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    return ax


def plot_groups(values: pd.Series, groups: pd.Series, ax: Any = None,
                order: Sequence[Any] | None = None, ylabel: str | None = None,
                names: dict[Any, str] | None = None) -> Any:
    """Box plot of ``values`` per group with each group's mean (diamond) and its size;
    group names from ``names``, else the library's names of shifts and site types."""
    ax = new_axes(ax, figsize=(6.8, 4.4))
    table = compare_groups(values, groups, order=order)
    v = pd.Series(values).reset_index(drop=True)
    g = pd.Series(groups).reset_index(drop=True)
    data = [v[(g == name) & v.notna()].to_numpy() for name in table.index]
    x = np.arange(1, len(table) + 1)
    ax.boxplot(data, positions=x, widths=0.5, patch_artist=True,
               boxprops={"facecolor": "#DCEAF5", "edgecolor": "#333333"},
               medianprops={"color": "#333333"}, flierprops={"markersize": 3})
    ax.scatter(x, table["mean"], marker="D", s=40, color=OKABE_ITO["vermillion"], zorder=3,
               label=t("wellbeing.label.mean"))

    def label(name: Any) -> str:
        if names and name in names:
            return names[name]
        for key in (f"wellbeing.shift.{name}", f"wellbeing.site.{name}"):
            if key in MESSAGES:
                return t(key)
        return str(name)

    ax.set_xticks(x, [f"{label(n)}\n(n={int(k)})" for n, k in table["n"].items()], fontsize=9)
    value_label = _axis_label(pd.Series(values), ylabel)
    ax.set_ylabel(value_label)
    by = str(getattr(groups, "name", "") or "")
    by_label = {"shift": t("wellbeing.label.shift"), "site_type": t("wellbeing.label.site")}.get(
        by, by)
    ax.set_title(t("wellbeing.title.groups", by=by_label), loc="left", fontsize=11,
                 fontweight="bold")
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    return ax
