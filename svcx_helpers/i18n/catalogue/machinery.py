"""Messages of the machinery: answer checking and grading (check., grade., progress.), readers
and data (readers., data., core., validate.), reports (report.), publishing and the CLI
(release., slides., sheets., translate., font.).

key -> (English, Simplified Chinese); the i18n docstring explains the keys.

>>> MESSAGES["slides.no_file"][0]
'Notebook not found: {path}'
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- slides and printable sheets (slides.py, sheets.py, cli.py) -------------------
    "slides.no_file": ("Notebook not found: {path}", "找不到笔记本：{path}"),
    "slides.no_chapter": ("No chapter called {chapter!r}. Chapters: {chapters}",
                          "没有名为 {chapter!r} 的章节。可用章节：{chapters}"),
    "slides.no_tags": (
        "{path}: no cell is tagged for slides. Tag cells 'slide', 'subslide', "
        "'fragment' or 'notes' (JupyterLab: property inspector → Cell tags), or set "
        "their Slide type.",
        "{path}：没有单元格标记为幻灯片。请给单元格添加标签 slide、subslide、fragment 或 "
        "notes（JupyterLab：属性检查器 → 单元格标签），或设置其幻灯片类型。"),
    "slides.wrote": ("Slides written: {path} (open it in a browser; press S for the "
                     "speaker notes)",
                     "幻灯片已生成：{path}（用浏览器打开；按 S 键显示演讲者备注）"),
    "slides.failed": ("Could not make the slides of {chapter}: {error}",
                      "无法生成 {chapter} 的幻灯片：{error}"),
    "sheets.kind": ("Exercise sheet", "练习纸"),
    "sheets.key": ("Answer key — for the trainer", "参考答案——培训师用"),
    "sheets.name": ("Name", "姓名"),
    "sheets.group": ("Group", "小组"),
    "sheets.date": ("Date", "日期"),
    "sheets.answer": ("Your answer", "你的答案"),
    "sheets.how_title": ("How to work on paper.", "纸上作答说明。"),
    "sheets.how": (
        "Write each answer in the box under its task. The tables and figures printed "
        "with a task are what the exercise notebook shows at that point; the notebook "
        "checks the same answers and gives hints.",
        "把每道题的答案写在题目下方的方框里。题目中印出的表格和图形就是练习笔记本在该处显示的"
        "结果；笔记本会检查同样的答案并给出提示。"),
    "sheets.no_exercise": ("No exercise called {chapter!r}. Exercises: {chapters}",
                           "没有名为 {chapter!r} 的练习。可用练习：{chapters}"),
    "sheets.wrote": ("Sheet written: {path}", "练习纸已生成：{path}"),
    "sheets.failed": ("Could not make the sheet of {chapter}: {error}",
                      "无法生成 {chapter} 的练习纸：{error}"),
    "sheets.wrote_summary": ("Summary written: {path}", "一页纸摘要已生成：{path}"),
    "sheets.failed_summary": ("Could not make the summary of {chapter}: {error}",
                              "无法生成 {chapter} 的一页纸摘要：{error}"),
    "sheets.summary_kind": ("One-page summary", "一页纸摘要"),
    "sheets.terms": ("Key terms:", "关键术语："),
    "sheets.summary_source": (
        "From the chapter's Essentials box; the full chapter, its exercises and the "
        "glossary are in the course book.",
        "摘自本章的“要点速览”；完整章节、练习和术语表见课程用书。"),
    "sheets.no_essentials": ("{title}: the chapter has no Essentials box (an admonition "
                             "with ':class: essentials')",
                             "{title}：本章没有“要点速览”框（带 ':class: essentials' 的提示框）"),
    # --- Service improvement report (issue 9) ---------------------------------------------
    "report.conclusion": ("Our conclusion", "我们的结论"),
    "report.err.empty": ("write the conclusion in your own words (it is still empty)",
                         "请用自己的话写出结论（目前为空）"),
    "report.err.table": ("a table must be a DataFrame or Series, got {got}",
                         "表格应为 DataFrame 或 Series，实际为 {got}"),
    "report.err.figure": ("a figure must be a matplotlib Figure or Axes, got {got}",
                          "图应为 matplotlib 的 Figure 或 Axes，实际为 {got}"),
    # --- Data validation (issue 9) ------------------------------------------------------
    "validate.row": ("row {row}", "第 {row} 行"),
    "validate.column": ("column '{column}'", "列「{column}」"),
    "validate.value": ("value '{value}'", "值「{value}」"),
    "validate.empty": ("empty, but a value is required", "为空，但此处必须有值"),
    "validate.time": ("not a date and time (use YYYY-MM-DD HH:MM:SS)",
                      "不是日期时间（请使用 YYYY-MM-DD HH:MM:SS）"),
    "validate.before": ("earlier than '{earlier}' ({value})", "早于「{earlier}」（{value}）"),
    "validate.range": ("must be a whole number from {lo} to {hi}", "应为 {lo} 到 {hi} 之间的整数"),
    "validate.missing_column": ("column missing; the file has: {found}",
                                "缺少此列；文件中的列为：{found}"),
    "validate.number": ("not a number (zero or more)", "不是数字（应大于或等于 0）"),
    "validate.no_rows": ("the file has a header but no rows", "文件只有表头，没有数据"),
    "validate.kano.none": (
        "no KANO question columns found: name them like 'Fast fix [functional]' and "
        "'Fast fix [dysfunctional]' (or 快速修复【正向】/【反向】)",
        "未找到 KANO 题目列：请按「快速修复【正向】」「快速修复【反向】」"
        "（或 'Fast fix [functional]'）命名",
    ),
    "validate.kano.pair": ("attribute '{attr}' has no {need} question column",
                           "属性「{attr}」缺少 {need} 题目列"),
    "validate.kano.answer": ("not a KANO answer (1–5, or a text such as 'I like it' / 我喜欢)",
                             "不是 KANO 答案（1–5，或「我喜欢」等文字）"),
    "validate.servqual.none": ("no SERVQUAL item columns (E1…E22 or P1…P22) found",
                               "未找到 SERVQUAL 题项列（E1…E22 或 P1…P22）"),
    "validate.ok": ("{file}: no problems found ({rows} rows, kind {kind})",
                    "{file}：未发现问题（{rows} 行，类型 {kind}）"),
    "validate.found": ("{n} problem(s) found", "发现 {n} 个问题"),
    # --- Queues exercise (questions/queues.py, issue 8) ---------------------------------
    "check.not_yet_right": ("Not yet right: {which}.", "还不对：{which}。"),
    # --- Service process and standards (issue 7) --------------------------------------
    "readers.missing_columns": ("{source}: missing column(s) {missing}; found {found}",
                                "{source}：缺少列 {missing}；现有列为 {found}"),
    "readers.time": (
        "{source}, row {row}, column '{column}': cannot read {value} as a date and time",
        "{source}，第 {row} 行，列「{column}」：无法把 {value} 识别为日期时间",
    ),
    # --- KANO errors -----------------------------------------------------------------
    "readers.columns": (
        "{source}missing column(s) {missing}; the table has columns {have}",
        "{source}缺少列 {missing}；表中现有的列为 {have}",
    ),
    "core.option": (
        "unknown value {value!r} for {name}; choose one of {choices}",
        "{name} 的取值 {value!r} 无效；可选 {choices}",
    ),
    "readers.file_empty": ("{file}: the file is empty", "{file}：文件是空的"),
    "readers.file_missing": ("{file}: no such file", "{file}：文件不存在"),
    "readers.file_encoding": (
        "{file}: cannot decode the text; tried {tried}. Save it as UTF-8 and try again",
        "{file}：无法识别文本编码（已尝试 {tried}）。请另存为 UTF-8 后重试",
    ),
    "readers.file_format": (
        "{file}: unsupported file type {suffix!r}; use .csv, .tsv, .txt, .xlsx or .xls",
        "{file}：不支持的文件类型 {suffix!r}；请使用 .csv、.tsv、.txt、.xlsx 或 .xls",
    ),
    "readers.cell": (
        "{file}, row {row}, column {column!r}: {problem}",
        "{file}，第 {row} 行，列 {column!r}：{problem}",
    ),
    "readers.importance": (
        "importance {value!r} is not a number",
        "重要程度 {value!r} 不是数字",
    ),
    "readers.pair_column": (
        "{file}: column {column!r} named in pairs= does not exist; the file has {have}",
        "{file}：pairs= 中的列 {column!r} 不存在；文件中的列为 {have}",
    ),
    "readers.no_rows": ("{file}: the table has a header but no data rows",
                        "{file}：表格只有表头，没有数据行"),
    "data.dataset": (
        "no dataset named {name!r}; available: {available}",
        "没有名为 {name!r} 的数据集；可用的有：{available}",
    ),
    # --- grading ---------------------------------------------------------------------
    # --- answer cards (grading/cards.py) ----------------------------------------------
    "card.check": ("Check", "检查"),
    "card.points": ("{points} points", "{points} 分"),
    "card.pick": ("— choose —", "— 请选择 —"),
    "card.type_number": ("type a number", "输入数字"),
    "card.type_text": ("Write your answer here.", "在此写下你的回答。"),
    "card.empty": ("(not answered yet)", "（尚未作答）"),
    "card.saved_answer": ("Saved answer to “{task}”: {answer}",
                          "“{task}”已保存的回答：{answer}"),
    "card.restored": ("Your saved answer is back. Press Check to see the feedback.",
                      "已恢复你保存的回答。按“检查”查看反馈。"),
    "card.no_card": ("Task {qid} has no answer card: answer it in the code exercise.",
                     "任务 {qid} 没有答题卡，请在编程练习中作答。"),
    "card.file_note": ("Answers of the answer cards, kept by the notebook's kernel on every "
                       "change. Hand in the notebook; this file is a safety copy.",
                       "答题卡的回答，每次修改时由笔记本内核保存。请提交笔记本；本文件是备份。"),
    "check.pass": ("Correct", "正确"),
    "check.fail": ("Not yet right", "还不对"),
    "check.unanswered": ("Not answered yet", "尚未作答"),
    "check.unanswered.detail": (
        "Replace the ... with your answer and run the cell again.",
        "把 ... 换成你的答案，然后重新运行这个单元格。",
    ),
    "check.wrong_type": ("Wrong type", "类型不对"),
    "check.wrong_shape": ("Wrong shape", "形状不对"),
    "check.error": ("Could not check", "无法检查"),
    "check.unknown_question": (
        "There is no question {qid!r}. Known questions: {known}",
        "没有编号为 {qid!r} 的题目。已有的题目：{known}",
    ),
    "check.hint": ("Hint {n}", "提示 {n}"),
    "check.hint_plain": ("Hint", "提示"),
    "check.attempt": ("attempt {n}", "第 {n} 次尝试"),
    "check.points": ("{points} / {max} points", "{points} / {max} 分"),
    "check.hidden_failed": (
        "A further test of this task (run only when grading) did not pass.",
        "这道题的一项附加测试（仅在评分时运行）未通过。",
    ),
    "check.expects.text": ("a written answer (a text)", "一段文字作答"),
    "check.expects.bool": ("True or False", "True 或 False"),
    "check.expects.str": ("one text value (a string)", "一个文本值（字符串）"),
    "check.expects.number": ("one number", "一个数字"),
    "check.expects.table": ("a table (DataFrame) of {rows} rows and {columns} columns",
                            "一张 {rows} 行 {columns} 列的表格（DataFrame）"),
    "check.expects.dict": ("a dict with the keys {keys}", "一个包含键 {keys} 的字典"),
    "check.expects.list": ("a list of {n} values", "一个含 {n} 个值的列表"),
    "progress.task": ("task", "题目"),
    "progress.title": ("title", "标题"),
    "progress.state": ("state", "状态"),
    "progress.points": ("points", "得分"),
    "progress.max": ("max", "满分"),
    "progress.done": ("done", "已完成"),
    "progress.attempted": ("attempted", "已尝试"),
    "progress.not_started": ("not started", "未开始"),
    "check.strict_failed": (
        "strict mode: check {qid!r} did not pass: {message}",
        "严格模式：检查 {qid!r} 未通过：{message}",
    ),
    "check.bank.keys": ("Give a dict with the keys {keys} (or a list of the values in that order).",
                        "请给出键为 {keys} 的字典（或按此顺序列出各值的列表）。"),
    "check.bank.keyed_type": ("Expected a dict with the keys {keys} for {what}, got {got}.",
                              "{what} 应为键为 {keys} 的字典，实际为 {got}。"),
    "check.expected_type": (
        "Expected {expected}, but got {got}.",
        "应为 {expected}，但得到的是 {got}。",
    ),
    "check.expected_len": (
        "Expected {expected} items, but got {got}.",
        "应有 {expected} 项，但得到 {got} 项。",
    ),
    "check.expected_shape": (
        "Expected shape {expected}, but got {got}.",
        "应为形状 {expected}，但得到的是 {got}。",
    ),
    "check.missing_labels": (
        "Missing {what}: {labels}.",
        "缺少{what}：{labels}。",
    ),
    "check.extra_labels": (
        "Unexpected {what}: {labels}.",
        "多出了{what}：{labels}。",
    ),
    "check.what.index": ("rows", "行"),
    "check.what.columns": ("columns", "列"),
    "check.what.items": ("items", "项"),
    "check.n_wrong": (
        "{n} of {total} values are not right (first at {where}).",
        "{total} 个值中有 {n} 个不对（第一个在 {where}）。",
    ),
    "check.value_off": ("The value is not right.", "数值不对。"),
    "check.not_number": ("Expected a number, but got {got}.", "应为数字，但得到的是 {got}。"),
    "check.answer.keys": ("A dict needs the keys {keys}.", "字典需要包含键 {keys}。"),
    "check.answer.type": ("Give {n} values as a list or a dict with the keys {keys}, not {got}.",
                          "请以列表或含键 {keys} 的字典给出 {n} 个值，而不是 {got}。"),
    "check.text_short": (
        "Write at least {n} words (you wrote {got}).",
        "请至少写 {n} 个字词（目前 {got} 个）。",
    ),
    "check.text_recorded": (
        "Answer recorded for your trainer to read.",
        "答案已记录，将由培训师阅读评价。",
    ),
    "check.choice_invalid": (
        "{got!r} is not one of the options: {options}.",
        "{got!r} 不在选项中：{options}。",
    ),
    # --- fonts -----------------------------------------------------------------------
    "font.missing": (
        "No Chinese (CJK) font found, so Chinese plot labels would show as empty boxes. "
        "Install one and restart the kernel: Debian/Ubuntu `sudo apt-get install "
        "fonts-noto-cjk`; Fedora `sudo dnf install google-noto-sans-cjk-fonts`; macOS and "
        "Windows already have one (PingFang SC / Microsoft YaHei). Or set SVCX_CJK_FONT to "
        "the path of a .ttf/.otf/.ttc file.",
        "没有找到中文（CJK）字体，图中的中文会显示为方框。请安装后重启内核：Debian/Ubuntu 运行 "
        "`sudo apt-get install fonts-noto-cjk`；Fedora 运行 `sudo dnf install "
        "google-noto-sans-cjk-fonts`；macOS 和 Windows 自带中文字体（苹方 / 微软雅黑）。"
        "也可以把环境变量 SVCX_CJK_FONT 设为某个 .ttf/.otf/.ttc 字体文件的路径。",
    ),
    # --- class grading (svcx grade) --------------------------------------------------
    "grade.no_submissions": ("{path}: no notebooks (*.ipynb) found to grade",
                             "{path}：没有找到可评分的笔记本（*.ipynb）"),
    "grade.no_assignment": ("no question bank for assignment {assignment!r}",
                            "找不到作业 {assignment!r} 的题库"),
    "grade.out_inside": ("the results folder {out} must not be inside the submissions "
                         "{submissions}",
                         "结果文件夹 {out} 不能位于提交文件夹 {submissions} 之内"),
    "grade.invalid": ("the file is not a valid notebook ({error})",
                      "文件不是有效的笔记本（{error}）"),
    "grade.no_tasks": ("no task of this assignment was found in the notebook (no check(...) cells)",
                       "笔记本中没有找到本作业的题目（没有 check(...) 单元格）"),
    "grade.timeout": ("the notebook did not finish within {seconds} s (endless loop?)",
                      "笔记本未在 {seconds} 秒内运行完（可能是死循环）"),
    "grade.memory": ("the notebook needed more than {mb} MB of memory",
                     "笔记本需要的内存超过 {mb} MB"),
    "grade.output_limit": ("the notebook printed more than {mb} MB of output",
                           "笔记本输出超过 {mb} MB"),
    "grade.died": ("the kernel stopped (os._exit, a crash, or it was killed)",
                   "内核意外退出（os._exit、崩溃或被终止）"),
    "grade.garbled": ("the kernel stopped answering properly (it sent a broken message, "
                      "as a kernel that crashes mid-output does)",
                      "内核通信异常（发来的消息不完整，多见于内核在输出中途崩溃）"),
    "grade.kernel_start": ("the kernel could not start: {error}", "内核无法启动：{error}"),
    "grade.disk_limit": ("the notebook wrote more than {mb} MB of files",
                         "笔记本写入的文件超过 {mb} MB"),
    "grade.no_bwrap": ("cannot sandbox the learners' kernels: {problem}. Install bubblewrap "
                       "(`{install}` on Debian/Ubuntu, as root) — or grade without isolation "
                       "with --no-isolation, only for notebooks you trust",
                       "无法把学员的内核放进沙箱：{problem}。请安装 bubblewrap（Debian/Ubuntu "
                       "上以 root 运行 `{install}`）——或用 --no-isolation 不隔离评分"
                       "（仅限可信的笔记本）"),
    "grade.not_isolated": ("NOTE: graded WITHOUT isolation (--no-isolation): the kernels were "
                           "not in a bubblewrap sandbox; the reports say sandbox=none",
                           "注意：本次评分未隔离（--no-isolation）：内核没有运行在 bubblewrap "
                           "沙箱中；报告中标为 sandbox=none"),
    "grade.task_missing": ("the task's check cell is missing from the notebook (deleted?)",
                           "笔记本中缺少这道题的检查单元格（被删除了？）"),
    "grade.not_run": ("the task's cell was not reached", "未运行到这道题的单元格"),
    "grade.answer_error": ("evaluating the answer raised {error}", "计算答案时出错：{error}"),
    "grade.modified": ("the submission file changed during grading", "评分期间提交文件被修改"),
    "grade.feedback_title": ("{assignment} — feedback for {learner}",
                             "{assignment} — {learner} 的反馈"),
    "grade.total": ("Total", "总分"),
    "grade.message": ("feedback", "反馈"),
    "grade.html_lang": ("en", "zh-Hans"),
    "grade.summary": ("graded {n} submissions ({cached} unchanged, reused); {bad} could not be "
                      "graded fully; reports in {out}",
                      "已评 {n} 份提交（其中 {cached} 份未改动，沿用结果）；{bad} 份未能完整评分；"
                      "报告位于 {out}"),
    "grade.status.pass": ("passed", "通过"),
    "grade.status.fail": ("not right", "不正确"),
    "grade.status.unanswered": ("not answered", "未作答"),
    "grade.status.wrong_type": ("wrong type", "类型不对"),
    "grade.status.wrong_shape": ("wrong shape", "形状不对"),
    "grade.status.error": ("error", "出错"),
    "grade.status.missing": ("missing", "缺失"),
    "grade.status.not-run": ("not run", "未运行"),
    "grade.report_failed": ("could not write {file}: {error} (the gradebook and feedback pages "
                            "are written)",
                            "无法生成 {file}：{error}（成绩册和反馈页已生成）"),
    "grade.unknown_task": ("no task {tasks} in this assignment; its tasks: {known}",
                           "本作业没有题目 {tasks}；本作业的题目有：{known}"),
    "grade.unknown_learner": ("no submission of {learners}; learners: {known}",
                              "找不到 {learners} 的提交；现有学员：{known}"),
    # --- feedback page (pages.py) ------------------------------------------------------
    "grade.fb.result": ("Your result", "你的成绩"),
    "grade.fb.after_penalty": ("(earned {earned}, less {penalty} % for late submission)",
                               "（得分 {earned}，因迟交扣除 {penalty}%）"),
    "grade.fb.submitted": ("Handed in {when}.", "提交时间：{when}。"),
    "grade.fb.submitted_late": ("Handed in {when}, {late} after the due time.",
                                "提交时间：{when}，比截止时间晚 {late}。"),
    "grade.fb.class": ("The class ({n} graded submissions): median {median}, middle half "
                       "between {q1} and {q3} (lower and upper quartile).",
                       "全班（{n} 份已评提交）：中位数 {median}，中间一半的分数在 {q1} 到 {q3} "
                       "之间（下四分位数与上四分位数）。"),
    "grade.fb.bar": ("Your total {total} of {max} (dot) against the class: quartiles {q1} to "
                     "{q3} (box), median {median} (line).",
                     "你的总分 {total}（满分 {max}，圆点）与全班对比：四分位数 {q1} 至 {q3}"
                     "（方框），中位数 {median}（竖线）。"),
    "grade.fb.to_review_note": ("{n} written answer(s) still wait for the trainer's review: "
                                "their points may change.",
                                "还有 {n} 道文字作答等待培训师评阅，其分数可能会变化。"),
    "grade.fb.overview": ("Overview of the tasks", "各题概览"),
    "grade.fb.tasks": ("Task by task", "逐题反馈"),
    "grade.fb.points": ("Points earned", "所得分数"),
    "grade.fb.state": ("Result", "结果"),
    "grade.fb.message": ("What was not right", "问题所在"),
    "grade.fb.answer": ("What you answered", "你的作答"),
    "grade.fb.expected": ("What was expected", "要求的答案形式"),
    "grade.fb.review": ("Trainer's review", "培训师评阅"),
    "grade.fb.state_to_review": ("to be reviewed", "待评阅"),
    "grade.fb.state_reviewed": ("reviewed", "已评阅"),
    "grade.fb.to_review_task": ("The trainer will read this answer against the task's rubric; "
                                "the {points} points so far are provisional.",
                                "培训师将依据评分细则阅读此答案；目前的 {points} 分是暂定分数。"),
    # --- late work (late.py) -----------------------------------------------------------
    "grade.late.bad_duration": ("--grace: cannot read {value!r} as a duration (write e.g. 15m, "
                                "2h, 1d or 1h30m)",
                                "--grace：无法把 {value!r} 读作时长（请写成 15m、2h、1d 或 1h30m "
                                "这样的形式）"),
    "grade.late.bad_share": ("{option}: cannot read {value!r} as a share (write e.g. 50% or "
                             "0.5, between 0 and 100 %)",
                             "{option}：无法把 {value!r} 读作比例（请写成 50% 或 0.5，介于 0 与 "
                             "100% 之间）"),
    "grade.late.bad_rate": ("--late-penalty: cannot read {value!r} (write e.g. 10%/day, 2%/h "
                            "or 0.1/day)",
                            "--late-penalty：无法读取 {value!r}（请写成 10%/day、2%/h 或 0.1/day "
                            "这样的形式）"),
    "grade.late.bad_due": ("--due: cannot read {value!r} as a date and time (write e.g. "
                           "2026-12-15T18:00)",
                           "--due：无法把 {value!r} 读作日期时间（请写成 2026-12-15T18:00 "
                           "这样的形式）"),
    "grade.late.needs_due": ("--grace, --late-penalty and --late-cap need --due",
                             "--grace、--late-penalty 和 --late-cap 需要与 --due 一起使用"),
    "grade.late.d_h": ("{d} d {h} h", "{d} 天 {h} 小时"),
    "grade.late.d": ("{d} d", "{d} 天"),
    "grade.late.h_min": ("{h} h {min} min", "{h} 小时 {min} 分钟"),
    "grade.late.min": ("{min} min", "{min} 分钟"),
    "grade.late.s": ("{s} s", "{s} 秒"),
    # --- item analysis (pages.py, analysis.py) -----------------------------------------
    "grade.an.title": ("{assignment} — item analysis", "{assignment} — 题目分析"),
    "grade.an.intro": ("Statistics over the {n} graded submissions ({faults} that could not be "
                       "graded are left out: their zeros say nothing about a task).",
                       "统计基于 {n} 份已评提交（未能评分的 {faults} 份不计入：它们的零分不能说明"
                       "题目本身）。"),
    "grade.an.method": ("How the figures are computed", "指标的计算方法"),
    "grade.an.facility_formula": ("Facility p = the mean share of the task's points earned "
                                  "(0 = nobody, 1 = everybody got it all).",
                                  "难度系数（通过率）p = 该题平均得分率（0 表示无人得分，1 表示"
                                  "人人满分）。"),
    "grade.an.method.point_biserial_rest": (
        "Discrimination = corrected point-biserial correlation r(x, T − x): Pearson's "
        "correlation between the task's score x and the rest score, the total T without the "
        "task, so that the task does not correlate with itself. Near 0: the task does not "
        "separate stronger from weaker learners; below 0: stronger learners did worse.",
        "区分度 = 校正点二列相关 r(x, T − x)：该题得分 x 与“其余得分”（总分 T 减去该题）之间的 "
        "Pearson 相关系数，这样该题不会与自身相关。接近 0：该题区分不出强弱；小于 0：强的学员"
        "反而做得更差。"),
    "grade.an.method.point_biserial_total": (
        "Discrimination = uncorrected point-biserial correlation r(x, T): Pearson's "
        "correlation between the task's score x and the total T (it includes the task itself, "
        "which inflates it for short assignments).",
        "区分度 = 未校正点二列相关 r(x, T)：该题得分 x 与总分 T 之间的 Pearson 相关系数（总分"
        "包含该题本身，题目较少时会偏高）。"),
    "grade.an.method.upper_lower": (
        "Discrimination = upper–lower index D = p(upper) − p(lower): the facility among the "
        "27 % of learners with the highest totals minus that among the 27 % with the lowest "
        "(equal totals keep the order of the list).",
        "区分度 = 高低分组指数 D = p(高分组) − p(低分组)：总分最高的 27% 学员的难度系数减去总分"
        "最低的 27% 学员的难度系数（总分相同时按名单顺序）。"),
    "grade.an.flags_rule": ("Flags: too hard when p < 0.2, too easy when p > 0.9, check the "
                            "key when the discrimination is below 0.",
                            "标记：p < 0.2 为过难，p > 0.9 为过易，区分度小于 0 时请检查答案或"
                            "题目。"),
    "grade.an.tasks": ("Per task", "各题指标"),
    "grade.an.right": ("right", "全对"),
    "grade.an.partial": ("partly", "部分正确"),
    "grade.an.wrong": ("wrong", "错误"),
    "grade.an.facility": ("facility p", "难度系数 p"),
    "grade.an.discrimination": ("discrimination", "区分度"),
    "grade.an.flags": ("flags", "标记"),
    "grade.an.flag.too-hard": ("too hard", "过难"),
    "grade.an.flag.too-easy": ("too easy", "过易"),
    "grade.an.flag.negative": ("negative discrimination: check the key",
                               "区分度为负：请检查答案"),
    "grade.an.plot_title": ("Facility against discrimination", "难度系数与区分度"),
    "grade.an.plot_x": ("facility p (share of the points earned)", "难度系数 p（平均得分率）"),
    "grade.an.plot_y": ("discrimination (correlation or D)", "区分度（相关系数或 D）"),
    "grade.an.plot_alt": ("Scatter plot of the {n} tasks: facility on the horizontal axis, "
                          "discrimination on the vertical axis; the same figures are in the "
                          "table above.",
                          "{n} 道题的散点图：横轴为难度系数，纵轴为区分度；数值与上表相同。"),
    "grade.an.zone_hard": ("p < 0.2: too hard", "p < 0.2：过难"),
    "grade.an.zone_easy": ("p > 0.9: too easy", "p > 0.9：过易"),
    "grade.an.zone_negative": ("below 0: stronger learners did worse", "小于 0：强的学员反而更差"),
    "grade.an.common_wrong": ("Most common wrong answers", "最常见的错误答案"),
    "grade.an.count": ("learners", "人数"),
    "grade.an.answers": ("their answers (most common first)", "他们的答案（按出现次数排序）"),
    "grade.an.none_wrong": ("No wrong answers.", "没有错误答案。"),
    # --- similar submissions (pages.py, similarity.py) ----------------------------------
    "grade.sim.title": ("{assignment} — similar submissions", "{assignment} — 相似提交"),
    "grade.sim.intro": ("The answer code of {n} submissions, compared in pairs: names, "
                        "numbers, strings and whitespace folded, runs of {k} tokens "
                        "(shingles) compared by Jaccard similarity. Listed: pairs with a "
                        "similarity of at least {threshold} where both have at least {min} "
                        "distinct shingles; shingles that more than half of the class share "
                        "are ignored.",
                        "对 {n} 份提交的答案代码两两比较：变量名、数字、字符串和空白统一处理后，"
                        "取连续 {k} 个记号（shingle），按 Jaccard 相似度比较。列出相似度不低于 "
                        "{threshold} 且双方都至少有 {min} 个不同 shingle 的组合；超过半数学员"
                        "共有的 shingle 不计。"),
    "grade.sim.not_a_verdict": ("A flag for you to look at, never a verdict or a penalty: "
                                "learners who worked together, used the course's examples or "
                                "wrote the obvious code can be alike honestly.",
                                "这只是提醒你查看的标记，不是结论，也不扣分：一起讨论过、参考了"
                                "课程示例或写出显而易见代码的学员，也可能诚实地写出相似的代码。"),
    "grade.sim.none": ("No pair of submissions is alike beyond the threshold.",
                       "没有超过阈值的相似提交。"),
    "grade.sim.a": ("learner A", "学员 A"),
    "grade.sim.b": ("learner B", "学员 B"),
    "grade.sim.similarity": ("similarity", "相似度"),
    "grade.sim.shingles": ("shingles A / B", "shingle 数 A / B"),
    "grade.sim.shared": ("shared", "共有"),
    "grade.sim.pair": ("{a} and {b}: similarity {similarity}", "{a} 与 {b}：相似度 {similarity}"),
    "grade.sim.cell": ("Cell {cell} (similarity {similarity})",
                       "单元格 {cell}（相似度 {similarity}）"),
    # --- review of written answers (review.py) -----------------------------------------
    "grade.review.title": ("{assignment} — written answers to review",
                           "{assignment} — 待评阅的文字作答"),
    "grade.review.page_intro": ("Read each answer against the task's rubric; enter the scores "
                                "and comments in {xlsx} (one sheet per task), then run svcx "
                                "grade again with --reviews {xlsx}.",
                                "请依据各题的评分细则阅读每份答案，把分数和评语填入 {xlsx}（每道"
                                "题一个工作表），然后带 --reviews {xlsx} 再次运行 svcx grade。"),
    "grade.review.rubric": ("Rubric", "评分细则"),
    "grade.review.criterion": ("criterion", "评分项"),
    "grade.review.descriptor": ("what earns the points", "得分标准"),
    "grade.review.learner": ("learner", "学员"),
    "grade.review.answer": ("answer", "答案"),
    "grade.review.automatic": ("automatic check", "自动检查"),
    "grade.review.auto_note": ("(provisional points)", "（暂定分数）"),
    "grade.review.comment": ("comment", "评语"),
    "grade.review.nothing": ("No answer to review.", "没有需要评阅的答案。"),
    "grade.review.dv_error": ("a number from 0 to {max}", "请输入 0 到 {max} 之间的数字"),
    "grade.review.no_results": ("{path} holds no results of svcx grade (results.json)",
                                "{path} 中没有 svcx grade 的结果（results.json）"),
    "grade.review.no_rubric": ("no task of {assignment} has a rubric: nothing to review",
                               "{assignment} 中没有带评分细则的题目：无需评阅"),
    "grade.review.exists": ("{path} exists (it may hold your scores): merge it with svcx grade "
                            "--reviews, or write a new one with --force",
                            "{path} 已存在（其中可能有你填写的分数）：请用 svcx grade --reviews "
                            "合并，或用 --force 重新生成"),
    "grade.review.unreadable": ("{file}: cannot read the review workbook ({error})",
                                "{file}：无法读取评阅工作簿（{error}）"),
    "grade.review.at": ("{file}, sheet {sheet}, cell {cell}: {message}",
                        "{file}，工作表 {sheet}，单元格 {cell}：{message}"),
    "grade.review.unknown_sheet": ("{file}, sheet {sheet}: no task with a rubric has this "
                                   "sheet (sheets: {tasks})",
                                   "{file}，工作表 {sheet}：没有带评分细则的题目对应这个工作表"
                                   "（应有的工作表：{tasks}）"),
    "grade.review.no_column": ("{file}, sheet {sheet}: the column of the criterion "
                               "{criterion!r} is missing (header {header!r} in row 1)",
                               "{file}，工作表 {sheet}：缺少评分项 {criterion!r} 的列（第 1 行"
                               "表头应为 {header!r}）"),
    "grade.review.not_number": ("{value!r} is not a number", "{value!r} 不是数字"),
    "grade.review.negative": ("{value} is below 0", "{value} 小于 0"),
    "grade.review.above": ("{value} is above the maximum {max}", "{value} 超过了最高分 {max}"),
    "grade.review.missing_score": ("no score for the criterion {criterion!r} (the row has "
                                   "others)",
                                   "缺少评分项 {criterion!r} 的分数（该行已填写了其他评分项）"),
    "grade.review.no_learner": ("scores without a learner", "有分数但没有学员"),
    "grade.review.unknown_learner": ("no submission of the learner {learner!r}",
                                     "没有学员 {learner!r} 的提交"),
    "grade.review.twice": ("the learner {learner!r} is already in row {row}",
                           "学员 {learner!r} 已经出现在第 {row} 行"),
    "grade.review.merged": ("merged the trainer's review of {n} answers",
                            "已合并培训师对 {n} 份答案的评阅"),
    "grade.review.waiting": ("{n} written answers wait for review: svcx review {out}",
                             "有 {n} 份文字作答等待评阅：svcx review {out}"),
    "grade.review.wrote": ("review workbook: {xlsx}; to read: {html}",
                           "评阅工作簿：{xlsx}；阅读页面：{html}"),
    # --- release / CLI ---------------------------------------------------------------
    "release.stale": (
        "{path} differs from a fresh generation; run `svcx release`",
        "{path} 与重新生成的结果不一致；请运行 `svcx release`",
    ),
    "release.missing": ("{path} is missing; run `svcx release`",
                        "{path} 不存在；请运行 `svcx release`"),
    "release.leak": (
        "{path}, cell {cell}: contains a solution line: {line!r}",
        "{path}，第 {cell} 个单元格：含有答案内容：{line!r}",
    ),
    "release.unbalanced": (
        "{path}, cell {cell}: {marker} without its matching {other}",
        "{path}，第 {cell} 个单元格：{marker} 没有对应的 {other}",
    ),
    "release.ok": ("exercises are up to date ({n} notebooks)", "练习已是最新（{n} 个笔记本）"),
    "release.wrote": ("wrote {path}", "已写入 {path}"),
    "release.bundle_wrote": ("wrote the learner bundle {path} and {zip}",
                             "已写入学员包 {path} 和 {zip}"),
    "translate.not_yet": ("not translated yet", "尚未翻译"),
    "translate.problems": ("{n} translation problem(s): update the .zh.yml beside each file, "
                           "then `svcx translate --accept FILE` and `svcx translate`",
                           "共 {n} 处译文问题：请更新各文件旁的 .zh.yml，然后运行 "
                           "`svcx translate --accept 文件` 和 `svcx translate`"),
    "translate.ok": ("Chinese edition complete: {n} files translated, none stale",
                     "中文版完整：已翻译 {n} 个文件，没有过期译文"),
}
