"""Messages of service standards (standards.py, questions/standards.py).

key -> (English, Simplified Chinese); the i18n docstring explains the keys.

>>> MESSAGES["standards.bank.not_finite"][0]
'Give a finite number (not NaN or infinity).'
"""
# ruff: noqa: E501  (one message a line reads better than a wrapped one)

MESSAGES: dict[str, tuple[str, str]] = {
    # --- Service-standards exercise (questions/standards.py, issue 7) ------------------
    "standards.bank.not_finite": ("Give a finite number (not NaN or infinity).",
                                  "请给出一个有限的数（不能是 NaN 或无穷大）。"),
    "standards.bank.share.percent": ("Give shares between 0 and 1 (0.85), not percentages (85).",
                                     "请给出 0 到 1 之间的比例（0.85），而不是百分数（85）。"),
    "standards.bank.pct.swapped": ("The two values are swapped: nearest rank first, then linear.",
                                   "两个值的顺序反了：先给最近秩法，再给线性插值法。"),
    "standards.bank.pct.method": ("{value} is the P90 by the '{method}' method, not one of the two asked "
                                  "for.",
                                  "{value} 是用「{method}」方法算出的 P90，不是题目要求的两种方法之一。"),
    "standards.bank.pct.unsorted": ("That is the value at position {rank} of the unsorted list: sort the "
                                    "times first.",
                                    "这是未排序列表中第 {rank} 个位置的值：请先把时间排序。"),
    "standards.bank.pct.floor": ("Rank off by one: nearest rank rounds p·n up, to rank {rank}.",
                                 "秩差了一位：最近秩法把 p·n 向上取整，应取第 {rank} 位。"),
    "standards.bank.fcr.swapped": ("The two values are swapped: FCR first, then the on-time rate.",
                                   "两个值的顺序反了：先给首次解决率，再给准时率。"),
    "standards.bank.fcr.denominator": (
        "Wrong denominator: both KQIs are shares of the resolved tickets; tickets still open "
        "are neither on time nor late yet.",
        "分母不对：两个指标的分母都是已解决的工单；仍未解决的工单还谈不上准时或超时。"),
    "standards.bank.channel.unknown": ("“{value}” is not a channel; the channels are {channels}.",
                                       "“{value}”不是渠道名称；渠道有：{channels}。"),
    "standards.bank.channel.highest": ("That channel meets the 4-hour target best, not worst.",
                                       "这个渠道对 4 小时目标的达成率最高，而不是最低。"),
    "standards.bank.channel.resolution": (
        "That is the lowest share resolved within 4 hours. The SLA is about the first "
        "response.",
        "这是 4 小时内解决比例最低的渠道。本题的 SLA 针对的是首次响应。"),
    "standards.bank.channel.not_lowest": ("{channel} meets the target for {share} of its tickets; another "
                                          "channel does worse.",
                                          "{channel} 有 {share} 的工单达到目标；还有渠道更差。"),
    "standards.bank.top2.swapped": ("The two values are swapped: reopened first, then not reopened.",
                                    "两个值的顺序反了：先给重开的工单，再给未重开的工单。"),
    "standards.bank.top2.mean": ("That is the mean score. Top-2-box is the share of answers that are 4 "
                                 "or 5.",
                                 "这是平均分。前两格比例是 4 分或 5 分答案所占的比例。"),
    "standards.bank.top2.unanswered": (
        "Tickets without a survey answer are in your denominator: count answered surveys "
        "only.",
        "你的分母包含了没有问卷答案的工单：只统计已作答的问卷。"),
    "standards.bank.top2.top1": ("That is the share of 5s only (top box). Top-2-box counts 4 and 5.",
                                 "这只是 5 分的比例（最高一格）。前两格比例包括 4 分和 5 分。"),
    "standards.bank.week.type": ("Give the week's Monday as a date or as text such as '2026-01-05', "
                                 "not {got}.",
                                 "请以日期或文本（例如 '2026-01-05'）给出该周的周一，而不是 {got}。"),
    "standards.bank.week.parse": ("Cannot read “{value}” as a date; write it as '2026-01-05'.",
                                  "无法把“{value}”识别为日期；请写成 '2026-01-05' 的形式。"),
    "standards.bank.week.pooled": (
        "That is the first signal when p̄ comes from all weeks. The drift itself raises that "
        "centre line; the task takes p̄ from the weeks before April only.",
        "这是用全部周计算 p̄ 时的第一个信号。漂移本身抬高了这条中心线；本题只用 4 月之前的周"
        "计算 p̄。"),
    "standards.bank.week.range": ("The data cover the weeks from {first} to {last}.",
                                  "数据覆盖的周为 {first} 至 {last}。"),
    "standards.bank.week.baseline": ("That week belongs to the baseline (before {end}) that sets the "
                                     "centre line; look at the weeks after it.",
                                     "那一周属于用来确定中心线的基准期（{end} 之前）；请看基准期之后的周。"),
    "standards.bank.week.inside": ("In the week of {week} the late share is {p}, below its UCL of {ucl}: "
                                   "no signal yet.",
                                   "{week} 这一周的超时比例为 {p}，低于其上控制限 {ucl}：尚无信号。"),
    "standards.bank.week.later": ("There is an earlier week above its UCL.",
                                  "更早就有一周高于其上控制限。"),
    "standards.bank.xmr.keys": ("Give a dict with the keys {keys}.", "请给出键为 {keys} 的字典。"),
    "standards.bank.xmr.type": ("Expected a dict with the four limits, got {got}.",
                                "应为包含四个控制限的字典，实际为 {got}。"),
    "standards.bank.xmr.sd": ("Those limits use the standard deviation. XmR limits use the mean moving "
                              "range: x̄ ± 2.66·MR̄.",
                              "这些控制限用了标准差。XmR 图的控制限用平均移动极差：x̄ ± 2.66·MR̄。"),
    "standards.bank.xmr.three": ("3·MR̄ is too wide: MR̄ must first be turned into a sigma (MR̄/1.128), "
                                 "so the factor is 3/1.128 = 2.66.",
                                 "3·MR̄ 太宽了：MR̄ 要先换算成 σ（MR̄/1.128），所以系数是 3/1.128 = 2.66。"),
    "standards.bank.xmr.mr_e2": ("The moving-range limit is 3.268·MR̄ (D4), not 2.66·MR̄.",
                                 "移动极差的上限是 3.268·MR̄（D4），不是 2.66·MR̄。"),
    "standards.bank.index.unweighted": ("That is the number of failures. Multiply each count by its "
                                        "weight first.",
                                        "这是失误的总次数。请先把每类次数乘以各自的权重。"),
    "standards.bank.index.weights": ("That is the sum of the weights. Multiply each weight by its count.",
                                     "这是权重之和。请把每个权重乘以对应的次数。"),
    "standards.bank.std.empty": ("Write the standard as one sentence.", "请用一句话写出这条标准。"),
    "standards.bank.std.soft": (
        "The checker reads this as a soft standard: it finds no number to reach. Give a "
        "target with its unit, such as 80% within 4 hours.",
        "检查器把它判断为软标准：没有找到要达到的数值。请给出带单位的目标，例如 80% 在 4 小时内。"),
    "standards.bank.std.missing": ("A hard standard, but these elements are missing: {missing}.",
                                   "这是一条硬标准，但缺少以下要素：{missing}。"),
    "standards.bank.std.no_time": ("No time target found: write a number with a time unit, such as "
                                   "“within 4 hours” or “30 minutes”.",
                                   "没有找到时间目标：请写出带时间单位的数字，例如“4 小时内”或“30 分钟”。"),
    "standards.bank.std.share_range": ("{share} is not a share of tickets a standard can promise.",
                                       "{share} 不是标准能够承诺的工单比例。"),
    "standards.bank.std.share_low": ("{share} is below what the task asks for: promise at least {min} of "
                                     "the tickets.",
                                     "{share} 低于题目要求：至少要承诺 {min} 的工单。"),
    "standards.bank.std.too_few": ("Only {n} service-desk tickets match ({scope}): too few to check the "
                                   "standard. Apply it to more tickets.",
                                   "只有 {n} 张服务台工单符合（{scope}）：太少，无法检验这条标准。"
                                   "请让它适用于更多工单。"),
    "standards.bank.std.not_met": (
        "Not realistic yet: the service desk meets {target} for {met} of the tickets "
        "({scope}), less than the {share} promised. A time it meets for {share} today: "
        "{needed}.",
        "还不现实：服务台只有 {met} 的工单（{scope}）达到 {target}，低于承诺的 {share}。"
        "目前 {share} 的工单能够达到的时间为 {needed}。"),
    "standards.bank.unit.hours": ("{x} h", "{x} 小时"),
    "standards.bank.unit.minutes": ("{x} min", "{x} 分钟"),
    "standards.bank.std.measure_response": ("first response", "首次响应"),
    "standards.bank.std.measure_resolution": ("resolution", "解决"),
    # --- Service process and standards (issue 7) --------------------------------------
    "standards.err.numbers": ("{what}: not a list of numbers ({error})",
                              "{what}：不是一组数字（{error}）"),
    "standards.err.p": ("percentile p must be in (0, 100], got {p}",
                        "百分位 p 应在 (0, 100] 之间，实际为 {p}"),
    "standards.err.empty": ("no values to measure", "没有可计算的数值"),
    "standards.err.number": (
        "{source}, row {row}, column '{column}': {value} is not a number",
        "{source}，第 {row} 行，列「{column}」：{value} 不是数字",
    ),
    "standards.err.order": (
        "{source}, row {row}: '{later}' ({value}) is before '{earlier}' ({first})",
        "{source}，第 {row} 行：「{later}」（{value}）早于「{earlier}」（{first}）",
    ),
    "standards.err.lengths": (
        "defectives and sample sizes must be two non-empty lists of the same length "
        "(got {a} and {b})",
        "不合格数与样本量应为等长的非空列表（实际为 {a} 与 {b}）",
    ),
    "standards.err.pchart": (
        "sample {i}: need 0 ≤ defectives ≤ sample size and sample size > 0 (got {d} of {n})",
        "第 {i} 个样本：需满足 0 ≤ 不合格数 ≤ 样本量且样本量 > 0（实际为 {d} / {n}）",
    ),
    "standards.err.xmr": ("an XmR chart needs at least 2 values, got {n}",
                          "XmR 图至少需要 2 个数值，实际为 {n} 个"),
    "standards.err.nan": ("value {i} is missing; an XmR chart needs every point",
                          "第 {i} 个数值缺失；XmR 图需要完整的数据"),
    "standards.err.baseline": ("baseline must be between 2 and {n} points, got {k}",
                               "基线点数应在 2 到 {n} 之间，实际为 {k}"),
    "standards.err.weights": ("no weight for {unknown}; weights are given for {known}",
                              "{unknown} 没有权重；已给出权重的类型为 {known}"),
    "standards.err.text": ("write the standard as a sentence (a non-empty text)",
                           "请用一句话写出服务标准（非空文本）"),
    "standards.el.quantity": ("Measurable quantity", "可测量的指标"),
    "standards.el.target": ("Target", "目标值"),
    "standards.el.unit": ("Unit", "单位"),
    "standards.el.time_frame": ("Time frame", "时间范围"),
    "standards.el.who": ("Who it applies to", "适用对象"),
    "standards.look.quantity": (
        "a verb or measure that can be counted or timed: answer, resolve, wait, rate, score…",
        "可计数或计时的动作或指标：响应、解决、等待、比例、评分……",
    ),
    "standards.look.target": ("a number to reach: 20, 90%, 2…", "要达到的数值：20、90%、2……"),
    "standards.review.soft": ("words of a soft standard: {words}", "软标准用语：{words}"),
    "standards.look.unit": ("a unit right after the number: seconds, hours, days, %, rings…",
                            "紧跟数字的单位：秒、小时、天、%、声……"),
    "standards.look.time_frame": ("when or how often it is measured: within, each, per month, daily…",
                                  "何时或多久统计一次：以内、每天、每月……"),
    "standards.look.who": ("the people or unit it binds: agents, tellers, the service desk, we…",
                           "约束的人员或部门：客服、柜员、服务台、我们……"),
    "standards.kind.hard": ("hard (can be counted, timed or audited)", "硬标准（可计数、计时或审核）"),
    "standards.kind.soft": ("soft (documented by customers' perceptions)",
                            "软标准（通过顾客感知来衡量）"),
    "standards.review.head": ("{score} of 5 elements found; the standard reads as {kind}",
                              "找到 5 个要素中的 {score} 个；这是一条{kind}"),
    "standards.review.none": ("not found", "未找到"),
    "standards.review.aid": (
        "This check looks for words and numbers, not meaning: use it as a prompt, and "
        "judge the standard yourself.",
        "本检查只识别词语和数字，并不理解含义：请把它当作提示，最终由你自己判断。",
    ),
    "standards.advice.quantity": ("Say what is measured (e.g. time to first response).",
                                  "写明测量什么（例如首次响应时间）。"),
    "standards.advice.target": ("Give a number to reach (e.g. 90% within 4 hours).",
                                "给出要达到的数值（例如 4 小时内达到 90%）。"),
    "standards.advice.unit": ("Give the unit of the number (seconds, hours, %…).",
                              "写明数字的单位（秒、小时、%……）。"),
    "standards.advice.time_frame": ("Say over which period it is measured (per month, each week…).",
                                    "写明统计周期（每月、每周……）。"),
    "standards.advice.who": ("Say who must meet it (agents, tellers, the service desk…).",
                             "写明由谁负责达成（客服、柜员、服务台……）。"),
    "standards.axis.p": ("Share nonconforming", "不合格比例"),
    "standards.axis.x": ("Value", "数值"),
    "standards.axis.mr": ("Moving range", "移动极差"),
    "standards.axis.sample": ("Sample", "样本"),
    "standards.label.center": ("centre line", "中心线"),
    "standards.label.limits": ("control limits", "控制限"),
    "standards.label.signal": ("signal", "信号"),
    "standards.title.p": ("p-chart", "p 控制图"),
    "standards.title.xmr": ("XmR chart (individuals and moving range)", "XmR 控制图（单值与移动极差）"),
}
