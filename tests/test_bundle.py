"""The learner bundle (``svcx release --bundle OUT``): what learners get and nothing more.

* it is written: exercises in both languages, ``svcx-data/``, the wheel, START-HERE.md, a zip;
* it installs in a fresh virtual environment outside the repository and the KANO exercise
  (English and Chinese) runs top to bottom there, every ``check()`` saying "unanswered";
* no solution line, hidden test or trainer note is anywhere in it;
* a notebook completed from the bundle is graded by ``svcx grade`` as the solution is.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import nbformat
import pytest

from svcx_helpers.grading import batch, load_bank, release
from svcx_helpers.grading.bundle import UNIX, BundleError, write_bundle

ROOT = Path(__file__).resolve().parents[1]
MIN_LINE = 20  # solution lines longer than this must not appear anywhere in the bundle


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundle") / "svcx-learners"
    try:
        write_bundle(out, ROOT)
    except BundleError as exc:
        if "No matching distribution" in str(exc):
            pytest.skip("no setuptools>=77 to build with (offline, and the venv's is too old)")
        raise
    return out


def _wheel(bundle: Path) -> Path:
    return next(bundle.glob("svcx-*.whl"))


def _wheel_texts(bundle: Path) -> dict[str, str]:
    with zipfile.ZipFile(_wheel(bundle)) as zf:
        return {n: zf.read(n).decode("utf-8", "replace") for n in zf.namelist()}


def _bundle_notebooks(bundle: Path) -> list[Path]:
    return sorted((bundle / "exercises").rglob("*.ipynb"))


def test_bundle_is_written(bundle: Path) -> None:
    names = {p.name for p in bundle.iterdir()}
    assert names == {"exercises", "svcx-data", "START-HERE.md", _wheel(bundle).name}
    for sub in ("", "zh"):
        assert sorted(p.name for p in (bundle / "exercises" / sub).glob("*.ipynb")) == \
            sorted(p.name for p in (ROOT / "exercises" / sub).glob("*.ipynb"))
    assert (bundle / "svcx-data" / "kano_it_service_desk.csv").is_file()
    assert (bundle / "svcx-data" / "blueprints").is_dir()
    page = (bundle / "START-HERE.md").read_text(encoding="utf-8")
    assert UNIX.format(wheel=_wheel(bundle).name) in page and "安装" in page
    archive = bundle.with_name(bundle.name + ".zip")
    listed = set(zipfile.ZipFile(archive).namelist())
    assert listed == {f"{bundle.name}/{p.relative_to(bundle)}" for p in bundle.rglob("*")
                      if p.is_file()}
    wheel = _wheel_texts(bundle)
    assert "svcx_helpers/questions/kano.py" in wheel and "svcx_helpers/grading/checks.py" in wheel
    assert not any("grading/hidden" in n for n in wheel)


def _secrets() -> tuple[set[str], set[str]]:
    """(solution and hidden-test lines, trainer-note lines) of solutions/ and solutions/zh/,
    longer than MIN_LINE."""
    solution, notes = set(), set()
    for path in sorted((ROOT / "solutions").rglob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        solution |= release.solution_lines(nb)
        for cell in nb.cells:
            if release.SOLUTION_ONLY_TAG in cell.get("metadata", {}).get("tags", []):
                notes |= {s.strip() for s in cell.source.split("\n")}
    return ({s for s in solution if len(s) > MIN_LINE}, {s for s in notes if len(s) > MIN_LINE})


def _hidden_test_names() -> set[str]:
    names = set()
    for path in (ROOT / "svcx_helpers" / "grading" / "hidden").glob("[a-z]*.py"):
        module = importlib.import_module(f"svcx_helpers.grading.hidden.{path.stem}")
        for tests in module.HIDDEN.values():
            names |= {test.test.__name__ for test in tests}
    return names


def test_no_solution_hidden_test_or_trainer_note_in_the_bundle(bundle: Path) -> None:
    solution, notes = _secrets()
    assert len(solution) > 100  # (no solution has a trainer note today: notes may be empty)
    hidden = _hidden_test_names()
    assert "_names_a_category" in hidden and len(hidden) >= 15
    found = []
    for path in _bundle_notebooks(bundle):
        for cell in nbformat.read(path, as_version=4).cells:
            assert release.SOLUTION_ONLY_TAG not in cell.get("metadata", {}).get("tags", [])
            found += [(path.name, s) for line in cell.source.split("\n")
                      if (s := line.strip()) in solution | notes]
    for name, text in _wheel_texts(bundle).items():
        found += [(name, s) for line in text.split("\n") if (s := line.strip()) in solution]
        assert "HiddenTest(" not in text, name
        found += [(name, h) for h in hidden if re.search(rf"\b{h}\b", text)]
    assert found == []


SCRIPT = r"""
import json, os, sys
from pathlib import Path
import nbformat
from nbclient import NotebookClient

