"""Emotional labour and frontline well-being: two published scales scored as their authors
score them, their reliability, correlations with an interval and comparisons by group.

* :func:`score_els` — the **Emotional Labour Scale** (ELS; Brotheridge & Lee 2003): 15
  self-report items answered on a 5-point scale (1 = never … 5 = always), six facets —
  frequency (3 items), intensity (2), variety (3), duration (1), surface acting (3) and
  deep acting (3). A facet score is the **mean of its items** (range 1–5).
* :func:`cbi_points` and :func:`score_cbi` — the **Copenhagen Burnout Inventory** (CBI;
  Kristensen, Borritz, Villadsen & Christensen 2005), free to use: personal burnout (6
  items), work-related burnout (7) and client-related burnout (6). Each answer is recoded
  to points — always / to a very high degree 100, often / to a high degree 75,
  sometimes / somewhat 50, seldom / to a low degree 25, never or almost never / to a very
  low degree 0 — the work-related item on energy left for family and friends is
  **reverse scored** (100 − points), and a scale score is the **mean of the answered
  items**. The authors' rule for missing answers: a respondent who answered fewer than
  3 (personal), 4 (work-related) or 3 (client-related) items of a scale is a
  **non-responder** on that scale (no score).
* :func:`reliability` — Cronbach's alpha of each subscale with Feldt's interval, computed
  by :func:`svcx_helpers.servqual.cronbach_alpha` (one implementation in the package).
* :func:`correlation` — Pearson's r (or Spearman's rho) with a Fisher-z interval.
* :func:`compare_groups` — mean per group and each group's difference from a reference
  group with Welch's interval.

Item columns of a survey (``data/frontline_survey.csv`` has them all): ELS
``els_freq1``–``els_freq3``, ``els_int1``–``els_int2``, ``els_var1``–``els_var3``,
``els_dur1`` (the typical length of a customer contact, answered in five bands coded
1–5), ``els_sa1``–``els_sa3``, ``els_da1``–``els_da3``, each coded 1–5; CBI
``cbi_p1``–``cbi_p6``, ``cbi_w1``–``cbi_w7``, ``cbi_c1``–``cbi_c6``, each coded 1–5 with
5 = always / to a very high degree (as answered, before any reversal) or given as the
answer's words in English or Chinese. A blank cell is a missing answer. The item wording
belongs to the authors; :data:`ITEMS` keeps only short paraphrased labels.

Example
-------
>>> import pandas as pd
>>> answers = pd.DataFrame({"cbi_p1": [5], "cbi_p2": [4], "cbi_p3": [3], "cbi_p4": [2],
...                         "cbi_p5": [1], "cbi_p6": [4]})
>>> score_cbi(answers, scales=["personal"]).round(2)["personal"].tolist()
[54.17]
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from statistics import NormalDist
from typing import Any

import numpy as np
import pandas as pd

from .i18n import get_language, t
from .plotting import lazy_plots

_PLOTS = ("plot_relation", "plot_groups")
__getattr__, __dir__ = lazy_plots(__name__, "plots.wellbeing", _PLOTS)

# --------------------------------------------------------------------------------------
# The two instruments
# --------------------------------------------------------------------------------------
ELS_FACETS: dict[str, tuple[str, ...]] = {
    "frequency": ("els_freq1", "els_freq2", "els_freq3"),
    "intensity": ("els_int1", "els_int2"),
    "variety": ("els_var1", "els_var2", "els_var3"),
    "duration": ("els_dur1",),
    "surface_acting": ("els_sa1", "els_sa2", "els_sa3"),
    "deep_acting": ("els_da1", "els_da2", "els_da3"),
}
"""ELS facet → its item columns (Brotheridge & Lee 2003: 15 items, six facets)."""

CBI_SCALES: dict[str, tuple[str, ...]] = {
    "personal": tuple(f"cbi_p{i}" for i in range(1, 7)),
    "work": tuple(f"cbi_w{i}" for i in range(1, 8)),
    "client": tuple(f"cbi_c{i}" for i in range(1, 7)),
}
"""CBI scale → its item columns, in the order of the authors' questionnaire."""

