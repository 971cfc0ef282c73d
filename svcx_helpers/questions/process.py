"""Questions of the process exercise (solutions/process.ipynb → exercises/process.ipynb).

Every expected answer is computed with :mod:`svcx_helpers.process` from the bank branch's
event logs ``data/bank_branch_events_before.csv`` and ``..._after.csv``, so the checks
follow the data and the library. Task 1 gives a small hand-edited log with two planted
faults (a mistyped column header and one row whose start and end were swapped); task 8
takes a redesign written as data, ``{activity: settings}``, applies it with
:func:`svcx_helpers.process.what_if` and measures the result.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

import numpy as np
import pandas as pd

from .. import process
from ..data import load_dataset
from ..grading import Card, Question, describe, register
from ..grading.readers import clean as _clean
from ..grading.readers import close as _close
from ..grading.readers import mismatch as _mismatch
from ..grading.readers import number as _number
from ..grading.readers import pair as _pair
from ..grading.readers import values as _values
from ..i18n import t

BEFORE = "bank_branch_events_before"
AFTER = "bank_branch_events_after"
VALUE_ADDING = ("Loan consultation", "Process transaction", "Hand over card")
"""The activities a bank customer comes for (task 3): the advice, the transaction itself
and the card. Identifying the customer, checking documents, forms, approvals and signing
are required by the bank or the law, but the customer would not pay for them."""
SERVICE = "account_opening"
"""The service whose hand-offs task 6 compares."""
TARGET_CUT = 20.0
"""Task 8: the redesign must cut the mean lead time of the before log by this many percent."""
SETTINGS = ("remove", "speedup", "wait_cut")
TOL_MIN = 0.05
"""Tolerance for times in minutes (3 seconds)."""
TOL_SHARE = 0.0005

# Task 1: a small log, typed into a spreadsheet by hand. Two faults: the header of the
# activity column is mistyped, and in row 7 (C2's approval) start and end were swapped.
MESSY_COLUMNS = ("case_id", "activty", "start", "end", "resource")
MESSY_HEADER_TYPO = ("activty", "activity")
MESSY_SWAPPED_ROW = 7
_MESSY_ROWS: tuple[tuple[str, str, str, str, str], ...] = (
    ("C1", "Take ticket", "2026-03-02 09:00", "2026-03-02 09:01", "ticket_machine"),
    ("C1", "Identify customer", "2026-03-02 09:09", "2026-03-02 09:11", "teller_1"),
    ("C1", "Process transaction", "2026-03-02 09:11", "2026-03-02 09:17", "teller_1"),
    ("C2", "Take ticket", "2026-03-02 09:03", "2026-03-02 09:04", "ticket_machine"),
    ("C2", "Fill in form", "2026-03-02 09:04", "2026-03-02 09:12", "form_desk"),
    ("C2", "Identify customer", "2026-03-02 09:20", "2026-03-02 09:22", "teller_2"),
    ("C2", "Check documents", "2026-03-02 09:22", "2026-03-02 09:27", "teller_2"),
    ("C2", "Back-office approval", "2026-03-02 09:58", "2026-03-02 09:46", "back_office_1"),
    ("C2", "Process transaction", "2026-03-02 10:05", "2026-03-02 10:12", "teller_2"),
    ("C3", "Take ticket", "2026-03-02 09:15", "2026-03-02 09:16", "ticket_machine"),
    ("C3", "Identify customer", "2026-03-02 09:30", "2026-03-02 09:32", "teller_1"),
    ("C3", "Loan consultation", "2026-03-02 09:35", "2026-03-02 10:00", "advisor_1"),
    ("C4", "Take ticket", "2026-03-02 09:24", "2026-03-02 09:25", "ticket_machine"),
    ("C4", "Identify customer", "2026-03-02 09:34", "2026-03-02 09:36", "teller_1"),
    ("C4", "Process transaction", "2026-03-02 09:36", "2026-03-02 09:40", "teller_1"),
)


def messy_log() -> pd.DataFrame:
    """Task 1's log as it arrived: a mistyped header and one row with start after end."""
    return pd.DataFrame(list(_MESSY_ROWS), columns=list(MESSY_COLUMNS))


