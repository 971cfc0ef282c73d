"""The capstone project: one service redesigned end to end, in two tracks.

A **track** is a service case described as data, so that the capstone notebook and its
question bank read the same definition: which KANO and SERVQUAL surveys describe the
customers, which blueprint and journey show today's service, which log measures it, the
service standard it is held to, and the facts of the case that the data cannot give
(an assumed handling time, the staff on shift). Two tracks ship:

* ``"it_service_desk"`` — the internal IT service desk of a large technology company
  (internal shared services; employees are the internal customers);
* ``"government_window"`` — a district administrative service hall (a public service
  window; citizens and businesses are the customers).

``track(key)`` returns a :class:`Track`; its methods load the data in one common form, so
that one piece of analysis code works for both tracks. The module adds the few small
helpers the capstone steps need and the library did not have: :func:`arrival_profile`
(arrivals per interval of an average day, for Erlang C), :func:`weekly_share` and
:func:`weekly_stat` (weekly series for a p-chart and an XmR chart), :func:`first_signal`,
:func:`unserved` (must-be attributes a redesigned blueprint no longer serves),
:func:`measurable` (is a written target measurable?) and :func:`add_step` (a report
section that says "not done yet" for the parts still missing).

Pure functions on pandas objects; nothing here imports matplotlib.

Example
-------
>>> case = track("it_service_desk")
>>> case.wait_unit, case.wait_target
('h', 4.0)
>>> sorted(TRACKS)
['government_window', 'it_service_desk']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from .i18n import get_language, t

Text = tuple[str, str]
"""(English, Simplified Chinese)."""

STEPS: tuple[str, ...] = ("kano", "servqual", "today", "redesign", "standards", "staffing",
                          "monitoring", "conclusion")
"""The eight steps of the capstone, in the order of the notebook and the report."""

WEEKDAYS: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

LOG_COLUMNS: tuple[str, ...] = ("arrived", "wait", "handle_min", "done", "first_time_right",
                                "csat", "late")
"""Columns of :meth:`Track.service_log`, the same for every track."""


def _pick(text: Text, lang: str | None = None) -> str:
    return text[1] if (lang or get_language()) == "zh" else text[0]


def step_heading(step: str, lang: str | None = None) -> str:
    """The report heading of a capstone step, e.g. ``"1. What matters to customers (KANO)"``.

    >>> step_heading("kano", "en")
    '1. What matters to customers (KANO)'
    """
    if step not in STEPS:
        raise ValueError(t("capstone.err.step", step=step, steps=", ".join(STEPS)))
    from .i18n import MESSAGES

    return MESSAGES[f"capstone.step.{step}"][1 if (lang or get_language()) == "zh" else 0]


@dataclass(frozen=True)
class Track:
    """One capstone case: the data that describe it and the facts the data cannot give.

    Times: ``wait_unit`` is the unit of the customer's wait in :meth:`service_log` and of
    ``wait_target`` (``"h"`` or ``"min"``). Staffing works in seconds, like
    :func:`svcx_helpers.queueing.staffing_plan`.
    """

    key: str
    label: Text
    audience: Text
    kano_dataset: str
    servqual_dataset: str
    servqual_rows: tuple[str, str] | None
    """(column, value) that selects this service's rows of the SERVQUAL file, or None."""
    blueprint: str
    journey: str
    log_dataset: str
    wait_unit: str
    wait_target: float
    """The service standard for the customer's wait, in ``wait_unit``."""
    wait_what: Text
    """What the customer's wait is, e.g. ticket created → first response."""
    late_what: Text
    """What the ``late`` column of :meth:`service_log` counts (the p-chart's defect)."""
    wait_cut: float
    """The redesign must cut the blueprint's total wait by at least this share."""
    must_be_steps: Mapping[str, tuple[str, ...]]
    """Must-be attribute → steps of today's blueprint that deliver it."""
    baseline_end: str
    """Weeks that start before this date are the control charts' baseline."""
    open_hours: tuple[tuple[str, str], ...]
    servers_today: int
    staff_target_seconds: float
    staff_level: float
    aht_assumed_seconds: float | None = None
    """Handling time assumed by the case when the log has none (None: measured)."""
    interval_minutes: int = 30
    staffing_weekday: str = "Mon"
    log_taken: str | None = None
    after_blueprint: str | None = None
    """A redesign shipped with the course (learners hand in their own)."""
    facts: tuple[Text, ...] = field(default_factory=tuple)

    # ------------------------------------------------------------------ texts
    def text(self, name: str = "label", lang: str | None = None) -> str:
        """A bilingual field (``label``, ``audience``, ``wait_what``, ``late_what``) in the
        current language."""
        return _pick(getattr(self, name), lang)

    def fact_list(self, lang: str | None = None) -> list[str]:
        """The case facts in the current language."""
        return [_pick(f, lang) for f in self.facts]

    def servers_label(self) -> str:
        """What the servers are called in this case (agents, windows)."""
        return t(f"capstone.servers.{self.key}")

    # ------------------------------------------------------------------ surveys
    def kano_responses(self) -> pd.DataFrame:
        """The KANO survey in long form (:func:`svcx_helpers.kano.count` reads it)."""
        from .data import load_dataset

        return load_dataset(self.kano_dataset)

    def kano_labels(self, lang: str | None = None) -> pd.Series:
        """Attribute key → display name in the current language (for plot labels)."""
        from .data import load_dataset

        table = load_dataset(f"{self.kano_dataset}_attributes").set_index("attribute")
        column = "label_zh" if (lang or get_language()) == "zh" else "label_en"
        return table[column].rename("label")

    def servqual_answers(self) -> pd.DataFrame:
        """The SERVQUAL answers of this service (rows selected by ``servqual_rows``)."""
        from .data import load_dataset

        answers = load_dataset(self.servqual_dataset)
        if self.servqual_rows is not None:
            column, value = self.servqual_rows
            answers = answers.loc[answers[column] == value]
        return answers

    def servqual_weighted(self) -> bool:
        """True when the survey has the 100-point importance allocation, so the SERVQUAL
        score can be weighted (Zeithaml, Parasuraman & Berry 1990)."""
        return any(str(c).startswith("importance_") for c in self.servqual_answers().columns)

    # ------------------------------------------------------------------ blueprint, journey
    def today(self) -> Any:
        """Today's blueprint (:class:`svcx_helpers.blueprint.Blueprint`)."""
        from . import blueprint

        return blueprint.load(self.blueprint)

    def journey_map(self) -> Any:
        """Today's journey (:class:`svcx_helpers.journey.JourneyMap`)."""
        from . import journey

        return journey.load(self.journey)

    # ------------------------------------------------------------------ the log
    def raw_log(self) -> pd.DataFrame:
        """The log as shipped (times not parsed)."""
        from .data import load_dataset

        return load_dataset(self.log_dataset)

    def service_log(self) -> pd.DataFrame:
        """The log in the common form of :data:`LOG_COLUMNS`, one row per ticket or visit.

        ``arrived`` (time the customer asked), ``wait`` (in ``wait_unit``: IT — created →
        first response; hall — arrived → called), ``handle_min`` (minutes of service; NaN
        when the log has none), ``done`` (resolved / served), ``first_time_right`` (IT —
        resolved at the first contact; hall — outcome ``completed``; NaN when not done),
        ``csat`` (1–5, NaN = no answer), ``late`` (see ``late_what``).
        """
        raw = self.raw_log()
        if self.key == "it_service_desk":
            from .readers import read_tickets

            tk = read_tickets(raw, source=self.log_dataset)
            done = tk["resolved"].notna()
            late = (tk["resolved"] > tk["promised"]) | (
                ~done & (tk["promised"] < pd.Timestamp(self.log_taken)))
            out = pd.DataFrame({
                "arrived": tk["created"],
                "wait": (tk["first_response"] - tk["created"]) / pd.Timedelta(hours=1),
                "handle_min": np.nan,
                "done": done,
                "first_time_right": (tk["contacts"] == 1).where(done),
                "csat": pd.to_numeric(tk["csat"], errors="coerce"),
                "late": late,
            })
        else:
            times = {c: pd.to_datetime(raw[c], format="%Y-%m-%d %H:%M:%S")
                     for c in ("arrived", "called", "service_end")}
            wait = (times["called"] - times["arrived"]) / pd.Timedelta(minutes=1)
            out = pd.DataFrame({
                "arrived": times["arrived"],
                "wait": wait,
                "handle_min": (times["service_end"] - times["called"]) / pd.Timedelta(minutes=1),
                "done": True,
                "first_time_right": (raw["outcome"] == "completed").astype(float),
                "csat": pd.to_numeric(raw["satisfaction"], errors="coerce"),
                "late": wait > self.wait_target,
            })
        out["first_time_right"] = out["first_time_right"].astype(float)
        return out[list(LOG_COLUMNS)]

    def aht_seconds(self) -> float:
        """Average handling time for staffing, in seconds: the case's assumption when the log
        has no handling times, else the mean service time in the log."""
        if self.aht_assumed_seconds is not None:
            return float(self.aht_assumed_seconds)
        return float(self.service_log()["handle_min"].mean() * 60)

    def arrivals(self) -> pd.Series:
        """Mean arrivals per interval of the staffing weekday in opening hours
        (:func:`arrival_profile` of the log)."""
        return arrival_profile(self.service_log()["arrived"], self.interval_minutes,
                               weekday=self.staffing_weekday, hours=self.open_hours)


