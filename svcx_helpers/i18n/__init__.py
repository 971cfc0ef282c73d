"""Two-language support: every user-facing string of svcx_helpers lives here.

``set_language("zh")`` switches messages, widget labels and plot labels to Simplified
Chinese; ``set_language("en")`` switches back. ``t(key, **values)`` looks a message up
in the current language and fills its ``{placeholders}``.

Keys and where they live
------------------------
The messages are kept in :mod:`svcx_helpers.i18n.catalogue`, one file per owner, and
merged here into ``MESSAGES`` (a key defined in two files is an error at import). A key
starts with the name of its owner, which is also the name of its catalogue file:

* ``<family>.…`` for a module family: ``kano``, ``servqual`` (with IPA: ``servqual.ipa.…``),
  ``blueprint``, ``journey``, ``process``, ``standards``, ``recovery``, ``queues``,
  ``internal``, ``capstone``, ``training``, ``wellbeing``, ``communication``,
  ``empowerment``, ``servicescape``, ``audit``, ``sla``, ``costing``, ``decision``, ``quiz``,
  ``widgets``; e.g. ``queues.err.agents``.
* ``<family>.bank.…`` for the feedback of that family's question bank
  (``svcx_helpers/questions/<family>.py``; the internal-customers bank is
  ``questions/customers.py``, the emotional-labour bank ``questions/emotions.py`` with
  ``wellbeing.bank.…``, the outsourcing bank ``questions/outsourcing.py`` with
  ``sla.bank.…``); e.g. ``queues.bank.share.percent``.
* in ``catalogue/machinery.py``, the machinery module's name: ``card.`` (answer cards),
  ``check.`` (answer checking,
  with the feedback shared by all banks, e.g. ``check.not_yet_right``), ``grade.``,
  ``progress.``, ``readers.``, ``data.``, ``core.``, ``validate.``, ``report.``, ``release.``,
  ``slides.``, ``sheets.``, ``translate.``, ``font.``.

An English text is written under one key only: feedback shared by several banks lives in
``check.``. ``tests/test_i18n.py`` checks that every key used exists, that every key is used
(looked up while the tests run, or written literally or as a prefix such as
``t(f"kano.category.{c}")``), that both languages have the same placeholders, and that no
English text is repeated under two keys.

Example
-------
>>> from svcx_helpers import i18n
>>> i18n.set_language("zh"); i18n.t("kano.category.M")
'必备型'
>>> i18n.set_language("en"); i18n.t("kano.category.M")
'Must-be'
"""

from __future__ import annotations

import contextlib
import contextvars
import os
from collections.abc import Iterator

from .catalogue import (
    audit,
    blueprint,
    capstone,
    communication,
    costing,
    decision,
    empowerment,
    internal,
    journey,
    kano,
    machinery,
    process,
    queues,
    quiz,
    recovery,
    servicescape,
    servqual,
    sla,
    standards,
    training,
    wellbeing,
    widgets,
)

LANGUAGES = ("en", "zh")

_local: contextvars.ContextVar[str | None] = contextvars.ContextVar("svcx_lang", default=None)
_state = {"lang": os.environ.get("SVCX_LANG", "en") if os.environ.get("SVCX_LANG") in LANGUAGES
          else "en"}

_CATALOGUES = (audit, blueprint, capstone, communication, costing, decision, empowerment,
               internal, journey, kano, machinery, process, queues, quiz, recovery, servicescape,
               servqual, sla, standards, training, wellbeing, widgets)

LOOKED_UP: set[str] = set()
"""Every key :func:`t` was asked for (tests/test_i18n.py checks that every key is used)."""


def _merge() -> dict[str, tuple[str, str]]:
    """All catalogue files in one dict; a key defined in two files is an error."""
    merged: dict[str, tuple[str, str]] = {}
    where: dict[str, str] = {}
    for module in _CATALOGUES:
        for key, pair in module.MESSAGES.items():
            if key in merged:
                raise RuntimeError(f"i18n key {key!r} is defined twice: in {where[key]} "
                                   f"and {module.__name__}")
            merged[key] = pair
            where[key] = module.__name__
    return merged


