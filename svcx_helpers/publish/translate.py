"""The Chinese edition: translation sidecars, their status, and the generated Chinese files.

One source, two editions. The English notebooks and pages are the single source of code
and structure. The Chinese text of each translatable unit lives *beside* its English
file in a YAML sidecar: ``book/chapters/kano.ipynb`` → ``book/chapters/kano.zh.yml``,
``book/intro.md`` → ``book/intro.zh.yml``.

A unit is

* a markdown cell of a notebook, keyed by its nbformat cell id;
* a section of a Markdown page, keyed by the slug of its heading (or of a
  ``:::{dropdown}`` title; ``_top`` for text before the first heading);
* an entry of the glossary, keyed ``term:<English term>`` (its Chinese term in ``zh_term``);
* a text shown from a code cell (a quiz's question, options and explanations), keyed by
  the English text itself under ``strings:`` — looked up at run time by
  :func:`svcx_helpers.i18n.text`.

Every cell/section entry records ``en_hash`` — the first 12 hex digits of the SHA-256 of
the English source it translates — and a copy of that English (``en``) for reviewers. When
the English changes, the hash no longer matches and the translation is **stale**:
``svcx translate --check`` lists it (file, key, first words) and exits 1. After updating
the Chinese, ``svcx translate --accept FILE`` records the new English and hash.

Why YAML sidecars and not gettext ``.po``: a notebook's natural key is its cell id, and a
YAML block scalar keeps a markdown cell verbatim (MyST roles, math, quotes) with no
escaping, so a trainer can edit it in any text editor and diffs stay readable; sphinx-intl's
gettext route, which splits a page into paragraphs itself, is known to break on notebooks
(MyST-NB issue #587). The format carries what a ``.po`` entry carries (msgctxt = key,
msgid = ``en``, msgstr = ``zh``, fuzzy = stale) and could be exported to one.

The Chinese files are generated (``svcx translate`` writes them; never edit them):
``book/zh/…`` for pages and chapters, ``solutions/zh/…`` for solutions, and
``exercises/zh/…`` (by ``svcx release``). Relative links are rewritten so that they point
to the Chinese page where there is one and to the English file (images, data) otherwise.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..core import repo_root

LANG = "zh"
SUFFIX = f".{LANG}.yml"
STRINGS_METADATA = "svcx_strings"


# ---------------------------------------------------------------------------------------
# Units of translation
# ---------------------------------------------------------------------------------------
def en_hash(text: str) -> str:
    """SHA-256 of the English text (trailing blanks of lines and of the text ignored)."""
    norm = "\n".join(line.rstrip() for line in text.strip().splitlines())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:12]


@dataclass
class Unit:
    key: str
    en: str
    kind: str = "text"  # "cell" | "section" | "term"
    term: str = ""      # glossary: the English term line


_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_DROPDOWN = re.compile(r"^(:{3,}|`{3,})\{dropdown\}\s*(.*)$")
_FENCE = re.compile(r"^(`{3,}|~{3,}|:{3,})")
_LABEL = re.compile(r"^\([A-Za-z0-9_.:-]+\)=\s*$")


def slug(text: str) -> str:
    text = re.sub(r"\{[a-z:]+\}`([^`<]*?)(?:\s*<[^>]*>)?`", r"\1", text)
    text = re.sub(r"[`*_\[\]()]", "", text).strip().lower()
    text = re.sub(r"[^\w\u4e00-\u9fff]+", "-", text).strip("-")
    return text or "section"


def _page_blocks(lines: list[str]) -> Iterator[tuple[str, list[str]]]:
    """Split a Markdown page at headings and top-level dropdowns (outside fences)."""
    key, block = "_top", []
    fence: str | None = None
    for line in lines:
        starts = False
        title = ""
        if fence is None:
            m = _HEADING.match(line)
            d = _DROPDOWN.match(line)
            if m:
                starts, title = True, m.group(2)
            elif d:
                starts, title = True, d.group(2)
        if starts:
            # a (label)= line just before the heading belongs to the new section
            carry: list[str] = []
            while block and (_LABEL.match(block[-1]) or (carry and not block[-1].strip())):
                carry.insert(0, block.pop())
                if not _LABEL.match(carry[0]):
                    break
            if any(x.strip() for x in block):
                yield key, block
            key, block = slug(title), carry
        if fence is None:
            f = _FENCE.match(line)
            if f:
                fence = f.group(1)
        elif line.strip() == fence:
            fence = None
        block.append(line)
    if any(x.strip() for x in block):
        yield key, block


def _unique(keys: Iterable[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for k in keys:
        seen[k] = seen.get(k, 0) + 1
        out.append(k if seen[k] == 1 else f"{k}-{seen[k]}")
    return out


GLOSSARY_OPEN = "```{glossary}"


def _glossary_units(text: str) -> list[Unit]:
    """The glossary: the text around the directive as sections, each entry as a term."""
    start = text.index(GLOSSARY_OPEN)
    end = text.index("\n```", start + len(GLOSSARY_OPEN))
    head, body, tail = text[:start], text[start:end], text[end + 4:]
    units = [Unit(k, "".join(b).strip("\n"), "section")
             for k, b in zip(*_keys_blocks(head.splitlines(keepends=True)), strict=True)]
    for term, definition in glossary_entries(body):
        units.append(Unit(f"term:{term}", definition, "term", term))
    if tail.strip():
        units.append(Unit("_end", tail.strip("\n"), "section"))
    return units


def glossary_entries(body: str) -> list[tuple[str, str]]:
    """(term line, definition text) of a ``{glossary}`` directive body."""
    entries: list[tuple[str, list[str]]] = []
    for line in body.splitlines()[1:]:
        if not line.strip() or line.startswith(":"):
            if entries and not line.startswith(":"):
                entries[-1][1].append("")
            continue
        if line.startswith("  "):
            entries[-1][1].append(line[2:])
        else:
            entries.append((line.strip(), []))
    return [(term, "\n".join(d).strip()) for term, d in entries]


def _keys_blocks(lines: list[str]) -> tuple[list[str], list[list[str]]]:
    pairs = list(_page_blocks(lines))
    return _unique(k for k, _ in pairs), [b for _, b in pairs]


def units(path: Path) -> list[Unit]:
    """The translatable units of an English notebook or page, in document order."""
    if path.suffix == ".ipynb":
        nb = json.loads(path.read_text(encoding="utf-8"))
        out = []
        for cell in nb["cells"]:
            if cell["cell_type"] != "markdown":
                continue
            src = "".join(cell["source"])
            if not src.strip():
                continue
            if "id" not in cell:
                raise ValueError(f"{path}: a markdown cell has no id (nbformat ≥ 4.5 needed)")
            out.append(Unit(cell["id"], src, "cell"))
        return out
    text = path.read_text(encoding="utf-8")
    if GLOSSARY_OPEN in text:
        return _glossary_units(text)
    keys, blocks = _keys_blocks(text.splitlines(keepends=True))
    return [Unit(k, "".join(b).strip("\n"), "section") for k, b in zip(keys, blocks, strict=True)]


# ---------------------------------------------------------------------------------------
# Sidecars
# ---------------------------------------------------------------------------------------
def sidecar_path(source: Path) -> Path:
    return source.with_name(source.stem + SUFFIX)


class _Literal(str):
    pass


def _literal_representer(dumper: yaml.Dumper, data: str) -> yaml.Node:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(_Literal, _literal_representer)


def _lit(text: str) -> str:
    # block scalars cannot keep trailing spaces on lines; strip them (markdown ignores them)
    text = "\n".join(line.rstrip() for line in text.splitlines())
    return _Literal(text + "\n") if "\n" in text else _Literal(text)


def load_sidecar(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping with 'units:'")
    strings = data.get("strings") or []
    if isinstance(strings, list):  # stored as a list of {en, zh}: one entry per text
        bad = [i for i, e in enumerate(strings) if not isinstance(e, dict) or "en" not in e]
        if bad:
            raise ValueError(f"{path}: strings entry {bad[0] + 1} needs 'en:' and 'zh:'")
        data["strings"] = {str(e["en"]).rstrip("\n"): (e.get("zh") or "") for e in strings}
    return data


def dump_sidecar(path: Path, data: dict[str, Any]) -> None:
    out: dict[str, Any] = {"source": data["source"]}
    out["units"] = {}
    for key, entry in data.get("units", {}).items():
        e: dict[str, Any] = {"en_hash": entry.get("en_hash", "")}
        if "zh_term" in entry:
            e["zh_term"] = entry["zh_term"]
        e["en"] = _lit(entry.get("en", ""))
        e["zh"] = _lit(entry.get("zh") or "")
        out["units"][key] = e
    if data.get("strings"):
        out["strings"] = [{"en": _lit(k), "zh": _lit(v) if v else ""}
                          for k, v in data["strings"].items()]
    header = (
        f"# Chinese (zh-CN) translation of {data['source']}. Edit the zh: texts only.\n"
        "# en_hash/en record the English each text translates; when the English changes,\n"
        "# `svcx translate --check` reports the entry as stale. Update the zh text, then\n"
        f"# `svcx translate --accept {data['source']}`.\n"
    )
    text = yaml.dump(out, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000)
    path.write_text(header + text, encoding="utf-8")


def sync_sidecar(source: Path, *, accept: bool = False, root: Path | None = None) -> Path:
    """Create or refresh the sidecar of ``source``: new units are added with an empty
    ``zh``, units gone from the English are dropped, translations kept. With
    ``accept=True`` every translated unit takes the current English and hash (use after
    updating the Chinese of stale units)."""
    root = root or repo_root()
    side = sidecar_path(source)
    data = load_sidecar(side)
    old = data.get("units", {})
    new: dict[str, Any] = {}
    for u in units(source):
        entry = dict(old.get(u.key, {}))
        if not entry:
            entry = {"en_hash": en_hash(u.en), "en": u.en, "zh": ""}
            if u.kind == "term":
                entry["zh_term"] = ""
        elif accept and entry.get("zh"):
            entry["en_hash"], entry["en"] = en_hash(u.en), u.en
        new[u.key] = entry
    data["source"] = source.relative_to(root).as_posix()
    data["units"] = new
    strings = dict(data.get("strings") or {})
    for alt in alt_texts(source):
        strings.setdefault(alt, "")
    if strings:
        data["strings"] = strings
    dump_sidecar(side, data)
    return side


def alt_texts(source: Path) -> list[str]:
    """The figure descriptions (``mystnb.image.alt``) of a notebook's code cells: the
    Chinese edition gives them in Chinese, from the sidecar's ``strings:``."""
    if source.suffix != ".ipynb":
        return []
    nb = json.loads(source.read_text(encoding="utf-8"))
    out = []
    for cell in nb["cells"]:
        alt = cell.get("metadata", {}).get("mystnb", {}).get("image", {}).get("alt")
        if cell["cell_type"] == "code" and alt:
            out.append(str(alt))
    return out


