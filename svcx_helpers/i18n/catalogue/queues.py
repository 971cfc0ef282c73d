"""Messages of queues and staffing (queueing.py, plots/queueing.py, questions/queues.py).

key -> (English, Simplified Chinese); the i18n docstring explains the keys.

>>> MESSAGES["queues.bank.share.percent"][0]
'Give shares between 0 and 1 (0.8), not percentages (80).'
"""
# ruff: noqa: E501  (one message a line reads better than a wrapped one)

MESSAGES: dict[str, tuple[str, str]] = {
    # --- Queues exercise (questions/queues.py, issue 8) ---------------------------------
    "queues.bank.share.percent": ("Give shares between 0 and 1 (0.8), not percentages (80).",
                                  "请给出 0 到 1 之间的比例（0.8），而不是百分数（80）。"),
    "queues.bank.maister.type": ("Give a dict {{letter: principle number}}, e.g. {{'a': 1}}, not {got}.",
                                 "请以字典 {{字母: 原则编号}} 给出，例如 {{'a': 1}}，而不是 {got}。"),
    "queues.bank.maister.missing": ("Situation(s) {letters} have no principle yet.",
                                    "情境 {letters} 还没有对应的原则。"),
    "queues.bank.maister.unknown": ("Situation {letter}: “{value}” is not one of the eight principles; "
                                    "give its number 1–8.",
                                    "情境 {letter}：“{value}”不是八条原则之一；请给出编号 1–8。"),
    "queues.bank.maister.uncertain_unexplained": (
        "{n} situation(s) not yet right, first {letter}. Tell uncertainty from explanation: "
        "not knowing how long is principle 4, not knowing why is principle 5.",
        "有 {n} 个情境还不对，第一个是 {letter}。请区分不确定与无解释：不知道要等多久是原则 4，"
        "不知道为什么等是原则 5。",
    ),
    "queues.bank.maister.occupied_preprocess": (
        "{n} situation(s) not yet right, first {letter}. Being kept busy is principle 1; "
        "feeling that the service has already started is principle 2.",
        "有 {n} 个情境还不对，第一个是 {letter}。有事可做是原则 1；感觉服务已经开始是原则 2。",
    ),
    "queues.bank.maister.wrong": ("{n} of {total} situations are not yet right (first: {letter}).",
                                  "{total} 个情境中有 {n} 个还不对（第一个：{letter}）。"),
    "queues.bank.traffic.hour": (
        "That is the traffic of an hour's rate: the calls came in half an hour (1,800 s).",
        "这是按一小时计算的结果：这些电话是在半小时（1800 秒）内打进来的。",
    ),
    "queues.bank.traffic.units": (
        "Check the time units: calls per second times seconds per call, so divide by the "
        "1,800 seconds of the half hour.",
        "请检查时间单位：每秒来电数乘以每通秒数，因此要除以半小时的 1800 秒。",
    ),
    "queues.bank.traffic.aht": ("Use the AHT of that half hour (its aht_seconds), not an average of "
                                "the whole data set.",
                                "请使用该半小时自身的 AHT（aht_seconds），而不是整个数据集的平均值。"),
    "queues.bank.traffic.wrong": ("Not yet right. Find the half hour with the most calls ({calls}) and "
                                  "use its own AHT.",
                                  "还不对。找出来电最多（{calls} 通）的半小时，并使用它自己的 AHT。"),
    "queues.bank.erlang.erlang_b": (
        "That P_wait is Erlang B, the share of callers blocked when nobody may wait. Erlang C "
        "lets callers queue and is larger.",
        "这个 P_wait 是 Erlang B，即不允许排队时被拒绝的比例。Erlang C 允许排队，数值更大。",
    ),
    "queues.bank.erlang.sl_no_time": (
        "1 − P_wait is the share answered at once. Callers who wait less than 20 s also "
        "count: multiply P_wait by exp(−(N − A)·20/AHT).",
        "1 − P_wait 只是立即接通的比例。等待不到 20 秒的来电也算达标：要把 P_wait 乘以 "
        "exp(−(N − A)·20/AHT)。",
    ),
    "queues.bank.erlang.asa_minutes": ("Give the ASA in seconds, not minutes.",
                                       "请以秒为单位给出 ASA，而不是分钟。"),
    "queues.bank.erlang.asa_waiters": (
        "AHT/(N − A) is the average wait of those who wait. The ASA averages over all "
        "callers: multiply by P_wait.",
        "AHT/(N − A) 是需要等待者的平均等待时间。ASA 是对所有来电者的平均：还要乘以 P_wait。",
    ),
    "queues.bank.erlang.hour": ("These fit 100 calls per hour. The 100 calls come in 30 minutes: "
                                "A = 100 · 180 / 1800.",
                                "这些数值对应每小时 100 通。题中 100 通是在 30 分钟内打进来的："
                                "A = 100 · 180 / 1800。"),
    "queues.bank.staff.whole": ("Staff come in whole people: {value} is not a whole number.",
                                "人数必须是整数：{value} 不是整数。"),
    "queues.bank.staff.swapped": ("The two numbers are swapped: agents needed first, then staff to "
                                  "schedule.",
                                  "两个数的顺序反了：先给所需坐席，再给排班人数。"),
    "queues.bank.staff.times": (
        "Shrinkage of {s} means only {one} of the scheduled staff take calls: divide by "
        "(1 − shrinkage), do not multiply by (1 + shrinkage).",
        "缩减率 {s} 意味着排班人员中只有 {one} 在接电话："
        "应除以 (1 − 缩减率)，而不是乘以 (1 + 缩减率)。",
    ),
    "queues.bank.staff.round_down": ("Round the scheduled staff up, not down: a fraction of a person "
                                     "still needs a person.",
                                     "排班人数要向上取整，而不是向下：不足一人也需要一个人。"),
    "queues.bank.staff.too_few": ("With {n} agents the service level is {sl}, below the {target} "
                                  "target.",
                                  "{n} 名坐席时服务水平为 {sl}，低于 {target} 的目标。"),
    "queues.bank.staff.unstable": ("With no more agents than the traffic ({a} Erlangs) the queue grows "
                                   "without limit.",
                                   "坐席数不多于话务量（{a} 爱尔兰）时，队列会无限增长。"),
    "queues.bank.peak.interval": ("Give the half hour as text 'HH:MM' (e.g. '09:30'), not {got}.",
                                  "请以文本 'HH:MM'（例如 '09:30'）给出半小时时段，而不是 {got}。"),
    "queues.bank.peak.single_day": (
        "That is the busiest half hour of a single Monday. The task asks for the average "
        "Monday: the mean of the four Mondays, half hour by half hour.",
        "这是某一个周一最繁忙的半小时。题目要求的是平均周一：四个周一按半小时求平均。",
    ),
    "queues.bank.peak.interval_aht": (
        "That is what the half hour's own AHT gives — a sensible refinement, but this task "
        "asks for the Mondays' AHT per call over the whole day.",
        "这是用该半小时自身的 AHT 得到的结果——这是合理的细化，"
        "但本题要求使用周一全天每通电话的 AHT。",
    ),
    "queues.bank.peak.shrinkage": ("That includes shrinkage; the task asks for the agents on the "
                                   "phones, without shrinkage.",
                                   "这个数计入了缩减；题目要求的是在线坐席数，不计缩减。"),
    "queues.bank.peak.sum": ("That staffs the four Mondays' calls together. Use the mean per Monday, "
                             "not the sum.",
                             "这是把四个周一的来电加在一起配置的坐席。请用每个周一的平均值，而不是总和。"),
    "queues.bank.peak.traffic": ("The peak's traffic is about {a} Erlangs: with so few agents callers "
                                 "wait far too long. Find the smallest N that meets 80 % within 20 s.",
                                 "高峰话务量约为 {a} 爱尔兰：坐席这么少，来电者会等待过久。"
                                 "请找出达到 20 秒内 80% 的最小 N。"),
    "queues.bank.hours.swapped": ("The two values are swapped: agent-hours first, then scheduled "
                                  "staff-hours.",
                                  "两个值的顺序反了：先给坐席工时，再给排班工时。"),
    "queues.bank.hours.half": ("Each interval is half an hour: multiply the sum of the column by 0.5.",
                               "每个时段是半小时：列之和要乘以 0.5。"),
    "queues.bank.hours.flat": (
        "That is a flat roster: the peak's staff for all {hours} hours. The plan follows the "
        "calls, so add up its half hours instead.",
        "这是平均排班：全天 {hours} 小时都按高峰人数安排。计划随来电量变化，应把各半小时加总。",
    ),
    "queues.bank.hours.total_shrinkage": (
        "Shrinkage was applied to the total. Staff come in whole people in every half hour: "
        "add up the plan's scheduled column.",
        "缩减是按总数计算的。每个半小时的人数都必须是整数：请把计划中的 scheduled 列加总。",
    ),
    "queues.bank.sim.swapped": ("The two values are swapped: exponential first, then deterministic.",
                                "两个值的顺序反了：先给指数分布，再给固定时长。"),
    "queues.bank.sim.formula": ("That is Erlang C's value, not the simulation's. Run "
                                "queueing.simulate(..., seed={seed}) and report its summary.",
                                "这是 Erlang C 公式的值，而不是仿真的结果。请运行 "
                                "queueing.simulate(..., seed={seed}) 并报告其汇总结果。"),
    "queues.bank.sim.units": ("Almost nobody is answered in time: are the arrival rate and the AHT in "
                              "the same time unit (calls per second, seconds)?",
                              "几乎没有来电能及时接通："
                              "到达率和 AHT 是否使用同一时间单位（每秒来电数、秒）？"),
    "queues.bank.sim.target": ("That is the share answered at once. Pass target_time={t} to count "
                               "callers answered within {t} seconds.",
                               "这是立即接通的比例。请传入 target_time={t}，统计 {t} 秒内接通的来电。"),
    "queues.bank.sim.other_run": ("Close, but not this run: use seed={seed} and the default {n} "
                                  "customers, so that everyone's run is the same.",
                                  "接近了，但不是这次运行的结果：请使用 seed={seed} 和默认的 {n} 位顾客，"
                                  "这样每个人的运行结果都相同。"),
    # --- Queues (issue 8) ----------------------------------------------------------------
    "queues.err.number": ("{name} must be a number, got {value}", "{name} 应为数字，实际为 {value}"),
    "queues.err.nonneg": ("{name} must be zero or more, got {value}",
                          "{name} 应为大于或等于 0 的数，实际为 {value}"),
    "queues.err.positive": ("{name} must be more than zero, got {value}",
                            "{name} 应为大于 0 的数，实际为 {value}"),
    "queues.err.agents": ("agents must be a whole number, got {value}",
                          "坐席数应为整数，实际为 {value}"),
    "queues.err.share": (
        "target level and shrinkage (or maximum occupancy) must be shares below 1, "
        "got {level} and {shrinkage}",
        "目标服务水平与缩减率（或最高占用率）应为小于 1 的比例，实际为 {level} 与 {shrinkage}",
    ),
    "queues.label.sl": ("service level (answered within {target} {unit})",
                        "服务水平（{target} {unit}内接通）"),
    "queues.label.asa": ("average wait", "平均等待"),
    "queues.label.needed": ("{n} agents meet the target", "{n} 名坐席达到目标"),
    "queues.label.arrivals": ("arrivals", "到达量"),
    "queues.label.agents": ("agents needed", "所需坐席"),
    "queues.label.scheduled": ("scheduled (after shrinkage)", "排班人数（含缩减）"),
    "queues.label.simulated": ("simulation", "仿真"),
    "queues.label.formula": ("Erlang C", "Erlang C 公式"),
    "queues.axis.agents": ("Agents", "坐席数"),
    "queues.axis.sl": ("Service level (%)", "服务水平（%）"),
    "queues.axis.asa": ("Average wait ({unit})", "平均等待时间（{unit}）"),
    "queues.axis.arrivals": ("Arrivals per interval", "每时段到达量"),
    "queues.axis.wait": ("Wait t", "等待时间 t"),
    "queues.axis.longer": ("Customers waiting longer than t (%)", "等待超过 t 的顾客（%）"),
    "queues.title.curve": ("Service level and waiting, {a} Erlangs", "服务水平与等待（{a} 爱尔兰）"),
    "queues.title.plan": ("Staffing plan", "排班计划"),
    "queues.title.sim": ("Simulation vs formula: {n} agents, {a} Erlangs",
                         "仿真与公式对比：{n} 名坐席，{a} 爱尔兰"),
    "queues.err.aht_length": ("aht has {n} values but there are {m} intervals",
                              "aht 有 {n} 个值，但时段有 {m} 个"),
    "queues.err.max_agents": ("no staffing up to {n} agents meets the target",
                              "在 {n} 名坐席以内无法达到目标"),
}
