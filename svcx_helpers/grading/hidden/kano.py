"""Hidden tests of the kano assignment (trainer only; not in the learner bundle)."""

from __future__ import annotations

from typing import Any

from ..checks import HiddenTest
from ..compare import AnswerMismatch

_CATEGORY_WORDS = ("must-be", "must be", "basic", "one-dimensional", "performance",
                   "attractive", "delighter", "indifferent", "reverse",
                   "必备", "基本", "期望", "一维", "魅力", "兴奋", "无差异", "反向")


def _names_a_category(answer: Any, expected: Any) -> None:
    """Hidden test: a justification names a KANO category (in English or Chinese)."""
    text = str(answer).lower()
    if not any(word in text for word in _CATEGORY_WORDS):
        raise AnswerMismatch("fail", "no category named")


HIDDEN = {
    "kano.t8_justify": [HiddenTest("names the category", _names_a_category,
                                   ("Say which KANO category your choice belongs to.",
                                    "请写明你所选属性属于哪一类 KANO 需求。"))],
}
