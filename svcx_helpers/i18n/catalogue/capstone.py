"""Messages of the capstone project (capstone.py, questions/capstone.py).

key -> (English, Simplified Chinese); the i18n docstring explains the keys.

>>> MESSAGES["capstone.step.kano"][0]
'1. What matters to customers (KANO)'
"""
# ruff: noqa: E501  (one message a line reads better than a wrapped one)

MESSAGES: dict[str, tuple[str, str]] = {
    # --- Capstone project (capstone.py, questions/capstone.py, issue 9) ------------------
    "capstone.step.kano": ("1. What matters to customers (KANO)", "1. 顾客看重什么（KANO）"),
    "capstone.step.servqual": ("2. Where the service falls short (SERVQUAL)",
                               "2. 服务差距在哪里（SERVQUAL）"),
    "capstone.step.today": ("3. Today's service: blueprint and journey", "3. 现状服务：蓝图与旅程"),
    "capstone.step.redesign": ("4. The redesigned process", "4. 再设计后的流程"),
    "capstone.step.standards": ("5. Service standards and targets", "5. 服务标准与目标"),
    "capstone.step.staffing": ("6. Staffing the peak (Erlang C)", "6. 高峰时段的人员配置（Erlang C）"),
    "capstone.step.monitoring": ("7. Monitoring plan (control charts)", "7. 监控计划（控制图）"),
    "capstone.step.conclusion": ("8. Conclusions", "8. 结论"),
    "capstone.servers.it_service_desk": ("first-line agents", "一线坐席"),
    "capstone.servers.government_window": ("windows", "窗口"),
    "capstone.report.not_done": ("Not done yet: {what}.", "尚未完成：{what}。"),
    "capstone.report.no_conclusion": ("The conclusion is not written yet.", "结论尚未撰写。"),
    "capstone.err.track": ("unknown capstone track {name}: choose one of {tracks}",
                           "未知的综合项目方向 {name}：请从 {tracks} 中选择"),
    "capstone.err.step": ("unknown capstone step '{step}': the steps are {steps}",
                          "未知的综合项目步骤「{step}」：步骤为 {steps}"),
    "capstone.err.hhmm": ("{value} is not a time of day: write it as HH:MM, e.g. '09:30'",
                          "{value} 不是时刻：请写成 HH:MM，例如 '09:30'"),
    "capstone.err.weekday": ("{value} is not a weekday: use one of {days} or 0–6 (Monday = 0)",
                             "{value} 不是星期几：请使用 {days} 之一或 0–6（周一 = 0）"),
    "capstone.err.interval": ("the interval must be a whole number of minutes that divides a day "
                              "(15, 30, 60 …), got {value}",
                              "时段长度必须是能整除一天的整数分钟（15、30、60……），实际为 {value}"),
    "capstone.err.no_times": ("no readable arrival times in the data", "数据中没有可读取的到达时间"),
    "capstone.err.design": ("expected a Blueprint (Blueprint.from_dict(design)), got {got}",
                            "应为 Blueprint（Blueprint.from_dict(design)），实际为 {got}"),
    "capstone.err.part": ("a report part must be text, a table, a figure or ..., got {got}",
                          "报告内容应为文字、表格、图或 ...，实际为 {got}"),
    "capstone.bank.answer.type": (
        "Give a dict with the key 'track' and the parts of this task ({parts}); got {got}.",
        "请给出一个字典，包含键 'track' 和本题的各部分（{parts}）；实际为 {got}。"),
    "capstone.bank.answer.no_track": (
        "Say which track the answer is for: add \"track\": TRACK ({tracks}).",
        "请说明答案属于哪个方向：加上 \"track\": TRACK（{tracks}）。"),
    "capstone.bank.answer.unknown_track": ("'{name}' is not a capstone track; use one of {tracks}.",
                                           "「{name}」不是综合项目的方向；请使用 {tracks} 之一。"),
    "capstone.bank.answer.no_data": ("The data of the track {track} cannot be loaded: {error}",
                                     "无法读取方向 {track} 的数据：{error}"),
    "capstone.bank.answer.missing": ("Not answered yet: {parts}.", "尚未作答：{parts}。"),
    "capstone.bank.answer.list": ("Give a list, got {got}.", "请给出列表，实际为 {got}。"),
    "capstone.bank.kano.unknown": ("'{names}' is not an attribute of this survey; the attributes are: "
                                   "{known}.",
                                   "「{names}」不是本问卷的属性；属性有：{known}。"),
    "capstone.bank.kano.quadrant": (
        "These are the attributes in the must-be quadrant of the Better–Worse diagram. The "
        "task asks for the attributes whose category (the most frequent answer) is M.",
        "这是 Better–Worse 图中必备象限的属性。本题要的是类别（出现最多的类别）为 M 的属性。"),
    "capstone.bank.kano.must_be": ("{missing} must-be attribute(s) missing; not must-be: {extra}.",
                                   "缺少 {missing} 个必备属性；不属于必备型的有：{extra}。"),
    "capstone.bank.kano.not_a": ("{name} is not attractive: its category is {category}.",
                                 "{name} 不是魅力型属性：它的类别是{category}。"),
    "capstone.bank.kano.delighter": ("Another attractive attribute has a higher Better coefficient.",
                                     "另一个魅力型属性的 Better 系数更高。"),
    "capstone.bank.kano.not_o": ("{name} is not one-dimensional: its category is {category}.",
                                 "{name} 不是期望型属性：它的类别是{category}。"),
    "capstone.bank.kano.performance_better": (
        "That one has the highest Better. The task asks for the one-dimensional attribute "
        "whose absence hurts most: the largest |Worse|.",
        "这是 Better 最高的属性。本题要的是缺失时伤害最大的期望型属性：|Worse| 最大者。"),
    "capstone.bank.kano.performance": ("Another one-dimensional attribute has a larger |Worse|.",
                                       "另一个期望型属性的 |Worse| 更大。"),
    "capstone.bank.servqual.dimension": ("'{value}' is not a SERVQUAL dimension; use {dimensions}.",
                                         "「{value}」不是 SERVQUAL 维度；请使用 {dimensions}。"),
    "capstone.bank.servqual.gaps_type": ("Give the five dimension gaps as a dict {{dimension: gap}}; got {got}.",
                                         "请以字典 {{维度: 差距}} 给出五个维度的差距；实际为 {got}。"),
    "capstone.bank.servqual.sign": ("The signs are reversed: a gap is perception − expectation, negative when "
                                    "the service falls short.",
                                    "符号反了：差距 = 感知 − 期望，服务不足时为负。"),
    "capstone.bank.servqual.rows": ("These are the gaps of all rows. Keep only the rows of this service: "
                                    "{column} == '{value}'.",
                                    "这是全部记录的差距。只保留本服务的记录：{column} == '{value}'。"),
    "capstone.bank.servqual.worst": ("Not the dimension with the most negative mean gap.",
                                     "这不是平均差距最负的维度。"),
    "capstone.bank.servqual.unweighted": ("That is the unweighted score; this survey has importance points, "
                                          "so weight each respondent's gaps.",
                                          "这是不加权得分；本问卷有重要性分配，请按每位受访者加权。"),
    "capstone.bank.servqual.product": ("That is the product of the mean weights and the mean gaps. Weight each "
                                       "respondent first, then average.",
                                       "这是平均权重乘以平均差距。应先对每位受访者加权，再求平均。"),
    "capstone.bank.servqual.score": ("The {kind} SERVQUAL score is not right.", "{kind} SERVQUAL 得分不对。"),
    "capstone.bank.servqual.kind.weighted": ("weighted", "加权"),
    "capstone.bank.servqual.kind.unweighted": ("unweighted", "不加权"),
    "capstone.bank.blueprint.fail_ids": ("{missing} fail point(s) missing; not fail points: {extra}.",
                                         "缺少 {missing} 个失误点；不是失误点的有：{extra}。"),
    "capstone.bank.blueprint.wait": ("Add up the expected waits of all wait points.",
                                     "请把所有等待点的预计等待时间相加。"),
    "capstone.bank.blueprint.all_flows": ("That is the number of all flows; count only those crossing the "
                                          "line asked for.",
                                          "这是全部流向线的数量；只数穿过题目所指分界线的流向线。"),
    "capstone.bank.blueprint.encounters": ("That count belongs to another line. Encounters cross the line of "
                                           "interaction.",
                                           "这是另一条分界线的数量。服务接触穿过顾客接触线。"),
    "capstone.bank.blueprint.handoffs": ("That count belongs to another line. Hand-offs cross the line of "
                                         "internal interaction.",
                                         "这是另一条分界线的数量。内部交接穿过内部互动线。"),
    "capstone.bank.journey.id": ("Give a blueprint step id such as 'C5', got {got}.",
                                 "请给出蓝图步骤编号，例如 'C5'，实际为 {got}。"),
    "capstone.bank.journey.highest": ("That is the best moment, not the worst.",
                                      "这是最好的时刻，不是最糟的时刻。"),
    "capstone.bank.journey.lowest": ("Another step has a lower emotion.", "另一个步骤的情绪更低。"),
    "capstone.bank.journey.threshold": ("These include the steps exactly at the middle of the scale. Pain "
                                        "points lie strictly below it.",
                                        "其中包括恰好位于量表中点的步骤。痛点必须严格低于中点。"),
    "capstone.bank.journey.pain": ("{missing} pain point(s) missing; not pain points: {extra}.",
                                   "缺少 {missing} 个痛点；不是痛点的有：{extra}。"),
    "capstone.bank.rd.type": ("Submit the design as a dict in the blueprint layout (name, steps, flows), "
                              "for example today.to_dict() after your changes; got {got}.",
                              "请以蓝图格式的字典（name、steps、flows）提交设计，例如修改后的 "
                              "today.to_dict()；实际为 {got}。"),
    "capstone.bank.rd.serves": ("serves must be a dict {{attribute: [step ids]}}, got {got}.",
                                "serves 应为字典 {{属性: [步骤编号]}}，实际为 {got}。"),
    "capstone.bank.rd.other_service": (
        "This looks like a redesign of the {other} service, not of {track}: it keeps {n_other} "
        "step labels of today's {other} blueprint and {n_own} of {track}'s. Set track to the "
        "service you redesigned, or start from case.today().to_dict() of your track.",
        "这看起来是对 {other} 服务的再设计，而不是 {track}：它保留了 {other} 现状蓝图的 {n_other} "
        "个步骤名称，而 {track} 的只有 {n_own} 个。请把 track 设为你再设计的服务，或从所选方向的 "
        "case.today().to_dict() 开始修改。"),
    "capstone.bank.rd.wait": ("Your design still has {wait} min of customer waiting; the target is at "
                              "most {target} min ({cut} less than today's {before} min).",
                              "你的设计中顾客仍需等待 {wait} 分钟；目标为不超过 {target} 分钟（比现状的 "
                              "{before} 分钟减少 {cut}）。"),
    "capstone.bank.rd.unserved": ("Must-be attributes no longer served: {attributes}. Keep one of the "
                                  "steps in brackets, or name the step of your design that serves it "
                                  "in serves.",
                                  "以下必备属性不再得到满足：{attributes}。请保留括号中的某个步骤，"
                                  "或在 serves 中写明你的设计中提供它的步骤。"),
    "capstone.bank.kqi.type": ("Give the KQIs as a dict with the keys {keys}; got {got}.",
                               "请以字典给出关键质量指标，键为 {keys}；实际为 {got}。"),
    "capstone.bank.kqi.unit": ("Right number, wrong unit: give the wait in {unit}.",
                               "数值对了但单位不对：等待时间请以 {unit} 为单位。"),
    "capstone.bank.kqi.first_time_right_all": (
        "The denominator is the done tickets or visits only, not all of them.",
        "分母只包括已完成的工单或办件，而不是全部。"),
    "capstone.bank.kqi.csat_top2_all": ("Count only the answered surveys: rows without a score are "
                                        "left out.", "只统计已作答的问卷：没有评分的记录不计入。"),
    "capstone.bank.tg.type": ("Give the targets as a dict {{KQI: sentence}} with keys from {keys}; got "
                              "{got}.", "请以字典 {{指标: 句子}} 给出目标，键取自 {keys}；实际为 {got}。"),
    "capstone.bank.tg.keys": ("Unknown KQI key(s): {keys}. Use {known}.",
                              "未知的指标键：{keys}。请使用 {known}。"),
    "capstone.bank.tg.text": ("{kqi}: write the target as a sentence (got {got}).",
                              "{kqi}：请用一句话写出目标（实际为 {got}）。"),
    "capstone.bank.tg.lacks": ("{kqi}: not measurable yet, it lacks: {missing}.",
                               "{kqi}：尚不可测量，缺少：{missing}。"),
    "capstone.bank.tg.too_few": ("{n} target(s) given; write at least {min}.",
                                 "只给出了 {n} 条目标；请至少写 {min} 条。"),
    "capstone.bank.tg.el.soft": ("a number to reach (it reads as a soft standard)",
                                 "要达到的数值（目前读来是软标准）"),
    "capstone.bank.tg.el.quantity": ("what is measured", "测量什么"),
    "capstone.bank.tg.el.target": ("the target number", "目标数值"),
    "capstone.bank.tg.el.unit": ("the unit", "单位"),
    "capstone.bank.tg.el.time_frame": ("how often it is measured", "统计周期"),
    "capstone.bank.tg.el.who": ("who must meet it", "由谁达成"),
    "capstone.bank.tg.el.share": ("for how many customers it holds (P90 or a share such as 85 %)",
                                  "适用于多少顾客（P90 或 85% 这样的比例）"),
    "capstone.bank.st.interval_type": ("Give the interval as 'HH:MM', e.g. '10:00'; got {got}.",
                                       "请以 'HH:MM' 形式给出时段，例如 '10:00'；实际为 {got}。"),
    "capstone.bank.st.closed": ("That interval is outside opening hours ({first} … {last}).",
                                "该时段不在营业时间内（{first} … {last}）。"),
    "capstone.bank.st.interval": ("Not the interval with the most arrivals on an average {weekday}.",
                                  "这不是平均每个{weekday}到达量最多的时段。"),
    "capstone.bank.st.aht_unit": ("That is what an AHT in minutes gives. staffing_plan takes the AHT in "
                                  "seconds.",
                                  "这是把平均处理时长按分钟代入的结果。"
                                  "staffing_plan 的平均处理时长单位是秒。"),
    "capstone.bank.st.traffic": ("That only covers the offered load (A = λ·AHT) with no queue target; "
                                 "Erlang C needs enough agents to meet the service level.",
                                 "这只覆盖了话务量（A = λ·AHT），没有考虑排队目标；"
                                 "Erlang C 需要足够的人员才能达到服务水平。"),
    "capstone.bank.st.weekday": ("That is the peak of an average day over all weekdays; plan the "
                                 "busiest weekday, {weekday}.",
                                 "这是所有日期平均后的高峰；请按最忙的工作日（{weekday}）来排班。"),
    "capstone.bank.st.agents": ("Not the number of agents that the busiest interval needs.",
                                "这不是最忙时段所需的人数。"),
    "capstone.bank.mon.type": ("Give the Monday of the week as a date or as text such as '2026-04-13'; "
                               "got {got}.",
                               "请以日期或 '2026-04-13' 这样的文字给出该周的周一；实际为 {got}。"),
    "capstone.bank.mon.range": ("That week is not in the log ({first} … {last}).",
                                "日志中没有这一周（{first} … {last}）。"),
    "capstone.bank.mon.baseline": ("That week is in the baseline (before {end}); look after it.",
                                   "这一周在基准期内（{end} 之前）；请在基准期之后寻找。"),
    "capstone.bank.mon.pooled": ("That is the first signal with limits from all weeks. Take the limits "
                                 "from the baseline weeks only.",
                                 "这是用全部周计算控制限时的第一个信号。请只用基准期的周计算控制限。"),
    "capstone.bank.mon.inside": ("That week lies within its limits; the first signal comes later.",
                                 "这一周在控制限之内；第一个信号出现得更晚。"),
    "capstone.bank.mon.later": ("A signal comes earlier than that week.", "在这一周之前已经出现了信号。"),
    "capstone.bank.rep.outline_type": ("outline must be report.outline(), a dict; got {got}.",
                                       "outline 应为 report.outline() 返回的字典；实际为 {got}。"),
    "capstone.bank.rep.headings": ("The report lacks these steps: {steps}.", "报告缺少这些步骤：{steps}。"),
    "capstone.bank.rep.figures": ("The report has {n} figure(s); it needs at least {min}.",
                                  "报告只有 {n} 幅图；至少需要 {min} 幅。"),
    "capstone.bank.rep.tables": ("The report has {n} table(s); it needs at least {min}.",
                                 "报告只有 {n} 张表；至少需要 {min} 张。"),
    "capstone.bank.rep.words": ("The report's conclusion has {n} words; it needs at least {min}.",
                                "报告中的结论只有 {n} 词；至少需要 {min} 词。"),
}
