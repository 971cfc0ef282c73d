"""Hidden tests of the customers assignment (trainer only; not in the learner bundle)."""

from __future__ import annotations

import re
from typing import Any

from ..checks import HiddenTest
from ..compare import AnswerMismatch

CUSTOMER_WORDS = re.compile(r"\b(operations|warehouse)\b|运营|仓库|仓储", re.IGNORECASE)


def _names_customer(answer: Any, expected: Any) -> None:
    """Hidden test: an internal SLA names both sides, so the internal customer too."""
    if not CUSTOMER_WORDS.search(str(answer)):
        raise AnswerMismatch("fail", "internal customer not named")


HIDDEN = {
    "customers.t7_internal_sla": [HiddenTest("names_customer", _names_customer,
                                             ("An internal SLA binds two sides: name the internal customer "
                                              "(operations) as well as the supplier.",
                                              "内部 SLA 约束的是双方：除了供应方，还要写明内部客户（运营部）。"))],
}
