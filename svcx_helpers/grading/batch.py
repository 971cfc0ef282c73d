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
5. **Write** to RESULTS (:func:`write_reports`): ``gradebook.csv`` and ``gradebook.xlsx``,
   ``results.csv``, ``moodle.csv``, ``canvas.csv`` (CSV files in UTF-8 with a byte-order
   mark), ``feedback/<learner>.html`` (:mod:`.pages`), the item analysis
   ``analysis.html``/``.csv``/``.svg`` (:mod:`.analysis`), the report of similar answer
   code ``similarity.html``/``.csv`` (:mod:`.similarity`) and ``results.json``
   (:mod:`.results`). Late work is marked and penalised by the rule given (:mod:`.late`);
   written answers to tasks with a rubric wait for the trainer's review (:mod:`.review`).
   Unchanged submissions already graded with the same question bank are not run again;
   ``--only`` and ``--task`` re-grade just some learners or tasks.

Faults — invalid JSON, no tasks, endless loops, ``sys.exit``/``os._exit``, memory
exhaustion, floods of output or files, a killed kernel — give the learner's row a status
(``invalid``, ``no-tasks``, ``timeout``, ``memory``, ``output-limit``, ``kernel-died``)
and a readable reason; the run goes on.
"""

from __future__ import annotations

import ast
import contextlib
import csv
import functools
import hashlib
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
from collections.abc import Collection, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..core import PACKAGE_DIR
from ..i18n import language, t
from .cards import CARD_MIME
from .late import LatePolicy
from .payload import MIME, Opaque, from_payload
from .results import (
    RESULTS_FORMAT,
    TO_REVIEW,
    SubmissionResult,
    TaskResult,
    answer_text,
    load_results,
    result_from_dict,
    save_results,
    summarize,
)

__all__ = ["CACHE_NAME", "FAULT_STATUSES", "OK_STATUSES", "IsolationUnavailable", "Submission",
           "SubmissionResult", "TaskResult", "collect", "grade", "grade_one", "run_notebook",
           "score", "write_reports"]

OK_STATUSES = ("graded",)
FAULT_STATUSES = ("invalid", "no-tasks", "timeout", "memory", "output-limit", "kernel-died",
                  "error")
OUTPUT_LIMIT_BYTES = 20 * 1024 * 1024
CACHE_NAME = ".svcx-grade-cache.json"


@dataclass
class Submission:
    learner: str
    path: Path
    display_name: str
    lms_id: str = ""
    submitted: datetime | None = None
    """When it was handed in: the zip entry's date, or the file's modification time."""


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
    """All submissions in a folder or a zip file (extracted into ``workdir``), each with the
    time it was handed in: the zip entry's date (Moodle and Canvas exports carry the upload
    time there) or the file's modification time."""
    times: dict[Path, datetime] = {}
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
                # the LMS writes each file's upload time as its entry's date (local time)
                with contextlib.suppress(ValueError):
                    times[dest] = datetime(*member.date_time)
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
        when = times.get(path)
        if when is None:
            with contextlib.suppress(OSError, ValueError, OverflowError):
                when = datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
        subs.append(Submission(learner, path, rel.as_posix(), lms, when))
    return subs


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def submission_digest(path: Path) -> str:
    """The notebook's SHA-256, or, when a no-code learner handed in an answers file beside
    it, the SHA-256 of both (a changed answers file is a changed submission)."""
    from .cards import answers_file

    digest = sha256(path)
    extra = answers_file(path)
    if extra.is_file():
        digest = hashlib.sha256((digest + sha256(extra)).encode()).hexdigest()
    return digest


# --------------------------------------------------------------------------------------
# 2./3. Run a notebook in a sandboxed kernel and collect the answers
# --------------------------------------------------------------------------------------
# CPython 3.11 can raise a spurious "SystemError: AST constructor recursion depth
# mismatch" when threads parse at the same time (python/cpython#106905, fixed in later
# releases); the workers of `svcx grade` are threads, so they parse one at a time.
_PARSE_LOCK = threading.Lock()


