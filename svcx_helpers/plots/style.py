"""Shared plot style: colour-blind-safe palette, CJK font, label wrapping.

All plots of svcx_helpers call :func:`new_axes` so that matplotlib is imported only
when a plot is drawn, the CJK font is registered, and the style is the same everywhere.
The palette is Okabe & Ito (2008), safe for the common forms of colour blindness.
"""

from __future__ import annotations

import textwrap
import unicodedata
from typing import Any

OKABE_ITO = {
    "orange": "#E69F00", "sky": "#56B4E9", "green": "#009E73", "yellow": "#F0E442",
    "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7", "black": "#000000",
    "grey": "#999999",
}

CATEGORY_COLORS = {
    "A": OKABE_ITO["green"], "O": OKABE_ITO["blue"], "M": OKABE_ITO["vermillion"],
    "I": OKABE_ITO["grey"], "R": OKABE_ITO["purple"], "Q": OKABE_ITO["yellow"],
}
MIXED_COLOR = OKABE_ITO["orange"]


def category_color(category: str | None) -> str:
    """Colour of a KANO category letter; mixed labels such as "A/O" get orange."""
    return CATEGORY_COLORS.get(str(category), MIXED_COLOR)


def new_axes(ax: Any = None, figsize: tuple[float, float] = (7.5, 5.5)) -> Any:
    """Return ``ax`` or a new Axes, after registering the CJK font and the style."""
    import matplotlib.pyplot as plt

    from .fonts import ensure_cjk_font

    ensure_cjk_font()
    if ax is None:
        _, ax = plt.subplots(figsize=figsize, layout="constrained")
    ax.grid(True, color="#dddddd", linewidth=0.6, zorder=0)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return ax


def label_for(attribute: Any, labels: Any = None) -> str:
    """Display label of an attribute: ``labels[attribute]`` when given, else the key."""
    if labels is None:
        return str(attribute)
    try:
        return str(labels[attribute])
    except (KeyError, IndexError, TypeError):
        return str(attribute)


# Candidate label positions around a point: (dx, dy) in points and horizontal alignment.
_CANDIDATES = ((7, 3, "left"), (7, -11, "left"), (-7, 3, "right"), (-7, -11, "right"),
               (0, 9, "center"), (0, -18, "center"), (12, 12, "left"), (-12, -22, "right"))


def annotate_points(ax: Any, xs: Any, ys: Any, texts: Any,
                    offsets: Any = None, fontsize: float = 8.5) -> list[Any]:
    """Label points without overlaps: for each point (in order) take the first candidate
    position whose text box clears the labels already placed, the points and the axes
    edge. ``offsets`` ({text or index: (dx, dy)} in points) pins chosen labels by hand.
    Deterministic: the same data give the same layout."""
    from matplotlib.transforms import Bbox

    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    engine = fig.get_layout_engine()
    if engine is not None:  # settle the axes' size first: labels are placed in points
        engine.execute(fig)
    pts = ax.transData.transform(list(zip(xs, ys, strict=True)))
    obstacles = [Bbox.from_bounds(px - 5, py - 5, 10, 10) for px, py in pts]
    frame = ax.get_window_extent(renderer)
    offsets = dict(offsets or {})
    out = []
    for i, (x, y, text) in enumerate(zip(xs, ys, texts, strict=True)):
        pinned = offsets.get(text, offsets.get(i))
        choices = ([(pinned[0], pinned[1], "left" if pinned[0] >= 0 else "right")]
                   if pinned else list(_CANDIDATES))
        chosen = None
        for dx, dy, ha in choices:
            ann = ax.annotate(text, (x, y), xytext=(dx, dy), textcoords="offset points",
                              ha=ha, fontsize=fontsize, zorder=4)
            box = ann.get_window_extent(renderer).expanded(1.04, 1.15)
            inside = (box.x0 >= frame.x0 and box.x1 <= frame.x1 and box.y0 >= frame.y0
                      and box.y1 <= frame.y1)
            if pinned or (inside and not any(box.overlaps(o) for j, o in enumerate(obstacles)
                                             if j != i)):
                chosen = (ann, box)
                break
            ann.remove()
        if chosen is None:  # nowhere free: the first candidate
            dx, dy, ha = choices[0]
            ann = ax.annotate(text, (x, y), xytext=(dx, dy), textcoords="offset points",
                              ha=ha, fontsize=fontsize, zorder=4)
            chosen = (ann, ann.get_window_extent(renderer))
        ann, box = chosen
        obstacles.append(box)
        out.append(ann)
    return out


_NO_LINE_START = "、，。；：！？）」』”’》〉】…,.;:!?)"


def _width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def wrap(text: str, width: int = 22, max_lines: int = 4) -> str:
    """Wrap a label for a box; CJK characters count double, long labels end with "…"."""
    if any(_width(c) == 2 for c in text):
        lines, line, used = [], "", 0
        for ch in text:
            if used + _width(ch) > width:
                lines.append(line)
                line, used = "", 0
            line += ch
            used += _width(ch)
        lines.append(line)
        # no line may start with closing punctuation: pull it up to the line before
        for k in range(1, len(lines)):
            while lines[k] and lines[k][0] in _NO_LINE_START:
                lines[k - 1] += lines[k][0]
                lines[k] = lines[k][1:]
        lines = [x for x in lines if x]
    else:
        lines = textwrap.wrap(text, width=width) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: max(1, len(lines[-1]) - 1)] + "…"
    return "\n".join(lines)
