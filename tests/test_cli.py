"""The svcx command: release check, data check, doctor."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from svcx_helpers.cli import ROOT


def svcx(*args: str) -> subprocess.CompletedProcess[str]:
    import sys

    exe = Path(sys.executable).with_name("svcx")
    return subprocess.run([str(exe), *args], cwd=ROOT, capture_output=True, text=True)


def test_release_check_passes_on_the_repository() -> None:
    out = svcx("release", "--check")
    assert out.returncode == 0, out.stderr
    assert "up to date" in out.stdout


def test_release_check_in_chinese() -> None:
    out = svcx("--lang", "zh", "release", "--check")
    assert out.returncode == 0 and "练习已是最新" in out.stdout


def test_data_check_passes() -> None:
    out = svcx("data", "--check")
    assert out.returncode == 0, out.stderr


def test_doctor_finds_font_and_data() -> None:
    out = svcx("doctor")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "kano_it_service_desk.csv" in out.stdout and "MISSING" not in out.stdout


def test_lab_and_build_pass_options_through(monkeypatch: pytest.MonkeyPatch) -> None:
    from svcx_helpers import cli

    seen = {}
    monkeypatch.setattr(cli.os, "execv", lambda exe, cmd: seen.setdefault("lab", cmd))
    monkeypatch.setattr(cli.subprocess, "call", lambda cmd: seen.setdefault("build", cmd) and 1)
    assert cli.main(["lab", "--no-browser", "--port=8899"]) == 0
    assert "--no-browser" in seen["lab"] and "--port=8899" in seen["lab"]
    assert any(a.endswith("default_url=/lab/tree/book/intro.md") for a in seen["lab"])
    assert cli.main(["build", "--builder", "dirhtml"]) == 1
    assert seen["build"][-2:] == ["--builder", "dirhtml"] and "-W" in seen["build"]
