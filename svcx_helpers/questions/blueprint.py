"""Questions of the blueprint exercise (solutions/blueprint.ipynb → exercises/blueprint.ipynb).

Every expected answer is computed from the shipped blueprints in ``data/blueprints/`` with
:mod:`svcx_helpers.blueprint`, so the checks follow the data and the library. Designs that
learners submit (tasks 5 and 6) arrive as plain dicts (``bp.to_dict()``); the comparators
rebuild them with :meth:`Blueprint.from_dict`, run :meth:`Blueprint.validate` and measure
them, and say in both languages what is still wrong.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from functools import cache
from typing import Any

from ..blueprint import LANES, Blueprint, lane_key, line_name, load
from ..grading import (
    AnswerMismatch,
    Card,
    Criterion,
    Question,
    free_text,
    register,
    sequence,
)
from ..i18n import t

BANK = "bank_account_opening"
RESTAURANT = "restaurant"
BEFORE = "government_window_before"
AFTER = "government_window_after"

LANE_TASK_STEPS = ("B1", "O5", "S3", "C4", "E3", "B2", "O2", "S4")
"""Steps of the bank blueprint whose lanes learners find in task 1 (one of each lane, plus
the backstage/onstage pairs that are easy to confuse)."""

_BROKEN: dict[str, Any] = {
    "name": "Coffee to go (first draft)",
    "name_zh": "外带咖啡（初稿）",
    "steps": [
        {"id": "E1", "lane": "evidence", "column": 1, "label": "Menu board, queue barrier",
         "label_zh": "菜单板、排队栏杆"},
        {"id": "C1", "lane": "customer", "column": 1, "label": "Queues and orders",
         "label_zh": "排队点单", "duration": 1, "tolerance": 5, "wait_point": True},
        {"id": "O1", "lane": "onstage", "column": 1, "label": "Barista takes order and payment",
         "label_zh": "咖啡师点单并收款", "duration": 1},
        {"id": "S1", "lane": "support", "column": 1, "label": "Till and loyalty app",
         "label_zh": "收银系统和会员App"},
        {"id": "C2", "lane": "customer", "column": 2, "label": "Waits at the pick-up counter",
         "label_zh": "在取餐台等候", "tolerance": 5, "wait_point": True, "wait": 4},
        {"id": "O2", "lane": "onstage", "column": 2, "label": "Barista makes the drink",
         "label_zh": "咖啡师制作饮品", "duration": 3, "fail_point": True},
        {"id": "B1", "lane": "backstage", "column": 2, "label": "Refills beans and milk",
         "label_zh": "补充咖啡豆和牛奶", "duration": 2},
        {"id": "E3", "lane": "evidence", "column": 3, "label": "Cup with name, lid, sleeve",
         "label_zh": "写有名字的杯子、杯盖和杯套"},
        {"id": "C3", "lane": "customer", "column": 3, "label": "Picks up the drink, leaves",
         "label_zh": "取走饮品离开", "duration": 0.5, "tolerance": 1},
        {"id": "O3", "lane": "onstage", "column": 3, "label": "Calls out the customer's name",
         "label_zh": "喊出顾客的名字", "duration": 0.5},
        {"id": "O3", "lane": "onstage", "column": 3, "label": "Wipes the counter",
         "label_zh": "擦拭台面", "duration": 0.5},
    ],
    "flows": [["C1", "O1"], ["O1", "S1"], ["O1", "O2"], ["O2", "C2"], ["O3", "C3"],
              ["C3", "O4"]],
}


# ------------------------------------------------------------------------------ data
@cache
def _load(name: str) -> Blueprint:
    return load(name)


def bank() -> Blueprint:
    return _load(BANK)


def restaurant() -> Blueprint:
    return _load(RESTAURANT)


def before() -> Blueprint:
    return _load(BEFORE)


def after() -> Blueprint:
    return _load(AFTER)


def lane_activities() -> list[str]:
    """The activities of task 1, in the current language, in a fixed mixed order."""
    return [bank().step(i).text() for i in LANE_TASK_STEPS]


def broken_design() -> dict[str, Any]:
    """A first draft of a blueprint with one problem at each of six steps (task 6)."""
    return copy.deepcopy(_BROKEN)


def _fmt(x: float) -> str:
    return f"{x:g}"


def _ids(values: Any) -> str:
    return ", ".join(sorted(map(str, values)))


# ------------------------------------------------------------------------------ task 1
def _lane_expected() -> dict[str, str]:
    return {bank().step(i).label: bank().step(i).lane for i in LANE_TASK_STEPS}


def _compare_lanes(answer: Any, expected: Mapping[str, str]) -> None:
    """Dict activity → lane; either language's label as key, any lane alias as value;
    partial credit = share of activities in the right lane."""
    if not isinstance(answer, Mapping):
        raise AnswerMismatch("wrong_type", t("blueprint.bank.lanes.type"))
    names: dict[str, str] = {}
    for i in LANE_TASK_STEPS:
        step = bank().step(i)
        for text in (step.label, step.label_zh):
            if text:
                names[" ".join(text.split()).lower()] = step.label
    given: dict[str, str] = {}
    unknown = []
    for key, value in answer.items():
        label = names.get(" ".join(str(key).split()).lower())
        if label is None:
            unknown.append(str(key))
        else:
            given[label] = lane_key(value) if isinstance(value, str) else str(value)
    right = [a for a, lane in expected.items() if given.get(a) == lane]
    credit = len(right) / len(expected)
    msgs = []
    if unknown:
        msgs.append(t("blueprint.bank.lanes.unknown", keys="; ".join(unknown)))
    missing = [a for a in expected if a not in given]
    if missing:
        msgs.append(t("blueprint.bank.lanes.missing", n=len(missing)))
    not_lanes = sorted({v for v in given.values() if v not in LANES})
    if not_lanes:
        msgs.append(t("blueprint.bank.lanes.not_a_lane", values=", ".join(not_lanes),
                      lanes=", ".join(LANES)))
    wrong = [a for a in expected if a in given and given[a] != expected[a]
             and given[a] in LANES]
    if wrong:
        shown = [bank().step(i).text() for i in LANE_TASK_STEPS
                 if bank().step(i).label in wrong]
        msgs.append(t("blueprint.bank.lanes.wrong", n=len(wrong), total=len(expected),
                      which="; ".join(shown)))
    if msgs:
        raise AnswerMismatch("fail", " ".join(msgs), credit=credit)


# ------------------------------------------------------------------------------ task 2
def _is_int(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and float(x).is_integer()


def _compare_encounters(answer: Any, expected: int) -> None:
    if hasattr(answer, "item") and getattr(answer, "size", 1) == 1:
        answer = answer.item()
    if not isinstance(answer, (int, float)) or isinstance(answer, bool):
        raise AnswerMismatch("wrong_type", t("check.not_number", got=type(answer).__name__))
    if answer == expected:
        return
    bp = restaurant()
    cross = bp.crossings()
    if answer == len(bp.flows):
        raise AnswerMismatch("fail", t("blueprint.bank.count.all_flows"))
    for line in ("visibility", "internal"):
        if answer == cross[line]:
            raise AnswerMismatch("fail", t("blueprint.bank.count.other_line",
                                               line=line_name(line).lower()))
    raise AnswerMismatch("fail", t("check.value_off"))


# ------------------------------------------------------------------------------ task 3
def _compare_fail_ids(answer: Any, expected: list[str]) -> None:
    """Unordered ids (case and spaces ignored); partial credit = hits / (expected + extra)."""
    listlike = isinstance(answer, (list, tuple, set, frozenset)) or hasattr(answer, "tolist")
    if isinstance(answer, str) or not listlike:
        raise AnswerMismatch("wrong_type", t("blueprint.bank.ids.type"))
    items = answer.tolist() if hasattr(answer, "tolist") else list(answer)
    if not isinstance(items, list):
        raise AnswerMismatch("wrong_type", t("blueprint.bank.ids.type"))
    got = {str(x).strip().upper() for x in items}
    exp = {str(x).upper() for x in expected}
    extra, missing = got - exp, exp - got
    if extra or missing:
        msgs = []
        if extra:
            msgs.append(t("blueprint.bank.ids.extra", ids=_ids(extra)))
        if missing:
            msgs.append(t("blueprint.bank.ids.missing", n=len(missing)))
        raise AnswerMismatch("fail", " ".join(msgs),
                             credit=len(got & exp) / (len(exp) + len(extra)))


# ------------------------------------------------------------------------------ task 4
def _all_durations(bp: Blueprint) -> float:
    return float(sum(s.duration or 0.0 for s in bp.steps))


def _time_comparator(kind: str) -> Any:
    def compare(answer: Any, expected: float) -> None:
        if hasattr(answer, "item") and getattr(answer, "size", 1) == 1:
            answer = answer.item()
        if not isinstance(answer, (int, float)) or isinstance(answer, bool):
            raise AnswerMismatch("wrong_type", t("check.not_number",
                                                 got=type(answer).__name__))
        if abs(float(answer) - expected) <= 0.01:
            return
        m = before().metrics()
        near = {"customer_time": [(m["standard_time"], "blueprint.bank.time.no_waits"),
                                  (_all_durations(before()), "blueprint.bank.time.all_lanes"),
                                  (_all_durations(before()) + m["wait_time"],
                                   "blueprint.bank.time.all_lanes")],
                "wait_time": [(m["customer_time"], "blueprint.bank.time.whole"),
                              (m["wait_points"], "blueprint.bank.time.count")]}[kind]
        for value, key in near:
            if abs(float(answer) - value) <= 0.01 and abs(value - expected) > 0.01:
                raise AnswerMismatch("fail", t(key))
        raise AnswerMismatch("fail", t("check.value_off"))
    return compare


# ------------------------------------------------------------------------------ tasks 5, 6
def _rebuild(answer: Any) -> Blueprint:
    """The learner's dict as a Blueprint, or AnswerMismatch saying why not."""
    if isinstance(answer, Blueprint):
        raise AnswerMismatch("wrong_type", t("blueprint.bank.design.object"))
    if not isinstance(answer, Mapping):
        raise AnswerMismatch("wrong_type", t("blueprint.bank.design.type", got=type(answer).__name__))
    try:
        return Blueprint.from_dict(answer, source="design")
    except ValueError as exc:
        raise AnswerMismatch("fail", t("blueprint.bank.design.unreadable", error=str(exc))) from None


