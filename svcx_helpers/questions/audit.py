"""Questions of the audit, privacy and continuity exercise (solutions/audit.ipynb →
exercises/audit.ipynb).

Expected answers are computed with :mod:`svcx_helpers.audit` from
``data/it_service_desk_tickets.csv`` (tasks 1–3: an audit of the service desk's second
quarter), ``data/blueprints/fitness_club_membership.yml`` (tasks 4–5) and
``data/incidents.csv`` (tasks 6–7), so data, library and checks cannot drift apart. Task 7
reads the learner's first message to customers with :func:`svcx_helpers.audit.check_first_message`;
a hidden test asks that it names the service and promises the next update at a stated
time.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

import numpy as np
import pandas as pd

from .. import audit
from ..blueprint import Blueprint
from ..blueprint import load as load_blueprint
from ..core import fold_key
from ..data import load_dataset
from ..grading import Question, describe, register
from ..grading.readers import close as _close
from ..grading.readers import code as _code
from ..grading.readers import field_numbers
from ..grading.readers import mismatch as _mismatch
from ..grading.readers import number as _number

TICKETS = "it_service_desk_tickets"
QUARTER = ("2026-04-01", "2026-07-01")
"""The audited quarter: tickets created from 1 April to 30 June 2026."""
TEAM = "service_desk"
SAMPLE_N = 50
SEED = 2026
"""The audit plan: 50 tickets, drawn with ``audit.draw_sample(population, 50, seed=2026)``."""
MARGIN = 0.05
"""Task 3: the next audit's margin, ±5 percentage points at 95 %."""

BLUEPRINT = "fitness_club_membership"
INCIDENTS = "incidents"
OUTAGE = "INC-10"
"""Task 7: the salary-day app outage."""

LEVEL_NAMES = {i + 1: name for i, name in enumerate(audit.SEVERITY_NAMES)}
LEVEL_ALIASES = {
    "critical": ("危急", "sev1", "p1"), "major": ("重大", "sev2", "p2"),
    "moderate": ("较大", "sev3", "p3"), "minor": ("一般", "sev4", "p4"),
    "planning": ("计划处理", "计划", "sev5", "p5"),
}
SERVICE_WORDS = r"\bapp\b|mobile banking|mobile app|手机银行|手机\s*app|APP|App"
MIN_WORDS = 25
"""Task 7: a first message has at least this many words (Chinese: two characters a word)."""


# -------------------------------------------------------------------------- data
@cache
def population() -> pd.DataFrame:
    """The audited population: resolved tickets of the service desk created in the
    quarter, sorted by ticket id, with the conformity flags."""
    flags = audit.ticket_conformity(load_dataset(TICKETS))
    return _quarter(flags[(flags["team"] == TEAM) & flags["resolved"].notna()])


def _quarter(frame: pd.DataFrame) -> pd.DataFrame:
    inside = (frame["created"] >= QUARTER[0]) & (frame["created"] < QUARTER[1])
    return frame[inside].sort_values("ticket_id")


@cache
def sample() -> pd.DataFrame:
    return audit.draw_sample(population(), SAMPLE_N, SEED)


def sample_ids() -> list[str]:
    return sample()["ticket_id"].tolist()


def conformity() -> dict[str, float]:
    """Conforming tickets in the sample and the Wilson 95 % interval."""
    result = audit.conformity(sample()["conforming"])
    return {"conforming": int(result["conforming"]), "low": float(result["low"]),
            "high": float(result["high"])}


def next_sample_size() -> int:
    """Sample size for ±5 points at 95 %, the rate the sample found, the quarter's N."""
    rate = conformity()["conforming"] / SAMPLE_N
    return audit.sample_size(MARGIN, p=rate, population=len(population()))


@cache
def blueprint() -> Blueprint:
    return load_blueprint(BLUEPRINT)


def excess_steps() -> list[str]:
    return audit.excess_steps(blueprint())


def original_problems() -> int:
    return audit.minimisation_problems(blueprint())


@cache
def incidents() -> pd.DataFrame:
    return audit.classify_incidents(load_dataset(INCIDENTS))


def levels() -> dict[str, int]:
    table = incidents()
    return dict(zip(table["incident_id"], table["level"].astype(int), strict=True))


