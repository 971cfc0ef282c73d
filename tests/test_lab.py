"""The no-code track in a real JupyterLab, driven by a real browser (issue 20).

JupyterLab is started as ``svcx lab`` starts it (:func:`svcx_helpers.cli.lab_command`, with
the kit's settings overrides), in a scratch folder holding a released no-code exercise.
Debian's chromium (Selenium, never a downloaded browser) then works as a learner does:

1. runs all cells, answers every answer card with the model answer **by clicking and
   typing**, presses *Check* on each (feedback shown), saves, closes the notebook and
   opens it again (the answers are still there), restarts the kernel and runs all again
   (the cards come back filled in); ``svcx grade`` scores the saved notebook at full marks;
2. the same with one wrong answer: its *Check* shows the hint, and ``svcx grade`` scores
   less and repeats the hint on the feedback page.

Both languages; the Chinese run also checks that JupyterLab's own menus are Chinese.
Every request the browser makes and every connection the JupyterLab server opens is
recorded: none may leave 127.0.0.1 (no news feed, no update check).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from svcx_helpers.cli import ROOT, lab_command, write_lab_settings
from svcx_helpers.grading import get_question, load_bank
from svcx_helpers.grading.batch import grade
from svcx_helpers.grading.cards import read_notebook_answers
from svcx_helpers.i18n import language
from svcx_helpers.publish.assets import chrome, find_chromium, network_events

pytestmark = pytest.mark.browser

CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
if not (find_chromium() and Path(CHROMEDRIVER).exists()):
    if hasattr(os, "geteuid") and os.geteuid() == 0 and Path("/etc/debian_version").exists():
        pytest.fail("chromium/chromium-driver missing; ./kit setup installs them", pytrace=False)
    pytest.skip("chromium and chromium-driver not installed", allow_module_level=True)

from selenium.common.exceptions import StaleElementReferenceException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

ASSIGNMENT = "kano"
TOKEN = "svcx-test-token"

# The JupyterLab server runs under an audit hook that writes down every address it
# resolves or connects to: the server side of "no request leaves the machine".
SERVER = r"""
import json, sys
log = open(sys.argv[1], "a", buffering=1)
def hook(event, args):
    if event in ("socket.connect", "socket.getaddrinfo"):
        what = args[1] if event == "socket.connect" else args[0]
        log.write(json.dumps([event, repr(what)]) + "\n")
sys.addaudithook(hook)
sys.argv = sys.argv[1:]
from jupyterlab.labapp import main
sys.exit(main())
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Lab:
    def __init__(self, url: str, folder: Path, log: Path, server_log: Path) -> None:
        self.url, self.folder, self.log, self.server_log = url, folder, log, server_log

    def connections(self) -> list[str]:
        lines = self.log.read_text(encoding="utf-8").splitlines() if self.log.exists() else []
        return [json.loads(line)[1] for line in lines if line.strip()]


