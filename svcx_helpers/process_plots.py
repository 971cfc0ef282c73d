"""Drawing event logs: the process map and the swimlanes of one case (matplotlib, lazy).

Example
-------
>>> from svcx_helpers import process, load_dataset
>>> log = process.load_log(load_dataset("bank_branch_events_before"))   # doctest: +SKIP
>>> ax = process.plot_process_map(log)                                  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from .i18n import t
from .plotting import OKABE_ITO, new_axes
from .process import END, START, _checked, activity_stats, transitions


def _fmt_minutes(x: float) -> str:
    if pd.isna(x):
        return "–"
    if x >= 90:
        return f"{x / 60:.1f} h"
    return f"{x:.0f} min" if x >= 1 else f"{x * 60:.0f} s"


def plot_process_map(log: pd.DataFrame, ax: Any = None, min_count: int = 1,
                     top: int | None = None) -> Any:
    """Process map (directly-follows graph): activities as boxes, left to right in their
    usual order, arrows for "B directly follows A" with the number of cases and the median
    wait between them; arrow width grows with the count, backward arrows (rework) are
    drawn below in orange. ``min_count`` hides rare transitions; ``top`` keeps the ``top``
    most frequent ones."""
    from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

    from .blueprint_plots import wrap

    log = _checked(log)
    stats = activity_stats(log)
    edges = transitions(log)
    edges = edges[edges["count"] >= min_count]
    if top is not None:
        edges = edges.head(top)
    order = [START, *stats.index, END]
    x = {a: 3.4 * i for i, a in enumerate(order)}
    y = {a: 0.0 for a in order}
    # activities off the main path: up and down alternately, so arrows do not cross boxes
    main = set(log.groupby("case")["activity"].agg(tuple).value_counts().index[0])
    flip = 1
    for a in stats.index:
        if a not in main:
            y[a] = 1.6 * flip
            flip = -flip
    ax = new_axes(ax, figsize=(max(8.0, 1.6 * len(order)), 4.8))
    ax.grid(False)
    ax.axis("off")
    boxes = {}
    cases = log["case"].nunique()
    for a in order:
        if a in (START, END):
            text = f"{a}\n{t('pm.label.start') if a == START else t('pm.label.end')}"
            face, edge = "#f1f1f1", "#666666"
        else:
            text = f"{wrap(a, 16, 3)}\n({int(stats.loc[a, 'instances'])}×)"
            face = "#D6ECFA" if a in main else "#FBF3C6"
            edge = OKABE_ITO["blue"] if a in main else "#8A7A00"
        box = FancyBboxPatch((x[a] - 0.95, y[a] - 0.45), 1.9, 0.9,
                             boxstyle="round,pad=0,rounding_size=0.1", facecolor=face,
                             edgecolor=edge, linewidth=1.2, zorder=3)
        ax.add_patch(box)
        boxes[a] = box
        ax.text(x[a], y[a], text, ha="center", va="center", fontsize=7.5, zorder=4)
    biggest = max(int(edges["count"].max()), 1) if len(edges) else 1
    for row in edges.itertuples():
        a, b = row.source, row.target
        if a not in boxes or b not in boxes:
            continue
        back = x[b] <= x[a]
        span = abs(x[b] - x[a]) / 3.4
        # forward skips bulge away from the main row (above it when on it); rework below
        away = 1.0 if y[a] + y[b] >= 0 else -1.0
        rad = (-0.5 if back else (0.0 if span <= 1 and y[a] == y[b] else -0.25 * away))
        color = OKABE_ITO["orange"] if back else "#555555"
        ax.add_patch(FancyArrowPatch(
            (x[a], y[a]), (x[b], y[b]), patchA=boxes[a], patchB=boxes[b],
            connectionstyle=f"arc3,rad={rad}", arrowstyle="-|>", mutation_scale=10,
            linewidth=0.6 + 3.4 * row.count / biggest, color=color, zorder=2, alpha=0.85))
        # arc3 bends towards mid + rad·(dy, −dx); the curve passes half-way to that point
        dx, dy = x[b] - x[a], y[b] - y[a]
        mx, my = (x[a] + x[b]) / 2 + rad * dy / 2, (y[a] + y[b]) / 2 - rad * dx / 2
        label = f"{row.count}×" if pd.isna(row.median_wait) else t(
            "pm.label.edge", n=row.count, wait=_fmt_minutes(row.median_wait))
        ax.text(mx, my + 0.12, label, ha="center", va="bottom", fontsize=6.5, color=color,
                zorder=5, bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.8,
                                "pad": 0.5})
    ax.set_xlim(-1.2, x[END] + 1.2)
    ax.set_ylim(min(y.values()) - 1.6, max(y.values()) + 1.2)
    ax.set_aspect("equal")
    ax.set_title(t("pm.title.map", cases=cases), loc="left", fontsize=11, fontweight="bold")
    return ax


def plot_swimlanes(log: pd.DataFrame, case: str | None = None, ax: Any = None) -> Any:
    """One case drawn by resource: a lane per resource, each activity a bar from its start
    to its end, arrows from one activity to the next (orange when the work changes hands),
    gaps = waiting. ``case=None`` takes the first case of the most frequent variant."""
    import matplotlib.dates as mdates
    from matplotlib.patches import FancyArrowPatch

    log = _checked(log)
    if case is None:
        variants = log.groupby("case")["activity"].agg(tuple)
        case = str(variants[variants == variants.value_counts().index[0]].index[0])
    g = log[log["case"] == str(case)]
    if g.empty:
        raise ValueError(t("pm.err.case", case=case))
    g = g.assign(resource=g["resource"].fillna("—").astype(str))
    lanes = list(dict.fromkeys(g["resource"]))
    ax = new_axes(ax, figsize=(9.0, 1.0 + 0.75 * len(lanes)))
    ypos = {r: len(lanes) - 1 - i for i, r in enumerate(lanes)}
    starts = mdates.date2num(g["start"].dt.to_pydatetime())
    ends = mdates.date2num(g["end"].dt.to_pydatetime())
    for (row, s, e) in zip(g.itertuples(), starts, ends, strict=True):
        yy = ypos[row.resource]
        ax.barh(yy, max(e - s, 1e-5), left=s, height=0.5, color=OKABE_ITO["sky"],
                edgecolor=OKABE_ITO["blue"], zorder=3)
        ax.text(s, yy + 0.32, row.activity, fontsize=7, va="bottom", ha="left", zorder=4)
    rows = list(g.itertuples())
    for k in range(len(rows) - 1):
        a, b = rows[k], rows[k + 1]
        hand = a.resource != b.resource
        ax.add_patch(FancyArrowPatch((ends[k], ypos[a.resource]),
                                     (starts[k + 1], ypos[b.resource]),
                                     arrowstyle="-|>", mutation_scale=9, linewidth=1.0,
                                     color=OKABE_ITO["orange"] if hand else "#777777",
                                     zorder=2))
    ax.set_yticks(range(len(lanes)), list(reversed(lanes)))
    ax.set_ylim(-0.7, len(lanes) - 0.2)
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%H:%M"))
    ax.set_xlabel(t("pm.axis.time"))
    ax.set_title(t("pm.title.lanes", case=case), loc="left", fontsize=11, fontweight="bold")
    return ax
