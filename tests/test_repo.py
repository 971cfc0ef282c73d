"""Repository hygiene: notebooks committed without outputs; ruff clean; README commands."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def tracked_notebooks() -> list[Path]:
    out = subprocess.run(["git", "ls-files", "*.ipynb"], cwd=ROOT, capture_output=True,
                         text=True)
    files = out.stdout.split() if out.returncode == 0 else []
    found = {ROOT / f for f in files}
    for folder in ("book", "solutions", "exercises"):
        found |= set((ROOT / folder).rglob("*.ipynb"))
    return sorted(p for p in found if ".ipynb_checkpoints" not in p.parts and "_build"
                  not in p.parts)


def test_there_are_notebooks() -> None:
    names = {p.relative_to(ROOT).as_posix() for p in tracked_notebooks()}
    assert {"book/chapters/kano.ipynb", "solutions/kano.ipynb", "exercises/kano.ipynb"} <= names


@pytest.mark.parametrize("nb", tracked_notebooks(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_notebook_has_no_outputs(nb: Path) -> None:
    data = json.loads(nb.read_text(encoding="utf-8"))
    dirty = [i for i, c in enumerate(data["cells"]) if c["cell_type"] == "code"
             and (c.get("outputs") or c.get("execution_count"))]
    assert not dirty, f"{nb}: cells {dirty} have outputs; clear them before committing"


def test_ruff_clean() -> None:
    ruff = Path(sys.executable).with_name("ruff")
    out = subprocess.run([str(ruff), "check", str(ROOT)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_readme_has_the_two_commands_and_ci_calls_the_test_one() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "./kit start" in readme and "./kit test" in readme
    assert "./kit test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


@pytest.mark.parametrize("nb", sorted((ROOT / "book" / "chapters").glob("*.ipynb")),
                         ids=lambda p: p.name)
def test_every_chapter_figure_has_alt_text(nb: Path) -> None:
    """A code cell that draws a plot carries alt text for the web page (myst-nb)."""
    data = json.loads(nb.read_text(encoding="utf-8"))
    missing = []
    for i, cell in enumerate(data["cells"]):
        src = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        draws = cell["cell_type"] == "code" and any(
            k in src for k in (".plot_", "plt.plot", "plt.subplots", "ax.plot"))
        alt = cell.get("metadata", {}).get("mystnb", {}).get("image", {}).get("alt", "")
        if draws and "remove-output" not in cell.get("metadata", {}).get("tags", []) \
                and len(alt) < 20:
            missing.append(i)
    assert not missing, f"{nb.name}: cells {missing} draw a figure without alt text"
