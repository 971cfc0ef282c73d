"""Instant feedback for exercise notebooks: ``check(question_id, answer)``.

Questions are registered by question banks (``svcx_helpers.questions.<assignment>``,
imported on first use of an id ``"<assignment>.<name>"``). A question's expected answer
is *computed from the course data by the library* whenever possible, not stored as a
literal, so data, solutions and checks cannot drift apart.

Feedback statuses: ``pass``, ``fail`` (with a hint that gets more specific on each
failed attempt), ``unanswered`` (the answer is still ``...``), ``wrong_type`` and
``wrong_shape`` (what was expected and what was given), ``error`` (the answer could not
be checked). In normal mode ``check`` never raises: every learner mistake becomes
feedback. In strict mode (environment variable ``SVCX_STRICT=1``, used when the test
suite runs the solution notebooks) anything but a pass raises :class:`CheckFailed`.

Example
-------
>>> from svcx_helpers.grading import Question, register, check, exact
>>> _ = register(Question("demo.two", expected=lambda: 2, compare=exact(),
...                       hints=[("Add one and one.", "一加一。")]))
>>> check("demo.two", 2).status
'pass'
>>> check("demo.two", ...).status
'unanswered'
"""

from __future__ import annotations

import html
import importlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from ..i18n import get_language, t
from .compare import AnswerMismatch, describe

STATUSES = ("pass", "fail", "unanswered", "wrong_type", "wrong_shape", "error")


class CheckFailed(AssertionError):
    """Raised by :func:`check` in strict mode when an answer does not pass."""


Text = tuple[str, str]  # (English, Simplified Chinese)


def tr(text: Text | str) -> str:
    """Pick the current language from an (English, Chinese) pair."""
    if isinstance(text, str):
        return text
    return text[0] if get_language() == "en" else text[1]


@dataclass
class HiddenTest:
    """A grading-only test of a task's answer: ``test(answer, expected)`` raises
    :class:`AnswerMismatch` when it fails."""

    name: str
    test: Callable[[Any, Any], None]
    hint: Text | str = ""


@dataclass(frozen=True)
class Criterion:
    """One criterion of a rubric: an id (a column of the review workbook), the most points a
    trainer may give for it, and what earns them, in English and Chinese.

    >>> Criterion("evidence", 1, ("Quotes a number.", "引用一个数字。")).points
    1
    """

    id: str
    points: float
    descriptor: Text


@dataclass
class Question:
    """A checkable task: id, how to compute the expected answer, how to compare, hints."""

    id: str
    expected: Callable[[], Any]
    compare: Callable[[Any, Any], None]
    hints: Sequence[Text] = ()
    points: float = 1.0
    title: Text | str = ""
    partial: bool = False
    """Award ``credit × points`` for a partly right answer (e.g. 9 of 12 letters)."""
    hidden: Sequence[HiddenTest] = ()
    """Extra tests run only by ``svcx grade``; feedback names the task and the hint,
    never the test or its expected values. They live in the trainer-only
    ``grading/hidden/<assignment>.py``, not in the learners' question bank, and are
    attached by :func:`attach_hidden` when grading needs them."""
    rubric: Sequence[Criterion] = ()
    """Criteria a trainer scores by reading the answer (``svcx review``). The automatic check
    still runs and gives provisional points; once reviewed, the task earns
    ``points × Σ scores ÷ Σ criterion maxima`` (``svcx grade --reviews``)."""
    card: Any = None
    """How the task is answered without code (a :class:`svcx_helpers.grading.cards.Card`),
    or ``None`` for a task only a code exercise asks. A task with a card is part of the
    no-code track: ``answer_card(id)`` shows it in ``exercises/nocode/``."""
    expects: Text | str = ""
    """What a right answer looks like, in words (its form, never its value): shown on the
    feedback page when a visible test fails. Without it the page derives the words from
    the expected answer's type and size (:func:`expected_in_words`)."""


