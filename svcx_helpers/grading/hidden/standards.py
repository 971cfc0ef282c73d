"""Hidden tests of the standards assignment (trainer only; not in the learner bundle)."""

from __future__ import annotations

from typing import Any

from ... import standards
from ...questions.standards import MIN_SHARE, measured, parse_standard
from ..checks import HiddenTest
from ..compare import AnswerMismatch

SLACK = 0.15
"""Hidden test: today's compliance may exceed the promised share by at most 15 points."""


def _challenging(answer: Any, expected: Any) -> None:
    """Hidden test: the promise is not far below what the desk already achieves."""
    parsed = parse_standard(answer)
    share = parsed["share"] if parsed["share"] is not None else MIN_SHARE
    met = standards.sla_compliance(measured(parsed), parsed["target_h"])
    if met - share > SLACK:
        raise AnswerMismatch("fail", "target too loose")


HIDDEN = {
    "standards.t8_hard_standard": [HiddenTest("challenging", _challenging,
                                              ("A good standard is challenging as well as realistic: promise a share "
                                               "close to what the desk achieves today, not far below it.",
                                               "好的标准既现实又有挑战性：承诺的比例应接近服务台目前的实际水平，"
                                               "而不是远低于它。"))],
}
