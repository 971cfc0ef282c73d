"""Complaint plots: the Pareto chart and the recovery-paradox comparison (lazy).

Example
-------
>>> from svcx_helpers import recovery, load_dataset
>>> ax = recovery.plot_pareto(recovery.pareto(load_dataset("complaints")))  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from ..i18n import t
from .style import OKABE_ITO, new_axes


def plot_pareto(table: pd.DataFrame, ax: Any = None, threshold: float = 0.8) -> Any:
    """Bars (count or value per category, the vital few darker) and the cumulative share
    (line, right axis) with the threshold dashed."""
    ax = new_axes(ax, figsize=(8.5, 4.4))
    measure = table.columns[0]
    x = np.arange(len(table))
    colors = [OKABE_ITO["blue"] if v else OKABE_ITO["sky"] for v in table["vital_few"]]
    ax.bar(x, table[measure], color=colors, zorder=2)
    ax.set_xticks(x, [str(i).replace("_", " ") for i in table.index], rotation=35,
                  ha="right", fontsize=8)
    ax.set_ylabel(t("recovery.axis.count") if measure == "count" else measure)
    right = ax.twinx()
    right.plot(x, table["cumulative"] * 100, marker="o", color=OKABE_ITO["vermillion"],
               zorder=3, label=t("recovery.label.cumulative"))
    right.axhline(threshold * 100, color="#333333", linestyle="--", linewidth=1)
    right.set_ylim(0, 105)
    right.set_ylabel(t("recovery.axis.cumulative"))
    right.spines["top"].set_visible(False)
    n = int(table["vital_few"].sum())
    share = f"{table['cumulative'].iloc[n - 1]:.0%}"
    title = (t("recovery.title.pareto", n=n, total=len(table), share=share) if measure == "count"
             else t("recovery.title.pareto_value", n=n, total=len(table), share=share,
                    measure=str(measure).replace("_", " ")))
    ax.set_title(title, loc="left", fontsize=11, fontweight="bold")
    return ax


def plot_paradox(table: pd.DataFrame, ax: Any = None) -> Any:
    """Repurchase rate (bars) by group from :func:`~svcx_helpers.recovery.paradox`, the
    no-complaint baseline as a dashed line."""
    ax = new_axes(ax, figsize=(7.5, 4.2))
    x = np.arange(len(table))
    base = table["repurchase_rate"].iloc[0]
    colors = [OKABE_ITO["grey"]] + [OKABE_ITO["blue"] if v >= base else OKABE_ITO["orange"]
                                    for v in table["repurchase_rate"].iloc[1:]]
    ax.bar(x, table["repurchase_rate"] * 100, color=colors, zorder=2)
    for i, (v, n) in enumerate(zip(table["repurchase_rate"], table["customers"], strict=True)):
        if pd.notna(v):
            ax.text(i, v * 100 + 1, f"{v:.0%}\n(n={int(n)})", ha="center", va="bottom",
                    fontsize=8)
    ax.axhline(base * 100, color="#333333", linestyle="--", linewidth=1)
    names = {"no complaint": t("recovery.group.none"), "good": t("recovery.group.good"),
             "under-compensated": t("recovery.group.under"), "slow": t("recovery.group.slow"),
             "unresolved": t("recovery.group.unresolved")}
    ax.set_xticks(x, [names.get(str(i), str(i)) for i in table.index], fontsize=8)
    ax.set_ylabel(t("recovery.axis.repurchase"))
    ax.set_ylim(0, 110)
    ax.set_title(t("recovery.title.paradox"), loc="left", fontsize=11, fontweight="bold")
    return ax
