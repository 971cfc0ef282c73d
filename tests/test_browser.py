"""The built site in a real browser: Debian's chromium + chromedriver, driven by Selenium.

The site is served from ``_build/html`` by a local ``http.server`` on 127.0.0.1. Every
page is loaded once (``visits``); the tests then check what the browser saw: console
errors, every network request (Chrome's performance log: none may leave the machine),
broken links, axe-core violations. Others click and type: the quiz by mouse and by
keyboard, search in English and Chinese, widgets rendered from their saved state.
Screenshots go to ``_build/screenshots/``; the PDF of the book to ``_build/pdf/``.

Never a downloaded browser: Selenium uses /usr/bin/chromedriver and Debian's chromium,
and ``SE_OFFLINE=true`` stops Selenium Manager from fetching anything. Without chromium
the tests are skipped with the reason — except as root on Debian (CI), where ``./kit``
installs it, so there a missing browser is a failure.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from locks import build_lock

from svcx_helpers.cli import ROOT, build_both
from svcx_helpers.publish.assets import (
    PDF_PATH,
    SINGLEHTML_DIR,
    axe_source,
    chrome,
    find_chromium,
    network_events,
    serve,
    vendor_assets,
)

pytestmark = pytest.mark.browser

HTML = ROOT / "_build" / "html"
SCREENSHOTS = ROOT / "_build" / "screenshots"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
LOCAL_SCHEMES = {"data", "blob", "about", "chrome", "chrome-extension"}  # not network


def _browser_problem() -> str | None:
    chromium = find_chromium()
    if chromium and Path(CHROMEDRIVER).exists():
        return None
    missing = " and ".join(n for n, ok in (("chromium", chromium),
                                           ("chromium-driver", Path(CHROMEDRIVER).exists()))
                           if not ok)
    return f"{missing} not installed (Debian/Ubuntu: sudo apt-get install chromium chromium-driver)"


_PROBLEM = _browser_problem()
if _PROBLEM:
    if hasattr(os, "geteuid") and os.geteuid() == 0 and Path("/etc/debian_version").exists():
        # CI runs ./kit test as root on Debian, and ./kit installs the browser there.
        pytest.fail(f"{_PROBLEM}; ./kit installs them when run as root — run ./kit setup",
                    pytrace=False)
    pytest.skip(_PROBLEM, allow_module_level=True)

from selenium import webdriver  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@dataclass
class Visit:
    """What the browser saw while loading one page."""

    url: str
    console: list[dict[str, Any]] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # HTTP >= 400 or network errors
    links: list[str] = field(default_factory=list)
    bytes: int = 0


def _pages() -> list[str]:
    skip = {"_static", "_sources", "_images", "vendor"}
    return sorted(p.relative_to(HTML).as_posix() for p in HTML.rglob("*.html")
                  if not skip & set(p.relative_to(HTML).parts))


@pytest.fixture(scope="module")
def site() -> Path:
    """Build the book (cached: only what changed) so the tests see the current site."""
    vendor_assets()
    env = {k: v for k, v in os.environ.items()
           if k not in {"SVCX_STRICT", "MPLBACKEND", "SVCX_LANG"}}
    with build_lock():
        code = build_both(cwd=ROOT, env=env, stdout=subprocess.DEVNULL, timeout=3000)
    assert code == 0, "svcx build failed (run it to see the log)"
    return HTML


@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    with serve(site) as url:
        yield url


@pytest.fixture(scope="module")
def driver() -> Iterator[webdriver.Chrome]:
    profile = tempfile.mkdtemp(prefix="svcx-chromium-")
    drv = chrome(profile)  # Debian chromium + /usr/bin/chromedriver, SE_OFFLINE=true
    try:
        yield drv
    finally:
        drv.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _settle(drv: webdriver.Chrome) -> None:
    """Wait until the page and its typesetting (MathJax) are done."""
    WebDriverWait(drv, 30).until(
        lambda d: d.execute_script("return document.readyState") == "complete")
    drv.execute_async_script("""
        const done = arguments[arguments.length - 1];
        const mj = window.MathJax && window.MathJax.startup && window.MathJax.startup.promise;
        (mj ? mj : Promise.resolve()).then(() => setTimeout(done, 300), () => done());
    """)


def _collect(drv: webdriver.Chrome, visit: Visit) -> None:
    visit.console += drv.get_log("browser")
    for message in network_events(drv):
        params = message.get("params", {})
        if message["method"] == "Network.requestWillBeSent":
            visit.requests.append(params["request"]["url"])
        elif message["method"] == "Network.responseReceived":
            response = params["response"]
            if response.get("status", 0) >= 400:
                visit.failed.append(f"{response['status']} {response['url']}")
        elif message["method"] == "Network.loadingFailed":
            visit.failed.append(f"{params.get('errorText')} (request {params.get('requestId')})")
        elif message["method"] == "Network.loadingFinished":
            visit.bytes += int(params.get("encodedDataLength", 0))


def open_page(drv: webdriver.Chrome, url: str) -> None:
    """Load ``url`` and wait for it; the logs then hold this page's entries only."""
    drv.get_log("browser"), drv.get_log("performance")  # drop what came before
    drv.get(url)
    _settle(drv)


