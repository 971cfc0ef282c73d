"""Messages of service blueprints (blueprint.py, plots/blueprint.py, questions/blueprint.py).

key -> (English, Simplified Chinese); the i18n docstring explains the keys.

>>> MESSAGES["blueprint.bank.lanes.missing"][0]
'{n} activities have no lane yet.'
"""
# ruff: noqa: E501  (one message a line reads better than a wrapped one)

MESSAGES: dict[str, tuple[str, str]] = {
    # --- Blueprint exercise feedback (questions/blueprint.py, issue 6) -----------------
    "blueprint.bank.lanes.type": (
        "Give a dict that maps each activity (the texts in `activities`) to a lane key such "
        "as 'customer' or 'backstage'.",
        "请给出一个字典：把每个活动（即 activities 中的文字）映射到泳道键，"
        "如 'customer' 或 'backstage'。",
    ),
    "blueprint.bank.lanes.unknown": (
        "Not one of the activities: {keys}. Use the texts in `activities` as keys.",
        "以下不是题中的活动：{keys}。请用 activities 中的文字作为键。",
    ),
    "blueprint.bank.lanes.missing": ("{n} activities have no lane yet.", "还有 {n} 个活动没有指定泳道。"),
    "blueprint.bank.lanes.not_a_lane": (
        "Not a lane: {values}. The five lanes are {lanes}.",
        "以下不是泳道：{values}。五条泳道是 {lanes}。",
    ),
    "blueprint.bank.lanes.wrong": (
        "{n} of {total} activities are in the wrong lane: {which}.",
        "{total} 个活动中有 {n} 个放错了泳道：{which}。",
    ),
    "blueprint.bank.count.all_flows": (
        "That is the number of all flows. Count only the flows that cross the line of "
        "interaction.",
        "这是全部流向线的数量。只需统计穿过顾客接触线的流向线。",
    ),
    "blueprint.bank.count.other_line": (
        "That is the number of flows crossing the {line}. Service encounters are the flows "
        "that cross the line of interaction.",
        "这是穿过“{line}”的流向线数量。服务接触是穿过顾客接触线的流向线。",
    ),
    "blueprint.bank.ids.type": (
        "Give a list of step ids, for example ['O3', 'B1'].",
        "请给出步骤编号的列表，例如 ['O3', 'B1']。",
    ),
    "blueprint.bank.ids.extra": ("Not fail points: {ids}.", "以下步骤不是失误点：{ids}。"),
    "blueprint.bank.ids.missing": ("{n} fail point(s) still missing.", "还缺少 {n} 个失误点。"),
    "blueprint.bank.time.no_waits": (
        "That is only the customer's own activity time. Add the expected wait of every wait "
        "point.",
        "这只是顾客自身活动的时间，还要加上每个等待点的预计等待时间。",
    ),
    "blueprint.bank.time.all_lanes": (
        "That adds the staff's durations too. The customer's time counts only the customer "
        "steps and the waits.",
        "这把员工步骤的时长也算进去了。顾客时间只包括顾客行为步骤的时长和等待时间。",
    ),
    "blueprint.bank.time.whole": (
        "That is the customer's whole time; this task asks for the waiting part only.",
        "这是顾客的全部时间；本题只问其中的等待时间。",
    ),
    "blueprint.bank.time.count": (
        "That is the number of wait points, not the minutes of waiting.",
        "这是等待点的个数，而不是等待的分钟数。",
    ),
    "blueprint.bank.design.object": (
        "Submit the design as a plain dict, `my_design.to_dict()`, not the Blueprint object.",
        "请以普通字典提交设计，即 `my_design.to_dict()`，而不是 Blueprint 对象。",
    ),
    "blueprint.bank.design.type": (
        "Submit the design as a dict in the blueprint layout (name, steps, flows), for "
        "example `before.to_dict()` after your changes; got {got}.",
        "请以蓝图格式的字典（name、steps、flows）提交设计，例如修改后的 `before.to_dict()`；"
        "实际收到的是 {got}。",
    ),
    "blueprint.bank.design.unreadable": (
        "Your design cannot be read as a blueprint: {error}",
        "无法把你的设计读取为服务蓝图：{error}",
    ),
    "blueprint.bank.design.invalid": (
        "validate() finds {n} problem(s) in your design: {problems}",
        "validate() 在你的设计中发现 {n} 个问题：{problems}",
    ),
    "blueprint.bank.design.wait": (
        "Your design still has {wait} min of customer waiting. The target is at most "
        "{target} min, half of the {before} min before the redesign.",
        "你的设计中顾客仍需等待 {wait} 分钟。目标是不超过 {target} 分钟，"
        "即改进前 {before} 分钟的一半。",
    ),
    "blueprint.bank.fixed.deleted": (
        "These steps of the draft are gone: {ids}. Fix the problems without deleting the "
        "steps.",
        "初稿中的这些步骤不见了：{ids}。请修正问题，而不是删除步骤。",
    ),
    "blueprint.bank.problems.type": (
        "Give a dict that maps each flagged step id to its problem code, for example "
        "'C9': 'no_evidence'.",
        "请给出一个字典，把每个被标出的步骤编号映射到问题代码，例如 'C9': 'no_evidence'。",
    ),
    "blueprint.bank.problems.extra": (
        "validate() does not flag these steps: {ids}.",
        "validate() 并未标出这些步骤：{ids}。",
    ),
    "blueprint.bank.problems.wrong": (
        "{n} of {total} flagged steps are missing or have the wrong code.",
        "{total} 个被标出的步骤中，有 {n} 个缺失或问题代码不对。",
    ),
    # --- Service blueprints and journeys (issue 6) -------------------------------------
    "blueprint.lane.evidence": ("Physical evidence", "有形展示"),
    "blueprint.lane.customer": ("Customer actions", "顾客行为"),
    "blueprint.lane.onstage": ("Onstage contact actions", "前台员工行为"),
    "blueprint.lane.backstage": ("Backstage contact actions", "后台员工行为"),
    "blueprint.lane.support": ("Support processes", "支持过程"),
    "blueprint.line.interaction": ("Line of interaction", "顾客接触线"),
    "blueprint.line.visibility": ("Line of visibility", "可视线"),
    "blueprint.line.internal": ("Line of internal interaction", "内部互动线"),
    "blueprint.untitled": ("Untitled blueprint", "未命名蓝图"),
    "blueprint.where.step": ("{source}, step {index}", "{source}，第 {index} 个步骤"),
    "blueprint.err.top": (
        "{source}: a blueprint must be a mapping with 'name', 'steps' and 'flows', not {value}",
        "{source}：蓝图应是包含 name、steps、flows 的映射，而不是 {value}",
    ),
    "blueprint.err.steps": (
        "{source}: the blueprint has no steps (a non-empty list under 'steps' is needed)",
        "{source}：蓝图没有步骤（steps 下需要一个非空列表）",
    ),
    "blueprint.err.step_type": (
        "{where}: a step must be a mapping with id, lane, column and label, not {value}",
        "{where}：步骤应是包含 id、lane、column、label 的映射，而不是 {value}",
    ),
    "blueprint.err.field": (
        "{where}: unknown field(s) {fields}; the fields of a step are {known}",
        "{where}：未知字段 {fields}；步骤的字段为 {known}",
    ),
    "blueprint.err.required": ("{where}: '{field}' is required but empty",
                               "{where}：缺少必填字段「{field}」"),
    "blueprint.err.number": (
        "{where}: '{field}' must be a non-negative number, got {value}",
        "{where}：「{field}」应为非负数，实际为 {value}",
    ),
    "blueprint.err.bool": (
        "{where}: '{field}' must be true or false, got {value}",
        "{where}：「{field}」应为 true 或 false，实际为 {value}",
    ),
    "blueprint.err.text": (
        "{where}: '{field}' must be a text, got {value}",
        "{where}：「{field}」应为一段文字，实际为 {value}",
    ),
    "blueprint.err.flow": (
        "{source}, flow {index}: a flow is [from, to] (or 'A -> B'), got {value}",
        "{source}，第 {index} 条连线：连线应写成 [from, to]（或 'A -> B'），实际为 {value}",
    ),
    "blueprint.err.yaml": ("{source}: not a readable YAML file: {error}",
                           "{source}：无法读取的 YAML 文件：{error}"),
    "blueprint.err.no_step": ("no step '{step}' in '{name}'; steps are {ids}",
                              "「{name}」中没有步骤「{step}」；现有步骤为 {ids}"),
    "blueprint.err.invalid": ("blueprint '{name}' has {n} problem(s):", "蓝图「{name}」有 {n} 个问题："),
    "blueprint.val.duplicate": ("step {step}: the id is used more than once", "步骤 {step}：编号重复"),
    "blueprint.val.lane": (
        "step {step}: unknown lane '{lane}' (lanes are {lanes})",
        "步骤 {step}：未知泳道「{lane}」（泳道为 {lanes}）",
    ),
    "blueprint.val.missing": (
        "step {step}: the flow {source} → {target} points to a step that does not exist",
        "步骤 {step}：连线 {source} → {target} 指向不存在的步骤",
    ),
    "blueprint.val.no_customer": ("the blueprint has no customer actions", "蓝图中没有顾客行为"),
    "blueprint.val.evidence": (
        "step {step}: customer action in column {column} has no physical evidence above it",
        "步骤 {step}：第 {column} 列的顾客行为上方没有有形展示",
    ),
    "blueprint.val.path": (
        "step {step}: {lane} step with no path of flows to any customer action",
        "步骤 {step}：{lane}步骤没有任何连线通向顾客行为",
    ),
    "blueprint.val.fail_mode": (
        "step {step}: fail point without a failure mode (what can go wrong?)",
        "步骤 {step}：标记了失误点但没有写明失误模式（会出什么错？）",
    ),
    "blueprint.val.wait": (
        "step {step}: wait point without an expected wait (how long?)",
        "步骤 {step}：标记了等待点但没有预计等待时间（等多久？）",
    ),
    "blueprint.legend.fail": ("F = fail point", "F = 失误点"),
    "blueprint.legend.wait": ("W = wait point", "W = 等待点"),
    "blueprint.legend.flow": ("→ flow", "→ 流向"),
    "blueprint.axis.stage": ("Stage {column}", "阶段 {column}"),
    "blueprint.err.format": (
        "cannot save '{path}': use a .svg, .png or .pdf file name",
        "无法保存「{path}」：请使用 .svg、.png 或 .pdf 文件名",
    ),
    "blueprint.metric.steps": ("Steps", "步骤数"),
    "blueprint.metric.customer_steps": ("Customer steps", "顾客步骤数"),
    "blueprint.metric.encounters": ("Service encounters", "服务接触次数"),
    "blueprint.metric.visibility_crossings": ("Visibility-line crossings", "跨可视线次数"),
    "blueprint.metric.internal_handoffs": ("Internal hand-offs", "内部交接次数"),
    "blueprint.metric.fail_points": ("Fail points", "失误点"),
    "blueprint.metric.wait_points": ("Wait points", "等待点"),
    "blueprint.metric.standard_time": ("Standard time (min)", "标准时间（分钟）"),
    "blueprint.metric.wait_time": ("Waiting time (min)", "等待时间（分钟）"),
    "blueprint.metric.customer_time": ("Customer time (min)", "顾客总耗时（分钟）"),
    "blueprint.metric.tolerance": ("Tolerance (min)", "可容忍时间（分钟）"),
    "blueprint.metric.over_tolerance": ("Stages over tolerance", "超出容忍的阶段数"),
}
