"""A tiny Sphinx extension for the published book: offline, no console errors.

Jupyter Book always loads ``sphinx_thebe``. Even with ``launch_buttons.thebe: false`` it
puts the thebe loader (``sphinx-thebe.js``, ``sphinx-thebe.css``), an inline
``THEBE_JS_URL = "https://unpkg.com/…"`` and a ``text/x-thebe-config`` block pointing at
a Binder repository into every page. Nothing is fetched until a thebe button is
pressed, and there is none; this extension removes them so that the pages contain no
external script at all. When a trainer turns thebe on (``launch_buttons.thebe: true``),
it leaves them alone.

It also gives the bibliography's entries the ARIA role ``listitem`` (docutils' deprecated
``doc-biblioentry`` inside ``role="list"`` is a critical axe-core violation), lets
``mathjax_path`` and ``nb_ipywidgets_js`` point at ``vendor/…`` (copied to
the site root by ``html_extra_path``) rather than ``_static/vendor/…``, and guards the
rule: any ``<script src>`` or stylesheet that still points off the
machine is reported as a Sphinx warning, and ``-W`` makes that a build error.

Every page links to the same page in the other language (English ↔ 中文; the Chinese
site is built into ``zh/`` of the English one, see :mod:`svcx_helpers.publish.translate`).

It adds the book's own stylesheet, ``book/_static/svcx.css`` (the chapters' *Essentials*
box, ``:class: essentials``), to every page of both editions; the folder is given to Sphinx
by its absolute path, so the Chinese and class editions, built from generated configs
elsewhere, find it too.

Finally it sets the theme's ``default_mode`` (``html_context``) to ``auto`` (light or
dark as the reader's system prefers). Left empty, the theme logs a console error on a
reader's first visit ("Got invalid theme mode"); Jupyter Book offers no way to set it
from _config.yml without replacing all the theme's options.

In the class edition (``svcx_edition = "class"``, see :mod:`svcx_helpers.publish.edition`)
``{doc}`` links to ``solutions/…`` point at ``exercises/…`` and every practice page links
its learner notebook for download.

Before anything else it runs :func:`svcx_helpers.publish.assets.vendor_assets` (cached; the
network is used once), so a plain ``jupyter-book build .`` is offline-ready too.

Enabled in ``_config.yml``: ``sphinx: extra_extensions: [svcx_helpers.publish.sphinx_ext]``.
"""

from __future__ import annotations

import os
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging

logger = logging.getLogger(__name__)


def _thebe_on(app: Sphinx) -> bool:
    options = app.config.html_theme_options or {}
    return bool((options.get("launch_buttons") or {}).get("thebe"))


def _is_thebe(asset: Any) -> bool:
    filename = str(getattr(asset, "filename", asset) or "")
    body = str(getattr(asset, "attributes", {}).get("body", ""))
    return "thebe" in filename or "THEBE_JS_URL" in body


