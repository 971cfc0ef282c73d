"""Kernel launcher for grading: a bubblewrap sandbox, limits, then the ordinary IPython kernel.

``svcx grade`` starts every learner's kernel as ::

    bwrap <bwrap_args(...)> python -m svcx_helpers.grading.sandbox -f <connection file>

:func:`bwrap_args` builds the sandbox (what the kernel sees of the machine: read-only
system, Python and library; one private writable work folder; no network; its own
process, IPC and host-name namespaces; no capabilities). Inside it, :func:`main` sets the
limits, drops to an unprivileged user, installs an audit hook as a second layer and
starts the kernel. It reads these environment variables:

* ``SVCX_SANDBOX_MEMORY_MB`` — address-space limit (``RLIMIT_AS``): allocating past it
  raises ``MemoryError`` in the learner's code or ends the kernel.
* ``SVCX_SANDBOX_CPU_S`` — CPU-seconds limit (``RLIMIT_CPU``), a backstop behind the
  wall-clock timeout that the grader enforces.
* ``SVCX_SANDBOX_FSIZE_MB`` — the largest file the kernel may write (``RLIMIT_FSIZE``).
* ``SVCX_SANDBOX_NPROC`` — how many processes and threads the kernel's user may have
  (``RLIMIT_NPROC``): a fork bomb stops there.
* ``SVCX_SANDBOX_PROTECT`` — folders (separated by ``os.pathsep``) the kernel must not
  change: the submissions, the results, the library and the data. An audit hook
  (:pep:`578`), installed before any learner code runs and impossible to remove from
  Python, refuses to open files there for writing, to delete, rename, chmod or create
  anything there, and refuses to start processes (``os.system``, ``subprocess``,
  ``os.exec*``, ``os.fork``). Native code (``ctypes``) gets round it; bubblewrap does not
  care: those folders are not even visible in the sandbox.
* ``SVCX_SANDBOX_UID`` / ``SVCX_SANDBOX_GID`` — when the kernel starts as root, the user
  it becomes before anything else runs.
* ``SVCX_SANDBOX_ISOLATED`` — ``1`` inside bubblewrap (the grader prepared the work
  folder); without it (``svcx grade --no-isolation``) a root kernel copies the connection
  file and hands its working folder to the sandbox user itself.

What this protects against and what it does not is documented in the book's trainer
page (section 6).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

INSTALL_HINT = "apt-get install bubblewrap"

# /etc files the kernel may need (dynamic linker, fonts, time zone, user names): never
# the whole of /etc (no /etc/shadow, no ssh host keys, no trainer's configuration).
ETC_FILES = ("ld.so.cache", "ld.so.conf", "ld.so.conf.d", "fonts", "localtime", "timezone",
             "passwd", "group", "nsswitch.conf", "alternatives", "mime.types")


def _limit(resource_name: str, env: str, scale: int) -> None:
    import resource

    value = os.environ.get(env)
    if value:
        limit = int(float(value) * scale)
        resource.setrlimit(getattr(resource, resource_name), (limit, limit))


# --------------------------------------------------------------------------------------
# bubblewrap
# --------------------------------------------------------------------------------------
def bwrap_problem() -> str | None:
    """Why the kernels cannot be put in a bubblewrap sandbox here, or ``None`` if they can:
    ``bwrap`` must be installed and able to make its namespaces (``bwrap --ro-bind / /
    true`` with the flags :func:`bwrap_args` uses)."""
    exe = shutil.which("bwrap")
    if exe is None:
        return "bubblewrap (bwrap) is not installed"
    probe = [exe, "--ro-bind", "/", "/", *_namespace_args(), "true"]
    try:
        run = subprocess.run(probe, capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"bwrap does not run: {exc}"
    if run.returncode != 0:
        why = (run.stderr or run.stdout).strip().splitlines()
        return ("bwrap cannot create its namespaces (are unprivileged user namespaces "
                f"disabled?): {why[-1] if why else run.returncode}")
    return None


def _as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _namespace_args() -> list[str]:
    """Namespaces and privileges. As an ordinary user: ``--unshare-all`` with a user
    namespace whose only user is 65534 (``nobody``) inside. As root: the same namespaces
    but no user namespace (its only user would be root outside, where ``RLIMIT_NPROC``
    does not apply); the kernel starts with nothing but the right to change its user and
    becomes an unprivileged uid of its own before anything else runs (:func:`main`)."""
    common = ["--die-with-parent", "--new-session", "--cap-drop", "ALL"]
    if _as_root():
        return ["--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts",
                "--unshare-cgroup-try", *common, "--cap-add", "CAP_SETUID",
                "--cap-add", "CAP_SETGID"]
    return ["--unshare-all", "--unshare-user", "--uid", "65534", "--gid", "65534", *common]


def python_dirs() -> list[Path]:
    """The folders the kernel's Python needs, read-only: the installation (``sys.base_prefix``),
    the virtual environment (``sys.prefix``) and the ``svcx_helpers`` package."""
    from ..core import PACKAGE_DIR

    dirs = [Path(sys.base_prefix).resolve(), Path(sys.prefix).resolve(),
            Path(sys.executable).resolve().parent.parent, PACKAGE_DIR]
    out: list[Path] = []
    for d in dirs:
        if d not in out and not any(o in d.parents for o in out):
            out = [o for o in out if d not in o.parents] + [d]
    return out


def bwrap_args(work: Path, *, data_dir: Path, tmp_mb: int = 64) -> list[str]:
    """The ``bwrap`` arguments (before the command) that sandbox one learner's kernel.

    **Visible, read-only:** ``/usr`` (and ``/bin``, ``/sbin``, ``/lib*`` — symbolic links
    into it or read-only copies); from ``/etc`` only :data:`ETC_FILES` (linker cache,
    fonts, time zone, ``passwd``/``group``); the Python installation, the virtual
    environment and the ``svcx_helpers`` package (:func:`python_dirs`, at their own
    paths); the data folder ``data_dir`` (``SVCX_DATA_DIR``).

    **Visible, writable:** ``work`` at its own path — the learner's private folder: the
    copy of the notebook, the kernel's connection file, its IPC sockets and whatever the
    learner's code writes there (the grader stops a kernel whose folder grows past its
    disk limit); a fresh ``/tmp`` and ``/dev/shm`` (tmpfs of ``tmp_mb`` MB each, gone
    with the kernel); a minimal ``/dev`` (null, zero, full, random, urandom, tty, pts) and a
    ``/proc`` of the kernel's own process namespace.

    **Not visible:** everything else — the submissions folder, the results folder, the
    other learners' work folders, ``solutions/`` and the rest of the repository, the
    trainer's home (except the Python installation when it lives there), the rest of
    ``/etc``, ``/var``, ``/run``, ``/sys``, ``/home``, ``/root``, the host's ``/tmp`` and
    ``/dev/shm``, host processes and devices.

    **Namespaces and privileges:** :func:`_namespace_args` — no network (only a loopback
    of its own), its own PID, IPC, UTS and mount namespaces, a new session (no terminal
    injection), killed when the grader dies, no capabilities, an unprivileged user.
    """
    args = [*_namespace_args()]
    made: set[Path] = {Path("/"), Path("/tmp"), Path("/dev"), Path("/proc"), Path("/usr")}

    def bind(kind: str, source: Path | str, dest: Path | str) -> None:
        # parents that bwrap would create 0700 (unreadable for the unprivileged user)
        for parent in reversed(Path(dest).parents):
            if parent not in made:
                made.add(parent)
                args.extend(["--perms", "0755", "--dir", str(parent)])
        args.extend([kind, str(source), str(dest)])

    for name in ("bin", "sbin", "lib", "lib32", "lib64", "libx32"):
        host = Path("/") / name
        if host.is_symlink():
            args += ["--symlink", os.readlink(host), str(host)]
        elif host.is_dir():
            args += ["--ro-bind", str(host), str(host)]
    args += ["--ro-bind", "/usr", "/usr"]
    # the private /tmp and /dev/shm first: the Python environment, the package and the
    # data may themselves live under /tmp (a CI checkout), and are bound on top of them
    size = str(tmp_mb * 1024 * 1024)
    args += ["--proc", "/proc", "--dev", "/dev",
             "--size", size, "--perms", "1777", "--tmpfs", "/dev/shm",
             "--size", size, "--perms", "1777", "--tmpfs", "/tmp"]
    for name in ETC_FILES:
        host = Path("/etc") / name
        if host.exists():
            bind("--ro-bind", host, host)
    for d in python_dirs():
        bind("--ro-bind", d, d)
    data = Path(data_dir).resolve()
    if data.is_dir():
        bind("--ro-bind", data, data)
    bind("--bind", work, work)
    args += ["--chdir", str(work), "--setenv", "TMPDIR", "/tmp"]
    return args


# --------------------------------------------------------------------------------------
# Inside the sandbox
# --------------------------------------------------------------------------------------
def _no_new_privileges() -> None:
    """``PR_SET_NO_NEW_PRIVS``: set-user-id programs (``su``, ``mount``…) give nothing."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(38, 1, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def _drop_privileges(connection_file: str) -> str:
    """As root, become the sandbox user. Without bubblewrap, first copy the connection
    file into the working folder and give that folder to the sandbox user (with it, the
    grader did so). Returns the connection file to use."""
    uid = int(os.environ.get("SVCX_SANDBOX_UID", "-1"))
    if os.geteuid() != 0 or uid < 0:
        return connection_file
    gid = int(os.environ.get("SVCX_SANDBOX_GID", str(uid)))
    local = connection_file
    if os.environ.get("SVCX_SANDBOX_ISOLATED") != "1":
        cwd = os.getcwd()
        local = os.path.join(cwd, ".kernel-connection.json")
        shutil.copyfile(connection_file, local)
        for path in (cwd, local):
            os.chown(path, uid, gid)
        for root, dirs, files in os.walk(cwd):
            for name in dirs + files:
                os.chown(os.path.join(root, name), uid, gid)
    os.setgroups([])
    os.setgid(gid)
    os.setuid(uid)
    if os.getuid() != uid or os.geteuid() != uid:  # pragma: no cover - must never happen
        raise SystemExit("svcx grading sandbox: could not drop privileges")
    return local


