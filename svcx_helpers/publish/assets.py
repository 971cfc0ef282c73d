"""The published book: vendored browser assets, the local web server and the PDF.

The built site must load nothing from outside the machine (trainers teach in rooms with
no internet). MathJax, require.js and the Jupyter widget manager are therefore fetched
at build time from the npm registry with the machine's own ``npm`` client (exact,
pinned versions; the tarball's sha512 is checked against the value below), cached, and
unpacked into ``_build/site-extra/vendor/``. ``_config.yml`` lists that folder in
``html_extra_path``, so Sphinx copies it to ``_build/html/vendor/`` — outside ``_static``,
so nothing is copied or loaded twice — and points ``mathjax_path`` and
``nb_ipywidgets_js`` at it. axe-core (the accessibility checker) is fetched the same way
but only injected by the browser tests; it is not part of the site.

Example
-------
>>> from svcx_helpers.publish.assets import VENDOR
>>> VENDOR["mathjax"].version
'3.2.2'
"""

from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
import http.server
import json
import os
import shutil
import subprocess
import tarfile
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

from ..core import repo_root

ROOT = repo_root()
SITE_EXTRA = ROOT / "_build" / "site-extra"  # html_extra_path in _config.yml
VENDOR_DIR = SITE_EXTRA / "vendor"  # → _build/html/vendor/
PDF_PATH = ROOT / "_build" / "pdf" / "svcx-book.pdf"
SINGLEHTML_DIR = ROOT / "_build" / "singlehtml"


@dataclass(frozen=True)
class NpmAsset:
    """One npm package: exact version, its registry integrity and the files we ship."""

    package: str
    version: str
    integrity: str  # "sha512-…" as published by the registry (npm view <pkg>@<v> dist.integrity)
    files: tuple[str, ...]  # glob patterns inside the tarball's package/ folder
    folder: str  # sub-folder of vendor/ (empty: not shipped with the site)


VENDOR: dict[str, NpmAsset] = {
    "mathjax": NpmAsset(
        "mathjax", "3.2.2",
        "sha512-Bt+SSVU8eBG27zChVewOicYs7Xsdt40qm4+UpHyX7k0/O9NliPc+x77k1/FEsPsjKPZGJvtRZM1vO+geW0OhGw==",
        # the combined component, plus what it loads on demand: TeX extensions
        # (autoload), CHTML fonts, the context menu and the accessibility tools
        ("es5/tex-mml-chtml.js", "es5/input/*", "es5/output/chtml/*", "es5/ui/*",
         "es5/a11y/*", "es5/sre/*", "es5/adaptors/*", "LICENSE"),
        "mathjax"),
    "requirejs": NpmAsset(
        "requirejs", "2.3.7",
        "sha512-DouTG8T1WanGok6Qjg2SXuCMzszOo0eHeH9hDZ5Y4x8Je+9JB38HdTLT4/VA8OaUhBa0JPVHJ0pyBkM1z+pDsw==",
        ("require.js", "README.md"),
        "requirejs"),
    "html-manager": NpmAsset(
        # the AMD bundle myst-nb expects (ipywidgets 8 needs html-manager ^1.0.1)
        "@jupyter-widgets/html-manager", "1.0.7",
        "sha512-2xGwS7vVd2RGlKMiSqj1vYv2X59V73ygefUodhzy9Bho0mswWT/yo3Cg7MaYOqwozQjNo5k3rbJ3cETXWUwJ/g==",
        ("dist/embed-amd.js", "dist/*.woff", "dist/*.woff2", "dist/*.ttf", "dist/*.eot",
         "dist/*.svg", "LICENSE"),
        "html-manager"),
    "axe-core": NpmAsset(
        "axe-core", "4.10.3",
        "sha512-Xm7bpRXnDSX2YE2YFfBk2FnF0ep6tmG7xPh8iHee8MIcrgq762Nkce856dYtJYLkuIoYZvGfTs/PbZhideTcEg==",
        ("axe.min.js",),
        ""),  # used by the browser tests only
    "revealjs": NpmAsset(
        # slide decks (svcx slides): unpacked next to each deck, not part of the site
        "reveal.js", "5.2.1",
        "sha512-r7//6mIM5p34hFiDMvYfXgyjXqGRta+/psd9YtytsgRlrpRzFv4RbH76TXd2qD+7ZPZEbpBDhdRhJaFgfQ7zNQ==",
        ("dist/reveal.js", "dist/reveal.css", "dist/reset.css", "dist/theme/white.css",
         "dist/theme/fonts/source-sans-pro/*", "plugin/notes/notes.js", "LICENSE"),
        ""),
}