# ---------------------------------------------------------------------------------------
# Status and check
# ---------------------------------------------------------------------------------------
@dataclass
class Problem:
    source: str
    key: str
    what: str  # "missing" | "stale" | "orphan"
    first_words: str

    def __str__(self) -> str:
        return f"{self.source}: {self.key}: {self.what}: “{self.first_words}”"


@dataclass
class Status:
    source: str
    total: int
    translated: int
    problems: list[Problem] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return self.translated == self.total and not self.problems


def _first_words(text: str, n: int = 8) -> str:
    words = re.sub(r"\s+", " ", re.sub(r"[#*`>{}]", "", text)).strip().split(" ")
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def status(source: Path, root: Path | None = None) -> Status:
    root = root or repo_root()
    rel = source.relative_to(root).as_posix()
    data = load_sidecar(sidecar_path(source))
    entries = data.get("units", {})
    st = Status(rel, 0, 0)
    for u in units(source):
        st.total += 1
        e = entries.get(u.key)
        if not e or not (e.get("zh") or "").strip() or (u.kind == "term" and not e.get("zh_term")):
            st.problems.append(Problem(rel, u.key, "missing", _first_words(u.en)))
        elif e.get("en_hash") != en_hash(u.en):
            st.problems.append(Problem(rel, u.key, "stale", _first_words(u.en)))
        else:
            st.translated += 1
    for english, zh in (data.get("strings") or {}).items():
        st.total += 1
        if (zh or "").strip():
            st.translated += 1
        else:
            st.problems.append(Problem(rel, "strings", "missing", _first_words(english)))
    return st


