"""Questions of the outsourcing and SLA exercise (solutions/outsourcing.ipynb →
exercises/outsourcing.ipynb).

Expected answers are computed with :mod:`svcx_helpers.sla` (and the KQIs of
:mod:`svcx_helpers.standards`) from ``data/vendor_tickets.csv``,
``data/vendor_ticket_stops.csv`` and the draft SLA ``data/vendor_sla_draft.yml`` (tasks
2–7), or from the six tickets fixed below (task 1), so data, library and checks cannot
drift apart. Task 8 reads the learner's rewrite of the three clauses that let the vendor
meet the SLA on paper: the visible check is the clause checker (the required elements of
each clause); a hidden test asks that the clock-stop clause limits a stop in time.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Mapping
from functools import cache
from typing import Any

import pandas as pd

from .. import sla, standards
from ..core import count_words, fold_key
from ..data import load_dataset
from ..grading import Question, describe, register
from ..grading.readers import clean as _clean
from ..grading.readers import close as _close
from ..grading.readers import fields
from ..grading.readers import mismatch as _mismatch
from ..grading.readers import number as _number
from ..i18n import t

TICKETS = "vendor_tickets"
STOPS = "vendor_ticket_stops"
CONTRACT = "vendor_sla_draft"
MONTHS = ("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06")
"""The half year the exercise measures (months as the contract counts them)."""
FAIR = {"calendars": {"P1": sla.ALWAYS}, "clock_stops": ["pending_customer"],
        "exclusions": ["customer_change", "force_majeure"]}
"""Task 7: the rewritten terms — P1 round the clock, the clock stops only while the ticket
waits for the customer, third-party failures no longer excluded."""
LOOPHOLES = ("C2", "C7", "C8")
"""Task 6: the clauses that let the vendor meet P1 on paper while customers wait."""

# Task 1: six P1 tickets measured by hand (Monday 6 April 2026 is a public holiday)
HAND_CALENDAR = sla.Calendar(holidays=("2026-04-06",))
HAND: dict[str, tuple[str, str, str, str]] = {
    "A": ("2026-04-02 15:00", "2026-04-03 10:30", "", ""),
    "B": ("2026-04-03 17:00", "2026-04-07 10:00", "", ""),
    "C": ("2026-04-07 09:30", "2026-04-07 16:00", "customer 11:00–14:30", ""),
    "D": ("2026-04-08 07:40", "2026-04-08 12:15", "", ""),
    "E": ("2026-04-08 13:00", "2026-04-09 12:00", "", "customer_change"),
    "F": ("2026-04-09 17:30", "2026-04-10 13:00", "supplier 09:00–10:00", ""),
}
"""Ticket → (created, resolved, pending period of the ticket tool, exclusion)."""
HAND_STOPS: dict[str, tuple[str, str, str]] = {
    "C": ("pending_customer", "2026-04-07 11:00", "2026-04-07 14:30"),
    "F": ("pending_supplier", "2026-04-10 09:00", "2026-04-10 10:00"),
}
HAND_IN_SCOPE = ("A", "B", "C", "D", "F")
MIN_WORDS = 8
"""A rewritten clause is a real sentence: at least eight words (two CJK characters count
as one word)."""
TIME_LIMIT = re.compile(
    r"\d+(?:[.,]\d+)?\s*(?:minutes?|mins?|hours?|hrs?|h|days?|working days?|business days?)\b"
    r"|(?:\d+(?:[.,]\d+)?|[一二两三四五六七八九十]+)\s*(?:分钟|小时|个?工作日|天|日)",
    re.IGNORECASE)
"""What limits a clock stop in time: a number with a time unit (the hidden test of task 8)."""


# -------------------------------------------------------------------------- data
@cache
def tickets() -> pd.DataFrame:
    return load_dataset(TICKETS)


@cache
def stops() -> pd.DataFrame:
    return load_dataset(STOPS)


@cache
def contract() -> sla.Contract:
    return sla.load_contract(CONTRACT)


def fair_contract() -> sla.Contract:
    return contract().revise(**FAIR)


@cache
def measured(month: str = "resolved", fair: bool = False) -> pd.DataFrame:
    return sla.measure(tickets(), fair_contract() if fair else contract(), stops(),
                       month=month)


def monthly(month: str = "resolved", fair: bool = False) -> pd.DataFrame:
    return sla.attainment(measured(month, fair), months=MONTHS)


def hand_frames() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Task 1's tickets and stops as :func:`svcx_helpers.sla.measure` reads them."""
    log = pd.DataFrame([{"ticket_id": k, "priority": "P1", "created": c, "resolved": r,
                         "exclusion": e} for k, (c, r, _, e) in HAND.items()])
    pauses = pd.DataFrame([{"ticket_id": k, "status": s, "start": a, "end": b}
                           for k, (s, a, b) in HAND_STOPS.items()])
    return log, pauses


