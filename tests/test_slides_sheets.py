"""Slides (``svcx slides``) and printable sheets (``svcx sheets``): the pure parts.

What a deck and a sheet contain is decided here without running a notebook or a browser;
tests/test_browser.py builds a real deck and real PDFs and opens them in chromium.
"""

from __future__ import annotations

import base64
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from svcx_helpers.publish import nbhtml as nbhtml
from svcx_helpers.publish import sheets, slides

ROOT = Path(__file__).resolve().parent.parent
CHAPTERS = sorted((ROOT / "book" / "chapters").glob("*.ipynb"))
EXERCISES = sorted((ROOT / "exercises").glob("*.ipynb"))
PNG = base64.b64encode(bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000" "1f15c4890000000d49444154789c"
    "6360000002000001e221bc330000000049454e44ae426082")).decode()


def md(text: str, *tags: str, **meta: object) -> dict:
    return {"cell_type": "markdown", "source": text,
            "metadata": {"tags": list(tags), **meta}}


def code(text: str, *tags: str, outputs: list | None = None) -> dict:
    return {"cell_type": "code", "source": text, "metadata": {"tags": list(tags)},
            "outputs": outputs or []}


# --- MyST and markdown -----------------------------------------------------------------
def test_citations_come_from_the_bibliography() -> None:
    assert nbhtml.myst_to_markdown("{cite:p}`maister1985`") == "(Maister, 1985)"
    assert nbhtml.myst_to_markdown("{cite:p}`kano1984`") == "(Kano et al., 1984)"
    assert (nbhtml.myst_to_markdown("{cite:p}`kano1984,maister1985`")
            == "(Kano et al., 1984; Maister, 1985)")
    assert nbhtml.myst_to_markdown("{cite:t}`maister1985`") == "Maister (1985)"


def test_every_citation_key_of_the_chapters_is_resolved() -> None:
    labels = nbhtml.citation_labels()
    for path in CHAPTERS:
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            for keys in re.findall(r"\{cite:[a-z]+\}`([^`]*)`", nbhtml.source(cell)):
                for key in keys.split(","):
                    assert key.strip() in labels, f"{path.name}: {key}"


def test_roles_and_boxes() -> None:
    text = ("A {term}`moment of truth <Moment of truth>` and {term}`SERVQUAL`; see "
            "{doc}`kano` or {doc}`the KANO chapter <../chapters/kano>`.\n\n"
            ":::{note} Careful\n:class: dropdown\nInside **bold**.\n:::\n\n"
            "```{warning}\nBacktick *fence*.\n```\n"
            "<!-- BEGIN SOLUTION -->")
    out = nbhtml.myst_to_markdown(text)
    assert out.startswith("A moment of truth and SERVQUAL; see kano or the KANO chapter.")
    html = nbhtml.markdown_html(text)
    assert '<div class="admonition note">' in html and "Careful" in html
    assert "<strong>bold</strong>" in html and ":class:" not in html and "<!--" not in html
    assert '<div class="admonition warning">' in html and "<em>fence</em>" in html
    assert "<pre>" not in html and "<code>" not in html


def test_maths_becomes_mathjax_delimiters() -> None:
    html = nbhtml.markdown_html("Load $A = \\lambda \\cdot h$ and\n\n$$\nP_w < 1\n$$\n")
    assert "\\(A = \\lambda \\cdot h\\)" in html and "\\[\nP_w &lt; 1\n\\]" in html
    assert nbhtml.has_math(html) and not nbhtml.has_math("<p>$5 and $6</p>")


def test_outputs_keep_figures_tables_and_text_not_warnings_or_widgets() -> None:
    cell = code("x", outputs=[
        {"output_type": "stream", "name": "stderr", "text": "UserWarning: noise"},
        {"output_type": "stream", "name": "stdout", "text": "42 < 43"},
        {"output_type": "display_data", "data": {"image/png": PNG, "text/plain": "<Figure>"}},
        {"output_type": "execute_result", "data": {"text/html": "<table><tr><td>1</td></tr>"
                                                                "</table>", "text/plain": "t"}},
        {"output_type": "display_data", "data": {
            "application/vnd.jupyter.widget-view+json": {"model_id": "a"},
            "text/plain": "VBox(children=…)"}},
        {"output_type": "execute_result", "data": {"text/plain": "Ellipsis"}},
    ])
    cell["metadata"]["mystnb"] = {"image": {"alt": "A bar \"chart\""}}
    html = nbhtml.outputs_html(cell)
    assert "noise" not in html and "VBox" not in html and "Ellipsis" not in html
    assert "42 &lt; 43" in html and "<table>" in html
    assert 'alt="A bar &quot;chart&quot;"' in html and f"base64,{PNG}" in html
    broken = code("x", outputs=[{"output_type": "display_data", "data": {"image/png": "@@"}}])
    with pytest.raises(ValueError):
        nbhtml.outputs_html(broken)


# --- slides ------------------------------------------------------------------------------
def test_slide_kind_from_tags_or_slide_type() -> None:
    assert slides.slide_kind(md("x", "slide")) == "slide"
    assert slides.slide_kind(md("x", slideshow={"slide_type": "subslide"})) == "subslide"
    assert slides.slide_kind(md("x", "notes", slideshow={"slide_type": "slide"})) == "notes"
    assert slides.slide_kind(md("x", slideshow={"slide_type": "-"})) == "continue"
    assert slides.slide_kind(md("x", slideshow={"slide_type": "skip"})) is None
    assert slides.slide_kind(md("x", "remove-input")) is None


