"""A light site: each page loads only what it uses (issue 22).

Jupyter Book's theme (pydata-sphinx-theme) puts ``fontawesome.js`` — 1.49 MB, every icon of
Font Awesome 6 as JavaScript that swaps ``<i class="fa-…">`` for SVG — into every page, and
MathJax (1.2 MB with its fonts) and the widget manager land on pages that need neither.
After the HTML is written (Sphinx's ``build-finished``), :func:`lighten_site`:

1. **Icons from a subset font.** The theme's own stylesheet already draws every ``fa-…``
   class with the Font Awesome web fonts (``@font-face`` + ``.fa-x:before{content:…}``); the
   JavaScript is only a second way to draw them. We drop the script, collect every icon
   name the pages and the theme's scripts can show (``fa-[a-z0-9-]+`` in the HTML and the
   JavaScript — the theme switcher and the search button add theirs at run time), look up
   their code points in the theme's stylesheet and cut the three fonts (solid, regular,
   brands) down to those glyphs with fontTools' subsetter. ``_static/svcx-icons.css`` declares
   the subset fonts under the theme's own family names after the theme's stylesheet, so the
   browser uses them and never downloads the full fonts. Icons keep their glyphs and sizes
   (the browser test compares them).
2. **MathJax only where there is math**: the MathJax script is kept on a page only if
   Sphinx's math domain records an equation on it or the page's HTML holds MathJax
   delimiters (``\\(``, ``\\[``, ``$$`` from notebook outputs).
3. **The widget manager only where there are widgets**: require.js, its configuration and
   ``embed-amd.js`` stay only on pages with saved widget state
   (``application/vnd.jupyter.widget-state+json``).

Every page still loads the same URLs for what it does load, so the browser's cache serves
them across pages. Turned off with ``svcx_light = False`` (Sphinx option, ``-D
svcx_light=0``): the benchmark builds that peer to compare (``benchmarks/page_weight.py``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ICON_CSS = "_static/svcx-icons.css"
ICON_DIR = "_static/svcx-icons"
# the book's text column is at most ~820 CSS px wide: 2x for sharp screens
MAX_IMAGE_WIDTH = 1640
_FONTS = {  # file in the theme's vendor/fontawesome/webfonts → (family, weight)
    "fa-solid-900": ("Font Awesome 6 Free", 900),
    "fa-regular-400": ("Font Awesome 6 Free", 400),
    "fa-brands-400": ("Font Awesome 6 Brands", 400),
}
_FA_SCRIPT = re.compile(r'[ \t]*<script[^>]*src="[^"]*_static/scripts/fontawesome\.js[^"]*"'
                        r'[^>]*></script>\n?')
_THEME_CSS = re.compile(r'(<link[^>]*href="([^"]*)_static/styles/pydata-sphinx-theme\.css'
                        r'[^"]*"[^>]*/?>)')
_ICON_NAME = re.compile(r"fa-[a-z0-9]+(?:-[a-z0-9]+)*")
_CSS_RULE = re.compile(r"([^{}]+)\{content:\"\\([0-9a-f]+)\"\}")
_WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
_MATH_MARKS = ("\\(", "\\[", "$$", 'class="math', "<math")


def icon_codepoints(css: str) -> dict[str, int]:
    """``.fa-x:before{content:"\\f002"}`` rules of a stylesheet → {``fa-x``: 0xF002}
    (aliases listed in one rule each get the code point).

    >>> icon_codepoints('.fa-a:before,.fa-b:before{content:"\\\\f002"}')
    {'fa-a': 61442, 'fa-b': 61442}
    """
    out: dict[str, int] = {}
    for selectors, hexcode in _CSS_RULE.findall(css):
        for selector in selectors.split(","):
            m = re.fullmatch(r"\s*\.(fa-[a-z0-9-]+):(?::)?before\s*", selector)
            if m:
                out[m.group(1)] = int(hexcode, 16)
    return out


_ANY_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CONTENT = re.compile(r"content:\s*[\"']\\([0-9a-fA-F]{4,5})[\"']")


def fixed_codepoints(css: str) -> set[int]:
    r"""Icon code points a stylesheet shows by itself, not through an ``fa-…`` class — e.g.
    ``.x:after{content:"\f071"}``, or the theme's admonition icons, custom properties
    holding the character itself (``--pst-icon-bell:""``); only the private-use
    range, where the icon fonts keep their glyphs.

    >>> sorted(fixed_codepoints('.a:after{color:red;content:"\\f071"}'
    ...                         '.fa-x:before{content:"\\f002"}.q:before{content:"\\201c"}'))
    [61553]
    """
    # written as the character itself, e.g. the theme's --pst-icon-…:"\uf0f3" properties
    out = {ord(ch) for ch in css if 0xE000 <= ord(ch) <= 0xF8FF}
    for selectors, block in _ANY_RULE.findall(css):
        if all(re.fullmatch(r"\s*\.fa-[a-z0-9-]+::?before\s*", sel)
               for sel in selectors.split(",")):
            continue
        for code in _CONTENT.findall(block):
            if 0xE000 <= int(code, 16) <= 0xF8FF:
                out.add(int(code, 16))
    return out


def used_icon_names(texts: Iterable[str]) -> set[str]:
    """Every ``fa-…`` token in the given HTML/JavaScript texts."""
    names: set[str] = set()
    for text in texts:
        names.update(_ICON_NAME.findall(text))
    return names


def subset_font(source: Path, codepoints: set[int], target: Path) -> int:
    """Cut a font down to ``codepoints`` (those it has), written as WOFF (zlib — WOFF2
    needs brotli, which we do not install for this); returns the glyphs kept."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(str(source))
    have = set(font.getBestCmap())
    keep = sorted(codepoints & have)
    options = subset.Options()
    options.flavor = "woff"
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=keep)
    subsetter.subset(font)
    target.parent.mkdir(parents=True, exist_ok=True)
    font.flavor = "woff"
    font.save(str(target))
    return len(keep)


