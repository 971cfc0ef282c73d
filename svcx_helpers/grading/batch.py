"""Grade a whole class: ``svcx grade SUBMISSIONS --assignment NAME --out RESULTS``.

How it works (see the trainer page of the book for the full story):

1. **Collect.** Every ``*.ipynb`` under SUBMISSIONS (or inside a ``.zip`` exported by an
   LMS) is one learner's submission. The learner id comes from the file name, or from
   Moodle's folder names / Canvas's file names. Each file is hashed (SHA-256).
2. **Run** each notebook in its own kernel process (:mod:`svcx_helpers.grading.sandbox`)
   inside a bubblewrap sandbox: it sees only the system, Python and the library
   (read-only), the data (read-only) and one private work folder holding the copy of
   its notebook; no network, its own process namespace, an unprivileged user, no
   capabilities; with a wall-clock time limit, memory, CPU, process and file-size
   limits and a clean environment. It talks to the grader over IPC sockets in its work
   folder. Without bubblewrap the command refuses, unless ``--no-isolation``. Cells run
   in order; an error in one cell does not stop the next.
3. **Collect answers as data.** Tasks are found by their id — the ``check("id", expr)``
   calls in the notebook's code — not by cell position, so added, moved, duplicated or
   deleted cells do not break grading. After a task's cell has run, the grader asks the
   kernel for the value of ``expr`` as JSON (:mod:`svcx_helpers.grading.payload`).
4. **Decide outside the kernel.** The grader process compares each answer with the
   expected answer computed by the library from the course data
   (:func:`svcx_helpers.grading.checks.grade_answer`), including hidden tests. Redefining
   ``check``, patching ``svcx_helpers`` in the kernel or editing the notebook's metadata
   cannot change a grade.
5. **Write** ``gradebook.csv``, ``results.csv``, ``moodle.csv``, ``canvas.csv`` and
   ``feedback/<learner>.html`` to RESULTS. Unchanged submissions already graded with the
   same question bank are not run again.

Faults — invalid JSON, no tasks, endless loops, ``sys.exit``/``os._exit``, memory
exhaustion, floods of output or files, a killed kernel — give the learner's row a status
(``invalid``, ``no-tasks``, ``timeout``, ``memory``, ``output-limit``, ``kernel-died``)
and a readable reason; the run goes on.
"""

from __future__ import annotations

import ast
import contextlib
import csv
import hashlib
import html
import json
import os
import queue
import re
import shutil
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..core import PACKAGE_DIR
from ..i18n import language, t
from .payload import MIME, Opaque, from_payload

OK_STATUSES = ("graded",)
FAULT_STATUSES = ("invalid", "no-tasks", "timeout", "memory", "output-limit", "kernel-died",
                  "error")
OUTPUT_LIMIT_BYTES = 20 * 1024 * 1024
CACHE_NAME = ".svcx-grade-cache.json"


# --------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------
@dataclass
class TaskResult:
    task: str
    points: float
    max_points: float
    status: str
    message: str = ""
    hint: str = ""


@dataclass
class SubmissionResult:
    learner: str
    file: str
    sha256: str
    status: str = "graded"
    reason: str = ""
    seconds: float = 0.0
    tasks: list[TaskResult] = field(default_factory=list)
    cached: bool = False
    lang: str = "en"
    """The submission's language (its notebook's ``metadata.svcx.lang``): messages, hints
    and the feedback page are written in it."""
    sandbox: str = "bwrap"
    """``bwrap`` when the kernel ran in a bubblewrap sandbox; ``none`` when it was graded
    with ``--no-isolation`` (limits and the audit hook only)."""

    @property
    def total(self) -> float:
        return round(sum(r.points for r in self.tasks), 2)

    @property
    def max_total(self) -> float:
        return round(sum(r.max_points for r in self.tasks), 2)


@dataclass
class Submission:
    learner: str
    path: Path
    display_name: str
    lms_id: str = ""


# --------------------------------------------------------------------------------------
# 1. Collect
# --------------------------------------------------------------------------------------
_MOODLE = re.compile(r"^(?P<name>.+?)_(?P<id>\d+)_assignsubmission_")
_CANVAS = re.compile(r"^(?P<name>[a-z0-9]+?)(?:_late)?_(?P<id>\d+)_(?P<sub>\d+)_", re.I)