def manifest(root: Path | None = None) -> dict[str, list[str]]:
    """``book/zh/translations.yml``: the one place that lists which English files are
    translated (and so built and checked in Chinese) and which are not yet."""
    root = root or repo_root()
    path = root / "book" / "zh" / "translations.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {"translated": list(data.get("translated") or []),
            "not_yet": list(data.get("not_yet") or [])}


def translated_sources(root: Path | None = None) -> list[Path]:
    root = root or repo_root()
    return [root / p for p in manifest(root)["translated"]]


def check(root: Path | None = None) -> list[Problem]:
    """Every missing and stale translation of the files the manifest lists as translated,
    and every English file of the book that the manifest does not mention."""
    root = root or repo_root()
    problems: list[Problem] = []
    man = manifest(root)
    for rel in man["translated"]:
        problems += status(root / rel, root).problems
    listed = set(man["translated"]) | set(man["not_yet"])
    for rel in book_sources(root):
        if rel not in listed:
            problems.append(Problem(rel, "-", "not listed in book/zh/translations.yml", ""))
    return problems


def book_sources(root: Path | None = None) -> list[str]:
    """The English files of the book (the table of contents) and every solution."""
    root = root or repo_root()
    toc = yaml.safe_load((root / "_toc.yml").read_text(encoding="utf-8"))
    files = [toc["root"]]
    for part in toc.get("parts", []):
        files += [c["file"] for c in part.get("chapters", [])]
    out = []
    for f in files:
        for ext in (".md", ".ipynb"):
            if (root / (f + ext)).exists():
                out.append(f + ext)
    out += sorted(p.relative_to(root).as_posix() for p in (root / "solutions").glob("*.ipynb"))
    # the no-code track's notebooks (answer cards), single source like the others
    out += sorted(p.relative_to(root).as_posix()
                  for p in (root / "solutions" / "nocode").glob("*.ipynb"))
    return sorted(set(out), key=out.index)


