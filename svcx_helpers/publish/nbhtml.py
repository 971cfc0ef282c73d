"""Notebook cells as plain HTML, for the slide decks and the printable sheets.

The book is built by Jupyter Book; slides (:mod:`svcx_helpers.publish.slides`) and paper sheets
(:mod:`svcx_helpers.publish.sheets`) are small standalone pages made from the same notebooks. This
module holds what both need, and nothing else:

* :func:`execute` runs a notebook (outputs are not committed) in its own folder;
* :func:`myst_to_markdown` turns the MyST the chapters use into CommonMark — a citation
  ``{cite:p}`kano1984``` becomes "(Kano et al., 1984)" from ``book/references.bib``;
  ``{term}`` and ``{doc}`` roles become their text; ``:::{note}`` and ````` ```{note} `````
  blocks become boxes;
* :func:`markdown_html` renders CommonMark with tables, and ``$…$`` / ``$$…$$`` as
  MathJax delimiters ``\\(…\\)`` / ``\\[…\\]``;
* :func:`outputs_html` renders a code cell's outputs (PNG figures with their alt text,
  HTML tables, text), leaving out warnings on stderr;
* :func:`vendor_to` unpacks the pinned reveal.js / MathJax next to a page so it works
  offline from a folder or a USB stick.

Example
-------
>>> myst_to_markdown("Kano's model {cite:p}`kano1984` sorts a {term}`Must-be quality`.")
"Kano's model (Kano et al., 1984) sorts a Must-be quality."
>>> markdown_html("A = $\\\\lambda$ · AHT")
'<p>A = \\\\(\\\\lambda\\\\) · AHT</p>\\n'
"""

from __future__ import annotations

import asyncio
import base64
import functools
import html
import re
import shutil
from pathlib import Path
from typing import Any

from ..core import repo_root

ROOT = repo_root()
BIB = ROOT / "book" / "references.bib"

_ROLE = re.compile(r"\{(?P<role>[a-z]+(?::[a-z]+)?)\}`(?P<body>[^`]*)`")
_TARGET = re.compile(r"^(?P<text>.*?)\s*<(?P<target>[^<>]+)>$", re.S)
_FENCE = re.compile(r"^(?P<fence>:{3,}|`{3,})\{(?P<name>[a-z-]+)\}[ \t]*(?P<title>[^\n]*)\n"
                    r"(?P<body>.*?)^(?P=fence)[ \t]*$", re.M | re.S)
_OPTION = re.compile(r"^:[a-z-]+:.*\n", re.M)

ADMONITION_TITLES = {"note": "Note", "tip": "Tip", "warning": "Warning",
                     "important": "Important", "hint": "Hint", "toggle": "Answer",
                     "dropdown": "Details", "admonition": ""}


@functools.cache
def citation_labels(bib: Path = BIB) -> dict[str, tuple[str, str]]:
    """``{key: (authors, year)}`` of the book's bibliography, e.g. ``("Kano et al.", "1984")``.

    Authors: one surname; "A and B" for two; "A et al." for three or more (APA-like, as
    the book's author-year citations read).
    """
    from pybtex.database import parse_file

    labels = {}
    for key, entry in parse_file(str(bib), bib_format="bibtex").entries.items():
        people = entry.persons.get("author") or entry.persons.get("editor") or []
        names = [" ".join(p.last_names) or " ".join(p.first_names) for p in people]
        names = [re.sub(r"[{}]", "", n) for n in names]
        if not names:
            who = re.sub(r"[{}]", "", entry.fields.get("organization", key))
        elif len(names) == 1:
            who = names[0]
        elif len(names) == 2:
            who = f"{names[0]} and {names[1]}"
        else:
            who = f"{names[0]} et al."
        labels[key] = (who, entry.fields.get("year", "n.d."))
    return labels


def _cite(keys: str, textual: bool) -> str:
    labels = citation_labels()
    parts = []
    for key in (k.strip() for k in keys.split(",")):
        who, year = labels.get(key, (key, ""))
        parts.append(f"{who} ({year})" if textual else f"{who}, {year}".rstrip(", "))
    return "; ".join(parts) if textual else f"({'; '.join(parts)})"


def _role(match: re.Match[str]) -> str:
    role, body = match["role"], match["body"]
    if role.startswith("cite"):
        return _cite(body, textual=role in ("cite:t", "cite:ct"))
    target = _TARGET.match(body)
    if target:
        return target["text"]
    if role == "doc":
        return body.rstrip("/").rsplit("/", 1)[-1]
    return body


def myst_to_markdown(text: str) -> str:
    """The MyST of the book's notebooks as CommonMark (roles → text, fences → boxes)."""
    def fence(match: re.Match[str]) -> str:
        name = match["name"]
        title = match["title"].strip() or ADMONITION_TITLES.get(name, name.title())
        body = _OPTION.sub("", match["body"])
        inner = myst_to_markdown(body)
        head = (f'<p class="admonition-title">{html.escape(title)}</p>\n\n' if title else "")
        return f'<div class="admonition {name}">\n\n{head}{inner}\n\n</div>\n'

    text = _FENCE.sub(fence, text)
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    return _ROLE.sub(_role, text)


