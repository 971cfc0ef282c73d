"""The trainer guide (book/trainer-guide.md) and its answer notes (book/trainer-answers.md).

The programme tables are parsed: the time slots of each day follow each other without gaps
or overlaps from the stated start to the stated end, sessions last 45–90 minutes, every
chapter, section and exercise task they name exists, and the three-day programme covers
every chapter of the book, and every session names the track it uses (no-code, analyst,
paper, trainer; the Chinese edition the same in Chinese). Every discussion question has an
answer note, and every number
quoted in the notes is recomputed here with the library on the course data. The two code
examples of the live KANO survey are run.
"""

from __future__ import annotations

import json
import math
import os
import re
import textwrap
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "book" / "trainer-guide.md"
ANSWERS = ROOT / "book" / "trainer-answers.md"

TIME = re.compile(r"^(\d\d):(\d\d)–(\d\d):(\d\d)$")
DAY = re.compile(r"^#### Day (\d+) \((\d\d:\d\d)–(\d\d:\d\d)\)")
DOC = re.compile(r"\{doc\}`(?:[^`<]*<)?([^`>]+)>?`")
QUESTION = re.compile(r"^- \*\*(D(\d+)\.(\d+))\*\* (.+)$")
NOTE = re.compile(r"^:::\{dropdown\} (D\d+\.\d+) · (.+)$")


def text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def minutes(hhmm: str) -> int:
    hours, mins = hhmm.split(":")
    return int(hours) * 60 + int(mins)


def squash(s: str) -> str:
    return " ".join(s.split())


# --------------------------------------------------------------------------- the book


@cache
def toc() -> dict[str, Any]:
    return yaml.safe_load(text(ROOT / "_toc.yml"))


def toc_files() -> list[str]:
    def walk(entries: list[dict[str, Any]]) -> Iterator[str]:
        for entry in entries:
            if "file" in entry:
                yield entry["file"]
            yield from walk(entry.get("sections", []))

    return [toc()["root"], *(f for part in toc()["parts"] for f in walk(part["chapters"]))]


CHAPTER_PARTS = ("Chapters", "People who serve", "Designing and governing services")
"""The parts whose chapters have discussion questions and exercises, in book order."""

GOVERNANCE = {
    "creative": "Creative methods for service design",
    "servicescape": "Servicescape and inclusive service",
    "outsourcing": "Outsourcing, vendors and service-level agreements",
    "audit": "Audit, privacy and continuity",
    "cost": "The cost of service and digital channels",
}
"""The chapters of the part "Designing and governing services" (issue 19) and their English
titles, in book order: the governance block names each, also before its chapter exists."""


def toc_chapters(parts: tuple[str, ...] = CHAPTER_PARTS) -> list[str]:
    """Chapter names (``kano`` …) of the chapter parts, in book order: D1 is the first."""
    return [Path(c["file"]).name for p in toc()["parts"] if p["caption"] in parts
            for c in p["chapters"]]


def chapter_title(chapter: str) -> str:
    """The English title of a chapter: its first heading without the Chinese in brackets."""
    first = notebook_markdown(ROOT / "book" / "chapters" / f"{chapter}.ipynb").splitlines()[0]
    return re.sub(r"\s*\([^()]*\)\s*$", "", first.lstrip("# ")).strip()


@cache
def notebook_markdown(path: Path) -> str:
    cells = json.loads(text(path))["cells"]
    return "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")


def chapter_headings(chapter: str) -> set[str]:
    md = notebook_markdown(ROOT / "book" / "chapters" / f"{chapter}.ipynb")
    return {m.group(1).strip() for m in re.finditer(r"^#{2,3} (.+)$", md, re.M)}


def exercise_tasks(chapter: str) -> dict[int, str]:
    """Task number → title, from the ``## Task N — Title (k points)`` headings."""
    md = notebook_markdown(ROOT / "solutions" / f"{chapter}.ipynb")
    pattern = r"^## Task (\d+) — (.+?) \(\d+ points?\)$"
    return {int(n): title for n, title in re.findall(pattern, md, re.M)}


# ------------------------------------------------------------------- the guide's tables


def table_rows(lines: list[str]) -> list[list[str]]:
    """The body rows of the first Markdown table in ``lines``, as lists of cells."""
    rows: list[list[str]] = []
    started = False
    for line in lines:
        if line.startswith("|"):
            started = True
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not all(set(c) <= set("-: ") for c in cells):
                rows.append(cells)
        elif started:
            break
    return rows[1:]  # without the header


def section(md: str, heading: str) -> str:
    """The text under a ``##`` or ``###`` heading that starts with ``heading``."""
    lines = md.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(heading))
    level = len(heading.split(" ")[0])
    end = next((j for j in range(start + 1, len(lines))
                if re.match(rf"^#{{1,{level}}} ", lines[j])), len(lines))
    return "\n".join(lines[start:end])


PROGRAMMES = {"### One day": 1, "### Two days": 2, "### Three days": 3}


def days(programme: str) -> list[tuple[int, str, str, list[list[str]]]]:
    """(day number, start, end, table rows) for each day of a programme."""
    lines = section(text(GUIDE), programme).splitlines()
    found = []
    for i, line in enumerate(lines):
        m = DAY.match(line)
        if m:
            found.append((int(m.group(1)), m.group(2), m.group(3), table_rows(lines[i + 1:])))
    return found


