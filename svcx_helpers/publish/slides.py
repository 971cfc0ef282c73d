"""A chapter as a reveal.js slide deck: ``svcx slides CHAPTER``.

Which cells become slides is decided in the notebook, by **cell tags** (JupyterLab: the
property inspector, "Cell tags"), or by Jupyter's own *Slide type* (``metadata.slideshow``)
— the tag wins when a cell has both:

=================  ==========================================================
``slide``          starts a new slide (left → right)
``subslide``       starts a new slide below the current one (up ↓ down)
``fragment``       is added to the current slide, appearing on the next click
``notes``          goes to the speaker notes of the current slide (press S)
(no tag)           is left out
=================  ==========================================================

A markdown cell on a slide shows its headings, lists, tables, formulas, boxes and its
**first paragraph**; its further paragraphs become the speaker notes, so the trainer has
the whole text in the speaker view while the room sees a readable slide. A code cell
shows its outputs — figures with the book's alt text, tables, printed text — never its
code. The notebook is run first (outputs are not committed), in its own folder, with the
same kernel as the book.

The deck is ``_build/slides/<chapter>.html`` next to a ``vendor/`` folder with pinned
copies of reveal.js and MathJax (fetched once with ``npm`` like the book's assets, then
cached): the folder works offline, from a laptop or a USB stick, opened as a file.

Example
-------
>>> nb = {"cells": [
...     {"cell_type": "markdown", "metadata": {"tags": ["slide"]},
...      "source": "# Queues\\n\\nWaiting is part of the service.\\n\\nMore for the notes."},
...     {"cell_type": "markdown", "metadata": {}, "source": "Left out."}]}
>>> deck = slides_of(nb)
>>> len(deck), deck[0][0].notes
(1, ['<p>More for the notes.</p>\\n'])
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..i18n import t
from .nbhtml import (
    ROOT,
    has_math,
    markdown_html,
    myst_to_markdown,
    outputs_html,
    source,
    tags,
    title_of,
    vendor_to,
)

SLIDES_DIR = ROOT / "_build" / "slides"
KINDS = ("slide", "subslide", "fragment", "notes")
CHAPTERS_DIR = ROOT / "book" / "chapters"


@dataclass
class Slide:
    """One slide: blocks of HTML (``(html, is_fragment)``) and speaker notes."""

    blocks: list[tuple[str, bool]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def slide_kind(cell: dict[str, Any]) -> str | None:
    """``slide``/``subslide``/``fragment``/``notes`` from the tags or the Slide type."""
    for kind in KINDS:
        if kind in tags(cell):
            return kind
    kind = cell.get("metadata", {}).get("slideshow", {}).get("slide_type")
    if kind == "-":  # Jupyter's "continue the current slide"
        return "continue"
    return kind if kind in KINDS else None


def split_markdown(text: str) -> tuple[str, str]:
    """``(on_slide, for_notes)``: a markdown cell's first paragraph and every block that is
    not a paragraph stay on the slide; the other paragraphs go to the notes."""
    from .nbhtml import markdown_renderer

    md = myst_to_markdown(text)
    lines = md.splitlines(keepends=True)
    slide, notes, seen_paragraph, depth = [], [], False, 0
    for token in markdown_renderer().parse(md):
        if token.level != 0 or token.map is None or token.nesting == -1:
            continue
        chunk = "".join(lines[token.map[0]:token.map[1]])
        if token.type == "html_block":
            depth += chunk.count("<div") - chunk.count("</div>")
            slide.append(chunk)
        elif depth > 0:  # inside a box (note, tip …): keep it whole
            slide.append(chunk)
        elif token.type == "paragraph_open":
            (notes if seen_paragraph else slide).append(chunk)
            seen_paragraph = True
        else:
            slide.append(chunk)
    return "\n".join(slide), "\n".join(notes)


def slides_of(nb: dict[str, Any]) -> list[list[Slide]]:
    """The deck of a notebook (with outputs): horizontal slides, each a column of slides."""
    deck: list[list[Slide]] = []
    for cell in nb.get("cells", []):
        kind = slide_kind(cell)
        if kind is None:
            continue
        if kind == "slide" or not deck:
            deck.append([Slide()])
        elif kind == "subslide":
            deck[-1].append(Slide())
        current = deck[-1][-1]
        if cell.get("cell_type") == "markdown":
            if kind == "notes":
                current.notes.append(markdown_html(source(cell)))
                continue
            shown, extra = split_markdown(source(cell))
            current.blocks.append((_md(shown), kind == "fragment"))
            if extra.strip():
                current.notes.append(_md(extra))
        elif cell.get("cell_type") == "code":
            out = outputs_html(cell)
            if kind == "notes":
                current.notes.append(out)
            elif out:
                current.blocks.append((out, kind == "fragment"))
    return deck


def _md(text: str) -> str:
    # myst_to_markdown is idempotent on its own output; markdown_html applies it again
    return markdown_html(text)


STYLE = """
.reveal{font-family:"Source Sans Pro","Noto Sans CJK SC","Noto Sans SC","Microsoft YaHei",
Helvetica,sans-serif;font-size:30px}
.reveal h1,.reveal h2,.reveal h3{text-transform:none;font-family:inherit;line-height:1.2}
.reveal h1{font-size:1.7em}.reveal h2{font-size:1.35em}.reveal h3{font-size:1.1em}
.reveal .slides section{text-align:left;height:100%;overflow-y:auto;box-sizing:border-box;
scrollbar-width:thin}
.reveal p,.reveal li{line-height:1.35}.reveal ul,.reveal ol{display:block;margin-left:1.2em}
.reveal img.figure{display:block;margin:0 auto;width:100%;height:auto;max-height:640px;
object-fit:contain}
.reveal table{font-size:.62em;margin:.5em 0}.reveal table th,.reveal table td{padding:.15em .5em}
.reveal pre.output{font-size:.55em;box-shadow:none;width:100%}
.reveal .admonition{border-left:6px solid #0072B2;background:#f2f7fb;padding:.2em .8em;
margin:.5em 0;font-size:.85em}
.reveal .admonition.warning{border-color:#D55E00;background:#fdf3ec}
.reveal .admonition-title{font-weight:600;margin:.3em 0}
.reveal .deck-footer{position:absolute;bottom:-2.2em;left:0;font-size:.45em;color:#5f6368}
"""


def deck_html(deck: list[list[Slide]], title: str, lang: str = "en",
              vendor: str = "vendor") -> str:
    """The deck as an HTML page using reveal.js (and MathJax when a slide has maths)
    from the folder ``vendor`` (relative to the page)."""
    sections = []
    for column in deck:
        inner = []
        for slide in column:
            body = "\n".join(f'<div class="fragment">{b}</div>' if frag else b
                             for b, frag in slide.blocks)
            notes = (f'<aside class="notes">{"".join(slide.notes)}</aside>'
                     if slide.notes else "")
            inner.append(f"<section>\n{body}\n{notes}\n</section>")
        sections.append(inner[0] if len(inner) == 1 else
                        "<section>\n" + "\n".join(inner) + "\n</section>")
    slides = "\n".join(sections)
    mathjax = ""
    if has_math(slides):
        mathjax = (f'<script>window.MathJax={{startup:{{typeset:true}},'
                   f'options:{{enableMenu:false}}}};</script>\n'
                   f'<script defer src="{vendor}/mathjax/es5/tex-mml-chtml.js"></script>')
    rv = f"{vendor}/revealjs"
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="svcx slides">
<title>{html.escape(title)}</title>
<link rel="stylesheet" href="{rv}/dist/reset.css">
<link rel="stylesheet" href="{rv}/dist/reveal.css">
<link rel="stylesheet" href="{rv}/dist/theme/white.css">
<style>{STYLE}</style>
{mathjax}
</head>
<body>
<div class="reveal"><div class="slides">
{slides}
</div></div>
<script src="{rv}/dist/reveal.js"></script>
<script src="{rv}/plugin/notes/notes.js"></script>
<script>
Reveal.initialize({{hash: true, center: false, width: 1280, height: 760, margin: 0.04,
                   slideNumber: "c/t", plugins: [RevealNotes]}});
</script>
</body>
</html>
"""


def chapter_path(chapter: str | Path, lang: str = "en") -> Path:
    """``kano`` → ``book/chapters/kano.ipynb`` (``book/zh/chapters/`` for ``lang="zh"``);
    a path to a notebook is taken as it is."""
    path = Path(chapter)
    if path.suffix == ".ipynb":
        if not path.is_file():
            raise FileNotFoundError(t("slides.no_file", path=path))
        return path
    folder = CHAPTERS_DIR.parent / "zh" / "chapters" if lang == "zh" else CHAPTERS_DIR
    candidate = folder / f"{chapter}.ipynb"
    if not candidate.is_file():
        names = ", ".join(sorted(p.stem for p in folder.glob("*.ipynb")))
        raise FileNotFoundError(t("slides.no_chapter", chapter=chapter, chapters=names))
    return candidate


def build_slides(chapter: str | Path, out_dir: Path = SLIDES_DIR,
                 nb: dict[str, Any] | None = None, lang: str = "en") -> Path:
    """Run the chapter, make its deck and write ``out_dir/<name>.html``; return the path.

    ``nb``: an already executed notebook (skips running it). ``lang="zh"``: the Chinese
    edition's chapter (its slides, speaker notes, tables and figures in Chinese). Raises
    ``ValueError`` when no cell is tagged for slides (the message says how to tag one).
    """
    from .nbhtml import execute

    path = chapter_path(chapter, lang)
    if nb is None:
        import nbformat

        raw = nbformat.read(path, as_version=4)
        if not any(slide_kind(c) for c in raw.cells):
            raise ValueError(t("slides.no_tags", path=path))
        nb = execute(path)
    deck = slides_of(nb)
    if not deck:
        raise ValueError(t("slides.no_tags", path=path))
    title = title_of(nb) or path.stem
    out_dir.mkdir(parents=True, exist_ok=True)
    vendor_to(out_dir, "revealjs", "mathjax")
    target = out_dir / f"{path.stem}.html"
    target.write_text(deck_html(deck, title, lang="zh-CN" if lang == "zh" else "en"),
                      encoding="utf-8")
    return target