import svcx_helpers
where = Path(svcx_helpers.__file__).resolve()
assert where.is_relative_to(Path(sys.prefix).resolve()), where
assert not where.is_relative_to(Path(os.environ["SVCX_CHECKOUT"])), where
from svcx_helpers.core import data_dir
out = {"package": str(where)}
for rel in sys.argv[1:]:
    path = Path(rel).resolve()
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    statuses = []
    for cell in nb.cells:
        for o in cell.get("outputs", []):
            html = o.get("data", {}).get("text/html", "")
            statuses += __import__("re").findall(r'class="svcx-feedback svcx-(\w+)"', html)
            assert o.get("output_type") != "error", o
    out[rel] = statuses
print(json.dumps(out))
"""


def test_installs_outside_the_repository_and_kano_runs_in_both_languages(
        bundle: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    done = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install",
                           "--no-deps", "--no-index", "-q", str(_wheel(bundle))],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    # the dependencies from this environment's site-packages (not its editable finder)
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; "
                                "print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    (site / "svcx_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "SVCX_ROOT", "VIRTUAL_ENV", "PYTHONHOME",
                        "SVCX_DATA_DIR", "SVCX_STRICT")}
    env.update(SVCX_CHECKOUT=str(ROOT), MPLBACKEND="Agg", HOME=str(tmp_path),
               PATH=f"{env_dir / 'bin'}{os.pathsep}{env.get('PATH', '')}")
    notebooks = ["exercises/kano.ipynb", "exercises/zh/kano.ipynb"]
    run = subprocess.run([str(python), "-c", SCRIPT, *notebooks], cwd=bundle, env=env,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert Path(result["package"]).is_relative_to(env_dir.resolve())
    for nb in notebooks:
        assert len(result[nb]) >= 8, (nb, result[nb])
        assert set(result[nb]) == {"unanswered"}, (nb, result[nb])


def _completed(bundle_nb: Path, solution: Path) -> nbformat.NotebookNode:
    """The bundle's exercise with each answer cell replaced by the solution's cell (by id)."""
    nb = nbformat.read(bundle_nb, as_version=4)
    model = {c.id: c.source for c in nbformat.read(solution, as_version=4).cells}
    n = 0
    for cell in nb.cells:
        if release.PLACEHOLDER in cell.source and cell.id in model:
            cell.source = model[cell.id]
            n += 1
    assert n >= 5, n
    return nb


def test_a_notebook_completed_from_the_bundle_grades_like_the_solution(
        bundle: Path, tmp_path: Path) -> None:
    subs = tmp_path / "subs"
    subs.mkdir()
    shutil.copy2(ROOT / "solutions" / "kano.ipynb", subs / "solution.ipynb")
    nbformat.write(_completed(bundle / "exercises" / "kano.ipynb",
                              ROOT / "solutions" / "kano.ipynb"), subs / "bundle.ipynb")
    results = {r.learner: r for r in batch.grade(subs, "kano", tmp_path / "out", workers=2,
                                                 timeout=120, progress=False)}
    assert results["solution"].status == "graded", results["solution"].reason
    assert results["bundle"].status == "graded", results["bundle"].reason
    assert results["bundle"].total == results["solution"].total
    assert results["solution"].total == round(sum(q.points for q in load_bank("kano")), 2)
