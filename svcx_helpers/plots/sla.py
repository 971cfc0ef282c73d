"""SLA plots: monthly attainment against the contract's thresholds, and the hours the SLA
measures against the hours the customer waited (lazy).

Example
-------
>>> from svcx_helpers import sla, load_dataset
>>> contract = sla.load_contract()
>>> measured = sla.measure(load_dataset("vendor_tickets"), contract,
...                        load_dataset("vendor_ticket_stops"))       # doctest: +SKIP
>>> ax = sla.plot_attainment(sla.attainment(measured), contract)     # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from ..i18n import t
from ..sla import Contract, credit_percent
from .style import OKABE_ITO, new_axes

MET = OKABE_ITO["blue"]
MISSED = OKABE_ITO["vermillion"]
EXCLUDED = OKABE_ITO["grey"]
OTHER = OKABE_ITO["orange"]


def plot_attainment(monthly: pd.DataFrame, contract: Contract, priority: str = "P1", *,
                    other: pd.Series | None = None, other_label: str | None = None,
                    ax: Any = None) -> Any:
    """Bars of ``priority``'s monthly attainment (:func:`~svcx_helpers.sla.attainment`),
    coloured by the service credit they trigger, with the contract's thresholds as lines and
    "met/in scope" on each bar. ``other``: the attainment of the same months under another
    contract (or the customer's view), drawn as a line of points."""
    ax = new_axes(ax, figsize=(8.5, 4.6))
    part = monthly.xs(priority, level="priority") if isinstance(
        monthly.index, pd.MultiIndex) else monthly
    x = np.arange(len(part))
    shares = part["attainment"].astype(float).to_numpy()
    colors = [MET if credit_percent(s, contract.credit_table) == 0 else MISSED for s in shares]
    ax.bar(x, np.nan_to_num(shares), color=colors, width=0.6, zorder=2)
    for i, (met, n) in enumerate(zip(part["met"], part["in_scope"], strict=True)):
        ax.text(i, 0.02, f"{met}/{n}", ha="center", va="bottom", fontsize=8, color="white",
                zorder=3)
    target = contract.priorities[priority].target
    ax.axhline(target, color="#333333", linestyle="--", linewidth=1)
    box = {"facecolor": "white", "edgecolor": "none", "pad": 1, "alpha": 0.85}
    ax.text(len(part) - 0.55, target, t("sla.label.target", value=f"{target:.0%}"),
            ha="right", va="bottom", fontsize=8, bbox=box, zorder=5)
    for below, percent in contract.credit_table:
        if below != target:
            ax.axhline(below, color=MISSED, linestyle=":", linewidth=1)
            ax.text(len(part) - 0.55, below, t("sla.label.credit", below=f"{below:.0%}",
                                               percent=f"{percent:g}"),
                    ha="right", va="top", fontsize=8, color=MISSED, bbox=box, zorder=5)
    if other is not None:
        values = pd.Series(other).reindex(part.index.astype(str)).astype(float)
        ax.plot(x, values.to_numpy(), marker="o", color=OTHER, zorder=4,
                label=other_label or t("sla.legend.other"))
        ax.legend(frameon=False, fontsize=8, loc="upper left", ncol=2)
    ax.set_xticks(x, [str(m) for m in part.index])
    ax.set_ylim(0, 1.16)
    ax.yaxis.set_major_formatter(_percent())
    ax.set_xlabel(t("training.axis.month"))
    ax.set_ylabel(t("sla.axis.attainment"))
    ax.set_title(t("sla.title.attainment", priority=priority), loc="left", fontsize=11,
                 fontweight="bold")
    return ax


def _percent() -> Any:
    from matplotlib.ticker import PercentFormatter

    return PercentFormatter(1.0, decimals=0)


def plot_paper_vs_customer(measured: pd.DataFrame, priority: str = "P1", *,
                           ax: Any = None) -> Any:
    """One point per ticket of ``priority`` (:func:`~svcx_helpers.sla.measure`): the hours
    the SLA counts (x) against the clock hours the customer waited (y, log scale), the
    target as lines. Met tickets blue, missed red, excluded grey crosses: the points high
    above the horizontal target line but left of the vertical one met the SLA on paper."""
    ax = new_axes(ax, figsize=(7.5, 5.2))
    df = measured[(measured["priority"] == priority) & measured["measured_hours"].notna()]
    target = float(df["target_hours"].iloc[0]) if len(df) else 0.0
    wall = df["wall_hours"].clip(lower=0.1)
    excluded = df["excluded"].astype(bool)
    met = df["met"].astype("boolean").fillna(False).astype(bool)
    for mask, color, marker, key in ((~excluded & met, MET, "o", "sla.legend.met"),
                                     (~excluded & ~met, MISSED, "o", "sla.legend.missed"),
                                     (excluded, EXCLUDED, "x", "sla.legend.excluded")):
        ax.scatter(df.loc[mask, "measured_hours"], wall[mask], s=22, color=color,
                   marker=marker, alpha=0.8, zorder=3,
                   label=t(key, n=int(mask.sum())))
    ax.set_yscale("log")
    ax.axvline(target, color="#333333", linestyle="--", linewidth=1)
    ax.axhline(target, color="#333333", linestyle=":", linewidth=1)
    ax.text(target, ax.get_ylim()[1], " " + t("sla.label.paper_target", hours=f"{target:g}"),
            va="top", ha="left", fontsize=8)
    ax.text(ax.get_xlim()[1], target, t("sla.label.wall_target", hours=f"{target:g}"),
            va="bottom", ha="right", fontsize=8)
    ax.set_xlabel(t("sla.axis.measured"))
    ax.set_ylabel(t("sla.axis.wall"))
    ax.legend(frameon=False, fontsize=8, loc="lower right")
    ax.set_title(t("sla.title.paper", priority=priority), loc="left", fontsize=11,
                 fontweight="bold")
    return ax