def hand_contract() -> sla.Contract:
    return sla.Contract({"P1": sla.Priority(4.0)}, calendars={"business": HAND_CALENDAR},
                        clock_stops=("pending_customer",), exclusions=("customer_change",))


def hand() -> dict[str, float]:
    log, pauses = hand_frames()
    m = sla.measure(log, hand_contract(), pauses)
    out = {k: float(m.loc[k, "measured_hours"]) for k in HAND_IN_SCOPE}
    out["attainment"] = float(sla.attainment(m)["attainment"].iloc[0])
    return out


def attainment_p1() -> dict[str, float]:
    part = monthly().xs("P1", level="priority")["attainment"]
    return {m: float(part[m]) for m in MONTHS}


def credits(month: str = "resolved", cap: bool = True) -> dict[str, float]:
    """The credits (yuan) of each month; ``cap=False``: as if clause C9 had no cap."""
    c = contract() if cap else dataclasses.replace(contract(), credit_cap=None)
    table = sla.service_credits(monthly(month), c)["credit"]
    return {m: float(table.get(m, 0.0)) for m in MONTHS}


def spanning() -> int:
    """In-scope P1 and P2 tickets counted in January–June (the month they were resolved)
    that were created in an earlier month."""
    m = measured()
    log = tickets().set_index("ticket_id")
    created = pd.to_datetime(log["created"]).dt.to_period("M").reindex(m.index)
    keep = (m["in_scope"] & m["priority"].isin(["P1", "P2"])
            & m["month"].astype(str).isin(MONTHS))
    return int((keep & (created != m["month"])).sum())


def months_answer() -> dict[str, float]:
    return {"spanning": spanning(), "total_created": sum(credits("created").values())}


def p1_customer() -> pd.DataFrame:
    """Every P1 ticket resolved January–June, excluded or not, with its clock hours and CSAT."""
    m = measured()
    part = m[(m["priority"] == "P1") & m["month"].astype(str).isin(MONTHS)]
    return part.join(tickets().set_index("ticket_id")[["csat"]])


def customer() -> dict[str, float]:
    part = p1_customer()
    return {"p90_hours": standards.percentile(part["wall_hours"], 90),
            "within_4h": standards.sla_compliance(part["wall_hours"], 4),
            "csat": float(pd.to_numeric(part["csat"]).mean())}


def fair() -> float:
    part = monthly(fair=True).xs("P1", level="priority")
    return float(part["met"].sum() / part["in_scope"].sum())


def pooled(revised: sla.Contract) -> float:
    part = sla.attainment(sla.measure(tickets(), revised, stops()), months=MONTHS).xs(
        "P1", level="priority")
    return float(part["met"].sum() / part["in_scope"].sum())


# -------------------------------------------------------------------------- readers
def _fields(answer: Any, keys: Mapping[str, tuple[str, ...]], what: str) -> dict[str, Any]:
    return fields(answer, keys, what, keys_message="check.bank.keys")


def _month_key(key: Any) -> str | None:
    try:
        return str(pd.Period(str(key)[:7] if re.match(r"\d{4}-\d{2}", str(key)) else key, "M"))
    except (ValueError, TypeError):
        return None


