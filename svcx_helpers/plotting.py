"""The one lazy forwarder between analysis modules and their plots, and the plot style.

Analysis modules (``kano``, ``blueprint`` …) expose their plot functions as attributes
(``kano.plot_counts``) through :func:`lazy_plots`, so that matplotlib and the plot
modules in :mod:`svcx_helpers.plots` are imported only when a plot is first drawn.
The style names (``OKABE_ITO``, ``CATEGORY_COLORS``, ``new_axes`` …) are forwarded to
:mod:`svcx_helpers.plots.style` in the same lazy way, for notebooks that use them.

>>> from svcx_helpers import plotting
>>> plotting.CATEGORY_COLORS["A"]
'#009E73'
"""

from __future__ import annotations

import importlib
from typing import Any

_STYLE = ("OKABE_ITO", "CATEGORY_COLORS", "MIXED_COLOR", "category_color", "new_axes",
          "label_for", "annotate_points", "wrap")


def lazy_plots(package: str, plots_module: str, names: tuple[str, ...]) -> tuple[Any, Any]:
    """Module ``__getattr__``/``__dir__`` that forward ``names`` to ``plots_module``.

    Analysis modules (``kano``, ``servqual``) expose their plots as attributes while
    matplotlib is imported only when a plot is first used::

        __getattr__, __dir__ = lazy_plots(__name__, "plots.kano", _PLOTS)
    """
    import sys

    parent = package.rsplit(".", 1)[0]

    def __getattr__(name: str) -> Any:
        if name in names:
            return getattr(importlib.import_module(f"{parent}.{plots_module}"), name)
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted(list(vars(sys.modules[package])) + list(names))

    return __getattr__, __dir__


def plot_function(plots_module: str, name: str) -> Any:
    """The function ``name`` of ``svcx_helpers.<plots_module>``, imported when called for.

    Analysis code draws through this (``Blueprint.plot()``) instead of importing
    :mod:`svcx_helpers.plots`, so that analysis modules never import their plots::

        plot_function("plots.blueprint", "plot_blueprint")(self, ax=ax)
    """
    return getattr(importlib.import_module(f"{__package__}.{plots_module}"), name)


def __getattr__(name: str) -> Any:
    if name in _STYLE:
        return getattr(importlib.import_module(f"{__package__}.plots.style"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(["lazy_plots", "plot_function", *_STYLE])