def _theme_static() -> Path:
    import pydata_sphinx_theme

    return Path(pydata_sphinx_theme.__file__).parent / "theme" / "pydata_sphinx_theme" / "static"


def _relative_prefix(page: Path, outdir: Path) -> str:
    depth = len(page.relative_to(outdir).parts) - 1
    return "../" * depth


_MATHJAX_SCRIPT = re.compile(r'[ \t]*<script[^>]*src="[^"]*vendor/mathjax/[^"]*"[^>]*></script>\n?')
_WIDGET_SCRIPTS = re.compile(
    r'[ \t]*<script[^>]*src="([^"]*vendor/(?:requirejs/require\.js|widgets-config\.js|'
    r'html-manager/dist/embed-amd\.js)[^"]*)"[^>]*></script>\n?')
_SEARCH_SCRIPTS = re.compile(r'[ \t]*<script[^>]*src="[^"]*(?:_static/searchtools\.js|'
                             r'_static/language_data\.js|searchindex\.js)[^"]*"[^>]*>'
                             r'</script>\n?')
WIDGET_LOADER = "_static/svcx-widgets.js"
_LOADER_JS = """/* svcx: load the Jupyter widget manager (require.js, its set-up and
   embed-amd.js, 4.5 MB) only when a widget comes near the screen
   (svcx_helpers/publish/light.py). The embed script renders every widget of the
   page from its saved state as soon as it runs. */
(function () {
  var me = document.currentScript, urls = JSON.parse(me.dataset.scripts), started = false;
  function load() {
    if (started) { return; }
    started = true;
    var i = 0;
    (function next() {
      if (i >= urls.length) { return; }
      var s = document.createElement("script");
      s.src = urls[i++];
      s.onload = next;
      document.head.appendChild(s);
    })();
  }
  function watch() {
    var views = document.querySelectorAll(
      'script[type="application/vnd.jupyter.widget-view+json"]');
    if (!views.length) { return; }
    if (!("IntersectionObserver" in window)) { load(); return; }
    var seen = new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) { seen.disconnect(); load(); }
    }, {rootMargin: "600px 0px"});
    views.forEach(function (v) { seen.observe(v.parentElement); });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watch);
  } else {
    watch();
  }
})();
"""


