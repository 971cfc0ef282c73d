"""Service-level agreements: business hours, clock stops, exclusions, monthly attainment and
service credits, measured exactly as a contract defines them; and a rule-based checker for
rewritten SLA clauses.

Conventions (METHODS.md §8.5):

* **Business hours** are counted on a :class:`Calendar`: working weekdays (default Monday to
  Friday), an opening and a closing time (default 09:00–18:00), holidays and make-up working
  days (调休) as the contract lists them. :meth:`Calendar.always` is the 24 × 7 clock.
* **Measured time** of a ticket = business hours from ``created`` to ``resolved`` (or
  ``first_response``) − business hours of its **clock stops** (the pending periods whose
  status the contract lets stop the clock, overlapping stops counted once, clipped to the
  ticket's life).
* A ticket **meets** its target when measured time ≤ target ("within 4 hours" includes 4).
  **Excluded** tickets (an exclusion the contract accepts) leave the denominator.
  **Attainment** = met ÷ in scope, per month and priority.
* A ticket spanning months counts in the month it is **resolved** (``month="resolved"``,
  the default), or in the month it was **created** (``month="created"``), as the contract
  says.
* **Service credit** of a priority: the largest percentage of the contract's table whose
  threshold the attainment is *below* (e.g. < 95 %: 5 %, < 90 %: 10 %); a month's credits
  are added and capped; credit = fee × percentage.

Example (METHODS.md §8.5: P1 target ≤ 4 business hours, Monday = 5 January 2026)
-------
>>> business_hours("2026-01-05 16:00", "2026-01-06 11:00")
4.0
>>> business_hours("2026-01-05 10:00", "2026-01-05 15:00") - business_hours(
...     "2026-01-05 11:00", "2026-01-05 13:00")
3.0
>>> credit_percent(3 / 4, [(0.95, 5), (0.90, 10)]), 20_000 * credit_percent(0.75) / 100
(10.0, 2000.0)
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import pandas as pd

from . import core
from .i18n import get_language, t
from .plotting import lazy_plots
from .readers import parse_times
from .standards import ElementReview, find_elements

_PLOTS = ("plot_attainment", "plot_paper_vs_customer")
__getattr__, __dir__ = lazy_plots(__name__, "plots.sla", _PLOTS)

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTH_RULES = ("resolved", "created")
MEASURES = ("resolution", "response")
ALWAYS = "24x7"
"""The name of the round-the-clock calendar, known to every contract."""
DEFAULT_CREDITS: tuple[tuple[float, float], ...] = ((0.95, 5.0), (0.90, 10.0))
"""(attainment below, percent of the monthly fee): METHODS.md §8.5's example table."""


# --------------------------------------------------------------------------------------
# Calendars and business hours
# --------------------------------------------------------------------------------------
def _clock(value: Any, what: str) -> float:
    """'09:00' → 9.0 hours after midnight ('24:00' allowed)."""
    m = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", str(value))
    if not m or int(m.group(2)) >= 60 or int(m.group(1)) * 60 + int(m.group(2)) > 24 * 60:
        raise ValueError(t("sla.err.clock", what=what, value=value))
    return int(m.group(1)) + int(m.group(2)) / 60


def _dates(values: Iterable[Any], what: str) -> tuple[str, ...]:
    out = []
    for v in values:
        try:
            out.append(pd.Timestamp(str(v)).date().isoformat())
        except (ValueError, TypeError):
            raise ValueError(t("sla.err.date", what=what, value=v)) from None
    return tuple(sorted(set(out)))


