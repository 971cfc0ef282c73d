"""Questions of the service-culture and empowerment exercise (solutions/culture.ipynb →
exercises/culture.ipynb).

Tasks 1–5 and 7 are computed with :mod:`svcx_helpers.empowerment` from
``data/complaints.csv`` (the resolved complaints) and ``data/authority_levels.csv`` (the
current authority matrix), so data, library and checks cannot drift apart. Task 3 is the
head of the complaint centre's memo (:data:`MEMO`) written as a matrix; task 6 rates the
five contingencies of Bowen & Lawler (1992) for the case in :data:`CASE`; task 7 is the
learner's own matrix: the visible check asks for the targets, a hidden test that no limit
falls up the escalation chain.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

import numpy as np
import pandas as pd

from .. import empowerment
from ..data import load_dataset
from ..grading import AnswerMismatch, Question, describe, register
from ..grading.readers import clean as _clean
from ..grading.readers import close as _close
from ..grading.readers import mismatch as _mismatch
from ..grading.readers import number as _number
from ..grading.readers import values as _values

DATASET = "complaints"
AUTHORITY = "authority_levels"
FRONT = ("hotline_agent", "online_agent", "branch_teller")
"""The first-contact roles whose limits the learner designs (in the order of the tables)."""
CHAIN = empowerment.ESCALATION
REMEDIES = empowerment.REMEDIES

CAP = 8_000
"""Task 5: the cap on the added cost at risk (yuan per year)."""
STEP = 10
"""Task 5: the bank sets limits in whole tens of yuan."""
TARGET_FCR = 0.70
BUDGET = 100_000
"""Task 7: first-contact resolution at least 70 % with a cost at risk of at most
100,000 yuan a year."""

MEMO = {"online_agent": {"apology_gift": 50, "credit_voucher": 100, "fee_refund": 50,
                         "full_refund": 0},
        "hotline_agent": {"credit_voucher": 100},
        "branch_teller": {"full_refund": 200}}
"""Task 3: the memo's changes to the current matrix (everything else stays)."""

CASE = {"strategy": "E", "tie": "E", "technology": "P", "environment": "E", "people": "P"}
"""Task 6: Bowen & Lawler's five contingencies for the complaint centre of the notebook's
case: P = the production-line end, E = the empowerment end."""
CONTINGENCY_NAMES = {
    "strategy": ("business strategy", "basic business strategy", "经营战略", "战略"),
    "tie": ("tie to the customer", "customer tie", "relationship", "与顾客的关系", "顾客关系"),
    "technology": ("tech", "技术"),
    "environment": ("business environment", "经营环境", "环境"),
    "people": ("types of people", "staff", "人员", "员工"),
}
ENDS = {"P": ("production line", "production-line", "production", "生产线", "生产线方法"),
        "E": ("empowerment", "empower", "empowered", "授权")}

ROLE_NAMES = {
    "hotline_agent": ("hotline agent", "hotline", "热线坐席", "坐席"),
    "online_agent": ("online agent", "online", "在线客服"),
    "branch_teller": ("branch teller", "teller", "网点柜员", "柜员"),
    "team_leader": ("team leader", "值班主管", "主管"),
    "service_manager": ("service manager", "客户服务经理", "经理"),
}
REMEDY_NAMES = {
    "apology_gift": ("apology gift", "gift", "致歉礼品", "礼品"),
    "credit_voucher": ("credit voucher", "voucher", "抵用券"),
    "fee_refund": ("fee refund", "退还手续费", "退费"),
    "full_refund": ("full refund", "全额退款"),
}
CHANNEL_NAMES = {
    "phone": ("telephone", "电话"),
    "email": ("e-mail", "mail", "电子邮件", "邮件"),
    "app": ("mobile app", "手机银行 app", "手机银行", "app"),
    "branch": ("网点",),
    "social_media": ("social media", "社交媒体"),
}


# -------------------------------------------------------------------------- data
@cache
def complaints() -> pd.DataFrame:
    return load_dataset(DATASET)


@cache
def levels() -> pd.DataFrame:
    return load_dataset(AUTHORITY)


def current() -> pd.DataFrame:
    """The bank's authority matrix today (roles × remedies)."""
    return empowerment.authority_matrix(levels())


