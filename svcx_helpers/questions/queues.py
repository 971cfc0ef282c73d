"""Questions of the queues exercise (solutions/queues.ipynb → exercises/queues.ipynb).

Task 1 matches eight waiting situations (:data:`SITUATIONS`) to Maister's eight
propositions (:data:`PRINCIPLES`). Tasks 3, 4 and 7 use the published Erlang C example of
METHODS.md (Q1: 100 calls per 30 minutes, AHT 180 s, target 80 % within 20 s, 30 %
shrinkage); tasks 2, 5 and 6 read ``data/hotline_arrivals.csv``. Every expected number is
computed with :mod:`svcx_helpers.queueing` when a check runs, so data, library and checks
cannot drift apart. Task 7 runs the library's simulation with a fixed seed; task 8 is a
written redesign, read by the trainer, with two hidden tests.

Every task but 7 (a seeded simulation: a code task) also has an answer card (the no-code
track, ``exercises/nocode/queues.ipynb``); each card returns what the code track stores
(a dict under the same keys, a number, a text). For task 5's card a half hour typed as
``1030`` is read as ``"10:30"`` too.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Mapping
from functools import cache
from typing import Any

import numpy as np
import pandas as pd

from .. import queueing
from ..data import load_dataset
from ..grading import Card, Criterion, Question, describe, free_text, register
from ..grading.readers import close as _close
from ..grading.readers import mismatch as _mismatch
from ..grading.readers import number as _number
from ..grading.readers import values as _values

DATASET = "hotline_arrivals"
INTERVAL_MINUTES = 30
INTERVAL_SECONDS = INTERVAL_MINUTES * 60
TARGET_TIME = 20.0
"""Seconds: the hotline's standard is 80 % of calls answered within 20 seconds."""
TARGET_LEVEL = 0.80
SHRINKAGE = 0.30
"""Share of paid time in which an agent cannot take calls (breaks, training, meetings)."""

# Q1 of METHODS.md §5.2 (Call Centre Helper / pyworkforce): A = 100 · 180 / 1800 = 10
Q1_CALLS = 100
Q1_AHT = 180.0
Q1_AGENTS = 14

# Task 5: the average Monday; task 6: payday
MONDAY = "Mon"
SALARY_DAY = "2026-03-10"
"""Tuesday 10 March 2026, the bank's payday (data/README.md, hotline_arrivals)."""

# Task 7: the Q1 queue with one agent fewer, simulated with a fixed seed
SIM_AGENTS = 13
SIM_SEED = 11
SIM_CUSTOMERS = 100_000
SIM_TOL = 0.001
"""The same seed gives the same run: the answer must match it to ±0.001."""

# Task 1: Maister's eight propositions (METHODS.md §5.1) and eight situations
PRINCIPLES: dict[int, tuple[str, str]] = {
    1: ("Unoccupied time feels longer than occupied time", "空闲的时间比有事可做的时间感觉更长"),
    2: ("Pre-process waits feel longer than in-process waits",
        "服务开始前的等待比服务过程中的等待感觉更长"),
    3: ("Anxiety makes waits seem longer", "焦虑使等待显得更长"),
    4: ("Uncertain waits are longer than known, finite waits", "不确定的等待比已知、有限的等待更长"),
    5: ("Unexplained waits are longer than explained waits", "没有解释的等待比有解释的等待更长"),
    6: ("Unfair waits are longer than equitable waits", "不公平的等待比公平的等待更长"),
    7: ("The more valuable the service, the longer the customer will wait",
        "服务越有价值，顾客愿意等待的时间越长"),
    8: ("Solo waits feel longer than group waits", "独自等待比结伴等待感觉更长"),
}
_PRINCIPLE_WORDS: dict[int, tuple[str, ...]] = {
    1: ("unoccupied", "occupied", "idle", "空闲", "无所事事", "有事可做", "占用"),
    2: ("pre-process", "preprocess", "pre process", "in-process", "get started", "started",
        "服务开始前", "开始前", "过程前", "尽快开始"),
    3: ("anxiety", "anxious", "worry", "焦虑", "担心"),
    4: ("uncertain", "known", "finite", "不确定", "已知"),
    5: ("unexplained", "explained", "explanation", "没有解释", "未解释", "解释"),
    6: ("unfair", "fair", "equitable", "justice", "不公平", "公平"),
    7: ("valuable", "value", "价值"),
    8: ("solo", "group", "alone", "独自", "结伴", "一个人"),
}
SITUATIONS: dict[str, tuple[str, str]] = {
    "a": ("A hotel hangs mirrors and a screen with the day's news next to its slow lifts, "
          "and complaints about the lifts fall.",
          "酒店在运行缓慢的电梯旁挂上镜子和播放当日新闻的屏幕，对电梯的投诉随之减少。"),
    "b": ("A clinic's nurse takes the patient's blood pressure and history right after "
          "registration; the remaining wait for the doctor feels like part of the visit.",
          "诊所护士在病人挂号后立即测量血压、询问病史；之后等医生的时间让人觉得已经是就诊的一部分。"),
    "c": ("A traveller whose flight closes in twenty minutes stands in the security queue "
          "and checks the clock every minute.",
          "一位旅客的航班二十分钟后停止登机，他在安检队伍里每分钟看一次表。"),
    "d": ("The hotline tells each caller: “you are number 6 in the queue, your expected "
          "waiting time is about 3 minutes.”",
          "热线告诉每位来电者：“您前面还有 6 位，预计等待约 3 分钟。”"),
    "e": ("A train stops between two stations for ten minutes, and nobody says why.",
          "列车在两站之间停了十分钟，没有人说明原因。"),
    "f": ("At a branch with one line per counter, a customer sees people who came after "
          "her served first in the next line.",
          "在每个柜台各排一队的网点，一位顾客看到比她晚来的人在旁边的队伍里先办完了。"),
    "g": ("Patients wait two hours to see a famous specialist without complaint, but leave "
          "a supermarket checkout after five minutes.",
          "病人为看一位名医等了两个小时也毫无怨言，却在超市收银台前等五分钟就离开了。"),
    "h": ("Friends in a theme-park queue chat and find the hour short; a visitor on his own "
          "in the same queue finds it long.",
          "主题公园排队时，结伴的朋友聊着天，觉得一个小时很快；同一队伍里独自一人的游客却觉得很漫长。"),
}
MAISTER_ANSWER = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8}
"""The principle each situation shows best (situations are written one per principle)."""