@dataclass(frozen=True)
class Calendar:
    """When the clock runs: working weekdays (0 = Monday), daily opening and closing time,
    holidays (dates without service) and extra working dates (weekend days worked instead,
    调休), each as ``"YYYY-MM-DD"``.

    >>> cal = Calendar(holidays=("2026-04-06",))
    >>> cal.hours("2026-04-03 17:00", "2026-04-07 10:00")     # Fri → Tue over Easter Monday
    2.0
    >>> Calendar.always().hours("2026-04-03 17:00", "2026-04-07 10:00")
    89.0
    """

    days: tuple[int, ...] = (0, 1, 2, 3, 4)
    open: str = "09:00"
    close: str = "18:00"
    holidays: tuple[str, ...] = ()
    workdays: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        days = tuple(sorted({int(d) for d in self.days}))
        if not days or any(not 0 <= d <= 6 for d in days):
            raise ValueError(t("sla.err.days", value=list(self.days)))
        start, end = _clock(self.open, "open"), _clock(self.close, "close")
        if end <= start:
            raise ValueError(t("sla.err.hours", open=self.open, close=self.close))
        object.__setattr__(self, "days", days)
        object.__setattr__(self, "holidays", _dates(self.holidays, "holidays"))
        object.__setattr__(self, "workdays", _dates(self.workdays, "workdays"))

    @classmethod
    def always(cls) -> Calendar:
        """The 24 × 7 clock: every hour of every day counts."""
        return cls(days=tuple(range(7)), open="00:00", close="24:00")

    @property
    def is_always(self) -> bool:
        return (self.days == tuple(range(7)) and _clock(self.open, "open") == 0
                and _clock(self.close, "close") == 24 and not self.holidays)

    @property
    def hours_per_day(self) -> float:
        return _clock(self.close, "close") - _clock(self.open, "open")

    def is_working_day(self, day: Any) -> bool:
        """Whether the clock runs on ``day`` (a date or timestamp).

        >>> Calendar(workdays=("2026-02-14",)).is_working_day("2026-02-14")   # a Saturday
        True
        """
        iso = pd.Timestamp(day).date().isoformat()
        if iso in self.workdays:
            return True
        return pd.Timestamp(day).weekday() in self.days and iso not in self.holidays

    def hours(self, start: Any, end: Any) -> float:
        """Business hours between two times (0 when ``end`` ≤ ``start``)."""
        a, b = pd.Timestamp(start), pd.Timestamp(end)
        if pd.isna(a) or pd.isna(b) or b <= a:
            return 0.0
        if self.is_always:
            return (b - a).total_seconds() / 3600
        lo, hi = _clock(self.open, "open"), _clock(self.close, "close")
        total = 0.0
        day = a.normalize()
        while day <= b:
            if self.is_working_day(day):
                s = max(a, day + pd.Timedelta(hours=lo))
                e = min(b, day + pd.Timedelta(hours=hi))
                if e > s:
                    total += (e - s).total_seconds()
            day += pd.Timedelta(days=1)
        return total / 3600

    def describe(self) -> str:
        """The calendar in words, in the current language."""
        if self.is_always:
            return t("sla.calendar.always")
        days = ", ".join(DAY_NAMES[d] for d in self.days)
        return t("sla.calendar.business", days=days, open=self.open, close=self.close,
                 holidays=len(self.holidays), workdays=len(self.workdays))


BUSINESS = Calendar()
"""Monday to Friday 09:00–18:00, no holidays: METHODS.md §8.5's example."""


def business_hours(start: Any, end: Any, calendar: Calendar | None = None) -> float:
    """Business hours from ``start`` to ``end`` on ``calendar`` (default Monday to Friday
    09:00–18:00): Σ over working days of |[start, end] ∩ [open, close]|.

    >>> business_hours("2026-01-05 09:00", "2026-01-05 14:30")     # METHODS.md §8.5, T4
    5.5
    >>> business_hours("2026-01-09 17:00", "2026-01-12 10:00")     # Fri 17:00 → Mon 10:00
    2.0
    """
    return (calendar or BUSINESS).hours(start, end)