def _valid(bp: Blueprint) -> None:
    problems = bp.validate()
    if problems:
        shown = " | ".join(p.message for p in problems[:4])
        if len(problems) > 4:
            shown += " | …"
        raise AnswerMismatch("fail", t("blueprint.bank.design.invalid", n=len(problems), problems=shown))


def _redesign_expected() -> dict[str, float]:
    return {"before_wait": before().metrics()["wait_time"]}


def _compare_redesign(answer: Any, expected: Mapping[str, float]) -> None:
    """Readable, valid, and the customer's waiting time at most half of the old design's."""
    bp = _rebuild(answer)
    _valid(bp)
    wait = bp.metrics()["wait_time"]
    target = expected["before_wait"] / 2
    if wait > target:
        raise AnswerMismatch("fail", t("blueprint.bank.design.wait", wait=_fmt(wait), target=_fmt(target),
                                       before=_fmt(expected["before_wait"])))


def _broken_problems() -> dict[str, str]:
    return {p.step: p.code for p in Blueprint.from_dict(_BROKEN).validate()}


def _compare_problems(answer: Any, expected: Mapping[str, str]) -> None:
    """Dict step id → problem code; partial credit = right pairs / (expected + extra)."""
    if not isinstance(answer, Mapping):
        raise AnswerMismatch("wrong_type", t("blueprint.bank.problems.type"))
    # a row left empty on the answer card (None or blank) flags nothing
    got = {str(k).strip().upper(): str(v).strip().lower() for k, v in answer.items()
           if v is not None and str(v).strip()}
    exp = {k.upper(): v for k, v in expected.items()}
    right = [k for k in exp if got.get(k) == exp[k]]
    extra = [k for k in got if k not in exp]
    msgs = []
    if len(right) < len(exp):
        msgs.append(t("blueprint.bank.problems.wrong", n=len(exp) - len(right), total=len(exp)))
    if extra:
        msgs.append(t("blueprint.bank.problems.extra", ids=_ids(extra)))
    if msgs:
        raise AnswerMismatch("fail", " ".join(msgs),
                             credit=len(right) / (len(exp) + len(extra)))


