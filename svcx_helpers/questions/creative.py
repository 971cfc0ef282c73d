"""Questions of the creative-methods exercise (solutions/creative.ipynb →
exercises/creative.ipynb).

The case is the hotel of ``data/blueprints/hotel_check_in.yml``: its evening check-in
queue. Task 1 reads the learner's own SCAMPER options as structured data and checks them
against the blueprint with :func:`svcx_helpers.decision.read_options`. Tasks 2–4 compute
their expected answers with :mod:`svcx_helpers.decision` from
``data/redesign_scores.csv`` (seven options a team found, scored by six raters on four
criteria) and the management's weights below; task 5 with :mod:`svcx_helpers.queueing`
and :mod:`svcx_helpers.blueprint` from the evening peak below. Task 6 reads the learner's
recommendation: the check asks for real sentences, a hidden test that the assumption names
something concrete the recommendation depends on.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

import numpy as np
import pandas as pd

from .. import blueprint, decision, queueing
from ..core import count_words
from ..data import load_dataset
from ..grading import Criterion, Question, describe, register
from ..grading.readers import clean as _clean
from ..grading.readers import close as _close
from ..grading.readers import code as _code
from ..grading.readers import field_numbers, fields
from ..grading.readers import mismatch as _mismatch
from ..grading.readers import number as _number

BLUEPRINT = "hotel_check_in"
OPTIONS = "redesign_options"
SCORES = "redesign_scores"
POINTS: dict[str, int] = {"customer": 10, "cost": 4, "feasibility": 4, "staff": 2}
"""The management's weights: 20 points spread over the four criteria."""
CRITERIA = tuple(POINTS)
CRITERION_NAMES: dict[str, tuple[str, ...]] = {
    "customer": ("customer value", "guest", "顾客", "顾客价值"),
    "cost": ("affordability", "成本", "费用"),
    "feasibility": ("feasible", "可行性", "可行"),
    "staff": ("staff time", "workload", "员工", "人手"),
}
PEAK: dict[str, float] = {"arrivals_per_hour": 40, "clerks": 4, "desk_minutes": 5.5,
                          "mobile_share": 0.25}
"""The evening peak of task 5: 40 guests an hour arrive at the desk, 4 clerks, 5.5 minutes
per check-in at the desk; the hotel expects a quarter of the guests to check in on the
phone once the mobile check-in is running."""
MIN_OPTIONS, MIN_LETTERS, MIN_STEPS, MIN_IDEA_WORDS = 5, 4, 3, 6
MIN_WORDS = {"recommendation": 25, "assumption": 12}


# -------------------------------------------------------------------------- data
@cache
def hotel() -> blueprint.Blueprint:
    return blueprint.load(BLUEPRINT)


@cache
def scores() -> pd.DataFrame:
    return load_dataset(SCORES)


@cache
def options() -> pd.DataFrame:
    return load_dataset(OPTIONS)


def matrix(how: str = "mean") -> pd.DataFrame:
    return decision.team_matrix(scores(), how=how)


def option_names() -> dict[str, tuple[str, ...]]:
    """Option code → aliases (its idea's first words are not aliases: the code is asked)."""
    return {o: (o.replace("_", " "),) for o in options()["option"]}


def changed_points() -> list[str]:
    """The hotel blueprint's fail and wait points (the steps a redesign should touch)."""
    return sorted(set(hotel().fail_points()["id"]) | set(hotel().wait_points()["id"]))


# -------------------------------------------------------------------------- expected
def spread() -> dict[str, Any]:
    table = decision.disagreement(scores())
    return {"criterion": str(table.index[0]), "sd": float(table["sd"].iloc[0])}


def weighted() -> dict[str, float]:
    return {str(k): float(v) for k, v in
            decision.weighted_scores(matrix(), POINTS)["score"].items()}


def sensitivity_answer() -> dict[str, Any]:
    table = decision.sensitivity(matrix(), POINTS)
    never = [str(c) for c in table.index
             if pd.isna(table.loc[c, "lower"]) and pd.isna(table.loc[c, "upper"])]
    return {"winner": str(table.attrs["winner"]), "cost": float(table.loc["cost", "upper"]),
            "new_winner": str(table.loc["cost", "winner_above"]), "never": never}


