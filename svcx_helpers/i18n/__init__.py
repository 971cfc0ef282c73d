"""Two-language support: every user-facing string of svcx_helpers lives here.

``set_language("zh")`` switches messages, widget labels and plot labels to Simplified
Chinese; ``set_language("en")`` switches back. ``t(key, **values)`` looks a message up
in the current language and fills its ``{placeholders}``.

Example
-------
>>> from svcx_helpers import i18n
>>> i18n.set_language("zh"); i18n.t("category.M")
'必备型'
>>> i18n.set_language("en"); i18n.t("category.M")
'Must-be'
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

LANGUAGES = ("en", "zh")

_state = {"lang": os.environ.get("SVCX_LANG", "en") if os.environ.get("SVCX_LANG") in LANGUAGES
          else "en"}

# key -> (English, Simplified Chinese)
MESSAGES: dict[str, tuple[str, str]] = {
    # --- Capstone project (capstone.py, questions/capstone.py, issue 9) ------------------
    "cap.step.kano": ("1. What matters to customers (KANO)", "1. 顾客看重什么（KANO）"),
    "cap.step.servqual": ("2. Where the service falls short (SERVQUAL)",
                          "2. 服务差距在哪里（SERVQUAL）"),
    "cap.step.today": ("3. Today's service: blueprint and journey", "3. 现状服务：蓝图与旅程"),
    "cap.step.redesign": ("4. The redesigned process", "4. 再设计后的流程"),
    "cap.step.standards": ("5. Service standards and targets", "5. 服务标准与目标"),
    "cap.step.staffing": ("6. Staffing the peak (Erlang C)", "6. 高峰时段的人员配置（Erlang C）"),
    "cap.step.monitoring": ("7. Monitoring plan (control charts)", "7. 监控计划（控制图）"),
    "cap.step.conclusion": ("8. Conclusions", "8. 结论"),
    "cap.servers.it_service_desk": ("first-line agents", "一线坐席"),
    "cap.servers.government_window": ("windows", "窗口"),
    "cap.report.not_done": ("Not done yet: {what}.", "尚未完成：{what}。"),
    "cap.report.no_conclusion": ("The conclusion is not written yet.", "结论尚未撰写。"),
    "cap.err.track": ("unknown capstone track {name}: choose one of {tracks}",
                      "未知的综合项目方向 {name}：请从 {tracks} 中选择"),
    "cap.err.step": ("unknown capstone step '{step}': the steps are {steps}",
                     "未知的综合项目步骤「{step}」：步骤为 {steps}"),
    "cap.err.hhmm": ("{value} is not a time of day: write it as HH:MM, e.g. '09:30'",
                     "{value} 不是时刻：请写成 HH:MM，例如 '09:30'"),
    "cap.err.weekday": ("{value} is not a weekday: use one of {days} or 0–6 (Monday = 0)",
                        "{value} 不是星期几：请使用 {days} 之一或 0–6（周一 = 0）"),
    "cap.err.interval": ("the interval must be a whole number of minutes that divides a day "
                         "(15, 30, 60 …), got {value}",
                         "时段长度必须是能整除一天的整数分钟（15、30、60……），实际为 {value}"),
    "cap.err.no_times": ("no readable arrival times in the data", "数据中没有可读取的到达时间"),
    "cap.err.design": ("expected a Blueprint (Blueprint.from_dict(design)), got {got}",
                       "应为 Blueprint（Blueprint.from_dict(design)），实际为 {got}"),
    "cap.err.part": ("a report part must be text, a table, a figure or ..., got {got}",
                     "报告内容应为文字、表格、图或 ...，实际为 {got}"),
    "cap.answer.type": (
        "Give a dict with the key 'track' and the parts of this task ({parts}); got {got}.",
        "请给出一个字典，包含键 'track' 和本题的各部分（{parts}）；实际为 {got}。"),
    "cap.answer.no_track": (
        "Say which track the answer is for: add \"track\": TRACK ({tracks}).",
        "请说明答案属于哪个方向：加上 \"track\": TRACK（{tracks}）。"),
    "cap.answer.unknown_track": ("'{name}' is not a capstone track; use one of {tracks}.",
                                 "「{name}」不是综合项目的方向；请使用 {tracks} 之一。"),
    "cap.answer.no_data": ("The data of the track {track} cannot be loaded: {error}",
                           "无法读取方向 {track} 的数据：{error}"),
    "cap.answer.missing": ("Not answered yet: {parts}.", "尚未作答：{parts}。"),
    "cap.answer.list": ("Give a list, got {got}.", "请给出列表，实际为 {got}。"),
    "cap.kano.unknown": ("'{names}' is not an attribute of this survey; the attributes are: "
                         "{known}.",
                         "「{names}」不是本问卷的属性；属性有：{known}。"),
    "cap.kano.quadrant": (
        "These are the attributes in the must-be quadrant of the Better–Worse diagram. The "
        "task asks for the attributes whose category (the most frequent answer) is M.",
        "这是 Better–Worse 图中必备象限的属性。本题要的是类别（出现最多的类别）为 M 的属性。"),
    "cap.kano.must_be": ("{missing} must-be attribute(s) missing; not must-be: {extra}.",
                         "缺少 {missing} 个必备属性；不属于必备型的有：{extra}。"),
    "cap.kano.not_a": ("{name} is not attractive: its category is {category}.",
                       "{name} 不是魅力型属性：它的类别是{category}。"),
    "cap.kano.delighter": ("Another attractive attribute has a higher Better coefficient.",
                           "另一个魅力型属性的 Better 系数更高。"),
    "cap.kano.not_o": ("{name} is not one-dimensional: its category is {category}.",
                       "{name} 不是期望型属性：它的类别是{category}。"),
    "cap.kano.performance_better": (
        "That one has the highest Better. The task asks for the one-dimensional attribute "
        "whose absence hurts most: the largest |Worse|.",
        "这是 Better 最高的属性。本题要的是缺失时伤害最大的期望型属性：|Worse| 最大者。"),
    "cap.kano.performance": ("Another one-dimensional attribute has a larger |Worse|.",
                             "另一个期望型属性的 |Worse| 更大。"),
    "cap.sq.dimension": ("'{value}' is not a SERVQUAL dimension; use {dimensions}.",
                         "「{value}」不是 SERVQUAL 维度；请使用 {dimensions}。"),
    "cap.sq.gaps_type": ("Give the five dimension gaps as a dict {{dimension: gap}}; got {got}.",
                         "请以字典 {{维度: 差距}} 给出五个维度的差距；实际为 {got}。"),
    "cap.sq.sign": ("The signs are reversed: a gap is perception − expectation, negative when "
                    "the service falls short.",
                    "符号反了：差距 = 感知 − 期望，服务不足时为负。"),
    "cap.sq.rows": ("These are the gaps of all rows. Keep only the rows of this service: "
                    "{column} == '{value}'.",
                    "这是全部记录的差距。只保留本服务的记录：{column} == '{value}'。"),
    "cap.sq.worst": ("Not the dimension with the most negative mean gap.",
                     "这不是平均差距最负的维度。"),
    "cap.sq.unweighted": ("That is the unweighted score; this survey has importance points, "
                          "so weight each respondent's gaps.",
                          "这是不加权得分；本问卷有重要性分配，请按每位受访者加权。"),
    "cap.sq.product": ("That is the product of the mean weights and the mean gaps. Weight each "
                       "respondent first, then average.",
                       "这是平均权重乘以平均差距。应先对每位受访者加权，再求平均。"),
    "cap.sq.score": ("The {kind} SERVQUAL score is not right.", "{kind} SERVQUAL 得分不对。"),
    "cap.sq.kind.weighted": ("weighted", "加权"),
    "cap.sq.kind.unweighted": ("unweighted", "不加权"),
    "cap.bp.fail_ids": ("{missing} fail point(s) missing; not fail points: {extra}.",
                        "缺少 {missing} 个失误点；不是失误点的有：{extra}。"),
    "cap.bp.wait": ("Add up the expected waits of all wait points.",
                    "请把所有等待点的预计等待时间相加。"),
    "cap.bp.all_flows": ("That is the number of all flows; count only those crossing the "
                         "line asked for.",
                         "这是全部流向线的数量；只数穿过题目所指分界线的流向线。"),
    "cap.bp.encounters": ("That count belongs to another line. Encounters cross the line of "
                          "interaction.",
                          "这是另一条分界线的数量。服务接触穿过互动分界线。"),
    "cap.bp.handoffs": ("That count belongs to another line. Hand-offs cross the line of "
                        "internal interaction.",
                        "这是另一条分界线的数量。内部交接穿过内部互动分界线。"),
    "cap.jm.id": ("Give a blueprint step id such as 'C5', got {got}.",
                  "请给出蓝图步骤编号，例如 'C5'，实际为 {got}。"),
    "cap.jm.highest": ("That is the best moment, not the worst.",
                       "这是最好的时刻，不是最糟的时刻。"),
    "cap.jm.lowest": ("Another step has a lower emotion.", "另一个步骤的情绪更低。"),
    "cap.jm.threshold": ("These include the steps exactly at the middle of the scale. Pain "
                         "points lie strictly below it.",
                         "其中包括恰好位于量表中点的步骤。痛点必须严格低于中点。"),
    "cap.jm.pain": ("{missing} pain point(s) missing; not pain points: {extra}.",
                    "缺少 {missing} 个痛点；不是痛点的有：{extra}。"),
    "cap.rd.type": ("Submit the design as a dict in the blueprint layout (name, steps, flows), "
                    "for example today.to_dict() after your changes; got {got}.",
                    "请以蓝图格式的字典（name、steps、flows）提交设计，例如修改后的 "
                    "today.to_dict()；实际为 {got}。"),
    "cap.rd.serves": ("serves must be a dict {{attribute: [step ids]}}, got {got}.",
                      "serves 应为字典 {{属性: [步骤编号]}}，实际为 {got}。"),
    "cap.rd.other_service": (
        "This looks like a redesign of the {other} service, not of {track}: it keeps {n_other} "
        "step labels of today's {other} blueprint and {n_own} of {track}'s. Set track to the "
        "service you redesigned, or start from case.today().to_dict() of your track.",
        "这看起来是对 {other} 服务的再设计，而不是 {track}：它保留了 {other} 现状蓝图的 {n_other} "
        "个步骤名称，而 {track} 的只有 {n_own} 个。请把 track 设为你再设计的服务，或从所选方向的 "
        "case.today().to_dict() 开始修改。"),
    "cap.rd.wait": ("Your design still has {wait} min of customer waiting; the target is at "
                    "most {target} min ({cut} less than today's {before} min).",
                    "你的设计中顾客仍需等待 {wait} 分钟；目标为不超过 {target} 分钟（比现状的 "
                    "{before} 分钟减少 {cut}）。"),
    "cap.rd.unserved": ("Must-be attributes no longer served: {attributes}. Keep one of the "
                        "steps in brackets, or name the step of your design that serves it "
                        "in serves.",
                        "以下必备属性不再得到满足：{attributes}。请保留括号中的某个步骤，"
                        "或在 serves 中写明你的设计中提供它的步骤。"),
    "cap.kqi.type": ("Give the KQIs as a dict with the keys {keys}; got {got}.",
                     "请以字典给出关键质量指标，键为 {keys}；实际为 {got}。"),
    "cap.kqi.unit": ("Right number, wrong unit: give the wait in {unit}.",
                     "数值对了但单位不对：等待时间请以 {unit} 为单位。"),
    "cap.kqi.first_time_right_all": (
        "The denominator is the done tickets or visits only, not all of them.",
        "分母只包括已完成的工单或办件，而不是全部。"),
    "cap.kqi.csat_top2_all": ("Count only the answered surveys: rows without a score are "
                              "left out.", "只统计已作答的问卷：没有评分的记录不计入。"),
    "cap.tg.type": ("Give the targets as a dict {{KQI: sentence}} with keys from {keys}; got "
                    "{got}.", "请以字典 {{指标: 句子}} 给出目标，键取自 {keys}；实际为 {got}。"),
    "cap.tg.keys": ("Unknown KQI key(s): {keys}. Use {known}.",
                    "未知的指标键：{keys}。请使用 {known}。"),
    "cap.tg.text": ("{kqi}: write the target as a sentence (got {got}).",
                    "{kqi}：请用一句话写出目标（实际为 {got}）。"),
    "cap.tg.lacks": ("{kqi}: not measurable yet, it lacks: {missing}.",
                     "{kqi}：尚不可测量，缺少：{missing}。"),
    "cap.tg.too_few": ("{n} target(s) given; write at least {min}.",
                       "只给出了 {n} 条目标；请至少写 {min} 条。"),
    "cap.tg.el.soft": ("a number to reach (it reads as a soft standard)",
                       "要达到的数值（目前读来是软标准）"),
    "cap.tg.el.quantity": ("what is measured", "测量什么"),
    "cap.tg.el.target": ("the target number", "目标数值"),
    "cap.tg.el.unit": ("the unit", "单位"),
    "cap.tg.el.time_frame": ("how often it is measured", "统计周期"),
    "cap.tg.el.who": ("who must meet it", "由谁达成"),
    "cap.tg.el.share": ("for how many customers it holds (P90 or a share such as 85 %)",
                        "适用于多少顾客（P90 或 85% 这样的比例）"),
    "cap.st.interval_type": ("Give the interval as 'HH:MM', e.g. '10:00'; got {got}.",
                             "请以 'HH:MM' 形式给出时段，例如 '10:00'；实际为 {got}。"),
    "cap.st.closed": ("That interval is outside opening hours ({first} … {last}).",
                      "该时段不在营业时间内（{first} … {last}）。"),
    "cap.st.interval": ("Not the interval with the most arrivals on an average {weekday}.",
                        "这不是平均每个{weekday}到达量最多的时段。"),
    "cap.st.aht_unit": ("That is what an AHT in minutes gives. staffing_plan takes the AHT in "
                        "seconds.",
                        "这是把平均处理时长按分钟代入的结果。"
                        "staffing_plan 的平均处理时长单位是秒。"),
    "cap.st.traffic": ("That only covers the offered load (A = λ·AHT) with no queue target; "
                       "Erlang C needs enough agents to meet the service level.",
                       "这只覆盖了话务量（A = λ·AHT），没有考虑排队目标；"
                       "Erlang C 需要足够的人员才能达到服务水平。"),
    "cap.st.weekday": ("That is the peak of an average day over all weekdays; plan the "
                       "busiest weekday, {weekday}.",
                       "这是所有日期平均后的高峰；请按最忙的工作日（{weekday}）来排班。"),
    "cap.st.agents": ("Not the number of agents that the busiest interval needs.",
                      "这不是最忙时段所需的人数。"),
    "cap.mon.type": ("Give the Monday of the week as a date or as text such as '2026-04-13'; "
                     "got {got}.",
                     "请以日期或 '2026-04-13' 这样的文字给出该周的周一；实际为 {got}。"),
    "cap.mon.range": ("That week is not in the log ({first} … {last}).",
                      "日志中没有这一周（{first} … {last}）。"),
    "cap.mon.baseline": ("That week is in the baseline (before {end}); look after it.",
                         "这一周在基准期内（{end} 之前）；请在基准期之后寻找。"),
    "cap.mon.pooled": ("That is the first signal with limits from all weeks. Take the limits "
                       "from the baseline weeks only.",
                       "这是用全部周计算控制限时的第一个信号。请只用基准期的周计算控制限。"),
    "cap.mon.inside": ("That week lies within its limits; the first signal comes later.",
                       "这一周在控制限之内；第一个信号出现得更晚。"),
    "cap.mon.later": ("A signal comes earlier than that week.", "在这一周之前已经出现了信号。"),
    "cap.rep.outline_type": ("outline must be report.outline(), a dict; got {got}.",
                             "outline 应为 report.outline() 返回的字典；实际为 {got}。"),
    "cap.rep.headings": ("The report lacks these steps: {steps}.", "报告缺少这些步骤：{steps}。"),
    "cap.rep.figures": ("The report has {n} figure(s); it needs at least {min}.",
                        "报告只有 {n} 幅图；至少需要 {min} 幅。"),
    "cap.rep.tables": ("The report has {n} table(s); it needs at least {min}.",
                       "报告只有 {n} 张表；至少需要 {min} 张。"),
    "cap.rep.words": ("The report's conclusion has {n} words; it needs at least {min}.",
                      "报告中的结论只有 {n} 词；至少需要 {min} 词。"),
    # --- slides and printable sheets (slides.py, sheets.py, cli.py) -------------------
    "slides.no_file": ("Notebook not found: {path}", "找不到笔记本：{path}"),
    "slides.no_chapter": ("No chapter called {chapter!r}. Chapters: {chapters}",
                          "没有名为 {chapter!r} 的章节。可用章节：{chapters}"),
    "slides.no_tags": (
        "{path}: no cell is tagged for slides. Tag cells 'slide', 'subslide', "
        "'fragment' or 'notes' (JupyterLab: property inspector → Cell tags), or set "
        "their Slide type.",
        "{path}：没有单元格标记为幻灯片。请给单元格添加标签 slide、subslide、fragment 或 "
        "notes（JupyterLab：属性检查器 → 单元格标签），或设置其幻灯片类型。"),
    "slides.wrote": ("Slides written: {path} (open it in a browser; press S for the "
                     "speaker notes)",
                     "幻灯片已生成：{path}（用浏览器打开；按 S 键显示演讲者备注）"),
    "slides.failed": ("Could not make the slides of {chapter}: {error}",
                      "无法生成 {chapter} 的幻灯片：{error}"),
    "sheets.kind": ("Exercise sheet", "练习纸"),
    "sheets.key": ("Answer key — for the trainer", "参考答案——培训师用"),
    "sheets.name": ("Name", "姓名"),
    "sheets.group": ("Group", "小组"),
    "sheets.date": ("Date", "日期"),
    "sheets.answer": ("Your answer", "你的答案"),
    "sheets.how_title": ("How to work on paper.", "纸上作答说明。"),
    "sheets.how": (
        "Write each answer in the box under its task. The tables and figures printed "
        "with a task are what the exercise notebook shows at that point; the notebook "
        "checks the same answers and gives hints.",
        "把每道题的答案写在题目下方的方框里。题目中印出的表格和图形就是练习笔记本在该处显示的"
        "结果；笔记本会检查同样的答案并给出提示。"),
    "sheets.no_exercise": ("No exercise called {chapter!r}. Exercises: {chapters}",
                           "没有名为 {chapter!r} 的练习。可用练习：{chapters}"),
    "sheets.wrote": ("Sheet written: {path}", "练习纸已生成：{path}"),
    "sheets.failed": ("Could not make the sheet of {chapter}: {error}",
                      "无法生成 {chapter} 的练习纸：{error}"),
    # --- Service improvement report (issue 9) ---------------------------------------------
    "rep.conclusion": ("Our conclusion", "我们的结论"),
    "rep.err.empty": ("write the conclusion in your own words (it is still empty)",
                      "请用自己的话写出结论（目前为空）"),
    "rep.err.table": ("a table must be a DataFrame or Series, got {got}",
                      "表格应为 DataFrame 或 Series，实际为 {got}"),
    "rep.err.figure": ("a figure must be a matplotlib Figure or Axes, got {got}",
                       "图应为 matplotlib 的 Figure 或 Axes，实际为 {got}"),
    # --- Data validation (issue 9) ------------------------------------------------------
    "val.row": ("row {row}", "第 {row} 行"),
    "val.column": ("column '{column}'", "列「{column}」"),
    "val.empty": ("empty, but a value is required", "为空，但此处必须有值"),
    "val.time": ("not a date and time (use YYYY-MM-DD HH:MM:SS)",
                 "不是日期时间（请使用 YYYY-MM-DD HH:MM:SS）"),
    "val.before": ("earlier than '{earlier}' ({value})", "早于「{earlier}」（{value}）"),
    "val.range": ("must be a whole number from {lo} to {hi}", "应为 {lo} 到 {hi} 之间的整数"),
    "val.missing_column": ("column missing; the file has: {found}",
                           "缺少此列；文件中的列为：{found}"),
    "val.number": ("not a number (zero or more)", "不是数字（应大于或等于 0）"),
    "val.no_rows": ("the file has a header but no rows", "文件只有表头，没有数据"),
    "val.kano.none": (
        "no KANO question columns found: name them like 'Fast fix [functional]' and "
        "'Fast fix [dysfunctional]' (or 快速修复【正向】/【反向】)",
        "未找到 KANO 题目列：请按「快速修复【正向】」「快速修复【反向】」"
        "（或 'Fast fix [functional]'）命名",
    ),
    "val.kano.pair": ("attribute '{attr}' has no {need} question column",
                      "属性「{attr}」缺少 {need} 题目列"),
    "val.kano.answer": ("not a KANO answer (1–5, or a text such as 'I like it' / 我喜欢)",
                        "不是 KANO 答案（1–5，或「我喜欢」等文字）"),
    "val.servqual.none": ("no SERVQUAL item columns (E1…E22 or P1…P22) found",
                          "未找到 SERVQUAL 题项列（E1…E22 或 P1…P22）"),
    "val.ok": ("{file}: no problems found ({rows} rows, kind {kind})",
               "{file}：未发现问题（{rows} 行，类型 {kind}）"),
    "val.found": ("{n} problem(s) found", "发现 {n} 个问题"),
    # --- Internal-customers exercise (questions/customers.py, issue 8) -----------------
    "cuq.rel.keys": ("Give a list of {n} pairs, or a dict with the case numbers 1 to {n} as "
                     "keys.", "请给出 {n} 个配对组成的列表，或以案例编号 1 到 {n} 为键的字典。"),
    "cuq.rel.type": ("Expected a list of (kind, customer) pairs, got {got}.",
                     "应为 (类型, 客户) 配对组成的列表，实际为 {got}。"),
    "cuq.rel.row": ("Case {row}: expected a pair (kind, customer), got {got}.",
                    "案例 {row}：应为 (类型, 客户) 配对，实际为 {got}。"),
    "cuq.rel.kind_unknown": ("Case {row}: the kind must be 'internal' or 'external', not "
                             "'{value}'.",
                             "案例 {row}：类型应为 'internal'（内部）或 'external'（外部），"
                             "而不是 '{value}'。"),
    "cuq.rel.party": ("Case {row}: '{value}' is not one of the two parties of the case "
                      "({parties}).", "案例 {row}：'{value}' 不是该案例的两方之一（{parties}）。"),
    "cuq.rel.wrong": ("{n} of {total} cases are not right. {detail}",
                      "{total} 个案例中有 {n} 个不对。{detail}"),
    "cuq.rel.swapped": ("In case {row} you named the supplier: the customer is the party that "
                        "receives the work, not the one that does it.",
                        "案例 {row} 中你写的是供应方：客户是接收这项工作的一方，而不是完成"
                        "工作的一方。"),
    "cuq.rel.internal": ("Case {row}: both parties work for the same company, so the customer "
                         "is internal.", "案例 {row}：双方都在同一家公司工作，所以是内部客户。"),
    "cuq.rel.external": ("Case {row}: the customer is outside the company, so it is an "
                         "external customer.",
                         "案例 {row}：客户在公司之外，所以是外部客户。"),
    "cuq.size.swapped": ("The two numbers are swapped: departments first, then links.",
                         "两个数的顺序反了：先给部门数，再给连线数。"),
    "cuq.size.suppliers_only": ("That counts only the departments that supply something. "
                                "Departments that only ask are on the map too.",
                                "这只统计了提供服务的部门。只提出请求的部门也在关系图上。"),
    "cuq.size.undirected": ("Links have a direction: A asking B and B asking A are two links.",
                            "连线是有方向的：A 向 B 提请求与 B 向 A 提请求是两条连线。"),
    "cuq.size.possible": ("That is the number of possible links. Count only the pairs with at "
                          "least one request.", "这是可能的连线数。只统计至少有一次请求的组合。"),
    "cuq.size.requests": ("That is the number of requests. A link is a (requester, supplier) "
                          "pair, however many requests it carries.",
                          "这是请求的数量。连线是 (请求方, 供应方) 组合，不论它有多少次请求。"),
    "cuq.size.filtered": ("That counts only the links with at least {min} requests; the map "
                          "has all of them.",
                          "这只统计了请求数不少于 {min} 的连线；关系图包含所有连线。"),
    "cuq.size.wrong": ("Not right yet: {which}.", "还不对：{which}。"),
    "cuq.most.type": ("Expected the name of a department or a list of names, got {got}.",
                      "应为部门名称或名称列表，实际为 {got}。"),
    "cuq.most.empty": ("The list is empty: name at least one department.",
                       "列表是空的：请至少写出一个部门。"),
    "cuq.most.unknown": ("'{value}' is not a department of the log ({names}).",
                         "'{value}' 不是日志中的部门（{names}）。"),
    "cuq.most.requester": ("{dept} supplies nothing in the log: it asks other departments, "
                           "so it is on the customer side. Count the departments each "
                           "supplier serves.",
                           "{dept} 在日志中没有提供任何服务：它向其他部门提请求，属于客户一方。"
                           "请统计每个供应方服务的部门数。"),
    "cuq.most.extra": ("{dept} serves {n} departments, fewer than the busiest suppliers.",
                       "{dept} 服务 {n} 个部门，少于服务最多的供应方。"),
    "cuq.most.one": ("{dept} is right, but another department serves just as many internal "
                     "customers.", "{dept} 是对的，但还有一个部门服务的内部客户同样多。"),
    "cuq.kqi.swapped": ("The two values are swapped: the on-time rate first, then the median "
                        "turnaround.", "两个值的顺序反了：先给准时率，再给周转时间中位数。"),
    "cuq.kqi.open": ("Requests that are still open have no turnaround yet: the on-time rate "
                     "counts resolved requests only.",
                     "仍未解决的请求还没有周转时间：准时率只统计已解决的请求。"),
    "cuq.kqi.department": ("That is {supplier} as a whole. The link is {requester} → "
                           "{supplier} only.",
                           "这是 {supplier} 的整体数值。这条连线只包括 {requester} → {supplier}。"),
    "cuq.kqi.days": ("Give the turnaround in hours, not in days.",
                     "周转时间请以小时为单位，而不是天。"),
    "cuq.kqi.mean": ("That is the mean turnaround; the task asks for the median, which a few "
                     "very long requests do not pull up.",
                     "这是周转时间的平均值；题目要求的是中位数，它不会被少数特别长的请求拉高。"),
    "cuq.kqi.wrong": ("Not right yet: {which}. Is it the weakest link by satisfaction?",
                      "还不对：{which}。这是按满意度排出的最薄弱环节吗？"),
    "cuq.weak.keys": ("Give a dict with the keys 'satisfaction' and 'on_time'.",
                      "请给出键为 'satisfaction' 和 'on_time' 的字典。"),
    "cuq.weak.outer": ("Expected a dict {{'satisfaction': [...], 'on_time': [...]}}, got "
                       "{got}.", "应为字典 {{'satisfaction': [...], 'on_time': [...]}}，"
                       "实际为 {got}。"),
    "cuq.weak.type": ("'{which}': expected a list of links, got {got}.",
                      "'{which}'：应为连线组成的列表，实际为 {got}。"),
    "cuq.weak.len": ("'{which}': give the {n} weakest links, not {got}.",
                     "'{which}'：请给出最薄弱的 {n} 条连线，而不是 {got} 条。"),
    "cuq.weak.pair": ("'{which}': cannot read '{value}' as a link. Write a pair such as "
                      "('operations', 'it') or 'operations → it'.",
                      "'{which}'：无法把 '{value}' 识别为连线。请写成 ('operations', 'it') 或 "
                      "'operations → it' 这样的形式。"),
    "cuq.weak.swapped": ("The two lists are swapped: 'satisfaction' is the ranking by mean "
                         "satisfaction.", "两个列表放反了：'satisfaction' 是按平均满意度的排名。"),
    "cuq.weak.direction": ("{link} points the wrong way: a link goes from the requester (the "
                           "internal customer) to the supplier.",
                           "{link} 的方向反了：连线从请求方（内部客户）指向供应方。"),
    "cuq.weak.unknown": ("{link} is not a link of the map: nobody asked for that.",
                         "{link} 不是关系图中的连线：没有这样的请求。"),
    "cuq.weak.small": ("{link} has only {n} requests. Leave out links with fewer than {min}: "
                       "on so few requests chance decides the ranking.",
                       "{link} 只有 {n} 个请求。请去掉请求数少于 {min} 的连线：请求这么少时，"
                       "排名由偶然决定。"),
    "cuq.weak.both": ("'{which}': that is the list by='both' gives (below the median on both "
                      "measures), not the ranking asked for.",
                      "'{which}'：这是 by='both'（两项指标都低于中位数）给出的列表，"
                      "不是题目要求的排名。"),
    "cuq.weak.wrong": ("Not right yet: {which}.", "还不对：{which}。"),
    "cuq.late.swapped": ("The two values are swapped: late requests first, then on time.",
                         "两个值的顺序反了：先给超时请求，再给准时请求。"),
    "cuq.late.share": ("Give mean scores on the 1–5 scale, not shares.",
                       "请给出 1–5 分制的平均分，而不是比例。"),
    "cuq.late.median": ("That is a median; the task asks for the mean satisfaction.",
                        "这是中位数；题目要求的是平均满意度。"),
    "cuq.late.legal": ("Include every supplier, legal too: the task compares all late and all "
                       "on-time requests.",
                       "请包括所有供应方，法务部也在内：题目比较的是全部超时与全部准时的请求。"),
    "cuq.late.wrong": ("Not right yet: {which}.", "还不对：{which}。"),
    "cuq.sla.empty": ("Write your SLA as a sentence.", "请用一句话写出你的 SLA。"),
    "cuq.sla.soft": ("This reads as a soft standard: an SLA for a slow link needs a number to "
                     "reach, such as a share within a time.",
                     "这读起来是一条软标准：针对慢环节的 SLA 需要一个可达成的数字，例如在某个时间内"
                     "完成的比例。"),
    "cuq.sla.missing": ("A hard standard, but these elements are missing: {missing}.",
                        "这是一条硬标准，但缺少以下要素：{missing}。"),
    "cuq.sla.link": ("A complete standard, but for which link? Name the supplier and the "
                     "service: procurement and its purchase orders.",
                     "标准很完整，但针对哪条连线？请写明供应方和服务：采购部及其采购订单。"),
    # --- Queues exercise (questions/queues.py, issue 8) ---------------------------------
    "qq.keys": ("A dict needs the keys {keys}.", "字典需要包含键 {keys}。"),
    "qq.type": ("Give {n} values as a list or a dict with the keys {keys}, not {got}.",
                "请以列表或含键 {keys} 的字典给出 {n} 个值，而不是 {got}。"),
    "qq.wrong": ("Not yet right: {which}.", "还不对：{which}。"),
    "qq.share.percent": ("Give shares between 0 and 1 (0.8), not percentages (80).",
                         "请给出 0 到 1 之间的比例（0.8），而不是百分数（80）。"),
    "qq.maister.type": ("Give a dict {{letter: principle number}}, e.g. {{'a': 1}}, not {got}.",
                        "请以字典 {{字母: 原则编号}} 给出，例如 {{'a': 1}}，而不是 {got}。"),
    "qq.maister.missing": ("Situation(s) {letters} have no principle yet.",
                           "情境 {letters} 还没有对应的原则。"),
    "qq.maister.unknown": ("Situation {letter}: “{value}” is not one of the eight principles; "
                           "give its number 1–8.",
                           "情境 {letter}：“{value}”不是八条原则之一；请给出编号 1–8。"),
    "qq.maister.uncertain_unexplained": (
        "{n} situation(s) not yet right, first {letter}. Tell uncertainty from explanation: "
        "not knowing how long is principle 4, not knowing why is principle 5.",
        "有 {n} 个情境还不对，第一个是 {letter}。请区分不确定与无解释：不知道要等多久是原则 4，"
        "不知道为什么等是原则 5。",
    ),
    "qq.maister.occupied_preprocess": (
        "{n} situation(s) not yet right, first {letter}. Being kept busy is principle 1; "
        "feeling that the service has already started is principle 2.",
        "有 {n} 个情境还不对，第一个是 {letter}。有事可做是原则 1；感觉服务已经开始是原则 2。",
    ),
    "qq.maister.wrong": ("{n} of {total} situations are not yet right (first: {letter}).",
                         "{total} 个情境中有 {n} 个还不对（第一个：{letter}）。"),
    "qq.traffic.hour": (
        "That is the traffic of an hour's rate: the calls came in half an hour (1,800 s).",
        "这是按一小时计算的结果：这些电话是在半小时（1800 秒）内打进来的。",
    ),
    "qq.traffic.units": (
        "Check the time units: calls per second times seconds per call, so divide by the "
        "1,800 seconds of the half hour.",
        "请检查时间单位：每秒来电数乘以每通秒数，因此要除以半小时的 1800 秒。",
    ),
    "qq.traffic.aht": ("Use the AHT of that half hour (its aht_seconds), not an average of "
                       "the whole data set.",
                       "请使用该半小时自身的 AHT（aht_seconds），而不是整个数据集的平均值。"),
    "qq.traffic.wrong": ("Not yet right. Find the half hour with the most calls ({calls}) and "
                         "use its own AHT.",
                         "还不对。找出来电最多（{calls} 通）的半小时，并使用它自己的 AHT。"),
    "qq.erlang.erlang_b": (
        "That P_wait is Erlang B, the share of callers blocked when nobody may wait. Erlang C "
        "lets callers queue and is larger.",
        "这个 P_wait 是 Erlang B，即不允许排队时被拒绝的比例。Erlang C 允许排队，数值更大。",
    ),
    "qq.erlang.sl_no_time": (
        "1 − P_wait is the share answered at once. Callers who wait less than 20 s also "
        "count: multiply P_wait by exp(−(N − A)·20/AHT).",
        "1 − P_wait 只是立即接通的比例。等待不到 20 秒的来电也算达标：要把 P_wait 乘以 "
        "exp(−(N − A)·20/AHT)。",
    ),
    "qq.erlang.asa_minutes": ("Give the ASA in seconds, not minutes.",
                              "请以秒为单位给出 ASA，而不是分钟。"),
    "qq.erlang.asa_waiters": (
        "AHT/(N − A) is the average wait of those who wait. The ASA averages over all "
        "callers: multiply by P_wait.",
        "AHT/(N − A) 是需要等待者的平均等待时间。ASA 是对所有来电者的平均：还要乘以 P_wait。",
    ),
    "qq.erlang.hour": ("These fit 100 calls per hour. The 100 calls come in 30 minutes: "
                       "A = 100 · 180 / 1800.",
                       "这些数值对应每小时 100 通。题中 100 通是在 30 分钟内打进来的："
                       "A = 100 · 180 / 1800。"),
    "qq.staff.whole": ("Staff come in whole people: {value} is not a whole number.",
                       "人数必须是整数：{value} 不是整数。"),
    "qq.staff.swapped": ("The two numbers are swapped: agents needed first, then staff to "
                         "schedule.",
                         "两个数的顺序反了：先给所需座席，再给排班人数。"),
    "qq.staff.times": (
        "Shrinkage of {s} means only {one} of the scheduled staff take calls: divide by "
        "(1 − shrinkage), do not multiply by (1 + shrinkage).",
        "缩减率 {s} 意味着排班人员中只有 {one} 在接电话："
        "应除以 (1 − 缩减率)，而不是乘以 (1 + 缩减率)。",
    ),
    "qq.staff.round_down": ("Round the scheduled staff up, not down: a fraction of a person "
                            "still needs a person.",
                            "排班人数要向上取整，而不是向下：不足一人也需要一个人。"),
    "qq.staff.too_few": ("With {n} agents the service level is {sl}, below the {target} "
                         "target.",
                         "{n} 名座席时服务水平为 {sl}，低于 {target} 的目标。"),
    "qq.staff.unstable": ("With no more agents than the traffic ({a} Erlangs) the queue grows "
                          "without limit.",
                          "座席数不多于话务量（{a} 爱尔兰）时，队列会无限增长。"),
    "qq.peak.interval": ("Give the half hour as text 'HH:MM' (e.g. '09:30'), not {got}.",
                         "请以文本 'HH:MM'（例如 '09:30'）给出半小时时段，而不是 {got}。"),
    "qq.peak.single_day": (
        "That is the busiest half hour of a single Monday. The task asks for the average "
        "Monday: the mean of the four Mondays, half hour by half hour.",
        "这是某一个周一最繁忙的半小时。题目要求的是平均周一：四个周一按半小时求平均。",
    ),
    "qq.peak.interval_aht": (
        "That is what the half hour's own AHT gives — a sensible refinement, but this task "
        "asks for the Mondays' AHT per call over the whole day.",
        "这是用该半小时自身的 AHT 得到的结果——这是合理的细化，"
        "但本题要求使用周一全天每通电话的 AHT。",
    ),
    "qq.peak.shrinkage": ("That includes shrinkage; the task asks for the agents on the "
                          "phones, without shrinkage.",
                          "这个数计入了缩减；题目要求的是在线座席数，不计缩减。"),
    "qq.peak.sum": ("That staffs the four Mondays' calls together. Use the mean per Monday, "
                    "not the sum.",
                    "这是把四个周一的来电加在一起配置的座席。请用每个周一的平均值，而不是总和。"),
    "qq.peak.traffic": ("The peak's traffic is about {a} Erlangs: with so few agents callers "
                        "wait far too long. Find the smallest N that meets 80 % within 20 s.",
                        "高峰话务量约为 {a} 爱尔兰：座席这么少，来电者会等待过久。"
                        "请找出达到 20 秒内 80% 的最小 N。"),
    "qq.hours.swapped": ("The two values are swapped: agent-hours first, then scheduled "
                         "staff-hours.",
                         "两个值的顺序反了：先给座席工时，再给排班工时。"),
    "qq.hours.half": ("Each interval is half an hour: multiply the sum of the column by 0.5.",
                      "每个时段是半小时：列之和要乘以 0.5。"),
    "qq.hours.flat": (
        "That is a flat roster: the peak's staff for all {hours} hours. The plan follows the "
        "calls, so add up its half hours instead.",
        "这是平均排班：全天 {hours} 小时都按高峰人数安排。计划随来电量变化，应把各半小时加总。",
    ),
    "qq.hours.total_shrinkage": (
        "Shrinkage was applied to the total. Staff come in whole people in every half hour: "
        "add up the plan's scheduled column.",
        "缩减是按总数计算的。每个半小时的人数都必须是整数：请把计划中的 scheduled 列加总。",
    ),
    "qq.sim.swapped": ("The two values are swapped: exponential first, then deterministic.",
                       "两个值的顺序反了：先给指数分布，再给固定时长。"),
    "qq.sim.formula": ("That is Erlang C's value, not the simulation's. Run "
                       "queueing.simulate(..., seed={seed}) and report its summary.",
                       "这是 Erlang C 公式的值，而不是仿真的结果。请运行 "
                       "queueing.simulate(..., seed={seed}) 并报告其汇总结果。"),
    "qq.sim.units": ("Almost nobody is answered in time: are the arrival rate and the AHT in "
                     "the same time unit (calls per second, seconds)?",
                     "几乎没有来电能及时接通："
                     "到达率和 AHT 是否使用同一时间单位（每秒来电数、秒）？"),
    "qq.sim.target": ("That is the share answered at once. Pass target_time={t} to count "
                      "callers answered within {t} seconds.",
                      "这是立即接通的比例。请传入 target_time={t}，统计 {t} 秒内接通的来电。"),
    "qq.sim.other_run": ("Close, but not this run: use seed={seed} and the default {n} "
                         "customers, so that everyone's run is the same.",
                         "接近了，但不是这次运行的结果：请使用 seed={seed} 和默认的 {n} 位顾客，"
                         "这样每个人的运行结果都相同。"),
    # --- Complaint-handling and recovery exercise (questions/recovery.py, issue 8) ------
    "rcq.keys": ("Give a dict with the keys {keys} (or a list in that order).",
                 "请给出键为 {keys} 的字典（或按此顺序的列表）。"),
    "rcq.type": ("Expected a dict with the keys {keys} for {what}, got {got}.",
                 "{what} 应为键为 {keys} 的字典，实际为 {got}。"),
    "rcq.steps.unknown": ("'{value}' is not one of the six steps: {steps}.",
                          "“{value}”不是六个步骤之一：{steps}。"),
    "rcq.steps.twice": ("The step '{step}' appears twice: use each of the six steps once.",
                        "步骤“{step}”出现了两次：六个步骤各用一次。"),
    "rcq.steps.solve_first": (
        "A solution offered before the customer has been heard and has had an apology "
        "sounds like getting rid of them: listen first, and solve later.",
        "在顾客还没被倾听、也没听到道歉之前就给出解决方案，会让顾客觉得你只想打发他：先倾听，"
        "后解决。"),
    "rcq.steps.apology_first": (
        "An apology before you have listened can only be general. Let the customer tell "
        "the story first, then apologise for what happened to them.",
        "还没倾听就道歉，只能说些笼统的话。先让顾客把事情讲完，再为他遇到的具体问题道歉。"),
    "rcq.steps.explain_first": (
        "An explanation before the apology sounds like an excuse: apologise first, then "
        "explain briefly what went wrong.",
        "先解释后道歉，听起来像是在找借口：先道歉，再简要说明出了什么问题。"),
    "rcq.steps.follow_up": (
        "Following up means checking afterwards that the solution worked: it is the last "
        "step.",
        "跟进是事后确认解决方案是否奏效：它是最后一步。"),
    "rcq.pareto.categories_type": ("The categories should be a list of names, got {got}.",
                                   "类别应为名称组成的列表，实际为 {got}。"),
    "rcq.category.unknown": ("'{value}' is not a complaint category. The categories are: "
                             "{categories}.",
                             "“{value}”不是投诉类别。类别有：{categories}。"),
    "rcq.pareto.stopped_early": (
        "Those categories make only {share} of the complaints, below 80 %: the vital few "
        "include the category at which the cumulative share first reaches 80 %.",
        "这些类别只占投诉的 {share}，不到 80%：关键少数要包括累计占比首次达到 80% 的那个类别。"),
    "rcq.pareto.by_value": (
        "Those are the vital few by compensation paid. This task counts complaints.",
        "这是按补偿金额得出的关键少数。本题要求按投诉条数统计。"),
    "rcq.pareto.too_many": (
        "The cumulative share reaches 80 % earlier: stop at the first category where it "
        "does.",
        "累计占比更早就达到了 80%：在首次达到的那个类别处停止。"),
    "rcq.pareto.not_cumulative": (
        "That is one category's own share. Give the cumulative share at the last vital "
        "category, the share of all vital-few categories together.",
        "这是单个类别自己的占比。请给出最后一个关键类别处的累计占比，即所有关键少数类别合计的占比。"),
    "rcq.pareto.wrong": (
        "These are not the top categories by number of complaints: sort the counts from "
        "largest to smallest first.",
        "这些不是投诉条数最多的类别：先把计数从大到小排序。"),
    "rcq.pareto.share_off": (
        "The categories are right, but the cumulative share is not.",
        "类别正确，但累计占比不对。"),
    "rcq.hours.swapped": ("The two values are swapped: first response first, then resolution.",
                          "两个值的顺序反了：先给首次响应，再给解决。"),
    "rcq.hours.minutes": ("That looks like minutes. Give the times in hours.",
                          "这看起来是分钟数。请以小时为单位给出。"),
    "rcq.hours.from_response": (
        "That is the time from the first response to the resolution. Measure the "
        "resolution time from the moment the complaint was received.",
        "这是从首次响应到解决的时间。解决时间应从收到投诉的时刻算起。"),
    "rcq.hours.mean": (
        "That is the mean. A few complaints wait very long and pull the mean up; the task "
        "asks for the median.",
        "这是平均值。少数投诉等待时间很长，把平均值拉高了；题目要求的是中位数。"),
    "rcq.hours.wrong": ("Not yet right: {which}.", "还不对：{which}。"),
    "rcq.under.resolved_only": (
        "You left out the unresolved complaints. They have received nothing so far, so "
        "they count as under-compensated.",
        "你漏掉了未解决的投诉。它们到目前为止什么补偿也没得到，因此算作补偿不足。"),
    "rcq.under.of_all": (
        "You divided by all complaints. Divide by the complaints of the same severity.",
        "你除以的是全部投诉数。应除以同一严重程度的投诉数。"),
    "rcq.under.other": ("Those are the '{fit}' shares. The task asks for 'under'.",
                        "这些是“{fit}”的比例。题目要求的是“under”（补偿不足）。"),
    "rcq.paradox.satisfaction": (
        "Those look like satisfaction scores (1–5). The task asks for repurchase rates, "
        "shares between 0 and 1.",
        "这些看起来是满意度分数（1–5）。题目要求的是再次购买率，即 0 到 1 之间的比例。"),
    "rcq.paradox.swapped": ("The good recovery and the baseline are swapped.",
                            "补救良好组和基准组的数值顺序反了。"),
    "rcq.paradox.fast_only": (
        "Fast alone is not a good recovery: the compensation must also match the severity "
        "(or be above it).",
        "仅仅快速还不算补救良好：补偿还必须与严重程度相匹配（或更高）。"),
    "rcq.paradox.blanks": (
        "Blank repurchase cells mean 'unknown', not 'did not buy again': leave them out.",
        "再次购买一栏为空表示“未知”，而不是“没有再次购买”：应把它们排除在外。"),
    "rcq.month.type": ("Give the month as text such as '2025-07', got {got}.",
                       "请以 '2025-07' 这样的文本给出月份，实际为 {got}。"),
    "rcq.month.parse": ("'{value}' is not a month; write it like '2025-07'.",
                        "“{value}”不是月份；请写成 '2025-07' 的形式。"),
    "rcq.month.range": ("The log covers {first} to {last}.",
                        "投诉记录的范围是 {first} 至 {last}。"),
    "rcq.month.fewest": ("That is the month with the fewest app-outage complaints.",
                         "这是手机银行故障投诉最少的月份。"),
    "rcq.month.other_category": (
        "That is the peak month of '{category}'. Keep only the 'app_outage' complaints.",
        "这是“{category}”投诉的高峰月份。请只保留 'app_outage' 类别的投诉。"),
    "rcq.month.not_peak": ("{month} had {n} app-outage complaints; another month had more.",
                           "{month} 有 {n} 条手机银行故障投诉；另有月份更多。"),
    "rcq.cost.by_count": (
        "That category has the most complaints, not the most compensation paid: add up "
        "compensation_value per category.",
        "该类别的投诉条数最多，但补偿金额不是最多：请按类别把 compensation_value 相加。"),
    "rcq.cost.mean": (
        "That category has the highest compensation per complaint, not the highest total.",
        "该类别每条投诉的平均补偿最高，但总额不是最高。"),
    "rcq.cost.count_share": (
        "That is the category's share of the complaints. Give its share of the "
        "compensation paid.",
        "这是该类别占投诉条数的比例。请给出它占补偿金额的比例。"),
    "rcq.cost.wrong": ("Another category costs more in compensation.",
                       "另有类别的补偿金额更高。"),
    "rcq.cost.share_off": ("The category is right, but its share of the compensation is not.",
                           "类别正确，但它占补偿金额的比例不对。"),
    "rcq.reflection.text": ("'{field}' should be a sentence (text), got {got}.",
                            "“{field}”应为一句话（文本），实际为 {got}。"),
    "rcq.reflection.category": (
        "'{category}' is not the category with the most complaints.",
        "“{category}”不是投诉条数最多的类别。"),
    "rcq.reflection.short": ("'{field}' is too short: write at least {n} words (you wrote "
                             "{got}).",
                             "“{field}”太短：至少写 {n} 个词（你写了 {got} 个）。"),
    "rcq.reflection.same": ("The root cause and the fail-safe are the same sentence: one says "
                            "why it happens, the other what stops it.",
                            "根本原因和防失误设计是同一句话：前者说明为什么会发生，后者说明用什么阻止它。"),
    # --- Queues (issue 8) ----------------------------------------------------------------
    "q.err.number": ("{name} must be a number, got {value}", "{name} 应为数字，实际为 {value}"),
    "q.err.nonneg": ("{name} must be zero or more, got {value}",
                     "{name} 应为大于或等于 0 的数，实际为 {value}"),
    "q.err.positive": ("{name} must be more than zero, got {value}",
                       "{name} 应为大于 0 的数，实际为 {value}"),
    "q.err.agents": ("agents must be a whole number, got {value}",
                     "座席数应为整数，实际为 {value}"),
    "q.err.share": (
        "target level and shrinkage (or maximum occupancy) must be shares below 1, "
        "got {level} and {shrinkage}",
        "目标服务水平与缩减率（或最高占用率）应为小于 1 的比例，实际为 {level} 与 {shrinkage}",
    ),
    "q.label.sl": ("service level (answered within {target} {unit})",
                   "服务水平（{target} {unit}内接通）"),
    "q.label.asa": ("average wait", "平均等待"),
    "q.label.needed": ("{n} agents meet the target", "{n} 名座席达到目标"),
    "q.label.arrivals": ("arrivals", "到达量"),
    "q.label.agents": ("agents needed", "所需座席"),
    "q.label.scheduled": ("scheduled (after shrinkage)", "排班人数（含缩减）"),
    "q.label.simulated": ("simulation", "仿真"),
    "q.label.formula": ("Erlang C", "Erlang C 公式"),
    "q.axis.agents": ("Agents", "座席数"),
    "q.axis.sl": ("Service level (%)", "服务水平（%）"),
    "q.axis.asa": ("Average wait ({unit})", "平均等待时间（{unit}）"),
    "q.axis.arrivals": ("Arrivals per interval", "每时段到达量"),
    "q.axis.wait": ("Wait t", "等待时间 t"),
    "q.axis.longer": ("Customers waiting longer than t (%)", "等待超过 t 的顾客（%）"),
    "q.title.curve": ("Service level and waiting, {a} Erlangs", "服务水平与等待（{a} 爱尔兰）"),
    "q.title.plan": ("Staffing plan", "排班计划"),
    "q.title.sim": ("Simulation vs formula: {n} agents, {a} Erlangs",
                    "仿真与公式对比：{n} 名座席，{a} 爱尔兰"),
    "rec.err.columns": ("missing column(s) {missing}; found {found}",
                        "缺少列 {missing}；现有列为 {found}"),
    "rec.err.threshold": ("threshold must be a share in (0, 1], got {value}",
                          "阈值应为 (0, 1] 之间的比例，实际为 {value}"),
    "rec.err.empty": ("nothing to count: no complaints (or all values are 0)",
                      "没有可统计的投诉（或数值全为 0）"),
    "rec.err.level": ("unknown {name} {unknown}; known: {known}",
                      "未知的{name} {unknown}；可用值：{known}"),
    "rec.axis.count": ("Complaints", "投诉数"),
    "rec.axis.cumulative": ("Cumulative share (%)", "累计占比（%）"),
    "rec.axis.repurchase": ("Repurchase within 6 months (%)", "6 个月内再次购买（%）"),
    "rec.label.cumulative": ("cumulative share", "累计占比"),
    "rec.title.pareto": ("Pareto: {n} of {total} categories make {share} of complaints",
                         "帕累托：{total} 类中的 {n} 类占投诉的 {share}"),
    "rec.title.pareto_value": ("Pareto: {n} of {total} categories make {share} of the "
                               "total {measure}",
                               "帕累托：{total} 类中的 {n} 类占 {measure} 总额的 {share}"),
    "rec.title.paradox": ("Service recovery paradox: repurchase by recovery",
                          "服务补救悖论：不同补救情况下的再购率"),
    "rec.group.none": ("no complaint", "未投诉"),
    "rec.group.good": ("good recovery", "补救良好"),
    "rec.group.under": ("under-compensated", "补偿不足"),
    "rec.group.slow": ("slow recovery", "补救迟缓"),
    "rec.group.unresolved": ("unresolved", "未解决"),
    "int.err.columns": ("requests: missing column(s) {missing}; found {found}",
                        "请求日志：缺少列 {missing}；现有列为 {found}"),
    "int.label.satisfaction": ("Satisfaction of the internal customer (1–5)",
                               "内部客户满意度（1–5）"),
    "int.label.on_time": ("Share resolved within target", "按时完成比例"),
    "int.title.map": ("Internal customer–supplier map", "内部客户—供应方关系图"),
    "widget.q.title": ("Staffing what-if (Erlang C)", "排班假设分析（Erlang C）"),
    "widget.q.arrivals": ("Calls per hour", "每小时来电"),
    "widget.q.aht": ("Handling time (s)", "处理时长（秒）"),
    "widget.q.agents": ("Agents", "座席数"),
    "widget.q.summary": (
        "{traffic:.1f} Erlangs, {agents} agents: {sl:.1%} answered within {target:g} s, "
        "average wait {asa} s, occupancy {occ:.0%}, {pw:.0%} of callers wait",
        "{traffic:.1f} 爱尔兰，{agents} 名座席：{sl:.1%} 在 {target:g} 秒内接通，"
        "平均等待 {asa} 秒，占用率 {occ:.0%}，{pw:.0%} 的来电需要等待",
    ),
    "widget.q.unstable": (
        "Fewer agents than Erlangs: the queue grows without limit.",
        "座席数不多于话务量（爱尔兰）：队列会无限增长。",
    ),
    "widget.rec.title": ("Pareto explorer", "帕累托分析器"),
    "widget.rec.by": ("Group by", "分组"),
    "widget.rec.value": ("Measure", "度量"),
    "widget.rec.count": ("number of complaints", "投诉数量"),
    "widget.rec.threshold": ("Threshold", "阈值"),
    "widget.rec.few": ("The vital few: {items}", "关键少数：{items}"),
    "widget.int.title": ("Internal customer map", "内部客户关系图"),
    "widget.int.color": ("Colour by", "着色依据"),
    "widget.int.min": ("Hide links with fewer requests than", "隐藏请求数少于此值的连线"),
    "widget.int.weak": ("Weakest links: {items}", "最薄弱的环节：{items}"),
    "q.err.aht_length": ("aht has {n} values but there are {m} intervals",
                         "aht 有 {n} 个值，但时段有 {m} 个"),
    "q.err.max_agents": ("no staffing up to {n} agents meets the target",
                         "在 {n} 名座席以内无法达到目标"),
    # --- Service-process exercise (questions/process.py, issue 7) ---------------------
    "pq.pair.keys": ("A dict needs the keys {keys}.", "字典需要包含键 {keys}。"),
    "pq.pair.type": ("Give two values as a list [a, b] or a dict with the keys {keys}, not {got}.",
                     "请以列表 [a, b] 或含键 {keys} 的字典给出两个值，而不是 {got}。"),
    "pq.wrong": ("Not yet right: {which}.", "还不对：{which}。"),
    "pq.swapped": ("The two values are swapped: first {first}, then {second}.",
                   "两个值的顺序反了：先给 {first}，再给 {second}。"),
    "pq.activity.unknown": ("“{value}” is not an activity of the log; the activities are: "
                            "{known}.",
                            "“{value}”不是日志中的活动；日志中的活动有：{known}。"),
    "pq.clean.type": ("Give the cleaned log as a DataFrame, not {got}.",
                      "请以 DataFrame 形式给出清理后的日志，而不是 {got}。"),
    "pq.clean.source": ("your cleaned log", "你清理后的日志"),
    "pq.clean.header": ("The column '{typo}' still has its typing error; rename it to "
                        "'{name}'.",
                        "列名「{typo}」仍然拼错；请改为「{name}」。"),
    "pq.clean.invalid": ("The log cannot be read yet: {error}", "日志仍无法读取：{error}"),
    "pq.clean.dropped": ("You deleted the row of {case} / {activity}. Its start and end were "
                         "only typed the wrong way round: swap them and keep the row, or the "
                         "case loses an activity.",
                         "你删除了 {case} / {activity} 这一行。它只是把开始和结束时间填反了："
                         "请对调两个时间并保留这一行，否则该案例会少一个活动。"),
    "pq.clean.rows": ("The cleaned log has {got} rows; the original has {expected}. Fix "
                      "rows, do not delete them.",
                      "清理后的日志有 {got} 行，原日志有 {expected} 行。请改正而不是删除行。"),
    "pq.clean.times": ("The times of {case} / {activity} are still not right: its start and "
                       "end were typed the wrong way round.",
                       "{case} / {activity} 的时间仍然不对：它的开始和结束时间被填反了。"),
    "pq.clean.changed": ("{n} row(s) differ from the original log; change only what is wrong.",
                         "有 {n} 行与原日志不同；只改正有错误的地方。"),
    "pq.time.hours": ("That looks like hours; give the times in minutes.",
                      "这看起来是以小时为单位；请用分钟表示。"),
    "pq.time.seconds": ("That looks like seconds; give the times in minutes.",
                        "这看起来是以秒为单位；请用分钟表示。"),
    "pq.time.median": ("That is a median; the task asks for the mean over all cases.",
                       "这是中位数；题目要求的是所有案例的平均值。"),
    "pq.time.touch": ("That is the mean touch time (the work); waiting time is the lead time "
                      "minus the time in which some activity runs.",
                      "这是平均作业时间（工作量）；等待时间是前置时间减去有活动进行的时间。"),
    "pq.time.overlap": ("Lead time − touch time counts parallel work twice; subtract the busy "
                        "time (the time in which at least one activity runs) instead.",
                        "前置时间 − 作业时间会把并行的工作重复计算；应减去忙碌时间（至少有一个"
                        "活动在进行的时间）。"),
    "pq.share.percent": ("That looks like a percentage; give a share between 0 and 1.",
                         "这看起来是百分数；请给出 0 到 1 之间的比例。"),
    "pq.flow.mean_of_ratios": ("That is the mean of the per-case ratios. Over the whole log, "
                               "divide the total time by the total lead time (Σ / Σ), so that "
                               "long cases count more.",
                               "这是各案例比值的平均。对整个日志应当用总时间除以总前置时间"
                               "（Σ / Σ），这样长的案例权重更大。"),
    "pq.flow.all_va": ("That counts every activity as value-adding. Use only the activities "
                       "in VALUE_ADDING.",
                       "这把所有活动都算作增值活动了。只使用 VALUE_ADDING 中的活动。"),
    "pq.variant.type": ("Give the variant as a text 'A → B → C' or a list of activity names, "
                        "not {got}.",
                        "请以文本 'A → B → C' 或活动名称列表的形式给出变体，而不是 {got}。"),
    "pq.variant.shape": ("Give a pair (variant, share), not {got}.",
                         "请给出一对值 (变体, 占比)，而不是 {got}。"),
    "pq.variant.count": ("That is the number of cases; divide by all {n} cases for the share.",
                         "这是案例数；除以全部 {n} 个案例才是占比。"),
    "pq.variant.rank": ("That variant is number {rank} by frequency, not the most frequent.",
                        "这个变体按频次排第 {rank} 位，不是最常见的。"),
    "pq.variant.order": ("The activities are right, but not in the order in which they happen.",
                         "活动是对的，但顺序与实际发生的顺序不一致。"),
    "pq.variant.unknown": ("No case follows exactly this sequence of activities.",
                           "没有任何案例恰好经历这一活动序列。"),
    "pq.rework.one": ("Name one activity (or exactly the activities tied for the most "
                      "repeats).",
                      "请给出一个活动（或恰好是并列重复次数最多的那几个活动）。"),
    "pq.rework.instances": ("{activity} is never done twice in the same case. Count repeats "
                            "within a case, not instances.",
                            "{activity} 在同一案例中从未重复执行。要统计的是案例内的重复次数，"
                            "而不是总次数。"),
    "pq.rework.fewer": ("{activity} is repeated {n} times; another activity is repeated more "
                        "often.",
                        "{activity} 重复了 {n} 次；另有活动重复得更多。"),
    "pq.handoffs.all": ("That is the mean over all services; keep only the {service} cases.",
                        "这是所有业务的平均值；只保留 {service} 的案例。"),
    "pq.handoffs.total": ("That is the total number of hand-offs; divide by the number of "
                          "cases.",
                          "这是交接的总次数；请除以案例数。"),
    "pq.change.sign": ("Mind the sign: waiting fell, so the change is negative.",
                       "注意符号：等待时间减少了，所以变化是负的。"),
    "pq.change.share": ("That is a share; give the change in percent (× 100).",
                        "这是比例；请以百分数给出变化（× 100）。"),
    "pq.change.minutes": ("That is the change in minutes; give it in percent of the value "
                          "before.",
                          "这是以分钟计的变化；请换算为相对于之前数值的百分比。"),
    "pq.change.ratio": ("That is after / before; the change is after / before − 1, in percent.",
                        "这是之后 / 之前；变化应为（之后 / 之前 − 1），以百分数表示。"),
    "pq.change.metric": ("That is the change of {metric}; the task asks for the mean waiting "
                         "time.",
                         "这是 {metric} 的变化；题目问的是平均等待时间。"),
    "pq.whatif.type": ("Give the redesign as a dict {{activity: settings}}, e.g. "
                       "{{'Fill in form': {{'remove': True}}}}, not {got}.",
                       "请把改进方案写成字典 {{活动: 设置}}，例如 "
                       "{{'Fill in form': {{'remove': True}}}}，而不是 {got}。"),
    "pq.whatif.settings": ("The settings of {activity} must be a dict such as "
                           "{{'wait_cut': 0.5}}, not {got}.",
                           "{activity} 的设置应是字典，例如 {{'wait_cut': 0.5}}，而不是 {got}。"),
    "pq.whatif.unknown": ("Unknown setting(s) {names}; use {known}.",
                          "未知的设置 {names}；可用的设置为 {known}。"),
    "pq.whatif.remove": ("'remove' must be True or False, not {got}.",
                         "'remove' 应为 True 或 False，而不是 {got}。"),
    "pq.whatif.range": ("{name} must be a share between 0 and 1, got {value}.",
                        "{name} 应为 0 到 1 之间的比例，实际为 {value}。"),
    "pq.whatif.nothing": ("The settings for {activity} change nothing.",
                          "{activity} 的设置没有带来任何改变。"),
    "pq.whatif.short": ("This redesign cuts the mean lead time by {cut} %; the target is at "
                        "least {target} %.",
                        "该方案使平均前置时间缩短了 {cut} %；目标是至少 {target} %。"),
    # --- Service-standards exercise (questions/standards.py, issue 7) ------------------
    "sdq.not_finite": ("Give a finite number (not NaN or infinity).",
                       "请给出一个有限的数（不能是 NaN 或无穷大）。"),
    "sdq.pair.keys": ("Give a list of two numbers, or a dict with the keys {keys}.",
                      "请给出包含两个数的列表，或键为 {keys} 的字典。"),
    "sdq.pair.type": ("Expected a list of two numbers, got {got}.",
                      "应为包含两个数的列表，实际为 {got}。"),
    "sdq.share.percent": ("Give shares between 0 and 1 (0.85), not percentages (85).",
                          "请给出 0 到 1 之间的比例（0.85），而不是百分数（85）。"),
    "sdq.pct.swapped": ("The two values are swapped: nearest rank first, then linear.",
                        "两个值的顺序反了：先给最近秩法，再给线性插值法。"),
    "sdq.pct.method": ("{value} is the P90 by the '{method}' method, not one of the two asked "
                       "for.",
                       "{value} 是用「{method}」方法算出的 P90，不是题目要求的两种方法之一。"),
    "sdq.pct.unsorted": ("That is the value at position {rank} of the unsorted list: sort the "
                         "times first.",
                         "这是未排序列表中第 {rank} 个位置的值：请先把时间排序。"),
    "sdq.pct.floor": ("Rank off by one: nearest rank rounds p·n up, to rank {rank}.",
                      "秩差了一位：最近秩法把 p·n 向上取整，应取第 {rank} 位。"),
    "sdq.pct.wrong": ("Not yet right: {which}.", "还不正确：{which}。"),
    "sdq.fcr.swapped": ("The two values are swapped: FCR first, then the on-time rate.",
                        "两个值的顺序反了：先给首次解决率，再给准时率。"),
    "sdq.fcr.denominator": (
        "Wrong denominator: both KQIs are shares of the resolved tickets; tickets still open "
        "are neither on time nor late yet.",
        "分母不对：两个指标的分母都是已解决的工单；仍未解决的工单还谈不上准时或超时。"),
    "sdq.fcr.wrong": ("Not yet right: {which}.", "还不正确：{which}。"),
    "sdq.channel.unknown": ("“{value}” is not a channel; the channels are {channels}.",
                            "“{value}”不是渠道名称；渠道有：{channels}。"),
    "sdq.channel.highest": ("That channel meets the 4-hour target best, not worst.",
                            "这个渠道对 4 小时目标的达成率最高，而不是最低。"),
    "sdq.channel.resolution": (
        "That is the lowest share resolved within 4 hours. The SLA is about the first "
        "response.",
        "这是 4 小时内解决比例最低的渠道。本题的 SLA 针对的是首次响应。"),
    "sdq.channel.not_lowest": ("{channel} meets the target for {share} of its tickets; another "
                               "channel does worse.",
                               "{channel} 有 {share} 的工单达到目标；还有渠道更差。"),
    "sdq.top2.swapped": ("The two values are swapped: reopened first, then not reopened.",
                         "两个值的顺序反了：先给重开的工单，再给未重开的工单。"),
    "sdq.top2.mean": ("That is the mean score. Top-2-box is the share of answers that are 4 "
                      "or 5.",
                      "这是平均分。前两格比例是 4 分或 5 分答案所占的比例。"),
    "sdq.top2.unanswered": (
        "Tickets without a survey answer are in your denominator: count answered surveys "
        "only.",
        "你的分母包含了没有问卷答案的工单：只统计已作答的问卷。"),
    "sdq.top2.top1": ("That is the share of 5s only (top box). Top-2-box counts 4 and 5.",
                      "这只是 5 分的比例（最高一格）。前两格比例包括 4 分和 5 分。"),
    "sdq.top2.wrong": ("Not yet right: {which}.", "还不正确：{which}。"),
    "sdq.week.type": ("Give the week's Monday as a date or as text such as '2026-01-05', "
                      "not {got}.",
                      "请以日期或文本（例如 '2026-01-05'）给出该周的周一，而不是 {got}。"),
    "sdq.week.parse": ("Cannot read “{value}” as a date; write it as '2026-01-05'.",
                       "无法把“{value}”识别为日期；请写成 '2026-01-05' 的形式。"),
    "sdq.week.pooled": (
        "That is the first signal when p̄ comes from all weeks. The drift itself raises that "
        "centre line; the task takes p̄ from the weeks before April only.",
        "这是用全部周计算 p̄ 时的第一个信号。漂移本身抬高了这条中心线；本题只用 4 月之前的周"
        "计算 p̄。"),
    "sdq.week.range": ("The data cover the weeks from {first} to {last}.",
                       "数据覆盖的周为 {first} 至 {last}。"),
    "sdq.week.baseline": ("That week belongs to the baseline (before {end}) that sets the "
                          "centre line; look at the weeks after it.",
                          "那一周属于用来确定中心线的基准期（{end} 之前）；请看基准期之后的周。"),
    "sdq.week.inside": ("In the week of {week} the late share is {p}, below its UCL of {ucl}: "
                        "no signal yet.",
                        "{week} 这一周的超时比例为 {p}，低于其上控制限 {ucl}：尚无信号。"),
    "sdq.week.later": ("There is an earlier week above its UCL.",
                       "更早就有一周高于其上控制限。"),
    "sdq.xmr.keys": ("Give a dict with the keys {keys}.", "请给出键为 {keys} 的字典。"),
    "sdq.xmr.type": ("Expected a dict with the four limits, got {got}.",
                     "应为包含四个控制限的字典，实际为 {got}。"),
    "sdq.xmr.sd": ("Those limits use the standard deviation. XmR limits use the mean moving "
                   "range: x̄ ± 2.66·MR̄.",
                   "这些控制限用了标准差。XmR 图的控制限用平均移动极差：x̄ ± 2.66·MR̄。"),
    "sdq.xmr.three": ("3·MR̄ is too wide: MR̄ must first be turned into a sigma (MR̄/1.128), "
                      "so the factor is 3/1.128 = 2.66.",
                      "3·MR̄ 太宽了：MR̄ 要先换算成 σ（MR̄/1.128），所以系数是 3/1.128 = 2.66。"),
    "sdq.xmr.mr_e2": ("The moving-range limit is 3.268·MR̄ (D4), not 2.66·MR̄.",
                      "移动极差的上限是 3.268·MR̄（D4），不是 2.66·MR̄。"),
    "sdq.index.unweighted": ("That is the number of failures. Multiply each count by its "
                             "weight first.",
                             "这是失误的总次数。请先把每类次数乘以各自的权重。"),
    "sdq.index.weights": ("That is the sum of the weights. Multiply each weight by its count.",
                          "这是权重之和。请把每个权重乘以对应的次数。"),
    "sdq.std.empty": ("Write the standard as one sentence.", "请用一句话写出这条标准。"),
    "sdq.std.soft": (
        "The checker reads this as a soft standard: it finds no number to reach. Give a "
        "target with its unit, such as 80% within 4 hours.",
        "检查器把它判断为软标准：没有找到要达到的数值。请给出带单位的目标，例如 80% 在 4 小时内。"),
    "sdq.std.missing": ("A hard standard, but these elements are missing: {missing}.",
                        "这是一条硬标准，但缺少以下要素：{missing}。"),
    "sdq.std.no_time": ("No time target found: write a number with a time unit, such as "
                        "“within 4 hours” or “30 minutes”.",
                        "没有找到时间目标：请写出带时间单位的数字，例如“4 小时内”或“30 分钟”。"),
    "sdq.std.share_range": ("{share} is not a share of tickets a standard can promise.",
                            "{share} 不是标准能够承诺的工单比例。"),
    "sdq.std.share_low": ("{share} is below what the task asks for: promise at least {min} of "
                          "the tickets.",
                          "{share} 低于题目要求：至少要承诺 {min} 的工单。"),
    "sdq.std.too_few": ("Only {n} service-desk tickets match ({scope}): too few to check the "
                        "standard. Apply it to more tickets.",
                        "只有 {n} 张服务台工单符合（{scope}）：太少，无法检验这条标准。"
                        "请让它适用于更多工单。"),
    "sdq.std.not_met": (
        "Not realistic yet: the service desk meets {target} for {met} of the tickets "
        "({scope}), less than the {share} promised. A time it meets for {share} today: "
        "{needed}.",
        "还不现实：服务台只有 {met} 的工单（{scope}）达到 {target}，低于承诺的 {share}。"
        "目前 {share} 的工单能够达到的时间为 {needed}。"),
    "sdq.unit.hours": ("{x} h", "{x} 小时"),
    "sdq.unit.minutes": ("{x} min", "{x} 分钟"),
    "sdq.std.measure_response": ("first response", "首次响应"),
    "sdq.std.measure_resolution": ("resolution", "解决"),
    # --- Service process and standards (issue 7) --------------------------------------
    "std.err.numbers": ("{what}: not a list of numbers ({error})",
                        "{what}：不是一组数字（{error}）"),
    "std.err.p": ("percentile p must be in (0, 100], got {p}",
                  "百分位 p 应在 (0, 100] 之间，实际为 {p}"),
    "std.err.empty": ("no values to measure", "没有可计算的数值"),
    "std.err.columns": ("{source}: missing column(s) {missing}; found {found}",
                        "{source}：缺少列 {missing}；现有列为 {found}"),
    "std.err.time": (
        "{source}, row {row}, column '{column}': cannot read {value} as a date and time",
        "{source}，第 {row} 行，列「{column}」：无法把 {value} 识别为日期时间",
    ),
    "std.err.number": (
        "{source}, row {row}, column '{column}': {value} is not a number",
        "{source}，第 {row} 行，列「{column}」：{value} 不是数字",
    ),
    "std.err.order": (
        "{source}, row {row}: '{later}' ({value}) is before '{earlier}' ({first})",
        "{source}，第 {row} 行：「{later}」（{value}）早于「{earlier}」（{first}）",
    ),
    "std.err.lengths": (
        "defectives and sample sizes must be two non-empty lists of the same length "
        "(got {a} and {b})",
        "不合格数与样本量应为等长的非空列表（实际为 {a} 与 {b}）",
    ),
    "std.err.pchart": (
        "sample {i}: need 0 ≤ defectives ≤ sample size and sample size > 0 (got {d} of {n})",
        "第 {i} 个样本：需满足 0 ≤ 不合格数 ≤ 样本量且样本量 > 0（实际为 {d} / {n}）",
    ),
    "std.err.xmr": ("an XmR chart needs at least 2 values, got {n}",
                    "XmR 图至少需要 2 个数值，实际为 {n} 个"),
    "std.err.nan": ("value {i} is missing; an XmR chart needs every point",
                    "第 {i} 个数值缺失；XmR 图需要完整的数据"),
    "std.err.baseline": ("baseline must be between 2 and {n} points, got {k}",
                         "基线点数应在 2 到 {n} 之间，实际为 {k}"),
    "std.err.weights": ("no weight for {unknown}; weights are given for {known}",
                        "{unknown} 没有权重；已给出权重的类型为 {known}"),
    "std.err.text": ("write the standard as a sentence (a non-empty text)",
                     "请用一句话写出服务标准（非空文本）"),
    "std.el.quantity": ("Measurable quantity", "可测量的指标"),
    "std.el.target": ("Target", "目标值"),
    "std.el.unit": ("Unit", "单位"),
    "std.el.time_frame": ("Time frame", "时间范围"),
    "std.el.who": ("Who it applies to", "适用对象"),
    "std.look.quantity": (
        "a verb or measure that can be counted or timed: answer, resolve, wait, rate, score…",
        "可计数或计时的动作或指标：响应、解决、等待、比例、评分……",
    ),
    "std.look.target": ("a number to reach: 20, 90%, 2…", "要达到的数值：20、90%、2……"),
    "std.review.soft": ("words of a soft standard: {words}", "软标准用语：{words}"),
    "std.look.unit": ("a unit right after the number: seconds, hours, days, %, rings…",
                      "紧跟数字的单位：秒、小时、天、%、声……"),
    "std.look.time_frame": ("when or how often it is measured: within, each, per month, daily…",
                            "何时或多久统计一次：以内、每天、每月……"),
    "std.look.who": ("the people or unit it binds: agents, tellers, the service desk, we…",
                     "约束的人员或部门：客服、柜员、服务台、我们……"),
    "std.kind.hard": ("hard (can be counted, timed or audited)", "硬标准（可计数、计时或审核）"),
    "std.kind.soft": ("soft (documented by customers' perceptions)",
                      "软标准（通过顾客感知来衡量）"),
    "std.review.head": ("{score} of 5 elements found; the standard reads as {kind}",
                        "找到 5 个要素中的 {score} 个；这是一条{kind}"),
    "std.review.none": ("not found", "未找到"),
    "std.review.aid": (
        "This check looks for words and numbers, not meaning: use it as a prompt, and "
        "judge the standard yourself.",
        "本检查只识别词语和数字，并不理解含义：请把它当作提示，最终由你自己判断。",
    ),
    "std.advice.quantity": ("Say what is measured (e.g. time to first response).",
                            "写明测量什么（例如首次响应时间）。"),
    "std.advice.target": ("Give a number to reach (e.g. 90% within 4 hours).",
                          "给出要达到的数值（例如 4 小时内达到 90%）。"),
    "std.advice.unit": ("Give the unit of the number (seconds, hours, %…).",
                        "写明数字的单位（秒、小时、%……）。"),
    "std.advice.time_frame": ("Say over which period it is measured (per month, each week…).",
                              "写明统计周期（每月、每周……）。"),
    "std.advice.who": ("Say who must meet it (agents, tellers, the service desk…).",
                       "写明由谁负责达成（客服、柜员、服务台……）。"),
    "std.axis.p": ("Share nonconforming", "不合格比例"),
    "std.axis.x": ("Value", "数值"),
    "std.axis.mr": ("Moving range", "移动极差"),
    "std.axis.sample": ("Sample", "样本"),
    "std.label.center": ("centre line", "中心线"),
    "std.label.limits": ("control limits", "控制限"),
    "std.label.signal": ("signal", "信号"),
    "std.title.p": ("p-chart", "p 控制图"),
    "std.title.xmr": ("XmR chart (individuals and moving range)", "XmR 控制图（单值与移动极差）"),
    "pm.err.columns": ("{source}: missing column(s) {missing}; found {found}",
                       "{source}：缺少列 {missing}；现有列为 {found}"),
    "pm.err.time": (
        "{source}, row {row}, column '{column}': cannot read {value} as a date and time",
        "{source}，第 {row} 行，列「{column}」：无法把 {value} 识别为日期时间",
    ),
    "pm.err.blank": ("{source}, row {row}, column '{column}': empty",
                     "{source}，第 {row} 行，列「{column}」：为空"),
    "pm.err.order": (
        "{source}, row {row}: end {end} is before start {start} (case {case}, {activity})",
        "{source}，第 {row} 行：结束时间 {end} 早于开始时间 {start}（案例 {case}，{activity}）",
    ),
    "pm.err.empty": ("{source}: the event log has no rows", "{source}：事件日志没有数据"),
    "pm.err.va": ("value-adding activities {unknown} do not occur in the log; "
                  "activities are {known}",
                  "增值活动 {unknown} 未出现在日志中；日志中的活动为 {known}"),
    "pm.err.case": ("no case '{case}' in the log", "日志中没有案例「{case}」"),
    "pm.metric.cases": ("Cases", "案例数"),
    "pm.err.share": ("{name} must be a share between 0 and 1, got {value}",
                     "{name} 应为 0 到 1 之间的比例，实际为 {value}"),
    "pm.label.start": ("start", "开始"),
    "pm.label.end": ("end", "结束"),
    "pm.label.edge": ("{n}×\n{wait}", "{n} 次\n{wait}"),
    "pm.label.count": ("{n}×", "{n} 次"),
    "pm.label.key": ("Arrows: number of cases, and the median wait between the two activities "
                     "when it is half a minute or more.",
                     "箭头标注：案例数；两个活动之间的等待中位数达到半分钟及以上时一并标出。"),
    "pm.axis.time": ("Time", "时间"),
    "pm.title.map": ("Process map: {cases} cases", "流程图：{cases} 个案例"),
    "pm.title.lanes": ("Case {case} by resource", "案例 {case}（按资源分泳道）"),
    "widget.sla.target": ("Target (hours)", "目标（小时）"),
    "widget.pm.title": ("Process what-if", "流程假设分析"),
    "widget.pm.activity": ("Activity", "活动"),
    "widget.pm.remove": ("Remove it", "删除该活动"),
    "widget.pm.speedup": ("Faster by", "提速"),
    "widget.pm.wait_cut": ("Wait before it cut by", "前置等待缩短"),
    "widget.sla.group": ("Group by", "分组"),
    "widget.sla.title": ("SLA what-if", "SLA 假设分析"),
    "widget.sla.result": (
        "{share:.1%} of first responses within {target:g} h; weeks signalling: {signals}",
        "{share:.1%} 的首次响应在 {target:g} 小时内；出现信号的周：{signals}",
    ),
    # --- Blueprint exercise feedback (questions/blueprint.py, issue 6) -----------------
    "bpq.lanes.type": (
        "Give a dict that maps each activity (the texts in `activities`) to a lane key such "
        "as 'customer' or 'backstage'.",
        "请给出一个字典：把每个活动（即 activities 中的文字）映射到泳道键，"
        "如 'customer' 或 'backstage'。",
    ),
    "bpq.lanes.unknown": (
        "Not one of the activities: {keys}. Use the texts in `activities` as keys.",
        "以下不是题中的活动：{keys}。请用 activities 中的文字作为键。",
    ),
    "bpq.lanes.missing": ("{n} activities have no lane yet.", "还有 {n} 个活动没有指定泳道。"),
    "bpq.lanes.not_a_lane": (
        "Not a lane: {values}. The five lanes are {lanes}.",
        "以下不是泳道：{values}。五条泳道是 {lanes}。",
    ),
    "bpq.lanes.wrong": (
        "{n} of {total} activities are in the wrong lane: {which}.",
        "{total} 个活动中有 {n} 个放错了泳道：{which}。",
    ),
    "bpq.count.all_flows": (
        "That is the number of all flows. Count only the flows that cross the line of "
        "interaction.",
        "这是全部流向线的数量。只需统计穿过互动分界线的流向线。",
    ),
    "bpq.count.other_line": (
        "That is the number of flows crossing the {line}. Service encounters are the flows "
        "that cross the line of interaction.",
        "这是穿过“{line}”的流向线数量。服务接触是穿过互动分界线的流向线。",
    ),
    "bpq.ids.type": (
        "Give a list of step ids, for example ['O3', 'B1'].",
        "请给出步骤编号的列表，例如 ['O3', 'B1']。",
    ),
    "bpq.ids.extra": ("Not fail points: {ids}.", "以下步骤不是失误点：{ids}。"),
    "bpq.ids.missing": ("{n} fail point(s) still missing.", "还缺少 {n} 个失误点。"),
    "bpq.time.no_waits": (
        "That is only the customer's own activity time. Add the expected wait of every wait "
        "point.",
        "这只是顾客自身活动的时间，还要加上每个等待点的预计等待时间。",
    ),
    "bpq.time.all_lanes": (
        "That adds the staff's durations too. The customer's time counts only the customer "
        "steps and the waits.",
        "这把员工步骤的时长也算进去了。顾客时间只包括顾客行为步骤的时长和等待时间。",
    ),
    "bpq.time.whole": (
        "That is the customer's whole time; this task asks for the waiting part only.",
        "这是顾客的全部时间；本题只问其中的等待时间。",
    ),
    "bpq.time.count": (
        "That is the number of wait points, not the minutes of waiting.",
        "这是等待点的个数，而不是等待的分钟数。",
    ),
    "bpq.design.object": (
        "Submit the design as a plain dict, `my_design.to_dict()`, not the Blueprint object.",
        "请以普通字典提交设计，即 `my_design.to_dict()`，而不是 Blueprint 对象。",
    ),
    "bpq.design.type": (
        "Submit the design as a dict in the blueprint layout (name, steps, flows), for "
        "example `before.to_dict()` after your changes; got {got}.",
        "请以蓝图格式的字典（name、steps、flows）提交设计，例如修改后的 `before.to_dict()`；"
        "实际收到的是 {got}。",
    ),
    "bpq.design.unreadable": (
        "Your design cannot be read as a blueprint: {error}",
        "无法把你的设计读取为服务蓝图：{error}",
    ),
    "bpq.design.invalid": (
        "validate() finds {n} problem(s) in your design: {problems}",
        "validate() 在你的设计中发现 {n} 个问题：{problems}",
    ),
    "bpq.design.wait": (
        "Your design still has {wait} min of customer waiting. The target is at most "
        "{target} min, half of the {before} min before the redesign.",
        "你的设计中顾客仍需等待 {wait} 分钟。目标是不超过 {target} 分钟，"
        "即改进前 {before} 分钟的一半。",
    ),
    "bpq.fixed.deleted": (
        "These steps of the draft are gone: {ids}. Fix the problems without deleting the "
        "steps.",
        "初稿中的这些步骤不见了：{ids}。请修正问题，而不是删除步骤。",
    ),
    "bpq.problems.type": (
        "Give a dict that maps each flagged step id to its problem code, for example "
        "'C9': 'no_evidence'.",
        "请给出一个字典，把每个被标出的步骤编号映射到问题代码，例如 'C9': 'no_evidence'。",
    ),
    "bpq.problems.extra": (
        "validate() does not flag these steps: {ids}.",
        "validate() 并未标出这些步骤：{ids}。",
    ),
    "bpq.problems.wrong": (
        "{n} of {total} flagged steps are missing or have the wrong code.",
        "{total} 个被标出的步骤中，有 {n} 个缺失或问题代码不对。",
    ),
    # --- Journey-map exercise (questions/journey.py) -----------------------------------
    "jq.step.type": ("Give a step number (1 is the first step) or the step's action, not {got}.",
                     "请给出步骤编号（第一步为 1）或该步骤的行为描述，而不是 {got}。"),
    "jq.step.unknown_action": ("“{value}” is not the action of any step of the journey.",
                               "“{value}”不是该旅程任何步骤的行为描述。"),
    "jq.step.range": ("The journey has steps 1 to {n}; {got} is not one of them.",
                      "该旅程的步骤编号为 1 到 {n}；{got} 不在其中。"),
    "jq.worst.highest": ("That is the best moment, the peak of the curve. Look for the lowest "
                         "point.", "这是曲线的最高点（最佳时刻）。请找最低点。"),
    "jq.worst.zero_based": ("Off by one: steps are numbered from 1, not from 0.",
                            "差了一位：步骤从 1 开始编号，而不是从 0。"),
    "jq.worst.not_lowest": ("Step {step} has emotion {emotion}; another step is lower.",
                            "第 {step} 步的情绪分是 {emotion}；还有更低的步骤。"),
    "jq.steps.type": ("Give a list of step numbers, e.g. [2, 5], not {got}.",
                      "请给出步骤编号的列表，例如 [2, 5]，而不是 {got}。"),
    "jq.pain.at_threshold": (
        "Step(s) {steps} sit exactly at {threshold}: a pain point is strictly below the "
        "threshold.", "第 {steps} 步恰好等于 {threshold}：痛点必须严格低于阈值。"),
    "jq.pain.missing": ("{n} pain point(s) are missing.", "漏掉了 {n} 个痛点。"),
    "jq.pain.extra": ("Step(s) {steps} are not below the threshold.",
                      "第 {steps} 步并不低于阈值。"),
    "jq.stage.type": ("Give the means as a Series or a dict {{stage: mean}}, not {got}.",
                      "请以 Series 或字典 {{阶段: 平均值}} 的形式给出，而不是 {got}。"),
    "jq.stage.index": ("Label each mean with its stage ({stages}).",
                       "请用阶段名称（{stages}）标注每个平均值。"),
    "jq.stage.overall": ("These are the mean of the whole journey; average each stage "
                         "separately.", "这是整个旅程的平均值；请分别对每个阶段求平均。"),
    "jq.pair.type": ("Give two numbers, e.g. [a, b], not {got}.",
                     "请给出两个数，例如 [a, b]，而不是 {got}。"),
    "jq.pair.keys": ("A dict needs the keys {keys}.", "字典需要包含键 {keys}。"),
    "jq.peak.swapped": ("The two values are swapped: first peak='abs', then peak='max'.",
                        "两个值顺序颠倒了：先给 peak='abs'，再给 peak='max'。"),
    "jq.peak.mean": ("That is the mean of all steps. Peak-end uses only two moments: the peak "
                     "and the last step.",
                     "这是所有步骤的平均值。峰终平均只用两个时刻：峰值和最后一步。"),
    "jq.peak.wrong": ("Not yet right: {which}.", "还不对：{which}。"),
    "jq.carlzon.seconds": ("That is the contact time in seconds; convert it to hours.",
                           "这是以秒计的接触时间；请换算成小时。"),
    "jq.carlzon.minutes": ("That is the contact time in minutes; convert it to hours.",
                           "这是以分钟计的接触时间；请换算成小时。"),
    "jq.carlzon.customers": ("That is the number of customers; each had about five contacts.",
                             "这是顾客人数；每位顾客大约有五次接触。"),
    "jq.carlzon.wrong": ("Not yet right: {which}.", "还不对：{which}。"),
    "jq.align.journey_action": (
        "That is the journey step itself; give the blueprint customer action underneath it.",
        "这是旅程步骤本身；请给出它下方对应的蓝图顾客行为。"),
    "jq.align.lane": ("{got} is not in the customer lane; give a customer action (C…).",
                      "{got} 不在顾客行为泳道；请给出一个顾客行为（C…）。"),
    "jq.channels.type": ("Give the counts as a Series or a dict {{channel: count}}, not {got}.",
                         "请以 Series 或字典 {{渠道: 数量}} 的形式给出，而不是 {got}。"),
    "jq.channels.unknown": ("Unknown channel(s) {labels}; use {channels}.",
                            "未知渠道 {labels}；请使用 {channels}。"),
    "jq.channels.twice": ("A channel appears twice.", "有一个渠道出现了两次。"),
    "jq.own.type": ("Give the journey as a dict (the layout of data/journeys/*.yml), not {got}.",
                    "请以字典形式给出旅程（与 data/journeys/*.yml 的结构相同），而不是 {got}。"),
    "jq.own.source": ("your journey", "你的旅程"),
    "jq.own.invalid": ("The journey cannot be read: {error}", "无法读取该旅程：{error}"),
    "jq.own.stages": ("It has {n} stage(s); use at least {min}.",
                      "它只有 {n} 个阶段；至少需要 {min} 个。"),
    "jq.own.channels": ("No step uses the channel(s): {missing}.",
                        "没有任何步骤使用以下渠道：{missing}。"),
    # --- Service blueprints and journeys (issue 6) -------------------------------------
    "bp.lane.evidence": ("Physical evidence", "有形展示"),
    "bp.lane.customer": ("Customer actions", "顾客行为"),
    "bp.lane.onstage": ("Onstage contact actions", "前台接触员工行为"),
    "bp.lane.backstage": ("Backstage contact actions", "后台接触员工行为"),
    "bp.lane.support": ("Support processes", "支持过程"),
    "bp.line.interaction": ("Line of interaction", "外部互动线"),
    "bp.line.visibility": ("Line of visibility", "可视线"),
    "bp.line.internal": ("Line of internal interaction", "内部互动线"),
    "bp.untitled": ("Untitled blueprint", "未命名蓝图"),
    "bp.where.step": ("{source}, step {index}", "{source}，第 {index} 个步骤"),
    "bp.where.row": ("row {row}", "第 {row} 行"),
    "bp.err.top": (
        "{source}: a blueprint must be a mapping with 'name', 'steps' and 'flows', not {value}",
        "{source}：蓝图应是包含 name、steps、flows 的映射，而不是 {value}",
    ),
    "bp.err.steps": (
        "{source}: the blueprint has no steps (a non-empty list under 'steps' is needed)",
        "{source}：蓝图没有步骤（steps 下需要一个非空列表）",
    ),
    "bp.err.step_type": (
        "{where}: a step must be a mapping with id, lane, column and label, not {value}",
        "{where}：步骤应是包含 id、lane、column、label 的映射，而不是 {value}",
    ),
    "bp.err.field": (
        "{where}: unknown field(s) {fields}; the fields of a step are {known}",
        "{where}：未知字段 {fields}；步骤的字段为 {known}",
    ),
    "bp.err.required": ("{where}: '{field}' is required but empty",
                        "{where}：缺少必填字段「{field}」"),
    "bp.err.number": (
        "{where}: '{field}' must be a non-negative number, got {value}",
        "{where}：「{field}」应为非负数，实际为 {value}",
    ),
    "bp.err.bool": (
        "{where}: '{field}' must be true or false, got {value}",
        "{where}：「{field}」应为 true 或 false，实际为 {value}",
    ),
    "bp.err.flow": (
        "{source}, flow {index}: a flow is [from, to] (or 'A -> B'), got {value}",
        "{source}，第 {index} 条连线：连线应写成 [from, to]（或 'A -> B'），实际为 {value}",
    ),
    "bp.err.yaml": ("{source}: not a readable YAML file: {error}",
                    "{source}：无法读取的 YAML 文件：{error}"),
    "bp.err.columns": (
        "{source}: missing column(s) {missing}; found {found}",
        "{source}：缺少列 {missing}；现有列为 {found}",
    ),
    "bp.err.no_step": ("no step '{step}' in '{name}'; steps are {ids}",
                       "「{name}」中没有步骤「{step}」；现有步骤为 {ids}"),
    "bp.err.invalid": ("blueprint '{name}' has {n} problem(s):", "蓝图「{name}」有 {n} 个问题："),
    "bp.val.duplicate": ("step {step}: the id is used more than once", "步骤 {step}：编号重复"),
    "bp.val.lane": (
        "step {step}: unknown lane '{lane}' (lanes are {lanes})",
        "步骤 {step}：未知泳道「{lane}」（泳道为 {lanes}）",
    ),
    "bp.val.missing": (
        "step {step}: the flow {source} → {target} points to a step that does not exist",
        "步骤 {step}：连线 {source} → {target} 指向不存在的步骤",
    ),
    "bp.val.no_customer": ("the blueprint has no customer actions", "蓝图中没有顾客行为"),
    "bp.val.evidence": (
        "step {step}: customer action in column {column} has no physical evidence above it",
        "步骤 {step}：第 {column} 列的顾客行为上方没有有形展示",
    ),
    "bp.val.path": (
        "step {step}: {lane} step with no path of flows to any customer action",
        "步骤 {step}：{lane}步骤没有任何连线通向顾客行为",
    ),
    "bp.val.fail_mode": (
        "step {step}: fail point without a failure mode (what can go wrong?)",
        "步骤 {step}：标记了失误点但没有写明失误模式（会出什么错？）",
    ),
    "bp.val.wait": (
        "step {step}: wait point without an expected wait (how long?)",
        "步骤 {step}：标记了等待点但没有预计等待时间（等多久？）",
    ),
    "bp.legend.fail": ("F = fail point", "F = 失误点"),
    "bp.legend.wait": ("W = wait point", "W = 等待点"),
    "bp.legend.flow": ("→ flow", "→ 流程走向"),
    "bp.axis.stage": ("Stage {column}", "阶段 {column}"),
    "bp.err.format": (
        "cannot save '{path}': use a .svg, .png or .pdf file name",
        "无法保存「{path}」：请使用 .svg、.png 或 .pdf 文件名",
    ),
    "bp.metric.steps": ("Steps", "步骤数"),
    "bp.metric.customer_steps": ("Customer steps", "顾客步骤数"),
    "bp.metric.encounters": ("Service encounters", "服务接触次数"),
    "bp.metric.visibility_crossings": ("Visibility-line crossings", "跨可视线次数"),
    "bp.metric.internal_handoffs": ("Internal hand-offs", "内部交接次数"),
    "bp.metric.fail_points": ("Fail points", "失误点"),
    "bp.metric.wait_points": ("Wait points", "等待点"),
    "bp.metric.standard_time": ("Standard time (min)", "标准时间（分钟）"),
    "bp.metric.wait_time": ("Waiting time (min)", "等待时间（分钟）"),
    "bp.metric.customer_time": ("Customer time (min)", "顾客总耗时（分钟）"),
    "bp.metric.tolerance": ("Tolerance (min)", "可容忍时间（分钟）"),
    "bp.metric.over_tolerance": ("Stages over tolerance", "超出容忍的阶段数"),
    "jm.channel.physical": ("Physical", "物理"),
    "jm.channel.digital": ("Digital", "数字"),
    "jm.channel.interpersonal": ("Interpersonal", "人际"),
    "jm.channel.process": ("Process", "流程"),
    "jm.untitled": ("Untitled journey", "未命名旅程"),
    "jm.where": ("{source}, stage {stage}, step {index}", "{source}，阶段 {stage}，第 {index} 步"),
    "jm.err.top": (
        "{source}: a journey must be a mapping with 'stages', not {value}",
        "{source}：旅程应是包含 stages 的映射，而不是 {value}",
    ),
    "jm.err.stages": (
        "{source}: the journey has no stages with steps",
        "{source}：旅程中没有包含步骤的阶段",
    ),
    "jm.err.stage": (
        "{source}, stage {index}: a stage needs a 'name' and a list of 'steps', got {value}",
        "{source}，第 {index} 个阶段：阶段需要 name 和 steps 列表，实际为 {value}",
    ),
    "jm.err.channel": (
        "{where}: channel '{value}' is not one of {channels}",
        "{where}：渠道「{value}」不在 {channels} 之中",
    ),
    "jm.err.emotion": (
        "{where}: emotion must be a number between {low} and {high}, got {value}",
        "{where}：情绪分应是 {low} 到 {high} 之间的数，实际为 {value}",
    ),
    "jm.err.scale": (
        "{source}: scale must be [min, max] with min < max, got {value}",
        "{source}：scale 应为 [最小值, 最大值] 且最小值小于最大值，实际为 {value}",
    ),
    "jm.err.peak": ("peak must be one of {choices}, got {value}",
                    "peak 应为 {choices} 之一，实际为 {value}"),
    "jm.err.empty": ("no emotion scores to summarise", "没有可汇总的情绪分"),
    "jm.err.align": (
        "cannot line the journey up with '{name}': link steps with 'blueprint_step' "
        "(journey has {n} steps, blueprint {m} customer actions; unknown links: {unknown})",
        "无法将旅程与「{name}」对齐：请用 blueprint_step 关联步骤（旅程 {n} 步，蓝图 {m} "
        "个顾客行为；无效关联：{unknown}）",
    ),
    "jm.axis.emotion": ("Emotion", "情绪"),
    "jm.axis.step": ("Journey step", "旅程步骤"),
    "jm.label.threshold": ("pain threshold {value}", "痛点阈值 {value}"),
    "jm.label.pain": ("pain point", "痛点"),
    "jm.label.peak": ("peak", "峰值"),
    "jm.label.low": ("worst moment", "最低谷"),
    "jm.label.curve": ("emotion", "情绪"),
    "widget.bp.title": ("Blueprint builder", "服务蓝图搭建器"),
    "widget.jm.title": ("Journey emotion editor", "旅程情绪编辑器"),
    "widget.bp.lane": ("Lane", "泳道"),
    "widget.bp.column": ("Column", "列"),
    "widget.bp.label": ("Label", "名称"),
    "widget.bp.add": ("Add step", "添加步骤"),
    "widget.bp.from": ("From", "从"),
    "widget.bp.to": ("To", "到"),
    "widget.bp.connect": ("Connect", "连接"),
    "widget.bp.step": ("Step", "步骤"),
    "widget.bp.fail": ("Fail point (F)", "失误点（F）"),
    "widget.bp.fail_mode": ("What can go wrong", "可能的失误"),
    "widget.bp.wait": ("Wait (min)", "等待（分钟）"),
    "widget.bp.mark": ("Mark", "标记"),
    "widget.bp.remove": ("Remove step", "删除步骤"),
    "widget.bp.undo": ("Undo", "撤销"),
    "widget.bp.problems": ("Problems", "问题"),
    "widget.bp.ok": ("No problems found.", "未发现问题。"),
    "widget.bp.summary": (
        "{steps} steps · {encounters} encounters · {fail} F · {wait} W · "
        "customer time {time:g} min",
        "{steps} 个步骤 · {encounters} 次服务接触 · {fail} 个失误点 · {wait} 个等待点 · "
        "顾客耗时 {time:g} 分钟",
    ),
    "widget.bp.error": ("Not added: {error}", "未添加：{error}"),
    "widget.jm.threshold": ("Pain threshold", "痛点阈值"),
    "widget.jm.pains": ("Pain points (below {threshold:g}): {items}",
                        "痛点（低于 {threshold:g}）：{items}"),
    "widget.jm.none": ("none", "无"),
    "widget.jm.summary": (
        "Mean {mean:.2f} · worst: {low} ({low_value:g}) · best: {high} ({high_value:g}) · "
        "peak-end {peak_end:.2f}",
        "平均 {mean:.2f} · 最低：{low}（{low_value:g}）· 最高：{high}（{high_value:g}）· "
        "峰终值 {peak_end:.2f}",
    ),
    # --- SERVQUAL and IPA (issue 5) ----------------------------------------------------
    "servqual.dim.Tangibles": ("Tangibles", "有形性"),
    "servqual.dim.Reliability": ("Reliability", "可靠性"),
    "servqual.dim.Responsiveness": ("Responsiveness", "响应性"),
    "servqual.dim.Assurance": ("Assurance", "保证性"),
    "servqual.dim.Empathy": ("Empathy", "移情性"),
    "err.servqual.expectations": ("expectations", "期望"),
    "err.servqual.perceptions": ("perceptions", "感知"),
    "err.servqual.items": (
        "{what}: missing item column(s) {missing}; SERVQUAL needs all 22 items, named "
        "E1..E22 / P1..P22 or 1..22. Columns found: {have}",
        "{what}：缺少题目列 {missing}；SERVQUAL 需要全部 22 题，列名为 E1..E22 / P1..P22 "
        "或 1..22。现有的列：{have}",
    ),
    "err.servqual.value": (
        "{what} answer in row {row!r}, column {column!r} is {value!r}; answers must be whole "
        "numbers {lo}–{hi} (or blank when missing)",
        "{what}答案（行 {row!r}，列 {column!r}）为 {value!r}；答案必须是 {lo}–{hi} 的整数"
        "（缺答则留空）",
    ),
    "err.servqual.rows": (
        "expectations and perceptions must have the same respondents (rows) in the same "
        "order; got {ne} and {np} rows",
        "期望和感知必须是同一批受访者（行）且顺序相同；实际分别为 {ne} 行和 {np} 行",
    ),
    "warn.servqual.incomplete": (
        "{n} respondent(s) with a dimension that has no answered item were left out "
        "(first: {rows})",
        "有 {n} 位受访者的某个维度没有任何已答题目，已被略去（前几位：{rows}）",
    ),
    "err.servqual.weight_value": (
        "importance weight in row {row!r}, column {column!r} is {value!r}; weights must be "
        "numbers of at least 0",
        "重要性权重（行 {row!r}，列 {column!r}）为 {value!r}；权重必须是不小于 0 的数字",
    ),
    "err.servqual.weight_sum": (
        "importance allocation of respondent row {row!r} sums to {total}; the points must "
        "add up to 100 (or fractions to 1). Fix the row, or pass rescale=True to divide "
        "every row by its own sum",
        "受访者行 {row!r} 的重要性分配合计为 {total}；分数之和必须为 100（或比例之和为 1）。"
        "请更正该行，或传入 rescale=True 按各行自身的合计换算",
    ),
    "err.servqual.weight_rows": (
        "no importance weights for the respondent row(s) {rows}",
        "以下受访者行没有重要性权重：{rows}",
    ),
    "err.servqual.score": (
        "{value!r} is not an answer on the {lo}–{hi} scale (1 = strongly disagree, "
        "7 = strongly agree)",
        "{value!r} 不是 {lo}–{hi} 量表上的答案（1 = 非常不同意，7 = 非常同意）",
    ),
    "err.servqual.duplicate": (
        "{file}: columns {column!r} and {other!r} are the same item",
        "{file}：列 {column!r} 和 {other!r} 是同一道题",
    ),
    "err.servqual.no_items": (
        "{file}: found no SERVQUAL item columns. Name them E1..E22 and P1..P22 (or "
        "期望1..期望22 and 感知1..感知22)",
        "{file}：没有找到 SERVQUAL 题目列。请将列命名为 E1..E22 和 P1..P22（或 期望1..期望22 "
        "和 感知1..感知22）",
    ),
    "err.servqual.twin": (
        "{file}: column {column!r} has no matching {item} column; every item needs an "
        "expectation and a perception column",
        "{file}：列 {column!r} 找不到对应的 {item} 列；每道题都需要期望列和感知列",
    ),
    "err.servqual.importance_columns": (
        "{file}: importance columns are missing for {missing}; give all five dimensions "
        "or none",
        "{file}：缺少 {missing} 的重要性列；五个维度要么都给，要么都不给",
    ),
    "err.servqual.duplicate_id": (
        "{file}, row {row}: respondent {value!r} appears twice",
        "{file}，第 {row} 行：受访者 {value!r} 重复出现",
    ),
    "err.servqual.radar": (
        "plot_radar needs the answer batteries or values=",
        "plot_radar 需要答案数据或 values= 参数",
    ),
    "ipa.concentrate_here": ("Concentrate here", "重点改进"),
    "ipa.keep_up": ("Keep up the good work", "继续保持"),
    "ipa.low_priority": ("Low priority", "低优先级"),
    "ipa.possible_overkill": ("Possible overkill", "可能过度投入"),
    "ipa.importance": ("importance", "重要性"),
    "ipa.performance": ("performance", "绩效"),
    "err.ipa.value": (
        "{what} of {label!r} is {value!r}, not a number",
        "{label!r} 的{what}为 {value!r}，不是数字",
    ),
    "err.ipa.keys": (
        "importance and performance must cover the same attributes; only in one of them: "
        "{keys}",
        "重要性和绩效必须对应同一组属性；只出现在其中一方的有：{keys}",
    ),
    "err.ipa.scale": (
        "crosshair='scale_mid' needs the answer scale, e.g. scale=(1, 5)",
        "crosshair='scale_mid' 需要给出量表范围，例如 scale=(1, 5)",
    ),
    "plot.servqual.gap": (
        "Mean gap P − E (bars: {level} % confidence interval)",
        "平均差距 P − E（误差线：{level}% 置信区间）",
    ),
    "plot.servqual.gaps.title": ("SERVQUAL gap per dimension", "各维度的 SERVQUAL 差距"),
    "plot.servqual.E": ("Expectation", "期望"),
    "plot.servqual.P": ("Perception", "感知"),
    "plot.servqual.score": ("Mean answer (1 = strongly disagree, 7 = strongly agree)",
                            "平均得分（1 = 非常不同意，7 = 非常同意）"),
    "plot.servqual.items.title": ("Expectation and perception per item",
                                  "各题目的期望与感知"),
    "plot.servqual.radar.title": ("The five dimensions", "五个维度"),
    "plot.ipa.performance": ("Performance (mean)", "绩效（均值）"),
    "plot.ipa.importance": ("Importance (mean)", "重要性（均值）"),
    "plot.ipa.title": ("Importance–performance analysis", "重要性–绩效分析（IPA）"),
    "widget.servqual.title": ("SERVQUAL gap explorer", "SERVQUAL 差距探索器"),
    "widget.servqual.expectation": ("Expectation", "期望"),
    "widget.servqual.perception": ("Perception", "感知"),
    "widget.servqual.points": ("Points", "分配分数"),
    "widget.servqual.gap": ("Gap P − E", "差距 P − E"),
    "widget.servqual.weight": ("Weight", "权重"),
    "widget.servqual.unweighted": ("Unweighted score: {value}", "未加权得分：{value}"),
    "widget.servqual.weighted": ("Weighted score: {value}", "加权得分：{value}"),
    "widget.servqual.points_off": (
        "The points add up to {total}, not 100: the weighted score is not defined.",
        "分配分数合计为 {total}，不是 100：无法计算加权得分。",
    ),
    "widget.servqual.dimension": ("Dimension", "维度"),
    # --- KANO categories -------------------------------------------------------------
    "category.A": ("Attractive", "魅力型"),
    "category.O": ("One-dimensional", "期望型"),
    "category.M": ("Must-be", "必备型"),
    "category.I": ("Indifferent", "无差异型"),
    "category.R": ("Reverse", "反向型"),
    "category.Q": ("Questionable", "可疑"),
    "category_long.A": (
        "Attractive (delighter): present → satisfaction; absent → no dissatisfaction",
        "魅力型（兴奋需求）：具备则满意，不具备也不会不满",
    ),
    "category_long.O": (
        "One-dimensional (performance): the better it is done, the more satisfied",
        "期望型（一维需求）：做得越好越满意，做得越差越不满",
    ),
    "category_long.M": (
        "Must-be (basic): absent → strong dissatisfaction; present → merely not dissatisfied",
        "必备型（基本需求）：不具备则强烈不满，具备也只是不会不满",
    ),
    "category_long.I": (
        "Indifferent: neither presence nor absence changes satisfaction",
        "无差异型：有没有都不影响满意度",
    ),
    "category_long.R": (
        "Reverse: the respondent prefers not to have it",
        "反向型：受访者宁愿没有它",
    ),
    "category_long.Q": (
        "Questionable: contradictory pair, usually a misunderstood question",
        "可疑：答案自相矛盾，通常是题目被误解",
    ),
    # --- KANO answers ----------------------------------------------------------------
    "answer.1": ("I like it that way", "我很喜欢"),
    "answer.2": ("It must be that way", "理应如此"),
    "answer.3": ("I am neutral", "无所谓"),
    "answer.4": ("I can live with it that way", "能够忍受"),
    "answer.5": ("I dislike it that way", "我很不喜欢"),
    "kano.question.functional": (
        "If the service has “{attribute}”, how do you feel?",
        "如果服务具备“{attribute}”，您的感受是？",
    ),
    "kano.question.dysfunctional": (
        "If the service does not have “{attribute}”, how do you feel?",
        "如果服务不具备“{attribute}”，您的感受是？",
    ),
    "kano.question.importance": (
        "How important is “{attribute}” to you? (1 = not at all, 9 = extremely)",
        "“{attribute}”对您有多重要？（1 = 完全不重要，9 = 极其重要）",
    ),
    "table.corner": ("functional \\ dysfunctional", "正向 \\ 反向"),
    # --- KANO errors -----------------------------------------------------------------
    "err.kano.code": (
        "{what} answer {where}is {value!r}; answers must be codes 1–{k} ({legend})",
        "{what}答案{where}为 {value!r}；答案必须是 1–{k} 的代码（{legend}）",
    ),
    "err.kano.functional": ("functional", "正向问题"),
    "err.kano.dysfunctional": ("dysfunctional", "反向问题"),
    "err.kano.position": ("at position {pos} ", "第 {pos} 个位置"),
    "err.kano.row": ("in row {row!r} ", "（行 {row!r}）"),
    "err.kano.length": (
        "functional and dysfunctional answers differ in length ({nf} vs {nd})",
        "正向与反向答案的数量不一致（{nf} 对 {nd}）",
    ),
    "err.kano.table": (
        "evaluation table must be {k}×{k} with letters from A O M I R Q; got {got!r}",
        "评价表必须是 {k}×{k}，且只含 A O M I R Q 字母；实际为 {got!r}",
    ),
    "err.columns": (
        "{source}missing column(s) {missing}; the table has columns {have}",
        "{source}缺少列 {missing}；表中现有的列为 {have}",
    ),
    "err.counts_columns": (
        "counts must have the integer columns A O M I R Q (as returned by kano.count); "
        "missing {missing}",
        "计数表必须包含整数列 A O M I R Q（即 kano.count 的结果）；缺少 {missing}",
    ),
    "err.rule": (
        "unknown rule {rule!r}; choose one of {choices}",
        "未知规则 {rule!r}；可选 {choices}",
    ),
    "err.option": (
        "unknown value {value!r} for {name}; choose one of {choices}",
        "{name} 的取值 {value!r} 无效；可选 {choices}",
    ),
    "err.file_empty": ("{file}: the file is empty", "{file}：文件是空的"),
    "err.file_missing": ("{file}: no such file", "{file}：文件不存在"),
    "err.file_encoding": (
        "{file}: cannot decode the text; tried {tried}. Save it as UTF-8 and try again",
        "{file}：无法识别文本编码（已尝试 {tried}）。请另存为 UTF-8 后重试",
    ),
    "err.file_format": (
        "{file}: unsupported file type {suffix!r}; use .csv, .tsv, .txt, .xlsx or .xls",
        "{file}：不支持的文件类型 {suffix!r}；请使用 .csv、.tsv、.txt、.xlsx 或 .xls",
    ),
    "err.cell": (
        "{file}, row {row}, column {column!r}: {problem}",
        "{file}，第 {row} 行，列 {column!r}：{problem}",
    ),
    "err.unknown_answer": (
        "unknown answer {value!r}; expected a code 1–5 or one of: {known}",
        "无法识别的答案 {value!r}；应为 1–5 的代码或以下之一：{known}",
    ),
    "err.importance": (
        "importance {value!r} is not a number",
        "重要程度 {value!r} 不是数字",
    ),
    "err.twin_missing": (
        "{file}: column {column!r} is the {kind} question of “{attribute}” but there is "
        "no matching {other} column; every attribute needs both columns",
        "{file}：列 {column!r} 是“{attribute}”的{kind}，但找不到对应的{other}列；"
        "每个属性都需要正向和反向两列",
    ),
    "err.no_pairs": (
        "{file}: found no functional/dysfunctional column pairs. Mark the headers, e.g. "
        "'Fast response [functional]' and 'Fast response [dysfunctional]' "
        "(or 【正向】/【反向】), or pass pairs={{attribute: (functional_col, "
        "dysfunctional_col)}}",
        "{file}：没有找到正向/反向问题列。请在表头中标注，例如“响应快【正向】”和“响应快【反向】”，"
        "或传入 pairs={{属性: (正向列, 反向列)}}",
    ),
    "err.pair_column": (
        "{file}: column {column!r} named in pairs= does not exist; the file has {have}",
        "{file}：pairs= 中的列 {column!r} 不存在；文件中的列为 {have}",
    ),
    "err.no_rows": ("{file}: the table has a header but no data rows",
                    "{file}：表格只有表头，没有数据行"),
    "warn.dropped": (
        "{file}: {n} answer pair(s) with a blank answer were left out (see .attrs['dropped'])",
        "{file}：有 {n} 对答案因空白被略去（详见 .attrs['dropped']）",
    ),
    "err.dataset": (
        "no dataset named {name!r}; available: {available}",
        "没有名为 {name!r} 的数据集；可用的有：{available}",
    ),
    # --- plots -----------------------------------------------------------------------
    "plot.better": ("Better (satisfaction coefficient)", "Better（满意系数）"),
    "plot.worse": ("|Worse| (dissatisfaction coefficient)", "|Worse|（不满意系数）"),
    "plot.better_worse.title": ("Better–Worse diagram", "Better–Worse 象限图"),
    "plot.share": ("Share of answers", "回答占比"),
    "plot.categories.title": ("KANO categories per attribute", "各属性的 KANO 类别分布"),
    "plot.continuous.title": ("Continuous KANO analysis (DuMouchel scores)",
                              "KANO 连续分析（DuMouchel 计分）"),
    "plot.functional_mean": ("Functional mean score", "正向问题平均分"),
    "plot.dysfunctional_mean": ("Dysfunctional mean score", "反向问题平均分"),
    "plot.importance": ("mean importance", "平均重要程度"),
    "plot.attribute": ("Attribute", "属性"),
    # --- grading ---------------------------------------------------------------------
    "check.pass": ("Correct", "正确"),
    "check.fail": ("Not yet right", "还不对"),
    "check.unanswered": ("Not answered yet", "尚未作答"),
    "check.unanswered.detail": (
        "Replace the ... with your answer and run the cell again.",
        "把 ... 换成你的答案，然后重新运行这个单元格。",
    ),
    "check.wrong_type": ("Wrong type", "类型不对"),
    "check.wrong_shape": ("Wrong shape", "形状不对"),
    "check.error": ("Could not check", "无法检查"),
    "check.unknown_question": (
        "There is no question {qid!r}. Known questions: {known}",
        "没有编号为 {qid!r} 的题目。已有的题目：{known}",
    ),
    "check.hint": ("Hint {n}", "提示 {n}"),
    "check.hint_plain": ("Hint", "提示"),
    "check.attempt": ("attempt {n}", "第 {n} 次尝试"),
    "check.points": ("{points} / {max} points", "{points} / {max} 分"),
    "check.hidden_failed": (
        "A further test of this task (run only when grading) did not pass.",
        "这道题的一项附加测试（仅在评分时运行）未通过。",
    ),
    "progress.task": ("task", "题目"),
    "progress.title": ("title", "标题"),
    "progress.state": ("state", "状态"),
    "progress.points": ("points", "得分"),
    "progress.max": ("max", "满分"),
    "progress.total": ("Total", "合计"),
    "progress.done": ("done", "已完成"),
    "progress.attempted": ("attempted", "已尝试"),
    "progress.not_started": ("not started", "未开始"),
    "check.strict_failed": (
        "strict mode: check {qid!r} did not pass: {message}",
        "严格模式：检查 {qid!r} 未通过：{message}",
    ),
    "check.expected_type": (
        "Expected {expected}, but got {got}.",
        "应为 {expected}，但得到的是 {got}。",
    ),
    "check.expected_len": (
        "Expected {expected} items, but got {got}.",
        "应有 {expected} 项，但得到 {got} 项。",
    ),
    "check.expected_shape": (
        "Expected shape {expected}, but got {got}.",
        "应为形状 {expected}，但得到的是 {got}。",
    ),
    "check.missing_labels": (
        "Missing {what}: {labels}.",
        "缺少{what}：{labels}。",
    ),
    "check.extra_labels": (
        "Unexpected {what}: {labels}.",
        "多出了{what}：{labels}。",
    ),
    "check.what.index": ("rows", "行"),
    "check.what.columns": ("columns", "列"),
    "check.what.items": ("items", "项"),
    "check.n_wrong": (
        "{n} of {total} values are not right (first at {where}).",
        "{total} 个值中有 {n} 个不对（第一个在 {where}）。",
    ),
    "check.value_off": ("The value is not right.", "数值不对。"),
    "check.not_number": ("Expected a number, but got {got}.", "应为数字，但得到的是 {got}。"),
    "check.text_short": (
        "Write at least {n} words (you wrote {got}).",
        "请至少写 {n} 个字词（目前 {got} 个）。",
    ),
    "check.text_recorded": (
        "Answer recorded for your trainer to read.",
        "答案已记录，将由培训师阅读评价。",
    ),
    "check.choice_invalid": (
        "{got!r} is not one of the options: {options}.",
        "{got!r} 不在选项中：{options}。",
    ),
    # --- quiz ------------------------------------------------------------------------
    "quiz.title": ("Self-check quiz", "自测小测验"),
    "quiz.correct": ("Correct.", "回答正确。"),
    "quiz.incorrect": ("Not quite.", "不太对。"),
    "quiz.instructions": (
        "Choose an answer; feedback appears below the options.",
        "选择一个答案，反馈会显示在选项下方。",
    ),
    # --- widgets ---------------------------------------------------------------------
    "widget.functional": ("If it is there", "如果具备"),
    "widget.dysfunctional": ("If it is not there", "如果不具备"),
    "widget.importance": ("Importance", "重要程度"),
    "widget.show": ("Show my categories", "显示我的分类"),
    "widget.respondent": ("Respondent", "受访者"),
    "widget.unanswered": ("(choose)", "（请选择）"),
    "widget.answered": ("{n} of {total} attributes answered", "已回答 {n} / {total} 个属性"),
    "widget.explorer.title": ("KANO evaluation table explorer", "KANO 评价表探索器"),
    "widget.explorer.result": (
        "Functional “{f}” + dysfunctional “{d}” → {letter} ({name})",
        "正向“{f}” + 反向“{d}” → {letter}（{name}）",
    ),
    "widget.explorer.why": ("Why", "原因"),
    "why.A": (
        "Having it pleases the respondent, and missing it is acceptable: a delighter.",
        "具备时令人高兴，缺少时也能接受：这是惊喜。",
    ),
    "why.O": (
        "Having it pleases and missing it displeases: satisfaction follows performance.",
        "具备时高兴，缺少时不满：满意度随表现而变化。",
    ),
    "why.M": (
        "Having it is taken for granted, but missing it is disliked: a basic requirement.",
        "具备被视为理所当然，缺少则令人不满：这是基本要求。",
    ),
    "why.I": (
        "Neither answer expresses a strong feeling: the respondent does not care.",
        "两个答案都没有强烈感受：受访者并不在意。",
    ),
    "why.R": (
        "The respondent is happier without it than with it: the feature is unwanted.",
        "没有它比有它更让受访者满意：这个特性不受欢迎。",
    ),
    "why.Q": (
        "Liking (or disliking) both presence and absence is contradictory: "
        "check the question was understood.",
        "有和没有都喜欢（或都不喜欢）是自相矛盾的：请检查题目是否被理解。",
    ),
    # --- fonts -----------------------------------------------------------------------
    "font.missing": (
        "No Chinese (CJK) font found, so Chinese plot labels would show as empty boxes. "
        "Install one and restart the kernel: Debian/Ubuntu `sudo apt-get install "
        "fonts-noto-cjk`; Fedora `sudo dnf install google-noto-sans-cjk-fonts`; macOS and "
        "Windows already have one (PingFang SC / Microsoft YaHei). Or set SVCX_CJK_FONT to "
        "the path of a .ttf/.otf/.ttc file.",
        "没有找到中文（CJK）字体，图中的中文会显示为方框。请安装后重启内核：Debian/Ubuntu 运行 "
        "`sudo apt-get install fonts-noto-cjk`；Fedora 运行 `sudo dnf install "
        "google-noto-sans-cjk-fonts`；macOS 和 Windows 自带中文字体（苹方 / 微软雅黑）。"
        "也可以把环境变量 SVCX_CJK_FONT 设为某个 .ttf/.otf/.ttc 字体文件的路径。",
    ),
    # --- class grading (svcx grade) --------------------------------------------------
    "grade.no_submissions": ("{path}: no notebooks (*.ipynb) found to grade",
                             "{path}：没有找到可评分的笔记本（*.ipynb）"),
    "grade.no_assignment": ("no question bank for assignment {assignment!r}",
                            "找不到作业 {assignment!r} 的题库"),
    "grade.out_inside": ("the results folder {out} must not be inside the submissions "
                         "{submissions}",
                         "结果文件夹 {out} 不能位于提交文件夹 {submissions} 之内"),
    "grade.invalid": ("the file is not a valid notebook ({error})",
                      "文件不是有效的笔记本（{error}）"),
    "grade.no_tasks": ("no task of this assignment was found in the notebook (no check(...) cells)",
                       "笔记本中没有找到本作业的题目（没有 check(...) 单元格）"),
    "grade.timeout": ("the notebook did not finish within {seconds} s (endless loop?)",
                      "笔记本未在 {seconds} 秒内运行完（可能是死循环）"),
    "grade.memory": ("the notebook needed more than {mb} MB of memory",
                     "笔记本需要的内存超过 {mb} MB"),
    "grade.output_limit": ("the notebook printed more than {mb} MB of output",
                           "笔记本输出超过 {mb} MB"),
    "grade.died": ("the kernel stopped (os._exit, a crash, or it was killed)",
                   "内核意外退出（os._exit、崩溃或被终止）"),
    "grade.kernel_start": ("the kernel could not start: {error}", "内核无法启动：{error}"),
    "grade.task_missing": ("the task's check cell is missing from the notebook (deleted?)",
                           "笔记本中缺少这道题的检查单元格（被删除了？）"),
    "grade.not_run": ("the task's cell was not reached", "未运行到这道题的单元格"),
    "grade.answer_error": ("evaluating the answer raised {error}", "计算答案时出错：{error}"),
    "grade.modified": ("the submission file changed during grading", "评分期间提交文件被修改"),
    "grade.feedback_title": ("{assignment} — feedback for {learner}",
                             "{assignment} — {learner} 的反馈"),
    "grade.total": ("Total", "总分"),
    "grade.message": ("feedback", "反馈"),
    "grade.hint": ("hint", "提示"),
    "grade.html_lang": ("en", "zh-Hans"),
    "grade.summary": ("graded {n} submissions ({cached} unchanged, reused); {bad} could not be "
                      "graded fully; reports in {out}",
                      "已评 {n} 份提交（其中 {cached} 份未改动，沿用结果）；{bad} 份未能完整评分；"
                      "报告位于 {out}"),
    "grade.status.pass": ("passed", "通过"),
    "grade.status.fail": ("not right", "不正确"),
    "grade.status.unanswered": ("not answered", "未作答"),
    "grade.status.wrong_type": ("wrong type", "类型不对"),
    "grade.status.wrong_shape": ("wrong shape", "形状不对"),
    "grade.status.error": ("error", "出错"),
    "grade.status.missing": ("missing", "缺失"),
    "grade.status.not-run": ("not run", "未运行"),
    # --- release / CLI ---------------------------------------------------------------
    "release.placeholder": ("YOUR ANSWER HERE", "在此作答"),
    "release.text_placeholder": ("*Write your answer here.*", "*在此写下你的答案。*"),
    "release.stale": (
        "{path} differs from a fresh generation; run `svcx release`",
        "{path} 与重新生成的结果不一致；请运行 `svcx release`",
    ),
    "release.missing": ("{path} is missing; run `svcx release`",
                        "{path} 不存在；请运行 `svcx release`"),
    "release.leak": (
        "{path}, cell {cell}: contains a solution line: {line!r}",
        "{path}，第 {cell} 个单元格：含有答案内容：{line!r}",
    ),
    "release.unbalanced": (
        "{path}, cell {cell}: {marker} without its matching {other}",
        "{path}，第 {cell} 个单元格：{marker} 没有对应的 {other}",
    ),
    "release.ok": ("exercises are up to date ({n} notebooks)", "练习已是最新（{n} 个笔记本）"),
    "release.wrote": ("wrote {path}", "已写入 {path}"),
}


def set_language(lang: str) -> None:
    """Switch every message, widget label and plot label to ``lang`` ("en" or "zh")."""
    if lang not in LANGUAGES:
        raise ValueError(t("err.option", value=lang, name="language", choices=list(LANGUAGES)))
    _state["lang"] = lang


def get_language() -> str:
    """The current language code, "en" or "zh"."""
    return _state["lang"]


@contextlib.contextmanager
def language(lang: str) -> Iterator[None]:
    """Context manager: use ``lang`` inside the ``with`` block, then switch back."""
    old = get_language()
    set_language(lang)
    try:
        yield
    finally:
        set_language(old)


def t(key: str, lang: str | None = None, **values: object) -> str:
    """The message ``key`` in the current (or given) language, placeholders filled."""
    pair = MESSAGES[key]
    text = pair[LANGUAGES.index(lang or _state["lang"])]
    return text.format(**values)


# --- Texts written in notebooks' code cells (quizzes): translated by the Chinese edition ---
_TEXTS: dict[str, str] = {}


class MissingTranslation(KeyError):
    """A text shown in Chinese has no translation (raised only when SVCX_I18N_STRICT=1)."""


def add_texts(texts: dict[str, str]) -> None:
    """Register Chinese translations of English texts that code cells show (quiz questions,
    options, explanations). The Chinese notebooks call this in their first cell with the
    ``strings:`` of the notebook's translation sidecar."""
    _TEXTS.update({_norm(k): v for k, v in texts.items()})


