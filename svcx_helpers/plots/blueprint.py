"""Drawing service blueprints: the standard swimlane picture (matplotlib, imported lazily).

Five lanes top to bottom, the three lines drawn and named (interaction — solid,
visibility — dashed, internal interaction — dash-dot), steps as boxes, flows as arrows,
fail points marked **F** (red disc) and wait points **W** (yellow triangle). One data unit
is one inch, so the picture grows with the number of columns instead of shrinking the
text: a 12-column, 40-step blueprint stays readable in the PNG. ``columns=(first, last)``
draws a slice of a long blueprint.

Example
-------
>>> from svcx_helpers import blueprint
>>> bp = blueprint.load("restaurant")                          # doctest: +SKIP
>>> ax = bp.plot()                                             # doctest: +SKIP
>>> bp.save("restaurant.svg")                                  # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..blueprint import LANES, LINES, Blueprint, Step, lane_name, line_name
from ..i18n import get_language, t
from .style import OKABE_ITO, wrap

COLUMN_WIDTH = 2.3   # inches between column centres
BOX_WIDTH = 1.95
BOX_HEIGHT = 0.8
ROW_GAP = 0.18
LANE_PAD = 0.22
TITLE_WIDTH = 1.9    # the lane-title area on the left

LANE_FILL = {"evidence": "#FBF3C6", "customer": "#D6ECFA", "onstage": "#CDEFE4",
             "backstage": "#FBE3C2", "support": "#ECE2F0"}
LANE_EDGE = {"evidence": "#8A7A00", "customer": OKABE_ITO["blue"], "onstage": OKABE_ITO["green"],
             "backstage": "#B36B00", "support": "#8E4E7A"}
LINE_STYLE = {"interaction": "-", "visibility": "--", "internal": "-."}


@dataclass
class Layout:
    """Where everything goes: column x, lane y-extent, and each step's box centre."""

    x: dict[Any, float]
    lanes: dict[str, tuple[float, float]]       # lane -> (top, bottom)
    boxes: dict[str, tuple[float, float]]       # step id -> (x, y) centre
    width: float
    height: float


def layout(blueprint: Blueprint, columns: tuple[Any, Any] | None = None) -> Layout:
    """Compute the picture's geometry (in inches) without drawing anything."""
    cols = [c for c in blueprint.columns()
            if columns is None or columns[0] <= c <= columns[1]]
    x = {c: TITLE_WIDTH + COLUMN_WIDTH * (i + 0.5) for i, c in enumerate(cols)}
    stacks: dict[tuple[str, Any], list[Step]] = {}
    for s in blueprint.steps:
        if s.column in x:
            stacks.setdefault((s.lane if s.lane in LANES else "support", s.column), []).append(s)
    lanes: dict[str, tuple[float, float]] = {}
    boxes: dict[str, tuple[float, float]] = {}
    top = 0.0
    for lane in LANES:
        rows = max([len(v) for (ln, _), v in stacks.items() if ln == lane] or [1])
        height = rows * BOX_HEIGHT + (rows - 1) * ROW_GAP + 2 * LANE_PAD
        lanes[lane] = (top, top - height)
        for (ln, col), steps in stacks.items():
            if ln != lane:
                continue
            block = len(steps) * BOX_HEIGHT + (len(steps) - 1) * ROW_GAP
            first = top - (height - block) / 2 - BOX_HEIGHT / 2
            for k, s in enumerate(steps):
                boxes.setdefault(s.id, (x[col], first - k * (BOX_HEIGHT + ROW_GAP)))
        top -= height
    width = TITLE_WIDTH + COLUMN_WIDTH * max(len(cols), 1) + 0.1
    return Layout(x=x, lanes=lanes, boxes=boxes, width=width, height=-top)


def _blocked(a: tuple[float, float], b: tuple[float, float], boxes: dict[str, tuple[float, float]],
             skip: set[str]) -> bool:
    for sid, (cx, cy) in boxes.items():
        if sid in skip:
            continue
        for k in range(1, 20):
            px = a[0] + (b[0] - a[0]) * k / 20
            py = a[1] + (b[1] - a[1]) * k / 20
            if abs(px - cx) < BOX_WIDTH / 2 and abs(py - cy) < BOX_HEIGHT / 2:
                return True
    return False


