"""The no-code track (issue 20): answer cards, where their answers live, and grading.

* every core chapter has a no-code exercise of at least six graded tasks, each a card of
  its question bank, and every card can be answered right by clicking (the expected
  answer's values are among the card's options);
* a card's answer survives a new kernel ("Run all" after a restart) through the answers
  file, and a saved notebook carries it in its outputs;
* ``svcx grade`` grades a folder mixing code and no-code submissions of the KANO exercise
  in one run: full marks for the model answers of either kind, one wrong card answer
  costs its points and brings its hint, a hand-edited answer of the wrong type is
  feedback, an answers file handed in beside the notebook counts, nothing is changed.
"""

from __future__ import annotations

import copy
import csv
import hashlib
import html
import json
import math
import shutil
from pathlib import Path
from typing import Any

import nbformat
import pytest
from hypothesis import given
from hypothesis import strategies as st

from svcx_helpers.cli import ROOT
from svcx_helpers.grading import get_question, load_bank
from svcx_helpers.grading.batch import find_tasks, grade, is_card_task, notebook_track
from svcx_helpers.grading.cards import (
    CARD_MIME,
    Card,
    Store,
    answers_file,
    merge,
    read_answers_file,
    read_notebook_answers,
)
from svcx_helpers.grading.payload import to_payload
from svcx_helpers.i18n import language

CORE = ["customers", "kano", "servqual", "blueprint", "journey", "process", "standards",
        "recovery", "queues"]
NOCODE = ROOT / "solutions" / "nocode"


def card_tasks(path: Path) -> list[str]:
    book = nbformat.read(path, as_version=4)
    return [task for cell in book.cells if cell.cell_type == "code"
            for task, expr in find_tasks(cell.source) if is_card_task(expr)]


JUSTIFICATION = ("Prompt acknowledgement is a must-be feature: 114 of 240 employees classify "
                 "it as M, so when tickets are not acknowledged they are strongly dissatisfied.")


def model_answers(assignment: str = "kano") -> dict[str, Any]:
    """The model answers of the assignment's cards as a card records them (JSON payloads):
    the bank's expected answers, a model justification for a written task."""
    out = {}
    for q in load_bank(assignment, hidden=False):
        if q.card is not None:
            expected = q.expected()
            out[q.id] = to_payload(JUSTIFICATION if expected is None else expected)
    return out


# --------------------------------------------------------------------------------------
# The exercises and their cards
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("chapter", CORE)
def test_every_core_chapter_has_a_nocode_exercise_of_six_cards(chapter: str) -> None:
    path = NOCODE / f"{chapter}.ipynb"
    assert path.is_file(), f"no no-code exercise {path.relative_to(ROOT)}"
    tasks = card_tasks(path)
    assert len(set(tasks)) >= 6, f"{chapter}: {len(set(tasks))} graded cards, want ≥ 6"
    assert len(tasks) == len(set(tasks)), f"{chapter}: a card shown twice"
    for task in tasks:
        question = get_question(task)
        assert question is not None and question.card is not None, task
    with_card = {q.id for q in load_bank(chapter, hidden=False) if q.card is not None}
    assert with_card == set(tasks), "the bank's cards and the notebook's must be the same set"
    book = nbformat.read(path, as_version=4)
    assert book.metadata["svcx"] == {"assignment": chapter, "track": "nocode"}
    assert notebook_track(path) == "nocode"
    assert notebook_track(ROOT / "solutions" / f"{chapter}.ipynb") == "code"
    # no code to read: every code cell is folded away (JupyterLab's own cell metadata)
    for cell in book.cells:
        if cell.cell_type == "code":
            assert cell.metadata.get("jupyter", {}).get("source_hidden") is True, cell.id
    for lang_dir in ("exercises/nocode", "exercises/zh/nocode", "solutions/zh/nocode"):
        assert (ROOT / lang_dir / f"{chapter}.ipynb").is_file(), f"{lang_dir}/{chapter}"