CBI_REVERSED: tuple[str, ...] = ("cbi_w7",)
"""Reverse-scored CBI item: enough energy for family and friends in leisure time."""

CBI_MIN_ANSWERED: dict[str, int] = {"personal": 3, "work": 4, "client": 3}
"""The authors' rule: fewer answered items than this and the respondent is a
non-responder on the scale (Kristensen et al. 2005, the CBI questionnaire's scoring notes)."""

CBI_POINTS: tuple[int, ...] = (0, 25, 50, 75, 100)
"""Points of the answer codes 1–5 (1 = never / to a very low degree … 5 = always / to a
very high degree)."""

CBI_FORMAT: dict[str, str] = {
    **{c: "frequency" for c in CBI_SCALES["personal"]},
    **{c: "degree" for c in ("cbi_w1", "cbi_w2", "cbi_w3", "cbi_c1", "cbi_c2", "cbi_c3",
                             "cbi_c4")},
    **{c: "frequency" for c in ("cbi_w4", "cbi_w5", "cbi_w6", "cbi_w7", "cbi_c5", "cbi_c6")},
}
"""Answer format of each CBI item: how often (frequency) or how much (degree)."""

ANSWER_WORDS: dict[str, dict[int, tuple[str, ...]]] = {
    "frequency": {5: ("always", "总是"), 4: ("often", "经常"), 3: ("sometimes", "有时"),
                  2: ("seldom", "rarely", "很少"),
                  1: ("never/almost never", "never", "almost never", "never or almost never",
                      "从不", "几乎从不", "从不/几乎从不")},
    "degree": {5: ("to a very high degree", "非常高", "程度非常高"),
               4: ("to a high degree", "高", "程度高"),
               3: ("somewhat", "一般", "有些"),
               2: ("to a low degree", "低", "程度低"),
               1: ("to a very low degree", "非常低", "程度非常低")},
}
"""The words of the CBI answers (English and Chinese) for each code."""

ITEMS: dict[str, tuple[str, str]] = {
    "els_freq1": ("show the feelings the job asks for", "表现工作要求的情绪"),
    "els_freq2": ("take on the feelings the role expects", "进入岗位期待的情绪"),
    "els_freq3": ("express the particular feelings needed", "表达工作需要的特定情绪"),
    "els_int1": ("show intense feelings", "表现强烈的情绪"),
    "els_int2": ("show strong feelings", "表现浓烈的情绪"),
    "els_var1": ("show many kinds of feelings", "表现多种情绪"),
    "els_var2": ("express a wide range of feelings", "表达范围很广的情绪"),
    "els_var3": ("show varied feelings with customers", "对顾客表现不同的情绪"),
    "els_dur1": ("length of a typical customer contact", "一次典型顾客接触的时长"),
    "els_sa1": ("hold back my true feelings", "压住自己的真实感受"),
    "els_sa2": ("pretend to feel what I do not feel", "假装有自己并没有的情绪"),
    "els_sa3": ("hide how I really feel", "掩藏自己的真实感受"),
    "els_da1": ("try to really feel what I must show", "努力真正体会到必须表现的情绪"),
    "els_da2": ("work at actually experiencing the required feelings", "设法真正产生所需的情绪"),
    "els_da3": ("make an effort to feel the emotions I show", "用心去感受自己表现出的情绪"),
    "cbi_p1": ("tired", "疲倦"),
    "cbi_p2": ("physically exhausted", "身体上精疲力竭"),
    "cbi_p3": ("emotionally exhausted", "情绪上精疲力竭"),
    "cbi_p4": ("'I can't take it any more'", "“我再也撑不下去了”"),
    "cbi_p5": ("worn out", "筋疲力尽"),
    "cbi_p6": ("weak and prone to illness", "虚弱、容易生病"),
    "cbi_w1": ("work is emotionally exhausting", "工作让人情绪耗竭"),
    "cbi_w2": ("burnt out because of work", "因工作而倦怠"),
    "cbi_w3": ("work is frustrating", "工作让人受挫"),
    "cbi_w4": ("worn out at the end of the working day", "下班时筋疲力尽"),
    "cbi_w5": ("exhausted in the morning at the thought of work", "早上一想到上班就累"),
    "cbi_w6": ("every working hour is tiring", "每个工作小时都很累"),
    "cbi_w7": ("energy left for family and friends (reversed)",
               "业余时间有精力陪家人朋友（反向计分）"),
    "cbi_c1": ("hard to work with customers", "与顾客打交道很难"),
    "cbi_c2": ("frustrating to work with customers", "与顾客打交道让人受挫"),
    "cbi_c3": ("customer work drains my energy", "与顾客打交道耗尽精力"),
    "cbi_c4": ("I give more than I get back", "付出多于回报"),
    "cbi_c5": ("tired of working with customers", "厌倦与顾客打交道"),
    "cbi_c6": ("wonder how long I can go on with customers", "不知道还能和顾客打交道多久"),
}
"""Short paraphrased labels of the items (English, Chinese) — not the authors' wording."""