def test_split_keeps_first_paragraph_and_structure_on_the_slide() -> None:
    text = ("## Heading\n\nFirst paragraph.\n\nSecond paragraph.\n\n- a list\n- item\n\n"
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n$$\nx^2\n$$\n\nThird paragraph.\n\n"
            ":::{note}\nBoxed paragraph one.\n\nBoxed two.\n:::\n")
    shown, notes = slides.split_markdown(text)
    for part in ("## Heading", "First paragraph.", "- a list", "| 1 | 2 |", "x^2",
                 "Boxed paragraph one.", "Boxed two."):
        assert part in shown, part
    assert "Second paragraph." in notes and "Third paragraph." in notes
    assert "Second paragraph." not in shown


def test_deck_structure() -> None:
    nb = {"cells": [
        md("# Title\n\nIntro.", "slide"),
        md("Left out."),
        md("## Part one\n\nShown.\n\nSaid aloud.", "slide"),
        code("plot()", "subslide", outputs=[
            {"output_type": "display_data", "data": {"image/png": PNG}}]),
        md("Appears on click.", "fragment"),
        md("Only for the trainer.", "notes"),
        code("secret_code()", "remove-input"),
    ]}
    deck = slides.slides_of(nb)
    assert [len(column) for column in deck] == [1, 2]
    figure_slide = deck[1][1]
    assert [frag for _, frag in figure_slide.blocks] == [False, True]
    assert "Only for the trainer." in "".join(figure_slide.notes)
    assert "Said aloud." in "".join(deck[1][0].notes)
    page = slides.deck_html(deck, "T <&>")
    assert "Left out." not in page and "plot()" not in page and "secret_code" not in page
    assert "<title>T &lt;&amp;&gt;</title>" in page and 'class="fragment"' in page
    assert "mathjax" not in page  # no maths, no MathJax
    assert "http://" not in page and "https://" not in page  # nothing from the network


@pytest.mark.parametrize("path", CHAPTERS, ids=lambda p: p.stem)
def test_every_chapter_is_tagged_for_slides(path: Path) -> None:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    kinds = [slides.slide_kind(c) for c in cells]
    assert kinds[0] == "slide", "the title cell starts the deck"
    assert kinds.count("slide") >= 5
    for cell, kind in zip(cells, kinds, strict=True):
        if kind and cell["cell_type"] == "code":
            assert nbhtml.figure_alt(cell), "a code cell on a slide shows a described figure"


def test_slides_errors_are_clear(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="kano"):
        slides.chapter_path("no_such_chapter")
    untagged = tmp_path / "plain.ipynb"
    untagged.write_text(json.dumps({"cells": [{**md("# Plain"), "id": "c1"}], "metadata": {},
                                    "nbformat": 4, "nbformat_minor": 5}))
    with pytest.raises(ValueError, match="slide"):
        slides.build_slides(untagged, tmp_path / "out")
    out = subprocess.run([sys.executable, "-m", "svcx_helpers.cli", "--lang", "zh", "slides",
                          str(untagged)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 1 and "没有单元格标记为幻灯片" in out.stderr


# --- sheets ------------------------------------------------------------------------------
@pytest.mark.parametrize("path", EXERCISES, ids=lambda p: p.stem)
def test_sheet_has_every_task_and_an_answer_box_per_answer(path: Path) -> None:
    nb = json.loads(path.read_text(encoding="utf-8"))
    page = sheets.sheet_html(nb, nbhtml.title_of(nb))
    tasks = [line for c in nb["cells"] if c["cell_type"] == "markdown"
             for line in nbhtml.source(c).splitlines() if line.startswith("## ")]
    assert tasks
    for heading in tasks:
        assert nbhtml.markdown_html(heading).strip() in page
    boxes = sum(sheets.role(c) in ("answer", "written") for c in nb["cells"])
    assert page.count('class="box"') == boxes > 0
    assert "check(" not in page and sheets.PLACEHOLDER not in page
    assert "Name:" in page


def test_answer_key_shows_model_code_not_boxes() -> None:
    nb = json.loads((ROOT / "solutions" / "queues.ipynb").read_text(encoding="utf-8"))
    page = sheets.sheet_html(nb, "Key", answers=True)
    assert 'class="box"' not in page and "BEGIN SOLUTION" not in page
    assert page.count('class="model"') == sum(sheets.role(c) == "solution"
                                              for c in nb["cells"]) > 0
    assert "Answer key" in page and "Name:" not in page


def test_answer_box_size_follows_the_answers() -> None:
    one = code("x = ...  # YOUR ANSWER HERE")
    three = code("a = ...  # YOUR ANSWER HERE\nb = ...  # YOUR ANSWER HERE\n"
                 "c = ...  # YOUR ANSWER HERE")
    assert sheets.answer_lines(one) == 4 and sheets.answer_lines(three) == 9
    assert sheets.role(code("check('q.t1', x)")) == "skip"
    assert sheets.role(code("widgets.kano_questionnaire()")) == "skip"
    assert sheets.role(md("Why?\n\n*Write your answer here.*")) == "written"


def test_sheet_for_unknown_exercise_names_the_choices() -> None:
    with pytest.raises(FileNotFoundError, match="queues"):
        sheets.notebook_for("nope")
