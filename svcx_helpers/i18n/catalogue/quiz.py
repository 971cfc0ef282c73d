"""Messages of multiple-choice quizzes (quiz.py).

key -> (English, Simplified Chinese); the i18n docstring explains the keys.

>>> MESSAGES["quiz.title"][0]
'Self-check quiz'
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- quiz ------------------------------------------------------------------------
    "quiz.title": ("Self-check quiz", "自测小测验"),
    "quiz.correct": ("Correct.", "回答正确。"),
    "quiz.incorrect": ("Not quite.", "不太对。"),
    "quiz.instructions": (
        "Choose an answer; feedback appears below the options.",
        "选择一个答案，反馈会显示在选项下方。",
    ),
}