# ---------------------------------------------------------------------------------------
# Generating the Chinese files
# ---------------------------------------------------------------------------------------
def zh_path(source: Path, root: Path | None = None) -> Path:
    """``book/x`` → ``book/zh/x``; ``solutions/x`` → ``solutions/zh/x``."""
    root = root or repo_root()
    rel = source.relative_to(root)
    return root / rel.parts[0] / LANG / Path(*rel.parts[1:])


_ROLE_LINK = re.compile(r"(\{(?:doc|download)\}`(?:[^`<]*<)?)([^`>]+)(>?`)")
_MD_LINK = re.compile(r"(\]\()([^)\s#]+)((?:#[^)\s]*)?\))")
_IMG = re.compile(r"""(<img\s[^>]*src=["'])([^"']+)(["'])""")
_TERM = re.compile(r"(\{term\}`)([^`]*)(`)")


def _rewrite_target(target: str, src: Path, dst: Path, translated: set[Path],
                    root: Path) -> str:
    if re.match(r"^[a-z]+:", target) or target.startswith(("/", "#")):
        return target
    base = (src.parent / target).resolve()
    candidates = [base, *(base.with_name(base.name + e) for e in (".md", ".ipynb"))]
    for cand in candidates:
        if cand in translated:
            new = zh_path(cand, root)
            if cand != base:  # written without extension: keep it so
                new = new.with_suffix("")
            return os.path.relpath(new, dst.parent)
    if any(c.exists() for c in candidates):
        return os.path.relpath(base, dst.parent)
    return target