def reach_widgets(drv: webdriver.Chrome) -> None:
    """Scroll to the page's first widget, as a reader does: the widget manager is loaded
    only then (svcx_helpers/publish/light.py); wait until it has rendered the widgets."""
    drv.execute_script("""
        const v = document.querySelector('script[type="application/vnd.jupyter.widget-view+json"]');
        v.parentElement.scrollIntoView();""")
    WebDriverWait(drv, 30).until(lambda d: d.execute_script(
        "return typeof window.require === 'function' && "
        "document.querySelectorAll('.widget-subarea').length > 0"))


def load(drv: webdriver.Chrome, url: str) -> Visit:
    visit = Visit(url)
    open_page(drv, url)
    visit.links = drv.execute_script(
        "return Array.from(document.querySelectorAll('a[href]'), a => a.href)")
    _collect(drv, visit)
    return visit


@pytest.fixture(scope="module")
def visits(driver: webdriver.Chrome, base_url: str) -> dict[str, Visit]:
    pages = _pages()
    assert "book/chapters/kano.html" in pages and "search.html" in pages, pages
    return {page: load(driver, base_url + page) for page in pages}


def _is_local(url: str) -> bool:
    parts = urllib.parse.urlsplit(url)
    return parts.scheme in LOCAL_SCHEMES or parts.hostname in LOCAL_HOSTS


def test_every_page_loads_without_console_errors(visits: dict[str, Visit]) -> None:
    errors = {page: [e["message"] for e in v.console if e["level"] == "SEVERE"]
              for page, v in visits.items()}
    assert not any(errors.values()), {p: e for p, e in errors.items() if e}
    failed = {page: v.failed for page, v in visits.items() if v.failed}
    assert not failed, failed


def test_no_page_requests_anything_off_the_machine(visits: dict[str, Visit]) -> None:
    assert all(v.requests for v in visits.values())  # the log really records requests
    outside = {page: sorted({u for u in v.requests if not _is_local(u)})
               for page, v in visits.items()}
    assert not any(outside.values()), {p: u for p, u in outside.items() if u}
    # the vendored MathJax is what the chapter loaded, and the loader that fetches the
    # vendored widget manager when a widget comes near (test_widget_manager_loads_…)
    kano = visits["book/chapters/kano.html"].requests
    assert any("/vendor/mathjax/" in u for u in kano), kano
    assert any("/_static/svcx-widgets.js" in u for u in kano), kano


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for key, value in attrs:
            if key in ("id", "name") and value:
                self.ids.add(value)


def test_internal_links_resolve(visits: dict[str, Visit], base_url: str) -> None:
    """Every link on every page that stays in the site: the target exists (no 404),
    and so does the #fragment it points at."""
    targets = {link for v in visits.values() for link in v.links
               if link.startswith(base_url)}
    assert len(targets) > 20, targets
    ids: dict[str, set[str]] = {}
    broken = []
    for link in sorted(targets):
        page, _, fragment = link.partition("#")
        if page not in ids:
            try:
                with urllib.request.urlopen(page, timeout=10) as response:
                    body = response.read().decode("utf-8", "replace")
            except urllib.error.HTTPError as exc:
                broken.append(f"{exc.code} {link}")
                ids[page] = set()
                continue
            parser = _Ids()
            parser.feed(body) if page.endswith((".html", "/")) else None
            ids[page] = parser.ids
        if fragment and page.endswith(".html") and urllib.parse.unquote(fragment) not in ids[page]:
            broken.append(f"missing #{fragment} in {link}")
    assert not broken, broken


