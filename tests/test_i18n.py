"""Two languages: every message exists in English and Simplified Chinese with the same
placeholders; set_language switches plots and widgets too."""

from __future__ import annotations

import string

import pytest

from svcx_helpers import i18n


def fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


@pytest.mark.parametrize("key", sorted(i18n.MESSAGES))
def test_both_languages_same_placeholders(key: str) -> None:
    en, zh = i18n.MESSAGES[key]
    assert en.strip() and zh.strip()
    assert fields(en) == fields(zh), key
    if key not in {"category.O", "category.I"} and not key.startswith(("plot.better",
                                                                         "plot.worse")):
        # the Chinese text is really Chinese (not a copy of the English)
        assert any("\u4e00" <= ch <= "\u9fff" for ch in zh) or zh != en, key


def test_set_language_and_context_manager() -> None:
    i18n.set_language("zh")
    assert i18n.t("category.M") == "必备型"
    with i18n.language("en"):
        assert i18n.t("category.M") == "Must-be"
    assert i18n.get_language() == "zh"
    i18n.set_language("en")
    with pytest.raises(ValueError):
        i18n.set_language("fr")


def test_every_key_used_in_code_exists() -> None:
    import re
    from pathlib import Path

    pkg = Path(i18n.__file__).parent
    used = set()
    for path in pkg.rglob("*.py"):
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_]+\.[a-zA-Z_.]+)["']""",
                               path.read_text(encoding="utf-8")))
    missing = sorted(k for k in used if k not in i18n.MESSAGES)
    assert not missing