def english_page_url(target: str, src: Path, dst: Path, translated: set[Path],
                     root: Path) -> str | None:
    """The URL, relative to the Chinese page built from ``dst``, of the English page that
    a ``{doc}`` target of ``src`` names when that page has no Chinese edition yet."""
    base = (src.parent / target).resolve()
    for cand in (base, base.with_name(base.name + ".md"), base.with_name(base.name + ".ipynb")):
        if cand.exists() and cand.suffix in (".md", ".ipynb") and cand not in translated:
            en_html = cand.relative_to(root).with_suffix(".html")
            zh_html = Path(ZH_SITE) / dst.relative_to(root).with_suffix(".html")
            return os.path.relpath(en_html, zh_html.parent)
    return None


ZH_SITE = "zh"  # the Chinese site lives in _build/html/zh/


def rewrite_links(text: str, src: Path, dst: Path, translated: set[Path], root: Path,
                  terms: dict[str, str]) -> str:
    """Point relative links of a Chinese text at the Chinese page (or the English file)
    and glossary references at the Chinese glossary term."""
    def fix(m: re.Match[str]) -> str:
        return m.group(1) + _rewrite_target(m.group(2), src, dst, translated, root) + m.group(3)

    def doc_to_english(m: re.Match[str]) -> str:
        label, target = m.group(1), m.group(2)
        url = english_page_url(target, src, dst, translated, root)
        if url is None:
            return m.group(0)
        shown = (label or target).strip()
        return (f'<a href="{url}" hreflang="en">{shown}</a>'
                f'<span class="svcx-en-only">（英文）</span>')

    text = re.sub(r"\{doc\}`(?:([^`<]*?)\s*<)?([^`>]+)>?`", doc_to_english, text)
    text = _ROLE_LINK.sub(fix, text)
    text = _MD_LINK.sub(fix, text)
    text = _IMG.sub(fix, text)

    def term(m: re.Match[str]) -> str:
        inner = m.group(2)
        tm = re.match(r"^(.*?)\s*<([^>]+)>\s*$", inner, re.S)
        label, target = (tm.group(1), tm.group(2)) if tm else (None, inner)
        zh = terms.get(target) or terms.get(target.lower())
        if zh is None:
            return m.group(0)
        return f"{m.group(1)}{label} <{zh}>{m.group(3)}" if label else \
            f"{m.group(1)}{zh}{m.group(3)}"

    return _TERM.sub(term, text)


def glossary_terms(root: Path | None = None) -> dict[str, str]:
    """English glossary term → its Chinese term line (both as written and lower-cased)."""
    root = root or repo_root()
    data = load_sidecar(sidecar_path(root / "book" / "glossary.md"))
    out: dict[str, str] = {}
    for key, e in data.get("units", {}).items():
        if key.startswith("term:") and e.get("zh_term"):
            out[key[5:]] = e["zh_term"]
            out[key[5:].lower()] = e["zh_term"]
    return out


SETUP_CELL = (
    "# 中文版：本单元格由 svcx translate 生成，把提示、表格、图和 check() 反馈切换为中文。\n"
    "from svcx_helpers.i18n import add_texts, set_language\n\n"
    "set_language(\"zh\")\n"
    "add_texts({strings})"
)


def _pinyin_key(term: str) -> str:
    try:
        from pypinyin import lazy_pinyin  # optional: the Chinese glossary in pinyin order
    except ImportError:  # pragma: no cover - pypinyin is in the course extra
        return term
    return " ".join(lazy_pinyin(re.split(r"[（(]", term, maxsplit=1)[0])).lower()


def generate(source: Path, root: Path | None = None, translated: set[Path] | None = None,
             terms: dict[str, str] | None = None) -> Path:
    """Write the Chinese file of ``source`` from its sidecar; returns its path."""
    dst, text = render(source, root, translated, terms)
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_text(text, encoding="utf-8")
    return dst