def desk_wait(share: float = 0.0) -> float:
    """Mean wait in minutes at the desk (Erlang C) when ``share`` of the guests check in
    on the phone."""
    arrivals = (1 - share) * PEAK["arrivals_per_hour"]
    traffic = queueing.offered_traffic(arrivals, 60, PEAK["desk_minutes"])
    return queueing.average_wait(traffic, int(PEAK["clerks"]), PEAK["desk_minutes"])


def desk_guest(wait: float) -> blueprint.Blueprint:
    """The hotel blueprint with the queue at the desk (C8) set to ``wait`` minutes."""
    data = hotel().to_dict()
    desk = next(step for step in data["steps"] if step["id"] == "C8")
    desk["wait"] = round(float(wait), 1)
    return blueprint.Blueprint.from_dict(data)


def what_if() -> dict[str, float]:
    after = desk_guest(desk_wait(PEAK["mobile_share"])).metrics()
    return {"wait_before": desk_wait(0.0), "wait_after": desk_wait(PEAK["mobile_share"]),
            "customer_time_after": float(after["customer_time"]),
            "over_tolerance_after": float(after["over_tolerance"])}


# -------------------------------------------------------------------------- helpers
def _fields(answer: Any, keys: Mapping[str, tuple[str, ...]], what: str) -> dict[str, Any]:
    return fields(answer, keys, what, keys_message="check.bank.keys")


def _numbers(answer: Any, keys: Mapping[str, tuple[str, ...]], what: str) -> dict[str, float]:
    return field_numbers(answer, keys, what, keys_message="check.bank.keys")


# -------------------------------------------------------------------------- task 1
def read_scamper(answer: Any) -> tuple[pd.DataFrame, list[str]]:
    """The valid options of a task-1 answer (letter, step, idea) and the problem of each
    invalid one, in order."""
    if isinstance(answer, pd.DataFrame):
        answer = answer.to_dict("records")
    if isinstance(answer, (Mapping, str, bytes)) or not isinstance(answer, (list, tuple)):
        raise _mismatch("wrong_type", "decision.bank.scamper.type", got=describe(answer))
    good, problems = [], []
    for i, option in enumerate(answer):
        try:
            row = decision.read_options([option], hotel()).iloc[0].to_dict()
        except ValueError as exc:
            problems.append(str(exc).replace("option 0", f"option {i}")
                            .replace("第 0 个方案", f"第 {i} 个方案"))
            continue
        if count_words(row["idea"]) < MIN_IDEA_WORDS:
            problems.append(_mismatch("fail", "decision.bank.scamper.short", i=i,
                                      n=MIN_IDEA_WORDS).message)
            continue
        good.append(row)
    return pd.DataFrame(good, columns=["letter", "step", "idea"]), problems


def _compare_scamper(answer: Any, expected: Any) -> None:
    table, problems = read_scamper(answer)
    credit = min(len(table), MIN_OPTIONS) / MIN_OPTIONS
    copied = {_clean(x) for x in options()["idea"]} | {_clean(x) for x in options()["idea_zh"]}
    if any(_clean(idea) in copied for idea in table["idea"]):
        raise _mismatch("fail", "decision.bank.scamper.copied", credit=0.5 * credit)
    if problems:
        raise _mismatch("fail", "decision.bank.scamper.invalid", credit=min(credit, 0.8),
                        n=len(problems), problem=problems[0])
    if len(table) < MIN_OPTIONS:
        raise _mismatch("fail", "decision.bank.scamper.few", credit=credit, n=MIN_OPTIONS,
                        got=len(table))
    if table["letter"].nunique() < MIN_LETTERS:
        raise _mismatch("fail", "decision.bank.scamper.letters", credit=0.75, n=MIN_LETTERS,
                        got=", ".join(sorted(set(table["letter"]))))
    if table["step"].nunique() < MIN_STEPS:
        raise _mismatch("fail", "decision.bank.scamper.steps", credit=0.75, n=MIN_STEPS)
    if table["idea"].map(_clean).duplicated().any():
        raise _mismatch("fail", "decision.bank.scamper.same", credit=0.75)


# -------------------------------------------------------------------------- task 2
SPREAD_KEYS = {"criterion": ("most", "where", "准则"), "sd": ("spread", "std", "标准差")}


