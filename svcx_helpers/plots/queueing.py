"""Queue plots: the service-level curve, a day's staffing plan, simulation vs formula.

Example
-------
>>> from svcx_helpers import queueing
>>> ax = queueing.plot_service_level_curve(10, 180, 20, target_level=0.8)  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from ..i18n import t
from ..queueing import Simulation, erlang_c, what_if
from .style import OKABE_ITO, new_axes


def plot_service_level_curve(traffic: float, aht: float, target_time: float,
                             target_level: float | None = None, agents: Any = None,
                             ax: Any = None, unit: str = "s") -> Any:
    """Service level (left axis) and average wait (right axis) against the number of
    agents; the target level dashed and the smallest agent count that meets it marked.
    ``unit`` names the time unit of ``aht`` and ``target_time`` (seconds by default)."""
    table = what_if(traffic, aht, target_time, agents)
    ax = new_axes(ax, figsize=(7.5, 4.4))
    x = table.index.to_numpy()
    ax.plot(x, table["service_level"] * 100, marker="o", color=OKABE_ITO["blue"],
            label=t("queues.label.sl", target=f"{target_time:g}", unit=unit))
    ax.set_xlabel(t("queues.axis.agents"))
    ax.set_ylabel(t("queues.axis.sl"))
    ax.set_ylim(0, 105)
    right = ax.twinx()
    waits = table["average_wait"].replace(np.inf, np.nan)
    right.plot(x, waits, marker="s", color=OKABE_ITO["orange"], linewidth=1.2,
               label=t("queues.label.asa"))
    right.set_ylabel(t("queues.axis.asa", unit=unit))
    right.spines["top"].set_visible(False)
    if target_level is not None:
        ax.axhline(target_level * 100, color="#333333", linestyle="--", linewidth=1)
        ok = table.index[table["service_level"] >= target_level]
        if len(ok):
            n = int(ok[0])
            ax.scatter([n], [table.loc[n, "service_level"] * 100], s=160, facecolor="none",
                       edgecolor=OKABE_ITO["vermillion"], linewidth=2, zorder=5)
            ax.annotate(t("queues.label.needed", n=n), (n, table.loc[n, "service_level"] * 100),
                        xytext=(10, -18), textcoords="offset points", fontsize=9,
                        color=OKABE_ITO["vermillion"], fontweight="bold")
    lines = ax.get_legend_handles_labels()
    more = right.get_legend_handles_labels()
    ax.legend(lines[0] + more[0], lines[1] + more[1], loc="center right", fontsize=8)
    ax.set_title(t("queues.title.curve", a=f"{traffic:g}"), loc="left", fontsize=11,
                 fontweight="bold")
    return ax


def plot_staffing_plan(plan: pd.DataFrame, ax: Any = None, scheduled: bool = True) -> Any:
    """Arrivals per interval (bars) and agents needed (step line; scheduled staff after
    shrinkage dashed) for a :func:`~svcx_helpers.queueing.staffing_plan`."""
    ax = new_axes(ax, figsize=(9.0, 4.2))
    labels = [str(i) for i in plan.index]
    x = np.arange(len(plan))
    ax.bar(x, plan["arrivals"], color=OKABE_ITO["sky"], alpha=0.7, zorder=2,
           label=t("queues.label.arrivals"))
    ax.set_ylabel(t("queues.axis.arrivals"))
    right = ax.twinx()
    right.step(x, plan["agents"], where="mid", color=OKABE_ITO["blue"], linewidth=2,
               label=t("queues.label.agents"))
    if scheduled and "scheduled" in plan:
        right.step(x, plan["scheduled"], where="mid", color=OKABE_ITO["vermillion"],
                   linestyle="--", linewidth=1.5, label=t("queues.label.scheduled"))
    right.set_ylabel(t("queues.axis.agents"))
    right.set_ylim(0, max(plan.get("scheduled", plan["agents"]).max(), 1) * 1.15)
    right.spines["top"].set_visible(False)
    step = max(1, len(x) // 16)
    ax.set_xticks(x[::step], labels[::step], rotation=45, ha="right", fontsize=8)
    h1, l1 = ax.get_legend_handles_labels()
    h2, l2 = right.get_legend_handles_labels()
    ax.legend(h1 + h2, l1 + l2, loc="upper right", fontsize=8, framealpha=0.9)
    ax.set_title(t("queues.title.plan"), loc="left", fontsize=11, fontweight="bold")
    return ax


def plot_simulation(sim: Simulation, traffic: float, agents: int, aht: float,
                    ax: Any = None, horizon: float | None = None) -> Any:
    """Share of customers who waited longer than t: the simulation (steps) against Erlang C's
    P(W > t) = C·exp(−(N − A)·t/AHT) (line)."""
    ax = new_axes(ax, figsize=(7.5, 4.2))
    waits = np.sort(sim.customers["wait"].to_numpy()[int(len(sim.customers) * 0.1):])
    top = horizon or float(np.quantile(waits, 0.995)) or aht
    grid = np.linspace(0, top, 200)
    simulated = 1 - np.searchsorted(waits, grid, side="right") / len(waits)
    c = erlang_c(traffic, agents)
    formula = c * np.exp(-(agents - traffic) * grid / aht) if agents > traffic else np.ones_like(
        grid)
    ax.step(grid, simulated * 100, where="post", color=OKABE_ITO["blue"],
            label=t("queues.label.simulated"))
    ax.plot(grid, formula * 100, color=OKABE_ITO["vermillion"], linestyle="--",
            label=t("queues.label.formula"))
    ax.set_xlabel(t("queues.axis.wait"))
    ax.set_ylabel(t("queues.axis.longer"))
    ax.set_ylim(0, max(5.0, float(simulated.max() * 100) * 1.1))
    ax.legend(fontsize=8)
    ax.set_title(t("queues.title.sim", n=agents, a=f"{traffic:g}"), loc="left", fontsize=11,
                 fontweight="bold")
    return ax
