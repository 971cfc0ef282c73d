"""Messages of interactive widgets (widgets.py).

key -> (English, Simplified Chinese); the i18n docstring explains the keys.

>>> MESSAGES["widgets.q.title"][0]
'Staffing what-if (Erlang C)'
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- Queues (issue 8) ----------------------------------------------------------------
    "widgets.q.title": ("Staffing what-if (Erlang C)", "排班假设分析（Erlang C）"),
    "widgets.q.arrivals": ("Calls per hour", "每小时来电"),
    "widgets.q.aht": ("Handling time (s)", "处理时长（秒）"),
    "widgets.q.summary": (
        "{traffic:.1f} Erlangs, {agents} agents: {sl:.1%} answered within {target:g} s, "
        "average wait {asa} s, occupancy {occ:.0%}, {pw:.0%} of callers wait",
        "{traffic:.1f} 爱尔兰，{agents} 名坐席：{sl:.1%} 在 {target:g} 秒内接通，"
        "平均等待 {asa} 秒，占用率 {occ:.0%}，{pw:.0%} 的来电需要等待",
    ),
    "widgets.q.unstable": (
        "Fewer agents than Erlangs: the queue grows without limit.",
        "坐席数不多于话务量（爱尔兰）：队列会无限增长。",
    ),
    "widgets.rec.title": ("Pareto explorer", "帕累托分析器"),
    "widgets.group_by": ("Group by", "分组"),
    "widgets.rec.value": ("Measure", "度量"),
    "widgets.rec.count": ("number of complaints", "投诉数量"),
    "widgets.rec.threshold": ("Threshold", "阈值"),
    "widgets.rec.few": ("The vital few: {items}", "关键少数：{items}"),
    "widgets.int.title": ("Internal customer map", "内部客户关系图"),
    "widgets.int.color": ("Colour by", "着色依据"),
    "widgets.int.min": ("Hide links with fewer requests than", "隐藏请求数少于此值的连线"),
    "widgets.int.weak": ("Weakest links: {items}", "最薄弱的环节：{items}"),
    # --- Service process and standards (issue 7) --------------------------------------
    "widgets.sla.target": ("Target (hours)", "目标（小时）"),
    "widgets.pm.title": ("Process what-if", "流程假设分析"),
    "widgets.pm.activity": ("Activity", "活动"),
    "widgets.pm.remove": ("Remove it", "删除该活动"),
    "widgets.pm.speedup": ("Faster by", "提速"),
    "widgets.pm.wait_cut": ("Wait before it cut by", "前置等待缩短"),
    "widgets.sla.title": ("SLA what-if", "SLA 假设分析"),
    "widgets.sla.result": (
        "{share:.1%} of first responses within {target:g} h; weeks signalling: {signals}",
        "{share:.1%} 的首次响应在 {target:g} 小时内；出现信号的周：{signals}",
    ),
    # --- Service blueprints and journeys (issue 6) -------------------------------------
    "widgets.bp.title": ("Blueprint builder", "服务蓝图搭建器"),
    "widgets.jm.title": ("Journey emotion editor", "旅程情绪编辑器"),
    "widgets.bp.lane": ("Lane", "泳道"),
    "widgets.bp.column": ("Column", "列"),
    "widgets.bp.label": ("Label", "名称"),
    "widgets.bp.add": ("Add step", "添加步骤"),
    "widgets.bp.from": ("From", "从"),
    "widgets.bp.to": ("To", "到"),
    "widgets.bp.connect": ("Connect", "连接"),
    "widgets.bp.step": ("Step", "步骤"),
    "widgets.bp.fail": ("Fail point (F)", "失误点（F）"),
    "widgets.bp.fail_mode": ("What can go wrong", "可能的失误"),
    "widgets.bp.wait": ("Wait (min)", "等待（分钟）"),
    "widgets.bp.mark": ("Mark", "标记"),
    "widgets.bp.remove": ("Remove step", "删除步骤"),
    "widgets.bp.undo": ("Undo", "撤销"),
    "widgets.bp.problems": ("Problems", "问题"),
    "widgets.bp.ok": ("No problems found.", "未发现问题。"),
    "widgets.bp.summary": (
        "{steps} steps · {encounters} encounters · {fail} F · {wait} W · "
        "customer time {time:g} min",
        "{steps} 个步骤 · {encounters} 次服务接触 · {fail} 个失误点 · {wait} 个等待点 · "
        "顾客耗时 {time:g} 分钟",
    ),
    "widgets.bp.error": ("Not added: {error}", "未添加：{error}"),
    "widgets.jm.threshold": ("Pain threshold", "痛点阈值"),
    "widgets.jm.pains": ("Pain points (below {threshold:g}): {items}",
                         "痛点（低于 {threshold:g}）：{items}"),
    "widgets.jm.none": ("none", "无"),
    "widgets.jm.summary": (
        "Mean {mean:.2f} · worst: {low} ({low_value:g}) · best: {high} ({high_value:g}) · "
        "peak-end {peak_end:.2f}",
        "平均 {mean:.2f} · 最低：{low}（{low_value:g}）· 最高：{high}（{high_value:g}）· "
        "峰终值 {peak_end:.2f}",
    ),
    # --- SERVQUAL and IPA (issue 5) ----------------------------------------------------
    "widgets.servqual.title": ("SERVQUAL gap explorer", "SERVQUAL 差距探索器"),
    "widgets.servqual.points": ("Points", "分配分数"),
    "widgets.servqual.gap": ("Gap P − E", "差距 P − E"),
    "widgets.servqual.unweighted": ("Unweighted score: {value}", "未加权得分：{value}"),
    "widgets.servqual.weighted": ("Weighted score: {value}", "加权得分：{value}"),
    "widgets.servqual.points_off": (
        "The points add up to {total}, not 100: the weighted score is not defined.",
        "分配分数合计为 {total}，不是 100：无法计算加权得分。",
    ),
    "widgets.servqual.dimension": ("Dimension", "维度"),
    # --- widgets ---------------------------------------------------------------------
    "widgets.functional": ("If it is there", "如果具备"),
    "widgets.dysfunctional": ("If it is not there", "如果不具备"),
    "widgets.importance": ("Importance", "重要程度"),
    "widgets.show": ("Show my categories", "显示我的分类"),
    "widgets.unanswered": ("(choose)", "（请选择）"),
    "widgets.answered": ("{n} of {total} attributes answered", "已回答 {n} / {total} 个属性"),
    "widgets.explorer.title": ("KANO evaluation table explorer", "KANO 评价表探索器"),
    "widgets.explorer.result": (
        "Functional “{f}” + dysfunctional “{d}” → {letter} ({name})",
        "正向“{f}” + 反向“{d}” → {letter}（{name}）",
    ),
    "widgets.explorer.why": ("Why", "原因"),
}