def _it_service_desk() -> Track:
    return Track(
        key="it_service_desk",
        label=("Internal IT service desk", "内部 IT 服务台"),
        audience=(
            "Internal shared services: the employees of a large technology company are the "
            "desk's internal customers. For trainees from IT, HR, finance and other "
            "shared-service teams.",
            "内部共享服务：一家大型科技公司的员工是服务台的内部客户。适合来自 IT、人力资源、"
            "财务等共享服务团队的学员。"),
        kano_dataset="kano_it_service_desk",
        servqual_dataset="servqual_internal_services",
        servqual_rows=("supplier", "IT"),
        blueprint="it_service_desk_before",
        journey="it_service_desk",
        log_dataset="it_service_desk_tickets",
        wait_unit="h",
        wait_target=4.0,
        wait_what=("ticket created → first response", "工单创建 → 首次响应"),
        late_what=("tickets resolved after their promised time, or still open after it",
                   "晚于承诺时间解决、或已过承诺时间仍未解决的工单"),
        wait_cut=0.4,
        must_be_steps={"account_data_security": ("O1", "S3"),
                       "prompt_acknowledgement": ("S2", "E2"),
                       "day_one_ready": ("S7",)},
        baseline_end="2026-04-01",
        open_hours=(("08:30", "18:00"),),
        servers_today=3,
        staff_target_seconds=30 * 60,
        staff_level=0.8,
        aht_assumed_seconds=20 * 60,
        log_taken="2026-07-01 18:00",
        facts=(
            ("Every ticket reaches the first-line desk first (single point of contact).",
             "所有工单都先到一线服务台（单一联系点）。"),
            ("The desk promises a first response within 4 hours and a resolution within "
             "4 / 8 / 24 / 72 hours for P1–P4 (wall-clock hours).",
             "服务台承诺 4 小时内首次响应，P1–P4 分别在 4 / 8 / 24 / 72 小时内解决"
             "（按自然时间计）。"),
            ("The log has no handling times. The case assumes 20 minutes of first-line work "
             "per ticket (logging, diagnosis, first fix attempt).",
             "日志中没有处理时长。本案例假设每张工单的一线工作量为 20 分钟"
             "（登记、诊断、首次修复）。"),
            ("For staffing, the desk plans that 80 % of new tickets are picked up by an agent "
             "within 30 minutes in office hours (08:30–18:00); three first-line agents are "
             "on shift today.",
             "排班时，服务台的计划是办公时间（08:30–18:00）内 80% 的新工单在 30 分钟内由坐席接手；"
             "目前每班有三名一线坐席。"),
        ),
    )


