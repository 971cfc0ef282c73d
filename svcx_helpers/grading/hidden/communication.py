"""Hidden tests of the communication assignment (trainer only; not in the learner bundle)."""

from __future__ import annotations

from typing import Any

from ...questions.communication import Rewrite, case_elements
from ..checks import HiddenTest
from ..compare import AnswerMismatch


def _required_for_the_case(answer: Any, expected: Rewrite) -> None:
    """Hidden test: the rewrite names the customer's matter, makes the next step concrete
    (a number, a time or a place) and acknowledges before it solves."""
    problems = case_elements(str(answer), expected)
    if problems:
        raise AnswerMismatch("fail", "missing: " + ", ".join(problems))


_HINT = ("A reply that passes the checker can still be empty: name the customer's matter, "
         "make the next step concrete (who does what, where or by when), and acknowledge or "
         "apologise before you offer the solution.",
         "能通过检查器的答复也可能空洞无物：要点明顾客办理的事项，把下一步说具体（谁、在哪里、"
         "什么时候做什么），并且先体谅或致歉，再提出解决办法。")

HIDDEN = {
    "communication.t5_rewrite_en": [HiddenTest("case", _required_for_the_case, _HINT)],
    "communication.t6_rewrite_zh": [HiddenTest("case", _required_for_the_case, _HINT)],
}