def _values(expected: Any) -> list[Any]:
    import pandas as pd

    if isinstance(expected, dict):
        return list(expected.values())
    if isinstance(expected, (pd.Series, pd.Index)):
        return list(expected)
    if isinstance(expected, (list, tuple, set, frozenset)):
        return sorted(expected) if isinstance(expected, (set, frozenset)) else list(expected)
    return [expected]


def _cards() -> list[tuple[str, str]]:
    out = []
    for chapter in CORE:
        try:
            bank = load_bank(chapter, hidden=False)
        except ModuleNotFoundError:
            continue
        out += [(chapter, q.id) for q in bank if q.card is not None]
    return out


@pytest.mark.parametrize(("chapter", "task"), _cards())
def test_a_card_can_be_answered_right_by_clicking(chapter: str, task: str) -> None:
    question = get_question(task)
    assert question is not None
    card: Card = question.card
    for lang in ("en", "zh"):
        with language(lang):
            options = card.option_list()
            rows = card.row_list()
            assert all(label.strip() for _, label in options + rows), f"{task}: empty label"
            if lang == "zh" and options:
                assert any(any("\u4e00" <= ch <= "\u9fff" for ch in label)
                           for _, label in options) or all(
                    label.isascii() and len(label) <= 3 for _, label in options), \
                    f"{task}: no Chinese option label"
    if card.kind in ("choice", "multi", "ranking") or (card.kind == "table" and card.options):
        values = [v for v, _ in card.option_list()]
        for value in _values(question.expected()):
            if value is None:
                continue
            assert value in values, f"{task}: the right answer {value!r} is not an option"
    if card.kind == "table":
        assert len(card.row_list()) == len(_values(question.expected())), task


# --------------------------------------------------------------------------------------
# Typing numbers
# --------------------------------------------------------------------------------------
@given(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False).map(lambda x: round(x, 3)))
def test_a_typed_number_is_read_back(x: float) -> None:
    card = Card.number()
    text = f"{x}"
    assert math.isclose(card.read_number(text), x, abs_tol=1e-9)
    if len(text.split(".")[-1]) != 3 or "." not in text:  # 0,123 reads as 123 (thousands)
        assert math.isclose(card.read_number(text.replace(".", ",")), x, abs_tol=1e-9)
    assert card.read_number(f"{x:,}") == pytest.approx(x)  # with thousands separators
    full_width = text.translate(str.maketrans("0123456789.-", "０１２３４５６７８９．－"))
    assert math.isclose(card.read_number(full_width + " 分钟"), x, abs_tol=1e-9)


@given(st.text(alphabet=st.characters(categories=["L", "P", "S"]), min_size=1)
       .filter(lambda s: s.strip() and not any(ch.isdigit() for ch in s)))
def test_text_that_is_no_number_reaches_the_check_as_text(s: str) -> None:
    assert Card.number().read_number(s) == s.strip()


def test_an_empty_box_is_not_answered_and_integers_stay_integers() -> None:
    assert Card.number().read_number("  ") is Ellipsis
    assert Card.number(integer=True).read_number("12.0") == 12
    assert isinstance(Card.number().read_number("7"), int)


def test_a_card_of_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="Card kind 'slider'"):
        Card("slider")


# --------------------------------------------------------------------------------------
# Where answers live
# --------------------------------------------------------------------------------------
def test_the_newest_record_wins_and_broken_records_are_skipped(tmp_path: Path) -> None:
    old = {"kano.t6_chatbot": {"task": "kano.t6_chatbot", "answer": "a", "time": 1.0}}
    new = {"kano.t6_chatbot": {"task": "kano.t6_chatbot", "answer": "b", "time": 2.0}}
    assert merge(new, old)["kano.t6_chatbot"]["answer"] == "b"
    assert merge(old, new)["kano.t6_chatbot"]["answer"] == "b"
    path = tmp_path / "kano.answers.json"
    path.write_text(json.dumps({"answers": {"kano.t6_chatbot": {"answer": "c", "time": 3},
                                            "kano.t7_segment": "not a record", "7": None}}))
    assert read_answers_file(path) == {"kano.t6_chatbot": {"answer": "c", "time": 3}}
    path.write_text("{ not json")
    assert read_answers_file(path) == {}
    assert read_notebook_answers(tmp_path / "missing.ipynb") == {}


