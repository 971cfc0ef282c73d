"""After grading, for the trainer (issue 21): feedback pages a learner can use, item
analysis, rubric reviews, late penalties, similar submissions, re-grading a few learners or
tasks, gradebooks Excel opens.

The statistics and the late-work rule are checked against the known answers of the
methods reference (METHODS.md 8.2, 8.7, 8.8). Then a class of 31 synthetic submissions
(tests/trainer_class.py: the KANO solution with planted wrong answers, a copied pair, a
renamed-variables pair, two Chinese submissions, a blank and a broken file, three late
ones) is graded once and every report is compared with what the planted key says.

The class is graded with ``isolation=False``: the sandbox has its own tests
(tests/test_grade.py, tests/test_sandbox_attacks.py); what is tested here happens after
the kernels ran, and without bubblewrap it runs in a git worktree too.
"""

from __future__ import annotations

import csv
import hashlib
import math
import shutil
import statistics
import zipfile
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from trainer_class import (
    BULK,
    DUE,
    LATE,
    MAX,
    SOLUTION,
    TASKS,
    expected_points,
    make_class,
    planted,
)

from svcx_helpers import i18n
from svcx_helpers.cli import main
from svcx_helpers.grading import analysis, batch, late, review, similarity
from svcx_helpers.grading.results import load_results, summarize