def outage() -> dict[str, Any]:
    row = incidents().set_index("incident_id").loc[OUTAGE]
    return {"incident": OUTAGE, "service": str(row["service"]),
            "reported": str(row["reported"])}


# -------------------------------------------------------------------------- task 1
def _ids(answer: Any) -> list[str]:
    if isinstance(answer, pd.DataFrame) and "ticket_id" in answer.columns:
        answer = answer["ticket_id"]
    if isinstance(answer, (str, bytes, Mapping)) or not isinstance(
            answer, (list, tuple, set, frozenset, np.ndarray, pd.Series, pd.Index)):
        raise _mismatch("wrong_type", "audit.bank.sample.type", got=describe(answer))
    items = list(answer.tolist() if hasattr(answer, "tolist") else answer)
    bad = [x for x in items if not isinstance(x, str)]
    if bad:
        raise _mismatch("wrong_type", "audit.bank.sample.type", got=describe(bad[0]))
    return [x.strip().upper() for x in items]


def _alternative_samples() -> dict[str, set[str]]:
    flags = audit.ticket_conformity(load_dataset(TICKETS))
    desk = flags[flags["team"] == TEAM]
    out = {"pandas": set(population().sample(SAMPLE_N, random_state=SEED)["ticket_id"])}
    for name, frame in (("all_teams", _quarter(flags[flags["resolved"].notna()])),
                        ("unresolved", _quarter(desk)),
                        ("half_year", desk[desk["resolved"].notna()].sort_values("ticket_id"))):
        out[name] = set(audit.draw_sample(frame, SAMPLE_N, SEED)["ticket_id"])
    return out


def _compare_sample(answer: Any, expected: list[str]) -> None:
    ids = _ids(answer)
    if len(ids) != SAMPLE_N:
        raise _mismatch("wrong_shape", "audit.bank.sample.size", n=SAMPLE_N, got=len(ids))
    if len(set(ids)) != len(ids):
        raise _mismatch("fail", "audit.bank.sample.twice")
    got = set(ids)
    if got == set(expected):
        return
    alt = _alternative_samples()
    if got == alt["pandas"]:
        raise _mismatch("fail", "audit.bank.sample.pandas")
    for name in ("all_teams", "unresolved", "half_year"):
        if got == alt[name]:
            raise _mismatch("fail", f"audit.bank.sample.{name}")
    outside = sorted(got - set(population()["ticket_id"]))
    if outside:
        raise _mismatch("fail", "audit.bank.sample.outside", ticket=outside[0],
                        n=len(outside))
    raise _mismatch("fail", "audit.bank.sample.other", seed=SEED)


# -------------------------------------------------------------------------- task 2
CONFORMITY_KEYS = {"conforming": ("x", "count", "符合数", "符合"),
                   "low": ("lower", "下限"), "high": ("upper", "上限")}


def _compare_conformity(answer: Any, expected: Mapping[str, float]) -> None:
    got = field_numbers(answer, CONFORMITY_KEYS, "conformity",
                        keys_message="audit.bank.keys")
    x, low, high = got["conforming"], got["low"], got["high"]
    if 0 < x < 1 and x != int(x):
        raise _mismatch("fail", "audit.bank.conformity.rate")
    if low > 1 or high > 1.5:
        raise _mismatch("fail", "standards.bank.share.percent")
    ok_x = x == expected["conforming"]
    ok_i = _close(low, expected["low"], 0.001) and _close(high, expected["high"], 0.001)
    if ok_x and ok_i:
        return
    n = SAMPLE_N
    if not ok_x and x == int(population()["conforming"].sum()):
        raise _mismatch("fail", "audit.bank.conformity.population")
    if ok_x and not ok_i:
        ex = int(expected["conforming"])
        for method in ("wald", "clopper_pearson"):
            lo, hi = audit.proportion_interval(ex, n, method=method)
            if _close(low, lo, 0.001) and _close(high, hi, 0.001):
                raise _mismatch("fail", f"audit.bank.conformity.{method}", credit=0.5)
        raise _mismatch("fail", "audit.bank.conformity.interval", credit=0.5)
    if not ok_x and 0 <= x <= n and x == int(x):
        lo, hi = audit.proportion_interval(int(x), n)
        if _close(low, lo, 0.001) and _close(high, hi, 0.001):
            raise _mismatch("fail", "audit.bank.conformity.count", credit=0.5)
    raise _mismatch("fail", "check.not_yet_right", which="conforming, low, high")