def _norm(text: str) -> str:
    return " ".join(str(text).split())


def text(english: str) -> str:
    """``english`` in the current language: itself in English, its registered translation
    in Chinese (see :func:`add_texts`). A text without translation stays English, or
    raises :class:`MissingTranslation` when ``SVCX_I18N_STRICT=1`` (the tests of the
    Chinese notebooks). With ``SVCX_RECORD_TEXTS=FILE`` every text asked for is appended
    to FILE, one JSON string a line (``svcx translate --strings`` uses it).

    >>> add_texts({"Which gap is largest?": "哪个差距最大？"})
    >>> with language("zh"):
    ...     text("Which gap is largest?")
    '哪个差距最大？'
    >>> text("Which gap is largest?")
    'Which gap is largest?'
    """
    english = str(english)
    if not english.strip():
        return english
    record = os.environ.get("SVCX_RECORD_TEXTS")
    if record:
        import json

        with open(record, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(english, ensure_ascii=False) + "\n")
    if _state["lang"] == "en":
        return english
    found = _TEXTS.get(_norm(english))
    if found is None:
        if os.environ.get("SVCX_I18N_STRICT") == "1":
            raise MissingTranslation(f"no Chinese translation for the text “{english[:80]}” "
                                     "(add it to the notebook's .zh.yml strings:)")
        return english
    return found