@dataclass
class Feedback:
    """The result of one :func:`check`: shown as HTML in notebooks, as text elsewhere."""

    question_id: str
    status: str
    message: str = ""
    hint: str = ""
    attempt: int = 0
    points: float = 0.0
    max_points: float = 1.0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return self.status == "pass"

    def __bool__(self) -> bool:
        return self.passed

    def title(self) -> str:
        key = {"pass": "check.pass", "fail": "check.fail", "unanswered": "check.unanswered",
               "wrong_type": "check.wrong_type", "wrong_shape": "check.wrong_shape",
               "error": "check.error"}[self.status]
        return t(key)

    def text(self) -> str:
        icon = {"pass": "✔", "unanswered": "…"}.get(self.status, "✘")
        lines = [f"{icon} {self.question_id} — {self.title()} "
                 f"({t('check.points', points=_fmt(self.points), max=_fmt(self.max_points))})"]
        if self.message:
            lines.append(f"  {self.message}")
        if self.hint:
            lines.append(f"  {self._hint_label()}: {self.hint}")
        return "\n".join(lines)

    __str__ = text

    def _hint_label(self) -> str:
        # "Hint 2" while a learner works; just "Hint" in bulk grading (no attempts counted)
        return t("check.hint", n=self.attempt) if self.attempt else t("check.hint_plain")

    def __repr__(self) -> str:
        return self.text()

    def _repr_html_(self) -> str:
        colors = {"pass": ("#e6f4ea", "#137333"), "unanswered": ("#f1f3f4", "#5f6368")}
        bg, fg = colors.get(self.status, ("#fdecea", "#a50e0e"))
        icon = {"pass": "✔", "unanswered": "…"}.get(self.status, "✘")
        parts = [
            f'<div class="svcx-feedback svcx-{self.status}" role="status" '
            f'style="border-left:4px solid {fg};background:{bg};padding:0.5em 0.8em;'
            f'margin:0.3em 0;color:#202124;font-family:sans-serif">',
            f'<strong style="color:{fg}">{icon} {html.escape(self.title())}</strong> '
            f'<code>{html.escape(self.question_id)}</code> '
            f'<span style="color:#5f6368">· '
            f'{html.escape(t("check.points", points=_fmt(self.points), max=_fmt(self.max_points)))}'
            f'</span>',
        ]
        if self.message:
            parts.append(f"<div>{html.escape(self.message)}</div>")
        if self.hint:
            parts.append(f"<div><em>{html.escape(self._hint_label())}:</em> "
                         f"{html.escape(self.hint)}</div>")
        parts.append("</div>")
        return "".join(parts)


def _fmt(x: float) -> str:
    return f"{x:g}"


REGISTRY: dict[str, Question] = {}
_attempts: dict[str, int] = {}


def register(question: Question) -> Question:
    """Add (or replace) a question in the registry and return it."""
    REGISTRY[question.id] = question
    return question


def strict_mode() -> bool:
    """True when ``SVCX_STRICT`` is set to 1/true/yes: failed checks raise."""
    return os.environ.get("SVCX_STRICT", "").strip().lower() in {"1", "true", "yes", "on"}


def get_question(question_id: str) -> Question | None:
    """The registered question, importing its question bank on first use."""
    if question_id not in REGISTRY and "." in question_id:
        bank = question_id.split(".", 1)[0]
        try:
            importlib.import_module(f"svcx_helpers.questions.{bank}")
        except ModuleNotFoundError:
            return None
    return REGISTRY.get(question_id)


def attach_hidden(assignment: str) -> None:
    """Attach the trainer-only hidden tests (``grading/hidden/<assignment>.py``, by
    question id) to the assignment's registered questions. A no-op where the module is
    absent: the learners' bundle ships without ``grading/hidden/``."""
    try:
        module = importlib.import_module(f"svcx_helpers.grading.hidden.{assignment}")
    except ModuleNotFoundError as exc:
        if exc.name in ("svcx_helpers.grading.hidden",
                        f"svcx_helpers.grading.hidden.{assignment}"):
            return  # the learners' copy, or an assignment without hidden tests
        raise
    for question_id, tests in getattr(module, "HIDDEN", {}).items():
        question = REGISTRY.get(question_id)
        if question is not None:
            question.hidden = list(tests)


def reset_attempts(question_id: str | None = None) -> None:
    """Forget failed attempts (all, or of one question), so hints start again."""
    if question_id is None:
        _attempts.clear()
        _results.clear()
    else:
        _attempts.pop(question_id, None)
        _results.pop(question_id, None)


