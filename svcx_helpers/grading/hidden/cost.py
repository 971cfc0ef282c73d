"""Hidden tests of the cost assignment (trainer only; not in the learner bundle)."""

from __future__ import annotations

import re
from typing import Any

from ...questions.cost import read_chatbot
from ..checks import HiddenTest
from ..compare import AnswerMismatch

_TRIGGERS = re.compile(
    r"ask\w* for (a |an )?(person|human|agent|people|staff)|request\w* (a )?(person|human)|"
    r"want\w* (a |to talk to a |to speak to a )?(person|human)|"
    r"complain\w*|angry|anger|upset|distress\w*|frustrat\w*|emotion\w*|"
    r"fraud\w*|stolen|theft|lost card|block\w*|freez\w*|risk\w*|irreversib\w*|cannot be undone|"
    r"large (amount|sum|transfer)|money|payment|transfer\w*|"
    r"vulnerab\w*|older|elderly|disab\w*|dementia|confus\w*|"
    r"fail\w*|not understand\w*|misunderst\w*|(twice|two times|second time|again)|loop\w*|"
    r"advice|advis\w*|suitab\w*|regulat\w*|legal|"
    r"要求人工|转人工|找人工|真人|投诉|不满|愤怒|生气|情绪|着急|"
    r"盗刷|挂失|被盗|诈骗|欺诈|冻结|风险|不可撤销|无法撤回|大额|资金|转账|"
    r"老年|老人|残障|残疾|弱势|困惑|"
    r"两次|再次|没听懂|无法理解|不理解|识别失败|答非所问|"
    r"建议|理财|适当性|监管|法律",
    re.IGNORECASE)


def _names_a_trigger(answer: Any, expected: Any) -> None:
    """Hidden test: the rule names a concrete situation in which a person must take over
    (the customer asks for one, a complaint or an upset customer, fraud or a risky or
    irreversible transaction, a vulnerable customer, the bot failing to understand, advice
    that needs a person), not just "when the bot cannot help"."""
    rule = read_chatbot(answer)["rule"]
    if not _TRIGGERS.search(rule):
        raise AnswerMismatch("fail", "no concrete hand-over trigger named")


HIDDEN = {
    "cost.t8_chatbot": [HiddenTest(
        "names_a_trigger", _names_a_trigger,
        ("Say concretely when a person must take over, whatever the cost per contact: when "
         "the customer asks for a person; when the customer complains or is upset; when money "
         "is at risk or a step cannot be undone (a lost or stolen card, a large transfer); "
         "when the customer seems vulnerable; and when the bot has failed to understand twice.",
         "请具体说明在什么情况下必须由人接手，而不论每次接触的成本高低：顾客要求转人工时；顾客投诉"
         "或情绪激动时；涉及资金风险或操作不可撤销时（银行卡丢失或被盗、大额转账）；顾客看起来属于"
         "弱势群体时；以及机器人两次都没有听懂时。"))],
}
