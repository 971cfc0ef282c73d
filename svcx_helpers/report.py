"""A service improvement report as one self-contained HTML file.

Collect headings, text, tables (DataFrames) and figures (matplotlib) in order, then
``save("report.html")``: figures are embedded as PNG data, styles are inline, nothing is
fetched from the network, so the file opens anywhere and can be mailed or printed. Text is
escaped (what a learner writes cannot break the page); a blank line starts a paragraph and
lines starting with "- " become a list. The output is reproducible: no date is written
unless you give one.

Example
-------
>>> import pandas as pd
>>> r = Report("Service desk redesign", author="Team A")
>>> r.add_heading("What matters")
>>> r.add_table(pd.DataFrame({"attribute": ["Fast fix"], "category": ["O"]}), "KANO result")
>>> r.add_text("Fast fixes matter most.\\n\\n- first point\\n- second point")
>>> "<table" in r.to_html() and "<li>first point</li>" in r.to_html()
True
"""

from __future__ import annotations

import base64
import html
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .i18n import get_language, t

_STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Microsoft YaHei",
sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#202124;line-height:1.5}
h1{font-size:1.8rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}
.meta{color:#5f6368}figure{margin:1.5rem 0}img{max-width:100%;height:auto}
figcaption,caption{color:#5f6368;font-size:.9rem;text-align:left;padding:.3rem 0}
table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}
th,td{border:1px solid #ddd;padding:.25rem .6rem;text-align:right}th{background:#f1f3f4}
td:first-child,th:first-child{text-align:left}
.conclusion{border-left:4px solid #0072B2;background:#f5f9fc;padding:.6rem 1rem}
@media print{body{margin:0;max-width:none}figure,table{page-break-inside:avoid}}
"""


def _paragraphs(text: str) -> str:
    out = []
    for block in str(text).strip().split("\n\n"):
        lines = [ln.rstrip() for ln in block.strip().splitlines() if ln.strip()]
        if not lines:
            continue
        if all(ln.lstrip().startswith("- ") for ln in lines):
            items = "".join(f"<li>{html.escape(ln.lstrip()[2:].strip())}</li>" for ln in lines)
            out.append(f"<ul>{items}</ul>")
        else:
            out.append("<p>" + "<br>".join(html.escape(ln) for ln in lines) + "</p>")
    return "".join(out)


@dataclass
class Report:
    """An ordered list of report parts; see the module docstring."""

    title: str
    author: str | None = None
    date: str | None = None
    lang: str | None = None
    parts: list[str] = field(default_factory=list)

    def add_heading(self, text: str) -> None:
        """A section heading."""
        self.parts.append(f"<h2>{html.escape(str(text))}</h2>")

    def add_text(self, text: str) -> None:
        """Paragraphs (blank line between them) and "- " lists, escaped."""
        self.parts.append(_paragraphs(text))

    def add_conclusion(self, text: str) -> None:
        """The learner's own conclusion, set off from the analysis."""
        if not str(text).strip() or str(text).strip() == "...":
            raise ValueError(t("report.err.empty"))
        self.parts.append(f'<div class="conclusion"><strong>{html.escape(t("report.conclusion"))}'
                          f"</strong>{_paragraphs(text)}</div>")

    def add_table(self, table: pd.DataFrame | pd.Series, caption: str | None = None,
                  decimals: int = 2) -> None:
        """A DataFrame (or Series) as an HTML table, numbers rounded to ``decimals``."""
        frame = table.to_frame() if isinstance(table, pd.Series) else table
        if not isinstance(frame, pd.DataFrame):
            raise ValueError(t("report.err.table", got=type(table).__name__))
        body = frame.round(decimals).to_html(border=0, na_rep="–", escape=True)
        if caption:
            body = body.replace(">", f"><caption>{html.escape(caption)}</caption>", 1)
        self.parts.append(body)

    def add_figure(self, figure: Any, caption: str | None = None, alt: str | None = None,
                   dpi: int = 110) -> None:
        """A matplotlib Figure or Axes, embedded as PNG (the figure is closed)."""
        import matplotlib.pyplot as plt

        fig = getattr(figure, "figure", figure)
        if isinstance(figure, (list, tuple)) or hasattr(figure, "flat"):
            fig = next(iter(getattr(figure, "flat", figure))).figure
        if not hasattr(fig, "savefig"):
            raise ValueError(t("report.err.figure", got=type(figure).__name__))
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=dpi, bbox_inches="tight", facecolor="white",
                    metadata={"Software": None})
        plt.close(fig)
        data = base64.b64encode(buf.getvalue()).decode("ascii")
        text = alt or caption or ""
        cap = f"<figcaption>{html.escape(caption)}</figcaption>" if caption else ""
        self.parts.append(f'<figure><img src="data:image/png;base64,{data}" '
                          f'alt="{html.escape(text, quote=True)}">{cap}</figure>')

    def outline(self) -> dict[str, Any]:
        """What the report contains, as plain data (for a checkpoint, which gets answers as
        JSON and never the HTML): ``title``, ``headings`` (in order), the number of
        ``tables`` and ``figures``, and ``conclusion_words`` — the words of the conclusion
        counted as :func:`svcx_helpers.core.count_words` does (0 when there is none).

        >>> r = Report("Desk redesign")
        >>> r.add_heading("What matters")
        >>> r.add_conclusion("Fast fixes matter most.")
        >>> r.outline()
        {'title': 'Desk redesign', 'headings': ['What matters'], 'tables': 0, 'figures': 0, \
'conclusion_words': 4}
        """
        from .core import count_words

        headings, tables, figures, words = [], 0, 0, 0
        for part in self.parts:
            if part.startswith("<h2>"):
                headings.append(html.unescape(part[4:-5]))
            elif part.startswith('<div class="conclusion">'):
                body = part.split("</strong>", 1)[1]
                words += count_words(html.unescape(re.sub(r"<[^>]+>", " ", body)))
            elif part.startswith("<figure>"):
                figures += 1
            elif "<table" in part:
                tables += 1
        return {"title": self.title, "headings": headings, "tables": tables,
                "figures": figures, "conclusion_words": words}

    def to_html(self) -> str:
        """The whole report as one HTML document."""
        lang = self.lang or get_language()
        meta = " · ".join(html.escape(x) for x in (self.author, self.date) if x)
        head = (f'<!DOCTYPE html>\n<html lang="{"zh-Hans" if lang == "zh" else "en"}">'
                f'<head><meta charset="utf-8"><meta name="viewport" '
                f'content="width=device-width, initial-scale=1">'
                f"<title>{html.escape(self.title)}</title><style>{_STYLE}</style></head><body>"
                f"<h1>{html.escape(self.title)}</h1>")
        if meta:
            head += f'<p class="meta">{meta}</p>'
        return head + "\n".join(self.parts) + "</body></html>\n"

    def save(self, path: str | Path) -> Path:
        """Write the HTML file (UTF-8); returns its path."""
        path = Path(path)
        path.write_text(self.to_html(), encoding="utf-8")
        return path
