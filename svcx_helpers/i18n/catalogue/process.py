"""Messages of service processes (process.py, plots/process.py, questions/process.py).

key -> (English, Simplified Chinese); the i18n docstring explains the keys.

>>> MESSAGES["process.bank.swapped"][0]
'The two values are swapped: first {first}, then {second}.'
"""
# ruff: noqa: E501  (one message a line reads better than a wrapped one)

MESSAGES: dict[str, tuple[str, str]] = {
    # --- Service-process exercise (questions/process.py, issue 7) ---------------------
    "process.bank.pair.type": ("Give two values as a list [a, b] or a dict with the keys {keys}, not {got}.",
                               "请以列表 [a, b] 或含键 {keys} 的字典给出两个值，而不是 {got}。"),
    "process.bank.swapped": ("The two values are swapped: first {first}, then {second}.",
                             "两个值的顺序反了：先给 {first}，再给 {second}。"),
    "process.bank.activity.unknown": ("“{value}” is not an activity of the log; the activities are: "
                                      "{known}.",
                                      "“{value}”不是日志中的活动；日志中的活动有：{known}。"),
    "process.bank.clean.type": ("Give the cleaned log as a DataFrame, not {got}.",
                                "请以 DataFrame 形式给出清理后的日志，而不是 {got}。"),
    "process.bank.clean.source": ("your cleaned log", "你清理后的日志"),
    "process.bank.clean.header": ("The column '{typo}' still has its typing error; rename it to "
                                  "'{name}'.",
                                  "列名「{typo}」仍然拼错；请改为「{name}」。"),
    "process.bank.clean.invalid": ("The log cannot be read yet: {error}", "日志仍无法读取：{error}"),
    "process.bank.clean.dropped": ("You deleted the row of {case} / {activity}. Its start and end were "
                                   "only typed the wrong way round: swap them and keep the row, or the "
                                   "case loses an activity.",
                                   "你删除了 {case} / {activity} 这一行。它只是把开始和结束时间填反了："
                                   "请对调两个时间并保留这一行，否则该案例会少一个活动。"),
    "process.bank.clean.rows": ("The cleaned log has {got} rows; the original has {expected}. Fix "
                                "rows, do not delete them.",
                                "清理后的日志有 {got} 行，原日志有 {expected} 行。请改正而不是删除行。"),
    "process.bank.clean.times": ("The times of {case} / {activity} are still not right: its start and "
                                 "end were typed the wrong way round.",
                                 "{case} / {activity} 的时间仍然不对：它的开始和结束时间被填反了。"),
    "process.bank.clean.changed": ("{n} row(s) differ from the original log; change only what is wrong.",
                                   "有 {n} 行与原日志不同；只改正有错误的地方。"),
    "process.bank.time.hours": ("That looks like hours; give the times in minutes.",
                                "这看起来是以小时为单位；请用分钟表示。"),
    "process.bank.time.seconds": ("That looks like seconds; give the times in minutes.",
                                  "这看起来是以秒为单位；请用分钟表示。"),
    "process.bank.time.median": ("That is a median; the task asks for the mean over all cases.",
                                 "这是中位数；题目要求的是所有案例的平均值。"),
    "process.bank.time.touch": ("That is the mean touch time (the work); waiting time is the lead time "
                                "minus the time in which some activity runs.",
                                "这是平均作业时间（工作量）；等待时间是前置时间减去有活动进行的时间。"),
    "process.bank.time.overlap": ("Lead time − touch time counts parallel work twice; subtract the busy "
                                  "time (the time in which at least one activity runs) instead.",
                                  "前置时间 − 作业时间会把并行的工作重复计算；应减去忙碌时间（至少有一个"
                                  "活动在进行的时间）。"),
    "process.bank.share.percent": ("That looks like a percentage; give a share between 0 and 1.",
                                   "这看起来是百分数；请给出 0 到 1 之间的比例。"),
    "process.bank.flow.mean_of_ratios": ("That is the mean of the per-case ratios. Over the whole log, "
                                         "divide the total time by the total lead time (Σ / Σ), so that "
                                         "long cases count more.",
                                         "这是各案例比值的平均。对整个日志应当用总时间除以总前置时间"
                                         "（Σ / Σ），这样长的案例权重更大。"),
    "process.bank.flow.all_va": ("That counts every activity as value-adding. Use only the activities "
                                 "in VALUE_ADDING.",
                                 "这把所有活动都算作增值活动了。只使用 VALUE_ADDING 中的活动。"),
    "process.bank.variant.type": ("Give the variant as a text 'A → B → C' or a list of activity names, "
                                  "not {got}.",
                                  "请以文本 'A → B → C' 或活动名称列表的形式给出变体，而不是 {got}。"),
    "process.bank.variant.shape": ("Give a pair (variant, share), not {got}.",
                                   "请给出一对值 (变体, 占比)，而不是 {got}。"),
    "process.bank.variant.count": ("That is the number of cases; divide by all {n} cases for the share.",
                                   "这是案例数；除以全部 {n} 个案例才是占比。"),
    "process.bank.variant.rank": ("That variant is number {rank} by frequency, not the most frequent.",
                                  "这个变体按频次排第 {rank} 位，不是最常见的。"),
    "process.bank.variant.order": ("The activities are right, but not in the order in which they happen.",
                                   "活动是对的，但顺序与实际发生的顺序不一致。"),
    "process.bank.variant.unknown": ("No case follows exactly this sequence of activities.",
                                     "没有任何案例恰好经历这一活动序列。"),
    "process.bank.rework.one": ("Name one activity (or exactly the activities tied for the most "
                                "repeats).",
                                "请给出一个活动（或恰好是并列重复次数最多的那几个活动）。"),
    "process.bank.rework.instances": ("{activity} is never done twice in the same case. Count repeats "
                                      "within a case, not instances.",
                                      "{activity} 在同一案例中从未重复执行。要统计的是案例内的重复次数，"
                                      "而不是总次数。"),
    "process.bank.rework.fewer": ("{activity} is repeated {n} times; another activity is repeated more "
                                  "often.",
                                  "{activity} 重复了 {n} 次；另有活动重复得更多。"),
    "process.bank.handoffs.all": ("That is the mean over all services; keep only the {service} cases.",
                                  "这是所有业务的平均值；只保留 {service} 的案例。"),
    "process.bank.handoffs.total": ("That is the total number of hand-offs; divide by the number of "
                                    "cases.",
                                    "这是交接的总次数；请除以案例数。"),
    "process.bank.change.sign": ("Mind the sign: waiting fell, so the change is negative.",
                                 "注意符号：等待时间减少了，所以变化是负的。"),
    "process.bank.change.share": ("That is a share; give the change in percent (× 100).",
                                  "这是比例；请以百分数给出变化（× 100）。"),
    "process.bank.change.minutes": ("That is the change in minutes; give it in percent of the value "
                                    "before.",
                                    "这是以分钟计的变化；请换算为相对于之前数值的百分比。"),
    "process.bank.change.ratio": ("That is after / before; the change is after / before − 1, in percent.",
                                  "这是之后 / 之前；变化应为（之后 / 之前 − 1），以百分数表示。"),
    "process.bank.change.metric": ("That is the change of {metric}; the task asks for the mean waiting "
                                   "time.",
                                   "这是 {metric} 的变化；题目问的是平均等待时间。"),
    "process.bank.whatif.type": ("Give the redesign as a dict {{activity: settings}}, e.g. "
                                 "{{'Fill in form': {{'remove': True}}}}, not {got}.",
                                 "请把改进方案写成字典 {{活动: 设置}}，例如 "
                                 "{{'Fill in form': {{'remove': True}}}}，而不是 {got}。"),
    "process.bank.whatif.settings": ("The settings of {activity} must be a dict such as "
                                     "{{'wait_cut': 0.5}}, not {got}.",
                                     "{activity} 的设置应是字典，例如 {{'wait_cut': 0.5}}，而不是 {got}。"),
    "process.bank.whatif.unknown": ("Unknown setting(s) {names}; use {known}.",
                                    "未知的设置 {names}；可用的设置为 {known}。"),
    "process.bank.whatif.remove": ("'remove' must be True or False, not {got}.",
                                   "'remove' 应为 True 或 False，而不是 {got}。"),
    "process.bank.whatif.range": ("{name} must be a share between 0 and 1, got {value}.",
                                  "{name} 应为 0 到 1 之间的比例，实际为 {value}。"),
    "process.bank.whatif.nothing": ("The settings for {activity} change nothing.",
                                    "{activity} 的设置没有带来任何改变。"),
    "process.bank.whatif.empty": ("The redesign changes no activity: choose a change for at least "
                                  "one.",
                                  "该方案没有改变任何活动：请至少为一项活动选择一种改变。"),
    "process.bank.whatif.short": ("This redesign cuts the mean lead time by {cut} %; the target is at "
                                  "least {target} %.",
                                  "该方案使平均前置时间缩短了 {cut} %；目标是至少 {target} %。"),
    # --- Service process and standards (issue 7) --------------------------------------
    "process.err.blank": ("{source}, row {row}, column '{column}': empty",
                          "{source}，第 {row} 行，列「{column}」：为空"),
    "process.err.order": (
        "{source}, row {row}: end {end} is before start {start} (case {case}, {activity})",
        "{source}，第 {row} 行：结束时间 {end} 早于开始时间 {start}（案例 {case}，{activity}）",
    ),
    "process.err.empty": ("{source}: the event log has no rows", "{source}：事件日志没有数据"),
    "process.err.va": ("value-adding activities {unknown} do not occur in the log; "
                       "activities are {known}",
                       "增值活动 {unknown} 未出现在日志中；日志中的活动为 {known}"),
    "process.err.case": ("no case '{case}' in the log", "日志中没有案例「{case}」"),
    "process.metric.cases": ("Cases", "案例数"),
    "process.err.share": ("{name} must be a share between 0 and 1, got {value}",
                          "{name} 应为 0 到 1 之间的比例，实际为 {value}"),
    "process.label.start": ("start", "开始"),
    "process.label.end": ("end", "结束"),
    "process.label.edge": ("{n}×\n{wait}", "{n} 次\n{wait}"),
    "process.label.count": ("{n}×", "{n} 次"),
    "process.label.key": ("Arrows: number of cases, and the median wait between the two activities "
                          "when it is half a minute or more.",
                          "箭头标注：案例数；两个活动之间的等待中位数达到半分钟及以上时一并标出。"),
    "process.axis.time": ("Time", "时间"),
    "process.title.map": ("Process map: {cases} cases", "流程图：{cases} 个案例"),
    "process.title.lanes": ("Case {case} by resource", "案例 {case}（按资源分泳道）"),
}