def _government_window() -> Track:
    return Track(
        key="government_window",
        label=("Government service window", "政务服务窗口"),
        audience=(
            "Public service window: citizens and businesses at a city district's "
            "administrative service hall. For managers of public service windows.",
            "公共服务窗口：到区政务服务大厅办事的市民和企业。适合公共服务窗口的管理者。"),
        kano_dataset="kano_government_window",
        servqual_dataset="servqual_government_window",
        servqual_rows=None,
        blueprint="government_window_before",
        journey="government_window",
        log_dataset="government_window_visits",
        wait_unit="min",
        wait_target=20.0,
        wait_what=("arrival (queue ticket) → called to a window", "取号 → 叫号到窗口"),
        late_what=("visits that waited more than 20 minutes to be called",
                   "等候叫号超过 20 分钟的办件"),
        wait_cut=0.5,
        must_be_steps={"document_list": ("O1",),
                       "clean_hall": ("E1", "E2", "E5", "E7", "E9")},
        baseline_end="2026-04-27",
        open_hours=(("09:00", "12:00"), ("13:30", "17:00")),
        servers_today=7,
        staff_target_seconds=20 * 60,
        staff_level=0.8,
        after_blueprint="government_window_after",
        facts=(
            ("The hall is open Monday to Friday, 09:00–12:00 and 13:30–17:00.",
             "大厅周一至周五开放，09:00–12:00 和 13:30–17:00。"),
            ("Eight windows (W1–W8) served all matters; since the Monday of week 9 "
             "(27 April) one window fewer is staffed, so seven are open today.",
             "八个窗口（W1–W8）曾受理所有事项；自第 9 周周一（4 月 27 日）起少开一个窗口，"
             "目前开放七个。"),
            ("The hall's standard: a citizen is called within 20 minutes of taking a queue "
             "ticket; staffing plans for 80 % of visits.",
             "大厅的标准：市民取号后 20 分钟内被叫号；排班按 80% 的办件达标来计划。"),
            ("Handling times are in the log: from the call to the end of the service.",
             "处理时长可由日志得出：从叫号到办理结束。"),
        ),
    )