SUBSCALES: dict[str, tuple[str, ...]] = {**ELS_FACETS, **CBI_SCALES}
"""Every subscale of both instruments → its item columns."""


def item_label(column: str) -> str:
    """The short label of an item in the current language.

    >>> item_label("cbi_w7")
    'energy left for family and friends (reversed)'
    """
    if column not in ITEMS:
        raise ValueError(t("wellbeing.err.item", value=column, known=", ".join(ITEMS)))
    en, zh = ITEMS[column]
    return zh if get_language() == "zh" else en


# --------------------------------------------------------------------------------------
# Reading the answers
# --------------------------------------------------------------------------------------
def _columns(answers: pd.DataFrame, names: Sequence[str]) -> list[str]:
    if not isinstance(answers, pd.DataFrame):
        raise ValueError(t("wellbeing.err.frame", got=type(answers).__name__))
    missing = [c for c in names if c not in answers.columns]
    if missing:
        raise ValueError(t("wellbeing.err.columns", missing=", ".join(missing),
                           found=", ".join(map(str, answers.columns[:12]))))
    return list(names)


def _present(answers: Any, columns: list[str]) -> list[str]:
    """The ``columns`` the table has, or all of them when it has none (for the error)."""
    have = [c for c in columns if isinstance(answers, pd.DataFrame) and c in answers.columns]
    return have or columns


def _fold(word: str) -> str:
    return " ".join(word.replace("/", " / ").split()).casefold()


_WORDS: dict[str, dict[str, int]] = {
    fmt: {_fold(w): code for code, words in table.items() for w in words}
    for fmt, table in ANSWER_WORDS.items()}


