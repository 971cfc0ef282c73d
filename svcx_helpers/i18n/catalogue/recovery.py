"""Messages of complaint handling and recovery (recovery.py, questions/recovery.py).

key -> (English, Simplified Chinese); the i18n docstring explains the keys.

>>> MESSAGES["recovery.bank.keys"][0]
'Give a dict with the keys {keys} (or a list in that order).'
"""
# ruff: noqa: E501  (one message a line reads better than a wrapped one)

MESSAGES: dict[str, tuple[str, str]] = {
    # --- Complaint-handling and recovery exercise (questions/recovery.py, issue 8) ------
    "recovery.bank.keys": ("Give a dict with the keys {keys} (or a list in that order).",
                           "请给出键为 {keys} 的字典（或按此顺序的列表）。"),
    "recovery.bank.steps.unknown": ("'{value}' is not one of the six steps: {steps}.",
                                    "“{value}”不是六个步骤之一：{steps}。"),
    "recovery.bank.steps.twice": ("The step '{step}' appears twice: use each of the six steps once.",
                                  "步骤“{step}”出现了两次：六个步骤各用一次。"),
    "recovery.bank.steps.solve_first": (
        "A solution offered before the customer has been heard and has had an apology "
        "sounds like getting rid of them: listen first, and solve later.",
        "在顾客还没被倾听、也没听到道歉之前就给出解决方案，会让顾客觉得你只想打发他：先倾听，"
        "后解决。"),
    "recovery.bank.steps.apology_first": (
        "An apology before you have listened can only be general. Let the customer tell "
        "the story first, then apologise for what happened to them.",
        "还没倾听就道歉，只能说些笼统的话。先让顾客把事情讲完，再为他遇到的具体问题道歉。"),
    "recovery.bank.steps.explain_first": (
        "An explanation before the apology sounds like an excuse: apologise first, then "
        "explain briefly what went wrong.",
        "先解释后道歉，听起来像是在找借口：先道歉，再简要说明出了什么问题。"),
    "recovery.bank.steps.follow_up": (
        "Following up means checking afterwards that the solution worked: it is the last "
        "step.",
        "跟进是事后确认解决方案是否奏效：它是最后一步。"),
    "recovery.bank.pareto.categories_type": (
        "The categories should be a list of names (or how many of the largest categories "
        "they are), got {got}.",
        "类别应为名称组成的列表（或写明是最大的几个类别），实际为 {got}。"),
    "recovery.bank.pareto.count_range": (
        "{got} is not a number of categories: give a whole number from 1 to {n}, counted "
        "from the top of the table.",
        "{got} 不是类别的个数：请给出 1 到 {n} 之间的整数，从表格顶部往下数。"),
    "recovery.bank.category.unknown": ("'{value}' is not a complaint category. The categories are: "
                                       "{categories}.",
                                       "“{value}”不是投诉类别。类别有：{categories}。"),
    "recovery.bank.pareto.stopped_early": (
        "Those categories make only {share} of the complaints, below 80 %: the vital few "
        "include the category at which the cumulative share first reaches 80 %.",
        "这些类别只占投诉的 {share}，不到 80%：关键少数要包括累计占比首次达到 80% 的那个类别。"),
    "recovery.bank.pareto.by_value": (
        "Those are the vital few by compensation paid. This task counts complaints.",
        "这是按补偿金额得出的关键少数。本题要求按投诉条数统计。"),
    "recovery.bank.pareto.too_many": (
        "The cumulative share reaches 80 % earlier: stop at the first category where it "
        "does.",
        "累计占比更早就达到了 80%：在首次达到的那个类别处停止。"),
    "recovery.bank.pareto.not_cumulative": (
        "That is one category's own share. Give the cumulative share at the last vital "
        "category, the share of all vital-few categories together.",
        "这是单个类别自己的占比。请给出最后一个关键类别处的累计占比，即所有关键少数类别合计的占比。"),
    "recovery.bank.pareto.wrong": (
        "These are not the top categories by number of complaints: sort the counts from "
        "largest to smallest first.",
        "这些不是投诉条数最多的类别：先把计数从大到小排序。"),
    "recovery.bank.pareto.share_off": (
        "The categories are right, but the cumulative share is not.",
        "类别正确，但累计占比不对。"),
    "recovery.bank.hours.swapped": ("The two values are swapped: first response first, then resolution.",
                                    "两个值的顺序反了：先给首次响应，再给解决。"),
    "recovery.bank.hours.minutes": ("That looks like minutes. Give the times in hours.",
                                    "这看起来是分钟数。请以小时为单位给出。"),
    "recovery.bank.hours.from_response": (
        "That is the time from the first response to the resolution. Measure the "
        "resolution time from the moment the complaint was received.",
        "这是从首次响应到解决的时间。解决时间应从收到投诉的时刻算起。"),
    "recovery.bank.hours.mean": (
        "That is the mean. A few complaints wait very long and pull the mean up; the task "
        "asks for the median.",
        "这是平均值。少数投诉等待时间很长，把平均值拉高了；题目要求的是中位数。"),
    "recovery.bank.under.resolved_only": (
        "You left out the unresolved complaints. They have received nothing so far, so "
        "they count as under-compensated.",
        "你漏掉了未解决的投诉。它们到目前为止什么补偿也没得到，因此算作补偿不足。"),
    "recovery.bank.under.of_all": (
        "You divided by all complaints. Divide by the complaints of the same severity.",
        "你除以的是全部投诉数。应除以同一严重程度的投诉数。"),
    "recovery.bank.under.other": ("Those are the '{fit}' shares. The task asks for 'under'.",
                                  "这些是“{fit}”的比例。题目要求的是“under”（补偿不足）。"),
    "recovery.bank.paradox.satisfaction": (
        "Those look like satisfaction scores (1–5). The task asks for repurchase rates, "
        "shares between 0 and 1.",
        "这些看起来是满意度分数（1–5）。题目要求的是再次购买率，即 0 到 1 之间的比例。"),
    "recovery.bank.paradox.swapped": ("The good recovery and the baseline are swapped.",
                                      "补救良好组和基准组的数值顺序反了。"),
    "recovery.bank.paradox.fast_only": (
        "Fast alone is not a good recovery: the compensation must also match the severity "
        "(or be above it).",
        "仅仅快速还不算补救良好：补偿还必须与严重程度相匹配（或更高）。"),
    "recovery.bank.paradox.blanks": (
        "Blank repurchase cells mean 'unknown', not 'did not buy again': leave them out.",
        "再次购买一栏为空表示“未知”，而不是“没有再次购买”：应把它们排除在外。"),
    "recovery.bank.month.type": ("Give the month as text such as '2025-07', got {got}.",
                                 "请以 '2025-07' 这样的文本给出月份，实际为 {got}。"),
    "recovery.bank.month.parse": ("'{value}' is not a month; write it like '2025-07'.",
                                  "“{value}”不是月份；请写成 '2025-07' 的形式。"),
    "recovery.bank.month.range": ("The log covers {first} to {last}.",
                                  "投诉记录的范围是 {first} 至 {last}。"),
    "recovery.bank.month.fewest": ("That is the month with the fewest app-outage complaints.",
                                   "这是手机银行故障投诉最少的月份。"),
    "recovery.bank.month.other_category": (
        "That is the peak month of '{category}'. Keep only the 'app_outage' complaints.",
        "这是“{category}”投诉的高峰月份。请只保留 'app_outage' 类别的投诉。"),
    "recovery.bank.month.not_peak": ("{month} had {n} app-outage complaints; another month had more.",
                                     "{month} 有 {n} 条手机银行故障投诉；另有月份更多。"),
    "recovery.bank.cost.by_count": (
        "That category has the most complaints, not the most compensation paid: add up "
        "compensation_value per category.",
        "该类别的投诉条数最多，但补偿金额不是最多：请按类别把 compensation_value 相加。"),
    "recovery.bank.cost.mean": (
        "That category has the highest compensation per complaint, not the highest total.",
        "该类别每条投诉的平均补偿最高，但总额不是最高。"),
    "recovery.bank.cost.count_share": (
        "That is the category's share of the complaints. Give its share of the "
        "compensation paid.",
        "这是该类别占投诉条数的比例。请给出它占补偿金额的比例。"),
    "recovery.bank.cost.wrong": ("Another category costs more in compensation.",
                                 "另有类别的补偿金额更高。"),
    "recovery.bank.cost.share_off": ("The category is right, but its share of the compensation is not.",
                                     "类别正确，但它占补偿金额的比例不对。"),
    "recovery.bank.reflection.text": ("'{field}' should be a sentence (text), got {got}.",
                                      "“{field}”应为一句话（文本），实际为 {got}。"),
    "recovery.bank.reflection.category": (
        "'{category}' is not the category with the most complaints.",
        "“{category}”不是投诉条数最多的类别。"),
    "recovery.bank.reflection.short": ("'{field}' is too short: write at least {n} words (you wrote "
                                       "{got}).",
                                       "“{field}”太短：至少写 {n} 个词（你写了 {got} 个）。"),
    "recovery.bank.reflection.same": ("The root cause and the fail-safe are the same sentence: one says "
                                      "why it happens, the other what stops it.",
                                      "根本原因和防失误设计是同一句话：前者说明为什么会发生，后者说明用什么阻止它。"),
    # --- Queues (issue 8) ----------------------------------------------------------------
    "recovery.err.columns": ("missing column(s) {missing}; found {found}",
                             "缺少列 {missing}；现有列为 {found}"),
    "recovery.err.threshold": ("threshold must be a share in (0, 1], got {value}",
                               "阈值应为 (0, 1] 之间的比例，实际为 {value}"),
    "recovery.err.empty": ("nothing to count: no complaints (or all values are 0)",
                           "没有可统计的投诉（或数值全为 0）"),
    "recovery.err.level": ("unknown {name} {unknown}; known: {known}",
                           "未知的{name} {unknown}；可用值：{known}"),
    "recovery.axis.count": ("Complaints", "投诉数"),
    "recovery.axis.cumulative": ("Cumulative share (%)", "累计占比（%）"),
    "recovery.axis.repurchase": ("Repurchase within 6 months (%)", "6 个月内再次购买（%）"),
    "recovery.label.cumulative": ("cumulative share", "累计占比"),
    "recovery.title.pareto": ("Pareto: {n} of {total} categories make {share} of complaints",
                              "帕累托：{total} 类中的 {n} 类占投诉的 {share}"),
    "recovery.title.pareto_value": ("Pareto: {n} of {total} categories make {share} of the "
                                    "total {measure}",
                                    "帕累托：{total} 类中的 {n} 类占 {measure} 总额的 {share}"),
    "recovery.title.paradox": ("Service recovery paradox: repurchase by recovery",
                               "服务补救悖论：不同补救情况下的再购率"),
    "recovery.group.none": ("no complaint", "未投诉"),
    "recovery.group.good": ("good recovery", "补救良好"),
    "recovery.group.under": ("under-compensated", "补偿不足"),
    "recovery.group.slow": ("slow recovery", "补救迟缓"),
    "recovery.group.unresolved": ("unresolved", "未解决"),
}