def _compare_spread(answer: Any, expected: Mapping[str, Any]) -> None:
    got = _fields(answer, SPREAD_KEYS, "disagreement")
    name = _code(got["criterion"], CRITERION_NAMES)
    if name is None:
        raise _mismatch("fail", "decision.bank.criterion.unknown",
                        value=str(got["criterion"])[:30], criteria=", ".join(CRITERIA))
    sd = _number(got["sd"])
    ok_c, ok_s = name == expected["criterion"], _close(sd, expected["sd"], 0.005)
    if ok_c and ok_s:
        return
    credit = 0.5 * (ok_c + ok_s)
    data = scores()
    part = data[data["criterion"] == name]["score"]
    if not ok_s and _close(sd, float(part.std(ddof=1)), 0.005):
        raise _mismatch("fail", "decision.bank.spread.pooled", credit=credit)
    by_option = data[data["criterion"] == name].groupby("option")["score"]
    if not ok_s and _close(sd, float(by_option.std(ddof=0).mean()), 0.005):
        raise _mismatch("fail", "decision.bank.spread.ddof", credit=credit)
    if not ok_s and _close(sd, float((by_option.max() - by_option.min()).mean()), 0.005):
        raise _mismatch("fail", "decision.bank.spread.range", credit=credit)
    which = [w for w, ok in (("criterion", ok_c), ("sd", ok_s)) if not ok]
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(which))


# -------------------------------------------------------------------------- task 3
def _compare_scores(answer: Any, expected: Mapping[str, float]) -> None:
    keys = {k: () for k in expected}
    got = _numbers(answer, keys, "scores")
    wrong = [k for k in expected if not _close(got[k], expected[k], 0.005)]
    if not wrong:
        return
    credit = 1 - len(wrong) / len(expected)
    total = sum(POINTS.values())
    if all(_close(got[k], total * expected[k], 0.05) for k in wrong):
        raise _mismatch("fail", "decision.bank.scores.points", credit=credit, total=total)
    if all(_close(got[k], 6 * expected[k], 0.05) for k in wrong):
        raise _mismatch("fail", "decision.bank.scores.sum", credit=credit)
    median = decision.weighted_scores(matrix("median"), POINTS)["score"]
    if all(_close(got[k], float(median[k]), 0.005) for k in wrong):
        raise _mismatch("fail", "decision.bank.scores.median", credit=credit)
    equal = matrix().mean(axis=1)
    if all(_close(got[k], float(equal[k]), 0.005) for k in wrong):
        raise _mismatch("fail", "decision.bank.scores.equal", credit=credit)
    raise _mismatch("fail", "check.n_wrong", credit=credit, n=len(wrong), total=len(expected),
                    where=wrong[0])


# -------------------------------------------------------------------------- task 4
SENS_KEYS = {"winner": ("best", "最优"), "cost": ("cost_threshold", "threshold", "成本"),
             "new_winner": ("winner_above", "then", "新的最优"),
             "never": ("never_changes", "stable", "不变")}


def _criteria_list(value: Any) -> list[str] | None:
    if isinstance(value, str):
        value = [value] if value.strip() else []
    if value is None:
        return []
    if not isinstance(value, (list, tuple, set, pd.Index, np.ndarray)):
        return None
    out = [_code(v, CRITERION_NAMES) for v in value]
    return None if None in out else sorted(set(out))  # type: ignore[type-var]


def _compare_sensitivity(answer: Any, expected: Mapping[str, Any]) -> None:
    got = _fields(answer, SENS_KEYS, "sensitivity")
    names = option_names()
    winner, new = _code(got["winner"], names), _code(got["new_winner"], names)
    for key, value in (("winner", winner), ("new_winner", new)):
        if value is None:
            raise _mismatch("fail", "decision.bank.option.unknown", field=key,
                            value=str(got[key])[:30], options=", ".join(names))
    never = _criteria_list(got["never"])
    if never is None:
        raise _mismatch("fail", "decision.bank.never.type", criteria=", ".join(CRITERIA))
    cost = _number(got["cost"])
    ok = {"winner": winner == expected["winner"],
          "cost": _close(cost, expected["cost"], 0.005),
          "new_winner": new == expected["new_winner"],
          "never": never == sorted(expected["never"])}
    if all(ok.values()):
        return
    credit = sum(ok.values()) / len(ok)
    if not ok["cost"] and 1 < cost <= sum(POINTS.values()):
        raise _mismatch("fail", "decision.bank.sens.points", credit=credit)
    if not ok["cost"] and _close(cost, expected["cost"] - POINTS["cost"] / sum(POINTS.values()),
                                 0.005):
        raise _mismatch("fail", "decision.bank.sens.change", credit=credit)
    if not ok["cost"] and _close(cost, _from_customer_only(), 0.005):
        raise _mismatch("fail", "decision.bank.sens.one_source", credit=credit)
    if not ok["never"] and ok["cost"]:
        raise _mismatch("fail", "decision.bank.sens.never", credit=credit)
    which = [k for k, v in ok.items() if not v]
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(which))