# -------------------------------------------------------------------------- task 3
def _compare_size(answer: Any, expected: int) -> None:
    n = _number(answer)
    if n == expected:
        return
    rate = conformity()["conforming"] / SAMPLE_N
    size = len(population())
    if n == audit.sample_size(MARGIN, p=rate):
        raise _mismatch("fail", "audit.bank.size.no_fpc", N=size)
    if n == audit.sample_size(MARGIN, p=0.5, population=size):
        raise _mismatch("fail", "audit.bank.size.half")
    if n == expected - 1:
        raise _mismatch("fail", "audit.bank.size.round")
    raise _mismatch("fail", "check.value_off")


# -------------------------------------------------------------------------- task 4
def _steps(answer: Any) -> list[str]:
    if isinstance(answer, (str, bytes, Mapping)) or not isinstance(
            answer, (list, tuple, set, frozenset, np.ndarray, pd.Series, pd.Index)):
        raise _mismatch("wrong_type", "audit.bank.steps.type", got=describe(answer))
    items = list(answer.tolist() if hasattr(answer, "tolist") else answer)
    ids = [s.id for s in blueprint().steps]
    out = []
    for item in items:
        text = str(item).strip().upper() if isinstance(item, str) else None
        if text not in ids:
            raise _mismatch("fail", "audit.bank.steps.unknown", value=str(item)[:20],
                            ids=", ".join(ids))
        out.append(text)
    return out


def _compare_excess(answer: Any, expected: list[str]) -> None:
    got = set(_steps(answer))
    want = set(expected)
    if got == want:
        return
    right, wrong = len(got & want), len(got - want)
    credit = max(0.0, (right - wrong) / len(want))
    table = audit.data_inventory(blueprint())
    sensitive = set(table.loc[table["sensitive"] != "", "step"])
    if got == sensitive:
        raise _mismatch("fail", "audit.bank.excess.sensitive", credit=credit)
    clean = sorted(got - want)
    if clean:
        step = clean[0]
        items = ", ".join(blueprint().step(step).collects or ()) or "—"
        raise _mismatch("fail", "audit.bank.excess.clean", credit=credit, step=step, items=items)
    only_repeated = {s for s in want
                     if set(table.loc[table["step"] == s, "flag"]) - {""} == {"repeated"}}
    missing = want - got
    if missing and missing <= only_repeated:
        raise _mismatch("fail", "audit.bank.excess.repeated", credit=credit,
                        steps=", ".join(sorted(missing)))
    raise _mismatch("fail", "audit.bank.excess.missing", credit=credit, n=len(missing))


# -------------------------------------------------------------------------- task 5
def read_redesign(answer: Any) -> dict[str, list[str]]:
    """A redesign: step id → the personal-data items it collects (a list or a
    comma-separated text; a step not named collects nothing)."""
    if isinstance(answer, pd.Series):
        answer = answer.to_dict()
    if not isinstance(answer, Mapping):
        raise _mismatch("wrong_type", "audit.bank.redesign.type", got=describe(answer))
    ids = [s.id for s in blueprint().steps]
    known = set(audit.PERSONAL_DATA) | {i for s in blueprint().steps
                                         for i in (s.collects or ()) + (s.uses or ())}
    out: dict[str, list[str]] = {}
    for key, value in answer.items():
        step = str(key).strip().upper()
        if step not in ids:
            raise _mismatch("fail", "audit.bank.steps.unknown", value=str(key)[:20],
                            ids=", ".join(ids))
        if value is None:
            value = []
        if isinstance(value, str):
            value = [p for p in value.replace("，", ",").split(",") if p.strip()]
        if not isinstance(value, (list, tuple, set, frozenset, np.ndarray, pd.Series)):
            raise _mismatch("wrong_type", "audit.bank.redesign.items", step=step,
                            got=describe(value))
        items = []
        for item in list(value):
            name = fold_key(item) if isinstance(item, str) else None
            if name not in known:
                raise _mismatch("fail", "audit.bank.redesign.unknown", step=step,
                                value=str(item)[:30], known=", ".join(sorted(known)))
            items.append(name)
        out[step] = items
    return out


