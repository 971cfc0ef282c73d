"""Attacks on the grading sandbox (issue 15): hostile learners graded beside an honest one.

Each attack is a learner notebook — the model answers of ``solutions/kano.ipynb`` with one
hostile code cell added — and all of them are graded together with an honest learner in
ONE ``grade.grade(...)`` run (2 workers, short timeouts). Every attack must end graded
with a status and reason, or simply be unable to do harm, and nothing outside the
kernels' work folders may change: the submissions, the results folder (apart from the
files the grader writes), ``svcx_helpers/``, ``data/``, the repository's tracked files, the
host's ``/tmp`` and ``/dev/shm``; a TCP server on 127.0.0.1 receives nothing; the honest
learner's score equals its score graded alone. One more test runs the grader itself as
the ordinary user ``nobody`` on two of the attacks.
"""

from __future__ import annotations

import csv
import hashlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
import threading
import uuid
import zipfile
from pathlib import Path

import nbformat
import pytest

from svcx_helpers.cli import ROOT
from svcx_helpers.core import PACKAGE_DIR
from svcx_helpers.grading import batch as grade
from svcx_helpers.grading.sandbox import bwrap_problem

SOLUTION = ROOT / "solutions" / "kano.ipynb"
DATA = ROOT / "data"
MARK = f"pwned-{uuid.uuid4().hex[:10]}"
TIMEOUT = 25

pytestmark = pytest.mark.skipif(bwrap_problem() is not None,
                                reason=f"bubblewrap unusable: {bwrap_problem()}")


# ------------------------------------------------------------------------------ helpers
def learner(code: str, *, replace_t1: bool = False) -> nbformat.NotebookNode:
    """The model answers with one hostile cell after the imports; with ``replace_t1`` the
    hostile cell takes the place of the cell that answers task 1 (``by_hand``), so task 1
    is right only if the attack got the answer from somewhere it must not see."""
    book = nbformat.read(SOLUTION, as_version=4)
    cell = nbformat.v4.new_code_cell(textwrap.dedent(code))
    if replace_t1:
        i = next(i for i, c in enumerate(book.cells) if "by_hand = [" in c.source)
        book.cells[i] = cell
    else:
        i = next(i for i, c in enumerate(book.cells) if "load_dataset(" in c.source)
        book.cells.insert(i + 1, cell)
    return book


def digests(folder: Path) -> dict[str, tuple[str, int]]:
    """Relative path → (SHA-256, owner uid) of every file, without ``__pycache__``."""
    out = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts:
            out[p.relative_to(folder).as_posix()] = (
                hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_uid)
    return out


def tracked_files() -> list[Path]:
    try:
        names = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True,
                               check=True).stdout.decode().split("\0")
    except (OSError, subprocess.CalledProcessError):
        return []
    return [ROOT / n for n in names if n and (ROOT / n).is_file()]


def snapshot() -> dict[str, tuple[str, int]]:
    snap = {}
    for p in tracked_files():
        snap[str(p)] = (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_uid)
    for folder in (PACKAGE_DIR, DATA):
        snap.update({str(folder / k): v for k, v in digests(folder).items()})
    return snap


def harmful_changes(before: dict, after: dict) -> list[str]:
    """Changes to the repository that an attack could have made. Others may edit the
    working tree while the tests run, so a changed file counts when it was deleted or
    appeared, holds the attack marker, or is owned by a sandbox user."""
    bad = []
    for name in set(before) | set(after):
        if before.get(name) == after.get(name):
            continue
        if name not in after:
            if Path(name).exists():
                continue
            bad.append(f"deleted: {name}")
            continue
        path = Path(name)
        owner = after[name][1]
        if MARK.encode() in path.read_bytes() or owner >= grade.SANDBOX_UID_BASE \
                or owner == 65534:
            bad.append(f"changed: {name}")
    return bad


def host_litter() -> list[str]:
    found = []
    for folder in (Path("/tmp"), Path("/dev/shm")):
        with _suppress():
            found += [str(p) for p in folder.iterdir() if MARK in p.name]
    return found


class _suppress:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return exc[0] is not None and issubclass(exc[0], OSError)  # type: ignore[arg-type]