def _compare_fixed(answer: Any, expected: Any) -> None:
    """Readable, valid, and every step of the draft still there."""
    bp = _rebuild(answer)
    kept = {s.id for s in bp.steps}
    gone = sorted({s["id"] for s in _BROKEN["steps"]} - kept)
    if gone:
        raise AnswerMismatch("fail", t("blueprint.bank.fixed.deleted", ids=", ".join(gone)))
    _valid(bp)


# ------------------------------------------------------------------------------ answer cards
# The no-code track (exercises/nocode/blueprint.ipynb): the same tasks, answered on cards.
def _pair_of(key: str) -> tuple[str, str]:
    return t(key, lang="en"), t(key, lang="zh")


def lane_options() -> list[tuple[str, tuple[str, str]]]:
    """The five lanes as ``(key, (English, Chinese))``, top to bottom."""
    return [(lane, _pair_of(f"blueprint.lane.{lane}")) for lane in LANES]


def _lane_rows() -> list[tuple[str, tuple[str, str]]]:
    return [(bank().step(i).label, (bank().step(i).label, bank().step(i).label_zh
                                    or bank().step(i).label)) for i in LANE_TASK_STEPS]


def _step_option(step: Any) -> tuple[str, tuple[str, str]]:
    return step.id, (f"{step.id} — {step.label}", f"{step.id} — {step.label_zh or step.label}")


