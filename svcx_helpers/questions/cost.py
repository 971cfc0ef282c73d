"""Questions of the cost-of-service exercise (solutions/cost.ipynb → exercises/cost.ipynb).

Expected answers are computed with :mod:`svcx_helpers.costing` from the bank branch's event
logs (``data/bank_branch_events_before.csv`` and ``_after.csv``, read with
:mod:`svcx_helpers.process`) and the cost inputs of ``data/branch_costs.csv``,
``channel_costs.csv``, ``self_service_case.csv``, ``self_service_adoption.csv`` and
``chatbot_pilot.csv``, so data, library and checks cannot drift apart. Task 8 also reads
the learner's hand-over rule for the chatbot: the check asks for a real sentence; a hidden
test asks that it names a concrete situation in which a person must take over.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

import numpy as np
import pandas as pd

from .. import costing, process
from ..core import count_words
from ..data import load_dataset
from ..grading import Question, describe, register
from ..grading.readers import clean as _clean
from ..grading.readers import close as _close
from ..grading.readers import code as _code
from ..grading.readers import field_numbers, fields
from ..grading.readers import mismatch as _mismatch
from ..grading.readers import number as _number

COSTS = "branch_costs"
CHANNELS = "channel_costs"
CASE = "self_service_case"
ADOPTION = "self_service_adoption"
PILOT = "chatbot_pilot"
LOGS = {"before": "bank_branch_events_before", "after": "bank_branch_events_after"}
ROLES = ("teller", "back_office", "advisor")
SHIFTED = "card_issue"
"""The request type the business case moves from the counter to the mobile app."""
MIN_WORDS = 12

CAUSES: dict[str, tuple[str, ...]] = {
    "rework": ("the rework loop", "repeated documents", "repeated check", "incomplete documents",
               "missing documents", "fill in form again", "repeat", "repetition", "rework loop",
               "返工", "重复", "材料不全", "返工循环"),
    "approval": ("back office approval", "back-office approval", "back office", "审批",
                 "后台审批"),
    "advisor": ("loan advisor", "loan consultation", "贷款顾问", "贷款咨询"),
    "waiting": ("wait", "queue", "queueing", "等待", "排队"),
}


# -------------------------------------------------------------------------- data
@cache
def costs() -> pd.DataFrame:
    return load_dataset(COSTS)


@cache
def log(period: str) -> pd.DataFrame:
    return process.load_log(load_dataset(LOGS[period]))


@cache
def rates_table(period: str) -> pd.DataFrame:
    return costing.rates(costs(), period)


@cache
def cases(period: str) -> pd.DataFrame:
    return costing.case_costs(log(period), rates_table(period))


@cache
def variant_table() -> pd.DataFrame:
    return costing.variant_costs(log("before"), rates_table("before"))


@cache
def channels() -> pd.Series:
    return load_dataset(CHANNELS).set_index("channel")["cost"].astype(float)


@cache
def case_parameters() -> pd.Series:
    return load_dataset(CASE).set_index("parameter")["value"].astype(float)


@cache
def adoption_table() -> pd.DataFrame:
    return load_dataset(ADOPTION)


@cache
def pilot() -> pd.DataFrame:
    return load_dataset(PILOT)


def adoption(scenario: str = "base") -> float:
    """The adoption of the app over all card requests: Σ share × adoption of the age
    groups."""
    table = adoption_table()
    return float((table["share"] * table[scenario]).sum())


def counter_cost() -> float:
    """Mean time-driven ABC cost of a card request at the branch after the redesign."""
    after = cases("after")
    return float(after.loc[after["service"] == SHIFTED, "cost"].mean())


def volume() -> float:
    """Card requests a year: the after log's fortnight × fortnights a year × branches."""
    p = case_parameters()
    n = int((cases("after")["service"] == SHIFTED).sum())
    return float(n * p["fortnights_per_year"] * p["branches"])


def case_kwargs(**changes: Any) -> dict[str, Any]:
    """Keyword arguments of :func:`costing.shift_roi` for the business case."""
    p = case_parameters()
    kw = {"volume": volume(), "counter_cost": counter_cost(),
          "self_cost": float(channels()["app_card_request"]),
          "investment": float(p["investment"]), "fallback": float(p["fallback"]),
          "running": float(p["running"]), "years": int(p["years"]), "rate": float(p["rate"])}
    kw.update(changes)
    return kw


