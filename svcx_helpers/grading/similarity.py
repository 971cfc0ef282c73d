"""Similar submissions: pairs of learners whose answer code is unusually alike — a flag for
the trainer to look at, never a verdict and never a penalty.

Method (the methods reference, section 8.8; the idea of MOSS, Schleimer, Wilkerson & Aiken
2003, without its winnowing):

1. **Answer code.** The code cells a learner wrote: the cells that are answer cells in the
   released exercise (they held ``# YOUR ANSWER HERE``) and cells the learner added; the
   given cells (data loading, ``check`` calls) are left out, even when edited.
2. **Normalise** each cell into tokens with Python's tokenizer: every identifier becomes
   ``V`` except keywords, builtins, names of the course library's modules (``kano``) and
   attribute names (``.count``, ``.loc``) — so renaming variables changes nothing —;
   every number becomes ``N`` and every string ``S``; comments, whitespace and line breaks
   are dropped.
3. **Shingles**: the set of runs of ``k`` consecutive tokens (k = 5) of each cell, joined
   over a learner's cells. Shingles that more than ``common`` (half) of the class share
   are dropped: the same one-line library call is what honest learners write.
4. **Jaccard similarity** ``|A ∩ B| ÷ |A ∪ B|`` of two learners' shingle sets. A pair is
   reported when it is at least ``threshold`` (0.7) **and** both learners have at least
   ``min_shingles`` (20) distinct shingles left — a short answer alike by necessity is not
   reported. Renaming variables leaves the similarity at 1.0.

>>> a = tokens("total = kano.count(df)  # mine\\nshare = total['A'] / 240")
>>> a
['V', '=', 'kano', '.', 'count', '(', 'V', ')', 'V', '=', 'V', '[', 'S', ']', '/', 'N']
>>> a == tokens("n = kano.count(responses)\\nx = n['M'] / 12")
True
>>> jaccard({1, 2, 3}, {2, 3, 4})
0.5
"""

from __future__ import annotations

import builtins
import io
import itertools
import json
import keyword
import re
import tokenize
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

K = 5
THRESHOLD = 0.7
MIN_SHINGLES = 20
COMMON = 0.5
CELL_MATCH = 0.5
PLACEHOLDER = "# YOUR ANSWER HERE"

LIBRARY_NAMES = frozenset({
    "svcx_helpers", "kano", "servqual", "ipa", "blueprint", "journey", "process",
    "standards", "recovery", "queueing", "internal", "capstone", "report", "check", "audit",
    "load_dataset", "pd", "np", "plt", "pandas", "numpy",
})
_KEEP = LIBRARY_NAMES | frozenset(dir(builtins)) | frozenset(keyword.kwlist) \
    | frozenset(getattr(keyword, "softkwlist", ()))
_DROP = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT,
         tokenize.ENCODING, tokenize.ENDMARKER}
_FSTRING = tuple(getattr(tokenize, n) for n in ("FSTRING_START", "FSTRING_MIDDLE",
                                                "FSTRING_END") if hasattr(tokenize, n))


def tokens(code: str) -> list[str]:
    """The normalised tokens of ``code`` (see the module's docstring). IPython magics and
    shell lines (``%…``, ``!…``) are dropped; code the tokenizer cannot read is split into
    words and symbols instead."""
    lines = [line for line in code.splitlines() if not line.lstrip().startswith(("%", "!"))]
    text = "\n".join(lines) + "\n"
    out: list[str] = []
    try:
        fstring_depth = 0
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            kind = tok.type
            if _FSTRING and kind in _FSTRING:
                if kind == _FSTRING[0]:
                    if fstring_depth == 0:
                        out.append("S")
                    fstring_depth += 1
                elif kind == _FSTRING[-1]:
                    fstring_depth -= 1
                continue
            if fstring_depth or kind in _DROP:
                continue
            out.append(_token(kind, tok.string, out))
    except (tokenize.TokenError, SyntaxError, ValueError):  # IndentationError too
        out = []
        for word in re.findall(r"\w+|[^\w\s]", "\n".join(line.split("#", 1)[0]
                                                         for line in lines)):
            kind = tokenize.NUMBER if word[0].isdigit() else (
                tokenize.NAME if word[0].isalpha() or word[0] == "_" else tokenize.OP)
            out.append(_token(kind, word, out))
    return out


def _token(kind: int, text: str, before: list[str]) -> str:
    if kind == tokenize.NAME:
        if text in _KEEP or (before and before[-1] == "."):
            return text
        return "V"
    if kind == tokenize.NUMBER:
        return "N"
    if kind == tokenize.STRING:
        return "S"
    return text


def shingles(toks: Sequence[str], k: int = K) -> set[str]:
    """The set of runs of ``k`` consecutive tokens (a shorter cell is one shingle).

    >>> sorted(shingles(["a", "b", "c", "d"], k=3))
    ['a b c', 'b c d']
    """
    if not toks:
        return set()
    if len(toks) <= k:
        return {" ".join(toks)}
    return {" ".join(toks[i:i + k]) for i in range(len(toks) - k + 1)}