def _compare_redesign(answer: Any, expected: int) -> None:
    design = audit.with_collection(blueprint(), read_redesign(answer))
    if audit.minimisation_problems(design) == 0:
        return
    # partial credit against the original design's problems; a gap (an item a step needs
    # but can no longer get) breaks the service and counts twice
    missing = audit.missing_data(design)
    problems = audit.minimisation_problems(design) + len(missing)
    credit = max(0.0, 1 - problems / expected)
    if len(missing):
        row = missing.iloc[0]
        raise _mismatch("fail", "audit.bank.redesign.missing", credit=credit, step=row["step"],
                        item=row["item"], n=len(missing))
    table = audit.data_inventory(design)
    for flag in ("repeated", "unused"):
        hit = table[table["flag"] == flag]
        if len(hit):
            row = hit.iloc[0]
            raise _mismatch("fail", f"audit.bank.redesign.{flag}", credit=credit,
                            step=row["step"], item=row["item"], n=len(hit))


# -------------------------------------------------------------------------- task 6
def _level_of(value: Any) -> int | None:
    if isinstance(value, (bool, np.bool_)):
        return None
    if isinstance(value, (int, np.integer)) or (isinstance(value, (float, np.floating))
                                                and float(value).is_integer()):
        return int(value) if 1 <= int(value) <= 5 else None
    name = _code(value, LEVEL_ALIASES)
    return None if name is None else audit.SEVERITY_NAMES.index(name) + 1


def read_levels(answer: Any) -> dict[str, int]:
    """Incident id → level 1–5 (a dict or Series; levels as numbers or names)."""
    if isinstance(answer, pd.Series):
        answer = answer.to_dict()
    if not isinstance(answer, Mapping):
        raise _mismatch("wrong_type", "audit.bank.levels.type", got=describe(answer))
    ids = {fold_key(i): i for i in incidents()["incident_id"]}
    out: dict[str, int] = {}
    for key, value in answer.items():
        incident = ids.get(fold_key(key)) if isinstance(key, str) else None
        if incident is None:
            raise _mismatch("fail", "audit.bank.levels.unknown", value=str(key)[:20])
        level = _level_of(value)
        if level is None:
            raise _mismatch("wrong_type", "audit.bank.levels.value", incident=incident,
                            got=describe(value))
        out[incident] = level
    return out


def _levels_if(**changes: Any) -> dict[str, int]:
    table = load_dataset(INCIDENTS).assign(**changes)
    out = audit.classify_incidents(table)
    return dict(zip(out["incident_id"], out["level"].astype(int), strict=True))


def _numbers_only() -> dict[str, int]:
    table = load_dataset(INCIDENTS)
    rows = {}
    for r in table.itertuples():
        impact = audit.impact_level(r.customers_affected)
        urgency = audit.urgency_level(r.hours_to_harm, bool(r.workaround))
        rows[r.incident_id] = audit.severity(impact, urgency)
    return rows


def _compare_levels(answer: Any, expected: Mapping[str, int]) -> None:
    got = read_levels(answer)
    missing = [i for i in expected if i not in got]
    if missing:
        raise _mismatch("wrong_shape", "audit.bank.levels.missing", n=len(missing),
                        first=missing[0], total=len(expected))
    wrong = [i for i in expected if got[i] != expected[i]]
    if not wrong:
        return
    credit = 1 - len(wrong) / len(expected)

    def agrees(other: Mapping[str, int]) -> bool:
        return all(got[i] == other[i] for i in wrong)

    if agrees(_levels_if(workaround=0)):
        raise _mismatch("fail", "audit.bank.levels.workaround", credit=credit)
    if agrees(_numbers_only()):
        raise _mismatch("fail", "audit.bank.levels.numbers", credit=credit)
    if all(got[i] == 6 - expected[i] for i in wrong):
        raise _mismatch("fail", "audit.bank.levels.reversed", credit=credit)
    raise _mismatch("fail", "check.n_wrong", credit=credit, n=len(wrong), total=len(expected),
                    where=wrong[0])


