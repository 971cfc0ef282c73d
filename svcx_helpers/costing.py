"""The cost of service: time-driven activity-based costing (TDABC) on an event log, the
cost of rework and of unused capacity, the return on a channel shift, and the cost of a
chatbot that hands some contacts over to people.

Time-driven ABC (Kaplan & Anderson 2004) needs two numbers per resource group:

* the **capacity cost rate** = cost of the capacity supplied ÷ practical capacity, in
  yuan per minute. Practical capacity is the time people (or machines) can really work:
  commonly about 80 % of the theoretical time paid for, after breaks, training, meetings
  and idle moments between jobs (:func:`capacity_rate`, :func:`rates`);
* the **time** each activity takes, here read from the event log of
  :mod:`svcx_helpers.process` (end − start of each activity instance).

Activity cost = rate × minutes (:func:`cost_log`). Summed per case, per variant or per
service they give the cost of serving (:func:`case_costs`, :func:`variant_costs`). The
**rework cost** of a case is the cost of its activity instances that repeat an activity
already done in the case (the rework count of :func:`svcx_helpers.process.metrics`),
part of the cost of poor quality. **Unused capacity** = capacity supplied − capacity
used, per resource group and period (:func:`capacity_use`); it is reported as such and
never spread over the cases, so that the cost per case shows what the work really
takes and the unused capacity shows what a redesign could free.

The channel-shift business case (:func:`channel_shift`, :func:`roi`,
:func:`break_even_adoption`, :func:`sensitivity`) and the chatbot's cost per contact
(:func:`bot_cost`, :func:`break_even_containment`, :func:`containment`) are simple,
stated formulas, so that every assumption can be varied.

Plots (matplotlib, imported on first use): :func:`plot_variant_costs`,
:func:`plot_capacity`, :func:`plot_sensitivity`.

Example
-------
METHODS.md 8.4: six tellers, 126,000 yuan a quarter, 7.5 h × 21 days × 3 months paid,
practical capacity 80 %:

>>> r = capacity_rate(126_000, units=6)
>>> float(r["theoretical_minutes"]), float(r["practical_minutes"]), float(r["capacity"])
(28350.0, 22680.0, 136080.0)
>>> round(float(r["rate"]), 6), round(22 * float(r["rate"]), 4)     # account opening
(0.925926, 20.3704)
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from .i18n import t
from .plotting import lazy_plots

_PLOTS = ("plot_variant_costs", "plot_capacity", "plot_sensitivity")
__getattr__, __dir__ = lazy_plots(__name__, "plots.costing", _PLOTS)

HOURS_PER_DAY = 7.5
DAYS_PER_MONTH = 21
MONTHS = 3
PRACTICAL = 0.8
"""Defaults of :func:`capacity_rate`: a quarter of 3 months × 21 working days × 7.5 paid
hours, of which 80 % is practical capacity (METHODS.md 8.4)."""

COST_COLUMNS = ("role", "units", "cost_per_unit", "hours_per_day", "practical_share")
"""Columns :func:`rates` needs (``period``, ``resources``, ``kind`` and others are
optional)."""


# --------------------------------------------------------------------------- checks
def _plain(value: Any) -> Any:
    return value.item() if isinstance(value, np.generic) else value


def _need(frame: pd.DataFrame, columns: Iterable[str], source: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(t("readers.missing_columns", source=source, missing=missing,
                           found=list(map(str, frame.columns))))


def _number(value: Any, name: str, *, low: float = 0.0, high: float = math.inf,
            low_open: bool = False) -> float:
    """``value`` as a float in [low, high] (or (low, high] with ``low_open``); a clear
    error naming the parameter otherwise."""
    try:
        x = float(value)
    except (TypeError, ValueError):
        raise ValueError(t("costing.err.number", name=name, value=_plain(value))) from None
    if math.isnan(x) or x < low or x > high or (low_open and x == low):
        raise ValueError(t("costing.err.range", name=name, value=_plain(value),
                           low=f"{low:g}", high=f"{high:g}",
                           open="(" if low_open else "["))
    return x


def _column(frame: pd.DataFrame, column: str, *, low: float = 0.0,
            high: float = math.inf) -> pd.Series:
    raw = frame[column]
    values = pd.to_numeric(raw, errors="coerce")
    bad = values.isna() | (values < low) | (values > high)
    if bad.any():
        row = bad.idxmax()
        raise ValueError(t("costing.err.cell", column=column, row=row,
                           value=_plain(raw[row]), low=f"{low:g}", high=f"{high:g}"))
    return values.astype(float)


# --------------------------------------------------------------------------- rates
def capacity_rate(cost: float, units: float = 1, hours_per_day: float = HOURS_PER_DAY,
                  days_per_month: float = DAYS_PER_MONTH, months: float = MONTHS,
                  practical: float = PRACTICAL) -> pd.Series:
    """The capacity cost rate of one resource group (Kaplan & Anderson 2004).

    Formula: theoretical minutes per unit = 60 · hours_per_day · days_per_month · months;
    practical minutes = practical · theoretical; capacity = units · practical minutes;
    **rate = cost ÷ capacity** (yuan per minute of practical capacity). ``cost`` is the
    whole group's cost for the period (all ``units`` together: salaries, benefits,
    space, equipment and supervision that the group uses).

    Source: Kaplan, R. S., & Anderson, S. R. (2004). Time-driven activity-based costing.
    *Harvard Business Review*, 82(11), 131–138. Practical capacity "about 80 %" of the
    theoretical is their rule of thumb for people (85 % for machines).

    Returns a Series: ``units``, ``cost``, ``theoretical_minutes`` (per unit),
    ``practical_minutes`` (per unit), ``capacity`` (all units) and ``rate``.

    >>> r = capacity_rate(126_000, units=6)          # METHODS.md 8.4
    >>> round(float(r["rate"]), 6), round(4 * float(r["rate"]), 4), round(35 * float(r["rate"]), 4)
    (0.925926, 3.7037, 32.4074)
    """
    cost = _number(cost, "cost")
    units = _number(units, "units", low_open=True)
    hours = _number(hours_per_day, "hours_per_day", high=24, low_open=True)
    days = _number(days_per_month, "days_per_month", high=31, low_open=True)
    months = _number(months, "months", low_open=True)
    share = _number(practical, "practical", high=1, low_open=True)
    theoretical = 60 * hours * days * months
    practical_minutes = share * theoretical
    capacity = units * practical_minutes
    return pd.Series({"units": units, "cost": cost, "theoretical_minutes": theoretical,
                      "practical_minutes": practical_minutes, "capacity": capacity,
                      "rate": cost / capacity}, dtype=float)


def rates(costs: pd.DataFrame, period: str | None = None, *,
          days_per_month: float = DAYS_PER_MONTH, months: float = MONTHS) -> pd.DataFrame:
    """Capacity cost rates of every resource group in a cost table.

    ``costs`` has one row per role (resource group): ``role``, ``units`` (people or
    machines), ``cost_per_unit`` (yuan for the period of ``months`` months),
    ``hours_per_day`` and ``practical_share``; optionally ``resources`` (the event log's
    resource names of that role, separated by spaces) and ``period`` (then ``period``
    selects the rows, e.g. ``"before"``). A role whose cost is 0 (the customer's own
    time, say) gets the rate 0 and no capacity.

    Formula per role: cost = units · cost_per_unit; the rest as :func:`capacity_rate`.

    Returns one row per role: ``units``, ``cost``, ``theoretical_minutes``,
    ``practical_minutes``, ``capacity``, ``rate`` and ``resources`` (a tuple).

    >>> table = pd.DataFrame({"role": ["teller", "advisor"], "units": [6, 1],
    ...                       "cost_per_unit": [21_000, 31_500], "hours_per_day": 7.5,
    ...                       "practical_share": 0.8})
    >>> rates(table)["rate"].round(6).to_dict()
    {'teller': 0.925926, 'advisor': 1.388889}
    """
    _need(costs, COST_COLUMNS, "cost table")
    df = costs
    if period is not None:
        _need(costs, ["period"], "cost table")
        known = list(dict.fromkeys(costs["period"].astype(str)))
        if str(period) not in known:
            raise ValueError(t("costing.err.period", period=period, known=known))
        df = costs[costs["period"].astype(str) == str(period)]
    elif "period" in costs.columns and costs["period"].nunique() > 1:
        raise ValueError(t("costing.err.which_period",
                           known=list(dict.fromkeys(costs["period"].astype(str)))))
    dup = df["role"].astype(str).duplicated()
    if dup.any():
        raise ValueError(t("costing.err.duplicate", what="role",
                           value=str(df["role"].astype(str)[dup].iloc[0])))
    units = _column(df, "units")
    unit_cost = _column(df, "cost_per_unit")
    hours = _column(df, "hours_per_day", high=24)
    share = _column(df, "practical_share", high=1)
    rows = {}
    for i in df.index:
        role = str(df.at[i, "role"])
        resources = tuple(str(df.at[i, "resources"]).split()) if (
            "resources" in df.columns and pd.notna(df.at[i, "resources"])) else ()
        cost = units[i] * unit_cost[i]
        if cost == 0:
            rows[role] = {"units": units[i], "cost": 0.0, "theoretical_minutes": 0.0,
                          "practical_minutes": 0.0, "capacity": 0.0, "rate": 0.0,
                          "resources": resources}
            continue
        for name, value in (("units", units[i]), ("hours_per_day", hours[i]),
                            ("practical_share", share[i])):
            if value <= 0:
                raise ValueError(t("costing.err.cell", column=name, row=i, value=value,
                                   low="0 (exclusive)", high="∞"))
        r = capacity_rate(cost, units[i], hours[i], days_per_month, months, share[i])
        rows[role] = {**r.to_dict(), "resources": resources}
    out = pd.DataFrame.from_dict(rows, orient="index")
    out.index.name = "role"
    out.attrs["days"] = float(days_per_month) * float(months)
    return out


def activity_cost(minutes: float, rate: float) -> float:
    """Cost of one activity: **rate × minutes** (Kaplan & Anderson 2004).

    >>> round(activity_cost(22, 126_000 / 136_080), 4)   # account opening, METHODS.md 8.4
    20.3704
    """
    return _number(rate, "rate") * _number(minutes, "minutes")


def _default_role(resource: str) -> str:
    """``teller_2`` → ``teller``: the resource name without a trailing number."""
    return re.sub(r"[_ -]?\d+$", "", resource)


def role_map(rates_table: pd.DataFrame) -> dict[str, str]:
    """resource → role from the ``resources`` of a :func:`rates` table.

    >>> table = pd.DataFrame({"role": ["teller"], "units": [2], "cost_per_unit": [21_000],
    ...     "hours_per_day": 7.5, "practical_share": 0.8, "resources": ["teller_1 teller_2"]})
    >>> role_map(rates(table))
    {'teller_1': 'teller', 'teller_2': 'teller'}
    """
    out: dict[str, str] = {}
    if "resources" not in rates_table.columns:
        return out
    for role, resources in rates_table["resources"].items():
        for resource in resources or ():
            if resource in out:
                raise ValueError(t("costing.err.duplicate", what="resource", value=resource))
            out[resource] = str(role)
    return out


def cost_log(log: Any, rates_table: pd.DataFrame,
             roles: Mapping[str, str] | None = None) -> pd.DataFrame:
    """The event log with the cost of each activity instance.

    Adds ``role``, ``minutes`` (end − start), ``rate`` and ``cost`` = rate × minutes to
    a log read by :func:`svcx_helpers.process.load_log`. A resource's role comes from
    ``roles`` (resource → role), else from the ``resources`` column of the rates table
    (:func:`role_map`), else from its name without a trailing number (``teller_2`` →
    ``teller``). A resource whose role has no rate is an error naming the resource, the
    first row and the roles there are; an empty resource too.

    >>> from svcx_helpers import process
    >>> log = process.load_log(pd.DataFrame({"case_id": ["c1", "c1"],
    ...     "activity": ["Open account", "Cash deposit"],
    ...     "start": ["2026-03-02 09:00", "2026-03-02 09:22"],
    ...     "end": ["2026-03-02 09:22", "2026-03-02 09:26"],
    ...     "resource": ["teller_1", "teller_1"]}))
    >>> table = rates(pd.DataFrame({"role": ["teller"], "units": [6],
    ...     "cost_per_unit": [21_000], "hours_per_day": 7.5, "practical_share": 0.8}))
    >>> cost_log(log, table)["cost"].round(4).tolist()
    [20.3704, 3.7037]
    """
    from .process import as_log

    log = as_log(log)
    mapping = dict(roles) if roles is not None else role_map(rates_table)
    known = set(rates_table.index.astype(str))
    resource = log["resource"]
    blank = resource.isna() | (resource.astype(str).str.strip() == "")
    if blank.any():
        row = int(np.flatnonzero(blank.to_numpy())[0])
        raise ValueError(t("costing.err.no_resource", row=row, case=log["case"].iloc[row],
                           activity=log["activity"].iloc[row]))
    names = resource.astype(str)
    role = names.map(lambda r: mapping.get(r, _default_role(r) if roles is None else r))
    unknown = ~role.isin(known)
    if unknown.any():
        row = int(np.flatnonzero(unknown.to_numpy())[0])
        raise ValueError(t("costing.err.role", resource=names.iloc[row], role=role.iloc[row],
                           row=row, known=sorted(known)))
    out = log.copy()
    out["role"] = role.to_numpy()
    out["minutes"] = (out["end"] - out["start"]) / pd.Timedelta(minutes=1)
    out["rate"] = out["role"].map(rates_table["rate"].astype(float)).to_numpy(dtype=float)
    out["cost"] = out["rate"] * out["minutes"]
    return out


def _costed(log: Any, rates_table: pd.DataFrame,
            roles: Mapping[str, str] | None) -> pd.DataFrame:
    if isinstance(log, pd.DataFrame) and {"role", "minutes", "rate", "cost"} <= set(log.columns):
        return log
    return cost_log(log, rates_table, roles)


def _repeats(costed: pd.DataFrame) -> pd.Series:
    """True for activity instances that repeat an activity already done in their case
    (in time order), as :func:`svcx_helpers.process.metrics` counts rework."""
    ordered = costed.sort_values(["case", "start", "end"], kind="stable")
    return ordered.duplicated(["case", "activity"]).reindex(costed.index)


# --------------------------------------------------------------------------- per case
def case_costs(log: Any, rates_table: pd.DataFrame | None = None,
               roles: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Cost per case: one row per case with ``cost`` (Σ activity costs), ``minutes``
    (Σ minutes of paid resources, rate > 0), ``rework_cost`` (cost of the activity
    instances that repeat an activity already done in the case), one ``cost_<role>``
    column per role, ``variant`` (activities joined by " → ", as in
    :func:`svcx_helpers.process.variants`) and ``service`` when the log has that column.

    ``log`` is an event log with a rates table, or the output of :func:`cost_log`.

    >>> from svcx_helpers import process
    >>> log = process.load_log(pd.DataFrame({"case_id": ["c1"] * 3,
    ...     "activity": ["Check", "Fix", "Check"],
    ...     "start": ["2026-03-02 09:00", "2026-03-02 09:10", "2026-03-02 09:20"],
    ...     "end": ["2026-03-02 09:10", "2026-03-02 09:20", "2026-03-02 09:25"],
    ...     "resource": ["clerk", "clerk", "clerk"]}))
    >>> table = rates(pd.DataFrame({"role": ["clerk"], "units": [1], "cost_per_unit": [22_680],
    ...     "hours_per_day": 7.5, "practical_share": 0.8}))           # 1 yuan a minute
    >>> case_costs(log, table).loc["c1", ["cost", "rework_cost"]].tolist()
    [25.0, 5.0]
    """
    if rates_table is None and not (isinstance(log, pd.DataFrame) and "cost" in log.columns):
        raise ValueError(t("costing.err.no_rates"))
    costed = _costed(log, rates_table if rates_table is not None else pd.DataFrame(), roles)
    costed = costed.assign(_rework=_repeats(costed))
    g = costed.groupby("case", sort=True)
    paid = costed["rate"] > 0
    out = pd.DataFrame({
        "cost": g["cost"].sum(),
        "minutes": costed[paid].groupby("case")["minutes"].sum(),
        "rework_cost": costed[costed["_rework"]].groupby("case")["cost"].sum(),
    })
    out[["minutes", "rework_cost"]] = out[["minutes", "rework_cost"]].fillna(0.0)
    by_role = costed.pivot_table(index="case", columns="role", values="cost", aggfunc="sum",
                                 fill_value=0.0)
    for role in by_role.columns:
        out[f"cost_{role}"] = by_role[role]
    ordered = costed.sort_values(["case", "start", "end"], kind="stable")
    out["variant"] = ordered.groupby("case", sort=True)["activity"].agg(" → ".join)
    out["rework"] = costed.groupby("case")["_rework"].sum().astype(int)
    if "service" in costed.columns:
        out["service"] = g["service"].first()
    out.index.name = "case"
    return out