def test_axe_core_finds_no_serious_violations(driver: webdriver.Chrome, base_url: str,
                                              visits: dict[str, Visit]) -> None:
    axe = axe_source()
    problems: dict[str, list[str]] = {}
    for page in visits:
        open_page(driver, base_url + page)
        driver.execute_script(axe)
        violations = driver.execute_async_script("""
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
               .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,
                     help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))),
                     e => done([{id: 'axe-error', impact: 'critical', help: String(e),
                                 nodes: []}]));
        """)
        bad = [f"{v['impact']}: {v['id']} — {v['help']} {v['nodes']}" for v in violations
               if v["impact"] in ("serious", "critical")]
        if bad:
            problems[page] = bad
    assert not problems, json.dumps(problems, indent=1, ensure_ascii=False)


def _quiz_fieldset(driver: webdriver.Chrome) -> Any:
    quiz = driver.find_element(By.CSS_SELECTOR, ".svcx-quiz")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", quiz)
    return quiz, quiz.find_elements(By.TAG_NAME, "fieldset")[0]


def _feedback(option: Any) -> Any:
    return option.find_element(By.XPATH, "..").find_element(By.CSS_SELECTOR, ".svcx-fb")


KANO_PAGES = ["book/chapters/kano.html", "zh/book/zh/chapters/kano.html"]


@pytest.mark.parametrize("page", KANO_PAGES)
def test_quiz_by_mouse_shows_feedback(driver: webdriver.Chrome, base_url: str,
                                      visits: dict[str, Visit], page: str) -> None:
    open_page(driver, base_url + page)
    _, first = _quiz_fieldset(driver)
    radios = first.find_elements(By.CSS_SELECTOR, "input[type=radio]")
    assert len(radios) >= 2
    assert not any(_feedback(r).is_displayed() for r in radios)  # nothing shown before
    verdicts = []
    for radio in radios:  # click each option's label, as a reader would
        first.find_element(By.CSS_SELECTOR, f"label[for='{radio.get_attribute('id')}']").click()
        assert radio.is_selected()
        shown = [r for r in radios if _feedback(r).is_displayed()]
        assert shown == [radio]  # only the chosen option's feedback
        verdicts.append(_feedback(radio).get_attribute("data-correct"))
        assert _feedback(radio).text.strip()
    assert verdicts.count("true") >= 1 and verdicts.count("false") >= 1
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", first)
    name = "quiz-zh.png" if page.startswith("zh/") else "quiz.png"
    first.screenshot(str(SCREENSHOTS / name))  # the first question, answered
    if page.startswith("zh/"):  # the quiz is in Chinese, not only the page around it
        assert re.search(r"[\u4e00-\u9fff]", first.text), first.text


@pytest.mark.parametrize("page", KANO_PAGES)
def test_quiz_by_keyboard(driver: webdriver.Chrome, base_url: str,
                          visits: dict[str, Visit], page: str) -> None:
    open_page(driver, base_url + page)
    quiz, first = _quiz_fieldset(driver)
    radios = first.find_elements(By.CSS_SELECTOR, "input[type=radio]")
    # Start keyboard navigation just before the quiz, then only keys.
    title = quiz.find_element(By.CSS_SELECTOR, ".svcx-quiz-title")
    driver.execute_script("arguments[0].tabIndex = -1; arguments[0].focus()", title)
    active = driver.switch_to.active_element
    active.send_keys(Keys.TAB)
    assert driver.switch_to.active_element == radios[0], "Tab does not reach the quiz"
    driver.switch_to.active_element.send_keys(Keys.SPACE)
    assert radios[0].is_selected() and _feedback(radios[0]).is_displayed()
    driver.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    assert radios[1].is_selected() and _feedback(radios[1]).is_displayed()
    assert not _feedback(radios[0]).is_displayed()
    # the focus ring is visible (WCAG 2.4.7)
    outline = driver.execute_script(
        "return getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none"), outline