def all_rows() -> Iterator[tuple[str, int, list[str]]]:
    for programme in PROGRAMMES:
        for number, _, _, rows in days(programme):
            for row in rows:
                yield programme, number, row


def tasks_in(cell: str) -> list[int]:
    """``Tasks 1–3, 6`` → [1, 2, 3, 6]; ``Task 8`` → [8]; ``—`` → []."""
    m = re.fullmatch(r"Tasks? ([\d–, ]+)", cell)
    if not m:
        assert cell in ("", "—"), f"cannot read the exercise tasks {cell!r}"
        return []
    numbers: list[int] = []
    for part in m.group(1).split(","):
        low, _, high = part.strip().partition("–")
        numbers += range(int(low), int(high or low) + 1)
    return numbers


def row_chapter(row: list[str]) -> str | None:
    m = DOC.search(row[2])
    return Path(m.group(1)).name if m else None


@pytest.mark.parametrize(("programme", "n_days"), PROGRAMMES.items())
def test_each_day_runs_without_gaps_or_overlaps_to_its_stated_end(programme: str,
                                                                   n_days: int) -> None:
    found = days(programme)
    assert [d[0] for d in found] == list(range(1, n_days + 1)), programme
    for number, start, end, rows in found:
        assert len(rows) >= 5, f"{programme}, day {number}: no table"
        clock = minutes(start)
        lunches = 0
        for row in rows:
            m = TIME.match(row[0])
            assert m, f"{programme}, day {number}: bad time slot {row[0]!r}"
            begin, finish = minutes(row[0][:5]), minutes(row[0][6:])
            where = f"{programme}, day {number}, {row[0]}"
            assert begin == clock, f"{where}: starts at {row[0][:5]}, the day is at " \
                                   f"{clock // 60:02d}:{clock % 60:02d}"
            length = finish - begin
            assert length > 0, where
            if row[1] == "Break":
                assert 10 <= length <= 30, where
            elif row[1] == "Lunch":
                lunches += 1
                assert 45 <= length <= 75, where
            else:
                assert 45 <= length <= 90, f"{where}: a session of {length} minutes"
            clock = finish
        assert clock == minutes(end), f"{programme}, day {number} ends at the wrong time"
        assert lunches == 1, f"{programme}, day {number}: {lunches} lunches"


def test_every_chapter_of_the_book_is_in_the_three_day_programme() -> None:
    covered = {row_chapter(row) for _, _, _, rows in days("### Three days") for row in rows}
    core = toc_chapters(("Chapters",))
    assert set(core) <= covered, set(core) - covered


def test_the_people_block_names_every_chapter_of_its_part() -> None:
    """The people block of the three-day programme names the chapters of the part
    "People who serve" by title, each in a session of its own; its times run from 09:00
    to 17:00 without gaps, with one lunch; the sections, tasks, activities and questions
    it names exist."""
    block = section(text(GUIDE), "#### People block")
    by_title = {f"*{chapter_title(c)}*": c for c in toc_chapters(("People who serve",))}
    questions = set(guide_questions())
    labels = set(re.findall(r"^\((trainer-[\w-]+)\)=$", text(GUIDE), re.M))
    clock, lunches, named = minutes("09:00"), 0, set()
    for row in table_rows(block.splitlines()):
        assert len(row) == 7 and row[0][:5] == f"{clock // 60:02d}:{clock % 60:02d}", row[0]
        length = minutes(row[0][6:]) - clock
        clock += length
        if row[1] in ("Break", "Lunch"):
            lunches += row[1] == "Lunch"
            continue
        assert 45 <= length <= 90, row[0]
        chapter = by_title.get(row[2])
        assert chapter or (row[2] == "—" and not tasks_in(row[3])), row[0]
        if chapter:
            named.add(chapter)
            for phrase in re.findall(r"\*([^*]+)\*", row[1]):
                assert phrase in chapter_headings(chapter), (chapter, phrase)
            assert set(tasks_in(row[3])) <= set(exercise_tasks(chapter)), (chapter, row[3])
        assert set(re.findall(r"D\d+\.\d+", row[4])) <= questions, row[4]
        assert set(re.findall(r"\{ref\}`[^`]*<([^>]+)>`", row[4])) <= labels, row[4]
    assert clock == minutes("17:00") and lunches == 1
    assert named == set(by_title.values())


