"""Single-source exercises: generation rules, freshness of exercises/, no solution leaks."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from svcx_helpers.cli import ROOT, main
from svcx_helpers.grading import release as release


def test_strip_code_placeholders_per_assigned_name() -> None:
    src = ("counts = kano.count(df)\n### BEGIN SOLUTION\nev = kano.evaluate(counts)\n"
           "must_be = ev.index[ev.category == 'M'].tolist()\n### END SOLUTION\n")
    out = release.strip_code(src)
    assert out.splitlines() == ["counts = kano.count(df)", "ev = ...  # YOUR ANSWER HERE",
                                "must_be = ...  # YOUR ANSWER HERE"]


def test_strip_code_indentation_hidden_tests_and_no_assignment() -> None:
    src = ("def f():\n    ### BEGIN SOLUTION\n    x = 1\n    ### END SOLUTION\n    return x\n"
           "### BEGIN HIDDEN TESTS\nassert f() == 1\n### END HIDDEN TESTS\n"
           "### BEGIN SOLUTION\nkano.plot_better_worse(ev)\n### END SOLUTION")
    out = release.strip_code(src)
    assert "    x = ...  # YOUR ANSWER HERE" in out
    assert "assert" not in out and "plot_better_worse" not in out
    assert out.endswith("# YOUR ANSWER HERE")


def test_unbalanced_markers_are_errors() -> None:
    with pytest.raises(release.MarkerError):
        release.strip_code("### BEGIN SOLUTION\nx = 1\n")
    with pytest.raises(release.MarkerError):
        release.strip_markdown("<!-- BEGIN SOLUTION --> text")


def test_markdown_solution_and_solution_only_cells() -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("Why?\n<!-- BEGIN SOLUTION -->\nBecause.\n"
                                              "<!-- END SOLUTION -->"),
                nbformat.v4.new_markdown_cell("Trainer note", metadata={"tags": [
                    "solution-only"]})]
    ex = release.make_exercise(nb, "solutions/x.ipynb")
    assert len(ex.cells) == 1 and "Because" not in ex.cells[0].source
    assert release.TEXT_PLACEHOLDER in ex.cells[0].source


def test_exercises_are_fresh_and_leak_free() -> None:
    problems = release.release(ROOT / "solutions", ROOT / "exercises", check=True)
    assert not problems, "\n".join(p.message for p in problems)
    assert main(["release", "--check"]) == 0
    assert sorted(p.name for p in (ROOT / "solutions").glob("*.ipynb")) == \
        sorted(p.name for p in (ROOT / "exercises").glob("*.ipynb"))


def test_check_catches_stale_and_leaky_exercises(tmp_path: Path) -> None:
    sol, ex = tmp_path / "solutions", tmp_path / "exercises"
    sol.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("### BEGIN SOLUTION\nanswer = 6 * 7\n"
                                          "### END SOLUTION\ncheck('q', answer)")]
    nbformat.write(nb, sol / "a.ipynb")
    assert next(p.message for p in release.release(sol, ex, check=True)).endswith(
        "run `svcx release`")
    assert release.release(sol, ex) == []
    assert release.release(sol, ex, check=True) == []
    leaked = nbformat.read(ex / "a.ipynb", as_version=4)
    leaked.cells.append(nbformat.v4.new_code_cell("answer = 6 * 7"))
    (ex / "a.ipynb").write_text(release.dumps(leaked), encoding="utf-8")
    messages = [p.message for p in release.release(sol, ex, check=True)]
    assert any("differs" in m for m in messages)
    assert any("answer = 6 * 7" in m for m in messages)


def test_solutions_are_behind_toggles_in_the_book() -> None:
    """On the site, readers see each task first and open its solution on demand."""
    for path in sorted((ROOT / "solutions").glob("*.ipynb")):
        for i, cell in enumerate(nbformat.read(path, as_version=4).cells):
            if cell.cell_type == "code" and "### BEGIN SOLUTION" in cell.source:
                assert "hide-input" in cell.metadata.get("tags", []), (path.name, i)
            if cell.cell_type == "markdown" and "<!-- BEGIN SOLUTION -->" in cell.source:
                assert ":::{toggle}" in cell.source, (path.name, i)
