"""The ``svcx`` command.

Sub-commands:

* ``svcx release [--check]`` — generate ``exercises/`` from ``solutions/`` (or verify);
  ``--bundle OUT`` writes the learner bundle (``grading/bundle.py``).
* ``svcx build [--edition class]`` — build the book (warnings are errors; execution is
  cached); ``--edition class``: the graded-course site, exercises without answers.
* ``svcx pdf`` — print the whole book to ``_build/pdf/svcx-book.pdf`` (headless chromium).
* ``svcx slides CHAPTER…`` — a chapter as a reveal.js deck in ``_build/slides/`` (offline).
* ``svcx sheets CHAPTER… [--answers | --summary]`` — printable exercise sheets, answer keys
  or one-page chapter summaries (PDF) in ``_build/sheets/``.
* ``svcx lab`` — start JupyterLab on the course's start page.
* ``svcx hub-links --hub URL --repo URL [--branch B]`` — nbgitpuller links, one per exercise.
* ``svcx grade SUBMISSIONS --assignment NAME --out RESULTS`` — grade a whole class
  (``--only``, ``--task``: re-grade some; ``--due``/``--grace``/``--late-penalty``/
  ``--late-cap``: late work; ``--reviews FILE``: merge the trainer's rubric scores).
* ``svcx review RESULTS`` — the review workbook and page of the written answers.
* ``svcx data [--check]`` — regenerate the synthetic datasets (or verify them).
* ``svcx doctor`` — report the set-up: Python, packages, CJK font, data files.
"""

from __future__ import annotations

import argparse
import filecmp
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .core import repo_root
from .i18n import set_language, t

ROOT = repo_root()
START_PAGE = "book/intro.md"


def _release_pairs(args: argparse.Namespace) -> list[tuple[Path, Path]]:
    """(solutions, exercises) folders: the English ones and, when the defaults are used,
    the Chinese edition (solutions/zh → exercises/zh)."""
    pairs = [(ROOT / args.solutions, ROOT / args.exercises)]
    if args.solutions == "solutions" and args.exercises == "exercises":
        # the Chinese edition and the no-code track (answer cards), in both languages
        for sub in ("zh", "nocode", "zh/nocode"):
            if (ROOT / "solutions" / sub).is_dir():
                pairs.append((ROOT / "solutions" / sub, ROOT / "exercises" / sub))
    return pairs


def _cmd_release(args: argparse.Namespace) -> int:
    from .grading.release import release

    if args.bundle:
        from .grading.bundle import BundleError, write_bundle

        try:
            archive = write_bundle(Path(args.bundle), ROOT)
        except BundleError as exc:
            print(exc, file=sys.stderr)
            return 1
        print(t("release.bundle_wrote", path=archive.with_suffix(""), zip=archive))
        return 0

    problems = []
    n = 0
    for solutions, exercises in _release_pairs(args):
        problems += release(solutions, exercises, check=args.check)
        n += len(list(solutions.glob("*.ipynb")))
        if not args.check:
            for src in sorted(solutions.glob("*.ipynb")):
                print(t("release.wrote", path=(exercises / src.name).relative_to(ROOT)))
    for p in problems:
        print(p.message, file=sys.stderr)
    if args.check and not problems:
        print(t("release.ok", n=n))
    return 1 if problems else 0


def _cmd_translate(args: argparse.Namespace) -> int:
    """The Chinese edition: check, status, keep sidecars in step, generate the files."""
    from .publish import translate as tr

    files = [Path(f).resolve() for f in args.files]
    if args.sync or args.accept or args.strings:
        for f in files:
            if args.strings:
                print(tr.record_strings(f, ROOT).relative_to(ROOT))
            else:
                print(tr.sync_sidecar(f, accept=args.accept, root=ROOT).relative_to(ROOT))
        return 0
    if args.status:
        man = tr.manifest(ROOT)
        for rel in man["translated"]:
            st = tr.status(ROOT / rel, ROOT)
            mark = "✓" if st.complete else "✗"
            print(f"{mark} {rel}: {st.translated}/{st.total}"
                  + (f" ({len(st.problems)} missing or stale)" if st.problems else ""))
        for rel in man["not_yet"]:
            print(f"· {rel}: {t('translate.not_yet')}")
        return 0
    if args.check:
        problems = tr.check(ROOT)
        problems += tr.stale_generated(ROOT)
        for p in problems:
            print(p, file=sys.stderr)
        if problems:
            print(t("translate.problems", n=len(problems)), file=sys.stderr)
            return 1
        print(t("translate.ok", n=len(tr.manifest(ROOT)["translated"])))
        return 0
    try:
        paths = tr.generate_all(ROOT)
    except ValueError as exc:  # a missing translation: say which, write nothing more
        print(f"svcx translate: {exc}", file=sys.stderr)
        return 1
    for path in paths:
        print(t("release.wrote", path=path.relative_to(ROOT)))
    return 0


