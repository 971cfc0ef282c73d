"""What ``svcx grade`` found: one :class:`SubmissionResult` per learner, one
:class:`TaskResult` per task, and how an answer is shown on the pages (shortened).

``results.json`` in the results folder holds them all (:func:`save_results`,
:func:`load_results`): ``svcx review`` reads it, and ``svcx grade --only/--task`` keeps the
other learners' and tasks' results from it.

Example
-------
>>> r = SubmissionResult("wang", "wang.ipynb", "0" * 64,
...                      tasks=[TaskResult("kano.t4_better", 1, 1, "pass"),
...                             TaskResult("kano.t4_worse", 0, 1, "fail")])
>>> r.earned, r.max_total
(1, 2)
>>> r.penalty = 0.3
>>> r.total
0.7
>>> summarize(["I", "A", "I", "I", "O", "M", "M", "I", "I", "M", "O", "M"], limit=30)
'[I, A, I, I, O, M, M, …] (12)'
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

RESULTS_NAME = "results.json"
RESULTS_FORMAT = 2
"""Bumped whenever a result gains information (answers, review, submission time): results
of an older format are graded again rather than reused."""
TO_REVIEW = "to-review"
REVIEWED = "reviewed"
TEXT_LIMIT = 20_000


@dataclass
class TaskResult:
    task: str
    points: float
    max_points: float
    status: str
    message: str = ""
    hint: str = ""
    answer: str = ""
    """The learner's answer, shortened for the pages (:func:`summarize`)."""
    text: str = ""
    """The whole written answer of a task with a rubric (what the trainer reads)."""
    expected: str = ""
    """For a failed visible test: what was expected, in words (its form, never its value)."""
    review: str = ""
    """``to-review`` (a rubric task the trainer has not scored yet) or ``reviewed``."""
    scores: dict[str, float] = field(default_factory=dict)
    """The trainer's score per rubric criterion."""
    comment: str = ""
    auto_points: float | None = None
    """The automatic check's points, kept when a review replaced them."""


@dataclass
class SubmissionResult:
    learner: str
    file: str
    sha256: str
    status: str = "graded"
    reason: str = ""
    seconds: float = 0.0
    tasks: list[TaskResult] = field(default_factory=list)
    cached: bool = False
    lang: str = "en"
    """The submission's language (its notebook's ``metadata.svcx.lang``): messages, hints
    and the feedback page are written in it."""
    sandbox: str = "bwrap"
    """``bwrap`` when the kernel ran in a bubblewrap sandbox; ``none`` when it was graded
    with ``--no-isolation`` (limits and the audit hook only)."""
    submitted: str = ""
    """When it was handed in (ISO 8601, local time): the LMS zip's entry date or the file's
    modification time."""
    late_seconds: float = 0.0
    """How long after the due time (0 when on time or no due time was given)."""
    penalty: float = 0.0
    """The share of the earned points taken off for lateness (0.3 = 30 %)."""
    track: str = "code"
    """``code``, or ``nocode`` for a notebook answered with answer cards: its tasks are the
    no-code track's (the bank's tasks with a card) and its maximum is theirs."""

    @property
    def earned(self) -> float:
        """Points earned before any late penalty."""
        return round(sum(r.points for r in self.tasks), 2)

    @property
    def total(self) -> float:
        """Points after the late penalty: ``earned × (1 − penalty)``."""
        return round(self.earned * (1 - self.penalty), 2)

    @property
    def max_total(self) -> float:
        return round(sum(r.max_points for r in self.tasks), 2)

    @property
    def to_review(self) -> int:
        return sum(x.review == TO_REVIEW for x in self.tasks)


def result_from_dict(data: Mapping[str, Any]) -> SubmissionResult:
    """A :class:`SubmissionResult` from its ``asdict`` form (unknown keys ignored)."""
    names = set(SubmissionResult.__dataclass_fields__) - {"tasks"}
    task_names = set(TaskResult.__dataclass_fields__)
    r = SubmissionResult(**{k: v for k, v in data.items() if k in names})
    r.tasks = [TaskResult(**{k: v for k, v in x.items() if k in task_names})
               for x in data.get("tasks", [])]
    return r


