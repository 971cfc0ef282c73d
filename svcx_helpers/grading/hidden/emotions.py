"""Hidden tests of the emotions assignment (trainer only; not in the learner bundle)."""

from __future__ import annotations

import re
from typing import Any

from ...questions.emotions import read_changes
from ..checks import HiddenTest
from ..compare import AnswerMismatch

_CHECK_WORDS = re.compile(
    r"measur\w*|re-?survey\w*|survey again|repeat\w* the survey|track\w*|monitor\w*|"
    r"compar\w*|pilot\w*|trial\w*|evaluat\w*|check\w*|indicator\w*|\bKQI\w*|before and after|"
    r"control group|follow-up|follow up|stepped|baseline|"
    r"复测|再次调查|重复调查|再调查|跟踪|监测|比较|对比|试点|评估|检验|检查|指标|前后|对照组|基线",
    re.IGNORECASE)


def _checked(answer: Any, expected: Any) -> None:
    """Hidden test: each change says how its effect will be checked (the survey cannot)."""
    unchecked = [c for c in read_changes(answer) if not _CHECK_WORDS.search(c)]
    if unchecked:
        raise AnswerMismatch("fail", "a change without a way to check that it worked")


HIDDEN = {
    "emotions.t7_changes": [HiddenTest(
        "checked", _checked,
        ("Each change needs a way to check that it worked — a repeat survey, a pilot with a "
         "comparison group, a KQI followed before and after: a cross-sectional survey "
         "cannot tell you.",
         "每项改变都需要说明如何检验它是否有效——再次调查、设对照组的试点、改变前后跟踪某项关键质量指标："
         "横断面调查本身无法告诉你。"))],
}