# ----------------------------------------------------------- METHODS 8.2: item analysis
SCORES = [[1, 1, 1, 1], [1, 1, 1, 0], [1, 1, 0, 1], [1, 0, 1, 0], [1, 1, 0, 0], [0, 1, 1, 0],
          [1, 0, 0, 1], [1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]


def test_item_analysis_known_answers() -> None:
    assert np.asarray(SCORES).sum(axis=1).tolist() == [4, 3, 3, 2, 2, 2, 2, 1, 0, 0]
    assert analysis.facility(SCORES).round(6).tolist() == [0.7, 0.5, 0.4, 0.3]
    assert analysis.point_biserial(SCORES).round(6).tolist() == [
        0.356348, 0.436436, 0.199205, 0.256776]
    assert analysis.point_biserial(SCORES, corrected=False).round(6).tolist() == [
        0.661453, 0.737309, 0.568565, 0.589945]
    assert analysis.upper_lower_groups(np.asarray(SCORES).sum(axis=1)) == ([0, 1, 2], [7, 8, 9])
    assert analysis.upper_lower(SCORES).round(6).tolist() == [0.666667, 1.0, 0.666667,
                                                               0.666667]
    assert analysis.discrimination(SCORES).round(6).tolist() == [
        0.356348, 0.436436, 0.199205, 0.256776]  # the default is the corrected one
    assert analysis.discrimination(SCORES, "upper_lower").round(6).tolist()[1] == 1.0
    with pytest.raises(ValueError, match="method"):
        analysis.discrimination(SCORES, "alpha")


def test_item_analysis_with_points_flags_and_degenerate_tasks() -> None:
    # points instead of 0/1: facility is a share of the maximum; r(x, rest) of the
    # rescaled task itself does not change
    doubled = (np.asarray(SCORES) * [2, 1, 1, 1]).tolist()
    assert analysis.facility(doubled, [2, 1, 1, 1]).round(6).tolist() == [0.7, 0.5, 0.4, 0.3]
    assert analysis.point_biserial(doubled)[0] == pytest.approx(0.356348, abs=1e-6)
    everybody = [[1, 0], [1, 1], [1, 0]]  # task 1 has no variance: no correlation
    d = analysis.point_biserial(everybody)
    assert math.isnan(d[0]) and math.isnan(d[1])  # the rest score of task 2 is constant
    assert analysis.flags(0.1, 0.3) == ["too-hard"]
    assert analysis.flags(0.95, math.nan) == ["too-easy"]
    assert analysis.flags(0.5, -0.2) == ["negative"]
    right, partial, wrong = analysis.shares([[2, 1], [1, 0], [0, 1]], [2, 1])
    assert right.tolist() == pytest.approx([1 / 3, 2 / 3])
    assert partial.tolist() == pytest.approx([1 / 3, 0])
    assert wrong.tolist() == pytest.approx([1 / 3, 1 / 3])
    assert analysis.median_quartiles([1, 2, 3, 4]) == (1.75, 2.5, 3.25)


# ------------------------------------------------------------ METHODS 8.7: late work
def test_late_penalty_known_answers() -> None:
    rule = dict(rate=0.1, cap=0.5, grace=timedelta(minutes=15))
    assert late.late_penalty(timedelta(minutes=10), **rule) == 0.0
    assert late.late_penalty(timedelta(days=2, hours=3), **rule) == 0.3
    assert late.late_penalty(timedelta(days=7), **rule) == 0.5
    # the grace does not move the clock: 1 day 20 min late is 2 days late
    assert late.late_penalty(timedelta(days=1, minutes=20), **rule) == 0.2
    assert late.late_penalty(timedelta(minutes=20), **rule) == 0.1
    assert late.late_penalty(timedelta(0), **rule) == 0.0
    policy = late.LatePolicy.parse("2026-12-15T18:00", "15m", "10%/day", "50%")
    assert policy.penalty(datetime(2026, 12, 17, 21, 0)) == 0.3
    assert policy.penalty(None) == 0.0 and policy.penalty(datetime(2026, 12, 1)) == 0.0
    hourly = late.LatePolicy.parse("2026-12-15T18:00", penalty="2%/h")
    assert hourly.penalty(datetime(2026, 12, 15, 20, 30)) == 0.06
    assert late.format_lateness(7 * 86400) == "7 d"
    with i18n.language("zh"):
        assert late.format_lateness(2 * 86400 + 3 * 3600) == "2 天 3 小时"


@given(st.integers(0, 30), st.integers(0, 23), st.integers(0, 59), st.integers(0, 59),
       st.booleans())
def test_durations_parse_back(days: int, hours: int, minutes: int, seconds: int,
                              spaced: bool) -> None:
    parts = [(days, "d"), (hours, "h"), (minutes, "m"), (seconds, "s")]
    text = (" " if spaced else "").join(f"{n}{u}" for n, u in parts if n) or "0"
    assert late.parse_duration(text) == timedelta(days=days, hours=hours, minutes=minutes,
                                                  seconds=seconds)


@given(st.integers(0, 100), st.sampled_from(["%/day", " % / d", "%/days", "%", "%/1d"]))
def test_penalty_rates_parse(percent: int, unit: str) -> None:
    rate, period = late.parse_rate(f"{percent}{unit}")
    assert rate == pytest.approx(percent / 100) and period == timedelta(days=1)
    assert late.parse_share(f"{percent}%") == pytest.approx(percent / 100)


@given(st.text(max_size=12))
def test_option_parsers_fail_only_with_a_clear_message(text: str) -> None:
    for parse in (late.parse_duration, late.parse_rate, late.parse_share, late.parse_due):
        try:
            parse(text)
        except late.LateOptionError as exc:
            assert text in str(exc) or repr(text) in str(exc)


@given(st.floats(0, 40 * 86400), st.floats(0, 40 * 86400), st.floats(0, 1), st.floats(0, 1),
       st.floats(0, 86400))
def test_penalty_never_exceeds_the_cap_and_grows_with_lateness(a: float, b: float, rate: float,
                                                               cap: float, grace: float) -> None:
    rule = dict(rate=rate, cap=cap, grace=timedelta(seconds=grace))
    pa = late.late_penalty(timedelta(seconds=a), **rule)
    pb = late.late_penalty(timedelta(seconds=b), **rule)
    assert 0 <= pa <= cap + 1e-9 and 0 <= pb <= cap + 1e-9
    if a <= b:
        assert pa <= pb + 1e-9
    if a <= grace:
        assert pa == 0


def test_bad_late_options_exit_2_with_the_option_named(capsys: pytest.CaptureFixture[str],
                                                       tmp_path: Path) -> None:
    (tmp_path / "s").mkdir()
    base = ["grade", str(tmp_path / "s"), "--assignment", "kano", "--out", str(tmp_path / "r"),
            "--quiet", "--no-isolation"]
    assert main([*base, "--due", "2026-12-15T18:00", "--late-penalty", "ten%"]) == 2
    assert "--late-penalty" in capsys.readouterr().err
    assert main([*base, "--due", "tomorrow"]) == 2
    assert "--due" in capsys.readouterr().err
    assert main([*base, "--due", "2026-12-15", "--grace", "15"]) == 2
    assert "--grace" in capsys.readouterr().err
    assert main([*base, "--late-cap", "50%"]) == 2
    assert "--due" in capsys.readouterr().err


# ---------------------------------------------------------- METHODS 8.8: similarity
def test_renaming_variables_leaves_similarity_at_one() -> None:
    a = "x = kano.count(df)\nfor k in x.index:\n    total = x.loc[k].sum()  # sum\n"
    b = "counts = kano.count(responses)\nfor name in counts.index:\n  s = counts.loc[name].sum()\n"
    assert similarity.tokens(a) == similarity.tokens(b)
    pairs = similarity.similar_pairs({"a": [("c1", a)], "b": [("c1", b)]}, min_shingles=1,
                                     keep_all=True)
    assert pairs[0].similarity == 1.0
    other = "import math\nvalue = math.sqrt(2) + 3 * 4\nprint(value)\n"
    assert similarity.jaccard(similarity.shingles(similarity.tokens(a)),
                              similarity.shingles(similarity.tokens(other))) == 0.0


def test_the_same_one_line_library_call_is_not_flagged() -> None:
    line = [("kano-08", "counts = kano.count(responses)\n")]
    pairs = similarity.similar_pairs({"ann": line, "bob": line}, keep_all=True)
    assert pairs[0].similarity == 1.0 and not pairs[0].flagged  # too few shingles
    assert similarity.similar_pairs({"ann": line, "bob": line}) == []


def test_code_the_tokenizer_cannot_read_still_compares() -> None:
    broken = "for x in range(3:\n    print(x"
    assert similarity.tokens(broken)[:3] == ["for", "V", "in"]
    assert similarity.tokens("%matplotlib inline\nx = 1\n") == ["V", "=", "N"]
    assert similarity.tokens('y = f"{a}-{b}"\n') == ["V", "=", "S"]


# ----------------------------------------------------------------- small units
def test_summaries_of_answers() -> None:
    assert summarize("word " * 100, limit=20).endswith("…") and len(summarize("w " * 99, 20)) <= 20
    assert summarize(...) == "..."
    assert summarize({"root_cause": "why", "fail_safe": "how"}) == (
        "{root_cause: why, fail_safe: how}")
    assert summarize(0.123456789) == "0.123457"
    import pandas as pd

    assert summarize(pd.DataFrame({"A": [1, 2]})) == "DataFrame 2×1"


def test_hint_level_read_from_the_saved_outputs(tmp_path: Path) -> None:
    import nbformat

    book = nbformat.read(SOLUTION, as_version=4)
    cell = next(c for c in book.cells if 'check("kano.t4_better"' in c.source)
    cell.outputs = [nbformat.v4.new_output("execute_result", {
        "text/plain": "✘ kano.t4_better — 还不对 (0 / 1 分)\n  数值不对。\n  提示 2: …"},
        execution_count=1)]
    nbformat.write(book, tmp_path / "nb.ipynb")
    assert batch.hint_levels(tmp_path / "nb.ipynb") == {"kano.t4_better": 2}
    (tmp_path / "bad.ipynb").write_text("{", encoding="utf-8")
    assert batch.hint_levels(tmp_path / "bad.ipynb") == {}


def test_zip_entry_dates_are_the_submission_times(tmp_path: Path) -> None:
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(zipfile.ZipInfo("Jane Doe_1234_assignsubmission_file_/kano.ipynb",
                                    (2026, 12, 15, 18, 40, 0)), SOLUTION.read_bytes())
        zf.writestr(zipfile.ZipInfo("doejohn_late_5678_91011_kano.ipynb",
                                    (2026, 12, 17, 9, 2, 4)), SOLUTION.read_bytes())
    subs = {s.learner: s for s in batch.collect(archive, tmp_path / "work")}
    assert subs["Jane Doe_1234"].submitted == datetime(2026, 12, 15, 18, 40)
    assert subs["doejohn_5678"].submitted == datetime(2026, 12, 17, 9, 2, 4)


# ---------------------------------------------------------------- the graded class
GRACE, RATE, CAP = "15m", "10%/day", "50%"
LOCAL_SCHEMES = {"data", "blob", "about", "chrome", "chrome-extension"}  # not the network


@pytest.fixture(scope="module")
def graded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    subs = tmp_path_factory.mktemp("class")
    out = tmp_path_factory.mktemp("results") / "out"
    kinds = make_class(subs)
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in subs.iterdir()}
    policy = late.LatePolicy.parse(DUE.isoformat(), GRACE, RATE, CAP)
    results = batch.grade(subs, "kano", out, workers=2, timeout=90, progress=False,
                          isolation=False, late=policy)
    return {"subs": subs, "out": out, "kinds": kinds, "before": before, "policy": policy,
            "by": {r.learner: r for r in results}}