def situations() -> pd.DataFrame:
    """Task 1's situations as a table (English and Chinese), indexed by letter."""
    return pd.DataFrame([{"situation": en, "情境": zh} for en, zh in SITUATIONS.values()],
                        index=pd.Index(list(SITUATIONS), name="letter"))


def principles() -> pd.DataFrame:
    """Maister's eight propositions, numbered as in METHODS.md §5.1."""
    return pd.DataFrame([{"principle": en, "原则": zh} for en, zh in PRINCIPLES.values()],
                        index=pd.Index(list(PRINCIPLES), name="number"))


# -------------------------------------------------------------------------- data
@cache
def hotline() -> pd.DataFrame:
    return load_dataset(DATASET)


def aht_per_call(rows: pd.DataFrame) -> float:
    """Average handling time of the calls in ``rows``: Σ arrivals·AHT / Σ arrivals (s)."""
    return float((rows["arrivals"] * rows["aht_seconds"]).sum() / rows["arrivals"].sum())


def busiest_half_hour() -> pd.Series:
    """The row with the most calls in the four weeks (task 2)."""
    df = hotline()
    return df.loc[df["arrivals"].idxmax()]


def peak_traffic() -> float:
    row = busiest_half_hour()
    return queueing.offered_traffic(row["arrivals"], INTERVAL_SECONDS, row["aht_seconds"])


def q1_traffic() -> float:
    return queueing.offered_traffic(Q1_CALLS, INTERVAL_SECONDS, Q1_AHT)


def q1_measures() -> dict[str, float]:
    a = q1_traffic()
    return {"p_wait": queueing.erlang_c(a, Q1_AGENTS),
            "service_level": queueing.service_level(a, Q1_AGENTS, Q1_AHT, TARGET_TIME),
            "asa": queueing.average_wait(a, Q1_AGENTS, Q1_AHT)}


def q1_staffing() -> tuple[int, int]:
    st = queueing.required_agents(q1_traffic(), Q1_AHT, TARGET_TIME, TARGET_LEVEL,
                                  shrinkage=SHRINKAGE)
    return st.agents, st.scheduled


def mondays() -> pd.DataFrame:
    df = hotline()
    return df.loc[df["weekday"] == MONDAY]


def monday_plan(aht: float | None = None) -> pd.DataFrame:
    """Staffing plan of the average Monday (mean calls per half hour of the Mondays), with
    the Mondays' AHT per call unless ``aht`` is given."""
    rows = mondays()
    arrivals = rows.groupby("interval")["arrivals"].mean()
    h = aht_per_call(rows) if aht is None else aht
    return queueing.staffing_plan(arrivals, INTERVAL_MINUTES, h, TARGET_TIME, TARGET_LEVEL)


def monday_peak() -> dict[str, Any]:
    plan = monday_plan()
    interval = str(plan["arrivals"].idxmax())
    return {"interval": interval, "agents": int(plan.loc[interval, "agents"])}