def build_command(extra: list[str] | None = None) -> list[str]:
    """The jupyter-book command line used by ``svcx build`` and the tests."""
    exe = Path(sys.executable).with_name("jupyter-book")
    return [str(exe), "build", str(ROOT), "-W", "-n", "--keep-going", *(extra or [])]


def _vendor() -> bool:
    """Fetch the pinned MathJax / require.js / widget manager (npm, cached) for the site."""
    from .publish.assets import VendorError, vendor_assets

    try:
        vendor_assets()
    except VendorError as exc:
        print(f"svcx: {exc}", file=sys.stderr)
        return False
    return True


def zh_build_command(extra: list[str] | None = None) -> list[str]:
    """The jupyter-book command line of the Chinese edition (config and toc generated)."""
    from .publish.translate import write_zh_book_files

    config, toc = write_zh_book_files(ROOT)
    return [*build_command(extra), "--config", str(config), "--toc", str(toc),
            "--path-output", str(ROOT / "_build" / "zh-book")]


ZH_HTML = ROOT / "_build" / "zh-book" / "_build" / "html"


def build_both(extra: list[str] | None = None, **kwargs: Any) -> int:
    """Build the English site into _build/html/ and the Chinese one into _build/html/zh/
    (each with its own execution cache: an unchanged rebuild executes nothing). The two
    builds share nothing they write (own output folders and caches), so they run at the
    same time, one per core."""
    timeout = kwargs.pop("timeout", None)
    env = kwargs.pop("env", None) or dict(os.environ)
    # the Chinese site must not show an untranslated quiz text: an error, not English
    zh_env = {**env, "SVCX_I18N_STRICT": "1"}
    _vendor()  # once, before the two builds read the vendored assets
    procs = [subprocess.Popen(build_command(extra), env=env, **kwargs),
             subprocess.Popen(zh_build_command(extra), env=zh_env, **kwargs)]
    codes = [p.wait(timeout=timeout) for p in procs]
    if any(codes):
        return next(c for c in codes if c)
    target = ROOT / "_build" / "html" / "zh"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(ZH_HTML, target)
    return 0


CLASS_DIR = ROOT / "_build" / "class"


def class_build_command(lang: str = "en", extra: list[str] | None = None) -> list[str]:
    """The jupyter-book command line of the class edition in ``lang`` (files generated)."""
    from .publish.edition import write_class_book_files

    config, toc = write_class_book_files(ROOT, lang)
    return [*build_command(extra), "--config", str(config), "--toc", str(toc),
            "--path-output", str(CLASS_DIR / lang)]


def build_class(extra: list[str] | None = None, langs: tuple[str, ...] = ("en", "zh"),
                **kwargs: Any) -> int:
    """Build the class edition: English into _build/class/html/, Chinese into its zh/."""
    from .publish.edition import EDITION, ENV

    env = {**kwargs.pop("env", os.environ), ENV: EDITION}  # the quizzes read ENV
    timeout = kwargs.pop("timeout", None)
    # both languages at once (own outputs and caches); a Chinese quiz text without its
    # translation is an error, as in the reader edition
    procs = [subprocess.Popen(class_build_command(lang, extra),
                              env={**env, "SVCX_I18N_STRICT": "1"} if lang == "zh" else env,
                              **kwargs) for lang in langs]
    codes = [p.wait(timeout=timeout) for p in procs]
    if any(codes):
        return next(c for c in codes if c)
    target = CLASS_DIR / "html"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(CLASS_DIR / "en" / "_build" / "html", target)
    if "zh" in langs:
        shutil.copytree(CLASS_DIR / "zh" / "_build" / "html", target / "zh")
    return 0