def _from_customer_only() -> float:
    """The cost weight at which the winner changes if the extra cost weight is taken from
    the customer weight alone (a typical mistake: not rescaling proportionally)."""
    m = matrix()
    w = decision.normalise_weights(POINTS)
    best = decision.winner(m, w)
    grid = np.linspace(float(w["cost"]), float(w["cost"] + w["customer"]), 20001)
    for x in grid:
        trial = w.copy()
        trial["customer"] -= x - w["cost"]
        trial["cost"] = x
        if decision.winner(m, trial) != best:
            return float(x)
    return float("nan")


# -------------------------------------------------------------------------- task 5
WHAT_IF_KEYS = {"wait_before": ("before", "等待前"), "wait_after": ("after", "等待后"),
                "customer_time_after": ("customer_time", "顾客时间"),
                "over_tolerance_after": ("over_tolerance", "超出容忍")}


def _compare_what_if(answer: Any, expected: Mapping[str, float]) -> None:
    got = _numbers(answer, WHAT_IF_KEYS, "what_if")
    tol = {"wait_before": 0.05, "wait_after": 0.05, "customer_time_after": 0.15,
           "over_tolerance_after": 0.0}
    ok = {k: _close(got[k], expected[k], tol[k]) for k in WHAT_IF_KEYS}
    if all(ok.values()):
        return
    credit = sum(ok.values()) / len(ok)
    before = expected["wait_before"]
    if not ok["wait_after"] and _close(got["wait_after"], before, 0.05):
        raise _mismatch("fail", "decision.bank.what_if.same", credit=credit)
    if not ok["wait_after"] and _close(got["wait_after"],
                                       before * (1 - PEAK["mobile_share"]), 0.05):
        raise _mismatch("fail", "decision.bank.what_if.linear", credit=credit)
    if any(not ok[k] and (_close(got[k], 60 * expected[k], 3) or
                          _close(got[k], expected[k] / 60, 0.002))
           for k in ("wait_before", "wait_after")):
        raise _mismatch("fail", "decision.bank.what_if.unit", credit=credit)
    no_queue = float(desk_guest(0).metrics()["customer_time"])
    if not ok["customer_time_after"] and _close(got["customer_time_after"], no_queue, 0.15):
        raise _mismatch("fail", "decision.bank.what_if.phone_guest", credit=credit)
    which = [k for k, v in ok.items() if not v]
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(which))


# -------------------------------------------------------------------------- task 6
ADVICE_KEYS = {"recommendation": ("recommend", "advice", "建议"),
               "assumption": ("depends_on", "risk", "假设", "前提")}


def read_advice(answer: Any) -> dict[str, str]:
    if not isinstance(answer, Mapping):
        raise _mismatch("wrong_type", "check.bank.keyed_type", what="advice",
                        keys=", ".join(ADVICE_KEYS), got=describe(answer))
    got = _fields(answer, ADVICE_KEYS, "advice")
    for key, value in got.items():
        if not isinstance(value, str):
            raise _mismatch("wrong_type", "recovery.bank.reflection.text", field=key,
                            got=describe(value))
    return {k: v.strip() for k, v in got.items()}


def _compare_advice(answer: Any, expected: Any) -> None:
    got = read_advice(answer)
    short = [k for k in ADVICE_KEYS if count_words(got[k]) < MIN_WORDS[k]]
    if short:
        credit = 0.5 if len(short) == 1 else 0.0
        raise _mismatch("fail", "recovery.bank.reflection.short", credit=credit,
                        field=short[0], n=MIN_WORDS[short[0]], got=count_words(got[short[0]]))
    if _clean(got["recommendation"]) == _clean(got["assumption"]):
        raise _mismatch("fail", "decision.bank.advice.same", credit=0.5)


def _task6_expected() -> dict[str, int]:
    return dict(MIN_WORDS)


def _task1_expected() -> int:
    return MIN_OPTIONS