def _messy_fixed() -> pd.DataFrame:
    df = messy_log().rename(columns={MESSY_HEADER_TYPO[0]: MESSY_HEADER_TYPO[1]})
    row = MESSY_SWAPPED_ROW
    df.loc[row, ["start", "end"]] = df.loc[row, ["end", "start"]].to_numpy()
    return df


# ------------------------------------------------------------------------------ data
@cache
def _log(name: str) -> pd.DataFrame:
    return process.load_log(load_dataset(name), source=f"{name}.csv")


def before_log() -> pd.DataFrame:
    """The bank branch's event log before the redesign (a copy)."""
    return _log(BEFORE).copy()


def after_log() -> pd.DataFrame:
    """The bank branch's event log after the redesign (a copy)."""
    return _log(AFTER).copy()


@cache
def _metrics(name: str) -> process.Metrics:
    return process.metrics(_log(name), VALUE_ADDING)


@cache
def _comparison() -> pd.DataFrame:
    return process.compare(_log(BEFORE), _log(AFTER), VALUE_ADDING)


def clean_log() -> pd.DataFrame:
    """Task 1: the cleaned log, read with :func:`process.load_log`."""
    return process.load_log(_messy_fixed())


def lead_and_wait() -> tuple[float, float]:
    """Task 2: mean lead time and mean waiting time of the before log, in minutes."""
    overall = _metrics(BEFORE).overall
    return float(overall["lead_time_mean"]), float(overall["waiting_time_mean"])


def flow_and_va() -> tuple[float, float]:
    """Task 3: flow efficiency and value-added ratio of the before log (Σ / Σ)."""
    overall = _metrics(BEFORE).overall
    return float(overall["flow_efficiency"]), float(overall["va_ratio"])


def top_variant() -> tuple[str, float]:
    """Task 4: the most frequent variant of the before log and its share of the cases."""
    table = process.variants(_log(BEFORE))
    return str(table["variant"].iloc[0]), float(table["share"].iloc[0])


def repeats() -> pd.Series:
    """Repeated instances per activity in the before log: instances beyond the first of
    that activity in the same case (the log's rework), most first."""
    log = _log(BEFORE)
    per_case = log.groupby(["case", "activity"]).size() - 1
    return per_case.groupby(level="activity").sum().sort_values(ascending=False,
                                                                   kind="stable")


def most_rework() -> frozenset[str]:
    """Task 5: the activity (or the activities, if tied) repeated most often."""
    counts = repeats()
    return frozenset(str(a) for a in counts.index[counts == counts.max()])


def _service_handoffs(name: str, service: str | None) -> float:
    cases = _metrics(name).cases
    if service is None:
        return float(cases["handoffs"].mean())
    log = _log(name)
    of_service = log.loc[log["service"] == service, "case"].unique()
    return float(cases.loc[of_service, "handoffs"].mean())


def handoffs_before_after() -> tuple[float, float]:
    """Task 6: hand-offs per account-opening case, before and after the redesign."""
    return _service_handoffs(BEFORE, SERVICE), _service_handoffs(AFTER, SERVICE)


def waiting_change_pct() -> float:
    """Task 7: change of the mean waiting time in percent (negative = less waiting)."""
    return float(_comparison().loc["waiting_time_mean", "change_pct"])


def apply_redesign(log: pd.DataFrame, changes: Mapping[str, Mapping[str, Any]]
                   ) -> pd.DataFrame:
    """Apply ``{activity: {"remove": …, "speedup": …, "wait_cut": …}}`` with
    :func:`process.what_if`, one activity after the other."""
    for activity, settings in changes.items():
        log = process.what_if(log, activity, **dict(settings))
    return log


def lead_time_cut(changes: Mapping[str, Mapping[str, Any]]) -> float:
    """Cut of the before log's mean lead time by a redesign, in percent (positive = shorter)."""
    key = tuple((str(a), tuple(sorted((str(k), v) for k, v in dict(s).items())))
                for a, s in changes.items())
    return _lead_time_cut(key)