def _page(path: Path) -> str:
    """A page's text with the HTML entities decoded (an apostrophe is ``&#x27;`` there)."""
    import html

    return html.unescape(path.read_text(encoding="utf-8"))


def _copy(graded: dict, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    shutil.copytree(graded["out"], out)
    return out


def _gradebook(out: Path) -> dict[str, dict[str, str]]:
    with (out / "gradebook.csv").open(encoding="utf-8-sig", newline="") as fh:
        return {r["learner"]: r for r in csv.DictReader(fh)}


def _late_args(graded: dict) -> list[str]:
    return ["--due", DUE.isoformat(), "--grace", GRACE, "--late-penalty", RATE, "--late-cap",
            CAP]


def test_the_class_is_graded_as_planted(graded: dict) -> None:
    by = graded["by"]
    assert len(by) == 31 >= 30
    assert by["broken"].status == "invalid"
    for learner, kind in graded["kinds"].items():
        if kind == "invalid":
            continue
        r = by[learner]
        assert r.status == "graded", (learner, r.reason)
        got = {x.task: x.points for x in r.tasks}
        assert got == pytest.approx(expected_points(learner)), learner
    assert by["wang"].lang == "zh" and by["bulk00"].lang == "en"


def test_grading_never_changes_a_submission(graded: dict) -> None:
    subs = graded["subs"]
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in subs.iterdir()} == graded["before"]


