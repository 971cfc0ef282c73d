"""Internal customers: the customer–supplier map of departments and its weakest links.

A request from department A to department B makes A the **internal customer** and B the
**internal supplier** (the internal service chain; Heskett et al. 1994's service-profit
chain starts there). From a log of such requests:

* :func:`links` — one row per requester → supplier pair: ``requests``, ``on_time_rate``
  (resolved within the request's ``target_hours`` / resolved), ``turnaround_p50`` and
  ``turnaround_p90`` (hours, nearest rank), ``satisfaction_mean`` (1–5, rated requests),
  ``rated`` and ``open``;
* :func:`suppliers` — the same per supplying department (how it serves everyone);
* :func:`weakest_links` — the links with at least ``min_requests`` requests, worst first,
  by ``satisfaction`` (default), ``on_time`` or ``both`` (below the company median on both,
  then by satisfaction): a slow link whose customers are content is a different problem
  from a slow link whose customers are not.

Example
-------
>>> import pandas as pd
>>> log = pd.DataFrame({"requester": ["ops", "ops", "hr"], "supplier": ["it", "it", "it"],
...     "created": ["2026-01-05 09:00"] * 3, "target_hours": [8, 8, 8],
...     "resolved": ["2026-01-05 12:00", "2026-01-06 12:00", "2026-01-05 10:00"],
...     "satisfaction": [4, 2, 5]})
>>> links(log).loc[("ops", "it"), ["requests", "on_time_rate", "satisfaction_mean"]].tolist()
[2.0, 0.5, 3.0]
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from .i18n import t
from .plotting import lazy_plots

_PLOTS = ("plot_network",)
__getattr__, __dir__ = lazy_plots(__name__, "plots.internal", _PLOTS)

BY = ("satisfaction", "on_time", "both")


def _prepare(requests: pd.DataFrame) -> pd.DataFrame:
    from .readers import read_tickets

    need = ["requester", "supplier", "created"]
    missing = [c for c in need if c not in requests.columns]
    if missing:
        raise ValueError(t("internal.err.columns", missing=missing,
                           found=list(map(str, requests.columns))))
    df = read_tickets(requests, source="requests")
    if "resolved" in df:
        df["turnaround"] = (df["resolved"] - df["created"]) / pd.Timedelta(hours=1)
    else:
        df["turnaround"] = np.nan
    if "target_hours" in df:
        target = pd.to_numeric(df["target_hours"], errors="coerce")
        df["on_time"] = np.where(df["turnaround"].notna(), df["turnaround"] <= target, np.nan)
    else:
        df["on_time"] = np.nan
    if "satisfaction" in df:
        df["satisfaction"] = pd.to_numeric(df["satisfaction"], errors="coerce")
    else:
        df["satisfaction"] = np.nan
    return df


def _summary(g: pd.DataFrame) -> pd.Series:
    from .standards import percentile

    done = g["turnaround"].dropna()
    rated = g["satisfaction"].dropna()
    return pd.Series({
        "requests": float(len(g)),
        "on_time_rate": float(g["on_time"].dropna().astype(float).mean())
        if g["on_time"].notna().any() else math.nan,
        "turnaround_p50": percentile(done, 50) if len(done) else math.nan,
        "turnaround_p90": percentile(done, 90) if len(done) else math.nan,
        "satisfaction_mean": float(rated.mean()) if len(rated) else math.nan,
        "rated": float(len(rated)),
        "open": float(g["turnaround"].isna().sum()),
    })


_COUNTS = {"requests": int, "rated": int, "open": int}


def links(requests: pd.DataFrame) -> pd.DataFrame:
    """One row per (requester, supplier) link; columns in the module notes."""
    df = _prepare(requests)
    out = df.groupby(["requester", "supplier"], sort=True)[list(df.columns)].apply(_summary)
    return out.astype(_COUNTS)


def suppliers(requests: pd.DataFrame) -> pd.DataFrame:
    """One row per supplying department, over all its internal customers, plus
    ``customers`` (how many departments it serves)."""
    df = _prepare(requests)
    out = df.groupby("supplier", sort=True)[list(df.columns)].apply(_summary)
    out["customers"] = df.groupby("supplier")["requester"].nunique()
    return out.astype(_COUNTS)


def weakest_links(requests: pd.DataFrame, n: int = 3, min_requests: int = 30,
                  by: str = "satisfaction") -> pd.DataFrame:
    """The ``n`` weakest links with at least ``min_requests`` requests (see module notes)."""
    if by not in BY:
        raise ValueError(t("core.option", value=by, name="by", choices=list(BY)))
    table = links(requests)
    table = table[table["requests"] >= min_requests]
    if by == "satisfaction":
        ranked = table.sort_values(["satisfaction_mean", "on_time_rate"], kind="stable")
    elif by == "on_time":
        ranked = table.sort_values(["on_time_rate", "satisfaction_mean"], kind="stable")
    else:
        low = ((table["satisfaction_mean"] < table["satisfaction_mean"].median())
               & (table["on_time_rate"] < table["on_time_rate"].median()))
        ranked = table[low].sort_values(["satisfaction_mean", "on_time_rate"], kind="stable")
    return ranked.head(n)
