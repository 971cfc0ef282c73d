"""Reviewing written answers against a rubric: ``svcx review RESULTS`` and
``svcx grade … --reviews FILE``.

A question of a bank may carry a rubric (:class:`svcx_helpers.grading.checks.Criterion`:
an id, the most points, a descriptor in English and Chinese). ``svcx grade`` runs the
automatic check of such a task as usual (its points are provisional) and marks each
written answer *to review*. ``svcx review RESULTS`` then writes

* ``review.xlsx``: one sheet per task with a rubric (the task id as the sheet's name,
  shortened to Excel's 31 characters where needed): a row per learner with the answer
  text and the automatic check's result, a column per criterion (its maximum in the
  header, its descriptor in row 2; Excel refuses numbers outside 0…maximum) and a
  comment column. Answers already reviewed come with their scores, to be changed.
* ``review.html``: the same answers with the rubric, to read on a screen or print.

``svcx grade … --reviews review.xlsx`` merges the scores: a reviewed task earns
``points × Σ scores ÷ Σ criterion maxima`` (the automatic points are kept alongside), and
the comment goes on the learner's feedback page. The file is checked first, whole; any
unknown learner or sheet, a missing criterion column or score, a score that is not a
number, negative or above the criterion's maximum is reported with its sheet and cell —
``review.xlsx, sheet kano.t8_justify, cell D7: 3 is above the maximum 2`` — and nothing
is merged. A row whose criteria and comment are all empty is not reviewed yet. Merged
reviews are remembered in ``reviews.json`` and merged again by later runs as long as the
learner's answer text is the same (a changed answer is "to review" again).

>>> sheet_names(["kano.t8_justify", "capstone.a_rather_long_task_id_for_a_sheet"]).values()
dict_values(['kano.t8_justify', 'capstone.a_rather_long_task_i~2'])
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..i18n import LANGUAGES, t
from .checks import Question, load_bank, tr
from .pages import esc, fmt, page, question_title, status_label
from .results import REVIEWED, TO_REVIEW, SubmissionResult, load_results, results_assignment

REVIEW_XLSX = "review.xlsx"
REVIEW_HTML = "review.html"
FIRST_ROW = 3  # row 1: headers, row 2: the criteria's descriptors
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


class ReviewError(ValueError):
    """A review file that cannot be merged; ``problems`` lists every problem found."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = list(problems)


@dataclass
class Review:
    """A trainer's scores (criterion id → points) and comment for one learner's task."""

    scores: dict[str, float]
    comment: str = ""


def sheet_names(tasks: Iterable[str]) -> dict[str, str]:
    """Each task's sheet name: the task id, made legal for Excel (at most 31 characters,
    none of ``[]:*?/\\``); a shortened name ends in ``~n`` (its place in the list)."""
    out: dict[str, str] = {}
    for n, task in enumerate(tasks, 1):
        name = _BAD_SHEET_CHARS.sub("_", task)
        if len(name) > 31:
            suffix = f"~{n}"
            name = name[: 31 - len(suffix)] + suffix
        out[task] = name
    return out


def rubric_questions(assignment: str) -> list[Question]:
    """The questions of ``assignment`` that carry a rubric, in the bank's order."""
    return [q for q in load_bank(assignment, hidden=False) if q.rubric]


def criterion_header(criterion_id: str, points: float) -> str:
    """``evidence (0–1)``: the header of a criterion's column."""
    return f"{criterion_id} (0–{fmt(points)})"


def _labels(key: str) -> set[str]:
    return {t(key, lang=lang).casefold() for lang in LANGUAGES}


# --------------------------------------------------------------------------------------
# svcx review: the workbook and the page
# --------------------------------------------------------------------------------------
def write_review(results_dir: Path | str, *, force: bool = False) -> tuple[Path, Path]:
    """Write ``review.xlsx`` and ``review.html`` into ``results_dir`` (the results folder of
    ``svcx grade``), in the current language; refuse to overwrite a ``review.xlsx`` a
    trainer may have filled in unless ``force``."""
    out = Path(results_dir)
    assignment = results_assignment(out)
    if assignment is None:
        raise ValueError(t("grade.review.no_results", path=out))
    results = sorted(load_results(out, assignment).values(), key=lambda r: r.learner)
    questions = rubric_questions(assignment)
    if not questions:
        raise ValueError(t("grade.review.no_rubric", assignment=assignment))
    xlsx = out / REVIEW_XLSX
    if xlsx.exists() and not force:
        raise ValueError(t("grade.review.exists", path=xlsx))
    write_workbook(xlsx, results, questions)
    html_path = out / REVIEW_HTML
    html_path.write_text(review_html(results, questions, assignment), encoding="utf-8")
    return xlsx, html_path