def current_kqis() -> tuple[float, float]:
    """First-contact resolution and cost at risk of the current matrix."""
    row = empowerment.fcr(complaints(), current()).iloc[0]
    return float(row["fcr"]), float(row["cost_at_risk"])


def by_channel() -> pd.Series:
    return empowerment.fcr(complaints(), current(), by="channel")["fcr"]


def weakest_channel() -> tuple[str, float]:
    fcr = by_channel()
    return str(fcr.idxmin()), float(fcr.min())


def memo_matrix() -> pd.DataFrame:
    out = current()
    for role, cells in MEMO.items():
        for remedy, limit in cells.items():
            out = empowerment.raise_limit(out, role, remedy, limit)
    return out


def memo_effect() -> tuple[float, float]:
    """FCR gain (a share: 0.183 is 18.3 points) and added cost at risk of the memo."""
    before = empowerment.fcr(complaints(), current()).iloc[0]
    after = empowerment.fcr(complaints(), memo_matrix()).iloc[0]
    return (float(after["fcr"] - before["fcr"]),
            float(after["cost_at_risk"] - before["cost_at_risk"]))


def changes(cap: float | None = CAP, step: float | None = STEP) -> pd.DataFrame:
    return empowerment.best_changes(complaints(), current(), cap=cap, step=step)


def best_change() -> tuple[str, str, float]:
    row = changes().iloc[0]
    return str(row["role"]), str(row["remedy"]), float(row["new_limit"])


def own_kqis(matrix: pd.DataFrame) -> tuple[float, float]:
    row = empowerment.fcr(complaints(), matrix).iloc[0]
    return float(row["fcr"]), float(row["cost_at_risk"])


# -------------------------------------------------------------------------- readers
def _code(text: Any, names: Mapping[str, tuple[str, ...]]) -> str | None:
    """The code for a name in English or Chinese (None when unknown)."""
    if not isinstance(text, str):
        return None
    got = _clean(text)
    for code, aliases in names.items():
        if got == _clean(code) or got in {_clean(a) for a in aliases}:
            return code
    return None


def _fields(answer: Any, keys: Mapping[str, tuple[str, ...]], what: str) -> dict[str, Any]:
    names = list(keys)
    try:
        got = _values(answer, [(name, *aliases) for name, aliases in keys.items()])
    except AnswerMismatch as exc:
        if exc.status == "wrong_shape" and isinstance(answer, (Mapping, pd.Series)):
            raise _mismatch("wrong_shape", "empowerment.bank.keys",
                            keys=", ".join(names)) from None
        if exc.status == "wrong_type":
            raise _mismatch("wrong_type", "empowerment.bank.type", what=what,
                            keys=", ".join(names), got=describe(answer)) from None
        raise
    return dict(zip(names, got, strict=True))


def read_matrix(answer: Any) -> pd.DataFrame:
    """The learner's matrix as roles × remedies, with role and remedy names read in
    English or Chinese (a table, a dict of dicts or a long table)."""
    if isinstance(answer, pd.DataFrame) and {"role", "remedy", "limit"} <= set(answer.columns):
        answer = {r: dict(zip(g["remedy"], g["limit"], strict=True))
                  for r, g in answer.groupby("role", sort=False)}
    if isinstance(answer, pd.DataFrame):
        if not all(isinstance(c, str) for c in answer.columns) or not all(
                isinstance(i, str) for i in answer.index):
            raise _mismatch("wrong_type", "empowerment.bank.matrix.type", got=describe(answer))
        answer = {r: answer.loc[r].to_dict() for r in answer.index}
    if not isinstance(answer, Mapping) or not answer:
        raise _mismatch("wrong_type", "empowerment.bank.matrix.type", got=describe(answer))
    rows: dict[str, dict[str, Any]] = {}
    for role, cells in answer.items():
        code = _code(role, ROLE_NAMES)
        if code is None:
            raise _mismatch("fail", "empowerment.bank.matrix.role", value=str(role)[:30],
                            roles=", ".join(ROLE_NAMES))
        if not isinstance(cells, (Mapping, pd.Series)):
            raise _mismatch("wrong_type", "empowerment.bank.matrix.type", got=describe(answer))
        row = {}
        for remedy, value in dict(cells).items():
            rem = _code(remedy, REMEDY_NAMES)
            if rem is None:
                raise _mismatch("fail", "empowerment.bank.matrix.remedy",
                                value=str(remedy)[:30], remedies=", ".join(REMEDY_NAMES))
            row[rem] = value
        rows[code] = row
    try:
        return empowerment.authority_matrix(rows).reindex(columns=list(REMEDIES),
                                                          fill_value=0.0)
    except ValueError as exc:
        raise AnswerMismatch("wrong_type", str(exc)) from None


