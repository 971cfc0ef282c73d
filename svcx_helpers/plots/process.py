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

from ..i18n import t
from ..process import END, START, activity_stats, as_log, transitions
from .style import OKABE_ITO, new_axes


def _fmt_minutes(x: float) -> str:
    if pd.isna(x):
        return "–"
    if x >= 90:
        return f"{x / 60:.1f} h"
    return f"{x:.0f} min" if x >= 1 else f"{x * 60:.0f} s"


PITCH, BOX_W, BOX_H, OFF_ROW = 3.4, 2.2, 1.2, 2.1
"""Process-map geometry in data units (the axes keep an equal aspect ratio)."""


def _bulge(span: float) -> float:
    """How far a curved arrow bows away from its row: grows slowly with its length, so that
    long skips and rework loops stay close to the boxes instead of towering over them."""
    return 1.0 + 0.22 * span


def _flow_order(activities: list[str], edges: pd.DataFrame) -> list[str]:
    """The activities in an order with as few cases as possible on backward arrows.

    Starts from the mean position of each activity (:func:`activity_stats`) and moves one
    activity at a time to the place that lowers the number of cases on backward arrows,
    until no move helps. Mean positions alone can put a step after its successor when
    variants of different length are mixed (an approval that only some cases need); then a
    forward step would be drawn as rework."""
    weight = {(r.source, r.target): int(r.count) for r in edges.itertuples()
              if r.source != r.target and r.source in activities and r.target in activities}

    def backward(seq: list[str]) -> int:
        pos = {a: i for i, a in enumerate(seq)}
        return sum(c for (a, b), c in weight.items() if pos[b] < pos[a])

    seq, cost = list(activities), backward(list(activities))
    improved = True
    while improved:
        improved = False
        for a in list(seq):
            rest = [x for x in seq if x != a]
            for k in range(len(rest) + 1):
                candidate = [*rest[:k], a, *rest[k:]]
                c = backward(candidate)
                if c < cost:
                    seq, cost, improved = candidate, c, True
                    break
    return seq


def plot_process_map(log: pd.DataFrame, ax: Any = None, min_count: int = 1,
                     top: int | None = None) -> Any:
    """Process map (directly-follows graph): activities as boxes, left to right in their
    usual order (see :func:`_flow_order`), arrows for "B directly follows A" labelled with
    the number of cases and, when it is at least half a minute, the median wait between
    them; arrow width grows with the count, backward arrows (rework) are drawn below in
    orange. ``min_count`` hides rare transitions; ``top`` keeps the ``top`` most frequent
    ones.

    The figure is at most 11.5 inches wide, so that it stays readable at a book's width;
    with more than about twelve activities, draw a subset of the cases (one service, say)."""
    from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

    from .style import wrap

    log = as_log(log)
    stats = activity_stats(log)
    all_edges = transitions(log)
    edges = all_edges[all_edges["count"] >= min_count]
    if top is not None:
        edges = edges.head(top)
    order = [START, *_flow_order(list(stats.index), all_edges), END]
    x = {a: PITCH * i for i, a in enumerate(order)}
    y = {a: 0.0 for a in order}
    # activities off the main path: up and down alternately, so arrows do not cross boxes
    main = set(log.groupby("case")["activity"].agg(tuple).value_counts().index[0])
    flip = 1
    for a in stats.index:
        if a not in main:
            y[a] = OFF_ROW * flip
            flip = -flip
    width = min(11.5, max(6.5, 1.15 * len(order)))
    own = ax is None
    ax = new_axes(ax, figsize=(width, 4.0))
    ax.grid(False)
    ax.axis("off")
    boxes = {}
    cases = log["case"].nunique()
    for a in order:
        if a in (START, END):
            text = f"{a}\n{t('process.label.start') if a == START else t('process.label.end')}"
            face, edge = "#f1f1f1", "#666666"
        else:
            text = f"{wrap(a, 13, 3)}\n({int(stats.loc[a, 'instances'])}×)"
            face = "#D6ECFA" if a in main else "#FBF3C6"
            edge = OKABE_ITO["blue"] if a in main else "#8A7A00"
        box = FancyBboxPatch((x[a] - BOX_W / 2, y[a] - BOX_H / 2), BOX_W, BOX_H,
                             boxstyle="round,pad=0,rounding_size=0.12", facecolor=face,
                             edgecolor=edge, linewidth=1.2, zorder=3)
        ax.add_patch(box)
        boxes[a] = box
        ax.text(x[a], y[a], text, ha="center", va="center", fontsize=7, zorder=4,
                linespacing=1.1)
    biggest = max(int(edges["count"].max()), 1) if len(edges) else 1
    low, high = min(y.values()) - BOX_H, max(y.values()) + BOX_H
    for row in edges.itertuples():
        a, b = row.source, row.target
        if a not in boxes or b not in boxes:
            continue
        back = x[b] <= x[a]
        span = round(abs(x[b] - x[a]) / PITCH)
        dx, dy = x[b] - x[a], y[b] - y[a]
        # forward skips bow away from the main row (on it: to the side with fewer boxes
        # in the way, above when equal); rework below
        away = 1.0 if y[a] + y[b] >= 0 else -1.0
        if y[a] == y[b] == 0.0:
            between = [y[c] for c in order if min(x[a], x[b]) < x[c] < max(x[a], x[b])]
            away = -1.0 if sum(v > 0 for v in between) > sum(v < 0 for v in between) else 1.0
        if not back and span <= 1 and y[a] == y[b]:
            rad = 0.0
        else:
            # (arc3's sign flips with the direction: negative bows up when going right)
            # on the main row, stay in the corridor between it and the off-path boxes
            bulge = 1.05 if y[a] == y[b] == 0.0 and any(y.values()) else _bulge(span)
            rad = -2 * bulge / max(abs(dx), PITCH) * (1.0 if back else away)
        color = OKABE_ITO["orange"] if back else "#555555"
        ax.add_patch(FancyArrowPatch(
            (x[a], y[a]), (x[b], y[b]), patchA=boxes[a], patchB=boxes[b],
            connectionstyle=f"arc3,rad={rad}", arrowstyle="-|>", mutation_scale=10,
            linewidth=0.6 + 3.4 * row.count / biggest, color=color, zorder=2, alpha=0.85))
        # arc3 bends towards mid + rad·(dy, −dx); the curve passes half-way to that point
        mx, my = (x[a] + x[b]) / 2 + rad * dy / 2, (y[a] + y[b]) / 2 - rad * dx / 2
        waits = not pd.isna(row.median_wait) and row.median_wait >= 0.5
        label = (t("process.label.edge", n=row.count, wait=_fmt_minutes(row.median_wait)) if waits
                 else t("process.label.count", n=row.count))
        below = my < (y[a] + y[b]) / 2 - 0.01
        ax.text(mx, my + (-0.1 if below else 0.1), label, ha="center",
                va="top" if below else "bottom", fontsize=6.5, color=color, zorder=5,
                linespacing=1.05, bbox={"facecolor": "white", "edgecolor": "none",
                                        "alpha": 0.8, "pad": 0.4})
        low, high = min(low, my - 0.9), max(high, my + 0.9)
    ax.text(x[START] - BOX_W / 2, low - 0.2, t("process.label.key"), ha="left", va="top",
            fontsize=7, color="#555555")
    ax.set_xlim(x[START] - BOX_W / 2 - 0.3, x[END] + BOX_W / 2 + 0.3)
    ax.set_ylim(low - 1.0, high + 0.3)
    ax.set_aspect("equal")
    xspan, yspan = x[END] - x[START] + BOX_W + 0.6, high - low + 1.3
    if own:  # our own figure: fit its height to the drawing
        ax.figure.set_size_inches(width, max(2.2, 0.6 + width * yspan / xspan))
    ax.set_title(t("process.title.map", cases=cases), loc="left", fontsize=11, fontweight="bold")
    return ax