def _restaurant_step_options() -> list[tuple[str, tuple[str, str]]]:
    """Every step of the restaurant below the evidence row, column by column."""
    steps = sorted((s for s in restaurant().steps if s.lane != "evidence"),
                   key=lambda s: (s.column, LANES.index(s.lane)))
    return [_step_option(s) for s in steps]


PROBLEM_CODES: dict[str, tuple[str, str]] = {
    "duplicate_id": ("duplicate_id — the same id is used for two steps",
                     "duplicate_id — 两个步骤用了同一个编号"),
    "missing_step": ("missing_step — a flow points to a step that does not exist",
                     "missing_step — 流向线指向一个不存在的步骤"),
    "no_evidence": ("no_evidence — a customer action with no physical evidence in its column",
                    "no_evidence — 顾客行为所在列没有有形展示"),
    "no_path": ("no_path — a backstage or support step not connected to any customer action",
                "no_path — 后台或支持步骤没有流向线连到任何顾客行为"),
    "fail_mode": ("fail_mode — a fail point that does not say what can go wrong",
                  "fail_mode — 失误点没有写明可能出什么错"),
    "wait": ("wait — a wait point that does not say how long the wait is",
             "wait — 等待点没有写明预计等待多久"),
    "unknown_lane": ("unknown_lane — a step in a lane that is not one of the five",
                     "unknown_lane — 步骤所在泳道不属于五条泳道之一"),
}
"""What each code of ``Blueprint.validate()`` means (the options of task 6's card)."""


def _draft_rows() -> list[tuple[str, tuple[str, str]]]:
    """The six flagged steps of the draft, in the draft's order (a step id that only a flow
    names comes last); the learner diagnoses each against the rules."""
    flagged = _broken_problems()
    rows: dict[str, tuple[str, str]] = {}
    for s in _BROKEN["steps"]:
        if s["id"] not in flagged:
            continue
        en, zh = rows.get(s["id"], ("", ""))
        rows[s["id"]] = (f"{en} / {s['label']}" if en else f"{s['id']} — {s['label']}",
                         f"{zh} / {s['label_zh']}" if zh else f"{s['id']} — {s['label_zh']}")
    for step in flagged:
        rows.setdefault(step, (f"{step} — (only in the flows)", f"{step} —（只出现在流向线中）"))
    return list(rows.items())


HANDOFF_ROWS = [("before", ("Before the reform (four windows)", "改革前（四个窗口）")),
                ("after", ("After the reform (one window)", "改革后（一窗受理）"))]


# ------------------------------------------------------------------------------ questions
register(Question(
    "blueprint.t1_lanes", points=2, partial=True,
    title=("Place the bank's activities in their lanes", "把银行开户的活动放进泳道"),
    expected=_lane_expected, compare=_compare_lanes,
    hints=[("Ask of each activity: who does it (customer, contact employee, someone else or "
            "a system), and can the customer see it?",
            "逐个问：这件事由谁做（顾客、接触顾客的员工、其他人员或系统）？顾客看得见吗？"),
           ("Things the customer sees or holds are evidence. A contact employee's action is "
            "onstage if it happens in front of the customer, backstage if not, even at the "
            "same desk.",
            "顾客看到或拿到的东西是有形展示。接触员工的行为在顾客面前发生就是前台，否则是后台，"
            "即使在同一个柜台。"),
           ("Systems and units that never meet the customer, such as screening or the core "
            "banking system, are support processes.",
            "从不与顾客接触的系统和部门（如筛查、核心银行系统）属于支持过程。")],
    card=Card.table(_lane_rows, options=lane_options, as_dict=True),
))