def read_months(answer: Any, what: str) -> dict[str, float]:
    """Six numbers, one per month January–June 2026: a dict or Series keyed by month
    (``"2026-01"``, a Period or a Timestamp), a one-column DataFrame, or a list of six."""
    if isinstance(answer, pd.DataFrame):
        if answer.shape[1] != 1:
            raise _mismatch("wrong_shape", "sla.bank.months.frame", what=what,
                            got=describe(answer))
        answer = answer.iloc[:, 0]
    if isinstance(answer, (list, tuple)) or (hasattr(answer, "ndim") and not isinstance(
            answer, pd.Series) and getattr(answer, "ndim", 0) == 1):
        seq = list(answer)
        if len(seq) != len(MONTHS):
            raise _mismatch("wrong_shape", "check.expected_len", expected=len(MONTHS),
                            got=len(seq))
        return {m: _number(v) for m, v in zip(MONTHS, seq, strict=True)}
    if not isinstance(answer, (Mapping, pd.Series)):
        raise _mismatch("wrong_type", "sla.bank.months.type", what=what, got=describe(answer))
    items: dict[str, Any] = {}
    for k, v in dict(answer).items():
        key = _month_key(k)
        if key is not None:
            items.setdefault(key, v)
    missing = [m for m in MONTHS if m not in items]
    if missing:
        raise _mismatch("wrong_shape", "sla.bank.months.missing", what=what,
                        months=", ".join(missing))
    return {m: _number(items[m]) for m in MONTHS}


# -------------------------------------------------------------------------- task 1
HAND_KEYS = {**{k: (f"ticket {k}", f"ticket_{k}") for k in HAND_IN_SCOPE},
             "attainment": ("share", "rate", "达成率")}


def _compare_hand(answer: Any, expected: Mapping[str, float]) -> None:
    got = {k: _number(v) for k, v in _fields(answer, HAND_KEYS, "hand").items()}
    wrong = [k for k in HAND_KEYS if not _close(got[k], expected[k], 0.02)]
    if not wrong:
        return
    credit = 1 - len(wrong) / len(HAND_KEYS)
    if 1 < got["attainment"] <= 100 and "attainment" in wrong:
        raise _mismatch("fail", "standards.bank.share.percent", credit=credit)
    if "B" in wrong and _close(got["B"], 11.0, 0.02):
        raise _mismatch("fail", "sla.bank.hand.holiday", credit=credit)
    if "C" in wrong and _close(got["C"], 6.5, 0.02):
        raise _mismatch("fail", "sla.bank.hand.customer_wait", credit=credit)
    if "D" in wrong and _close(got["D"], 4 + 35 / 60, 0.02):
        raise _mismatch("fail", "sla.bank.hand.before_opening", credit=credit)
    if "F" in wrong and _close(got["F"], 3.5, 0.02):
        raise _mismatch("fail", "sla.bank.hand.supplier_wait", credit=credit)
    if "attainment" in wrong and _close(got["attainment"], 0.5, 0.005):
        raise _mismatch("fail", "sla.bank.hand.excluded", credit=credit)
    if any(k in wrong for k in HAND_IN_SCOPE) and all(
            _close(got[k], (pd.Timestamp(HAND[k][1]) - pd.Timestamp(HAND[k][0])
                            ).total_seconds() / 3600, 0.02) for k in wrong if k in HAND):
        raise _mismatch("fail", "sla.bank.hand.clock", credit=credit)
    raise _mismatch("fail", "check.n_wrong", credit=credit, n=len(wrong),
                    total=len(HAND_KEYS), where=wrong[0])


# -------------------------------------------------------------------------- task 2
def _monthly_attainment(m: pd.DataFrame) -> dict[str, float]:
    part = sla.attainment(m, months=MONTHS).xs("P1", level="priority")
    return {k: float(part.loc[k, "attainment"]) for k in MONTHS}


def _compare_attainment(answer: Any, expected: Mapping[str, float]) -> None:
    got = read_months(answer, "attainment")
    if any(1 < v <= 100 for v in got.values()):
        raise _mismatch("fail", "standards.bank.share.percent")
    wrong = [m for m in MONTHS if not _close(got[m], expected[m], 0.001)]
    if not wrong:
        return
    credit = 1 - len(wrong) / len(MONTHS)

    def same(other: Mapping[str, float]) -> bool:
        return all(_close(got[m], other[m], 0.001) for m in wrong)

    m = measured()
    p1 = m[(m["priority"] == "P1") & m["month"].astype(str).isin(MONTHS)]
    groups = p1.groupby(p1["month"].astype(str))
    all_tickets = (groups["met"].apply(lambda s: s.fillna(False).sum()) / groups.size()).to_dict()
    excluded_met = ((groups["met"].apply(lambda s: s.fillna(False).sum())
                     + groups["excluded"].sum()) / groups.size()).to_dict()
    if same(_monthly_attainment(measured("created"))):
        raise _mismatch("fail", "sla.bank.attainment.created", credit=credit)
    if same(all_tickets):
        raise _mismatch("fail", "sla.bank.attainment.denominator", credit=credit)
    if same(excluded_met):
        raise _mismatch("fail", "sla.bank.attainment.excluded_met", credit=credit)
    if same({k: float(v) for k, v in _wall_attainment().items()}):
        raise _mismatch("fail", "sla.bank.attainment.clock", credit=credit)
    raise _mismatch("fail", "check.n_wrong", credit=credit, n=len(wrong), total=len(MONTHS),
                    where=wrong[0])