def bot_prices() -> dict[str, float]:
    c = channels()
    return {"bot": float(c["chatbot"]), "human": float(c["online_agent"]),
            "handover": float(c["handover"])}


def routes() -> pd.DataFrame:
    return costing.containment(pilot(), **bot_prices())


# -------------------------------------------------------------------------- expected
def rates() -> dict[str, float]:
    table = rates_table("before")
    return {r: float(table.loc[r, "rate"]) for r in ROLES}


def case_cost() -> dict[str, float]:
    return {p: float(cases(p)["cost"].mean()) for p in LOGS}


def variant() -> dict[str, Any]:
    table = variant_table()
    top = table["cost_mean"].idxmax()
    return {"variant": str(table.loc[top, "variant"]), "label": str(top),
            "cost": float(table.loc[top, "cost_mean"]), "cause": "rework"}


def rework() -> dict[str, float]:
    return {p: float(cases(p)["rework_cost"].sum()) for p in LOGS}


def unused() -> dict[str, float]:
    return {p: float(costing.capacity_use(log(p), rates_table(p)).loc["total", "unused_cost"])
            for p in LOGS}


def roi() -> dict[str, float]:
    r = costing.shift_roi(adoption=adoption("base"), **case_kwargs())
    return {"annual_net": float(r["annual_net"]), "roi": float(r["roi"]),
            "payback": float(r["payback_years"])}


def break_even() -> float:
    kw = case_kwargs()
    kw.pop("counter_cost"), kw.pop("volume")
    return float(costing.break_even_adoption(volume(), counter_cost(), **kw))


def human_intents() -> list[str]:
    r = routes().drop("all")
    return sorted(r.index[r["route"] == "human"])


def chatbot() -> dict[str, Any]:
    return {"human": human_intents(), "rule": MIN_WORDS}


# -------------------------------------------------------------------------- helpers
def _fields(answer: Any, keys: Mapping[str, tuple[str, ...]], what: str) -> dict[str, Any]:
    return fields(answer, keys, what, keys_message="check.bank.keys")


def _numbers(answer: Any, keys: Mapping[str, tuple[str, ...]], what: str) -> dict[str, float]:
    return field_numbers(answer, keys, what, keys_message="check.bank.keys")


def _which(oks: Mapping[str, bool]) -> str:
    return ", ".join(k for k, ok in oks.items() if not ok)


# -------------------------------------------------------------------------- task 1
RATE_KEYS = {"teller": ("tellers", "柜员"), "back_office": ("back office", "后台审核员", "后台"),
             "advisor": ("loan_advisor", "贷款顾问", "顾问")}


def _compare_rates(answer: Any, expected: Mapping[str, float]) -> None:
    got = _numbers(answer, RATE_KEYS, "rates")
    wrong = [k for k in RATE_KEYS if not _close(got[k], expected[k], 0.001)]
    if not wrong:
        return
    credit = 1 - len(wrong) / len(RATE_KEYS)
    table = rates_table("before")
    if all(_close(got[k], expected[k] * 0.8, 0.001) for k in wrong):
        raise _mismatch("fail", "costing.bank.rates.theoretical", credit=credit)
    if all(_close(got[k], expected[k] * 60, 0.06) for k in wrong):
        raise _mismatch("fail", "costing.bank.rates.hour", credit=credit)
    if any(_close(got[k], expected[k] * table.loc[k, "units"], 0.001)
           or _close(got[k], expected[k] / table.loc[k, "units"], 0.001)
           for k in wrong if table.loc[k, "units"] > 1):
        raise _mismatch("fail", "costing.bank.rates.units", credit=credit)
    raise _mismatch("fail", "check.n_wrong", credit=credit, n=len(wrong),
                    total=len(RATE_KEYS), where=wrong[0])


# -------------------------------------------------------------------------- task 2
PERIOD_KEYS = {"before": ("pre", "redesign_before", "改造前", "之前"),
               "after": ("post", "redesign_after", "改造后", "之后")}