def test_late_penalties_in_the_gradebook_and_on_the_feedback_page(graded: dict) -> None:
    book = _gradebook(graded["out"])
    # hand-computed: 10 min late (within the grace) 0 %; 2 d 3 h → 3 days → 30 %;
    # 7 days → 70 %, capped at 50 %
    assert book["bulk01"]["late"] == "10 min" and book["bulk01"]["penalty"] == ""
    assert book["bulk01"]["total"] == book["bulk01"]["earned"] == "10.5"
    assert book["bulk02"]["late"] == "2 d 3 h" and book["bulk02"]["penalty"] == "30%"
    assert book["bulk02"]["earned"] == "10" and book["bulk02"]["total"] == "7"
    assert book["bulk03"]["late"] == "7 d" and book["bulk03"]["penalty"] == "50%"
    assert book["bulk03"]["earned"] == "8.83" and book["bulk03"]["total"] == "4.42"
    assert book["bulk04"]["late"] == "" and book["bulk04"]["submitted"] == "2026-02-28 18:00:00"
    page = _page(graded["out"] / "feedback" / "bulk02.html")
    assert "2 d 3 h after the due time" in page and "less 30 % for late submission" in page
    assert "Total: 7 / 11" in page
    moodle = (graded["out"] / "moodle.csv").read_text(encoding="utf-8-sig")
    assert "bulk02,7,feedback/bulk02.html" in moodle


def _totals(graded: dict) -> list[float]:
    """Every graded learner's total from the planted key and the late rule."""
    out = []
    for learner, kind in graded["kinds"].items():
        if kind == "invalid":
            continue
        earned = round(sum(expected_points(learner).values()), 2)
        penalty = graded["policy"].penalty(DUE + LATE[learner]) if learner in LATE else 0.0
        out.append(round(earned * (1 - penalty), 2))
    return out