register(Question(
    "blueprint.t2_encounters", title=("Count the service encounters", "统计服务接触次数"),
    expected=lambda: restaurant().metrics()["encounters"], compare=_compare_encounters,
    hints=[("A service encounter is a flow that crosses the line of interaction, between the "
            "customer row and the onstage row.",
            "服务接触是穿过互动分界线（顾客行为与前台行为之间）的流向线。"),
           ("Count the flows with one end in the customer row and the other below it, "
            "usually onstage (in code: restaurant.crossings()['interaction'], or the rows of "
            "restaurant.encounters()). The direction of the arrow does not matter.",
            "数一数一端在顾客行为、另一端在其下方（通常是前台员工行为）的流向线（用代码："
            "restaurant.crossings()['interaction']，或 restaurant.encounters() 的行数）。"
            "箭头方向不影响计数。")],
    card=Card.number(unit=("encounters", "次服务接触"), integer=True),
))

register(Question(
    "blueprint.t3_fail_points", partial=True,
    title=("Name the restaurant's fail points", "找出餐厅的失误点"),
    expected=lambda: restaurant().fail_points()["id"].tolist(), compare=_compare_fail_ids,
    hints=[("Fail points are marked F on the diagram (fail_point: true in the data).",
            "失误点在图中标为 F（数据中 fail_point: true）。"),
           ("Give the ids of every step marked F (in code: "
            "restaurant.fail_points()['id'].tolist()); the order does not matter.",
            "给出所有标有 F 的步骤编号（用代码：restaurant.fail_points()['id'].tolist()），顺序不限。")],
    card=Card.multi(_restaurant_step_options),
))

register(Question(
    "blueprint.t4_customer_time",
    title=("The applicant's time before the reform", "改革前申请人花费的时间"),
    expected=lambda: before().metrics()["customer_time"],
    compare=_time_comparator("customer_time"),
    hints=[("Customer's time = durations of the customer steps + the expected wait of every "
            "wait point.", "顾客时间 = 顾客行为步骤的时长 + 每个等待点的预计等待时间。"),
           ("Add the minutes of the customer actions only (not the staff's), then every wait. "
            "In code: before.time_frame() gives it per column; add up the 'total' column, or "
            "read before.metrics()['customer_time'].",
            "只加顾客行为的分钟数（不加员工的），再加上每个等待时间。用代码：before.time_frame() "
            "按列给出；把 total 列相加，或读取 before.metrics()['customer_time']。")],
    card=Card.number(unit=("minutes", "分钟")),
))

register(Question(
    "blueprint.t4_wait_time",
    title=("The applicant's waiting time before the reform", "改革前申请人的等待时间"),
    expected=lambda: before().metrics()["wait_time"], compare=_time_comparator("wait_time"),
    hints=[("Add up the expected waits ('wait') of all wait points.",
            "把所有等待点的预计等待时间（wait）相加。"),
           ("The waits are listed in the table of wait points (in code: "
            "before.wait_points()['wait'].sum(), or before.metrics()['wait_time']).",
            "等待时间都列在等待点表中（用代码：before.wait_points()['wait'].sum()，"
            "或 before.metrics()['wait_time']）。")],
    card=Card.number(unit=("minutes", "分钟")),
))

register(Question(
    "blueprint.t5_redesign", points=3,
    title=("Redesign the service: halve the waiting", "重新设计服务：等待时间减半"),
    expected=_redesign_expected, compare=_compare_redesign,
    hints=[("Start from before.to_dict(), change it, rebuild it with Blueprint.from_dict and "
            "run validate() and metrics() before you submit.",
            "从 before.to_dict() 开始修改，用 Blueprint.from_dict 重建，提交前运行 validate() 和 metrics()。"),
           ("Look at before.wait_points(): which waits can go (one queue instead of four, "
            "documents sent once, results posted or announced by text message)?",
            "查看 before.wait_points()：哪些等待可以去掉（四次排队变一次、材料只交一次、结果邮寄或短信通知）？"),
           ("Every customer step needs evidence in its column, and every new backstage or "
            "support step needs a flow that connects it to a customer step.",
            "每个顾客步骤所在列都要有有形展示；每个新增的后台或支持步骤都要有流向线与顾客步骤相连。")],
))

