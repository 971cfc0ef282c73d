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
    "servicescape.axis.hall": ("Hall", "大厅"),
    "servicescape.axis.score": ("Score (0–100)", "得分（0–100）"),
    "servicescape.label.unweighted": ("Unweighted", "不加权"),
    "servicescape.label.weighted": ("Weighted", "加权"),
    "servicescape.label.critical": ("✕ critical item not met", "✕ 关键项不符合"),
    "servicescape.title.dimensions": ("Audit score by hall and dimension (weighted, 0–100)",
                                      "各大厅各维度审核得分（加权，0–100）"),
    "servicescape.title.ranks": ("Rank of each hall, unweighted and weighted",
                                 "各大厅名次：不加权与加权"),
}
