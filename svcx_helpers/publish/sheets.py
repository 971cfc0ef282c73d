"""Printable exercise sheets for paper-based workshops: ``svcx sheets CHAPTER``.

A sheet is the chapter's released exercise (``exercises/<chapter>.ipynb``) made for paper:
the notebook is run (it runs cleanly: every check says "not answered yet"), then

* the task texts are kept, with the data tables and figures the given code shows — on
  paper these are what a learner works from — but not the code itself;
* every answer cell (``… = ...  # YOUR ANSWER HERE``) and every written-answer placeholder
  becomes a ruled answer box, sized to the answer it expects;
* ``check(...)`` cells, progress tables and interactive widgets are left out;
* a header asks for name, group and date, and the notebook's "How to work" (run the
  cells, check) becomes a short note on working on paper.

``--answers`` makes the trainer's **answer key** from ``solutions/<chapter>.ipynb``
instead: the model code and its result under each task, and the written model answers.

``--summary`` makes the chapter's **one-page summary** from ``book/chapters/<chapter>.ipynb``
(Chinese: ``book/zh/chapters/``): its *Essentials* box (the ideas in five sentences,
prerequisites, time, outcomes; the admonition with ``:class: essentials`` after the title)
and the glossary terms the chapter uses, on one A4 page. Nothing is run: the box is text.
Output ``<chapter>-summary.pdf``.

The page is A4, printed to PDF by Debian's headless chromium (the same printer as
``svcx pdf``); Chinese text is embedded with the CJK font, maths typeset by the pinned
MathJax. Output: ``_build/sheets/<chapter>.pdf`` (or ``<chapter>-answers.pdf``,
``<chapter>-summary.pdf``) with the HTML it was printed from next to it.

Example
-------
>>> cell = {"cell_type": "code", "metadata": {}, "outputs": [],
...         "source": "need = ...  # YOUR ANSWER HERE\\nstaffing = ...  # YOUR ANSWER HERE"}
>>> role(cell)
'answer'
>>> answer_lines(cell)
6
>>> box = essentials({"cells": [{"cell_type": "markdown", "source":
...     ":::{admonition} Essentials\\n:class: essentials\\n\\n**Time.** 40 min.\\n:::"}]})
>>> box
('Essentials', '**Time.** 40 min.')
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from ..i18n import language, t
from .nbhtml import ROOT, has_math, markdown_html, outputs_html, source, tags, title_of, vendor_to

SHEETS_DIR = ROOT / "_build" / "sheets"
PLACEHOLDER = "# YOUR ANSWER HERE"
WRITTEN_PLACEHOLDER = "*Write your answer here.*"
_CHECK = re.compile(r"^\s*(check|progress|svcx_helpers\.check|svcx_helpers\.progress)\(",
                    re.M)
_WIDGET = re.compile(r"\bwidgets\.\w+\(")
# the exercises' "How to work" list is about running cells; on paper it is replaced
_HOW_TO = re.compile(r"^\*\*(?:How to work|练习方法|操作方法|怎样练习|如何练习|做法)\*\*\n\n"
                     r"(?:(?:\d+\.| {2,}).*(?:\n|$))+", re.M)


def role(cell: dict[str, Any]) -> str:
    """What a cell is on paper: ``text``, ``written`` (a markdown answer placeholder),
    ``answer`` (a code answer placeholder), ``given`` (code whose result is shown),
    ``solution`` (model code, answer key only) or ``skip``."""
    text = source(cell)
    if "remove-cell" in tags(cell):
        return "skip"
    if cell.get("cell_type") == "markdown":
        return "written" if WRITTEN_PLACEHOLDER in text else "text"
    if cell.get("cell_type") != "code":
        return "skip"
    if PLACEHOLDER in text:
        return "answer"
    if _CHECK.search(text) or _WIDGET.search(text):
        return "skip"
    if "### BEGIN SOLUTION" in text:
        return "solution"
    return "given"


def answer_lines(cell: dict[str, Any]) -> int:
    """Ruled lines for an answer box: three per answer the cell expects (at least four)."""
    n = source(cell).count(PLACEHOLDER)
    return max(4, 3 * n)


STYLE = """
@page{size:A4;margin:16mm 16mm 18mm 16mm}
body{font-family:"Noto Sans","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",
sans-serif;font-size:10.5pt;line-height:1.4;color:#111;margin:0}
h1{font-size:17pt;margin:0 0 .2em}h2{font-size:13pt;margin:1.2em 0 .3em;
border-bottom:1px solid #999;break-after:avoid}h3{font-size:11.5pt;break-after:avoid}
.who{display:flex;gap:1.5em;margin:.6em 0 1em;font-size:10pt}
.who span{flex:1;border-bottom:1px solid #333;padding-bottom:.1em}
.kind{color:#555;font-size:9pt;margin:0 0 1em}
img.figure{display:block;max-width:100%;max-height:115mm;margin:.4em auto;break-inside:avoid}
table{border-collapse:collapse;font-size:8.5pt;margin:.4em 0;break-inside:avoid}
th,td{border:1px solid #bbb;padding:1px 5px;text-align:right}th{background:#f0f0f0}
pre{font-size:8.5pt;white-space:pre-wrap;background:#f6f6f6;padding:.4em;border-radius:3px}
pre.code{border-left:3px solid #0072B2}
code{font-size:9pt}
.box{border:1px solid #555;border-radius:3px;margin:.5em 0 1em;padding:.2em .5em;
break-inside:avoid;background-image:repeating-linear-gradient(to bottom,transparent 0,
transparent 7.4mm,#c8c8c8 7.4mm,#c8c8c8 7.6mm);background-position:0 6mm}
.box .label{font-size:8.5pt;color:#444}
.admonition{border-left:4px solid #0072B2;background:#f2f7fb;padding:.1em .7em;margin:.5em 0}
.admonition-title{font-weight:600;margin:.3em 0}
.model{border-left:4px solid #009E73;padding-left:.6em}
.essentials{border:2px solid #0072B2;border-left-width:7px;border-radius:4px;
padding:.2em .9em .4em;margin:.6em 0;break-inside:avoid}
.essentials .admonition-title{font-size:12pt;font-weight:700;color:#0072B2;
border-bottom:1px solid #0072B2;margin:.3em 0 .4em;padding-bottom:.2em}
.essentials p{margin:.45em 0}.essentials ul{margin:.3em 0;padding-left:1.4em}
.essentials li{margin:.15em 0}
.terms{font-size:9.5pt;color:#222}.terms span{white-space:nowrap}
.source{font-size:8.5pt;color:#555;margin-top:1em;border-top:1px solid #bbb;padding-top:.3em}
"""
# the Essentials box: a MyST admonition with :class: essentials (its own fence length)
_ESSENTIALS = re.compile(r"^(?P<fence>:{3,}|`{3,})\{admonition\}[ \t]*(?P<title>[^\n]*)\n"
                         r"(?P<options>(?::[a-z-]+:[^\n]*\n)*)(?P<body>.*?)^(?P=fence)[ \t]*$",
                         re.M | re.S)
_TERM = re.compile(r"\{term\}`(?:[^`<]*<(?P<target>[^<>`]+)>|(?P<plain>[^`]+))`")


def sheet_html(nb: dict[str, Any], title: str, answers: bool = False,
               vendor: str = "vendor", lang: str = "en") -> str:
    """The printable page of an executed exercise (or, ``answers=True``, solution), its
    labels in ``lang``."""
    with language(lang):
        return _sheet_html(nb, title, answers, vendor, lang)


def _sheet_html(nb: dict[str, Any], title: str, answers: bool, vendor: str,
                lang: str) -> str:
    parts = [f"<h1>{html.escape(title)}</h1>",
             f'<p class="kind">{html.escape(t("sheets.key" if answers else "sheets.kind"))}</p>']
    if not answers:
        parts.append('<div class="who">' + "".join(
            f"<span>{html.escape(t(k))}:</span>"
            for k in ("sheets.name", "sheets.group", "sheets.date")) + "</div>")
    first = True
    for cell in nb.get("cells", []):
        kind = role(cell)
        if kind == "skip":
            continue
        if kind == "text":
            text = source(cell)
            if first and text.lstrip().startswith("# "):  # the title is the header
                text = "\n".join(text.lstrip().splitlines()[1:])
            first = False
            text = _HOW_TO.sub(lambda m: f"**{t('sheets.how_title')}** {t('sheets.how')}\n\n",
                               text)
            parts.append(markdown_html(text))
        elif kind == "written":
            before, _, after = source(cell).partition(WRITTEN_PLACEHOLDER)
            parts.append(markdown_html(before))
            parts.append(_box(8))
            parts.append(markdown_html(after))
        elif kind == "answer":
            parts.append(_box(answer_lines(cell)))
        elif kind == "solution":
            code = re.sub(r"^\s*###\s*(BEGIN|END) SOLUTION\s*\n?", "", source(cell),
                          flags=re.M | re.I)
            parts.append(f'<div class="model"><pre class="code">{html.escape(code.strip())}</pre>'
                         f"{'' if 'remove-output' in tags(cell) else outputs_html(cell)}</div>")
        elif kind == "given" and "remove-output" not in tags(cell):
            parts.append(outputs_html(cell))
    body = "\n".join(p for p in parts if p)
    mathjax = ""
    if has_math(body):
        mathjax = (f'<script>window.MathJax={{options:{{enableMenu:false}}}};</script>\n'
                   f'<script defer src="{vendor}/mathjax/es5/tex-mml-chtml.js"></script>')
    html_lang = "zh-CN" if lang == "zh" else "en"
    return (f'<!DOCTYPE html>\n<html lang="{html_lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{html.escape(title)}</title>\n<style>{STYLE}</style>\n{mathjax}\n"
            f"</head>\n<body>\n{body}\n</body>\n</html>\n")


def essentials(nb: dict[str, Any]) -> tuple[str, str]:
    """The chapter's Essentials box: ``(title, body markdown)`` of the first admonition with
    ``:class: essentials``. ValueError if the chapter has none."""
    for cell in nb.get("cells", []):
        if cell.get("cell_type") != "markdown":
            continue
        for match in _ESSENTIALS.finditer(source(cell)):
            if re.search(r"^:class:.*\bessentials\b", match["options"], re.M):
                return match["title"].strip(), match["body"].strip()
    raise ValueError(t("sheets.no_essentials", title=title_of(nb) or "?"))


def key_terms(nb: dict[str, Any], limit: int = 14) -> list[str]:
    """The glossary terms the chapter links (``{term}`` roles), first use first, at most
    ``limit``: e.g. "Must-be quality (必备型)"."""
    seen: list[str] = []
    for cell in nb.get("cells", []):
        if cell.get("cell_type") != "markdown":
            continue
        for match in _TERM.finditer(source(cell)):
            term = " ".join((match["target"] or match["plain"]).split())
            if term not in seen:
                seen.append(term)
    return seen[:limit]


def summary_html(nb: dict[str, Any], title: str, lang: str = "en") -> str:
    """The one-page summary of a chapter: its Essentials box and its key terms."""
    with language(lang):
        box_title, body = essentials(nb)
        parts = [f"<h1>{html.escape(title)}</h1>",
                 f'<p class="kind">{html.escape(t("sheets.summary_kind"))}</p>',
                 f'<div class="essentials"><p class="admonition-title">'
                 f"{html.escape(box_title)}</p>\n{markdown_html(body)}</div>"]
        terms = key_terms(nb)
        if terms:
            joined = ("；" if lang == "zh" else "; ").join(
                f"<span>{html.escape(term)}</span>" for term in terms)
            parts.append(f'<p class="terms"><strong>{html.escape(t("sheets.terms"))}</strong> '
                         f"{joined}</p>")
        parts.append(f'<p class="source">{html.escape(t("sheets.summary_source"))}</p>')
        body_html = "\n".join(parts)
    html_lang = "zh-CN" if lang == "zh" else "en"
    return (f'<!DOCTYPE html>\n<html lang="{html_lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{html.escape(title)}</title>\n<style>{STYLE}</style>\n"
            f"</head>\n<body>\n{body_html}\n</body>\n</html>\n")


def build_summary(chapter: str | Path, out_dir: Path = SHEETS_DIR, lang: str = "en") -> Path:
    """Write ``out_dir/<name>-summary.html`` from the chapter's Essentials box and print it
    to ``.pdf`` (one A4 page) with headless chromium; return the PDF path."""
    import json

    from .assets import print_pdf
    from .slides import chapter_path

    path = chapter_path(chapter, lang)
    nb = json.loads(path.read_text(encoding="utf-8"))
    title = title_of(nb) or path.stem
    out_dir.mkdir(parents=True, exist_ok=True)
    html_path = out_dir / f"{path.stem}-summary.html"
    html_path.write_text(summary_html(nb, title, lang=lang), encoding="utf-8")
    return print_pdf(html_path, out_dir / f"{path.stem}-summary.pdf")


def _box(lines: int) -> str:
    return (f'<div class="box" style="height:{lines * 7.6 + 5:.1f}mm">'
            f'<span class="label">{html.escape(t("sheets.answer"))}</span></div>')


def notebook_for(chapter: str | Path, answers: bool = False, lang: str = "en") -> Path:
    """``kano`` → ``exercises/kano.ipynb`` (``solutions/`` with ``answers``; their ``zh/``
    folders with ``lang="zh"``); a path to a notebook is taken as it is."""
    path = Path(chapter)
    if path.suffix == ".ipynb":
        if not path.is_file():
            raise FileNotFoundError(t("slides.no_file", path=path))
        return path
    folder = ROOT / ("solutions" if answers else "exercises")
    if lang == "zh":
        folder = folder / "zh"
    candidate = folder / f"{chapter}.ipynb"
    if not candidate.is_file():
        names = ", ".join(sorted(p.stem for p in folder.glob("*.ipynb")))
        raise FileNotFoundError(t("sheets.no_exercise", chapter=chapter, chapters=names))
    return candidate


def build_sheet(chapter: str | Path, out_dir: Path = SHEETS_DIR, answers: bool = False,
                nb: dict[str, Any] | None = None, lang: str = "en") -> Path:
    """Run the exercise (or solution), write ``out_dir/<name>[-answers].html`` and print it
    to ``.pdf`` with headless chromium; return the PDF path. ``nb``: an already executed
    notebook (skips running it)."""
    from .assets import print_pdf
    from .nbhtml import execute

    path = notebook_for(chapter, answers, lang)
    if nb is None:
        nb = execute(path)
    title = title_of(nb) or path.stem
    out_dir.mkdir(parents=True, exist_ok=True)
    page = sheet_html(nb, title, answers=answers, lang=lang)
    if has_math(page):
        vendor_to(out_dir, "mathjax")
    stem = f"{path.stem}-answers" if answers else path.stem
    html_path = out_dir / f"{stem}.html"
    html_path.write_text(page, encoding="utf-8")
    return print_pdf(html_path, out_dir / f"{stem}.pdf")