def _parse(source: str) -> ast.Module:
    with _PARSE_LOCK:
        try:
            return ast.parse(source)
        except SystemError:  # the spurious error above: once more, alone
            return ast.parse(source)


def find_tasks(source: str) -> list[tuple[str, str]]:
    """``(task id, answer expression)`` of every ``check("id", expr)`` call in a cell."""
    try:
        tree = _parse(source)
    except SyntaxError:
        # IPython magics or a learner's syntax error: fall back to a line scan
        out = []
        for m in re.finditer(r"""check\(\s*["']([\w.\-]+)["']\s*,\s*(.+)\)\s*$""", source,
                             re.MULTILINE):
            out.append((m.group(1), m.group(2)))
        for m in re.finditer(r"""answer_card\(\s*["']([\w.\-]+)["']""", source):
            out.append((m.group(1), card_expression(m.group(1))))
        return out
    out = []
    for node in ast.walk(tree):
        name = (getattr(node.func, "id", getattr(node.func, "attr", None))
                if isinstance(node, ast.Call) else None)
        if name not in ("check", "answer_card") or not node.args:  # type: ignore[union-attr]
            continue
        first = node.args[0]  # type: ignore[union-attr]
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            continue
        if name == "answer_card":  # a no-code task: the answer is what the card holds
            out.append((first.value, card_expression(first.value)))
        elif len(node.args) >= 2:  # type: ignore[union-attr]
            expr = ast.get_source_segment(source, node.args[1])  # type: ignore[union-attr]
            if expr:
                out.append((first.value, expr))
    return out


def card_expression(task: str) -> str:
    """What the grader asks a kernel for the answer of an answer card (no-code track)."""
    return f"__import__('svcx_helpers.grading.cards', fromlist=['value_of']).value_of({task!r})"


