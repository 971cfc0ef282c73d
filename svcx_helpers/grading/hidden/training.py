"""Hidden tests of the training assignment (trainer only; not in the learner bundle)."""

from __future__ import annotations

import re
from typing import Any

from ...questions.training import read_attribution
from ..checks import HiddenTest
from ..compare import AnswerMismatch

_THREATS = re.compile(
    r"random\w*|select\w*|chose\w*|chosen|choice|picked|assign\w*|differ\w*|"
    r"same time|meanwhile|simultaneous\w*|other change\w*|something else|other event\w*|"
    r"manager\w*|new system|campaign\w*|spill\w*|contaminat\w*|learn\w* from|"
    r"parallel|trend\w*|assumption|hawthorne|watched|observ\w*|regression to the mean|"
    r"confound\w*|bias\w*|size|larger|bigger|"
    r"随机|选择|挑选|指定|选定|不同|差异|同时|同期|其他变化|其他因素|别的因素|经理|行长|新系统|"
    r"溢出|外溢|互相学习|平行|趋势|假设|霍桑|被观察|观察者|均值回归|混杂|偏差|规模|较大|更大",
    re.IGNORECASE)


def _names_a_threat(answer: Any, expected: Any) -> None:
    """Hidden test: "cannot" names a concrete threat to the comparison (how the branches
    were chosen, other changes in the same months, spill-over, the parallel-trends
    assumption, being watched …), not just "it cannot prove anything"."""
    text = read_attribution(answer)["cannot"]
    if not _THREATS.search(text):
        raise AnswerMismatch("fail", "no concrete threat named")


HIDDEN = {
    "training.t8_attribution": [HiddenTest(
        "names_a_threat", _names_a_threat,
        ("Say concretely what the DiD cannot rule out: the trained branches were chosen, "
         "not drawn at random; something else may have changed in them in the same months; "
         "untrained tellers may have learned from trained ones; and the whole design rests "
         "on the parallel-trends assumption.",
         "请具体说明双重差分排除不了什么：已培训网点是挑选出来的，而不是随机抽取的；同一时期这些"
         "网点可能还发生了别的变化；未培训的柜员可能向受训同事学到了做法；而且整个设计都建立在平行"
         "趋势假设之上。"))],
}
