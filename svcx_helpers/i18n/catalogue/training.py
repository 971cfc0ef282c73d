"""Messages of training evaluation (training.py, plots/training.py, questions/training.py).

key -> (English, Simplified Chinese); the i18n docstring explains the keys.

>>> MESSAGES["training.err.threshold"][0]
'the adoption threshold must be above 0 and at most 1, got {value!r}'
"""
# ruff: noqa: E501  (one message a line reads better than a wrapped one)

MESSAGES: dict[str, tuple[str, str]] = {
    # --- errors of training.py (issue 18) --------------------------------------------
    "training.err.columns": ("missing column(s) {missing}; the table has the columns {found}",
                             "缺少列 {missing}；表中现有的列为 {found}"),
    "training.err.number": ("column {column!r}, row {row}: {value!r} is not a number",
                            "列 {column!r} 第 {row} 行：{value!r} 不是数字"),
    "training.err.score": ("column {column!r}, row {row}: the score {value!r} is outside 0–{max_score}",
                           "列 {column!r} 第 {row} 行：分数 {value!r} 不在 0–{max_score} 之间"),
    "training.err.range": ("every score must lie between 0 and the maximum score {max_score}",
                           "所有分数都必须在 0 到满分 {max_score} 之间"),
    "training.err.lengths": ("pre and post must have the same length, got {pre} and {post} values",
                             "前测与后测的个数必须相同，实际分别为 {pre} 个和 {post} 个"),
    "training.err.pairs": ("a gain needs at least two trainees with both scores, got {n}",
                           "计算提升至少需要两名前后测成绩齐全的学员，实际只有 {n} 名"),
    "training.err.confidence": ("the confidence level must lie between 0 and 1, got {value!r}",
                                "置信水平必须在 0 到 1 之间，实际为 {value!r}"),
    "training.err.threshold": ("the adoption threshold must be above 0 and at most 1, got {value!r}",
                               "采用门槛必须大于 0 且不超过 1，实际为 {value!r}"),
    "training.err.no_items": ("no 0/1 behaviour columns found; the table has the columns {found}",
                              "没有找到取值为 0/1 的行为列；表中现有的列为 {found}"),
    "training.err.binary": ("column {column!r}, row {row}: {value!r} is not 0 or 1",
                            "列 {column!r} 第 {row} 行：{value!r} 不是 0 或 1"),
    "training.err.groups": ("column {column!r} must hold the trained value {treated!r} and one other value, found {found}",
                            "列 {column!r} 应恰好包含受训取值 {treated!r} 和另一个取值，实际为 {found}"),
    "training.err.periods": ("column {column!r}: unknown period(s) {unknown}; use {pre!r} and {post!r} (drop other rows first)",
                             "列 {column!r}：未知的时期 {unknown}；请使用 {pre!r} 和 {post!r}（先删去其他行）"),
    "training.err.unit_group": ("unit {unit!r} appears in both groups of column {column!r}",
                                "单位 {unit!r} 在列 {column!r} 的两个组中都出现了"),
    "training.err.unit_period": ("unit {unit!r} has no value before ({pre!r}) or after ({post!r}) the course",
                                 "单位 {unit!r} 缺少培训前（{pre!r}）或培训后（{post!r}）的数值"),
    "training.err.units": ("each group of {column!r} needs at least two units for an interval, one has {n}",
                           "要计算区间，{column!r} 的每个组至少需要两个单位，其中一组只有 {n} 个"),
    "training.err.n_boot": ("use at least 100 bootstrap draws, got {value!r}",
                            "自助法抽样次数至少为 100，实际为 {value!r}"),
    "training.err.no_pre": ("no rows with {column!r} == {pre!r}: nothing before the course",
                            "没有 {column!r} == {pre!r} 的行：缺少培训前的数据"),
    "training.err.steps": ("a trend needs at least two points in time before the course, got {n}",
                           "计算趋势至少需要培训前的两个时间点，实际为 {n} 个"),
    # --- the exercise (questions/training.py) -------------------------------------------
    "training.bank.keys": ("Give a dict with the keys {keys} (or a list of the values in that order).",
                           "请给出键为 {keys} 的字典（或按此顺序列出各值的列表）。"),
    "training.bank.needs.unknown": ("'{value}' (for '{need}') is not one of {kinds}.",
                                    "“{value}”（对应“{need}”）不是 {kinds} 之一。"),
    "training.bank.needs.queues": (
        "Long waits because too few counters are open are not a training need: the tellers "
        "could serve faster only if there were more of them. Staffing fixes it, not a course.",
        "柜台开得太少造成的排队不是培训问题：柜员再能干，人手不够也快不起来。要靠调整排班和人手解决，"
        "而不是靠培训。"),
    "training.bank.needs.process": (
        "Telling customers everything that is missing at once, and knowing what to settle "
        "yourself and what to escalate, are procedures the bank sets: process training.",
        "一次性告知所缺的全部材料，以及哪些事可以自己处理、哪些要上报，都是银行规定的工作程序："
        "属于流程培训。"),
    "training.bank.needs.attitude": (
        "Customers who feel brushed off point to how staff see their job and the customer: "
        "attitude training, with the service values behind it.",
        "顾客觉得被敷衍，反映的是员工如何看待自己的工作和顾客：这属于态度培训，关乎背后的服务理念。"),
    "training.bank.reaction.r_range": ("A correlation lies between −1 and 1.",
                                       "相关系数在 −1 到 1 之间。"),
    "training.bank.reaction.not_gain": (
        "That is the correlation with one test score. Correlate the reaction with the gain, "
        "post_test − pre_test.",
        "这是与某一次测试成绩的相关。应计算反应分与成绩提升（post_test − pre_test）的相关。"),
    "training.bank.gain.order": ("The lower end of the interval is above the upper end.",
                                 "区间的下限大于上限。"),
    "training.bank.gain.unpaired": (
        "That is the mean of all post-tests minus the mean of all pre-tests. Four trainees "
        "missed the post-test: compare only the trainees who sat both, each with themself.",
        "这是全部后测的平均减去全部前测的平均。有四名学员缺考后测：只比较两次都参加的学员，让每人和"
        "自己比较。"),
    "training.bank.gain.share": ("Give the gain in points of the test (0–100), not as a share.",
                                 "请以测试分数（0–100）给出提升，而不是比例。"),
    "training.bank.gain.wide": (
        "The interval is far too wide: it comes from the spread of the scores. In a paired "
        "design the spread of the gains counts.",
        "区间太宽了：它用的是分数本身的离散程度。配对设计应使用提升值的离散程度。"),
    "training.bank.hake.individual": (
        "That is the mean of each trainee's own normalised gain. Hake's ⟨g⟩ uses the class "
        "means: (mean after − mean before) / (100 − mean before).",
        "这是每位学员各自标准化提升的平均数。Hake 的 ⟨g⟩ 用的是班级平均数：（后测平均 − 前测平均）/"
        "（100 − 前测平均）。"),
    "training.bank.hake.of_pre": (
        "That is the gain relative to the score before. The normalised gain divides by the "
        "points that were still possible, 100 − mean before.",
        "这是相对于前测分数的提升。标准化提升要除以仍可能提升的分数，即 100 − 前测平均。"),
    "training.bank.hake.of_max": (
        "That is the gain as a share of the whole test. Divide by the points that were still "
        "possible, 100 − mean before.",
        "这是提升占整张试卷满分的比例。应除以仍可能提升的分数，即 100 − 前测平均。"),
    "training.bank.hake.wrong": (
        "Not yet right: ⟨g⟩ = (mean after − mean before) / (100 − mean before), over the "
        "trainees with both scores.",
        "还不对：⟨g⟩ =（后测平均 − 前测平均）/（100 − 前测平均），只计两次成绩都有的学员。"),
    "training.bank.item.unknown": ("'{value}' is not one of the behaviours: {items}.",
                                   "“{value}”不是清单上的行为之一：{items}。"),
    "training.bank.adoption.pre": (
        "That is the share before the course. Use the observations of the round 'post'.",
        "这是培训前的比例。请使用 round 为 'post' 的观察记录。"),
    "training.bank.adoption.rate": (
        "That is the share of encounters in which a behaviour was shown. Adoption counts "
        "trainees: shown in at least 3 of their 4 encounters.",
        "这是表现出行为的观察次数占比。采用率按学员计：在本人 4 次观察中至少表现出 3 次。"),
    "training.bank.adoption.once": (
        "Shown once is not adopted: a behaviour counts when the trainee shows it in at least "
        "3 of the 4 encounters, that is, as a habit.",
        "表现过一次不等于采用：学员在 4 次观察中至少 3 次表现出来，成为习惯，才算采用。"),
    "training.bank.did.points": ("Give FCR changes as shares (0.05), not percentage points (5).",
                                 "请以比例（0.05）给出首次解决率的变化，而不是百分点（5）。"),
    "training.bank.did.swapped": ("The naive change and the DiD are swapped.",
                                  "简单前后变化和双重差分的位置反了。"),
    "training.bank.did.is_naive": (
        "That is the trained branches' change from before to after, the naive effect. The "
        "DiD subtracts what happened in the untrained branches over the same months.",
        "这是已培训网点培训前后的变化，即简单前后比较的结果。双重差分还要减去同一时期未培训网点的变化。"),
    "training.bank.did.control": (
        "That is the change of the untrained branches: what happened without the course. "
        "Subtract it from the trained branches' change.",
        "这是未培训网点的变化，即没有培训时也会发生的变化。应当用已培训网点的变化减去它。"),
    "training.bank.did.sign": ("The sign is the wrong way round: trained change minus untrained change.",
                               "符号反了：应为已培训网点的变化减去未培训网点的变化。"),
    "training.bank.did.post_only": (
        "That is the gap between the groups after the course. They already differed before "
        "it: subtract the gap before from the gap after.",
        "这是培训后两组之间的差距。两组在培训前就有差距：要用培训后的差距减去培训前的差距。"),
    "training.bank.did.interval": (
        "The DiD is right, the interval is not. Resample whole branches (bootstrap over "
        "branches) or use errors clustered by branch: the months of one branch are not "
        "independent.",
        "双重差分正确，区间不对。请按网点整体重抽样（按网点自助抽样），或使用按网点聚类的标准误："
        "同一网点的各个月份并不相互独立。"),
    "training.bank.slope.points": ("Give the slopes as shares per month (0.005), not percentage points.",
                                   "请以每月的比例变化（0.005）给出斜率，而不是百分点。"),
    "training.bank.slope.year": ("Those are slopes per year. Give the change per month.",
                                 "这是每年的斜率。请给出每月的变化。"),
    "training.bank.slope.all_months": (
        "Those slopes run over all months, after the course too, so the trained branches' "
        "jump is in them. The look at parallel trends uses the months before the course.",
        "这些斜率用了全部月份，包括培训后的月份，已培训网点的跃升也被算了进去。平行趋势检验只用"
        "培训前的月份。"),
    "training.bank.slope.swapped": ("The two slopes are swapped: trained first, then untrained.",
                                    "两个斜率的位置反了：先给已培训网点，再给未培训网点。"),
    "training.bank.same": ("'can' and 'cannot' are the same sentence: say what the design rules out, then what it cannot rule out.",
                           "“能”和“不能”是同一句话：先说明这一设计排除了什么，再说明它排除不了什么。"),
    # --- plots (plots/training.py) ------------------------------------------------------
    "training.group.treated": ("trained branches", "已培训网点"),
    "training.group.control": ("not yet trained", "尚未培训网点"),
    "training.label.course": ("course", "培训"),
    "training.label.counterfactual": ("trained, had they moved like the others",
                                      "若与未培训网点同步变化"),
    "training.label.did": ("DiD {value}", "双重差分 {value}"),
    "training.label.before": ("before", "培训前"),
    "training.label.after": ("after", "培训后"),
    "training.label.mean_gain": ("mean {value}", "平均 {value}"),
    "training.axis.month": ("Month", "月份"),
    "training.axis.gain": ("Gain on the test (points)", "测试成绩提升（分）"),
    "training.axis.trainees": ("Trainees", "学员人数"),
    "training.axis.adopted": ("Trainees who adopted it (%)", "已采用该行为的学员（%）"),
    "training.title.trends": ("{outcome} by month: trained and not yet trained",
                              "按月的{outcome}：已培训与尚未培训网点"),
    "training.title.did": ("Difference-in-differences: {value} ({low} to {high})",
                           "双重差分：{value}（{low} 至 {high}）"),
    "training.title.gain": ("Level 2: gain from the test before to the test after (n = {n})",
                            "第二层：前测到后测的成绩提升（n = {n}）"),
    "training.title.adoption": ("Level 3: behaviours shown in at least {threshold} of the observed encounters",
                                "第三层：在至少 {threshold} 的观察中表现出的行为"),
}