# -------------------------------------------------------------------------- task 7
def words(text: str) -> int:
    """Words of a text; a Chinese text counts two characters as a word."""
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    latin = "".join(" " if "\u4e00" <= ch <= "\u9fff" else ch for ch in text)
    return len(latin.split()) + cjk // 2


def read_message(answer: Any) -> str:
    if not isinstance(answer, str):
        raise _mismatch("wrong_type", "check.expected_type", expected="str",
                        got=describe(answer))
    return answer.strip()


def _compare_message(answer: Any, expected: Mapping[str, Any]) -> None:
    text = read_message(answer)
    if words(text) < MIN_WORDS:
        raise _mismatch("fail", "audit.bank.message.short", n=MIN_WORDS, got=words(text))
    review = audit.check_first_message(text)
    credit = review.score / len(review.ELEMENTS)
    if review.missing:
        first = review.missing[0]
        raise _mismatch("fail", "audit.bank.message.missing", credit=credit,
                        elements=", ".join(review.name_of(k) for k in review.missing),
                        advice=review.advice(first))
    if review.found.get("avoid"):
        raise _mismatch("fail", "audit.bank.message.avoid", credit=0.8,
                        words=", ".join(review.found["avoid"]))


# -------------------------------------------------------------------------- questions
register(Question(
    "audit.t1_sample", points=1,
    title=("Draw the audit sample with the stated seed", "按规定的随机种子抽取审计样本"),
    expected=sample_ids, compare=_compare_sample,
    hints=[("The population is the service desk's resolved tickets created from 1 April to "
            "30 June 2026, sorted by ticket_id. Draw 50 of them with "
            "audit.draw_sample(population, 50, seed=2026).",
            "总体是服务台在 2026 年 4 月 1 日至 6 月 30 日创建且已解决的工单，按 ticket_id 排序。"
            "用 audit.draw_sample(population, 50, seed=2026) 从中抽取 50 张。"),
           ("Filter with (flags['team'] == 'service_desk') & flags['resolved'].notna() and "
            "the creation dates, sort by ticket_id, draw, and give "
            "sample['ticket_id'].tolist().",
            "用 (flags['team'] == 'service_desk') & flags['resolved'].notna() 和创建日期筛选，"
            "按 ticket_id 排序后抽样，给出 sample['ticket_id'].tolist()。")],
))

register(Question(
    "audit.t2_conformity", points=2, partial=True,
    title=("Conformity of the sample with a Wilson interval", "样本符合率及其 Wilson 区间"),
    expected=conformity, compare=_compare_conformity,
    hints=[("A ticket conforms when its first response came within 4 hours and it was "
            "resolved no later than promised (audit.ticket_conformity). Count the "
            "conforming tickets of the sample and give the Wilson 95 % interval of the rate.",
            "工单符合标准的条件是：4 小时内首次响应，且不晚于承诺时间解决（audit.ticket_conformity）。"
            "数出样本中符合的工单，并给出符合率的 Wilson 95% 区间。"),
           ("audit.conformity(sample['conforming']) gives 'conforming', 'low' and 'high'; "
            "give {'conforming': ..., 'low': ..., 'high': ...}.",
            "audit.conformity(sample['conforming']) 给出 'conforming'、'low' 和 'high'；"
            "请给出 {'conforming': ..., 'low': ..., 'high': ...}。")],
))

register(Question(
    "audit.t3_sample_size", points=1,
    title=("The sample size of the next audit", "下一次审计的样本量"),
    expected=next_sample_size, compare=_compare_size,
    hints=[("n₀ = z²·p(1−p)/E² with z = 1.96, E = 0.05 and p the conformity rate your "
            "sample found; then correct for the finite population of the quarter: "
            "n = n₀ / (1 + (n₀ − 1)/N), rounded up.",
            "n₀ = z²·p(1−p)/E²，其中 z = 1.96，E = 0.05，p 为样本得到的符合率；再按本季度的有限总体"
            "修正：n = n₀ / (1 + (n₀ − 1)/N)，向上取整。"),
           ("audit.sample_size(0.05, p=rate, population=len(population)).",
            "audit.sample_size(0.05, p=rate, population=len(population))。")],
))