def test_exercise_solutions_toggle(driver: webdriver.Chrome, base_url: str,
                                   visits: dict[str, Visit]) -> None:
    """Practice pages show each task; its solution opens and closes on demand."""
    open_page(driver, base_url + "solutions/kano.html")
    toggles = driver.find_elements(By.CSS_SELECTOR, "details.hide.above-input")
    assert len(toggles) >= 9, len(toggles)
    first = toggles[0]
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", first)
    code = first.find_element(By.CSS_SELECTOR, "pre")
    assert first.get_attribute("open") is None and not code.is_displayed()
    first.find_element(By.TAG_NAME, "summary").click()
    # the theme animates the toggle: wait for it (a loaded CI machine can be slow)
    WebDriverWait(driver, 10).until(lambda d: code.is_displayed())
    assert first.get_attribute("open") is not None
    assert "by_hand" in code.text
    first.find_element(By.TAG_NAME, "summary").click()
    WebDriverWait(driver, 10).until(lambda d: not code.is_displayed())
    # the check cells stay visible, and the written model answer is a toggle too
    assert driver.find_elements(By.XPATH, "//pre[contains(., 'check(\"kano.t2_counts\"')]")
    assert driver.find_elements(By.CSS_SELECTOR, ".toggle, .toggle-hidden, button.toggle-button")


@pytest.mark.parametrize(("query", "expected"), [
    ("Attractive", "glossary.html"),
    ("内部客户", "glossary.html"),
])
def test_search_finds_glossary_terms(driver: webdriver.Chrome, base_url: str,
                                     visits: dict[str, Visit], query: str,
                                     expected: str) -> None:
    open_page(driver, base_url + "search.html?q=" + urllib.parse.quote(query))
    WebDriverWait(driver, 30).until(lambda d: d.find_elements(
        By.CSS_SELECTOR, "#search-results ul.search li a"))
    hits = [a.get_attribute("href") for a in driver.find_elements(
        By.CSS_SELECTOR, "#search-results ul.search li a")]
    assert any(expected in h for h in hits), hits


def test_saved_widget_state_renders_offline(driver: webdriver.Chrome, base_url: str,
                                            visits: dict[str, Visit]) -> None:
    """The chapter keeps its widgets' saved state (executed by jupyter-cache). The chapter
    hides the live widgets on the web page (they need a kernel), so the test places a view
    of one saved dropdown into the page and lets the vendored widget manager render it."""
    open_page(driver, base_url + "book/chapters/kano.html")
    reach_widgets(driver)
    state = driver.execute_script("""
        const s = document.querySelector(`script[type="${arguments[0]}"]`);
        return s ? JSON.parse(s.textContent).state : null;""", WIDGET_STATE)
    assert state, "the chapter page has no saved widget state"
    # a dropdown with a choice made (the explorer's; the practice cards start at
    # "(choose)", index None); model ids are random, so not "the first one"
    dropdown_id, dropdown = next((k, m) for k, m in state.items()
                                 if m["model_name"] == "DropdownModel"
                                 and m["state"].get("index") is not None)
    saved = dropdown["state"]
    expected_label = saved["_options_labels"][saved["index"]]
    rendered = driver.execute_async_script("""
        const [modelId, stateType] = arguments;
        const done = arguments[arguments.length - 1];
        const box = document.createElement('div');
        box.id = 'svcx-widget-test';
        const st = document.querySelector(`script[type="${stateType}"]`);
        const view = document.createElement('script');
        view.type = 'application/vnd.jupyter.widget-view+json';
        view.textContent = JSON.stringify({version_major: 2, version_minor: 0, model_id: modelId});
        const copy = document.createElement('script');
        copy.type = st.type; copy.textContent = st.textContent;
        box.append(copy, view);
        document.querySelector('main, body').prepend(box);
        require(['@jupyter-widgets/html-manager/dist/libembed-amd'], embed => {
            embed.renderWidgets(box);  // starts rendering; returns nothing to wait on
            const wait = (n) => {
                const sel = box.querySelector('select');
                if (sel || n <= 0) {
                    done(sel ? {label: sel.options[sel.selectedIndex].text,
                                description: box.innerText} : null);
                } else { setTimeout(() => wait(n - 1), 100); }
            };
            wait(100);
        }, e => done({error: String(e)}));
    """, dropdown_id, WIDGET_STATE)
    assert rendered and "error" not in rendered, rendered
    # the widget manager keeps runs of spaces in option labels by writing them as
    # no-break spaces (U+00A0); the text is the same
    assert rendered["label"].replace("\xa0", " ") == expected_label
    assert saved["description"] in rendered["description"]
    console = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert not console, console