def _monday_agents_accepted() -> set[int]:
    """Agents at the peak with the Mondays' AHT per call or their plain mean AHT."""
    interval = monday_peak()["interval"]
    out = set()
    for aht in (aht_per_call(mondays()), float(mondays()["aht_seconds"].mean())):
        out.add(int(monday_plan(aht).loc[interval, "agents"]))
    return out


def salary_day_plan() -> pd.DataFrame:
    rows = hotline().loc[hotline()["date"] == SALARY_DAY]
    return queueing.staffing_plan(rows.set_index("interval")["arrivals"], INTERVAL_MINUTES,
                                  aht_per_call(rows), TARGET_TIME, TARGET_LEVEL,
                                  shrinkage=SHRINKAGE)


def salary_day_hours() -> tuple[float, float]:
    """(agent-hours, scheduled staff-hours) of payday's plan."""
    plan = salary_day_plan()
    hours = INTERVAL_MINUTES / 60
    return float(plan["agents"].sum() * hours), float(plan["scheduled"].sum() * hours)


@cache
def simulated_levels(seed: int = SIM_SEED) -> tuple[float, float]:
    """Service level of the Q1 queue with :data:`SIM_AGENTS` agents in the simulation:
    (exponential, deterministic handling times)."""
    lam = Q1_CALLS / INTERVAL_SECONDS
    out = []
    for service in ("exponential", "deterministic"):
        sim = queueing.simulate(lam, Q1_AHT, SIM_AGENTS, customers=SIM_CUSTOMERS,
                                target_time=TARGET_TIME, seed=seed, service=service)
        out.append(float(sim.summary["service_level"]))
    return out[0], out[1]


# -------------------------------------------------------------------------- helpers

# -------------------------------------------------------------------------- task 1
def principle_number(value: Any) -> int | None:
    """1–8 from a number, a digit, or words of the principle (English or Chinese)."""
    if isinstance(value, (bool, np.bool_)):
        return None
    if isinstance(value, (int, np.integer)) or (
            isinstance(value, (float, np.floating)) and float(value).is_integer()):
        n = int(value)
        return n if n in PRINCIPLES else None
    if not isinstance(value, str):
        return None
    text = " ".join(value.strip().casefold().replace("_", " ").split())
    if text.isdigit():
        return int(text) if int(text) in PRINCIPLES else None
    # longest matching word wins ("unoccupied" before "occupied", "unfair" before "fair")
    best: tuple[int, int] | None = None
    for n, words in _PRINCIPLE_WORDS.items():
        for w in words:
            if w in text and (best is None or len(w) > best[0]):
                best = (len(w), n)
    return best[1] if best else None


def _maister_answer(answer: Any) -> dict[str, Any]:
    if isinstance(answer, (Mapping, pd.Series)):
        return {str(k).strip().casefold().rstrip(")."): v for k, v in dict(answer).items()}
    if isinstance(answer, (list, tuple)) and len(answer) == len(SITUATIONS):
        return dict(zip(SITUATIONS, answer, strict=True))
    if isinstance(answer, (list, tuple)):
        raise _mismatch("wrong_shape", "check.expected_len", expected=len(SITUATIONS),
                        got=len(answer))
    raise _mismatch("wrong_type", "queues.bank.maister.type", got=describe(answer))


def _compare_maister(answer: Any, expected: Mapping[str, int]) -> None:
    given = _maister_answer(answer)
    missing = [k for k in expected if k not in given]
    if missing:
        raise _mismatch("wrong_shape", "queues.bank.maister.missing", letters=", ".join(missing))
    unknown = [k for k in expected if principle_number(given[k]) is None]
    if unknown:
        raise _mismatch("fail", "queues.bank.maister.unknown", letter=unknown[0],
                        value=str(given[unknown[0]])[:40])
    got = {k: principle_number(given[k]) for k in expected}
    wrong = [k for k in expected if got[k] != expected[k]]
    if not wrong:
        return
    credit = 1 - len(wrong) / len(expected)
    first = wrong[0]
    pair = {got[first], expected[first]}
    if pair == {4, 5}:
        raise _mismatch("fail", "queues.bank.maister.uncertain_unexplained", credit=credit,
                        n=len(wrong), letter=first)
    if pair == {1, 2}:
        raise _mismatch("fail", "queues.bank.maister.occupied_preprocess", credit=credit,
                        n=len(wrong), letter=first)
    raise _mismatch("fail", "queues.bank.maister.wrong", credit=credit, n=len(wrong),
                    total=len(expected), letter=first)