@cache
def _lead_time_cut(key: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...]) -> float:
    # what_if works case by case and takes about a second on the bank log: a redesign that
    # is checked and then graded is computed once
    changes = {activity: dict(settings) for activity, settings in key}
    before = _metrics(BEFORE).overall["lead_time_mean"]
    after = process.metrics(apply_redesign(_log(BEFORE), changes)).overall["lead_time_mean"]
    return float(100 * (before - after) / before)


# ------------------------------------------------------------------------------ helpers

def _fmt(x: float, digits: int = 2) -> str:
    return f"{x:.{digits}f}"


def _activities() -> dict[str, str]:
    """Normalised activity name → activity name, over both logs."""
    names = set(_log(BEFORE)["activity"]) | set(_log(AFTER)["activity"])
    return {_clean(a): str(a) for a in names}


def _activity(answer: Any) -> str:
    if not isinstance(answer, str):
        raise _mismatch("wrong_type", "check.expected_type", expected="str",
                        got=describe(answer))
    found = _activities().get(_clean(answer))
    if found is None:
        raise _mismatch("fail", "process.bank.activity.unknown", value=answer.strip()[:60],
                        known=", ".join(sorted(_activities().values())))
    return found


# ------------------------------------------------------------------------------ task 1
def _as_log(answer: Any) -> pd.DataFrame:
    """The learner's cleaned log, read with load_log (its own error messages on failure)."""
    if not isinstance(answer, pd.DataFrame):
        raise _mismatch("wrong_type", "process.bank.clean.type", got=describe(answer))
    columns = set(map(str, answer.columns))
    source = t("process.bank.clean.source")
    try:
        if {"case", "activity", "start", "end"} <= columns and "case_id" not in columns:
            return process.load_log(answer, case="case", source=source)
        return process.load_log(answer, source=source)
    except ValueError as exc:
        if MESSY_HEADER_TYPO[0] in columns:
            raise _mismatch("fail", "process.bank.clean.header", typo=MESSY_HEADER_TYPO[0],
                            name=MESSY_HEADER_TYPO[1]) from None
        raise _mismatch("fail", "process.bank.clean.invalid", error=str(exc)) from None


def _rows(log: pd.DataFrame) -> list[tuple[str, str, pd.Timestamp, pd.Timestamp]]:
    return sorted((str(r.case), str(r.activity), pd.Timestamp(r.start), pd.Timestamp(r.end))
                  for r in log.itertuples())


def _compare_clean(answer: Any, expected: pd.DataFrame) -> None:
    log = _as_log(answer)
    got, exp = _rows(log), _rows(expected)
    if got == exp:
        return
    row = _MESSY_ROWS[MESSY_SWAPPED_ROW]
    missing = [r for r in exp if r not in got]
    if len(got) == len(exp) - 1 and len(missing) == 1 and missing[0][:2] == (row[0], row[1]):
        raise _mismatch("fail", "process.bank.clean.dropped", credit=0.5, case=row[0], activity=row[1])
    if len(got) < len(exp):
        raise _mismatch("fail", "process.bank.clean.rows", credit=0.0, got=len(got), expected=len(exp))
    if len(got) == len(exp) and len(missing) == 1 and missing[0][:2] == (row[0], row[1]):
        raise _mismatch("fail", "process.bank.clean.times", credit=0.5, case=row[0], activity=row[1])
    raise _mismatch("fail", "process.bank.clean.changed", n=len(missing))


