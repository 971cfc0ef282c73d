"""Two languages: every message exists in English and Simplified Chinese with the same
placeholders; set_language switches plots and widgets too. The catalogue
(svcx_helpers/i18n/catalogue/) has every key the code uses, no key the code does not use,
no key in two files and no English text under two keys."""

from __future__ import annotations

import ast
import re
import string
from collections import defaultdict
from pathlib import Path

import pytest

from svcx_helpers import i18n

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = Path(i18n.__file__).parent / "catalogue"
MACHINERY = {"card", "check", "grade", "progress", "readers", "data", "core", "validate", "report",
             "release", "slides", "sheets", "translate", "font"}
# a string that could be a key: owner.part[.part…] (question ids such as "kano.t2_counts"
# and code such as "servqual.ITEMS" are told apart below)
KEYLIKE = re.compile(r"[a-z_]+(?:\.[A-Za-z0-9_]+)+")
# key-like strings that are not keys: file names, a matplotlib setting, a question-id prefix
FILE_TYPES = {"csv", "html", "ipynb", "pdf", "png", "yml", "json", "md", "py"}
NOT_KEYS = {"font.family", "process.t"}
# the start of a key built at run time: "kano.category." + c, f"standards.el.{k}"
PREFIX = re.compile(r"""(?<=["'])([a-z_]+(?:\.[A-Za-z0-9_]+)*\.)(?=[{"'\\])""")


def fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def owners() -> set[str]:
    return {p.stem for p in CATALOGUE.glob("*.py") if p.stem not in ("__init__", "machinery")}


def sources() -> dict[Path, str]:
    """The files that look messages up: the package (not the catalogue), the tests (not this
    file), the book and the notebooks."""
    paths = [p for p in (ROOT / "svcx_helpers").rglob("*.py") if CATALOGUE not in p.parents]
    paths += [p for p in (ROOT / "tests").glob("*.py") if p.name != Path(__file__).name]
    for folder in ("book", "solutions", "exercises"):
        paths += (ROOT / folder).rglob("*.ipynb")
    return {p: p.read_text(encoding="utf-8") for p in paths
            if ".ipynb_checkpoints" not in p.parts and "_build" not in p.parts}


def literal_keys() -> dict[str, set[str]]:
    """String constants of the Python sources that name a message: key -> files."""
    heads = owners() | MACHINERY
    from svcx_helpers.grading.checks import load_bank

    question_ids = {q.id for path in (ROOT / "svcx_helpers" / "questions").glob("[a-z]*.py")
                    for q in load_bank(path.stem)}
    found: dict[str, set[str]] = defaultdict(set)
    for path, text in sources().items():
        if path.suffix != ".py":
            continue
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                s = node.value
                if (KEYLIKE.fullmatch(s) and s.split(".")[0] in heads
                        and s not in question_ids and s not in NOT_KEYS
                        and s.rsplit(".", 1)[1] not in FILE_TYPES
                        and not re.fullmatch(r"t\d+\w*|[A-Z]\w*", s.split(".")[1])):
                    found[s].add(path.relative_to(ROOT).as_posix())
    return found


@pytest.mark.parametrize("key", sorted(i18n.MESSAGES))
def test_both_languages_same_placeholders(key: str) -> None:
    en, zh = i18n.MESSAGES[key]
    assert en.strip() and zh.strip()
    assert fields(en) == fields(zh), key
    if key not in {"kano.category.O", "kano.category.I"} and not key.startswith(
            ("kano.plot.better", "kano.plot.worse")):
        # the Chinese text is really Chinese (not a copy of the English)
        assert any("\u4e00" <= ch <= "\u9fff" for ch in zh) or zh != en, key


def test_set_language_and_context_manager() -> None:
    i18n.set_language("zh")
    assert i18n.t("kano.category.M") == "必备型"
    with i18n.language("en"):
        assert i18n.t("kano.category.M") == "Must-be"
    assert i18n.get_language() == "zh"
    i18n.set_language("en")
    with pytest.raises(ValueError):
        i18n.set_language("fr")


def test_catalogue_files_keys_start_with_their_owner() -> None:
    """One file per owner; a key starts with its file's name (machinery.py: the machinery
    module's name); a key is written once in the whole catalogue."""
    seen: dict[str, str] = {}
    twice, strays = [], []
    for path in sorted(CATALOGUE.glob("*.py")):
        if path.stem == "__init__":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        keys = [k.value for node in ast.walk(tree) if isinstance(node, ast.Dict)
                for k in node.keys if isinstance(k, ast.Constant)]
        for key in keys:
            if key in seen:
                twice.append((key, seen[key], path.name))
            seen[key] = path.name
            head = key.split(".")[0]
            if not (head == path.stem or (path.stem == "machinery" and head in MACHINERY)):
                strays.append((key, path.name))
    assert not twice, twice
    assert not strays, strays
    assert set(seen) == set(i18n.MESSAGES)


def test_a_key_defined_twice_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    from svcx_helpers.i18n.catalogue import quiz

    monkeypatch.setitem(i18n.widgets.MESSAGES, "quiz.title", quiz.MESSAGES["quiz.title"])
    with pytest.raises(RuntimeError, match="defined twice"):
        i18n._merge()


def test_no_english_text_under_two_keys() -> None:
    keys_of: dict[str, list[str]] = defaultdict(list)
    for key, (en, _) in i18n.MESSAGES.items():
        keys_of[" ".join(en.split())].append(key)
    assert not {en: keys for en, keys in keys_of.items() if len(keys) > 1}


def test_every_key_used_in_code_exists() -> None:
    missing = {k: sorted(files) for k, files in literal_keys().items()
               if k not in i18n.MESSAGES}
    assert not missing


def test_every_key_is_used() -> None:
    """Runs last (tests/conftest.py): a key is used if some test looked it up, or if it is
    written somewhere, whole or as the start of a key built at run time."""
    text = "\n".join(sources().values())
    written = {k for k in i18n.MESSAGES if re.search(r"(?<![\w.])" + re.escape(k) + r"(?![\w])",
                                                     text)}
    prefixes = set(PREFIX.findall(text))
    built = {k for k in i18n.MESSAGES if any(k.startswith(p) for p in prefixes)}
    unused = set(i18n.MESSAGES) - written - built - i18n.LOOKED_UP
    assert not sorted(unused)
