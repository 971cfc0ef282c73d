"""Generate the learners' exercise notebooks from the solution notebooks (single source).

The format (documented in the book's trainer pages):

* In a **code cell**, the lines between ``### BEGIN SOLUTION`` and ``### END SOLUTION``
  are the solution. In the exercise they become one placeholder line per name the
  solution assigns at its top level — ``name = ...  # YOUR ANSWER HERE`` — so the
  following ``check(...)`` cell runs and says "not answered yet". A region that assigns
  nothing becomes ``# YOUR ANSWER HERE``.
* Lines between ``### BEGIN HIDDEN TESTS`` and ``### END HIDDEN TESTS`` are removed.
* In a **markdown cell**, text between ``<!-- BEGIN SOLUTION -->`` and
  ``<!-- END SOLUTION -->`` becomes "*Write your answer here.*".
* A cell tagged ``solution-only`` (e.g. trainer notes) is left out of the exercise.
* Outputs and execution counts are cleared; the JSON is written deterministically.

``release()`` writes ``exercises/``; ``release(check=True)`` writes nothing and reports
exercises that are missing, stale, or contain a solution or hidden-test line.

Example
-------
>>> src = "x = 1\\n### BEGIN SOLUTION\\nanswer = x + 1\\n### END SOLUTION\\n"
>>> print(strip_code(src))
x = 1
answer = ...  # YOUR ANSWER HERE
<BLANKLINE>
"""

from __future__ import annotations

import ast
import copy
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat

from ..i18n import t

BEGIN_SOLUTION = re.compile(r"^\s*###\s*BEGIN SOLUTION\s*$", re.IGNORECASE)
END_SOLUTION = re.compile(r"^\s*###\s*END SOLUTION\s*$", re.IGNORECASE)
BEGIN_HIDDEN = re.compile(r"^\s*###\s*BEGIN HIDDEN TESTS\s*$", re.IGNORECASE)
END_HIDDEN = re.compile(r"^\s*###\s*END HIDDEN TESTS\s*$", re.IGNORECASE)
MD_BEGIN = re.compile(r"<!--\s*BEGIN SOLUTION\s*-->", re.IGNORECASE)
MD_END = re.compile(r"<!--\s*END SOLUTION\s*-->", re.IGNORECASE)
PLACEHOLDER = "# YOUR ANSWER HERE"
TEXT_PLACEHOLDER = "*Write your answer here.*"
SOLUTION_ONLY_TAG = "solution-only"


class MarkerError(ValueError):
    """A BEGIN marker without its END (or the reverse)."""


def _assigned_names(code: str) -> list[str]:
    """Top-level names assigned in ``code`` (in order, without duplicates)."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return list(dict.fromkeys(re.findall(r"^([A-Za-z_]\w*)\s*(?::[^=]+)?=(?!=)", code,
                                             re.MULTILINE)))
    names: list[str] = []
    for node in tree.body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
            targets = [node.target]
        for target in targets:
            elts = target.elts if isinstance(target, (ast.Tuple, ast.List)) else [target]
            names += [e.id for e in elts if isinstance(e, ast.Name)]
    return list(dict.fromkeys(names))


def _regions(lines: list[str], begin: re.Pattern[str], end: re.Pattern[str]
             ) -> list[tuple[int, int]]:
    """(begin, end) line indices of each marked region; raises MarkerError if unbalanced."""
    out, start = [], None
    for i, line in enumerate(lines):
        if begin.match(line):
            if start is not None:
                raise MarkerError(begin.pattern)
            start = i
        elif end.match(line):
            if start is None:
                raise MarkerError(end.pattern)
            out.append((start, i))
            start = None
    if start is not None:
        raise MarkerError(begin.pattern)
    return out


def strip_code(source: str) -> str:
    """Exercise version of a code cell's source (see module docstring)."""
    lines = source.split("\n")
    for a, b in reversed(_regions(lines, BEGIN_HIDDEN, END_HIDDEN)):
        del lines[a:b + 1]
    for a, b in reversed(_regions(lines, BEGIN_SOLUTION, END_SOLUTION)):
        body = lines[a + 1:b]
        indent = re.match(r"\s*", lines[a]).group(0)  # type: ignore[union-attr]
        dedented = "\n".join(line[len(indent):] if line.startswith(indent) else line
                             for line in body)
        names = _assigned_names(dedented)
        repl = ([f"{indent}{n} = ...  {PLACEHOLDER}" for n in names] if names
                else [f"{indent}{PLACEHOLDER}"])
        lines[a:b + 1] = repl
    return "\n".join(lines)