def jaccard(a: set[Any], b: set[Any]) -> float:
    """``|A ∩ B| ÷ |A ∪ B|`` (0 for two empty sets)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


# --------------------------------------------------------------------------------------
# Answer cells of a submission
# --------------------------------------------------------------------------------------
@dataclass
class GivenCells:
    """What the released exercise gives: the ids of its answer cells and of its given
    cells, and the given cells' code."""

    answer_ids: set[str] = field(default_factory=set)
    given_ids: set[str] = field(default_factory=set)
    given_sources: set[str] = field(default_factory=set)

    @classmethod
    def from_exercises(cls, paths: Iterable[Path]) -> GivenCells:
        given = cls()
        for path in paths:
            try:
                cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
            except (OSError, ValueError):
                continue
            for cell in cells:
                if cell.get("cell_type") != "code":
                    continue
                source = _source(cell)
                cid = cell.get("id")
                if PLACEHOLDER in source:
                    if cid:
                        given.answer_ids.add(cid)
                else:
                    if cid:
                        given.given_ids.add(cid)
                    given.given_sources.add(source.strip())
        return given


def _source(cell: Mapping[str, Any]) -> str:
    src = cell.get("source", "")
    return "".join(map(str, src)) if isinstance(src, list) else str(src or "")


def exercise_files(assignment: str) -> list[Path]:
    """The released exercise of ``assignment`` in both languages, where the checkout (or the
    working folder) has them."""
    from ..core import repo_root

    root = repo_root() / "exercises"
    return [p for p in (root / f"{assignment}.ipynb", root / "zh" / f"{assignment}.ipynb")
            if p.is_file()]


_CHECK_ONLY = re.compile(r"""^\s*(?:check\(\s*["'][^"']+["']\s*,[^\n]*\)\s*)+$""")


def answer_cells(notebook: Path | Mapping[str, Any], given: GivenCells
                 ) -> list[tuple[str, str]]:
    """``(key, source)`` of a submission's answer cells (see the module's docstring); the key
    is the cell id, or ``#n`` for the n-th code cell. An unreadable file has none."""
    if isinstance(notebook, Mapping):
        data: Any = notebook
    else:
        try:
            data = json.loads(Path(notebook).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
    cells = data.get("cells", []) if isinstance(data, Mapping) else []
    cells = cells if isinstance(cells, list) else []
    out = []
    code_cells = [c for c in cells if isinstance(c, Mapping) and c.get("cell_type") == "code"]
    for n, cell in enumerate(code_cells):
        source = _source(cell)
        cid = cell.get("id") if isinstance(cell.get("id"), str) else None
        if cid and cid in given.answer_ids:
            out.append((cid, source))
            continue
        if (cid and cid in given.given_ids) or source.strip() in given.given_sources \
                or not source.strip() or _CHECK_ONLY.match(source):
            continue
        out.append((cid or f"#{n + 1}", source))
    return out


# --------------------------------------------------------------------------------------
# Pairs
# --------------------------------------------------------------------------------------
@dataclass
class Pair:
    """Two learners whose answer code is alike: their Jaccard similarity, their numbers of
    distinct shingles, how many they share, the shared cells side by side
    (``(key, code of a, code of b, similarity of the two cells)``), and whether the pair
    is reported."""

    a: str
    b: str
    similarity: float
    shingles_a: int
    shingles_b: int
    shared: int
    flagged: bool
    cells: list[tuple[str, str, str, float]] = field(default_factory=list)


def similar_pairs(code: Mapping[str, Sequence[tuple[str, str]]], *, k: int = K,
                  threshold: float = THRESHOLD, min_shingles: int = MIN_SHINGLES,
                  common: float = COMMON, keep_all: bool = False) -> list[Pair]:
    """Compare every two learners' answer cells (``learner -> [(key, source)]``); return
    the reported pairs (all pairs with ``keep_all``), most similar first.

    ``common``: shingles found in more than this share of the learners are dropped
    (only with at least 4 learners; ``common=1`` keeps all). ``threshold``: the least
    Jaccard similarity reported; ``min_shingles``: the fewest distinct shingles each
    learner of a reported pair must have."""
    cell_sets = {who: [(key, src, shingles(tokens(src), k)) for key, src in cells]
                 for who, cells in code.items()}
    sets = {who: set().union(*(s for _, _, s in cells)) if cells else set()
            for who, cells in cell_sets.items()}
    n = len(sets)
    if n >= 4 and common < 1:
        counts = Counter(s for shingle_set in sets.values() for s in shingle_set)
        frequent = {s for s, c in counts.items() if c > common * n}
        sets = {who: s - frequent for who, s in sets.items()}
    else:
        frequent = set()
    pairs = []
    for a, b in itertools.combinations(sorted(sets), 2):
        sa, sb = sets[a], sets[b]
        sim = jaccard(sa, sb)
        flagged = sim >= threshold and min(len(sa), len(sb)) >= min_shingles
        if not (flagged or keep_all):
            continue
        pair = Pair(a, b, round(sim, 4), len(sa), len(sb), len(sa & sb), flagged)
        if flagged:
            pair.cells = _shared_cells(cell_sets[a], cell_sets[b], frequent)
        pairs.append(pair)
    pairs.sort(key=lambda p: (-p.flagged, -p.similarity, p.a, p.b))
    return pairs


def _shared_cells(cells_a: list[tuple[str, str, set[str]]], cells_b: list[tuple[str, str,
                  set[str]]], frequent: set[str]) -> list[tuple[str, str, str, float]]:
    """Each cell of A with its most similar cell of B (at least ``CELL_MATCH``)."""
    out = []
    for key, src_a, sa in cells_a:
        sa = sa - frequent
        if not sa:
            continue
        best = max(((jaccard(sa, sb - frequent), src_b) for _, src_b, sb in cells_b),
                   default=(0.0, ""), key=lambda x: x[0])
        if best[0] >= CELL_MATCH:
            out.append((key, src_a, best[1], round(best[0], 4)))
    return out