def plot_swimlanes(log: pd.DataFrame, case: str | None = None, ax: Any = None) -> Any:
    """One case drawn by resource: a lane per resource, each activity a bar from its start
    to its end, arrows from one activity to the next (orange when the work changes hands),
    gaps = waiting. ``case=None`` takes the first case of the most frequent variant."""
    import matplotlib.dates as mdates
    from matplotlib.patches import FancyArrowPatch

    log = as_log(log)
    if case is None:
        variants = log.groupby("case")["activity"].agg(tuple)
        case = str(variants[variants == variants.value_counts().index[0]].index[0])
    g = log[log["case"] == str(case)]
    if g.empty:
        raise ValueError(t("process.err.case", case=case))
    g = g.assign(resource=g["resource"].fillna("—").astype(str))
    lanes = list(dict.fromkeys(g["resource"]))
    ax = new_axes(ax, figsize=(9.0, 1.0 + 0.75 * len(lanes)))
    ypos = {r: len(lanes) - 1 - i for i, r in enumerate(lanes)}
    starts = mdates.date2num(g["start"].dt.to_pydatetime())
    ends = mdates.date2num(g["end"].dt.to_pydatetime())
    for (row, s, e) in zip(g.itertuples(), starts, ends, strict=True):
        ax.barh(ypos[row.resource], max(e - s, 1e-5), left=s, height=0.5,
                color=OKABE_ITO["sky"], edgecolor=OKABE_ITO["blue"], zorder=3)
    # labels: above the bar, or below it, or higher above, whichever is free in the lane
    ax.autoscale_view()
    x0, x1 = ax.get_xlim()
    per_char = (x1 - x0) * 7 * 0.6 / 72 / (ax.figure.get_size_inches()[0] * 0.8)
    levels = ((0.29, "bottom"), (-0.29, "top"), (0.45, "bottom"))
    taken: dict[tuple[str, int], float] = {}
    for (row, s) in zip(g.itertuples(), starts, strict=True):
        width = per_char * (len(str(row.activity)) + 1)
        level = next((k for k in range(len(levels))
                      if taken.get((row.resource, k), -float("inf")) <= s), 0)
        taken[(row.resource, level)] = s + width
        dy, va = levels[level]
        ax.text(s, ypos[row.resource] + dy, row.activity, fontsize=7, va=va, ha="left",
                zorder=4)
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
    ax.set_xlabel(t("process.axis.time"))
    ax.set_title(t("process.title.lanes", case=case), loc="left", fontsize=11, fontweight="bold")
    return ax
