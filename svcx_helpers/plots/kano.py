"""KANO plots, layered on the pure functions of :mod:`svcx_helpers.kano`.

* :func:`plot_better_worse` — the Better–Worse (customer satisfaction coefficient) diagram.
* :func:`plot_categories` — stacked bars of category shares per attribute.
* :func:`plot_continuous` — DuMouchel's continuous analysis (D̄ vs F̄).

Labels follow :func:`svcx_helpers.set_language`; Chinese renders with the CJK font found
by :mod:`svcx_helpers.plots.fonts`. Each function returns the matplotlib Axes.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from ..i18n import t
from ..kano import CATEGORIES, PRECEDENCE, count, evaluate
from .style import annotate_points, category_color, label_for, new_axes


def _evaluated(data: pd.DataFrame) -> pd.DataFrame:
    if "better" in data.columns and "category" in data.columns:
        return data
    if "functional" in data.columns:
        data = count(data)
    return evaluate(data)


def plot_better_worse(evaluated: pd.DataFrame, ax: Any = None, labels: Any = None,
                      split: float = 0.5, size: pd.Series | None = None,
                      annotate: bool = True, label_offsets: Any = None) -> Any:
    """Better–Worse diagram: x = |Worse|, y = Better, quadrants split at ``split``.

    ``evaluated`` is the output of :func:`kano.evaluate` (counts or long responses are
    evaluated first). Points are coloured by category; ``labels`` maps attribute keys to
    display names (e.g. a Series of Chinese labels); ``size`` (e.g. mean importance) sets
    the marker area. Labels are placed so they do not overlap; ``label_offsets``
    ({label: (dx, dy)} in points) pins some by hand. Quadrants (Berger et al. 1993;
    METHODS.md §1.6): upper right O, upper left A, lower right M, lower left I.
    """
    ev = _evaluated(evaluated)
    ax = new_axes(ax)
    x, y = ev["worse"].abs(), ev["better"]
    if size is not None:
        s = pd.Series(size).reindex(ev.index).astype(float)
        area = 40 + 260 * (s - s.min()) / ((s.max() - s.min()) or 1)
    else:
        area = pd.Series(90.0, index=ev.index)
    for attr in ev.index:
        cat = ev.loc[attr, "category"]
        ax.scatter(x[attr], y[attr], s=area[attr], color=category_color(cat),
                   edgecolor="black", linewidth=0.6, zorder=3)
    ax.axvline(split, color="#555555", linewidth=1, linestyle="--")
    ax.axhline(split, color="#555555", linewidth=1, linestyle="--")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    corners = {"A": (0.02, 0.97, "left", "top"), "O": (0.98, 0.97, "right", "top"),
               "I": (0.02, 0.03, "left", "bottom"), "M": (0.98, 0.03, "right", "bottom")}
    for letter, (cx, cy, ha, va) in corners.items():
        ax.text(cx, cy, f"{letter}: {t('kano.category.' + letter)}", transform=ax.transAxes,
                ha=ha, va=va, fontsize=10, color=category_color(letter), fontweight="bold")
    ax.set_xlabel(t("kano.plot.worse"))
    ax.set_ylabel(t("kano.plot.better"))
    ax.set_title(t("kano.plot.better_worse.title"))
    if annotate:
        annotate_points(ax, x.tolist(), y.tolist(), [label_for(a, labels) for a in ev.index],
                        offsets=label_offsets)
    return ax


def plot_categories(counts: pd.DataFrame, ax: Any = None, labels: Any = None,
                    normalize: bool = True) -> Any:
    """Horizontal stacked bars: share (or count) of each category per attribute.

    Attributes are sorted by their evaluated category in M > O > A > I > R > Q order, so
    the chart reads like the priority list. ``counts`` is the output of :func:`kano.count`
    (long responses are counted first).
    """
    c = count(counts) if "functional" in counts.columns else counts
    c = c[list(CATEGORIES)]
    cats = evaluate(c)["category"].astype(str).str[0]
    order = sorted(c.index, key=lambda a: (PRECEDENCE.index(cats[a]), -c.loc[a].max()))
    data = c.loc[order[::-1]]
    if normalize:
        data = data.div(data.sum(axis=1).where(lambda s: s > 0), axis=0)
    ax = new_axes(ax, figsize=(8, 0.45 * len(data) + 1.6))
    left = pd.Series(0.0, index=data.index)
    names = [label_for(a, labels) for a in data.index]
    for letter in CATEGORIES:
        ax.barh(names, data[letter], left=left, color=category_color(letter),
                edgecolor="white", linewidth=0.5, label=f"{letter} {t('kano.category.' + letter)}",
                zorder=3)
        left += data[letter]
    ax.set_xlabel(t("kano.plot.share") if normalize else "n")
    if normalize:
        ax.set_xlim(0, 1)
    ax.set_title(t("kano.plot.categories.title"))
    ax.legend(fontsize=8, loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False)
    ax.grid(False, axis="y")
    return ax


def plot_continuous(continuous: pd.DataFrame, ax: Any = None, labels: Any = None,
                    split: float = 2.0, label_offsets: Any = None) -> Any:
    """DuMouchel continuous analysis: dysfunctional mean (x) vs functional mean (y).

    ``continuous`` is the output of :func:`kano.continuous`. Marker size shows mean
    importance when present; error bars are ± one standard error. The split at 2 is a
    reading aid, not a classification (Displayr; METHODS.md §1.7).
    """
    from ..kano import continuous as _continuous

    cont = _continuous(continuous) if "functional" in continuous.columns else continuous
    ax = new_axes(ax)
    n = cont["n"].clip(lower=1) ** 0.5
    if "importance_mean" in cont:
        imp = cont["importance_mean"]
        area = 40 + 260 * (imp - imp.min()) / ((imp.max() - imp.min()) or 1)
    else:
        area = pd.Series(90.0, index=cont.index)
    ax.errorbar(cont["dysfunctional_mean"], cont["functional_mean"],
                xerr=cont["dysfunctional_sd"] / n, yerr=cont["functional_sd"] / n,
                fmt="none", ecolor="#777777", elinewidth=0.8, zorder=2)
    ax.scatter(cont["dysfunctional_mean"], cont["functional_mean"], s=area,
               color=[category_color(q) for q in cont["quadrant"]], edgecolor="black",
               linewidth=0.6, zorder=3)
    ax.axvline(split, color="#555555", linewidth=1, linestyle="--")
    ax.axhline(split, color="#555555", linewidth=1, linestyle="--")
    ax.axvline(0, color="#bbbbbb", linewidth=0.8)
    ax.axhline(0, color="#bbbbbb", linewidth=0.8)
    lo = min(-0.5, cont["dysfunctional_mean"].min() - 0.3, cont["functional_mean"].min() - 0.3)
    ax.set_xlim(lo, 4)
    ax.set_ylim(lo, 4)
    ax.set_xlabel(t("kano.plot.dysfunctional_mean"))
    ax.set_ylabel(t("kano.plot.functional_mean"))
    ax.set_title(t("kano.plot.continuous.title"))
    annotate_points(ax, cont["dysfunctional_mean"].tolist(), cont["functional_mean"].tolist(),
                    [label_for(a, labels) for a in cont.index], offsets=label_offsets)
    return ax
