"""The book builds with zero warnings, and an unchanged rebuild re-executes nothing."""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

from locks import build_lock

from svcx_helpers.cli import ROOT, build_command, zh_build_command
from svcx_helpers.publish.assets import vendor_assets


def _env(zh: bool) -> dict[str, str]:
    # The book must look as a reader sees it: no strict checks, inline figures.
    env = {k: v for k, v in os.environ.items()
           if k not in {"SVCX_STRICT", "MPLBACKEND", "SVCX_LANG", "SVCX_I18N_STRICT"}}
    if zh:  # as svcx build: a quiz text without translation fails the Chinese build
        env["SVCX_I18N_STRICT"] = "1"
    return env


def _start(zh: bool) -> subprocess.Popen[str]:
    return subprocess.Popen(zh_build_command() if zh else build_command(), cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env=_env(zh))


def _finish(proc: subprocess.Popen[str]) -> str:
    log, _ = proc.communicate(timeout=3000)
    assert proc.returncode == 0, log[-5000:]
    return log


def build(zh: bool = False) -> str:
    vendor_assets()  # pinned MathJax / require.js / widget manager (npm, cached), as svcx build
    with build_lock():
        return _finish(_start(zh))


FIRST: dict[bool, str] = {}


def first_build(zh: bool) -> str:
    """The first build of each edition: both at once (one per core), as svcx build does."""
    if not FIRST:
        vendor_assets()
        with build_lock():
            start = time.perf_counter()
            procs = {lang: _start(lang) for lang in (False, True)}
            FIRST.update({lang: _finish(proc) for lang, proc in procs.items()})
            took = time.perf_counter() - start
        executed = sum(log.count("Executing notebook") for log in FIRST.values())
        # for the record (the closing note quotes it): what this build cost
        (Path(ROOT, "_build") / "build-times.txt").write_text(
            f"first build, both editions at once: {took:.0f} s, "
            f"{executed} notebooks executed\n", encoding="utf-8")
    return FIRST[zh]


def sphinx_warnings(log: str) -> list[str]:
    # The kernel's own "[IPKernelApp] WARNING | … without encryption" line is not Sphinx's.
    return [line for line in log.splitlines()
            if ("WARNING" in line or "ERROR" in line) and "IPKernelApp" not in line]


def cache_records(zh: bool = False) -> dict[int, str]:
    """Executed notebooks in the jupyter-cache: record id → when it was executed."""
    from jupyter_cache import get_cache

    base = Path(ROOT, "_build", "zh-book", "_build") if zh else Path(ROOT, "_build")
    cache = get_cache(base / ".jupyter_cache")
    return {r.pk: str(r.created) for r in cache.list_cache_records()}


def test_book_builds_without_warnings_and_rebuild_is_cached() -> None:
    first = first_build(zh=False)
    assert not sphinx_warnings(first), sphinx_warnings(first)
    html = Path(ROOT, "_build", "html")
    page = (html / "book" / "chapters" / "kano.html").read_text(encoding="utf-8")
    assert "svcx-quiz" in page and 'type="radio"' in page  # the quiz is in the page
    assert (html / "book" / "glossary.html").exists()
    # offline: the vendored assets are in the site, outside _static, and no page links a CDN
    assert (html / "vendor" / "mathjax" / "es5" / "tex-mml-chtml.js").exists()
    assert not (html / "_static" / "vendor" / "mathjax").exists()  # not loaded twice
    assert 'src="../../vendor/mathjax/es5/tex-mml-chtml.js' in page
    assert "unpkg.com" not in page and "cdn.jsdelivr.net" not in page
    assert "cdnjs.cloudflare.com" not in page
    before = cache_records()
    assert before, "the chapter notebooks were not executed into the cache"
    start = time.perf_counter()
    second = build()
    with (Path(ROOT, "_build") / "build-times.txt").open("a", encoding="utf-8") as fh:
        fh.write(f"unchanged rebuild, English: {time.perf_counter() - start:.0f} s, "
                 f"{second.count('Executing notebook')} notebooks executed\n")
    assert not sphinx_warnings(second)
    assert "Executing notebook" not in second, "an unchanged rebuild re-executed a notebook"
    assert cache_records() == before


def test_chinese_edition_builds_without_warnings_and_rebuild_is_cached() -> None:
    first = first_build(zh=True)
    assert not sphinx_warnings(first), sphinx_warnings(first)
    html = Path(ROOT, "_build", "zh-book", "_build", "html")
    page = (html / "book" / "zh" / "chapters" / "kano.html").read_text(encoding="utf-8")
    assert '<html lang="zh-CN"' in page
    assert "svcx-quiz" in page and "魅力型" in page
    assert 'class="svcx-lang-switch"' in page
    assert "unpkg.com" not in page and "cdn.jsdelivr.net" not in page
    # Chinese search: words split by jieba are in the index (without jieba it has none)
    index = (html / "searchindex.js").read_text(encoding="utf-8")
    terms = json.loads(index[index.index("(") + 1:index.rindex(")")])["terms"]
    for word in ("魅力型", "服务蓝图", "控制图", "服务补救", "排队", "关键时刻", "服务"):
        assert word in terms, word  # glossary terms stay whole words (jieba user dictionary)
    glossary = (html / "book" / "zh" / "glossary.html").read_text(encoding="utf-8")
    assert glossary.index("百分位数") < glossary.index("魅力型") < glossary.index("移情性")
    before = cache_records(zh=True)
    assert len(before) >= 6, "the Chinese notebooks were not executed into the cache"
    start = time.perf_counter()
    second = build(zh=True)
    with (Path(ROOT, "_build") / "build-times.txt").open("a", encoding="utf-8") as fh:
        fh.write(f"unchanged rebuild, Chinese: {time.perf_counter() - start:.0f} s, "
                 f"{second.count('Executing notebook')} notebooks executed\n")
    assert not sphinx_warnings(second)
    assert "Executing notebook" not in second, "an unchanged rebuild re-executed a notebook"
    assert cache_records(zh=True) == before