TRACKS: dict[str, Track] = {"it_service_desk": _it_service_desk(),
                            "government_window": _government_window()}
"""The capstone tracks by key."""


def track(key: Any) -> Track:
    """The track ``key`` (``"it_service_desk"`` or ``"government_window"``); a clear
    error in the current language for anything else."""
    if isinstance(key, str) and key.strip() in TRACKS:
        return TRACKS[key.strip()]
    raise ValueError(t("capstone.err.track", name=repr(key), tracks=", ".join(TRACKS)))


# --------------------------------------------------------------------------------------
# Arrivals per interval (for Erlang C)
# --------------------------------------------------------------------------------------
def _minutes(hhmm: str) -> int:
    m = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", str(hhmm))
    if not m or int(m.group(1)) > 24 or int(m.group(2)) > 59:
        raise ValueError(t("capstone.err.hhmm", value=repr(hhmm)))
    return int(m.group(1)) * 60 + int(m.group(2))


def _weekday(day: Any) -> int:
    if isinstance(day, (int, np.integer)) and not isinstance(day, bool) and 0 <= day <= 6:
        return int(day)
    text = str(day).strip()[:3].title()
    if text in WEEKDAYS:
        return WEEKDAYS.index(text)
    raise ValueError(t("capstone.err.weekday", value=repr(day), days=", ".join(WEEKDAYS)))


