"""Benchmarks, measured side by side in one run (ratios, not absolute targets).

    .venv/bin/python benchmarks/run.py            # everything (several minutes)
    .venv/bin/python benchmarks/run.py --quick    # skip the test suite and book builds

1. ``kano.classify`` on 1,000,000 answer pairs vs a plain Python loop over the same
   evaluation table (target: ≥ 20× faster).
2. ``import svcx_helpers`` vs ``import pandas`` in fresh interpreters (our import should
   cost little more than pandas itself: heavy libraries are lazy).
3. The full test suite (``pytest``), and in a temporary copy of the repository: a clean
   book build, an unchanged rebuild (which must not re-execute notebooks), a rebuild after
   one chapter's markdown changed, and the start page's weight (bytes chromium loads).
4. ``svcx grade`` on 40 submissions of the KANO exercise (copies of the solution with a few
   wrong answers), every kernel in its bubblewrap sandbox, vs executing the same notebooks
   one by one with a plain nbclient loop (what nbgrader's autograde and otter's local run
   do); target ≥ 1.8× on 2 cores; plus the per-notebook overhead beyond the learner's own
   execution (target ≤ 0.5 s), measured one kernel at a time on 8 of them, alternating
   a plain nbclient run and a sandboxed run of the same notebook.
   ``--regrade``: re-grading after a change, on 30 of them — everything again (what a
   changed question bank forces), ``--only`` one learner, ``--task`` the first task (each
   notebook runs only up to its check) and ``--task`` the last task (the whole notebook,
   but one answer), and a re-run where nothing changed (every result reused).
5. Erlang C: a day-by-day staffing plan for the four-week hotline (624 half hours) with
   ``queueing.staffing_plan`` vs the textbook formula with powers and factorials evaluated
   for each candidate agent count (which also overflows beyond ~170 agents).
6. ``process.metrics`` on the bank branch log vs a per-case ``groupby().apply`` written
   the obvious pandas way.
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from svcx_helpers import kano  # noqa: E402


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def naive_classify(functional: list[int], dysfunctional: list[int]) -> list[str]:
    """What a spreadsheet-minded Python loop does: validate and look up pair by pair."""
    table = kano.CANONICAL_TABLE
    out = []
    for f, d in zip(functional, dysfunctional, strict=True):
        if not (1 <= f <= 5 and 1 <= d <= 5):
            raise ValueError((f, d))
        out.append(table[f][d - 1])
    return out


def bench_classify(n: int = 1_000_000) -> None:
    rng = np.random.default_rng(0)
    f = rng.integers(1, 6, n)
    d = rng.integers(1, 6, n)
    f_list, d_list = f.tolist(), d.tolist()
    ours = best_of(lambda: kano.classify(f, d))
    naive = best_of(lambda: naive_classify(f_list, d_list), repeat=3)
    assert kano.classify(f[:1000], d[:1000]).tolist() == naive_classify(f_list[:1000],
                                                                         d_list[:1000])
    print(f"classify {n:,} pairs: svcx {ours * 1000:8.1f} ms | plain loop "
          f"{naive * 1000:8.1f} ms | ratio {naive / ours:6.1f}x (target >= 20x)")


def bench_import(repeat: int = 7) -> None:
    def cost(stmt: str) -> float:
        runs = []
        for _ in range(repeat):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", stmt], check=True, cwd=ROOT)
            runs.append(time.perf_counter() - start)
        return statistics.median(runs)

    base = cost("pass")
    pandas = cost("import pandas") - base
    ours = cost("import svcx_helpers, svcx_helpers.kano") - base
    mpl = cost("import matplotlib.pyplot") - base
    print(f"import (median of {repeat}, interpreter start-up subtracted): svcx_helpers "
          f"{ours * 1000:6.0f} ms | pandas {pandas * 1000:6.0f} ms | ratio "
          f"{ours / pandas:4.2f}x | (matplotlib.pyplot alone {mpl * 1000:.0f} ms, not loaded)")


def timed(cmd: list[str], cwd: Path = ROOT, env: dict[str, str] | None = None
          ) -> tuple[float, str]:
    start = time.perf_counter()
    out = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)
    if out.returncode != 0:
        print(out.stdout[-3000:], out.stderr[-3000:])
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return time.perf_counter() - start, out.stdout + out.stderr


def _touch_markdown(notebook: Path) -> None:
    """Change the text of one markdown cell (not code: the execution cache still holds)."""
    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    cell = next(c for c in nb.cells if c.cell_type == "markdown")
    cell.source += "\n\n(benchmark edit)"
    nbformat.write(nb, notebook)


def start_page_weight(html: Path) -> str:
    """Bytes the browser transfers for the start page (headless Debian chromium)."""
    from svcx_helpers.publish.assets import chrome, find_chromium, page_weight, serve

    if find_chromium() is None or shutil.which("chromedriver") is None:
        return "n/a (no chromium/chromedriver)"
    with tempfile.TemporaryDirectory() as profile, serve(html) as url:
        driver = chrome(profile)
        try:
            size, requests = page_weight(driver, url + "book/intro.html")
        finally:
            driver.quit()
    return f"{size / 1024:.0f} KiB in {requests} requests"


def bench_suite_and_book(suite: bool = True) -> None:
    # In a temporary copy of the repository, so the working tree and its _build stay as
    # they are: clean build, unchanged rebuild, one chapter's markdown changed.
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "svcx"
        shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(
            ".venv", "_build", ".git", ".*cache*", ".hypothesis", "__pycache__"))
        # `svcx build` in the copy (SVCX_ROOT): the English and the Chinese edition
        cmd = [str(Path(sys.executable).with_name("svcx")), "build"]
        env = {**os.environ, "SVCX_ROOT": str(copy)}
        clean, _ = timed(cmd, cwd=copy, env=env)
        rebuild, log = timed(cmd, cwd=copy, env=env)
        reexec = ("re-executed notebooks!" if "Executing notebook" in log
                  else "no notebook re-executed in either edition")
        _touch_markdown(copy / "book" / "chapters" / "kano.ipynb")
        changed, log2 = timed(cmd, cwd=copy, env=env)
        reexec2 = ("re-executed" if "Executing notebook" in log2 else "not re-executed")
        print(f"book build, both editions: clean {clean:6.1f} s | unchanged rebuild "
              f"{rebuild:6.1f} s ({reexec}) | ratio {clean / rebuild:4.1f}x")
        print(f"book build: one chapter's markdown changed {changed:6.1f} s "
              f"(notebook {reexec2}) | ratio to clean {clean / changed:4.1f}x")
        print(f"start page weight: {start_page_weight(copy / '_build' / 'html')}")
    if not suite:
        return
    suite_s, log = timed([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"])
    summary = [line for line in log.splitlines() if " passed" in line or " failed" in line]
    print(f"test suite: {suite_s:6.1f} s  ({summary[-1].strip() if summary else '?'})")


def _class_of(subs: Path, n: int) -> None:
    """``n`` KANO submissions: the solution with a few wrong answers (0–3 letters of task 1,
    sometimes a wrong chatbot statement)."""
    import nbformat

    solution = nbformat.read(ROOT / "solutions" / "kano.ipynb", as_version=4)
    wrong = ['["I", "A", "I",', '["A", "A", "I",', '["A", "O", "I",', '["A", "O", "M",']
    for i in range(n):
        nb = nbformat.from_dict(solution)
        for cell in nb.cells:
            if "by_hand = [" in cell.source:
                cell.source = cell.source.replace(wrong[0], wrong[i % 4])
            if i % 3 == 0 and 'chatbot_statement = "b"' in cell.source:
                cell.source = cell.source.replace('"b"', '"a"')
        nbformat.write(nb, subs / f"learner{i:02d}.ipynb")


def _nbclient_loop(paths: list[Path]) -> float:
    import nbformat
    from nbclient import NotebookClient

    start = time.perf_counter()
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        NotebookClient(nb, timeout=300, kernel_name="python3", allow_errors=True,
                       resources={"metadata": {"path": str(path.parent)}}).execute()
    return time.perf_counter() - start


def _isolation(allowed: bool) -> bool:
    from svcx_helpers.grading.sandbox import bwrap_problem

    return allowed and bwrap_problem() is None


def bench_grading(n: int = 40, serial: int = 8, isolation_allowed: bool = True) -> None:
    from svcx_helpers.grading.batch import grade, run_notebook, score

    isolation = _isolation(isolation_allowed)
    sandbox = "bubblewrap" if isolation else "NO bubblewrap: --no-isolation"
    with tempfile.TemporaryDirectory() as tmp:
        subs = Path(tmp) / "subs"
        subs.mkdir()
        _class_of(subs, n)
        paths = sorted(subs.glob("*.ipynb"))
        naive = _nbclient_loop(paths)
        start = time.perf_counter()
        results = grade(subs, "kano", Path(tmp) / "out", progress=False, isolation=isolation)
        ours = time.perf_counter() - start
        # overhead, one kernel at a time (no second worker competing for the cores),
        # alternating the two so that a change in the machine's load hits both alike
        diffs = []
        for p in paths[:serial]:
            naive_one = _nbclient_loop([p])
            start = time.perf_counter()
            answers, _, _ = run_notebook(p, timeout=300, isolation=isolation)
            score("kano", answers, answers)
            diffs.append(time.perf_counter() - start - naive_one)
    bad = sum(r.status != "graded" for r in results)
    workers = os.cpu_count() or 1
    totals = sorted({r.total for r in results})
    print(f"grade {n} KANO submissions ({sandbox}): svcx grade {ours:6.1f} s ({workers} "
          f"workers, {bad} faults, totals {totals[0]:g}–{totals[-1]:g}) | nbclient loop "
          f"{naive:6.1f} s | ratio {naive / ours:4.2f}x (target >= 1.8x)")
    print(f"  overhead per notebook beyond its own execution (one kernel at a time, "
          f"{serial} notebooks, sandbox + answer capture + scoring vs a plain nbclient run): "
          f"median {statistics.median(diffs):+5.2f} s, range {min(diffs):+.2f} to "
          f"{max(diffs):+.2f} s (target <= 0.5 s)")


def bench_regrade(n: int = 30, isolation_allowed: bool = True) -> None:
    """Re-grading after a change: all of it, one learner (--only), one task (--task)."""
    from svcx_helpers.grading.batch import CACHE_NAME, grade

    isolation = _isolation(isolation_allowed)
    sandbox = "bubblewrap" if isolation else "--no-isolation"
    with tempfile.TemporaryDirectory() as tmp:
        subs, out = Path(tmp) / "subs", Path(tmp) / "out"
        subs.mkdir()
        _class_of(subs, n)

        def timed_grade(**kwargs: Any) -> tuple[float, list[Any]]:
            start = time.perf_counter()
            results = grade(subs, "kano", out, progress=False, isolation=isolation, **kwargs)
            return time.perf_counter() - start, results

        first, results = timed_grade()
        assert all(r.status == "graded" for r in results), [r.reason for r in results]
        (out / CACHE_NAME).unlink()  # as after a change of the question bank
        full, _ = timed_grade()
        only, _ = timed_grade(only="learner07")
        first_task, _ = timed_grade(tasks="kano.t1_classify_by_hand")
        last_task, _ = timed_grade(tasks="kano.t8_justify")
        unchanged, results = timed_grade()
        assert sum(r.cached for r in results) == n
    print(f"re-grade {n} KANO submissions ({sandbox}, {os.cpu_count()} workers): everything "
          f"{full:6.1f} s (first run {first:.1f} s) | --only 1 learner {only:5.1f} s "
          f"({full / only:4.1f}x faster) | --task first task {first_task:5.1f} s "
          f"({full / first_task:4.2f}x) | --task last task {last_task:5.1f} s "
          f"({full / last_task:4.2f}x) | nothing changed {unchanged:5.1f} s "
          f"({full / unchanged:4.1f}x)")


def _textbook_erlang_c(a: float, n: int) -> float:
    import math

    top = a ** n / math.factorial(n) * n / (n - a)
    return top / (sum(a ** k / math.factorial(k) for k in range(n)) + top)


def _textbook_agents(a: float, aht: float, target: float, level: float) -> int:
    import math

    n = math.floor(a) + 1
    while 1 - _textbook_erlang_c(a, n) * math.exp(-(n - a) * target / aht) < level:
        n += 1
    return n


def bench_erlang() -> None:
    from svcx_helpers import load_dataset, queueing

    calls = load_dataset("hotline_arrivals")
    aht = float(calls["aht_seconds"].mean())
    ours = best_of(lambda: queueing.staffing_plan(calls["arrivals"], 30, aht, 20, 0.8), 3)
    loads = [queueing.offered_traffic(x, 1800, aht) for x in calls["arrivals"]]
    naive = best_of(lambda: [_textbook_agents(a, aht, 20, 0.8) for a in loads], 3)
    plan = queueing.staffing_plan(calls["arrivals"], 30, aht, 20, 0.8)
    same = plan["agents"].tolist() == [_textbook_agents(a, aht, 20, 0.8) for a in loads]
    try:
        _textbook_erlang_c(300.0, 320)
        overflow = "no overflow"
    except OverflowError:
        overflow = "textbook formula overflows at 320 agents; ours: "
        overflow += f"{queueing.erlang_c(300.0, 320):.4f}"
    print(f"staffing plan, {len(calls)} intervals: ours {ours * 1000:.1f} ms, textbook "
          f"{naive * 1000:.1f} ms → {naive / ours:.1f}× (same agents: {same}); {overflow}")


def _naive_metrics(df: Any) -> Any:
    import pandas as pd

    def one(g: pd.DataFrame) -> pd.Series:
        g = g.sort_values("start")
        lead = (g["end"].max() - g["start"].min()).total_seconds() / 60
        touch = ((g["end"] - g["start"]).dt.total_seconds() / 60).sum()
        res = g["resource"].tolist()
        return pd.Series({"lead_time": lead, "touch_time": touch,
                          "handoffs": sum(a != b for a, b in itertools.pairwise(res)),
                          "rework": len(g) - g["activity"].nunique()})

    return df.groupby("case_id").apply(one, include_groups=False)


def bench_process() -> None:
    import pandas as pd

    from svcx_helpers import load_dataset, process

    raw = load_dataset("bank_branch_events_before")
    log = process.load_log(raw)
    parsed = raw.assign(start=pd.to_datetime(raw["start"]), end=pd.to_datetime(raw["end"]))
    ours = best_of(lambda: process.metrics(log), 3)
    naive = best_of(lambda: _naive_metrics(parsed), 3)
    a = process.metrics(log).cases
    b = _naive_metrics(parsed)
    same = bool((a["lead_time"].round(6) == b["lead_time"].round(6)).all()
                and (a["handoffs"] == b["handoffs"]).all())
    print(f"process.metrics, {len(log)} events / {log['case'].nunique()} cases: ours "
          f"{ours * 1000:.0f} ms, groupby-apply {naive * 1000:.0f} ms → {naive / ours:.1f}× "
          f"(same lead times and hand-offs: {same})")


def bench_slides() -> None:
    """svcx slides vs nbconvert's reveal.js exporter on the same executed chapter and the
    same cells: build time, page size, and what each page would fetch from the internet."""
    import copy
    import re

    from nbconvert import SlidesExporter

    from svcx_helpers.publish import slides as slides
    from svcx_helpers.publish.nbhtml import execute

    nb = execute(slides.chapter_path("queues"))
    peer_nb = copy.deepcopy(nb)
    for cell in peer_nb.cells:  # the same selection, as Jupyter's Slide type
        kind = slides.slide_kind(cell)
        cell.metadata["slideshow"] = {"slide_type": {None: "skip", "continue": "-"}.get(
            kind, kind)}
        if cell.cell_type == "code" and "remove-input" not in cell.metadata.get("tags", []):
            cell.metadata.setdefault("tags", []).append("remove-input")
    exporter = SlidesExporter(exclude_input=True)
    ours_html = slides.deck_html(slides.slides_of(nb), "queues")
    peer_html, _ = exporter.from_notebook_node(peer_nb)
    ours = best_of(lambda: slides.deck_html(slides.slides_of(nb), "queues"), 3)
    peer = best_of(lambda: exporter.from_notebook_node(peer_nb), 3)
    web = re.compile(r"""(?:src|href)=["']?(https?://[^"' >]+)|import [^;]*?from ['"](https?://[^'"]+)""")
    ext_ours = {m for g in web.findall(ours_html) for m in g if m}
    ext_peer = {m for g in web.findall(peer_html) for m in g if m}
    print(f"slides of the queues chapter: svcx {ours * 1000:.0f} ms, nbconvert SlidesExporter "
          f"{peer * 1000:.0f} ms → {peer / ours:.1f}×; page {len(ours_html) / 1024:.0f} KiB vs "
          f"{len(peer_html) / 1024:.0f} KiB ({len(peer_html) / len(ours_html):.1f}×); fetched "
          f"from the internet: {len(ext_ours)} vs {len(ext_peer)} URLs "
          f"({', '.join(sorted(u.split('/')[2] for u in ext_peer))})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="skip test suite and book builds")
    parser.add_argument("--grading", action="store_true", help="only the grading benchmark")
    parser.add_argument("--book", action="store_true",
                        help="only the book builds (both editions) in a temporary copy")
    parser.add_argument("--regrade", action="store_true",
                        help="only re-grading: everything, --only, --task, nothing changed")
    parser.add_argument("--no-isolation", action="store_true",
                        help="grade without the bubblewrap sandbox (e.g. in a git worktree, "
                             "where the sandbox cannot import the package)")
    args = parser.parse_args()
    isolation = not args.no_isolation
    if args.grading:
        bench_grading(isolation_allowed=isolation)
        return
    if args.regrade:
        bench_regrade(isolation_allowed=isolation)
        return
    if args.book:
        bench_suite_and_book(suite=False)
        return
    bench_classify()
    bench_import()
    bench_erlang()
    bench_process()
    bench_slides()
    if not args.quick:
        bench_grading(isolation_allowed=isolation)
        bench_regrade(isolation_allowed=isolation)
        bench_suite_and_book()


if __name__ == "__main__":
    main()