# ------------------------------------------------------------------------------ task 2
def _compare_lead_wait(answer: Any, expected: tuple[float, float]) -> None:
    lead, wait = _pair(answer, ("lead_time", "waiting_time"))
    e_lead, e_wait = expected
    ok_l, ok_w = _close(lead, e_lead, TOL_MIN), _close(wait, e_wait, TOL_MIN)
    if ok_l and ok_w:
        return
    credit = 0.5 * (ok_l + ok_w)
    if _close(lead, e_wait, TOL_MIN) and _close(wait, e_lead, TOL_MIN):
        raise _mismatch("fail", "process.bank.swapped", credit=0.5, first="lead_time",
                        second="waiting_time")
    for value, exp in ((lead, e_lead), (wait, e_wait)):
        if _close(value * 60, exp, TOL_MIN):
            raise _mismatch("fail", "process.bank.time.hours", credit=credit)
        if _close(value / 60, exp, TOL_MIN):
            raise _mismatch("fail", "process.bank.time.seconds", credit=credit)
    cases = _metrics(BEFORE).cases
    if _close(lead, float(cases["lead_time"].median()), TOL_MIN) or _close(
            wait, float(cases["waiting_time"].median()), TOL_MIN):
        raise _mismatch("fail", "process.bank.time.median", credit=credit)
    if not ok_w and _close(wait, float(cases["touch_time"].mean()), TOL_MIN):
        raise _mismatch("fail", "process.bank.time.touch", credit=credit)
    if not ok_w and _close(wait, float((cases["lead_time"] - cases["touch_time"]).mean()),
                           TOL_MIN):
        raise _mismatch("fail", "process.bank.time.overlap", credit=credit)
    which = [name for name, ok in (("lead_time", ok_l), ("waiting_time", ok_w)) if not ok]
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(which))


# ------------------------------------------------------------------------------ task 3
def _compare_flow_va(answer: Any, expected: tuple[float, float]) -> None:
    flow, va = _pair(answer, ("flow_efficiency", "va_ratio"))
    e_flow, e_va = expected
    ok_f, ok_v = _close(flow, e_flow, TOL_SHARE), _close(va, e_va, TOL_SHARE)
    if ok_f and ok_v:
        return
    credit = 0.5 * (ok_f + ok_v)
    if _close(flow, e_va, TOL_SHARE) and _close(va, e_flow, TOL_SHARE):
        raise _mismatch("fail", "process.bank.swapped", credit=0.5, first="flow_efficiency",
                        second="va_ratio")
    if any(_close(x / 100, e, TOL_SHARE) for x, e in ((flow, e_flow), (va, e_va))):
        raise _mismatch("fail", "process.bank.share.percent", credit=credit)
    cases = _metrics(BEFORE).cases
    means = (float(cases["flow_efficiency"].mean()), float(cases["va_ratio"].mean()))
    if _close(flow, means[0], TOL_SHARE) or _close(va, means[1], TOL_SHARE):
        raise _mismatch("fail", "process.bank.flow.mean_of_ratios", credit=credit)
    if not ok_v:
        wrong_set = process.metrics(_log(BEFORE), set(_log(BEFORE)["activity"]))
        if _close(va, float(wrong_set.overall["va_ratio"]), TOL_SHARE):
            raise _mismatch("fail", "process.bank.flow.all_va", credit=credit)
    which = [name for name, ok in (("flow_efficiency", ok_f), ("va_ratio", ok_v)) if not ok]
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(which))


# ------------------------------------------------------------------------------ task 4
def _variant_steps(answer: Any) -> list[str]:
    if isinstance(answer, str):
        text = answer.replace("->", "→").replace("=>", "→")
        sep = "→" if "→" in text else ("," if "," in text else "→")
        parts = text.split(sep)
    elif isinstance(answer, (list, tuple, pd.Series, np.ndarray)):
        parts = list(answer)
        if not all(isinstance(p, str) for p in parts):
            raise _mismatch("wrong_type", "process.bank.variant.type", got=describe(answer))
    else:
        raise _mismatch("wrong_type", "process.bank.variant.type", got=describe(answer))
    return [_clean(p) for p in parts if _clean(p)]