def _rows(results: Sequence[SubmissionResult], task: str) -> list[tuple[SubmissionResult, Any]]:
    out = []
    for r in results:
        x = next((x for x in r.tasks if x.task == task), None)
        if x is not None and x.review in (TO_REVIEW, REVIEWED):
            out.append((r, x))
    return out


def write_workbook(path: Path, results: Sequence[SubmissionResult],
                   questions: Sequence[Question]) -> None:
    """The review workbook (see the module's docstring)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    wb.remove(wb.active)
    names = sheet_names(q.id for q in questions)
    bold, grey = Font(bold=True), PatternFill("solid", fgColor="F1F3F4")
    wrap = Alignment(wrap_text=True, vertical="top")
    for q in questions:
        ws = wb.create_sheet(names[q.id])
        crit = list(q.rubric)
        headers = [t("grade.review.learner"), t("grade.review.answer"),
                   t("grade.review.automatic"),
                   *(criterion_header(c.id, c.points) for c in crit), t("grade.review.comment")]
        ws.append(headers)
        ws.append(["", question_title(q, q.id), t("grade.review.auto_note"),
                   *(tr(c.descriptor) for c in crit), ""])
        for cell in ws[1]:
            cell.font, cell.fill = bold, grey
        for cell in ws[2]:
            cell.alignment, cell.font = wrap, Font(italic=True)
        for r, x in _rows(results, q.id):
            auto = x.auto_points if x.auto_points is not None else x.points
            ws.append([r.learner, x.text or x.answer,
                       f"{status_label(x.status)} {fmt(auto)}/{fmt(x.max_points)}",
                       *(x.scores.get(c.id) if x.review == REVIEWED else None for c in crit),
                       x.comment or None])
        last = max(ws.max_row, FIRST_ROW)
        for i, c in enumerate(crit, 4):
            col = get_column_letter(i)
            dv = DataValidation(type="decimal", operator="between", formula1="0",
                                formula2=str(c.points), allow_blank=True, showErrorMessage=True,
                                error=t("grade.review.dv_error", max=fmt(c.points)))
            dv.add(f"{col}{FIRST_ROW}:{col}{last + 200}")
            ws.add_data_validation(dv)
            ws.column_dimensions[col].width = 16
        ws.column_dimensions["A"].width = 18
        ws.column_dimensions["B"].width = 70
        ws.column_dimensions["C"].width = 16
        ws.column_dimensions[get_column_letter(len(headers))].width = 40
        for row in ws.iter_rows(min_row=FIRST_ROW):
            for cell in row:
                cell.alignment = wrap
        ws.freeze_panes = "B3"
    if not wb.sheetnames:
        wb.create_sheet("-")
    tmp = path.with_name(path.name + ".tmp")
    wb.save(tmp)
    tmp.replace(path)


def review_html(results: Sequence[SubmissionResult], questions: Sequence[Question],
                assignment: str) -> str:
    """The static review page: per task its rubric and every answer to review."""
    parts = [f"<p>{esc(t('grade.review.page_intro', xlsx=REVIEW_XLSX))}</p>"]
    for q in questions:
        parts.append(f"<h2>{esc(question_title(q, q.id))} (<code>{esc(q.id)}</code>)</h2>")
        rows = "".join(f"<tr><td><code>{esc(c.id)}</code></td><td class='num'>{fmt(c.points)}"
                       f"</td><td>{esc(tr(c.descriptor))}</td></tr>" for c in q.rubric)
        parts.append(f"<table><caption>{esc(t('grade.review.rubric'))}</caption><thead><tr>"
                     f"<th scope='col'>{esc(t('grade.review.criterion'))}</th>"
                     f"<th scope='col' class='num'>{esc(t('progress.max'))}</th>"
                     f"<th scope='col'>{esc(t('grade.review.descriptor'))}</th></tr></thead>"
                     f"<tbody>{rows}</tbody></table>")
        answers = _rows(results, q.id)
        if not answers:
            parts.append(f"<p>{esc(t('grade.review.nothing'))}</p>")
        for r, x in answers:
            auto = x.auto_points if x.auto_points is not None else x.points
            state = (t("grade.fb.state_reviewed") + ": " + ", ".join(
                f"{k} {fmt(v)}" for k, v in x.scores.items())) if x.review == REVIEWED \
                else t("grade.fb.state_to_review")
            parts.append(
                f"<section class='task'><h3>{esc(r.learner)}</h3><p class='meta'>"
                f"{esc(t('grade.review.automatic'))}: {esc(status_label(x.status))} "
                f"{fmt(auto)}/{fmt(x.max_points)} · {esc(state)}</p>"
                f"<pre>{esc(x.text or x.answer)}</pre>"
                + (f"<p><strong>{esc(t('grade.review.comment'))}:</strong> {esc(x.comment)}</p>"
                   if x.comment else "") + "</section>")
    return page(t("grade.review.title", assignment=assignment), "\n".join(parts),
                t("grade.html_lang"))


# --------------------------------------------------------------------------------------
# svcx grade --reviews: read, check, merge
# --------------------------------------------------------------------------------------
def _number(value: Any) -> float | None:
    """A score cell's number; None when empty; raises ValueError when not a number."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        number = float(str(value).strip().replace(",", "."))
    if math.isnan(number) or math.isinf(number):
        raise ValueError(value)
    return number


