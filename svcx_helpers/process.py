"""Measuring a service process from its event log: lead time, work, waiting, value added,
hand-offs, rework, variants.

An **event log** has one row per activity instance: the case (a customer visit, a ticket),
the activity, its start and end, and optionally the resource (person, desk, machine) that
did it. From it, per case (times in minutes):

* **lead time** = last end − first start (what the customer lives through);
* **touch time** = Σ activity durations (the work content; parallel work counts twice);
* **waiting time** = lead time − time in which *some* activity was running (the gaps);
* **flow efficiency** = busy time / lead time;
* **value-added ratio** = Σ durations of the value-adding activities you name / lead time
  (lean's VA ratio; NaN unless ``value_adding`` is given — only you can say what the
  customer would pay for);
* **hand-offs** = consecutive activities (in time order) done by different resources;
* **rework** = activity instances that repeat an activity already done in the case.

Example
-------
>>> import pandas as pd
>>> log = load_log(pd.DataFrame({
...     "case_id": ["c1", "c1", "c1"], "activity": ["Check", "Approve", "Check"],
...     "start": ["2026-03-02 09:00", "2026-03-02 09:20", "2026-03-02 09:40"],
...     "end": ["2026-03-02 09:10", "2026-03-02 09:30", "2026-03-02 09:45"],
...     "resource": ["teller", "back_office", "teller"]}))
>>> m = metrics(log, value_adding=["Approve"])
>>> m.cases.loc["c1", ["lead_time", "touch_time", "waiting_time", "va_ratio", "handoffs",
...                    "rework"]].tolist()
[45.0, 25.0, 20.0, 0.2222222222222222, 2.0, 1.0]
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from .i18n import t
from .plotting import lazy_plots

_PLOTS = ("plot_process_map", "plot_swimlanes")
__getattr__, __dir__ = lazy_plots(__name__, "plots.process", _PLOTS)

COLUMNS = ("case", "activity", "start", "end", "resource")
START, END = "▶", "■"


def load_log(data: pd.DataFrame | str | Path, case: str = "case_id", activity: str = "activity",
             start: str = "start", end: str = "end", resource: str | None = None,
             source: str | None = None) -> pd.DataFrame:
    """Read and check an event log; returns columns ``case, activity, start, end, resource``
    (plus any others), sorted by case and start.

    ``data`` is a DataFrame or a CSV/TSV/Excel file (any encoding :func:`readers.read_table`
    knows). ``resource=None`` uses a column called ``resource`` when there is one. Errors
    name the file, the row (the line of the file, header = 1), the column and the value:
    missing columns, empty case or activity, times that cannot be read, end before start.
    """
    from .readers import read_table

    if isinstance(data, pd.DataFrame):
        df = data.copy()
        where = source or "log"
        rows = [str(i) for i in df.index]
    else:
        where = source or str(data)
        df = read_table(data)
        rows = [str(i + 2) for i in range(len(df))]
    if resource is None and "resource" in df.columns:
        resource = "resource"
    names = {"case": case, "activity": activity, "start": start, "end": end}
    if resource is not None:
        names["resource"] = resource
    missing = [v for v in names.values() if v not in df.columns]
    if missing:
        raise ValueError(t("readers.missing_columns", source=where, missing=missing,
                           found=list(map(str, df.columns))))
    if df.empty:
        raise ValueError(t("process.err.empty", source=where))
    for key in ("case", "activity"):
        col = names[key]
        blank = df[col].isna() | (df[col].astype(str).str.strip() == "")
        if blank.any():
            pos = int(np.flatnonzero(blank.to_numpy())[0])
            raise ValueError(t("process.err.blank", source=where, row=rows[pos], column=col))
    out = pd.DataFrame({"case": df[case].astype(str).str.strip(),
                        "activity": df[activity].astype(str).str.strip()})
    for key in ("start", "end"):
        col = names[key]
        raw = df[col]
        parsed = raw if pd.api.types.is_datetime64_any_dtype(raw) else pd.to_datetime(
            raw, errors="coerce", format="mixed")
        bad = parsed.isna()
        if bad.any():
            pos = int(np.flatnonzero(bad.to_numpy())[0])
            raise ValueError(t("readers.time", source=where, row=rows[pos], column=col,
                               value=repr(raw.iloc[pos])))
        out[key] = parsed
    wrong = (out["end"] < out["start"]).to_numpy()
    if wrong.any():
        pos = int(np.flatnonzero(wrong)[0])
        raise ValueError(t("process.err.order", source=where, row=rows[pos],
                           end=str(out["end"].iloc[pos]), start=str(out["start"].iloc[pos]),
                           case=out["case"].iloc[pos], activity=out["activity"].iloc[pos]))
    out["resource"] = (df[resource].astype("string").str.strip() if resource is not None
                       else pd.Series(pd.NA, index=df.index, dtype="string"))
    extra = [c for c in df.columns if c not in names.values() and c not in COLUMNS]
    for c in extra:
        out[c] = df[c]
    out = out.sort_values(["case", "start", "end"], kind="stable").reset_index(drop=True)
    return out


def _minutes(delta: Any) -> Any:
    return delta / pd.Timedelta(minutes=1)


def _busy(starts: np.ndarray, ends: np.ndarray) -> float:
    """Length of the union of [start, end] intervals (sorted by start), in minutes."""
    total, cur_s, cur_e = 0.0, None, None
    for s, e in zip(starts, ends, strict=True):
        if cur_e is None or s > cur_e:
            if cur_e is not None:
                total += cur_e - cur_s
            cur_s, cur_e = s, e
        elif e > cur_e:
            cur_e = e
    if cur_e is not None:
        total += cur_e - cur_s
    return float(total)


class Metrics(NamedTuple):
    """Result of :func:`metrics`: ``cases`` (one row per case) and ``overall``."""

    cases: pd.DataFrame
    overall: pd.Series


def metrics(log: pd.DataFrame, value_adding: Iterable[str] | None = None, *,
            check_names: bool = True) -> Metrics:
    """Per-case and overall process metrics (formulas in the module docstring).

    ``cases`` columns: ``start``, ``end``, ``activities``, ``lead_time``, ``touch_time``,
    ``busy_time``, ``waiting_time``, ``flow_efficiency``, ``va_time``, ``va_ratio``,
    ``handoffs``, ``rework``, ``variant``. ``overall``: ``cases``, ``lead_time_mean``,
    ``lead_time_median``, ``lead_time_p90``, ``touch_time_mean``, ``waiting_time_mean``,
    ``waiting_share`` (Σ waiting / Σ lead), ``flow_efficiency`` (Σ busy / Σ lead),
    ``va_ratio`` (Σ value-added / Σ lead), ``handoffs_per_case``, ``rework_rate`` (share of
    cases with rework), ``rework_per_case``. Times in minutes.

    A value-adding activity that never occurs in the log is an error (usually a typo);
    ``check_names=False`` allows it (e.g. an activity the redesign removed).
    """
    log = as_log(log)
    va = None if value_adding is None else set(value_adding)
    if va is not None and check_names:
        unknown = sorted(va - set(log["activity"]))
        if unknown:
            raise ValueError(t("process.err.va", unknown=unknown,
                               known=sorted(set(log["activity"]))))
    t0 = log["start"].min()
    s = _minutes(log["start"] - t0).to_numpy(dtype=float)
    e = _minutes(log["end"] - t0).to_numpy(dtype=float)
    dur = e - s
    rows = []
    for case, idx in log.groupby("case", sort=True).indices.items():
        cs, ce, cd = s[idx], e[idx], dur[idx]
        acts = log["activity"].to_numpy()[idx]
        res = log["resource"].to_numpy()[idx]
        lead = float(ce.max() - cs.min())
        busy = _busy(cs, ce)
        touch = float(cd.sum())
        known = [r for r in res if not pd.isna(r)]
        handoffs = int(sum(a != b for a, b in itertools.pairwise(known)))
        va_time = float(cd[np.isin(acts, list(va))].sum()) if va is not None else np.nan
        rows.append({
            "case": case, "start": log["start"].iloc[idx[0]], "end": log["end"].iloc[idx].max(),
            "activities": len(idx), "lead_time": lead, "touch_time": touch,
            "busy_time": busy, "waiting_time": lead - busy,
            "flow_efficiency": busy / lead if lead > 0 else np.nan,
            "va_time": va_time, "va_ratio": va_time / lead if lead > 0 else np.nan,
            "handoffs": handoffs, "rework": int(len(acts) - len(set(acts))),
            "variant": " → ".join(acts)})
    cases = pd.DataFrame(rows).set_index("case")
    lead_sum = cases["lead_time"].sum()
    overall = pd.Series({
        "cases": len(cases),
        "lead_time_mean": cases["lead_time"].mean(),
        "lead_time_median": cases["lead_time"].median(),
        "lead_time_p90": float(np.percentile(cases["lead_time"], 90)),
        "touch_time_mean": cases["touch_time"].mean(),
        "waiting_time_mean": cases["waiting_time"].mean(),
        "waiting_share": cases["waiting_time"].sum() / lead_sum if lead_sum else np.nan,
        "flow_efficiency": cases["busy_time"].sum() / lead_sum if lead_sum else np.nan,
        "va_ratio": (cases["va_time"].sum() / lead_sum if va is not None and lead_sum
                     else np.nan),
        "handoffs_per_case": cases["handoffs"].mean(),
        "rework_rate": (cases["rework"] > 0).mean(),
        "rework_per_case": cases["rework"].mean(),
    }, dtype=float)
    return Metrics(cases, overall)


def as_log(log: Any) -> pd.DataFrame:
    """A log from :func:`load_log` as it is; anything else goes through it first."""
    if (isinstance(log, pd.DataFrame) and set(COLUMNS[:4]) <= set(log.columns)
            and pd.api.types.is_datetime64_any_dtype(log["start"])
            and pd.api.types.is_datetime64_any_dtype(log["end"])):
        if "resource" not in log.columns:
            log = log.assign(resource=pd.Series(pd.NA, index=log.index, dtype="string"))
        return log
    return load_log(log)


def variants(log: pd.DataFrame) -> pd.DataFrame:
    """The distinct activity paths, most frequent first.

    Columns: ``variant`` (activities joined by " → "), ``steps``, ``cases``, ``share`` and
    the ``lead_time_median`` of its cases (minutes).
    """
    cases = metrics(log).cases
    g = cases.groupby("variant")
    out = pd.DataFrame({"cases": g.size(), "lead_time_median": g["lead_time"].median()})
    out["share"] = out["cases"] / out["cases"].sum()
    out["steps"] = [v.count(" → ") + 1 for v in out.index]
    out = out.reset_index().sort_values(["cases", "variant"], ascending=[False, True],
                                         kind="stable").reset_index(drop=True)
    return out[["variant", "steps", "cases", "share", "lead_time_median"]]


def transitions(log: pd.DataFrame) -> pd.DataFrame:
    """Directly-follows relation: how often activity B follows A in a case, and the median
    wait between them (B's start − A's end, 0 when they overlap), in minutes. Includes the
    start (``▶``) and end (``■``) of cases."""
    log = as_log(log)
    rows = []
    for _, g in log.groupby("case", sort=True):
        acts = [START, *g["activity"], END]
        ends = [None, *g["end"]]
        starts = [*g["start"], None]
        for k in range(len(acts) - 1):
            wait = (np.nan if ends[k] is None or starts[k] is None
                    else max(0.0, _minutes(starts[k] - ends[k])))
            rows.append((acts[k], acts[k + 1], wait))
    df = pd.DataFrame(rows, columns=["source", "target", "wait"])
    out = df.groupby(["source", "target"], sort=True).agg(
        count=("wait", "size"), median_wait=("wait", "median")).reset_index()
    return out.sort_values(["count", "source", "target"], ascending=[False, True, True],
                           kind="stable").reset_index(drop=True)


def activity_stats(log: pd.DataFrame) -> pd.DataFrame:
    """Per activity: ``instances``, ``cases``, ``duration_median`` (minutes) and
    ``position`` (mean index of its first occurrence in a case; orders the process map)."""
    log = as_log(log)
    log = log.assign(_dur=_minutes(log["end"] - log["start"]),
                     _pos=log.groupby("case").cumcount())
    first = log.drop_duplicates(["case", "activity"])
    out = pd.DataFrame({
        "instances": log.groupby("activity").size(),
        "cases": first.groupby("activity").size(),
        "duration_median": log.groupby("activity")["_dur"].median(),
        "position": first.groupby("activity")["_pos"].mean()})
    return out.sort_values(["position", "instances"], ascending=[True, False])


def what_if(log: pd.DataFrame, activity: str, *, remove: bool = False, speedup: float = 0.0,
            wait_cut: float = 0.0) -> pd.DataFrame:
    """A redesigned copy of ``log``: ``activity`` removed, or done ``speedup`` (0–1) faster,
    or with the wait before it cut by ``wait_cut`` (0–1); everything after it in the case
    moves earlier accordingly (gaps between other activities are kept).

    A simple model for a first estimate — it assumes the freed capacity is there to use —
    to be compared with :func:`compare`.

    >>> import pandas as pd
    >>> log = load_log(pd.DataFrame({"case_id": ["c"] * 2, "activity": ["A", "B"],
    ...     "start": ["2026-01-05 09:00", "2026-01-05 09:30"],
    ...     "end": ["2026-01-05 09:10", "2026-01-05 09:40"]}))
    >>> str(what_if(log, "B", wait_cut=0.5)["start"].iloc[1])
    '2026-01-05 09:20:00'
    """
    log = as_log(log)
    if activity not in set(log["activity"]):
        raise ValueError(t("process.err.va", unknown=[activity],
                           known=sorted(set(log["activity"]))))
    for name, value in (("speedup", speedup), ("wait_cut", wait_cut)):
        if not 0 <= float(value) <= 1:
            raise ValueError(t("process.err.share", name=name, value=value))
    g = log.sort_values(["case", "start", "end"], kind="stable").reset_index(drop=True)
    first = g["case"].ne(g["case"].shift())
    gap = (g["start"] - g["end"].shift()).where(~first, pd.Timedelta(0))
    dur = g["end"] - g["start"]
    hit = g["activity"].eq(activity)
    if remove:
        gap = gap.where(~hit, pd.Timedelta(0))
        dur = dur.where(~hit, pd.Timedelta(0))
    else:
        gap = gap.where(~(hit & (gap > pd.Timedelta(0))), gap * (1 - wait_cut))
        dur = dur.where(~hit, dur * (1 - speedup))
    case_start = g.groupby("case")["start"].transform("min")
    # new start = case start + all gaps up to here + all durations before here
    before = dur.groupby(g["case"]).cumsum() - dur
    g["start"] = case_start + gap.groupby(g["case"]).cumsum() + before
    g["end"] = g["start"] + dur
    if remove:
        g = g[~hit]
    return g.sort_values(["case", "start", "end"], kind="stable").reset_index(drop=True)


def compare(before: pd.DataFrame, after: pd.DataFrame,
            value_adding: Iterable[str] | None = None) -> pd.DataFrame:
    """Overall :func:`metrics` of two logs side by side: ``before``, ``after``, ``change``
    (after − before) and ``change_pct`` (100 · change / before).

    >>> compare(load_log("before.csv"), load_log("after.csv"))   # doctest: +SKIP
    """
    before, after = as_log(before), as_log(after)
    va = list(value_adding) if value_adding is not None else None
    if va is not None:
        known = set(before["activity"]) | set(after["activity"])
        unknown = sorted(set(va) - known)
        if unknown:
            raise ValueError(t("process.err.va", unknown=unknown, known=sorted(known)))
    a = metrics(before, va, check_names=False).overall
    b = metrics(after, va, check_names=False).overall
    return side_by_side(a, b)


def side_by_side(before: Mapping[str, Any], after: Mapping[str, Any]) -> pd.DataFrame:
    """Two sets of metrics as a table with ``before``, ``after``, ``change``, ``change_pct``.

    Used by :func:`compare` here and by :func:`svcx_helpers.blueprint.compare`.
    """
    df = pd.DataFrame({"before": pd.Series(before, dtype=float),
                       "after": pd.Series(after, dtype=float)})
    df["change"] = df["after"] - df["before"]
    df["change_pct"] = 100 * df["change"] / df["before"].where(df["before"] != 0)
    df.index.name = "metric"
    return df