def test_chapter_widget_renders_its_saved_state(driver: webdriver.Chrome, base_url: str,
                                                visits: dict[str, Visit]) -> None:
    """The KANO chapter's evaluation-table explorer is on the page as it was saved at
    build time, rendered by the vendored widget manager without a kernel."""
    open_page(driver, base_url + "book/chapters/kano.html")
    reach_widgets(driver)
    WebDriverWait(driver, 20).until(
        lambda d: len(d.find_elements(By.CSS_SELECTOR, ".widget-dropdown select")) >= 2)
    selects = driver.find_elements(By.CSS_SELECTOR, ".widget-dropdown select")
    chosen = [s.find_element(By.CSS_SELECTOR, "option:checked").text for s in selects[:2]]
    assert chosen[0].startswith("1 ") and chosen[1].startswith("5 "), chosen
    box = selects[0].find_element(By.XPATH, "ancestor::div[contains(@class,'widget-vbox')]")
    assert "One-dimensional" in box.text  # the saved result of (like, dislike)
    console = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert not console, console


def test_screenshots(driver: webdriver.Chrome, base_url: str,
                     visits: dict[str, Visit]) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for page, name in (("book/intro.html", "start-page.png"),
                       ("book/chapters/kano.html", "kano-chapter.png"),
                       ("zh/book/zh/intro.html", "start-page-zh.png"),
                       ("zh/book/zh/chapters/kano.html", "kano-chapter-zh.png")):
        open_page(driver, base_url + page)
        path = SCREENSHOTS / name
        path.unlink(missing_ok=True)
        assert driver.save_screenshot(str(path))
        assert path.stat().st_size > 10_000  # a real picture, not a blank page


def test_pdf_of_the_book_has_chinese_text() -> None:
    """`svcx pdf`: single-page HTML build printed by headless chromium."""
    from pypdf import PdfReader

    with build_lock():
        out = subprocess.run([str(Path(sys.executable).with_name("svcx")), "pdf"], cwd=ROOT,
                             capture_output=True, text=True, timeout=1800)
    assert out.returncode == 0, (out.stdout + out.stderr)[-5000:]
    assert PDF_PATH.exists() and (SINGLEHTML_DIR / "index.html").exists()
    reader = PdfReader(PDF_PATH)
    assert len(reader.pages) >= 10
    # NFKC: the font maps a few glyphs shared with Kangxi radicals (力 → ⼒) to the radical
    text = unicodedata.normalize("NFKC", "".join(p.extract_text() or "" for p in reader.pages))
    for expected in ("KANO", "内部客户", "魅力型", "KANO 需求分析"):
        assert expected in text, f"{expected!r} is not text in the PDF"


def test_pdf_of_the_chinese_book() -> None:
    """`svcx pdf --lang zh`: the Chinese edition printed, its Chinese as text (CJK glyphs)."""
    from pypdf import PdfReader

    with build_lock():
        out = subprocess.run([str(Path(sys.executable).with_name("svcx")), "pdf", "--lang",
                              "zh"], cwd=ROOT, capture_output=True, text=True, timeout=1800)
    assert out.returncode == 0, (out.stdout + out.stderr)[-5000:]
    pdf = PDF_PATH.with_name("svcx-book-zh.pdf")
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 10
    text = unicodedata.normalize("NFKC", "".join(p.extract_text() or "" for p in reader.pages))
    for expected in ("KANO 需求分析", "魅力型", "移情性", "培训师指南"):
        assert expected in text, f"{expected!r} is not text in the Chinese PDF"


def test_slide_deck_works_offline(driver: webdriver.Chrome, tmp_path: Path) -> None:
    """`svcx slides queues`: a reveal.js deck that opens from a folder with no network —
    every slide, figure, formula and the speaker notes."""
    from svcx_helpers.publish.slides import build_slides

    deck = build_slides("queues", tmp_path / "slides")
    visit = Visit(deck.as_uri())
    open_page(driver, deck.as_uri())
    _collect(driver, visit)
    outside = [u for u in visit.requests
               if urllib.parse.urlsplit(u).scheme not in LOCAL_SCHEMES | {"file"}]
    assert not outside, outside
    assert not visit.failed, visit.failed
    errors = [e for e in visit.console if e["level"] == "SEVERE"]
    assert not errors, errors
    html = deck.read_text(encoding="utf-8")
    assert driver.execute_script("return Reveal.getTotalSlides()") == html.count("<section>") - \
        html.count("<section>\n<section>")
    images = driver.execute_script(
        "return Array.from(document.images, i => [i.alt, i.naturalWidth])")
    assert len(images) >= 4 and all(alt and width > 0 for alt, width in images), images
    assert driver.execute_script("return document.querySelectorAll('mjx-container').length") > 0
    assert driver.execute_script("return document.querySelectorAll('aside.notes').length") > 3
    driver.execute_script("Reveal.slide(1)")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SCREENSHOTS / "slides-queues.png"))


