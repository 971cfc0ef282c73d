"""Self-check quizzes that work in JupyterLab *and* on the static book site, offline.

A quiz is plain HTML and CSS — native radio buttons with the feedback revealed by the
``:checked`` selector — so it needs no JavaScript, no kernel and no server: it works in a
built Jupyter Book page opened from disk, by mouse or keyboard (Tab to a question,
arrow keys to choose), and in JupyterLab.

Example
-------
>>> from svcx_helpers.quiz import quiz_html
>>> html = quiz_html([{"question": "Which category is (like, dislike)?",
...                    "options": ["Attractive", "One-dimensional"], "answer": 1,
...                    "explain": "Like when present, dislike when absent."}], "demo")
>>> "svcx-quiz" in html
True
"""

from __future__ import annotations

import hashlib
import html
import os
import re
from collections.abc import Mapping, Sequence
from typing import Any

from .i18n import t, text

_CSS = """
.svcx-quiz{border:1px solid #c8ccd0;border-radius:6px;padding:.6em 1em;margin:.8em 0;
  font-family:inherit;font-size:1rem;line-height:1.45;color:inherit}
.svcx-quiz .svcx-quiz-title{font-weight:700;font-size:1.05rem;margin:.2em 0 .3em 0}
.svcx-quiz p{margin:.2em 0 .5em 0}
.svcx-quiz fieldset{border:0;border-top:1px solid #e1e4e8;margin:.4em 0;padding:.5em 0 0 0;
  min-width:0}
.svcx-quiz legend{font-weight:600;font-size:1rem;padding:0;margin-bottom:.3em;
  white-space:normal}
.svcx-quiz .svcx-opt{display:flex;flex-wrap:wrap;align-items:baseline;margin:.2em 0}
.svcx-quiz .svcx-opt input{flex:0 0 auto;margin:0 .5em 0 0}
.svcx-quiz .svcx-opt label{flex:1 1 0;min-width:0;cursor:pointer}
.svcx-quiz .svcx-fb{display:none;flex:0 0 calc(100% - 1.6em);box-sizing:border-box;
  margin:.25em 0 .35em 1.6em;padding:.3em .6em;border-left:4px solid}
.svcx-quiz .svcx-opt input:checked ~ .svcx-fb{display:block}
.svcx-quiz .svcx-ok{border-color:#137333;background:#e6f4ea;color:#0b3d1b}
.svcx-quiz .svcx-no{border-color:#a50e0e;background:#fdecea;color:#5b0b0b}
.svcx-quiz input:focus-visible{outline:3px solid #1a73e8;outline-offset:2px}
"""


def _slug(text: str) -> str:
    return re.sub(r"[^a-zA-Z0-9_-]+", "-", text).strip("-") or "quiz"


def quiz_html(questions: Sequence[Mapping[str, Any]], quiz_id: str,
              title: str | None = None) -> str:
    """Render questions as a self-contained HTML quiz.

    Each question is a mapping with ``question`` (text), ``options`` (list of texts),
    ``answer`` (index of the correct option, or a list of indices when several are
    right) and ``explain`` (one text, or one text per option). Text is escaped; ids are
    derived from ``quiz_id`` so the output is the same on every run.

    A question marked ``"reveals": True`` has an explanation that gives an exercise's
    answer away: in the class edition of the site (``svcx build --edition class`` runs
    the notebooks with ``SVCX_EDITION=class``) it is shown with the verdict only.
    """
    hide = os.environ.get("SVCX_EDITION") == "class"
    qid = _slug(quiz_id) + "-" + hashlib.sha1(quiz_id.encode()).hexdigest()[:6]
    title = text(title) if title else None
    out = [f'<div class="svcx-quiz" id="svcx-quiz-{qid}">', f"<style>{_CSS}</style>",
           f'<div class="svcx-quiz-title">{html.escape(title or t("quiz.title"))}</div>',
           f"<p><small>{html.escape(t('quiz.instructions'))}</small></p>"]
    for qi, q in enumerate(questions, start=1):
        answers = q["answer"] if isinstance(q["answer"], (list, tuple)) else [q["answer"]]
        explain = "" if hide and q.get("reveals") else q.get("explain", "")
        name = f"{qid}-q{qi}"
        out.append(f'<fieldset><legend>{qi}. {html.escape(text(q["question"]))}</legend>')
        for oi, option in enumerate(q["options"]):
            ok = oi in answers
            note = text(explain[oi] if isinstance(explain, (list, tuple)) else explain)
            verdict = t("quiz.correct") if ok else t("quiz.incorrect")
            oid = f"{name}-o{oi}"
            out.append(
                f'<div class="svcx-opt"><input type="radio" name="{name}" id="{oid}" '
                f'value="{oi}"><label for="{oid}">{html.escape(text(str(option)))}</label>'
                f'<div class="svcx-fb {"svcx-ok" if ok else "svcx-no"}" '
                f'data-correct="{str(ok).lower()}">'
                f"<strong>{html.escape(verdict)}</strong> {html.escape(str(note))}</div></div>")
        out.append("</fieldset>")
    out.append("</div>")
    return "".join(out)


class Quiz:
    """A quiz object that renders itself as HTML in notebooks and book pages."""

    def __init__(self, questions: Sequence[Mapping[str, Any]], quiz_id: str,
                 title: str | None = None) -> None:
        self.questions, self.quiz_id, self.title = questions, quiz_id, title

    def _repr_html_(self) -> str:
        return quiz_html(self.questions, self.quiz_id, self.title)

    def __repr__(self) -> str:
        lines = [text(self.title) if self.title else t("quiz.title")]
        for i, q in enumerate(self.questions, start=1):
            lines.append(f"{i}. {text(q['question'])}")
            lines += [f"   ({chr(97 + j)}) {text(str(o))}" for j, o in enumerate(q["options"])]
        return "\n".join(lines)


def show_quiz(questions: Sequence[Mapping[str, Any]], quiz_id: str,
              title: str | None = None) -> Quiz:
    """Return a :class:`Quiz`; as the last line of a cell it displays itself."""
    return Quiz(questions, quiz_id, title)
