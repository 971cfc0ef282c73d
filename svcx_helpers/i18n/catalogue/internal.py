"""Messages of internal customers (internal.py, plots/internal.py, questions/customers.py).

key -> (English, Simplified Chinese); the i18n docstring explains the keys.

>>> MESSAGES["internal.bank.rel.type"][0]
'Expected a list of (kind, customer) pairs, got {got}.'
"""
# ruff: noqa: E501  (one message a line reads better than a wrapped one)

MESSAGES: dict[str, tuple[str, str]] = {
    # --- Internal-customers exercise (questions/customers.py, issue 8) -----------------
    "internal.bank.rel.keys": ("Give a list of {n} pairs, or a dict with the case numbers 1 to {n} as "
                               "keys.", "请给出 {n} 个配对组成的列表，或以案例编号 1 到 {n} 为键的字典。"),
    "internal.bank.rel.type": ("Expected a list of (kind, customer) pairs, got {got}.",
                               "应为 (类型, 客户) 配对组成的列表，实际为 {got}。"),
    "internal.bank.rel.row": ("Case {row}: expected a pair (kind, customer), got {got}.",
                              "案例 {row}：应为 (类型, 客户) 配对，实际为 {got}。"),
    "internal.bank.rel.kind_unknown": ("Case {row}: the kind must be 'internal' or 'external', not "
                                       "'{value}'.",
                                       "案例 {row}：类型应为 'internal'（内部）或 'external'（外部），"
                                       "而不是 '{value}'。"),
    "internal.bank.rel.party": ("Case {row}: '{value}' is not one of the two parties of the case "
                                "({parties}).", "案例 {row}：'{value}' 不是该案例的两方之一（{parties}）。"),
    "internal.bank.rel.blank": ("Case {row} has no answer yet: choose the customer and its kind.",
                                "案例 {row} 还没有作答：请选择客户及其类型。"),
    "internal.bank.rel.wrong": ("{n} of {total} cases are not right. {detail}",
                                "{total} 个案例中有 {n} 个不对。{detail}"),
    "internal.bank.rel.swapped": ("In case {row} you named the supplier: the customer is the party that "
                                  "receives the work, not the one that does it.",
                                  "案例 {row} 中你写的是供应方：客户是接收这项工作的一方，而不是完成"
                                  "工作的一方。"),
    "internal.bank.rel.internal": ("Case {row}: both parties work for the same company, so the customer "
                                   "is internal.", "案例 {row}：双方都在同一家公司工作，所以是内部客户。"),
    "internal.bank.rel.external": ("Case {row}: the customer is outside the company, so it is an "
                                   "external customer.",
                                   "案例 {row}：客户在公司之外，所以是外部客户。"),
    "internal.bank.size.swapped": ("The two numbers are swapped: departments first, then links.",
                                   "两个数的顺序反了：先给部门数，再给连线数。"),
    "internal.bank.size.suppliers_only": ("That counts only the departments that supply something. "
                                          "Departments that only ask are on the map too.",
                                          "这只统计了提供服务的部门。只提出请求的部门也在关系图上。"),
    "internal.bank.size.undirected": ("Links have a direction: A asking B and B asking A are two links.",
                                      "连线是有方向的：A 向 B 提请求与 B 向 A 提请求是两条连线。"),
    "internal.bank.size.possible": ("That is the number of possible links. Count only the pairs with at "
                                    "least one request.", "这是可能的连线数。只统计至少有一次请求的组合。"),
    "internal.bank.size.requests": ("That is the number of requests. A link is a (requester, supplier) "
                                    "pair, however many requests it carries.",
                                    "这是请求的数量。连线是 (请求方, 供应方) 组合，不论它有多少次请求。"),
    "internal.bank.size.filtered": ("That counts only the links with at least {min} requests; the map "
                                    "has all of them.",
                                    "这只统计了请求数不少于 {min} 的连线；关系图包含所有连线。"),
    "internal.bank.most.type": ("Expected the name of a department or a list of names, got {got}.",
                                "应为部门名称或名称列表，实际为 {got}。"),
    "internal.bank.most.empty": ("The list is empty: name at least one department.",
                                 "列表是空的：请至少写出一个部门。"),
    "internal.bank.most.unknown": ("'{value}' is not a department of the log ({names}).",
                                   "'{value}' 不是日志中的部门（{names}）。"),
    "internal.bank.most.requester": ("{dept} supplies nothing in the log: it asks other departments, "
                                     "so it is on the customer side. Count the departments each "
                                     "supplier serves.",
                                     "{dept} 在日志中没有提供任何服务：它向其他部门提请求，属于客户一方。"
                                     "请统计每个供应方服务的部门数。"),
    "internal.bank.most.extra": ("{dept} serves {n} departments, fewer than the busiest suppliers.",
                                 "{dept} 服务 {n} 个部门，少于服务最多的供应方。"),
    "internal.bank.most.one": ("{dept} is right, but another department serves just as many internal "
                               "customers.", "{dept} 是对的，但还有一个部门服务的内部客户同样多。"),
    "internal.bank.kqi.swapped": ("The two values are swapped: the on-time rate first, then the median "
                                  "turnaround.", "两个值的顺序反了：先给准时率，再给周转时间中位数。"),
    "internal.bank.kqi.open": ("Requests that are still open have no turnaround yet: the on-time rate "
                               "counts resolved requests only.",
                               "仍未解决的请求还没有周转时间：准时率只统计已解决的请求。"),
    "internal.bank.kqi.department": ("That is {supplier} as a whole. The link is {requester} → "
                                     "{supplier} only.",
                                     "这是 {supplier} 的整体数值。这条连线只包括 {requester} → {supplier}。"),
    "internal.bank.kqi.days": ("Give the turnaround in hours, not in days.",
                               "周转时间请以小时为单位，而不是天。"),
    "internal.bank.kqi.mean": ("That is the mean turnaround; the task asks for the median, which a few "
                               "very long requests do not pull up.",
                               "这是周转时间的平均值；题目要求的是中位数，它不会被少数特别长的请求拉高。"),
    "internal.bank.kqi.wrong": ("Not right yet: {which}. Is it the weakest link by satisfaction?",
                                "还不对：{which}。这是按满意度排出的最薄弱环节吗？"),
    "internal.bank.weak.keys": ("Give a dict with the keys 'satisfaction' and 'on_time'.",
                                "请给出键为 'satisfaction' 和 'on_time' 的字典。"),
    "internal.bank.weak.outer": ("Expected a dict {{'satisfaction': [...], 'on_time': [...]}}, got "
                                 "{got}.", "应为字典 {{'satisfaction': [...], 'on_time': [...]}}，"
                                 "实际为 {got}。"),
    "internal.bank.weak.type": ("'{which}': expected a list of links, got {got}.",
                                "'{which}'：应为连线组成的列表，实际为 {got}。"),
    "internal.bank.weak.len": ("'{which}': give the {n} weakest links, not {got}.",
                               "'{which}'：请给出最薄弱的 {n} 条连线，而不是 {got} 条。"),
    "internal.bank.weak.pair": ("'{which}': cannot read '{value}' as a link. Write a pair such as "
                                "('operations', 'it') or 'operations → it'.",
                                "'{which}'：无法把 '{value}' 识别为连线。请写成 ('operations', 'it') 或 "
                                "'operations → it' 这样的形式。"),
    "internal.bank.weak.blank": ("Choose a link in each of the {n} rows: three by satisfaction, three "
                                 "by on-time rate.",
                                 "请在全部 {n} 行中各选一条连线：按满意度三条，按准时率三条。"),
    "internal.bank.weak.swapped": ("The two lists are swapped: 'satisfaction' is the ranking by mean "
                                   "satisfaction.", "两个列表放反了：'satisfaction' 是按平均满意度的排名。"),
    "internal.bank.weak.direction": ("{link} points the wrong way: a link goes from the requester (the "
                                     "internal customer) to the supplier.",
                                     "{link} 的方向反了：连线从请求方（内部客户）指向供应方。"),
    "internal.bank.weak.unknown": ("{link} is not a link of the map: nobody asked for that.",
                                   "{link} 不是关系图中的连线：没有这样的请求。"),
    "internal.bank.weak.small": ("{link} has only {n} requests. Leave out links with fewer than {min}: "
                                 "on so few requests chance decides the ranking.",
                                 "{link} 只有 {n} 个请求。请去掉请求数少于 {min} 的连线：请求这么少时，"
                                 "排名由偶然决定。"),
    "internal.bank.weak.both": ("'{which}': that is the list by='both' gives (below the median on both "
                                "measures), not the ranking asked for.",
                                "'{which}'：这是 by='both'（两项指标都低于中位数）给出的列表，"
                                "不是题目要求的排名。"),
    "internal.bank.late.swapped": ("The two values are swapped: late requests first, then on time.",
                                   "两个值的顺序反了：先给超时请求，再给准时请求。"),
    "internal.bank.late.share": ("Give mean scores on the 1–5 scale, not shares.",
                                 "请给出 1–5 分制的平均分，而不是比例。"),
    "internal.bank.late.median": ("That is a median; the task asks for the mean satisfaction.",
                                  "这是中位数；题目要求的是平均满意度。"),
    "internal.bank.late.legal": ("Include every supplier, legal too: the task compares all late and all "
                                 "on-time requests.",
                                 "请包括所有供应方，法务部也在内：题目比较的是全部超时与全部准时的请求。"),
    "internal.bank.sla.empty": ("Write your SLA as a sentence.", "请用一句话写出你的 SLA。"),
    "internal.bank.sla.soft": ("This reads as a soft standard: an SLA for a slow link needs a number to "
                               "reach, such as a share within a time.",
                               "这读起来是一条软标准：针对慢环节的 SLA 需要一个可达成的数字，例如在某个时间内"
                               "完成的比例。"),
    "internal.bank.sla.link": ("A complete standard, but for which link? Name the supplier and the "
                               "service: procurement and its purchase orders.",
                               "标准很完整，但针对哪条连线？请写明供应方和服务：采购部及其采购订单。"),
    # --- Queues (issue 8) ----------------------------------------------------------------
    "internal.err.columns": ("requests: missing column(s) {missing}; found {found}",
                             "请求日志：缺少列 {missing}；现有列为 {found}"),
    "internal.label.satisfaction": ("Satisfaction of the internal customer (1–5)",
                                    "内部客户满意度（1–5）"),
    "internal.label.on_time": ("Share resolved within target", "按时完成比例"),
    "internal.title.map": ("Internal customer–supplier map", "内部客户—供应方关系图"),
}
