"""Questions of the KANO exercise (solutions/kano.ipynb → exercises/kano.ipynb).

Every expected answer is computed from ``data/kano_it_service_desk.csv`` with
:mod:`svcx_helpers.kano`, so the checks follow the data and the methods.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

import pandas as pd

from .. import kano
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

DATASET = "kano_it_service_desk"
HAND_RESPONDENT = "R001"
ALERTS = "proactive_outage_alerts"
CHATBOT = "self_service_chatbot"
LOANER = "loaner_laptop"
BUDGET_OPTIONS = ("portal_theme", "proactive_outage_alerts", "prompt_acknowledgement",
                  "plain_language_explanation")


@lru_cache(maxsize=1)
def responses() -> pd.DataFrame:
    return load_dataset(DATASET)


@lru_cache(maxsize=1)
def counts() -> pd.DataFrame:
    return kano.count(responses())


@lru_cache(maxsize=1)
def evaluated() -> pd.DataFrame:
    return kano.evaluate(counts())


def hand_pairs() -> pd.DataFrame:
    """The answer pairs learners classify by hand (one respondent, all attributes)."""
    df = responses()
    return df.loc[df["respondent"] == HAND_RESPONDENT,
                  ["attribute", "functional", "dysfunctional"]].reset_index(drop=True)


def _hand_categories() -> list[str]:
    pairs = hand_pairs()
    return kano.classify(pairs["functional"], pairs["dysfunctional"]).tolist()


def _letter(x: Any) -> Any:
    return kano.category_letter(x)


def _key(x: Any) -> Any:
    return x.strip() if isinstance(x, str) else x


_close = number(atol=0.005)


def _compare_worse(answer: Any, expected: Any) -> None:
    """Like ``number``, but a right magnitude with the wrong sign gets its own message."""
    try:
        _close(answer, expected)
    except AnswerMismatch as mismatch:
        if (mismatch.status == "fail" and isinstance(answer, (int, float))
                and math.isclose(abs(float(answer)), abs(expected), abs_tol=0.005)):
            raise AnswerMismatch("fail", tr((
                "Check the sign: Worse is reported as a negative number, −(O+M)/(A+O+M+I).",
                "注意符号：Worse 按惯例报告为负数，即 −(O+M)/(A+O+M+I)。"))) from None
        raise


def _best_budget_choice() -> str:
    ranked = kano.rank(counts())
    return min(BUDGET_OPTIONS, key=lambda a: ranked.loc[a, "priority"])


def _chatbot_statement() -> str:
    row = kano.evaluate(counts()).loc[CHATBOT]
    return "b" if not bool(row["fong_significant"]) else "a"


def _loaner_department() -> str:
    by = kano.count(responses(), by="department").xs(LOANER, level="attribute")
    share = by["A"] / by.sum(axis=1)
    return str(share.idxmax())


# --- answer cards (the no-code track, exercises/nocode/kano.ipynb) ---------------------
DEPARTMENTS = {"Customer Service": "客户服务部", "Finance": "财务部", "HR": "人力资源部",
               "Operations": "运营部", "R&D": "研发部", "Sales": "销售部"}


def feature_options() -> list[tuple[str, tuple[str, str]]]:
    """Every feature as ``(key, (English label, Chinese label))``, in the data's order."""
    labels = load_dataset("kano_it_service_desk_attributes")
    return [(row.attribute, (row.label_en, row.label_zh)) for row in labels.itertuples()]


def _hand_rows() -> list[tuple[str, str]]:
    names = dict(feature_options())
    return [(row.attribute, f"{tr(names[row.attribute])} ({row.functional}, {row.dysfunctional})")
            for row in hand_pairs().itertuples()]


def _department_options() -> list[tuple[str, tuple[str, str]]]:
    return [(d, (d, DEPARTMENTS.get(d, d))) for d in sorted(responses()["department"].unique())]


def _budget_options() -> list[tuple[str, tuple[str, str]]]:
    names = dict(feature_options())
    return [(key, names[key]) for key in BUDGET_OPTIONS]