def _frontline(matrix: pd.DataFrame) -> pd.DataFrame:
    missing = [r for r in FRONT if r not in matrix.index]
    if missing:
        raise _mismatch("wrong_shape", "empowerment.bank.matrix.missing",
                        roles=", ".join(missing))
    return matrix.loc[list(FRONT), list(REMEDIES)]


def with_chain(matrix: pd.DataFrame) -> pd.DataFrame:
    """The learner's front line with the escalation roles they did not give (as today)."""
    out = matrix.copy()
    for role in CHAIN:
        if role not in out.index:
            out.loc[role] = current().loc[role]
    return out.loc[[*FRONT, *CHAIN]]


def _share(x: Any) -> float:
    value = _number(x)
    if 1 < value <= 100:
        raise _mismatch("fail", "empowerment.bank.percent")
    return value


# -------------------------------------------------------------------------- task 1
KQI_KEYS = {"fcr": ("first_contact_resolution", "first contact resolution", "首次解决率"),
            "cost_at_risk": ("cost at risk", "risk", "风险敞口")}


def _compare_current(answer: Any, expected: tuple[float, float]) -> None:
    got = _fields(answer, KQI_KEYS, "current")
    fcr, risk = _share(got["fcr"]), _number(got["cost_at_risk"])
    ok_f, ok_r = _close(fcr, expected[0], 0.002), _close(risk, expected[1], 1)
    if ok_f and ok_r:
        return
    credit = 0.5 * (ok_f + ok_r)
    all_rows = empowerment.fcr(complaints(), current(), resolved_only=False).iloc[0]
    if not ok_f and _close(fcr, float(all_rows["fcr"]), 0.002):
        raise _mismatch("fail", "empowerment.bank.unresolved", credit=credit)
    row = empowerment.fcr(complaints(), current()).iloc[0]
    if not ok_r and _close(risk, float(row["paid_at_first_contact"]), 1):
        raise _mismatch("fail", "empowerment.bank.paid", credit=credit)
    if not ok_f and _close(fcr, 1 - expected[0], 0.002):
        raise _mismatch("fail", "empowerment.bank.escalated_share", credit=credit)
    which = [w for w, ok in (("fcr", ok_f), ("cost_at_risk", ok_r)) if not ok]
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(which))


# -------------------------------------------------------------------------- task 2
def _compare_channel(answer: Any, expected: tuple[str, float]) -> None:
    got = _fields(answer, {"channel": ("渠道",), "fcr": KQI_KEYS["fcr"]}, "channel")
    if not isinstance(got["channel"], str):
        raise _mismatch("wrong_type", "check.expected_type", expected="str",
                        got=describe(got["channel"]))
    fcr = _share(got["fcr"])
    role = _code(got["channel"], ROLE_NAMES)
    code = _code(got["channel"], CHANNEL_NAMES)
    if code is None and role is None:
        raise _mismatch("fail", "empowerment.bank.channel.unknown",
                        value=got["channel"].strip()[:30], channels=", ".join(CHANNEL_NAMES))
    ok_c, ok_f = code == expected[0], _close(fcr, expected[1], 0.002)
    if ok_c and ok_f:
        return
    credit = 0.5 * (ok_c + ok_f)
    if code is None:
        raise _mismatch("fail", "empowerment.bank.channel.role", role=role)
    channels = by_channel()
    if not ok_c and code == str(channels.idxmax()):
        raise _mismatch("fail", "empowerment.bank.channel.highest", credit=credit)
    if ok_c and not ok_f and _close(fcr, 1 - expected[1], 0.002):
        raise _mismatch("fail", "empowerment.bank.escalated_share", credit=credit)
    if not ok_c:
        raise _mismatch("fail", "empowerment.bank.channel.not_lowest", credit=credit,
                        channel=code, fcr=f"{channels[code]:.1%}")
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which="fcr")