class Listener:
    """A TCP server on 127.0.0.1 that records every connection and every byte."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.5)
        self.port = self.sock.getsockname()[1]
        self.received: list[bytes] = []
        self.connections = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.settimeout(1)
            with conn, _suppress():
                self.received.append(conn.recv(65536))

    def close(self) -> None:
        self.stop.set()
        self.thread.join(2)
        self.sock.close()


# ------------------------------------------------------------------------------ attacks
def attacks(subs: Path, out: Path, port: int) -> dict[str, nbformat.NotebookNode]:
    honest_nb = subs / "honest.ipynb"
    targets = [str(honest_nb), str(subs / f"{MARK}.ipynb"), str(out / "gradebook.csv"),
               str(out / f"{MARK}.txt"), str(PACKAGE_DIR / "questions" / "kano.py"),
               str(PACKAGE_DIR / f"{MARK}.py"), str(DATA / "kano_it_service_desk.csv"),
               str(DATA / f"{MARK}.csv"), str(ROOT / "pyproject.toml")]
    libc = "import ctypes, os\nlibc = ctypes.CDLL(None, use_errno=True)\n"
    steal = """
        import json
        by_hand = []
        for path in {source!r}:
            try:
                for cell in json.load(open(path, encoding="utf-8"))["cells"]:
                    src = "".join(cell["source"])
                    if "by_hand = [" in src:
                        exec(src)
            except Exception as exc:
                print("could not read", path, exc)
        """
    return {
        "ctypes_files": learner(libc + f"""
            for path in {targets!r}:
                fd = libc.open(path.encode(), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
                if fd >= 0:
                    libc.write(fd, b"{MARK}", {len(MARK)})
                    libc.close(fd)
                libc.unlink(path.encode())
            libc.rename({str(honest_nb)!r}.encode(), b"/tmp/stolen.ipynb")
            """),
        "ctypes_system": learner(libc + f"""
            libc.system(b"touch /tmp/{MARK}-system /dev/shm/{MARK}-system")
            libc.system(b"echo {MARK} > {subs}/{MARK}-sh; rm -f {honest_nb}; "
                        b"echo {MARK} >> {ROOT}/README.md; rm -rf {DATA}")
            """),
        "fork": learner(libc + f"""
            try:
                os.fork()
            except PermissionError as exc:
                print(exc)
            pid = libc.fork()
            if pid == 0:
                fd = libc.open(b"{honest_nb}", os.O_WRONLY | os.O_TRUNC)
                libc.write(fd, b"{MARK}", {len(MARK)})
                libc.unlink(b"{honest_nb}")
                libc._exit(0)
            os.waitpid(pid, 0)
            """),
        "subprocess": learner(f"""
            import subprocess
            try:
                subprocess.run(["sh", "-c", "rm -f {honest_nb}; touch /tmp/{MARK}-sub"])
            except PermissionError as exc:
                print(exc)
            """),
        "posix_spawn": learner(f"""
            import os
            try:
                os.posix_spawn("/bin/sh", ["sh", "-c", "rm -f {honest_nb}"], dict(os.environ))
            except PermissionError as exc:
                print(exc)
            """),
        "fork_bomb": learner(libc + """
            import time
            failed = 0
            for _ in range(3000):
                pid = libc.fork()
                if pid == 0:
                    while True:
                        libc.fork()
                        time.sleep(0.05)
                if pid < 0:
                    failed += 1
            print("forks refused:", failed)
            """),
        "network": learner(f"""
            import socket
            for host in ("127.0.0.1", "localhost", "::1"):
                try:
                    with socket.create_connection((host, {port}), timeout=2) as s:
                        s.sendall(b"{MARK}")
                except OSError as exc:
                    print(host, exc)
            """),
        "steal_peer": learner(steal.format(source=[str(honest_nb)]), replace_t1=True),
        "steal_solution": learner(steal.format(source=[str(SOLUTION)]), replace_t1=True),
        "bank_rewrite": learner(libc + f"""
            import sys
            import svcx_helpers.questions.kano as bank
            import svcx_helpers.grading.checks as checks
            src = bank.__file__
            try:
                open(src, "a").write("\\n# {MARK}\\n")
            except OSError as exc:
                print(exc)
            fd = libc.open(src.encode(), os.O_WRONLY | os.O_APPEND)
            libc.write(fd, b"# {MARK}", {len(MARK) + 2})
            checks.grade_answer = lambda *a, **k: None
            sys.modules["svcx_helpers.grading.checks"] = None
            for name in dir(bank):
                if not name.startswith("__"):
                    setattr(bank, name, None)
            by_hand = ["X"] * 12
            """, replace_t1=True),
        "fill_disk": learner(f"""
            import os
            chunk = b"x" * (8 << 20)
            for folder in ("/tmp", "/dev/shm", "."):
                for i in range(60):
                    try:
                        with open(os.path.join(folder, "{MARK}-%d" % i), "wb") as fh:
                            fh.write(chunk)
                    except OSError as exc:
                        print(folder, exc)
                        break
            """),
        "flood": learner("""
            while True:
                print("x" * 100_000)
            """),
        "sleep": learner("""
            import time
            time.sleep(10**6)
            """),
        "kill": learner(f"""
            import os, signal
            for pid in (os.getppid(), 1, {os.getpid()}):
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError as exc:
                    print(pid, exc)
            """),
        "shm_tmp": learner(libc + f"""
            for path in ("/dev/shm/{MARK}", "/tmp/{MARK}"):
                open(path, "w").write("{MARK}")
                fd = libc.open((path + "-c").encode(), os.O_WRONLY | os.O_CREAT, 0o666)
                libc.write(fd, b"x", 1)
            """),
    }


EXPECTED_STATUS = {"flood": {"output-limit", "memory"}, "sleep": {"timeout"},
                   "fill_disk": {"output-limit"}}


def _honest() -> nbformat.NotebookNode:
    book = nbformat.read(SOLUTION, as_version=4)  # three of twelve letters wrong: 10.5
    i = next(i for i, c in enumerate(book.cells) if "by_hand = [" in c.source)
    book.cells[i].source = book.cells[i].source.replace('["I", "A", "I",', '["A", "O", "M",')
    return book


def _rows(out: Path, who: str) -> list[dict[str, str]]:
    with (out / "results.csv").open(encoding="utf-8-sig") as fh:  # Excel's BOM
        return [r for r in csv.DictReader(fh) if r["learner"] == who]


@pytest.fixture(scope="module")
def attacked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    base = tmp_path_factory.mktemp("attacks")
    subs, out, alone_subs = base / "subs", base / "out", base / "alone"
    subs.mkdir()
    alone_subs.mkdir()
    out.mkdir()
    (out / "keep.txt").write_text("the trainer's own file\n", encoding="utf-8")
    nbformat.write(_honest(), subs / "honest.ipynb")
    nbformat.write(_honest(), alone_subs / "honest.ipynb")
    server = Listener()
    for name, book in attacks(subs, out, server.port).items():
        nbformat.write(book, subs / f"{name}.ipynb")
    alone = grade.grade(alone_subs, "kano", base / "alone-out", workers=1, timeout=60,
                        progress=False)
    subs_before, out_before, repo_before = digests(subs), digests(out), snapshot()
    results = grade.grade(subs, "kano", out, workers=2, timeout=TIMEOUT, memory_mb=1536,
                          progress=False)
    server.close()
    for r in results:  # shown with pytest -s
        print(f"{r.learner:<15} {r.status:<13} {r.total:>4g}/{r.max_total:g} {r.seconds:5.1f}s "
              f"{r.reason[:70]}")
    return {"subs": subs, "out": out, "by": {r.learner: r for r in results},
            "alone": alone[0], "alone_out": base / "alone-out", "server": server,
            "subs_before": subs_before, "out_before": out_before,
            "repo_before": repo_before, "repo_after": snapshot(), "litter": host_litter()}


def test_every_attack_ends_with_a_status(attacked: dict) -> None:
    by = attacked["by"]
    assert set(by) >= {"honest", *attacks(attacked["subs"], attacked["out"], 1)}
    for name, r in by.items():
        assert r.status in grade.OK_STATUSES + grade.FAULT_STATUSES, (name, r.status)
        assert r.sandbox == "bwrap"
        if r.status != "graded":
            assert r.reason and "Traceback" not in r.reason, (name, r.reason)
    for name, status in EXPECTED_STATUS.items():
        assert by[name].status in status, (name, by[name].status, by[name].reason)
    # the library's own answer checks were untouched: harmless attacks still score fully
    for name in ("ctypes_files", "ctypes_system", "fork", "subprocess", "posix_spawn",
                 "network", "shm_tmp"):
        assert by[name].status == "graded" and by[name].total == by[name].max_total, (
            name, by[name].status, by[name].reason, by[name].total)


def test_honest_learner_unaffected(attacked: dict) -> None:
    honest, alone = attacked["by"]["honest"], attacked["alone"]
    assert honest.status == alone.status == "graded"
    assert honest.total == alone.total == honest.max_total - 0.5
    strip = [{k: v for k, v in r.items()} for r in _rows(attacked["out"], "honest")]
    assert strip == _rows(attacked["alone_out"], "honest")


def test_cannot_read_peers_or_solutions(attacked: dict) -> None:
    # the same cells, run here where the files are readable, do steal the answer
    for name in ("steal_peer", "steal_solution"):
        cell = next(c.source for c in nbformat.read(attacked["subs"] / f"{name}.ipynb",
                                                    as_version=4).cells
                    if c.cell_type == "code" and "exec(src)" in c.source)
        scope: dict = {}
        exec(cell, scope)
        assert len(scope["by_hand"]) == 12
    for name in ("steal_peer", "steal_solution"):
        t1 = {t.task: t for t in attacked["by"][name].tasks}["kano.t1_classify_by_hand"]
        assert t1.points == 0 and t1.status != "pass", (name, t1)


def test_rewriting_the_bank_changes_no_grade(attacked: dict) -> None:
    r = attacked["by"]["bank_rewrite"]
    t1 = {t.task: t for t in r.tasks}["kano.t1_classify_by_hand"]
    assert r.status == "graded" and t1.points == 0
    assert r.total == r.max_total - t1.max_points


def _text_of(path: Path) -> str:
    """A result file's text; a workbook's is the XML inside its zip."""
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as book:
            return "".join(book.read(n).decode("utf-8", "replace") for n in book.namelist())
    return path.read_text(encoding="utf-8", errors="replace")


def test_nothing_outside_the_work_folders_changed(attacked: dict) -> None:
    subs, out = attacked["subs"], attacked["out"]
    assert digests(subs) == attacked["subs_before"]
    after = digests(out)
    assert after["keep.txt"] == attacked["out_before"]["keep.txt"]
    written = {"keep.txt", "gradebook.csv", "gradebook.xlsx", "results.csv", "results.json",
               "reviews.json", "moodle.csv", "canvas.csv", "analysis.csv", "analysis.html",
               "analysis.svg", "similarity.csv", "similarity.html",
               grade.CACHE_NAME} | {f"feedback/{grade._safe(n)}.html" for n in attacked["by"]}
    assert set(after) == written, set(after) ^ written
    assert not any(MARK in _text_of(out / f) for f in after)
    assert harmful_changes(attacked["repo_before"], attacked["repo_after"]) == []
    assert attacked["litter"] == [] and host_litter() == []


def test_no_network(attacked: dict) -> None:
    server = attacked["server"]
    assert server.connections == 0 and server.received == []


# --------------------------------------------------------- the grader as an ordinary user
def _nobody_command(code: str, scratch: Path) -> list[str] | None:
    """Run ``python -c code`` as user ``nobody``. Folders on the way to the Python
    installation that others cannot enter (``/root`` with pyenv) are replaced, in a private
    mount namespace, by an empty world-readable tmpfs holding just the installation."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("setpriv"):
        return None
    python = [Path(sys.base_prefix).resolve(), Path(sys.prefix).resolve(), ROOT]
    blocked = sorted({a for p in python for a in [p, *p.parents]
                      if a.exists() and not os.stat(a).st_mode & 0o001})
    setpriv = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
               sys.executable, "-c", code]
    if not blocked:
        return setpriv
    if not shutil.which("unshare"):
        return None
    top = [b for b in blocked if not any(o in b.parents for o in blocked)]
    hold = scratch / "hold"
    hold.mkdir()
    lines = ["set -e"]
    for i, b in enumerate(top):
        for j, p in enumerate(q for q in python if b in q.parents):
            keep = hold / f"{i}-{j}"
            keep.mkdir()
            lines += [f"mount --bind '{p}' '{keep}'"]
        lines += [f"mount -t tmpfs -o mode=0755 tmpfs '{b}'"]
        for j, p in enumerate(q for q in python if b in q.parents):
            lines += [f"mkdir -p '{p}'", f"mount --bind '{hold / f'{i}-{j}'}' '{p}'"]
    lines.append('exec "$@"')
    return ["unshare", "--mount", "--propagation", "private", "sh", "-c", "\n".join(lines),
            "sh", *setpriv]