def test_answers_survive_a_new_kernel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What "Run all" after a restart does: a new process makes the cards again and finds
    the answers the last one kept (here: two Store objects, as two kernels would have)."""
    notebook = tmp_path / "kano.ipynb"
    shutil.copyfile(ROOT / "exercises" / "nocode" / "kano.ipynb", notebook)
    first = Store(notebook)
    assert first.get("kano.t6_chatbot") is Ellipsis
    first.put("kano.t6_chatbot", "b", attempt=2)
    first.put("kano.t4_better", 0.76)
    assert answers_file(notebook).is_file()
    second = Store(notebook)
    assert second.get("kano.t6_chatbot") == "b" and second.get("kano.t4_better") == 0.76
    assert second.attempt("kano.t6_chatbot") == 2
    # a saved notebook carries answers too; the newer of notebook and file wins
    book = json.loads(notebook.read_text(encoding="utf-8"))
    cell = next(c for c in book["cells"] if "kano.t6_chatbot" in "".join(c["source"]))
    cell["outputs"] = [{"output_type": "display_data", "metadata": {},
                        "data": {CARD_MIME: {"task": "kano.t6_chatbot", "answer": "c",
                                             "time": 9e12}, "text/plain": "saved"}}]
    notebook.write_text(json.dumps(book), encoding="utf-8")
    assert Store(notebook).get("kano.t6_chatbot") == "c"


def test_a_card_in_a_kernel_keeps_and_restores_its_answer(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The widget side, without a browser: set a card's input as a click would, and a card
    made again (Run all) shows the same answer; value_of is what svcx grade collects."""
    pytest.importorskip("ipywidgets")
    from svcx_helpers.grading import cards

    notebook = tmp_path / "kano.ipynb"
    shutil.copyfile(ROOT / "exercises" / "nocode" / "kano.ipynb", notebook)
    monkeypatch.setenv("SVCX_NOTEBOOK", str(notebook))
    monkeypatch.setattr(cards, "_STORE", [])
    monkeypatch.setattr(cards, "_CURRENT", {})
    made: list[Any] = []
    monkeypatch.setattr(cards, "_CardView", _recording(cards._CardView, made))
    cards.answer_card("kano.t6_chatbot")
    assert cards.value_of("kano.t6_chatbot") is Ellipsis
    radio = made[-1]._inputs[0]
    radio.value = radio.options[1]  # the learner clicks statement b
    assert cards.value_of("kano.t6_chatbot") == "b"
    cards.answer_card("kano.t4_better")
    made[-1]._inputs[0].value = "0,76"  # a decimal comma
    assert cards.value_of("kano.t4_better") == 0.76
    # "Run all" in a new kernel
    monkeypatch.setattr(cards, "_STORE", [])
    monkeypatch.setattr(cards, "_CURRENT", {})
    cards.answer_card("kano.t6_chatbot")
    assert made[-1]._inputs[0].value == made[0]._inputs[0].options[1]
    assert cards.value_of("kano.t6_chatbot") == "b"
    assert cards.value_of("kano.t4_better") == 0.76  # not shown yet: from the store
    from svcx_helpers.grading import progress, reset_attempts

    # the progress table of a kernel that shows cards lists the no-code track's tasks
    tasks = set(progress("kano").table["task"])
    assert "kano.t6_chatbot" in tasks and "kano.t2_counts" not in tasks
    assert "kano.t2_counts" in set(progress("kano", track="code").table["task"])
    reset_attempts()  # this kernel's state must not leak into other tests


def _recording(cls: type, made: list[Any]) -> Any:
    def make(*args: Any, **kwargs: Any) -> Any:
        view = cls(*args, **kwargs)
        made.append(view)
        return view
    return make