@pytest.mark.parametrize("answers", [False, True], ids=["sheet", "answer-key"])
def test_exercise_sheet_pdf(tmp_path: Path, answers: bool) -> None:
    """`svcx sheets queues [--answers]`: an A4 PDF with the tasks, answer boxes (or the
    model answers), the data tables and the Chinese title as text."""
    from pypdf import PdfReader

    out = subprocess.run([str(Path(sys.executable).with_name("svcx")), "sheets", "queues",
                          "-o", str(tmp_path), *(["--answers"] if answers else [])],
                         cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, (out.stdout + out.stderr)[-3000:]
    pdf = tmp_path / ("queues-answers.pdf" if answers else "queues.pdf")
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 3
    width, height = (float(x) for x in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    text = unicodedata.normalize("NFKC", "".join(p.extract_text() or "" for p in reader.pages))
    for expected in ("Task 1", "Task 7", "银行服务热线", "Mon"):
        assert expected in text, expected
    if answers:
        assert "Answer key" in text and "queueing." in text and "Your answer" not in text
    else:
        assert text.count("Your answer") >= 7 and "queueing.required_agents(" not in text


# ------------------------------------------------------------------ the Chinese edition
def test_chinese_slide_deck_works_offline(driver: webdriver.Chrome, tmp_path: Path) -> None:
    """`svcx slides kano --lang zh`: the Chinese deck, speaker notes included, offline."""
    from svcx_helpers.publish.slides import build_slides

    deck = build_slides("kano", tmp_path / "slides", lang="zh")
    visit = Visit(deck.as_uri())
    open_page(driver, deck.as_uri())
    _collect(driver, visit)
    outside = [u for u in visit.requests
               if urllib.parse.urlsplit(u).scheme not in LOCAL_SCHEMES | {"file"}]
    assert not outside, outside
    assert not visit.failed and not [e for e in visit.console if e["level"] == "SEVERE"]
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN"
    html = deck.read_text(encoding="utf-8")
    assert "魅力型" in html and "必备型" in html
    notes = driver.execute_script(
        "return Array.from(document.querySelectorAll('aside.notes'), n => n.textContent)")
    assert len(notes) > 3 and all(re.search(r"[\u4e00-\u9fff]", n) for n in notes)
    images = driver.execute_script(
        "return Array.from(document.images, i => [i.alt, i.naturalWidth])")
    assert images and all(re.search(r"[\u4e00-\u9fff]", alt) and w > 0 for alt, w in images)
    driver.execute_script("Reveal.slide(2)")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SCREENSHOTS / "slides-kano-zh.png"))


