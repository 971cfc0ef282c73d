"""Importance–performance analysis (IPA; Martilla & James 1977).

Each attribute is placed by its mean importance (vertical axis) and mean performance
(horizontal axis); crosshairs split the chart into four quadrants with an action each.
Where the crosshairs go is a judgment call (METHODS.md §6.1): the data means (default),
the medians, the scale midpoint, or a point you choose. The plot is
:func:`svcx_helpers.plots.servqual.plot_ipa` (also ``ipa.plot_matrix``).

Example
-------
>>> import pandas as pd
>>> from svcx_helpers import ipa
>>> imp = pd.Series({"Prompt service": 4.5, "Waiting lounge": 3.1, "Courteous staff": 4.0})
>>> perf = pd.Series({"Prompt service": 3.6, "Waiting lounge": 3.0, "Courteous staff": 4.5})
>>> ipa.quadrants(imp, perf)["quadrant"].tolist()
['concentrate_here', 'low_priority', 'keep_up']
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from .i18n import t

QUADRANTS: tuple[str, ...] = ("concentrate_here", "keep_up", "low_priority",
                              "possible_overkill")
"""Quadrant keys: high importance & low performance = concentrate here (MJ77 A), high &
high = keep up the good work (B), low & low = low priority (C), low importance & high
performance = possible overkill (D)."""

CROSSHAIRS = ("mean", "median", "scale_mid")


def _means(values: Any, what: str) -> pd.Series:
    if isinstance(values, pd.DataFrame):  # respondents × attributes: take column means
        values = values.apply(pd.to_numeric, errors="coerce").mean()
    elif isinstance(values, Mapping) and not isinstance(values, pd.Series):
        values = pd.Series(values)
    elif not isinstance(values, pd.Series):
        values = pd.Series(list(values))
    out = pd.to_numeric(values, errors="coerce").astype(float)
    if out.isna().any():
        label = out.index[out.isna().to_numpy()][0]
        raise ValueError(t("servqual.ipa.err.value", what=t(f"servqual.ipa.{what}"), label=label,
                           value=values.loc[label]))
    return out


def quadrant_of(importance: float, performance: float, x: float, y: float,
                tie: str = "high") -> str:
    """Quadrant key of one point for crosshairs at performance ``x``, importance ``y``.

    Boundary values go to the high side (``tie="high"``, METHODS.md §6.1 LIB) or to the
    low side (``tie="low"``). Example: ``quadrant_of(4.8, 3.9, 3.93, 3.88)`` →
    ``"concentrate_here"``.
    """
    if tie == "high":
        high_i, high_p = importance >= y, performance >= x
    else:
        high_i, high_p = importance > y, performance > x
    if high_i:
        return "keep_up" if high_p else "concentrate_here"
    return "possible_overkill" if high_p else "low_priority"


def quadrants(importance: Any, performance: Any,
              crosshair: str | Sequence[float] = "mean",
              scale: tuple[float, float] | None = None, tie: str = "high") -> pd.DataFrame:
    """Place attributes in the four IPA quadrants (Martilla & James 1977).

    ``importance`` and ``performance`` are mean ratings per attribute (Series or dict with
    the same keys), or respondents × attributes DataFrames whose column means are taken.
    ``crosshair``: ``"mean"`` (grand means of the attribute means, the default),
    ``"median"``, ``"scale_mid"`` (midpoint of ``scale``, e.g. (1, 5) → 3; ``scale`` is
    then required) or an explicit ``(performance_x, importance_y)`` point. Boundary values
    go to the high side unless ``tie="low"``.

    Returns one row per attribute: ``importance``, ``performance``, ``gap`` = P − I
    (meaningful only when both use the same scale; the diagonal I = P is the
    iso-rating line), ``quadrant`` (key of :data:`QUADRANTS`) and ``label`` (its name in
    the current language); ``attrs["crosshair"]`` = (x, y).

    Example (METHODS.md §6.2): with the data-mean crosshair (P 3.933, I 3.883) "Job done
    right first time" (4.8, 3.9) is "concentrate_here"; with the scale midpoint (3, 3)
    everything is "keep_up".
    """
    if tie not in ("high", "low"):
        raise ValueError(t("core.option", value=tie, name="tie", choices=["high", "low"]))
    imp = _means(importance, "importance")
    perf = _means(performance, "performance")
    if set(imp.index) != set(perf.index) or len(imp) != len(perf):
        only = sorted(map(str, set(imp.index) ^ set(perf.index)))
        raise ValueError(t("servqual.ipa.err.keys", keys=only))
    perf = perf.loc[imp.index]
    if isinstance(crosshair, str):
        if crosshair == "mean":
            x, y = float(perf.mean()), float(imp.mean())
        elif crosshair == "median":
            x, y = float(perf.median()), float(imp.median())
        elif crosshair == "scale_mid":
            if scale is None:
                raise ValueError(t("servqual.ipa.err.scale"))
            x = y = (float(scale[0]) + float(scale[1])) / 2
        else:
            raise ValueError(t("core.option", value=crosshair, name="crosshair",
                               choices=[*CROSSHAIRS, "(x, y)"]))
    else:
        try:
            x, y = (float(v) for v in crosshair)
        except (TypeError, ValueError):
            raise ValueError(t("core.option", value=crosshair, name="crosshair",
                               choices=[*CROSSHAIRS, "(x, y)"])) from None
    out = pd.DataFrame({"importance": imp, "performance": perf})
    out["gap"] = out["performance"] - out["importance"]
    out["quadrant"] = [quadrant_of(i, p, x, y, tie) for i, p in zip(imp, perf, strict=True)]
    out["label"] = [t(f"servqual.ipa.{q}") for q in out["quadrant"]]
    out.index.name = imp.index.name or "attribute"
    out.attrs["crosshair"] = (x, y)
    out.attrs["crosshair_rule"] = crosshair if isinstance(crosshair, str) else "point"
    return out


def compare_crosshairs(importance: Any, performance: Any,
                       scale: tuple[float, float] | None = None) -> pd.DataFrame:
    """Quadrant of each attribute under the mean, median and (with ``scale``)
    scale-midpoint crosshairs side by side — to show how much the choice matters
    (METHODS.md §6.2). Example: ``compare_crosshairs(imp, perf, scale=(1, 5))``.
    """
    rules: list[str] = ["mean", "median"] + (["scale_mid"] if scale is not None else [])
    return pd.DataFrame({r: quadrants(importance, performance, r, scale=scale)["quadrant"]
                         for r in rules})


def __getattr__(name: str) -> Any:
    if name == "plot_matrix":
        from .plotting import plot_function

        return plot_function("plots.servqual", "plot_ipa")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

