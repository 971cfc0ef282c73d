"""Cost plots: the cost per case of each variant by resource group, capacity used and
unused, and the sensitivity of a business case (lazy).

Example
-------
>>> from svcx_helpers import costing, load_dataset, process
>>> log = process.load_log(load_dataset("bank_branch_events_before"))      # doctest: +SKIP
>>> table = costing.rates(load_dataset("branch_costs"), "before")          # doctest: +SKIP
>>> ax = costing.plot_variant_costs(costing.variant_costs(log, table))     # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from ..i18n import MESSAGES, t
from .style import OKABE_ITO, new_axes

ROLE_COLORS = {
    "teller": OKABE_ITO["blue"], "lobby_manager": OKABE_ITO["sky"],
    "back_office": OKABE_ITO["vermillion"], "advisor": OKABE_ITO["orange"],
    "kiosk": OKABE_ITO["green"], "ticket_machine": OKABE_ITO["grey"],
    "smart_ticket_machine": OKABE_ITO["grey"], "customer": "#dddddd",
}
OTHER = (OKABE_ITO["purple"], OKABE_ITO["yellow"], OKABE_ITO["black"])


def name(code: Any) -> str:
    """The display name of a role, service or period code in the current language
    (``back_office`` → "back office" / "后台审核"); unknown codes with spaces for ``_``.

    >>> name("loan_enquiry"), name("night_shift")
    ('loan enquiry', 'night shift')
    """
    key = f"costing.name.{code}"
    return t(key) if key in MESSAGES else str(code).replace("_", " ")


def _color(role: str, k: int) -> str:
    return ROLE_COLORS.get(role, OTHER[k % len(OTHER)])


def plot_variant_costs(variants: pd.DataFrame, ax: Any = None, top: int | None = None) -> Any:
    """Horizontal stacked bars: the mean cost per case of each variant (a
    :func:`~svcx_helpers.costing.variant_costs` table), split by resource group, the most
    expensive on top; the label gives the variant, its service, its number of cases and
    ↻ for rework. ``top`` keeps only the most expensive variants."""
    table = variants.sort_values("cost_mean")
    if top is not None:
        table = table.tail(int(top))
    parts = [c for c in table.columns if c.startswith("cost_") and c not in
             ("cost_mean", "cost_total") and table[c].sum() > 0]
    ax = new_axes(ax, figsize=(8.5, 0.55 * len(table) + 1.8))
    y = np.arange(len(table))
    left = np.zeros(len(table))
    for k, col in enumerate(parts):
        role = col.removeprefix("cost_")
        width = table[col].to_numpy(dtype=float)
        ax.barh(y, width, left=left, color=_color(role, k), label=name(role), zorder=2)
        left = left + width
    for yi, total in enumerate(table["cost_mean"]):
        ax.text(total + 0.4, yi, f"{total:.2f}", va="center", fontsize=8)
    labels = []
    for label, row in table.iterrows():
        service = f" · {name(row['service'])}" if "service" in table.columns else ""
        mark = " ↻" if row.get("rework", 0) > 0 else ""
        labels.append(t("costing.label.variant", label=label, service=service,
                        n=int(row["cases"]), mark=mark))
    ax.set_yticks(y, labels, fontsize=8)
    ax.set_xlim(0, float(table["cost_mean"].max()) * 1.15)
    ax.set_xlabel(t("costing.axis.cost_per_case"))
    ax.legend(frameon=False, fontsize=8, loc="lower right")
    ax.set_title(t("costing.title.variants"), loc="left", fontsize=11, fontweight="bold")
    return ax


def plot_capacity(uses: pd.DataFrame | Mapping[str, pd.DataFrame], ax: Any = None) -> Any:
    """Horizontal bars per resource group: the cost of the capacity used (dark) and unused
    (light) in the period, from one :func:`~svcx_helpers.costing.capacity_use` table or a
    mapping {label: table} (e.g. before and after), the periods side by side."""
    if isinstance(uses, pd.DataFrame):
        uses = {"": uses}
    roles: list[str] = []
    for table in uses.values():
        roles += [r for r in table.index if r != "total" and r not in roles]
    n = len(uses)
    height = 0.8 / n
    ax = new_axes(ax, figsize=(8.5, 0.45 * len(roles) * n + 1.8))
    y = np.arange(len(roles), dtype=float)
    for k, (label, table) in enumerate(uses.items()):
        used = table["used_cost"].reindex(roles).fillna(0.0).to_numpy(dtype=float)
        unused = table["unused_cost"].reindex(roles).fillna(0.0).clip(lower=0).to_numpy(
            dtype=float)
        pos = y - 0.4 + height * (k + 0.5)
        colors = [_color(r, i) for i, r in enumerate(roles)]
        suffix = f" ({label})" if label else ""
        ax.barh(pos, used, height=height * 0.9, color=colors, zorder=2)
        ax.barh(pos, unused, left=used, height=height * 0.9, color=colors, alpha=0.3,
                hatch="//" if k else None, zorder=2)
        for p, a, b in zip(pos, used, unused, strict=True):
            if a + b > 0:
                share = a / (a + b)
                ax.text(a + b + 40, p, f"{label + ' ' if label else ''}{share:.0%}",
                        va="center", fontsize=7)
    ax.set_yticks(y, [name(r) for r in roles], fontsize=9)
    ax.invert_yaxis()
    ax.set_xlabel(t("costing.axis.capacity_cost"))
    from matplotlib.patches import Patch

    handles = [Patch(color="#555555", label=t("costing.label.used"))]
    for k, label in enumerate(uses):
        suffix = f" ({label})" if label else ""
        handles.append(Patch(facecolor="#555555", alpha=0.3, hatch="//" if k else None,
                             label=t("costing.label.unused") + suffix))
    ax.legend(handles=handles, frameon=False, fontsize=8, loc="lower right")
    ax.set_title(t("costing.title.capacity"), loc="left", fontsize=11, fontweight="bold")
    return ax


def plot_sensitivity(table: pd.DataFrame, ax: Any = None, label: str | None = None,
                     break_even: float | None = None) -> Any:
    """One line per column of a :func:`~svcx_helpers.costing.sensitivity` table: the
    value (e.g. the ROI) against the row parameter, with the zero line and, when given,
    the break-even of the row parameter marked."""
    ax = new_axes(ax, figsize=(7.5, 4.6))
    x = np.asarray(table.index, dtype=float)
    colors = (OKABE_ITO["blue"], OKABE_ITO["orange"], OKABE_ITO["green"],
              OKABE_ITO["vermillion"], OKABE_ITO["purple"], OKABE_ITO["sky"])
    for k, col in enumerate(table.columns):
        legend = f"{name(table.columns.name)} = {col:g}" if table.columns.name and \
            isinstance(col, (int, float)) else str(col)
        ax.plot(x, table[col].to_numpy(dtype=float), marker="o", color=colors[k % 6],
                label=legend, zorder=3)
    ax.axhline(0, color="#333333", linewidth=0.8)
    if break_even is not None and np.isfinite(break_even):
        ax.axvline(break_even, color="#555555", linestyle="--", linewidth=1)
        ax.text(break_even, ax.get_ylim()[1], " " + t("costing.label.break_even",
                                                      value=f"{break_even:.1%}"),
                va="top", fontsize=8, color="#333333")
    ax.set_xlabel(name(table.index.name) if table.index.name else "")
    ax.set_ylabel(label or name(table.attrs.get("value") or ""))
    ax.legend(frameon=False, fontsize=8, loc="upper left")
    ax.set_title(t("costing.title.sensitivity"), loc="left", fontsize=11, fontweight="bold")
    return ax