def check(question_id: str, answer: Any) -> Feedback:
    """Check ``answer`` for the question ``question_id`` and return feedback.

    Normal mode never raises; strict mode (``SVCX_STRICT=1``) raises
    :class:`CheckFailed` unless the answer passes.
    """
    feedback = _evaluate(question_id, answer)
    if strict_mode() and not feedback.passed:
        raise CheckFailed(t("check.strict_failed", qid=question_id,
                            message=f"{feedback.title()}: {feedback.message}"))
    return feedback


def _is_unanswered(answer: Any) -> bool:
    return answer is Ellipsis


def _assess(question: Question, answer: Any, hidden: bool = False
            ) -> tuple[str, str, float, Text | str | None]:
    """(status, message, credit, hint-override) of one answer; never raises. A failed hidden
    test is the only failure that comes with a hint override (possibly empty)."""
    if _is_unanswered(answer):
        return "unanswered", t("check.unanswered.detail"), 0.0, None
    try:
        expected = question.expected()
    except Exception as exc:
        return "error", f"{type(exc).__name__}: {exc}", 0.0, None
    try:
        question.compare(answer, expected)
    except AnswerMismatch as mismatch:
        credit = mismatch.credit if question.partial else 0.0
        return mismatch.status, mismatch.message, credit, None
    except Exception as exc:  # comparator tripped over a strange answer: still feedback
        message = t("check.expected_type", expected=describe(expected), got=describe(answer))
        return "wrong_type", f"{message} ({type(exc).__name__})", 0.0, None
    if hidden:
        for test in question.hidden:
            try:
                test.test(answer, expected)
            except Exception:  # any failure of a hidden test is a fail
                return "fail", t("check.hidden_failed"), 0.0, test.hint
    return "pass", "", 1.0, None


def _evaluate(question_id: str, answer: Any) -> Feedback:
    try:
        question = get_question(question_id)
    except Exception as exc:  # a broken question bank must not break the learner's notebook
        return Feedback(question_id, "error", f"{type(exc).__name__}: {exc}")
    if question is None:
        known = ", ".join(sorted(REGISTRY)) or "-"
        return Feedback(question_id, "error",
                        t("check.unknown_question", qid=question_id, known=known),
                        max_points=0)
    status, message, credit, _ = _assess(question, answer)
    points = round(credit * question.points, 2)
    if status in ("pass", "unanswered", "error"):
        if status == "pass":
            _attempts.pop(question_id, None)
        feedback = Feedback(question_id, status, message, points=points,
                            max_points=question.points)
    else:
        n = _attempts.get(question_id, 0) + 1
        _attempts[question_id] = n
        hint = tr(question.hints[min(n, len(question.hints)) - 1]) if question.hints else ""
        feedback = Feedback(question_id, status, message, hint=hint, attempt=n, points=points,
                            max_points=question.points)
    _record(feedback)
    return feedback


def grade_answer(question_id: str, answer: Any, hint_level: int = 1) -> Feedback:
    """Grade one answer as ``svcx grade`` does: visible and hidden tests, partial credit,
    no attempt counting, never raises. Used outside the learner's kernel, on answers
    collected as data.

    ``hint_level`` is how far the learner got in the notebook (the hint number its last
    check showed): the hint of that level is given (the first one by default). When a
    *visible* test fails, ``extra["expected"]`` says in words what was expected (its form,
    never its value); a failed hidden test says nothing about itself."""
    question = get_question(question_id)
    if question is not None:
        attach_hidden(question_id.split(".", 1)[0])
    if question is None:
        return Feedback(question_id, "error", t("check.unknown_question", qid=question_id,
                                                 known="-"), max_points=0)
    status, message, credit, hint = _assess(question, answer, hidden=True)
    extra: dict[str, Any] = {}
    if hint is None and status not in ("pass", "unanswered", "error"):
        if question.hints:
            hint = question.hints[max(1, min(hint_level, len(question.hints))) - 1]
        extra["expected"] = expected_in_words(question)
    return Feedback(question_id, status, message, hint=tr(hint) if hint else "",
                    points=round(credit * question.points, 2), max_points=question.points,
                    extra=extra)