def test_grader_as_an_ordinary_user(attacked: dict) -> None:
    base = Path(tempfile.mkdtemp(prefix="svcx-nobody-"))
    try:
        os.chmod(base, 0o755)
        subs, out, home = base / "subs", base / "out", base / "home"
        subs.mkdir()
        for name in ("honest", "ctypes_files", "fork_bomb"):
            shutil.copyfile(attacked["subs"] / f"{name}.ipynb", subs / f"{name}.ipynb")
        for p in (subs, *subs.iterdir()):
            os.chmod(p, 0o755 if p.is_dir() else 0o644)
        for p in (out, home):
            p.mkdir()
            os.chown(p, 65534, 65534)
        code = ("import json\nfrom svcx_helpers.grading import batch\n"
                f"r = batch.grade({str(subs)!r}, 'kano', {str(out)!r}, workers=2, "
                f"timeout={TIMEOUT}, memory_mb=1536, progress=False)\n"
                "print(json.dumps({x.learner: [x.status, x.total, x.sandbox] for x in r}))\n")
        cmd = _nobody_command(code, base)
        if cmd is None:
            pytest.skip("needs root, setpriv and unshare to start the grader as nobody")
        before = digests(subs)
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home),
               "MPLCONFIGDIR": str(home / "mpl"), "LANG": "C.UTF-8",
               "SVCX_DATA_DIR": str(DATA)}
        run = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=170)
        assert run.returncode == 0, run.stderr[-3000:]
        import json

        by = json.loads(run.stdout.strip().splitlines()[-1])
        alone = attacked["alone"]
        assert by["honest"] == ["graded", alone.total, "bwrap"]
        assert by["ctypes_files"][0] == "graded" and by["ctypes_files"][2] == "bwrap"
        assert by["fork_bomb"][0] in grade.OK_STATUSES + grade.FAULT_STATUSES
        assert digests(subs) == before
        assert not any(MARK in p.read_text(encoding="utf-8", errors="replace")
                       for p in out.rglob("*") if p.is_file())
        assert host_litter() == []
    finally:
        shutil.rmtree(base, ignore_errors=True)