@functools.cache
def markdown_renderer() -> Any:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.dollarmath import dollarmath_plugin

    md = MarkdownIt("commonmark", {"html": True}).enable("table").enable("strikethrough")
    md.use(dollarmath_plugin, double_inline=True)
    esc = html.escape
    md.add_render_rule("math_inline",
                       lambda self, tokens, idx, *a: f"\\({esc(tokens[idx].content)}\\)")
    md.add_render_rule("math_inline_double",
                       lambda self, tokens, idx, *a: f"\\[{esc(tokens[idx].content)}\\]")
    md.add_render_rule("math_block",
                       lambda self, tokens, idx, *a: f"<p>\\[{esc(tokens[idx].content)}\\]</p>\n")
    md.add_render_rule("math_block_label",
                       lambda self, tokens, idx, *a: f"<p>\\[{esc(tokens[idx].content)}\\]</p>\n")
    return md


def markdown_html(text: str) -> str:
    """Render the book's markdown (MyST simplified by :func:`myst_to_markdown`) as HTML."""
    return markdown_renderer().render(myst_to_markdown(text))


def has_math(page: str) -> bool:
    """Whether a rendered page needs MathJax."""
    return "\\(" in page or "\\[" in page


def figure_alt(cell: dict[str, Any]) -> str:
    """The alt text the book gives a figure cell (``metadata.mystnb.image.alt``)."""
    mystnb = cell.get("metadata", {}).get("mystnb", {})
    return str(mystnb.get("image", {}).get("alt", "")) if isinstance(mystnb, dict) else ""


def outputs_html(cell: dict[str, Any]) -> str:
    """A code cell's outputs as HTML: figures (PNG, with the cell's alt text), tables and
    other HTML, markdown and plain text; stderr (warnings) and errors are left out."""
    alt = html.escape(figure_alt(cell) or "Figure", quote=True)
    parts = []
    for out in cell.get("outputs", []):
        kind = out.get("output_type")
        if kind == "stream":
            if out.get("name") == "stdout":
                parts.append(f'<pre class="output">{html.escape(_text(out.get("text")))}</pre>')
            continue
        if kind not in ("display_data", "execute_result"):
            continue
        data = out.get("data", {})
        if "application/vnd.jupyter.widget-view+json" in data:
            continue  # a live widget: nothing to show on a slide or on paper
        if "image/png" in data:
            png = _text(data["image/png"]).replace("\n", "")
            base64.b64decode(png, validate=True)  # a broken image fails here, not in a browser
            parts.append(f'<img class="figure" alt="{alt}" src="data:image/png;base64,{png}">')
        elif "image/svg+xml" in data:
            parts.append(f'<div class="figure">{_text(data["image/svg+xml"])}</div>')
        elif "text/html" in data:
            parts.append(f'<div class="output-html">{_text(data["text/html"])}</div>')
        elif "text/markdown" in data:
            parts.append(markdown_html(_text(data["text/markdown"])))
        elif "text/plain" in data:
            text = _text(data["text/plain"])
            if text not in ("Ellipsis", "None"):
                parts.append(f'<pre class="output">{html.escape(text)}</pre>')
    return "\n".join(parts)


def title_of(nb: dict[str, Any]) -> str:
    """The notebook's title: its first ``# `` heading."""
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "markdown":
            for line in source(cell).splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return ""


def _text(value: Any) -> str:
    return "".join(value) if isinstance(value, list) else str(value or "")


def source(cell: dict[str, Any]) -> str:
    """A cell's source as one string."""
    return _text(cell.get("source", ""))


def tags(cell: dict[str, Any]) -> set[str]:
    """A cell's tags."""
    return set(cell.get("metadata", {}).get("tags", []) or [])


def execute(path: Path, timeout: int = 300) -> Any:
    """Run the notebook at ``path`` in its own folder (as the book and nbval do) and return
    it with outputs. The file is not changed. Errors name the notebook and the cell."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    try:
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # the usual case (a command, a test): a loop of our own,
            asyncio.run(client.async_execute())  # closed afterwards — nothing leaks
        else:  # called from a running loop (e.g. inside Jupyter): nbclient's own way
            client.execute()
    except CellExecutionError as exc:
        raise RuntimeError(f"{path}: a cell failed while running the notebook:\n"
                           f"{str(exc)[-1500:]}") from exc
    return nb


def vendor_to(dest: Path, *keys: str) -> Path:
    """Unpack the pinned npm assets ``keys`` (see :data:`svcx_helpers.publish.assets.VENDOR`) into
    ``dest/vendor/<package>/`` unless they are there already; return ``dest/vendor``."""
    from .assets import VENDOR, extract_asset, npm_tarball

    vendor = dest / "vendor"
    for key in keys:
        asset = VENDOR[key]
        folder = vendor / key
        stamp = folder / ".svcx-version"
        if stamp.exists() and stamp.read_text() == asset.integrity:
            continue
        tmp = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        extract_asset(asset, npm_tarball(asset), tmp)
        (tmp / ".svcx-version").write_text(asset.integrity)
        shutil.rmtree(folder, ignore_errors=True)
        tmp.replace(folder)
    return vendor