def _wall_attainment() -> dict[str, float]:
    """P1 attainment if the learner counted clock hours from created to resolved."""
    part = p1_customer()
    part = part[part["in_scope"]]
    ok = (part["wall_hours"] <= 4).groupby(part["month"].astype(str)).mean()
    return {m: float(ok.get(m, math.nan)) for m in MONTHS}


# -------------------------------------------------------------------------- task 3
def _compare_credits(answer: Any, expected: Mapping[str, float]) -> None:
    got = read_months(answer, "credits")
    wrong = [m for m in MONTHS if not _close(got[m], expected[m], 1.0)]
    if not wrong:
        return
    credit = 1 - len(wrong) / len(MONTHS)

    def same(other: Mapping[str, float]) -> bool:
        return all(_close(got[m], other[m], 1.0) for m in wrong)

    c = contract()
    percents = sla.service_credits(monthly(), c)["percent"]
    if all(_close(got[m], float(percents.get(m, 0.0)), 0.01) for m in wrong):
        raise _mismatch("fail", "sla.bank.credits.percent", credit=credit)
    if same(credits(cap=False)):
        raise _mismatch("fail", "sla.bank.credits.cap", credit=credit)
    p1_only = sla.service_credits(monthly(), _only_p1(c))["credit"]
    if same({m: float(p1_only.get(m, 0.0)) for m in MONTHS}):
        raise _mismatch("fail", "sla.bank.credits.p1_only", credit=credit)
    if same(credits("created")):
        raise _mismatch("fail", "sla.bank.attainment.created", credit=credit)
    raise _mismatch("fail", "check.n_wrong", credit=credit, n=len(wrong), total=len(MONTHS),
                    where=wrong[0])


def _only_p1(c: sla.Contract) -> sla.Contract:
    return dataclasses.replace(c, credit_priorities=("P1",))


# -------------------------------------------------------------------------- task 4
MONTHS_KEYS = {"spanning": ("spanning_tickets", "span", "跨月"),
               "total_created": ("created", "total", "credits_created", "按创建月")}


def _compare_months(answer: Any, expected: Mapping[str, float]) -> None:
    got = {k: _number(v) for k, v in _fields(answer, MONTHS_KEYS, "months").items()}
    ok_s = _close(got["spanning"], expected["spanning"], 0)
    ok_t = _close(got["total_created"], expected["total_created"], 1.0)
    if ok_s and ok_t:
        return
    credit = 0.5 * (ok_s + ok_t)
    if not ok_t and _close(got["total_created"], sum(credits().values()), 1.0):
        raise _mismatch("fail", "sla.bank.months.same_rule", credit=credit)
    if not ok_s:
        raise _mismatch("fail", "sla.bank.months.spanning", credit=credit)
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which="total_created")


# -------------------------------------------------------------------------- task 5
CUSTOMER_KEYS = {"p90_hours": ("p90", "p90_wall", "P90"), "within_4h": ("within_4", "share"),
                 "csat": ("csat_mean", "satisfaction", "满意度")}