def is_card_task(expr: str) -> bool:
    return expr.startswith("__import__('svcx_helpers.grading.cards'")


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
                 isolation: bool = True, tasks: Collection[str] | None = None
                 ) -> tuple[dict[str, Any], set[str], float]:
    """Execute a copy of ``path`` in a sandboxed kernel (in bubblewrap unless
    ``isolation`` is false: :func:`svcx_helpers.grading.sandbox.bwrap_args`).

    With ``tasks`` only those tasks' answers are collected, and the notebook runs only up
    to the last cell that checks one of them (``svcx grade --task``).

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
    if tasks is not None:
        wanted = set(tasks)
        last = max((i for i, (_, found) in enumerate(plan)
                    if any(task in wanted for task, _ in found)), default=-1)
        plan = [(src, [(task, expr) for task, expr in found if task in wanted])
                for src, found in plan[:last + 1]]

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
        from .cards import answers_file

        if answers_file(path).is_file():  # a no-code learner's answers file, handed in too
            shutil.copyfile(answers_file(path), answers_file(work / "submission.ipynb"))
        from ..data import data_dir as default_data_dir

        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(work), "LANG": "C.UTF-8", "PYTHONHASHSEED": "0",
            "MPLBACKEND": "Agg",
            "IPYTHONDIR": str(work / ".ipython"), "JUPYTER_RUNTIME_DIR": str(work / ".rt"),
            "SVCX_DATA_DIR": str(Path(data_dir or default_data_dir()).resolve()),
            "SVCX_GRADING": "1",
            # answer cards (no-code track) read the saved answers from this copy
            "SVCX_NOTEBOOK": str(work / "submission.ipynb"),
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

            for source, checks in plan:
                error, _ = execute(source)
                if error == "MemoryError":
                    raise _Fault("memory", t("grade.memory", mb=memory_mb))
                for task, expr in checks:
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
          unreached: str = "", *, hint_levels: Mapping[str, int] | None = None,
          only: Collection[str] | None = None, track: str = "code") -> list[TaskResult]:
    """Grade collected answers with the question bank (visible + hidden tests): points,
    status, message, the hint at the level the learner reached (``hint_levels``), the
    answer shortened for the feedback page, what was expected in words when a visible
    test failed, and "to review" for a written answer to a task with a rubric. With
    ``only``, just those tasks.

    ``track="nocode"`` (a notebook answered with answer cards): the tasks of the no-code
    track are the bank's tasks with a card; the others are not the learner's tasks and are
    left out (not scored 0), so the learner's maximum is the no-code track's."""
    from .checks import grade_answer, load_bank

    seen = set(tasks_seen)
    levels = hint_levels or {}
    results = []
    for question in load_bank(assignment):
        if only is not None and question.id not in only:
            continue
        if track == "nocode" and question.card is None and question.id not in seen:
            continue
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
        fb = grade_answer(question.id, answer, hint_level=levels.get(question.id, 1))
        x = TaskResult(question.id, fb.points, fb.max_points, fb.status, fb.message, fb.hint,
                       answer=summarize(answer), expected=fb.extra.get("expected", ""))
        if question.rubric:
            x.text = answer_text(answer)
            if x.text.strip() and fb.status in ("pass", "fail"):
                x.review = TO_REVIEW
        results.append(x)
    return results


def _hint_patterns() -> list[re.Pattern[str]]:
    from ..i18n import LANGUAGES

    out = []
    for lang in LANGUAGES:
        template = re.escape(t("check.hint", lang=lang, n="{n}"))
        out.append(re.compile(r"^\s*" + template.replace(re.escape("{n}"), r"(\d+)") + ":"))
    return out


_FEEDBACK_HEAD = re.compile(r"^[✘✔…] ([\w.\-]+) — ")


def hint_levels(path: Path) -> dict[str, int]:
    """How far each task's hints went while the learner worked: the hint number the last
    saved output of its ``check`` showed (``Hint 2: …``; 0 if none). Read from the
    submitted file's outputs — they only choose which of the bank's hints the feedback
    page repeats, never a grade."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        cells = [c for c in data.get("cells", []) if c.get("cell_type") == "code"]
    except (OSError, ValueError, AttributeError, TypeError):
        return {}
    patterns = _hint_patterns()
    levels: dict[str, int] = {}
    for cell in cells:
        outputs = cell.get("outputs") if isinstance(cell, dict) else None
        for output in outputs if isinstance(outputs, list) else []:
            data = output.get("data") if isinstance(output, dict) else None
            record = data.get(CARD_MIME) if isinstance(data, dict) else None
            if isinstance(record, dict) and isinstance(record.get("task"), str):
                # an answer card keeps the hint level its Check reached in its record
                with contextlib.suppress(TypeError, ValueError):
                    level = int(record.get("attempt", 0))
                    levels[record["task"]] = max(levels.get(record["task"], 0), level)
                continue
            text = data.get("text/plain", "") if isinstance(data, dict) else ""
            text = "".join(map(str, text)) if isinstance(text, list) else str(text)
            task = None
            for line in text.splitlines():
                head = _FEEDBACK_HEAD.match(line)
                if head:
                    task = head.group(1)
                    continue
                for pattern in patterns:
                    m = pattern.match(line)
                    if m and task:
                        levels[task] = max(levels.get(task, 0), int(m.group(1)))
    return levels


def grade_one(sub: Submission, assignment: str, *, timeout: float, memory_mb: int,
              digest: str, protect: Sequence[Path] = (), isolation: bool = True,
              tasks: Collection[str] | None = None) -> SubmissionResult:
    """Grade one submission (only ``tasks`` if given); every fault becomes a status, never
    an exception."""
    result = SubmissionResult(sub.learner, sub.display_name, digest,
                              lang=notebook_language(sub.path),
                              sandbox="bwrap" if isolation else "none")
    with language(result.lang):
        return _grade_one(result, sub, assignment, timeout=timeout, memory_mb=memory_mb,
                          protect=protect, isolation=isolation, tasks=tasks)


