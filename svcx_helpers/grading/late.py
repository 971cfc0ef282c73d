"""Late submissions: ``svcx grade … --due 2026-12-15T18:00 --grace 15m --late-penalty 10%/day
--late-cap 50%``.

The rule (the methods reference, section 8.7): no penalty within the grace period;
otherwise the learner is ``⌈lateness ÷ period⌉`` periods late (a day by default), counted
from the due time — the grace does not move the clock —, the penalty is
``min(rate × periods, cap)`` and the final points are ``earned × (1 − penalty)``. With rate
10 %/day, cap 50 % and grace 15 min: 10 min late → 0 %; 2 d 3 h late → 3 days → 30 %;
7 days late → 50 %.

When a submission was handed in is read from what the LMS export carries — the date of
the notebook's entry in Moodle's or Canvas's zip — or, for a folder, the file's
modification time; both are local time, as is a ``--due`` without a UTC offset.

>>> policy = LatePolicy.parse("2026-12-15T18:00", grace="15m", penalty="10%/day", cap="50%")
>>> from datetime import datetime
>>> [policy.penalty(datetime(2026, 12, d, h, m)) for d, h, m in
...  [(15, 18, 10), (17, 21, 0), (22, 18, 0)]]
[0.0, 0.3, 0.5]
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..i18n import t

_UNITS = {"s": 1, "sec": 1, "second": 1, "seconds": 1, "m": 60, "min": 60, "minute": 60,
          "minutes": 60, "h": 3600, "hr": 3600, "hour": 3600, "hours": 3600,
          "d": 86400, "day": 86400, "days": 86400, "w": 604800, "week": 604800,
          "weeks": 604800}
_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([a-z]+)")


class LateOptionError(ValueError):
    """An option of the late-work rule that cannot be read (the message says which)."""


def parse_duration(text: str) -> timedelta:
    """``15m``, ``2h``, ``1d``, ``1h30m``, ``90 s``, ``2 days`` or ``0`` as a duration.

    >>> parse_duration("1h30m")
    datetime.timedelta(seconds=5400)
    >>> parse_duration("2 days").days
    2
    """
    s = str(text).strip().lower()
    if re.fullmatch(r"0+(\.0*)?", s):
        return timedelta(0)
    pos, seconds = 0, 0.0
    for m in _PART.finditer(s):
        if s[pos:m.start()].strip() or m[2] not in _UNITS:
            break
        seconds += float(m[1]) * _UNITS[m[2]]
        pos = m.end()
    else:
        if pos and not s[pos:].strip():
            return timedelta(seconds=seconds)
    raise LateOptionError(t("grade.late.bad_duration", value=text))


def parse_share(text: str, option: str = "--late-cap") -> float:
    """``50%``, ``50 %`` or ``0.5`` as a share between 0 and 1.

    >>> parse_share("50%"), parse_share("0.25")
    (0.5, 0.25)
    """
    s = str(text).strip()
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(%?)", s)
    if not m:
        raise LateOptionError(t("grade.late.bad_share", option=option, value=text))
    value = float(m[1]) / (100 if m[2] else 1)
    if not 0 <= value <= 1:
        raise LateOptionError(t("grade.late.bad_share", option=option, value=text))
    return value


def parse_rate(text: str) -> tuple[float, timedelta]:
    """``10%/day``, ``5 % / h``, ``0.1/day`` or ``10%`` (per day) as (share, period).

    >>> parse_rate("10%/day")
    (0.1, datetime.timedelta(days=1))
    >>> parse_rate("2%/h")
    (0.02, datetime.timedelta(seconds=3600))
    """
    s = str(text).strip().lower()
    share, _, per = s.partition("/")
    try:
        rate = parse_share(share, "--late-penalty")
        period = parse_duration(per if re.match(r"\s*\d", per) else f"1{per.strip()}") \
            if per.strip() else timedelta(days=1)
    except LateOptionError:
        raise LateOptionError(t("grade.late.bad_rate", value=text)) from None
    if period <= timedelta(0):
        raise LateOptionError(t("grade.late.bad_rate", value=text))
    return rate, period


def parse_due(text: str) -> datetime:
    """An ISO date and time (``2026-12-15T18:00``, ``2026-12-15 18:00``, a date alone means
    its end, 23:59:59) in local time; with a UTC offset it is converted to local time.

    >>> parse_due("2026-12-15T18:00")
    datetime.datetime(2026, 12, 15, 18, 0)
    >>> parse_due("2026-12-15")
    datetime.datetime(2026, 12, 15, 23, 59, 59)
    """
    s = str(text).strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            return datetime.fromisoformat(s).replace(hour=23, minute=59, second=59)
        due = datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        raise LateOptionError(t("grade.late.bad_due", value=text)) from None
    if due.tzinfo is not None:
        due = due.astimezone().replace(tzinfo=None)
    return due


def late_penalty(lateness: timedelta, *, rate: float, period: timedelta = timedelta(days=1),
                 cap: float = 1.0, grace: timedelta = timedelta(0)) -> float:
    """The share taken off for handing in ``lateness`` after the due time:
    0 within ``grace``; else ``min(rate × ⌈lateness ÷ period⌉, cap)``.

    >>> late_penalty(timedelta(days=2, hours=3), rate=0.1, cap=0.5)
    0.3
    """
    if lateness <= timedelta(0) or lateness <= grace:
        return 0.0
    periods = math.ceil(lateness / period)
    return min(round(rate * periods, 6), cap)


@dataclass(frozen=True)
class LatePolicy:
    """When work is due and what lateness costs (see the module's docstring)."""

    due: datetime
    grace: timedelta = timedelta(0)
    rate: float = 0.0
    period: timedelta = timedelta(days=1)
    cap: float = 1.0

    @classmethod
    def parse(cls, due: str, grace: str | None = None, penalty: str | None = None,
              cap: str | None = None) -> LatePolicy:
        """From the command's options; :class:`LateOptionError` names a bad one."""
        rate, period = parse_rate(penalty) if penalty else (0.0, timedelta(days=1))
        return cls(parse_due(due), parse_duration(grace) if grace else timedelta(0), rate,
                   period, parse_share(cap) if cap else 1.0)

    def lateness(self, submitted: datetime | None) -> timedelta:
        """How long after the due time (0 when on time or the time is unknown)."""
        if submitted is None:
            return timedelta(0)
        return max(timedelta(0), submitted - self.due)

    def penalty(self, submitted: datetime | None) -> float:
        return late_penalty(self.lateness(submitted), rate=self.rate, period=self.period,
                            cap=self.cap, grace=self.grace)


def format_lateness(seconds: float) -> str:
    """``2 d 3 h``, ``7 d``, ``1 h 5 min``, ``10 min`` or ``40 s`` (in the current language).

    >>> format_lateness(2 * 86400 + 3 * 3600)
    '2 d 3 h'
    """
    s = round(seconds)
    days, rest = divmod(s, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return t("grade.late.d_h", d=days, h=hours) if hours else t("grade.late.d", d=days)
    if hours:
        return t("grade.late.h_min", h=hours, min=minutes)
    if minutes:
        return t("grade.late.min", min=minutes)
    return t("grade.late.s", s=secs)
