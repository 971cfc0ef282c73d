"""Hidden tests of the servicescape assignment (trainer only; not in the learner bundle)."""

from __future__ import annotations

import re
from typing import Any

from ...questions.servicescape import read_proposal
from ..checks import HiddenTest
from ..compare import AnswerMismatch

_OFFLINE = re.compile(
    r"without (a |the )?(smart)?phone|no (smart)?phone|paper|printed|in person|face[- ]to[- ]face|"
    r"by hand|staff (will |can )?(take|issue|fill|help|call|walk|accompan)\w*|"
    r"id card|identity card|phone call|call (them|the visitor|back)|landline|"
    r"accompan\w*|escort\w*|walk\w* (them|the visitor|with)|home (visit|delivery)|"
    r"deliver\w* (home|to)|relative|proxy|on (their|the visitor's) behalf|help desk|"
    r"不用(智能)?手机|无需(智能)?手机|没有(智能)?手机|纸质|纸上|书面|人工|当面|面对面|身份证|"
    r"电话(告知|通知|回访)|代办|帮办|代取|代填|陪同|陪办|全程|引导|上门|送达|亲属|代领",
    re.IGNORECASE)
_NUMBER = re.compile(r"\d|\b(one|two|three|four|five|six)\b|[一二两三四五六七八九十]\s*(名|个|位|人)",
                     re.IGNORECASE)


def _offline_and_staffed(answer: Any, expected: Any) -> None:
    """Hidden test: the channel names a concrete way through the hall without a smartphone
    (paper, staff who take the ticket or fill in the form, an ID card, a phone call, a
    proxy …) and the staffing gives a number of people, not just "enough staff"."""
    got = read_proposal(answer)
    if not _OFFLINE.search(got["channel"]):
        raise AnswerMismatch("fail", "no way without a smartphone named")
    if not _NUMBER.search(got["staffing"]):
        raise AnswerMismatch("fail", "no number of staff")


HIDDEN = {
    "servicescape.t8_proposal": [HiddenTest(
        "offline_and_staffed", _offline_and_staffed,
        ("Say concretely how a visitor without a smartphone gets through the hall with the "
         "desk (a ticket issued by staff or with the ID card, a paper form filled in with "
         "help, a phone call when the result is ready, pick-up with the ID card or by a "
         "relative), and give the number of people at the desk at the peak and at other "
         "times, from task 7.",
         "请具体说明不用智能手机的访客如何借助帮办台办完事（由工作人员代取号或刷身份证取号、在协助下"
         "填写纸质表格、办结后电话通知、凭身份证或由亲属代领），并根据任务 7 写明高峰和其他时段帮办台"
         "各配几个人。"))],
}
