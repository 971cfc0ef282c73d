"""Drawing journeys: the emotion curve, and the journey lined up with a blueprint.

Example
-------
>>> from svcx_helpers import journey
>>> jm = journey.load("hotel_check_in")                         # doctest: +SKIP
>>> ax = journey.plot_emotion_curve(jm)                          # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..i18n import t
from ..journey import CHANNELS, JourneyMap, align, channel_name
from .style import OKABE_ITO, new_axes

CHANNEL_COLORS = {"physical": OKABE_ITO["orange"], "digital": OKABE_ITO["blue"],
                  "interpersonal": OKABE_ITO["green"], "process": OKABE_ITO["purple"]}
CHANNEL_MARKERS = {"physical": "s", "digital": "o", "interpersonal": "D", "process": "^"}


def _draw_curve(journey: JourneyMap, ax: Any, xs: Sequence[float], threshold: float | None,
                labels: bool, legend_y: float = -0.02,
                extremes: tuple[float, float] | None = None) -> Any:
    """Draw the curve; ``extremes`` = the whole journey's (min, max) when only part of it is
    drawn, so that "worst moment" and "peak" are only written where they really are."""
    from .style import wrap

    curve = journey.emotion_curve()
    limit = journey.midpoint if threshold is None else float(threshold)
    low, high = journey.scale
    ax.set_ylim(low - (0.6 if labels else 1.1), high + 0.9)
    # stage bands
    start = 0
    for k, stage in enumerate(journey.stages):
        n = len(stage.steps)
        left = xs[start] - 0.5 * _gap(xs, start)
        right = xs[start + n - 1] + 0.5 * _gap(xs, start + n - 1)
        if k % 2 == 0:
            ax.axvspan(left, right, color="#f1f1f1", zorder=0)
        ax.text((left + right) / 2, high + 0.55, stage.text(), ha="center", va="center",
                fontsize=9, fontweight="bold")
        start += n
    ax.axhline(limit, color=OKABE_ITO["vermillion"], linestyle="--", linewidth=1, zorder=1)
    ax.text(xs[-1] + 0.45 * _gap(xs, len(xs) - 1), limit,
            t("journey.label.threshold", value=f"{limit:g}"), ha="right", va="bottom", fontsize=7,
            color=OKABE_ITO["vermillion"])
    ax.plot(xs, curve["emotion"], color="#444444", linewidth=1.6, zorder=2,
            label=t("journey.label.curve"))
    for channel in CHANNELS:
        mask = (curve["channel"] == channel).to_numpy()
        if mask.any():
            ax.scatter([x for x, m in zip(xs, mask, strict=True) if m], curve["emotion"][mask],
                       s=55, marker=CHANNEL_MARKERS[channel], color=CHANNEL_COLORS[channel],
                       edgecolor="white", linewidth=0.8, zorder=3, label=channel_name(channel))
    pains = curve["emotion"] < limit
    ax.scatter([x for x, p in zip(xs, pains, strict=True) if p], curve["emotion"][pains], s=240,
               facecolor="none", edgecolor=OKABE_ITO["vermillion"], linewidth=1.6, zorder=4,
               label=t("journey.label.pain"))
    lo, hi = int(curve["emotion"].idxmin()), int(curve["emotion"].idxmax())
    e_min, e_max = extremes or (curve["emotion"][lo], curve["emotion"][hi])
    for i, key, color in ((lo, "journey.label.low", OKABE_ITO["vermillion"]),
                          (hi, "journey.label.peak", OKABE_ITO["green"])):
        if curve["emotion"][i] not in (e_min, e_max):
            continue
        left = i < len(xs) / 2
        ax.annotate(t(key), (xs[i], curve["emotion"][i]), xytext=(12 if left else -12, 0),
                    textcoords="offset points", ha="left" if left else "right", va="center",
                    fontsize=8, fontweight="bold", color=color, zorder=5)
    ax.set_ylabel(t("journey.axis.emotion"))
    if labels:
        ax.set_xticks(list(xs), [wrap(a, 16, 3) for a in curve["action"]], fontsize=7)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2 if labels else legend_y),
              fontsize=7, ncol=6, frameon=False)
    return ax


def _gap(xs: Sequence[float], i: int) -> float:
    if len(xs) == 1:
        return 1.0
    if i == 0:
        return xs[1] - xs[0]
    if i == len(xs) - 1:
        return xs[-1] - xs[-2]
    return min(xs[i] - xs[i - 1], xs[i + 1] - xs[i])


def plot_emotion_curve(journey: JourneyMap, ax: Any = None, threshold: float | None = None,
                       labels: str = "auto") -> Any:
    """The emotion curve: one point per step (shape and colour = channel), stages shaded,
    the pain threshold dashed, pain points circled, the worst moment and the peak named.

    ``labels``: ``"action"`` writes each step's action under the axis, ``"number"`` its
    number (1, 2, …; the numbers of :meth:`~svcx_helpers.journey.JourneyMap.emotion_curve`),
    ``"auto"`` (default) actions up to 10 steps, numbers beyond. The figure is at most
    12 inches wide, so it stays readable on a page.
    """
    n = len(journey.steps)
    use_numbers = labels == "number" or (labels == "auto" and n > 10)
    ax = new_axes(ax, figsize=(min(12.0, max(7.5, (0.55 if use_numbers else 1.05) * n)), 4.6))
    xs = list(range(1, n + 1))
    _draw_curve(journey, ax, xs, threshold, labels=not use_numbers, legend_y=-0.15)
    if use_numbers:
        ax.set_xticks(xs, [str(x) for x in xs], fontsize=8)
        ax.set_xlabel(t("journey.axis.step"))
    ax.set_xlim(0.4, n + 0.6)
    name = journey.name_zh if journey.name_zh and _zh() else journey.name
    ax.set_title(name, loc="left", fontsize=11, fontweight="bold")
    return ax


def _zh() -> bool:
    from ..i18n import get_language

    return get_language() == "zh"


def plot_journey_blueprint(journey: JourneyMap, blueprint: Any, threshold: float | None = None,
                           columns: tuple[Any, Any] | None = None) -> Any:
    """The journey's emotion curve above the blueprint, each step over its customer action.

    Steps are placed with :func:`svcx_helpers.journey.align` (the ``blueprint_step`` links);
    several steps over one column are spread across it. ``columns=(first, last)`` zooms in
    on those blueprint columns and the journey steps above them. Returns the Figure.
    """
    import matplotlib.pyplot as plt

    from .blueprint import COLUMN_WIDTH, TITLE_WIDTH, layout, plot_blueprint
    from .fonts import ensure_cjk_font

    ensure_cjk_font()
    whole = [s.emotion for s in journey.steps]
    if columns is not None:
        journey = _steps_over(journey, blueprint, columns)
    table = align(journey, blueprint)
    geo = layout(blueprint, columns)
    xs: list[float] = []
    counts = table["column"].value_counts(dropna=False)
    seen: dict[Any, int] = {}
    for col in table["column"]:
        base = geo.x.get(col, geo.x[max(geo.x)] + COLUMN_WIDTH) if col is not None else 0.4
        k, n = seen.get(col, 0), int(counts[col]) if col in counts else 1
        seen[col] = k + 1
        xs.append(base + (k - (n - 1) / 2) * (COLUMN_WIDTH * 0.8 / max(n, 1)))
    curve_h, bp_h = 3.2, geo.height + 1.0
    fig = plt.figure(figsize=(geo.width, curve_h + bp_h))
    top = fig.add_axes((0, bp_h / (curve_h + bp_h), 1, curve_h / (curve_h + bp_h) * 0.92))
    bottom = fig.add_axes((0, 0, 1, bp_h / (curve_h + bp_h)))
    new_axes(top)
    _draw_curve(journey, top, xs, threshold, labels=False,
                extremes=(min(whole), max(whole)))
    top.set_xlim(0, geo.width)
    top.set_xticks([])
    top.spines["left"].set_position(("data", TITLE_WIDTH - 0.05))
    top.yaxis.set_label_coords(0.3 / geo.width, 0.5)
    for x in xs:
        top.axvline(x, color="#cccccc", linewidth=0.6, linestyle=":", zorder=0)
    for x, action in zip(xs, table["action"], strict=True):
        top.text(x, journey.scale[0] - 0.5, _short(action), ha="center", va="top",
                 fontsize=6.5, color="#333333")
    plot_blueprint(blueprint, ax=bottom, title=False, columns=columns, highlight=[
        s for s in table["blueprint_step"] if s])
    name = journey.name_zh if journey.name_zh and _zh() else journey.name
    top.set_title(name, loc="left", fontsize=11, fontweight="bold")
    return fig


def _steps_over(journey: JourneyMap, blueprint: Any, columns: tuple[Any, Any]) -> JourneyMap:
    """A copy of ``journey`` with only the steps over blueprint ``columns`` (inclusive)."""
    import copy

    cols = align(journey, blueprint)["column"].tolist()
    keep = [c is not None and columns[0] <= c <= columns[1] for c in cols]
    part = copy.deepcopy(journey)
    flags = iter(keep)
    for stage in part.stages:
        stage.steps = [s for s in stage.steps if next(flags)]
    part.stages = [st for st in part.stages if st.steps]
    if not part.stages:
        raise ValueError(t("journey.err.empty"))
    return part


def _short(text: str) -> str:
    from .style import wrap

    return wrap(text, 18, 2)