# -------------------------------------------------------------------------- task 2
def _compare_traffic(answer: Any, expected: float) -> None:
    value = _number(answer)
    if _close(value, expected, 0.01):
        return
    row = busiest_half_hour()
    calls, aht = float(row["arrivals"]), float(row["aht_seconds"])
    if _close(value, calls * aht / 3600, 0.01):
        raise _mismatch("fail", "queues.bank.traffic.hour")
    if any(_close(value, calls * aht / d, 0.05) for d in (30, 60, 1)):
        raise _mismatch("fail", "queues.bank.traffic.units")
    if any(_close(value, calls * h / INTERVAL_SECONDS, 0.01)
           for h in (aht_per_call(hotline()), float(hotline()["aht_seconds"].mean()))):
        raise _mismatch("fail", "queues.bank.traffic.aht")
    raise _mismatch("fail", "queues.bank.traffic.wrong", calls=int(calls))


# -------------------------------------------------------------------------- task 3
_Q1_KEYS = (("p_wait", "pwait", "p(wait)", "c", "erlang_c", "probability"),
            ("service_level", "sl", "service level", "sl(20)"),
            ("asa", "average_wait", "average wait", "average speed of answer"))


def _compare_q1(answer: Any, expected: Mapping[str, float]) -> None:
    p, sl, asa = (_number(v) for v in _values(answer, _Q1_KEYS))
    if any(1 < v <= 100 for v in (p, sl)):
        raise _mismatch("fail", "queues.bank.share.percent")
    ok = [_close(p, expected["p_wait"], 5e-4), _close(sl, expected["service_level"], 5e-4),
          _close(asa, expected["asa"], 0.05)]
    if all(ok):
        return
    credit = sum(ok) / 3
    a, n = q1_traffic(), Q1_AGENTS
    if not ok[0] and _close(p, queueing.erlang_b(a, n), 5e-4):
        raise _mismatch("fail", "queues.bank.erlang.erlang_b", credit=credit)
    if not ok[1] and _close(sl, 1 - expected["p_wait"], 5e-4):
        raise _mismatch("fail", "queues.bank.erlang.sl_no_time", credit=credit)
    if not ok[2] and _close(asa, expected["asa"] / 60, 0.005):
        raise _mismatch("fail", "queues.bank.erlang.asa_minutes", credit=credit)
    if not ok[2] and _close(asa, Q1_AHT / (n - a), 0.05):
        raise _mismatch("fail", "queues.bank.erlang.asa_waiters", credit=credit)
    if not ok[0] and _close(p, queueing.erlang_c(a / 2, n), 5e-4):
        raise _mismatch("fail", "queues.bank.erlang.hour", credit=credit)
    which = [k[0] for k, good in zip(_Q1_KEYS, ok, strict=True) if not good]
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(which))


# -------------------------------------------------------------------------- task 4
_STAFF_KEYS = (("agents", "n", "raw", "raw_agents", "agents_needed"),
               ("scheduled", "staff", "scheduled_staff", "positions"))


def _whole(x: Any) -> float:
    value = _number(x)
    if not value.is_integer():
        raise _mismatch("fail", "queues.bank.staff.whole", value=f"{value:g}")
    return value


def _compare_staffing(answer: Any, expected: tuple[int, int]) -> None:
    agents, scheduled = (_whole(v) for v in _values(answer, _STAFF_KEYS))
    e_agents, e_sched = expected
    ok = [agents == e_agents, scheduled == e_sched]
    if all(ok):
        return
    credit = sum(ok) / 2
    a = q1_traffic()
    if agents == e_sched and scheduled == e_agents:
        raise _mismatch("fail", "queues.bank.staff.swapped", credit=0.5)
    if not ok[1] and scheduled in (math.ceil(agents * (1 + SHRINKAGE)),
                                   round(agents * (1 + SHRINKAGE))):
        raise _mismatch("fail", "queues.bank.staff.times", credit=credit,
                        s=f"{SHRINKAGE:.0%}", one=f"{1 - SHRINKAGE:.0%}")
    if not ok[1] and scheduled == math.floor(agents / (1 - SHRINKAGE)):
        raise _mismatch("fail", "queues.bank.staff.round_down", credit=credit)
    if not ok[0] and agents < e_agents and agents > a:
        sl = queueing.service_level(a, int(agents), Q1_AHT, TARGET_TIME)
        raise _mismatch("fail", "queues.bank.staff.too_few", credit=credit, n=int(agents),
                        sl=f"{sl:.1%}", target=f"{TARGET_LEVEL:.0%}")
    if not ok[0] and agents <= a:
        raise _mismatch("fail", "queues.bank.staff.unstable", credit=credit, a=f"{a:g}")
    which = [k[0] for k, good in zip(_STAFF_KEYS, ok, strict=True) if not good]
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(which))