def _cmd_build(args: argparse.Namespace) -> int:
    if not _vendor():
        return 1
    if args.edition == "class":
        code = build_class(args.extra)
        if code == 0:
            index = CLASS_DIR / "html" / "index.html"
            print(f"\nsvcx: the class edition is built: {index}\n      open file://{index}")
        return code
    code = build_both(args.extra)
    index = ROOT / "_build" / "html" / "index.html"
    if code == 0:
        print(f"\nsvcx: the book is built: {index}\n      open file://{index}"
              f"\n      中文版：file://{ROOT / '_build' / 'html' / 'zh' / 'index.html'}")
    return code


def _cmd_hub_links(args: argparse.Namespace) -> int:
    from .publish.hub import HubLinkError, hub_links

    try:
        links = hub_links(args.hub, args.repo, args.branch, ROOT)
    except HubLinkError as exc:
        print(f"svcx hub-links: {exc}", file=sys.stderr)
        return 2
    for path, url in links:
        print(f"{path}\t{url}")
    return 0


def _cmd_pdf(args: argparse.Namespace) -> int:
    """Single-page HTML build (own folder, same execution cache) printed by chromium."""
    from .publish.assets import PDF_PATH, SINGLEHTML_DIR, VendorError, print_pdf

    if not _vendor():
        return 1
    extra = ["--builder", "singlehtml", *args.extra]
    if getattr(args, "lang", None) == "zh":  # the Chinese edition's book
        code = subprocess.call(zh_build_command(extra))
        html, pdf_path = ZH_HTML.parent / "singlehtml", PDF_PATH.with_name("svcx-book-zh.pdf")
    else:
        code = subprocess.call(build_command(extra))
        html, pdf_path = SINGLEHTML_DIR, PDF_PATH
    if code != 0:
        return code
    try:
        pdf = print_pdf(html / "index.html", pdf_path)
    except VendorError as exc:
        print(f"svcx: {exc}", file=sys.stderr)
        return 1
    print(f"\nsvcx: the PDF is written: {pdf}")
    return 0


LAB_OVERRIDES: dict[str, Any] = {
    # the course start page (Markdown) opens rendered, not as source
    "@jupyterlab/docmanager-extension:plugin": {"defaultViewers": {"markdown": "Markdown Preview"}},
    # offline and quiet: no news feed, no pop-up asking for it, no update check (each would
    # be a request to the internet; a training room is often offline)
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false",
                                                    "checkForUpdates": False},
    # widgets (answer cards, explorers) are saved with the notebook and show on reopening
    "@jupyter-widgets/jupyterlab-manager:plugin": {"saveState": True},
}
"""JupyterLab settings the kit sets for everyone who uses this environment (written by
``./kit setup`` and binder/postBuild as ``share/jupyter/lab/settings/overrides.json``)."""

LAB_LOCALES = {"en": "en", "zh": "zh_CN"}