def arrival_profile(times: Any, interval_minutes: int = 30, weekday: Any = None,
                    hours: Sequence[tuple[str, str]] | None = None) -> pd.Series:
    """Mean arrivals per interval of an average day, from the arrival times of a log.

    Formula: for interval k of the day, λ̂_k = (arrivals in interval k over the days
    counted) / (number of days counted). The days counted are every calendar day from the
    first to the last arrival — or only those of ``weekday`` ("Mon" … "Sun" or 0–6) —
    **including days without arrivals**, so a quiet day lowers the mean. ``hours`` keeps
    the intervals that start within the given (start, end) "HH:MM" ranges (opening
    hours); intervals without arrivals in those hours are 0. The index is the start of
    each interval ("09:30"), ready for :func:`svcx_helpers.queueing.staffing_plan`.

    >>> ts = pd.to_datetime(["2026-03-02 09:05", "2026-03-02 09:40", "2026-03-09 09:10"])
    >>> arrival_profile(ts, 30, weekday="Mon", hours=[("09:00", "10:00")]).tolist()
    [1.0, 0.5]
    """
    if isinstance(interval_minutes, bool) or not isinstance(interval_minutes, (int, np.integer)) \
            or interval_minutes <= 0 or 1440 % int(interval_minutes):
        raise ValueError(t("capstone.err.interval", value=repr(interval_minutes)))
    stamps = pd.to_datetime(pd.Series(times), errors="coerce").dropna()
    if stamps.empty:
        raise ValueError(t("capstone.err.no_times"))
    days = pd.date_range(stamps.min().normalize(), stamps.max().normalize(), freq="D")
    if weekday is not None:
        day = _weekday(weekday)
        days = days[days.day_of_week == day]
        stamps = stamps[stamps.dt.day_of_week == day]
    step = int(interval_minutes)
    starts = list(range(0, 1440, step))
    if hours is not None:
        ranges = [(_minutes(a), _minutes(b)) for a, b in hours]
        starts = [m for m in starts if any(a <= m < b for a, b in ranges)]
    minute_of_day = stamps.dt.hour * 60 + stamps.dt.minute
    counts = (minute_of_day // step * step).value_counts()
    profile = counts.reindex(starts, fill_value=0).astype(float) / max(len(days), 1)
    profile.index = pd.Index([f"{m // 60:02d}:{m % 60:02d}" for m in starts], name="interval")
    return profile.rename("arrivals")


# --------------------------------------------------------------------------------------
# Weekly series (for the control charts)
# --------------------------------------------------------------------------------------
def _weeks(times: Any) -> pd.Series:
    stamps = pd.to_datetime(pd.Series(times).reset_index(drop=True), errors="coerce")
    if stamps.isna().all():
        raise ValueError(t("capstone.err.no_times"))
    return stamps.dt.to_period("W").dt.start_time.rename("week")


def weekly_share(times: Any, flags: Any) -> pd.DataFrame:
    """Per week (Monday to Sunday, indexed by the Monday): ``n`` items, ``defectives``
    (flag True) and their share ``p`` — the input of :func:`svcx_helpers.standards.p_chart`.

    >>> ts = pd.to_datetime(["2026-03-02", "2026-03-04", "2026-03-10"])
    >>> weekly_share(ts, [True, False, True])["p"].tolist()
    [0.5, 1.0]
    """
    week = _weeks(times)
    flag = pd.Series(flags).reset_index(drop=True).astype(bool)
    if len(flag) != len(week):
        raise ValueError(t("standards.err.lengths", a=len(week), b=len(flag)))
    table = flag.groupby(week).agg(["size", "sum"])
    out = pd.DataFrame({"n": table["size"].astype(int), "defectives": table["sum"].astype(int)})
    out["p"] = out["defectives"] / out["n"]
    return out


def weekly_stat(times: Any, values: Any, stat: str = "mean") -> pd.Series:
    """One number per week (indexed by the Monday): the ``stat`` ("mean" or "median") of
    ``values`` — e.g. the weekly mean wait for an XmR chart. Missing values are left out.

    >>> ts = pd.to_datetime(["2026-03-02", "2026-03-04", "2026-03-10"])
    >>> weekly_stat(ts, [10, 20, 5]).tolist()
    [15.0, 5.0]
    """
    if stat not in ("mean", "median"):
        raise ValueError(t("core.option", value=stat, name="stat", choices=["mean", "median"]))
    week = _weeks(times)
    x = pd.to_numeric(pd.Series(values).reset_index(drop=True), errors="coerce")
    if len(x) != len(week):
        raise ValueError(t("standards.err.lengths", a=len(week), b=len(x)))
    return x.groupby(week).agg(stat).rename(stat)


def baseline_weeks(index: pd.Index, end: str) -> int:
    """Number of weeks that start before ``end``: the ``baseline=k`` of a control chart."""
    return int((pd.DatetimeIndex(index) < pd.Timestamp(end)).sum())


def first_signal(chart: pd.DataFrame, start: Any = None) -> pd.Timestamp | None:
    """The index of the first point that signals (``signal`` True) at or after ``start``
    (a date; default: the first point) — e.g. the first week after the baseline whose
    share or mean lies outside its limits. None when no point signals."""
    flags = chart["signal"].to_numpy(dtype=bool)
    if start is not None:
        flags = flags & (pd.DatetimeIndex(chart.index) >= pd.Timestamp(start))
    hits = chart.index[flags]
    return hits[0] if len(hits) else None


# --------------------------------------------------------------------------------------
# Redesign: are the must-be attributes still served?
# --------------------------------------------------------------------------------------
def unserved(case: Track, design: Any, must_be: Iterable[str],
             serves: Mapping[str, Iterable[str]] | None = None) -> dict[str, list[str]]:
    """Must-be attributes that a redesigned blueprint no longer serves.

    Rule (the fair check of the capstone's redesign): a must-be attribute is served when
    the design still has at least one step that delivers it — one of the steps of today's
    blueprint listed for it in ``case.must_be_steps`` (kept under the same id), or a step
    of the design that the learner names for it in ``serves`` ({attribute: [step ids]}).
    A must-be attribute the case does not map to any step counts as served only through
    ``serves``. Returns {attribute: step ids that would serve it} for each unserved one.

    >>> case = track("it_service_desk")
    >>> unserved(case, case.today(), ["prompt_acknowledgement"])
    {}
    """
    steps = getattr(design, "steps", None)
    if steps is None:
        raise ValueError(t("capstone.err.design", got=type(design).__name__))
    ids = {s.id for s in steps}
    named = {str(k): [str(x) for x in v] for k, v in (serves or {}).items()}
    out: dict[str, list[str]] = {}
    for attribute in must_be:
        candidates = list(case.must_be_steps.get(attribute, ())) + named.get(attribute, [])
        if not any(c in ids for c in candidates):
            out[attribute] = candidates
    return out


# --------------------------------------------------------------------------------------
# Targets: is a written target measurable?
# --------------------------------------------------------------------------------------
_PERCENTILE = re.compile(
    r"\bP\s?\d{1,2}(?:\.\d)?\b|\b\d{1,2}(?:st|nd|rd|th)\s+percentile\b|\bpercentile\b|"
    r"\bmedian\b|第\s*\d{1,2}\s*百分位|百分位|中位数", re.IGNORECASE)
_SHARE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:%|％|percent\b|per cent\b)|百分之", re.IGNORECASE)