def read_reviews(path: Path | str, assignment: str, learners: Iterable[str]
                 ) -> dict[tuple[str, str], Review]:
    """The reviews in a filled-in review workbook, by (learner, task). Every problem of the
    file is collected first; any problem raises :class:`ReviewError` (nothing is read)."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    path = Path(path)
    name = path.name
    try:
        wb = load_workbook(path, data_only=True, read_only=True)
    except Exception as exc:  # not a workbook, or unreadable
        raise ReviewError([t("grade.review.unreadable", file=name,
                             error=f"{type(exc).__name__}: {str(exc)[:200]}")]) from None
    questions = {q.id: q for q in rubric_questions(assignment)}
    by_sheet = {sheet: task for task, sheet in sheet_names(questions).items()}
    known = set(learners)
    problems: list[str] = []
    reviews: dict[tuple[str, str], Review] = {}

    def problem(sheet: str, cell: str, message: str) -> None:
        problems.append(t("grade.review.at", file=name, sheet=sheet, cell=cell,
                          message=message))

    comment_labels = _labels("grade.review.comment")
    try:
        for ws in wb.worksheets:
            sheet = ws.title
            task = by_sheet.get(sheet)
            if task is None:
                problems.append(t("grade.review.unknown_sheet", file=name, sheet=sheet,
                                  tasks=", ".join(by_sheet) or "-"))
                continue
            crit = {c.id: c for c in questions[task].rubric}
            rows = list(ws.iter_rows(values_only=True))
            header = [str(v).strip() if v is not None else "" for v in (rows[0] if rows
                                                                         else ())]
            columns: dict[str, int] = {}
            comment_col = None
            for i, text in enumerate(header):
                cid = text.split(" (", 1)[0].strip()
                if cid in crit and cid not in columns:
                    columns[cid] = i
                elif text.casefold() in comment_labels:
                    comment_col = i
            for cid in crit:
                if cid not in columns:
                    problems.append(t("grade.review.no_column", file=name, sheet=sheet,
                                      criterion=cid, header=criterion_header(
                                          cid, crit[cid].points)))
            if any(cid not in columns for cid in crit):
                continue
            seen: dict[str, int] = {}
            for n, row in enumerate(rows[FIRST_ROW - 1:], FIRST_ROW):
                cells = list(row) + [None] * (len(header) - len(row))
                learner = str(cells[0]).strip() if cells and cells[0] is not None else ""
                comment = cells[comment_col] if comment_col is not None else None
                comment = "" if comment is None else str(comment).strip()
                values = {cid: cells[i] if i < len(cells) else None
                          for cid, i in columns.items()}
                scores: dict[str, float] = {}
                blank = []
                for cid, value in values.items():
                    ref = f"{get_column_letter(columns[cid] + 1)}{n}"
                    try:
                        number = _number(value)
                    except (TypeError, ValueError):
                        problem(sheet, ref, t("grade.review.not_number", value=value))
                        continue
                    if number is None:
                        blank.append((cid, ref))
                    elif number < 0:
                        problem(sheet, ref, t("grade.review.negative", value=fmt(number)))
                    elif number > crit[cid].points + 1e-9:
                        problem(sheet, ref, t("grade.review.above", value=fmt(number),
                                              max=fmt(crit[cid].points)))
                    else:
                        scores[cid] = number
                filled = len(blank) < len(values) or comment
                if not learner:
                    if filled:
                        problem(sheet, f"A{n}", t("grade.review.no_learner"))
                    continue
                if learner not in known:
                    problem(sheet, f"A{n}", t("grade.review.unknown_learner", learner=learner))
                    continue
                if learner in seen:
                    problem(sheet, f"A{n}", t("grade.review.twice", learner=learner,
                                               row=seen[learner]))
                    continue
                seen[learner] = n
                if not filled:
                    continue  # not reviewed yet
                for cid, ref in blank:
                    problem(sheet, ref, t("grade.review.missing_score", criterion=cid))
                if len(scores) == len(crit):
                    reviews[(learner, task)] = Review(scores, comment)
    finally:
        wb.close()
    if problems:
        raise ReviewError(problems)
    return reviews


def apply_reviews(results: Iterable[SubmissionResult],
                  reviews: Mapping[tuple[str, str], Review], assignment: str) -> int:
    """Merge reviews into the results (points, scores, comment; the automatic points kept
    in ``auto_points``); return how many tasks were merged."""
    questions = {q.id: q for q in rubric_questions(assignment)}
    merged = 0
    for r in results:
        for x in r.tasks:
            review = reviews.get((r.learner, x.task))
            q = questions.get(x.task)
            if review is None or q is None:
                continue
            top = sum(c.points for c in q.rubric)
            if x.auto_points is None:
                x.auto_points = x.points
            x.scores = {c.id: review.scores[c.id] for c in q.rubric}
            x.comment = review.comment
            x.points = round(q.points * sum(x.scores.values()) / top, 2) if top else 0.0
            x.review = REVIEWED
            merged += 1
    return merged


SAVED_REVIEWS = "reviews.json"


def _digest(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def saved_reviews(results_dir: Path) -> dict[tuple[str, str], tuple[Review, str]]:
    """The reviews merged by earlier runs (``reviews.json``), with the digest of the answer
    text they were given for."""
    import json

    try:
        data = json.loads((results_dir / SAVED_REVIEWS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    out = {}
    for item in data if isinstance(data, list) else []:
        try:
            out[(item["learner"], item["task"])] = (
                Review({k: float(v) for k, v in item["scores"].items()},
                       str(item.get("comment", ""))), str(item["text_sha256"]))
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
    return out


def reapply_saved(results: Iterable[SubmissionResult], results_dir: Path,
                  assignment: str) -> int:
    """Merge the reviews of earlier runs again where the answer text is still the same (a
    changed answer goes back to "to review"); return how many."""
    saved = saved_reviews(results_dir)
    texts = {(r.learner, x.task): x.text for r in results for x in r.tasks}
    still = {key: review for key, (review, digest) in saved.items()
             if key in texts and _digest(texts[key]) == digest}
    return apply_reviews(results, still, assignment)


def save_reviews(results: Iterable[SubmissionResult], results_dir: Path) -> None:
    """Remember every reviewed task in ``reviews.json``, so that re-grading keeps it."""
    import json

    items = [{"learner": r.learner, "task": x.task, "scores": x.scores,
              "comment": x.comment, "text_sha256": _digest(x.text)}
             for r in results for x in r.tasks if x.review == REVIEWED]
    path = results_dir / SAVED_REVIEWS
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(items, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)
