"""svcx_helpers — analysis functions, plots, widgets and graders of the svcx course kit.

``import svcx_helpers`` is light: pandas and numpy only. matplotlib, seaborn and
ipywidgets are imported the first time a plot or widget is used.

Example
-------
>>> import svcx_helpers as sx
>>> sx.set_language("zh")
>>> sx.kano.classify(1, 5)
'O'
>>> sx.set_language("en")
"""

from __future__ import annotations

import importlib
from typing import Any

from .i18n import get_language, language, set_language, t

__version__ = "0.1.0"

_SUBMODULES = (
    # the learner's vocabulary: one module per method
    "kano", "servqual", "ipa", "blueprint", "journey", "process", "standards", "recovery",
    "queueing", "internal", "capstone", "training", "data", "validate", "report", "quiz", "widgets",
    "readers", "plotting", "core", "wellbeing", "communication",
    "empowerment",  # issue 18: service culture and empowerment
    "decision",  # issue 19: creative methods, the weighted decision matrix
    "servicescape",  # issue 19: servicescape and inclusive service
    "audit",  # issue 19: process audit, privacy and continuity
    "sla",  # issue 19: outsourcing, vendors and service-level agreements
    "costing",  # issue 19: the cost of service and digital channels
    # machinery, by workflow
    "grading", "publish", "plots", "i18n", "questions", "cli",
)
_LAZY = {
    "check": ("grading.checks", "check"),
    "progress": ("grading.checks", "progress"),
    "answer_card": ("grading.cards", "answer_card"),
    "load_dataset": ("data", "load_dataset"),
    "quiz_html": ("quiz", "quiz_html"),
    "show_quiz": ("quiz", "show_quiz"),
}

__all__ = ["answer_card", "check",
           "get_language", "progress", "language", "load_dataset", "set_language", "t",
           *_SUBMODULES]


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    if name in _LAZY:
        module, attr = _LAZY[name]
        return getattr(importlib.import_module(f".{module}", __name__), attr)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