def test_feedback_page_a_learner_can_use(graded: dict) -> None:
    page = _page(graded["out"] / "feedback" / "bulk01.html")
    assert '<html lang="en">' in page and "<main>" in page and "@media print" in page
    assert "<h1>" in page and "<th scope='col'" in page
    # title and points of each task, from the question bank
    assert "Classify answer pairs by hand" in page and "Justify the decision" in page
    assert "1.5 / 2" in page
    # the learner's own answer, shortened, and what was expected in words
    assert "[A, O, M, I, O, M, M, I, I, M, O, M] (12)" in page
    assert "a list of 12 category letters" in page
    # the hint at the level reached: the notebook's last output showed hint 3
    assert "Only (1, 1) and (5, 5) are Q" in page
    assert "Rows of the evaluation table" not in page
    # never the expected value: the right letters of R001 are not on the page
    assert "[I, A, I, I, O, M" not in page
    # the total against the class
    q1, med, q3 = statistics.quantiles(_totals(graded), n=4, method="inclusive")
    assert (f"median {batch_fmt(med)}, middle half between {batch_fmt(q1)} and "
            f"{batch_fmt(q3)}") in page
    assert "The class (30 graded submissions)" in page
    # a hidden test's failure says nothing about the test
    vague = _page(graded["out"] / "feedback" / "bulk04.html")
    assert "Say which KANO category" in vague and "_names_a_category" not in vague
    # the written answer waits for the trainer
    assert "still wait for the trainer's review" in vague


def batch_fmt(x: float) -> str:
    return f"{round(x, 2):g}"


def test_feedback_in_the_submission_language(graded: dict) -> None:
    page = _page(graded["out"] / "feedback" / "wang.html")
    assert 'lang="zh-Hans"' in page and "手工判定答案对" in page and "你的成绩" in page
    assert "Classify answer pairs by hand" not in page


def _key_matrix(graded: dict) -> tuple[list[str], np.ndarray]:
    learners = sorted(k for k, kind in graded["kinds"].items() if kind != "invalid")
    return learners, np.array([[expected_points(x)[t] for t in TASKS] for x in learners])


