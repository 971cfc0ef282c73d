"""svcx grade: a class of good, wrong, broken and tampering notebooks, graded in one run.

One fault-injection notebook per fault of the issue, tamper notebooks, LMS zip input,
re-runs that reuse unchanged submissions — and the submissions are never modified.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import zipfile
from pathlib import Path

import nbformat
import pytest
from hypothesis import given
from hypothesis import strategies as st

from svcx_helpers.cli import ROOT, main
from svcx_helpers.grading import batch as grade
from svcx_helpers.grading import payload as answers

SOLUTION = ROOT / "solutions" / "kano.ipynb"
EXERCISE = ROOT / "exercises" / "kano.ipynb"
MAX = 11.0


def nb(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def with_cell(base: Path, code: str, at: int = 1) -> nbformat.NotebookNode:
    book = nb(base)
    book.cells.insert(at, nbformat.v4.new_code_cell(code))
    return book


def task_cell(book: nbformat.NotebookNode, task: str) -> int:
    return next(i for i, c in enumerate(book.cells)
                if c.cell_type == "code" and f'check("{task}"' in c.source)


def digests(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def graded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    subs = tmp_path_factory.mktemp("submissions")
    out = tmp_path_factory.mktemp("results") / "out"

    def save(name: str, book: nbformat.NotebookNode) -> None:
        nbformat.write(book, subs / f"{name}.ipynb")

    save("good", nb(SOLUTION))
    save("blank", nb(EXERCISE))
    wrong = nb(SOLUTION)  # 3 of 12 letters wrong → partial credit 2 × 9/12 = 1.5
    i = next(i for i, c in enumerate(wrong.cells) if "by_hand = [" in c.source)
    wrong.cells[i].source = wrong.cells[i].source.replace('["I", "A", "I",', '["A", "O", "M",')
    save("wrong", wrong)
    vague = nb(SOLUTION)  # long enough for check(), but fails the hidden test
    i = next(i for i, c in enumerate(vague.cells) if "justification = (" in c.source)
    vague.cells[i].source = ('fund_first = "prompt_acknowledgement"\n'
                             'justification = "It is the option I would pick first because the '
                             'numbers in my analysis point that way and it seems sensible."')
    save("vague", vague)
    moved = nb(SOLUTION)  # duplicate + move the t2 check, delete the t3 check, add cells
    t2 = moved.cells[task_cell(moved, "kano.t2_counts")]
    moved.cells.append(nbformat.v4.new_code_cell(t2.source))
    del moved.cells[task_cell(moved, "kano.t3_must_be")]
    moved.cells.insert(0, nbformat.v4.new_markdown_cell("my notes"))
    save("moved", moved)
    (subs / "invalid.ipynb").write_text("{ this is not json", encoding="utf-8")
    empty = nbformat.v4.new_notebook()
    empty.cells = [nbformat.v4.new_code_cell("x = 1")]
    save("notasks", empty)
    save("loop", with_cell(SOLUTION, "while True:\n    pass", at=task_cell(
        nb(SOLUTION), "kano.t4_better")))
    save("sysexit", with_cell(SOLUTION, "import sys\nsys.exit(3)"))
    save("osexit", with_cell(SOLUTION, "import os\nos._exit(1)", at=task_cell(
        nb(SOLUTION), "kano.t3_must_be")))
    save("memory", with_cell(SOLUTION, "hog = bytearray(8 * 1024 ** 3)"))
    save("flood", with_cell(SOLUTION, "for _ in range(200):\n    print('x' * 500_000)"))
    save("killer", with_cell(SOLUTION, "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)"))
    save("deleter", with_cell(SOLUTION, f"import shutil\nshutil.rmtree({str(subs)!r})\n"
                                        f"open({str(subs / 'good.ipynb')!r}, 'w').write('')"))
    save("spawner", with_cell(SOLUTION, f"import os\nos.system('rm -rf {subs}')"))
    # tampering: redefine check, patch the library, fake a result file, edit metadata
    tamper = with_cell(EXERCISE, "def check(*args, **kwargs):\n    return 'Correct'\n"
                                 "import svcx_helpers.grading.checks as g\n"
                                 "g.grade_answer = lambda *a, **k: None\n"
                                 "import svcx_helpers.questions.kano as q\n"
                                 "q.counts = lambda: None\n")
    tamper.cells.append(nbformat.v4.new_code_cell(
        f"import os\nos.makedirs({str(out)!r}, exist_ok=True)\n"
        f"open({str(out / 'gradebook.csv')!r}, 'w').write('tamper,11')"))
    tamper.metadata["svcx"] = {"points": 999, "grade": "A+"}
    save("tamper", tamper)
    before = digests(subs)
    results = grade.grade(subs, "kano", out, workers=2, timeout=40, memory_mb=1536,
                          progress=False)
    return {"subs": subs, "out": out, "before": before,
            "by": {r.learner: r for r in results}}


def test_grades_and_statuses(graded: dict) -> None:
    by = graded["by"]
    assert by["good"].status == "graded" and by["good"].total == MAX
    assert by["blank"].status == "graded" and by["blank"].total == 0
    assert {t.status for t in by["blank"].tasks} == {"unanswered"}
    assert by["wrong"].total == MAX - 0.5
    t1 = next(t for t in by["wrong"].tasks if t.task == "kano.t1_classify_by_hand")
    assert t1.points == 1.5 and t1.status == "fail" and "3 of 12" in t1.message
    assert by["sysexit"].status == "graded" and by["sysexit"].total == MAX


def test_hidden_test_runs_only_in_grading_and_stays_hidden(graded: dict) -> None:
    from svcx_helpers import check

    vague = {t.task: t for t in graded["by"]["vague"].tasks}["kano.t8_justify"]
    assert vague.status == "fail" and vague.points == 0
    assert "Say which KANO category" in vague.hint
    text = ("It is the option I would pick first because the numbers in my analysis point "
            "that way and it seems sensible.")
    assert check("kano.t8_justify", text).passed  # the notebook's check does not run it
    page = (graded["out"] / "feedback" / "vague.html").read_text(encoding="utf-8")
    # neither the hidden test's name, function nor message (the page does show the task
    # titles, "Find the must-be attributes" among them)
    for secret in ("_names_a_category", "names the category", "no category named"):
        assert secret not in page


def test_cells_found_by_id_not_position(graded: dict) -> None:
    moved = graded["by"]["moved"]
    tasks = {t.task: t for t in moved.tasks}
    assert tasks["kano.t3_must_be"].status == "missing" and tasks["kano.t3_must_be"].points == 0
    assert "missing" in tasks["kano.t3_must_be"].message
    assert moved.total == MAX - 1


@pytest.mark.parametrize("learner,status", [
    ("invalid", "invalid"), ("notasks", "no-tasks"), ("loop", "timeout"),
    ("osexit", "kernel-died"), ("killer", "kernel-died"), ("memory", "memory"),
    ("flood", "output-limit"),
])
def test_faults_get_a_status_and_reason(graded: dict, learner: str, status: str) -> None:
    r = graded["by"][learner]
    assert r.status == status, (r.status, r.reason)
    assert r.reason and "Traceback" not in r.reason


def test_answers_before_a_fault_still_count(graded: dict) -> None:
    loop = {t.task: t for t in graded["by"]["loop"].tasks}
    assert loop["kano.t3_must_be"].status == "pass"          # answered before the loop
    assert loop["kano.t4_better"].status == "not-run"
    assert "did not finish" in loop["kano.t4_better"].message


def test_tampering_changes_nothing(graded: dict) -> None:
    by = graded["by"]
    assert by["tamper"].total == 0 and by["tamper"].status == "graded"
    assert by["deleter"].total == MAX and by["spawner"].total == MAX
    rows = list(csv.DictReader((graded["out"] / "gradebook.csv").open(encoding="utf-8-sig")))
    assert {r["learner"] for r in rows} == set(by) and "tamper,11" not in (
        graded["out"] / "gradebook.csv").read_text(encoding="utf-8-sig")


def test_submissions_never_modified(graded: dict) -> None:
    assert digests(graded["subs"]) == graded["before"]


def test_reports(graded: dict) -> None:
    out = graded["out"]
    rows = {r["learner"]: r for r in csv.DictReader((out / "gradebook.csv").open(
        encoding="utf-8-sig"))}
    assert rows["good"]["total"] == "11" and rows["good"]["kano.t1_classify_by_hand"] == "2"
    assert rows["loop"]["status"] == "timeout"
    long = list(csv.DictReader((out / "results.csv").open(encoding="utf-8-sig")))
    assert set(long[0]) == {"learner", "task", "points", "max", "status", "message", "answer",
                            "review", "sandbox"}
    assert {r["sandbox"] for r in long} == {"bwrap"}
    assert len([r for r in long if r["learner"] == "good"]) == 10
    assert (out / "moodle.csv").read_text(encoding="utf-8-sig").startswith("Identifier,Grade")
    canvas = (out / "canvas.csv").read_text(encoding="utf-8-sig").splitlines()
    assert canvas[1].strip().startswith("Points Possible")
    page = (out / "feedback" / "wrong.html").read_text(encoding="utf-8")
    assert "kano.t1_classify_by_hand" in page and "1.5 / 2" in page
    # feedback shows the learner's own answer, never the expected one: the right letters
    # of R001 are not listed, and an unanswered notebook's page names no option
    assert "[A, O, M, I, O, M" in page
    assert '"I", "A", "I"' not in page and "[I, A, I, I, O, M" not in page
    blank = (out / "feedback" / "blank.html").read_text(encoding="utf-8")
    assert "prompt_acknowledgement" not in blank


def test_rerun_reuses_unchanged_and_regrades_changed(graded: dict, tmp_path: Path) -> None:
    subs, out = graded["subs"], graded["out"]
    results = grade.grade(subs, "kano", out, workers=2, timeout=40, progress=False)
    cached = {r.learner for r in results if r.cached}
    assert {"good", "blank", "wrong", "moved", "tamper"} <= cached
    assert "loop" not in cached  # faults are tried again


def test_zip_from_moodle_and_canvas_names(tmp_path: Path) -> None:
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(SOLUTION, "Jane Doe_1234_assignsubmission_file_/kano.ipynb")
        zf.write(EXERCISE, "doejohn_5678_91011_kano.ipynb")
    before = hashlib.sha256(archive.read_bytes()).hexdigest()
    code = main(["grade", str(archive), "--assignment", "kano", "--out",
                 str(tmp_path / "res"), "--workers", "2", "--quiet"])
    assert code == 0
    rows = {r["learner"]: r for r in csv.DictReader((tmp_path / "res" / "gradebook.csv").open(
        encoding="utf-8-sig"))}
    assert rows["Jane Doe_1234"]["total"] == "11" and rows["doejohn_5678"]["total"] == "0"
    canvas = (tmp_path / "res" / "canvas.csv").read_text(encoding="utf-8-sig")
    assert "doejohn_5678,5678," in canvas
    assert hashlib.sha256(archive.read_bytes()).hexdigest() == before


def test_exit_code_and_bad_arguments(tmp_path: Path) -> None:
    subs = tmp_path / "s"
    subs.mkdir()
    (subs / "broken.ipynb").write_text("nope", encoding="utf-8")
    assert main(["grade", str(subs), "--assignment", "kano", "--out", str(tmp_path / "r"),
                 "--quiet"]) == 1
    assert main(["grade", str(subs), "--assignment", "nosuch", "--out", str(tmp_path / "r"),
                 "--quiet"]) == 2
    assert main(["grade", str(subs), "--assignment", "kano", "--out", str(subs / "r"),
                 "--quiet"]) == 2


# ------------------------------------------------------------------ parsers (properties)
json_scalars = st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.text(max_size=8) \
    | st.floats(allow_nan=False)
values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=4)
                      | st.tuples(inner, inner)
                      | st.dictionaries(st.text(max_size=4), inner, max_size=3), max_leaves=12)


@given(values)
def test_answer_payload_round_trips(value: object) -> None:
    payload = answers.to_payload(value)
    json.dumps(payload)  # always plain JSON
    assert answers.from_payload(json.loads(json.dumps(payload))) == value


@given(st.text(max_size=60))
def test_from_payload_never_crashes_on_garbage(text: str) -> None:
    try:
        data = json.loads(text)
    except ValueError:
        data = text
    answers.from_payload(data)


def test_frames_and_series_round_trip() -> None:
    import pandas as pd

    frame = pd.DataFrame({"A": [1, 2], "O": [3.5, 4.0]}, index=["x", "y"])
    back = answers.from_payload(json.loads(json.dumps(answers.to_payload(frame))))
    pd.testing.assert_frame_equal(back, frame)
    assert answers.from_payload(answers.to_payload(...)) is Ellipsis


@given(st.from_regex(r"[a-z]{1,6}\.[a-z0-9_]{1,10}", fullmatch=True),
       st.sampled_from(["x", "counts", "kano.count(df)", "[1, 2]", "f(a, b=3)"]),
       st.sampled_from(["", "y = 2\n", "%matplotlib inline\n"]))
def test_find_tasks(task: str, expr: str, prefix: str) -> None:
    source = f'{prefix}check("{task}", {expr})\n'
    assert grade.find_tasks(source) == [(task, expr)]


def test_chinese_submission_graded_like_english_with_chinese_feedback(tmp_path: Path) -> None:
    """A Chinese-edition notebook has the same task ids: the same marks, and its feedback
    page (and messages) in Chinese; an English one in the same run stays English."""
    subs = tmp_path / "subs"
    subs.mkdir()
    zh_solution = SOLUTION.parent / "zh" / SOLUTION.name
    (subs / "wang.ipynb").write_bytes(zh_solution.read_bytes())
    (subs / "jones.ipynb").write_bytes(SOLUTION.read_bytes())
    (subs / "li.ipynb").write_bytes((EXERCISE.parent / "zh" / EXERCISE.name).read_bytes())
    results = {r.learner: r for r in grade.grade(subs, "kano", tmp_path / "out", workers=2,
                                                 timeout=60, progress=False)}
    assert results["wang"].lang == "zh" and results["jones"].lang == "en"
    assert results["wang"].total == results["jones"].total == results["wang"].max_total > 0
    assert results["li"].total == 0
    page = (tmp_path / "out" / "feedback" / "wang.html").read_text(encoding="utf-8")
    assert 'lang="zh-Hans"' in page and "通过" in page
    english = (tmp_path / "out" / "feedback" / "jones.html").read_text(encoding="utf-8")
    assert 'lang="en"' in english and "通过" not in english
    unanswered = (tmp_path / "out" / "feedback" / "li.html").read_text(encoding="utf-8")
    assert "尚未作答" in unanswered or "未作答" in unanswered


def test_fingerprint_follows_the_files_that_decide_a_grade(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    """The grading fingerprint is computed from what grading really reads: the bank, the
    comparators and analysis modules it imports, and the data files it opens. Changing
    one of them changes the fingerprint (and so re-grades); changing a data file the bank
    never reads does not."""
    import shutil

    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    package = tmp_path / "src" / "svcx_helpers"
    shutil.copytree(ROOT / "svcx_helpers", package,
                    ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setenv("SVCX_DATA_DIR", str(data))
    monkeypatch.setenv("PYTHONPATH", str(package.parent))
    inputs = {p.name for p in grade.grading_inputs("kano")}
    assert {"kano.py", "checks.py", "compare.py", "kano_it_service_desk.csv"} <= inputs
    assert "hotline_arrivals.csv" not in inputs and "queueing.py" not in inputs
    base = grade.fingerprint("kano")
    assert grade.fingerprint("kano") == base  # stable
    # a data file the bank does not read: same fingerprint
    with (data / "hotline_arrivals.csv").open("a", encoding="utf-8") as fh:
        fh.write("\n")
    assert grade.fingerprint("kano") == base
    # the survey the expected answers are computed from: a new fingerprint
    survey = data / "kano_it_service_desk.csv"
    survey.write_text(survey.read_text(encoding="utf-8").replace(",5,", ",4,", 1),
                      encoding="utf-8")
    changed_data = grade.fingerprint("kano")
    assert changed_data != base
    # an analysis function that computes expected answers: a new fingerprint
    kano_py = package / "kano.py"
    kano_py.write_text(kano_py.read_text(encoding="utf-8").replace(
        "def evaluate(", "def _unused() -> None:\n    pass\n\n\ndef evaluate(", 1),
        encoding="utf-8")
    assert grade.fingerprint("kano") not in (base, changed_data)


def test_a_changed_data_file_regrades(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    monkeypatch.setenv("SVCX_DATA_DIR", str(data))
    subs = tmp_path / "subs"
    subs.mkdir()
    (subs / "ann.ipynb").write_bytes(SOLUTION.read_bytes())
    first = grade.grade(subs, "kano", tmp_path / "out", workers=1, timeout=60, progress=False)
    again = grade.grade(subs, "kano", tmp_path / "out", workers=1, timeout=60, progress=False)
    assert not first[0].cached and again[0].cached
    survey = data / "kano_it_service_desk.csv"
    survey.write_text(survey.read_text(encoding="utf-8").replace(",5,", ",4,", 1),
                      encoding="utf-8")
    third = grade.grade(subs, "kano", tmp_path / "out", workers=1, timeout=60, progress=False)
    assert not third[0].cached


def _capstone_track(source: Path, track: str) -> str:
    nb = json.loads(source.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        src = "".join(cell["source"])
        if cell["cell_type"] == "code" and 'TRACK = "it_service_desk"' in src:
            cell["source"] = src.replace('TRACK = "it_service_desk"', f'TRACK = "{track}"')
    return json.dumps(nb, ensure_ascii=False)


def test_chinese_capstone_scores_full_marks_on_both_tracks(tmp_path: Path) -> None:
    zh = ROOT / "solutions" / "zh" / "capstone.ipynb"
    subs = tmp_path / "subs"
    subs.mkdir()
    for track in ("it_service_desk", "government_window"):
        (subs / f"{track}.ipynb").write_text(_capstone_track(zh, track), encoding="utf-8")
    results = grade.grade(subs, "capstone", tmp_path / "out", workers=2, timeout=300,
                          progress=False)
    assert len(results) == 2
    for r in results:
        assert r.lang == "zh" and r.status == "graded", (r.learner, r.reason)
        assert r.total == r.max_total > 0, (r.learner, [(x.task, x.status, x.message)
                                                       for x in r.tasks])


def test_chinese_capstone_writes_a_chinese_report(tmp_path: Path) -> None:
    """Run the Chinese capstone (government window track) and read the report it writes."""
    from svcx_helpers.publish.nbhtml import execute

    work = tmp_path / "run"
    work.mkdir()
    notebook = work / "capstone.ipynb"
    notebook.write_text(_capstone_track(ROOT / "solutions" / "zh" / "capstone.ipynb",
                                        "government_window"), encoding="utf-8")
    execute(notebook)
    report = (work / "capstone_report.html").read_text(encoding="utf-8")
    for heading in ("1. 顾客看重什么（KANO）", "6. 高峰时段的人员配置（Erlang C）", "8. 结论"):
        assert heading in report, heading
    assert "What matters to customers" not in report and "Conclusions" not in report
    assert 'lang="zh-Hans"' in report and report.count("<figure>") >= 4
    captions = re.findall(r"<figcaption>(.*?)</figcaption>", report, re.S)
    assert captions and all(re.search(r"[\u4e00-\u9fff]", c) for c in captions), captions


@pytest.mark.parametrize("log,garbled,status,words", [
    # a print flood under RLIMIT_AS: ipykernel's output thread could not start a helper thread
    ("  File \".../zmq/utils/garbage.py\", line 185, in start\n"
     "RuntimeError: can't start new thread\n", True, "memory", "1536 MB"),
    ("Traceback ...\nMemoryError\n", False, "memory", "1536 MB"),
    ("terminate called after throwing an instance of 'std::bad_alloc'\n", False, "memory",
     "1536 MB"),
    ("", False, "kernel-died", "os._exit"),
    ("NotImplementedError: something else\n", True, "kernel-died", "broken message"),
])
def test_a_stopped_kernel_is_diagnosed_from_its_log(tmp_path: Path, log: str, garbled: bool,
                                                    status: str, words: str) -> None:
    path = tmp_path / "kernel.log"
    path.write_text(log, encoding="utf-8")
    fault = grade.diagnose_stop(path, memory_mb=1536, garbled=garbled)
    assert (fault.status, words in fault.reason) == (status, True), fault.reason


def test_a_missing_kernel_log_still_gives_a_reason(tmp_path: Path) -> None:
    fault = grade.diagnose_stop(tmp_path / "absent.log", memory_mb=512)
    assert fault.status == "kernel-died" and fault.reason