def _compare_case_cost(answer: Any, expected: Mapping[str, float]) -> None:
    got = _numbers(answer, PERIOD_KEYS, "case_cost")
    oks = {k: _close(got[k], expected[k], 0.05) for k in PERIOD_KEYS}
    if all(oks.values()):
        return
    credit = 0.5 * sum(oks.values())
    if got["before"] < got["after"] and not any(oks.values()) and _close(
            got["before"], expected["after"], 0.05):
        raise _mismatch("fail", "costing.bank.case.swapped", credit=credit)
    spread = {p: float(costing.capacity_use(log(p), rates_table(p)).loc["total",
                                                                         "supplied_cost"])
              / len(cases(p)) for p in PERIOD_KEYS}
    if any(_close(got[k], spread[k], 0.05) for k, ok in oks.items() if not ok):
        raise _mismatch("fail", "costing.bank.case.spread", credit=credit)
    if any(_close(got[k], float(cases(k)["minutes"].mean()), 0.05) for k in PERIOD_KEYS):
        raise _mismatch("fail", "costing.bank.case.minutes", credit=credit)
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=_which(oks))


# -------------------------------------------------------------------------- task 3
VARIANT_KEYS = {"variant": ("path", "label", "变体"), "cost": ("cost_mean", "mean_cost", "成本"),
                "cause": ("reason", "why", "原因")}


def _variant_code(value: Any) -> str | None:
    """The label (V1 …) a learner's variant answer names: a label, or the path with
    "→", "->", "," or ";" between the activities."""
    table = variant_table()
    if not isinstance(value, str):
        return None
    text = value.strip()
    if re.fullmatch(r"[Vv]\d+", text) and text.upper() in table.index:
        return text.upper()
    steps = [_clean(s) for s in re.split(r"→|->|,|;|>", text) if s.strip()]
    for label, path in table["variant"].items():
        if steps == [_clean(s) for s in path.split(" → ")]:
            return str(label)
    return None


def _compare_variant(answer: Any, expected: Mapping[str, Any]) -> None:
    got = _fields(answer, VARIANT_KEYS, "variant")
    label = _variant_code(got["variant"])
    if label is None:
        raise _mismatch("fail", "costing.bank.variant.unknown",
                        value=str(got["variant"])[:40])
    cost = _number(got["cost"])
    cause = _code(got["cause"], CAUSES)
    if cause is None:
        raise _mismatch("fail", "costing.bank.variant.cause", value=str(got["cause"])[:30],
                        causes=", ".join(CAUSES))
    oks = {"variant": label == expected["label"], "cost": _close(cost, expected["cost"], 0.05),
           "cause": cause == expected["cause"]}
    if all(oks.values()):
        return
    credit = sum(oks.values()) / 3
    table = variant_table()
    if not oks["variant"] and label == table["cost_total"].idxmax():
        raise _mismatch("fail", "costing.bank.variant.total", credit=credit)
    if oks["variant"] and not oks["cause"]:
        raise _mismatch("fail", NOT_THE_CAUSE[cause], credit=credit)
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=_which(oks))


NOT_THE_CAUSE = {"approval": "costing.bank.variant.not_approval",
                 "advisor": "costing.bank.variant.not_advisor",
                 "waiting": "costing.bank.variant.not_waiting"}


# -------------------------------------------------------------------------- task 4
def _compare_rework(answer: Any, expected: Mapping[str, float]) -> None:
    got = _numbers(answer, PERIOD_KEYS, "rework")
    oks = {k: _close(got[k], expected[k], 0.5) for k in PERIOD_KEYS}
    if all(oks.values()):
        return
    credit = 0.5 * sum(oks.values())
    whole = {p: float(cases(p).loc[cases(p)["rework"] > 0, "cost"].sum()) for p in PERIOD_KEYS}
    if any(_close(got[k], whole[k], 0.5) for k, ok in oks.items() if not ok):
        raise _mismatch("fail", "costing.bank.rework.whole_case", credit=credit)
    count = {p: float((cases(p)["rework"] > 0).sum()) for p in PERIOD_KEYS}
    if any(_close(got[k], count[k], 0.5) for k, ok in oks.items() if not ok):
        raise _mismatch("fail", "costing.bank.rework.count", credit=credit)
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=_which(oks))


