"""The static pages ``svcx grade`` writes: a learner's feedback page (in the submission's
language), the trainer's item analysis and similarity report (in the trainer's language).

Every page is one self-contained HTML file: no script, no web font, no request to any
server (the item-analysis plot is inline SVG), so it works offline and from a USB stick.
They are written to be accessible — ``lang`` attribute, one ``h1`` and headings in order,
a ``main`` landmark, table headers with ``scope``, colours with a contrast of at least
4.5:1 and never the only sign of a state — and to print (a print style sheet without
the page's margins and with each task kept on one page where it fits).

>>> "<main>" in page("Demo", "<p>hi</p>")
True
"""

from __future__ import annotations

import html
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from ..i18n import language, t
from .checks import Question, load_bank, tr
from .results import REVIEWED, TO_REVIEW, SubmissionResult, TaskResult

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC",
"Microsoft YaHei",sans-serif;max-width:62em;margin:2em auto;padding:0 1em;color:#202124;
line-height:1.5;background:#fff}
h1{font-size:1.6em;margin-bottom:.3em}h2{font-size:1.3em;margin-top:1.6em;
border-bottom:1px solid #dadce0}h3{font-size:1.1em;margin:1.2em 0 .3em}
table{border-collapse:collapse;width:100%;margin:.6em 0}
th,td{border-bottom:1px solid #dadce0;padding:.35em .5em;text-align:left;vertical-align:top}
th{background:#f1f3f4}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
caption{text-align:left;font-weight:600;padding:.3em 0}
code,pre{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.92em}
td code{overflow-wrap:anywhere}
pre{white-space:pre-wrap;word-break:break-word;background:#f8f9fa;padding:.5em;margin:0;
border:1px solid #dadce0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em;margin:.4em 0}
dt{font-weight:600;color:#3c4043}dd{margin:0}
.pass{color:#137333}.fail{color:#a50e0e}.neutral{color:#3c4043}.review{color:#8a4b00}
.state{font-weight:600}.fault{background:#fdecea;border-left:4px solid #a50e0e;padding:.5em}
.note{background:#fef7e0;border-left:4px solid #8a4b00;padding:.5em}
.meta{color:#3c4043}.task{break-inside:avoid;page-break-inside:avoid}
.flag{display:inline-block;border:1px solid #a50e0e;color:#a50e0e;border-radius:3px;
padding:0 .3em;margin:0 .2em .2em 0;font-size:.9em;white-space:nowrap}
.side{display:grid;grid-template-columns:1fr 1fr;gap:.6em;margin:.4em 0 1em}
figure{margin:1em 0}figure svg{max-width:100%;height:auto}
@media print{body{max-width:none;margin:0;padding:0;font-size:10pt}
h2{break-after:avoid;page-break-after:avoid}a{color:inherit;text-decoration:none}
th{background:none}pre{border:none;background:none}}
"""

STATE_CLASS = {"pass": "pass", "unanswered": "neutral", "missing": "neutral",
               "not-run": "neutral"}


def esc(x: Any) -> str:
    return html.escape(str(x))


def page(title: str, body: str, lang: str = "en") -> str:
    """A complete, self-contained page (``lang`` as in the HTML ``lang`` attribute)."""
    return (f'<!DOCTYPE html>\n<html lang="{esc(lang)}"><head><meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<link rel="icon" href="data:,">\n'  # no request for /favicon.ico
            f"<title>{esc(title)}</title>\n<style>{CSS}</style></head>\n"
            f"<body><main>\n<h1>{esc(title)}</h1>\n{body}\n</main></body></html>\n")


def fmt(x: float | None, digits: int = 2) -> str:
    """A number for the pages: ``1.5``, ``11``; NaN and None as a dash."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "—"
    return f"{round(float(x), digits):g}"


def status_label(status: str) -> str:
    """A task or submission status in the current language (unknown ones as they are)."""
    from ..i18n import MESSAGES

    key = f"grade.status.{status}"
    return t(key) if key in MESSAGES else status


def question_title(question: Question | None, task: str) -> str:
    return (tr(question.title) if question is not None and question.title else "") or task


# --------------------------------------------------------------------------------------
# Feedback page of one learner
# --------------------------------------------------------------------------------------
def feedback_html(r: SubmissionResult, assignment: str,
                  class_stats: tuple[float, float, float, int] | None = None) -> str:
    """One learner's feedback page, in the submission's language: per task its title,
    points, the answer (shortened), whether it passed, the hint at the level reached,
    for a failed visible test what was expected in words (never a hidden test, never an
    expected value), the trainer's review; the total against the class's median and
    quartiles (``class_stats = (q1, median, q3, n)``) and any late penalty."""
    with language(r.lang):
        return _feedback_html(r, assignment, class_stats)


def _feedback_html(r: SubmissionResult, assignment: str,
                   class_stats: tuple[float, float, float, int] | None) -> str:
    try:
        bank = {q.id: q for q in load_bank(assignment, hidden=False)}
    except Exception:  # an unknown assignment: titles fall back to the task ids
        bank = {}
    parts = []
    if r.status != "graded":
        parts.append(f"<p class='fault'><strong>{esc(status_label(r.status))}</strong>: "
                     f"{esc(r.reason)}</p>")
    parts.append(f"<h2>{esc(t('grade.fb.result'))}</h2>")
    total = (f"<p><strong>{esc(t('grade.total'))}: {fmt(r.total)} / {fmt(r.max_total)}"
             "</strong>")
    if r.penalty:
        total += " " + esc(t("grade.fb.after_penalty", earned=fmt(r.earned),
                             penalty=fmt(r.penalty * 100, 1)))
    parts.append(total + "</p>")
    if r.submitted:
        when = r.submitted.replace("T", " ")[:16]
        if r.late_seconds > 0:
            from .late import format_lateness

            line = t("grade.fb.submitted_late", when=when, late=format_lateness(r.late_seconds))
        else:
            line = t("grade.fb.submitted", when=when)
        parts.append(f"<p class='meta'>{esc(line)}</p>")
    if class_stats and class_stats[3] > 0:
        q1, med, q3, n = class_stats
        line = t("grade.fb.class", n=n, median=fmt(med), q1=fmt(q1), q3=fmt(q3))
        parts.append(f"<p class='meta'>{esc(line)}</p>")
        parts.append(_class_bar(r.total, r.max_total, q1, med, q3))
    if r.to_review:
        parts.append(f"<p class='note'>{esc(t('grade.fb.to_review_note', n=r.to_review))}</p>")
    # summary table
    rows = []
    for i, x in enumerate(r.tasks, 1):
        title = question_title(bank.get(x.task), x.task)
        rows.append(f"<tr><td class='num'>{i}</td><td><a href='#{esc(_anchor(x.task))}'>"
                    f"{esc(title)}</a></td><td class='state {_cls(x)}'>"
                    f"{esc(_state(x))}</td><td class='num'>{fmt(x.points)} / "
                    f"{fmt(x.max_points)}</td></tr>")
    parts.append(
        f"<table><caption>{esc(t('grade.fb.overview'))}</caption><thead><tr>"
        f"<th scope='col' class='num'>#</th><th scope='col'>{esc(t('progress.task'))}</th>"
        f"<th scope='col'>{esc(t('progress.state'))}</th>"
        f"<th scope='col' class='num'>{esc(t('progress.points'))}</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>")
    parts.append(f"<h2>{esc(t('grade.fb.tasks'))}</h2>")
    for i, x in enumerate(r.tasks, 1):
        parts.append(_task_section(i, x, bank.get(x.task)))
    title = t("grade.feedback_title", assignment=assignment, learner=r.learner)
    return page(title, "\n".join(parts), t("grade.html_lang"))


def _anchor(task: str) -> str:
    return "task-" + re.sub(r"[^\w\-]", "-", task)


def _cls(x: TaskResult) -> str:
    if x.review == TO_REVIEW:
        return "review"
    if x.review == REVIEWED:
        return "pass" if x.points >= x.max_points - 1e-9 else (
            "neutral" if x.points > 0 else "fail")
    return STATE_CLASS.get(x.status, "fail")


def _state(x: TaskResult) -> str:
    if x.review == TO_REVIEW:
        return t("grade.fb.state_to_review")
    if x.review == REVIEWED:
        return t("grade.fb.state_reviewed")
    return status_label(x.status)


def _task_section(i: int, x: TaskResult, question: Question | None) -> str:
    title = question_title(question, x.task)
    items = [(t("grade.fb.points"), f"{fmt(x.points)} / {fmt(x.max_points)}"),
             (t("grade.fb.state"), f"<span class='state {_cls(x)}'>{esc(_state(x))}</span>")]
    if x.answer and x.status not in ("unanswered", "missing", "not-run"):
        items.append((t("grade.fb.answer"), f"<code>{esc(x.answer)}</code>"))
    if x.message and x.status != "pass":
        items.append((t("grade.fb.message"), esc(x.message)))
    if x.expected:
        items.append((t("grade.fb.expected"), esc(x.expected)))
    if x.hint and x.status != "pass":
        items.append((t("check.hint_plain"), esc(x.hint)))
    if x.review == TO_REVIEW:
        items.append((t("grade.fb.review"), esc(t("grade.fb.to_review_task",
                                                   points=fmt(x.points)))))
    elif x.review == REVIEWED and question is not None:
        items.append((t("grade.fb.review"), _rubric_table(x, question)))
    dl = "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in items)
    return (f"<section class='task' id='{esc(_anchor(x.task))}'><h3>{i}. {esc(title)} "
            f"<small class='meta'>(<code>{esc(x.task)}</code>)</small></h3><dl>{dl}</dl>"
            "</section>")


def _rubric_table(x: TaskResult, question: Question) -> str:
    rows = "".join(
        f"<tr><td>{esc(c.id)}</td><td>{esc(tr(c.descriptor))}</td>"
        f"<td class='num'>{fmt(x.scores.get(c.id))} / {fmt(c.points)}</td></tr>"
        for c in question.rubric)
    table = (f"<table><thead><tr><th scope='col'>{esc(t('grade.review.criterion'))}</th>"
             f"<th scope='col'>{esc(t('grade.review.descriptor'))}</th>"
             f"<th scope='col' class='num'>{esc(t('progress.points'))}</th></tr></thead>"
             f"<tbody>{rows}</tbody></table>")
    if x.comment:
        table += f"<p><strong>{esc(t('grade.review.comment'))}:</strong> {esc(x.comment)}</p>"
    return table


def _class_bar(total: float, max_total: float, q1: float, med: float, q3: float) -> str:
    """The class's quartiles as a bar with the learner's total marked (inline SVG, with the
    same numbers in its text alternative)."""
    if not max_total or any(math.isnan(v) for v in (q1, med, q3)):
        return ""
    w, h, pad = 400, 34, 10

    def x(v: float) -> float:
        return pad + (w - 2 * pad) * max(0.0, min(1.0, v / max_total))

    label = t("grade.fb.bar", total=fmt(total), q1=fmt(q1), median=fmt(med), q3=fmt(q3),
              max=fmt(max_total))
    return (f"<svg role='img' aria-label='{esc(label)}' width='{w}' height='{h}' "
            f"viewBox='0 0 {w} {h}'><line x1='{pad}' y1='17' x2='{w - pad}' y2='17' "
            "stroke='#5f6368'/>"
            f"<rect x='{x(q1):.1f}' y='8' width='{max(1.0, x(q3) - x(q1)):.1f}' height='18' "
            "fill='#d2e3fc' stroke='#1a4f9c'/>"
            f"<line x1='{x(med):.1f}' y1='6' x2='{x(med):.1f}' y2='28' stroke='#1a4f9c' "
            "stroke-width='2'/>"
            f"<circle cx='{x(total):.1f}' cy='17' r='6' fill='#a50e0e'/></svg>"
            f"<p class='meta'>{esc(label)}</p>")


# --------------------------------------------------------------------------------------
# Item analysis (trainer)
# --------------------------------------------------------------------------------------
def analysis_rows(results: Sequence[SubmissionResult], assignment: str,
                  method: str = "point_biserial_rest") -> list[dict[str, Any]]:
    """One dict per task of the bank: the statistics of :mod:`.analysis` over the learners
    whose submission was graded (faults left out: their zeros say nothing about a task)."""
    import numpy as np

    from . import analysis as stats

    bank = load_bank(assignment, hidden=False)
    graded = [r for r in results if r.status == "graded"]
    ids = [q.id for q in bank]
    points = [{x.task: x.points for x in r.tasks} for r in graded]
    rows = []
    for q in bank:
        # the learners who had this task (a no-code learner has only the no-code track's
        # tasks), over the tasks all of them had: totals and rest scores stay comparable
        who = [i for i, have in enumerate(points) if q.id in have]
        common = [tid for tid in ids if all(tid in points[i] for i in who)]
        maxima = [next(b.points for b in bank if b.id == tid) for tid in common]
        matrix = np.array([[points[i][tid] for tid in common] for i in who],
                          dtype=float).reshape(len(who), len(common))
        j = common.index(q.id)
        p = stats.facility(matrix, maxima)[j]
        d = (stats.discrimination(matrix, method, maxima)[j] if len(who) else np.nan)
        right, partial, wrong = (s[j] for s in stats.shares(matrix, maxima))
        rows.append({"task": q.id, "title": question_title(q, q.id), "max_points": q.points,
                     "n": len(who), "right": right, "partial": partial,
                     "wrong": wrong, "facility": p, "discrimination": d,
                     "method": method, "flags": stats.flags(p, d)})
    return rows


def wrong_answers(results: Sequence[SubmissionResult], top: int = 3
                  ) -> dict[str, list[tuple[str, int, list[tuple[str, int]]]]]:
    """Per task, the mismatch messages of answers that did not earn all the points, most
    common first: ``(message, count, [(answer, count), …])`` (the ``top`` answers)."""
    groups: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for r in results:
        if r.status != "graded":
            continue
        for x in r.tasks:
            if x.status in ("pass", "unanswered", "missing", "not-run") or \
                    x.points >= x.max_points - 1e-9:
                continue
            groups[x.task][x.message or status_label(x.status)][x.answer or "—"] += 1
    out = {}
    for task, by_message in groups.items():
        ranked = sorted(by_message.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
        out[task] = [(msg, sum(c.values()), c.most_common(top)) for msg, c in ranked]
    return out


def analysis_plot_svg(rows: Sequence[Mapping[str, Any]]) -> str:
    """Facility against discrimination, one labelled point per task, the flag zones
    shaded: an SVG document (text drawn as paths, so Chinese needs no font to view)."""
    import io

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from ..plots.style import OKABE_ITO, new_axes
    from . import analysis as stats

    with plt.rc_context({"svg.fonttype": "path", "svg.hashsalt": "svcx"}):
        ax = new_axes(figsize=(7.0, 4.8))
        ax.axvspan(0, stats.TOO_HARD, color=OKABE_ITO["vermillion"], alpha=0.10, lw=0)
        ax.axvspan(stats.TOO_EASY, 1, color=OKABE_ITO["sky"], alpha=0.15, lw=0)
        ax.axhspan(-1, 0, color=OKABE_ITO["grey"], alpha=0.15, lw=0)
        ax.axhline(0, color="#5f6368", lw=0.8)
        points: dict[tuple[float, float], list[Mapping[str, Any]]] = {}
        for row in rows:  # tasks on the same spot share one point and one label
            p, d = row["facility"], row["discrimination"]
            if not math.isnan(p):
                points.setdefault((round(p, 3), round(0.0 if math.isnan(d) else d, 3)),
                                  []).append(row)
        placed: list[tuple[float, float]] = []
        for (p, y), group in sorted(points.items(), key=lambda kv: (-kv[0][1], kv[0][0])):
            flagged = any(row["flags"] for row in group)
            no_d = all(math.isnan(row["discrimination"]) for row in group)
            ax.scatter([p], [y], s=40, zorder=3, marker="x" if no_d else "o",
                       color=OKABE_ITO["vermillion"] if flagged else OKABE_ITO["blue"])
            label = ", ".join(row["task"].split(".", 1)[-1] for row in group)
            # labels of nearby points step down a line each, so that they do not overlap
            near = sum(abs(p - q) < 0.12 and abs(y - z) < 0.12 for q, z in placed)
            placed.append((p, y))
            ax.annotate(label, (p, y), xytext=(-6 if p > 0.6 else 6, 2 - 10 * near),
                        ha="right" if p > 0.6 else "left", va="center",
                        textcoords="offset points", fontsize=8)
        ax.set_xlim(0, 1)
        ax.set_ylim(-1, 1)
        ax.set_xlabel(t("grade.an.plot_x"))
        ax.set_ylabel(t("grade.an.plot_y"))
        ax.set_title(t("grade.an.plot_title"))
        ax.text(stats.TOO_HARD / 2, -0.97, t("grade.an.zone_hard"), ha="center",
                va="bottom", fontsize=8, color="#3c4043", rotation=90)
        ax.text((1 + stats.TOO_EASY) / 2, -0.97, t("grade.an.zone_easy"), ha="center",
                va="bottom", fontsize=8, color="#3c4043", rotation=90)
        ax.text(0.55, -0.5, t("grade.an.zone_negative"), ha="center", va="center",
                fontsize=8, color="#3c4043")
        buf = io.StringIO()
        ax.figure.savefig(buf, format="svg", metadata={"Date": None})
        plt.close(ax.figure)
    return buf.getvalue()


def inline_svg(svg: str, label: str) -> str:
    """An SVG document as an element to put in a page: without its XML prolog, with
    ``role="img"`` and a text alternative."""
    start = svg.find("<svg")
    body = svg[start:] if start >= 0 else svg
    return body.replace("<svg", f'<svg role="img" aria-label="{esc(label)}"', 1)


def analysis_html(rows: Sequence[Mapping[str, Any]], wrong: Mapping[str, Any],
                  assignment: str, plot_svg: str = "", n_faults: int = 0) -> str:
    """The item-analysis page (current language)."""
    n = rows[0]["n"] if rows else 0
    method = rows[0]["method"] if rows else "point_biserial_rest"
    parts = [f"<p>{esc(t('grade.an.intro', n=n, faults=n_faults))}</p>",
             f"<h2>{esc(t('grade.an.method'))}</h2>",
             f"<p>{esc(t('grade.an.facility_formula'))}</p>",
             f"<p>{esc(t('grade.an.method.' + method))}</p>",
             f"<p>{esc(t('grade.an.flags_rule'))}</p>",
             f"<h2>{esc(t('grade.an.tasks'))}</h2>"]
    head = "".join(f"<th scope='col'{' class=num' if num else ''}>{esc(t(k))}</th>"
                   for k, num in (("progress.task", False), ("progress.title", False),
                                  ("progress.max", True), ("grade.an.right", True),
                                  ("grade.an.partial", True), ("grade.an.wrong", True),
                                  ("grade.an.facility", True),
                                  ("grade.an.discrimination", True),
                                  ("grade.an.flags", False)))
    body = []
    for row in rows:
        flags = "".join(f"<span class='flag'>{esc(t('grade.an.flag.' + f))}</span>"
                        for f in row["flags"])
        body.append(
            f"<tr><td><code>{esc(row['task'])}</code></td><td>{esc(row['title'])}</td>"
            f"<td class='num'>{fmt(row['max_points'])}</td>"
            + "".join(f"<td class='num'>{_pct(row[k])}</td>" for k in ("right", "partial",
                                                                       "wrong"))
            + f"<td class='num'>{fmt(row['facility'], 2)}</td>"
            f"<td class='num'>{fmt(row['discrimination'], 2)}</td><td>{flags}</td></tr>")
    parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody>"
                 "</table>")
    if plot_svg:
        label = t("grade.an.plot_alt", n=len(rows))
        parts.append(f"<h2>{esc(t('grade.an.plot_title'))}</h2><figure>"
                     f"{inline_svg(plot_svg, label)}<figcaption>{esc(label)}</figcaption>"
                     "</figure>")
    parts.append(f"<h2>{esc(t('grade.an.common_wrong'))}</h2>")
    titles = {row["task"]: row["title"] for row in rows}
    any_wrong = False
    for task in [row["task"] for row in rows]:
        groups = wrong.get(task)
        if not groups:
            continue
        any_wrong = True
        trs = "".join(
            f"<tr><td class='num'>{count}</td><td>{esc(msg)}</td><td>"
            + "<br>".join(f"<code>{esc(a)}</code> ×{c}" for a, c in answers) + "</td></tr>"
            for msg, count, answers in groups)
        parts.append(
            f"<h3>{esc(titles.get(task, task))} (<code>{esc(task)}</code>)</h3><table><thead>"
            f"<tr><th scope='col' class='num'>{esc(t('grade.an.count'))}</th>"
            f"<th scope='col'>{esc(t('grade.message'))}</th>"
            f"<th scope='col'>{esc(t('grade.an.answers'))}</th></tr></thead>"
            f"<tbody>{trs}</tbody></table>")
    if not any_wrong:
        parts.append(f"<p>{esc(t('grade.an.none_wrong'))}</p>")
    return page(t("grade.an.title", assignment=assignment), "\n".join(parts),
                t("grade.html_lang"))


def _pct(x: float) -> str:
    return "—" if math.isnan(x) else f"{x * 100:.0f} %"


# --------------------------------------------------------------------------------------
# Similar submissions (trainer)
# --------------------------------------------------------------------------------------
def similarity_html(pairs: Sequence[Any], assignment: str, n: int, *, threshold: float,
                    min_shingles: int, k: int) -> str:
    """The report of similar submissions (current language): the reported pairs and, for
    each, the alike cells side by side."""
    intro = t("grade.sim.intro", n=n, threshold=fmt(threshold), min=min_shingles, k=k)
    parts = [f"<p>{esc(intro)}</p>",
             f"<p class='note'>{esc(t('grade.sim.not_a_verdict'))}</p>"]
    flagged = [p for p in pairs if p.flagged]
    if not flagged:
        parts.append(f"<p>{esc(t('grade.sim.none'))}</p>")
    else:
        head = "".join(f"<th scope='col'{' class=num' if num else ''}>{esc(t(k_))}</th>"
                       for k_, num in (("grade.sim.a", False), ("grade.sim.b", False),
                                       ("grade.sim.similarity", True),
                                       ("grade.sim.shingles", True),
                                       ("grade.sim.shared", True)))
        rows = "".join(
            f"<tr><td><a href='#pair-{i}'>{esc(p.a)}</a></td><td>{esc(p.b)}</td>"
            f"<td class='num'>{p.similarity:.2f}</td>"
            f"<td class='num'>{p.shingles_a} / {p.shingles_b}</td>"
            f"<td class='num'>{p.shared}</td></tr>" for i, p in enumerate(flagged, 1))
        parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
        for i, p in enumerate(flagged, 1):
            heading = t("grade.sim.pair", a=p.a, b=p.b, similarity=f"{p.similarity:.2f}")
            parts.append(f"<h2 id='pair-{i}'>{esc(heading)}</h2>")
            for key, code_a, code_b, sim in p.cells:
                parts.append(
                    f"<h3>{esc(t('grade.sim.cell', cell=key, similarity=f'{sim:.2f}'))}</h3>"
                    f"<div class='side'><div><p class='meta'>{esc(p.a)}</p><pre>{esc(code_a)}"
                    f"</pre></div><div><p class='meta'>{esc(p.b)}</p><pre>{esc(code_b)}</pre>"
                    "</div></div>")
    return page(t("grade.sim.title", assignment=assignment), "\n".join(parts),
                t("grade.html_lang"))