def merge_intervals(intervals: Iterable[tuple[Any, Any]]) -> list[tuple[pd.Timestamp,
                                                                         pd.Timestamp]]:
    """Overlapping or touching intervals joined, in order (so a period is counted once).

    >>> merge_intervals([("2026-01-05 11:00", "2026-01-05 12:00"),
    ...                  ("2026-01-05 11:30", "2026-01-05 13:00")])
    [(Timestamp('2026-01-05 11:00:00'), Timestamp('2026-01-05 13:00:00'))]
    """
    spans = sorted((pd.Timestamp(a), pd.Timestamp(b)) for a, b in intervals
                   if pd.Timestamp(b) > pd.Timestamp(a))
    out: list[tuple[pd.Timestamp, pd.Timestamp]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def stopped_hours(start: Any, end: Any, stops: Iterable[tuple[Any, Any]],
                  calendar: Calendar | None = None) -> float:
    """Business hours of the clock stops between ``start`` and ``end``: the stops clipped to
    [start, end], merged, and counted on ``calendar``.

    >>> stopped_hours("2026-01-05 10:00", "2026-01-05 15:00",
    ...               [("2026-01-05 11:00", "2026-01-05 13:00")])
    2.0
    """
    a, b = pd.Timestamp(start), pd.Timestamp(end)
    clipped = [(max(a, pd.Timestamp(s)), min(b, pd.Timestamp(e))) for s, e in stops]
    cal = calendar or BUSINESS
    return sum(cal.hours(s, e) for s, e in merge_intervals(clipped))


def credit_percent(attainment: float,
                   table: Sequence[tuple[float, float]] = DEFAULT_CREDITS) -> float:
    """The service-credit percentage for one attainment: the largest ``percent`` of the
    rows ``(below, percent)`` with attainment < ``below``; 0 when none applies or when
    there was nothing to measure (NaN).

    >>> [credit_percent(a) for a in (0.97, 0.95, 0.94, 0.90, 0.75)]
    [0.0, 0.0, 5.0, 5.0, 10.0]
    """
    if attainment is None or (isinstance(attainment, float) and math.isnan(attainment)):
        return 0.0
    hits = [float(p) for below, p in table if float(attainment) < float(below)]
    return max(hits, default=0.0)


# --------------------------------------------------------------------------------------
# The contract
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Priority:
    """The targets of one priority: hours to respond and to resolve, the attainment agreed,
    and the name of the calendar its hours are counted on."""

    resolution_hours: float
    response_hours: float | None = None
    target: float = 0.95
    calendar: str = "business"


@dataclass(frozen=True)
class Contract:
    """The measurable terms of an SLA (load one with :func:`load_contract`).

    ``clock_stops``: the ticket statuses that stop the clock; ``exclusions``: the reasons
    that take a ticket out of scope; ``month``: ``"resolved"`` or ``"created"``;
    ``credit_table``: rows (attainment below, percent of the fee), applied to each priority
    of ``credit_priorities``; ``credit_cap``: the largest percent of a month (None: no cap).
    """

    priorities: Mapping[str, Priority]
    calendars: Mapping[str, Calendar] = field(default_factory=lambda: {"business": BUSINESS})
    clock_stops: tuple[str, ...] = ()
    exclusions: tuple[str, ...] = ()
    month: str = "resolved"
    fee: float = 0.0
    credit_table: tuple[tuple[float, float], ...] = DEFAULT_CREDITS
    credit_priorities: tuple[str, ...] = ()
    credit_cap: float | None = None
    title: str = ""
    clauses: tuple[Mapping[str, str], ...] = ()

    def __post_init__(self) -> None:
        if self.month not in MONTH_RULES:
            raise ValueError(t("core.option", value=self.month, name="month",
                               choices=list(MONTH_RULES)))
        for name, p in self.priorities.items():
            if p.calendar != ALWAYS and p.calendar not in self.calendars:
                raise ValueError(t("sla.err.calendar", priority=name, value=p.calendar,
                                   known=[*self.calendars, ALWAYS]))
        unknown = [p for p in self.credit_priorities if p not in self.priorities]
        if unknown:
            raise ValueError(t("sla.err.priority", row="credits", value=unknown[0],
                               known=list(self.priorities)))

    def calendar(self, priority: str) -> Calendar:
        """The calendar on which ``priority``'s hours are counted."""
        name = self.priorities[priority].calendar
        return Calendar.always() if name == ALWAYS else self.calendars[name]

    def revise(self, *, calendars: Mapping[str, str] | None = None,
               clock_stops: Iterable[str] | None = None,
               exclusions: Iterable[str] | None = None, month: str | None = None,
               targets: Mapping[str, float] | None = None) -> Contract:
        """A copy with some terms rewritten: ``calendars`` maps a priority to the name of
        its new calendar (``"24x7"`` for round the clock), ``targets`` a priority to new
        resolution hours; ``clock_stops``, ``exclusions`` and ``month`` replace the old.

        >>> c = Contract({"P1": Priority(4)}, clock_stops=("pending_customer",
        ...              "pending_supplier"))
        >>> r = c.revise(calendars={"P1": "24x7"}, clock_stops=["pending_customer"])
        >>> r.priorities["P1"].calendar, r.clock_stops
        ('24x7', ('pending_customer',))
        """
        priorities = dict(self.priorities)
        for name, cal in (calendars or {}).items():
            if name not in priorities:
                raise ValueError(t("sla.err.priority", row="revise", value=name,
                                   known=list(priorities)))
            priorities[name] = dataclasses.replace(priorities[name], calendar=str(cal))
        for name, hours in (targets or {}).items():
            if name not in priorities:
                raise ValueError(t("sla.err.priority", row="revise", value=name,
                                   known=list(priorities)))
            priorities[name] = dataclasses.replace(priorities[name],
                                                   resolution_hours=float(hours))
        changes: dict[str, Any] = {"priorities": priorities}
        if clock_stops is not None:
            changes["clock_stops"] = tuple(clock_stops)
        if exclusions is not None:
            changes["exclusions"] = tuple(exclusions)
        if month is not None:
            changes["month"] = month
        return dataclasses.replace(self, **changes)

    def terms(self) -> pd.DataFrame:
        """The measurable terms per priority: targets, attainment agreed, calendar."""
        rows = []
        for name, p in self.priorities.items():
            rows.append({"priority": name, "response_hours": p.response_hours,
                         "resolution_hours": p.resolution_hours, "target": p.target,
                         "calendar": self.calendar(name).describe(),
                         "credited": name in self.credit_priorities})
        return pd.DataFrame(rows).set_index("priority")

    def clause_table(self, lang: str | None = None) -> pd.DataFrame:
        """The clauses (id, title, text) in ``lang`` (default: the current language)."""
        zh = (lang or get_language()) == "zh"
        rows = [{"id": c["id"],
                 "title": c.get("title_zh", c["title"]) if zh else c["title"],
                 "text": c.get("text_zh", c["text"]) if zh else c["text"]}
                for c in self.clauses]
        return pd.DataFrame(rows, columns=["id", "title", "text"]).set_index("id")


def _need(mapping: Mapping[str, Any], key: str, where: str) -> Any:
    if not isinstance(mapping, Mapping) or key not in mapping:
        raise ValueError(t("sla.err.key", entry=key, where=where))
    return mapping[key]


def contract_from_dict(data: Mapping[str, Any], source: str = "contract") -> Contract:
    """A :class:`Contract` from the YAML layout of ``data/vendor_sla_draft.yml``."""
    calendars = {}
    for name, spec in (data.get("calendars") or {}).items():
        where = f"{source}: calendars.{name}"
        days = []
        for d in spec.get("days", DAY_NAMES[:5]):
            if str(d)[:3].title() not in DAY_NAMES:
                raise ValueError(t("sla.err.day", where=where, value=d))
            days.append(DAY_NAMES.index(str(d)[:3].title()))
        hours = spec.get("hours", ["09:00", "18:00"])
        if not isinstance(hours, Sequence) or isinstance(hours, str) or len(hours) != 2:
            raise ValueError(t("sla.err.key", entry="hours: [open, close]", where=where))
        calendars[str(name)] = Calendar(tuple(days), str(hours[0]), str(hours[1]),
                                        tuple(spec.get("holidays", ()) or ()),
                                        tuple(spec.get("workdays", ()) or ()))
    calendars.setdefault("business", BUSINESS)
    priorities = {}
    for name, spec in _need(data, "priorities", source).items():
        where = f"{source}: priorities.{name}"
        hours = _need(spec, "resolution_hours", where)
        try:
            priorities[str(name)] = Priority(
                float(hours),
                None if spec.get("response_hours") is None else float(spec["response_hours"]),
                float(spec.get("target", 0.95)), str(spec.get("calendar", "business")))
        except (TypeError, ValueError):
            raise ValueError(t("sla.err.number", where=where, value=spec)) from None
    credits = data.get("credits") or {}
    table = tuple((float(_need(row, "below", f"{source}: credits.table")),
                   float(_need(row, "percent", f"{source}: credits.table")))
                  for row in credits.get("table", []))
    cap = credits.get("cap_percent")
    return Contract(
        priorities=priorities, calendars=calendars,
        clock_stops=tuple(str(s) for s in data.get("clock_stops", []) or []),
        exclusions=tuple(str(s) for s in data.get("exclusions", []) or []),
        month=str(data.get("month", "resolved")), fee=float(data.get("fee", 0) or 0),
        credit_table=table or DEFAULT_CREDITS,
        credit_priorities=tuple(str(p) for p in credits.get("priorities", []) or []),
        credit_cap=None if cap is None else float(cap),
        title=str(data.get("title", "")),
        clauses=tuple(dict(c) for c in data.get("clauses", []) or []))


def load_contract(name: str | Path = "vendor_sla_draft") -> Contract:
    """Load an SLA from YAML: a course file by name (``"vendor_sla_draft"``, in ``data/``)
    or a path of your own, laid out like the course file.

    >>> load_contract().priorities["P1"].resolution_hours        # doctest: +SKIP
    4.0
    """
    path = Path(name)
    if path.suffix not in (".yml", ".yaml"):
        path = core.data_dir() / f"{name}.yml"
    if not path.is_file():
        raise ValueError(t("sla.err.file", path=str(path)))
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return contract_from_dict(data, source=path.name)


# --------------------------------------------------------------------------------------
# Measuring a ticket log
# --------------------------------------------------------------------------------------
TICKET_COLUMNS = ("ticket_id", "priority", "created", "resolved")
STOP_COLUMNS = ("ticket_id", "status", "start", "end")


def _times(df: pd.DataFrame, cols: Sequence[str], source: str) -> pd.DataFrame:
    return parse_times(df, cols, source)


def _columns(df: pd.DataFrame, needed: Sequence[str], source: str) -> None:
    missing = [c for c in needed if c not in df.columns]
    if missing:
        raise ValueError(t("readers.missing_columns", source=source, missing=missing,
                           found=list(map(str, df.columns))))


def read_stops(stops: pd.DataFrame | None) -> pd.DataFrame:
    """The clock stops as times (columns ``ticket_id``, ``status``, ``start``, ``end``); a
    stop that ends before it starts is an error naming its row."""
    if stops is None:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in STOP_COLUMNS})
    _columns(stops, STOP_COLUMNS, "stops")
    df = _times(stops, ("start", "end"), "stops")
    wrong = (df["end"] < df["start"]) | df["start"].isna() | df["end"].isna()
    if wrong.any():
        pos = int(np.flatnonzero(wrong.to_numpy())[0])
        raise ValueError(t("sla.err.stop", row=pos + 2, start=str(df["start"].iloc[pos]),
                           end=str(df["end"].iloc[pos])))
    return df


