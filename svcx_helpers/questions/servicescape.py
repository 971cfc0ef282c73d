"""Questions of the servicescape exercise (solutions/servicescape.ipynb →
exercises/servicescape.ipynb).

Expected answers are computed with :mod:`svcx_helpers.servicescape`,
:mod:`svcx_helpers.kano`, :mod:`svcx_helpers.capstone` and :mod:`svcx_helpers.queueing`
from ``data/servicescape_*.csv``, ``data/kano_government_window.csv``,
``data/government_window_visits.csv`` and the hall's blueprint
``data/blueprints/government_window_after.yml`` (tasks 2–7), or from the elements fixed
below (task 1), so that data, library and checks cannot drift apart. Task 8 reads the
learner's own proposal of an assisted channel: the check asks for two real sentences; a
hidden test asks that the channel names a way in without a smartphone and the staffing
a number of people.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

import numpy as np
import pandas as pd

from .. import blueprint, capstone, kano, queueing, servicescape
from ..core import count_words
from ..data import load_dataset
from ..grading import Question, describe, register
from ..grading.readers import clean as _clean
from ..grading.readers import close as _close
from ..grading.readers import code as _code
from ..grading.readers import field_numbers, fields
from ..grading.readers import mismatch as _mismatch
from ..grading.readers import number as _number

HALLS = "servicescape_halls"
CHECKLIST = "servicescape_checklist"
AUDIT = "servicescape_audit"
BLUEPRINT = "government_window_after"
HALL = "riverside"
"""The hall of the fail-point and staffing tasks (the district hall of the visits log)."""

# Task 1: elements of a service hall and Bitner's (1992) dimension each belongs to
ELEMENTS: dict[str, tuple[str, str]] = {
    "ventilation_hum": ("The hum of the ventilation in the waiting area", "ambient"),
    "counter_height": ("The height of the counters and the knee space under them", "space"),
    "lift_pictogram": ("A wheelchair pictogram with an arrow to the lift", "signs"),
    "desk_light": ("How bright the light is over the writing desks", "ambient"),
    "barrier_layout": ("How the queue barriers and the seats are arranged", "space"),
    "pledge_wall": ("The national emblem and the service-pledge wall behind the windows",
                    "signs"),
    "ticket_machine": ("The ticket machine and where it stands by the door", "space"),
}
SHUFFLED_ELEMENTS = ["counter_height", "ventilation_hum", "pledge_wall", "barrier_layout",
                     "lift_pictogram", "ticket_machine", "desk_light"]
DIMENSION_NAMES: dict[str, tuple[str, ...]] = {
    "ambient": ("ambient conditions", "ambience", "氛围条件", "氛围", "环境条件"),
    "space": ("space and function", "spatial layout and functionality", "space/function",
              "layout", "空间布局与功能", "空间布局", "空间与功能"),
    "signs": ("signs, symbols and artefacts", "signs, symbols and artifacts",
              "signs symbols and artefacts", "signs and symbols", "标识、符号与陈设",
              "标识符号与陈设", "标识", "标识与符号"),
}

PARTIAL = 0.5            # credit of "partly met"
ARRIVALS_INTERVAL = 30   # minutes
OPENING = (("09:00", "12:00"), ("13:30", "17:00"))
AHT = 600.0              # seconds of help per visitor at the assisted desk
TARGET_TIME = 300.0      # seconds: helped within 5 minutes …
TARGET_LEVEL = 0.8       # … for 80 % of the visitors
SHRINKAGE = 0.25
MIN_WORDS = 10


# -------------------------------------------------------------------------- data
@cache
def halls() -> pd.DataFrame:
    return load_dataset(HALLS)


@cache
def checklist() -> pd.DataFrame:
    return load_dataset(CHECKLIST)


@cache
def audit() -> pd.DataFrame:
    return load_dataset(AUDIT)


@cache
def hall_blueprint() -> blueprint.Blueprint:
    return blueprint.load(BLUEPRINT)


def hall_names() -> dict[str, tuple[str, ...]]:
    """Hall key → the names a learner may use for it (English, Chinese, short forms)."""
    out: dict[str, tuple[str, ...]] = {}
    for row in halls().itertuples():
        short_en = str(row.name).replace(" district service centre", "").replace(
            " service centre", "").replace(" service point", "").replace(
            " township", "")
        short_zh = str(row.name_zh).replace("政务服务中心", "").replace("便民服务中心", "")
        out[str(row.hall)] = (str(row.name), str(row.name_zh), short_en, short_zh,
                              short_zh.rstrip("区镇片"), short_en.replace("-", ""),
                              short_en.split()[0])
    return out


def scores(partial: float = PARTIAL, na_as_failed: bool = False) -> pd.DataFrame:
    a = audit()
    if na_as_failed:
        a = a.assign(rating=a["rating"].replace("na", "not_met"))
    return servicescape.score(a, checklist(), partial=partial)


def weighted_scores() -> dict[str, float]:
    return {h: float(v) for h, v in scores()["weighted"].items()}


def orders() -> dict[str, list[str]]:
    s = scores()
    return {"unweighted": list(s["unweighted"].sort_values(ascending=False, kind="stable").index),
            "weighted": list(s["weighted"].sort_values(ascending=False, kind="stable").index)}


def failures(fail_on: Sequence[str] = servicescape.CRITICAL_FAIL) -> pd.DataFrame:
    return servicescape.critical_failures(audit(), checklist(), fail_on=fail_on)


def critical() -> dict[str, Any]:
    ranking = servicescape.rank(scores(), failures())
    return {"items": sorted(failures()["item_id"]), "final_order": list(ranking.index)}


def fail_points(below: Sequence[str] = servicescape.BELOW) -> dict[str, list[str]]:
    out = {}
    for persona in ["wheelchair", "older"]:
        table = servicescape.persona_fail_points(audit(), checklist(), hall_blueprint(), HALL,
                                                 persona, below=below)
        out[persona] = list(table.loc[~table["in_blueprint"], "step"])
    return out


@cache
def kiosk_by_age() -> pd.DataFrame:
    survey = load_dataset("kano_government_window")
    counts = kano.count(survey[survey["attribute"] == "self_service_kiosk"], by="age_group")
    return kano.evaluate(counts).droplevel("attribute")


def kiosk_older() -> dict[str, Any]:
    row = kiosk_by_age().loc["60+"]
    n = sum(float(row[c]) for c in "AOMIRQ")
    return {"category": str(row["category"]), "share": (float(row["I"]) + float(row["R"])) / n}


def share_60plus() -> float:
    return float(halls().set_index("hall").loc[HALL, "share_60plus"])


@cache
def monday_profile() -> pd.Series:
    visits = load_dataset("government_window_visits")
    return capstone.arrival_profile(visits["arrived"], ARRIVALS_INTERVAL, weekday="Mon",
                                    hours=list(OPENING))


def staffing() -> dict[str, float]:
    peak = float(monday_profile().max())
    arrivals = peak * share_60plus() * kiosk_older()["share"]
    traffic = queueing.offered_traffic(arrivals, ARRIVALS_INTERVAL * 60, AHT)
    staff = queueing.required_agents(traffic, AHT, TARGET_TIME, TARGET_LEVEL, SHRINKAGE)
    return {"arrivals": arrivals, "traffic": traffic, "agents": float(staff.agents),
            "scheduled": float(staff.scheduled)}


# -------------------------------------------------------------------------- readers
def _codes(value: Any, what: str) -> list[str]:
    """A list of codes (text) from a list/tuple/set/array/Series/Index of texts or one text
    with commas; else a clear mismatch."""
    if isinstance(value, str):
        items: list[Any] = [v for v in value.replace("，", ",").replace("、", ",").split(",")
                            if v.strip()]
    elif isinstance(value, (list, tuple, set, frozenset, np.ndarray, pd.Series, pd.Index)):
        items = list(np.asarray(list(value), dtype=object).ravel())
    else:
        raise _mismatch("wrong_type", "servicescape.bank.list", what=what, got=describe(value))
    if not all(isinstance(v, str) for v in items):
        raise _mismatch("wrong_type", "servicescape.bank.list", what=what, got=describe(value))
    return [v.strip() for v in items]


def _halls(value: Any, what: str) -> list[str]:
    names = hall_names()
    out = []
    for v in _codes(value, what):
        key = _code(v, names)
        if key is None:
            raise _mismatch("fail", "servicescape.bank.hall.unknown", value=v[:30],
                            halls=", ".join(names))
        out.append(key)
    return out


def _fields(answer: Any, keys: Mapping[str, tuple[str, ...]], what: str) -> dict[str, Any]:
    return fields(answer, keys, what, keys_message="check.bank.keys")


# -------------------------------------------------------------------------- task 1
def _compare_dimensions(answer: Any, expected: Mapping[str, str]) -> None:
    got = _fields(answer, {k: () for k in ELEMENTS}, "dimensions")
    codes = {k: _code(v, DIMENSION_NAMES) for k, v in got.items()}
    unknown = [k for k, c in codes.items() if c is None]
    if unknown:
        raise _mismatch("fail", "servicescape.bank.dimension.unknown", element=unknown[0],
                        value=str(got[unknown[0]])[:30], kinds=", ".join(DIMENSION_NAMES))
    wrong = [k for k in ELEMENTS if codes[k] != expected[k]]
    if not wrong:
        return
    credit = 1 - len(wrong) / len(ELEMENTS)
    if "pledge_wall" in wrong:
        raise _mismatch("fail", "servicescape.bank.dimension.artefact", credit=credit)
    if "ticket_machine" in wrong or "counter_height" in wrong:
        raise _mismatch("fail", "servicescape.bank.dimension.equipment", credit=credit)
    raise _mismatch("fail", "check.n_wrong", credit=credit, n=len(wrong), total=len(ELEMENTS),
                    where=wrong[0])


def _task1_expected() -> dict[str, str]:
    return {k: v[1] for k, v in ELEMENTS.items()}


# -------------------------------------------------------------------------- task 2
def _hall_keys() -> dict[str, tuple[str, ...]]:
    return {k: v for k, v in hall_names().items()}


def _compare_scores(answer: Any, expected: Mapping[str, float]) -> None:
    got = field_numbers(answer, _hall_keys(), "scores", keys_message="check.bank.keys")
    wrong = [h for h in expected if not _close(got[h], expected[h], 0.05)]
    if not wrong:
        return
    credit = 1 - len(wrong) / len(expected)
    if all(0 <= v <= 1 for v in got.values()):
        raise _mismatch("fail", "servicescape.bank.scores.share")
    unweighted = scores()["unweighted"]
    if all(_close(got[h], float(unweighted[h]), 0.05) for h in wrong):
        raise _mismatch("fail", "servicescape.bank.scores.unweighted", credit=credit)
    na = scores(na_as_failed=True)["weighted"]
    if all(_close(got[h], float(na[h]), 0.05) for h in wrong):
        raise _mismatch("fail", "servicescape.bank.scores.na", credit=credit)
    for partial in (0.0, 1.0):
        other = scores(partial=partial)["weighted"]
        if all(_close(got[h], float(other[h]), 0.05) for h in wrong):
            raise _mismatch("fail", "servicescape.bank.scores.partly", credit=credit)
    raise _mismatch("fail", "check.n_wrong", credit=credit, n=len(wrong), total=len(expected),
                    where=wrong[0])


# -------------------------------------------------------------------------- task 3
ORDER_KEYS = {"unweighted": ("unweighted_order", "不加权"),
              "weighted": ("weighted_order", "加权")}


def _compare_orders(answer: Any, expected: Mapping[str, list[str]]) -> None:
    got = _fields(answer, ORDER_KEYS, "orders")
    orders_got = {k: _halls(v, k) for k, v in got.items()}
    n = len(expected["weighted"])
    for key, order in orders_got.items():
        if sorted(order) != sorted(expected[key]):
            raise _mismatch("fail", "servicescape.bank.order.halls", which=key, n=n)
    ok = {k: orders_got[k] == expected[k] for k in expected}
    if all(ok.values()):
        return
    credit = 0.5 * sum(ok.values())
    if any(orders_got[k] == expected[k][::-1] for k in expected if not ok[k]):
        raise _mismatch("fail", "servicescape.bank.order.reversed", credit=credit)
    if not ok["weighted"] and orders_got["weighted"] == expected["unweighted"]:
        raise _mismatch("fail", "servicescape.bank.order.same", credit=credit)
    na = scores(na_as_failed=True)["weighted"].sort_values(ascending=False, kind="stable")
    if not ok["weighted"] and orders_got["weighted"] == list(na.index):
        raise _mismatch("fail", "servicescape.bank.scores.na", credit=credit)
    which = [k for k, v in ok.items() if not v]
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(which))


# -------------------------------------------------------------------------- task 4
CRITICAL_KEYS = {"items": ("failed_items", "critical_items", "关键项"),
                 "final_order": ("final", "order", "final_rank", "最终排名")}


def _compare_critical(answer: Any, expected: Mapping[str, Any]) -> None:
    got = _fields(answer, CRITICAL_KEYS, "critical")
    items = sorted({_clean(v).replace(" ", "_") for v in _codes(got["items"], "items")})
    order = _halls(got["final_order"], "final_order")
    ok_items = items == expected["items"]
    ok_order = order == expected["final_order"]
    if ok_items and ok_order:
        return
    credit = 0.5 * ok_items + 0.5 * ok_order
    strict = sorted(set(failures(("not_met", "partly"))["item_id"]))
    if not ok_items and set(items) == set(strict):
        raise _mismatch("fail", "servicescape.bank.critical.partly", credit=credit)
    if not ok_items and set(items) - set(checklist()["item_id"]):
        raise _mismatch("fail", "servicescape.bank.critical.unknown", credit=credit,
                        value=sorted(set(items) - set(checklist()["item_id"]))[0][:30])
    if not ok_order and len(order) < len(expected["final_order"]):
        raise _mismatch("fail", "servicescape.bank.critical.dropped", credit=credit)
    if not ok_order and order == orders()["weighted"]:
        raise _mismatch("fail", "servicescape.bank.critical.no_gate", credit=credit)
    which = [w for w, ok in (("items", ok_items), ("final_order", ok_order)) if not ok]
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(which))


# -------------------------------------------------------------------------- task 5
PERSONA_KEYS = {"wheelchair": ("wheelchair_user", "轮椅", "轮椅使用者"),
                "older": ("older_visitor", "elderly", "older_no_smartphone", "老年人")}


def _compare_fail_points(answer: Any, expected: Mapping[str, list[str]]) -> None:
    got = _fields(answer, PERSONA_KEYS, "fail points")
    steps = {k: sorted({v.upper() for v in _codes(got[k], k)}) for k in PERSONA_KEYS}
    ok = {k: steps[k] == sorted(expected[k]) for k in PERSONA_KEYS}
    if all(ok.values()):
        return
    credit = 0.5 * sum(ok.values())
    ids = {s.id for s in hall_blueprint().steps}
    items = {i.upper() for i in checklist()["item_id"]}
    given = {s for v in steps.values() for s in v}
    if given & items:
        raise _mismatch("fail", "servicescape.bank.steps.items", credit=credit)
    if given - ids:
        raise _mismatch("fail", "servicescape.bank.steps.unknown", credit=credit,
                        value=sorted(given - ids)[0][:20])
    marked = {s.id for s in hall_blueprint().steps if s.fail_point}
    if given & marked:
        raise _mismatch("fail", "servicescape.bank.steps.marked", credit=credit,
                        steps=", ".join(sorted(marked)))
    only = fail_points(below=("not_met",))
    if all(steps[k] == sorted(only[k]) for k in PERSONA_KEYS if not ok[k]):
        raise _mismatch("fail", "servicescape.bank.steps.partly", credit=credit)
    if not ok["wheelchair"] and not ok["older"] and steps["wheelchair"] == sorted(
            expected["older"]) and steps["older"] == sorted(expected["wheelchair"]):
        raise _mismatch("fail", "servicescape.bank.steps.swapped", credit=credit)
    which = [k for k, v in ok.items() if not v]
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(which))


# -------------------------------------------------------------------------- task 6
KIOSK_KEYS = {"category": ("kano_category", "category_60plus", "类别"),
              "share": ("share_i_r", "share_no_kiosk", "比例")}
CATEGORY_NAMES: dict[str, tuple[str, ...]] = {
    "A": ("attractive", "魅力型"), "O": ("one-dimensional", "one dimensional", "期望型"),
    "M": ("must-be", "must be", "必备型"), "I": ("indifferent", "无差异型"),
    "R": ("reverse", "反向型"), "Q": ("questionable", "可疑结果")}


def _compare_kiosk(answer: Any, expected: Mapping[str, Any]) -> None:
    got = _fields(answer, KIOSK_KEYS, "kiosk")
    category = _code(got["category"], CATEGORY_NAMES)
    if category is None:
        raise _mismatch("fail", "servicescape.bank.kiosk.unknown",
                        value=str(got["category"])[:30], letters=", ".join(CATEGORY_NAMES))
    share = _number(got["share"])
    if 1 < share <= 100:
        raise _mismatch("fail", "standards.bank.share.percent",
                        credit=0.5 * (category == expected["category"]))
    ok_c = category == expected["category"]
    ok_s = _close(share, expected["share"], 0.005)
    if ok_c and ok_s:
        return
    credit = 0.5 * ok_c + 0.5 * ok_s
    if not ok_c and category == "A":
        raise _mismatch("fail", "servicescape.bank.kiosk.overall", credit=credit)
    row = kiosk_by_age().loc["60+"]
    n = sum(float(row[c]) for c in "AOMIRQ")
    table = kiosk_by_age()
    everyone = float((table["I"] + table["R"]).sum() / table[list("AOMIRQ")].to_numpy().sum())
    if not ok_s and _close(share, float(row["R"]) / n, 0.005):
        raise _mismatch("fail", "servicescape.bank.kiosk.r_only", credit=credit)
    if not ok_s and _close(share, everyone, 0.005):
        raise _mismatch("fail", "servicescape.bank.kiosk.all_ages", credit=credit)
    if not ok_s and _close(share, (float(row["I"]) + float(row["R"])) / (n - float(row["Q"])),
                           0.005):
        raise _mismatch("fail", "servicescape.bank.kiosk.without_q", credit=credit)
    which = [w for w, ok in (("category", ok_c), ("share", ok_s)) if not ok]
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(which))


# -------------------------------------------------------------------------- task 7
STAFF_KEYS = {"arrivals": ("arrivals_per_half_hour", "lambda", "到达"),
              "traffic": ("erlangs", "offered_traffic", "话务量"),
              "agents": ("staff", "n", "人数"),
              "scheduled": ("rostered", "scheduled_staff", "排班人数")}


def _compare_staffing(answer: Any, expected: Mapping[str, float]) -> None:
    got = field_numbers(answer, STAFF_KEYS, "staffing", keys_message="check.bank.keys")
    tol = {"arrivals": 0.05, "traffic": 0.02, "agents": 0.0, "scheduled": 0.0}
    ok = {k: _close(got[k], expected[k], tol[k]) for k in STAFF_KEYS}
    if all(ok.values()):
        return
    credit = 0.25 * sum(ok.values())
    peak = float(monday_profile().max())
    if not ok["arrivals"] and _close(got["arrivals"], peak, 0.05):
        raise _mismatch("fail", "servicescape.bank.staff.all_visitors", credit=credit)
    if not ok["arrivals"] and _close(got["arrivals"], peak * share_60plus(), 0.05):
        raise _mismatch("fail", "servicescape.bank.staff.all_older", credit=credit)
    if not ok["traffic"] and got["traffic"] > 0 and (
            _close(got["traffic"], got["arrivals"] * AHT / 60 / (ARRIVALS_INTERVAL * 60), 0.002)
            or _close(got["traffic"], got["arrivals"] * AHT / ARRIVALS_INTERVAL, 0.5)):
        raise _mismatch("fail", "servicescape.bank.staff.units", credit=credit)
    if ok["agents"] and not ok["scheduled"] and _close(got["scheduled"], got["agents"], 0.0):
        raise _mismatch("fail", "servicescape.bank.staff.shrinkage", credit=credit)
    which = [k for k, v in ok.items() if not v]
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(which))


# -------------------------------------------------------------------------- task 8
PROPOSAL_KEYS = {"channel": ("assisted_channel", "what", "渠道"),
                 "staffing": ("staff", "who", "人员配置")}


def read_proposal(answer: Any) -> dict[str, str]:
    if not isinstance(answer, (Mapping, pd.Series)):
        raise _mismatch("wrong_type", "check.bank.keyed_type", what="proposal",
                        keys=", ".join(PROPOSAL_KEYS), got=describe(answer))
    got = _fields(answer, PROPOSAL_KEYS, "proposal")
    for key, value in got.items():
        if not isinstance(value, str):
            raise _mismatch("wrong_type", "recovery.bank.reflection.text", field=key,
                            got=describe(value))
    return {k: v.strip() for k, v in got.items()}


def _compare_proposal(answer: Any, expected: Any) -> None:
    got = read_proposal(answer)
    short = [k for k in PROPOSAL_KEYS if count_words(got[k]) < MIN_WORDS]
    if short:
        credit = 0.5 if len(short) == 1 else 0.0
        raise _mismatch("fail", "recovery.bank.reflection.short", credit=credit, field=short[0],
                        n=MIN_WORDS, got=count_words(got[short[0]]))
    if _clean(got["channel"]) == _clean(got["staffing"]):
        raise _mismatch("fail", "servicescape.bank.proposal.same", credit=0.5)


def _task8_expected() -> int:
    return MIN_WORDS


# -------------------------------------------------------------------------- questions
register(Question(
    "servicescape.t1_dimensions", points=2, partial=True,
    title=("Bitner's three dimensions", "Bitner 服务场景的三个维度"),
    expected=_task1_expected, compare=_compare_dimensions,
    hints=[("Ambient conditions are what the senses pick up in the background (light, noise, "
            "temperature, air, scent); space and function is the layout and the furnishings "
            "and equipment and how well they serve the task; signs, symbols and artefacts "
            "communicate: signage, emblems, decoration, style.",
            "氛围条件是感官在背景中感受到的东西（光线、噪声、温度、空气、气味）；空间布局与功能是布局、"
            "家具和设备以及它们是否便于办事；标识、符号与陈设负责传递信息：标识牌、徽标、装饰和风格。"),
           ("Give a dict with the seven element keys and 'ambient', 'space' or 'signs' for "
            "each. Two are ambient, three are space and function, two are signs.",
            "请给出一个字典：七个要素的键，各对应 'ambient'、'space' 或 'signs' 之一。其中两项属于"
            "氛围条件，三项属于空间布局与功能，两项属于标识、符号与陈设。")],
))

register(Question(
    "servicescape.t2_scores", points=2, partial=True,
    title=("The weighted audit score of each hall", "各大厅的加权审核得分"),
    expected=weighted_scores, compare=_compare_scores,
    hints=[("Credit met 1, partly 0.5, not met 0. Leave not-applicable items out of the sum "
            "of the weights as well as out of the sum of weight × credit. Score = 100 × "
            "Σ weight × credit / Σ weight, per hall.",
            "符合记 1 分，部分符合记 0.5 分，不符合记 0 分。不适用的检查项既不计入“权重 × 得分”之和，"
            "也不计入权重之和。每个大厅的得分 = 100 × Σ 权重 × 得分 / Σ 权重。"),
           ("servicescape.score(audit, checklist)['weighted'] gives the five scores; give a "
            "dict {hall: score} with scores between 0 and 100.",
            "servicescape.score(audit, checklist)['weighted'] 给出五个得分；以 {大厅: 得分} 的字典"
            "给出，得分在 0 到 100 之间。")],
))

register(Question(
    "servicescape.t3_ranking", points=2, partial=True,
    title=("Rank the halls, unweighted and weighted", "给大厅排名：不加权与加权"),
    expected=orders, compare=_compare_orders,
    hints=[("Sort the halls from the highest score to the lowest, once by the unweighted "
            "score (every item counts the same) and once by the weighted score. Which hall "
            "moves most?",
            "把大厅按得分从高到低排序：一次按不加权得分（每个检查项同等重要），一次按加权得分。哪个"
            "大厅的名次变化最大？"),
           ("s = servicescape.score(audit, checklist); give {'unweighted': "
            "list(s['unweighted'].sort_values(ascending=False).index), 'weighted': ...}.",
            "s = servicescape.score(audit, checklist)；给出 {'unweighted': "
            "list(s['unweighted'].sort_values(ascending=False).index), 'weighted': ...}。")],
))

register(Question(
    "servicescape.t4_critical", points=2, partial=True,
    title=("Critical items and the final ranking", "关键项与最终排名"),
    expected=critical, compare=_compare_critical,
    hints=[("A critical item fails when it is not met (partly met earns partial credit but "
            "is not a failure). A hall with a critical failure comes after every hall "
            "without one, whatever its score; within each group the weighted score orders.",
            "关键项“不符合”即为不达标（“部分符合”得一半分，但不算不达标）。有关键项不达标的大厅，不论"
            "得分多高，都排在所有没有关键项不达标的大厅之后；每组内部按加权得分排序。"),
           ("servicescape.critical_failures(audit, checklist) lists the failed items; "
            "servicescape.rank(scores, failures).index is the final order. Give {'items': "
            "[...item ids], 'final_order': [...halls]}.",
            "servicescape.critical_failures(audit, checklist) 列出不达标的检查项；"
            "servicescape.rank(scores, failures).index 就是最终排名。以 {'items': [...检查项编号], "
            "'final_order': [...大厅]} 给出。")],
))

register(Question(
    "servicescape.t5_fail_points", points=3, partial=True,
    title=("Fail points the blueprint misses, for two visitors",
           "服务蓝图漏掉的失误点：两类访客"),
    expected=fail_points, compare=_compare_fail_points,
    hints=[("Take Riverside's items that the visitor depends on (the checklist's 'personas') "
            "and that are not fully met (partly or not met). Each item names the blueprint "
            "step at which the visitor meets it; list those steps, leaving out any the "
            "blueprint already marks as a fail point.",
            "找出滨江大厅中该类访客依赖的检查项（检查表的 'personas' 列），且评定为“部分符合”或"
            "“不符合”的。每个检查项都注明了访客在蓝图哪一步遇到它；列出这些步骤，去掉蓝图已经标为失误点"
            "的步骤。"),
           ("servicescape.persona_fail_points(audit, checklist, after, 'riverside', persona) "
            "for persona 'wheelchair' and 'older'; keep the rows with in_blueprint False and "
            "give {'wheelchair': [step ids], 'older': [step ids]}.",
            "对 'wheelchair' 和 'older' 两类访客分别调用 servicescape.persona_fail_points(audit, "
            "checklist, after, 'riverside', persona)；保留 in_blueprint 为 False 的行，以 "
            "{'wheelchair': [步骤编号], 'older': [步骤编号]} 给出。")],
))

register(Question(
    "servicescape.t6_kiosk_age", points=2, partial=True,
    title=("The kiosk for visitors aged 60 and over", "60 岁及以上访客眼中的自助终端"),
    expected=kiosk_older, compare=_compare_kiosk,
    hints=[("Count the KANO categories of the self-service kiosk separately for each age "
            "group. For the group 60+, give its category and the share of all its answers "
            "that are indifferent (I) or reverse (R).",
            "按年龄组分别统计自助服务终端的 KANO 类别。对 60+ 组，给出它的类别，以及其全部回答中"
            "无差异型（I）和反向型（R）所占的比例。"),
           ("kano.evaluate(kano.count(kiosk, by='age_group')) has a row per age group; the "
            "share is (I + R) / (A + O + M + I + R + Q) of the 60+ row. Give {'category': "
            "..., 'share': ...}.",
            "kano.evaluate(kano.count(kiosk, by='age_group')) 每个年龄组一行；比例是 60+ 那一行的"
            " (I + R) / (A + O + M + I + R + Q)。以 {'category': ..., 'share': ...} 给出。")],
))

register(Question(
    "servicescape.t7_assisted_staffing", points=3, partial=True,
    title=("Staff the assisted desk at the Monday peak", "为周一高峰配置帮办台人员"),
    expected=staffing, compare=_compare_staffing,
    hints=[("Arrivals at the desk = visitors in Riverside's busiest half hour of an average "
            "Monday × the share of visitors aged 60+ × the share of them for whom the kiosk "
            "is I or R (task 6). Then offered traffic = arrivals × AHT / interval (both in "
            "seconds) and Erlang C for the staff.",
            "帮办台的到达量 = 滨江大厅平均周一最忙半小时的到达人数 × 60 岁及以上访客的比例 × 其中认为"
            "自助终端属于 I 或 R 的比例（任务 6）。再算话务量 = 到达量 × 平均处理时长 / 时段长度"
            "（都用秒），然后用 Erlang C 求人数。"),
           ("capstone.arrival_profile(visits['arrived'], 30, weekday='Mon', hours=OPENING)"
            ".max() is the peak; queueing.offered_traffic(arrivals, 1800, 600) and "
            "queueing.required_agents(traffic, 600, 300, 0.8, shrinkage=0.25) give agents and "
            "scheduled.",
            "capstone.arrival_profile(visits['arrived'], 30, weekday='Mon', hours=OPENING)"
            ".max() 是高峰到达量；queueing.offered_traffic(arrivals, 1800, 600) 和 "
            "queueing.required_agents(traffic, 600, 300, 0.8, shrinkage=0.25) 给出 agents 和 "
            "scheduled。")],
))

register(Question(
    "servicescape.t8_proposal", points=2, partial=True,
    title=("Propose the assisted channel", "提出帮办渠道方案"),
    expected=_task8_expected, compare=_compare_proposal,
    hints=[("'channel': where the desk is, what it does for a visitor without a smartphone "
            "from the door to the pick-up, and which fail points of task 5 it removes. "
            "'staffing': how many people at which times, from task 7, and who they are.",
            "“channel”：帮办台设在哪里，从进门到领取结果为不用智能手机的访客做些什么，消除了任务 5 "
            "的哪些失误点。“staffing”：根据任务 7，哪些时段配几个人，由谁来担任。"),
           (f"Give a dict {{'channel': '...', 'staffing': '...'}}, each at least {MIN_WORDS} "
            "words, in English or Chinese.",
            f"请给出字典 {{'channel': '...', 'staffing': '...'}}，每段至少 {MIN_WORDS} 个词"
            "（英文或中文均可）。")],
))