# -------------------------------------------------------------------------- task 3
def _compare_memo(answer: Any, expected: pd.DataFrame) -> None:
    got = read_matrix(answer)
    front = _frontline(got)
    want = _frontline(expected)
    changed_chain = [r for r in CHAIN if r in got.index
                     and not np.allclose(got.loc[r, list(REMEDIES)], current().loc[r])]
    wrong = [(r, m) for r in FRONT for m in REMEDIES if front.loc[r, m] != want.loc[r, m]]
    credit = 1 - len(wrong) / (len(FRONT) * len(REMEDIES))
    if changed_chain and not wrong:
        raise _mismatch("fail", "empowerment.bank.memo.chain", credit=0.9,
                        role=changed_chain[0])
    if not wrong:
        return
    untouched = [(r, m) for r, m in wrong if front.loc[r, m] == current().loc[r, m]]
    if len(untouched) == len(wrong):
        raise _mismatch("fail", "empowerment.bank.memo.unchanged", credit=credit,
                        n=len(wrong), role=wrong[0][0], remedy=wrong[0][1])
    role, remedy = wrong[0]
    raise _mismatch("fail", "empowerment.bank.memo.cells", credit=credit, n=len(wrong),
                    total=len(FRONT) * len(REMEDIES), role=role, remedy=remedy,
                    value=f"{front.loc[role, remedy]:g}")


# -------------------------------------------------------------------------- task 4
EFFECT_KEYS = {"fcr_gain": ("gain", "fcr gain", "首次解决率提升"),
               "added_cost_at_risk": ("added cost", "added", "新增风险敞口")}


def _compare_effect(answer: Any, expected: tuple[float, float]) -> None:
    got = _fields(answer, EFFECT_KEYS, "memo_effect")
    gain, added = _number(got["fcr_gain"]), _number(got["added_cost_at_risk"])
    e_gain, e_added = expected
    if _close(gain, 100 * e_gain, 0.2):
        raise _mismatch("fail", "empowerment.bank.effect.points",
                        credit=0.5 * _close(added, e_added, 1))
    ok_g, ok_a = _close(gain, e_gain, 0.002), _close(added, e_added, 1)
    if ok_g and ok_a:
        return
    credit = 0.5 * (ok_g + ok_a)
    before_fcr, before_risk = current_kqis()
    if not ok_g and _close(gain, before_fcr + e_gain, 0.002):
        raise _mismatch("fail", "empowerment.bank.effect.level", credit=credit)
    if not ok_g and _close(gain, e_gain / before_fcr, 0.005):
        raise _mismatch("fail", "empowerment.bank.effect.relative", credit=credit)
    if not ok_a and _close(added, before_risk + e_added, 1):
        raise _mismatch("fail", "empowerment.bank.effect.total", credit=credit)
    which = [w for w, ok in (("fcr_gain", ok_g), ("added_cost_at_risk", ok_a)) if not ok]
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(which))


# -------------------------------------------------------------------------- task 5
CHANGE_KEYS = {"role": ("角色",), "remedy": ("补救方式",),
               "limit": ("new_limit", "new limit", "新限额", "限额")}


def _gain_and_cost(role: str, remedy: str, limit: float) -> tuple[int, float]:
    before = empowerment.fcr(complaints(), current()).iloc[0]
    after = empowerment.fcr(complaints(),
                            empowerment.raise_limit(current(), role, remedy, limit)).iloc[0]
    return (int(after["first_contact"] - before["first_contact"]),
            float(after["cost_at_risk"] - before["cost_at_risk"]))