def test_the_governance_block_names_every_chapter_of_its_part() -> None:
    """The governance block of the three-day programme names the five chapters of the part
    "Designing and governing services" by title, each in a session of its own; its times
    run from 09:00 to 17:00 without gaps, with one lunch. For the chapters already in the
    book, the title is the chapter's own and the sections, tasks, activities and questions
    it names exist; every chapter of the part is one of the five."""
    block = section(text(GUIDE), "#### Governance block")
    in_book = set(toc_chapters(("Designing and governing services",)))
    assert in_book <= set(GOVERNANCE), in_book - set(GOVERNANCE)
    by_title = {f"*{title}*": name for name, title in GOVERNANCE.items()}
    questions = set(guide_questions())
    labels = set(re.findall(r"^\((trainer-[\w-]+)\)=$", text(GUIDE), re.M))
    clock, lunches, named = minutes("09:00"), 0, []
    for row in table_rows(block.splitlines()):
        assert len(row) == 7 and row[0][:5] == f"{clock // 60:02d}:{clock % 60:02d}", row[0]
        length = minutes(row[0][6:]) - clock
        clock += length
        if row[1] in ("Break", "Lunch"):
            lunches += row[1] == "Lunch"
            assert not any(row[2:]), row[0]
            continue
        assert 45 <= length <= 90, row[0]
        assert row[5], f"{row[0]}: what do learners produce?"
        chapter = by_title.get(row[2])
        assert chapter or (row[2] == "—" and not tasks_in(row[3])), row[0]
        if chapter:
            named.append(chapter)
            if chapter in in_book:
                assert chapter_title(chapter) == GOVERNANCE[chapter], chapter
                for phrase in re.findall(r"\*([^*]+)\*", row[1]):
                    assert phrase in chapter_headings(chapter), (chapter, phrase)
                assert set(tasks_in(row[3])) <= set(exercise_tasks(chapter)), (chapter, row[3])
            else:                            # every exercise has at least five tasks
                assert set(tasks_in(row[3])) <= set(range(1, 6)), row[3]
                assert not re.findall(r"\*([^*]+)\*", row[1]), \
                    f"{chapter}: name its sections once the chapter is in the book"
        assert set(re.findall(r"D\d+\.\d+", row[4])) <= questions, row[4]
        assert set(re.findall(r"\{ref\}`[^`]*<([^>]+)>`", row[4])) <= labels, row[4]
    assert clock == minutes("17:00") and lunches == 1
    assert named == list(GOVERNANCE), named


def test_programme_rows_name_real_chapters_sections_tasks_and_questions() -> None:
    questions = set(guide_questions())
    labels = set(re.findall(r"^\((trainer-[\w-]+)\)=$", text(GUIDE), re.M))
    for programme, number, row in all_rows():
        where = f"{programme}, day {number}, {row[0]}"
        assert len(row) == 7, f"{where}: {len(row)} cells"
        if row[1] in ("Break", "Lunch"):
            assert not any(row[2:]), f"{where}: a break with content"
            continue
        chapter = row_chapter(row)
        tasks = tasks_in(row[3])
        if chapter is None:
            assert row[2] == "—" and not tasks, where
        else:
            assert chapter in toc_chapters(), where
            for phrase in re.findall(r"\*([^*]+)\*", row[1]):
                assert phrase in chapter_headings(chapter), \
                    f"{where}: no section {phrase!r} in chapter {chapter}"
            known = exercise_tasks(chapter)
            assert set(tasks) <= set(known), f"{where}: {chapter} has no task {tasks}"
        for ref in re.findall(r"D\d+\.\d+", row[4]):
            assert ref in questions, f"{where}: no discussion question {ref}"
        for label in re.findall(r"\{ref\}`[^`]*<([^>]+)>`", row[4]):
            assert label in labels, f"{where}: no label {label}"
        assert row[5], f"{where}: what do learners produce?"


TRACKS = {"no-code": "免编程", "analyst": "分析", "paper": "纸笔", "trainer": "培训师"}
"""The tracks a programme session may use (section 2; the page book/learning-paths.md)."""
CORE = ["customers", "kano", "servqual", "blueprint", "journey", "process", "standards",
        "recovery", "queues"]
"""The chapters with a no-code exercise (exercises/nocode/NAME.ipynb)."""
BLOCKS = ("#### People block", "#### Governance block")


def session_rows(md: str) -> Iterator[tuple[str, list[str]]]:
    """(where, row) of every row of every programme table of the guide ``md`` (English or
    Chinese): the days of the three programmes and the two blocks, in order."""
    for heading in ("### One day", "### Two days", "### Three days"):
        part = section(md, heading) if heading in md else ""
        lines = part.splitlines()
        for i, line in enumerate(lines):
            if line.startswith("#### "):
                for row in table_rows(lines[i + 1:]):
                    yield f"{line[5:40]} {row[0]}", row


def _zh_guide() -> str:
    """The Chinese guide with the English headings of the programme sections (its tables
    are found by their place: the Chinese headings differ)."""
    zh = text(ROOT / "book" / "zh" / "trainer-guide.md")
    en_heads = [h for h in re.findall(r"^#{3,4} .+$", text(GUIDE), re.M)]
    zh_heads = [h for h in re.findall(r"^#{3,4} .+$", zh, re.M)]
    assert len(en_heads) == len(zh_heads)
    for en, zh_head in zip(en_heads, zh_heads, strict=True):
        zh = zh.replace(zh_head + "\n", en + "\n", 1)
    return zh


def test_every_session_names_its_track() -> None:
    """Every session row of the programmes and the two blocks ends with its track, one of
    the known ones or two joined by "+"; breaks and lunch have none; a session without a
    chapter is paper or trainer-led; the no-code track only where a no-code exercise
    exists; the Chinese tables name the same tracks, in Chinese."""
    en = list(session_rows(text(GUIDE)))
    zh = list(session_rows(_zh_guide()))
    assert len(en) == len(zh) > 50
    used = set()
    for (where, row), (_, zh_row) in zip(en, zh, strict=True):
        assert len(row) == len(zh_row) == 7, where
        if row[1] in ("Break", "Lunch"):
            assert row[6] == zh_row[6] == "", where
            continue
        tracks = row[6].split(" + ")
        assert tracks and set(tracks) <= set(TRACKS), f"{where}: track {row[6]!r}"
        assert len(set(tracks)) == len(tracks) <= 2, where
        used |= set(tracks)
        assert zh_row[6] == " + ".join(TRACKS[t] for t in tracks), f"{where}: {zh_row[6]!r}"
        chapter = row_chapter(row) or next(
            (c for c, title in {**GOVERNANCE, **{c: chapter_title(c) for c in
                                                 toc_chapters(("People who serve",))}}.items()
             if row[2] == f"*{title}*"), None)
        if chapter is None:
            assert set(tracks) <= {"paper", "trainer"}, f"{where}: no chapter, {row[6]}"
        if "no-code" in tracks:
            assert chapter in CORE, f"{where}: {chapter} has no no-code exercise"
        if tasks_in(row[3]) and chapter not in CORE:
            assert "analyst" in tracks, f"{where}: its tasks are in a code exercise"
    assert used == set(TRACKS)
    intro = section(text(GUIDE), "## 2. Three programmes")
    for track in TRACKS:
        assert f"- **{track}**:" in intro, track
    assert "{doc}`learning-paths`" in intro