def variant_costs(log: Any, rates_table: pd.DataFrame | None = None,
                  roles: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Cost per variant: the distinct activity paths in the order of
    :func:`svcx_helpers.process.variants` (most frequent first), labelled ``V1``, ``V2`` …

    Columns: ``variant``, ``steps``, ``cases``, ``share``, ``cost_mean`` (mean cost per
    case), ``cost_total``, ``rework_cost_mean``, ``rework`` (repeated activity instances
    per case), one ``cost_<role>`` column per role (mean per case) and ``service`` (the
    most common service of its cases, when the log has that column).

    >>> from svcx_helpers import process
    >>> log = process.load_log(pd.DataFrame({"case_id": ["a", "b", "b"],
    ...     "activity": ["Pay", "Pay", "Pay"],
    ...     "start": ["2026-03-02 09:00", "2026-03-02 10:00", "2026-03-02 10:10"],
    ...     "end": ["2026-03-02 09:05", "2026-03-02 10:05", "2026-03-02 10:15"],
    ...     "resource": ["clerk"] * 3}))
    >>> table = rates(pd.DataFrame({"role": ["clerk"], "units": [1], "cost_per_unit": [22_680],
    ...     "hours_per_day": 7.5, "practical_share": 0.8}))
    >>> variant_costs(log, table)[["variant", "cases", "cost_mean", "rework"]].values.tolist()
    [['Pay', 1, 5.0, 0.0], ['Pay → Pay', 1, 10.0, 1.0]]
    """
    cases = case_costs(log, rates_table, roles)
    g = cases.groupby("variant")
    roles_cols = [c for c in cases.columns if c.startswith("cost_")]
    out = pd.DataFrame({"cases": g.size(), "cost_mean": g["cost"].mean(),
                        "cost_total": g["cost"].sum(),
                        "rework_cost_mean": g["rework_cost"].mean(),
                        "rework": g["rework"].mean()})
    for c in roles_cols:
        out[c] = g[c].mean()
    if "service" in cases.columns:
        out["service"] = g["service"].agg(lambda s: s.value_counts().index[0])
    out["share"] = out["cases"] / out["cases"].sum()
    out["steps"] = [v.count(" → ") + 1 for v in out.index]
    out = out.reset_index().sort_values(["cases", "variant"], ascending=[False, True],
                                         kind="stable").reset_index(drop=True)
    out.index = [f"V{i + 1}" for i in range(len(out))]
    first = ["variant", "steps", "cases", "share", "cost_mean", "cost_total",
             "rework_cost_mean", "rework"]
    return out[first + [c for c in out.columns if c not in first]]


# --------------------------------------------------------------------------- capacity
def capacity_use(log: Any, rates_table: pd.DataFrame, roles: Mapping[str, str] | None = None,
                 days: float | None = None) -> pd.DataFrame:
    """Capacity supplied, used and unused per paid role over the days of the log.

    Formula per role: supplied = capacity × days ÷ (days in the rates' period) (practical
    minutes supplied in the log's days); used = Σ minutes of its activity instances;
    **unused = supplied − used** (negative when the log shows more work than the practical
    capacity: overtime or breaks not taken); cost of each = rate × minutes, so
    supplied_cost = cost of the role for those days. ``days`` defaults to the number of
    distinct dates in the log. Roles with cost 0 are left out. The row ``total`` adds
    them up.

    Unused capacity is a cost of the period, not of any case: report it, and decide what
    to do with it (serve more, redeploy, or supply less); do not spread it over the cases
    (Kaplan & Anderson 2004).

    >>> from svcx_helpers import process
    >>> log = process.load_log(pd.DataFrame({"case_id": ["a"], "activity": ["Pay"],
    ...     "start": ["2026-03-02 09:00"], "end": ["2026-03-02 10:00"],
    ...     "resource": ["clerk"]}))
    >>> table = rates(pd.DataFrame({"role": ["clerk"], "units": [1], "cost_per_unit": [22_680],
    ...     "hours_per_day": 7.5, "practical_share": 0.8}))
    >>> use = capacity_use(log, table)
    >>> use.loc["clerk", ["supplied", "used", "unused", "unused_cost"]].tolist()
    [360.0, 60.0, 300.0, 300.0]
    """
    costed = _costed(log, rates_table, roles)
    if days is None:
        days = float(costed["start"].dt.normalize().nunique())
    days = _number(days, "days", low_open=True)
    period_days = float(rates_table.attrs.get("days", DAYS_PER_MONTH * MONTHS))
    paid = rates_table[rates_table["rate"] > 0]
    used = costed.groupby("role")["minutes"].sum()
    out = pd.DataFrame({"units": paid["units"].astype(float),
                        "supplied": paid["capacity"].astype(float) * days / period_days})
    out["used"] = used.reindex(out.index).fillna(0.0)
    out["unused"] = out["supplied"] - out["used"]
    out["used_share"] = out["used"] / out["supplied"]
    rate = paid["rate"].astype(float)
    for what in ("supplied", "used", "unused"):
        out[f"{what}_cost"] = out[what] * rate
    total = out.sum(numeric_only=True)
    total["used_share"] = total["used"] / total["supplied"] if total["supplied"] else np.nan
    out.loc["total"] = total
    out.index.name = "role"
    out.attrs["days"] = days
    return out


# --------------------------------------------------------------------------- business case
def channel_shift(volume: float, adoption: float, counter_cost: float, self_cost: float, *,
                  fallback: float = 0.0, running: float = 0.0) -> pd.Series:
    """The yearly saving of moving one request type from the counter to self-service.

    Of ``volume`` requests a year, a share ``adoption`` start in the self-service channel;
    of those, a share ``fallback`` fail there and are served at the counter after all.
    Each self-service attempt costs ``self_cost``; each request served at the counter
    ``counter_cost`` (its time-driven ABC cost). ``running`` is the channel's yearly cost
    (maintenance, licences, support) that does not depend on the volume.

    Formula: moved = volume · adoption;
    saving per attempt = (1 − fallback) · counter_cost − self_cost;
    **net = moved · saving per attempt − running** (yuan a year).

    The saving is real only when the counter capacity it frees is supplied less or used
    for other work; otherwise it turns into unused capacity (:func:`capacity_use`).

    >>> channel_shift(10_000, 0.3, counter_cost=18.0, self_cost=6.0, fallback=0.1,
    ...               running=20_000).round(2).to_dict()
    {'moved': 3000.0, 'per_attempt': 10.2, 'gross': 30600.0, 'running': 20000.0, 'net': 10600.0}
    """
    volume = _number(volume, "volume")
    adoption = _number(adoption, "adoption", high=1)
    counter_cost = _number(counter_cost, "counter_cost")
    self_cost = _number(self_cost, "self_cost")
    fallback = _number(fallback, "fallback", high=1)
    running = _number(running, "running")
    moved = volume * adoption
    per = (1 - fallback) * counter_cost - self_cost
    return pd.Series({"moved": moved, "per_attempt": per, "gross": moved * per,
                      "running": running, "net": moved * per - running}, dtype=float)


def roi(investment: float, annual_net: float, years: float = 3, rate: float = 0.0) -> pd.Series:
    """Return on an investment that saves ``annual_net`` a year for ``years`` years.

    Formula: benefit = Σ_{k=1..years} annual_net ÷ (1 + rate)^k (the present value; with
    ``rate`` = 0 simply years · annual_net); net = benefit − investment;
    **ROI = net ÷ investment**; payback = investment ÷ annual_net years (undiscounted;
    infinite when the saving is not positive). ``years`` must be a whole number.

    Source: the textbook ROI and payback period (e.g. Brealey, Myers & Allen, *Principles
    of Corporate Finance*); ROI and payback ignore risk, and payback ignores what comes
    after it, so show them with a sensitivity table (:func:`sensitivity`).

    >>> r = roi(300_000, 150_000, years=3)
    >>> r[["benefit", "net", "roi", "payback_years"]].tolist()
    [450000.0, 150000.0, 0.5, 2.0]
    >>> round(float(roi(300_000, 150_000, years=3, rate=0.05)["roi"]), 4)
    0.3616
    """
    investment = _number(investment, "investment", low_open=True)
    try:
        annual_net = float(annual_net)
    except (TypeError, ValueError):
        raise ValueError(t("costing.err.number", name="annual_net",
                           value=_plain(annual_net))) from None
    if math.isnan(annual_net):
        raise ValueError(t("costing.err.number", name="annual_net", value=annual_net))
    years_f = _number(years, "years", low_open=True, high=100)
    if years_f != int(years_f):
        raise ValueError(t("costing.err.whole", name="years", value=_plain(years)))
    rate = _number(rate, "rate", high=1)
    benefit = sum(annual_net / (1 + rate) ** k for k in range(1, int(years_f) + 1))
    payback = investment / annual_net if annual_net > 0 else math.inf
    return pd.Series({"investment": investment, "annual_net": annual_net, "years": years_f,
                      "benefit": benefit, "net": benefit - investment,
                      "roi": (benefit - investment) / investment, "payback_years": payback},
                     dtype=float)


def shift_roi(volume: float, adoption: float, counter_cost: float, self_cost: float,
              investment: float, *, fallback: float = 0.0, running: float = 0.0,
              years: float = 3, rate: float = 0.0) -> pd.Series:
    """:func:`channel_shift` and :func:`roi` in one: ``moved``, ``per_attempt``,
    ``gross``, ``running``, ``annual_net`` (the yearly net saving), ``investment``,
    ``years``, ``benefit``, ``net`` (benefit − investment), ``roi`` and
    ``payback_years``.

    >>> r = shift_roi(10_000, 0.3, 18.0, 6.0, 20_000, fallback=0.1, running=5_000)
    >>> [round(float(r[k]), 3) for k in ("annual_net", "roi", "payback_years")]
    [25600.0, 2.84, 0.781]
    """
    shift = channel_shift(volume, adoption, counter_cost, self_cost, fallback=fallback,
                          running=running)
    r = roi(investment, shift["net"], years, rate)
    return pd.concat([shift.rename({"net": "annual_net"}), r.drop(["annual_net"])])


def break_even_adoption(volume: float, counter_cost: float, self_cost: float,
                        investment: float, *, fallback: float = 0.0, running: float = 0.0,
                        years: float = 3, rate: float = 0.0) -> float:
    """The adoption rate at which the channel shift just pays back its investment within
    ``years`` (ROI = 0); NaN when no adoption up to 100 % does.

    Formula (with annuity factor A = Σ_{k=1..years} (1 + rate)^−k, = years when rate = 0):
    a* = (investment ÷ A + running) ÷ (volume · ((1 − fallback) · counter_cost − self_cost)).

    >>> round(break_even_adoption(10_000, 18.0, 6.0, 60_000, fallback=0.1, running=5_000), 4)
    0.2451
    """
    volume = _number(volume, "volume", low_open=True)
    r = _number(rate, "rate", high=1)
    years_f = _number(years, "years", low_open=True, high=100)
    investment = _number(investment, "investment", low_open=True)
    running = _number(running, "running")
    annuity = sum((1 + r) ** -k for k in range(1, int(years_f) + 1))
    per = (1 - _number(fallback, "fallback", high=1)) * _number(counter_cost, "counter_cost") \
        - _number(self_cost, "self_cost")
    if per <= 0:
        return math.nan
    a = (investment / annuity + running) / (volume * per)
    return a if a <= 1 else math.nan


def sensitivity(func: Callable[..., Any], rows: tuple[str, Sequence[Any]],
                columns: tuple[str, Sequence[Any]] | None = None, *, value: str | None = None,
                **fixed: Any) -> pd.DataFrame:
    """A sensitivity table: ``func(**fixed, row=…, column=…)`` for every pair of values.

    ``rows`` and ``columns`` are (parameter name, values). When ``func`` returns a Series
    or a mapping, ``value`` names the entry to show (e.g. ``"roi"``). With no ``columns``
    the table has one column, ``value``.

    >>> table = sensitivity(shift_roi, ("adoption", [0.2, 0.4]), ("fallback", [0.0, 0.2]),
    ...                     value="roi", volume=10_000, counter_cost=18.0, self_cost=6.0,
    ...                     investment=60_000, running=5_000)
    >>> table.round(2).values.tolist()
    [[-0.05, -0.41], [1.15, 0.43]]
    """
    name_r, values_r = rows

    def one(**kw: Any) -> float:
        result = func(**fixed, **kw)
        if value is not None:
            result = result[value]
        return float(result)

    if columns is None:
        out = pd.DataFrame({value or "value": [one(**{name_r: v}) for v in values_r]},
                           index=pd.Index(list(values_r), name=name_r))
        return out
    name_c, values_c = columns
    data = [[one(**{name_r: r, name_c: c}) for c in values_c] for r in values_r]
    out = pd.DataFrame(data, index=pd.Index(list(values_r), name=name_r),
                       columns=pd.Index(list(values_c), name=name_c))
    out.attrs["value"] = value
    return out


# --------------------------------------------------------------------------- chatbots
def bot_cost(containment: float, bot: float, human: float, handover: float = 0.0,
             repeat: float = 0.0) -> float:
    """Expected cost per contact when a chatbot answers first and hands the rest to people.

    ``containment`` is the share of conversations the bot ends without a human;
    ``repeat`` the share of those "contained" customers who contact a person about the
    same matter soon after anyway (false containment). Every contact costs ``bot``; a
    contact that reaches a person costs ``human`` plus ``handover`` (the person reads the
    conversation, the customer repeats themself).

    Formula: effective containment k = containment · (1 − repeat);
    **cost = bot + (1 − k) · (human + handover)**.

    >>> round(bot_cost(0.7, bot=1.2, human=9.0, handover=2.5), 2)
    4.65
    >>> round(bot_cost(0.7, bot=1.2, human=9.0, handover=2.5, repeat=0.5), 2)
    8.68
    """
    k = _number(containment, "containment", high=1) * (1 - _number(repeat, "repeat", high=1))
    return _number(bot, "bot") + (1 - k) * (_number(human, "human")
                                            + _number(handover, "handover"))


def break_even_containment(bot: float, human: float, handover: float = 0.0) -> float:
    """The effective containment above which the bot is cheaper than sending every
    contact straight to a person: bot + (1 − k)(human + handover) = human gives
    **k* = (bot + handover) ÷ (human + handover)**.

    >>> round(break_even_containment(1.2, 9.0, 2.5), 4)
    0.3217
    """
    bot = _number(bot, "bot")
    human = _number(human, "human", low_open=True)
    handover = _number(handover, "handover")
    return (bot + handover) / (human + handover)


def containment(pilot: pd.DataFrame, *, bot: float, human: float, handover: float = 0.0,
                by: str = "intent") -> pd.DataFrame:
    """Containment of a chatbot pilot per intent, and where each intent should go.

    ``pilot`` has one row per intent (``by``) with ``conversations``, ``contained``
    (ended by the bot without a person) and ``repeat_7d`` (contained conversations whose
    customer contacted a person about the same matter within seven days). Per intent:
    ``containment`` = contained ÷ conversations; ``repeat`` = repeat_7d ÷ contained;
    ``effective`` = (contained − repeat_7d) ÷ conversations; ``cost_bot`` (per contact,
    :func:`bot_cost`) against ``cost_human``; ``route`` = ``"bot"`` when the bot is
    cheaper, else ``"human"``. The row ``all`` pools the intents.

    Cost is one test. A person must also take over, whatever the cost, when the
    customer asks for one, when the matter is risky or cannot be undone, when the
    customer is upset or vulnerable, and when the bot has failed to understand.

    >>> pilot = pd.DataFrame({"intent": ["balance", "complaint"], "conversations": [100, 100],
    ...                       "contained": [90, 30], "repeat_7d": [5, 15]})
    >>> containment(pilot, bot=1.2, human=9.0, handover=2.5)["route"].to_dict()
    {'balance': 'bot', 'complaint': 'human', 'all': 'bot'}
    """
    _need(pilot, [by, "conversations", "contained", "repeat_7d"], "pilot")
    n = _column(pilot, "conversations")
    c = _column(pilot, "contained")
    r = _column(pilot, "repeat_7d")
    for col, part, whole in (("contained", c, n), ("repeat_7d", r, c)):
        over = part > whole
        if over.any():
            row = over.idxmax()
            raise ValueError(t("costing.err.more_than", column=col, row=row,
                               value=_plain(pilot[col][row])))
    table = pd.DataFrame({"conversations": n.to_numpy(), "contained": c.to_numpy(),
                          "repeat_7d": r.to_numpy()}, index=pilot[by].astype(str).to_numpy())
    table.loc["all"] = table.sum()
    table.index.name = by
    table["containment"] = table["contained"] / table["conversations"]
    table["repeat"] = (table["repeat_7d"] / table["contained"]).fillna(0.0)
    table["effective"] = (table["contained"] - table["repeat_7d"]) / table["conversations"]
    table["cost_bot"] = [bot_cost(k, bot, human, handover) for k in table["effective"]]
    table["cost_human"] = float(human)
    table["route"] = np.where(table["cost_bot"] < table["cost_human"], "bot", "human")
    return table
