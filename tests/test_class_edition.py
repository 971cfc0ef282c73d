"""The class edition (``svcx build --edition class``) gives no answers away.

One English build per test run (a module fixture; the edition keeps its own execution
cache in ``_build/class/en/``, so a rebuild executes only what changed). Checked with
plain HTML parsing: no line of any solution region of ``solutions/*.ipynb`` appears in
any page, there is no trainer-answers page, and every practice page links its learner
notebook for download.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin

import pytest

from svcx_helpers import cli
from svcx_helpers.publish.edition import class_toc

ROOT = cli.ROOT
SITE = ROOT / "_build" / "class" / "html"


@pytest.fixture(scope="module")
def site() -> Path:
    assert cli.build_class(langs=("en",)) == 0, "the class edition did not build"
    return SITE


def solution_lines(min_len: int = 25) -> set[str]:
    """Every line (≥ min_len characters) inside a solution region of solutions/*.ipynb."""
    found: set[str] = set()
    for nb_path in sorted((ROOT / "solutions").glob("*.ipynb")):
        nb = json.loads(nb_path.read_text(encoding="utf-8"))
        for cell in nb["cells"]:
            src = "".join(cell["source"])
            for begin, end in (("### BEGIN SOLUTION", "### END SOLUTION"),
                               ("<!-- BEGIN SOLUTION -->", "<!-- END SOLUTION -->")):
                for m in re.finditer(re.escape(begin) + r"(.*?)" + re.escape(end), src, re.S):
                    found |= {ln.strip() for ln in m.group(1).splitlines()
                              if len(ln.strip()) >= min_len}
    return found


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.links: list[tuple[str, dict[str, str | None]]] = []

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            d = dict(attrs)
            if d.get("href"):
                self.links.append((d["href"] or "", d))


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def test_there_are_solution_lines_to_look_for() -> None:
    assert len(solution_lines()) > 50


def test_no_solution_text_in_any_page(site: Path) -> None:
    lines = solution_lines()
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 20
    leaks = []
    for page in pages:
        raw = page.read_text(encoding="utf-8")
        text = "\n".join(_parse(page).text)
        norm = re.sub(r"\s+", " ", text)
        for line in lines:
            flat = re.sub(r"\s+", " ", line)
            if line in raw or flat in norm:
                leaks.append(f"{page.relative_to(site)}: {line}")
    assert not leaks, "\n".join(leaks[:20])


def test_no_solutions_and_no_trainer_pages(site: Path) -> None:
    assert not (site / "solutions").exists()
    assert not list(site.rglob("trainer-answers*"))
    assert not list(site.rglob("trainer-guide*"))
    for page in site.rglob("*.html"):
        for href, _ in _parse(page).links:
            assert "trainer-answers" not in href and "solutions/" not in href, (page, href)


def test_each_practice_page_links_its_notebook_for_download(site: Path) -> None:
    practice = [c["file"] for p in class_toc()["parts"] for c in p["chapters"]
                if c["file"].startswith("exercises/")]
    assert len(practice) == len(list((ROOT / "exercises").glob("*.ipynb")))
    for name in practice:
        page = site / f"{name}.html"
        assert page.is_file(), page
        downloads = [href for href, attrs in _parse(page).links
                     if href.endswith(".ipynb") and "download" in attrs]
        assert downloads, f"{name}: no download link"
        target = Path(unquote(urljoin(page.as_uri(), downloads[0]).removeprefix("file://")))
        nb = json.loads(target.read_text(encoding="utf-8"))
        learner = json.loads((ROOT / f"{name}.ipynb").read_text(encoding="utf-8"))
        assert [c["source"] for c in nb["cells"]] == [c["source"] for c in learner["cells"]]


def test_quiz_explanations_marked_reveals_are_hidden_in_the_class_edition(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from svcx_helpers.quiz import quiz_html

    questions = [{"question": "Q1", "options": ["a", "b"], "answer": 0,
                  "explain": "The exercise's answer is 42.", "reveals": True},
                 {"question": "Q2", "options": ["a", "b"], "answer": 1,
                  "explain": "A general hint."}]
    monkeypatch.delenv("SVCX_EDITION", raising=False)
    assert "answer is 42" in quiz_html(questions, "t")
    monkeypatch.setenv("SVCX_EDITION", "class")
    html = quiz_html(questions, "t")
    assert "answer is 42" not in html and "A general hint." in html
    assert html.count('data-correct="true"') == 2  # the verdicts stay
