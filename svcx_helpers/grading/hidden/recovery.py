"""Hidden tests of the recovery assignment (trainer only; not in the learner bundle)."""

from __future__ import annotations

import re
from typing import Any

from ...questions.recovery import read_reflection
from ..checks import HiddenTest
from ..compare import AnswerMismatch

_COMPENSATION_WORDS = re.compile(
    r"compensat\w*|refund\w*|voucher\w*|apolog\w*|gift\w*|coupon\w*|discount\w*|"
    r"补偿|赔偿|退款|退费|道歉|致歉|礼品|代金券|优惠券", re.IGNORECASE)


_PREVENTION_WORDS = re.compile(
    r"prevent\w*|before|alarm\w*|alert\w*|automatic\w*|block\w*|stop\w*|check\w*|"
    r"monitor\w*|threshold\w*|trigger\w*|test\w*|forecast\w*|schedul\w*|roster\w*|"
    r"booking|appointment\w*|queue\w*|rollback|roll back|staged|canary|limit\w*|cannot|"
    r"预防|防止|提前|之前|报警|警报|预警|提醒|自动|阻止|检查|监控|阈值|触发|测试|预测|"
    r"排班|预约|回滚|灰度|限制|无法", re.IGNORECASE)


def _prevents(answer: Any, expected: Any) -> None:
    """Hidden test: the fail-safe prevents or catches the failure; it is not compensation."""
    text = read_reflection(answer)["fail_safe"]
    if _COMPENSATION_WORDS.search(text) and not _PREVENTION_WORDS.search(text):
        raise AnswerMismatch("fail", "a fail-safe prevents; compensation recovers")


HIDDEN = {
    "recovery.t8_root_cause": [HiddenTest("prevents", _prevents,
                                          ("A fail-safe stops the failure from happening or catches it before "
                                           "the customer is affected; compensation and apologies belong to the "
                                           "recovery, not to the fail-safe.",
                                           "防失误设计要阻止失误发生，或在顾客受影响之前发现它；补偿和道歉属于补救，"
                                           "不属于防失误设计。"))],
}