def render(source: Path, root: Path | None = None, translated: set[Path] | None = None,
           terms: dict[str, str] | None = None) -> tuple[Path, str]:
    """The path and text of the Chinese file of ``source``."""
    root = root or repo_root()
    translated = translated if translated is not None else {
        p.resolve() for p in translated_sources(root)}
    terms = terms if terms is not None else glossary_terms(root)
    data = load_sidecar(sidecar_path(source))
    entries = data.get("units", {})
    dst = zh_path(source, root)

    def zh_of(u: Unit) -> str:
        e = entries.get(u.key) or {}
        text = (e.get("zh") or "").rstrip("\n")
        if not text:
            raise ValueError(f"{source.relative_to(root)}: {u.key}: no Chinese text "
                             f"(“{_first_words(u.en)}”)")
        return rewrite_links(text, source.resolve(), dst, translated, root, terms)

    if source.suffix == ".ipynb":
        nb = json.loads(source.read_text(encoding="utf-8"))
        by_id = {u.key: u for u in units(source)}
        out = copy.deepcopy(nb)
        strings = {k: v.rstrip("\n") for k, v in (data.get("strings") or {}).items() if v}
        for cell in out["cells"]:
            if cell["cell_type"] == "markdown" and cell.get("id") in by_id:
                cell["source"] = _split(zh_of(by_id[cell["id"]]))
            image = cell.get("metadata", {}).get("mystnb", {}).get("image", {})
            if cell["cell_type"] == "code" and image.get("alt"):
                if image["alt"] not in strings:
                    raise ValueError(f"{source.relative_to(root)}: {cell.get('id')}: no Chinese "
                                     f"figure description (“{_first_words(image['alt'])}”)")
                image["alt"] = strings[image["alt"]]
        setup = {
            "cell_type": "code", "execution_count": None, "id": "zh-setup",
            "metadata": {"tags": ["remove-cell"], "jupyter": {"source_hidden": True}},
            "outputs": [],
            "source": _split(SETUP_CELL.format(
                strings=json.dumps(strings, ensure_ascii=False, indent=1) if strings
                else "{}")),
        }
        out["cells"].insert(0, setup)
        out["metadata"]["language_info"] = out["metadata"].get("language_info", {})
        out["metadata"].setdefault("svcx", {})["lang"] = LANG
        out["metadata"]["svcx"]["source"] = source.relative_to(root).as_posix()
        return dst, json.dumps(out, ensure_ascii=False, indent=1) + "\n"

    text = source.read_text(encoding="utf-8")
    us = units(source)
    parts: list[str] = []
    if GLOSSARY_OPEN in text:
        sections = [u for u in us if u.kind == "section" and u.key != "_end"]
        parts += [zh_of(u) for u in sections]
        entries_zh = []
        for u in us:
            if u.kind != "term":
                continue
            e = entries[u.key]
            body = "\n".join(("  " + line) if line.strip() else "" for line in
                             zh_of(u).splitlines())
            entries_zh.append((_pinyin_key(e["zh_term"]), f"{e['zh_term']}\n{body}"))
        entries_zh.sort()
        parts.append("```{glossary}\n\n" + "\n\n".join(b for _, b in entries_zh) + "\n```")
        parts += [zh_of(u) for u in us if u.key == "_end"]
    else:
        parts += [zh_of(u) for u in us]
    note = (f"<!-- 由 svcx translate 从 {source.relative_to(root).as_posix()} 及其译文 "
            f"{sidecar_path(source).name} 生成，请勿直接编辑。 -->\n")
    return dst, note + "\n\n".join(parts).rstrip("\n") + "\n"


def _split(text: str) -> list[str]:
    lines = text.splitlines(keepends=True)
    return lines


def stale_generated(root: Path | None = None) -> list[Problem]:
    """Chinese files that differ from a fresh generation (run ``svcx translate``)."""
    root = root or repo_root()
    sources = translated_sources(root)
    translated = {p.resolve() for p in sources}
    terms = glossary_terms(root)
    out = []
    for src in sources:
        try:
            dst, text = render(src, root, translated, terms)
        except ValueError:
            continue  # reported as missing by check()
        if not dst.exists() or dst.read_text(encoding="utf-8") != text:
            out.append(Problem(dst.relative_to(root).as_posix(), "-",
                               "differs from its translation: run `svcx translate`", ""))
    return out


