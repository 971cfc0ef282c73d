"""KANO needs analysis: classify answer pairs, count, evaluate, rank, continuous analysis.

Pure functions on pandas objects. Plots live in :mod:`svcx_helpers.plots.kano` and are
re-exported here lazily (``kano.plot_better_worse`` …), widgets in
:mod:`svcx_helpers.widgets`. The methods follow ``METHODS.md`` §1 (Kano et al. 1984;
Berger et al. 1993; Sauerwein et al. 1996; Matzler et al. 1996; Fong 1996; Lee & Newcomb
1997).

Answer codes (Berger et al. 1993): 1 = like, 2 = must-be, 3 = neutral, 4 = live with,
5 = dislike. Categories: A attractive, O one-dimensional, M must-be, I indifferent,
R reverse, Q questionable.

Example
-------
>>> import pandas as pd
>>> from svcx_helpers import kano
>>> kano.classify(1, 5)
'O'
>>> pairs = [(1,5),(1,5),(1,4),(1,3),(2,5),(2,5),(1,5),(3,3),(1,4),(2,4)]
>>> df = pd.DataFrame(pairs, columns=["functional", "dysfunctional"]).assign(attribute="x")
>>> ev = kano.evaluate(kano.count(df))
>>> row = ev.loc["x"]
>>> row["category"], float(row["better"]), float(row["worse"])
('O', 0.6, -0.5)
"""

from __future__ import annotations

import math
import re
import unicodedata
import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .i18n import t
from .plotting import lazy_plots

CATEGORIES: tuple[str, ...] = ("A", "O", "M", "I", "R", "Q")
"""Category letters in the column order of :func:`count`."""

PRECEDENCE: tuple[str, ...] = ("M", "O", "A", "I", "R", "Q")
"""Tie-break order (METHODS.md §1.4): the category with more influence on quality wins."""

CANONICAL_TABLE: dict[int, str] = {1: "QAAAO", 2: "RIIIM", 3: "RIIIM", 4: "RIIIM", 5: "RRRRQ"}
"""The standard 5×5 evaluation table (METHODS.md §1.3): row = functional answer,
position in the string = dysfunctional answer."""

SHORT_TABLE: dict[int, str] = {1: "AAO", 2: "IIM", 3: "IIM"}
"""The 3-option table (like / neutral / dislike) of stp25kano ``type=3``."""

DUMOUCHEL_FUNCTIONAL: dict[int, float] = {1: 4, 2: 2, 3: 0, 4: -1, 5: -2}
DUMOUCHEL_DYSFUNCTIONAL: dict[int, float] = {1: -2, 2: -1, 3: 0, 4: 2, 5: 4}
LINEAR_FUNCTIONAL: dict[int, float] = {1: 4, 2: 3, 3: 2, 4: 1, 5: 0}
LINEAR_DYSFUNCTIONAL: dict[int, float] = {1: 0, 2: 1, 3: 2, 4: 3, 5: 4}

RULES = ("mode", "moai", "aom")

# --------------------------------------------------------------------------------------
# Answer texts accepted by the importer (normalised: NFKC, lower case, no punctuation or
# spaces). Codes follow Berger et al. (1993); wordings from METHODS.md §1.1 and common
# Chinese survey tools.
# --------------------------------------------------------------------------------------
ANSWER_TEXTS: dict[int, tuple[str, ...]] = {
    1: ("i like it that way", "i like it", "like", "this would be very helpful to me",
        "我很喜欢", "喜欢", "很喜欢", "非常喜欢", "我喜欢"),
    2: ("it must be that way", "i expect it", "i expect it that way", "must be", "must-be",
        "expect", "this is a basic requirement for me",
        "理应如此", "理所当然", "必须这样", "必须如此", "应该这样", "本应如此", "期望如此"),
    3: ("i am neutral", "neutral", "i don't care", "i do not care", "this would not affect me",
        "无所谓", "中立", "不在乎", "没感觉", "一般"),
    4: ("i can live with it that way", "i can live with it", "i can tolerate it",
        "live with", "live-with", "tolerate", "this would be a minor inconvenience",
        "能够忍受", "能忍受", "可以忍受", "勉强接受", "可以接受"),
    5: ("i dislike it that way", "i dislike it", "dislike",
        "this would be a major problem for me",
        "我很不喜欢", "不喜欢", "很不喜欢", "非常不喜欢", "我不喜欢"),
}


def norm_text(value: str) -> str:
    """Answer or header text for lookups: NFKC, lower case, a leading "1." / "A、" and
    punctuation and spaces removed (``"1. I LIKE it!"`` → ``"ilikeit"``)."""
    text = unicodedata.normalize("NFKC", str(value)).strip().lower()
    text = re.sub(r"^\s*[a-e1-5][\.\)、:：]\s*", "", text)  # "1. I like it", "A、喜欢"
    return re.sub(r"[\s\.,;:!?'\"“”‘’。，；：！？、（）()\[\]【】-]+", "", text)