def test_item_analysis_of_the_class(graded: dict) -> None:
    out = graded["out"]
    with (out / "analysis.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = {r["task"]: r for r in csv.DictReader(fh)}
    assert list(rows) == TASKS
    # by hand: task 6 is wrong for bulk 0, 3, …, 21 (8 learners) and the blank one
    assert rows["kano.t6_chatbot"]["n"] == "30"
    assert float(rows["kano.t6_chatbot"]["facility"]) == pytest.approx(21 / 30, abs=1e-4)
    # task 1: 18 all right, 11 partly (3 or 1 letters wrong), the blank one wrong
    t1 = rows["kano.t1_classify_by_hand"]
    assert [float(t1[k]) for k in ("right", "partial", "wrong")] == pytest.approx(
        [18 / 30, 11 / 30, 1 / 30], abs=1e-4)
    assert sum(1 for i in range(BULK) if "kano.t4_worse" in planted(i)) == 5
    assert rows["kano.t4_worse"]["top_wrong_message"].startswith("Check the sign")
    assert rows["kano.t4_worse"]["top_wrong_count"] == "5"
    # facility and the corrected point-biserial, from the planted key with numpy
    _, x = _key_matrix(graded)
    maxima = np.array([MAX[t] for t in TASKS])
    for j, task in enumerate(TASKS):
        rest = x.sum(axis=1) - x[:, j]
        r = np.corrcoef(x[:, j], rest)[0, 1]
        assert float(rows[task]["facility"]) == pytest.approx((x[:, j] / maxima[j]).mean(),
                                                              abs=1e-4)
        assert float(rows[task]["discrimination"]) == pytest.approx(r, abs=1e-4), task
    assert rows["kano.t2_counts"]["flags"] == "too-easy"  # 29 of 30
    assert rows["kano.t6_chatbot"]["flags"] == ""
    page = _page(out / "analysis.html")
    assert "corrected point-biserial" in page and "r(x, T − x)" in page
    assert '<svg role="img"' in page and "Facility against discrimination" in page
    assert "Check the sign" in page and (out / "analysis.svg").is_file()


def test_item_analysis_in_chinese(graded: dict, tmp_path: Path,
                                  no_missing_glyphs: object) -> None:
    results = list(graded["by"].values())
    with no_missing_glyphs("zh"):  # type: ignore[operator]
        batch.write_analysis(results, "kano", tmp_path)
    page = _page(tmp_path / "analysis.html")
    assert 'lang="zh-Hans"' in page and "题目分析" in page and "校正点二列相关" in page
    assert "手工判定答案对" in page


def test_similarity_report(graded: dict) -> None:
    out = graded["out"]
    with (out / "similarity.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    flagged = {(r["learner_a"], r["learner_b"]): float(r["similarity"]) for r in rows
               if r["flagged"] == "yes"}
    # the copied pair and the renamed pair, at 1.0; nobody who wrote the solution's one-line
    # library calls (the 22 "bulk" learners, the two Chinese ones) nor the honest "own_c"
    assert flagged == {("copy_a", "copy_b"): 1.0, ("orig_b", "renamed_b"): 1.0}
    page = _page(out / "similarity.html")
    assert "never a verdict or a penalty" in page
    assert "table_of_pairs" in page and "lookup" in page  # the cells side by side
    assert "class='side'" in page


def test_csv_files_with_bom_and_the_xlsx_gradebook(graded: dict) -> None:
    from openpyxl import load_workbook

    out = graded["out"]
    for name in ("gradebook.csv", "results.csv", "analysis.csv", "similarity.csv",
                 "moodle.csv", "canvas.csv"):
        assert (out / name).read_bytes().startswith(b"\xef\xbb\xbf"), name
    moodle = (out / "moodle.csv").read_text(encoding="utf-8-sig").splitlines()
    assert moodle[0] == "Identifier,Grade,Feedback comments"
    canvas = (out / "canvas.csv").read_text(encoding="utf-8-sig").splitlines()
    assert canvas[0] == "Student,ID,SIS User ID,SIS Login ID,Section,kano (11)"
    assert canvas[1].strip().startswith("Points Possible")
    book = _gradebook(out)
    ws = load_workbook(out / "gradebook.xlsx").active
    rows = list(ws.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:len(TASKS) + 1] == ["learner", *TASKS]
    xlsx = {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    assert set(xlsx) == set(book)
    assert xlsx["bulk02"]["total"] == 7 and xlsx["bulk02"]["penalty"] == 0.3
    assert xlsx["bulk01"]["kano.t1_classify_by_hand"] == 1.5
    assert ws["A2"].value == "blank" and ws.freeze_panes == "B2"


def _fill(xlsx: Path, target: Path, scores: dict[str, tuple[object, ...]]) -> None:
    """Fill a review workbook: learner → (category, evidence, priority, comment)."""
    from openpyxl import load_workbook

    wb = load_workbook(xlsx)
    ws = wb["kano.t8_justify"]
    for row in ws.iter_rows(min_row=review.FIRST_ROW):
        if row[0].value in scores:
            for cell, value in zip(row[3:7], scores[row[0].value], strict=True):
                cell.value = value
    wb.save(target)


def test_review_workbook_merge_and_keep(graded: dict, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import load_workbook

    out = _copy(graded, tmp_path)
    assert main(["review", str(out)]) == 0
    xlsx = out / "review.xlsx"
    ws = load_workbook(xlsx)["kano.t8_justify"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("learner", "answer", "automatic check", "category (0–2)",
                       "evidence (0–1)", "priority (0–1)", "comment")
    assert rows[1][3].startswith("Names the KANO category")  # the descriptors
    learners = [r[0] for r in rows[2:]]
    # every learner who wrote a justification: 22 + 5 + 2 (not the blank, not the broken)
    assert len(learners) == 29 and "blank" not in learners and "broken" not in learners
    assert any("must-be feature" in (r[1] or "") for r in rows[2:])
    html = _page(out / "review.html")
    assert "Rubric" in html and "what earns the points" in html
    assert main(["review", str(out)]) == 2  # it would overwrite the trainer's work
    assert "--force" in capsys.readouterr().err

    filled = tmp_path / "filled.xlsx"
    _fill(xlsx, filled, {"bulk04": (2, 1, 1, "Names no category — but the argument holds."),
                         "bulk06": (1, 0, 1, None)})
    code = main(["grade", str(graded["subs"]), "--assignment", "kano", "--out", str(out),
                 "--quiet", "--no-isolation", "--workers", "2", "--reviews", str(filled),
                 *_late_args(graded)])
    assert code == 1  # the broken file is still a fault
    book = _gradebook(out)
    # bulk04's justification failed the hidden test (0); the trainer gives 4/4 → 1 point;
    # bulk06: 2 of 4 → 0.5 (hand-computed: 10 − 1 + 0.5)
    assert book["bulk04"]["kano.t8_justify"] == "1" and book["bulk04"]["total"] == "11"
    assert book["bulk06"]["kano.t8_justify"] == "0.5" and book["bulk06"]["total"] == "9.5"
    assert book["bulk06"]["to_review"] == "0" and book["bulk07"]["to_review"] == "1"
    page = _page(out / "feedback" / "bulk04.html")
    assert "Names no category — but the argument holds." in page and "reviewed" in page
    assert "2 / 2" in page  # the criterion's score
    assert "bulk06,9.5," in (out / "moodle.csv").read_text(encoding="utf-8-sig")
    by = load_results(out, "kano")
    assert by["bulk04"].tasks[-1].auto_points == 0.0 and by["bulk04"].tasks[-1].points == 1
    # the next run without --reviews keeps them (reviews.json), all reused from the cache
    results = batch.grade(graded["subs"], "kano", out, workers=2, progress=False,
                          isolation=False)
    again = {r.learner: r for r in results}
    assert again["bulk06"].tasks[-1].points == 0.5 and again["bulk06"].to_review == 0
    assert sum(r.cached for r in results) == 30


def test_a_bad_review_file_is_refused_whole(graded: dict, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import load_workbook

    out = _copy(graded, tmp_path)
    assert main(["review", str(out)]) == 0
    xlsx = out / "review.xlsx"
    bad = tmp_path / "bad.xlsx"
    wb = load_workbook(xlsx)
    ws = wb["kano.t8_justify"]
    ws["D7"], ws["E7"], ws["F7"] = 3, 1, 1            # above the maximum 2
    ws["D8"], ws["E8"], ws["F8"] = 1, "one", 1        # not a number
    ws["D9"], ws["E9"] = 1, 1                          # a criterion left out
    ws["A40"], ws["D40"], ws["E40"], ws["F40"] = "stranger", 1, 1, 1
    ws["D3"], ws["E3"], ws["F3"] = 2, 1, 1             # a good row: not merged either
    wb.save(bad)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    base = ["grade", str(graded["subs"]), "--assignment", "kano", "--out", str(out), "--quiet",
            "--no-isolation"]
    assert main([*base, "--reviews", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.xlsx, sheet kano.t8_justify, cell D7: 3 is above the maximum 2" in err
    assert "cell E8: 'one' is not a number" in err
    assert "cell F9: no score for the criterion 'priority'" in err
    assert "cell A40: no submission of the learner 'stranger'" in err
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    # a missing criterion column, and a sheet of no task
    ws.delete_cols(5)
    wb.create_sheet("notes")
    wb.save(bad)
    assert main([*base, "--reviews", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "sheet kano.t8_justify: the column of the criterion 'evidence' is missing" in err
    assert "sheet notes: no task with a rubric" in err
    (tmp_path / "junk.xlsx").write_text("not a workbook", encoding="utf-8")
    assert main([*base, "--reviews", str(tmp_path / "junk.xlsx")]) == 2
    assert "cannot read the review workbook" in capsys.readouterr().err


def test_regrade_only_some_learners_or_tasks(graded: dict, tmp_path: Path) -> None:
    subs = tmp_path / "subs"
    shutil.copytree(graded["subs"], subs)
    out = _copy(graded, tmp_path)
    (out / batch.CACHE_NAME).unlink()  # nothing reusable: only --only decides what runs
    shutil.copyfile(SOLUTION, subs / "bulk05.ipynb")  # bulk05 sends a corrected notebook
    results = {r.learner: r for r in batch.grade(subs, "kano", out, workers=2, progress=False,
                                                 isolation=False, only="bulk05")}
    assert results["bulk05"].earned == 11 and not results["bulk05"].cached
    kept = [r for name, r in results.items() if name != "bulk05"]
    assert all(r.cached for r in kept) and len(kept) == 30
    assert results["broken"].status == "invalid"  # kept, not run again
    assert _gradebook(out)["bulk05"]["total"] == "11"
    before = {x.task: x for x in results["bulk00"].tasks}
    again = {r.learner: r for r in batch.grade(subs, "kano", out, workers=2, progress=False,
                                               isolation=False, only=["bulk00", "bulk09"],
                                               tasks="kano.t6_chatbot")}
    t6 = {x.task: x for x in again["bulk00"].tasks}
    assert t6["kano.t6_chatbot"].points == 0 and not again["bulk00"].cached
    assert {k: (v.points, v.status) for k, v in t6.items()} == {
        k: (v.points, v.status) for k, v in before.items()}
    assert again["bulk09"].earned == sum(expected_points("bulk09").values())
    with pytest.raises(ValueError, match="no task"):
        batch.grade(subs, "kano", out, isolation=False, progress=False, tasks="kano.t99")
    with pytest.raises(ValueError, match="no submission of nobody"):
        batch.grade(subs, "kano", out, isolation=False, progress=False, only="nobody")


# ------------------------------------------------------------------ in a real browser
@pytest.mark.browser
def test_pages_pass_the_browser_checks(graded: dict, tmp_path: Path) -> None:
    """The feedback pages (English and Chinese), the item analysis (both languages), the
    review and similarity pages: nothing requested off the machine, no console error, no
    serious or critical axe-core violation."""
    from svcx_helpers.publish.assets import axe_source, chrome, find_chromium, network_events
    from svcx_helpers.publish.assets import serve as serve_folder

    if find_chromium() is None or not Path("/usr/bin/chromedriver").exists():
        pytest.skip("chromium and chromium-driver are not installed")
    out = _copy(graded, tmp_path)
    assert main(["review", str(out)]) == 0
    (out / "zh").mkdir()
    with i18n.language("zh"):
        batch.write_analysis(list(graded["by"].values()), "kano", out / "zh")
    pages = ["feedback/bulk01.html", "feedback/wang.html", "feedback/broken.html",
             "analysis.html", "zh/analysis.html", "similarity.html", "review.html"]
    axe = axe_source()
    driver = chrome(str(tmp_path / "profile"))
    problems: dict[str, list[str]] = {}
    try:
        with serve_folder(out) as url:
            for page in pages:
                network_events(driver)
                driver.get(url + page)
                requests = [e["params"]["request"]["url"] for e in network_events(driver)
                            if e["method"] == "Network.requestWillBeSent"]
                off = [u for u in requests if urlsplit(u).scheme not in LOCAL_SCHEMES
                       and urlsplit(u).hostname not in ("127.0.0.1", "localhost")]
                errors = [e["message"] for e in driver.get_log("browser")
                          if e["level"] == "SEVERE"]
                driver.execute_script(axe)
                violations = driver.execute_async_script("""
                    const done = arguments[arguments.length - 1];
                    axe.run(document, {resultTypes: ['violations']})
                       .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,
                             nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))),
                             e => done([{id: String(e), impact: 'critical', nodes: []}]));
                """)
                bad = [f"{v['impact']}: {v['id']} {v['nodes']}" for v in violations
                       if v["impact"] in ("serious", "critical")]
                if off or errors or bad:
                    problems[page] = off + errors + bad
    finally:
        driver.quit()
    assert not problems, problems


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=6),
                           lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.sampled_from(
                               ["cells", "cell_type", "source", "outputs", "data", "id",
                                "text/plain"]), inner, max_size=4), max_leaves=15)


@given(json_values)
def test_strange_notebooks_never_break_the_readers(data: object) -> None:
    """Any JSON at all: the hint levels and the answer cells are read without an error."""
    import json
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.ipynb"
        path.write_text(json.dumps(data), encoding="utf-8")
        assert isinstance(batch.hint_levels(path), dict)
        assert isinstance(similarity.answer_cells(path, similarity.GivenCells()), list)