def _compare_change(answer: Any, expected: tuple[str, str, float]) -> None:
    got = _fields(answer, CHANGE_KEYS, "change")
    for key in ("role", "remedy"):
        if not isinstance(got[key], str):
            raise _mismatch("wrong_type", "check.expected_type", expected="str",
                            got=describe(got[key]))
    role, remedy = _code(got["role"], ROLE_NAMES), _code(got["remedy"], REMEDY_NAMES)
    if role is None or remedy is None:
        key, names = ("role", ROLE_NAMES) if role is None else ("remedy", REMEDY_NAMES)
        raise _mismatch("fail", f"empowerment.bank.change.{key}", value=got[key].strip()[:30],
                        names=", ".join(names))
    limit = _number(got["limit"])
    e_role, e_remedy, _ = expected
    if role not in FRONT:
        raise _mismatch("fail", "empowerment.bank.change.not_front", role=role)
    if limit % STEP:
        raise _mismatch("fail", "empowerment.bank.change.step", step=STEP,
                        credit=2 / 3 if (role, remedy) == (e_role, e_remedy) else 0.0)
    table = changes()
    best_gain = int(table["gain"].iloc[0])
    gain, added = _gain_and_cost(role, remedy, limit) if limit >= current().loc[role, remedy] \
        else (-1, 0.0)
    if (role, remedy) == (e_role, e_remedy) and gain == best_gain and added <= CAP:
        return
    if (role, remedy) == (e_role, e_remedy):
        if added > CAP:
            raise _mismatch("fail", "empowerment.bank.change.limit_over", credit=2 / 3,
                            added=f"{added:,.0f}", cap=f"{CAP:,}")
        raise _mismatch("fail", "empowerment.bank.change.limit_low", credit=2 / 3,
                        gain=max(gain, 0), best=best_gain)
    free = changes(cap=None)
    if (role, remedy) == tuple(free[["role", "remedy"]].iloc[0]) and added > CAP:
        raise _mismatch("fail", "empowerment.bank.change.no_cap", cap=f"{CAP:,}")
    if added > CAP:
        raise _mismatch("fail", "empowerment.bank.change.over_cap", added=f"{added:,.0f}",
                        cap=f"{CAP:,}")
    raise _mismatch("fail", "empowerment.bank.change.smaller", gain=max(gain, 0),
                    best=best_gain)


# -------------------------------------------------------------------------- task 6
def _compare_contingencies(answer: Any, expected: Mapping[str, str]) -> None:
    got = _fields(answer, CONTINGENCY_NAMES, "contingencies")
    ends = {}
    for key, value in got.items():
        end = _code(value, ENDS)
        if end is None:
            raise _mismatch("fail", "empowerment.bank.contingency.end", item=key,
                            value=str(value)[:30])
        ends[key] = end
    wrong = [k for k in CONTINGENCY_NAMES if ends[k] != expected[k]]
    if not wrong:
        return
    credit = 1 - len(wrong) / len(CONTINGENCY_NAMES)
    if all(ends[k] == "E" for k in ends):
        raise _mismatch("fail", "empowerment.bank.contingency.all_e", credit=credit)
    if all(ends[k] == "P" for k in ends):
        raise _mismatch("fail", "empowerment.bank.contingency.all_p", credit=credit)
    raise _mismatch("fail", f"empowerment.bank.contingency.{wrong[0]}", credit=credit,
                    n=len(wrong))


# -------------------------------------------------------------------------- task 7
def read_own(answer: Any) -> pd.DataFrame:
    """The learner's own matrix: the three front-line roles as given, the escalation roles
    as given or, where left out, as today."""
    matrix = read_matrix(answer)
    _frontline(matrix)
    return with_chain(matrix)


def _compare_own(answer: Any, expected: tuple[float, float]) -> None:
    matrix = read_own(answer)
    fcr, risk = own_kqis(matrix)
    ok_f, ok_r = fcr >= expected[0] - 1e-9, risk <= expected[1] + 1e-9
    if ok_f and ok_r:
        return
    credit = 0.5 * (ok_f + ok_r)
    if not ok_f and not ok_r:
        raise _mismatch("fail", "empowerment.bank.own.both", credit=credit, fcr=f"{fcr:.1%}",
                        risk=f"{risk:,.0f}")
    if not ok_f:
        raise _mismatch("fail", "empowerment.bank.own.fcr", credit=credit, fcr=f"{fcr:.1%}",
                        target=f"{expected[0]:.0%}")
    raise _mismatch("fail", "empowerment.bank.own.risk", credit=credit, risk=f"{risk:,.0f}",
                    budget=f"{expected[1]:,.0f}")