def _compare_variant(answer: Any, expected: tuple[str, float]) -> None:
    if isinstance(answer, (Mapping, pd.Series)):
        variant, share = _values(answer, ("variant", "share"))
    elif isinstance(answer, (list, tuple)) and len(answer) == 2 and not all(
            isinstance(x, str) for x in answer):
        variant, share = answer
    else:
        raise _mismatch("wrong_shape", "process.bank.variant.shape", got=describe(answer))
    steps = _variant_steps(variant)
    share_value = _number(share)
    e_variant, e_share = expected
    e_steps = [_clean(s) for s in e_variant.split(" → ")]
    ok_v, ok_s = steps == e_steps, _close(share_value, e_share, TOL_SHARE)
    if ok_v and ok_s:
        return
    credit = 0.5 * (ok_v + ok_s)
    if not ok_s:
        n = int(_metrics(BEFORE).overall["cases"])
        if _close(share_value, e_share * 100, 0.05):
            raise _mismatch("fail", "process.bank.share.percent", credit=credit)
        if _close(share_value, e_share * n, 0.5):
            raise _mismatch("fail", "process.bank.variant.count", credit=credit, n=n)
    if not ok_v:
        table = process.variants(_log(BEFORE))
        known = {tuple(_clean(s) for s in v.split(" → ")): i
                 for i, v in enumerate(table["variant"])}
        rank = known.get(tuple(steps))
        if rank is not None:
            raise _mismatch("fail", "process.bank.variant.rank", credit=credit, rank=rank + 1)
        if sorted(steps) == sorted(e_steps):
            raise _mismatch("fail", "process.bank.variant.order", credit=credit)
        raise _mismatch("fail", "process.bank.variant.unknown", credit=credit)
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which="share")


# ------------------------------------------------------------------------------ task 5
def _compare_rework(answer: Any, expected: frozenset[str]) -> None:
    if isinstance(answer, (list, tuple, set, frozenset)) and all(
            isinstance(x, str) for x in answer) and answer:
        got = {_activity(x) for x in answer}
        if got == set(expected):
            return
        if len(got) > 1:
            raise _mismatch("fail", "process.bank.rework.one")
        (name,) = got
    else:
        name = _activity(answer)
    if name in expected:
        return
    counts = repeats()
    if counts.get(name, 0) == 0:
        raise _mismatch("fail", "process.bank.rework.instances", activity=name)
    raise _mismatch("fail", "process.bank.rework.fewer", activity=name, n=int(counts.get(name, 0)))


# ------------------------------------------------------------------------------ task 6
def _compare_handoffs(answer: Any, expected: tuple[float, float]) -> None:
    b, a = _pair(answer, ("before", "after"))
    e_b, e_a = expected
    tol = 0.005
    ok_b, ok_a = _close(b, e_b, tol), _close(a, e_a, tol)
    if ok_b and ok_a:
        return
    credit = 0.5 * (ok_b + ok_a)
    if _close(b, e_a, tol) and _close(a, e_b, tol):
        raise _mismatch("fail", "process.bank.swapped", credit=0.5, first="before", second="after")
    all_b, all_a = _service_handoffs(BEFORE, None), _service_handoffs(AFTER, None)
    if (not ok_b and _close(b, all_b, tol)) or (not ok_a and _close(a, all_a, tol)):
        raise _mismatch("fail", "process.bank.handoffs.all", credit=credit, service=SERVICE)
    for name, value, exp in (("before", b, e_b), ("after", a, e_a)):
        log = _log(BEFORE if name == "before" else AFTER)
        ids = log.loc[log["service"] == SERVICE, "case"].unique()
        total = float(_metrics(BEFORE if name == "before" else AFTER).cases.loc[
            ids, "handoffs"].sum())
        if _close(value, total, tol) and not _close(value, exp, tol):
            raise _mismatch("fail", "process.bank.handoffs.total", credit=credit)
    which = [name for name, ok in (("before", ok_b), ("after", ok_a)) if not ok]
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(which))


# ------------------------------------------------------------------------------ task 7
def _compare_change(answer: Any, expected: float) -> None:
    value = _number(answer)
    tol = 0.05
    if _close(value, expected, tol):
        return
    table = _comparison()
    if _close(value, -expected, tol):
        raise _mismatch("fail", "process.bank.change.sign")
    if _close(value * 100, expected, tol):
        raise _mismatch("fail", "process.bank.change.share")
    if _close(value, float(table.loc["waiting_time_mean", "change"]), tol):
        raise _mismatch("fail", "process.bank.change.minutes")
    ratio = float(table.loc["waiting_time_mean", "after"] / table.loc["waiting_time_mean",
                                                                       "before"])
    if _close(value, 100 * ratio, tol) or _close(value, ratio, 0.0005):
        raise _mismatch("fail", "process.bank.change.ratio")
    for metric in ("lead_time_mean", "waiting_share", "touch_time_mean"):
        if _close(value, float(table.loc[metric, "change_pct"]), tol):
            raise _mismatch("fail", "process.bank.change.metric", metric=metric)
    raise _mismatch("fail", "check.value_off")


