"""Questions of the SERVQUAL exercise (solutions/servqual.ipynb → exercises/servqual.ipynb).

Every expected answer is computed from ``data/servqual_bank_branches.csv`` with
:mod:`svcx_helpers.servqual` and :mod:`svcx_helpers.ipa`, so the checks follow the data
and the methods.

Every task but the gaps table (task 2) also has an answer card (the no-code track,
``exercises/nocode/servqual.ipynb``): five numbers for the hand-computed gaps, a number for
each score, the dimensions as options with their English and Chinese names.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

import pandas as pd

from .. import ipa, servqual
from ..data import load_dataset
from ..grading import (
    AnswerMismatch,
    Card,
    Criterion,
    Question,
    choice,
    exact,
    frame,
    free_text,
    number,
    register,
    sequence,
    tr,
    unordered,
)

DATASET = "servqual_bank_branches"
HAND_RESPONDENT = "C001"
ACTION_OPTIONS = ("a", "b", "c", "d")
ACTION_DIMENSIONS = {"a": "Tangibles", "b": "Reliability", "c": "Responsiveness",
                     "d": "Empathy"}


@lru_cache(maxsize=1)
def survey() -> pd.DataFrame:
    return load_dataset(DATASET).set_index("respondent")


@lru_cache(maxsize=1)
def gaps() -> pd.DataFrame:
    return servqual.dimension_gaps(survey())


def weights() -> pd.DataFrame:
    return survey()[[f"importance_{d.lower()}" for d in servqual.DIMENSIONS]]


def _hand_gaps() -> list[float]:
    return gaps().loc[HAND_RESPONDENT].tolist()


def ipa_table(crosshair: str = "mean") -> pd.DataFrame:
    importance = weights().mean().set_axis(list(servqual.DIMENSIONS))
    performance = servqual.dimension_scores(survey()).mean()
    return ipa.quadrants(importance, performance, crosshair=crosshair)


def _changed_by_crosshair() -> str:
    a, b = ipa_table("mean")["quadrant"], ipa_table("median")["quadrant"]
    changed = a.index[a != b].tolist()
    return changed[0]


def _first_action() -> str:
    w = servqual.importance_weights(weights(), index=gaps().index)
    contribution = (w * gaps()).mean()
    worst = contribution[list(ACTION_DIMENSIONS.values())].idxmin()
    return next(k for k, d in ACTION_DIMENSIONS.items() if d == worst)


def _dimension(x: Any) -> Any:
    if isinstance(x, str):
        return servqual._dimension_key(x) or x.strip()
    return x


_close = number(atol=0.005)


def _compare_weighted(answer: Any, expected: Any) -> None:
    """Like ``number``, with its own message for the product-of-means shortcut."""
    try:
        _close(answer, expected)
    except AnswerMismatch as mismatch:
        shortcut = servqual.weighted_score(gaps(), weights(), method="product_of_means")
        unweighted = servqual.unweighted_score(gaps())
        if mismatch.status == "fail" and isinstance(answer, (int, float)):
            if math.isclose(float(answer), shortcut, abs_tol=0.0005):
                raise AnswerMismatch("fail", tr((
                    "That is the sample-mean weights times the sample-mean gaps. Weight "
                    "each respondent's own gaps with their own points first, then average.",
                    "这是“样本平均权重 × 样本平均差距”。应先用每位受访者自己的分数给其差距加权，"
                    "再求平均。"))) from None
            if math.isclose(float(answer), unweighted, abs_tol=0.0005):
                raise AnswerMismatch("fail", tr((
                    "That is the unweighted score; multiply each gap by its weight.",
                    "这是未加权得分；请把每个差距乘以对应的权重。"))) from None
        raise


def _compare_alpha(answer: Any, expected: Any) -> None:
    try:
        number(atol=0.002)(answer, expected)
    except AnswerMismatch as mismatch:
        if mismatch.status == "fail" and isinstance(answer, (int, float)) and answer > 1:
            raise AnswerMismatch("fail", tr((
                "Alpha cannot exceed 1: did you divide the summed item variances by the "
                "variance of the total score?", "α 不会大于 1：是否用各题方差之和除以总分的方差？"
            ))) from None
        raise


# --- answer cards (the no-code track, exercises/nocode/servqual.ipynb) ------------------
def dimension_options() -> list[tuple[str, tuple[str, str]]]:
    """The five dimensions as ``(key, (English name, Chinese name))``, in the usual order."""
    return [(d, (servqual.dimension_name(d, "en"), servqual.dimension_name(d, "zh")))
            for d in servqual.DIMENSIONS]


ACTION_LABELS = [
    ("a", ("a — Refurbish the branches (tangibles)", "a — 翻新网点（有形性）")),
    ("b", ("b — Get transactions right the first time (reliability)",
           "b — 推行“一次做对”的业务办理项目（可靠性）")),
    ("c", ("c — Shorter waits and quicker answers: queue management and response-time "
           "standards (responsiveness)",
           "c — 缩短等候、更快答复：排队管理与响应时限标准（响应性）")),
    ("d", ("d — Relationship training so that staff know their customers (empathy)",
           "d — 开展关系培训，让员工了解自己的顾客（移情性）")),
]


register(Question(
    "servqual.t1_by_hand", points=2,
    card=Card.table(dimension_options),
    title=("Dimension gaps of one customer by hand", "手工计算一位顾客的维度差距"),
    expected=_hand_gaps, compare=sequence(atol=0.005),
    hints=[("For every item compute P − E; then average the item gaps of each dimension.",
            "先逐题计算 P − E，再对每个维度内的题目差距求平均。"),
           ("Tangibles are items 1–4, reliability 5–9, responsiveness 10–13, assurance "
            "14–17, empathy 18–22. Give five numbers in that order.",
            "有形性是第 1–4 题，可靠性 5–9，响应性 10–13，保证性 14–17，移情性 18–22。"
            "按此顺序给出五个数。"),
           ("A blank answer is left out: average only the answered items of the dimension.",
            "空白答案不计入：只对该维度已作答的题目求平均。")],
))

register(Question(
    "servqual.t2_gaps", title=("Gaps for all customers", "所有顾客的差距"),
    expected=gaps, compare=frame(atol=1e-6),
    hints=[("Use servqual.dimension_gaps on the survey table.",
            "对调查数据表使用 servqual.dimension_gaps。"),
           ("servqual.dimension_gaps(bank) finds E1..E22 and P1..P22 in the same table and "
            "keeps the respondent index.",
            "servqual.dimension_gaps(bank) 会在同一张表中找到 E1..E22 和 P1..P22，并保留受访者索引。")],
))

register(Question(
    "servqual.t3_unweighted", title=("Unweighted SERVQUAL score", "未加权 SERVQUAL 得分"),
    card=Card.number(),
    expected=lambda: servqual.unweighted_score(gaps()), compare=_close,
    hints=[("Average the five dimension gaps of each customer, then average over "
            "customers.", "先对每位顾客的五个维度差距求平均，再对所有顾客求平均。"),
           ("servqual.unweighted_score(gaps) — not the mean of all 22 item gaps.",
            "servqual.unweighted_score(gaps)，而不是 22 个题目差距的平均。")],
))

register(Question(
    "servqual.t4_weighted", points=2,
    card=Card.number(),
    title=("Weighted SERVQUAL score", "加权 SERVQUAL 得分"),
    expected=lambda: servqual.weighted_score(gaps(), weights()), compare=_compare_weighted,
    hints=[("Each customer split 100 points over the five dimensions: weight = points / "
            "100.", "每位顾客把 100 分分配给五个维度：权重 = 分数 / 100。"),
           ("For each customer compute Σ weight × gap, then average the 300 results.",
            "对每位顾客计算 Σ 权重 × 差距，再对 300 个结果求平均。"),
           ("servqual.weighted_score(gaps, weights) with the five importance_ columns.",
            "servqual.weighted_score(gaps, weights)，weights 取五个 importance_ 列。")],
))

register(Question(
    "servqual.t5_alpha", title=("Reliability of the responsiveness scale", "响应性量表的信度"),
    card=Card.number(),
    expected=lambda: servqual.cronbach_alpha(
        survey()[[f"P{i}" for i in servqual.DIMENSION_ITEMS["Responsiveness"]]]),
    compare=_compare_alpha,
    hints=[("Cronbach's alpha of the perception items P10–P13.",
            "计算感知题 P10–P13 的克朗巴哈 α。"),
           ("servqual.cronbach_alpha(bank[['P10', 'P11', 'P12', 'P13']]); rows with a "
            "blank are left out.",
            "servqual.cronbach_alpha(bank[['P10', 'P11', 'P12', 'P13']])；含空白的行会被略去。")],
))

register(Question(
    "servqual.t6_concentrate", title=("Concentrate here", "重点改进区"),
    card=Card.multi(dimension_options),
    expected=lambda: ipa_table("mean").index[
        ipa_table("mean")["quadrant"] == "concentrate_here"].tolist(),
    compare=unordered(normalize=_dimension),
    hints=[("Importance = mean points per dimension; performance = mean perception per "
            "dimension; crosshairs at the means.",
            "重要性 = 各维度平均分配分数；绩效 = 各维度平均感知得分；十字线取均值。"),
           ("ipa.quadrants(importance, performance) and keep the dimensions whose quadrant "
            "is 'concentrate_here'.",
            "使用 ipa.quadrants(importance, performance)，保留象限为 'concentrate_here' 的维度。")],
))

register(Question(
    "servqual.t7_crosshair", title=("The crosshair matters", "十字线位置的影响"),
    card=Card.choice(dimension_options),
    expected=_changed_by_crosshair, compare=exact(normalize=_dimension),
    hints=[("Run ipa.quadrants twice, with crosshair='mean' and crosshair='median'.",
            "分别用 crosshair='mean' 和 crosshair='median' 运行 ipa.quadrants。"),
           ("Compare the two quadrant columns; one dimension sits close to a crosshair.",
            "比较两次的象限列；有一个维度恰好靠近十字线。")],
))

register(Question(
    "servqual.t8_first_action",
    card=Card.choice(ACTION_LABELS),
    title=("What to improve first", "先改进什么"),
    expected=_first_action,
    compare=choice(ACTION_OPTIONS, normalize=lambda x: str(x).strip().lower()),
    hints=[("Look at both the size of each gap and how much customers care about it.",
            "同时考虑差距的大小和顾客对该维度的重视程度。"),
           ("Compute each dimension's mean of weight × gap per customer; the most negative "
            "costs the most quality.",
            "计算每个维度“每位顾客的权重 × 差距”的平均值；最负的那个对质量损失最大。")],
))

register(Question(
    "servqual.t8_standard", title=("Turn the gap into a service standard", "把差距转化为服务标准"),
    card=Card.text(lines=5),
    expected=lambda: None, compare=free_text(min_words=20),
    hints=[("Name the dimension and its gap, then write one measurable standard (what, "
            "how fast or how often, measured how) and say how you would check it.",
            "写出维度及其差距，再写一条可衡量的服务标准（做什么、多快或多频繁、如何测量），"
            "并说明如何检查。")],
    rubric=(
        Criterion("gap", 1, ("Names the dimension and the size of its gap.",
                             "写出维度及其差距的大小。")),
        Criterion("standard", 2, ("Writes one measurable standard: what is done, how fast or how "
                                  "often (1 point), measured how (1 point).",
                                  "写出一条可衡量的服务标准：做什么、多快或多频繁（1 分），"
                                  "如何测量（1 分）。")),
        Criterion("check", 1, ("Says how the standard will be checked (who, how often).",
                               "说明如何检查这条标准（由谁、多久一次）。")),
    ),
))