# -------------------------------------------------------------------------- task 5
def interval_label(value: Any) -> str | None:
    """'HH:MM' from '10:30', '10:30:00', '1030' (text or a whole number), or a time object;
    10.5 h is not accepted."""
    if isinstance(value, (datetime.datetime, pd.Timestamp)):
        return f"{value.hour:02d}:{value.minute:02d}"
    if isinstance(value, datetime.time):
        return f"{value.hour:02d}:{value.minute:02d}"
    if isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_)) \
            and 0 <= value < 2400:
        value = f"{int(value):04d}"  # 1030 or 930, as typed in a card's number box
    if not isinstance(value, str):
        return None
    m = re.fullmatch(r"\s*(\d{1,2})\s*[:：.]?\s*(\d{2})(?::\d{2})?\s*", value)
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2))
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


_PEAK_KEYS = (("interval", "peak", "time", "half_hour", "half hour"),
              ("agents", "n", "agents_needed"))


def _compare_monday(answer: Any, expected: Mapping[str, Any]) -> None:
    raw_interval, raw_agents = _values(answer, _PEAK_KEYS)
    interval = interval_label(raw_interval)
    if interval is None:
        raise _mismatch("wrong_type", "queues.bank.peak.interval", got=str(raw_interval)[:20])
    agents = _whole(raw_agents)
    ok_i = interval == expected["interval"]
    ok_a = agents in _monday_agents_accepted()
    if ok_i and ok_a:
        return
    credit = (ok_i + ok_a) / 2
    rows = mondays()
    by_max = rows.groupby("interval")["arrivals"].max()
    if not ok_i and interval == str(by_max.idxmax()):
        raise _mismatch("fail", "queues.bank.peak.single_day", credit=credit)
    plan = monday_plan()
    if ok_i:
        h_int = aht_per_call(rows.loc[rows["interval"] == interval])
        own = int(monday_plan(h_int).loc[interval, "agents"])
        if agents == own:
            raise _mismatch("fail", "queues.bank.peak.interval_aht", credit=credit)
        sched = math.ceil(round(expected["agents"] / (1 - SHRINKAGE), 9))
        if agents == sched:
            raise _mismatch("fail", "queues.bank.peak.shrinkage", credit=credit)
        total = rows.groupby("interval")["arrivals"].sum()
        four = queueing.required_agents(
            queueing.offered_traffic(total[interval], INTERVAL_SECONDS, aht_per_call(rows)),
            aht_per_call(rows), TARGET_TIME, TARGET_LEVEL).agents
        if agents == four:
            raise _mismatch("fail", "queues.bank.peak.sum", credit=credit)
        if agents <= math.ceil(plan.loc[interval, "traffic"]):
            raise _mismatch("fail", "queues.bank.peak.traffic", credit=credit,
                            a=f"{plan.loc[interval, 'traffic']:.1f}")
    which = [w for w, good in (("interval", ok_i), ("agents", ok_a)) if not good]
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(which))


# -------------------------------------------------------------------------- task 6
_HOURS_KEYS = (("agent_hours", "agents", "agent hours", "agent-hours"),
               ("scheduled_hours", "scheduled", "scheduled hours", "staff_hours",
                "staff hours"))


def _compare_hours(answer: Any, expected: tuple[float, float]) -> None:
    agent_h, sched_h = (_number(v) for v in _values(answer, _HOURS_KEYS))
    e_agent, e_sched = expected
    ok = [_close(agent_h, e_agent, 0.01), _close(sched_h, e_sched, 0.01)]
    if all(ok):
        return
    credit = sum(ok) / 2
    plan = salary_day_plan()
    per = INTERVAL_MINUTES / 60
    if _close(agent_h, e_sched, 0.01) and _close(sched_h, e_agent, 0.01):
        raise _mismatch("fail", "queues.bank.hours.swapped", credit=0.5)
    if _close(agent_h, e_agent / per, 0.01) or _close(sched_h, e_sched / per, 0.01):
        raise _mismatch("fail", "queues.bank.hours.half", credit=credit)
    flat = float(plan["agents"].max()) * len(plan) * per
    flat_s = float(plan["scheduled"].max()) * len(plan) * per
    if _close(agent_h, flat, 0.01) or _close(sched_h, flat_s, 0.01):
        raise _mismatch("fail", "queues.bank.hours.flat", credit=credit, hours=f"{len(plan) * per:g}")
    if not ok[1] and ok[0] and _close(sched_h, e_agent / (1 - SHRINKAGE), 0.5):
        raise _mismatch("fail", "queues.bank.hours.total_shrinkage", credit=credit)
    which = [k[0] for k, good in zip(_HOURS_KEYS, ok, strict=True) if not good]
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(which))