# ------------------------------------------------------------------------------ task 8
def read_redesign(answer: Any) -> dict[str, dict[str, Any]]:
    """The learner's redesign as {activity: settings}, checked; mismatches explain."""
    if isinstance(answer, tuple) and len(answer) == 2 and isinstance(answer[0], str):
        answer = {answer[0]: answer[1]}
    if not isinstance(answer, Mapping) or not answer:
        raise _mismatch("wrong_type", "process.bank.whatif.type", got=describe(answer))
    out: dict[str, dict[str, Any]] = {}
    for key, settings in answer.items():
        if settings is None and isinstance(key, str):  # a row of the answer card left as it is
            continue
        activity = _activity(key)
        if isinstance(settings, str) and settings in REDESIGN_PRESETS:  # the answer card's choice
            settings = REDESIGN_PRESETS[settings]
        if not isinstance(settings, Mapping):
            raise _mismatch("wrong_type", "process.bank.whatif.settings", activity=activity,
                            got=describe(settings))
        unknown = [str(k) for k in settings if k not in SETTINGS]
        if unknown:
            raise _mismatch("wrong_shape", "process.bank.whatif.unknown", names=", ".join(unknown),
                            known=", ".join(SETTINGS))
        clean: dict[str, Any] = {}
        for name, value in settings.items():
            if name == "remove":
                if not isinstance(value, (bool, np.bool_)):
                    raise _mismatch("wrong_type", "process.bank.whatif.remove", got=describe(value))
                clean[name] = bool(value)
            else:
                share = _number(value)
                if not 0 <= share <= 1:
                    raise _mismatch("fail", "process.bank.whatif.range", name=name, value=f"{share:g}")
                clean[name] = share
        if not clean or not (clean.get("remove") or clean.get("speedup", 0) > 0
                             or clean.get("wait_cut", 0) > 0):
            raise _mismatch("fail", "process.bank.whatif.nothing", activity=activity)
        out[activity] = clean
    if not out:
        raise _mismatch("fail", "process.bank.whatif.empty")
    return out


def _compare_redesign(answer: Any, expected: Any) -> None:
    changes = read_redesign(answer)
    cut = lead_time_cut(changes)
    if cut >= TARGET_CUT - 1e-9:
        return
    credit = 0.5 * max(0.0, min(cut, TARGET_CUT)) / TARGET_CUT
    raise _mismatch("fail", "process.bank.whatif.short", credit=credit, cut=f"{cut:.1f}",
                    target=f"{TARGET_CUT:g}")


# ------------------------------------------------------------------------------ answer cards
# The no-code track (exercises/nocode/process.ipynb): the same tasks, answered with cards.
ACTIVITY_ZH = {"Take ticket": "取号", "Fill in form": "填表", "Identify customer": "核实顾客身份",
               "Check documents": "审核材料", "Back-office approval": "后台审批",
               "Loan consultation": "贷款咨询", "Process transaction": "办理业务",
               "Print and sign": "打印并签字", "Hand over card": "交付银行卡"}
REDESIGN_PRESETS: dict[str, dict[str, Any]] = {
    "remove": {"remove": True},
    "speedup_50": {"speedup": 0.5},
    "wait_cut_50": {"wait_cut": 0.5},
    "wait_cut_80": {"wait_cut": 0.8},
}
"""Task 8's changes offered by the answer card ({activity: preset key}, a row left as it
is is None); a code answer gives the settings themselves."""
REDESIGN_OPTIONS = [
    (None, ("leave it as it is", "保持不变")),
    ("remove", ("remove it", "取消这项活动")),
    ("speedup_50", ("do it in half the time (speedup 50 %)", "用一半的时间完成（speedup 50%）")),
    ("wait_cut_50", ("halve the wait before it (wait_cut 50 %)",
                     "把它之前的等待减半（wait_cut 50%）")),
    ("wait_cut_80", ("cut the wait before it by 80 % (wait_cut 80 %)",
                     "把它之前的等待缩短 80%（wait_cut 80%）")),
]