def write_lab_settings(prefix: Path | None = None) -> Path:
    """Write :data:`LAB_OVERRIDES` into ``PREFIX/share/jupyter/lab/settings/overrides.json``
    (``PREFIX`` = this Python's environment); return the file."""
    target = Path(prefix or sys.prefix) / "share" / "jupyter" / "lab" / "settings"
    target.mkdir(parents=True, exist_ok=True)
    path = target / "overrides.json"
    path.write_text(json.dumps(LAB_OVERRIDES, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return path


def lab_user_settings(lang: str, prefix: Path | None = None) -> Path:
    """A JupyterLab user-settings folder of the kit for ``lang`` whose interface language is
    that language (JupyterLab's language pack, installed with the course): ``svcx lab --lang
    zh`` points ``JUPYTERLAB_SETTINGS_DIR`` at it, leaving the learner's own settings alone."""
    folder = Path(prefix or sys.prefix) / "share" / "svcx" / "lab-settings" / lang
    plugin = folder / "@jupyterlab" / "translation-extension"
    plugin.mkdir(parents=True, exist_ok=True)
    settings = plugin / "plugin.jupyterlab-settings"
    if not settings.exists():  # the learner may change it later: keep their choice
        settings.write_text(json.dumps({"locale": LAB_LOCALES[lang]}) + "\n", encoding="utf-8")
    return folder


def lab_command(lang: str = "en", extra: Sequence[str] = ()) -> tuple[list[str], dict[str, str]]:
    """The ``jupyter lab`` command and environment of ``svcx lab`` (see :func:`_cmd_lab`)."""
    exe = Path(sys.executable).with_name("jupyter-lab")
    start = START_PAGE if lang == "en" else START_PAGE.replace("book/", f"book/{lang}/", 1)
    own = [a for a in extra if a.startswith("--ServerApp.root_dir")]  # one value only
    cmd = [str(exe), *([] if own else [f"--ServerApp.root_dir={ROOT}"]),
           f"--LabApp.default_url=/lab/tree/{start}", *extra]
    if hasattr(os, "geteuid") and os.geteuid() == 0 and "--allow-root" not in cmd:
        cmd.append("--allow-root")  # containers and training VMs often run as root
    env = dict(os.environ)
    if lang != "en":
        env["JUPYTERLAB_SETTINGS_DIR"] = str(lab_user_settings(lang))
    return cmd, env


def _cmd_lab(args: argparse.Namespace) -> int:
    if args.write_settings:
        print(write_lab_settings())
        return 0
    lang = getattr(args, "lang", None) or "en"
    write_lab_settings()  # the kit's settings, also where ./kit setup has not run
    cmd, env = lab_command(lang, args.extra)
    os.execve(cmd[0], cmd, env)
    return 0  # pragma: no cover


def _load_generator() -> Any:
    spec = importlib.util.spec_from_file_location("svcx_data_generate",
                                                  ROOT / "data" / "generate.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[spec.name] = module  # type: ignore[union-attr]  # dataclasses need it
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _cmd_data(args: argparse.Namespace) -> int:
    gen = _load_generator()
    if not args.check:
        for path in gen.write_all(ROOT / "data"):
            print(path)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        bad = [p.name for p in gen.write_all(Path(tmp))
               if not filecmp.cmp(p, ROOT / "data" / p.name, shallow=False)]
    for name in bad:
        print(f"data/{name} differs from a fresh generation; run `svcx data`", file=sys.stderr)
    return 1 if bad else 0


def _cmd_doctor(args: argparse.Namespace) -> int:
    from importlib.metadata import PackageNotFoundError, version

    print(f"python      {sys.version.split()[0]} ({sys.executable})")
    for pkg in ("pandas", "numpy", "matplotlib", "seaborn", "ipywidgets", "jupyterlab",
                "jupyter-book", "nbval"):
        try:
            print(f"{pkg:<11} {version(pkg)}")
        except PackageNotFoundError:
            print(f"{pkg:<11} not installed")
    import matplotlib

    matplotlib.use("Agg")
    from .plots.fonts import find_cjk_font

    font = find_cjk_font()
    print(f"CJK font    {font or 'MISSING — ' + t('font.missing')}")
    print(f"chromium    {shutil.which('chromium') or 'not found'}")
    print(f"chromedriver {shutil.which('chromedriver') or 'not found'}")
    print(f"npm         {shutil.which('npm') or 'not found'} (fetches the book's MathJax etc.)")
    from .grading.sandbox import INSTALL_HINT, bwrap_problem

    problem = bwrap_problem()
    if problem:
        print(f"bubblewrap  MISSING — {problem}; `svcx grade` needs it: {INSTALL_HINT}")
    else:
        print(f"bubblewrap  {shutil.which('bwrap')} (the sandbox of `svcx grade`: works)")
    data = sorted(p.name for p in (ROOT / "data").glob("*.csv"))
    print(f"data        {', '.join(data) or 'none'}")
    return 0 if font else 1


def _cmd_grade(args: argparse.Namespace) -> int:
    from .grading.batch import OK_STATUSES, grade
    from .grading.late import LatePolicy
    from .grading.review import ReviewError

    try:
        late = None
        if args.due:
            late = LatePolicy.parse(args.due, args.grace, args.late_penalty, args.late_cap)
        elif args.grace or args.late_penalty or args.late_cap:
            raise ValueError(t("grade.late.needs_due"))
        results = grade(args.submissions, args.assignment, args.out, workers=args.workers,
                        timeout=args.timeout, memory_mb=args.memory,
                        progress=not args.quiet, isolation=not args.no_isolation,
                        only=args.only, tasks=args.task, reviews=args.reviews, late=late)
    except ReviewError as exc:
        for problem in exc.problems:
            print(f"svcx grade: {problem}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"svcx grade: {exc}", file=sys.stderr)
        return 2
    return 0 if all(r.status in OK_STATUSES for r in results) else 1


def _cmd_review(args: argparse.Namespace) -> int:
    from .grading.review import write_review

    try:
        xlsx, page = write_review(args.results, force=args.force)
    except ValueError as exc:
        print(f"svcx review: {exc}", file=sys.stderr)
        return 2
    print(t("grade.review.wrote", xlsx=xlsx, html=page))
    return 0


def _cmd_blueprint(args: argparse.Namespace) -> int:
    import matplotlib

    matplotlib.use("Agg")
    from .blueprint import Blueprint

    path = Path(args.file)
    try:
        if path.suffix.lower() in (".yml", ".yaml"):
            bp = Blueprint.from_yaml(path)
        else:
            from .readers import read_table

            table = read_table(path)
            table.index = table.index + 2          # row numbers = lines of the file
            bp = Blueprint.from_frame(table, name=path.stem, source=str(path))
    except (ValueError, OSError) as exc:
        print(f"svcx blueprint: {exc}", file=sys.stderr)
        return 2
    problems = bp.validate()
    for p in problems:
        print(f"{path}: {p.message}", file=sys.stderr)
    m = bp.metrics()
    print(t("widgets.bp.summary", steps=m["steps"], encounters=m["encounters"],
            fail=m["fail_points"], wait=m["wait_points"], time=m["customer_time"]))
    for out in args.out or []:
        try:
            print(bp.save(out))
        except ValueError as exc:
            print(f"svcx blueprint: {exc}", file=sys.stderr)
            return 2
    return 1 if problems else 0


def _cmd_validate(args: argparse.Namespace) -> int:
    from .readers import read_table
    from .validate import validate

    issues = validate(args.file, args.kind)
    for issue in issues:
        print(issue, file=sys.stderr)
    if issues:
        print(t("validate.found", n=len(issues)), file=sys.stderr)
        return 1
    print(t("validate.ok", file=args.file, rows=len(read_table(args.file)), kind=args.kind))
    return 0


def _chapters(names: list[str], folder: str) -> list[str]:
    if names == ["all"]:
        return sorted(p.stem for p in (ROOT / folder).glob("*.ipynb"))
    return names


def _each_chapter(names: list[str], folder: str, build: Any, wrote: str, failed: str) -> int:
    """Run ``build(chapter)`` for each chapter ('all': every notebook in ``folder``); one
    that fails is reported and the others still run. Exit 1 if any failed."""
    from .publish.assets import VendorError

    bad = 0
    for chapter in _chapters(names, folder):
        try:
            path = build(chapter)
        except (ValueError, OSError, RuntimeError, VendorError) as exc:
            print(t(failed, chapter=chapter, error=exc), file=sys.stderr)
            bad += 1
            continue
        print(t(wrote, path=path))
    return 1 if bad else 0


def _cmd_slides(args: argparse.Namespace) -> int:
    import matplotlib

    matplotlib.use("Agg")
    from .publish.slides import SLIDES_DIR, build_slides

    lang = getattr(args, "lang", None) or "en"
    out = Path(args.out) if args.out else SLIDES_DIR / ("zh" if lang == "zh" else "")
    folder = "book/zh/chapters" if lang == "zh" else "book/chapters"
    return _each_chapter(args.chapters, folder, lambda c: build_slides(c, out, lang=lang),
                         "slides.wrote", "slides.failed")


def _cmd_sheets(args: argparse.Namespace) -> int:
    from .publish.sheets import SHEETS_DIR, build_sheet, build_summary

    lang = getattr(args, "lang", None) or "en"
    out = Path(args.out) if args.out else SHEETS_DIR / ("zh" if lang == "zh" else "")
    if args.summary:
        folder = "book/zh/chapters" if lang == "zh" else "book/chapters"
        return _each_chapter(args.chapters, folder,
                             lambda c: build_summary(c, out, lang=lang),
                             "sheets.wrote_summary", "sheets.failed_summary")
    folder = ("solutions" if args.answers else "exercises") + ("/zh" if lang == "zh" else "")
    return _each_chapter(args.chapters, folder,
                         lambda c: build_sheet(c, out, answers=args.answers, lang=lang),
                         "sheets.wrote", "sheets.failed")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="svcx", description=__doc__.split("\n")[0])
    parser.add_argument("--lang", choices=["en", "zh"], help="language of messages")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("release", help="generate exercises/ from solutions/")
    p.add_argument("--check", action="store_true", help="verify only; exit 1 if stale/leaky")
    p.add_argument("--solutions", default="solutions")
    p.add_argument("--exercises", default="exercises")
    p.add_argument("--bundle", metavar="OUT", help="write the learner bundle OUT/ and OUT.zip "
                   "(exercises, data, the wheel without hidden tests, START-HERE.md)")
    p.set_defaults(func=_cmd_release)
    p = sub.add_parser("translate", help="the Chinese edition: generate the Chinese "
                                         "notebooks and pages from the translations")
    p.add_argument("files", nargs="*", help="English files for --sync/--accept/--strings")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--check", action="store_true",
                   help="list missing and stale translations; exit 1 if any")
    g.add_argument("--status", action="store_true", help="how much of each file is translated")
    g.add_argument("--sync", action="store_true",
                   help="add new English units of FILES to their sidecars (FILE.zh.yml)")
    g.add_argument("--accept", action="store_true",
                   help="record the current English of FILES as translated (after updating)")
    g.add_argument("--strings", action="store_true",
                   help="run notebook FILES and collect the texts their quizzes show")
    p.set_defaults(func=_cmd_translate)
    p = sub.add_parser("build", help="build the book (-W -n --keep-going, cached); "
                                            "other options go to jupyter-book")
    p.add_argument("--edition", choices=["reader", "class"], default="reader",
                   help="reader: chapters with solutions (_build/html/); class: a graded "
                        "course's site, exercises without answers (_build/class/html/)")
    p.set_defaults(func=_cmd_build)
    p = sub.add_parser("hub-links", help="nbgitpuller links (one per exercise, English and "
                                         "Chinese) for a JupyterHub")
    p.add_argument("--hub", required=True, help="the hub's URL, e.g. https://hub.example.org")
    p.add_argument("--repo", required=True, help="the course repository's git URL")
    p.add_argument("--branch", default="main", help="branch to pull (default main)")
    p.set_defaults(func=_cmd_hub_links)
    p = sub.add_parser("pdf", help="print the whole book to _build/pdf/svcx-book.pdf "
                                   "(single-page HTML + headless chromium)")
    p.add_argument("--lang", choices=["en", "zh"], default=argparse.SUPPRESS,
                   help="zh: the Chinese edition, _build/pdf/svcx-book-zh.pdf")
    p.set_defaults(func=_cmd_pdf)
    p = sub.add_parser("slides", help="turn chapters into reveal.js slide decks (cells "
                                      "tagged slide/subslide/fragment/notes), offline")
    p.add_argument("chapters", nargs="+", help="chapter names (kano, queues …), notebook "
                                               "paths, or 'all'")
    p.add_argument("-o", "--out", help="output folder (default _build/slides)")
    p.add_argument("--lang", choices=["en", "zh"], default=argparse.SUPPRESS,
                   help="zh: the Chinese edition (_build/slides/zh/)")
    p.set_defaults(func=_cmd_slides)
    p = sub.add_parser("sheets", help="printable exercise sheets, answer keys (--answers) and "
                                      "one-page chapter summaries (--summary), PDF")
    p.add_argument("chapters", nargs="+", help="exercise names (kano, queues …), notebook "
                                               "paths, or 'all'")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--answers", action="store_true",
                   help="the trainer's answer key, made from solutions/")
    g.add_argument("--summary", action="store_true",
                   help="the chapter's one-page summary (its Essentials box and key terms), "
                        "CHAPTER-summary.pdf")
    p.add_argument("-o", "--out", help="output folder (default _build/sheets)")
    p.add_argument("--lang", choices=["en", "zh"], default=argparse.SUPPRESS,
                   help="zh: the Chinese edition (_build/sheets/zh/)")
    p.set_defaults(func=_cmd_sheets)
    p = sub.add_parser("lab", help="start JupyterLab on the course start page; other "
                                          "options (--no-browser, --port=…) go to jupyter-lab")
    p.add_argument("--lang", choices=["en", "zh"], default=argparse.SUPPRESS,
                   help="the edition to open: zh opens the Chinese start page with JupyterLab's "
                        "menus in Chinese")
    p.add_argument("--write-settings", action="store_true",
                   help="only write the kit's JupyterLab settings (offline, quiet) and exit")
    p.set_defaults(func=_cmd_lab)
    p = sub.add_parser("grade", help="grade a folder (or LMS zip) of learners' notebooks")
    p.add_argument("submissions", help="folder of notebooks, one per learner, or a .zip")
    p.add_argument("--assignment", required=True, help="assignment name, e.g. kano")
    p.add_argument("--out", required=True, help="results folder (gradebook, feedback, …)")
    p.add_argument("--workers", type=int, default=None, help="parallel kernels (default: cores)")
    p.add_argument("--timeout", type=float, default=120.0, help="seconds per notebook")
    p.add_argument("--memory", type=int, default=2048, help="memory limit per notebook (MB)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--no-isolation", action="store_true",
                   help="run the kernels without the bubblewrap sandbox (only for notebooks "
                        "you trust; the reports say sandbox=none)")
    p.add_argument("--only", metavar="LEARNER[,LEARNER]", action="append",
                   help="re-grade only these learners; the others' results are kept from "
                        "RESULTS/results.json")
    p.add_argument("--task", metavar="TASK[,TASK]", action="append",
                   help="re-grade only these tasks (each notebook runs up to the last of them)")
    p.add_argument("--reviews", metavar="FILE",
                   help="merge the trainer's scores and comments from a filled-in review "
                        "workbook (svcx review); a bad file is refused whole")
    p.add_argument("--due", metavar="TIME", help="due time, e.g. 2026-12-15T18:00 (local time)")
    p.add_argument("--grace", metavar="DURATION", help="no penalty this long after --due, "
                                                        "e.g. 15m")
    p.add_argument("--late-penalty", metavar="RATE", help="e.g. 10%%/day (per day or part "
                                                           "of a day late)")
    p.add_argument("--late-cap", metavar="SHARE", help="largest penalty, e.g. 50%%")
    p.add_argument("--lang", choices=["en", "zh"], default=argparse.SUPPRESS,
                   help="language of the trainer's pages (analysis, similarity); feedback "
                        "pages follow each submission's language")
    p.set_defaults(func=_cmd_grade)
    p = sub.add_parser("review", help="write the review workbook (review.xlsx) and page "
                                      "(review.html) of the written answers in RESULTS")
    p.add_argument("results", help="the results folder of svcx grade")
    p.add_argument("--force", action="store_true", help="overwrite an existing review.xlsx")
    p.add_argument("--lang", choices=["en", "zh"], default=argparse.SUPPRESS,
                   help="language of the workbook's headers and the page")
    p.set_defaults(func=_cmd_review)
    p = sub.add_parser("blueprint", help="check a blueprint (YAML, CSV or Excel) and draw it; "
                                         "exit 1 if it has problems")
    p.add_argument("file", help="blueprint file: .yml/.yaml, or a table with one row per step")
    p.add_argument("-o", "--out", action="append", help="write the diagram (.svg/.png/.pdf); "
                                                         "repeatable")
    p.set_defaults(func=_cmd_blueprint)
    p = sub.add_parser("validate", help="check a data file (every problem, with row and "
                                        "column); exit 1 if there are any")
    p.add_argument("file", help="CSV, TSV or Excel file")
    p.add_argument("--kind", required=True, choices=["kano", "servqual", "tickets", "eventlog"],
                   help="what the file holds (templates in data/templates/)")
    p.set_defaults(func=_cmd_validate)
    p = sub.add_parser("data", help="regenerate the synthetic datasets")
    p.add_argument("--check", action="store_true", help="verify only")
    p.set_defaults(func=_cmd_data)
    p = sub.add_parser("doctor", help="check the set-up")
    p.set_defaults(func=_cmd_doctor)
    # lab and build hand unknown options (--port=…, --builder …) to jupyter
    args, unknown = parser.parse_known_args(argv)
    if unknown and args.command not in ("lab", "build", "pdf"):
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    args.extra = unknown
    if args.lang:
        set_language(args.lang)
    return int(args.func(args))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
