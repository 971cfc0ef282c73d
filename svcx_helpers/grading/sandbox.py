"""Kernel launcher for grading: limits first, then the ordinary IPython kernel.

``svcx grade`` starts every learner's kernel as ``python -m svcx_helpers.grading.sandbox -f
<connection file>`` with these environment variables:

* ``SVCX_SANDBOX_MEMORY_MB`` — address-space limit (``RLIMIT_AS``): allocating past it
  raises ``MemoryError`` in the learner's code or ends the kernel.
* ``SVCX_SANDBOX_CPU_S`` — CPU-seconds limit (``RLIMIT_CPU``), a backstop behind the
  wall-clock timeout that the grader enforces.
* ``SVCX_SANDBOX_FSIZE_MB`` — the largest file the kernel may write (``RLIMIT_FSIZE``).
* ``SVCX_SANDBOX_PROTECT`` — folders (separated by ``os.pathsep``) the kernel must not
  change: the submissions, the results, the library and the data. An audit hook
  (:pep:`578`), installed before any learner code runs and impossible to remove from
  Python, refuses to open files there for writing, to delete, rename, chmod or create
  anything there, and refuses to start processes (``os.system``, ``subprocess``,
  ``os.exec*``, ``os.fork``).
* ``SVCX_SANDBOX_UID`` — when the grader runs as root and the Python installation is
  readable by others, the kernel also drops to this user (``nobody``).

What this protects against and what it does not is documented in the book's trainer
page. It is not a security boundary against a determined attacker on the same machine.
"""

from __future__ import annotations

import json
import os
import shutil
import sys


def _limit(resource_name: str, env: str, scale: int) -> None:
    import resource

    value = os.environ.get(env)
    if value:
        limit = int(float(value) * scale)
        resource.setrlimit(getattr(resource, resource_name), (limit, limit))


def _drop_privileges(connection_file: str) -> str:
    """As root, copy the connection file into the working folder and become the
    sandbox user. Returns the connection file to use."""
    uid = int(os.environ.get("SVCX_SANDBOX_UID", "-1"))
    if os.geteuid() != 0 or uid < 0:
        return connection_file
    gid = int(os.environ.get("SVCX_SANDBOX_GID", str(uid)))
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


def main() -> None:
    args = sys.argv[1:]
    if "-f" not in args:
        raise SystemExit("usage: python -m svcx_helpers.grading.sandbox -f CONNECTION_FILE")
    i = args.index("-f")
    connection_file = args[i + 1]
    with open(connection_file, encoding="utf-8") as fh:
        json.load(fh)  # fail early and clearly if it is not readable
    _limit("RLIMIT_AS", "SVCX_SANDBOX_MEMORY_MB", 1024 * 1024)
    _limit("RLIMIT_CPU", "SVCX_SANDBOX_CPU_S", 1)
    _limit("RLIMIT_FSIZE", "SVCX_SANDBOX_FSIZE_MB", 1024 * 1024)
    args[i + 1] = _drop_privileges(connection_file)
    from ipykernel import kernelapp  # imported before the hook: it may start helpers

    protect(os.environ.get("SVCX_SANDBOX_PROTECT", "").split(os.pathsep))

    sys.argv = [sys.argv[0], *args]
    kernelapp.launch_new_instance()


if __name__ == "__main__":
    main()