def _compare_customer(answer: Any, expected: Mapping[str, float]) -> None:
    got = {k: _number(v) for k, v in _fields(answer, CUSTOMER_KEYS, "customer").items()}
    if 1 < got["within_4h"] <= 100:
        raise _mismatch("fail", "standards.bank.share.percent")
    part = p1_customer()
    linear = standards.percentile(part["wall_hours"], 90, method="linear")
    ok_p = (_close(got["p90_hours"], expected["p90_hours"], 0.1)
            or _close(got["p90_hours"], linear, 0.1))
    ok_w = _close(got["within_4h"], expected["within_4h"], 0.002)
    ok_c = _close(got["csat"], expected["csat"], 0.01)
    if ok_p and ok_w and ok_c:
        return
    credit = (ok_p + ok_w + ok_c) / 3
    scope = part[part["in_scope"]]
    if not ok_w and _close(got["within_4h"],
                           standards.sla_compliance(scope["wall_hours"], 4), 0.002):
        raise _mismatch("fail", "sla.bank.customer.excluded", credit=credit)
    if not ok_p and _close(got["p90_hours"], standards.percentile(part["measured_hours"], 90),
                           0.1):
        raise _mismatch("fail", "sla.bank.customer.business", credit=credit)
    if not ok_w and _close(got["within_4h"], standards.sla_compliance(
            part["measured_hours"], 4), 0.002):
        raise _mismatch("fail", "sla.bank.customer.business", credit=credit)
    which = [k for k, ok in (("p90_hours", ok_p), ("within_4h", ok_w), ("csat", ok_c))
             if not ok]
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(which))


# -------------------------------------------------------------------------- task 6
def _clause_names() -> dict[str, tuple[str, ...]]:
    """Clause id → its id and titles in both languages (what a learner may write)."""
    return {c["id"]: (c["id"], c["title"], c.get("title_zh", ""))
            for c in contract().clauses}


def read_clauses(answer: Any) -> list[str]:
    """Clause ids from a list (or set, tuple, Series) of ids, numbers or titles."""
    if isinstance(answer, str):
        answer = re.split(r"[,;，；、\s]+", answer.strip())
    if isinstance(answer, pd.Series):
        answer = answer.tolist()
    if not isinstance(answer, (list, tuple, set, frozenset)):
        raise _mismatch("wrong_type", "sla.bank.clauses.type", got=describe(answer))
    names = _clause_names()
    out: list[str] = []
    for item in answer:
        if isinstance(item, bool):
            raise _mismatch("fail", "sla.bank.clauses.unknown", value=str(item),
                            known=", ".join(names))
        text = f"C{item}" if isinstance(item, int) else str(item)
        hit = next((cid for cid, aliases in names.items()
                    if fold_key(text) in {fold_key(a) for a in aliases if a}), None)
        if hit is None:
            raise _mismatch("fail", "sla.bank.clauses.unknown", value=text[:30],
                            known=", ".join(names))
        if hit not in out:
            out.append(hit)
    return out


def _compare_clauses(answer: Any, expected: tuple[str, ...]) -> None:
    got = read_clauses(answer)
    right = [c for c in got if c in expected]
    wrong = [c for c in got if c not in expected]
    if len(right) == len(expected) and not wrong:
        return
    credit = max(0.0, (len(right) - len(wrong)) / len(expected))
    if wrong:
        raise _mismatch("fail", "sla.bank.clauses.wrong", credit=credit, n=len(wrong),
                        first=wrong[0])
    raise _mismatch("fail", "sla.bank.clauses.missing", credit=credit, n=len(right),
                    total=len(expected))


# -------------------------------------------------------------------------- task 7
def _compare_fair(answer: Any, expected: float) -> None:
    got = _number(answer)
    if _close(got, expected, 0.002):
        return
    if 1 < got <= 100:
        raise _mismatch("fail", "standards.bank.share.percent")
    c = contract()
    singles = {"hours": c.revise(calendars=FAIR["calendars"]),
               "stops": c.revise(clock_stops=FAIR["clock_stops"]),
               "exclusions": c.revise(exclusions=FAIR["exclusions"])}
    for name, revised in singles.items():
        if _close(got, pooled(revised), 0.002):
            raise _mismatch("fail", "sla.bank.fair.one", which=t(f"sla.bank.fair.{name}"))
    months = monthly(fair=True).xs("P1", level="priority")["attainment"]
    if _close(got, float(months.mean()), 0.002):
        raise _mismatch("fail", "sla.bank.fair.mean_of_months", credit=0.5)
    if _close(got, _pooled_created(), 0.002):
        raise _mismatch("fail", "sla.bank.attainment.created", credit=0.5)
    raise _mismatch("fail", "sla.bank.fair.wrong")


def _pooled_created() -> float:
    part = monthly("created", fair=True).xs("P1", level="priority")
    return float(part["met"].sum() / part["in_scope"].sum())


# -------------------------------------------------------------------------- task 8
REWRITE_KEYS = {"hours": ("service_hours", "C2", "服务时间"),
                "clock_stops": ("stops", "clock_stop", "C7", "暂停计时", "计时暂停"),
                "exclusions": ("exclusion", "C8", "除外情形")}