def expected_in_words(question: Question) -> str:
    """What a right answer to ``question`` looks like, in words and in the current language:
    its ``expects`` text, else its type and size — never its value.

    >>> q = Question("demo.words", expected=lambda: [1, 2, 3], compare=lambda a, e: None)
    >>> expected_in_words(q)
    'a list of 3 values'
    """
    if question.expects:
        return tr(question.expects)
    try:
        value = question.expected()
    except Exception:  # the form is unknown: say nothing rather than fail
        return ""
    if value is None:
        return t("check.expects.text")
    if isinstance(value, bool):
        return t("check.expects.bool")
    if isinstance(value, str):
        return t("check.expects.str")
    if isinstance(value, (int, float)):
        return t("check.expects.number")
    if isinstance(value, pd.DataFrame):
        return t("check.expects.table", rows=value.shape[0], columns=value.shape[1])
    if isinstance(value, dict):
        return t("check.expects.dict", keys=", ".join(map(str, value)))
    if isinstance(value, (list, tuple, set, pd.Series, pd.Index)):
        return t("check.expects.list", n=len(value))
    return describe(value)


# --------------------------------------------------------------------------------------
# Progress of the current notebook
# --------------------------------------------------------------------------------------
_results: dict[str, Feedback] = {}


def _record(feedback: Feedback) -> None:
    best = _results.get(feedback.question_id)
    if best is None or feedback.points >= best.points:
        _results[feedback.question_id] = feedback


def load_bank(assignment: str, hidden: bool = True) -> list[Question]:
    """The questions of an assignment, importing its question bank; with ``hidden`` (as
    the grader needs them) their hidden tests attached where the trainer's copy has them."""
    importlib.import_module(f"svcx_helpers.questions.{assignment}")
    if hidden:
        attach_hidden(assignment)
    return [q for qid, q in REGISTRY.items() if qid.split(".", 1)[0] == assignment]


class Progress:
    """Task table of the notebook: done / attempted / not started, with the score."""

    def __init__(self, table: pd.DataFrame) -> None:
        self.table = table

    def _repr_html_(self) -> str:
        return self.table.to_html(index=False, na_rep="")

    def __repr__(self) -> str:
        return self.table.to_string(index=False)


_cards_shown: set[str] = set()


def card_shown(task: str) -> None:
    """Note that this kernel shows the answer card of ``task`` (the no-code track is in use:
    :func:`progress` then lists the no-code track's tasks)."""
    _cards_shown.add(task)


def progress(assignment: str | None = None, track: str | None = None) -> Progress:
    """A table of the assignment's tasks with their state and the score so far.

    ``assignment`` defaults to the one(s) whose checks ran in this kernel. State:
    *done* (passed), *attempted* (checked, not yet passed), *not started*. ``track``:
    ``"nocode"`` lists only the tasks with an answer card, ``"code"`` all; by default the
    no-code track when this kernel has shown answer cards of the assignment.
    """
    names = [assignment] if assignment else sorted({q.split(".", 1)[0] for q in _results})
    cards_shown = {task.split(".", 1)[0] for task in _cards_shown}
    rows = []
    for name in names:
        nocode = track == "nocode" or (track is None and name in cards_shown)
        for q in load_bank(name, hidden=False):
            if nocode and q.card is None:
                continue
            fb = _results.get(q.id)
            # (a Feedback is falsy unless it passed: compare with None explicitly)
            state = ("progress.done" if fb is not None and fb.passed else
                     "progress.attempted" if fb is not None and fb.status != "unanswered"
                     else "progress.not_started")
            rows.append({t("progress.task"): q.id, t("progress.title"): tr(q.title) or "",
                         t("progress.state"): t(state),
                         t("progress.points"): fb.points if fb is not None else 0.0,
                         t("progress.max"): q.points})
    table = pd.DataFrame(rows, columns=[t("progress.task"), t("progress.title"),
                                        t("progress.state"), t("progress.points"),
                                        t("progress.max")])
    if len(table):
        total = {c: "" for c in table.columns}
        total[t("progress.task")] = t("grade.total")
        total[t("progress.points")] = table[t("progress.points")].sum()
        total[t("progress.max")] = table[t("progress.max")].sum()
        table = pd.concat([table, pd.DataFrame([total])], ignore_index=True)
    return Progress(table)