# -------------------------------------------------------------------------- task 5
def _compare_unused(answer: Any, expected: Mapping[str, float]) -> None:
    got = _numbers(answer, PERIOD_KEYS, "unused")
    oks = {k: _close(got[k], expected[k], 5.0) for k in PERIOD_KEYS}
    if all(oks.values()):
        return
    credit = 0.5 * sum(oks.values())
    uses = {p: costing.capacity_use(log(p), rates_table(p)).loc["total"] for p in PERIOD_KEYS}
    wrong = [k for k, ok in oks.items() if not ok]
    if all(_close(got[k], float(uses[k]["unused"]), 5.0) for k in wrong):
        raise _mismatch("fail", "costing.bank.unused.minutes", credit=credit)
    if all(_close(got[k], expected[k] * 63 / 10, 30.0) for k in wrong):
        raise _mismatch("fail", "costing.bank.unused.quarter", credit=credit)
    theoretical = {p: float(uses[p]["supplied_cost"] - uses[p]["used_cost"] * 0.8)
                   for p in PERIOD_KEYS}
    if all(_close(got[k], theoretical[k], 5.0) for k in wrong):
        raise _mismatch("fail", "costing.bank.unused.theoretical", credit=credit)
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=_which(oks))


# -------------------------------------------------------------------------- task 6
ROI_KEYS = {"annual_net": ("net", "saving", "annual_saving", "每年净节约"),
            "roi": ("return", "投资回报率"),
            "payback": ("payback_years", "回收期")}


def _variants_of_case() -> dict[str, dict[str, float]]:
    base = adoption("base")
    table = adoption_table()
    out = {
        "unweighted": costing.shift_roi(adoption=float(table["base"].mean()), **case_kwargs()),
        "no_fallback": costing.shift_roi(adoption=base, **case_kwargs(fallback=0.0)),
        "no_running": costing.shift_roi(adoption=base, **case_kwargs(running=0.0)),
        "before_cost": costing.shift_roi(adoption=base, **case_kwargs(counter_cost=float(
            cases("before").loc[cases("before")["service"] == SHIFTED, "cost"].mean()))),
    }
    return {k: {"annual_net": float(v["annual_net"]), "roi": float(v["roi"])}
            for k, v in out.items()}


ROI_MISTAKES = {"unweighted": "costing.bank.roi.unweighted",
                "no_fallback": "costing.bank.roi.no_fallback",
                "no_running": "costing.bank.roi.no_running",
                "before_cost": "costing.bank.roi.before_cost"}


def _compare_roi(answer: Any, expected: Mapping[str, float]) -> None:
    got = _numbers(answer, ROI_KEYS, "roi")
    if abs(got["roi"]) > 3 and _close(got["roi"], 100 * expected["roi"], 1.0):
        raise _mismatch("fail", "standards.bank.share.percent",
                        credit=(_close(got["annual_net"], expected["annual_net"], 500) / 3))
    oks = {"annual_net": _close(got["annual_net"], expected["annual_net"], 500),
           "roi": _close(got["roi"], expected["roi"], 0.01),
           "payback": _close(got["payback"], expected["payback"], 0.05)}
    if all(oks.values()):
        return
    credit = sum(oks.values()) / 3
    for mistake, v in _variants_of_case().items():
        if not oks["annual_net"] and _close(got["annual_net"], v["annual_net"], 500):
            raise _mismatch("fail", ROI_MISTAKES[mistake], credit=credit)
    if oks["annual_net"] and not oks["payback"] and _close(
            got["payback"], expected["payback"] * 12, 0.6):
        raise _mismatch("fail", "costing.bank.roi.months", credit=credit)
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=_which(oks))