# --------------------------------------------------------------------------------------
# svcx grade: code and no-code submissions of the KANO exercise in one run
# --------------------------------------------------------------------------------------
def saved(base: dict[str, Any], answers: dict[str, Any]) -> dict[str, Any]:
    """A no-code notebook as JupyterLab saves it after the learner answered its cards."""
    book = copy.deepcopy(base)
    for cell in book["cells"]:
        if cell["cell_type"] != "code":
            continue
        for task, expr in find_tasks("".join(cell["source"])):
            if is_card_task(expr) and task in answers:
                cell["outputs"] = [{"output_type": "display_data", "metadata": {}, "data": {
                    CARD_MIME: {"task": task, "answer": answers[task], "time": 100.0,
                                "attempt": 1},
                    "text/plain": f"Saved answer: {answers[task]}"}}]
    return book


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("mixed")
    subs = folder / "subs"
    subs.mkdir()
    model = model_answers("kano")
    base = json.loads((ROOT / "exercises" / "nocode" / "kano.ipynb").read_text("utf-8"))
    zh = json.loads((ROOT / "exercises" / "zh" / "nocode" / "kano.ipynb").read_text("utf-8"))

    def write(name: str, book: dict[str, Any]) -> None:
        (subs / f"{name}.ipynb").write_text(json.dumps(book), encoding="utf-8")

    write("nocode_full", saved(base, model))
    write("nocode_zh_full", saved(zh, model))
    write("nocode_wrong", saved(base, {**model, "kano.t6_chatbot": "a"}))
    write("nocode_text_number", saved(base, {**model, "kano.t4_better": "about 0.8"}))
    write("nocode_empty", base)
    # answers only in the answers file handed in beside the notebook
    write("nocode_file", base)
    (subs / "nocode_file.answers.json").write_text(json.dumps({"answers": {
        task: {"answer": answer, "time": 5.0} for task, answer in model.items()}}))
    shutil.copyfile(ROOT / "solutions" / "kano.ipynb", subs / "code_full.ipynb")
    shutil.copyfile(ROOT / "exercises" / "kano.ipynb", subs / "code_empty.ipynb")
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in subs.iterdir()}
    isolation = shutil.which("bwrap") is not None
    results = grade(subs, "kano", folder / "out", workers=2, progress=False,
                    isolation=isolation, similarity=False)
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in subs.iterdir()}
    with open(folder / "out" / "gradebook.csv", encoding="utf-8-sig") as fh:
        book = {row["learner"]: row for row in csv.DictReader(fh)}
    with open(folder / "out" / "moodle.csv", encoding="utf-8-sig") as fh:
        moodle = {row["Identifier"]: row for row in csv.DictReader(fh)}
    return {"results": {r.learner: r for r in results}, "gradebook": book, "out": folder / "out",
            "unchanged": before == after, "moodle": moodle, "model": model}


def test_model_answers_of_either_kind_earn_full_marks_in_one_run(mixed: dict[str, Any]) -> None:
    r = mixed["results"]
    bank = load_bank("kano", hidden=False)
    full = sum(q.points for q in bank)
    track = sum(q.points for q in bank if q.card is not None)
    assert track < full  # the no-code track leaves out the code-only tasks
    assert (r["code_full"].earned, r["code_full"].max_total) == (full, full)
    for name in ("nocode_full", "nocode_zh_full", "nocode_file"):
        assert r[name].status == "graded", r[name].reason
        assert r[name].track == "nocode"
        assert (r[name].earned, r[name].max_total) == (track, track), name
    assert r["code_full"].track == "code"
    assert r["nocode_zh_full"].lang == "zh"
    assert (r["code_empty"].earned, r["nocode_empty"].earned) == (0, 0)
    assert mixed["unchanged"], "grading changed a submission"


