"""Messages of the cost of service (costing.py, plots/costing.py, questions/cost.py).

key -> (English, Simplified Chinese); the i18n docstring explains the keys.

>>> MESSAGES["costing.err.whole"][0]
'{name} must be a whole number, got {value!r}'
"""
# ruff: noqa: E501  (one message a line reads better than a wrapped one)

MESSAGES: dict[str, tuple[str, str]] = {
    # --- errors of costing.py (issue 19) ------------------------------------------------
    "costing.err.columns": ("missing column(s) {missing}; the table has the columns {found}",
                            "缺少列 {missing}；表中现有的列为 {found}"),
    "costing.err.number": ("{name} must be a number, got {value!r}",
                           "{name} 必须是数字，实际为 {value!r}"),
    "costing.err.range": ("{name} must lie in {open}{low}, {high}], got {value!r}",
                          "{name} 必须在 {open}{low}, {high}] 之内，实际为 {value!r}"),
    "costing.err.whole": ("{name} must be a whole number, got {value!r}",
                          "{name} 必须是整数，实际为 {value!r}"),
    "costing.err.cell": ("column {column!r}, row {row}: {value!r} is not a number from {low} to {high}",
                         "列 {column!r} 第 {row} 行：{value!r} 不是 {low} 到 {high} 之间的数"),
    "costing.err.period": ("no rows for the period {period!r}; the table has {known}",
                           "没有时期 {period!r} 的行；表中的时期为 {known}"),
    "costing.err.which_period": ("the cost table has several periods {known}: choose one with period=…",
                                 "成本表包含多个时期 {known}：请用 period=… 选择其中一个"),
    "costing.err.duplicate": ("the {what} {value!r} appears twice in the cost table",
                              "成本表中 {what} {value!r} 出现了两次"),
    "costing.err.no_resource": ("row {row} of the log (case {case!r}, activity {activity!r}) has no resource: who did the work?",
                                "日志第 {row} 行（案例 {case!r}，活动 {activity!r}）没有资源：这项工作是谁做的？"),
    "costing.err.role": ("the resource {resource!r} (row {row} of the log) belongs to the role {role!r}, which has no rate; the rates table has {known}",
                         "资源 {resource!r}（日志第 {row} 行）属于角色 {role!r}，但该角色没有费率；费率表中的角色为 {known}"),
    "costing.err.no_rates": ("give a rates table (costing.rates(…)) or a log from costing.cost_log(…)",
                             "请提供费率表（costing.rates(…)），或由 costing.cost_log(…) 得到的日志"),
    "costing.err.more_than": ("column {column!r}, row {row}: {value!r} is more than the number it is a part of",
                              "列 {column!r} 第 {row} 行：{value!r} 比它所属的总数还大"),
}