def learner_id(relative: Path) -> tuple[str, str]:
    """(learner id, LMS user id) from a submission's path relative to SUBMISSIONS.

    Moodle: ``Jane Doe_1234_assignsubmission_file_/kano.ipynb`` → ``Jane Doe_1234``.
    Canvas: ``doejane_1234_5678_kano.ipynb`` → ``doejane_1234``. Otherwise the top
    folder name, or the file name without ``.ipynb``.
    """
    for part in relative.parts[:-1]:
        m = _MOODLE.match(part)
        if m:
            return f"{m['name']}_{m['id']}", m["id"]
    m = _CANVAS.match(relative.name)
    if m:
        return f"{m['name']}_{m['id']}", m["id"]
    if len(relative.parts) > 1:
        return relative.parts[0], ""
    return relative.stem, ""


def collect(source: Path, workdir: Path) -> list[Submission]:
    """All submissions in a folder or a zip file (extracted into ``workdir``)."""
    if source.is_file() and source.suffix.lower() == ".zip":
        target = workdir / "unzipped"
        with zipfile.ZipFile(source) as zf:
            for member in zf.infolist():
                name = Path(member.filename)
                if member.is_dir() or name.is_absolute() or ".." in name.parts:
                    continue
                dest = target / name
                dest.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(member) as src, open(dest, "wb") as out:
                    shutil.copyfileobj(src, out)
        root = target
    elif source.is_dir():
        root = source
    else:
        raise ValueError(t("grade.no_submissions", path=source))
    found = sorted(p for p in root.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts
                   and not any(part.startswith("__MACOSX") for part in p.parts))
    subs: list[Submission] = []
    seen: dict[str, int] = {}
    for path in found:
        rel = path.relative_to(root)
        learner, lms = learner_id(rel)
        seen[learner] = seen.get(learner, 0) + 1
        if seen[learner] > 1:
            learner = f"{learner}-{seen[learner]}"
        subs.append(Submission(learner, path, rel.as_posix(), lms))
    return subs


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# --------------------------------------------------------------------------------------
# 2./3. Run a notebook in a sandboxed kernel and collect the answers
# --------------------------------------------------------------------------------------
def find_tasks(source: str) -> list[tuple[str, str]]:
    """``(task id, answer expression)`` of every ``check("id", expr)`` call in a cell."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        # IPython magics or a learner's syntax error: fall back to a line scan
        out = []
        for m in re.finditer(r"""check\(\s*["']([\w.\-]+)["']\s*,\s*(.+)\)\s*$""", source,
                             re.MULTILINE):
            out.append((m.group(1), m.group(2)))
        return out
    out = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr",
                                                                           None)) == "check"
                and len(node.args) >= 2 and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)):
            expr = ast.get_source_segment(source, node.args[1])
            if expr:
                out.append((node.args[0].value, expr))
    return out


class _Fault(Exception):
    def __init__(self, status: str, reason: str) -> None:
        super().__init__(reason)
        self.status, self.reason = status, reason


# What a kernel that ran out of memory leaves in its log: Python's MemoryError, a thread
# that could not start (its stack is address space too), C and C++ allocation failures.
_MEMORY_SIGNS = ("MemoryError", "can't start new thread", "Cannot allocate memory",
                 "std::bad_alloc", "out of memory")


def diagnose_stop(log_path: Path, *, memory_mb: int, garbled: bool = False) -> _Fault:
    """Why did the kernel stop (or send a message cut in half)? Read its log: a kernel that
    ran out of memory under ``RLIMIT_AS`` often dies not with a MemoryError in the cell but
    in its output thread — as a flood of ``print`` does when the unsent output fills memory —
    and that is still "memory", not a mysterious crash."""
    try:
        tail = log_path.read_text(encoding="utf-8", errors="replace")[-20_000:]
    except OSError:
        tail = ""
    if any(sign in tail for sign in _MEMORY_SIGNS):
        return _Fault("memory", t("grade.memory", mb=memory_mb))
    return _Fault("kernel-died", t("grade.garbled" if garbled else "grade.died"))


def _world_readable(path: Path) -> bool:
    """Can user ``nobody`` read and traverse every folder on the way to ``path``?"""
    for p in [path, *path.parents]:
        try:
            if not os.stat(p).st_mode & 0o005:
                return False
        except OSError:
            return False
    return True


def _sandbox_user() -> tuple[int, int] | None:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return None
    import pwd

    try:
        pw = pwd.getpwnam("nobody")
    except KeyError:
        return None
    package = PACKAGE_DIR
    if not (_world_readable(package) and _world_readable(Path(sys.executable).resolve())):
        return None
    return pw.pw_uid, pw.pw_gid