def generate_all(root: Path | None = None) -> list[Path]:
    root = root or repo_root()
    sources = translated_sources(root)
    translated = {p.resolve() for p in sources}
    terms = glossary_terms(root)
    return [generate(s, root, translated, terms) for s in sources]


def record_strings(source: Path, root: Path | None = None, timeout: int = 600) -> Path:
    """Run an English notebook, record every text its code cells pass to
    :func:`svcx_helpers.i18n.text` (quizzes), and add the new ones to the sidecar's
    ``strings:`` (with an empty translation); texts no longer shown are dropped."""
    import tempfile

    import nbformat
    from nbclient import NotebookClient

    root = root or repo_root()
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "texts.jsonl"
        old = os.environ.get("SVCX_RECORD_TEXTS")
        os.environ["SVCX_RECORD_TEXTS"] = str(log)
        try:
            nb = nbformat.read(source, as_version=4)
            NotebookClient(nb, timeout=timeout, kernel_name="python3",
                           resources={"metadata": {"path": str(source.parent)}}).execute()
        finally:
            if old is None:
                os.environ.pop("SVCX_RECORD_TEXTS", None)
            else:
                os.environ["SVCX_RECORD_TEXTS"] = old
        seen = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()] \
            if log.exists() else []
    side = sidecar_path(source)
    data = load_sidecar(side) or {}
    if not data:
        sync_sidecar(source, root=root)
        data = load_sidecar(side)
    old_strings = data.get("strings") or {}
    data["strings"] = {s: old_strings.get(s, "")
                       for s in dict.fromkeys([*seen, *alt_texts(source)])}
    dump_sidecar(side, data)
    return side


def main(argv: list[str] | None = None) -> int:
    """``python -m svcx_helpers.publish.translate sync|accept|strings|status|generate FILE…``
    (the same as ``svcx translate``; this entry point serves translators)."""
    import sys

    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        print(main.__doc__)
        return 2
    cmd, files = args[0], [Path(a).resolve() for a in args[1:]]
    root = repo_root()
    for f in files:
        if cmd in ("sync", "accept"):
            print(sync_sidecar(f, accept=cmd == "accept", root=root))
        elif cmd == "strings":
            print(record_strings(f, root))
        elif cmd == "status":
            st = status(f, root)
            print(f"{st.source}: {st.translated}/{st.total} translated")
            for p in st.problems:
                print("  ", p)
        elif cmd == "generate":
            print(generate(f, root))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


# ---------------------------------------------------------------------------------------
# The Chinese site: its table of contents and configuration, and the language links
# ---------------------------------------------------------------------------------------
CAPTIONS_ZH = {
    "Getting started": "入门",
    "Chapters": "章节",
    "People who serve": "服务者",
    "Designing and governing services": "服务设计与治理",
    "Practice (exercises with solutions)": "练习（附参考答案）",
    "Capstone project": "综合项目",
    "Reference": "参考资料",
}


def zh_toc(root: Path | None = None) -> dict[str, Any]:
    """The Chinese table of contents: every translated file of ``_toc.yml`` in order."""
    root = root or repo_root()
    toc = yaml.safe_load((root / "_toc.yml").read_text(encoding="utf-8"))
    done = {p.resolve() for p in translated_sources(root)}

    def zh_file(f: str) -> str | None:
        for ext in (".md", ".ipynb"):
            src = (root / (f + ext)).resolve()
            if src in done:
                return zh_path(src, root).relative_to(root).with_suffix("").as_posix()
        return None

    out: dict[str, Any] = {"format": toc["format"], "root": zh_file(toc["root"]), "parts": []}
    for part in toc.get("parts", []):
        chapters = [{"file": z} for c in part.get("chapters", []) if (z := zh_file(c["file"]))]
        if chapters:
            out["parts"].append({"caption": CAPTIONS_ZH.get(part["caption"], part["caption"]),
                                 "chapters": chapters})
    return out


