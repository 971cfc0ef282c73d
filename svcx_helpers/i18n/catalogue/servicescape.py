"""Messages of servicescape audits (servicescape.py, plots/servicescape.py,
questions/servicescape.py).

key -> (English, Simplified Chinese); the i18n docstring explains the keys.

>>> MESSAGES["servicescape.dimension.ambient"][1]
'氛围条件'
"""
# ruff: noqa: E501  (one message a line reads better than a wrapped one)

MESSAGES: dict[str, tuple[str, str]] = {
    # --- errors of servicescape.py (issue 19) --------------------------------------------
    "servicescape.err.frame": ("the {what} must be a table (pandas DataFrame), got {got}",
                               "{what}必须是表格（pandas DataFrame），实际为 {got}"),
    "servicescape.err.columns": ("the {what} lacks the column(s) {missing}; it has the columns {found}",
                                 "{what}缺少列 {missing}；表中现有的列为 {found}"),
    "servicescape.err.rating": ("{value!r} is not a rating; use one of {choices}",
                                "{value!r} 不是有效的评定结果；请使用 {choices} 之一"),
    "servicescape.err.rating_row": ("column 'rating', row {row}: {value!r} is not a rating; use one of {choices}",
                                    "列 'rating' 第 {row} 行：{value!r} 不是有效的评定结果；请使用 {choices} 之一"),
    "servicescape.err.partial": ("the credit for 'partly' must lie between 0 and 1, got {value!r}",
                                 "“部分符合”的得分必须在 0 到 1 之间，实际为 {value!r}"),
    "servicescape.err.weight": ("checklist, column 'weight', row {row} (item {item!r}): {value!r} is not a weight of 0 or more",
                                "检查表列 'weight' 第 {row} 行（检查项 {item!r}）：{value!r} 不是大于等于 0 的权重"),
    "servicescape.err.critical": ("checklist, column 'critical', row {row} (item {item!r}): {value!r} is not 0 or 1",
                                  "检查表列 'critical' 第 {row} 行（检查项 {item!r}）：{value!r} 不是 0 或 1"),
    "servicescape.err.item_twice": ("the checklist lists the item {item!r} twice",
                                    "检查表中检查项 {item!r} 出现了两次"),
    "servicescape.err.unknown_item": ("audit, column 'item_id', row {row}: {item!r} is not an item of the checklist",
                                      "审核记录列 'item_id' 第 {row} 行：{item!r} 不是检查表中的检查项"),
    "servicescape.err.rated_twice": ("audit, row {row}: hall {hall!r} rates the item {item!r} a second time",
                                     "审核记录第 {row} 行：大厅 {hall!r} 对检查项 {item!r} 重复评定"),
    "servicescape.err.by": ("cannot group by {value!r}; the merged audit has the columns {found}",
                            "无法按 {value!r} 分组；合并后的审核记录现有的列为 {found}"),
    "servicescape.err.persona": ("unknown visitor {value!r}; the checklist names {choices}",
                                 "未知的访客类型 {value!r}；检查表中有 {choices}"),
    "servicescape.err.hall": ("no hall {value!r} in the audit; it has {choices}",
                              "审核记录中没有大厅 {value!r}；现有 {choices}"),
    "servicescape.err.step": ("the checklist names the step {step!r}, which is not in the blueprint '{blueprint}'",
                              "检查表中的步骤 {step!r} 不在服务蓝图“{blueprint}”中"),
    # --- labels (tables and plots) --------------------------------------------------------
    "servicescape.dimension.ambient": ("Ambient conditions", "氛围条件"),
    "servicescape.dimension.space": ("Space and function", "空间布局与功能"),
    "servicescape.dimension.signs": ("Signs, symbols and artefacts", "标识、符号与陈设"),
    "servicescape.dimension.inclusive": ("Inclusive and assisted service", "包容与帮办服务"),
    "servicescape.dimension.all": ("All items", "全部检查项"),
    "servicescape.persona.wheelchair": ("Wheelchair user", "轮椅使用者"),
    "servicescape.persona.older": ("Older visitor without a smartphone", "不用智能手机的老年人"),
    "servicescape.persona.vision": ("Visitor with low vision", "视力障碍访客"),
    "servicescape.persona.hearing": ("Visitor with a hearing impairment", "听力障碍访客"),
    "servicescape.persona.child": ("Parent with a small child", "带幼儿的家长"),
    "servicescape.rating.met": ("met", "符合"),
    "servicescape.rating.partly": ("partly met", "部分符合"),
    "servicescape.rating.not_met": ("not met", "不符合"),
    "servicescape.rating.na": ("not applicable", "不适用"),
    "servicescape.axis.score": ("Score (0–100)", "得分（0–100）"),
    "servicescape.label.unweighted": ("Unweighted", "不加权"),
    "servicescape.label.weighted": ("Weighted", "加权"),
    "servicescape.label.critical": ("✕ critical item not met", "✕ 关键项不符合"),
    "servicescape.title.dimensions": ("Audit score by hall and dimension (weighted, 0–100)",
                                      "各大厅各维度审核得分（加权，0–100）"),
    "servicescape.title.ranks": ("Rank of each hall, unweighted and weighted",
                                 "各大厅名次：不加权与加权"),
    # --- the exercise (questions/servicescape.py) -------------------------------------
    "servicescape.bank.list": ("Give {what} as a list of names, such as ['C3', 'C4'], got {got}.",
                               "{what}请以名称列表给出，例如 ['C3', 'C4']，实际为 {got}。"),
    "servicescape.bank.hall.unknown": ("'{value}' is not a hall of the audit; the halls are {halls}.",
                                       "“{value}”不是审核中的大厅；大厅有 {halls}。"),
    "servicescape.bank.dimension.unknown": ("'{value}' (for '{element}') is not one of {kinds}.",
                                            "“{value}”（对应“{element}”）不是 {kinds} 之一。"),
    "servicescape.bank.dimension.artefact": (
        "An emblem and a pledge wall are symbols and artefacts: they tell visitors what the place stands for, "
        "as signage tells them where to go.",
        "国徽和服务承诺墙属于符号与陈设：它们向访客传达这里代表什么，正如导向标识告诉访客往哪里走。"),
    "servicescape.bank.dimension.equipment": (
        "Counters, machines and where they stand are space and function: the layout, furnishings and "
        "equipment, judged by how well they let visitors do what they came for.",
        "柜台、机器以及它们摆放的位置属于空间布局与功能：布局、家具和设备，看它们是否方便访客办成要办的事。"),
    "servicescape.bank.scores.share": ("Give the scores from 0 to 100 (84.7), not as shares (0.847).",
                                       "请给出 0 到 100 的得分（84.7），而不是比例（0.847）。"),
    "servicescape.bank.scores.unweighted": (
        "These are the unweighted scores: every item counts the same. Multiply each credit by the item's "
        "weight and divide by the sum of the weights.",
        "这是不加权得分：每个检查项同等重要。请把每项得分乘以该项的权重，再除以权重之和。"),
    "servicescape.bank.scores.na": (
        "A not-applicable item was counted as not met. A one-storey hall needs no lift: leave such items "
        "out of both sums instead of giving them 0.",
        "把“不适用”的检查项当成了“不符合”。单层大厅不需要电梯：这类检查项应从两个求和中都去掉，而不是记 0 分。"),
    "servicescape.bank.scores.partly": (
        "'Partly met' earns half the credit (0.5), not 0 and not 1.",
        "“部分符合”得一半分（0.5），既不是 0，也不是 1。"),
    "servicescape.bank.order.halls": ("The {which} order should list each of the {n} halls once.",
                                      "{which} 排名应当把 {n} 个大厅各列一次。"),
    "servicescape.bank.order.reversed": ("Rank from the highest score to the lowest: the best hall first.",
                                         "请按得分从高到低排名：最好的大厅排第一。"),
    "servicescape.bank.order.same": (
        "Your weighted order is the unweighted one. With the weights, a hall that meets many minor items but "
        "misses essential ones falls back.",
        "你的加权排名和不加权排名一样。加了权重之后，满足很多次要项却缺了必备项的大厅会往后退。"),
    "servicescape.bank.critical.partly": (
        "A critical item partly met earns partial credit; the rule of this audit fails a hall only when a "
        "critical item is not met.",
        "关键项“部分符合”可以得一半分；本次审核的规则是只有关键项“不符合”时大厅才不达标。"),
    "servicescape.bank.critical.unknown": ("'{value}' is not an item id of the checklist.",
                                           "“{value}”不是检查表中的检查项编号。"),
    "servicescape.bank.critical.dropped": (
        "Keep every hall in the final order: a hall with a critical failure is ranked after the others, "
        "not left out.",
        "最终排名要包括每个大厅：有关键项不达标的大厅排在其他大厅之后，而不是被去掉。"),
    "servicescape.bank.critical.no_gate": (
        "This is the order by weighted score alone. A critical failure cannot be made up by other items: "
        "move that hall behind every hall without one.",
        "这只是按加权得分排的顺序。关键项不达标不能由其他检查项弥补：请把该大厅排到所有没有关键项不达标的大厅之后。"),
    "servicescape.bank.steps.items": ("Give the step ids of the blueprint (such as 'C3'), not the item ids.",
                                      "请给出服务蓝图的步骤编号（例如 'C3'），而不是检查项编号。"),
    "servicescape.bank.steps.unknown": ("'{value}' is not a step of the hall's blueprint.",
                                        "“{value}”不是该大厅服务蓝图中的步骤。"),
    "servicescape.bank.steps.marked": (
        "The blueprint already marks {steps} as fail points; the task asks for the ones it misses.",
        "服务蓝图已经把 {steps} 标为失误点；本题要找的是它漏掉的失误点。"),
    "servicescape.bank.steps.partly": (
        "Only the items not met are here. An item partly met (a barrier gap too narrow for some wheelchairs, "
        "numbers hard to hear) is also where these visitors are likely to fail.",
        "这里只有“不符合”的检查项。“部分符合”的检查项（排队栏杆间距对有些轮椅太窄、叫号听不清）同样是这些访客容易受挫的地方。"),
    "servicescape.bank.steps.swapped": ("The two lists are swapped: first the wheelchair user, then the older visitor.",
                                        "两个列表的顺序反了：先给轮椅使用者，再给老年访客。"),
    "servicescape.bank.kiosk.unknown": ("'{value}' is not a KANO category; use one of {letters}.",
                                        "“{value}”不是 KANO 类别；请使用 {letters} 之一。"),
    "servicescape.bank.kiosk.overall": (
        "Attractive is the kiosk's category over all respondents and for the younger groups. Count the "
        "answers of the 60+ group on their own.",
        "魅力型是自助终端在全体受访者和较年轻组中的类别。请单独统计 60+ 组的回答。"),
    "servicescape.bank.kiosk.r_only": (
        "That is the share of reverse answers only. Indifferent visitors gain nothing from the kiosk "
        "either: count I and R.",
        "这只是反向型回答的比例。无差异型的访客也从自助终端得不到什么：请把 I 和 R 都算上。"),
    "servicescape.bank.kiosk.all_ages": ("That share is over all age groups; take the 60+ group only.",
                                         "这是全部年龄组的比例；请只取 60+ 组。"),
    "servicescape.bank.kiosk.without_q": (
        "Divide by all the group's answers, Q included, as the KANO chapter does.",
        "请除以该组的全部回答（包括 Q），与 KANO 一章的做法一致。"),
    "servicescape.bank.staff.all_visitors": (
        "These are all visitors of the half hour. Only the older visitors who cannot or will not use the "
        "kiosk need the desk: multiply by both shares.",
        "这是该半小时的全部访客。只有不会或不愿使用自助终端的老年访客才需要帮办台：请乘以两个比例。"),
    "servicescape.bank.staff.all_older": (
        "These are all visitors aged 60+. Those who find the kiosk attractive manage without the desk: "
        "multiply by the share of task 6 as well.",
        "这是全部 60 岁及以上的访客。觉得自助终端有吸引力的老年人不需要帮办台：还要乘以任务 6 的比例。"),
    "servicescape.bank.staff.units": (
        "Mixed units: the offered traffic needs the handling time and the interval in the same unit "
        "(600 s and 1,800 s).",
        "单位不一致：计算话务量时，处理时长和时段长度必须用同一单位（600 秒和 1,800 秒）。"),
    "servicescape.bank.staff.shrinkage": (
        "The roster needs more people than the desk at any moment: divide by 1 − shrinkage and round up.",
        "排班人数要多于任一时刻在岗的人数：除以（1 − 缩减率）后向上取整。"),
    "servicescape.bank.proposal.same": (
        "The channel and its staffing are the same sentence: one says what the desk does, the other who "
        "does it and when.",
        "渠道和人员配置是同一句话：前者说明帮办台做什么，后者说明由谁、在什么时间来做。"),
}