# key -> (English, Simplified Chinese)
MESSAGES: dict[str, tuple[str, str]] = _merge()


def set_language(lang: str) -> None:
    """Switch every message, widget label and plot label to ``lang`` ("en" or "zh")."""
    if lang not in LANGUAGES:
        raise ValueError(t("core.option", value=lang, name="language", choices=list(LANGUAGES)))
    _state["lang"] = lang


def get_language() -> str:
    """The current language code, "en" or "zh"."""
    return _local.get() or _state["lang"]


@contextlib.contextmanager
def language(lang: str) -> Iterator[None]:
    """Context manager: use ``lang`` inside the ``with`` block, then switch back."""
    # Local to the running thread/context, so that threads grading submissions in
    # different languages at the same time do not switch each other's language.
    if lang not in LANGUAGES:
        raise ValueError(t("core.option", value=lang, name="language", choices=list(LANGUAGES)))
    token = _local.set(lang)
    try:
        yield
    finally:
        _local.reset(token)


def localized(obj: object, field: str, lang: str | None = None) -> object:
    """``obj.<field>_zh`` when ``lang`` (default: the current language) is zh and the
    Chinese is given, else ``obj.<field>`` — how case files (blueprints, journeys) keep a
    text in both languages.

    >>> from types import SimpleNamespace
    >>> step = SimpleNamespace(label="Queues", label_zh="排队")
    >>> localized(step, "label", "zh"), localized(step, "label", "en")
    ('排队', 'Queues')
    """
    if (lang or get_language()) == "zh":
        chinese = getattr(obj, f"{field}_zh", None)
        if chinese:
            return chinese
    return getattr(obj, field)


def t(key: str, lang: str | None = None, **values: object) -> str:
    """The message ``key`` in the current (or given) language, placeholders filled."""
    LOOKED_UP.add(key)
    pair = MESSAGES[key]
    text = pair[LANGUAGES.index(lang or get_language())]
    return text.format(**values)


# --- Texts written in notebooks' code cells (quizzes): translated by the Chinese edition ---
_TEXTS: dict[str, str] = {}


class MissingTranslation(KeyError):
    """A text shown in Chinese has no translation (raised only when SVCX_I18N_STRICT=1)."""


def add_texts(texts: dict[str, str]) -> None:
    """Register Chinese translations of English texts that code cells show (quiz questions,
    options, explanations). The Chinese notebooks call this in their first cell with the
    ``strings:`` of the notebook's translation sidecar."""
    _TEXTS.update({_norm(k): v for k, v in texts.items()})


def _norm(text: str) -> str:
    return " ".join(str(text).split())


def text(english: str) -> str:
    """``english`` in the current language: itself in English, its registered translation
    in Chinese (see :func:`add_texts`). A text without translation stays English, or
    raises :class:`MissingTranslation` when ``SVCX_I18N_STRICT=1`` (the tests of the
    Chinese notebooks). With ``SVCX_RECORD_TEXTS=FILE`` every text asked for is appended
    to FILE, one JSON string a line (``svcx translate --strings`` uses it).

    >>> add_texts({"Which gap is largest?": "哪个差距最大？"})
    >>> with language("zh"):
    ...     text("Which gap is largest?")
    '哪个差距最大？'
    >>> text("Which gap is largest?")
    'Which gap is largest?'
    """
    english = str(english)
    if not english.strip():
        return english
    record = os.environ.get("SVCX_RECORD_TEXTS")
    if record:
        import json

        with open(record, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(english, ensure_ascii=False) + "\n")
    if get_language() == "en":
        return english
    found = _TEXTS.get(_norm(english))
    if found is None:
        if os.environ.get("SVCX_I18N_STRICT") == "1":
            raise MissingTranslation(f"no Chinese translation for the text “{english[:80]}” "
                                     "(add it to the notebook's .zh.yml strings:)")
        return english
    return found