def test_exercise_table_lists_every_task_with_its_title() -> None:
    rows = table_rows(section(text(GUIDE), "### The exercises at a glance").splitlines())
    names = [re.fullmatch(r"`exercises/(\w+)\.ipynb`", row[0]).group(1) for row in rows]
    assert sorted(names) == sorted(toc_chapters())
    for name, row in zip(names, rows, strict=True):
        listed = {}
        for item in row[1].split(" · "):
            number, _, title = item.partition(" ")
            listed[int(number)] = title
        assert listed == exercise_tasks(name), name
        assert re.fullmatch(r"\d+ min", row[2]), row[2]
        assert set(tasks_in(row[3])) <= set(listed), name


# ------------------------------------------------------ discussion questions and answers


@cache
def guide_questions() -> dict[str, str]:
    questions: dict[str, str] = {}
    chapters = toc_chapters()
    current = None
    for line in section(text(GUIDE), "## 4. Discussion questions").splitlines():
        if line.startswith("### "):
            current = None
        chapter = re.match(r"^From the chapter \{doc\}`chapters/(\w+)`", line)
        if chapter:
            current = chapter.group(1)
            continue
        m = QUESTION.match(line)
        if m:
            qid, chapter_number, _, question = m.groups()
            assert current == chapters[int(chapter_number) - 1], \
                f"{qid} is under the chapter {current}"
            assert qid not in questions, f"{qid} twice"
            questions[qid] = question
    return questions


@cache
def answer_notes() -> dict[str, str]:
    notes: dict[str, str] = {}
    lines = text(ANSWERS).splitlines()
    for i, line in enumerate(lines):
        m = NOTE.match(line)
        if m:
            end = next(j for j in range(i + 1, len(lines)) if lines[j] == ":::")
            assert m.group(1) not in notes, f"{m.group(1)} twice"
            notes[m.group(1)] = "\n".join(lines[i + 1:end])
    return notes


def test_every_chapter_has_three_to_five_questions_numbered_in_order() -> None:
    """A chapter of the part "Chapters" has three to five questions; a chapter of the part
    "People who serve" has three to five or none (then its notes are workshop notes)."""
    questions = guide_questions()
    core = set(toc_chapters(("Chapters",)))
    for n, chapter in enumerate(toc_chapters(), start=1):
        mine = [q for q in questions if q.startswith(f"D{n}.")]
        assert 3 <= len(mine) <= 5 or (chapter not in core and not mine), chapter
        assert mine == [f"D{n}.{k}" for k in range(1, len(mine) + 1)], chapter


def test_every_question_has_an_answer_note_and_every_note_a_question() -> None:
    assert list(answer_notes()) == list(guide_questions())


@pytest.mark.parametrize("qid", list(guide_questions()))
def test_answer_note_repeats_its_question_and_is_a_real_note(qid: str) -> None:
    note = answer_notes()[qid]
    first = note.strip().splitlines()[0]
    assert first.startswith("*") and first.endswith("*"), qid
    assert squash(first.strip("*")) == squash(guide_questions()[qid]), qid
    assert "**A good answer**" in note, qid
    assert "**Common wrong answer.**" in note, qid
    assert len(note.split()) >= 90, f"{qid}: only {len(note.split())} words"


def test_links_point_at_pages_of_the_book() -> None:
    files = set(toc_files())
    for page in (GUIDE, ANSWERS):
        base = page.relative_to(ROOT).parent
        for target in DOC.findall(text(page)):
            resolved = os.path.normpath(base / target)
            assert resolved in files, f"{page.name}: {target} is not in _toc.yml"
    getting_started = next(p for p in toc()["parts"] if p["caption"] == "Getting started")
    files_in_order = [c["file"] for c in getting_started["chapters"]]
    guide = files_in_order.index("book/trainer-guide")
    assert files_in_order[guide - 1] == "book/grading"


def test_capstone_is_linked_only_when_it_exists() -> None:
    linked = "solutions/capstone" in "".join(DOC.findall(text(GUIDE)))
    exists = any((ROOT / "solutions" / f"capstone{ext}").exists() for ext in (".ipynb", ".md"))
    assert "capstone" in text(GUIDE).lower()
    if linked:
        assert exists and "solutions/capstone" in toc_files()


def test_data_files_named_in_the_adaptation_section_exist() -> None:
    adapt = section(text(GUIDE), "## 5. Adapting")
    names = {name for name in re.findall(r"`([a-z_]+)`", adapt)  # not `_after` of `…_before`
             if not name.startswith("_")} - {"eventlog", "tickets", "kano", "servqual"}
    assert names, "no data sets named"
    data = ROOT / "data"
    for name in sorted(names):
        candidates = [data / f"{name}.csv", data / "blueprints" / f"{name}.yml",
                      data / "journeys" / f"{name}.yml"]
        assert any(c.exists() for c in candidates), f"no data set {name}"


