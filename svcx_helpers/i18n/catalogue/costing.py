"""Messages of the cost of service (costing.py, plots/costing.py, questions/cost.py).

key -> (English, Simplified Chinese); the i18n docstring explains the keys.

>>> MESSAGES["costing.err.whole"][0]
'{name} must be a whole number, got {value!r}'
"""
# ruff: noqa: E501  (one message a line reads better than a wrapped one)

MESSAGES: dict[str, tuple[str, str]] = {
    # --- errors of costing.py (issue 19) ------------------------------------------------
    "costing.err.number": ("{name} must be a number, got {value!r}",
                           "{name} 必须是数字，实际为 {value!r}"),
    "costing.err.range": ("{name} must lie in {open}{low}, {high}], got {value!r}",
                          "{name} 必须在 {open}{low}, {high}] 之内，实际为 {value!r}"),
    "costing.err.whole": ("{name} must be a whole number, got {value!r}",
                          "{name} 必须是整数，实际为 {value!r}"),
    "costing.err.cell": ("column {column!r}, row {row}: {value!r} is not a number from {low} to {high}",
                         "列 {column!r} 第 {row} 行：{value!r} 不是 {low} 到 {high} 之间的数"),
    "costing.err.period": ("no rows for the period {period!r}; the table has {known}",
                           "没有时期 {period!r} 的行；表中的时期为 {known}"),
    "costing.err.which_period": ("the cost table has several periods {known}: choose one with period=…",
                                 "成本表包含多个时期 {known}：请用 period=… 选择其中一个"),
    "costing.err.duplicate": ("the {what} {value!r} appears twice in the cost table",
                              "成本表中 {what} {value!r} 出现了两次"),
    "costing.err.no_resource": ("row {row} of the log (case {case!r}, activity {activity!r}) has no resource: who did the work?",
                                "日志第 {row} 行（案例 {case!r}，活动 {activity!r}）没有资源：这项工作是谁做的？"),
    "costing.err.role": ("the resource {resource!r} (row {row} of the log) belongs to the role {role!r}, which has no rate; the rates table has {known}",
                         "资源 {resource!r}（日志第 {row} 行）属于角色 {role!r}，但该角色没有费率；费率表中的角色为 {known}"),
    "costing.err.no_rates": ("give a rates table (costing.rates(…)) or a log from costing.cost_log(…)",
                             "请提供费率表（costing.rates(…)），或由 costing.cost_log(…) 得到的日志"),
    "costing.err.more_than": ("column {column!r}, row {row}: {value!r} is more than the number it is a part of",
                              "列 {column!r} 第 {row} 行：{value!r} 比它所属的总数还大"),
    # --- names and plot labels (plots/costing.py) ----------------------------------------
    "costing.name.teller": ("teller", "柜员"),
    "costing.name.back_office": ("back office", "后台审核员"),
    "costing.name.advisor": ("loan advisor", "贷款顾问"),
    "costing.name.ticket_machine": ("ticket machine", "取号机"),
    "costing.name.customer": ("the customer's own time", "顾客本人的时间"),
    "costing.name.lobby_manager": ("lobby manager", "大堂经理"),
    "costing.name.smart_ticket_machine": ("smart ticket machine", "智能取号机"),
    "costing.name.kiosk": ("self-service kiosk", "自助终端"),
    "costing.name.cash": ("cash", "现金业务"),
    "costing.name.card_issue": ("card issue", "办卡"),
    "costing.name.account_opening": ("account opening", "开户"),
    "costing.name.loan_enquiry": ("loan enquiry", "贷款咨询"),
    "costing.name.adoption": ("adoption of the app", "手机银行采用率"),
    "costing.name.fallback": ("fallback share", "回流柜台比例"),
    "costing.name.roi": ("ROI over the horizon", "期内投资回报率"),
    "costing.label.variant": ("{label}{service} ({n} cases){mark}", "{label}{service}（{n} 例）{mark}"),
    "costing.label.used": ("capacity used", "已用产能"),
    "costing.label.unused": ("unused capacity", "未用产能"),
    "costing.label.break_even": ("break-even {value}", "盈亏平衡点 {value}"),
    "costing.axis.cost_per_case": ("mean cost per case (yuan)", "每个案例的平均成本（元）"),
    "costing.axis.capacity_cost": ("cost of the capacity in the period (yuan)", "本期产能成本（元）"),
    "costing.title.variants": ("Cost per case of each variant, by resource group",
                               "各流程变体每个案例的成本（按资源组）"),
    "costing.title.capacity": ("Capacity used and unused", "已用产能与未用产能"),
    "costing.title.sensitivity": ("Sensitivity of the business case", "商业论证的敏感性分析"),
    # --- the exercise (questions/cost.py) -------------------------------------------------
    "costing.bank.rates.theoretical": (
        "These rates use the theoretical minutes. Practical capacity is about 80 % of them "
        "(breaks, meetings, training, time between customers): divide by the practical minutes.",
        "这些费率用的是理论分钟数。实际可用产能约为理论时间的 80%（要扣除休息、会议、培训、两位顾客"
        "之间的空档）：应除以实际可用分钟数。"),
    "costing.bank.rates.hour": ("These look like rates per hour. Give yuan per minute (divide by 60).",
                                "这些看起来是每小时的费率。请给出每分钟的元数（除以 60）。"),
    "costing.bank.rates.units": (
        "Divide the cost of all the role's people by the capacity of all of them (or one "
        "person's cost by one person's capacity), not one by the other.",
        "应当用该角色全部人员的成本除以全部人员的产能（或一个人的成本除以一个人的产能），"
        "不能一个用全部、一个用一人。"),
    "costing.bank.case.swapped": ("Before and after seem swapped: the redesign made a case cheaper.",
                                  "改造前后似乎写反了：改造让每个案例变便宜了。"),
    "costing.bank.case.spread": (
        "This spreads the cost of all the capacity supplied over the cases. Time-driven ABC "
        "charges a case only for the minutes its activities took; the rest is unused "
        "capacity, reported separately.",
        "这是把所提供的全部产能成本分摊到各个案例上。时间驱动作业成本法只按案例中各项活动实际用掉的"
        "分钟数计费；其余部分是未用产能，要单独报告。"),
    "costing.bank.case.minutes": ("This is in minutes. Multiply each activity's minutes by its role's rate.",
                                  "这是分钟数。请把每项活动的分钟数乘以其角色的费率。"),
    "costing.bank.variant.unknown": (
        "'{value}' is not a variant of the before log: give its label (V1 …) from "
        "costing.variant_costs or its path of activities joined by →.",
        "“{value}”不是改造前日志中的流程变体：请给出 costing.variant_costs 中的标签（V1 …），"
        "或用 → 连接的活动路径。"),
    "costing.bank.variant.cause": ("'{value}' is not one of the causes {causes}.",
                                   "“{value}”不是以下原因之一：{causes}。"),
    "costing.bank.variant.total": (
        "This variant costs the most in total because it is frequent. The question is the "
        "cost of one case: compare the mean cost per case.",
        "这个变体总成本最高，是因为它出现得多。问题问的是一个案例的成本：请比较每个案例的平均成本。"),
    "costing.bank.variant.not_approval": (
        "The variant with the same steps done once also has the back-office approval, and "
        "costs less than the loan enquiry. What does the most expensive one do twice?",
        "步骤相同但每步只做一次的那个变体同样有后台审批，而且比贷款咨询便宜。成本最高的变体把什么"
        "做了两遍？"),
    "costing.bank.variant.not_advisor": (
        "This variant has no loan advisor in it. Look at the activities it repeats.",
        "这个变体中根本没有贷款顾问。请看看它重复了哪些活动。"),
    "costing.bank.variant.not_waiting": (
        "Waiting costs the customer time but no staff minutes: time-driven ABC does not "
        "charge it. Look at the activities the variant repeats.",
        "等待耗费的是顾客的时间，不占员工的工作分钟：时间驱动作业成本法不对等待计费。请看看这个变体"
        "重复了哪些活动。"),
    "costing.bank.rework.whole_case": (
        "This is the whole cost of the cases with rework. Count only the repeated activity "
        "instances: the first check of the documents would have happened anyway.",
        "这是有返工的案例的全部成本。只应计算重复的那些活动实例：第一次核对材料无论如何都要做。"),
    "costing.bank.rework.count": ("This is the number of cases with rework. Give the cost of the repeated activities in yuan.",
                                  "这是有返工的案例个数。请以元为单位给出重复活动的成本。"),
    "costing.bank.unused.minutes": ("These are minutes. Value each role's unused minutes at its rate.",
                                    "这些是分钟数。请按各角色的费率把未用分钟数折算成金额。"),
    "costing.bank.unused.quarter": (
        "This is for a whole quarter. The logs cover a fortnight: 10 of the quarter's 63 "
        "working days.",
        "这是整个季度的数额。日志只覆盖两周：一个季度 63 个工作日中的 10 天。"),
    "costing.bank.unused.theoretical": (
        "The capacity supplied is the practical capacity (80 % of the time paid for), valued "
        "at the rate: supplied − used, both in practical minutes.",
        "所提供的产能是实际可用产能（付薪时间的 80%），按费率折算：提供量 − 使用量，两者都按"
        "实际可用分钟数计算。"),
    "costing.bank.roi.unweighted": (
        "The base adoption must weight each age group by its share of the card requests; a "
        "plain mean of the three rates counts the few older customers as much as the many "
        "young ones.",
        "基准采用率必须按各年龄组在办卡请求中的占比加权；三个比率的简单平均会把人数较少的老年顾客"
        "和人数众多的年轻顾客同等看待。"),
    "costing.bank.roi.no_fallback": (
        "Some app requests fail and end at a counter after all (the fallback share): they "
        "save nothing and still cost the app attempt.",
        "有一部分手机银行申请会失败，最后还是到柜台办理（回流比例）：它们什么也没省下，"
        "还要花掉手机银行那次尝试的成本。"),
    "costing.bank.roi.no_running": ("The app feature also costs 100,000 yuan a year to run; subtract it from the yearly saving.",
                                    "这一手机银行功能每年还有 100,000 元的运行成本；要从每年的节约中减去。"),
    "costing.bank.roi.before_cost": (
        "This uses the cost of a card request before the redesign. The app would replace "
        "today's process, the one after the redesign.",
        "这里用的是改造前办卡请求的成本。手机银行要替代的是现在的流程，也就是改造后的流程。"),
    "costing.bank.roi.months": ("The payback looks like months; give it in years.",
                                "回收期看起来是以月计的；请以年为单位给出。"),
    "costing.bank.break_even.running": ("The running cost must be covered too, every year, not only the investment.",
                                        "除了投资，每年的运行成本也必须收回。"),
    "costing.bank.break_even.one_year": ("This pays back in one year; the business case has three.",
                                         "这是一年收回投资的采用率；商业论证的期限是三年。"),
    "costing.bank.break_even.fallback": ("Remember the fallback share: requests that try the app and end at a counter save nothing.",
                                         "别忘了回流比例：尝试手机银行后又回到柜台的请求什么也没省下。"),
    "costing.bank.break_even.base": ("This is the base adoption. The question is the adoption at which the ROI is 0.",
                                     "这是基准采用率。问题问的是 ROI 为 0 时的采用率。"),
    "costing.bank.break_even.wrong": (
        "Not yet right. The ROI rises in a straight line with the adoption: find where it is "
        "0 with a sensitivity table or the break-even formula.",
        "还不对。ROI 随采用率线性上升：请用敏感性分析表或盈亏平衡公式找出它等于 0 的位置。"),
    "costing.bank.bot.list": ("'human' should be a list of intents, got {got}.",
                              "'human' 应当是意图的列表，实际为 {got}。"),
    "costing.bank.bot.unknown": ("'{value}' is not an intent of the pilot: {intents}.",
                                 "“{value}”不是试点中的意图：{intents}。"),
    "costing.bank.bot.raw": (
        "This uses the raw containment. Some 'contained' customers contact a person about "
        "the same matter within seven days: use the effective containment.",
        "这里用的是表面拦截率。有些“被拦截”的顾客在七天内又为同一件事联系了人工：请使用有效拦截率。"),
}