def page_needs_math(html: str, has_equations: bool) -> bool:
    """Keep MathJax if Sphinx saw an equation or the body holds MathJax markup.

    >>> page_needs_math('<div class="section"><p>a</p></div>', False)
    False
    >>> page_needs_math('<p>\\\\(x^2\\\\)</p>', False)
    True
    """
    if has_equations:
        return True
    body = html.split("<body", 1)[-1]
    body = re.sub(r"<script.*?</script>", "", body, flags=re.S)
    return any(mark in body for mark in _MATH_MARKS)


def lighten_page(html: str, *, prefix: str, math: bool, search_page: bool = False) -> str:
    """One page: drop fontawesome.js (link the subset icon stylesheet instead), MathJax
    when ``math`` is false, the search index unless this is the search page (the theme
    loads it everywhere only for search-as-you-type, which is off), and the widget
    manager — removed where there is no saved widget state, loaded by
    ``svcx-widgets.js`` only when a widget comes near the screen where there is."""
    if _FA_SCRIPT.search(html):
        html = _FA_SCRIPT.sub("", html)
        link = f'<link href="{prefix}{ICON_CSS}" rel="stylesheet" />'
        html, n = _THEME_CSS.subn(lambda m: m.group(1) + "\n" + link, html, count=1)
        if not n:
            html = html.replace("</head>", link + "\n</head>", 1)
    if not math:
        html = _MATHJAX_SCRIPT.sub("", html)
    if not search_page:
        html = _SEARCH_SCRIPTS.sub("", html)
    if _WIDGET_STATE not in html:
        return _WIDGET_SCRIPTS.sub("", html)
    urls = [m.group(1) for m in _WIDGET_SCRIPTS.finditer(html)]
    if urls:
        html = _WIDGET_SCRIPTS.sub("", html)
        loader = (f'<script defer src="{prefix}{WIDGET_LOADER}" data-scripts=\''
                  + json.dumps(urls) + "'></script>")
        html = html.replace("</head>", loader + "\n</head>", 1)
    return html


def write_icon_fonts(outdir: Path, names: set[str]) -> dict[str, int]:
    """Subset the theme's three icon fonts to ``names`` and to the code points the site's
    stylesheets show by themselves into ``outdir/_static/svcx-icons``, and write the
    stylesheet that declares them; returns glyphs kept per font."""
    static = _theme_static()
    css = (static / "styles" / "pydata-sphinx-theme.css").read_text(encoding="utf-8")
    table = icon_codepoints(css)
    points = {table[n] for n in names if n in table}
    for sheet in (outdir / "_static").rglob("*.css"):
        if "vendor" not in sheet.parts:
            points |= fixed_codepoints(sheet.read_text(encoding="utf-8", errors="replace"))
    kept: dict[str, int] = {}
    rules = []
    for stem, (family, weight) in _FONTS.items():
        source = static / "vendor" / "fontawesome" / "webfonts" / f"{stem}.ttf"
        kept[stem] = subset_font(source, points, outdir / ICON_DIR / f"{stem}.woff")
        rules.append(f'@font-face{{font-display:block;font-family:"{family}";'
                     f'font-style:normal;font-weight:{weight};'
                     f'src:url(svcx-icons/{stem}.woff) format("woff")}}')
    (outdir / ICON_CSS).write_text(
        "/* svcx: the theme's Font Awesome fonts cut down to the icons this site shows "
        "(svcx_helpers/publish/light.py) */\n" + "\n".join(rules) + "\n", encoding="utf-8")
    return kept


