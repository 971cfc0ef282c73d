"""Grading machinery.

* :mod:`.checks` — the learner's ``check()`` and ``progress()``, questions and their registry;
* :mod:`.compare` — comparators (exact, number, sequence, …) and :class:`AnswerMismatch`;
* :mod:`.readers` — the lenient answer readers every question bank uses;
* :mod:`.payload` — answers carried out of a learner's kernel as JSON;
* :mod:`.release` — exercises generated from the single-source solutions;
* :mod:`.batch` — ``svcx grade``: a whole class in sandboxed kernels, gradebook, feedback;
* :mod:`.sandbox` — the kernel sandbox.

``from svcx_helpers.grading import check, Question, register, exact`` is the API question
banks and notebooks use.

>>> from svcx_helpers.grading import Question, check, exact, register
>>> _ = register(Question("demo.three", expected=lambda: 3, compare=exact()))
>>> check("demo.three", 3).passed
True
"""

from __future__ import annotations

from .checks import (
    REGISTRY,
    STATUSES,
    CheckFailed,
    Feedback,
    HiddenTest,
    Progress,
    Question,
    attach_hidden,
    check,
    get_question,
    grade_answer,
    load_bank,
    progress,
    register,
    reset_attempts,
    strict_mode,
    tr,
)
from .compare import (
    AnswerMismatch,
    choice,
    describe,
    exact,
    frame,
    free_text,
    number,
    sequence,
    unordered,
)

__all__ = [
    "REGISTRY", "STATUSES", "AnswerMismatch", "CheckFailed", "Feedback", "HiddenTest", "Progress",
    "Question", "attach_hidden", "check", "choice", "describe", "exact", "frame", "free_text",
    "get_question", "grade_answer", "load_bank", "number", "progress", "register",
    "reset_attempts", "sequence", "strict_mode", "tr", "unordered",
]
