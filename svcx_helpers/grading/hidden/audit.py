"""Hidden tests of the audit assignment (trainer only; not in the learner bundle)."""

from __future__ import annotations

from typing import Any

from ...audit import stated_time
from ...questions.audit import read_message, service_named
from ..checks import HiddenTest
from ..compare import AnswerMismatch


def _concrete(answer: Any, expected: Any) -> None:
    """Hidden test: the first message names the app and promises the next update at a
    stated time (a clock time or a number of minutes or hours), not "soon"."""
    text = read_message(answer)
    problems = [name for name, ok in (("service", service_named(text)),
                                      ("time", stated_time(text))) if not ok]
    if problems:
        raise AnswerMismatch("fail", "missing: " + ", ".join(problems))


HIDDEN = {
    "audit.t7_first_message": [HiddenTest(
        "concrete", _concrete,
        ("A first message can have every element and still say little: name the service "
         "that is down (the mobile app) and give the time of the next update (\"by 09:40\", "
         "\"within 30 minutes\"), not just \"soon\".",
         "首条通报即使各要素齐全，也可能言之无物：要点名出故障的服务（手机银行），并给出下次更新的"
         "具体时间（“9:40 前”“30 分钟内”），而不只是“尽快”。"))],
}
