"""The class edition (``svcx build --edition class``) gives no answers away.

One build of both languages per test run (a module fixture; each keeps its own execution
cache in ``_build/class/en/`` and ``_build/class/zh/``, so a rebuild executes only what
changed). Checked with plain HTML parsing: no line of any solution region of
``solutions/*.ipynb`` or ``solutions/zh/*.ipynb`` appears in any page, there is no
trainer page, every practice page links its learner notebook for download, and quiz
explanations marked ``reveals`` are gone.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin

import pytest
from locks import build_lock

from svcx_helpers import cli
from svcx_helpers.publish.edition import class_toc

ROOT = cli.ROOT
SITE = ROOT / "_build" / "class" / "html"


@pytest.fixture(scope="module")
def site() -> Path:
    env = {k: v for k, v in os.environ.items()
           if k not in {"SVCX_STRICT", "MPLBACKEND", "SVCX_LANG", "SVCX_I18N_STRICT"}}
    log = ROOT / "_build" / "class-build.log"  # both builds' output, for a failure's cause
    log.parent.mkdir(parents=True, exist_ok=True)
    with build_lock(), log.open("wb") as out:
        code = cli.build_class(env=env, stdout=out, stderr=subprocess.STDOUT, timeout=3000)
    if code:
        lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
        problems = [ln for ln in lines if ("WARNING" in ln or "ERROR" in ln or "Error" in ln)
                    and "Kernel is running over TCP" not in ln]
        raise AssertionError("the class edition did not build (run svcx build --edition "
                             f"class; log {log}):\n" + "\n".join((problems or lines)[-30:]))
    return SITE


def solution_lines(min_len: int = 25) -> set[str]:
    """Every line (≥ min_len characters) inside a solution region of solutions/*.ipynb."""
    found: set[str] = set()
    for nb_path in sorted([*(ROOT / "solutions").glob("*.ipynb"),
                           *(ROOT / "solutions" / "zh").glob("*.ipynb")]):
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


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_each_practice_page_links_its_notebook_for_download(site: Path, lang: str) -> None:
    practice = [c["file"] for p in class_toc(lang=lang)["parts"] for c in p["chapters"]
                if c["file"].startswith("exercises/")]
    folder = ROOT / "exercises" / ("zh" if lang == "zh" else "")
    assert len(practice) == len(list(folder.glob("*.ipynb")))
    base = site / "zh" if lang == "zh" else site
    for name in practice:
        page = base / f"{name}.html"
        assert page.is_file(), page
        downloads = [href for href, attrs in _parse(page).links
                     if href.endswith(".ipynb") and "download" in attrs]
        assert downloads, f"{name}: no download link"
        target = Path(unquote(urljoin(page.as_uri(), downloads[0]).removeprefix("file://")))
        nb = json.loads(target.read_text(encoding="utf-8"))
        learner = json.loads((ROOT / f"{name}.ipynb").read_text(encoding="utf-8"))
        assert [c["source"] for c in nb["cells"]] == [c["source"] for c in learner["cells"]]


def test_revealing_quiz_explanations_are_not_in_the_site(site: Path) -> None:
    page = (site / "book" / "chapters" / "kano.html").read_text(encoding="utf-8")
    assert "Your budget covers one improvement" in page  # the question is there ...
    assert "Must-bes come first" not in page  # ... its explanation is not
    assert "Questionable pairs contradict themselves" in page  # other explanations stay


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


@pytest.mark.browser
def test_in_the_browser_practice_pages_offer_the_notebook_and_no_answer(site: Path) -> None:
    """Chromium sees what a learner sees: the download link works, there is no solution
    toggle, and the revealing KANO quiz question shows its verdict without explanation."""
    import shutil
    import tempfile
    import urllib.request

    from svcx_helpers.publish.assets import chrome, find_chromium, serve

    if not (find_chromium() and shutil.which("chromedriver")):
        pytest.skip("chromium and chromium-driver are not installed")
    from selenium.webdriver.common.by import By

    lines = solution_lines()
    profile = tempfile.mkdtemp(prefix="svcx-chromium-")
    drv = chrome(profile)
    try:
        with serve(site) as url:
            for page in ("exercises/kano.html", "zh/exercises/zh/kano.html"):
                drv.get(url + page)
                link = drv.find_element(By.CSS_SELECTOR, ".svcx-download a")
                assert link.is_displayed()
                with urllib.request.urlopen(link.get_attribute("href")) as r:
                    assert json.loads(r.read())["cells"]
                body = drv.find_element(By.TAG_NAME, "body").text
                assert not [ln for ln in lines if ln in body]
                # the reader edition hides each worked solution in a toggle; none here
                assert not drv.find_elements(By.CSS_SELECTOR, "div.toggle")
            drv.get(url + "book/chapters/kano.html")
            legend = drv.find_element(
                By.XPATH, "//legend[contains(., 'Your budget covers one improvement')]")
            fieldset = legend.find_element(By.XPATH, "..")
            for label in fieldset.find_elements(By.TAG_NAME, "label"):
                drv.execute_script("arguments[0].scrollIntoView({block: 'center'})", label)
                label.click()
                shown = [f for f in fieldset.find_elements(By.CSS_SELECTOR, ".svcx-fb")
                         if f.is_displayed()]
                assert len(shown) == 1
                verdict = shown[0].text.strip()
                assert verdict in ("Correct.", "Not quite."), verdict
    finally:
        drv.quit()
        shutil.rmtree(profile, ignore_errors=True)