def measurable(text: str) -> list[str]:
    """What a written target still lacks to be measurable; ``[]`` when nothing.

    A target is measurable when :func:`svcx_helpers.standards.check_standard` rates it
    **hard** and finds all five elements (what is measured, target, unit, time frame,
    who), and it says **for how many** customers the number holds: a percentile ("P90",
    "90th percentile", "median", 第90百分位) or a share ("85 %", 百分之八十五).
    Missing elements are returned as keys: ``soft``, ``quantity``, ``target``, ``unit``,
    ``time_frame``, ``who``, ``share``.

    >>> measurable("The service desk answers 90% of tickets within 4 hours, measured "
    ...            "monthly.")
    []
    >>> measurable("Answer tickets quickly.")
    ['soft', 'target', 'unit', 'time_frame', 'who', 'share']
    """
    from .standards import check_standard

    if not isinstance(text, str) or not text.strip():
        raise ValueError(t("standards.err.text"))
    review = check_standard(text)
    missing = ([] if review.kind == "hard" else ["soft"]) + list(review.missing)
    if not (_PERCENTILE.search(text) or _SHARE.search(text)):
        missing.append("share")
    return missing


# --------------------------------------------------------------------------------------
# The report
# --------------------------------------------------------------------------------------
def _is_figure(part: Any) -> bool:
    if hasattr(part, "savefig"):
        return True
    if isinstance(part, (list, tuple)) or hasattr(part, "flat"):
        first = next(iter(getattr(part, "flat", part)), None)
        return first is not None and hasattr(getattr(first, "figure", None), "savefig")
    return hasattr(getattr(part, "figure", None), "savefig")


def add_step(report: Any, step: str, *parts: Any, conclusion: Any = None) -> None:
    """Add one capstone step to a :class:`svcx_helpers.report.Report`: its heading and
    the parts that are ready, in order.

    A part is text (``str``), a table (DataFrame or Series), a figure (matplotlib Figure
    or Axes), or a pair ``(part, caption)``. A part that is still ``...`` (a task not
    answered yet) or None becomes a "not done yet" note, so a half-finished notebook
    still writes a report. ``conclusion`` (the learner's own words) is set off with
    :meth:`Report.add_conclusion`; ``...`` there is noted as not written yet.
    """
    report.add_heading(step_heading(step) if step in STEPS else str(step))
    for raw in parts:
        part, caption = raw if (isinstance(raw, tuple) and len(raw) == 2
                                and isinstance(raw[1], str)) else (raw, None)
        if part is Ellipsis or part is None:
            what = caption or (step_heading(step) if step in STEPS else str(step))
            report.add_text(t("capstone.report.not_done", what=what))
        elif isinstance(part, str):
            report.add_text(part)
        elif isinstance(part, (pd.DataFrame, pd.Series)):
            report.add_table(part, caption)
        elif _is_figure(part):
            report.add_figure(part, caption)
        else:
            raise ValueError(t("capstone.err.part", got=type(part).__name__))
    if conclusion is Ellipsis:
        report.add_text(t("capstone.report.no_conclusion"))
    elif conclusion is not None:
        report.add_conclusion(str(conclusion))
