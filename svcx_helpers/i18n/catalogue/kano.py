"""Messages of KANO: categories, answers, reading errors and plots (kano.py, plots/kano.py,
questions/kano.py).

key -> (English, Simplified Chinese); the i18n docstring explains the keys.

>>> MESSAGES["kano.category.A"][0]
'Attractive'
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- KANO categories -------------------------------------------------------------
    "kano.category.A": ("Attractive", "魅力型"),
    "kano.category.O": ("One-dimensional", "期望型"),
    "kano.category.M": ("Must-be", "必备型"),
    "kano.category.I": ("Indifferent", "无差异型"),
    "kano.category.R": ("Reverse", "反向型"),
    "kano.category.Q": ("Questionable", "可疑"),
    # --- KANO answers ----------------------------------------------------------------
    "kano.answer.1": ("I like it that way", "我很喜欢"),
    "kano.answer.2": ("It must be that way", "理应如此"),
    "kano.answer.3": ("I am neutral", "无所谓"),
    "kano.answer.4": ("I can live with it that way", "能够忍受"),
    "kano.answer.5": ("I dislike it that way", "我很不喜欢"),
    "kano.question.functional": (
        "If the service has “{attribute}”, how do you feel?",
        "如果服务具备“{attribute}”，您的感受是？",
    ),
    "kano.question.dysfunctional": (
        "If the service does not have “{attribute}”, how do you feel?",
        "如果服务不具备“{attribute}”，您的感受是？",
    ),
    "kano.table.corner": ("functional \\ dysfunctional", "正向 \\ 反向"),
    # --- KANO errors -----------------------------------------------------------------
    "kano.err.code": (
        "{what} answer {where}is {value!r}; answers must be codes 1–{k} ({legend})",
        "{what}答案{where}为 {value!r}；答案必须是 1–{k} 的代码（{legend}）",
    ),
    "kano.err.functional": ("functional", "正向问题"),
    "kano.err.dysfunctional": ("dysfunctional", "反向问题"),
    "kano.err.position": ("at position {pos} ", "第 {pos} 个位置"),
    "kano.err.row": ("in row {row!r} ", "（行 {row!r}）"),
    "kano.err.length": (
        "functional and dysfunctional answers differ in length ({nf} vs {nd})",
        "正向与反向答案的数量不一致（{nf} 对 {nd}）",
    ),
    "kano.err.table": (
        "evaluation table must be {k}×{k} with letters from A O M I R Q; got {got!r}",
        "评价表必须是 {k}×{k}，且只含 A O M I R Q 字母；实际为 {got!r}",
    ),
    "kano.err.counts_columns": (
        "counts must have the integer columns A O M I R Q (as returned by kano.count); "
        "missing {missing}",
        "计数表必须包含整数列 A O M I R Q（即 kano.count 的结果）；缺少 {missing}",
    ),
    "kano.err.rule": (
        "unknown rule {rule!r}; choose one of {choices}",
        "未知规则 {rule!r}；可选 {choices}",
    ),
    "kano.err.unknown_answer": (
        "unknown answer {value!r}; expected a code 1–5 or one of: {known}",
        "无法识别的答案 {value!r}；应为 1–5 的代码或以下之一：{known}",
    ),
    "kano.err.twin_missing": (
        "{file}: column {column!r} is the {kind} question of “{attribute}” but there is "
        "no matching {other} column; every attribute needs both columns",
        "{file}：列 {column!r} 是“{attribute}”的{kind}，但找不到对应的{other}列；"
        "每个属性都需要正向和反向两列",
    ),
    "kano.err.no_pairs": (
        "{file}: found no functional/dysfunctional column pairs. Mark the headers, e.g. "
        "'Fast response [functional]' and 'Fast response [dysfunctional]' "
        "(or 【正向】/【反向】), or pass pairs={{attribute: (functional_col, "
        "dysfunctional_col)}}",
        "{file}：没有找到正向/反向问题列。请在表头中标注，例如“响应快【正向】”和“响应快【反向】”，"
        "或传入 pairs={{属性: (正向列, 反向列)}}",
    ),
    "kano.warn.dropped": (
        "{file}: {n} answer pair(s) with a blank answer were left out (see .attrs['dropped'])",
        "{file}：有 {n} 对答案因空白被略去（详见 .attrs['dropped']）",
    ),
    # --- plots -----------------------------------------------------------------------
    "kano.plot.better": ("Better (satisfaction coefficient)", "Better（满意系数）"),
    "kano.plot.worse": ("|Worse| (dissatisfaction coefficient)", "|Worse|（不满意系数）"),
    "kano.plot.better_worse.title": ("Better–Worse diagram", "Better–Worse 象限图"),
    "kano.plot.share": ("Share of answers", "回答占比"),
    "kano.plot.categories.title": ("KANO categories per attribute", "各属性的 KANO 类别分布"),
    "kano.plot.continuous.title": ("Continuous KANO analysis (DuMouchel scores)",
                                   "KANO 连续分析（DuMouchel 计分）"),
    "kano.plot.functional_mean": ("Functional mean score", "正向问题平均分"),
    "kano.plot.dysfunctional_mean": ("Dysfunctional mean score", "反向问题平均分"),
    # --- widgets ---------------------------------------------------------------------
    "kano.why.A": (
        "Having it pleases the respondent, and missing it is acceptable: a delighter.",
        "具备时令人高兴，缺少时也能接受：这是惊喜。",
    ),
    "kano.why.O": (
        "Having it pleases and missing it displeases: satisfaction follows performance.",
        "具备时高兴，缺少时不满：满意度随表现而变化。",
    ),
    "kano.why.M": (
        "Having it is taken for granted, but missing it is disliked: a basic requirement.",
        "具备被视为理所当然，缺少则令人不满：这是基本要求。",
    ),
    "kano.why.I": (
        "Neither answer expresses a strong feeling: the respondent does not care.",
        "两个答案都没有强烈感受：受访者并不在意。",
    ),
    "kano.why.R": (
        "The respondent is happier without it than with it: the feature is unwanted.",
        "没有它比有它更让受访者满意：这个特性不受欢迎。",
    ),
    "kano.why.Q": (
        "Liking (or disliking) both presence and absence is contradictory: "
        "check the question was understood.",
        "有和没有都喜欢（或都不喜欢）是自相矛盾的：请检查题目是否被理解。",
    ),
}
