"""Messages of service culture and empowerment (empowerment.py, plots/empowerment.py, the
authority-matrix widget in widgets.py, questions/culture.py).

key -> (English, Simplified Chinese); the i18n docstring explains the keys.

>>> MESSAGES["empowerment.err.cap"][0]
'the cost cap must be a number of yuan ≥ 0 (or None for no cap), got {value!r}'
"""
# ruff: noqa: E501  (one message a line reads better than a wrapped one)

MESSAGES: dict[str, tuple[str, str]] = {
    # --- library errors (empowerment.py, issue 18) -------------------------------------
    "empowerment.err.columns": ("the complaint log lacks the column(s) {missing}; found {found}",
                                "投诉记录缺少列 {missing}；现有列为 {found}"),
    "empowerment.err.type": ("an authority matrix is a table (roles × remedies), a dict {{role: {{remedy: limit}}}} or a long table with role, remedy and limit; got {got}",
                             "授权矩阵应为表格（角色 × 补救方式）、字典 {{角色: {{补救方式: 限额}}}}，或含 role、remedy、limit 三列的长表；实际为 {got}"),
    "empowerment.err.duplicate": ("the role '{role}' has two limits for the remedy '{remedy}': give one row per role and remedy",
                                  "角色“{role}”对补救方式“{remedy}”有两个限额：每个角色和补救方式只能占一行"),
    "empowerment.err.limit": ("the limit of '{role}' for '{remedy}' must be a number of yuan ≥ 0 (0 = may not grant it), got {value!r}",
                              "“{role}”对“{remedy}”的限额必须是不小于 0 的金额（元；0 表示无权给予），实际为 {value!r}"),
    "empowerment.err.cost": ("the handling cost of '{role}' must be a number of yuan ≥ 0, got {value!r}",
                             "“{role}”的处理成本必须是不小于 0 的金额（元），实际为 {value!r}"),
    "empowerment.err.cost_uneven": ("the role '{role}' has different handling costs on its rows: {values}",
                                    "角色“{role}”的各行处理成本不一致：{values}"),
    "empowerment.err.cost_missing": ("no handling cost for the role(s) {roles}",
                                     "缺少角色 {roles} 的处理成本"),
    "empowerment.err.chain": ("the role(s) {roles} are both a first contact and a step of the escalation chain",
                              "角色 {roles} 既是首问岗位，又在逐级上报链条中"),
    "empowerment.err.role": ("the matrix names the role(s) {roles}, which neither take complaints first nor are in the escalation chain; the roles are {known}",
                             "矩阵中的角色 {roles} 既不首先受理投诉，也不在逐级上报链条中；可用的角色为 {known}"),
    "empowerment.err.remedy": ("the matrix names the remedy(ies) {remedies}, which no complaint needs; the remedies are {known}",
                               "矩阵中的补救方式 {remedies} 没有任何投诉用到；可用的补救方式为 {known}"),
    "empowerment.err.channel": ("row {row}: no first-contact role for the channel '{value}'; the channels are {known}",
                                "第 {row} 行：渠道“{value}”没有对应的首问岗位；可用的渠道为 {known}"),
    "empowerment.err.amount": ("row {row}: compensation_value must be a number of yuan ≥ 0, got {value!r}",
                               "第 {row} 行：compensation_value 必须是不小于 0 的金额（元），实际为 {value!r}"),
    "empowerment.err.cap": ("the cost cap must be a number of yuan ≥ 0 (or None for no cap), got {value!r}",
                            "风险敞口上限必须是不小于 0 的金额（元），不设上限时用 None；实际为 {value!r}"),
    "empowerment.err.step": ("step must be a number of yuan > 0 (or None), got {value!r}",
                             "step 必须是大于 0 的金额（元），或为 None；实际为 {value!r}"),
    # --- plots (plots/empowerment.py) ----------------------------------------------------
    "empowerment.level.first": ("first contact", "首次接触即解决"),
    "empowerment.level.escalated": ("escalation level {k}", "第 {k} 级上报"),
    "empowerment.level.beyond": ("beyond the matrix", "超出授权矩阵"),
    "empowerment.axis.share": ("Share of complaints (%)", "投诉占比（%）"),
    "empowerment.axis.added_cost": ("Added cost at risk (yuan per year)", "新增风险敞口（元/年）"),
    "empowerment.axis.gain": ("More complaints settled at first contact", "首次接触即解决的投诉增加数"),
    "empowerment.title.levels": ("Where complaints are settled, by channel", "各渠道投诉在哪一级得到解决"),
    "empowerment.title.changes": ("Single raises of one limit: gain against added cost at risk",
                                  "只调高一项限额：增加的解决数与新增风险敞口"),
    "empowerment.label.best": ("largest gain within the cap", "上限内增幅最大"),
    "empowerment.label.cap": ("cap: {cap} yuan", "上限：{cap} 元"),
    # names of channels, roles and remedies in plots and the widget
    "empowerment.name.phone": ("phone", "电话"),
    "empowerment.name.email": ("e-mail", "电子邮件"),
    "empowerment.name.app": ("app", "手机银行 App"),
    "empowerment.name.branch": ("branch", "网点"),
    "empowerment.name.social_media": ("social media", "社交媒体"),
    "empowerment.name.hotline_agent": ("hotline agent", "热线坐席"),
    "empowerment.name.online_agent": ("online agent", "在线客服"),
    "empowerment.name.branch_teller": ("branch teller", "网点柜员"),
    "empowerment.name.team_leader": ("team leader", "值班主管"),
    "empowerment.name.service_manager": ("service manager", "客户服务经理"),
    "empowerment.name.apology_gift": ("apology gift", "致歉礼品"),
    "empowerment.name.credit_voucher": ("credit voucher", "抵用券"),
    "empowerment.name.fee_refund": ("fee refund", "退还手续费"),
    "empowerment.name.full_refund": ("full refund", "全额退款"),
    # --- the authority-matrix widget (widgets.authority_matrix_explorer) -----------------
    "empowerment.widget.title": ("Authority matrix explorer", "授权矩阵试算器"),
    "empowerment.widget.cap": ("Cap on added cost at risk (yuan)", "新增风险敞口上限（元）"),
    "empowerment.widget.reset": ("Back to the start", "恢复初始值"),
    "empowerment.widget.result": (
        "First-contact resolution {fcr:.1%} ({n} of {total} complaints); cost at risk {risk} yuan, of which {paid} yuan were paid.",
        "首次解决率 {fcr:.1%}（{total} 件投诉中的 {n} 件）；风险敞口 {risk} 元，其中实际支付 {paid} 元。"),
    "empowerment.widget.handling": ("Handling cost {cost} yuan.", "处理成本 {cost} 元。"),
    "empowerment.widget.channel": ("Channel", "渠道"),
    "empowerment.widget.complaints": ("Complaints", "投诉数"),
    "empowerment.widget.fcr": ("First-contact resolution", "首次解决率"),
    "empowerment.widget.best": ("Best single raises within a cap of {cap} yuan:",
                                "在 {cap} 元上限内效果最好的单项调整："),
    "empowerment.widget.best_no_cap": ("Best single raises (no cap):", "效果最好的单项调整（不设上限）："),
    "empowerment.widget.none": ("No single raise within the cap gains anything.",
                                "在上限之内，任何单项调整都不能提高首次解决率。"),
    "empowerment.widget.change": ("{role} · {remedy}: {old} → {new} yuan, +{gain} complaints at first contact, +{cost} yuan at risk",
                                  "{role} · {remedy}：{old} → {new} 元，首次解决增加 {gain} 件，风险敞口增加 {cost} 元"),
    "empowerment.widget.violation": ("{role} may grant more {remedy} than the {higher} above them: an escalated complaint could be refused.",
                                     "{role}可给予的{remedy}多于其上级{higher}：上报的投诉可能反被拒绝。"),
}
