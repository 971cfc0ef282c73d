"""The wheel works outside the repository: every subpackage is in it, and in a fresh
virtual environment (not the checkout's editable install) ``check()`` passes a KANO model
answer with the data found through ``SVCX_DATA_DIR``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = r"""
import os, sys
from pathlib import Path
import svcx_helpers
from svcx_helpers import check, kano, load_dataset

where = Path(svcx_helpers.__file__).resolve()
assert where.is_relative_to(Path(sys.prefix).resolve()), where
assert not where.is_relative_to(Path(os.environ["SVCX_CHECKOUT"])), where
c = kano.count(load_dataset("kano_it_service_desk")).loc["proactive_outage_alerts"]
better = (c["A"] + c["O"]) / (c["A"] + c["O"] + c["M"] + c["I"])
fb = check("kano.t4_better", float(better))
assert fb.passed, fb.text()
print("OK", where)
"""


def _build(src: Path, out: Path) -> Path:
    """``pip wheel`` of a copy of the package (the checkout stays untouched); without build
    isolation when the environment's setuptools is new enough for pyproject.toml."""
    import setuptools

    isolation = [] if int(setuptools.__version__.split(".")[0]) < 77 else \
        ["--no-build-isolation"]
    cmd = [sys.executable, "-m", "pip", "wheel", str(src), "--no-deps", "-q", "-w", str(out),
           *isolation]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    if done.returncode != 0 and not isolation and "No matching distribution" in done.stderr:
        pytest.skip("no setuptools>=77 to build with (offline, and the venv's is too old)")
    assert done.returncode == 0, done.stderr[-3000:]
    return next(out.glob("svcx-*.whl"))


def test_wheel_installs_and_checks_outside_the_checkout(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    shutil.copytree(ROOT / "svcx_helpers", src / "svcx_helpers",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    wheel = _build(src, tmp_path / "dist")

    names = zipfile.ZipFile(wheel).namelist()
    for folder in ("grading", "publish", "plots", "i18n", "questions"):
        assert any(n.startswith(f"svcx_helpers/{folder}/") and n.endswith(".py")
                   for n in names), folder
    assert "svcx_helpers/py.typed" in names
    assert "svcx_helpers/questions/kano.py" in names and "svcx_helpers/cli.py" in names

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    done = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install",
                           "--no-deps", "--no-index", "-q", str(wheel)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    # the dependencies (pandas …) from this environment's site-packages; a directory named
    # in a .pth file is only put on sys.path: its own .pth files (the checkout's editable
    # finder among them) are not run
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; "
                                "print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    (site / "svcx_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    data = tmp_path / "svcx-data-copy"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("__pycache__"))
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "SVCX_ROOT", "VIRTUAL_ENV", "PYTHONHOME")}
    env.update(SVCX_DATA_DIR=str(data), SVCX_CHECKOUT=str(ROOT), MPLBACKEND="Agg")
    run = subprocess.run([str(python), "-c", SCRIPT], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.startswith("OK")