def read_rewrites(answer: Any) -> dict[str, str]:
    if not isinstance(answer, Mapping):
        raise _mismatch("wrong_type", "check.bank.keyed_type", what="rewrites",
                        keys=", ".join(REWRITE_KEYS), got=describe(answer))
    got = _fields(answer, REWRITE_KEYS, "rewrites")
    for key, value in got.items():
        if not isinstance(value, str):
            raise _mismatch("wrong_type", "recovery.bank.reflection.text", field=key,
                            got=describe(value))
    return {k: v.strip() for k, v in got.items()}


def _draft_text(kind: str) -> str:
    cid = {"hours": "C2", "clock_stops": "C7", "exclusions": "C8"}[kind]
    clause = next(c for c in contract().clauses if c["id"] == cid)
    return clause["text"]


def _compare_rewrites(answer: Any, expected: Any) -> None:
    got = read_rewrites(answer)
    for kind, text in got.items():
        if _clean(text) in {_clean(_draft_text(kind)), _clean(next(
                c["text_zh"] for c in contract().clauses
                if c["text"] == _draft_text(kind)))}:
            raise _mismatch("fail", "sla.bank.rewrite.unchanged", field=kind)
    short = [k for k in REWRITE_KEYS if count_words(got[k]) < MIN_WORDS]
    if short:
        raise _mismatch("fail", "recovery.bank.reflection.short", field=short[0],
                        n=MIN_WORDS, got=count_words(got[short[0]]))
    reviews = {k: sla.check_clause(got[k], k) for k in REWRITE_KEYS}
    found = sum(r.score for r in reviews.values())
    total = sum(len(r.ELEMENTS) for r in reviews.values())
    if found == total:
        return
    kind, review = next((k, r) for k, r in reviews.items() if r.missing)
    raise _mismatch("fail", "sla.bank.rewrite.missing", credit=found / total,
                    clause=t(f"sla.kind.{kind}"),
                    missing=", ".join(review.name_of(e) for e in review.missing))


def stop_is_limited(text: str) -> bool:
    """Whether a clock-stop clause limits a stop in time (a number with a time unit): the
    hidden test of task 8.

    >>> stop_is_limited("A stop lasts at most 2 working days."), stop_is_limited("Stops end.")
    (True, False)
    """
    return bool(TIME_LIMIT.search(text))


def _task8_expected() -> int:
    return MIN_WORDS


# -------------------------------------------------------------------------- questions
register(Question(
    "outsourcing.t1_hand", points=2, partial=True,
    title=("Measure six P1 tickets by hand", "手工计量六张 P1 工单"),
    expected=hand, compare=_compare_hand,
    expects=("a dict with the measured business hours of A, B, C, D and F and the "
             "attainment (a share)",
             "一个字典：A、B、C、D、F 的计量工作小时数和达成率（比例）"),
    hints=[("Count only the business hours (Monday to Friday 09:00–18:00) between created "
            "and resolved: nothing at night, at weekends or on the holiday of 6 April. Then "
            "take off the business hours of a wait for the customer; other waits do not "
            "stop the clock. E is excluded and leaves the denominator.",
            "只计算创建到解决之间的工作小时（周一至周五 09:00–18:00）：夜间、周末和 4 月 6 日"
            "节假日都不计。再减去等待客户期间的工作小时；其他等待不暂停计时。E 属于除外情形，"
            "不计入分母。"),
           ("A = 3 + 1.5; B: one hour on Friday and one on Tuesday. Use "
            "sla.Calendar(holidays=('2026-04-06',)).hours(created, resolved) to check "
            "yourself. Attainment = tickets with at most 4 hours ÷ 5.",
            "A = 3 + 1.5；B：周五 1 小时、周二 1 小时。可以用 "
            "sla.Calendar(holidays=('2026-04-06',)).hours(created, resolved) 自行核对。达成率 "
            "= 不超过 4 小时的工单数 ÷ 5。")],
))

