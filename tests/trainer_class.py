"""A synthetic class of KANO submissions for the trainer's tools (tests/test_grade_trainer.py):
made from ``solutions/kano.ipynb`` with planted wrong answers, a copied pair, a pair with
renamed variables, Chinese submissions, a blank and a broken file, and late files.

:func:`expected_points` says, for each planted learner, what every task must score — the
hand-made key the tests compare the grader's and the analysis's numbers with.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
SOLUTION = ROOT / "solutions" / "kano.ipynb"
ZH_SOLUTION = ROOT / "solutions" / "zh" / "kano.ipynb"
EXERCISE = ROOT / "exercises" / "kano.ipynb"
TASKS = ["kano.t1_classify_by_hand", "kano.t2_counts", "kano.t3_must_be", "kano.t4_better",
         "kano.t4_worse", "kano.t5_priority", "kano.t6_chatbot", "kano.t7_segment",
         "kano.t8_fund_first", "kano.t8_justify"]
MAX = {"kano.t1_classify_by_hand": 2.0, **{t: 1.0 for t in TASKS[1:]}}
BULK = 22
DUE = datetime(2026, 3, 1, 18, 0)
LATE = {"bulk01": timedelta(minutes=10), "bulk02": timedelta(days=2, hours=3),
        "bulk03": timedelta(days=7)}
"""How late these learners handed in (everybody else: a day early)."""
VAGUE = ('justification = "It is the option I would pick first because the numbers in my '
         'analysis point that way and it seems sensible to me."')

# Answer code written in two distinctive ways (A: loops; B: lookups and pandas), and B again
# with every variable renamed.
STYLE_A = {
    "by_hand": '''pairs = list(zip(r001["functional"], r001["dysfunctional"]))
by_hand = []
for f, d in pairs:
    letter = kano.classify([f], [d])[0]
    by_hand.append(letter)
''',
    "must_be": '''ev = kano.evaluate(counts)
must_be = []
for name in ev.index:
    if ev.loc[name, "category"] == "M":
        must_be.append(name)
must_be
''',
    "better": '''row = counts.loc["proactive_outage_alerts"]
base = 0
for cat in ["A", "O", "M", "I"]:
    base += row[cat]
better = (row["A"] + row["O"]) / base
worse = -1 * (row["O"] + row["M"]) / base
print(better, worse)
''',
}
STYLE_B = {
    "by_hand": '''lookup = {(f, d): kano.classify([f], [d])[0]
          for f in range(1, 6) for d in range(1, 6)}
by_hand = [lookup[(f, d)] for f, d in zip(r001.functional, r001.dysfunctional)]
''',
    "must_be": '''evaluation = kano.evaluate(counts)
must_be = sorted(evaluation.query("category == 'M'").index)
must_be
''',
    "better": '''alerts = counts.loc["proactive_outage_alerts"]
denominator = alerts[["A", "O", "M", "I"]].sum()
better = alerts[["A", "O"]].sum() / denominator
worse = -alerts[["O", "M"]].sum() / denominator
print(better, worse)
''',
}
RENAMES = {"lookup": "table_of_pairs", "evaluation": "result", "alerts": "feature",
           "denominator": "n_answers", "f": "fun", "d": "dys"}


def _renamed(code: str) -> str:
    import io
    import tokenize

    out = []
    for tok in tokenize.generate_tokens(io.StringIO(code).readline):
        text = RENAMES.get(tok.string, tok.string) if tok.type == tokenize.NAME else tok.string
        out.append((tok.type, text))
    return tokenize.untokenize(out)


def _cell(book: nbformat.NotebookNode, marker: str) -> nbformat.NotebookNode:
    return next(c for c in book.cells if c.cell_type == "code" and marker in c.source)


def _solution() -> nbformat.NotebookNode:
    """The English solution without its plot (no task checks it; matplotlib's import would
    cost each of the 29 kernels a second)."""
    book = nbformat.read(SOLUTION, as_version=4)
    _cell(book, "plot_better_worse(").source = "# (plot left out)\n"
    return book


def _use_style(book: nbformat.NotebookNode, style: dict[str, str]) -> None:
    _cell(book, "by_hand = [").source = style["by_hand"]
    _cell(book, "must_be = ev.index").source = style["must_be"]
    _cell(book, "better = (row").source = style["better"]


def _replace(book: nbformat.NotebookNode, marker: str, old: str, new: str) -> None:
    cell = _cell(book, marker)
    assert old in cell.source, (marker, old)
    cell.source = cell.source.replace(old, new)


HINT_OUTPUT = ("✘ kano.t1_classify_by_hand — Not right yet (1.5 / 2 points)\n"
               "  3 of 12 values are not right (first at #1).\n"
               "  Hint 3: a hint the learner saw in the notebook")


def bulk(i: int) -> nbformat.NotebookNode:
    """Learner ``bulk<i>``: the solution's code with the wrong answers of :func:`planted`;
    ``bulk01`` saved its notebook after its third failed check of task 1 (hint 3 shown)."""
    book = _solution()
    wrong = planted(i)
    if i == 1:
        cell = _cell(book, 'check("kano.t1_classify_by_hand"')
        cell.outputs = [nbformat.v4.new_output("execute_result", {"text/plain": HINT_OUTPUT},
                                               execution_count=3)]
    if wrong.get("kano.t1_classify_by_hand") == 3:
        _replace(book, "by_hand = [", '["I", "A", "I",', '["A", "O", "M",')
    elif wrong.get("kano.t1_classify_by_hand") == 1:
        _replace(book, "by_hand = [", '["I", "A", "I",', '["A", "A", "I",')
    if "kano.t3_must_be" in wrong:
        _replace(book, "must_be = ev.index", '.tolist()', '.tolist()[:-1]')
    if "kano.t4_worse" in wrong:
        _replace(book, "worse = -(row", "worse = -(row", "worse = (row")
    if "kano.t6_chatbot" in wrong:
        _replace(book, 'chatbot_statement = "b"', '"b"', '"a"')
    if "kano.t7_segment" in wrong:
        _replace(book, "loaner_department = share_a.idxmax()", "share_a.idxmax()",
                 "share_a.idxmin()")
    if "kano.t8_fund_first" in wrong:
        _replace(book, 'fund_first = "prompt_acknowledgement"', '"prompt_acknowledgement"',
                 '"portal_theme"')
    if "kano.t8_justify" in wrong:
        cell = _cell(book, "justification = (")
        cell.source = 'fund_first = "prompt_acknowledgement"\n' + VAGUE
    return book


def planted(i: int) -> dict[str, int]:
    """The wrong answers planted in ``bulk<i>`` (task → how many letters wrong for task 1,
    else 1)."""
    wrong: dict[str, int] = {}
    if i % 4 == 1:
        wrong["kano.t1_classify_by_hand"] = 3
    elif i % 4 == 3:
        wrong["kano.t1_classify_by_hand"] = 1
    if i % 6 == 5:
        wrong["kano.t3_must_be"] = 1
    if i % 5 == 0:
        wrong["kano.t4_worse"] = 1
    if i % 3 == 0:
        wrong["kano.t6_chatbot"] = 1
    if i in (2, 9):
        wrong["kano.t7_segment"] = 1
    if i % 7 == 3:
        wrong["kano.t8_fund_first"] = 1
    if i == 4:
        wrong["kano.t8_justify"] = 1
    return wrong


def expected_points(learner: str) -> dict[str, float]:
    """What the grader must give each task of ``learner`` (before reviews and penalties)."""
    if learner == "blank":
        return dict.fromkeys(TASKS, 0.0)
    points = dict(MAX)
    if learner.startswith("bulk"):
        for task, n in planted(int(learner[4:])).items():
            points[task] = round(2 * (12 - n) / 12, 2) if task.endswith("by_hand") else 0.0
    return points


def make_class(folder: Path) -> dict[str, str]:
    """Write the class into ``folder``; return learner → kind."""
    folder.mkdir(parents=True, exist_ok=True)
    kinds = {}
    for i in range(BULK):
        nbformat.write(bulk(i), folder / f"bulk{i:02d}.ipynb")
        kinds[f"bulk{i:02d}"] = "bulk"
    for name, style in (("copy_a", STYLE_A), ("copy_b", STYLE_A), ("orig_b", STYLE_B),
                        ("renamed_b", {k: _renamed(v) for k, v in STYLE_B.items()})):
        book = _solution()
        _use_style(book, style)
        nbformat.write(book, folder / f"{name}.ipynb")
        kinds[name] = "custom"
    own = _solution()
    _cell(own, "better = (row").source = (
        'a, o, m, i = (counts.at["proactive_outage_alerts", c] for c in "AOMI")\n'
        "better = (a + o) / (a + o + m + i)\nworse = (o + m) / (a + o + m + i) * -1\n")
    _cell(own, "must_be = ev.index").source = (
        'must_be = [k for k, v in kano.evaluate(counts)["category"].items() if v == "M"]\n')
    nbformat.write(own, folder / "own_c.ipynb")
    kinds["own_c"] = "custom"
    for name in ("wang", "li"):
        (folder / f"{name}.ipynb").write_bytes(ZH_SOLUTION.read_bytes())
        kinds[name] = "zh"
    (folder / "blank.ipynb").write_bytes(EXERCISE.read_bytes())
    kinds["blank"] = "blank"
    (folder / "broken.ipynb").write_text("{ not a notebook", encoding="utf-8")
    kinds["broken"] = "invalid"
    for learner in kinds:
        when = DUE + LATE.get(learner, timedelta(days=-1))
        os.utime(folder / f"{learner}.ipynb", (when.timestamp(), when.timestamp()))
    return kinds
