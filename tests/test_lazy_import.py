"""`import svcx_helpers` must not import matplotlib, seaborn or ipywidgets."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("matplotlib", "seaborn", "ipywidgets", "IPython")


def run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip()


def test_import_is_light() -> None:
    out = run("import sys, svcx_helpers, svcx_helpers.kano, svcx_helpers.grading.checks;"
              f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))")
    assert out == "[]"


def test_plot_imports_matplotlib_only_when_used() -> None:
    out = run("import sys, pandas as pd; from svcx_helpers import kano;"
              "f = kano.plot_better_worse; before = 'matplotlib' in sys.modules;"
              "df = pd.DataFrame({'attribute': ['a'], 'functional': [1], 'dysfunctional': [5]});"
              "f(kano.evaluate(kano.count(df)));"
              "print(before, 'matplotlib' in sys.modules)")
    assert out == "False True"
