"""The learner bundle: ``svcx release --bundle OUT`` writes ``OUT/`` and ``OUT.zip``.

What a learner needs and nothing a trainer keeps to themselves:

* ``exercises/*.ipynb`` and ``exercises/zh/*.ipynb`` (verified fresh and leak-free first,
  as ``svcx release --check`` does);
* ``svcx-data/``: a copy of ``data/``, which :func:`svcx_helpers.core.data_dir` finds
  beside the working directory;
* ``svcx-<version>-py3-none-any.whl``: the helper package built from a temporary copy of
  the source **without** the trainer-only ``grading/hidden/`` (the hidden tests);
* ``START-HERE.md``: one page, English and Chinese, with the one command that installs the
  wheel and JupyterLab and opens the exercises.

No ``solutions/``, no trainer notes (cells tagged ``solution-only`` are never in
``exercises/``), no hidden tests.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from .release import Problem, release

TRAINER_ONLY = ("svcx_helpers/grading/hidden",)
"""Folders of the package left out of the learners' wheel."""
BUNDLE_MARK = "START-HERE.md"

UNIX = ("python3 -m venv .venv && .venv/bin/pip install ./{wheel} jupyterlab"
        " && .venv/bin/jupyter lab exercises")
"""The one command (macOS, Linux) that installs the bundle and opens the exercises."""
WINDOWS = ("py -m venv .venv && .venv\\Scripts\\pip install .\\{wheel} jupyterlab"
           " && .venv\\Scripts\\jupyter lab exercises")

START_HERE = """\
# svcx — customer-first service design: exercises

Install once and open the exercises (Python 3.10 or newer; the first run downloads
JupyterLab and the libraries from PyPI). In a terminal, in this folder:

**macOS / Linux**

```bash
{unix}
```

**Windows (Command Prompt, cmd)**

```
{windows}
```

Next time only `.venv/bin/jupyter lab exercises` (Windows: `.venv\\Scripts\\jupyter lab exercises`).

* `exercises/` — one notebook per topic (English); `exercises/zh/` — the same in Chinese.
* Run the cells from top to bottom. Write your answers where it says `# YOUR ANSWER HERE`;
  every `check(...)` cell tells you at once whether an answer is right, with a hint if not.
* `svcx-data/` — the course data the notebooks read. Keep it next to `exercises/`.
* Hand in the notebook file (`.ipynb`) as your trainer asks.

---

# svcx——以顾客为先的服务设计：练习

安装一次即可打开练习（需要 Python 3.10 或更高版本；第一次运行会从 PyPI 下载 JupyterLab
和所需的库）。在本文件夹中打开终端，运行：

**macOS / Linux**

```bash
{unix}
```

**Windows（命令提示符 cmd）**

```
{windows}
```

以后只需运行 `.venv/bin/jupyter lab exercises`（Windows：`.venv\\Scripts\\jupyter lab exercises`）。

* `exercises/zh/`：中文练习笔记本，每个主题一个；`exercises/`：英文版。
* 从上到下依次运行单元格，在 `# YOUR ANSWER HERE` 处写答案；每个 `check(...)`
  单元格会立即告诉你答案是否正确，答错时给出提示。
* `svcx-data/`：笔记本读取的课程数据，请与 `exercises/` 放在同一文件夹中。
* 按培训师的要求提交笔记本文件（`.ipynb`）。
"""


class BundleError(RuntimeError):
    """The bundle could not be written (stale exercises, a failed wheel build …)."""


def build_learner_wheel(root: Path, out: Path) -> Path:
    """``pip wheel`` of a temporary copy of the package without :data:`TRAINER_ONLY`;
    without build isolation when this environment's setuptools is new enough (offline)."""
    with tempfile.TemporaryDirectory(prefix="svcx-wheel-") as tmp:
        src = Path(tmp) / "src"
        src.mkdir()
        for name in ("pyproject.toml", "README.md"):
            shutil.copy2(root / name, src / name)
        shutil.copytree(root / "svcx_helpers", src / "svcx_helpers",
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        for folder in TRAINER_ONLY:
            shutil.rmtree(src / folder, ignore_errors=True)
        try:
            import setuptools
            new = int(setuptools.__version__.split(".")[0]) >= 77
        except ImportError:
            new = False
        isolation = ["--no-build-isolation"] if new else []
        out.mkdir(parents=True, exist_ok=True)
        before = set(out.glob("svcx-*.whl"))
        done = subprocess.run([sys.executable, "-m", "pip", "wheel", str(src), "--no-deps",
                               "-q", "-w", str(out), *isolation],
                              capture_output=True, text=True, timeout=300)
        if done.returncode != 0:
            raise BundleError(done.stderr[-3000:])
    wheels = sorted(set(out.glob("svcx-*.whl")) - before) or sorted(out.glob("svcx-*.whl"))
    return wheels[-1]


def write_bundle(out: Path | str, root: Path) -> Path:
    """Write the learner bundle ``out/`` and ``out.zip`` from the checkout ``root``;
    returns the zip. Raises :class:`BundleError` if ``exercises/`` is stale or leaks."""
    out = Path(out).resolve()
    problems: list[Problem] = release(root / "solutions", root / "exercises", check=True)
    if (root / "solutions" / "zh").is_dir():
        problems += release(root / "solutions" / "zh", root / "exercises" / "zh", check=True)
    if problems:
        raise BundleError("\n".join(p.message for p in problems))
    if out.exists():
        if any(out.iterdir()) and not (out / BUNDLE_MARK).exists():
            raise BundleError(f"{out} exists and is not a learner bundle; choose another folder")
        shutil.rmtree(out)
    (out / "exercises" / "zh").mkdir(parents=True)
    for sub in ("", "zh"):
        for nb in sorted((root / "exercises" / sub).glob("*.ipynb")):
            shutil.copy2(nb, out / "exercises" / sub / nb.name)
    shutil.copytree(root / "data", out / "svcx-data",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    wheel = build_learner_wheel(root, out)
    page = START_HERE.format(unix=UNIX.format(wheel=wheel.name),
                             windows=WINDOWS.format(wheel=wheel.name))
    (out / BUNDLE_MARK).write_text(page, encoding="utf-8")
    archive = out.with_name(out.name + ".zip")
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(out.rglob("*")):
            if path.is_file():
                zf.write(path, Path(out.name) / path.relative_to(out))
    return archive
