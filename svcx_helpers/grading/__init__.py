"""Grading machinery.

* :mod:`.checks` — the learner's ``check()`` and ``progress()``, questions and their registry;
* :mod:`.compare` — comparators (exact, number, sequence, …) and :class:`AnswerMismatch`;
* :mod:`.readers` — the lenient answer readers every question bank uses;
* :mod:`.cards` — answer cards: tasks answered without code (the no-code track);
* :mod:`.payload` — answers carried out of a learner's kernel as JSON;
* :mod:`.release` — exercises generated from the single-source solutions;
* :mod:`.batch` — ``svcx grade``: a whole class in sandboxed kernels, gradebook, feedback;
* :mod:`.results` — what grading found per learner and task (:class:`.results.SubmissionResult`);
* :mod:`.analysis` — item analysis: facility, discrimination, flags (pure functions);
* :mod:`.late` — late submissions: ``--due``, ``--grace``, ``--late-penalty``, ``--late-cap``;
* :mod:`.similarity` — similar answer code: normalised tokens, shingles, Jaccard;
* :mod:`.review` — rubrics read by the trainer: ``svcx review`` and ``svcx grade --reviews``;
* :mod:`.pages` — the static pages: feedback, item analysis, similarity;
* :mod:`.sandbox` — the kernel sandbox.

``from svcx_helpers.grading import check, Question, register, exact`` is the API question
banks and notebooks use.

>>> from svcx_helpers.grading import Question, check, exact, register
>>> _ = register(Question("demo.three", expected=lambda: 3, compare=exact()))
>>> check("demo.three", 3).passed
True
"""

from __future__ import annotations

from .cards import Card, answer_card
from .checks import (
    REGISTRY,
    STATUSES,
    CheckFailed,
    Criterion,
    Feedback,
    HiddenTest,
    Progress,
    Question,
    attach_hidden,
    check,
    expected_in_words,
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
    "REGISTRY",
    "STATUSES",
    "AnswerMismatch",
    "Card",
    "CheckFailed",
    "Criterion",
    "Feedback",
    "HiddenTest",
    "Progress",
    "Question",
    "answer_card",
    "attach_hidden",
    "check",
    "choice",
    "describe",
    "exact",
    "expected_in_words",
    "frame",
    "free_text",
    "get_question",
    "grade_answer",
    "load_bank",
    "number",
    "progress",
    "register",
    "reset_attempts",
    "sequence",
    "strict_mode",
    "tr",
    "unordered",
]