def measure(tickets: pd.DataFrame, contract: Contract, stops: pd.DataFrame | None = None,
            *, kind: str = "resolution", month: str | None = None) -> pd.DataFrame:
    """Every ticket measured as ``contract`` defines it, one row per ticket.

    Reads ``ticket_id``, ``priority``, ``created``, ``resolved`` (and ``first_response`` for
    ``kind="response"``; ``exclusion`` if present: the reason a ticket is claimed out of
    scope). ``stops``: one row per pending period (``ticket_id``, ``status``, ``start``,
    ``end``); only the statuses in ``contract.clock_stops`` stop the clock.

    Columns of the result: ``priority``, ``month`` (period of the resolved or created time,
    ``month`` overriding ``contract.month``; a ticket not yet resolved is shown in the month
    it was created), ``excluded`` (the exclusion is one the
    contract accepts), ``elapsed_hours`` (on the priority's calendar), ``stopped_hours``,
    ``measured_hours`` = elapsed − stopped, ``target_hours``, ``met`` (measured ≤ target;
    NA when excluded or not yet resolved), ``in_scope`` (resolved and not excluded),
    ``wall_hours`` (plain clock hours from created to the end: what the customer lived).
    """
    if kind not in MEASURES:
        raise ValueError(t("core.option", value=kind, name="kind", choices=list(MEASURES)))
    rule = contract.month if month is None else month
    if rule not in MONTH_RULES:
        raise ValueError(t("core.option", value=rule, name="month", choices=list(MONTH_RULES)))
    end_col = "resolved" if kind == "resolution" else "first_response"
    _columns(tickets, tuple(dict.fromkeys((*TICKET_COLUMNS, end_col))), "tickets")
    df = _times(tickets, ("created", "first_response", "resolved"), "tickets")
    df = df.reset_index(drop=True)
    ids = df["ticket_id"].astype(str)
    if ids.duplicated().any():
        pos = int(np.flatnonzero(ids.duplicated().to_numpy())[0])
        raise ValueError(t("sla.err.duplicate", row=pos + 2, value=ids.iloc[pos]))
    for pos, (p, c) in enumerate(zip(df["priority"], df["created"], strict=True)):
        if p not in contract.priorities:
            raise ValueError(t("sla.err.priority", row=pos + 2, value=p,
                               known=list(contract.priorities)))
        if pd.isna(c):
            raise ValueError(t("readers.time", source="tickets", row=pos + 2,
                               column="created", value=repr(c)))
    late = (df[end_col] < df["created"]).to_numpy()
    if late.any():
        pos = int(np.flatnonzero(late)[0])
        raise ValueError(t("standards.err.order", source="tickets", row=pos + 2,
                           later=end_col, earlier="created", value=str(df[end_col].iloc[pos]),
                           first=str(df["created"].iloc[pos])))
    st = read_stops(stops)
    unknown = ~st["ticket_id"].astype(str).isin(set(ids))
    if unknown.any():
        pos = int(np.flatnonzero(unknown.to_numpy())[0])
        raise ValueError(t("sla.err.stop_ticket", row=pos + 2,
                           value=str(st["ticket_id"].iloc[pos])))
    counted = st[st["status"].astype(str).isin(contract.clock_stops)]
    by_ticket: dict[str, list[tuple[Any, Any]]] = {}
    for tid, a, b in zip(counted["ticket_id"].astype(str), counted["start"], counted["end"],
                         strict=True):
        by_ticket.setdefault(tid, []).append((a, b))
    reasons = (df["exclusion"].fillna("").astype(str).str.strip() if "exclusion" in df
               else pd.Series("", index=df.index))
    rows = []
    for i, row in df.iterrows():
        pr = str(row["priority"])
        cal = contract.calendar(pr)
        target = (contract.priorities[pr].resolution_hours if kind == "resolution"
                  else contract.priorities[pr].response_hours)
        end = row[end_col]
        done = not pd.isna(end)
        excluded = reasons.iloc[i] in contract.exclusions and reasons.iloc[i] != ""
        if done:
            elapsed = cal.hours(row["created"], end)
            stopped = stopped_hours(row["created"], end, by_ticket.get(ids.iloc[i], []), cal)
            measured = elapsed - stopped
            wall = (end - row["created"]).total_seconds() / 3600
        else:
            elapsed = stopped = measured = wall = math.nan
        stamp = row["resolved"] if rule == "resolved" and done else row["created"]
        met: Any = pd.NA
        if done and not excluded and target is not None:
            met = bool(round(measured, 9) <= float(target))
        rows.append({"ticket_id": ids.iloc[i], "priority": pr,
                     "month": (stamp.to_period("M") if not pd.isna(stamp) else pd.NaT),
                     "exclusion": reasons.iloc[i], "excluded": excluded,
                     "elapsed_hours": elapsed, "stopped_hours": stopped,
                     "measured_hours": measured, "target_hours": target, "met": met,
                     "in_scope": bool(done and not excluded), "wall_hours": wall})
    out = pd.DataFrame(rows).set_index("ticket_id")
    out["met"] = out["met"].astype("boolean")
    return out


