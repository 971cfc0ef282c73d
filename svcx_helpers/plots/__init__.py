"""Plots, one module per method family, the shared style and the CJK font finder.

Analysis modules never import these at module level; conveniences such as
``Blueprint.plot()`` go through :func:`svcx_helpers.plotting.lazy_plots`."""