CHATBOT_STATEMENTS = [
    ("a", ("a — It is clearly attractive: build it now, it will delight everyone.",
           "a — 它显然是魅力型：马上建设，人人都会满意。")),
    ("b", ("b — Attractive and indifferent answers are too close to tell apart with this "
           "sample: look at segments or ask follow-up questions before investing.",
           "b — 魅力型与无差异型的票数太接近，这个样本分不出高下：先看细分群体或追问，再决定投入。")),
    ("c", ("c — It is a must-be feature, because the M > O > A > I rule always puts M first.",
           "c — 它是必备型，因为 M > O > A > I 规则总把 M 排在最前。")),
]
LETTERS = [(x, x) for x in "AOMIRQ"]

register(Question(
    "kano.t1_classify_by_hand", points=2, partial=True,
    expects=("a list of 12 category letters (A, O, M, I, R or Q), one per feature of respondent R001, "
             "in the order of the table", "一个含 12 个类别字母（A、O、M、I、R 或 Q）的列表，按表中顺序，"
             "对应受访者 R001 的每个功能"),
    title=("Classify answer pairs by hand", "手工判定答案对"),
    expected=_hand_categories,
    compare=sequence(normalize=_letter),
    hints=[("Rows of the evaluation table are the functional answer, columns the "
            "dysfunctional answer.", "评价表的行是正向问题的答案，列是反向问题的答案。"),
           ("(2, 5) — 'it must be that way' if present, 'I dislike it' if absent — is M; "
            "(1, 5) is O; (1, 2), (1, 3), (1, 4) are A.",
            "(2, 5)：具备时“理应如此”、不具备时“很不喜欢”，是 M；(1, 5) 是 O；(1, 2)/(1, 3)/(1, 4) 是 A。"),
           ("Only (1, 1) and (5, 5) are Q. Any other pair with functional 5 or dysfunctional "
            "1 is R; the middle block (2–4, 2–4) is I.",
            "只有 (1, 1) 和 (5, 5) 是 Q；其余正向为 5 或反向为 1 的都是 R；中间 (2–4, 2–4) 是 I。")],
    card=Card.table(_hand_rows, options=LETTERS),
))

register(Question(
    "kano.t2_counts", title=("Count categories per attribute", "统计各属性的类别"),
    expects=("a DataFrame with one row per attribute and the columns A O M I R Q (what kano.count "
             "returns)", "一个 DataFrame：每个属性一行，列为 A O M I R Q（即 kano.count 的结果）"),
    expected=counts, compare=frame(),
    hints=[("Use kano.count on the whole responses DataFrame.",
            "对整个 responses 数据表使用 kano.count。"),
           ("kano.count(responses) returns one row per attribute and the columns A O M I R Q.",
            "kano.count(responses) 每个属性一行，列为 A O M I R Q。")],
))

register(Question(
    "kano.t3_must_be", title=("Find the must-be attributes", "找出必备型属性"),
    expects=("a list of attribute keys (the row names of the counts table, not the labels), "
             "in any order", "一个属性键名的列表（计数表的行名，而不是标签），顺序不限"),
    expected=lambda: evaluated().index[evaluated()["category"] == "M"].tolist(),
    compare=unordered(normalize=_key),
    hints=[("Evaluate the counts with kano.evaluate and look at the category column.",
            "用 kano.evaluate 评价计数结果，再看 category 列。"),
           ("Filter: ev.index[ev['category'] == 'M'] — give attribute keys, not labels.",
            "筛选：ev.index[ev['category'] == 'M']，请给出属性键名而不是标签。")],
    card=Card.multi(feature_options),
))

register(Question(
    "kano.t4_better", title=("Better coefficient", "Better 系数"),
    expects=("one number between 0 and 1, within 0.005", "一个介于 0 与 1 之间的数字，误差不超过 0.005"),
    expected=lambda: float(evaluated().loc[ALERTS, "better"]), compare=_close,
    hints=[("Better = (A + O) / (A + O + M + I); R and Q are left out.",
            "Better = (A + O) / (A + O + M + I)，不计 R 和 Q。"),
           (f"Take the row counts.loc['{ALERTS}'] and apply the formula.",
            f"取 counts.loc['{ALERTS}'] 这一行代入公式。")],
    card=Card.number(),
))