# Loaded between require.js and embed-amd.js (nb_ipywidgets_js in _config.yml).
# 1. The widget manager finds its fonts next to its own AMD module URL, which require.js
#    would resolve relative to the page; map the package to the vendored copy.
# 2. Widgets typeset their labels with the MathJax 2 call ``MathJax.Hub.Queue``; the book
#    uses MathJax 3, where that throws "Cannot read properties of undefined (reading
#    'Queue')". Provide that one call on top of MathJax 3's typesetPromise.
WIDGETS_CONFIG_JS = """\
/* svcx: set-up for the Jupyter widget manager (svcx_helpers/book.py) */
(function () {
  var src = document.currentScript && document.currentScript.src;
  if (src && window.require) {
    var base = src.slice(0, src.lastIndexOf("/") + 1);
    window.require.config({paths: {"@jupyter-widgets/html-manager": base + "html-manager"}});
  }
  function hub() {
    return {Queue: function () {
      for (var i = 0; i < arguments.length; i++) {
        var job = arguments[i];
        if (Array.isArray(job) && job[0] === "Typeset" && window.MathJax.typesetPromise) {
          window.MathJax.typesetPromise(job[2] ? [job[2]] : undefined).catch(function () {});
        }
      }
    }};
  }
  var mj = window.MathJax;
  if (mj && !mj.version) {  // MathJax 3 not loaded yet: window.MathJax is its configuration
    mj.startup = mj.startup || {};
    var ready = mj.startup.ready;
    mj.startup.ready = function () {
      if (ready) { ready(); } else { window.MathJax.startup.defaultReady(); }
      window.MathJax.Hub = window.MathJax.Hub || hub();
    };
  } else if (mj && !mj.Hub) {
    mj.Hub = hub();
  }
})();
"""


class VendorError(RuntimeError):
    """An asset could not be fetched or did not match its pinned integrity."""


def npm_cache_dir() -> Path:
    """Where the npm tarballs are kept between builds.

    ``$SVCX_NPM_CACHE`` if set, else ``.venv/share/svcx-npm`` (survives ``rm -rf _build``),
    else ``_build/.npm-cache``.
    """
    if os.environ.get("SVCX_NPM_CACHE"):
        return Path(os.environ["SVCX_NPM_CACHE"])
    if (ROOT / ".venv").is_dir():
        return ROOT / ".venv" / "share" / "svcx-npm"
    return ROOT / "_build" / ".npm-cache"


def _integrity(path: Path) -> str:
    digest = hashlib.sha512(path.read_bytes()).digest()
    return "sha512-" + base64.b64encode(digest).decode()


def npm_tarball(asset: NpmAsset, cache: Path | None = None) -> Path:
    """Return the verified tarball of ``asset``, fetching it with ``npm pack`` if needed.

    Raises :class:`VendorError` with a clear message when ``npm`` is missing, the
    registry cannot be reached, or the file does not match the pinned integrity.
    """
    cache = cache or npm_cache_dir()
    name = asset.package.lstrip("@").replace("/", "-")
    path = cache / f"{name}-{asset.version}.tgz"
    if path.exists() and _integrity(path) == asset.integrity:
        return path
    npm = shutil.which("npm")
    if npm is None:
        raise VendorError(
            f"{asset.package}@{asset.version} is not cached in {cache} and `npm` was not "
            "found. Install Node.js and npm (Debian/Ubuntu: sudo apt-get install npm; "
            "./kit does this when run as root), then build again.")
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache) as tmp:
        out = subprocess.run(
            [npm, "pack", f"{asset.package}@{asset.version}", "--json", "--silent",
             "--pack-destination", tmp],
            capture_output=True, text=True, timeout=600)
        made = list(Path(tmp).glob("*.tgz"))
        if out.returncode != 0 or len(made) != 1:
            raise VendorError(f"npm pack {asset.package}@{asset.version} failed "
                              f"(exit {out.returncode}):\n{out.stderr[-2000:]}")
        got = _integrity(made[0])
        if got != asset.integrity:
            raise VendorError(f"{asset.package}@{asset.version}: integrity {got} does not "
                              f"match the pinned {asset.integrity}")
        made[0].replace(path)
    return path


def extract_asset(asset: NpmAsset, tarball: Path, dest: Path) -> int:
    count = 0
    with tarfile.open(tarball) as tar:
        for member in tar.getmembers():
            rel = member.name.split("/", 1)[1] if "/" in member.name else member.name
            if not member.isfile() or rel.endswith(".map"):
                continue
            if not any(fnmatch(rel, pattern) for pattern in asset.files):
                continue
            target = dest / rel
            if dest.resolve() not in target.resolve().parents:
                raise VendorError(f"{tarball.name}: unsafe path {member.name!r}")
            target.parent.mkdir(parents=True, exist_ok=True)
            src = tar.extractfile(member)
            assert src is not None
            target.write_bytes(src.read())
            count += 1
    if count == 0:
        raise VendorError(f"{tarball.name}: none of {asset.files} found")
    return count


