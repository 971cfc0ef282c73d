"""Messages of emotional labour and frontline well-being (wellbeing.py, plots/wellbeing.py,
questions/emotions.py).

key -> (English, Simplified Chinese); the i18n docstring explains the keys.

>>> MESSAGES["wellbeing.shift.rotating"][1]
'轮班'
"""
# ruff: noqa: E501  (one message a line reads better than a wrapped one)

MESSAGES: dict[str, tuple[str, str]] = {
    # --- errors of the library (wellbeing.py) ---------------------------------------------
    "wellbeing.err.frame": ("expected a table of answers (a pandas DataFrame), got {got}",
                            "应为答卷表（pandas DataFrame），实际为 {got}"),
    "wellbeing.err.columns": ("missing item column(s) {missing}; the table has {found} …",
                              "缺少题目列 {missing}；表中的列为 {found} …"),
    "wellbeing.err.item": ("'{value}' is not an item of the scales; items: {known}",
                           "“{value}”不是量表中的题目；题目有：{known}"),
    "wellbeing.err.answer": ("column {column}, row {row}: {value} is not an answer; allowed: {allowed}, or blank",
                             "第 {row} 行 {column} 列：{value} 不是有效回答；允许的值：{allowed}，或留空"),
    "wellbeing.err.or_words": ("or the answer's words (e.g. 'often', 'to a high degree')",
                               "或回答的文字（如“经常”“程度高”）"),
    "wellbeing.err.min_answered": ("min_answered for {scale} must be a whole number from 1 to {k}, got {value}",
                                   "{scale} 的 min_answered 应为 1 到 {k} 之间的整数，实际为 {value}"),
    "wellbeing.err.subscale": ("'{value}' is not a subscale of the {kind}; subscales: {known}",
                               "“{value}”不是 {kind} 的分量表；分量表有：{known}"),
    "wellbeing.err.number": ("{name}, row {row}: {value} is not a number",
                             "{name} 第 {row} 行：{value} 不是数字"),
    "wellbeing.err.lengths": ("the two columns differ in length ({nx} and {ny})",
                              "两列长度不同（{nx} 与 {ny}）"),
    "wellbeing.err.pairs": ("a correlation needs at least 4 rows where both values are known, got {n}",
                            "计算相关至少需要 4 行两个值都已知的数据，实际为 {n} 行"),
    "wellbeing.err.constant": ("one of the two columns has no spread: the correlation is undefined",
                               "其中一列没有变异：相关系数无定义"),
    "wellbeing.err.group": ("group {value} is not in the data; groups: {known}",
                            "数据中没有组 {value}；现有的组：{known}"),
    # --- names shown in tables and plots ----------------------------------------------------
    "wellbeing.subscale.surface_acting": ("Surface acting (ELS, 1–5)", "表层扮演（ELS，1–5）"),
    "wellbeing.subscale.deep_acting": ("Deep acting (ELS, 1–5)", "深层扮演（ELS，1–5）"),
    "wellbeing.subscale.frequency": ("Frequency (ELS, 1–5)", "频率（ELS，1–5）"),
    "wellbeing.subscale.intensity": ("Intensity (ELS, 1–5)", "强度（ELS，1–5）"),
    "wellbeing.subscale.variety": ("Variety (ELS, 1–5)", "多样性（ELS，1–5）"),
    "wellbeing.subscale.duration": ("Duration (ELS, 1–5)", "持续时间（ELS，1–5）"),
    "wellbeing.subscale.personal": ("Personal burnout (CBI, 0–100)", "个人倦怠（CBI，0–100）"),
    "wellbeing.subscale.work": ("Work-related burnout (CBI, 0–100)", "工作相关倦怠（CBI，0–100）"),
    "wellbeing.subscale.client": ("Client-related burnout (CBI, 0–100)", "顾客相关倦怠（CBI，0–100）"),
    "wellbeing.subscale.customer_rating": ("Customer rating (mean, 1–5)", "顾客评价（均值，1–5）"),
    "wellbeing.shift.day": ("day shifts", "白班"),
    "wellbeing.shift.long": ("long shifts", "长班"),
    "wellbeing.shift.rotating": ("rotating shifts", "轮班"),
    "wellbeing.site.window": ("service window", "服务窗口"),
    "wellbeing.site.call_centre": ("call centre", "呼叫中心"),
    "wellbeing.title.relation": ("r = {r} (95 % CI {low} to {high}), n = {n}",
                                 "r = {r}（95% 置信区间 {low} 至 {high}），n = {n}"),
    "wellbeing.title.groups": ("By {by}: spread and mean", "按{by}：分布与均值"),
    "wellbeing.label.mean": ("mean", "均值"),
    "wellbeing.label.fit": ("least-squares line", "最小二乘拟合线"),
    "wellbeing.label.shift": ("shift pattern", "班次"),
    "wellbeing.label.site": ("site type", "场所类型"),
    # --- the exercise's feedback (questions/emotions.py) ---------------------------------------
    "wellbeing.bank.one.not_reversed": (
        "You scored the last item as answered. Enough energy for family and friends is the "
        "good pole: it is reverse scored, 100 minus its points.",
        "你按原样给最后一题计了分。业余时间有精力陪家人朋友是好的一端：这一题要反向计分，即 100 减去它的分数。"),
    "wellbeing.bank.one.blank_as_zero": (
        "You counted the blank answer as 0 points. A missing answer is left out: the score "
        "is the mean of the answered items.",
        "你把空着的题目算成了 0 分。缺答的题目应排除在外：得分是已答题目的平均分。"),
    "wellbeing.bank.one.codes": (
        "That looks like the mean of the answer codes 1–5. The CBI recodes each answer to "
        "0, 25, 50, 75 or 100 points first.",
        "这看起来是 1–5 回答代码的平均值。CBI 要先把每个回答换算成 0、25、50、75 或 100 分。"),
    "wellbeing.bank.one.non_responder": (
        "B answered only {n} of the {k} work-related items; the authors' rule needs at least "
        "{need}. B is a non-responder on this scale: give None.",
        "B 只答了工作相关倦怠 {k} 题中的 {n} 题；按作者的规则至少要答 {need} 题。B 在这个分量表上是未应答者：请给出 None。"),
    "wellbeing.bank.scores.codes": (
        "Those look like means of the answer codes (1–5). CBI scores run from 0 to 100: "
        "recode the answers to points first.",
        "这些看起来是回答代码（1–5）的平均值。CBI 得分范围是 0 到 100：请先把回答换算成分数。"),
    "wellbeing.bank.scores.no_rule": (
        "You scored every respondent who answered at least one item. The authors' rule "
        "makes a respondent with fewer than 3 (personal), 4 (work) or 3 (client) answered "
        "items a non-responder: leave them out.",
        "你给至少答了一题的所有人都计了分。按作者的规则，个人倦怠少于 3 题、工作相关倦怠少于 4 题、顾客相关倦怠少于 3 题作答的人算作未应答者：应把他们排除在外。"),
    "wellbeing.bank.scores.not_reversed": (
        "The work-related mean is off: did you reverse the item on energy for family and "
        "friends?",
        "工作相关倦怠的均值不对：你把“业余时间有精力陪家人朋友”这一题反向计分了吗？"),
    "wellbeing.bank.scores.blank_as_zero": (
        "Blank answers were counted as 0 points, which pulls the means down. Leave them out.",
        "空着的回答被算成了 0 分，把均值拉低了。应把它们排除在外。"),
    "wellbeing.bank.alpha.not_reversed": (
        "The alpha of the work-related scale is too low: the reversed item entered the "
        "way it was answered. Turn it round first (cbi_points does).",
        "工作相关倦怠分量表的 α 系数太低：反向题是按原样计入的。先把它反过来（cbi_points 会这样做）。"),
    "wellbeing.bank.alpha.range": ("Cronbach's alpha is at most 1; {value} cannot be one.",
                                   "克朗巴赫 α 系数最大为 1；{value} 不可能是 α 系数。"),
    "wellbeing.bank.corr.spearman": (
        "That is Spearman's rho. The task asks for Pearson's r of the two scores.",
        "这是斯皮尔曼等级相关系数。题目要求的是两个得分的皮尔逊相关系数 r。"),
    "wellbeing.bank.corr.other_scale": (
        "That is the correlation with the {scale} scale. The task asks for {wanted}.",
        "这是与{scale}分量表的相关。题目要求的是{wanted}。"),
    "wellbeing.bank.corr.other_acting": (
        "That correlation uses {used}. This task is about {wanted}.",
        "这个相关用的是{used}。本题讲的是{wanted}。"),
    "wellbeing.bank.corr.ratings_count": (
        "That is the correlation with the number of ratings, not with the rating itself.",
        "这是与评价条数的相关，而不是与评价分数本身的相关。"),
    "wellbeing.bank.corr.ci_order": ("The interval must contain r: ci_low ≤ r ≤ ci_high.",
                                     "区间必须包含 r：ci_low ≤ r ≤ ci_high。"),
    "wellbeing.bank.corr.ci_wrong": (
        "r is right, but the interval is not. Use Fisher's z: tanh(atanh(r) ± 1.96/√(n − 3)), "
        "with n the number of complete pairs.",
        "r 正确，但区间不对。请用费希尔 z 变换：tanh(atanh(r) ± 1.96/√(n − 3))，其中 n 为完整配对的个数。"),
    "wellbeing.bank.shift.swapped": (
        "The sign is reversed: give rotating minus day, not day minus rotating.",
        "符号反了：应给出轮班减白班，而不是白班减轮班。"),
    "wellbeing.bank.shift.across": (
        "That compares rotating shifts with the day shifts of both sites. Only the hotline "
        "rotates, and hotline staff report more burnout whatever their shift: compare "
        "within the call centre.",
        "这是把轮班与两类场所的白班相比。只有热线中心实行轮班，而热线员工无论上什么班，自评的倦怠都更高：请在呼叫中心内部比较。"),
    "wellbeing.bank.shift.long": (
        "That is the difference of the long shifts. The task asks for the rotating shifts.",
        "这是长班的差值。题目要求的是轮班。"),
    "wellbeing.bank.shift.ci_wrong": (
        "The difference is right, but the interval is not: use Welch's interval "
        "(wellbeing.compare_groups).",
        "差值正确，但区间不对：请用韦尔奇区间（wellbeing.compare_groups）。"),
    "wellbeing.bank.text.type": ("'{field}' should be text, got {got}.",
                                 "“{field}”应为文本，实际为 {got}。"),
    "wellbeing.bank.changes.count": ("Give exactly two changes, got {got}.",
                                     "请恰好给出两项改变，实际为 {got} 项。"),
    "wellbeing.bank.changes.same": ("The two changes are the same: propose two different ones.",
                                    "两项改变是一样的：请提出两项不同的改变。"),
    "wellbeing.bank.changes.roster": (
        "Neither change is about rosters or shifts. The survey points at them: make one "
        "change to the roster (shift length, rotation, breaks, rest days).",
        "两项改变都不涉及排班或班次。调查结果指向了它们：请针对排班提出一项改变（班次长度、轮换方式、休息、休息日）。"),
    "wellbeing.bank.changes.support": (
        "Neither change is about support for the staff (coaching, supervisor back-up, "
        "debriefs, peer support, display rules). Make the other change one of these.",
        "两项改变都不涉及对员工的支持（辅导、主管支援、事后复盘、同伴支持、情绪表达规则）。请把另一项改变定为其中之一。"),
    "wellbeing.bank.cannot.type": ("Give the letters of the statements as a list, such as ['a', 'c'], got {got}.",
                                   "请以列表形式给出陈述的字母，例如 ['a', 'c']，实际为 {got}。"),
    "wellbeing.bank.cannot.unknown": ("'{value}' is not one of the statements {letters}.",
                                      "“{value}”不是陈述 {letters} 之一。"),
    "wellbeing.bank.cannot.observed": (
        "Statement {letter} describes what the survey observed in this sample; a "
        "cross-sectional survey can show that.",
        "陈述 {letter} 描述的是这次调查在样本中观察到的情况；横断面调查能够说明这一点。"),
    "wellbeing.bank.cannot.missed": (
        "{n} of the statements that need a cause, a direction or a change over time are "
        "not in your list.",
        "有 {n} 条需要因果、方向或随时间变化才能成立的陈述没有列入你的答案。"),
}
