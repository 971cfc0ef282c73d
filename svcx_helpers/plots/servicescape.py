"""Servicescape audit plots: the hall × dimension score map with the critical failures
marked, and the ranks of the halls unweighted and weighted side by side (lazy).

Example
-------
>>> from svcx_helpers import servicescape, load_dataset
>>> audit = load_dataset("servicescape_audit")                  # doctest: +SKIP
>>> checklist = load_dataset("servicescape_checklist")          # doctest: +SKIP
>>> table = servicescape.dimension_scores(audit, checklist)    # doctest: +SKIP
>>> ax = servicescape.plot_dimensions(table)                    # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from ..i18n import t
from ..servicescape import DIMENSIONS
from .style import OKABE_ITO, new_axes, wrap


def _dimension_name(key: Any) -> str:
    key = str(key)
    if key in DIMENSIONS or key == "all":
        return t(f"servicescape.dimension.{key}")
    return key


def plot_dimensions(table: pd.DataFrame, failures: pd.DataFrame | None = None, *,
                    ax: Any = None, labels: Mapping[str, str] | None = None) -> Any:
    """A map of the hall × dimension scores of
    :func:`~svcx_helpers.servicescape.dimension_scores` (0–100, darker is better), each
    cell with its number; the halls with a critical failure
    (:func:`~svcx_helpers.servicescape.critical_failures`) get a ✕ and a red frame.
    ``labels`` maps hall keys to display names."""
    import matplotlib.patches as patches

    ax = new_axes(ax, figsize=(8.8, 0.6 * len(table) + 2.2))
    ax.grid(False)
    values = table.to_numpy(dtype=float)
    image = ax.imshow(values, cmap="Blues", vmin=0, vmax=100, aspect="auto")
    for i in range(values.shape[0]):
        for j in range(values.shape[1]):
            v = values[i, j]
            if np.isnan(v):
                continue
            ax.text(j, i, f"{v:.0f}", ha="center", va="center", fontsize=10,
                    color="white" if v >= 65 else "#222222",
                    fontweight="bold" if table.columns[j] == "all" else "normal")
    failing = set(failures["hall"]) if failures is not None and len(failures) else set()
    names = [(labels or {}).get(str(h), str(h)) for h in table.index]
    ticks = [f"{n} ✕" if h in failing else n for n, h in zip(names, table.index, strict=True)]
    ax.set_yticks(range(len(table)), ticks, fontsize=9)
    for i, hall in enumerate(table.index):
        if hall in failing:
            ax.add_patch(patches.Rectangle((-0.5, i - 0.5), values.shape[1], 1, fill=False,
                                           edgecolor=OKABE_ITO["vermillion"], linewidth=2))
            ax.get_yticklabels()[i].set_color(OKABE_ITO["vermillion"])
    ax.set_xticks(range(len(table.columns)),
                  [wrap(_dimension_name(c), 16) for c in table.columns], fontsize=9)
    ax.tick_params(length=0)
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    ax.figure.colorbar(image, ax=ax, shrink=0.8, label=t("servicescape.axis.score"))
    title = t("servicescape.title.dimensions")
    if failing:
        title += "\n" + t("servicescape.label.critical")
    ax.set_title(title, loc="left", fontsize=11, fontweight="bold")
    return ax


def plot_ranks(ranking: pd.DataFrame, *, ax: Any = None,
               labels: Mapping[str, str] | None = None) -> Any:
    """A slope chart of :func:`~svcx_helpers.servicescape.rank`: each hall's rank by
    unweighted score (left) and by weighted score (right), a line between them; halls
    with a critical failure dashed and marked ✕."""
    ax = new_axes(ax, figsize=(8.5, 4.2))
    n = len(ranking)
    colors = [OKABE_ITO[c] for c in ("blue", "green", "purple", "sky", "black", "grey")]
    for k, (hall, row) in enumerate(ranking.iterrows()):
        y0, y1 = int(row["rank_unweighted"]), int(row["rank_weighted"])
        failed = int(row.get("critical", 0)) > 0
        color = OKABE_ITO["vermillion"] if failed else colors[k % len(colors)]
        ax.plot([0, 1], [y0, y1], marker="o", color=color, linewidth=2,
                linestyle="--" if failed else "-", zorder=3)
        name = (labels or {}).get(str(hall), str(hall)) + (" ✕" if failed else "")
        ax.text(-0.04, y0, f"{y0}. {name}  {row['unweighted']:.1f}", ha="right",
                va="center", fontsize=9, color=color)
        ax.text(1.04, y1, f"{row['weighted']:.1f}  {name} ({y1}.)", ha="left", va="center",
                fontsize=9, color=color)
    ax.set_xlim(-1.1, 2.1)
    ax.set_ylim(n + 0.5, 0.5)
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    ax.set_xticks([0, 1], [t("servicescape.label.unweighted"),
                           t("servicescape.label.weighted")])
    ax.grid(False)
    ax.set_title(t("servicescape.title.ranks"), loc="left", fontsize=11, fontweight="bold")
    return ax