def test_svcx_commands_in_the_guide_exist() -> None:
    cli = text(ROOT / "svcx_helpers" / "cli.py")
    commands = set(re.findall(r'add_parser\("(\w+)"', cli))
    used = set(re.findall(r"\bsvcx (?:--lang \w+ )?([a-z]+)\b", text(GUIDE)))
    assert {"blueprint", "validate", "sheets", "slides"} <= used
    assert used <= commands, used - commands


# ------------------------------------------------------------- the guide's code examples


def code_block(containing: str) -> str:
    blocks = re.findall(r"```python\n(.*?)^\s*```", text(GUIDE), re.S | re.M)
    return textwrap.dedent(next(b for b in blocks if containing in b))


@cache
def rooms(size: int) -> dict[str, Any]:
    """Run the guide's "rooms of 15" example (with another room size)."""
    code = code_block("rooms = pd.concat")
    assert "rng.choice(people, 15," in code
    namespace: dict[str, Any] = {}
    exec(code.replace("rng.choice(people, 15,", f"rng.choice(people, {size},"), namespace)
    return namespace


def test_live_survey_analysis_runs_on_the_template() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    code = code_block('load_own("room.csv"')
    template = (ROOT / "data" / "templates" / "kano.csv").as_posix()
    namespace: dict[str, Any] = {}
    exec(code.replace('"room.csv"', repr(template)), namespace)
    plt.close("all")
    assert set(namespace["result"]["category"]) <= set("AOMIRQ")
    assert len(namespace["result"]) == 2


def test_blueprint_columns_of_the_guide_are_read_by_svcx_blueprint(tmp_path: Path) -> None:
    import pandas as pd

    from svcx_helpers.cli import main

    m = re.search(r"with the columns `([^`]+)`", squash(text(GUIDE)))
    assert m
    columns = [c.strip() for c in m.group(1).split(",")]
    rows = [["E1", "evidence", 1, "Ticket machine", None, None, None, None, None, None, ""],
            ["C1", "customer", 1, "Takes a ticket and waits", 1, 10, None, None, "yes", 15,
             "O1"],
            ["O1", "onstage", 1, "Clerk checks the documents", 4, None, "yes",
             "A document is missing", None, None, ""]]
    pd.DataFrame(rows, columns=columns).to_csv(tmp_path / "our_service.csv", index=False)
    assert main(["blueprint", str(tmp_path / "our_service.csv")]) == 0


# ------------------------------------------------------------------- the quoted numbers


def fmt(x: float, digits: int = 2, sign: bool = False) -> str:
    """A number as the pages write it: a true minus sign, a plus sign only if asked."""
    s = f"{abs(x):.{digits}f}"
    if x < 0 and float(s) != 0:
        return "−" + s
    return ("+" + s) if sign else s


def pct(x: float, digits: int = 0) -> str:
    return f"{fmt(100 * x, digits)} %"