@pytest.mark.parametrize("answers", [False, True], ids=["sheet", "answer-key"])
def test_chinese_exercise_sheet_pdf(tmp_path: Path, answers: bool) -> None:
    """`svcx sheets kano --lang zh [--answers]`: A4, the tasks' Chinese text as text."""
    from pypdf import PdfReader

    out = subprocess.run([str(Path(sys.executable).with_name("svcx")), "sheets", "kano",
                          "--lang", "zh", "-o", str(tmp_path),
                          *(["--answers"] if answers else [])],
                         cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, (out.stdout + out.stderr)[-3000:]
    reader = PdfReader(tmp_path / ("kano-answers.pdf" if answers else "kano.pdf"))
    width, height = (float(x) for x in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)
    text = unicodedata.normalize("NFKC", "".join(p.extract_text() or "" for p in reader.pages))
    for expected in ("KANO 需求分析", "任务 1", "任务 7"):
        assert expected in text, expected
    if answers:
        assert "参考答案" in text and "kano.rank(counts)" in text and "你的答案" not in text
    else:
        assert text.count("你的答案") >= 7 and "kano.rank(counts)" not in text

CHAPTERS = ["customers", "kano", "servqual", "blueprint", "journey", "process", "standards",
            "recovery", "queues", "culture", "emotions", "training", "communication",
            "creative", "servicescape", "outsourcing", "audit", "cost"]


@pytest.mark.parametrize(("en", "zh"), [
    ("book/intro.html", "zh/book/zh/intro.html"),
    ("book/glossary.html", "zh/book/zh/glossary.html"),
    ("book/trainer-guide.html", "zh/book/zh/trainer-guide.html"),
    ("solutions/capstone.html", "zh/solutions/zh/capstone.html"),
    *[(f"book/chapters/{c}.html", f"zh/book/zh/chapters/{c}.html") for c in CHAPTERS],
    *[(f"solutions/{c}.html", f"zh/solutions/zh/{c}.html") for c in CHAPTERS],
])
def test_language_links_go_to_the_matching_page_both_ways(
        driver: webdriver.Chrome, base_url: str, visits: dict[str, Visit], en: str,
        zh: str) -> None:
    open_page(driver, base_url + en)
    link = driver.find_element(By.CSS_SELECTOR, ".svcx-lang-switch a")
    assert link.get_attribute("href") == base_url + zh
    assert link.get_attribute("hreflang") == "zh-CN" and link.text == "中文版"
    open_page(driver, base_url + zh)
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN"
    back = driver.find_element(By.CSS_SELECTOR, ".svcx-lang-switch a")
    assert back.get_attribute("href") == base_url + en


def test_every_english_page_offers_chinese(visits: dict[str, Visit]) -> None:
    for page in visits:
        if page.startswith("zh/") or page in ("search.html", "genindex.html"):
            continue
        text = (HTML / page).read_text(encoding="utf-8")
        if "svcx-lang-switch" not in text and 'http-equiv="refresh"' not in text.lower():
            raise AssertionError(f"{page} has no link to the Chinese edition")


@pytest.mark.parametrize(("query", "expected"), [
    ("魅力型", "zh/book/zh/chapters/kano.html"),
    ("服务质量差距", "zh/book/zh/chapters/servqual.html"),
    ("内部客户", "zh/book/zh/chapters/customers.html"),
    ("服务蓝图", "zh/book/zh/chapters/blueprint.html"),
    ("关键时刻", "zh/book/zh/chapters/journey.html"),
    ("控制图", "zh/book/zh/chapters/standards.html"),
    ("服务补救", "zh/book/zh/chapters/recovery.html"),
    ("排队", "zh/book/zh/chapters/queues.html"),
    ("授权矩阵", "zh/book/zh/chapters/culture.html"),
    ("六顶思考帽", "zh/book/zh/chapters/creative.html"),
    ("服务场景", "zh/book/zh/chapters/servicescape.html"),
    ("服务水平协议", "zh/book/zh/chapters/outsourcing.html"),
    ("符合率", "zh/book/zh/chapters/audit.html"),
    ("作业成本", "zh/book/zh/chapters/cost.html"),
])
def test_chinese_search_finds_the_chapter(driver: webdriver.Chrome, base_url: str,
                                          visits: dict[str, Visit], query: str,
                                          expected: str) -> None:
    open_page(driver, base_url + "zh/search.html?q=" + urllib.parse.quote(query))
    WebDriverWait(driver, 30).until(lambda d: d.find_elements(
        By.CSS_SELECTOR, "#search-results ul.search li a"))
    hits = [a.get_attribute("href") for a in driver.find_elements(
        By.CSS_SELECTOR, "#search-results ul.search li a")]
    assert any(h.split("#")[0].split("?")[0].endswith(expected) for h in hits), hits


def test_chinese_chapter_plots_have_no_missing_glyphs(site: Path) -> None:
    """matplotlib reports a missing glyph on stderr, which the book shows in the page."""
    for name in CHAPTERS:
        page = (site / "zh" / "book" / "zh" / "chapters" / f"{name}.html").read_text(
            encoding="utf-8")
        assert ("<img" in page and "data:image/png" in page) or "_images/" in page
        assert "missing from font" not in page and "Glyph" not in page, name


# ---------------------------------------------------------------------------------------
# The light site (issue 22): each page loads only what it uses
# ---------------------------------------------------------------------------------------
ICONS_JS = """
const out = [];
for (const el of document.querySelectorAll('*')) {
  for (const pseudo of ['::before', '::after']) {
    const cs = getComputedStyle(el, pseudo);
    if (!cs.fontFamily.includes('Font Awesome') || !cs.content || cs.content === 'none'
        || cs.content === 'normal' || cs.content === '""') continue;
    const text = cs.content.replace(/^"|"$/g, '');
    out.push([cs.fontFamily.replace(/"/g, '').split(',')[0].trim(), cs.fontWeight,
              [...text].map(c => c.codePointAt(0)), String(el.className)]);
  }
}
return out;"""
LIGHT_PAGES = ["book/intro.html", "book/how-to-use.html", "book/chapters/kano.html",
               "solutions/kano.html", "book/glossary.html", "search.html",
               "zh/book/zh/intro.html", "zh/book/zh/chapters/kano.html", "zh/search.html"]


def _resources(drv: webdriver.Chrome) -> list[str]:
    return drv.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)")