def zh_config(root: Path | None = None) -> dict[str, Any]:
    """``_config.yml`` for the Chinese edition: the same book, in Chinese."""
    root = root or repo_root()
    config = yaml.safe_load((root / "_config.yml").read_text(encoding="utf-8"))
    config["title"] = "svcx — 以顾客为先的服务设计"
    sphinx = config.setdefault("sphinx", {}).setdefault("config", {})
    sphinx["language"] = "zh_CN"
    sphinx["html_search_language"] = "zh"  # Sphinx's zh search splits words with jieba
    sphinx["svcx_lang"] = LANG
    # jieba cuts 魅力型 into 魅力 + 型; the glossary's terms, given to it as a user
    # dictionary, stay whole words in the index, so a reader's search for a term finds it
    sphinx["html_search_options"] = {"dict": str(search_dictionary_path(root))}
    return config


def search_dictionary_path(root: Path | None = None) -> Path:
    root = root or repo_root()
    return root / "_build" / "zh-book" / "search-terms.txt"


def search_terms(root: Path | None = None) -> list[str]:
    """The Chinese glossary's terms (and their parts joined by 与/和/、), for jieba."""
    root = root or repo_root()
    data = load_sidecar(sidecar_path(root / "book" / "glossary.md"))
    terms: set[str] = set()
    for key, entry in data.get("units", {}).items():
        if key.startswith("term:") and entry.get("zh_term"):
            head = re.split(r"[（(]", entry["zh_term"], maxsplit=1)[0].strip()
            for part in [head, *re.split(r"[与和、/]", head)]:
                part = part.strip()
                if re.search(r"[\u4e00-\u9fff]", part) and " " not in part:
                    terms.add(part)
    return sorted(terms)


def write_zh_book_files(root: Path | None = None, out: Path | None = None) -> tuple[Path, Path]:
    """Write the Chinese ``_config.yml`` and ``_toc.yml`` (under ``_build/zh-book/``)."""
    root = root or repo_root()
    out = out or root / "_build" / "zh-book"
    out.mkdir(parents=True, exist_ok=True)
    config, toc = out / "_config.yml", out / "_toc.yml"
    search_dictionary_path(root).write_text(
        "".join(f"{term} 100000 n\n" for term in search_terms(root)), encoding="utf-8")
    config.write_text(yaml.safe_dump(zh_config(root), allow_unicode=True, sort_keys=False),
                      encoding="utf-8")
    toc.write_text(yaml.safe_dump(zh_toc(root), allow_unicode=True, sort_keys=False),
                   encoding="utf-8")
    return config, toc


def counterpart(pagename: str, lang: str, root: Path | None = None) -> tuple[str, str] | None:
    """(URL relative to the page, link text) of the same page in the other language.

    English page ``book/chapters/kano`` ↔ Chinese page ``book/zh/chapters/kano``, which
    the Chinese site (in ``zh/`` of the English one) serves as ``zh/book/zh/chapters/kano``.
    An English page without a Chinese edition links to the Chinese start page.
    """
    import posixpath

    root = root or repo_root()
    try:
        done = {p.resolve() for p in translated_sources(root)}
    except FileNotFoundError:
        return None
    if lang == "en":
        here = pagename + ".html"
        target = None
        for ext in (".md", ".ipynb"):
            src = (root / (pagename + ext)).resolve()
            if src in done:
                target = f"{ZH_SITE}/" + zh_path(src, root).relative_to(root).with_suffix(
                    ".html").as_posix()
        text = "中文版"
        if target is None and pagename.startswith("exercises/"):  # the class edition
            name = pagename.removeprefix("exercises/")
            if (root / "exercises" / LANG / f"{name}.ipynb").is_file():
                target = f"{ZH_SITE}/exercises/{LANG}/{name}.html"
        if target is None:
            toc = zh_toc(root)
            target = f"{ZH_SITE}/{toc['root']}.html"
            text = "中文版（本页尚无中文）"
        return posixpath.relpath(target, posixpath.dirname(here) or "."), text
    parts = pagename.split("/")
    if len(parts) < 2 or parts[1] != LANG:
        return None
    english = "/".join([parts[0], *parts[2:]]) + ".html"
    here = f"{ZH_SITE}/{pagename}.html"
    return posixpath.relpath(english, posixpath.dirname(here)), "English"