def note_numbers() -> dict[str, list[str]]:
    import numpy as np
    import pandas as pd

    from svcx_helpers import (
        blueprint,
        internal,
        ipa,
        journey,
        kano,
        load_dataset,
        process,
        queueing,
        recovery,
        servqual,
        standards,
    )

    n: dict[str, list[str]] = {}

    # customers
    requests = standards.read_tickets(load_dataset("internal_requests"),
                                      source="internal_requests")
    suppliers, links = internal.suppliers(requests), internal.links(requests)
    done = requests[requests["resolved"].notna()].copy()
    hours = (done["resolved"] - done["created"]) / pd.Timedelta(hours=1)
    late = hours > done["target_hours"]
    group = np.where(done["supplier"] == "legal", "legal", "other")
    sat = done.groupby([group, late])["satisfaction"].mean()
    n["D1.2"] = [pct(suppliers.loc["legal", "on_time_rate"]),
                 fmt(suppliers.loc["legal", "satisfaction_mean"]),
                 fmt(requests["satisfaction"].mean()), fmt(sat[("legal", True)]),
                 fmt(sat[("other", True)]), fmt(sat[("other", False)])]
    op = links.loc[("operations", "procurement")]
    n["D1.3"] = [pct(suppliers.loc["procurement", "on_time_rate"]), pct(op["on_time_rate"]),
                 fmt(op["turnaround_p50"], 0), fmt(op["satisfaction_mean"])]
    assert links.loc[("it", "procurement"), "on_time_rate"] == 1
    assert links.loc[("marketing", "procurement"), "on_time_rate"] == 1
    n["D1.3"].append("100 %")

    # KANO
    responses = load_dataset("kano_it_service_desk")
    counts = kano.count(responses)
    ev = kano.evaluate(counts)
    order = kano.rank(counts)["priority"]
    sec = ev.loc["account_data_security"]
    assert ev["better"].rank(ascending=False)["account_data_security"] == 9
    assert order["account_data_security"] == 1
    n["D2.1"] = [fmt(sec["better"]), fmt(sec["worse"]), str(counts.loc["account_data_security",
                                                                       "M"])]
    bot = counts.loc["self_service_chatbot"]
    total = bot.sum()
    critical = 1.65 * math.sqrt((bot["A"] + bot["I"]) * (2 * total - bot["A"] - bot["I"])
                                / (2 * total))
    n["D2.2"] = [str(bot["A"]), str(bot["I"]), str(bot["R"]),
                 fmt(ev.loc["self_service_chatbot", "category_strength"]),
                 str(bot["A"] - bot["I"]), fmt(critical, 1)]
    small = rooms(15)
    fong = small["per_room"]["fong_significant"].unstack("attribute").mean()
    n["D2.3"] = [pct(small["all_agree"], 1), pct(small["agree"]["account_data_security"], 1),
                 pct(small["agree"]["self_service_chatbot"], 1),
                 pct(fong["account_data_security"], 1), pct(fong["self_service_chatbot"], 1)]
    call = counts.loc["mandatory_callback"]
    assert order["mandatory_callback"] == len(order)
    n["D2.5"] = [str(call["R"]), str(call["I"]),
                 fmt(ev.loc["mandatory_callback", "total_strength"]),
                 pct(ev.loc["mandatory_callback", "total_strength"])]

    # SERVQUAL
    bank = load_dataset("servqual_bank_branches").set_index("respondent")
    gaps = servqual.dimension_gaps(bank)
    mean_gap = gaps.mean()
    n["D3.1"] = [fmt(mean_gap["Responsiveness"]), fmt(mean_gap["Empathy"]),
                 fmt(mean_gap["Reliability"]), fmt(mean_gap["Assurance"]),
                 fmt(mean_gap["Tangibles"], sign=True),
                 fmt(gaps.groupby(bank["branch"]).mean()["Responsiveness"].min())]
    weights = bank[[f"importance_{d.lower()}" for d in servqual.DIMENSIONS]]
    points = weights.mean().set_axis(list(servqual.DIMENSIONS))
    n["D3.2"] = [fmt(servqual.unweighted_score(gaps), 3),
                 fmt(servqual.weighted_score(gaps, weights), 3),
                 fmt(servqual.weighted_score(gaps, weights, method="product_of_means"), 3),
                 *(fmt(p, 1) for p in points)]
    quadrants = ipa.quadrants(points, servqual.dimension_scores(bank).mean(), crosshair="mean")
    assert quadrants.loc["Empathy", "label"] == "Low priority"
    assert list(quadrants.index[quadrants["quadrant"] == "concentrate_here"]) == [
        "Responsiveness"]
    assert mean_gap.rank()["Empathy"] == 2
    n["D3.4"] = [fmt(mean_gap["Empathy"]), fmt(points["Empathy"], 1)]
    internal_survey = load_dataset("servqual_internal_services")
    dept = {s: servqual.dimension_gaps(part).mean()
            for s, part in internal_survey.groupby("supplier")}
    n["D3.5"] = [fmt(dept["IT"]["Responsiveness"]), fmt(dept["IT"]["Assurance"]),
                 fmt(dept["HR"]["Assurance"]), fmt(dept["HR"]["Responsiveness"])]

    # blueprints
    gov = blueprint.compare(blueprint.load("government_window_before"),
                            blueprint.load("government_window_after"))
    n["D4.1"] = [f"{gov.loc[row, 'before']:g} to {gov.loc[row, 'after']:g}"
                 for row in ("customer_time", "wait_time", "wait_points", "encounters",
                             "internal_handoffs")]
    assert gov.loc["fail_points", "change"] == 0
    n["D4.1"].append(f"stay at {gov.loc['fail_points', 'after']:g}")
    restaurant = blueprint.load("restaurant")
    m, frame = restaurant.metrics(), restaurant.time_frame().set_index("column")
    over = frame[frame["over"]]
    assert len(over) == 1
    n["D4.2"] = [f"{m['customer_time']:g}", f"{m['tolerance']:g}",
                 f"{over['total'].iloc[0]:g} minutes",
                 f"tolerance of {over['tolerance'].iloc[0]:g}",
                 f"{frame.loc[1, 'total']:g} minutes against {frame.loc[1, 'tolerance']:g}"]

    # journeys
    hotel = journey.load("hotel_check_in")
    curve = hotel.emotion_curve()
    n["D5.1"] = [fmt(curve["emotion"].mean(), sign=True), fmt(hotel.peak_end(), 1, True),
                 fmt(hotel.peak_end(peak="max"), 1, True)]
    people = curve.loc[curve["channel"] == "interpersonal", "emotion"]
    n["D5.2"] = [", ".join(fmt(e, 0, sign=e != 0) for e in people[:-1])
                 + f" and {fmt(people.iloc[-1], 0, sign=True)}",
                 fmt(hotel.lowest()["emotion"], 0)]
    data = hotel.to_dict()
    for stage in data["stages"]:
        for step in stage["steps"]:
            if step["blueprint_step"] == "C8":
                step["emotion"] = 0
    after = journey.JourneyMap.from_dict(data)
    n["D5.3"] = [f"from {len(hotel.pain_points())}\nto {len(after.pain_points())}",
                 f"({fmt(after.lowest()['emotion'], 0)})",
                 f"from {fmt(hotel.peak_end(), 1)} to {fmt(after.peak_end(), 1, True)}"]

    # process
    value_adding = ["Loan consultation", "Process transaction", "Hand over card"]
    before = process.load_log(load_dataset("bank_branch_events_before"))
    after_log = process.load_log(load_dataset("bank_branch_events_after"))
    comparison = process.compare(before, after_log, value_adding)
    cases_b = process.metrics(before, value_adding).cases
    cases_a = process.metrics(after_log, value_adding).cases
    wait = comparison.loc["waiting_time_mean"]

    def hourly(cases: pd.DataFrame, noon: bool) -> float:
        hour = cases["start"].dt.hour
        return cases.loc[(hour == 12) if noon else (hour >= 14), "waiting_time"].mean()

    n["D6.1"] = [f"{comparison.loc['cases', 'before']:g} visits",
                 f"{fmt(wait['before'], 1)} → {fmt(wait['after'], 1)} minutes",
                 f"({pct(wait['change_pct'] / 100)})",
                 f"{fmt(cases_b['waiting_time'].quantile(0.9), 1)} → "
                 f"{fmt(cases_a['waiting_time'].quantile(0.9), 1)}",
                 f"waited\n{fmt(cases_b['waiting_time'].median(), 1)} minutes",
                 f"{fmt(hourly(cases_b, True), 1)}\nminutes on average before and "
                 f"{fmt(hourly(cases_a, True), 1)} after",
                 f"{fmt(hourly(cases_b, False), 1)} before and {fmt(hourly(cases_a, False), 1)}"]
    no_queue = process.what_if(before, "Identify customer", wait_cut=1.0)
    staff = no_queue[no_queue["resource"].str.startswith(("teller", "back_office", "advisor"))]
    staff = staff.sort_values(["resource", "start"])
    double = int((staff["start"] < staff.groupby("resource")["end"].shift()).sum())
    cut = -process.compare(before, no_queue).loc["lead_time_mean", "change_pct"] / 100
    n["D6.4"] = [pct(cut), str(double)]

    # standards
    tickets = standards.read_tickets(load_dataset("it_service_desk_tickets"))
    by_channel = standards.kqi(tickets, by="channel", response_target=4)
    sla = by_channel["sla_compliance"]
    assert (sla[["phone", "chat", "walk_in"]] == 1).all()
    n["D7.2"] = [pct(sla["portal"], 1), pct(sla["email"], 1),
                 pct(standards.kqi(tickets, response_target=4)["sla_compliance"].iloc[0], 1),
                 f"{fmt(by_channel.loc['phone', 'response_p50'] * 60, 1)} minutes",
                 f"{fmt(by_channel.loc['email', 'response_p50'] * 60, 0)} minutes"]
    p3 = tickets[tickets["priority"] == "P3"]
    late3 = (p3["resolved"] > p3["promised"]) | (
        p3["resolved"].isna() & (p3["promised"] < pd.Timestamp("2026-07-01 18:00")))
    week = p3["created"].dt.to_period("W").dt.start_time.rename("week")
    weekly = late3.groupby(week).agg(late="sum", tickets="size")
    pooled = standards.p_chart(weekly["late"], weekly["tickets"])
    base = int((weekly.index < "2026-04-01").sum())
    frozen = standards.p_chart(weekly["late"], weekly["tickets"], baseline=base)
    first = frozen.index[frozen["signal"]][0]
    after_share = weekly.loc[weekly.index >= first]
    n["D7.3"] = [pct(pooled["center"].iloc[0], 1), pct(frozen["center"].iloc[0], 1),
                 f"week of {first.day} {first:%B}",
                 f"about {pct(after_share['late'].sum() / after_share['tickets'].sum())}"]
    alerts = ev.loc["proactive_outage_alerts"]
    assert ev["better"].idxmax() == "proactive_outage_alerts"
    n["D7.4"] = [fmt(alerts["better"]), fmt(alerts["worse"])]
    phone = standards.kqi(tickets[tickets["channel"] == "phone"], freq="MS",
                          response_target=15 / 60)["sla_compliance"]
    n["D7.5"] = [f"{month:%B} {pct(share, 1)}" for month, share in phone.items()]

    # recovery
    complaints, baseline = load_dataset("complaints"), load_dataset("complaint_baseline")
    quality = recovery.recovery_quality(complaints)
    fit = recovery.fit_of_compensation(complaints["severity"], complaints["compensation"])
    good = complaints[quality == "good"].groupby(fit[quality == "good"])[
        ["satisfaction_after", "repurchase"]].mean()
    n["D8.2"] = [fmt(good.loc["matched", "satisfaction_after"]),
                 pct(good.loc["matched", "repurchase"], 1),
                 fmt(good.loc["over", "satisfaction_after"]),
                 pct(good.loc["over", "repurchase"], 1), pct((fit == "under").mean(), 1)]
    paradox = recovery.paradox(complaints, baseline)["repurchase_rate"]
    n["D8.3"] = [pct(paradox[g], 1) for g in ("good", "no complaint", "slow",
                                              "under-compensated", "unresolved")]
    n["D8.3"].append(pct((quality == "good").mean(), 1))
    by_count = recovery.pareto(complaints)
    by_money = recovery.pareto(complaints, value="compensation_value")
    assert list(by_count.index[:3]) == ["long_wait", "fee_dispute", "app_outage"]
    assert list(by_money.index[:4]) == ["fee_dispute", "app_outage", "long_wait",
                                        "transaction_error"]
    n["D8.4"] = [*(pct(s, 1) for s in by_count["share"].iloc[:3]),
                 pct(by_count["cumulative"].iloc[2], 1),
                 *(pct(s, 1) for s in by_money["share"].iloc[:4])]

    # culture and empowerment
    from svcx_helpers import empowerment

    levels = load_dataset("authority_levels")
    matrix = empowerment.authority_matrix(levels)
    raise_ = empowerment.best_changes(complaints, matrix, cap=10_000,
                                      costs=empowerment.handling_costs(levels)).iloc[0]
    before = empowerment.fcr(complaints, matrix).loc["all", "fcr"]
    assert (raise_["role"], raise_["remedy"], raise_["new_limit"]) == (
        "online_agent", "fee_refund", 100)
    n["D10.2"] = [f"{raise_['added_cost_at_risk']:,.0f} yuan", f"settles {raise_['gain']} more",
                  f"from {pct(before, 1)} to {pct(raise_['fcr_after'], 1)}",
                  f"saves {raise_['handling_saved']:,.0f} yuan"]
    roles = empowerment.fcr(complaints, matrix, by="first_role")
    n["D10.4"] = [f"{roles.loc['online_agent', 'complaints']:,} of the "
                  f"{roles['complaints'].sum():,} resolved",
                  f"{pct(roles.loc['online_agent', 'fcr'], 1)} of them",
                  f"tellers settle {pct(roles.loc['branch_teller', 'fcr'], 1)}"]

    # queues
    hotline = load_dataset("hotline_arrivals")

    def aht(rows: pd.DataFrame) -> float:
        return (rows["arrivals"] * rows["aht_seconds"]).sum() / rows["arrivals"].sum()

    weekdays = hotline[~hotline["weekday"].isin(["Sat", "Sun"])]
    kinds = [weekdays[weekdays["date"] != "2026-03-10"], weekdays[weekdays["weekday"] == "Mon"],
             weekdays[weekdays["date"] == "2026-03-10"]]
    plans = [queueing.staffing_plan(rows.groupby("interval")["arrivals"].mean(), 30, aht(rows),
                                    20, 0.8, shrinkage=0.3) for rows in kinds]
    peaks = [int(p["agents"].max()) for p in plans]
    hours_ = [p["agents"].sum() / 2 for p in plans]
    flat = peaks[2] * 12
    n["D9.2"] = [f"{peaks[0]}\nagents", f"{peaks[1]} on a Monday", f"{peaks[2]} on payday",
                 f"{hours_[0]:g}, {hours_[1]:g}\nand {hours_[2]:g}", f"{flat} agent-hours",
                 pct(flat / hours_[2] - 1)]
    payday = hotline[hotline["date"] == "2026-03-10"].set_index("interval")
    morning = ["09:00", "09:30", "10:00", "10:30", "11:00", "11:30"]
    later = ["12:00", "12:30", "13:00", "13:30", "16:00", "16:30", "17:00", "17:30"]
    moved = payday.loc[morning, "arrivals"] * 0.2
    calls = payday["arrivals"].astype(float)
    calls[morning] -= moved
    calls[later] += moved.sum() / len(later)
    plan = queueing.staffing_plan(payday["arrivals"], 30, aht(payday), 20, 0.8, shrinkage=0.3)
    new = queueing.staffing_plan(calls, 30, aht(payday), 20, 0.8, shrinkage=0.3)
    assert new["agents"].sum() == plan["agents"].sum()
    n["D9.3"] = [f"from {plan['agents'].max()} to {new['agents'].max()} agents",
                 f"from {plan['scheduled'].max()}\nto {new['scheduled'].max()}",
                 f"stay at {plan['agents'].sum() / 2:g}"]
    small_q, large_q = (queueing.required_agents(a, 180, 20, 0.8) for a in (5, 80))
    n["D9.4"] = [f"5 Erlangs needs {small_q.agents}", pct(small_q.occupancy, 1),
                 f"80 Erlangs needs\n{large_q.agents}", pct(large_q.occupancy, 1)]
    return n


