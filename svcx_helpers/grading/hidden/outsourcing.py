"""Hidden tests of the outsourcing assignment (trainer only; not in the learner bundle)."""

from __future__ import annotations

from typing import Any

from ...questions.outsourcing import read_rewrites, stop_is_limited
from ..checks import HiddenTest
from ..compare import AnswerMismatch


def _stop_has_a_limit(answer: Any, expected: Any) -> None:
    """Hidden test: the rewritten clock-stop clause limits a stop in time (a number with a
    time unit: "at most 2 working days", "24 小时内"), so that a forgotten pending status
    cannot stop the clock for weeks."""
    if not stop_is_limited(read_rewrites(answer)["clock_stops"]):
        raise AnswerMismatch("fail", "the clock-stop clause sets no time limit")


HIDDEN = {
    "outsourcing.t8_rewrite": [HiddenTest(
        "stop_limited", _stop_has_a_limit,
        ("A clock stop also needs an end: say how long a stop may last at most, or when the "
         "clock restarts if the customer does not answer (for example after 2 working days), "
         "in numbers.",
         "暂停计时还需要有终点：用数字写明一次暂停最长可持续多久，或客户未答复时何时恢复计时"
         "（例如 2 个工作日后）。"))],
}