def strip_markdown(source: str) -> str:
    """Exercise version of a markdown cell's source."""
    pattern = re.compile(MD_BEGIN.pattern + r".*?" + MD_END.pattern, re.IGNORECASE | re.DOTALL)
    if len(MD_BEGIN.findall(source)) != len(MD_END.findall(source)):
        raise MarkerError(MD_BEGIN.pattern)
    return pattern.sub(TEXT_PLACEHOLDER, source)


def solution_lines(nb: nbformat.NotebookNode) -> set[str]:
    """Stripped, non-trivial lines inside solution and hidden-test regions of ``nb``."""
    found: set[str] = set()
    for cell in nb.cells:
        lines = cell.source.split("\n")
        if cell.cell_type == "code":
            regions = (_regions(lines, BEGIN_SOLUTION, END_SOLUTION)
                       + _regions(lines, BEGIN_HIDDEN, END_HIDDEN))
            for a, b in regions:
                found |= {s.strip() for s in lines[a + 1:b]}
        elif cell.cell_type == "markdown":
            for m in re.finditer(MD_BEGIN.pattern + r"(.*?)" + MD_END.pattern, cell.source,
                                 re.IGNORECASE | re.DOTALL):
                found |= {s.strip() for s in m.group(1).split("\n")}
    trivial = {"", "...", "pass", "#", "```", "else:", "try:", "return", ")", "]", "}"}
    return {s for s in found if s not in trivial and not s.startswith("#") and len(s) > 3}


def make_exercise(nb: nbformat.NotebookNode, source_name: str) -> nbformat.NotebookNode:
    """The exercise notebook generated from solution notebook ``nb``."""
    out = copy.deepcopy(nb)
    cells = []
    for cell in out.cells:
        if SOLUTION_ONLY_TAG in cell.get("metadata", {}).get("tags", []):
            continue
        if cell.cell_type == "code":
            cell.source = strip_code(cell.source)
            cell.outputs = []
            cell.execution_count = None
            tags = [x for x in cell.metadata.get("tags", []) if x not in ("hide-input",)]
            if tags:
                cell.metadata["tags"] = tags
            else:
                cell.metadata.pop("tags", None)
        elif cell.cell_type == "markdown":
            cell.source = strip_markdown(cell.source)
        cells.append(cell)
    out.cells = cells
    out.metadata.pop("widgets", None)
    lang = out.metadata.get("svcx", {}).get("lang")
    out.metadata["svcx"] = {"generated_from": source_name,
                            "note": "generated by `svcx release`; edit the solution instead"}
    if lang:  # the Chinese edition: svcx grade writes feedback in the notebook's language
        out.metadata["svcx"]["lang"] = lang
    track = nb.metadata.get("svcx", {}).get("track")
    if track:  # "nocode": answered with answer cards
        out.metadata["svcx"]["track"] = track
    return out


def dumps(nb: nbformat.NotebookNode) -> str:
    """Deterministic JSON of a notebook (cell ids kept from the source, sorted keys)."""
    data = json.loads(nbformat.writes(nb, version=4))
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


@dataclass
class Problem:
    path: str
    message: str


def release(solutions: Path | str = "solutions", exercises: Path | str = "exercises",
            check: bool = False) -> list[Problem]:
    """Write (or, with ``check``, verify) ``exercises/`` from ``solutions/``."""
    solutions, exercises = Path(solutions), Path(exercises)
    problems: list[Problem] = []
    for src in sorted(solutions.glob("*.ipynb")):
        nb = nbformat.read(src, as_version=4)
        target = exercises / src.name
        try:
            text = dumps(make_exercise(nb, f"{solutions.name}/{src.name}"))
            secret = solution_lines(nb)
        except MarkerError as exc:
            problems.append(Problem(str(src), t("release.unbalanced", path=src, cell="?",
                                                marker=str(exc), other="END/BEGIN")))
            continue
        if not check:
            exercises.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            continue
        if not target.exists():
            problems.append(Problem(str(target), t("release.missing", path=target)))
            continue
        current = target.read_text(encoding="utf-8")
        if current != text:
            problems.append(Problem(str(target), t("release.stale", path=target)))
        problems += find_leaks(target, secret)
    return problems


def find_leaks(exercise: Path, secret: set[str]) -> list[Problem]:
    """Solution or hidden-test lines (or markers) that appear in an exercise notebook."""
    problems = []
    nb: Any = nbformat.read(exercise, as_version=4)
    markers = (BEGIN_SOLUTION, END_SOLUTION, BEGIN_HIDDEN, END_HIDDEN, MD_BEGIN, MD_END)
    for i, cell in enumerate(nb.cells, start=1):
        for line in cell.source.split("\n"):
            s = line.strip()
            if s in secret or any(m.search(line) for m in markers):
                problems.append(Problem(str(exercise), t("release.leak", path=exercise,
                                                         cell=i, line=s)))
    return problems