# -------------------------------------------------------------------------- questions
register(Question(
    "culture.t1_current", points=2, partial=True,
    title=("First-contact resolution and cost at risk today", "现行授权下的首次解决率与风险敞口"),
    expected=current_kqis, compare=_compare_current,
    hints=[("Count only the resolved complaints. A complaint is settled at first contact when "
            "its remedy is 'none', or when the first-contact role's limit for its remedy is "
            "above 0 and at least the amount. The cost at risk adds up that role's limit, "
            "not the amount paid, over the complaints settled at first contact.",
            "只统计已解决的投诉。补救方式为 'none' 的投诉，或者首问岗位对该补救方式的限额大于 0 "
            "且不低于金额的投诉，算作首次接触即解决。风险敞口是对这些投诉把首问岗位的限额（而不是"
            "实际支付的金额）加总。"),
           ("matrix = empowerment.authority_matrix(levels); row = empowerment.fcr(complaints, "
            "matrix).loc['all']; give {'fcr': row['fcr'], 'cost_at_risk': row['cost_at_risk']}.",
            "matrix = empowerment.authority_matrix(levels)；row = empowerment.fcr(complaints, "
            "matrix).loc['all']；给出 {'fcr': row['fcr'], 'cost_at_risk': row['cost_at_risk']}。")],
))

register(Question(
    "culture.t2_weakest_channel", points=2, partial=True,
    title=("The channel with the lowest first-contact resolution", "首次解决率最低的渠道"),
    expected=weakest_channel, compare=_compare_channel,
    hints=[("Group the first-contact resolution by the channel the complaint came in "
            "through (phone, e-mail, app, branch, social media), not by role: the online "
            "agents take three channels.",
            "按投诉进入的渠道（电话、电子邮件、App、网点、社交媒体）分组计算首次解决率，"
            "而不是按岗位分组：在线客服负责三个渠道。"),
           ("empowerment.fcr(complaints, matrix, by='channel')['fcr'] has one share per "
            "channel; give {'channel': its idxmin(), 'fcr': its min()}.",
            "empowerment.fcr(complaints, matrix, by='channel')['fcr'] 给出每个渠道的比例；"
            "给出 {'channel': 其 idxmin(), 'fcr': 其 min()}。")],
))

register(Question(
    "culture.t3_memo_matrix", points=2, partial=True,
    title=("The memo as an authority matrix", "把备忘录写成授权矩阵"),
    expected=memo_matrix, compare=_compare_memo,
    hints=[("Start from today's matrix and change only what the memo names: the online "
            "agents' row, the hotline agents' vouchers and the branch tellers' full refunds. "
            "The team leader and the service manager keep their limits.",
            "从现行矩阵出发，只改备忘录提到的内容：在线客服那一行、热线坐席的抵用券、网点柜员的"
            "全额退款。值班主管和客户服务经理的限额保持不变。"),
           ("memo = matrix.copy(); memo.loc['online_agent'] = [50, 100, 50, 0]; "
            "memo.loc['hotline_agent', 'credit_voucher'] = 100; "
            "memo.loc['branch_teller', 'full_refund'] = 200 (columns: apology gift, voucher, "
            "fee refund, full refund).",
            "memo = matrix.copy()；memo.loc['online_agent'] = [50, 100, 50, 0]；"
            "memo.loc['hotline_agent', 'credit_voucher'] = 100；"
            "memo.loc['branch_teller', 'full_refund'] = 200（列依次为致歉礼品、抵用券、退还"
            "手续费、全额退款）。")],
))

register(Question(
    "culture.t4_memo_effect", points=2, partial=True,
    title=("What the memo changes", "备忘录带来的变化"),
    expected=memo_effect, compare=_compare_effect,
    hints=[("Compute the first-contact resolution and the cost at risk once with today's "
            "matrix and once with the memo's, and subtract: the gain as a share (0.05 is "
            "five percentage points), the added cost at risk in yuan.",
            "分别用现行矩阵和备忘录的矩阵计算首次解决率和风险敞口，再相减：提升幅度用比例表示"
            "（0.05 就是 5 个百分点），新增风险敞口以元为单位。"),
           ("after = empowerment.fcr(complaints, memo).loc['all']; give {'fcr_gain': "
            "after['fcr'] − before['fcr'], 'added_cost_at_risk': after['cost_at_risk'] − "
            "before['cost_at_risk']}.",
            "after = empowerment.fcr(complaints, memo).loc['all']；给出 {'fcr_gain': "
            "after['fcr'] − before['fcr'], 'added_cost_at_risk': after['cost_at_risk'] − "
            "before['cost_at_risk']}。")],
))