register(Question(
    "blueprint.t5_explain", title=("Explain the redesign and its cost", "说明设计及其代价"),
    expected=lambda: None, compare=free_text(min_words=25),
    hints=[("Say what you changed, how much waiting it removes, and what moves backstage "
            "(hand-offs, systems, skills).",
            "说明你改了什么、减少了多少等待，以及哪些工作转到了后台（交接、系统、技能）。")],
    rubric=(
        Criterion("change", 1, ("Says what changed in the customer's steps.",
                                "说明顾客步骤发生了哪些变化。")),
        Criterion("waiting", 1, ("Says how much waiting the redesign removes, with a number "
                                 "from metrics().",
                                 "用 metrics() 中的数字说明新设计减少了多少等待。")),
        Criterion("cost", 2, ("Names what moves backstage or to support — hand-offs, systems, "
                              "skills — and what that costs (1 point each).",
                              "指出哪些工作转到了后台或支持流程（交接、系统、技能），以及由此"
                              "带来的代价（各 1 分）。")),
    ),
    card=Card.text(lines=6),
))

register(Question(
    "blueprint.t6_problems", partial=True,
    title=("Read the validator's findings", "读懂校验结果"),
    expected=_broken_problems, compare=_compare_problems,
    hints=[("Each problem belongs to one step and has a code (in code: "
            "Blueprint.from_dict(broken).validate() lists them, each with a step and a code).",
            "每个问题属于一个步骤，并有一个代码（用代码：Blueprint.from_dict(broken).validate() "
            "会逐条列出，每条都有 step 和 code）。"),
           ("Six steps have one problem each. Check each rule: "
            "evidence above every customer action, a wait for every W, a failure mode for every "
            "F, a flow from every backstage step, unique ids, flows to existing steps.",
            "六个步骤各有一个问题。逐条核对规则：每个顾客行为上方有有形展示，"
            "每个 W 有等待时间，每个 F 有失误模式，每个后台步骤有流向线，编号不重复，流向线指向存在的步骤。"),
           ("{p.step: p.code for p in problems} builds the dict.",
            "用 {p.step: p.code for p in problems} 生成字典。")],
    card=Card.table(_draft_rows, options=lambda: list(PROBLEM_CODES.items()), as_dict=True),
))

register(Question(
    "blueprint.t6_fixed", points=2,
    title=("Fix the broken blueprint", "修正有问题的蓝图"),
    expected=lambda: None, compare=_compare_fixed,
    hints=[("Fix one problem at a time and run validate() after each change.",
            "一次修正一个问题，每次修改后运行 validate()。"),
           ("A wait point needs 'wait', a fail point 'fail_mode'; a customer step needs an "
            "evidence step in its column; a loose backstage step needs a flow; ids must be "
            "unique and every flow must point to an existing step.",
            "等待点需要 wait，失误点需要 fail_mode；顾客步骤所在列需要有形展示；孤立的后台步骤需要流向线；"
            "编号必须唯一，流向线必须指向存在的步骤。"),
           ("Renaming the second 'O3' gives the flow that points to a missing step something "
            "to point to.", "把第二个 O3 改名，指向不存在步骤的那条流向线就有了去处。")],
))

register(Question(
    "blueprint.t7_handoffs", partial=True,
    title=("Internal hand-offs before and after", "改革前后的内部交接"),
    expected=lambda: [len(before().handoffs()), len(after().handoffs())],
    compare=sequence(atol=0),
    hints=[("Hand-offs are flows that cross the line of internal interaction, between the "
            "backstage row and the support row.",
            "内部交接是穿过内部互动分界线（后台行为与支持过程之间）的流向线。"),
           ("In each design, count the flows with one end in the support row and the other "
            "above it, whatever the direction (in code: [len(before.handoffs()), "
            "len(after.handoffs())], in that order).",
            "在每个设计中，数出一端在支持过程、另一端在其上方各行的流向线，不论方向（用代码：按顺序给出 "
            "[len(before.handoffs()), len(after.handoffs())]）。")],
    card=Card.table(HANDOFF_ROWS, integer=True),
))
