"""Find and register a CJK font so that Chinese plot labels never render as boxes.

``ensure_cjk_font()`` looks for a known Simplified-Chinese-capable font (Noto Sans CJK,
Source Han Sans, WenQuanYi, Microsoft YaHei, SimHei, PingFang …) among the fonts
matplotlib knows, then among the system's font files (so a font installed after
matplotlib built its cache is found too), or takes the file named by
``$SVCX_CJK_FONT``. It sets ``font.family`` to ``["sans-serif", <CJK font>]`` so
Latin text keeps its usual look and matplotlib falls back to the CJK font glyph by glyph.
When none is found it warns once with install instructions (in the current language).

Example
-------
>>> from svcx_helpers.plots.fonts import ensure_cjk_font
>>> ensure_cjk_font()          # doctest: +SKIP
'Noto Sans CJK JP'
"""

from __future__ import annotations

import os
import warnings

CJK_FAMILIES = (
    "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
    "Noto Sans CJK JP", "Noto Sans CJK TC", "Noto Sans CJK KR", "Source Han Sans",
    "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "SimHei", "PingFang SC",
    "Hiragino Sans GB", "Heiti SC", "STHeiti", "Sarasa Gothic SC", "LXGW WenKai",
    "AR PL UMing CN", "AR PL UKai CN", "Droid Sans Fallback",
)
_FILE_HINTS = ("notosanscjk", "notosanssc", "sourcehansans", "wqy", "msyh", "simhei",
               "pingfang", "hiragino", "sarasa", "lxgw", "uming", "ukai", "droidsansfallback")

_state: dict[str, str | None] = {}


def _known_families() -> set[str]:
    from matplotlib import font_manager

    return {f.name for f in font_manager.fontManager.ttflist}


def find_cjk_font() -> str | None:
    """Name of an installed CJK font family (registering it with matplotlib), or None."""
    from matplotlib import font_manager

    path = os.environ.get("SVCX_CJK_FONT")
    if path and os.path.isfile(path):
        font_manager.fontManager.addfont(path)
        return font_manager.FontProperties(fname=path).get_name()
    for family in CJK_FAMILIES:
        if family in _known_families():
            return family
    # fonts installed after matplotlib cached its font list
    for file in font_manager.findSystemFonts():
        base = os.path.basename(file).lower().replace("-", "").replace("_", "")
        if any(h in base for h in _FILE_HINTS):
            try:
                font_manager.fontManager.addfont(file)
            except (OSError, RuntimeError, ValueError):
                continue
    for family in CJK_FAMILIES:
        if family in _known_families():
            return family
    return None


def ensure_cjk_font() -> str | None:
    """Register a CJK font as glyph fallback for matplotlib; warn once if there is none."""
    import matplotlib as mpl

    from ..i18n import t

    if "family" not in _state:
        _state["family"] = find_cjk_font()
        if _state["family"] is None:
            warnings.warn(t("font.missing"), UserWarning, stacklevel=2)
    family = _state["family"]
    if family is None:
        return None
    # Re-applied on every call: an rc_context() that ended since the last call may have
    # restored a font list without the CJK fallback.
    # A generic family ("sans-serif") resolves to one font only; an explicit list makes
    # matplotlib fall back glyph by glyph, so Latin stays in the usual font.
    mpl.rcParams["font.family"] = ["sans-serif", family]
    mpl.rcParams["axes.unicode_minus"] = False
    return family