@cache
def computed() -> dict[str, list[str]]:
    return note_numbers()


@pytest.mark.parametrize("qid", ["D1.2", "D1.3", "D2.1", "D2.2", "D2.3", "D2.5", "D3.1",
                                 "D3.2", "D3.4", "D3.5", "D4.1", "D4.2", "D5.1", "D5.2",
                                 "D5.3", "D6.1", "D6.4", "D7.2", "D7.3", "D7.4", "D7.5",
                                 "D8.2", "D8.3", "D8.4", "D9.2", "D9.3", "D9.4",
                                 "D10.2", "D10.4"])
def test_numbers_in_the_answer_notes_match_the_library(qid: str) -> None:
    note = squash(answer_notes()[qid])
    assert "**Numbers.**" in answer_notes()[qid], qid
    for expected in computed()[qid]:
        assert squash(expected) in note, f"{qid}: {squash(expected)!r} not in the note"


def test_notes_with_numbers_are_all_checked() -> None:
    with_numbers = {q for q, note in answer_notes().items() if "**Numbers.**" in note}
    assert with_numbers == set(computed())


def test_small_room_numbers_in_the_guide_match_the_example() -> None:
    guide = squash(text(GUIDE))
    small, pooled = rooms(15), rooms(60)
    for share in (small["all_agree"], small["agree"]["account_data_security"],
                  small["agree"]["self_service_chatbot"], pooled["all_agree"],
                  pooled["agree"]["self_service_chatbot"], pooled["agree"]["loaner_laptop"],
                  pooled["agree"]["mandatory_callback"]):
        assert pct(share, 1) in guide, pct(share, 1)
    assert (pooled["agree"] >= 0.99).sum() == 9
    assert "nine of the twelve attributes agree with the full survey in 99 %" in guide