def attainment(measured: pd.DataFrame, by: str | Sequence[str] = ("month", "priority"),
               months: Iterable[Any] | None = None) -> pd.DataFrame:
    """Attainment = met ÷ in scope, per group of :func:`measure`'s result.

    Columns: ``tickets``, ``excluded``, ``open`` (not resolved), ``in_scope``, ``met``,
    ``missed``, ``attainment`` (NaN when nothing is in scope). ``months`` keeps only those
    months (e.g. ``["2026-01", …]``).

    >>> m = pd.DataFrame({"month": ["2026-01"] * 5, "priority": ["P1"] * 5,
    ...                   "excluded": [False] * 4 + [True], "in_scope": [True] * 4 + [False],
    ...                   "met": pd.array([True, True, True, False, None], dtype="boolean")})
    >>> row = attainment(m).loc[("2026-01", "P1")]
    >>> int(row["in_scope"]), int(row["met"]), float(row["attainment"])
    (4, 3, 0.75)
    """
    keys = [by] if isinstance(by, str) else list(by)
    _columns(measured, [*keys, "excluded", "in_scope", "met"], "measured")
    df = measured
    if months is not None:
        wanted = {str(pd.Period(m, "M")) for m in months}
        df = df[df["month"].astype(str).isin(wanted)]
    met = df["met"].astype("boolean").fillna(False).astype(bool)
    frame = pd.DataFrame({"tickets": 1, "excluded": df["excluded"].astype(bool),
                          "open": ~df["excluded"].astype(bool) & ~df["in_scope"].astype(bool),
                          "in_scope": df["in_scope"].astype(bool),
                          "met": met & df["in_scope"].astype(bool)}, index=df.index)
    for k in keys:
        frame[k] = df[k].astype(str) if k == "month" else df[k]
    out = frame.groupby(keys, sort=True)[["tickets", "excluded", "open", "in_scope",
                                          "met"]].sum().astype(int)
    out["missed"] = out["in_scope"] - out["met"]
    out["attainment"] = (out["met"] / out["in_scope"].where(out["in_scope"] > 0)).astype(float)
    return out