def plot_blueprint(blueprint: Blueprint, ax: Any = None, columns: tuple[Any, Any] | None = None,
                   title: bool = True, legend: bool = True, highlight: Any = ()) -> Any:
    """Draw ``blueprint`` as a swimlane diagram and return the Axes.

    ``columns=(first, last)`` draws only those columns; ``highlight`` is a list of step ids
    drawn with a thick outline (e.g. the answer to an exercise). Labels follow
    :func:`svcx_helpers.set_language`.
    """
    import matplotlib.pyplot as plt
    from matplotlib.patches import Circle, FancyArrowPatch, FancyBboxPatch, Polygon, Rectangle

    from .fonts import ensure_cjk_font

    ensure_cjk_font()
    geo = layout(blueprint, columns)
    top_margin = 0.55 if title else 0.1
    bottom_margin = 0.45 if legend else 0.1
    if ax is None:
        fig = plt.figure(figsize=(geo.width, geo.height + top_margin + bottom_margin))
        ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, geo.width)
    ax.set_ylim(-geo.height - bottom_margin, top_margin)
    ax.set_aspect("equal")
    ax.axis("off")
    zh = get_language() == "zh"

    for lane, (y0, y1) in geo.lanes.items():
        ax.add_patch(Rectangle((0, y1), geo.width, y0 - y1, facecolor=LANE_FILL[lane],
                               alpha=0.35, edgecolor="none", zorder=0))
        ax.text(0.12, (y0 + y1) / 2, wrap(lane_name(lane), 10 if zh else 16, 3),
                ha="left", va="center", fontsize=9, fontweight="bold", color=LANE_EDGE[lane])
    order = list(LANES)
    for k, line in enumerate(LINES):
        y = geo.lanes[order[k + 1]][1]
        ax.plot([0, geo.width], [y, y], LINE_STYLE[line], color="#333333", linewidth=1.3,
                zorder=1)
        ax.text(0.12, y + 0.05, line_name(line), ha="left", va="bottom", fontsize=7,
                style="italic", color="#333333", zorder=1)
    ax.plot([TITLE_WIDTH - 0.05] * 2, [0, -geo.height], color="#bbbbbb", linewidth=0.8)

    index = {s.id: s for s in reversed(blueprint.steps)}
    patches: dict[str, Any] = {}
    highlight = set(highlight)
    for sid, (cx, cy) in geo.boxes.items():
        s = index[sid]
        lane = s.lane if s.lane in LANES else "support"
        box = FancyBboxPatch((cx - BOX_WIDTH / 2, cy - BOX_HEIGHT / 2), BOX_WIDTH, BOX_HEIGHT,
                             boxstyle="round,pad=0,rounding_size=0.08",
                             facecolor=LANE_FILL[lane], edgecolor=LANE_EDGE[lane],
                             linewidth=2.6 if sid in highlight else 1.0,
                             linestyle=":" if lane == "evidence" else "-", zorder=3)
        ax.add_patch(box)
        patches[sid] = box
        ax.text(cx, cy, wrap(s.text(), 24), ha="center", va="center",
                fontsize=7.5, zorder=4, linespacing=1.15)
        ax.text(cx - BOX_WIDTH / 2 + 0.05, cy - BOX_HEIGHT / 2 + 0.04, sid, fontsize=5.5,
                color="#555555", ha="left", va="bottom", zorder=4)
        if s.fail_point:
            fx, fy = cx + BOX_WIDTH / 2 - 0.02, cy + BOX_HEIGHT / 2 - 0.02
            ax.add_patch(Circle((fx, fy), 0.14, facecolor=OKABE_ITO["vermillion"],
                                edgecolor="white", linewidth=0.8, zorder=6))
            ax.text(fx, fy, "F", ha="center", va="center", fontsize=8, color="white",
                    fontweight="bold", zorder=7)
        if s.wait_point:
            wx, wy = cx - BOX_WIDTH / 2 + 0.02, cy + BOX_HEIGHT / 2 - 0.02
            ax.add_patch(Polygon([(wx - 0.17, wy - 0.12), (wx + 0.17, wy - 0.12), (wx, wy + 0.18)],
                                 closed=True, facecolor=OKABE_ITO["yellow"], edgecolor="#333333",
                                 linewidth=0.8, zorder=6))
            ax.text(wx, wy - 0.02, "W", ha="center", va="center", fontsize=6.5,
                    fontweight="bold", zorder=7)
            if s.wait is not None:
                ax.text(wx + 0.2, wy + 0.02, f"{s.wait:g}′", ha="left", va="center",
                        fontsize=6, zorder=7)

    for f in blueprint.flows:
        if (f.source in patches) != (f.target in patches):
            _edge_stub(ax, geo, index, patches, f)
            continue
        if f.source not in patches or f.target not in patches:
            continue
        a, b = geo.boxes[f.source], geo.boxes[f.target]
        blocked = _blocked(a, b, geo.boxes, {f.source, f.target})
        backwards = b[0] < a[0] - 1e-9
        rad = 0.3 if (blocked or backwards) else 0.0
        ax.add_patch(FancyArrowPatch(a, b, patchA=patches[f.source], patchB=patches[f.target],
                                     arrowstyle="-|>", mutation_scale=9, linewidth=0.9,
                                     color="#444444", connectionstyle=f"arc3,rad={rad}",
                                     shrinkA=1, shrinkB=1, zorder=2))

    if title:
        name = blueprint.name_zh if zh and blueprint.name_zh else blueprint.name
        ax.text(0.1, top_margin / 2, name, ha="left", va="center", fontsize=12,
                fontweight="bold")
    if legend:
        ax.text(TITLE_WIDTH, -geo.height - bottom_margin / 2,
                "    ".join([t("blueprint.legend.fail"), t("blueprint.legend.wait"),
                             t("blueprint.legend.flow")]),
                ha="left", va="center", fontsize=8, color="#333333")
    return ax


