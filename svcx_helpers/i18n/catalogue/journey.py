"""Messages of journey maps (journey.py, plots/journey.py, questions/journey.py).

key -> (English, Simplified Chinese); the i18n docstring explains the keys.

>>> MESSAGES["journey.bank.step.unknown_action"][0]
'“{value}” is not the action of any step of the journey.'
"""
# ruff: noqa: E501  (one message a line reads better than a wrapped one)

MESSAGES: dict[str, tuple[str, str]] = {
    # --- Journey-map exercise (questions/journey.py) -----------------------------------
    "journey.bank.step.type": ("Give a step number (1 is the first step) or the step's action, not {got}.",
                               "请给出步骤编号（第一步为 1）或该步骤的行为描述，而不是 {got}。"),
    "journey.bank.step.unknown_action": ("“{value}” is not the action of any step of the journey.",
                                         "“{value}”不是该旅程任何步骤的行为描述。"),
    "journey.bank.step.range": ("The journey has steps 1 to {n}; {got} is not one of them.",
                                "该旅程的步骤编号为 1 到 {n}；{got} 不在其中。"),
    "journey.bank.worst.highest": ("That is the best moment, the peak of the curve. Look for the lowest "
                                   "point.", "这是曲线的最高点（最佳时刻）。请找最低点。"),
    "journey.bank.worst.zero_based": ("Off by one: steps are numbered from 1, not from 0.",
                                      "差了一位：步骤从 1 开始编号，而不是从 0。"),
    "journey.bank.worst.not_lowest": ("Step {step} has emotion {emotion}; another step is lower.",
                                      "第 {step} 步的情绪分是 {emotion}；还有更低的步骤。"),
    "journey.bank.steps.type": ("Give a list of step numbers, e.g. [2, 5], not {got}.",
                                "请给出步骤编号的列表，例如 [2, 5]，而不是 {got}。"),
    "journey.bank.pain.at_threshold": (
        "Step(s) {steps} sit exactly at {threshold}: a pain point is strictly below the "
        "threshold.", "第 {steps} 步恰好等于 {threshold}：痛点必须严格低于阈值。"),
    "journey.bank.pain.missing": ("{n} pain point(s) are missing.", "漏掉了 {n} 个痛点。"),
    "journey.bank.pain.extra": ("Step(s) {steps} are not below the threshold.",
                                "第 {steps} 步并不低于阈值。"),
    "journey.bank.stage.type": ("Give the means as a Series or a dict {{stage: mean}}, not {got}.",
                                "请以 Series 或字典 {{阶段: 平均值}} 的形式给出，而不是 {got}。"),
    "journey.bank.stage.index": ("Label each mean with its stage ({stages}).",
                                 "请用阶段名称（{stages}）标注每个平均值。"),
    "journey.bank.stage.overall": ("These are the mean of the whole journey; average each stage "
                                   "separately.", "这是整个旅程的平均值；请分别对每个阶段求平均。"),
    "journey.bank.peak.swapped": ("The two values are swapped: first peak='abs', then peak='max'.",
                                  "两个值顺序颠倒了：先给 peak='abs'，再给 peak='max'。"),
    "journey.bank.peak.mean": ("That is the mean of all steps. Peak-end uses only two moments: the peak "
                               "and the last step.",
                               "这是所有步骤的平均值。峰终平均只用两个时刻：峰值和最后一步。"),
    "journey.bank.carlzon.seconds": ("That is the contact time in seconds; convert it to hours.",
                                     "这是以秒计的接触时间；请换算成小时。"),
    "journey.bank.carlzon.minutes": ("That is the contact time in minutes; convert it to hours.",
                                     "这是以分钟计的接触时间；请换算成小时。"),
    "journey.bank.carlzon.customers": ("That is the number of customers; each had about five contacts.",
                                       "这是顾客人数；每位顾客大约有五次接触。"),
    "journey.bank.align.journey_action": (
        "That is the journey step itself; give the blueprint customer action underneath it.",
        "这是旅程步骤本身；请给出它下方对应的蓝图顾客行为。"),
    "journey.bank.align.lane": ("{got} is not in the customer lane; give a customer action (C…).",
                                "{got} 不在顾客行为泳道；请给出一个顾客行为（C…）。"),
    "journey.bank.channels.type": ("Give the counts as a Series or a dict {{channel: count}}, not {got}.",
                                   "请以 Series 或字典 {{渠道: 数量}} 的形式给出，而不是 {got}。"),
    "journey.bank.channels.unknown": ("Unknown channel(s) {labels}; use {channels}.",
                                      "未知渠道 {labels}；请使用 {channels}。"),
    "journey.bank.channels.twice": ("A channel appears twice.", "有一个渠道出现了两次。"),
    "journey.bank.own.type": ("Give the journey as a dict (the layout of data/journeys/*.yml), not {got}.",
                              "请以字典形式给出旅程（与 data/journeys/*.yml 的结构相同），而不是 {got}。"),
    "journey.bank.own.source": ("your journey", "你的旅程"),
    "journey.bank.own.invalid": ("The journey cannot be read: {error}", "无法读取该旅程：{error}"),
    "journey.bank.own.stages": ("It has {n} stage(s); use at least {min}.",
                                "它只有 {n} 个阶段；至少需要 {min} 个。"),
    "journey.bank.own.channels": ("No step uses the channel(s): {missing}.",
                                  "没有任何步骤使用以下渠道：{missing}。"),
    # --- Service blueprints and journeys (issue 6) -------------------------------------
    "journey.channel.physical": ("Physical", "物理"),
    "journey.channel.digital": ("Digital", "数字"),
    "journey.channel.interpersonal": ("Interpersonal", "人际"),
    "journey.channel.process": ("Process", "流程"),
    "journey.untitled": ("Untitled journey", "未命名旅程"),
    "journey.where": ("{source}, stage {stage}, step {index}", "{source}，阶段 {stage}，第 {index} 步"),
    "journey.err.top": (
        "{source}: a journey must be a mapping with 'stages', not {value}",
        "{source}：旅程应是包含 stages 的映射，而不是 {value}",
    ),
    "journey.err.stages": (
        "{source}: the journey has no stages with steps",
        "{source}：旅程中没有包含步骤的阶段",
    ),
    "journey.err.stage": (
        "{source}, stage {index}: a stage needs a 'name' and a list of 'steps', got {value}",
        "{source}，第 {index} 个阶段：阶段需要 name 和 steps 列表，实际为 {value}",
    ),
    "journey.err.channel": (
        "{where}: channel '{value}' is not one of {channels}",
        "{where}：渠道「{value}」不在 {channels} 之中",
    ),
    "journey.err.emotion": (
        "{where}: emotion must be a number between {low} and {high}, got {value}",
        "{where}：情绪分应是 {low} 到 {high} 之间的数，实际为 {value}",
    ),
    "journey.err.scale": (
        "{source}: scale must be [min, max] with min < max, got {value}",
        "{source}：scale 应为 [最小值, 最大值] 且最小值小于最大值，实际为 {value}",
    ),
    "journey.err.peak": ("peak must be one of {choices}, got {value}",
                         "peak 应为 {choices} 之一，实际为 {value}"),
    "journey.err.empty": ("no emotion scores to summarise", "没有可汇总的情绪分"),
    "journey.err.align": (
        "cannot line the journey up with '{name}': link steps with 'blueprint_step' "
        "(journey has {n} steps, blueprint {m} customer actions; unknown links: {unknown})",
        "无法将旅程与「{name}」对齐：请用 blueprint_step 关联步骤（旅程 {n} 步，蓝图 {m} "
        "个顾客行为；无效关联：{unknown}）",
    ),
    "journey.axis.emotion": ("Emotion", "情绪"),
    "journey.axis.step": ("Journey step", "旅程步骤"),
    "journey.label.threshold": ("pain threshold {value}", "痛点阈值 {value}"),
    "journey.label.pain": ("pain point", "痛点"),
    "journey.label.peak": ("peak", "峰值"),
    "journey.label.low": ("worst moment", "最低谷"),
    "journey.label.curve": ("emotion", "情绪"),
}