def _kernel_spec_dir(base: Path, prefix: Sequence[str] = ()) -> Path:
    spec = base / "kernels" / "svcx-sandbox"
    spec.mkdir(parents=True, exist_ok=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [*prefix, sys.executable, "-m", "svcx_helpers.grading.sandbox", "-f",
                 "{connection_file}"],
        "display_name": "svcx grading sandbox", "language": "python"}), encoding="utf-8")
    return base / "kernels"


SANDBOX_GID = 65534
SANDBOX_UID_BASE = 3_000_000
"""As root, each sandboxed kernel runs under a user id of its own that no account uses
(``SANDBOX_UID_BASE`` + a slot), so that ``RLIMIT_NPROC`` counts its processes alone."""
_uids_in_use: set[int] = set()
_uid_lock = threading.Lock()


@contextlib.contextmanager
def _sandbox_uid() -> Any:
    with _uid_lock:
        uid = SANDBOX_UID_BASE + (os.getpid() % 1000) * 1000
        while uid in _uids_in_use:
            uid += 1
        _uids_in_use.add(uid)
    try:
        yield uid
    finally:
        with _uid_lock:
            _uids_in_use.discard(uid)


def _work_folder_bytes(folder: Path) -> int:
    total = 0
    stack = [folder]
    while stack:
        try:
            entries = list(os.scandir(stack.pop()))
        except OSError:
            continue
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(Path(entry.path))
                else:
                    total += entry.stat(follow_symlinks=False).st_blocks * 512
            except OSError:
                continue
    return total


def _matplotlib_font_cache(target: Path) -> None:
    """Copy the grader's matplotlib font list into the kernel's cache folder, so that each
    kernel does not rebuild it (seconds with many fonts installed)."""
    try:
        import matplotlib

        source = Path(matplotlib.get_cachedir())
    except Exception:  # no matplotlib or no cache: the kernel builds its own
        return
    target.mkdir(parents=True, exist_ok=True)
    for font_list in source.glob("fontlist-*.json"):
        with contextlib.suppress(OSError):
            shutil.copyfile(font_list, target / font_list.name)


def _chown_tree(folder: Path, uid: int, gid: int) -> None:
    os.chown(folder, uid, gid)
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            os.chown(os.path.join(root, name), uid, gid)


def _capture_code(task: str, expr: str) -> str:
    return (
        "import svcx_helpers.grading.payload as __svcx_answers\n"
        "try:\n"
        f"    __svcx_answers.emit({task!r}, ({expr}\n))\n"
        "except BaseException as __svcx_error:\n"
        f"    __svcx_answers.failed({task!r}, __svcx_error)\n"
    )


DISK_LIMIT_MB = 128
"""The most a kernel may store in its work folder (the only place on the grader's disk it
can write); its ``/tmp`` and ``/dev/shm`` are memory file systems of ``TMP_MB`` each."""
TMP_MB = 64
NPROC_LIMIT = 64