def _edge_stub(ax: Any, geo: Layout, index: dict[str, Step], patches: dict[str, Any],
               flow: Any) -> None:
    """A dashed arrow to or from the edge of a sliced diagram, for a flow whose other
    end lies in a column that is not drawn; the other step's id is written at the edge."""
    from matplotlib.patches import FancyArrowPatch

    inside, outside = ((flow.source, flow.target) if flow.source in patches
                       else (flow.target, flow.source))
    other = index.get(outside)
    if other is None:
        return
    lane = other.lane if other.lane in geo.lanes else "support"
    top, bottom = geo.lanes[lane]
    later = other.column > index[inside].column
    edge_x = geo.width - 0.08 if later else TITLE_WIDTH + 0.03
    edge = (edge_x, (top + bottom) / 2)
    start, end = (geo.boxes[inside], edge) if flow.source == inside else (edge, geo.boxes[inside])
    ax.add_patch(FancyArrowPatch(start, end, patchA=patches.get(flow.source),
                                 patchB=patches.get(flow.target), arrowstyle="-|>",
                                 mutation_scale=9, linewidth=0.9, linestyle=(0, (3, 2)),
                                 color="#777777", shrinkA=1, shrinkB=1, zorder=2))
    ax.text(edge_x + (-0.04 if later else 0.04), edge[1] + 0.08, outside,
            ha="right" if later else "left", va="bottom", fontsize=6.5, color="#555555",
            zorder=4)


def save_blueprint(blueprint: Blueprint, path: str | Path, dpi: int = 150,
                   **kwargs: Any) -> Path:
    """Draw ``blueprint`` and save it as SVG, PNG or PDF (by suffix); returns the path.

    The output is reproducible: no creation date is written and SVG ids are seeded.
    """
    import matplotlib.pyplot as plt

    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind not in ("svg", "png", "pdf"):
        raise ValueError(t("blueprint.err.format", path=str(path)))
    metadata = {"svg": {"Date": None}, "png": {"Software": None},
                "pdf": {"CreationDate": None, "ModDate": None}}[kind]
    with plt.rc_context({"svg.hashsalt": "svcx", "svg.fonttype": "path"}):
        ax = plot_blueprint(blueprint, **kwargs)
        fig = ax.figure
        fig.savefig(path, dpi=dpi, metadata=metadata, facecolor="white")
    plt.close(fig)
    return path