def test_a_wrong_card_answer_costs_its_points_and_brings_its_hint(mixed: dict[str, Any]) -> None:
    r = mixed["results"]["nocode_wrong"]
    task = next(x for x in r.tasks if x.task == "kano.t6_chatbot")
    assert task.status == "fail" and task.points == 0
    question = get_question("kano.t6_chatbot")
    assert task.hint == question.hints[0][0]
    assert r.earned == mixed["results"]["nocode_full"].earned - question.points
    page = (mixed["out"] / "feedback" / "nocode_wrong.html").read_text(encoding="utf-8")
    assert html.escape(question.hints[0][0]) in page


def test_a_hand_edited_answer_of_the_wrong_type_is_feedback(mixed: dict[str, Any]) -> None:
    r = mixed["results"]["nocode_text_number"]
    task = next(x for x in r.tasks if x.task == "kano.t4_better")
    assert r.status == "graded" and task.status in ("wrong_type", "fail") and task.points == 0
    assert task.message


def test_the_gradebook_shows_each_track_on_its_own_scale(mixed: dict[str, Any]) -> None:
    book, moodle = mixed["gradebook"], mixed["moodle"]
    assert book["nocode_full"]["kano.t2_counts"] == ""  # not a no-code task
    assert (book["nocode_full"]["track"], book["code_full"]["track"]) == ("nocode", "code")
    assert book["code_full"]["kano.t2_counts"] == "1"
    full, track = float(book["code_full"]["max"]), float(book["nocode_full"]["max"])
    assert track < full
    # the LMS gets both on the assignment's scale: 100 % of either track is full marks
    assert float(moodle["nocode_full"]["Grade"]) == pytest.approx(full)
    wrong = float(book["nocode_wrong"]["total"])
    assert float(moodle["nocode_wrong"]["Grade"]) == pytest.approx(round(wrong * full / track, 2))
    with open(mixed["out"] / "analysis.csv", encoding="utf-8-sig") as fh:
        rows = {row["task"]: row for row in csv.DictReader(fh)}
    graded = sum(1 for x in mixed["results"].values() if x.status == "graded")
    codes = sum(1 for x in mixed["results"].values() if x.track == "code")
    assert int(rows["kano.t2_counts"]["n"]) == codes  # only learners who had the task
    assert int(rows["kano.t6_chatbot"]["n"]) == graded


def test_the_answers_file_counts_in_the_cache_key(tmp_path: Path) -> None:
    from svcx_helpers.grading.batch import submission_digest

    notebook = tmp_path / "a.ipynb"
    shutil.copyfile(ROOT / "exercises" / "nocode" / "kano.ipynb", notebook)
    alone = submission_digest(notebook)
    answers_file(notebook).write_text(json.dumps({"answers": {"kano.t6_chatbot": {
        "answer": to_payload("b"), "time": 1}}}))
    assert submission_digest(notebook) != alone


@pytest.mark.parametrize("chapter", CORE)
def test_svcx_grade_gives_the_model_answers_of_every_chapter_full_marks(
        chapter: str, tmp_path: Path) -> None:
    """Every no-code exercise: its solution notebook (the model answers in its cards) earns
    the no-code track's maximum and the released exercise 0, English and Chinese."""
    subs = tmp_path / "subs"
    subs.mkdir()
    for lang, sub in (("en", "nocode"), ("zh", "zh/nocode")):
        shutil.copyfile(ROOT / "solutions" / sub / f"{chapter}.ipynb", subs / f"model_{lang}.ipynb")
        shutil.copyfile(ROOT / "exercises" / sub / f"{chapter}.ipynb", subs / f"empty_{lang}.ipynb")
    results = {r.learner: r for r in grade(
        subs, chapter, tmp_path / "out", workers=2, progress=False,
        isolation=shutil.which("bwrap") is not None, similarity=False)}
    track = sum(q.points for q in load_bank(chapter, hidden=False) if q.card is not None)
    for lang in ("en", "zh"):
        full, empty = results[f"model_{lang}"], results[f"empty_{lang}"]
        assert full.status == "graded", full.reason
        assert (full.earned, full.max_total) == (track, track), [
            (x.task, x.status, x.message) for x in full.tasks if x.points < x.max_points]
        assert (empty.earned, empty.track, empty.lang) == (0, "nocode", lang)