def vendor_assets(dest: Path = VENDOR_DIR, cache: Path | None = None) -> Path:
    """Fetch (once) and unpack the pinned browser assets into ``dest``; return ``dest``.

    Unchanged versions are not unpacked again (a stamp file records them), so later
    builds touch neither the network nor the disk. Called by ``svcx build``, ``svcx pdf``
    and the book tests before Jupyter Book runs.
    """
    shipped = {key: a for key, a in VENDOR.items() if a.folder}
    stamp_text = json.dumps({"assets": {k: [a.version, a.integrity, a.files]
                                        for k, a in shipped.items()},
                             "widgets-config.js": WIDGETS_CONFIG_JS, "fonts-at-root": 1},
                            sort_keys=True)
    stamp = dest / ".svcx-vendor.json"
    if stamp.exists() and stamp.read_text() == stamp_text:
        return dest
    tmp = dest.with_name(dest.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    for asset in shipped.values():
        extract_asset(asset, npm_tarball(asset, cache), tmp / asset.folder)
    # The widget manager's webpack runtime finds its public path from "the current
    # script", which under require.js is sometimes widgets-config.js in vendor/ rather
    # than its own file: then it asks for vendor/<hash>.woff2. Keep a copy of its fonts
    # there too (fetched only when asked for), so no page ever logs a 404.
    for font in sorted((tmp / "html-manager" / "dist").glob("*")):
        if font.suffix in (".woff", ".woff2", ".ttf", ".eot", ".svg"):
            shutil.copyfile(font, tmp / font.name)
    (tmp / "widgets-config.js").write_text(WIDGETS_CONFIG_JS)
    (tmp / ".svcx-vendor.json").write_text(stamp_text)
    shutil.rmtree(dest, ignore_errors=True)
    tmp.replace(dest)
    return dest


def axe_source(cache: Path | None = None) -> str:
    """The text of ``axe.min.js`` (pinned axe-core) for injection into a page."""
    asset = VENDOR["axe-core"]
    with tarfile.open(npm_tarball(asset, cache)) as tar:
        member = tar.extractfile("package/axe.min.js")
        assert member is not None
        return member.read().decode("utf-8")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve ``directory`` over http on 127.0.0.1 (a free port) in a thread; yield the URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


CHROMIUM_FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync",
                  "--disable-default-apps", "--disable-extensions")


def chrome(profile: str, window: str = "1280,900") -> Any:
    """A Selenium driver for Debian's chromium via /usr/bin/chromedriver, logging the
    console and the DevTools network events (``goog:loggingPrefs``).

    ``SE_OFFLINE=true``: Selenium Manager never downloads a driver or a browser.
    """
    os.environ["SE_OFFLINE"] = "true"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = find_chromium() or "/usr/bin/chromium"
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--window-size={window}",
                 "--lang=en-US"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")
                                              or "/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(60)
    return driver


def network_events(driver: Any) -> list[dict[str, Any]]:
    """The DevTools ``Network.*`` events logged since the last call."""
    events = (json.loads(e["message"])["message"] for e in driver.get_log("performance"))
    return [e for e in events if e["method"].startswith("Network.")]


def page_weight(driver: Any, url: str) -> tuple[int, int]:
    """(bytes transferred, number of requests) for loading ``url`` in a fresh tab state."""
    network_events(driver)
    driver.get(url)
    time.sleep(1.0)  # late requests (fonts, MathJax parts)
    events = network_events(driver)
    # only http(s): a fresh profile also logs chromium's own chrome:// pages
    ids = {e["params"]["requestId"] for e in events
           if e["method"] == "Network.requestWillBeSent"
           and e["params"]["request"]["url"].startswith(("http:", "https:"))}
    size = sum(int(e["params"].get("encodedDataLength", 0)) for e in events
               if e["method"] == "Network.loadingFinished" and e["params"]["requestId"] in ids)
    return size, len(ids)


def find_chromium() -> str | None:
    """Debian's chromium (never a downloaded browser)."""
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


def print_pdf(html: Path, pdf: Path = PDF_PATH, timeout: int = 300) -> Path:
    """Print ``html`` to ``pdf`` with headless Debian chromium; return ``pdf``.

    MathJax typesets before printing (``--virtual-time-budget`` lets the page's scripts
    run first). Chinese text stays text: chromium embeds the CJK font it finds through
    fontconfig (fonts-noto-cjk, installed by ./kit).
    """
    chromium = find_chromium()
    if chromium is None:
        raise VendorError("chromium was not found: sudo apt-get install chromium "
                          "(./kit does this when run as root)")
    pdf.parent.mkdir(parents=True, exist_ok=True)
    pdf.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        cmd = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
               "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
               "--virtual-time-budget=20000", f"--print-to-pdf={pdf}", html.as_uri()]
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if out.returncode != 0 or not pdf.exists() or pdf.stat().st_size == 0:
        raise VendorError(f"chromium could not print {html} (exit {out.returncode}):\n"
                          f"{out.stderr[-2000:]}")
    return pdf