register(Question(
    "outsourcing.t2_attainment", points=3, partial=True,
    title=("P1 attainment month by month, as the draft measures it",
           "按草案口径计算的 P1 月度达成率"),
    expected=attainment_p1, compare=_compare_attainment,
    expects=("six shares, one per month 2026-01 … 2026-06 (a Series or dict keyed by month)",
             "六个比例，每月一个，2026-01 … 2026-06（以月份为键的 Series 或字典）"),
    hints=[("Measure every ticket with the draft contract: business hours, every pending "
            "status stops the clock, the exclusions it accepts leave the denominator, and a "
            "ticket counts in the month it was resolved.",
            "用合同草案计量每张工单：按工作小时计时，任何挂起状态都暂停计时，合同认可的除外"
            "工单不计入分母，工单计入其解决时所在的月份。"),
           ("measured = sla.measure(tickets, contract, stops); monthly = "
            "sla.attainment(measured, months=MONTHS); then "
            "monthly.xs('P1', level='priority')['attainment'].",
            "measured = sla.measure(tickets, contract, stops)；monthly = "
            "sla.attainment(measured, months=MONTHS)；然后取 "
            "monthly.xs('P1', level='priority')['attainment']。")],
))

register(Question(
    "outsourcing.t3_credits", points=2, partial=True,
    title=("Service credits month by month", "各月服务费抵扣"),
    expected=credits, compare=_compare_credits,
    expects=("six amounts in yuan, one per month 2026-01 … 2026-06",
             "六个以元计的金额，每月一个，2026-01 … 2026-06"),
    hints=[("Clause C9: each of P1 and P2 below 95 % costs 5 % of the monthly fee, below "
            "90 % 10 %; a month's percentages are added and capped at 10 % of 150,000 yuan.",
            "条款 C9：P1、P2 各自低于 95% 抵扣月服务费的 5%，低于 90% 抵扣 10%；同一月份的百分比"
            "相加，合计不超过 150,000 元的 10%。"),
           ("sla.service_credits(monthly, contract)['credit'] gives the yuan of each month "
            "(monthly from task 2, with P1 and P2).",
            "sla.service_credits(monthly, contract)['credit'] 给出每月的金额（元）"
            "（monthly 来自任务 2，含 P1 和 P2）。")],
))

register(Question(
    "outsourcing.t4_months", points=2, partial=True,
    title=("Tickets that span a month end", "跨月工单"),
    expected=months_answer, compare=_compare_months,
    expects=("a dict {'spanning': a count, 'total_created': yuan}",
             "一个字典 {'spanning': 工单数, 'total_created': 元}"),
    hints=[("A ticket spans a month end when it was created in one month and resolved in a "
            "later one. Count the in-scope P1 and P2 tickets counted in January–June that did. "
            "Then measure again with month='created' and add up the six months' credits.",
            "创建和解决不在同一个月的工单就是跨月工单。统计 1—6 月计入考核的 P1 和 P2 工单中的跨月"
            "工单数。然后用 month='created' 重新计量，把六个月的抵扣金额加总。"),
           ("Compare measured['month'] with the month of tickets['created'] (both as "
            "periods). For the total: sla.measure(tickets, contract, stops, month='created'), "
            "sla.attainment(..., months=MONTHS), sla.service_credits(...)['credit'].sum().",
            "把 measured['month'] 与 tickets['created'] 所在月份（都转为月度 Period）比较。"
            "金额：sla.measure(tickets, contract, stops, month='created')，"
            "sla.attainment(..., months=MONTHS)，sla.service_credits(...)['credit'].sum()。")],
))

register(Question(
    "outsourcing.t5_customer", points=2, partial=True,
    title=("The customer's view of P1", "客户眼中的 P1"),
    expected=customer, compare=_compare_customer,
    expects=("a dict {'p90_hours': hours, 'within_4h': a share, 'csat': mean 1–5}",
             "一个字典 {'p90_hours': 小时数, 'within_4h': 比例, 'csat': 1—5 的平均分}"),
    hints=[("The customer waits clock hours from created to resolved, whatever the contract "
            "excludes or stops. Take every P1 ticket resolved January–June, excluded ones "
            "too, and use the KQI functions of the standards chapter.",
            "无论合同如何除外或暂停，客户等待的都是从创建到解决的自然小时。取 1—6 月解决的全部"
            " P1 工单（包括除外工单），用服务标准一章的 KQI 函数计算。"),
           ("measured['wall_hours'] holds the clock hours. standards.percentile(hours, 90) "
            "(nearest rank), standards.sla_compliance(hours, 4), and the mean of the answered "
            "csat of the same tickets.",
            "measured['wall_hours'] 就是自然小时数。standards.percentile(hours, 90)（最近秩法）、"
            "standards.sla_compliance(hours, 4)，以及同一批工单已作答 csat 的平均数。")],
))

