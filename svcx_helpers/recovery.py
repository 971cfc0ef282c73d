"""Complaints and service recovery: Pareto analysis, recovery KQIs, the recovery paradox.

* :func:`pareto` — complaints (or a value such as compensation paid) per category, sorted,
  with the share, the cumulative share and the **vital few**: the smallest set of top
  categories whose cumulative share reaches ``threshold`` (80 % by default, Juran's rule of
  thumb — a rule of thumb, not a law: look at the curve).
* :func:`fit_of_compensation` — compensation matched to severity: each compensation has a
  level (none 0, apology gift 1, fee refund / credit voucher 2, full refund 3) and each
  severity a level (low 1, medium 2, high 3); *under* when below, *matched*, *over* above.
* :func:`kqi` — time to first response and to resolution (hours; percentiles by nearest
  rank), resolved share, satisfaction after recovery (mean, top-2-box) and repurchase.
* :func:`paradox` — satisfaction and repurchase of complainants by quality of recovery,
  next to customers who never complained: the service recovery paradox (McCollough &
  Bharadwaj 1992; Smith & Bolton 1998) predicts *good* recoveries at or above the
  baseline and poor ones far below it.

Example
-------
>>> import pandas as pd
>>> pareto(pd.DataFrame({"category": list("aaaaabbbc")}))["vital_few"].tolist()
[True, True, False]
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from .i18n import t
from .plotting import lazy_plots

_PLOTS = ("plot_pareto", "plot_paradox")
__getattr__, __dir__ = lazy_plots(__name__, "plots.recovery", _PLOTS)

SEVERITY_LEVEL: dict[str, int] = {"low": 1, "medium": 2, "high": 3}
COMPENSATION_LEVEL: dict[str, int] = {"none": 0, "apology_gift": 1, "fee_refund": 2,
                                      "credit_voucher": 2, "full_refund": 3}


def pareto(complaints: pd.DataFrame, by: str = "category", value: str | None = None,
           threshold: float = 0.8) -> pd.DataFrame:
    """Pareto table of ``complaints`` by ``by``: ``count`` (or the sum of ``value``),
    ``share``, ``cumulative`` and ``vital_few`` (True for the top categories up to and
    including the one where the cumulative share first reaches ``threshold``).

    >>> import pandas as pd
    >>> pareto(pd.DataFrame({"category": list("aaaaabbbc")}))["cumulative"].round(3).tolist()
    [0.556, 0.889, 1.0]
    """
    if by not in complaints.columns or (value is not None and value not in complaints.columns):
        missing = [c for c in (by, value) if c is not None and c not in complaints.columns]
        raise ValueError(t("recovery.err.columns", missing=missing,
                           found=list(map(str, complaints.columns))))
    if not 0 < float(threshold) <= 1:
        raise ValueError(t("recovery.err.threshold", value=threshold))
    if value is None:
        counts = complaints[by].value_counts(dropna=False)
    else:
        numbers = pd.to_numeric(complaints[value], errors="coerce")
        counts = numbers.groupby(complaints[by], dropna=False).sum()
    counts = counts.rename_axis(by)
    # sort by size, ties by name, so that the table does not depend on row order
    order = sorted(counts.index, key=lambda k: (-counts[k], str(k)))
    counts = counts.reindex(order).astype(float)
    total = counts.sum()
    if total <= 0:
        raise ValueError(t("recovery.err.empty"))
    share = counts / total
    cumulative = share.cumsum()
    reached = np.flatnonzero(cumulative.to_numpy() >= threshold - 1e-12)
    cut = int(reached[0]) if len(reached) else len(counts) - 1
    out = pd.DataFrame({"count" if value is None else value: counts, "share": share,
                        "cumulative": cumulative,
                        "vital_few": np.arange(len(counts)) <= cut})
    if value is None:
        out["count"] = out["count"].astype(int)
    return out


def fit_of_compensation(severity: Any, compensation: Any,
                        severity_level: Mapping[str, int] | None = None,
                        compensation_level: Mapping[str, int] | None = None) -> pd.Series:
    """``under`` / ``matched`` / ``over`` for each complaint (levels in the module notes;
    pass your own level tables to use another policy)."""
    sev = dict(severity_level or SEVERITY_LEVEL)
    comp = dict(compensation_level or COMPENSATION_LEVEL)
    s = pd.Series(severity)
    c = pd.Series(compensation, index=s.index)
    for values, table, name in ((s, sev, "severity"), (c, comp, "compensation")):
        unknown = sorted(set(values.dropna().astype(str)) - set(table))
        if unknown:
            raise ValueError(t("recovery.err.level", name=name, unknown=unknown, known=list(table)))
    diff = c.map(comp) - s.map(sev)
    return pd.Series(np.select([diff < 0, diff == 0, diff > 0], ["under", "matched", "over"],
                               default=None), index=s.index, name="compensation_fit")


def _times(complaints: pd.DataFrame) -> pd.DataFrame:
    from .readers import read_tickets

    df = complaints.rename(columns={"received": "created"})
    df = read_tickets(df, source="complaints")
    df["response_hours"] = (df["first_response"] - df["created"]) / pd.Timedelta(hours=1) \
        if "first_response" in df else np.nan
    df["resolution_hours"] = (df["resolved"] - df["created"]) / pd.Timedelta(hours=1) \
        if "resolved" in df else np.nan
    return df


def kqi(complaints: pd.DataFrame, by: str | None = None, percentiles: tuple[float, ...] = (50, 90)
        ) -> pd.DataFrame:
    """Recovery KQIs, overall or per ``by`` (hours; percentiles by nearest rank):
    ``complaints``, ``resolved_share``, ``response_p50``…, ``resolution_p50``…,
    ``satisfaction_mean``, ``satisfaction_top2``, ``repurchase_rate``."""
    from .standards import percentile, top_box

    df = _times(complaints)

    def one(g: pd.DataFrame) -> pd.Series:
        row: dict[str, Any] = {"complaints": len(g),
                               "resolved_share": float(g["resolution_hours"].notna().mean())}
        for col, name in (("response_hours", "response"), ("resolution_hours", "resolution")):
            vals = g[col].dropna()
            for p in percentiles:
                row[f"{name}_p{p:g}"] = percentile(vals, p) if len(vals) else math.nan
        if "satisfaction_after" in g:
            sat = pd.to_numeric(g["satisfaction_after"], errors="coerce").dropna()
            row["satisfaction_mean"] = float(sat.mean()) if len(sat) else math.nan
            row["satisfaction_top2"] = top_box(sat)
        if "repurchase" in g:
            rep = pd.to_numeric(g["repurchase"], errors="coerce").dropna()
            row["repurchase_rate"] = float(rep.mean()) if len(rep) else math.nan
        return pd.Series(row)

    out = one(df).to_frame("all").T if by is None else \
        df.groupby(by, sort=True)[list(df.columns)].apply(one)
    return out.astype({"complaints": int})


def recovery_quality(complaints: pd.DataFrame, fast_response: float = 2.0,
                     fast_resolution: float = 48.0) -> pd.Series:
    """Each complaint's recovery: ``good`` (first response within ``fast_response`` hours,
    resolved within ``fast_resolution`` hours, compensation matched or over), ``slow``
    (resolved, but late), ``under-compensated`` (fast, but under), ``unresolved``."""
    df = _times(complaints)
    fit = fit_of_compensation(df["severity"], df["compensation"]) if {
        "severity", "compensation"} <= set(df.columns) else pd.Series("matched", index=df.index)
    fast = (df["response_hours"] <= fast_response) & (df["resolution_hours"] <= fast_resolution)
    quality = np.select(
        [df["resolution_hours"].isna(), ~fast, fit == "under"],
        ["unresolved", "slow", "under-compensated"], default="good")
    return pd.Series(quality, index=complaints.index, name="recovery")


def paradox(complaints: pd.DataFrame, baseline: pd.DataFrame, fast_response: float = 2.0,
            fast_resolution: float = 48.0) -> pd.DataFrame:
    """Satisfaction and repurchase by recovery quality, with the customers who never
    complained as the first row (``baseline`` needs ``satisfaction`` and ``repurchase``).

    Columns: ``customers``, ``satisfaction_mean``, ``satisfaction_top2``,
    ``repurchase_rate``, and ``vs_baseline`` (repurchase rate minus the baseline's).
    """
    from .standards import top_box

    missing = [c for c in ("satisfaction", "repurchase") if c not in baseline.columns]
    if missing:
        raise ValueError(t("recovery.err.columns", missing=missing,
                           found=list(map(str, baseline.columns))))
    rows = {}
    sat = pd.to_numeric(baseline["satisfaction"], errors="coerce").dropna()
    rep = pd.to_numeric(baseline["repurchase"], errors="coerce").dropna()
    rows["no complaint"] = (len(baseline), sat.mean(), top_box(sat), rep.mean())
    quality = recovery_quality(complaints, fast_response, fast_resolution)
    for group in ("good", "under-compensated", "slow", "unresolved"):
        g = complaints[quality == group]
        s = pd.to_numeric(g.get("satisfaction_after"), errors="coerce").dropna()
        r = pd.to_numeric(g.get("repurchase"), errors="coerce").dropna()
        rows[group] = (len(g), s.mean() if len(s) else math.nan, top_box(s),
                       r.mean() if len(r) else math.nan)
    out = pd.DataFrame.from_dict(rows, orient="index", columns=[
        "customers", "satisfaction_mean", "satisfaction_top2", "repurchase_rate"])
    out["vs_baseline"] = out["repurchase_rate"] - out.loc["no complaint", "repurchase_rate"]
    out.index.name = "group"
    return out