def service_credits(monthly: pd.DataFrame, contract: Contract) -> pd.DataFrame:
    """The service credits of each month, as ``contract`` defines them.

    ``monthly``: :func:`attainment` by month and priority. For each priority of
    ``contract.credit_priorities`` the percent of its attainment (:func:`credit_percent`
    with ``contract.credit_table``); ``percent`` = their sum, capped at
    ``contract.credit_cap``; ``credit`` = fee × percent ÷ 100.

    >>> c = Contract({"P1": Priority(4)}, fee=20_000, credit_priorities=("P1",))
    >>> m = pd.DataFrame({"attainment": [0.75]},
    ...                  index=pd.MultiIndex.from_tuples([("2026-01", "P1")],
    ...                                                  names=["month", "priority"]))
    >>> service_credits(m, c).loc["2026-01", ["P1", "percent", "credit"]].tolist()
    [10.0, 10.0, 2000.0]
    """
    if not isinstance(monthly.index, pd.MultiIndex) or list(monthly.index.names) != [
            "month", "priority"]:
        raise ValueError(t("sla.err.monthly", names=list(monthly.index.names)))
    _columns(monthly, ["attainment"], "monthly")
    table = monthly["attainment"].unstack("priority")
    rows = {}
    for month, row in table.iterrows():
        entry = {p: credit_percent(float(row.get(p, math.nan)), contract.credit_table)
                 for p in contract.credit_priorities}
        total = sum(entry.values())
        if contract.credit_cap is not None:
            total = min(total, contract.credit_cap)
        entry["percent"] = float(total)
        entry["credit"] = contract.fee * total / 100
        rows[month] = entry
    out = pd.DataFrame.from_dict(rows, orient="index")
    out.index.name = "month"
    return out