_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
_PATH_EVENTS = {"os.remove", "os.rename", "os.rmdir", "os.mkdir", "os.chmod", "os.chown",
                "os.truncate", "os.symlink", "os.link", "os.utime", "shutil.rmtree",
                "shutil.move", "shutil.copyfile", "shutil.copytree", "os.removexattr",
                "os.setxattr"}
_PROCESS_EVENTS = {"os.system", "subprocess.Popen", "os.exec", "os.posix_spawn", "os.spawn",
                   "os.fork", "os.forkpty", "pty.spawn", "os.startfile"}


def protect(folders: list[str]) -> None:
    """Install the audit hook that guards ``folders`` and forbids new processes."""
    roots = [os.path.realpath(f) for f in folders if f]

    def inside(path: object) -> bool:
        if isinstance(path, int) or path is None:
            return False
        try:
            real = os.path.realpath(os.fsdecode(path))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return False
        return any(real == r or real.startswith(r + os.sep) for r in roots)

    def hook(event: str, args: tuple) -> None:  # type: ignore[type-arg]
        if event == "open":
            path, mode, flags = [*args, None, None, 0][:3]
            writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and flags & _WRITE_FLAGS)
            if writing and inside(path):
                raise PermissionError(f"svcx grading sandbox: {path} is read-only")
        elif event in _PATH_EVENTS:
            for arg in args[:2]:
                if inside(arg):
                    raise PermissionError(f"svcx grading sandbox: {arg} is read-only")
        elif event in _PROCESS_EVENTS:
            raise PermissionError("svcx grading sandbox: starting processes is not allowed")

    sys.addaudithook(hook)