@pytest.mark.parametrize("page", LIGHT_PAGES)
def test_every_icon_is_drawn_from_the_subset_font(driver: webdriver.Chrome, base_url: str,
                                                  site: Path, page: str) -> None:
    """Every icon the page shows (theme buttons, admonitions, download menu, dark-mode
    switch in each mode) has its glyph in the cut-down font of its weight, and neither
    fontawesome.js nor a full Font Awesome font is requested."""
    from fontTools.ttLib import TTFont

    root = site / "zh" if page.startswith("zh/") else site
    fonts = {("Font Awesome 6 Free", "900"): "fa-solid-900",
             ("Font Awesome 6 Free", "400"): "fa-regular-400",
             ("Font Awesome 6 Brands", "400"): "fa-brands-400"}
    cmaps = {key: set(TTFont(str(root / "_static" / "svcx-icons" / f"{stem}.woff"))
                      .getBestCmap()) for key, stem in fonts.items()}
    open_page(driver, base_url + page)
    shown = []
    for mode in ("light", "dark"):
        driver.execute_script("document.documentElement.dataset.theme = arguments[0];", mode)
        shown += driver.execute_script(ICONS_JS)
    assert len(shown) >= 4, shown  # search, the theme switch, the menus
    missing = [(family, weight, hex(cp), cls) for family, weight, cps, cls in shown
               for cp in cps if 0xE000 <= cp <= 0xF8FF
               and cp not in cmaps[(family, str(weight))]]
    assert not missing, missing
    heavy = [r for r in _resources(driver) if "fontawesome.js" in r or "/webfonts/" in r]
    assert not heavy, heavy


def test_mathjax_only_on_pages_with_math(driver: webdriver.Chrome, base_url: str,
                                         site: Path) -> None:
    for page in ("book/intro.html", "book/how-to-use.html", "zh/book/zh/intro.html"):
        open_page(driver, base_url + page)
        assert not [r for r in _resources(driver) if "mathjax" in r], page
    for page in ("book/chapters/kano.html", "zh/book/zh/chapters/kano.html"):
        open_page(driver, base_url + page)  # waits for MathJax's typesetting
        assert driver.find_elements(By.CSS_SELECTOR, "mjx-container"), page


def test_widget_manager_loads_when_a_widget_comes_near(driver: webdriver.Chrome,
                                                       base_url: str, site: Path) -> None:
    """No widget on the page: no widget manager at all. The KANO chapter's widgets are
    far down the page: the 4.5 MB manager is fetched only when the reader gets there,
    and then renders them."""
    open_page(driver, base_url + "book/how-to-use.html")
    assert "svcx-widgets.js" not in driver.page_source
    open_page(driver, base_url + "book/chapters/kano.html")
    assert not [r for r in _resources(driver) if "embed-amd" in r or "require.js" in r]
    reach_widgets(driver)
    loaded = _resources(driver)
    assert [r for r in loaded if "/vendor/html-manager/dist/embed-amd.js" in r], loaded
    assert all(_is_local(r) for r in loaded), loaded
    console = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert not console, console


def test_search_index_only_on_the_search_page(driver: webdriver.Chrome, base_url: str,
                                              site: Path) -> None:
    """The search box of any page still leads to results (the form goes to search.html,
    which loads the index)."""
    open_page(driver, base_url + "book/intro.html")
    assert not [r for r in _resources(driver) if "searchindex.js" in r]
    driver.get(base_url + "search.html?q=SERVQUAL")
    WebDriverWait(driver, 30).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results ul.search li"))
