"""Hidden tests of the journey assignment (trainer only; not in the learner bundle)."""

from __future__ import annotations

from typing import Any

from ...questions.journey import hotel, read_own_journey
from ..checks import HiddenTest
from ..compare import AnswerMismatch
from ..readers import clean as _clean


def _not_the_hotel(answer: Any, expected: Any) -> None:
    """Hidden test: the journey is the learner's own, not the course's hotel journey."""
    jm = read_own_journey(answer)
    mine = {_clean(s.action) for s in jm.steps}
    hotel_actions = {_clean(s.action) for s in hotel().steps}
    if len(mine & hotel_actions) > len(mine) / 2:
        raise AnswerMismatch("fail", "copy of the hotel journey")


def _has_a_low(answer: Any, expected: Any) -> None:
    """Hidden test: the curve has at least one step below the midpoint (a pain point)."""
    jm = read_own_journey(answer)
    if jm.pain_points().empty:
        raise AnswerMismatch("fail", "no pain point")


HIDDEN = {
    "journey.t8_own_journey": [HiddenTest("not the hotel journey", _not_the_hotel,
                                          ("Map a service of your own choice, not the hotel check-in.",
                                           "请绘制你自己选择的服务，而不是酒店入住。")),
                               HiddenTest("has a pain point", _has_a_low,
                                          ("A journey map shows lows as well as highs: give at least one step an "
                                           "emotion below the midpoint of the scale.",
                                           "旅程地图既有高点也有低谷：至少让一个步骤的情绪分低于量表中点。"))],
}
