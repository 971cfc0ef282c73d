"""Hidden tests of the blueprint assignment (trainer only; not in the learner bundle)."""

from __future__ import annotations

from typing import Any

from ...blueprint import Blueprint
from ...questions.blueprint import after, before
from ..checks import HiddenTest
from ..compare import AnswerMismatch


def _structure(bp: Blueprint) -> tuple[frozenset[Any], frozenset[Any]]:
    steps = frozenset((s.id, s.lane, s.column, s.label) for s in bp.steps)
    flows = frozenset((f.source, f.target) for f in bp.flows)
    return steps, flows


def _changes_the_process(answer: Any, expected: Any) -> None:
    """Hidden test: steps, lanes, columns or flows changed, not only the minutes."""
    if _structure(Blueprint.from_dict(answer)) == _structure(before()):
        raise AnswerMismatch("fail", "only numbers changed")


def _own_design(answer: Any, expected: Any) -> None:
    """Hidden test: not the shipped one-window design handed in unchanged."""
    if _structure(Blueprint.from_dict(answer)) == _structure(after()):
        raise AnswerMismatch("fail", "shipped design")


_COST_WORDS = ("backstage", "back office", "back-office", "hand-off", "handoff", "hand off",
               "internal", "training", "staff", "support", "system", "platform", "cost",
               "后台", "交接", "内部", "培训", "员工", "系统", "平台", "成本")


def _names_a_cost(answer: Any, expected: Any) -> None:
    """Hidden test: the explanation says what the redesign costs inside the organisation."""
    text = str(answer).lower()
    if not any(word in text for word in _COST_WORDS):
        raise AnswerMismatch("fail", "no cost named")


HIDDEN = {
    "blueprint.t5_redesign": [HiddenTest("changes the process", _changes_the_process,
                                         ("Change the process itself (steps, lanes, flows), not only the "
                                          "minutes: a shorter wait must come from a different design.",
                                          "请改变流程本身（步骤、泳道、流向），而不只是改分钟数：等待缩短必须来自不同的设计。")),
                              HiddenTest("own design", _own_design,
                                         ("Hand in your own design, not the one-window blueprint shipped with "
                                          "the course.", "请提交自己的设计，而不是课程自带的一窗受理蓝图。"))],
    "blueprint.t5_explain": [HiddenTest("names a cost", _names_a_cost,
                                        ("Say what your design costs inside the organisation: backstage work, "
                                         "hand-offs, systems or training.",
                                         "请说明你的设计在组织内部的代价：后台工作、交接、系统或培训。"))],
}
