"""Hidden tests of the culture assignment (trainer only; not in the learner bundle)."""

from __future__ import annotations

from typing import Any

from ... import empowerment
from ...i18n import MESSAGES
from ...questions.culture import read_own
from ..checks import HiddenTest
from ..compare import AnswerMismatch


def _chain_holds(answer: Any, expected: Any) -> None:
    """Hidden test: no limit falls up the chain (a front-line role may not grant more than
    the team leader, nor the team leader more than the service manager)."""
    violations = empowerment.chain_violations(read_own(answer))
    if violations:
        raise AnswerMismatch("fail", "a limit falls up the escalation chain: "
                             + ", ".join("/".join(v) for v in violations))


HIDDEN = {
    "culture.t7_own_matrix": [HiddenTest("chain", _chain_holds,
                                         MESSAGES["empowerment.bank.own.chain"])],
}