register(Question(
    "audit.t4_excess_steps", points=2, partial=True,
    title=("Steps that collect more personal data than they need",
           "收集了超出所需个人信息的步骤"),
    expected=excess_steps, compare=_compare_excess,
    hints=[("A step collects more than it needs when it asks for an item that no step uses, "
            "or for an item an earlier step has already collected. Compare each step's "
            "'collects' with every step's 'uses'.",
            "如果某个步骤收集的信息没有任何步骤使用，或者前面的步骤已经收集过，它就收集了超出所需的"
            "信息。请把每个步骤的 'collects' 与所有步骤的 'uses' 对照。"),
           ("audit.data_inventory(bp) flags each collected item 'unused' or 'repeated'; "
            "give the ids of the steps with a flag (audit.excess_steps).",
            "audit.data_inventory(bp) 把每项收集的信息标为 'unused' 或 'repeated'；请给出带有标记的"
            "步骤编号（audit.excess_steps）。")],
))

register(Question(
    "audit.t5_redesign", points=2, partial=True,
    title=("Redesign the collection: only what is used, once, in time",
           "重新设计信息收集：只收所用、只收一次、用前收集"),
    expected=original_problems, compare=_compare_redesign,
    hints=[("Every item some step uses must be collected once, at that step or an earlier "
            "one; nothing else is collected. What a step uses does not change.",
            "凡是有步骤要用的信息，都要在该步骤或更早的步骤收集一次；其他信息一概不收。各步骤使用"
            "什么信息保持不变。"),
           ("Give a dict {step id: [items]} for the steps that still collect something, "
            "e.g. {'O1': ['name', 'phone'], …}; audit.with_collection(bp, redesign) and "
            "audit.minimisation_problems(...) must give 0.",
            "请给出字典 {步骤编号: [信息项]}，只列出仍需收集信息的步骤，例如 {'O1': ['name', "
            "'phone'], …}；audit.with_collection(bp, redesign) 再经 audit.minimisation_problems(...) "
            "应得到 0。")],
))

register(Question(
    "audit.t6_severity", points=2, partial=True,
    title=("Classify the incidents with the severity matrix", "用严重程度矩阵为事件分级"),
    expected=levels, compare=_compare_levels,
    hints=[("Impact: high with personal data or safety at risk or 10,000+ customers, medium "
            "from 500. Urgency: high within 4 hours of harm (always with personal data or "
            "safety), medium within 24, else low; one level lower with a workaround. Level = "
            "impact rank + urgency rank − 1.",
            "影响范围：涉及个人信息或人身安全、或影响 1 万名以上顾客为高，500 名以上为中。紧急程度："
            "4 小时内造成严重损害为高（涉及个人信息或安全时一律为高），24 小时内为中，否则为低；有替代"
            "办法时降一级。级别 = 影响等级 + 紧急等级 − 1。"),
           ("audit.classify_incidents(incidents) adds the column 'level'; give "
            "dict(zip(table['incident_id'], table['level'])).",
            "audit.classify_incidents(incidents) 会增加 'level' 列；请给出 "
            "dict(zip(table['incident_id'], table['level']))。")],
))

register(Question(
    "audit.t7_first_message", points=3, partial=True,
    title=("The first message to customers about the app outage", "关于手机银行故障的首条客户通报"),
    expected=outage, compare=_compare_message,
    hints=[("A first message says what happened, apologises, says what you are doing, what "
            "customers can do now, when the next update comes and where to get help.",
            "首条通报要说明发生了什么、致歉、说明正在采取的措施、顾客现在可以怎么做、下次更新的时间"
            "以及到哪里求助。"),
           ("Run audit.check_first_message(my_message) and add what it finds missing; avoid "
            "blame, guesses about the cause and words that play the problem down.",
            "运行 audit.check_first_message(my_message)，补上它提示缺少的要素；避免推卸责任、猜测原因"
            "和轻描淡写的用语。")],
))


def service_named(text: str) -> bool:
    """The message names the app (English or Chinese)."""
    import re

    return re.search(SERVICE_WORDS, text, flags=re.IGNORECASE) is not None