# -------------------------------------------------------------------------- task 7
_SIM_KEYS = (("exponential", "exp", "m/m/n", "random"),
             ("deterministic", "constant", "det", "m/d/n"))


def _compare_simulation(answer: Any, expected: tuple[float, float]) -> None:
    exp_sl, det_sl = (_number(v) for v in _values(answer, _SIM_KEYS))
    if any(1 < v <= 100 for v in (exp_sl, det_sl)):
        raise _mismatch("fail", "queues.bank.share.percent")
    e_exp, e_det = expected
    ok = [_close(exp_sl, e_exp, SIM_TOL), _close(det_sl, e_det, SIM_TOL)]
    if all(ok):
        return
    credit = sum(ok) / 2
    if _close(exp_sl, e_det, SIM_TOL) and _close(det_sl, e_exp, SIM_TOL):
        raise _mismatch("fail", "queues.bank.sim.swapped", credit=0.5)
    a = q1_traffic()
    formula = queueing.service_level(a, SIM_AGENTS, Q1_AHT, TARGET_TIME)
    if any(_close(v, formula, 5e-4) and not good
           for v, good in ((exp_sl, ok[0]), (det_sl, ok[1]))):
        raise _mismatch("fail", "queues.bank.sim.formula", credit=credit, seed=SIM_SEED)
    if any(v < 0.05 for v in (exp_sl, det_sl)):
        raise _mismatch("fail", "queues.bank.sim.units", credit=credit)
    if not ok[0] and _close(exp_sl, 1 - queueing.erlang_c(a, SIM_AGENTS), 0.02):
        raise _mismatch("fail", "queues.bank.sim.target", credit=credit, t=f"{TARGET_TIME:g}")
    if (not ok[0] and _close(exp_sl, e_exp, 0.02)) or (not ok[1] and _close(det_sl, e_det,
                                                                             0.02)):
        raise _mismatch("fail", "queues.bank.sim.other_run", credit=credit, seed=SIM_SEED,
                        n=f"{SIM_CUSTOMERS:,}")
    which = [k[0] for k, good in zip(_SIM_KEYS, ok, strict=True) if not good]
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(which))


# -------------------------------------------------------------------------- task 8



# -------------------------------------------------------------------------- answer cards
# The no-code track (exercises/nocode/queues.ipynb): tasks 1–6 and 8.
SITUATION_SHORT: dict[str, tuple[str, str]] = {
    "a": ("a) Mirrors beside slow lifts", "a）慢电梯旁的镜子"),
    "b": ("b) Nurse first, then the doctor", "b）先见护士，再等医生"),
    "c": ("c) Flight closes in 20 minutes", "c）航班二十分钟后停止登机"),
    "d": ("d) “Number 6, about 3 minutes”", "d）“第 6 位，约 3 分钟”"),
    "e": ("e) Train stopped, no reason given", "e）列车停驶，无人说明"),
    "f": ("f) Later customer served first", "f）晚来的人先办完"),
    "g": ("g) Famous specialist, checkout", "g）名医与超市收银台"),
    "h": ("h) Friends and a lone visitor", "h）结伴的朋友与独自的游客"),
}
"""Task 1's situations in a few words (the card's rows; the table above it has them in full)."""


def principle_options() -> list[tuple[int, tuple[str, str]]]:
    return [(n, (f"{n}. {en}", f"{n}. {zh}")) for n, (en, zh) in PRINCIPLES.items()]


SITUATION_ROWS = list(SITUATION_SHORT.items())
ERLANG_ROWS = [("p_wait", ("P(wait) (0–1)", "等待概率（0–1）")),
               ("service_level", ("Service level (0–1)", "服务水平（0–1）")),
               ("asa", ("ASA (seconds)", "平均应答速度（秒）"))]
STAFF_ROWS = [("agents", ("Agents on the phones", "在线坐席数")),
              ("scheduled", ("Staff to schedule", "排班人数"))]
PEAK_ROWS = [("interval", ("Busiest half hour (HH:MM)", "最繁忙的半小时（时:分）")),
             ("agents", ("Agents it needs", "所需坐席数"))]
HOURS_ROWS = [("agent_hours", ("Agent-hours", "坐席工时")),
              ("scheduled_hours", ("Scheduled staff-hours", "排班工时"))]