def activity_options() -> list[tuple[str, tuple[str, str]]]:
    """The activities of the before log in process order, as (name, (English, Chinese))."""
    order = process.activity_stats(_log(BEFORE)).sort_values("position", kind="stable").index
    return [(str(a), (str(a), f"{a}（{ACTIVITY_ZH[a]}）" if a in ACTIVITY_ZH else str(a)))
            for a in order]


def model_redesign() -> dict[str, str | None]:
    """Task 8: a redesign that reaches the target, as the answer card gives it (the check
    recomputes any redesign; this one is the model answer)."""
    changes = {"Fill in form": "speedup_50", "Back-office approval": "remove",
               "Identify customer": "wait_cut_50", "Loan consultation": "wait_cut_80"}
    return {key: changes.get(key) for key, _ in activity_options()}


def _minutes_row(key: str, en: str, zh: str) -> tuple[str, tuple[str, str]]:
    return key, (f"{en} (minutes)", f"{zh}（分钟）")


# ------------------------------------------------------------------------------ questions
register(Question(
    "process.t1_clean", points=2, title=("Clean a hand-edited log", "清理手工编辑过的日志"),
    expected=clean_log, compare=_compare_clean, partial=True,
    hints=[("Read the log with process.load_log(raw): its error message names the column "
            "or the row that is wrong. Fix it in the DataFrame and try again.",
            "用 process.load_log(raw) 读取日志：错误信息会指出有问题的列或行。在 DataFrame "
            "中改正后再试。"),
           ("Rename the mistyped column with raw.rename(columns={...}); in the row whose end "
            "is before its start, the two times were typed the wrong way round: swap them, "
            "do not delete the row.",
            "用 raw.rename(columns={...}) 改正拼错的列名；结束早于开始的那一行是把两个时间"
            "填反了：把它们对调，不要删除这一行。")],
))

register(Question(
    "process.t2_lead_wait", title=("Lead time and waiting time", "前置时间与等待时间"),
    expected=lead_and_wait, compare=_compare_lead_wait, partial=True,
    hints=[("Lead time = last end − first start of a case; waiting time = lead time − the "
            "time in which some activity runs. Average over all cases, in minutes.",
            "前置时间 = 案例最后结束 − 最先开始；等待时间 = 前置时间 − 有活动进行的时间。"
            "对所有案例取平均，单位为分钟。"),
           ("process.metrics(before).overall has 'lead_time_mean' and 'waiting_time_mean'.",
            "process.metrics(before).overall 中有 'lead_time_mean' 和 'waiting_time_mean'。")],
    card=Card.table([_minutes_row("lead_time", "Mean lead time", "平均前置时间"),
                     _minutes_row("waiting_time", "Mean waiting time", "平均等待时间")],
                    as_dict=True),
))

register(Question(
    "process.t3_flow_va", points=2,
    title=("Flow efficiency and value-added ratio", "流动效率与增值比"),
    expected=flow_and_va, compare=_compare_flow_va, partial=True,
    hints=[("Both are shares of the lead time, over all cases together: flow efficiency = "
            "Σ busy time / Σ lead time; VA ratio = Σ time of the value-adding activities / "
            "Σ lead time.",
            "两者都是占前置时间的比例，对所有案例合计：流动效率 = Σ忙碌时间 / Σ前置时间；"
            "增值比 = Σ增值活动时间 / Σ前置时间。"),
           ("process.metrics(before, value_adding=VALUE_ADDING).overall has "
            "'flow_efficiency' and 'va_ratio'.",
            "process.metrics(before, value_adding=VALUE_ADDING).overall 中有 "
            "'flow_efficiency' 和 'va_ratio'。")],
    card=Card.table([("flow_efficiency", ("Flow efficiency (share 0–1)", "流动效率（0–1 之间的比例）")),
                     ("va_ratio", ("Value-added ratio (share 0–1)", "增值比（0–1 之间的比例）"))],
                    as_dict=True),
))

