"""The light site (issue 22): what each page keeps, the icon subset, the figures.

The browser side (no full icon font requested, every icon's glyph in the subset, MathJax
and the widget manager where they are used) is in test_browser.py; the page weights are
measured side by side with Jupyter Book's defaults in benchmarks/page_weight.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from svcx_helpers.publish import light

THEME = "../_static/styles/pydata-sphinx-theme.css?digest=55c2"
PAGE = f"""<!DOCTYPE html>
<html><head>
  <link href="{THEME}" rel="stylesheet" />
  <script defer src="../_static/scripts/fontawesome.js?digest=55c2"></script>
  <script src="../_static/doctools.js?v=9a2d"></script>
  <script defer="defer" src="../vendor/mathjax/es5/tex-mml-chtml.js?v=cadf"></script>
  <script src="../_static/searchtools.js"></script>
  <script src="../_static/language_data.js"></script>
  <script src="../searchindex.js"></script>
  <script src="../vendor/requirejs/require.js?v=761b"></script>
  <script src="../vendor/widgets-config.js?v=8b0c"></script>
  <script src="../vendor/html-manager/dist/embed-amd.js?v=8ae6"></script>
</head><body><p>BODY</p></body></html>
"""
STATE = '<script type="application/vnd.jupyter.widget-state+json">{}</script>'


def _srcs(html: str) -> list[str]:
    return re.findall(r'<script[^>]*src="([^"]*)"', html)


def test_a_text_page_keeps_only_the_theme_and_its_own_scripts() -> None:
    out = light.lighten_page(PAGE, prefix="../", math=False)
    assert _srcs(out) == ["../_static/doctools.js?v=9a2d"]
    # the subset icon stylesheet comes right after the theme's, so its @font-face wins
    theme_at = out.index(THEME)
    icons_at = out.index('href="../_static/svcx-icons.css"')
    assert theme_at < icons_at < out.index("doctools.js")


def test_math_and_search_stay_where_they_are_used() -> None:
    out = light.lighten_page(PAGE, prefix="../", math=True, search_page=True)
    assert _srcs(out) == ["../_static/doctools.js?v=9a2d",
                          "../vendor/mathjax/es5/tex-mml-chtml.js?v=cadf",
                          "../_static/searchtools.js", "../_static/language_data.js",
                          "../searchindex.js"]


def test_a_widget_page_loads_the_manager_through_the_lazy_loader() -> None:
    out = light.lighten_page(PAGE.replace("BODY", STATE), prefix="../", math=False)
    loader = re.search(r'<script defer src="\.\./_static/svcx-widgets\.js" '
                       r"data-scripts='([^']*)'></script>", out)
    assert loader, out
    # in the order the page had them: require.js, its set-up, then the embedder
    assert json.loads(loader.group(1)) == ["../vendor/requirejs/require.js?v=761b",
                                           "../vendor/widgets-config.js?v=8b0c",
                                           "../vendor/html-manager/dist/embed-amd.js?v=8ae6"]
    assert "embed-amd" not in out.replace(loader.group(0), "")


def test_lightening_twice_changes_nothing_more() -> None:
    once = light.lighten_page(PAGE.replace("BODY", STATE), prefix="../", math=False)
    assert light.lighten_page(once, prefix="../", math=False) == once


@pytest.mark.parametrize("body,has_equations,expected", [
    ("<p>plain text, 5 $ and 3 $</p>", False, False),
    ("<p>plain</p>", True, True),  # Sphinx saw an equation
    (r'<span class="math notranslate nohighlight">\(B = (A+O)/N\)</span>', False, True),
    ("<div>$$x$$</div>", False, True),
])
def test_page_needs_math(body: str, has_equations: bool, expected: bool) -> None:
    html = (r"<html><head><script>window.x = '\\(';</script></head>"
            f"<body>{body}<script>var y = '$$';</script></body></html>")
    assert light.page_needs_math(html, has_equations) is expected


def test_icon_code_points_from_the_theme_stylesheet() -> None:
    css = light._theme_static().joinpath("styles", "pydata-sphinx-theme.css").read_text(
        encoding="utf-8")
    table = light.icon_codepoints(css)
    # Font Awesome 6's published code points (fontawesome.com/icons): magnifying glass
    # f002, bars f0c9, sun f185, moon f186 — and an alias maps to the same glyph
    assert (table["fa-magnifying-glass"], table["fa-bars"], table["fa-sun"],
            table["fa-moon"]) == (0xF002, 0xF0C9, 0xF185, 0xF186)
    assert table["fa-search"] == table["fa-magnifying-glass"]
    # the theme's admonition icons are characters in custom properties, not classes
    assert 0xF0F3 in light.fixed_codepoints(css)  # --pst-icon-bell


def test_the_subset_font_has_exactly_the_glyphs_asked_for(tmp_path: Path) -> None:
    from fontTools.ttLib import TTFont

    source = light._theme_static() / "vendor" / "fontawesome" / "webfonts" / "fa-solid-900.ttf"
    wanted = {0xF002, 0xF0C9, 0xF185, 0x4E2D}  # 中 is not in an icon font
    kept = light.subset_font(source, wanted, tmp_path / "s.woff")
    font = TTFont(str(tmp_path / "s.woff"))
    assert kept == 3 and set(font.getBestCmap()) == {0xF002, 0xF0C9, 0xF185}
    assert font.flavor == "woff"
    assert (tmp_path / "s.woff").stat().st_size < source.stat().st_size / 20


def _png(path: Path, pixels: np.ndarray) -> Path:
    Image.fromarray(pixels).save(path)
    return path


@settings(max_examples=25, deadline=None)
@given(colours=st.integers(1, 300), seed=st.integers(0, 2**16), alpha=st.booleans())
def test_optimised_figures_keep_every_pixel(tmp_path_factory: pytest.TempPathFactory,
                                            colours: int, seed: int, alpha: bool) -> None:
    """Opaque RGBA → RGB, ≤ 256 colours → palette, recompression: all exact."""
    rng = np.random.default_rng(seed)
    palette = rng.integers(0, 256, size=(colours, 3), dtype=np.uint8)
    rgb = palette[rng.integers(0, colours, size=(40, 60))]
    pixels = np.dstack([rgb, np.full((40, 60), 255, np.uint8)]) if alpha else rgb
    path = _png(tmp_path_factory.mktemp("png") / "f.png", pixels)
    before = path.stat().st_size
    saved = light.optimise_png(path)
    assert saved == before - path.stat().st_size >= 0
    after = np.asarray(Image.open(path).convert("RGB"))
    assert np.array_equal(after, rgb)


def test_a_translucent_figure_keeps_its_alpha(tmp_path: Path) -> None:
    pixels = np.zeros((20, 30, 4), np.uint8)
    pixels[..., 3] = 128
    path = _png(tmp_path / "t.png", pixels)
    light.optimise_png(path)
    assert np.array_equal(np.asarray(Image.open(path).convert("RGBA")), pixels)


def test_only_a_figure_wider_than_twice_the_column_is_scaled(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)  # a photo-like figure: fewer pixels are fewer bytes
    wide = _png(tmp_path / "w.png", rng.integers(0, 256, (300, 2290, 3), dtype=np.uint8))
    narrow = _png(tmp_path / "n.png", np.full((300, 761, 3), 200, np.uint8))
    light.optimise_png(wide)
    light.optimise_png(narrow)
    assert Image.open(wide).size == (light.MAX_IMAGE_WIDTH, round(300 * 1640 / 2290))
    assert Image.open(narrow).size == (761, 300)


def test_lighten_site_end_to_end(tmp_path: Path) -> None:
    """A two-page site: the icon fonts and stylesheet, the loader, and the pages."""
    (tmp_path / "_static" / "styles").mkdir(parents=True)
    (tmp_path / "_static" / "theme-extra.css").write_text(
        '.admonition-title:after{content:"\\f071"}', encoding="utf-8")
    (tmp_path / "_static" / "app.js").write_text('i.className = "fa-solid fa-moon";',
                                                 encoding="utf-8")
    (tmp_path / "book").mkdir()
    (tmp_path / "book" / "a.html").write_text(
        PAGE.replace("BODY", '<i class="fa-solid fa-bars"></i>'), encoding="utf-8")
    (tmp_path / "search.html").write_text(PAGE.replace("../", ""), encoding="utf-8")
    (tmp_path / "_static" / "favicon.svg").write_text("<svg/>", encoding="utf-8")
    redirect = '<meta http-equiv="Refresh" content="0; url=book/a.html" />\n'
    (tmp_path / "index.html").write_text(redirect, encoding="utf-8")
    kept = light.lighten_site(tmp_path, math_pages=set())
    assert (tmp_path / "index.html").read_text(encoding="utf-8") == (
        '<link rel="icon" href="_static/favicon.svg" />\n' + redirect)
    assert kept["fa-solid-900"] == 3  # bars, moon (from the script), f071 (stylesheet)
    css = (tmp_path / "_static" / "svcx-icons.css").read_text(encoding="utf-8")
    assert css.count("@font-face") == 3 and "svcx-icons/fa-solid-900.woff" in css
    assert (tmp_path / "_static" / "svcx-widgets.js").is_file()
    search = (tmp_path / "search.html").read_text(encoding="utf-8")
    assert "searchindex.js" in search and "fontawesome.js" not in search
    page = (tmp_path / "book" / "a.html").read_text(encoding="utf-8")
    assert "searchindex.js" not in page and "mathjax" not in page


def test_a_flat_chart_that_resampling_would_enlarge_stays_full_size(tmp_path: Path) -> None:
    """Two-colour stripes: scaled, they gain in-between greys and grow; the lossless
    full-size file is kept (and still recompressed, exactly)."""
    stripes = np.zeros((200, 2290, 3), np.uint8)
    stripes[:, ::3] = 255
    path = _png(tmp_path / "s.png", stripes)
    light.optimise_png(path)
    assert Image.open(path).size == (2290, 200)
    assert np.array_equal(np.asarray(Image.open(path).convert("RGB")), stripes)