def _code(value: Any, column: str, row: Any, words: Mapping[str, int] | None) -> float:
    """An answer code 1–5 from a number or (CBI) the answer's words; NaN when blank."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return math.nan
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return math.nan
        if words is not None and _fold(text) in words:
            return float(words[_fold(text)])
        try:
            value = float(text)
        except ValueError:
            value = text
    if isinstance(value, (bool, np.bool_)) or not isinstance(
            value, (int, float, np.integer, np.floating)) or float(value) not in (1, 2, 3, 4, 5):
        allowed = "1–5" if words is None else "1–5 " + t("wellbeing.err.or_words")
        raise ValueError(t("wellbeing.err.answer", column=column, row=row, value=repr(value),
                           allowed=allowed))
    return float(value)


def _codes(answers: pd.DataFrame, columns: Sequence[str], cbi: bool) -> pd.DataFrame:
    out = {}
    for col in columns:
        words = _WORDS[CBI_FORMAT[col]] if cbi else None
        out[col] = [_code(v, col, row, words) for row, v in answers[col].items()]
    return pd.DataFrame(out, index=answers.index, dtype=float)


def els_codes(answers: pd.DataFrame, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """The ELS answers as numbers 1–5 (blank → NaN); anything else is a ValueError that
    names the column, the row and the value. By default every ELS item column the table
    has.

    >>> import pandas as pd
    >>> els_codes(pd.DataFrame({"els_sa1": [2, None, "4"]}), ["els_sa1"])["els_sa1"].tolist()
    [2.0, nan, 4.0]
    """
    cols = _columns(answers, columns if columns is not None else
                    _present(answers, [c for items in ELS_FACETS.values() for c in items]))
    return _codes(answers, cols, cbi=False)


def cbi_points(answers: pd.DataFrame, columns: Sequence[str] | None = None,
               reverse: bool = True) -> pd.DataFrame:
    """The CBI answers recoded to points as the authors score them.

    Formula (Kristensen et al. 2005): answer code c (1 = never / to a very low degree …
    5 = always / to a very high degree) → points 25·(c − 1), i.e. 0, 25, 50, 75, 100;
    the reverse-scored item ``cbi_w7`` gets 100 − 25·(c − 1) (``reverse=False`` leaves it
    as answered, to show what forgetting it does). A cell may hold the code or the
    answer's words in English or Chinese ("often", "to a high degree", "经常" …); blank
    → NaN; anything else is a ValueError naming the column, row and value. By default
    every CBI item column the table has.

    >>> import pandas as pd
    >>> cbi_points(pd.DataFrame({"cbi_w1": ["to a high degree"], "cbi_w7": [2]}),
    ...            ["cbi_w1", "cbi_w7"]).iloc[0].tolist()
    [75.0, 75.0]
    """
    cols = _columns(answers, columns if columns is not None else
                    _present(answers, [c for items in CBI_SCALES.values() for c in items]))
    unknown = [c for c in cols if c not in CBI_FORMAT]
    if unknown:
        raise ValueError(t("wellbeing.err.item", value=unknown[0], known=", ".join(CBI_FORMAT)))
    points = (_codes(answers, cols, cbi=True) - 1) * 25
    if reverse:
        for col in cols:
            if col in CBI_REVERSED:
                points[col] = 100 - points[col]
    return points


def _minimum(names: Sequence[str], min_answered: int | Mapping[str, int] | None,
             default: Mapping[str, int] | None) -> dict[str, int]:
    out = {}
    for name in names:
        k = len(SUBSCALES[name])
        if min_answered is None:
            m = default[name] if default is not None else math.ceil(k / 2)
        elif isinstance(min_answered, Mapping):
            m = min_answered.get(name, default[name] if default else math.ceil(k / 2))
        else:
            m = min_answered
        if isinstance(m, bool) or not isinstance(m, (int, np.integer)) or not 1 <= m <= k:
            raise ValueError(t("wellbeing.err.min_answered", scale=name, k=k, value=repr(m)))
        out[name] = int(m)
    return out


def _scale_means(items: pd.DataFrame, names: Sequence[str], minimum: Mapping[str, int]
                 ) -> pd.DataFrame:
    out = {}
    for name in names:
        part = items[list(SUBSCALES[name])]
        answered = part.notna().sum(axis=1)
        out[name] = part.mean(axis=1).where(answered >= minimum[name])
    return pd.DataFrame(out, index=items.index)


def _names(requested: Sequence[str] | None, known: Mapping[str, Any], kind: str) -> list[str]:
    names = list(known) if requested is None else list(requested)
    unknown = [n for n in names if n not in known]
    if unknown:
        raise ValueError(t("wellbeing.err.subscale", kind=kind, value=unknown[0],
                           known=", ".join(known)))
    return names


def score_els(answers: pd.DataFrame, facets: Sequence[str] | None = None,
              min_answered: int | Mapping[str, int] | None = None) -> pd.DataFrame:
    """ELS facet scores, one row per respondent: the **mean of the facet's items** (1–5).

    Formula (Brotheridge & Lee 2003): facet score = (1/m)·Σ item codes over the m answered
    items. Missing answers: the authors publish no rule, so the library's default asks
    for at least half of the facet's items (rounded up: 2 of 3, 1 of 2, 1 of 1); a
    respondent below it gets no score (NaN). ``min_answered`` changes it — one number
    for every facet, or a dict by facet.

    >>> import pandas as pd
    >>> answers = pd.DataFrame({"els_sa1": [2, 5], "els_sa2": [4, None],
    ...                         "els_sa3": [3, None]})
    >>> score_els(answers, ["surface_acting"])["surface_acting"].tolist()
    [3.0, nan]
    """
    names = _names(facets, ELS_FACETS, "ELS")
    cols = [c for n in names for c in ELS_FACETS[n]]
    return _scale_means(els_codes(answers, cols), names, _minimum(names, min_answered, None))


def score_cbi(answers: pd.DataFrame, scales: Sequence[str] | None = None,
              min_answered: int | Mapping[str, int] | None = None) -> pd.DataFrame:
    """CBI scale scores (0–100), one row per respondent, as the authors score them.

    Formula (Kristensen et al. 2005): recode each answer with :func:`cbi_points` (0, 25,
    50, 75, 100; ``cbi_w7`` reversed), then scale score = mean of the answered items.
    Missing answers, the authors' rule: fewer than 3 answered items (personal, 6 items),
    4 (work-related, 7 items) or 3 (client-related, 6 items) → non-responder on that
    scale (NaN). ``min_answered`` replaces the rule (one number, or a dict by scale).

    Example (worked by hand): work-related answers 4, 3, blank, 5, 2, 3, 2 → points 75,
    50, –, 100, 25, 50 and, reversed, 100 − 25 = 75 → (75 + 50 + 100 + 25 + 50 + 75)/6
    = 62.5.

    >>> import pandas as pd
    >>> work = pd.DataFrame([[4, 3, None, 5, 2, 3, 2]], columns=CBI_SCALES["work"])
    >>> score_cbi(work, ["work"])["work"].tolist()
    [62.5]
    """
    names = _names(scales, CBI_SCALES, "CBI")
    cols = [c for n in names for c in CBI_SCALES[n]]
    return _scale_means(cbi_points(answers, cols), names,
                        _minimum(names, min_answered, CBI_MIN_ANSWERED))


def subscale_items(answers: pd.DataFrame, subscale: str, reverse: bool = True
                   ) -> pd.DataFrame:
    """The item values of one subscale as the scale scores them: ELS codes 1–5, or CBI
    points 0–100 with the reversed item turned round (the input of Cronbach's alpha).

    >>> import pandas as pd
    >>> subscale_items(pd.DataFrame({"els_int1": [1], "els_int2": [5]}), "intensity").shape
    (1, 2)
    """
    names = _names([subscale], SUBSCALES, "ELS/CBI")
    cols = list(SUBSCALES[names[0]])
    if subscale in CBI_SCALES:
        return cbi_points(answers, cols, reverse=reverse)
    return els_codes(answers, cols)


def reliability(answers: pd.DataFrame, subscales: Sequence[str] | None = None,
                confidence: float = 0.95) -> pd.DataFrame:
    """Cronbach's alpha of each subscale (of two or more items) with Feldt's interval.

    Formula: α = k/(k − 1)·(1 − Σ s_i²/s_T²) on the complete rows of the subscale's items
    (:func:`svcx_helpers.servqual.cronbach_alpha` and ``cronbach_alpha_ci``; Cronbach
    1951, Feldt et al. 1987; METHODS.md §2.7). The CBI items enter as points, the
    reversed item turned round. By default every subscale with at least two items (the
    one-item ELS duration facet has no alpha). Columns ``instrument``, ``k``, ``n``,
    ``alpha``, ``ci_low``, ``ci_high``.

    >>> import pandas as pd
    >>> rows = [[4, 5, 4], [3, 4, 3], [5, 5, 4], [2, 3, 2], [4, 4, 5], [3, 3, 3]]
    >>> answers = pd.DataFrame(rows, columns=list(ELS_FACETS["deep_acting"]))
    >>> round(float(reliability(answers, ["deep_acting"]).loc["deep_acting", "alpha"]), 4)
    0.9079
    """
    from .servqual import cronbach_alpha, cronbach_alpha_ci

    present = [n for n, cols in SUBSCALES.items() if len(cols) > 1
               and all(c in answers.columns for c in cols)]
    names = present if subscales is None else _names(subscales, SUBSCALES, "ELS/CBI")
    rows = {}
    for name in names:
        items = subscale_items(answers, name)
        complete = items.dropna()
        low, high = cronbach_alpha_ci(complete, confidence)
        rows[name] = {"instrument": "CBI" if name in CBI_SCALES else "ELS",
                      "k": items.shape[1], "n": len(complete),
                      "alpha": cronbach_alpha(complete), "ci_low": low, "ci_high": high}
    out = pd.DataFrame.from_dict(rows, orient="index",
                                 columns=["instrument", "k", "n", "alpha", "ci_low", "ci_high"])
    out.index.name = "subscale"
    return out


# --------------------------------------------------------------------------------------
# Relations and comparisons
# --------------------------------------------------------------------------------------
def _numeric(values: Any, name: str) -> pd.Series:
    s = pd.Series(values) if not isinstance(values, pd.Series) else values
    bad = s[s.notna() & pd.to_numeric(s, errors="coerce").isna()]
    if len(bad):
        raise ValueError(t("wellbeing.err.number", name=name, row=bad.index[0],
                           value=repr(bad.iloc[0])))
    return pd.to_numeric(s, errors="coerce").astype(float)


def correlation(x: Any, y: Any, method: str = "pearson", confidence: float = 0.95
                ) -> pd.Series:
    """Correlation of ``x`` and ``y`` over the rows where both are known, with an interval.

    Formula: Pearson's r (``method="spearman"``: Pearson's r of the ranks, ties averaged).
    Interval by Fisher's z (Fisher 1921): z = atanh(r), limits tanh(z ± q·se) with q the
    standard normal quantile for ``confidence`` and se = 1/√(n − 3) for Pearson,
    √((1 + r²/2)/(n − 3)) for Spearman (Bonett & Wright 2000). Returns ``r``, ``n``,
    ``ci_low``, ``ci_high``. Needs at least 4 pairs and some spread in both.

    Example (worked by hand): r = 0.5 with n = 28 → z = 0.5493, se = 0.2,
    z ± 1.96·0.2 = 0.1573 … 0.9413 → interval 0.1560 … 0.7358.

    >>> round(float(correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])["r"]), 4)
    0.7746
    """
    if method not in ("pearson", "spearman"):
        raise ValueError(t("core.option", value=method, name="method",
                           choices=["pearson", "spearman"]))
    if not 0 < confidence < 1:
        raise ValueError(t("core.option", value=confidence, name="confidence",
                           choices=["0 < confidence < 1"]))
    xs = _numeric(x, "x").reset_index(drop=True)
    ys = _numeric(y, "y").reset_index(drop=True)
    if len(xs) != len(ys):
        raise ValueError(t("wellbeing.err.lengths", nx=len(xs), ny=len(ys)))
    both = xs.notna() & ys.notna()
    xs, ys = xs[both], ys[both]
    n = len(xs)
    if n < 4:
        raise ValueError(t("wellbeing.err.pairs", n=n))
    if xs.std() == 0 or ys.std() == 0:
        raise ValueError(t("wellbeing.err.constant"))
    if method == "spearman":
        xs, ys = xs.rank(), ys.rank()
    r = float(np.corrcoef(xs.to_numpy(), ys.to_numpy())[0, 1])
    r = max(-1.0, min(1.0, r))
    if abs(r) == 1.0:
        low = high = r
    else:
        se = 1 / math.sqrt(n - 3) if method == "pearson" else math.sqrt(
            (1 + r * r / 2) / (n - 3))
        q = NormalDist().inv_cdf((1 + confidence) / 2)
        low, high = math.tanh(math.atanh(r) - q * se), math.tanh(math.atanh(r) + q * se)
    return pd.Series({"r": r, "n": n, "ci_low": low, "ci_high": high}, name=method)


def compare_groups(values: Any, groups: Any, reference: Any = None,
                   confidence: float = 0.95, order: Sequence[Any] | None = None
                   ) -> pd.DataFrame:
    """Mean of ``values`` per group and each group's difference from ``reference``.

    Formula (Welch 1947): difference d = x̄_g − x̄_ref, se = √(s_g²/n_g + s_ref²/n_ref),
    df = se⁴ / ((s_g²/n_g)²/(n_g − 1) + (s_ref²/n_ref)²/(n_ref − 1)), interval
    d ± t_{(1+c)/2, df}·se (:func:`svcx_helpers.servqual.t_quantile`). Rows with a blank
    value or group are left out. ``reference`` defaults to the first group of ``order``
    (or of the sorted groups). Columns ``n``, ``mean``, ``sd``, ``difference``,
    ``ci_low``, ``ci_high`` (blank on the reference's row).

    Example (worked by hand): a = 1, 2, 3, 4, 5 and b = 3, 4, 5, 6, 7 have equal
    variances 2.5, so se = 1, df = 8, t = 2.306004 and b − a = 2 ± 2.306 → −0.306 … 4.306.

    >>> table = compare_groups([1, 2, 3, 4, 5, 3, 4, 5, 6, 7], list("aaaaabbbbb"))
    >>> table.loc["b", ["difference", "ci_low", "ci_high"]].round(3).tolist()
    [2.0, -0.306, 4.306]
    """
    from .servqual import t_quantile

    if not 0 < confidence < 1:
        raise ValueError(t("core.option", value=confidence, name="confidence",
                           choices=["0 < confidence < 1"]))
    v = _numeric(values, "values").reset_index(drop=True)
    g = pd.Series(groups).reset_index(drop=True)
    if len(v) != len(g):
        raise ValueError(t("wellbeing.err.lengths", nx=len(v), ny=len(g)))
    keep = v.notna() & g.notna()
    v, g = v[keep], g[keep]
    found = sorted(g.unique(), key=str)
    names = list(order) if order is not None else found
    unknown = [x for x in names if x not in set(found)]
    if unknown or not names:
        raise ValueError(t("wellbeing.err.group", value=repr(unknown[0] if unknown else None),
                           known=", ".join(map(str, found))))
    ref = names[0] if reference is None else reference
    if ref not in set(found):
        raise ValueError(t("wellbeing.err.group", value=repr(ref),
                           known=", ".join(map(str, found))))
    stats = {name: (int((g == name).sum()), float(v[g == name].mean()),
                    float(v[g == name].std(ddof=1)) if (g == name).sum() > 1 else math.nan)
             for name in names}
    n_r, m_r, s_r = stats[ref]
    rows = {}
    for name, (n, mean, sd) in stats.items():
        diff = low = high = math.nan
        if name != ref:
            diff = mean - m_r
            a, b = sd * sd / n, s_r * s_r / n_r
            se = math.sqrt(a + b)
            if n > 1 and n_r > 1 and se > 0:
                df = se ** 4 / (a * a / (n - 1) + b * b / (n_r - 1))
                half = t_quantile((1 + confidence) / 2, df) * se
                low, high = diff - half, diff + half
        rows[name] = {"n": n, "mean": mean, "sd": sd, "difference": diff, "ci_low": low,
                      "ci_high": high}
    out = pd.DataFrame.from_dict(rows, orient="index")
    out.index.name = getattr(groups, "name", None) or "group"
    return out
