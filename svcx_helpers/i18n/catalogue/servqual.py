"""Messages of SERVQUAL and IPA (servqual.py, ipa.py, plots/servqual.py,
questions/servqual.py).

key -> (English, Simplified Chinese); the i18n docstring explains the keys.

>>> MESSAGES["servqual.dim.Tangibles"][0]
'Tangibles'
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- SERVQUAL and IPA (issue 5) ----------------------------------------------------
    "servqual.dim.Tangibles": ("Tangibles", "有形性"),
    "servqual.dim.Reliability": ("Reliability", "可靠性"),
    "servqual.dim.Responsiveness": ("Responsiveness", "响应性"),
    "servqual.dim.Assurance": ("Assurance", "保证性"),
    "servqual.dim.Empathy": ("Empathy", "移情性"),
    "servqual.err.beta": ("a Beta quantile needs 0 ≤ p ≤ 1 and a, b > 0; got p={p}, a={a}, b={b}",
                          "Beta 分位数要求 0 ≤ p ≤ 1 且 a、b > 0；实际为 p={p}、a={a}、b={b}"),
    "servqual.err.expectations": ("expectations", "期望"),
    "servqual.err.perceptions": ("perceptions", "感知"),
    "servqual.err.items": (
        "{what}: missing item column(s) {missing}; SERVQUAL needs all 22 items, named "
        "E1..E22 / P1..P22 or 1..22. Columns found: {have}",
        "{what}：缺少题目列 {missing}；SERVQUAL 需要全部 22 题，列名为 E1..E22 / P1..P22 "
        "或 1..22。现有的列：{have}",
    ),
    "servqual.err.value": (
        "{what} answer in row {row!r}, column {column!r} is {value!r}; answers must be whole "
        "numbers {lo}–{hi} (or blank when missing)",
        "{what}答案（行 {row!r}，列 {column!r}）为 {value!r}；答案必须是 {lo}–{hi} 的整数"
        "（缺答则留空）",
    ),
    "servqual.err.rows": (
        "expectations and perceptions must have the same respondents (rows) in the same "
        "order; got {ne} and {np} rows",
        "期望和感知必须是同一批受访者（行）且顺序相同；实际分别为 {ne} 行和 {np} 行",
    ),
    "servqual.warn.incomplete": (
        "{n} respondent(s) with a dimension that has no answered item were left out "
        "(first: {rows})",
        "有 {n} 位受访者的某个维度没有任何已答题目，已被略去（前几位：{rows}）",
    ),
    "servqual.err.weight_value": (
        "importance weight in row {row!r}, column {column!r} is {value!r}; weights must be "
        "numbers of at least 0",
        "重要性权重（行 {row!r}，列 {column!r}）为 {value!r}；权重必须是不小于 0 的数字",
    ),
    "servqual.err.weight_sum": (
        "importance allocation of respondent row {row!r} sums to {total}; the points must "
        "add up to 100 (or fractions to 1). Fix the row, or pass rescale=True to divide "
        "every row by its own sum",
        "受访者行 {row!r} 的重要性分配合计为 {total}；分数之和必须为 100（或比例之和为 1）。"
        "请更正该行，或传入 rescale=True 按各行自身的合计换算",
    ),
    "servqual.err.weight_rows": (
        "no importance weights for the respondent row(s) {rows}",
        "以下受访者行没有重要性权重：{rows}",
    ),
    "servqual.err.score": (
        "{value!r} is not an answer on the {lo}–{hi} scale (1 = strongly disagree, "
        "7 = strongly agree)",
        "{value!r} 不是 {lo}–{hi} 量表上的答案（1 = 非常不同意，7 = 非常同意）",
    ),
    "servqual.err.duplicate": (
        "{file}: columns {column!r} and {other!r} are the same item",
        "{file}：列 {column!r} 和 {other!r} 是同一道题",
    ),
    "servqual.err.no_items": (
        "{file}: found no SERVQUAL item columns. Name them E1..E22 and P1..P22 (or "
        "期望1..期望22 and 感知1..感知22)",
        "{file}：没有找到 SERVQUAL 题目列。请将列命名为 E1..E22 和 P1..P22（或 期望1..期望22 "
        "和 感知1..感知22）",
    ),
    "servqual.err.twin": (
        "{file}: column {column!r} has no matching {item} column; every item needs an "
        "expectation and a perception column",
        "{file}：列 {column!r} 找不到对应的 {item} 列；每道题都需要期望列和感知列",
    ),
    "servqual.err.importance_columns": (
        "{file}: importance columns are missing for {missing}; give all five dimensions "
        "or none",
        "{file}：缺少 {missing} 的重要性列；五个维度要么都给，要么都不给",
    ),
    "servqual.err.duplicate_id": (
        "{file}, row {row}: respondent {value!r} appears twice",
        "{file}，第 {row} 行：受访者 {value!r} 重复出现",
    ),
    "servqual.err.radar": (
        "plot_radar needs the answer batteries or values=",
        "plot_radar 需要答案数据或 values= 参数",
    ),
    "servqual.ipa.concentrate_here": ("Concentrate here", "重点改进"),
    "servqual.ipa.keep_up": ("Keep up the good work", "继续保持"),
    "servqual.ipa.low_priority": ("Low priority", "低优先级"),
    "servqual.ipa.possible_overkill": ("Possible overkill", "可能过度投入"),
    "servqual.ipa.importance": ("importance", "重要性"),
    "servqual.ipa.performance": ("performance", "绩效"),
    "servqual.ipa.err.value": (
        "{what} of {label!r} is {value!r}, not a number",
        "{label!r} 的{what}为 {value!r}，不是数字",
    ),
    "servqual.ipa.err.keys": (
        "importance and performance must cover the same attributes; only in one of them: "
        "{keys}",
        "重要性和绩效必须对应同一组属性；只出现在其中一方的有：{keys}",
    ),
    "servqual.ipa.err.scale": (
        "crosshair='scale_mid' needs the answer scale, e.g. scale=(1, 5)",
        "crosshair='scale_mid' 需要给出量表范围，例如 scale=(1, 5)",
    ),
    "servqual.plot.gap": (
        "Mean gap P − E (bars: {level} % confidence interval)",
        "平均差距 P − E（误差线：{level}% 置信区间）",
    ),
    "servqual.plot.gaps.title": ("SERVQUAL gap per dimension", "各维度的 SERVQUAL 差距"),
    "servqual.plot.E": ("Expectation", "期望"),
    "servqual.plot.P": ("Perception", "感知"),
    "servqual.plot.score": ("Mean answer (1 = strongly disagree, 7 = strongly agree)",
                            "平均得分（1 = 非常不同意，7 = 非常同意）"),
    "servqual.plot.items.title": ("Expectation and perception per item",
                                  "各题目的期望与感知"),
    "servqual.plot.radar.title": ("The five dimensions", "五个维度"),
    "servqual.ipa.plot.performance": ("Performance (mean)", "绩效（均值）"),
    "servqual.ipa.plot.importance": ("Importance (mean)", "重要性（均值）"),
    "servqual.ipa.plot.title": ("Importance–performance analysis", "重要性–绩效分析（IPA）"),
}
