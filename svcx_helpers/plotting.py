"""Shared plot style: colour-blind-safe palette, CJK font, translated labels.

All plots of svcx_helpers call :func:`new_axes` so that matplotlib is imported only
when a plot is drawn, the CJK font is registered, and the style is the same everywhere.
The palette is Okabe & Ito (2008), safe for the common forms of colour blindness.
"""

from __future__ import annotations

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