def _strip_thebe_nodes(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    if _thebe_on(app):
        return
    for node in list(doctree.findall(nodes.raw)):
        text = node.astext()
        if "text/x-thebe-config" in text or "kernelName = " in text:
            node.parent.remove(node)


def _vendor_path(asset: Any) -> Any:
    """``_static/vendor/x.js`` → ``vendor/x.js`` (Sphinx puts relative script paths
    under ``_static``; the vendored files live outside it, see svcx_helpers/book.py)."""
    filename = str(getattr(asset, "filename", "") or "")
    if not filename.startswith("_static/vendor/"):
        return asset
    return type(asset)(filename.removeprefix("_static/"), priority=asset.priority,
                       **asset.attributes)


def _page_context(app: Sphinx, pagename: str, templatename: str,
                  context: dict[str, Any], doctree: nodes.document | None) -> None:
    if "script_files" in context:
        context["script_files"] = [_vendor_path(a) for a in context["script_files"]]
    if "body" in context:
        # Docutils marks each reference with the deprecated DPUB role doc-biblioentry
        # inside a role="list"; ARIA 1.2 wants list items there (axe: aria-required-children).
        context["body"] = context["body"].replace('role="doc-biblioentry"', 'role="listitem"')
    if "body" in context:
        from .translate import counterpart

        other = counterpart(pagename, app.config.svcx_lang)
        if other is not None:
            url, label = other
            lang = "zh-CN" if app.config.svcx_lang == "en" else "en"
            context["body"] = (
                f'<p class="svcx-lang-switch"><a href="{url}" lang="{lang}" '
                f'hreflang="{lang}">{label}</a></p>' + context["body"])
    if "body" in context and app.config.svcx_edition == "class":
        from .edition import download_link

        link = download_link(pagename, app.config.svcx_lang)
        if link:
            context["body"] = link + context["body"]
    if not _thebe_on(app):
        for key in ("script_files", "css_files"):
            if key in context:
                context[key] = [a for a in context[key] if not _is_thebe(a)]
    for key in ("script_files", "css_files"):
        for asset in context.get(key, []):
            filename = str(getattr(asset, "filename", asset) or "")
            if "://" in filename or filename.startswith("//"):
                logger.warning("%s: external asset %s — the book must work offline; "
                               "vendor it (svcx_helpers/book.py)", pagename, filename,
                               type="svcx", subtype="offline")


def _source_read(app: Sphinx, docname: str, source: list[str]) -> None:
    if app.config.svcx_edition == "class":
        from .edition import learner_links

        source[0] = learner_links(source[0])


def _theme_defaults(app: Sphinx, config: Any) -> None:
    # pydata-sphinx-theme reads it from the template context, not from the theme options
    config.html_context.setdefault("default_mode", "auto")


STYLESHEET = "svcx.css"


def _static(app: Sphinx, config: Any) -> None:
    """Serve ``book/_static/`` (svcx.css) from every edition's ``_static``."""
    from ..core import repo_root

    folder = str(repo_root() / "book" / "_static")
    if folder not in config.html_static_path:
        config.html_static_path = [*config.html_static_path, folder]


def _vendor(app: Sphinx, config: Any) -> None:
    """Fetch/unpack the pinned assets before Sphinx checks html_extra_path, so that a
    plain ``jupyter-book build .`` works as well as ``svcx build``."""
    from pathlib import Path

    from sphinx.errors import ExtensionError

    from .assets import VendorError, vendor_assets

    try:  # html_extra_path: ["_build/site-extra"], relative to the book's folder
        vendor_assets(Path(app.confdir) / "_build" / "site-extra" / "vendor")
    except VendorError as exc:
        raise ExtensionError(str(exc)) from exc


def _lighten(app: Sphinx, exception: BaseException | None) -> None:
    """After the pages are written: load on each page only what it uses (publish/light.py)."""
    if exception is not None or app.builder.name not in ("html", "dirhtml"):
        return
    if not app.config.svcx_light:
        return
    from pathlib import Path

    from .light import lighten_site

    data = app.env.get_domain("math").data.get("has_equations", {})
    lighten_site(Path(app.outdir), {name for name, has in data.items() if has})


def setup(app: Sphinx) -> dict[str, Any]:
    # "en" for the English site, "zh" for the Chinese one (set by svcx build): each page
    # links to the same page in the other language
    app.add_config_value("svcx_lang", "en", "html")
    # "class": the graded-course edition (exercises, no answers; publish/edition.py)
    app.add_config_value("svcx_edition", "reader", "env")
    # False: every page loads every asset, as Jupyter Book's defaults do (the benchmark's peer)
    # (SVCX_LIGHT=0 in the environment: benchmarks/page_weight.py builds that peer)
    app.add_config_value("svcx_light", os.environ.get("SVCX_LIGHT", "1") != "0", "html",
                         types=[bool, int])
    app.connect("source-read", _source_read)
    app.connect("build-finished", _lighten)
    app.connect("config-inited", _vendor, priority=100)  # html_extra_path check is at 800
    app.connect("config-inited", _theme_defaults)
    app.connect("config-inited", _static)
    app.add_css_file(STYLESHEET)
    # after sphinx_thebe's own doctree-resolved handler (default priority 500)
    app.connect("doctree-resolved", _strip_thebe_nodes, priority=900)
    app.connect("html-page-context", _page_context, priority=900)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