# -------------------------------------------------------------------------- task 7
def _compare_break_even(answer: Any, expected: float) -> None:
    got = _number(answer)
    if _close(got, expected, 0.005):
        return
    if 1 < got <= 100 and _close(got, 100 * expected, 0.5):
        raise _mismatch("fail", "standards.bank.share.percent")
    kw = case_kwargs()
    kw.pop("counter_cost"), kw.pop("volume")
    no_running = costing.break_even_adoption(volume(), counter_cost(), **{**kw, "running": 0})
    if _close(got, no_running, 0.005):
        raise _mismatch("fail", "costing.bank.break_even.running")
    one_year = costing.break_even_adoption(volume(), counter_cost(), **{**kw, "years": 1})
    if _close(got, one_year, 0.005):
        raise _mismatch("fail", "costing.bank.break_even.one_year")
    if _close(got, adoption("base"), 0.0005):
        raise _mismatch("fail", "costing.bank.break_even.base")
    no_fallback = costing.break_even_adoption(volume(), counter_cost(),
                                              **{**kw, "fallback": 0.0})
    if _close(got, no_fallback, 0.0005):
        raise _mismatch("fail", "costing.bank.break_even.fallback")
    raise _mismatch("fail", "costing.bank.break_even.wrong")


# -------------------------------------------------------------------------- task 8
CHATBOT_KEYS = {"human": ("to_human", "person", "people", "转人工"),
                "rule": ("handover_rule", "hand_over_rule", "规则")}


def read_chatbot(answer: Any) -> dict[str, Any]:
    """The list of intents (codes or Chinese names, a list, tuple, set or Series or one
    comma-separated text) and the rule text of a task-8 answer."""
    if not isinstance(answer, Mapping):
        raise _mismatch("wrong_type", "check.bank.keyed_type", what="chatbot",
                        keys=", ".join(CHATBOT_KEYS), got=describe(answer))
    got = _fields(answer, CHATBOT_KEYS, "chatbot")
    raw = got["human"]
    if isinstance(raw, str):
        raw = [s for s in re.split(r"[,;，、]", raw) if s.strip()]
    elif isinstance(raw, (pd.Series, pd.Index, np.ndarray)):
        raw = list(raw)
    if not isinstance(raw, (list, tuple, set, frozenset)):
        raise _mismatch("wrong_type", "costing.bank.bot.list", got=describe(got["human"]))
    names = {str(i): (str(z),) for i, z in zip(pilot()["intent"], pilot()["intent_zh"],
                                                strict=True)}
    intents = []
    for item in raw:
        c = _code(item, names)
        if c is None:
            raise _mismatch("fail", "costing.bank.bot.unknown", value=str(item)[:30],
                            intents=", ".join(names))
        intents.append(c)
    if not isinstance(got["rule"], str):
        raise _mismatch("wrong_type", "recovery.bank.reflection.text", field="rule",
                        got=describe(got["rule"]))
    return {"human": sorted(set(intents)), "rule": got["rule"].strip()}


def _compare_chatbot(answer: Any, expected: Mapping[str, Any]) -> None:
    got = read_chatbot(answer)
    everyone = list(pilot()["intent"])
    want = set(expected["human"])
    wrong = [i for i in everyone if (i in got["human"]) != (i in want)]
    words = count_words(got["rule"])
    ok_rule = words >= MIN_WORDS
    if not wrong and ok_rule:
        return
    credit = 0.5 * (1 - len(wrong) / len(everyone)) + 0.5 * ok_rule
    if wrong:
        r = routes().drop("all")
        raw = {i for i in everyone if costing.bot_cost(r.loc[i, "containment"],
                                                        **bot_prices()) >= bot_prices()["human"]}
        if set(got["human"]) == raw:
            raise _mismatch("fail", "costing.bank.bot.raw", credit=credit)
        raise _mismatch("fail", "check.n_wrong", credit=credit, n=len(wrong),
                        total=len(everyone), where=wrong[0])
    raise _mismatch("fail", "recovery.bank.reflection.short", credit=credit, field="rule",
                    n=MIN_WORDS, got=words)