def run_notebook(path: Path, *, timeout: float = 120.0, memory_mb: int = 2048,
                 data_dir: Path | None = None, protect: Sequence[Path] = (),
                 isolation: bool = True) -> tuple[dict[str, Any], set[str], float]:
    """Execute a copy of ``path`` in a sandboxed kernel (in bubblewrap unless
    ``isolation`` is false: :func:`svcx_helpers.grading.sandbox.bwrap_args`).

    Returns ``(answers, tasks_seen, seconds)``: the last captured answer per task id,
    the task ids found in the notebook, and the execution time. Raises ``_Fault``.
    """
    import nbformat
    from jupyter_client import KernelManager
    from jupyter_client.kernelspec import KernelSpecManager

    try:
        nb = nbformat.read(path, as_version=4)
    except Exception as exc:
        raise _Fault("invalid", t("grade.invalid", error=f"{type(exc).__name__}: "
                                                          f"{str(exc)[:200]}")) from None
    cells = [c.source for c in nb.cells if c.get("cell_type") == "code"]
    plan = [(src, find_tasks(src)) for src in cells]
    tasks_seen = {task for _, tasks in plan for task, _ in tasks}
    if not tasks_seen:
        raise _Fault("no-tasks", t("grade.no_tasks"))

    answers: dict[str, Any] = {}
    start = time.monotonic()
    short_tmp = "/tmp" if len(tempfile.gettempdir()) > 40 and os.path.isdir("/tmp") else None
    with tempfile.TemporaryDirectory(prefix="svcx-grade-", dir=short_tmp) as tmp, \
            (_sandbox_uid() if isolation and os.geteuid() == 0
             else contextlib.nullcontext(None)) as sandbox_uid:
        tmpdir = Path(tmp)
        work = tmpdir / "w"  # short: the kernel's IPC socket paths must stay < 100 bytes
        work.mkdir()
        shutil.copyfile(path, work / "submission.ipynb")
        from ..data import data_dir as default_data_dir

        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(work), "LANG": "C.UTF-8", "PYTHONHASHSEED": "0",
            "MPLBACKEND": "Agg",
            "IPYTHONDIR": str(work / ".ipython"), "JUPYTER_RUNTIME_DIR": str(work / ".rt"),
            "SVCX_DATA_DIR": str(Path(data_dir or default_data_dir()).resolve()),
            "SVCX_GRADING": "1",
            "SVCX_SANDBOX_MEMORY_MB": str(memory_mb),
            "SVCX_SANDBOX_CPU_S": str(int(timeout * 2) + 30),
            "SVCX_SANDBOX_FSIZE_MB": "200",
            "SVCX_SANDBOX_PROTECT": os.pathsep.join(str(p) for p in (
                *protect, path.parent, PACKAGE_DIR,
                data_dir or default_data_dir())),
            # share matplotlib's font cache instead of rebuilding it in every kernel
            "XDG_CACHE_HOME": os.environ.get("XDG_CACHE_HOME",
                                             str(Path.home() / ".cache")),
            # one thread per numerical library: 2 kernels on 2 cores, few threads to count
            "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
        }
        prefix: list[str] = []
        if isolation:
            from .sandbox import bwrap_args

            env["XDG_CACHE_HOME"] = str(work / ".cache")
            _matplotlib_font_cache(work / ".cache" / "matplotlib")
            env["SVCX_SANDBOX_ISOLATED"] = "1"
            env["SVCX_SANDBOX_NPROC"] = str(NPROC_LIMIT)
            env["SVCX_SANDBOX_FSIZE_MB"] = str(DISK_LIMIT_MB)
            env["SVCX_SANDBOX_CORE"] = "0"
            prefix = [shutil.which("bwrap") or "bwrap",
                      *bwrap_args(work, data_dir=Path(env["SVCX_DATA_DIR"]), tmp_mb=TMP_MB)]
            km = KernelManager(kernel_name="svcx-sandbox", transport="ipc",
                               ip=str(work / "k"), kernel_spec_manager=KernelSpecManager(
                                   kernel_dirs=[str(_kernel_spec_dir(tmpdir, prefix))]))
            km.connection_file = str(work / "kernel.json")
            km.write_connection_file()
            if sandbox_uid is not None:
                env["SVCX_SANDBOX_UID"] = str(sandbox_uid)
                env["SVCX_SANDBOX_GID"] = str(SANDBOX_GID)
                _chown_tree(work, sandbox_uid, SANDBOX_GID)
        else:
            user = _sandbox_user()
            if user:
                env["SVCX_SANDBOX_UID"], env["SVCX_SANDBOX_GID"] = map(str, user)
            km = KernelManager(kernel_name="svcx-sandbox",
                               kernel_spec_manager=KernelSpecManager(
                                   kernel_dirs=[str(_kernel_spec_dir(tmpdir))]))
        log = open(tmpdir / "kernel.log", "wb")  # noqa: SIM115 - closed below
        try:
            km.start_kernel(cwd=str(work), env=env, stdout=log, stderr=log)
        except Exception as exc:
            log.close()
            raise _Fault("kernel-died", t("grade.kernel_start", error=str(exc)[:200])) from None
        kc = km.client()
        kc.start_channels()
        deadline = start + timeout
        output_bytes = 0
        try:
            try:
                kc.wait_for_ready(timeout=min(60.0, max(5.0, timeout)))
            except RuntimeError:
                log.flush()
                last = (tmpdir / "kernel.log").read_text(errors="replace").strip().splitlines()
                raise _Fault("kernel-died", t("grade.kernel_start", error="not ready" + (
                    f" ({last[-1][:200]})" if last else ""))) from None

            next_disk_check = [0.0]

            def check_disk() -> None:
                now = time.monotonic()
                if now < next_disk_check[0]:
                    return
                next_disk_check[0] = now + 0.25
                if _work_folder_bytes(work) > DISK_LIMIT_MB * 2**20:
                    raise _Fault("output-limit", t("grade.disk_limit", mb=DISK_LIMIT_MB))

            def died(*, garbled: bool = False) -> _Fault:
                log.flush()
                return diagnose_stop(tmpdir / "kernel.log", memory_mb=memory_mb,
                                     garbled=garbled)

            def execute(code: str) -> tuple[str | None, list[dict[str, Any]]]:
                nonlocal output_bytes
                msg_id = kc.execute(code, store_history=False, allow_stdin=False,
                                    stop_on_error=False)
                error, captured = None, []
                while True:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise _Fault("timeout", t("grade.timeout", seconds=f"{timeout:g}"))
                    check_disk()
                    try:
                        msg = kc.get_iopub_msg(timeout=min(0.25, remaining))
                    except queue.Empty:
                        if not km.is_alive():
                            raise died() from None
                        continue
                    except Exception:  # a garbled message: the kernel failed mid-send
                        raise died(garbled=True) from None
                    if msg["parent_header"].get("msg_id") != msg_id:
                        continue
                    kind, content = msg["msg_type"], msg["content"]
                    if kind == "stream":
                        output_bytes += len(content.get("text", ""))
                    elif kind in ("display_data", "execute_result"):
                        data = content.get("data", {})
                        if MIME in data:
                            captured.append(data[MIME])
                        output_bytes += sum(len(str(v)) for v in data.values())
                    elif kind == "error":
                        error = content.get("ename", "Error")
                        output_bytes += sum(len(x) for x in content.get("traceback", []))
                    elif kind == "status" and content.get("execution_state") == "idle":
                        return error, captured
                    if output_bytes > OUTPUT_LIMIT_BYTES:
                        raise _Fault("output-limit", t("grade.output_limit",
                                                       mb=OUTPUT_LIMIT_BYTES // 2**20))

            for source, tasks in plan:
                error, _ = execute(source)
                if error == "MemoryError":
                    raise _Fault("memory", t("grade.memory", mb=memory_mb))
                for task, expr in tasks:
                    error, captured = execute(_capture_code(task, expr))
                    if error == "MemoryError":
                        raise _Fault("memory", t("grade.memory", mb=memory_mb))
                    for item in captured:
                        if isinstance(item, dict) and item.get("task") == task:
                            answers[task] = from_payload(item.get("answer"))
        except _Fault as fault:
            fault.answers = answers  # type: ignore[attr-defined]
            raise
        finally:
            kc.stop_channels()
            with contextlib.suppress(Exception):  # the kernel may already be gone
                km.shutdown_kernel(now=True)
            log.close()
    return answers, tasks_seen, time.monotonic() - start


# --------------------------------------------------------------------------------------
# 4. Decide outside the kernel
# --------------------------------------------------------------------------------------
def score(assignment: str, answers: dict[str, Any], tasks_seen: Iterable[str],
          unreached: str = "") -> list[TaskResult]:
    """Grade collected answers with the question bank (visible + hidden tests)."""
    from .checks import grade_answer, load_bank

    seen = set(tasks_seen)
    results = []
    for question in load_bank(assignment):
        if question.id not in seen:
            results.append(TaskResult(question.id, 0.0, question.points, "missing",
                                      t("grade.task_missing")))
            continue
        if question.id not in answers:
            results.append(TaskResult(question.id, 0.0, question.points, "not-run",
                                      unreached or t("grade.not_run")))
            continue
        answer = answers[question.id]
        if isinstance(answer, Opaque) and answer.type_name == "error":
            results.append(TaskResult(question.id, 0.0, question.points, "error",
                                      t("grade.answer_error", error=answer.error)))
            continue
        fb = grade_answer(question.id, answer)
        results.append(TaskResult(question.id, fb.points, fb.max_points, fb.status,
                                  fb.message, fb.hint))
    return results


def grade_one(sub: Submission, assignment: str, *, timeout: float, memory_mb: int,
              digest: str, protect: Sequence[Path] = (), isolation: bool = True
              ) -> SubmissionResult:
    """Grade one submission; every fault becomes a status, never an exception."""
    result = SubmissionResult(sub.learner, sub.display_name, digest,
                              lang=notebook_language(sub.path),
                              sandbox="bwrap" if isolation else "none")
    with language(result.lang):
        return _grade_one(result, sub, assignment, timeout=timeout, memory_mb=memory_mb,
                          protect=protect, isolation=isolation)


def notebook_language(path: Path) -> str:
    """"zh" for a notebook of the Chinese edition (``metadata.svcx.lang``), else "en"."""
    try:
        meta = json.loads(path.read_text(encoding="utf-8")).get("metadata", {})
        lang = meta.get("svcx", {}).get("lang", "en")
    except (OSError, ValueError, AttributeError):
        return "en"
    return lang if lang in ("en", "zh") else "en"


def _grade_one(result: SubmissionResult, sub: Submission, assignment: str, *,
               timeout: float, memory_mb: int, protect: Sequence[Path],
               isolation: bool = True) -> SubmissionResult:
    start = time.monotonic()
    try:
        answers, seen, _ = run_notebook(sub.path, timeout=timeout, memory_mb=memory_mb,
                                        protect=protect, isolation=isolation)
        result.tasks = score(assignment, answers, seen)
        if not any(task.split(".", 1)[0] == assignment for task in seen):
            result.status, result.reason = "no-tasks", t("grade.no_tasks")
    except _Fault as fault:
        result.status, result.reason = fault.status, fault.reason
        answers = getattr(fault, "answers", {})
        seen = set(answers)
        if fault.status in ("timeout", "memory", "output-limit", "kernel-died"):
            # grade what was answered before the fault; the rest scores 0 with the reason
            try:
                nb_tasks = _tasks_in_file(sub.path)
            except Exception:  # unreadable: nothing was seen
                nb_tasks = set()
            result.tasks = score(assignment, answers, nb_tasks | seen, unreached=fault.reason)
        else:
            result.tasks = score(assignment, {}, set(), unreached=fault.reason)
    except Exception as exc:  # a bug of ours must not stop the class
        result.status = "error"
        result.reason = f"{type(exc).__name__}: {str(exc)[:300]}"
        result.tasks = score(assignment, {}, set(), unreached=result.reason)
    result.seconds = round(time.monotonic() - start, 2)
    return result


def _tasks_in_file(path: Path) -> set[str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    out = set()
    for cell in data.get("cells", []):
        if cell.get("cell_type") == "code":
            src = cell.get("source", "")
            src = "".join(src) if isinstance(src, list) else src
            out |= {task for task, _ in find_tasks(src)}
    return out


# --------------------------------------------------------------------------------------
# 5. Write
# --------------------------------------------------------------------------------------
def grading_inputs(assignment: str) -> list[Path]:
    """Every file that decides a grade of ``assignment``, found by doing it: in a fresh
    Python process, load the question bank and compute every expected answer while an
    audit hook records each file opened; add the source of every ``svcx_helpers`` module
    then imported (bank, comparators, readers, the analysis modules that compute the
    expected answers). Data and case files are the ones actually read."""
    import subprocess

    code = (
        "import json, sys\n"
        "opened = []\n"
        "sys.addaudithook(lambda e, a: opened.append(a[0]) if e == 'open' "
        "and isinstance(a[0], str) else None)\n"
        "from svcx_helpers.grading import load_bank\n"
        f"for q in load_bank({assignment!r}):\n"
        "    try:\n"
        "        q.expected()\n"
        "    except Exception:\n"
        "        pass\n"
        "mods = [m.__file__ for n, m in list(sys.modules.items())\n"
        "        if n.startswith('svcx_helpers') and getattr(m, '__file__', None)]\n"
        "print(json.dumps({'opened': opened, 'modules': mods}))\n"
    )
    env = {**os.environ, "MPLBACKEND": "Agg"}
    env.pop("SVCX_RECORD_TEXTS", None)
    # a neutral working folder: `python -c` puts it first on sys.path
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, check=True, cwd=tempfile.gettempdir()).stdout
    found = json.loads(out.strip().splitlines()[-1])
    from ..data import data_dir

    roots = [PACKAGE_DIR, data_dir().resolve()]
    files: set[Path] = {Path(m).resolve() for m in found["modules"]}
    for name in found["opened"]:
        path = Path(name).resolve()
        if path.is_file() and path.suffix != ".pyc" and any(r in path.parents for r in roots):
            files.add(path)
    return sorted(files)


def fingerprint(assignment: str) -> str:
    """Changes whenever anything that decides a grade changes — the question bank, the
    comparators, the analysis modules and the data and case files that the expected
    answers read (:func:`grading_inputs`): cached grades of unchanged submissions are
    reused only under the same fingerprint."""
    from .. import __version__

    h = hashlib.sha256(__version__.encode())
    for p in grading_inputs(assignment):
        rel = p.relative_to(PACKAGE_DIR.parent) if PACKAGE_DIR.parent in p.parents else p.name
        h.update(str(rel).encode())
        h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _csv(rows: Sequence[Sequence[Any]]) -> str:
    import io

    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def write_reports(results: list[SubmissionResult], subs: dict[str, Submission],
                  assignment: str, out: Path) -> None:
    from .checks import load_bank

    tasks = [q.id for q in load_bank(assignment)]
    max_total = round(sum(q.points for q in load_bank(assignment)), 2)
    rows = [["learner", *tasks, "total", "max", "status", "reason", "sandbox"]]
    long = [["learner", "task", "points", "max", "status", "message", "sandbox"]]
    moodle = [["Identifier", "Grade", "Feedback comments"]]
    canvas = [["Student", "ID", "SIS User ID", "SIS Login ID", "Section",
               f"{assignment} ({max_total:g})"],
              ["    Points Possible", "", "", "", "", f"{max_total:g}"]]
    for r in sorted(results, key=lambda r: r.learner):
        by_task = {x.task: x for x in r.tasks}
        rows.append([r.learner, *[f"{by_task[q].points:g}" if q in by_task else "0"
                                  for q in tasks], f"{r.total:g}", f"{max_total:g}",
                     r.status, r.reason, r.sandbox])
        for x in r.tasks:
            long.append([r.learner, x.task, f"{x.points:g}", f"{x.max_points:g}", x.status,
                         x.message, r.sandbox])
        sub = subs.get(r.learner)
        moodle.append([r.learner, f"{r.total:g}", f"feedback/{_safe(r.learner)}.html"])
        canvas.append([r.learner, sub.lms_id if sub and sub.lms_id else r.learner, "", "", "",
                       f"{r.total:g}"])
    out.mkdir(parents=True, exist_ok=True)
    _write_atomic(out / "gradebook.csv", _csv(rows))
    _write_atomic(out / "results.csv", _csv(long))
    _write_atomic(out / "moodle.csv", _csv(moodle))
    _write_atomic(out / "canvas.csv", _csv(canvas))
    fb_dir = out / "feedback"
    fb_dir.mkdir(exist_ok=True)
    for r in results:
        _write_atomic(fb_dir / f"{_safe(r.learner)}.html", feedback_html(r, assignment))


def _safe(name: str) -> str:
    return re.sub(r"[^\w.\-]+", "_", name, flags=re.UNICODE).strip("._") or "learner"


def feedback_html(r: SubmissionResult, assignment: str) -> str:
    """One learner's feedback page, in the submission's language: tasks, points, messages
    and hints — never the hidden tests' code or any expected value."""
    with language(r.lang):
        return _feedback_html(r, assignment)


def _feedback_html(r: SubmissionResult, assignment: str) -> str:
    status_color = {"pass": "#137333", "unanswered": "#5f6368"}
    rows = []
    for x in r.tasks:
        color = status_color.get(x.status, "#a50e0e")
        rows.append(
            f"<tr><td><code>{html.escape(x.task)}</code></td>"
            f"<td style='color:{color};font-weight:600'>{html.escape(_status_label(x.status))}"
            "</td>"
            f"<td>{x.points:g} / {x.max_points:g}</td><td>{html.escape(x.message)}</td>"
            f"<td>{html.escape(x.hint)}</td></tr>")
    note = (f"<p class='fault'><strong>{html.escape(r.status)}</strong>: "
            f"{html.escape(r.reason)}</p>" if r.status != "graded" else "")
    return f"""<!DOCTYPE html>
<html lang="{t('grade.html_lang')}"><head><meta charset="utf-8">
<title>{html.escape(t('grade.feedback_title', assignment=assignment, learner=r.learner))}</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:2em auto;color:#202124}}
table{{border-collapse:collapse;width:100%}}td,th{{border-bottom:1px solid #ddd;padding:.4em;
text-align:left;vertical-align:top}}.fault{{background:#fdecea;padding:.5em}}</style></head>
<body><h1>{html.escape(t('grade.feedback_title', assignment=assignment, learner=r.learner))}</h1>
{note}<p><strong>{html.escape(t('grade.total'))}: {r.total:g} / {r.max_total:g}</strong></p>
<table><thead><tr><th>{html.escape(t('progress.task'))}</th>
<th>{html.escape(t('progress.state'))}</th><th>{html.escape(t('progress.points'))}</th>
<th>{html.escape(t('grade.message'))}</th><th>{html.escape(t('grade.hint'))}</th></tr></thead>
<tbody>{''.join(rows)}</tbody></table></body></html>
"""


def _status_label(status: str) -> str:
    """A task status in the current language (unknown statuses as they are)."""
    from ..i18n import MESSAGES

    key = f"grade.status.{status}"
    return t(key) if key in MESSAGES else status


# --------------------------------------------------------------------------------------
# The command
# --------------------------------------------------------------------------------------
class IsolationUnavailable(ValueError):
    """bubblewrap is missing or cannot make its namespaces, and isolation was asked for."""


def grade(submissions: Path | str, assignment: str, out: Path | str, *,
          workers: int | None = None, timeout: float = 120.0, memory_mb: int = 2048,
          progress: bool = True, isolation: bool = True) -> list[SubmissionResult]:
    """Grade every submission; write the reports; return the results.

    With ``isolation`` (the default) every kernel runs in a bubblewrap sandbox
    (:func:`svcx_helpers.grading.sandbox.bwrap_args`); where bubblewrap is missing or cannot
    run, :class:`IsolationUnavailable` is raised (``svcx grade`` says how to install it)
    unless ``isolation=False`` (``--no-isolation``): then the reports say so."""
    from .checks import load_bank

    submissions, out = Path(submissions).resolve(), Path(out).resolve()
    if out == submissions or submissions in out.parents:
        raise ValueError(t("grade.out_inside", out=out, submissions=submissions))
    try:
        bank = load_bank(assignment)
    except ModuleNotFoundError:
        bank = []
    if not bank:
        raise ValueError(t("grade.no_assignment", assignment=assignment))
    if isolation:
        from .sandbox import INSTALL_HINT, bwrap_problem

        problem = bwrap_problem()
        if problem:
            raise IsolationUnavailable(t("grade.no_bwrap", problem=problem,
                                         install=INSTALL_HINT))
    sandbox = "bwrap" if isolation else "none"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="svcx-collect-") as work:
        subs = collect(submissions, Path(work))
        if not subs:
            raise ValueError(t("grade.no_submissions", path=submissions))
        before = {s.learner: sha256(s.path) for s in subs}
        cache_path = out / CACHE_NAME
        try:
            cache = json.loads(cache_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            cache = {}
        key = fingerprint(assignment)
        results: list[SubmissionResult] = []
        todo = []
        for s in subs:
            entry = cache.get(s.learner)
            if (entry and entry.get("sha256") == before[s.learner] and entry.get("key") == key
                    and entry["result"].get("sandbox", "none") == sandbox):
                r = SubmissionResult(**{k: v for k, v in entry["result"].items()
                                        if k != "tasks"})
                r.tasks = [TaskResult(**x) for x in entry["result"]["tasks"]]
                r.cached = True
                results.append(r)
            else:
                todo.append(s)
        lock = threading.Lock()
        done = [len(results)]
        total = len(subs)

        def work_one(s: Submission) -> SubmissionResult:
            r = grade_one(s, assignment, timeout=timeout, memory_mb=memory_mb,
                          digest=before[s.learner], protect=(submissions, out, Path(work)),
                          isolation=isolation)
            with lock:
                done[0] += 1
                if progress:
                    bar = "#" * int(30 * done[0] / total)
                    print(f"\r[{bar:<30}] {done[0]:>3}/{total}  {s.learner[:24]:<24} "
                          f"{r.status:<12} {r.total:g}/{r.max_total:g} ({r.seconds:.1f}s)",
                          file=sys.stderr, flush=True, end="\n")
            return r

        n_workers = max(1, workers or os.cpu_count() or 1)
        with ThreadPoolExecutor(max_workers=n_workers) as pool:
            results += list(pool.map(work_one, todo))
        after = {s.learner: sha256(s.path) for s in subs}
        changed = [name for name in before if before[name] != after[name]]
        for r in results:
            if r.learner in changed:  # must never happen; say so loudly if it does
                r.status, r.reason = "error", t("grade.modified")
        write_reports(results, {s.learner: s for s in subs}, assignment, out)
        cache = {r.learner: {"sha256": r.sha256, "key": key,
                             "result": {**asdict(r), "cached": False}}
                 for r in results if r.status in OK_STATUSES}
        _write_atomic(cache_path, json.dumps(cache, ensure_ascii=False, indent=1))
    if progress:
        n_bad = sum(r.status not in OK_STATUSES for r in results)
        print(t("grade.summary", n=len(results), bad=n_bad, cached=sum(r.cached for r in results),
                out=out), file=sys.stderr)
        if not isolation:
            print(t("grade.not_isolated"), file=sys.stderr)
    return results
