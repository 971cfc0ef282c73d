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
    "grade.hint": ("hint", "提示"),
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
