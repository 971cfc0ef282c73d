"""The service improvement report: self-contained, escaped, reproducible, bilingual."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from svcx_helpers.i18n import language
from svcx_helpers.report import Report


def _report() -> Report:
    from svcx_helpers import blueprint

    r = Report("Service desk redesign <draft>", author="Team A & B", date="2026-11-22")
    r.add_heading("What matters")
    r.add_table(pd.DataFrame({"attribute": ["Fast fix"], "better": [0.71234]}), "KANO")
    r.add_figure(blueprint.load("restaurant").plot(columns=(1, 2)), "Blueprint", alt="Lanes")
    r.add_text("Waiting <b>is</b> the problem.\n\n- cut the wait\n- keep the people")
    r.add_conclusion("We will open a second window at 10:00.")
    return r


def test_report_is_self_contained_and_escaped(tmp_path: Path) -> None:
    path = _report().save(tmp_path / "report.html")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and 'lang="en"' in text
    assert "Service desk redesign &lt;draft&gt;" in text and "Team A &amp; B" in text
    assert "&lt;b&gt;is&lt;/b&gt;" in text and "<li>cut the wait</li>" in text
    assert "<caption>KANO</caption>" in text and "0.71" in text and "0.71234" not in text
    assert re.search(r'<img src="data:image/png;base64,[A-Za-z0-9+/=]{1000,}" alt="Lanes">',
                     text)
    assert not re.search(r'(src|href)="(https?:)?//', text)         # nothing fetched
    assert "Our conclusion" in text


def test_report_is_reproducible_and_bilingual() -> None:
    assert _report().to_html() == _report().to_html()
    with language("zh"):
        text = _report().to_html()
    assert 'lang="zh-Hans"' in text and "我们的结论" in text


def test_bad_parts_are_refused_clearly() -> None:
    r = Report("x")
    with pytest.raises(ValueError, match="conclusion"):
        r.add_conclusion("...")
    with pytest.raises(ValueError, match="DataFrame or Series"):
        r.add_table([1, 2])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="matplotlib Figure or Axes"):
        r.add_figure("plot.png")


def test_outline_counts_what_the_report_holds() -> None:
    from svcx_helpers.core import count_words

    r = _report()
    r.add_heading("Next <steps> & risks")
    r.add_table(pd.Series({"a": 1.0}), "A series")
    assert r.outline() == {"title": "Service desk redesign <draft>",
                           "headings": ["What matters", "Next <steps> & risks"],
                           "tables": 2, "figures": 1,
                           "conclusion_words": count_words(
                               "We will open a second window at 10:00.")}
    empty = Report("x")
    assert empty.outline() == {"title": "x", "headings": [], "tables": 0, "figures": 0,
                               "conclusion_words": 0}
    # Chinese is counted as free_text counts it, one word per two characters; the "- " of a
    # list item is markup, not a word: 2 pieces of text + (9 + 6 + 4) // 2 characters
    with language("zh"):
        empty.add_conclusion("第二个窗口十点开放，等待时间减半。\n\n- 每周复查")
    assert empty.outline()["conclusion_words"] == 2 + 19 // 2
