"""Empowerment plots: where complaints are settled, and the single raises of a limit (lazy).

Example
-------
>>> from svcx_helpers import empowerment, load_dataset
>>> settled = empowerment.settle(load_dataset("complaints"),
...                              load_dataset("authority_levels"))  # doctest: +SKIP
>>> ax = empowerment.plot_levels(settled)  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from ..i18n import MESSAGES, t
from .style import OKABE_ITO, annotate_points, new_axes

_SHARED = {"email": "communication.channel.email"}
"""Names whose text another family's catalogue already has (one English text, one key)."""
LEVEL_COLORS = (OKABE_ITO["green"], OKABE_ITO["sky"], OKABE_ITO["blue"], OKABE_ITO["vermillion"])


def name(code: Any) -> str:
    """The display name of a channel, role or remedy code in the current language
    (``social_media`` → "social media" / "社交媒体"); unknown codes with spaces for ``_``.

    >>> name("fee_refund"), name("counter_7")
    ('fee refund', 'counter 7')
    """
    key = _SHARED.get(str(code), f"empowerment.name.{code}")
    return t(key) if key in MESSAGES else str(code).replace("_", " ")


def _level_names(n_chain: int) -> list[str]:
    names = [t("empowerment.level.first")]
    names += [t("empowerment.level.escalated", k=k) for k in range(1, n_chain + 1)]
    return [*names, t("empowerment.level.beyond")]


def level_shares(settled: pd.DataFrame, by: str = "channel") -> pd.DataFrame:
    """Share of each group's complaints settled at each level (rows: groups; columns:
    levels 0 = first contact … the last = beyond) from
    :func:`svcx_helpers.empowerment.settle`.

    >>> s = pd.DataFrame({"channel": ["a", "a", "b"], "level": [0, 1, 0]})
    >>> level_shares(s).round(2).values.tolist()
    [[0.5, 0.5], [1.0, 0.0]]
    """
    levels = range(int(settled["level"].max()) + 1) if len(settled) else range(1)
    return pd.crosstab(settled[by], settled["level"], normalize="index").reindex(
        columns=list(levels), fill_value=0.0)


def plot_levels(settled: pd.DataFrame, by: str = "channel", n_chain: int = 2,
                ax: Any = None) -> Any:
    """Horizontal stacked bars: for each group (``by``), the share of its complaints settled
    at the first contact, by each level of the escalation chain and beyond it. Groups are
    sorted by their first-contact share, the highest on top."""
    shares = level_shares(settled, by).reindex(columns=range(n_chain + 2), fill_value=0.0)
    shares = shares.sort_values(0)
    ax = new_axes(ax, figsize=(8.0, 0.55 * len(shares) + 1.8))
    names = _level_names(n_chain)
    left = np.zeros(len(shares))
    y = np.arange(len(shares))
    for k in shares.columns:
        width = shares[k].to_numpy() * 100
        color = LEVEL_COLORS[min(k, len(LEVEL_COLORS) - 1)] if k <= n_chain else \
            LEVEL_COLORS[-1]
        ax.barh(y, width, left=left, color=color, label=names[k], zorder=2)
        for yi, (l0, w) in enumerate(zip(left, width, strict=True)):
            if w >= 7:
                ax.text(l0 + w / 2, yi, f"{w:.0f}%", ha="center", va="center", fontsize=8,
                        color="white" if k in (0, 2) or k > n_chain else "black")
        left = left + width
    ax.set_yticks(y, [name(i) for i in shares.index], fontsize=9)
    ax.set_xlim(0, 100)
    ax.set_xlabel(t("empowerment.axis.share"))
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=len(names), fontsize=8,
              frameon=False)
    ax.set_title(t("empowerment.title.levels"), loc="left", fontsize=11, fontweight="bold")
    return ax


def plot_changes(changes: pd.DataFrame, cap: float | None = None, top: int = 8,
                 ax: Any = None) -> Any:
    """The single raises of :func:`svcx_helpers.empowerment.best_changes`: gain in
    complaints settled at first contact (y) against the added cost at risk (x), each point
    labelled role · remedy → new limit; the cost cap as a dashed line."""
    ax = new_axes(ax, figsize=(8.0, 4.8))
    rows = changes.head(top)
    x = rows["added_cost_at_risk"].to_numpy(dtype=float)
    y = rows["gain"].to_numpy(dtype=float)
    best = np.zeros(len(rows), bool)
    if len(rows):
        best[0] = True
    ax.scatter(x[~best], y[~best], s=45, color=OKABE_ITO["sky"], zorder=3)
    ax.scatter(x[best], y[best], s=70, color=OKABE_ITO["vermillion"], zorder=4,
               label=t("empowerment.label.best"))
    texts = [f"{name(r.role)} · {name(r.remedy)} → {r.new_limit:g}" for r in rows.itertuples()]
    if cap is not None:
        ax.axvline(cap, color="#333333", linestyle="--", linewidth=1,
                   label=t("empowerment.label.cap", cap=f"{cap:,.0f}"))
    ax.set_xlim(0, max([*x, cap or 0, 1.0]) * 1.12)
    ax.set_ylim(0, max([*y, 1.0]) * 1.2)
    annotate_points(ax, x, y, texts, fontsize=7.5)
    ax.set_xlabel(t("empowerment.axis.added_cost"))
    ax.set_ylabel(t("empowerment.axis.gain"))
    ax.legend(loc="upper left", fontsize=8, frameon=False)
    ax.set_title(t("empowerment.title.changes"), loc="left", fontsize=11, fontweight="bold")
    return ax