def save_results(results: Iterable[SubmissionResult], assignment: str, key: str,
                 out: Path) -> None:
    """Write ``results.json`` (atomically)."""
    data = {"format": RESULTS_FORMAT, "assignment": assignment, "key": key,
            "results": [{**asdict(r), "cached": False} for r in results]}
    path = out / RESULTS_NAME
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def load_results(out: Path, assignment: str | None = None) -> dict[str, SubmissionResult]:
    """The results saved in ``out`` by learner (empty if none, of another assignment or of
    an older format)."""
    try:
        data = json.loads((out / RESULTS_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != RESULTS_FORMAT or (
            assignment is not None and data.get("assignment") != assignment):
        return {}
    return {r.learner: r for r in map(result_from_dict, data.get("results", []))}


def results_assignment(out: Path) -> str | None:
    """The assignment whose results ``out`` holds, or None."""
    try:
        data = json.loads((out / RESULTS_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data.get("assignment") if isinstance(data, dict) else None


# --------------------------------------------------------------------------------------
# Answers as the pages show them
# --------------------------------------------------------------------------------------
def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: max(1, limit - 1)].rstrip() + "…"


def _scalar(x: Any) -> str:
    if isinstance(x, float):
        return "nan" if math.isnan(x) else f"{x:.6g}"
    return str(x)


def summarize(value: Any, limit: int = 160) -> str:
    """A learner's answer in at most ``limit`` characters: texts shortened, lists by their
    first items and length, tables by their size. Never raises."""
    try:
        return _summarize(value, limit)
    except Exception:  # a strange answer: its type is enough
        return type(value).__name__


def _summarize(value: Any, limit: int) -> str:
    from .payload import Opaque

    if value is Ellipsis:
        return "..."
    if isinstance(value, Opaque):
        return f"<{value.type_name}>"
    if isinstance(value, str):
        return _shorten(value, limit)
    if value is None or isinstance(value, (bool, int, float)):
        return _scalar(value)
    if isinstance(value, Mapping):
        items = [f"{k}: {_summarize(v, 40)}" for k, v in value.items()]
        return _items("{", items, "}", len(items), limit)
    try:
        import pandas as pd

        if isinstance(value, pd.DataFrame):
            return f"DataFrame {value.shape[0]}×{value.shape[1]}"
        if isinstance(value, (pd.Series, pd.Index)):
            value = value.tolist()
    except ImportError:  # pragma: no cover - pandas is a dependency
        pass
    if isinstance(value, (list, tuple, set, frozenset)):
        seq = list(value) if not isinstance(value, (set, frozenset)) else sorted(value, key=str)
        return _items("[", [_summarize(v, 40) for v in seq[:50]], "]", len(seq), limit)
    return _shorten(str(value), limit)


def _items(open_: str, items: list[str], close: str, n: int, limit: int) -> str:
    out = ""
    suffix = f"{close} ({n})" if n > 3 else close
    for i, item in enumerate(items):
        piece = item if i == 0 else f", {item}"
        if len(open_) + len(out) + len(piece) + len(suffix) + 3 > limit:
            return f"{open_}{out}, …{suffix}" if out else f"{open_}…{suffix}"
        out += piece
    if len(items) < n:
        return f"{open_}{out}, …{suffix}"
    return f"{open_}{out}{suffix}"


def answer_text(value: Any) -> str:
    """The written part of an answer, whole, for the trainer's review: a text as it is; a
    dict's texts as ``key: text`` lines; a list's texts one per line; else empty."""
    if isinstance(value, str):
        return value[:TEXT_LIMIT]
    if isinstance(value, Mapping):
        parts = [f"{k}: {v}" for k, v in value.items() if isinstance(v, str)]
        return "\n".join(parts)[:TEXT_LIMIT]
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return "\n".join(value)[:TEXT_LIMIT]
    return ""
