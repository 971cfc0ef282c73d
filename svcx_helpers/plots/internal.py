"""The internal customer–supplier map as a network picture (matplotlib, lazy).

Example
-------
>>> from svcx_helpers import internal, load_dataset
>>> ax = internal.plot_network(load_dataset("internal_requests"))      # doctest: +SKIP
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from ..i18n import t
from ..internal import links
from .style import OKABE_ITO, new_axes


def plot_network(requests: pd.DataFrame, color: str = "satisfaction", ax: Any = None,
                 min_requests: int = 1, highlight: Any = (), order: Any = None,
                 title: str | None = None) -> Any:
    """Departments on a circle; an arrow from each internal customer to its supplier,
    as wide as the number of requests and coloured by ``color`` — ``"satisfaction"``
    (mean 1–5) or ``"on_time"`` (share) — from vermillion (poor) to blue (good). Links in
    ``highlight`` (pairs ``(requester, supplier)``) are outlined in black. ``order`` sets
    the departments' order around the circle (default: alphabetical); ``title`` replaces
    the default title."""
    import matplotlib as mpl
    from matplotlib.colors import LinearSegmentedColormap
    from matplotlib.patches import FancyArrowPatch

    from .style import wrap

    if color not in ("satisfaction", "on_time"):
        raise ValueError(t("core.option", value=color, name="color",
                           choices=["satisfaction", "on_time"]))
    table = links(requests)
    table = table[table["requests"] >= min_requests]
    found = set(table.index.get_level_values(0)) | set(table.index.get_level_values(1))
    depts = [d for d in order if d in found] + sorted(found - set(order)) if order is not None \
        else sorted(found)
    pos = {d: (math.cos(2 * math.pi * i / len(depts) + math.pi / 2),
               math.sin(2 * math.pi * i / len(depts) + math.pi / 2))
           for i, d in enumerate(depts)}
    ax = new_axes(ax, figsize=(7.5, 7.5))
    ax.grid(False)
    ax.axis("off")
    ax.set_aspect("equal")
    column, (lo, hi) = (("satisfaction_mean", (1.0, 5.0)) if color == "satisfaction"
                        else ("on_time_rate", (0.0, 1.0)))
    cmap = LinearSegmentedColormap.from_list(
        "svcx", [OKABE_ITO["vermillion"], OKABE_ITO["yellow"], OKABE_ITO["blue"]])
    norm = mpl.colors.Normalize(vmin=lo, vmax=hi)
    biggest = max(float(table["requests"].max()), 1.0)
    marked = {tuple(h) for h in highlight}
    for (a, b), row in table.iterrows():
        value = row[column]
        ax.add_patch(FancyArrowPatch(
            pos[a], pos[b], arrowstyle="-|>", mutation_scale=12,
            connectionstyle="arc3,rad=0.15", shrinkA=34, shrinkB=34,
            linewidth=0.8 + 6 * row["requests"] / biggest,
            color="#bbbbbb" if pd.isna(value) else cmap(norm(value)),
            alpha=0.9, zorder=2))
        if (a, b) in marked:
            ax.add_patch(FancyArrowPatch(
                pos[a], pos[b], arrowstyle="-", connectionstyle="arc3,rad=0.15",
                shrinkA=34, shrinkB=34, linewidth=1.6 + 6 * row["requests"] / biggest + 3,
                color="black", zorder=1))
    for d, (x, y) in pos.items():
        ax.scatter([x], [y], s=2600, color="white", edgecolor="#333333", linewidth=1.2,
                   zorder=3)
        ax.text(x, y, wrap(str(d).replace("_", " "), 11, 2), ha="center", va="center",
                fontsize=7.5, zorder=4)
    ax.set_xlim(-1.35, 1.35)
    ax.set_ylim(-1.35, 1.35)
    sm = mpl.cm.ScalarMappable(norm=norm, cmap=cmap)
    bar = ax.figure.colorbar(sm, ax=ax, shrink=0.6, pad=0.02)
    bar.set_label(t("internal.label.satisfaction") if color == "satisfaction"
                  else t("internal.label.on_time"))
    ax.set_title(title if title is not None else t("internal.title.map"), loc="left", fontsize=11,
                 fontweight="bold")
    return ax