# -------------------------------------------------------------------------- questions
register(Question(
    "queues.t1_maister", points=2, partial=True,
    title=("Match waiting situations to Maister's principles", "把等待情境与梅斯特原则配对"),
    expected=lambda: dict(MAISTER_ANSWER), compare=_compare_maister,
    hints=[("Each situation shows one principle best. Ask what the waiting person feels: "
            "bored (occupied?), not yet started, worried, not knowing how long, not knowing "
            "why, treated unfairly, waiting for something valuable, or alone.",
            "每个情境最能体现一条原则。想一想等待的人感受到的是什么：无聊（有没有事做？）、"
            "服务还没开始、担心、不知道要等多久、不知道为什么等、被不公平对待、为有价值的服务而等，"
            "还是独自一人。"),
           ("Give a dict {letter: number}, e.g. {'a': 1, ...}; the numbers are those of the "
            "principles table. “How long” is uncertainty (4); “why” is explanation (5).",
            "以字典 {字母: 编号} 给出，例如 {'a': 1, ...}；编号见原则表。“要等多久”是不确定性（4），"
            "“为什么等”是解释（5）。")],
    card=Card.table(SITUATION_ROWS, options=principle_options, as_dict=True),
))

register(Question(
    "queues.t2_offered_traffic",
    title=("Offered traffic of the busiest half hour", "最繁忙半小时的话务量"),
    expected=peak_traffic, compare=_compare_traffic,
    hints=[("Offered traffic A = λ · AHT: calls per second times seconds per call. A half "
            "hour has 1,800 seconds.",
            "话务量 A = λ · AHT：每秒来电数乘以每通电话的秒数。半小时有 1800 秒。"),
           ("queueing.offered_traffic(arrivals, 1800, aht_seconds) with the row of the "
            "busiest half hour (hotline['arrivals'].idxmax()).",
            "用最繁忙半小时那一行（hotline['arrivals'].idxmax()）计算 "
            "queueing.offered_traffic(arrivals, 1800, aht_seconds)。")],
    card=Card.number(unit=("Erlangs", "爱尔兰")),
))

register(Question(
    "queues.t3_erlang_c", points=2, partial=True,
    title=("Erlang C for 14 agents", "14 名坐席的 Erlang C 指标"),
    expected=q1_measures, compare=_compare_q1,
    hints=[("A = 100 · 180 / 1800 = 10 Erlangs. P_wait is Erlang C, SL(20) = 1 − P_wait · "
            "exp(−(N − A) · 20 / AHT), ASA = P_wait · AHT / (N − A), in seconds.",
            "A = 100 · 180 / 1800 = 10 爱尔兰。P_wait 即 Erlang C，SL(20) = 1 − P_wait · "
            "exp(−(N − A) · 20 / AHT)，ASA = P_wait · AHT / (N − A)，单位为秒。"),
           ("queueing.erlang_c(10, 14), queueing.service_level(10, 14, 180, 20) and "
            "queueing.average_wait(10, 14, 180); give a dict with the keys p_wait, "
            "service_level and asa.",
            "使用 queueing.erlang_c(10, 14)、queueing.service_level(10, 14, 180, 20) 和 "
            "queueing.average_wait(10, 14, 180)；以含 p_wait、service_level、asa 三个键的字典给出。")],
    card=Card.table(ERLANG_ROWS, as_dict=True),
))

register(Question(
    "queues.t4_required_agents", points=2, partial=True,
    title=("Agents needed and staff to schedule", "所需坐席与排班人数"),
    expected=q1_staffing, compare=_compare_staffing,
    hints=[("Try N = 11, 12, 13 … until the service level within 20 s reaches 80 %. Then "
            "divide by (1 − shrinkage) and round up: staff who are on breaks or in training "
            "do not answer calls.",
            "依次尝试 N = 11、12、13……直到 20 秒服务水平达到 80%。再除以 (1 − 缩减率) 并向上取整："
            "休息或培训中的员工不接电话。"),
           ("queueing.required_agents(10, 180, 20, 0.8, shrinkage=0.3) returns agents and "
            "scheduled; give [agents, scheduled].",
            "queueing.required_agents(10, 180, 20, 0.8, shrinkage=0.3) 返回 agents 和 "
            "scheduled；按 [agents, scheduled] 给出。")],
    card=Card.table(STAFF_ROWS, as_dict=True, integer=True),
))

register(Question(
    "queues.t5_monday_peak", points=2, partial=True,
    title=("The average Monday's peak and the agents it needs", "平均周一的高峰及所需坐席"),
    expected=monday_peak, compare=_compare_monday,
    hints=[("Average the four Mondays half hour by half hour (mean, not sum or maximum), "
            "find the busiest half hour, and staff it for 80 % within 20 s with the "
            "Mondays' AHT per call, Σ arrivals·AHT / Σ arrivals. No shrinkage here.",
            "把四个周一按半小时求平均（取均值，不是求和或最大值），找出最繁忙的半小时，"
            "用周一每通电话的 AHT（Σ 到达量·AHT / Σ 到达量）按 20 秒内 80% 配置坐席。此处不计缩减。"),
           ("queueing.staffing_plan(mean_calls, 30, aht, 20, 0.8) gives a plan indexed by "
            "interval; take plan['arrivals'].idxmax() and the agents in that row. Give "
            "{'interval': 'HH:MM', 'agents': n}.",
            "queueing.staffing_plan(mean_calls, 30, aht, 20, 0.8) 返回按时段索引的计划；"
            "取 plan['arrivals'].idxmax() 及该行的 agents，以 {'interval': 'HH:MM', "
            "'agents': n} 给出。")],
    card=Card.table(PEAK_ROWS, as_dict=True),
))