def compare_contracts(tickets: pd.DataFrame, contracts: Mapping[str, Contract],
                      stops: pd.DataFrame | None = None, *, priority: str = "P1",
                      months: Iterable[Any] | None = None) -> pd.DataFrame:
    """Attainment of ``priority`` under several contracts, side by side: one row per
    contract, one column per month and ``all`` (the months pooled: Σ met ÷ Σ in scope)."""
    rows = {}
    for name, contract in contracts.items():
        table = attainment(measure(tickets, contract, stops), months=months)
        part = table.xs(priority, level="priority")
        row = part["attainment"].to_dict()
        row["all"] = float(part["met"].sum() / max(part["in_scope"].sum(), 1))
        rows[name] = row
    return pd.DataFrame.from_dict(rows, orient="index")


# --------------------------------------------------------------------------------------
# Checking a rewritten clause
# --------------------------------------------------------------------------------------
_NUM = r"(?:\d+(?:[.,]\d+)?|[一二两三四五六七八九十百]+)"
_TIME_UNIT_EN = r"(?:minutes?|mins?|hours?|hrs?|h|days?|working days?|business days?)"
_TIME_UNIT_ZH = r"(?:分钟|小时|个?工作日|天|日)"
CLAUSE_PATTERNS: dict[str, dict[str, tuple[str, str]]] = {
    "hours": {
        "priority": (r"\bP1\b|\bpriority (?:1|one)\b|\bcritical\b|\burgent\b",
                     r"P1|一级|最高优先级|紧急|重大故障"),
        "round_clock": (r"24\s*(?:hours?|h)?\s*(?:[x×/*]|a day,?|per day,?)\s*7|"
                        r"\b24/7\b|round[- ]the[- ]clock|around the clock|every day|"
                        r"seven days|7 days|all hours|calendar hours|clock hours|"
                        r"nights?,? weekends? and (?:public )?holidays|including weekends",
                        r"7\s*[x×*]\s*24|24\s*[x×*]\s*7|全天候|全天|每天|每日|节假日|周末|"
                        r"自然小时|日历小时|昼夜|不分工作日"),
        "target": (rf"{_NUM}\s*{_TIME_UNIT_EN}\b", rf"{_NUM}\s*{_TIME_UNIT_ZH}"),
    },
    "clock_stops": {
        "customer": (r"\bcustomers?\b|\bcitizens?\b|\brequesters?\b|\bstaff member\b|"
                     r"\bthe centre\b|\bthe center\b|\busers?\b",
                     r"客户|顾客|市民|用户|中心|申请人|报修人"),
        "asked": (r"\bin writing\b|\bwritten\b|\brecorded\b|\blogged\b|\bconfirm\w*|"
                  r"\bagree[sd]?\b|\bexplicitly\b|\basked\b|\brequested\b",
                  r"书面|记录|确认|同意|明确|请求|要求"),
        "not_vendor": (r"\b(?:supplier|subcontractor|sub-contractor|vendor's own|its own|"
                       r"parts?|spare parts?|third part(?:y|ies))\b",
                       r"供应商自身|供应商自己|分包|备件|配件|其供应商|供货商|第三方|自身原因"),
    },
    "exclusions": {
        "named": (r"planned maintenance|scheduled maintenance|maintenance window|"
                  r"change (?:requested|made|approved) by the (?:customer|centre|center)|"
                  r"customer'?s own change|force majeure|power (?:cut|failure)|"
                  r"natural disaster",
                  r"计划内维护|计划维护|维护窗口|客户自行变更|客户.{0,6}变更|不可抗力|停电|自然灾害"),
        "evidence": (r"\bevidence\b|\bproof\b|\bdocument\w*|\broot cause\b|\bagreed\b|"
                     r"\bapprov\w*|\bconfirm\w*|\bin writing\b",
                     r"证据|证明|书面|根本原因|根因|确认|同意|批准|认可"),
        "vendor_responsible": (r"\b(?:subcontractors?|sub-contractors?|suppliers?|"
                               r"partners?|products? it (?:supplies|provides|manages)|"
                               r"(?:it|the vendor) (?:manages|supplies|chose|selects?))\b",
                               r"分包|供应商.{0,8}(?:负责|承担|提供|管理|选择)|"
                               r"(?:其|自身|自己).{0,4}(?:选用|提供|管理)"),
    },
}
"""Per clause kind, the elements a rewrite needs and the (English, Chinese) patterns that
find them. Rules of thumb, not a judge: see :func:`check_clause`."""
CLAUSE_KINDS = tuple(CLAUSE_PATTERNS)