def main(argv: Sequence[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    if "-f" not in args:
        raise SystemExit("usage: python -m svcx_helpers.grading.sandbox -f CONNECTION_FILE")
    i = args.index("-f")
    _limit("RLIMIT_AS", "SVCX_SANDBOX_MEMORY_MB", 1024 * 1024)
    _limit("RLIMIT_CPU", "SVCX_SANDBOX_CPU_S", 1)
    _limit("RLIMIT_FSIZE", "SVCX_SANDBOX_FSIZE_MB", 1024 * 1024)
    _limit("RLIMIT_NPROC", "SVCX_SANDBOX_NPROC", 1)
    _limit("RLIMIT_CORE", "SVCX_SANDBOX_CORE", 1)
    _no_new_privileges()
    args[i + 1] = _drop_privileges(args[i + 1])
    with open(args[i + 1], encoding="utf-8") as fh:
        json.load(fh)  # fail early and clearly if it is not readable
    if os.environ.get("SVCX_SANDBOX_ISOLATED") == "1":
        # in its own PID namespace the kernel's parent is bwrap's init (pid 1), which
        # ipykernel's parent poller would take for "the grader died"; bwrap
        # --die-with-parent does that job
        os.environ.pop("JPY_PARENT_PID", None)
    from ipykernel import kernelapp  # imported before the hook: it may start helpers

    protect(os.environ.get("SVCX_SANDBOX_PROTECT", "").split(os.pathsep))

    sys.argv = [sys.argv[0], *args]
    kernelapp.launch_new_instance()


if __name__ == "__main__":
    main()