register(Question(
    "process.t4_variant", title=("The most frequent variant", "最常见的流程变体"),
    expected=top_variant, compare=_compare_variant, partial=True,
    hints=[("A variant is the sequence of activities of a case. Count the cases of each "
            "sequence and take the largest group; its share is its cases / all cases.",
            "变体就是一个案例所经历的活动序列。统计每种序列的案例数，取最多的一种；"
            "其占比 = 该变体案例数 / 全部案例数。"),
           ("process.variants(before) lists the variants, most frequent first, with 'variant' "
            "and 'share'.",
            "process.variants(before) 按频次从高到低列出变体，含 'variant' 和 'share' 列。")],
))

register(Question(
    "process.t5_rework", title=("Where the rework is", "返工发生在哪里"),
    expected=most_rework, compare=_compare_rework,
    hints=[("Rework is an activity done again in the same case. For each activity, count its "
            "instances beyond the first one in each case.",
            "返工是同一案例中再次执行的活动。对每个活动，统计它在每个案例中第一次之后的重复次数。"),
           ("before.groupby(['case', 'activity']).size() - 1, then sum per activity and take "
            "the largest.",
            "先算 before.groupby(['case', 'activity']).size() - 1，再按活动求和，取最大者。")],
    card=Card.choice(activity_options),
))

register(Question(
    "process.t6_handoffs", title=("Hand-offs in account opening", "开户业务的交接次数"),
    expected=handoffs_before_after, compare=_compare_handoffs, partial=True,
    hints=[("A hand-off is a change of resource between consecutive activities of a case. "
            "Keep only the account-opening cases (column 'service') and average per case.",
            "交接是案例中相邻两个活动的执行资源发生变化。只保留开户案例（'service' 列），"
            "按案例取平均。"),
           ("process.metrics(log).cases['handoffs'] per case; select the case ids of "
            "log[log['service'] == 'account_opening'] for each log.",
            "用 process.metrics(log).cases['handoffs'] 得到每个案例的交接次数；再选出 "
            "log[log['service'] == 'account_opening'] 的案例编号。")],
    card=Card.table([("before", ("Before the redesign (hand-offs per visit)",
                                 "改造前（每次来访的交接次数）")),
                     ("after", ("After the redesign (hand-offs per visit)",
                                "改造后（每次来访的交接次数）"))], as_dict=True),
))

register(Question(
    "process.t7_waiting_change", title=("Change in waiting time", "等待时间的变化"),
    expected=waiting_change_pct, compare=_compare_change,
    hints=[("Percent change = 100 × (after − before) / before; less waiting is a negative "
            "change.",
            "变化百分比 = 100 × (之后 − 之前) / 之前；等待减少是负的变化。"),
           ("process.compare(before, after) has a row 'waiting_time_mean' and a column "
            "'change_pct'.",
            "process.compare(before, after) 中有 'waiting_time_mean' 行和 'change_pct' 列。")],
    card=Card.number(unit=("% (with its sign)", "%（带正负号）")),
))

register(Question(
    "process.t8_redesign", points=3, title=("A redesign tested with what_if", "用 what_if 检验改进方案"),
    expected=model_redesign, compare=_compare_redesign, partial=True,
    hints=[(f"Write the redesign as {{activity: settings}}, e.g. {{'Fill in form': "
            f"{{'remove': True}}}}; settings are remove (True/False), speedup and wait_cut "
            f"(shares 0–1). It must cut the mean lead time by at least {TARGET_CUT:g} %.",
            f"把改进方案写成 {{活动: 设置}}，例如 {{'Fill in form': {{'remove': True}}}}；"
            f"设置包括 remove（True/False）、speedup 和 wait_cut（0–1 之间的比例）。"
            f"平均前置时间至少要缩短 {TARGET_CUT:g} %。"),
           ("Look where the time goes: process.transitions(before) shows the median wait "
            "before each activity, activity_stats the durations. Combine two or three "
            "changes and measure them with process.compare(before, apply_redesign(before, "
            "redesign)).",
            "先看时间花在哪里：process.transitions(before) 给出每个活动前的等待中位数，"
            "activity_stats 给出活动时长。组合两三项改动，用 process.compare(before, "
            "apply_redesign(before, redesign)) 衡量效果。")],
    card=Card.table(activity_options, options=REDESIGN_OPTIONS, as_dict=True),
))