# -------------------------------------------------------------------------- questions
register(Question(
    "cost.t1_rates", points=2, partial=True,
    title=("Capacity cost rates before the redesign", "改造前的产能成本费率"),
    expected=rates, compare=_compare_rates,
    hints=[("Rate = cost of the capacity supplied ÷ practical capacity. For each role: the "
            "quarter's cost of all its people, divided by their practical minutes: units × "
            "7.5 h × 60 × 21 days × 3 months × the practical share (0.8).",
            "费率 = 所提供产能的成本 ÷ 实际可用产能。对每个角色：该角色全部人员一个季度的成本，"
            "除以他们的实际可用分钟数：人数 × 7.5 小时 × 60 × 21 天 × 3 个月 × 实际可用比例（0.8）。"),
           ("costing.rates(costs, 'before') has a column 'rate' (yuan per minute); give "
            "{'teller': ..., 'back_office': ..., 'advisor': ...}. A teller's rate is the one "
            "of METHODS.md 8.4, 0.9259.",
            "costing.rates(costs, 'before') 有一列 'rate'（元/分钟）；以 {'teller': ..., "
            "'back_office': ..., 'advisor': ...} 给出。柜员的费率与 METHODS.md 8.4 相同，为 0.9259。")],
))

register(Question(
    "cost.t2_case_cost", points=2, partial=True,
    title=("Cost per case before and after the redesign", "改造前后每个案例的成本"),
    expected=case_cost, compare=_compare_case_cost,
    hints=[("Cost each activity instance of the log at the rate of the role that did it "
            "(rate × minutes of the activity, not of the wait), add them up per case and "
            "take the mean over the 600 cases of each period, each with its own rates.",
            "按完成每项活动的角色的费率为日志中的每个活动实例计算成本（费率 × 活动分钟数，不含等待），"
            "按案例加总，再分别求两个时期各 600 个案例的平均值，每个时期用它自己的费率。"),
           ("costing.case_costs(log, costing.rates(costs, period)) has a column 'cost'; give "
            "{'before': its mean, 'after': its mean} in yuan. Unused capacity is not part of "
            "it.",
            "costing.case_costs(log, costing.rates(costs, period)) 有一列 'cost'；以元为单位给出 "
            "{'before': 其平均值, 'after': 其平均值}。未用产能不计入其中。")],
))

register(Question(
    "cost.t3_variant", points=2, partial=True,
    title=("The most expensive variant and its cause", "成本最高的流程变体及其原因"),
    expected=variant, compare=_compare_variant,
    hints=[("Group the cases of the before log by their variant (the path of activities) and "
            "compare the mean cost per case, not the total. Then compare the most expensive "
            "variant with the variant that has the same steps once: what does it do twice?",
            "把改造前日志中的案例按流程变体（活动路径）分组，比较每个案例的平均成本，而不是总成本。"
            "再把成本最高的变体与步骤相同但每步只做一次的变体比较：它把什么做了两遍？"),
           ("costing.variant_costs(log, rates) has 'variant' and 'cost_mean', labelled V1, V2 "
            "…; give {'variant': its label or path, 'cost': its mean cost, 'cause': one of "
            "'rework', 'approval', 'advisor', 'waiting'}.",
            "costing.variant_costs(log, rates) 含 'variant' 和 'cost_mean'，行标签为 V1、V2 …；"
            "以 {'variant': 标签或路径, 'cost': 平均成本, 'cause': 'rework'、'approval'、"
            "'advisor'、'waiting' 之一} 给出。")],
))

register(Question(
    "cost.t4_rework", points=2, partial=True,
    title=("The cost of rework in each fortnight", "每两周的返工成本"),
    expected=rework, compare=_compare_rework,
    hints=[("Rework is an activity instance that repeats an activity already done in the same "
            "case (the second 'Check documents', the second 'Fill in form'). Add up the cost of "
            "those instances only, over all cases of the fortnight.",
            "返工是指在同一案例中重复已做过的活动的那些活动实例（第二次“Check documents”、第二次"
            "“Fill in form”）。只把这些实例的成本加总，覆盖该两周的全部案例。"),
           ("costing.case_costs(log, rates) has a column 'rework_cost'; give {'before': its "
            "sum, 'after': its sum} in yuan.",
            "costing.case_costs(log, rates) 有一列 'rework_cost'；以元为单位给出 "
            "{'before': 其总和, 'after': 其总和}。")],
))