@pytest.fixture(scope="module", params=["en", "zh"])
def lab(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
        ) -> Iterator[tuple[str, Lab]]:
    lang: str = request.param
    folder = tmp_path_factory.mktemp(f"lab-{lang}")
    work = folder / "work"
    work.mkdir()
    source = ROOT / "exercises" / ("zh/nocode" if lang == "zh" else "nocode") / "kano.ipynb"
    shutil.copyfile(source, work / "kano.ipynb")
    write_lab_settings()  # what ./kit setup writes
    port = free_port()
    cmd, env = lab_command(lang, [f"--ServerApp.root_dir={work}", "--no-browser",
                                  f"--port={port}", "--ServerApp.ip=127.0.0.1",
                                  f"--IdentityProvider.token={TOKEN}",
                                  "--LabApp.expose_app_in_browser=True",
                                  f"--LabApp.workspaces_dir={folder / 'ws'}"])
    # the learner's own settings stay untouched: a scratch copy of what svcx lab chose,
    # plus one setting for the robot: every cell in the page (no virtual scrolling)
    settings = folder / "settings"
    if "JUPYTERLAB_SETTINGS_DIR" in env:
        shutil.copytree(env["JUPYTERLAB_SETTINGS_DIR"], settings)
        locale = json.loads((settings / "@jupyterlab" / "translation-extension" /
                             "plugin.jupyterlab-settings").read_text())["locale"]
        assert locale == {"en": "en", "zh": "zh_CN"}[lang]
    else:
        assert lang == "en"
    notebook_settings = settings / "@jupyterlab" / "notebook-extension"
    notebook_settings.mkdir(parents=True, exist_ok=True)
    (notebook_settings / "tracker.jupyterlab-settings").write_text(
        json.dumps({"windowingMode": "none"}))
    env = {**env, "JUPYTERLAB_SETTINGS_DIR": str(settings), "JUPYTER_RUNTIME_DIR":
           str(folder / "rt"), "HOME": str(folder), "PYTHONHASHSEED": "0"}
    env.pop("SVCX_STRICT", None)
    log = folder / "connections.jsonl"
    server_log = folder / "server.log"
    with open(server_log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-c", SERVER, str(log), *cmd[1:]],
                                env=env, cwd=work, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("JupyterLab did not start:\n" + server_log.read_text()[-3000:])
                time.sleep(0.5)
        yield lang, Lab(url, work, log, server_log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def driver(lab: tuple[str, Lab]) -> Iterator[Any]:
    profile = tempfile.mkdtemp(prefix="svcx-lab-chromium-")
    drv = chrome(profile, window="1400,1000")
    try:
        yield drv
    finally:
        drv.quit()
        shutil.rmtree(profile, ignore_errors=True)


# --------------------------------------------------------------------------------------
# Working as a learner
# --------------------------------------------------------------------------------------
def wait(drv: Any, what: Any, timeout: float = 90) -> Any:
    return WebDriverWait(drv, timeout, poll_frequency=0.25).until(what)


def command(drv: Any, name: str, args: dict[str, Any] | None = None) -> None:
    drv.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "window.jupyterapp.commands.execute(arguments[0], arguments[1] || {})"
        ".then(() => done(true), e => done(String(e)));", name, args or {})


def open_notebook(drv: Any, lab: Lab) -> None:
    drv.get(f"{lab.url}/lab/tree/kano.ipynb?reset&token={TOKEN}")
    wait(drv, lambda d: d.execute_script(
        "const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;"
        "return !!(w && w.context && w.context.isReady && w.sessionContext &&"
        " w.sessionContext.session && w.sessionContext.session.kernel &&"
        " w.sessionContext.session.kernel.connectionStatus === 'connected');"))


def kernel_idle(drv: Any) -> bool:
    return bool(drv.execute_script(
        "const w = window.jupyterapp.shell.currentWidget;"
        "const k = w && w.sessionContext.session && w.sessionContext.session.kernel;"
        "return !!k && k.status === 'idle' &&"
        " !Array.from(w.content.widgets).some(c => c.model.type === 'code' &&"
        "   (c.promptNode && c.promptNode.textContent.includes('*')));"))


def run_all(drv: Any, n_cards: int) -> None:
    command(drv, "notebook:run-all-cells")
    wait(drv, lambda d: kernel_idle(d) and len(d.find_elements(
        By.CSS_SELECTOR, ".jp-OutputArea .svcx-card")) >= n_cards, timeout=180)


def card(drv: Any, task: str) -> Any:
    import re

    element = drv.find_element(By.CSS_SELECTOR, ".svcx-card-" + re.sub(r"[^\w-]", "-", task))
    drv.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    return element


def labels_of(task: str, lang: str) -> dict[Any, str]:
    question = get_question(task)
    with language(lang):
        return {value: label for value, label in question.card.option_list()}


def answer(drv: Any, task: str, value: Any, lang: str) -> None:
    """Answer one card as a learner does, with the mouse and the keyboard."""
    spec = get_question(task).card
    element = card(drv, task)
    names = labels_of(task, lang)
    if spec.kind == "choice":
        selects = element.find_elements(By.CSS_SELECTOR, "select")
        if selects:
            Select(selects[0]).select_by_visible_text(names[value])
        else:
            for label in element.find_elements(By.CSS_SELECTOR, ".widget-radio-box label"):
                if label.text.strip() == names[value]:
                    label.find_element(By.CSS_SELECTOR, "input").click()
                    break
            else:
                raise AssertionError(f"{task}: no option {names[value]!r}")
    elif spec.kind == "multi":
        wanted = {names[v] for v in value}
        for box in element.find_elements(By.CSS_SELECTOR, ".widget-checkbox"):
            if box.text.strip() in wanted:
                box.find_element(By.CSS_SELECTOR, "input").click()
    elif spec.kind == "number":
        field = element.find_element(By.CSS_SELECTOR, "input[type='text']")
        field.clear()
        field.send_keys(f"{value:g}")
    elif spec.kind == "ranking":
        for i, v in enumerate(value, start=1):
            Select(element.find_element(By.CSS_SELECTOR, f".svcx-rank-{i} select")
                   ).select_by_visible_text(names[v])
    elif spec.kind == "text":
        element.find_element(By.CSS_SELECTOR, "textarea").send_keys(value)
    elif spec.kind == "table":
        cells = element.find_elements(By.CSS_SELECTOR, ".svcx-card-cell select")
        values = list(value.values()) if isinstance(value, dict) else list(value)
        assert len(cells) == len(values), task
        for select, v in zip(cells, values, strict=True):
            Select(select).select_by_visible_text(names[v])
    time.sleep(0.3)  # let the widget send its value to the kernel


def press_check(drv: Any, task: str) -> str:
    """Press the card's Check; the feedback it shows (class and text)."""
    card(drv, task).find_element(By.CSS_SELECTOR, ".svcx-card-check").click()

    def shown(d: Any) -> str | None:
        try:  # the Output widget replaces its content: elements go stale in between
            found = card(d, task).find_elements(By.CSS_SELECTOR,
                                                ".svcx-card-feedback .svcx-feedback")
            if not found:
                return None
            kind, text = found[0].get_attribute("class"), found[0].text
        except StaleElementReferenceException:
            return None
        if "svcx-unanswered" in kind or not text.strip():
            return None
        return f"{kind}\n{text}"
    return str(wait(drv, shown, timeout=60))


def save_and_wait(drv: Any, lab: Lab, tasks: list[str]) -> dict[str, Any]:
    command(drv, "docmanager:save")
    path = lab.folder / "kano.ipynb"

    def saved(_d: Any) -> Any:
        try:
            found = read_notebook_answers(path)
        except Exception:
            return None
        return found if set(tasks) <= set(found) else None
    return wait(drv, saved, timeout=60)


def grade_saved(lab: Lab, name: str, tmp: Path) -> Any:
    subs = tmp / f"subs-{name}"
    subs.mkdir()
    shutil.copyfile(lab.folder / "kano.ipynb", subs / f"{name}.ipynb")
    results = grade(subs, ASSIGNMENT, tmp / f"out-{name}", workers=1, progress=False,
                    isolation=shutil.which("bwrap") is not None, similarity=False)
    return results[0], tmp / f"out-{name}"


def off_machine(urls: list[str]) -> list[str]:
    bad = []
    for url in urls:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme in ("data", "blob", "about", "chrome", "chrome-extension", "devtools"):
            continue
        if parts.hostname not in ("127.0.0.1", "localhost"):
            bad.append(url)
    return bad


def browser_requests(drv: Any) -> list[str]:
    return [e["params"]["request"]["url"] for e in network_events(drv)
            if e["method"] == "Network.requestWillBeSent"]


def server_off_machine(lab: Lab) -> list[str]:
    local = ("127.0.0.1", "localhost", "::1", "'/", "None", "''")
    return [c for c in lab.connections()
            if not any(marker in c for marker in local) and not c.startswith("'/")]


# --------------------------------------------------------------------------------------
# The tests
# --------------------------------------------------------------------------------------
def _model(lang: str) -> dict[str, Any]:
    """The model answers (the bank's expected answers, as the cards hold them)."""
    from test_nocode import model_answers

    from svcx_helpers.grading.payload import from_payload

    return {task: from_payload(value) for task, value in model_answers(ASSIGNMENT).items()}


def test_a_learner_answers_every_card_and_svcx_grade_gives_full_marks(
        lab: tuple[str, Lab], driver: Any, tmp_path: Path) -> None:
    lang, env = lab
    model = _model(lang)
    tasks = [q.id for q in load_bank(ASSIGNMENT, hidden=False) if q.card is not None]
    network_events(driver)  # start the request log with JupyterLab's start
    open_notebook(driver, env)
    # no pop-up asking to fetch news (the kit's settings answered it: never)
    assert not driver.find_elements(By.CSS_SELECTOR, ".jp-toast-message, .Toastify__toast"), \
        [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".Toastify__toast")]
    if lang == "zh":  # JupyterLab's own menus in Chinese (the language pack)
        menus = driver.find_element(By.CSS_SELECTOR, "#jp-menu-panel, .lm-MenuBar").text
        assert "文件" in menus and "File" not in menus, menus
    run_all(driver, len(tasks))
    for task in tasks:
        answer(driver, task, model[task], lang)
        shown = press_check(driver, task)
        assert "svcx-pass" in shown, f"{task}: {shown}"
    save_and_wait(driver, env, tasks)
    # close it and open it again: the answers are still there
    command(driver, "application:close-all")
    time.sleep(1)
    command(driver, "docmanager:open", {"path": "kano.ipynb"})
    wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, ".svcx-card-saved")) >= len(tasks))
    saved_lines = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".svcx-card-saved")]
    with language(lang):
        chatbot = labels_of("kano.t6_chatbot", lang)[model["kano.t6_chatbot"]]
    assert any(chatbot in line for line in saved_lines), saved_lines
    # restart the kernel and run all: the cards come back filled in
    driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "window.jupyterapp.shell.currentWidget.sessionContext.session.kernel.restart()"
        ".then(() => done(true), e => done(String(e)));")
    run_all(driver, len(tasks))
    radios = card(driver, "kano.t6_chatbot").find_elements(By.CSS_SELECTOR, "input[type=radio]")
    checked = [r for r in radios if r.is_selected()]
    assert len(checked) == 1
    number = card(driver, "kano.t4_better").find_element(By.CSS_SELECTOR, "input[type='text']")
    assert float(number.get_attribute("value").replace(",", ".")) == pytest.approx(
        model["kano.t4_better"])
    save_and_wait(driver, env, tasks)
    result, _ = grade_saved(env, f"full-{lang}", tmp_path)
    assert result.status == "graded", result.reason
    assert result.track == "nocode" and result.lang == lang
    assert result.earned == result.max_total > 0, [(x.task, x.status, x.message)
                                                  for x in result.tasks]
    # nothing left the machine: the browser's requests and the server's connections
    requests = browser_requests(driver)
    assert any("/api/" in url for url in requests), "the request log recorded nothing"
    assert not off_machine(requests), off_machine(requests)
    assert not server_off_machine(env), server_off_machine(env)


def test_one_wrong_answer_shows_its_hint_and_scores_less(
        lab: tuple[str, Lab], driver: Any, tmp_path: Path) -> None:
    lang, env = lab
    tasks = [q.id for q in load_bank(ASSIGNMENT, hidden=False) if q.card is not None]
    open_notebook(driver, env)
    run_all(driver, len(tasks))  # the answers of the first test are back
    answer(driver, "kano.t6_chatbot", "a", lang)
    shown = press_check(driver, "kano.t6_chatbot")
    question = get_question("kano.t6_chatbot")
    hint = question.hints[0][0 if lang == "en" else 1]
    assert "svcx-fail" in shown and hint in shown, shown
    save_and_wait(driver, env, tasks)
    result, out = grade_saved(env, f"wrong-{lang}", tmp_path)
    assert result.earned == result.max_total - question.points
    task = next(x for x in result.tasks if x.task == "kano.t6_chatbot")
    assert task.status == "fail" and task.hint == hint
    import html

    page = next((out / "feedback").glob("*.html")).read_text(encoding="utf-8")
    assert html.escape(hint) in page
    assert not off_machine(browser_requests(driver))
    assert not server_off_machine(env), server_off_machine(env)
