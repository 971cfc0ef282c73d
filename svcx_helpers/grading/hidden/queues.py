"""Hidden tests of the queues assignment (trainer only; not in the learner bundle)."""

from __future__ import annotations

from typing import Any

from ..checks import HiddenTest
from ..compare import AnswerMismatch

_PRINCIPLE_MENTION = ("maister", "occupied", "idle", "pre-process", "in-process", "anxiety",
                      "anxious", "uncertain", "unexplained", "explain", "unfair", "fair",
                      "solo", "alone", "perceived", "perception", "梅斯特", "空闲", "无所事事",
                      "有事可做", "焦虑", "不确定", "解释", "公平", "独自", "感知", "感觉")


_CAPACITY_WORDS = ("agent", "staff", "capacity", "erlang", "workload", "work load",
                   "handling time", "aht", "roster", "shift", "座席", "坐席", "人手", "人员",
                   "排班", "工作量", "话务量", "人力")


def _names_a_principle(answer: Any, expected: Any) -> None:
    """Hidden test: the redesign says which perception of waiting it changes."""
    text = str(answer).casefold()
    if not any(w in text for w in _PRINCIPLE_MENTION):
        raise AnswerMismatch("fail", "no principle named")


def _says_what_stays(answer: Any, expected: Any) -> None:
    """Hidden test: the redesign says what happens to the real work (agents, call-backs)."""
    text = str(answer).casefold()
    if not any(w in text for w in _CAPACITY_WORDS):
        raise AnswerMismatch("fail", "no capacity named")


HIDDEN = {
    "queues.t8_virtual_queue": [HiddenTest("names a principle", _names_a_principle,
                                           ("Say which of Maister's principles your redesign uses, and how it "
                                            "changes what the caller perceives.",
                                            "请说明你的设计运用了梅斯特的哪条原则，以及它如何改变来电者的感知。")),
                                HiddenTest("says what stays", _says_what_stays,
                                           ("Say what the virtual queue does not change: the calls still have to "
                                            "be handled by agents (when, and how many?).",
                                            "请说明虚拟排队不能改变什么：这些电话仍要由坐席处理（何时处理、需要多少人？）。"))],
}