# -------------------------------------------------------------------------- questions
register(Question(
    "creative.t1_scamper", points=2, partial=True,
    title=("Redesign options with SCAMPER prompts", "用 SCAMPER 提示生成改进方案"),
    expects=("a list of at least five dicts {'letter': ..., 'step': ..., 'idea': ...}",
             "至少五个字典组成的列表，每个为 {'letter': ..., 'step': ..., 'idea': ...}"),
    expected=_task1_expected, compare=_compare_scamper,
    hints=[("Walk through the hotel blueprint step by step and ask the seven SCAMPER "
            "questions of each step (decision.scamper_prompts(step)). Write each idea as "
            "an option: the letter, the id of the step it changes, and the idea in a "
            "sentence of your own.",
            "逐步走查酒店服务蓝图，对每一步提出 SCAMPER 的七个问题（decision.scamper_prompts(step)）。"
            "把每个创意写成一个方案：字母、它改变的步骤编号，以及用自己的话写成的一句创意。"),
           (f"Give a list of at least {MIN_OPTIONS} dicts such as {{'letter': 'E', 'step': "
            f"'C9', 'idea': '...'}}, with at least {MIN_LETTERS} different letters and "
            f"{MIN_STEPS} different steps, each idea at least {MIN_IDEA_WORDS} words. "
            "decision.read_options(options, hotel) tells you what is wrong.",
            f"请给出至少 {MIN_OPTIONS} 个字典组成的列表，例如 {{'letter': 'E', 'step': 'C9', "
            f"'idea': '...'}}：至少用到 {MIN_LETTERS} 个不同的字母和 {MIN_STEPS} 个不同的步骤，"
            f"每条创意至少 {MIN_IDEA_WORDS} 个词。decision.read_options(options, hotel) 会指出"
            "哪里不对。")],
))

register(Question(
    "creative.t2_disagreement", points=2, partial=True,
    title=("Where do the raters disagree?", "评分者在哪个准则上分歧最大？"),
    expected=spread, compare=_compare_spread,
    hints=[("For each criterion and option, take the standard deviation of the six raters' "
            "scores (n − 1), then average it over the seven options. The criterion with "
            "the largest average is where the raters disagree most.",
            "对每个准则、每个方案，先求六位评分者打分的标准差（除以 n − 1），再对七个方案取平均。"
            "平均值最大的准则就是分歧最大的地方。"),
           ("decision.disagreement(scores) sorts the criteria by 'sd'; give "
            "{'criterion': ..., 'sd': ...} for the first row.",
            "decision.disagreement(scores) 按 'sd' 对准则排序；以 {'criterion': ..., 'sd': ...} "
            "给出第一行。")],
))

register(Question(
    "creative.t3_scores", points=2, partial=True,
    title=("The weighted decision matrix", "加权决策矩阵"),
    expected=weighted, compare=_compare_scores,
    hints=[("Average the six raters per option and criterion (the team matrix), turn the "
            "management's points into weights that add up to 1, and add up weight × score "
            "for each option.",
            "先按方案和准则对六位评分者取平均（团队矩阵），再把管理层给的分数换算成总和为 1 的"
            "权重，最后对每个方案求“权重 × 得分”之和。"),
           ("decision.weighted_scores(decision.team_matrix(scores), POINTS)['score'] — give "
            "a dict {option: score} for all seven options.",
            "decision.weighted_scores(decision.team_matrix(scores), POINTS)['score']——以字典 "
            "{方案: 得分} 给出全部七个方案。")],
))

register(Question(
    "creative.t4_sensitivity", points=2, partial=True,
    title=("How sure is the winner? Sensitivity to the weights", "最优方案有多稳？对权重的敏感性"),
    expected=sensitivity_answer, compare=_compare_sensitivity,
    hints=[("Let the cost weight grow and rescale the other three so that they keep their "
            "ratios and all four still add up to 1. Each option's score is then a straight "
            "line in the cost weight: find where another option's line crosses the winner's. "
            "Do the same for every criterion to see which never changes the winner.",
            "让成本权重逐渐增大，其余三个权重按原比例缩放，四个权重之和仍为 1。这样每个方案的得分都是"
            "成本权重的一条直线：找出另一方案的直线与最优方案的直线相交的位置。对每个准则都这样做，"
            "看看哪些准则怎么调都不会改变最优方案。"),
           ("decision.sensitivity(matrix, POINTS) gives, per criterion, 'upper' and "
            "'winner_above' (and 'lower', 'winner_below'); NaN in both means never in "
            "[0, 1]. Give {'winner': ..., 'cost': the cost weight where the winner changes, "
            "'new_winner': ..., 'never': [criteria that never change it]}.",
            "decision.sensitivity(matrix, POINTS) 按准则给出 'upper' 和 'winner_above'（以及 "
            "'lower'、'winner_below'）；两者都是 NaN 表示在 [0, 1] 内不变。以 {'winner': ..., "
            "'cost': 最优方案改变时的成本权重, 'new_winner': ..., 'never': [不会改变最优方案的"
            "准则]} 给出。")],
))

