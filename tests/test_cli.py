"""The svcx command: release check, data check, doctor."""

from __future__ import annotations

import json
import os
import subprocess
import sys
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
    monkeypatch.setattr(cli.os, "execve",
                        lambda exe, cmd, env: seen.setdefault("lab", cmd) and
                        seen.setdefault("lab-env", env))
    class Build:  # `svcx build` starts both editions' builds at once
        def __init__(self, cmd: list[str], **kwargs: object) -> None:
            seen.setdefault("build", cmd)

        def wait(self, timeout: float | None = None) -> int:
            return 1

    monkeypatch.setattr(cli.subprocess, "Popen", Build)
    # the vendored assets are fetched by the real build; here only the commands matter
    # (without this, the test depended on an earlier test having built the book)
    monkeypatch.setattr(cli, "_vendor", lambda: True)
    assert cli.main(["lab", "--no-browser", "--port=8899"]) == 0
    assert "--no-browser" in seen["lab"] and "--port=8899" in seen["lab"]
    assert any(a.endswith("default_url=/lab/tree/book/intro.md") for a in seen["lab"])
    assert "JUPYTERLAB_SETTINGS_DIR" not in seen["lab-env"] or \
        seen["lab-env"]["JUPYTERLAB_SETTINGS_DIR"] == os.environ.get("JUPYTERLAB_SETTINGS_DIR")
    # the Chinese edition: its start page, JupyterLab's menus in Chinese
    seen.pop("lab"), seen.pop("lab-env")
    assert cli.main(["lab", "--lang", "zh", "--no-browser"]) == 0
    assert any(a.endswith("default_url=/lab/tree/book/zh/intro.md") for a in seen["lab"])
    locale = (Path(seen["lab-env"]["JUPYTERLAB_SETTINGS_DIR"]) / "@jupyterlab" /
              "translation-extension" / "plugin.jupyterlab-settings")
    assert json.loads(locale.read_text())["locale"] == "zh_CN"
    overrides = json.loads((Path(sys.prefix) / "share" / "jupyter" / "lab" / "settings" /
                            "overrides.json").read_text())
    assert overrides == cli.LAB_OVERRIDES
    notification = overrides["@jupyterlab/apputils-extension:notification"]
    assert notification == {"fetchNews": "false", "checkForUpdates": False}
    assert cli.main(["build", "--builder", "dirhtml"]) == 1
    assert seen["build"][-2:] == ["--builder", "dirhtml"] and "-W" in seen["build"]


def test_blueprint_command_checks_and_draws(tmp_path: Path) -> None:
    out = svcx("blueprint", "data/blueprints/restaurant.yml", "-o", str(tmp_path / "r.svg"),
               "-o", str(tmp_path / "r.png"))
    assert out.returncode == 0, out.stderr
    assert "encounters" in out.stdout
    assert (tmp_path / "r.svg").stat().st_size > 0
    assert (tmp_path / "r.png").read_bytes()[:4] == b"\x89PNG"


def test_blueprint_command_reports_problems_by_file_line_and_step(tmp_path: Path) -> None:
    table = tmp_path / "steps.csv"
    table.write_text("id,lane,column,label,to\nC1,customer,1,Order,O1\n"
                     "O1,onstage,1,Take order,\nB1,kitchen,1,Cook,\n", encoding="utf-8")
    out = svcx("blueprint", str(table))
    assert out.returncode == 1
    assert "step B1: unknown lane 'kitchen'" in out.stderr
    assert "step C1: customer action in column 1 has no physical evidence" in out.stderr
    table.write_text("id,lane,column,label\nC1,customer,1,Order\nO1,onstage,soon,Take\n",
                     encoding="utf-8")
    out = svcx("blueprint", str(table))
    assert out.returncode == 2
    assert "steps.csv, step row 3 (O1): 'column' must be a non-negative number" in out.stderr
