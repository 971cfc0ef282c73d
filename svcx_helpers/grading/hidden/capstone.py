"""Hidden tests of the capstone assignment (trainer only; not in the learner bundle)."""

from __future__ import annotations

import re
from typing import Any

from ... import capstone
from ...blueprint import Blueprint, load
from ...core import count_words
from ..checks import HiddenTest
from ..compare import AnswerMismatch


def _structure(bp: Blueprint) -> tuple[frozenset[Any], frozenset[Any]]:
    return (frozenset((s.id, s.lane, s.column, s.label) for s in bp.steps),
            frozenset((f.source, f.target) for f in bp.flows))


def _design_of(answer: Any) -> tuple[capstone.Track, Blueprint]:
    items = {str(k).strip().casefold(): v for k, v in answer.items()}
    return capstone.track(items["track"]), Blueprint.from_dict(items["design"])


def _changes_the_process(answer: Any, expected: Any) -> None:
    """Hidden test: steps, lanes, columns or flows changed, not only the minutes."""
    case, bp = _design_of(answer)
    if _structure(bp) == _structure(case.today()):
        raise AnswerMismatch("fail", "only numbers changed")


def _own_design(answer: Any, expected: Any) -> None:
    """Hidden test: not the redesign shipped with the course."""
    case, bp = _design_of(answer)
    if case.after_blueprint and _structure(bp) == _structure(load(case.after_blueprint)):
        raise AnswerMismatch("fail", "shipped design")


def _removes_a_fail_point(answer: Any, expected: Any) -> None:
    """Hidden test: at least one of today's fail points is gone or no longer a fail point."""
    case, bp = _design_of(answer)
    before = {s.id for s in case.today().steps if s.fail_point}
    still = {s.id for s in bp.steps if s.fail_point}
    if before <= still:
        raise AnswerMismatch("fail", "no fail point removed")


def _distinct_targets(answer: Any, expected: Any) -> None:
    """Hidden test: one target per KQI, not the same sentence copied."""
    items = {str(k).strip().casefold(): v for k, v in answer.items()}
    texts = [" ".join(str(v).split()).casefold() for v in items["targets"].values()]
    if len(set(texts)) < len(texts):
        raise AnswerMismatch("fail", "copied target")


def _uses_evidence(answer: Any, expected: Any) -> None:
    """Hidden test: the conclusion cites the analysis — at least two numbers."""
    items = {str(k).strip().casefold(): v for k, v in answer.items()}
    if len(re.findall(r"\d+(?:[.,]\d+)?", str(items["conclusion"]))) < 2:
        raise AnswerMismatch("fail", "no numbers")


def _conclusion_in_report(answer: Any, expected: Any) -> None:
    """Hidden test: the report contains this conclusion (its word count matches)."""
    items = {str(k).strip().casefold(): v for k, v in answer.items()}
    # the report renders "- " list markers as bullets: they are not words there
    words = count_words(re.sub(r"(?m)^\s*- ", "", str(items["conclusion"])))
    if abs(float(items["outline"]["conclusion_words"]) - words) > 2:
        raise AnswerMismatch("fail", "conclusion not in the report")


HIDDEN = {
    "capstone.redesign": [HiddenTest("changes the process", _changes_the_process,
                                     ("Change the process itself (steps, lanes, flows), not only the "
                                      "minutes.", "请改变流程本身（步骤、泳道、流向），而不只是改分钟数。")),
                          HiddenTest("own design", _own_design,
                                     ("Hand in your own design, not the redesign shipped with the course.",
                                      "请提交自己的设计，而不是课程自带的改进方案。")),
                          HiddenTest("removes a fail point", _removes_a_fail_point,
                                     ("Remove at least one of today's fail points, or make it fail-safe so "
                                      "that it is no longer marked F.",
                                      "请至少消除一个现状失误点，或加上防错设计，使其不再标为 F。"))],
    "capstone.targets": [HiddenTest("distinct targets", _distinct_targets,
                                    ("Write one target per KQI, each in its own words.",
                                     "每个指标写一条目标，各用自己的表述。"))],
    "capstone.report": [HiddenTest("uses evidence", _uses_evidence,
                                   ("Base the conclusion on your results: cite the numbers that support "
                                    "it.", "结论要以分析结果为依据：引用支持它的数字。")),
                        HiddenTest("conclusion in the report", _conclusion_in_report,
                                   ("Put this conclusion into the report (add_step(..., "
                                    "conclusion=conclusion)) and save it again.",
                                    "请把这段结论放进报告（add_step(..., conclusion=conclusion)）并重新保存。"))],
}