register(Question(
    "culture.t5_best_change", points=3, partial=True,
    title=("The single raise that most lifts first-contact resolution within the cap",
           "上限之内最能提高首次解决率的单项调整"),
    expected=best_change, compare=_compare_change,
    hints=[(f"Raise one front-line role's limit for one remedy at a time, to a whole multiple "
            f"of {STEP} yuan. A raise adds to the cost at risk for every complaint settled "
            f"under it, the old ones too; keep the added cost at risk at or under {CAP:,} yuan "
            f"and pick the raise that settles the most extra complaints.",
            f"每次只调高一个首问岗位对一种补救方式的限额，新限额必须是 {STEP} 元的整数倍。调高限额"
            f"会增加在此限额下解决的每一件投诉（包括原来就能解决的）的风险敞口；新增风险敞口不得超过 "
            f"{CAP:,} 元，选出能多解决最多投诉的那一项。"),
           (f"empowerment.best_changes(complaints, matrix, cap={CAP}, step={STEP}) lists the "
            f"best raise for each role and remedy, the largest gain first; give "
            f"{{'role': ..., 'remedy': ..., 'limit': new_limit}} of its first row.",
            f"empowerment.best_changes(complaints, matrix, cap={CAP}, step={STEP}) 列出每个岗位和"
            f"补救方式的最佳调整，增幅最大的排在最前；给出第一行的 {{'role': ..., 'remedy': ..., "
            f"'limit': new_limit}}。")],
))

register(Question(
    "culture.t6_contingencies", points=2, partial=True,
    title=("Production line or empowerment? Bowen and Lawler's five contingencies",
           "生产线方法还是授权？Bowen 和 Lawler 的五个权变因素"),
    expected=lambda: dict(CASE), compare=_compare_contingencies,
    hints=[("Rate each contingency from the case text alone: low cost and high volume, "
            "one-off transactions, routine and simple work, a predictable environment and "
            "staff or managers who prefer clear rules point to the production line; the "
            "opposite of each points to empowerment.",
            "只根据案例文字判断每个因素：低成本、大批量，一次性交易，例行而简单的工作，可以预见"
            "的环境，以及偏好明确规则的员工或管理者，指向生产线方法；反之则指向授权。"),
           ("Two of the five point to the production line in this case: look at how the "
            "complaints are handled (the technology) and at who handles them (the people). "
            "Give a dict with the keys strategy, tie, technology, environment and people, "
            "each 'P' or 'E'.",
            "在这个案例中，五个因素里有两个指向生产线方法：看投诉是怎样处理的（技术），以及由"
            "谁来处理（人员）。请给出键为 strategy、tie、technology、environment、people 的"
            "字典，每个值为 'P' 或 'E'。")],
))

register(Question(
    "culture.t7_own_matrix", points=3, partial=True,
    title=("Your own authority matrix", "设计你自己的授权矩阵"),
    expected=lambda: (TARGET_FCR, float(BUDGET)), compare=_compare_own,
    hints=[(f"Give limits for the three front-line roles. Aim for a first-contact resolution "
            f"of at least {TARGET_FCR:.0%} with a cost at risk of at most {BUDGET:,} yuan: "
            f"limits at amounts that customers actually receive (apology gifts of 30, 50 or "
            f"80 yuan, vouchers of 50, 100 or 200) settle many complaints for little risk.",
            f"给出三个首问岗位的限额。目标是首次解决率不低于 {TARGET_FCR:.0%}，同时风险敞口不超过 "
            f"{BUDGET:,} 元：把限额设在顾客实际得到的金额上（致歉礼品 30、50 或 80 元，"
            f"抵用券 50、100 或 200 元），就能以较小的风险解决较多的投诉。"),
           ("Try the widget or empowerment.fcr(complaints, own) until both targets are met; "
            "a limit of 50 for apology gifts and 100 for vouchers and fee refunds for every "
            "front-line role is a start. Keep every front-line limit at or below the team "
            "leader's.",
            "用试算器或 empowerment.fcr(complaints, own) 反复试算，直到两个目标都达到；可以先让"
            "每个首问岗位的致歉礼品限额为 50 元、抵用券和退还手续费限额为 100 元。每个首问岗位的"
            "限额都不要高于值班主管的限额。")],
))