_ANSWER_LOOKUP: dict[str, int] = {norm_text(s): code for code, texts in ANSWER_TEXTS.items()
                                  for s in texts}


def parse_answer(value: Any) -> int | None:
    """One answer (code or text, English or Chinese) → code 1..5; blank → ``None``.

    Raises ``ValueError`` for anything else. Example: ``parse_answer("理应如此") == 2``.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
        code = int(value)
        if 1 <= code <= 5:
            return code
        raise ValueError(t("kano.err.unknown_answer", value=value, known=_known_answers()))
    text = str(value).strip()
    if text == "" or text.lower() in {"nan", "none", "(跳过)", "(空)", "-"}:
        return None
    try:
        number = float(text)
    except ValueError:
        number = None
    if number is not None and number.is_integer() and 1 <= number <= 5:
        return int(number)
    code = _ANSWER_LOOKUP.get(norm_text(text))
    if code is None:
        raise ValueError(t("kano.err.unknown_answer", value=value, known=_known_answers()))
    return code


def _known_answers() -> str:
    return "; ".join(f"{c} = {ANSWER_TEXTS[c][0]} / {t('kano.answer.' + str(c), lang='zh')}"
                     for c in range(1, 6))


# --------------------------------------------------------------------------------------
# classify
# --------------------------------------------------------------------------------------
def _table_array(table: Mapping[int, str] | Sequence[Sequence[str]] | pd.DataFrame | None
                 ) -> np.ndarray:
    """Evaluation table → (k+1)×(k+1) array of letters, row/column 0 unused."""
    if table is None:
        table = CANONICAL_TABLE
    if isinstance(table, pd.DataFrame):
        rows = [list(map(str, r)) for r in table.to_numpy()]
    elif isinstance(table, Mapping):
        keys = sorted(table)
        rows = [list(table[k]) for k in keys]
        if keys != list(range(1, len(keys) + 1)):
            raise ValueError(t("kano.err.table", k=len(keys), got=table))
    else:
        rows = [list(r) for r in table]
    k = len(rows)
    if k < 2 or any(len(r) != k for r in rows) or any(c not in CATEGORIES for r in rows
                                                       for c in r):
        raise ValueError(t("kano.err.table", k=max(k, 2), got=table))
    lut = np.full((k + 1, k + 1), "", dtype="<U1")
    lut[1:, 1:] = np.array(rows, dtype="<U1")
    return lut


def _legend(k: int) -> str:
    if k == 5:
        return ", ".join(f"{c} {t('kano.answer.' + str(c))}" for c in range(1, 6))
    return f"1..{k}"


def _codes(values: Any, what: str, k: int) -> np.ndarray:
    """Validate answer codes and return them as an intp array (same shape).

    The error names the first bad value and where it is: the index label for a Series
    (e.g. the row of a DataFrame), else the position."""
    labels = values.index if isinstance(values, pd.Series) else None
    if isinstance(values, (list, tuple)):  # numpy would turn True into 1 silently
        values = np.array(values, dtype=object if any(
            isinstance(v, (bool, np.bool_)) for v in values) else None)
    arr = np.asarray(values)
    if arr.dtype.kind in "iu":
        codes = arr.astype(np.intp, copy=False)
        if codes.size == 0 or (codes.min() >= 1 and codes.max() <= k):
            return codes  # fast path: two reductions, no temporary arrays
        bad = (codes < 1) | (codes > k)
    else:
        if arr.dtype.kind == "b":
            codes = arr.astype(np.int64)
            bad = np.ones(arr.shape, dtype=bool)
        elif arr.dtype.kind == "f":
            with np.errstate(invalid="ignore"):
                bad = ~np.isfinite(arr) | (arr != np.round(arr)) | (arr < 1) | (arr > k)
            codes = np.where(bad, 0, arr).astype(np.int64)
        else:  # strings / objects: accept integral numbers only
            flat = arr.ravel()
            out = np.zeros(flat.shape, dtype=np.int64)
            badf = np.zeros(flat.shape, dtype=bool)
            for i, v in enumerate(flat):
                try:
                    f = float(v)
                    if isinstance(v, bool) or not f.is_integer() or not 1 <= f <= k:
                        raise ValueError
                    out[i] = int(f)
                except (TypeError, ValueError):
                    badf[i] = True
            codes, bad = out.reshape(arr.shape), badf.reshape(arr.shape)
    if bad.any():
        pos = int(np.flatnonzero(bad.ravel())[0])
        value = arr.ravel()[pos] if arr.ndim else arr.item()
        where = (t("kano.err.row", row=labels[pos]) if labels is not None
                 else t("kano.err.position", pos=pos) if arr.ndim else "")
        raise ValueError(t("kano.err.code", what=t(f"kano.err.{what}"), where=where,
                           value=value.item() if hasattr(value, "item") else value,
                           k=k, legend=_legend(k)))
    return codes


def classify(functional: Any, dysfunctional: Any,
             table: Mapping[int, str] | Sequence[Sequence[str]] | pd.DataFrame | None = None
             ) -> Any:
    """Classify functional/dysfunctional answer pairs into KANO categories.

    Formula: ``category = table[functional][dysfunctional]`` with the canonical table
    (METHODS.md §1.3, Berger et al. 1993; Sauerwein et al. 1996)::

        F\\D  1 2 3 4 5
        1    Q A A A O
        2    R I I I M
        3    R I I I M
        4    R I I I M
        5    R R R R Q

    Vectorised: scalars give a ``str``, lists a ``list``, numpy arrays an array of
    ``<U1``, pandas Series a Series (same index, name ``"category"``). ``table`` may be
    a custom ``{1: "QAAAO", …}`` mapping, a k×k list of letters or a DataFrame (e.g.
    :data:`SHORT_TABLE` for 3-option questionnaires, or a variant with extra Q cells).

    Raises ``ValueError`` naming the first position and value that is not a code.

    Example: ``classify([1, 2], [5, 5]) == ["O", "M"]``.
    """
    lut = _table_array(table)
    k = lut.shape[0] - 1
    f = _codes(functional, "functional", k)
    d = _codes(dysfunctional, "dysfunctional", k)
    if f.shape != d.shape:
        raise ValueError(t("kano.err.length", nf=f.size, nd=d.size))
    # one flat take is ~2.5x faster than 2-D fancy indexing lut[f, d]; the index is
    # built in place (one temporary instead of two)
    index = f * (k + 1)
    index += d
    result = lut.ravel().take(index)
    if isinstance(functional, pd.Series):
        return pd.Series(result, index=functional.index, name="category", dtype=object)
    if isinstance(dysfunctional, pd.Series):
        return pd.Series(result, index=dysfunctional.index, name="category", dtype=object)
    if isinstance(functional, np.ndarray) or isinstance(dysfunctional, np.ndarray):
        return result
    if result.ndim == 0:
        return str(result)
    return result.tolist()


# --------------------------------------------------------------------------------------
# count
# --------------------------------------------------------------------------------------
def _require(df: pd.DataFrame, columns: Sequence[str], source: str = "") -> None:
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(t("readers.columns", source=source, missing=missing,
                           have=list(map(str, df.columns))))


def count(responses: pd.DataFrame, table: Mapping[int, str] | None = None,
          by: str | Sequence[str] | None = None) -> pd.DataFrame:
    """Count KANO categories per attribute.

    ``responses`` is long format: one row per respondent × attribute with columns
    ``attribute``, ``functional``, ``dysfunctional`` (optionally ``importance``,
    ``respondent``). Each pair is classified with :func:`classify` and counted.

    Returns a DataFrame indexed by ``attribute`` (in order of first appearance) with
    integer columns ``A O M I R Q`` (all six, zeros included). With ``by="department"``
    the index is a MultiIndex (by, attribute) — one count table per segment.

    Example (METHODS.md K3): ten pairs of one attribute → A 3, O 3, M 2, I 2, R 0, Q 0.
    """
    _require(responses, ["attribute", "functional", "dysfunctional"])
    cats = classify(responses["functional"], responses["dysfunctional"], table=table)
    keys = [] if by is None else [by] if isinstance(by, str) else list(by)
    _require(responses, keys)
    frame = pd.DataFrame({k: responses[k] for k in keys})
    frame["attribute"] = pd.Categorical(responses["attribute"],
                                        categories=pd.unique(responses["attribute"]))
    frame["category"] = pd.Categorical(cats, categories=list(CATEGORIES))
    table_ = (frame.groupby([*keys, "attribute", "category"], observed=False, sort=True)
              .size().unstack("category", fill_value=0))
    table_ = table_.reindex(columns=list(CATEGORIES), fill_value=0).astype("int64")
    table_.columns = pd.Index(list(CATEGORIES))
    if not keys:
        table_.index = pd.Index(list(table_.index), name="attribute")
    else:
        table_ = table_[table_.sum(axis=1) > 0]
    return table_


# --------------------------------------------------------------------------------------
# evaluate
# --------------------------------------------------------------------------------------
def _check_counts(counts: pd.DataFrame) -> pd.DataFrame:
    missing = [c for c in CATEGORIES if c not in counts.columns]
    if missing:
        raise ValueError(t("kano.err.counts_columns", missing=missing))
    return counts[list(CATEGORIES)].astype("int64")


def _ordered(row: Mapping[str, int], letters: Sequence[str]) -> list[str]:
    """Letters sorted by count (desc), ties by precedence M>O>A>I>R>Q."""
    return sorted(letters, key=lambda c: (-row[c], PRECEDENCE.index(c)))


def fong_test(a: float, b: float, n: float, z: float = 1.65) -> bool:
    """Fong (1996) test: is the top category significantly more frequent than the second?

    Formula: significant when ``|a − b| ≥ z · sqrt((a + b)(2n − a − b) / (2n))`` where
    ``a ≥ b`` are the two largest category counts and ``n`` the number of answers;
    ``z = 1.65`` (≈ z₀.₉₅ = 1.6449) as in Fong (1996) and stp25kano.

    Example: ``fong_test(30, 10, 50)`` → ``True``; ``fong_test(3, 3, 10)`` → ``False``.
    """
    if n <= 0:
        return False
    critical = z * math.sqrt((a + b) * (2 * n - a - b) / (2 * n))
    return abs(a - b) >= critical


def evaluate(counts: pd.DataFrame, rule: str = "mode", near_tie: float = 0.0, *,
             worse_sign: str = "negative", fong_z: float = 1.65,
             fong_n: str = "all") -> pd.DataFrame:
    """Category, Better/Worse and strength measures for each attribute.

    Adds columns to a copy of ``counts`` (the output of :func:`count`):

    * ``n`` = A+O+M+I+R+Q.
    * ``category`` by ``rule`` (METHODS.md §1.4):

      - ``"mode"`` (default): the most frequent category; exact ties break
        M > O > A > I > R > Q. With ``near_tie > 0`` an attribute whose category strength
        is ≤ ``near_tie`` gets a mixed label such as ``"A/O"`` (top two in precedence
        order), like Displayr's "at least five percent" rule.
      - ``"moai"``: the evaluation rule M > O > A > I (Sauerwein et al. 1996; Matzler et al.
        1996): when the category strength is ≤ ``near_tie`` the one of the top two that
        comes first in M>O>A>I>R>Q wins. ``near_tie=0.06`` reproduces stp25kano's code
        (its README says 5 %; the sources disagree — METHODS.md §7.4).
      - ``"aom"``: if A+O+M > I+R+Q, the largest of A/O/M, else the largest of I/R/Q.

    * ``better`` = (A+O)/(A+O+M+I) and ``worse`` = −(O+M)/(A+O+M+I) (Berger et al. 1993;
      R and Q excluded). ``worse_sign="positive"`` reports the magnitude instead, as some
      papers do.
    * ``total_strength`` = (A+O+M)/n and ``category_strength`` = share of the most
      frequent minus share of the second among A, O, M, I, R (Lee & Newcomb 1997).
    * ``fong_significant``: :func:`fong_test` on the top two of M, O, A, I, R with
      ``n`` = all answers (``fong_n="exclude_q"`` drops Q from n).

    Example (METHODS.md K3): A 3, O 3, M 2, I 2 → category O, better 0.6, worse −0.5.
    """
    if rule not in RULES:
        raise ValueError(t("kano.err.rule", rule=rule, choices=list(RULES)))
    if worse_sign not in ("negative", "positive"):
        raise ValueError(t("core.option", value=worse_sign, name="worse_sign",
                           choices=["negative", "positive"]))
    if fong_n not in ("all", "exclude_q"):
        raise ValueError(t("core.option", value=fong_n, name="fong_n",
                           choices=["all", "exclude_q"]))
    c = _check_counts(counts)
    out = counts.copy()
    n = c.sum(axis=1)
    aomi = c[["A", "O", "M", "I"]].sum(axis=1).astype(float)
    out["n"] = n
    categories, strengths, fong = [], [], []
    strength_letters = ("A", "O", "M", "I", "R")
    for _, row in c.iterrows():
        total = int(row.sum())
        top5 = _ordered(row, strength_letters)
        s = (row[top5[0]] - row[top5[1]]) / total if total else float("nan")
        strengths.append(s)
        n_fong = total - (row["Q"] if fong_n == "exclude_q" else 0)
        fong.append(bool(total) and fong_test(row[top5[0]], row[top5[1]], n_fong, fong_z))
        if total == 0:
            categories.append(None)
            continue
        if rule == "aom":
            group = ("A", "O", "M") if row[["A", "O", "M"]].sum() > row[["I", "R", "Q"]].sum() \
                else ("I", "R", "Q")
            categories.append(_ordered(row, group)[0])
            continue
        ranked = _ordered(row, CATEGORIES)
        first, second = ranked[0], ranked[1]
        near = near_tie > 0 and (row[first] - row[second]) / total <= near_tie + 1e-12
        if near and rule == "moai":
            categories.append(min(first, second, key=PRECEDENCE.index))
        elif near and rule == "mode" and row[second] > 0:
            categories.append("/".join(sorted((first, second), key=PRECEDENCE.index)))
        else:
            categories.append(first)
    out["category"] = pd.Series(categories, index=c.index, dtype=object)
    sign = -1.0 if worse_sign == "negative" else 1.0
    with np.errstate(invalid="ignore", divide="ignore"):
        out["better"] = (c["A"] + c["O"]) / aomi.where(aomi > 0)
        out["worse"] = sign * (c["O"] + c["M"]) / aomi.where(aomi > 0)
        out["total_strength"] = (c["A"] + c["O"] + c["M"]) / n.where(n > 0)
    out["category_strength"] = pd.Series(strengths, index=c.index, dtype=float)
    out["fong_significant"] = pd.Series(fong, index=c.index, dtype=bool)
    return out


def better_worse_quadrant(better: float, worse: float, split: float = 0.5) -> str:
    """Quadrant of the Better–Worse diagram (x = |Worse|, y = Better), split at 0.5.

    O: both ≥ split; A: Better ≥ split, |Worse| < split; M: Better < split,
    |Worse| ≥ split; I: both < split (METHODS.md §1.6). Example: ``(0.6, -0.5)`` → ``"O"``.
    """
    hi_b, hi_w = better >= split, abs(worse) >= split
    return {(True, True): "O", (True, False): "A", (False, True): "M",
            (False, False): "I"}[(hi_b, hi_w)]


# --------------------------------------------------------------------------------------
# rank
# --------------------------------------------------------------------------------------
def rank(counts: pd.DataFrame, precedence: str = "MOAI") -> pd.DataFrame:
    """Priority order of attributes by the M > O > A > I lexicographic rule.

    Berger et al. (1993): sort each attribute's categories (of ``precedence``, default
    M, O, A, I) by frequency — ties by precedence — giving its *signature* such as
    ``"M>O>I>A"``; then order attributes lexicographically by their signatures using
    the precedence M < O < A < I (so every M-first attribute comes before every O-first
    one). Attributes with the same signature are ordered by the count of their first
    category, then of their second, and so on (largest first), then by name.

    Attributes whose most frequent category overall is R or Q (see :func:`evaluate`)
    are not features to build: they come last, after every attribute that is led by
    M, O, A or I, whatever their signature.

    Returns a DataFrame indexed by attribute in priority order with columns
    ``priority`` (1 = build/secure first), ``signature`` and the counts.

    Example: M-heavy "password reset" ranks before O-heavy "fast fix".
    """
    c = _check_counts(counts)
    letters = list(precedence)
    if sorted(letters) != sorted(set(letters)) or any(x not in CATEGORIES for x in letters):
        raise ValueError(t("core.option", value=precedence, name="precedence",
                           choices=["MOAI", "MOAIRQ"]))
    keys, sigs = {}, {}
    for attr, row in c.iterrows():
        order = sorted(letters, key=lambda x: (-row[x], letters.index(x)))
        sigs[attr] = ">".join(order)
        led_by_rq = _ordered(row, CATEGORIES)[0] in ("R", "Q")
        keys[attr] = (led_by_rq, tuple(letters.index(x) for x in order),
                      tuple(-int(row[x]) for x in order), str(attr))
    ordered = sorted(c.index, key=lambda a: keys[a])
    out = c.loc[ordered].copy()
    out.insert(0, "signature", [sigs[a] for a in ordered])
    out.insert(0, "priority", np.arange(1, len(ordered) + 1))
    return out


# --------------------------------------------------------------------------------------
# continuous analysis
# --------------------------------------------------------------------------------------
SCALES: dict[str, tuple[dict[int, float], dict[int, float]]] = {
    "dumouchel": (DUMOUCHEL_FUNCTIONAL, DUMOUCHEL_DYSFUNCTIONAL),
    "dumouchel_quarter": ({k: v / 4 for k, v in DUMOUCHEL_FUNCTIONAL.items()},
                          {k: v / 4 for k, v in DUMOUCHEL_DYSFUNCTIONAL.items()}),
    "linear": (LINEAR_FUNCTIONAL, LINEAR_DYSFUNCTIONAL),
}


def scores(responses: pd.DataFrame, scale: str = "dumouchel") -> pd.DataFrame:
    """Per-answer functional and dysfunctional scores (columns ``f_score``, ``d_score``).

    DuMouchel's asymmetric scale (Berger et al. 1993): functional like 4, must-be 2,
    neutral 0, live-with −1, dislike −2; dysfunctional like −2, must-be −1, neutral 0,
    live-with 2, dislike 4. ``scale="dumouchel_quarter"`` divides by 4 (stp25kano),
    ``scale="linear"`` uses 0..4 (michaelweiss/kano).
    """
    if scale not in SCALES:
        raise ValueError(t("core.option", value=scale, name="scale", choices=list(SCALES)))
    _require(responses, ["attribute", "functional", "dysfunctional"])
    fmap, dmap = SCALES[scale]
    f = _codes(responses["functional"], "functional", 5)
    d = _codes(responses["dysfunctional"], "dysfunctional", 5)
    flut = np.array([np.nan] + [fmap[i] for i in range(1, 6)])
    dlut = np.array([np.nan] + [dmap[i] for i in range(1, 6)])
    out = responses.copy()
    out["f_score"] = flut[f]
    out["d_score"] = dlut[d]
    return out


def continuous(responses: pd.DataFrame, scale: str = "dumouchel") -> pd.DataFrame:
    """Continuous (DuMouchel) analysis: mean and SD of the answer scores per attribute.

    Formula: F̄ = mean functional score, D̄ = mean dysfunctional score, SDs with n − 1
    (METHODS.md §1.7; Berger et al. 1993). Columns ``n``, ``functional_mean``,
    ``functional_sd``, ``dysfunctional_mean``, ``dysfunctional_sd``, plus
    ``importance_mean`` and ``importance_sd`` when the responses have ``importance``,
    and ``quadrant``: the split-at-2 labelling (F̄ ≥ 2 & D̄ < 2 → A, both ≥ 2 → O,
    F̄ < 2 & D̄ ≥ 2 → M, both < 2 → I) that some guides use. Displayr warns there is no
    real basis for it: read it as a rough picture, never a classification.

    Example (METHODS.md K3): F̄ = 3.0 (SD 1.414), D̄ = 2.6 (SD 1.647), quadrant O.
    """
    s = scores(responses, scale)
    s["attribute"] = pd.Categorical(s["attribute"], categories=pd.unique(s["attribute"]))
    g = s.groupby("attribute", observed=True, sort=True)
    out = pd.DataFrame({
        "n": g.size(),
        "functional_mean": g["f_score"].mean(),
        "functional_sd": g["f_score"].std(ddof=1),
        "dysfunctional_mean": g["d_score"].mean(),
        "dysfunctional_sd": g["d_score"].std(ddof=1),
    })
    if "importance" in s.columns:
        imp = pd.to_numeric(s["importance"], errors="coerce")
        out["importance_mean"] = imp.groupby(s["attribute"], observed=True).mean()
        out["importance_sd"] = imp.groupby(s["attribute"], observed=True).std(ddof=1)
    split = 2.0 if scale != "dumouchel_quarter" else 0.5
    out["quadrant"] = [
        "O" if fm >= split and dm >= split else "A" if fm >= split
        else "M" if dm >= split else "I"
        for fm, dm in zip(out["functional_mean"], out["dysfunctional_mean"], strict=True)
    ]
    out.index = pd.Index(list(out.index), name="attribute")
    return out


# --------------------------------------------------------------------------------------
# Import of real survey exports (wide → long)
# --------------------------------------------------------------------------------------
_MARKERS: dict[str, tuple[str, ...]] = {
    "dysfunctional": ("dysfunctional", "dysfunc", "dys", "negative", "neg", "d",
                      "反向", "反向问题", "负向", "不具备", "不提供", "功能缺失", "缺失"),
    "functional": ("functional", "func", "positive", "pos", "f",
                   "正向", "正向问题", "具备", "提供", "功能"),
    "importance": ("importance", "imp", "重要性", "重要程度", "重要度"),
}
_MARKER_LOOKUP = {m.lower(): kind for kind, ms in _MARKERS.items() for m in ms}
_HEADER = re.compile(
    r"^(?P<attr>.*?\S)\s*(?:[\(\[（【<《]\s*(?P<m1>[^\)\]）】>》]+?)\s*[\)\]）】>》]"
    r"|[\s_\-—–:：|/]+(?P<m2>[^\s_\-—–:：|/()\[\]（）【】<>《》]+))\s*$")
#: Column names (any case) taken as the respondent id of a wide survey export.
RESPONDENT_HEADERS = ("respondent", "respondent_id", "respondentid", "id", "response_id",
                       "responseid", "序号", "编号", "答卷编号", "答卷序号", "用户id", "受访者")


def split_header(header: str) -> tuple[str, str] | None:
    """``(attribute, kind)`` of a wide-export column such as ``"Fast fix [functional]"``
    (kind: functional, dysfunctional or importance), or None."""
    m = _HEADER.match(unicodedata.normalize("NFKC", str(header)).strip())
    if not m:
        return None
    marker = (m.group("m1") or m.group("m2") or "").strip().lower()
    kind = _MARKER_LOOKUP.get(marker)
    return (m.group("attr").strip(), kind) if kind else None


def wide_to_long(wide: pd.DataFrame, *, source: str = "table",
                 pairs: Mapping[str, tuple[str, str]] | None = None,
                 importance: Mapping[str, str] | None = None,
                 respondent: str | None = None, missing: str = "drop") -> pd.DataFrame:
    """Wide survey table (one row per respondent) → long KANO responses.

    Columns are paired by markers in their headers — ``"Fast fix [functional]"`` /
    ``"Fast fix [dysfunctional]"``, ``"快速修复【正向】"`` / ``"快速修复【反向】"``,
    ``"X_F"`` / ``"X_D"``; an optional ``"… [importance]"`` / ``"…【重要程度】"`` column
    adds ``importance`` — or explicitly with ``pairs={attribute: (f_col, d_col)}``.
    Answers may be codes 1–5 or answer texts in English or Chinese
    (see :data:`ANSWER_TEXTS`). Other columns (department, …) are carried along.

    ``missing="drop"`` leaves out pairs with a blank answer (listed in
    ``result.attrs["dropped"]`` and announced by a warning); ``missing="error"`` raises.
    Any bad value raises ``ValueError`` naming ``source``, the spreadsheet row (header =
    row 1), the column and the value.
    """
    if missing not in ("drop", "error"):
        raise ValueError(t("core.option", value=missing, name="missing",
                           choices=["drop", "error"]))
    from .readers import wide_table

    wide = wide_table(wide, source)
    columns = list(wide.columns)
    imp_cols: dict[str, str] = dict(importance or {})
    if pairs is None:
        found: dict[str, dict[str, str]] = {}
        for col in columns:
            split = split_header(col)
            if split:
                found.setdefault(split[0], {})[split[1]] = col
        pair_map: dict[str, tuple[str, str]] = {}
        for attr, kinds in found.items():
            if "importance" in kinds:
                imp_cols.setdefault(attr, kinds["importance"])
            has_f, has_d = "functional" in kinds, "dysfunctional" in kinds
            if has_f != has_d:
                kind = "functional" if has_f else "dysfunctional"
                other = "dysfunctional" if has_f else "functional"
                raise ValueError(t("kano.err.twin_missing", file=source, column=kinds[kind],
                                   kind=t(f"kano.err.{kind}"), attribute=attr,
                                   other=t(f"kano.err.{other}")))
            if has_f:
                pair_map[attr] = (kinds["functional"], kinds["dysfunctional"])
        if not pair_map:
            raise ValueError(t("kano.err.no_pairs", file=source))
    else:
        pair_map = dict(pairs)
        for f_col, d_col in pair_map.values():
            for col in (f_col, d_col):
                if col not in columns:
                    raise ValueError(t("readers.pair_column", file=source, column=col,
                                       have=columns))
    used = {c for fd in pair_map.values() for c in fd} | set(imp_cols.values())
    if respondent is None:
        respondent = next((c for c in columns if norm_text(c) in
                           {norm_text(h) for h in RESPONDENT_HEADERS}), None)
    elif respondent not in columns:
        raise ValueError(t("readers.pair_column", file=source, column=respondent, have=columns))
    extra = [c for c in columns if c not in used and c != respondent]
    ids = (wide[respondent].astype(str).str.strip().tolist() if respondent
           else [str(i + 1) for i in range(len(wide))])

    records, dropped = [], []
    for attr, (f_col, d_col) in pair_map.items():
        i_col = imp_cols.get(attr)
        for pos, (rid, fv, dv) in enumerate(zip(ids, wide[f_col], wide[d_col], strict=True)):
            row_no = pos + 2
            codes = []
            for col, v in ((f_col, fv), (d_col, dv)):
                try:
                    codes.append(parse_answer(v))
                except ValueError as exc:
                    raise ValueError(t("readers.cell", file=source, row=row_no, column=col,
                                       problem=str(exc))) from None
            imp = np.nan
            if i_col is not None:
                iv = wide[i_col].iloc[pos]
                if not (iv is None or str(iv).strip() in ("", "nan")):
                    try:
                        imp = float(str(iv).strip())
                    except ValueError:
                        raise ValueError(t("readers.cell", file=source, row=row_no, column=i_col,
                                           problem=t("readers.importance", value=iv))) from None
            if None in codes:
                if missing == "error":
                    col = f_col if codes[0] is None else d_col
                    raise ValueError(t("readers.cell", file=source, row=row_no, column=col,
                                       problem=t("kano.err.unknown_answer", value="",
                                                 known=_known_answers())))
                dropped.append({"row": row_no, "respondent": rid, "attribute": attr})
                continue
            rec = {"respondent": rid}
            rec.update({c: wide[c].iloc[pos] for c in extra})
            rec.update(attribute=attr, functional=codes[0], dysfunctional=codes[1])
            if imp_cols:
                rec["importance"] = imp
            records.append(rec)
    long = pd.DataFrame.from_records(records)
    for col in ("functional", "dysfunctional"):
        if col in long:
            long[col] = long[col].astype("int64")
    long.attrs["dropped"] = dropped
    long.attrs["source"] = source
    if dropped:
        warnings.warn(t("kano.warn.dropped", file=source, n=len(dropped)), UserWarning,
                      stacklevel=2)
    return long


def read_survey(path: str | Path, *, sheet_name: str | int = 0, encoding: str | None = None,
                **options: Any) -> pd.DataFrame:
    """Read a wide survey export (CSV/TSV/Excel; UTF-8, UTF-8 with BOM, GBK or GB18030)
    and return long KANO responses — see :func:`wide_to_long` for ``options``.

    Example: ``kano.read_survey("data/kano_it_service_desk_wjx.csv")``.
    """
    from .readers import read_table

    path = Path(path)
    wide = read_table(path, sheet_name=sheet_name, encoding=encoding)
    return wide_to_long(wide, source=str(path), **options)


# --------------------------------------------------------------------------------------
# Lazy plot functions (matplotlib is imported only when one is called)
# --------------------------------------------------------------------------------------
_PLOTS = ("plot_better_worse", "plot_categories", "plot_continuous")

__getattr__, __dir__ = lazy_plots(__name__, "plots.kano", _PLOTS)


# --------------------------------------------------------------------------------------
# Readable views of the evaluation table
# --------------------------------------------------------------------------------------
def evaluation_table(table: Mapping[int, str] | None = None) -> pd.DataFrame:
    """The evaluation table as a DataFrame with answer labels in the current language.

    Rows = functional answer, columns = dysfunctional answer (METHODS.md §1.3).
    """
    lut = _table_array(table)
    k = lut.shape[0] - 1
    names = ([f"{c} {t('kano.answer.' + str(c))}" for c in range(1, 6)] if k == 5
             else [str(c) for c in range(1, k + 1)])
    return pd.DataFrame(lut[1:, 1:], index=pd.Index(names, name=t("kano.table.corner")),
                        columns=names)


def explain(functional: int, dysfunctional: int) -> dict[str, str]:
    """Category of one answer pair with its name and the reason, in the current language.

    Example: ``explain(2, 5)["category"] == "M"``.
    """
    letter = classify(functional, dysfunctional)
    return {"category": letter, "name": t(f"kano.category.{letter}"),
            "why": t(f"kano.why.{letter}")}


def category_letter(value: Any) -> Any:
    """Normalise a category given as a letter or name (English or Chinese) to its letter.

    ``category_letter("must-be") == "M"``; ``category_letter("魅力型") == "A"``; anything
    unknown is returned unchanged (so a checker can report it).
    """
    if not isinstance(value, str):
        return value
    key = norm_text(value)
    return _CATEGORY_LOOKUP.get(key, value.strip().upper() if len(value.strip()) == 1
                                else value)


_CATEGORY_LOOKUP: dict[str, str] = {}
for _c in CATEGORIES:
    _CATEGORY_LOOKUP[_c.lower()] = _c
    for _lang in ("en", "zh"):
        _CATEGORY_LOOKUP[norm_text(t("kano.category." + _c, lang=_lang))] = _c
_CATEGORY_LOOKUP.update({
    "delighter": "A", "exciter": "A", "excitement": "A", "attractivequality": "A",
    "performance": "O", "onedimensionalquality": "O", "linear": "O", "satisfier": "O",
    "mustbequality": "M", "basic": "M", "threshold": "M", "expected": "M", "mustbe": "M",
    "neutral": "I", "indifference": "I", "reversal": "R", "contradictory": "Q",
    "魅力质量": "A", "兴奋需求": "A", "魅力属性": "A", "一维质量": "O", "期望需求": "O",
    "期望属性": "O", "必备质量": "M", "基本需求": "M", "必备属性": "M", "无差异": "I",
    "无差异属性": "I", "反向": "R", "反向属性": "R", "可疑结果": "Q",
})