register(Question(
    "creative.t5_what_if", points=3, partial=True,
    title=("Test the winner: the queue and the blueprint what-if",
           "检验最优方案：排队模型与服务蓝图推演"),
    expected=what_if, compare=_compare_what_if,
    hints=[("Erlang C gives the mean wait at the desk: offered load A = arrivals per minute × "
            "minutes per check-in, with 4 clerks. With the mobile check-in a quarter of the "
            "guests no longer come to the desk, so the arrivals fall by a quarter. Then set "
            "the desk queue's wait (step C8) of the blueprint to the new mean wait and "
            "measure it.",
            "用 Erlang C 计算前台的平均等待：话务量 A = 每分钟到达人数 × 每位客人的办理分钟数，"
            "共 4 名接待员。有了手机自助入住，四分之一的客人不再到前台，到达人数减少四分之一。然后把"
            "蓝图中前台排队（步骤 C8）的等待时间改为新的平均等待，再测量蓝图。"),
           ("queueing.average_wait(queueing.offered_traffic(arrivals, 60, 5.5), 4, 5.5) "
            "gives minutes; build the blueprint from hotel.to_dict() with C8's 'wait' "
            "rounded to 0.1 and read metrics()['customer_time'] and ['over_tolerance']. Give "
            "{'wait_before': ..., 'wait_after': ..., 'customer_time_after': ..., "
            "'over_tolerance_after': ...}.",
            "queueing.average_wait(queueing.offered_traffic(arrivals, 60, 5.5), 4, 5.5) 的"
            "结果以分钟计；用 hotel.to_dict() 重建蓝图，把 C8 的 'wait' 四舍五入到 0.1，再读取 "
            "metrics()['customer_time'] 和 ['over_tolerance']。以 {'wait_before': ..., "
            "'wait_after': ..., 'customer_time_after': ..., 'over_tolerance_after': ...} 给出。")],
))

register(Question(
    "creative.t6_advice", points=2, partial=True,
    title=("Your recommendation and what it depends on", "你的建议及其前提"),
    expected=_task6_expected, compare=_compare_advice,
    hints=[("'recommendation': which option should the hotel try first, how (a pilot, a "
            "prototype, a walk-through) and what the numbers of tasks 3–5 say. "
            "'assumption': one thing the recommendation depends on that could be wrong.",
            "“recommendation”：酒店应先试哪个方案、怎么试（试点、原型、走查），以及任务 3–5 的数字"
            "说明了什么。“assumption”：这条建议所依赖、又可能不成立的一个前提。"),
           ("Give a dict {'recommendation': '...', 'assumption': '...'} with at least "
            f"{MIN_WORDS['recommendation']} and {MIN_WORDS['assumption']} words, in English "
            "or Chinese.",
            f"请给出字典 {{'recommendation': '...', 'assumption': '...'}}，分别至少 "
            f"{MIN_WORDS['recommendation']} 和 {MIN_WORDS['assumption']} 个词（英文或中文均可）。")],
    rubric=(
        Criterion("choice", 1, ("Names the option to try first and how to test it (a pilot, "
                                "a prototype, a walk-through or role play).",
                                "说明先试哪个方案，以及如何检验（试点、原型、走查或角色扮演）。")),
        Criterion("evidence", 1, ("Uses a number from the matrix, the sensitivity or the "
                                  "queue model.",
                                  "引用了决策矩阵、敏感性分析或排队模型中的一个数字。")),
        Criterion("assumption", 2, ("States a concrete assumption or risk: the weights, the "
                                    "raters' disagreement on feasibility, the share of "
                                    "guests who will check in on the phone, guests without "
                                    "a smartphone, the desk staffing.",
                                    "说明一个具体的前提或风险：权重、评分者对可行性的分歧、会用手机"
                                    "办理入住的客人比例、没有智能手机的客人、前台人手。")),
    ),
))