def optimise_png(path: Path, max_width: int = MAX_IMAGE_WIDTH) -> int:
    """Rewrite one PNG smaller; returns bytes saved. Lossless at the size shown: an opaque
    RGBA image loses its alpha channel, one with at most 256 colours becomes a palette
    image, every image is recompressed (``optimize``). An image wider than twice the
    widest the page shows it (``max_width``) is also tried scaled down to that (Lanczos)
    — kept only if that is smaller still: resampling a flat chart makes new in-between
    colours, and then the full-size lossless file is the lighter one."""
    from PIL import Image

    before = path.stat().st_size
    with Image.open(path) as im:
        im.load()
        info = {k: v for k, v in im.info.items() if k == "dpi"}
        base = im
        if base.mode == "RGBA" and base.getchannel("A").getextrema() == (255, 255):
            base = base.convert("RGB")
        candidates = [base]
        if base.width > max_width:
            height = round(base.height * max_width / base.width)
            candidates.append(base.resize((max_width, height), Image.Resampling.LANCZOS))
    best, best_size = None, before
    for i, out in enumerate(candidates):
        if out.mode == "RGB" and out.getcolors(256) is not None:
            out = _exact_palette(out)
        tmp = path.with_suffix(f".tmp{i}.png")
        out.save(tmp, "PNG", optimize=True, **info)
        if tmp.stat().st_size < best_size:
            if best is not None:
                best.unlink()
            best, best_size = tmp, tmp.stat().st_size
        else:
            tmp.unlink()
    if best is None:
        return 0
    best.replace(path)
    return before - best_size


def _exact_palette(image: Any) -> Any:
    """An RGB image of at most 256 colours as a palette image with exactly those colours
    (Pillow's ``quantize`` may move colours a little; this maps each pixel to its own)."""
    import numpy as np
    from PIL import Image

    rgb = np.asarray(image, dtype=np.uint32)
    keys = (rgb[..., 0] << 16) | (rgb[..., 1] << 8) | rgb[..., 2]
    colours, index = np.unique(keys, return_inverse=True)
    out = Image.fromarray(index.reshape(keys.shape).astype(np.uint8), mode="P")
    out.putpalette([int(c >> shift) & 0xFF for c in colours for shift in (16, 8, 0)])
    return out


def optimise_images(folder: Path) -> int:
    """:func:`optimise_png` on every PNG in ``folder``; total bytes saved."""
    return sum(optimise_png(p) for p in sorted(folder.glob("*.png")))


def lighten_site(outdir: Path, math_pages: set[str]) -> dict[str, int]:
    """Lighten every HTML page under ``outdir`` (a Sphinx HTML build). ``math_pages``:
    the page names (``book/chapters/kano``) on which Sphinx recorded equations."""
    # a site inside this one (the Chinese edition in zh/, with its own _static) is
    # lightened by its own build
    nested = [d.parent for d in outdir.glob("*/_static") if d.is_dir()]
    pages = sorted(p for p in outdir.rglob("*.html")
                   if not any(n in p.parents for n in nested))
    # the theme's scripts name the icons they add at run time; fontawesome.js names them all
    scripts = [p for p in (outdir / "_static").rglob("*.js")
               if "vendor" not in p.parts and p.name != "fontawesome.js"]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in pages]
    names = used_icon_names(texts + [p.read_text(encoding="utf-8", errors="replace")
                                     for p in scripts])
    kept = write_icon_fonts(outdir, names)
    (outdir / WIDGET_LOADER).write_text(_LOADER_JS, encoding="utf-8")
    favicon = next((p.name for p in (outdir / "_static").glob("favicon.*")), None)
    for page, html in zip(pages, texts, strict=True):
        name = page.relative_to(outdir).with_suffix("").as_posix()
        prefix = _relative_prefix(page, outdir)
        new = lighten_page(html, prefix=prefix,
                           math=page_needs_math(html, name in math_pages),
                           search_page=name == "search")
        if favicon and 'rel="icon"' not in new:
            # the redirect page (index.html) names no icon: the browser would ask the
            # server for /favicon.ico and log a 404
            new = f'<link rel="icon" href="{prefix}_static/{favicon}" />\n' + new
        if new != html:
            page.write_text(new, encoding="utf-8")
    if (outdir / "_images").is_dir():
        kept["image bytes saved"] = optimise_images(outdir / "_images")
    return kept