# ----------------------------------------------------------- without bubblewrap
def test_refuses_without_bubblewrap_unless_no_isolation(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture) -> None:
    from svcx_helpers.cli import main

    subs = tmp_path / "subs"
    subs.mkdir()
    shutil.copyfile(SOLUTION, subs / "good.ipynb")
    monkeypatch.setenv("PATH", str(tmp_path / "no-bwrap-here"))
    assert main(["grade", str(subs), "--assignment", "kano", "--out", str(tmp_path / "r"),
                 "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "bubblewrap" in err and "apt-get install bubblewrap" in err
    assert "--no-isolation" in err and not (tmp_path / "r" / "gradebook.csv").exists()
    assert main(["grade", str(subs), "--assignment", "kano", "--out", str(tmp_path / "r"),
                 "--no-isolation", "--timeout", "60"]) == 0
    assert "WITHOUT isolation" in capsys.readouterr().err
    with (tmp_path / "r" / "results.csv").open(encoding="utf-8-sig") as fh:
        assert {r["sandbox"] for r in csv.DictReader(fh)} == {"none"}
    with (tmp_path / "r" / "gradebook.csv").open(encoding="utf-8-sig") as fh:
        row = next(csv.DictReader(fh))
    assert row["total"] == "11" and row["sandbox"] == "none"