def notebook_language(path: Path) -> str:
    """"zh" for a notebook of the Chinese edition (``metadata.svcx.lang``), else "en"."""
    try:
        meta = json.loads(path.read_text(encoding="utf-8")).get("metadata", {})
        lang = meta.get("svcx", {}).get("lang", "en")
    except (OSError, ValueError, AttributeError):
        return "en"
    return lang if lang in ("en", "zh") else "en"


def notebook_track(path: Path) -> str:
    """"nocode" for a notebook whose tasks are answered with answer cards, else "code"."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        cells = [c for c in data.get("cells", []) if c.get("cell_type") == "code"]
    except (OSError, ValueError, AttributeError, TypeError):
        return "code"
    for cell in cells:
        src = cell.get("source", "")
        src = "".join(src) if isinstance(src, list) else str(src)
        if any(is_card_task(expr) for _, expr in find_tasks(src)):
            return "nocode"
    return "code"


def _grade_one(result: SubmissionResult, sub: Submission, assignment: str, *,
               timeout: float, memory_mb: int, protect: Sequence[Path],
               isolation: bool = True, tasks: Collection[str] | None = None
               ) -> SubmissionResult:
    start = time.monotonic()
    levels = hint_levels(sub.path)
    track = result.track = notebook_track(sub.path)
    score_track = functools.partial(score, track=track)
    try:
        answers, seen, _ = run_notebook(sub.path, timeout=timeout, memory_mb=memory_mb,
                                        protect=protect, isolation=isolation, tasks=tasks)
        result.tasks = score_track(assignment, answers, seen, hint_levels=levels, only=tasks)
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
            result.tasks = score_track(assignment, answers, nb_tasks | seen, unreached=fault.reason,
                                 hint_levels=levels, only=tasks)
        else:
            result.tasks = score_track(assignment, {}, set(), unreached=fault.reason, only=tasks)
    except Exception as exc:  # a bug of ours must not stop the class
        result.status = "error"
        result.reason = f"{type(exc).__name__}: {str(exc)[:300]}"
        result.tasks = score_track(assignment, {}, set(), unreached=result.reason, only=tasks)
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


def _write_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding=encoding)
    os.replace(tmp, path)


def _csv(rows: Sequence[Sequence[Any]]) -> str:
    import io

    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def _write_csv(path: Path, rows: Sequence[Sequence[Any]]) -> None:
    """A CSV file in UTF-8 with a byte-order mark: Excel (on a Chinese Windows too) then
    reads it as UTF-8 instead of the system's code page, and learners' Chinese names stay
    readable. Python (``encoding="utf-8-sig"``), pandas, LibreOffice and both LMSs read it."""
    _write_atomic(path, _csv(rows), encoding="utf-8-sig")


def _pct(share: float) -> str:
    return f"{share * 100:g}%" if share else ""


def apply_late(results: Iterable[SubmissionResult], subs: Mapping[str, Submission],
               policy: LatePolicy | None) -> None:
    """Record each submission's time and, under ``policy``, its lateness and penalty (none
    without a policy, so that dropping ``--due`` drops the penalties)."""
    for r in results:
        sub = subs.get(r.learner)
        when = sub.submitted if sub is not None else None
        if when is not None:
            r.submitted = when.isoformat(timespec="seconds")
        if policy is None:
            r.late_seconds, r.penalty = 0.0, 0.0
        else:
            r.late_seconds = policy.lateness(when).total_seconds()
            r.penalty = policy.penalty(when)


def class_statistics(results: Iterable[SubmissionResult]) -> tuple[float, float, float, int]:
    """(lower quartile, median, upper quartile, n) of the totals of the graded submissions."""
    from .analysis import median_quartiles

    totals = [r.total for r in results if r.status in OK_STATUSES]
    q1, med, q3 = median_quartiles(totals)
    return q1, med, q3, len(totals)


def write_reports(results: list[SubmissionResult], subs: dict[str, Submission],
                  assignment: str, out: Path, *, similarity: bool = True,
                  method: str = "point_biserial_rest") -> None:
    """Write every report of a graded class into ``out``: the gradebook (CSV and XLSX),
    ``results.csv``, the LMS files, the feedback pages, the item analysis and the
    similarity report (see the book's grading guide for each file)."""
    from .checks import load_bank
    from .late import format_lateness
    from .pages import feedback_html

    bank = load_bank(assignment)
    tasks = [q.id for q in bank]
    max_total = round(sum(q.points for q in bank), 2)
    rows: list[list[Any]] = [["learner", *tasks, "earned", "penalty", "total", "max",
                              "submitted", "late", "to_review", "status", "reason", "sandbox",
                              "track"]]
    long = [["learner", "task", "points", "max", "status", "message", "answer", "review",
             "sandbox"]]
    moodle = [["Identifier", "Grade", "Feedback comments"]]
    canvas = [["Student", "ID", "SIS User ID", "SIS Login ID", "Section",
               f"{assignment} ({max_total:g})"],
              ["    Points Possible", "", "", "", "", f"{max_total:g}"]]
    ordered = sorted(results, key=lambda r: r.learner)
    for r in ordered:
        by_task = {x.task: x for x in r.tasks}
        # a task outside the learner's track (a no-code notebook has no code-only tasks)
        # is an empty cell, and the learner's maximum is the track's
        rows.append([r.learner, *[by_task[q].points if q in by_task else "" for q in tasks],
                     r.earned, r.penalty, r.total, r.max_total, r.submitted.replace("T", " "),
                     format_lateness(r.late_seconds) if r.late_seconds > 0 else "",
                     r.to_review, r.status, r.reason, r.sandbox, r.track])
        for x in r.tasks:
            long.append([r.learner, x.task, f"{x.points:g}", f"{x.max_points:g}", x.status,
                         x.message, x.answer, x.review, r.sandbox])
        sub = subs.get(r.learner)
        grade = lms_grade(r, max_total)
        moodle.append([r.learner, f"{grade:g}", f"feedback/{_safe(r.learner)}.html"])
        canvas.append([r.learner, sub.lms_id if sub and sub.lms_id else r.learner, "", "", "",
                       f"{grade:g}"])
    out.mkdir(parents=True, exist_ok=True)
    n_tasks = len(tasks)
    text_rows = [rows[0]] + [
        [row[0], *(v if v == "" else f"{v:g}" for v in row[1:n_tasks + 1]),
         f"{row[n_tasks + 1]:g}",
         _pct(row[n_tasks + 2]), f"{row[n_tasks + 3]:g}", f"{row[n_tasks + 4]:g}",
         *row[n_tasks + 5:]] for row in rows[1:]]
    _write_csv(out / "gradebook.csv", text_rows)
    _write_gradebook_xlsx(out / "gradebook.xlsx", rows, n_tasks)
    _write_csv(out / "results.csv", long)
    # Moodle's grade import (Grades → Import → CSV file) reads files through
    # csv_import_reader::load_csv_content, which strips a UTF-8 byte-order mark
    # (core_text::trim_utf8_bom): BOM kept, for Excel. Canvas's gradebook importer finds its
    # header by row[0].include?("Student") and row[1].include?("ID"), so a BOM before
    # "Student" does no harm, and Canvas's own exports may carry one (the "Include
    # Byte-Order Mark" setting): BOM kept there too. Both keep their documented headers.
    _write_csv(out / "moodle.csv", moodle)
    _write_csv(out / "canvas.csv", canvas)
    fb_dir = out / "feedback"
    fb_dir.mkdir(exist_ok=True)
    stats = class_statistics(results)
    for r in results:
        _write_atomic(fb_dir / f"{_safe(r.learner)}.html", feedback_html(r, assignment, stats))
    # the trainer's pages: a bug of ours there must not cost the class its gradebook
    for name, write in (("analysis.html", lambda: write_analysis(results, assignment, out,
                                                                 method=method)),
                        ("similarity.html", lambda: write_similarity(subs, assignment, out)
                         if similarity else None)):
        try:
            write()
        except Exception as exc:
            print(t("grade.report_failed", file=name, error=f"{type(exc).__name__}: {exc}"),
                  file=sys.stderr)


def lms_grade(r: SubmissionResult, max_total: float) -> float:
    """The grade the LMS files carry, on the assignment's scale (``max_total``, all tasks of
    the bank): a no-code learner's points are scaled from the no-code track's maximum, so
    that 100 % of either track is the same grade.

    >>> from svcx_helpers.grading.results import SubmissionResult, TaskResult
    >>> r = SubmissionResult("a", "a.ipynb", "", tasks=[TaskResult("kano.t6", 3, 4, "fail")],
    ...                      track="nocode")
    >>> lms_grade(r, 12)
    9.0
    """
    if r.track == "nocode" and r.max_total:
        return round(r.total * max_total / r.max_total, 2)
    return r.total


def _write_gradebook_xlsx(path: Path, rows: list[list[Any]], n_tasks: int) -> None:
    """``gradebook.xlsx``: the gradebook as numbers (the penalty as a percentage), the
    header row frozen."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "gradebook"
    for row in rows:
        ws.append([None if v == "" else v for v in row])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    penalty_col = n_tasks + 3
    for row in ws.iter_rows(min_row=2, min_col=penalty_col, max_col=penalty_col):
        for cell in row:
            cell.number_format = "0%"
    ws.freeze_panes = "B2"
    ws.column_dimensions["A"].width = 24
    tmp = path.with_name(path.name + ".tmp")
    wb.save(tmp)
    os.replace(tmp, path)


def write_analysis(results: Sequence[SubmissionResult], assignment: str, out: Path, *,
                   method: str = "point_biserial_rest") -> None:
    """``analysis.html``, ``analysis.csv`` and ``analysis.svg`` (in the current language):
    the item analysis of :mod:`svcx_helpers.grading.analysis`."""
    from .pages import analysis_html, analysis_plot_svg, analysis_rows, wrong_answers

    rows = analysis_rows(results, assignment, method)
    wrong = wrong_answers(results)
    svg = analysis_plot_svg(rows) if rows and rows[0]["n"] else ""
    if svg:
        _write_atomic(out / "analysis.svg", svg)
    n_faults = sum(r.status not in OK_STATUSES for r in results)
    _write_atomic(out / "analysis.html", analysis_html(rows, wrong, assignment, svg, n_faults))
    table: list[list[Any]] = [["task", "title", "max_points", "n", "right", "partial", "wrong",
                               "facility", "discrimination", "method", "flags",
                               "top_wrong_message", "top_wrong_count"]]
    for row in rows:
        top = (wrong.get(row["task"]) or [("", 0, [])])[0]
        table.append([row["task"], row["title"], f"{row['max_points']:g}", row["n"],
                      *(_round(row[k]) for k in ("right", "partial", "wrong", "facility",
                                                  "discrimination")),
                      row["method"], " ".join(row["flags"]), top[0], top[1]])
    _write_csv(out / "analysis.csv", table)


def _round(x: float) -> str:
    return "" if x != x else f"{round(float(x), 4):g}"  # NaN: empty


def write_similarity(subs: Mapping[str, Submission], assignment: str, out: Path) -> list[Any]:
    """``similarity.html`` and ``similarity.csv`` (in the current language): pairs of learners
    whose answer code is alike (:mod:`svcx_helpers.grading.similarity`); every pair above
    the threshold is listed in the CSV, the reported ones also on the page."""
    from . import similarity as sim
    from .pages import similarity_html

    given = sim.GivenCells.from_exercises(sim.exercise_files(assignment))
    code = {who: sim.answer_cells(s.path, given) for who, s in subs.items()}
    pairs = sim.similar_pairs(code)
    _write_atomic(out / "similarity.html", similarity_html(
        pairs, assignment, len(code), threshold=sim.THRESHOLD, min_shingles=sim.MIN_SHINGLES,
        k=sim.K))
    _write_csv(out / "similarity.csv", [
        ["learner_a", "learner_b", "similarity", "shingles_a", "shingles_b", "shared",
         "flagged"],
        *([p.a, p.b, f"{p.similarity:.4f}", p.shingles_a, p.shingles_b, p.shared,
           "yes" if p.flagged else "no"] for p in pairs)])
    return pairs


def _safe(name: str) -> str:
    return re.sub(r"[^\w.\-]+", "_", name, flags=re.UNICODE).strip("._") or "learner"


# --------------------------------------------------------------------------------------
# The command
# --------------------------------------------------------------------------------------
class IsolationUnavailable(ValueError):
    """bubblewrap is missing or cannot make its namespaces, and isolation was asked for."""


def _merge_tasks(previous: SubmissionResult, new: SubmissionResult,
                 tasks: Collection[str]) -> SubmissionResult:
    """``previous`` with the re-graded ``tasks`` of ``new``; a fault of the new run replaces
    the status."""
    fresh = {x.task: x for x in new.tasks}
    previous.tasks = [fresh.get(x.task, x) if x.task in tasks else x for x in previous.tasks]
    known = {x.task for x in previous.tasks}
    previous.tasks += [x for task, x in fresh.items() if task not in known]
    if new.status not in OK_STATUSES:
        previous.status, previous.reason = new.status, new.reason
    previous.seconds = new.seconds
    previous.sandbox = new.sandbox
    previous.cached = False
    return previous


def _split(names: Sequence[str] | str | None) -> list[str] | None:
    if names is None:
        return None
    items = [names] if isinstance(names, str) else list(names)
    return [n.strip() for item in items for n in item.split(",") if n.strip()]


def grade(submissions: Path | str, assignment: str, out: Path | str, *,
          workers: int | None = None, timeout: float = 120.0, memory_mb: int = 2048,
          progress: bool = True, isolation: bool = True,
          only: Sequence[str] | str | None = None, tasks: Sequence[str] | str | None = None,
          reviews: Path | str | None = None, late: LatePolicy | None = None,
          similarity: bool = True) -> list[SubmissionResult]:
    """Grade every submission; write the reports; return the results.

    With ``isolation`` (the default) every kernel runs in a bubblewrap sandbox
    (:func:`svcx_helpers.grading.sandbox.bwrap_args`); where bubblewrap is missing or cannot
    run, :class:`IsolationUnavailable` is raised (``svcx grade`` says how to install it)
    unless ``isolation=False`` (``--no-isolation``): then the reports say so.

    ``only`` (learner ids) re-grades just those learners and ``tasks`` (task ids) just those
    tasks (running each notebook only up to the last of them); everything else is kept
    from the previous run's ``results.json`` in ``out`` — a learner whose file changed
    since, or who is not in it, is graded as usual. ``reviews``: a filled-in review
    workbook (``svcx review``) to merge; it is checked before anything runs
    (:class:`svcx_helpers.grading.review.ReviewError`). ``late``: the late-work rule
    (:class:`svcx_helpers.grading.late.LatePolicy`)."""
    from .checks import load_bank
    from .review import apply_reviews, read_reviews, reapply_saved, save_reviews

    submissions, out = Path(submissions).resolve(), Path(out).resolve()
    if out == submissions or submissions in out.parents:
        raise ValueError(t("grade.out_inside", out=out, submissions=submissions))
    try:
        bank = load_bank(assignment)
    except ModuleNotFoundError:
        bank = []
    if not bank:
        raise ValueError(t("grade.no_assignment", assignment=assignment))
    only_list, task_list = _split(only), _split(tasks)
    if task_list is not None:
        ids = [q.id for q in bank]
        unknown = [x for x in task_list if x not in ids]
        if unknown or not task_list:
            raise ValueError(t("grade.unknown_task", tasks=", ".join(unknown) or "-",
                               known=", ".join(ids)))
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
        by_learner = {s.learner: s for s in subs}
        if only_list is not None:
            unknown = [x for x in only_list if x not in by_learner]
            if unknown or not only_list:
                raise ValueError(t("grade.unknown_learner", learners=", ".join(unknown) or "-",
                                   known=", ".join(sorted(by_learner))))
        new_reviews = read_reviews(reviews, assignment, by_learner) if reviews else {}
        before = {s.learner: submission_digest(s.path) for s in subs}
        cache_path = out / CACHE_NAME
        try:
            cache = json.loads(cache_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            cache = {}
        key = f"{fingerprint(assignment)}:{RESULTS_FORMAT}"
        previous = load_results(out, assignment) if (only_list or task_list) else {}
        results: list[SubmissionResult] = []
        kept: set[str] = set()
        todo: list[tuple[Submission, SubmissionResult | None]] = []
        for s in subs:
            prev = previous.get(s.learner)
            unchanged = prev is not None and prev.sha256 == before[s.learner]
            selected = only_list is None or s.learner in only_list
            if not selected and unchanged and prev is not None:
                prev.cached = True
                results.append(prev)
                kept.add(s.learner)
                continue
            if selected and (only_list or task_list):
                todo.append((s, prev if task_list and unchanged else None))
                continue
            entry = cache.get(s.learner)
            if (entry and entry.get("sha256") == before[s.learner] and entry.get("key") == key
                    and entry["result"].get("sandbox", "none") == sandbox):
                r = result_from_dict(entry["result"])
                r.cached = True
                results.append(r)
            else:
                todo.append((s, None))
        lock = threading.Lock()
        done = [len(results)]
        total = len(subs)

        def work_one(item: tuple[Submission, SubmissionResult | None]) -> SubmissionResult:
            s, prev = item
            part = task_list if prev is not None else None
            r = grade_one(s, assignment, timeout=timeout, memory_mb=memory_mb,
                          digest=before[s.learner], protect=(submissions, out, Path(work)),
                          isolation=isolation, tasks=part)
            if prev is not None and part is not None:
                r = _merge_tasks(prev, r, part)
            with lock:
                done[0] += 1
                if progress:
                    bar = "#" * int(30 * done[0] / total)
                    print(f"\r[{bar:<30}] {done[0]:>3}/{total}  {s.learner[:24]:<24} "
                          f"{r.status:<12} {r.earned:g}/{r.max_total:g} ({r.seconds:.1f}s)",
                          file=sys.stderr, flush=True, end="\n")
            return r

        n_workers = max(1, workers or os.cpu_count() or 1)
        with ThreadPoolExecutor(max_workers=n_workers) as pool:
            results += list(pool.map(work_one, todo))
        after = {s.learner: submission_digest(s.path) for s in subs}
        changed = [name for name in before if before[name] != after[name]]
        for r in results:
            if r.learner in changed:  # must never happen; say so loudly if it does
                r.status, r.reason = "error", t("grade.modified")
        # the cache holds what grading decided, before reviews and late penalties
        new_cache = {}
        for r in results:
            if r.learner in kept:
                if r.learner in cache:
                    new_cache[r.learner] = cache[r.learner]
            elif r.status in OK_STATUSES:
                new_cache[r.learner] = {"sha256": r.sha256, "key": key,
                                        "result": {**asdict(r), "cached": False}}
        apply_late(results, by_learner, late)
        reapply_saved(results, out, assignment)
        merged = apply_reviews(results, new_reviews, assignment)
        write_reports(results, by_learner, assignment, out, similarity=similarity)
        save_reviews(results, out)
        save_results(results, assignment, key, out)
        _write_atomic(cache_path, json.dumps(new_cache, ensure_ascii=False, indent=1))
    if progress:
        n_bad = sum(r.status not in OK_STATUSES for r in results)
        print(t("grade.summary", n=len(results), bad=n_bad, cached=sum(r.cached for r in results),
                out=out), file=sys.stderr)
        if reviews:
            print(t("grade.review.merged", n=merged), file=sys.stderr)
        n_review = sum(r.to_review for r in results)
        if n_review:
            print(t("grade.review.waiting", n=n_review, out=out), file=sys.stderr)
        if not isolation:
            print(t("grade.not_isolated"), file=sys.stderr)
    return results