register(Question(
    "kano.t4_worse", title=("Worse coefficient", "Worse 系数"),
    expects=("one negative number between −1 and 0, within 0.005", "一个介于 −1 与 0 之间的负数，误差不超过 0.005"),
    expected=lambda: float(evaluated().loc[ALERTS, "worse"]), compare=_compare_worse,
    hints=[("Worse = −(O + M) / (A + O + M + I), a number between −1 and 0.",
            "Worse = −(O + M) / (A + O + M + I)，取值在 −1 到 0 之间。"),
           ("Same denominator as Better; the numerator is O + M, with a minus sign.",
            "分母与 Better 相同；分子是 O + M，前面加负号。")],
    card=Card.number(),
))

register(Question(
    "kano.t5_priority", title=("Priority order M > O > A > I", "按 M > O > A > I 排序"),
    expects=("a list of 3 attribute keys, the most urgent first", "一个含 3 个属性键名的列表，最优先的排在最前"),
    expected=lambda: kano.rank(counts()).index[:3].tolist(), compare=sequence(normalize=_key),
    hints=[("kano.rank(counts) orders attributes by the M > O > A > I rule.",
            "kano.rank(counts) 按 M > O > A > I 规则给属性排序。"),
           ("Give the first three index entries of kano.rank(counts), in order.",
            "按顺序给出 kano.rank(counts) 的前三个索引。")],
    card=Card.ranking(feature_options, picks=3),
))

register(Question(
    "kano.t6_chatbot", title=("Read a near-tie", "解读接近平局的结果"),
    expects=("one of the letters a, b or c", "字母 a、b、c 之一"),
    expected=_chatbot_statement, compare=choice("abc", normalize=lambda x: str(x).strip().lower()),
    hints=[("Compare the chatbot's two largest categories and its fong_significant column.",
            "比较聊天机器人最大的两个类别，以及 fong_significant 列。"),
           ("fong_significant is False when the top two categories are too close to tell "
            "apart with this sample.", "fong_significant 为 False 表示以当前样本无法区分前两个类别。")],
    card=Card.choice(CHATBOT_STATEMENTS),
))

register(Question(
    "kano.t7_segment", title=("Segments differ", "不同群体的差异"),
    expects=("the name of one department, as in the data", "一个部门名称，与数据中的写法一致"),
    expected=_loaner_department, compare=exact(normalize=_key),
    hints=[("Count by department: kano.count(responses, by='department').",
            "按部门统计：kano.count(responses, by='department')。"),
           (f"Take the rows of '{LOANER}', divide A by the row total, and find the largest.",
            f"取出 '{LOANER}' 的各行，用 A 除以行合计，找出最大者。")],
    card=Card.choice(_department_options),
))

register(Question(
    "kano.t8_fund_first", title=("Decide what to fund first", "决定优先投入"),
    expects=("one of the four option keys given in the task", "题目给出的四个选项键名之一"),
    expected=_best_budget_choice, compare=choice(BUDGET_OPTIONS, normalize=_key),
    hints=[("Must-be gaps come first: a missing basic causes dissatisfaction that no "
            "delighter can make up for.", "先补必备型短板：基本需求缺失造成的不满，魅力型无法弥补。"),
           ("Look up the four options in kano.rank(counts) and pick the one ranked first.",
            "在 kano.rank(counts) 中找到这四个选项，选排名最靠前的。")],
    card=Card.choice(_budget_options),
))

register(Question(
    "kano.t8_justify", title=("Justify the decision", "说明理由"),
    expects=("a justification of at least 15 words", "一段不少于 15 个词的理由说明"),
    expected=lambda: None, compare=free_text(min_words=15),
    hints=[("Name the category of your choice and what happens to satisfaction if it is "
            "missing; mention one number from your analysis.",
            "说明你所选属性的类别、缺失时满意度会怎样，并引用一个分析中的数字。")],
    rubric=(
        Criterion("category", 2, (
            "Names the KANO category of the chosen feature (must-be) and says what its "
            "absence does to satisfaction (1 point each).",
            "写出所选功能的 KANO 类别（必备型），并说明它缺失时满意度会怎样（各 1 分）。")),
        Criterion("evidence", 1, (
            "Backs the choice with a number from the analysis (e.g. how many employees "
            "classify it as M).",
            "用分析中的一个数字支持这一选择（例如有多少员工把它归为 M）。")),
        Criterion("priority", 1, (
            "Explains why a missing basic comes before attractive and one-dimensional "
            "features.",
            "说明为什么先补基本需求，再投入魅力型和期望型功能。")),
    ),
    card=Card.text(lines=5),
))