register(Question(
    "cost.t5_unused", points=2, partial=True,
    title=("Unused capacity before and after", "改造前后的未用产能"),
    expected=unused, compare=_compare_unused,
    hints=[("For each paid role: practical minutes supplied in the fortnight's 10 working days "
            "minus the minutes its activities took, valued at its rate. Add up the roles. The "
            "quarter has 63 working days.",
            "对每个付费角色：两周 10 个工作日所提供的实际可用分钟数，减去其活动实际用掉的分钟数，"
            "再按其费率折算成金额。把各角色相加。一个季度有 63 个工作日。"),
           ("costing.capacity_use(log, rates) has a row 'total' and a column 'unused_cost'; give "
            "{'before': ..., 'after': ...} in yuan for the fortnight.",
            "costing.capacity_use(log, rates) 有一行 'total' 和一列 'unused_cost'；以元为单位给出"
            "两周的 {'before': ..., 'after': ...}。")],
))

register(Question(
    "cost.t6_roi", points=3, partial=True,
    title=("Card requests in the app: the base case", "在手机银行申领银行卡：基准情形"),
    expected=roi, compare=_compare_roi,
    hints=[("The counter cost is the mean TDABC cost of a card request after the redesign; "
            "the volume is the after log's card requests × 25 fortnights × 24 branches; the "
            "base adoption weights each age group's adoption by its share of card requests. "
            "Of the requests that try the app, the fallback share still ends at a counter.",
            "柜台成本是改造后办卡请求的时间驱动作业成本平均值；业务量 = 改造后日志中的办卡请求数 × "
            "25 个两周 × 24 个网点；基准采用率要按各年龄组在办卡请求中的占比加权。尝试使用手机银行的"
            "请求中，仍有“回流比例”那部分最后要到柜台办理。"),
           ("costing.shift_roi(volume, adoption, counter_cost, self_cost, investment, "
            "fallback=…, running=…, years=3) gives 'annual_net', 'roi' and 'payback_years'; "
            "give {'annual_net': yuan a year, 'roi': a share, 'payback': years}.",
            "costing.shift_roi(volume, adoption, counter_cost, self_cost, investment, "
            "fallback=…, running=…, years=3) 给出 'annual_net'、'roi' 和 'payback_years'；"
            "以 {'annual_net': 每年元数, 'roi': 比例, 'payback': 年数} 给出。")],
))

register(Question(
    "cost.t7_break_even", points=2,
    title=("The adoption at which the app pays back", "手机银行收回投资所需的采用率"),
    expected=break_even, compare=_compare_break_even,
    hints=[("Find the adoption rate at which the three-year benefit just equals the "
            "investment (ROI = 0), with everything else as in the base case. A sensitivity "
            "table of the ROI over adoption rates shows where it crosses zero.",
            "求出在其他条件与基准情形相同时，三年收益恰好等于投资（ROI = 0）的采用率。把 ROI 对"
            "不同采用率做成敏感性分析表，就能看到它在哪里穿过零。"),
           ("costing.break_even_adoption(volume, counter_cost, self_cost, investment, "
            "fallback=…, running=…, years=3) gives it as a share (0.38, not 38).",
            "costing.break_even_adoption(volume, counter_cost, self_cost, investment, "
            "fallback=…, running=…, years=3) 以比例（0.38 而不是 38）给出。")],
))

register(Question(
    "cost.t8_chatbot", points=2, partial=True,
    title=("Which intents the chatbot should hand to a person", "智能客服应把哪些意图转给人工"),
    expected=chatbot, compare=_compare_chatbot,
    hints=[("A contained conversation whose customer contacts a person about the same matter "
            "within seven days was not really contained. With the effective containment, "
            "compare the bot's expected cost per contact with the cost of sending the "
            "contact straight to an online agent.",
            "如果一次被“拦截”的对话的顾客在七天内又为同一件事联系了人工，那就不算真正拦截。用有效"
            "拦截率比较机器人每次接触的预期成本和直接转给在线人工客服的成本。"),
           ("costing.containment(pilot, bot=…, human=…, handover=…) has a column 'route'. Give "
            "{'human': [the intents routed to people], 'rule': 'your hand-over rule, at least "
            f"{MIN_WORDS} words'}}.",
            "costing.containment(pilot, bot=…, human=…, handover=…) 有一列 'route'。请给出 "
            "{'human': [应转人工的意图], 'rule': '你的转人工规则，至少 "
            f"{MIN_WORDS} 个词'}}。")],
))