@dataclass(repr=False)
class ClauseReview(ElementReview):
    """What :func:`check_clause` found in a rewritten clause (the table, report and notebook
    display are the standards checker's)."""

    kind: str = "hours"
    ELEMENTS: ClassVar[tuple[str, ...]] = ()

    def __post_init__(self) -> None:
        self.ELEMENTS = tuple(CLAUSE_PATTERNS[self.kind])  # type: ignore[misc]

    def name_of(self, key: str) -> str:
        return t(f"sla.el.{self.kind}.{key}")

    def looked_for(self, key: str) -> str:
        return t(f"sla.look.{self.kind}.{key}")

    def advice(self, key: str) -> str:
        return t(f"sla.advice.{self.kind}.{key}")

    def aid(self) -> str:
        return t("sla.review.aid")

    def head(self) -> str:
        return t("sla.review.head", kind=t(f"sla.kind.{self.kind}"), score=self.score,
                 total=len(self.ELEMENTS))


def check_clause(text: str, kind: str, lang: str | None = None) -> ClauseReview:
    """Feedback on a rewritten SLA clause — a teaching aid, not a judge.

    ``kind`` says which clause: ``"hours"`` (P1 on a round-the-clock clock: the priority, a
    24 × 7 period, a target with its unit), ``"clock_stops"`` (the clock stops only for the
    customer, when asked or recorded, never for the vendor's own suppliers) or
    ``"exclusions"`` (named causes, evidence or agreement, the vendor answers for its own
    subcontractors). Works on English and Chinese; shows what it looked for.

    >>> check_clause("P1 incidents are resolved within 4 hours, 24 hours a day, 7 days a week.",
    ...              "hours").missing
    []
    >>> check_clause("The clock stops when the ticket is pending.", "clock_stops").missing
    ['customer', 'asked', 'not_vendor']
    """
    if kind not in CLAUSE_PATTERNS:
        raise ValueError(t("core.option", value=kind, name="kind", choices=list(CLAUSE_KINDS)))
    if not isinstance(text, str) or not text.strip():
        raise ValueError(t("sla.err.text"))
    found = find_elements(text, CLAUSE_PATTERNS[kind], lang=lang)
    lang_used = "zh" if re.search(r"[\u4e00-\u9fff]", text) else "en"
    return ClauseReview(text=text, found=found, lang=lang_used, kind=kind)
