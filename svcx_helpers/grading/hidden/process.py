"""Hidden tests of the process assignment (trainer only; not in the learner bundle)."""

from __future__ import annotations

from typing import Any

from ...questions.process import VALUE_ADDING, read_redesign
from ..checks import HiddenTest
from ..compare import AnswerMismatch


def _keeps_the_service(answer: Any, expected: Any) -> None:
    """Hidden test: the redesign does not remove what the customer came for."""
    changes = read_redesign(answer)
    removed = [a for a, s in changes.items()
               if a in VALUE_ADDING and (s.get("remove") or s.get("speedup", 0) >= 1)]
    if removed:
        raise AnswerMismatch("fail", f"removes value-adding {removed}")


HIDDEN = {
    "process.t8_redesign": [HiddenTest("keeps the service", _keeps_the_service,
                                       ("Do not remove an activity the customer comes for (the value-adding "
                                        "set of task 3); make it faster or cut the wait before it instead.",
                                        "不要删除顾客前来办理的活动（任务 3 中的增值活动）；可以让它更快，"
                                        "或缩短它之前的等待。"))],
}
