"""Page weight of the built site, side by side with Jupyter Book's defaults (issue 22).

    .venv/bin/python benchmarks/page_weight.py            # builds the peer in a copy
    .venv/bin/python benchmarks/page_weight.py --peer DIR # a peer site built before

For four kinds of page — the start page, a text-only page, a chapter with math and plots,
a page with a widget — in both editions, headless Debian chromium loads the page from
127.0.0.1 with its cache off and reports the bytes transferred and the requests (DevTools
network events), and the time to first contentful paint (``performance`` paint timing,
median of five loads). The peer is the same content built with what Jupyter Book does by
default: every page loads the theme's Font Awesome script, MathJax and the widget manager
(``SVCX_LIGHT=0 svcx build`` in a temporary copy of the repository, reusing the execution
cache). Targets (issue 22): start page ≤ 1 MiB, a chapter ≤ 2.5 MiB with its figures,
first paint no worse than the peer's. Exit 1 if a target is missed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from svcx_helpers.publish.assets import chrome, find_chromium, page_weight, serve  # noqa: E402

MiB = 1024 * 1024
PAGES = {  # kind → (English page, Chinese page, byte target or None)
    "start page": ("book/intro.html", "zh/book/zh/intro.html", 1 * MiB),
    "text page": ("book/how-to-use.html", "zh/book/zh/how-to-use.html", None),
    "chapter (math, plots)": ("book/chapters/kano.html", "zh/book/zh/chapters/kano.html",
                              int(2.5 * MiB)),
    "widget page": ("book/chapters/queues.html", "zh/book/zh/chapters/queues.html", None),
}
LOADS = 5


def measure(site: Path, page: str) -> tuple[int, int, float]:
    """(bytes, requests, median first contentful paint in ms) of ``page`` under ``site``."""
    with tempfile.TemporaryDirectory() as profile, serve(site) as url:
        driver = chrome(profile)
        try:
            driver.execute_cdp_cmd("Network.enable", {})
            driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
            size, requests = page_weight(driver, url + page)
            paints = []
            for _ in range(LOADS):
                driver.get(url + page)
                paints.append(driver.execute_async_script("""
                    const done = arguments[arguments.length - 1];
                    new PerformanceObserver((list, obs) => {
                      const e = list.getEntriesByName('first-contentful-paint');
                      if (e.length) { obs.disconnect(); done(e[0].startTime); }
                    }).observe({type: 'paint', buffered: true});
                    setTimeout(() => done(null), 10000);""") or float("nan"))
        finally:
            driver.quit()
    return size, requests, statistics.median(paints)


def build_peer(tmp: Path) -> Path:
    """The same content built with Jupyter Book's defaults (``SVCX_LIGHT=0``), in a copy
    of the repository that reuses the execution caches (no notebook runs again)."""
    copy = tmp / "svcx"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(
        ".venv", ".git", ".*cache", ".hypothesis", "__pycache__", "html", "screenshots",
        "pdf", "class", "slides", "sheets", "jupyter_execute"))
    env = {**os.environ, "SVCX_ROOT": str(copy), "SVCX_LIGHT": "0"}
    subprocess.run([str(Path(sys.executable).with_name("svcx")), "build"], cwd=copy,
                   env=env, check=True, stdout=subprocess.DEVNULL)
    return copy / "_build" / "html"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "_build" / "html")
    parser.add_argument("--peer", type=Path, help="a site built with SVCX_LIGHT=0")
    args = parser.parse_args(argv)
    if find_chromium() is None or shutil.which("chromedriver") is None:
        print("page weight: n/a (no chromium/chromedriver)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        peer = args.peer or build_peer(Path(tmp))
        print(f"{'page':<24}{'ed.':<4}{'svcx':>18}{'JB defaults':>18}{'bytes':>8}"
              f"{'FCP ms svcx/JB':>20}  target")
        missed = []
        for kind, (en, zh, target) in PAGES.items():
            for lang, page in (("en", en), ("zh", zh)):
                ours, theirs = measure(args.site, page), measure(peer, page)
                ok = target is None or ours[0] <= target
                paint_ok = ours[2] <= theirs[2] * 1.1 + 20  # within noise of the peer
                if not ok or not paint_ok:
                    missed.append(f"{kind} ({lang})")
                print(f"{kind:<24}{lang:<4}"
                      f"{ours[0] / 1024:>9.0f} KiB {ours[1]:>3} r"
                      f"{theirs[0] / 1024:>9.0f} KiB {theirs[1]:>3} r"
                      f"{ours[0] / theirs[0]:>7.2f}x"
                      f"{ours[2]:>10.0f}/{theirs[2]:<8.0f}"
                      f"  {'≤ %.1f MiB ' % (target / MiB) if target else ''}"
                      f"{'ok' if ok and paint_ok else 'MISSED'}")
    if missed:
        print("missed:", ", ".join(missed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
