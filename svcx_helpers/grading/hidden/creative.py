"""Hidden tests of the creative assignment (trainer only; not in the learner bundle)."""

from __future__ import annotations

import re
from typing import Any

from ...questions.creative import changed_points, read_advice, read_scamper
from ..checks import HiddenTest
from ..compare import AnswerMismatch

_ASSUMPTIONS = re.compile(
    r"\b(?:weight\w*|rater\w*|disagree\w*|feasib\w*|share|adopt\w*|uptake|take.up|quarter|"
    r"per ?cent|smartphone\w*|phone\w*|apps?|older|elderly|digital|queue\w*|arriv\w*|"
    r"peak|clerk\w*|staff\w*|cost\w*|budget|price)\b|\d+\s*%|"
    r"权重|评分者|分歧|可行|比例|采用|使用率|手机|智能手机|老年|年长|数字|排队|到达|高峰|"
    r"接待员|人手|员工|成本|预算",
    re.IGNORECASE)


def _touches_a_fail_or_wait_point(answer: Any, expected: Any) -> None:
    """Hidden test: at least one option changes a step the blueprint marks as a fail
    point or a wait point (where the redesign matters most)."""
    table, _ = read_scamper(answer)
    if not set(table["step"]) & set(changed_points()):
        raise AnswerMismatch("fail", "no option changes a fail or wait point")


def _names_an_assumption(answer: Any, expected: Any) -> None:
    """Hidden test: the assumption names something concrete the recommendation depends on
    (the weights, the raters, the share of guests on the phone, older guests, the desk
    staffing, the cost …), not just "it might not work"."""
    text = read_advice(answer)["assumption"]
    if not _ASSUMPTIONS.search(text):
        raise AnswerMismatch("fail", "no concrete assumption named")


HIDDEN = {
    "creative.t1_scamper": [HiddenTest(
        "fail_or_wait_point", _touches_a_fail_or_wait_point,
        ("Let at least one option change a step the blueprint marks as a fail point or a "
         "wait point: the queue at the desk (C8), the room-service wait (C12), the note "
         "that gets lost (B1), the rooms not ready (S5) or the kitchen backlog (S7).",
         "至少让一个方案改变蓝图中标为失误点或等待点的步骤：前台排队（C8）、客房送餐等待（C12）、"
         "丢失的备注（B1）、没打扫好的房间（S5）或厨房积压（S7）。"))],
    "creative.t6_advice": [HiddenTest(
        "names_an_assumption", _names_an_assumption,
        ("Say concretely what the recommendation depends on: the weights, the raters' "
         "disagreement on feasibility, the share of guests who will check in on the phone, "
         "guests without a smartphone, or the desk staffing at the peak.",
         "请具体说明建议取决于什么：权重、评分者对可行性的分歧、会用手机办理入住的客人比例、没有"
         "智能手机的客人，或高峰时段前台的人手。"))],
}