register(Question(
    "queues.t6_agent_hours", points=2, partial=True,
    title=("Agent-hours of payday's plan", "发薪日排班计划的坐席工时"),
    expected=salary_day_hours, compare=_compare_hours,
    hints=[("Each row of a staffing plan is half an hour: agent-hours are the sum of the "
            "agents column times 0.5. Do the same with the scheduled column (after 30 % "
            "shrinkage).",
            "排班计划的每一行是半小时：坐席工时等于 agents 列之和乘以 0.5；对 scheduled 列"
            "（计入 30% 缩减后）做同样的计算。"),
           ("plan = queueing.staffing_plan(calls, 30, aht, 20, 0.8, shrinkage=0.3) for "
            "10 March with that day's AHT per call; give [plan['agents'].sum() / 2, "
            "plan['scheduled'].sum() / 2].",
            "对 3 月 10 日用当天每通电话的 AHT 计算 plan = queueing.staffing_plan(calls, 30, "
            "aht, 20, 0.8, shrinkage=0.3)；按 [plan['agents'].sum() / 2, "
            "plan['scheduled'].sum() / 2] 给出。")],
    card=Card.table(HOURS_ROWS, as_dict=True),
))

register(Question(
    "queues.t7_simulation", points=2, partial=True,
    title=("Simulation against the formula", "仿真与公式对比"),
    expected=simulated_levels, compare=_compare_simulation,
    hints=[("Use the same time unit for both rates: 100 calls per 1,800 s and AHT 180 s. "
            "Set target_time=20 and seed=11, and run once with service='exponential' and "
            "once with service='deterministic'.",
            "两个速率要用同一时间单位：每 1800 秒 100 通，AHT 180 秒。设 target_time=20、"
            "seed=11，分别以 service='exponential' 和 service='deterministic' 各运行一次。"),
           ("queueing.simulate(100 / 1800, 180, 13, target_time=20, seed=11, "
            "service=...).summary['service_level']; give [exponential, deterministic].",
            "queueing.simulate(100 / 1800, 180, 13, target_time=20, seed=11, "
            "service=...).summary['service_level']；按 [exponential, deterministic] 给出。")],
))

register(Question(
    "queues.t8_virtual_queue", points=2,
    title=("Redesign: a virtual queue for payday", "重新设计：发薪日的虚拟排队"),
    expected=lambda: None, compare=free_text(min_words=40),
    hints=[("In at least 40 words: what the caller experiences instead of waiting on hold, "
            "which principle(s) that uses, what the bank must promise (a call-back time) and "
            "keep, and when the agents handle the call-backs.",
            "至少 40 个字词：来电者不必在线等待时经历了什么、运用了哪条（哪些）原则、银行必须承诺"
            "并兑现什么（回电时间），以及坐席何时处理这些回电。"),
           ("Look back at the payday plan of task 6: the morning peak needs the most agents. "
            "A call-back booked for the afternoon moves work to hours with spare agents — "
            "say which hours, and what a caller hears instead of hold music.",
            "回顾任务 6 的发薪日排班：上午高峰需要的坐席最多。预约到下午的回电把工作转移到坐席有"
            "富余的时段——请说明是哪些时段，以及来电者听到的不再是等待音乐而是什么。")],
    rubric=(
        Criterion("experience", 1, ("Describes what the caller experiences instead of waiting "
                                    "on hold.",
                                    "描述来电者不必在线等待时实际经历了什么。")),
        Criterion("principle", 1, ("Names the queue principle(s) the design uses.",
                                   "指出设计运用了哪条（哪些）排队原则。")),
        Criterion("promise", 1, ("States the call-back time the bank promises and how it "
                                 "keeps it.",
                                 "写明银行承诺的回电时间以及如何兑现。")),
        Criterion("staffing", 1, ("Says when the agents handle the call-backs, with the hours "
                                  "of spare capacity from task 6.",
                                  "结合任务 6 中坐席富余的时段，说明坐席何时处理回电。")),
    ),
    card=Card.text(lines=8),
))