register(Question(
    "outsourcing.t6_clauses", points=2, partial=True,
    title=("The clauses that let the vendor meet P1 on paper", "让供应商在纸面上达标的条款"),
    expected=lambda: LOOPHOLES, compare=_compare_clauses,
    expects=("a list of clause ids such as ['C1', 'C5']", "条款编号的列表，例如 ['C1', 'C5']"),
    hints=[("Look at where the customers' hours went: the hours outside business hours, the "
            "pending periods that were not the customer's doing, and the tickets taken out "
            "of scope. Which clause allows each?",
            "看看客户等待的时间去了哪里：工作时间以外的小时、并非因客户造成的挂起时段，以及被排除"
            "在考核之外的工单。分别是哪一条条款允许的？"),
           ("Three clauses. One sets the clock, one stops it, one takes tickets out. The "
            "clauses on scope, targets, attainment, the window, credits and reporting are "
            "not the problem here.",
            "共三条：一条决定怎么计时，一条让计时暂停，一条把工单排除在外。范围、目标时限、达成率、"
            "考核周期、抵扣和报告条款在这里都不是问题所在。")],
))

register(Question(
    "outsourcing.t7_fair", points=2, partial=True,
    title=("P1 attainment under the rewritten terms", "按改写后条款计算的 P1 达成率"),
    expected=fair, compare=_compare_fair,
    expects=("one share: met ÷ in scope over January–June", "一个比例：1—6 月达标数 ÷ 考核数"),
    hints=[("Change all three terms at once: P1 on the round-the-clock calendar, the clock "
            "stops only for pending_customer, and only customer_change and force_majeure "
            "excluded. Pool the six months: Σ met ÷ Σ in scope, not the mean of the months.",
            "三项条款一起改：P1 按全天候日历计时，只有 pending_customer 暂停计时，只有 "
            "customer_change 和 force_majeure 可以除外。六个月合并计算：Σ 达标数 ÷ Σ 考核数，"
            "而不是各月达成率的平均。"),
           ("fair = contract.revise(calendars={'P1': '24x7'}, "
            "clock_stops=['pending_customer'], exclusions=['customer_change', "
            "'force_majeure']); sla.compare_contracts(tickets, {'fair': fair}, stops, "
            "months=MONTHS).loc['fair', 'all'].",
            "fair = contract.revise(calendars={'P1': '24x7'}, "
            "clock_stops=['pending_customer'], exclusions=['customer_change', "
            "'force_majeure'])；sla.compare_contracts(tickets, {'fair': fair}, stops, "
            "months=MONTHS).loc['fair', 'all']。")],
))

register(Question(
    "outsourcing.t8_rewrite", points=3, partial=True,
    title=("Rewrite the three clauses", "改写三条条款"),
    expected=_task8_expected, compare=_compare_rewrites,
    expects=("a dict {'hours': '…', 'clock_stops': '…', 'exclusions': '…'} of clause texts",
             "一个由条款文本组成的字典 {'hours': '…', 'clock_stops': '…', 'exclusions': '…'}"),
    hints=[("Each rewrite must close its loophole in measurable words: P1 time runs round the "
            "clock with a target in hours; the clock stops only for a wait on the customer "
            "that was asked for or recorded, never for the vendor's own suppliers; only "
            "named causes are excluded, with evidence, and the vendor answers for its "
            "subcontractors.",
            "每条改写都要用可衡量的文字堵住漏洞：P1 全天候计时并给出以小时计的时限；只有经请求或"
            "有记录的等待客户才暂停计时，供应商自身的供货商原因不暂停；只有列明的原因可以除外，"
            "须有证据，且供应商对其分包方负责。"),
           ("Run sla.check_clause(text, 'hours'), sla.check_clause(text, 'clock_stops') and "
            "sla.check_clause(text, 'exclusions') on your drafts: each shows what it found "
            "and what is missing. At least eight words each, English or Chinese.",
            "对你的草稿分别运行 sla.check_clause(text, 'hours')、"
            "sla.check_clause(text, 'clock_stops') 和 sla.check_clause(text, 'exclusions')："
            "结果会显示找到了哪些要素、缺少哪些。每条至少八个词，中英文均可。")],
))
