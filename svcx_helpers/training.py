"""Training evaluation with Kirkpatrick's four levels: learning gain, adoption on the job,
and impact on a KQI by difference-in-differences.

Kirkpatrick (1959, 1960) asks four questions of a training programme: did the trainees
like it (level 1, *reaction*), did they learn (level 2, *learning*), do they work
differently (level 3, *behaviour*) and did the results the training was for improve
(level 4, *results*). This module computes the numbers of levels 2 to 4; level 1 is a
plain mean of the reaction sheet.

* :func:`learning_gain` — level 2: the mean gain from a test before to the same test
  after the course over the trainees who sat both, with a paired Student-t interval, and
  Hake's (1998) normalised gain.
* :func:`normalised_gain` — Hake's ⟨g⟩ = (⟨post⟩ − ⟨pre⟩) / (max − ⟨pre⟩), the gain as a
  share of the gain that was possible.
* :func:`adoption` — level 3: per checklist behaviour, the share of trainees who show it
  in at least ``threshold`` (default ¾) of their observed encounters.
* :func:`did` — level 4: DiD = (T_post − T_pre) − (C_post − C_pre), the change of the
  trained units minus the change of the untrained ones, with an interval (bootstrap over
  units, or OLS with the interaction term and cluster-robust errors by unit).
* :func:`pre_trends` and :func:`group_means` — the parallel-trends look: did both
  groups move alike before the course?

Plots (matplotlib, imported on first use): :func:`plot_trends`, :func:`plot_did`,
:func:`plot_gain`, :func:`plot_adoption`.

Example
-------
METHODS.md 8.3: trained branches 0.72 → 0.84, untrained 0.70 → 0.74.

>>> import pandas as pd
>>> panel = pd.DataFrame({"branch": list("AABBCCDD"), "trained": [1] * 4 + [0] * 4,
...                       "period": ["pre", "post"] * 4,
...                       "fcr": [0.71, 0.83, 0.73, 0.85, 0.69, 0.73, 0.71, 0.75]})
>>> round(float(did(panel, "fcr")["did"]), 6)
0.08
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from .i18n import t
from .plotting import lazy_plots

_PLOTS = ("plot_trends", "plot_did", "plot_gain", "plot_adoption")
__getattr__, __dir__ = lazy_plots(__name__, "plots.training", _PLOTS)

METHODS = ("bootstrap", "ols")
"""Interval methods of :func:`did`."""


# --------------------------------------------------------------------------- checks
def _need(frame: pd.DataFrame, columns: Sequence[str]) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(t("training.err.columns", missing=missing,
                           found=list(map(str, frame.columns))))


def _numbers(frame: pd.DataFrame, column: str) -> pd.Series:
    """The column as floats; a clear error naming the first row whose value is not a
    number (empty cells stay NaN)."""
    raw = frame[column]
    values = pd.to_numeric(raw, errors="coerce")
    bad = values.isna() & raw.notna()
    if bad.any():
        row = bad.idxmax()
        raise ValueError(t("training.err.number", column=column, row=row,
                           value=_plain(raw[row])))
    return values.astype(float)


def _plain(value: Any) -> Any:
    """A numpy scalar as the Python number it holds (so that messages show ``2``, not
    ``np.int64(2)``)."""
    return value.item() if isinstance(value, np.generic) else value


def _confidence(confidence: float) -> float:
    if not 0 < float(confidence) < 1:
        raise ValueError(t("training.err.confidence", value=confidence))
    return float(confidence)


def _t(p: float, df: float) -> float:
    from .servqual import t_quantile

    return t_quantile(p, df)


# --------------------------------------------------------------------------- level 2
def normalised_gain(pre: Any, post: Any, max_score: float = 100.0,
                    average: str = "class") -> float:
    """Hake's normalised gain: the gain as a share of the gain that was possible.

    Formula (Hake 1998, the *course-average* normalised gain):
    ⟨g⟩ = (⟨post⟩ − ⟨pre⟩) / (max − ⟨pre⟩), with ⟨·⟩ the mean over the trainees who
    sat both tests. ``average="trainee"`` gives the mean of the individual gains
    g_i = (post_i − pre_i) / (max − pre_i) instead (trainees with pre_i = max left out);
    Hake reports the first, and the two differ when weak and strong trainees gain
    differently.

    Source: Hake, R. R. (1998). Interactive-engagement versus traditional methods.
    *American Journal of Physics*, 66(1), 64–74.

    >>> normalised_gain([40], [70])              # 30 of the 60 points still possible
    0.5
    >>> normalised_gain([40, 80], [70, 90])      # means 60 → 80: 20 of 40
    0.5
    >>> normalised_gain([40, 80], [70, 90], average="trainee")  # (0.5 + 0.5) / 2
    0.5
    """
    pre_a = pd.to_numeric(pd.Series(np.atleast_1d(np.asarray(pre, dtype=object))),
                          errors="coerce").astype(float)
    post_a = pd.to_numeric(pd.Series(np.atleast_1d(np.asarray(post, dtype=object))),
                           errors="coerce").astype(float)
    if len(pre_a) != len(post_a):
        raise ValueError(t("training.err.lengths", pre=len(pre_a), post=len(post_a)))
    both = pre_a.notna() & post_a.notna()
    pre_a, post_a = pre_a[both].to_numpy(), post_a[both].to_numpy()
    top = float(max_score)
    if not len(pre_a):
        raise ValueError(t("training.err.pairs", n=0))
    if (pre_a > top).any() or (post_a > top).any() or (pre_a < 0).any() or (post_a < 0).any():
        raise ValueError(t("training.err.range", max_score=f"{top:g}"))
    if average == "class":
        if math.isclose(pre_a.mean(), top):
            return math.nan
        return float((post_a.mean() - pre_a.mean()) / (top - pre_a.mean()))
    if average == "trainee":
        room = top - pre_a
        keep = room > 0
        return float(((post_a[keep] - pre_a[keep]) / room[keep]).mean()) if keep.any() \
            else math.nan
    raise ValueError(t("core.option", value=average, name="average",
                       choices=["class", "trainee"]))


def learning_gain(scores: pd.DataFrame, pre: str = "pre_test", post: str = "post_test", *,
                  max_score: float = 100.0, confidence: float = 0.95) -> pd.Series:
    """Level 2: the mean gain from the test before to the test after, over the trainees
    who sat both, with a paired interval and Hake's normalised gain.

    Formula: d_i = post_i − pre_i for the n trainees with both scores; mean gain d̄,
    sd s (n − 1), se = s / √n, interval d̄ ± t_{(1+c)/2, n−1} · se (the paired t
    interval: each trainee is compared with themself, so the spread of the gains
    counts, not the spread of the scores). ``normalised_gain`` is Hake's ⟨g⟩ of the same
    pairs (:func:`normalised_gain`).

    Returns a Series of floats: ``n`` (pairs), ``dropped`` (rows without both scores),
    ``mean_pre``, ``mean_post``, ``mean_gain``, ``sd_gain``, ``se``, ``ci_low``,
    ``ci_high``, ``normalised_gain`` (the confidence level in ``.attrs``).

    Source: the paired t interval (Student 1908); Hake (1998) for ⟨g⟩.

    Hand-worked example: gains 10, 20, 30, 40 → mean 25, s = 12.910, se = 6.455,
    t(0.975, 3) = 3.1824, interval 25 ± 20.54:

    >>> scores = pd.DataFrame({"pre_test": [50, 50, 40, 30], "post_test": [60, 70, 70, 70]})
    >>> r = learning_gain(scores)
    >>> float(r["mean_gain"]), round(float(r["ci_low"]), 2), round(float(r["ci_high"]), 2)
    (25.0, 4.46, 45.54)
    """
    _need(scores, [pre, post])
    confidence = _confidence(confidence)
    a, b = _numbers(scores, pre), _numbers(scores, post)
    for col, vals in ((pre, a), (post, b)):
        out = vals[(vals < 0) | (vals > float(max_score))]
        if len(out):
            row = out.index[0]
            raise ValueError(t("training.err.score", column=col, row=row,
                               value=_plain(scores[col][row]),
                               max_score=f"{float(max_score):g}"))
    both = a.notna() & b.notna()
    n = int(both.sum())
    if n < 2:
        raise ValueError(t("training.err.pairs", n=n))
    gain = (b - a)[both]
    mean, sd = float(gain.mean()), float(gain.std(ddof=1))
    se = sd / math.sqrt(n)
    half = _t((1 + confidence) / 2, n - 1) * se
    out = pd.Series({
        "n": n, "dropped": len(scores) - n,
        "mean_pre": a[both].mean(), "mean_post": b[both].mean(),
        "mean_gain": mean, "sd_gain": sd, "se": se,
        "ci_low": mean - half, "ci_high": mean + half,
        "normalised_gain": normalised_gain(a[both], b[both], max_score),
    }, dtype=float)
    out.attrs["confidence"] = confidence
    return out


# --------------------------------------------------------------------------- level 3
def adoption(observations: pd.DataFrame, items: Sequence[str] | None = None, *,
             trainee: str = "trainee_id", threshold: float = 0.75,
             by: str | None = None) -> pd.DataFrame:
    """Level 3: how many trainees show each checklist behaviour on the job.

    Rule: a trainee has *adopted* a behaviour when it was shown in at least
    ``threshold`` of that trainee's observed encounters (default ¾: three of four).
    Per behaviour, ``share`` = adopters ÷ trainees observed; ``rate`` is the plain share
    of encounters in which it was shown. The row ``all`` pools every (trainee,
    behaviour) pair: the share of the behaviours taught that are now habits.

    ``observations`` has one row per observed encounter, a ``trainee`` column and one
    0/1 column per behaviour (``items``; default: every column holding only 0, 1 and
    blanks other than ``trainee`` and ``by``). With ``by`` (e.g. ``"round"``) the shares
    are computed per value of that column and returned side by side (columns in the
    order the values first appear), to compare before and after the course.

    Source: the checklist observation of Kirkpatrick's level 3 (Kirkpatrick 1960); a
    behaviour counts as transferred when it is *maintained* on the job, not shown once
    (Baldwin & Ford 1988).

    >>> obs = pd.DataFrame({"trainee_id": ["a"] * 4 + ["b"] * 4,
    ...                     "greet": [1, 1, 1, 0, 1, 0, 0, 0]})
    >>> row = adoption(obs).loc["greet"]
    >>> int(row["trainees"]), int(row["adopted"]), float(row["share"])
    (2, 1, 0.5)
    """
    _need(observations, [trainee] + ([by] if by else []) + list(items or []))
    if not 0 < float(threshold) <= 1:
        raise ValueError(t("training.err.threshold", value=threshold))
    if items is None:
        skip = {trainee, by}
        items = [c for c in observations.columns if c not in skip and _binary(observations[c])]
        if not items:
            raise ValueError(t("training.err.no_items", found=list(map(str,
                                                                      observations.columns))))
    items = list(items)
    for item in items:
        values = observations[item]
        bad = values.notna() & ~values.isin([0, 1, True, False])
        if bad.any():
            row = bad.idxmax()
            raise ValueError(t("training.err.binary", column=item, row=row,
                               value=_plain(values[row])))
    if by is not None:
        shares = {}
        for key, part in observations.groupby(by, sort=False):
            shares[key] = adoption(part, items, trainee=trainee, threshold=threshold)["share"]
        out = pd.DataFrame(shares)
        out.columns.name = by
        return out
    shown = observations[items].astype(float)
    per = shown.groupby(observations[trainee]).mean()          # trainee × item: share shown
    adopted = per >= float(threshold) - 1e-9
    observed = per.notna()
    rows = {}
    for item in items:
        n = int(observed[item].sum())
        k = int((adopted[item] & observed[item]).sum())
        rows[item] = (n, k, k / n if n else math.nan, float(shown[item].mean()))
    n, k = int(observed.to_numpy().sum()), int((adopted & observed).to_numpy().sum())
    rows["all"] = (n, k, k / n if n else math.nan, float(np.nanmean(shown.to_numpy())))
    out = pd.DataFrame.from_dict(rows, orient="index",
                                 columns=["trainees", "adopted", "share", "rate"])
    out.index.name = "behaviour"
    return out


def _binary(values: pd.Series) -> bool:
    v = values.dropna()
    return bool(len(v)) and bool(v.isin([0, 1, True, False]).all())


# --------------------------------------------------------------------------- level 4
def _panel(panel: pd.DataFrame, outcome: str, group: str, period: str, unit: str,
           treated: Any, pre: Any, post: Any) -> pd.DataFrame:
    """Per unit: its group (treated True/False) and its mean outcome before and after."""
    _need(panel, [unit, group, period, outcome])
    y = _numbers(panel, outcome)
    groups = set(panel[group].dropna().unique())
    if treated not in groups or len(groups) != 2:
        raise ValueError(t("training.err.groups", column=group, treated=treated,
                           found=sorted(map(str, groups))))
    periods = panel[period]
    unknown = sorted(map(str, set(periods.dropna().unique()) - {pre, post}))
    if unknown:
        raise ValueError(t("training.err.periods", column=period, unknown=unknown,
                           pre=pre, post=post))
    both = panel[[unit, group]].drop_duplicates()
    twice = both[unit][both[unit].duplicated()]
    if len(twice):
        raise ValueError(t("training.err.unit_group", unit=_plain(twice.iloc[0]), column=group))
    data = pd.DataFrame({"unit": panel[unit], "treated": panel[group] == treated,
                         "period": periods, "y": y}).dropna(subset=["y"])
    means = data.groupby(["unit", "period"])["y"].mean().unstack("period")
    for p in (pre, post):
        if p not in means.columns:
            means[p] = math.nan
    lacking = means.index[means[[pre, post]].isna().any(axis=1)]
    if len(lacking):
        raise ValueError(t("training.err.unit_period", unit=_plain(lacking[0]), pre=pre,
                           post=post))
    out = pd.DataFrame({"treated": data.groupby("unit")["treated"].first(),
                        "pre": means[pre], "post": means[post]})
    out["change"] = out["post"] - out["pre"]
    for flag in (True, False):
        if (out["treated"] == flag).sum() < 2:
            raise ValueError(t("training.err.units", column=group,
                               n=int((out["treated"] == flag).sum())))
    return out


def _cluster_ols(panel: pd.DataFrame, outcome: str, group: str, period: str, unit: str,
                 treated: Any, post: Any) -> tuple[float, float, int]:
    """OLS of y on 1, T, Post, T·Post; the interaction and its CR1 cluster-robust SE."""
    y = _numbers(panel, outcome)
    keep = y.notna()
    tr = (panel.loc[keep, group] == treated).to_numpy(float)
    po = (panel.loc[keep, period] == post).to_numpy(float)
    x = np.column_stack([np.ones_like(tr), tr, po, tr * po])
    yv = y[keep].to_numpy(float)
    xtx_inv = np.linalg.inv(x.T @ x)
    beta = xtx_inv @ x.T @ yv
    resid = yv - x @ beta
    clusters = panel.loc[keep, unit].to_numpy()
    meat = np.zeros((4, 4))
    for c in pd.unique(clusters):
        s = x[clusters == c].T @ resid[clusters == c]
        meat += np.outer(s, s)
    n, k, g = len(yv), x.shape[1], len(pd.unique(clusters))
    v = xtx_inv @ meat @ xtx_inv * (g / (g - 1)) * ((n - 1) / (n - k))
    return float(beta[3]), float(math.sqrt(v[3, 3])), g


def did(panel: pd.DataFrame, outcome: str, *, group: str = "trained", period: str = "period",
        unit: str = "branch", treated: Any = 1, pre: Any = "pre", post: Any = "post",
        method: str = "bootstrap", n_boot: int = 2000, seed: int = 0,
        confidence: float = 0.95) -> pd.Series:
    """Level 4: the difference-in-differences of a KQI between trained and untrained
    units, with an interval.

    Formula: DiD = (T_post − T_pre) − (C_post − C_pre), where T_pre is the mean over the
    trained units of each unit's mean ``outcome`` before (rows with ``period == pre``),
    and so on: every unit weighs the same, and when every unit has the same months this
    equals the mean over all unit-months. ``treated_change`` = T_post − T_pre is the
    *naive* before-after effect; ``control_change`` is what happened anyway. The DiD
    attributes the difference to the training only under the **parallel-trends
    assumption**: without training, the trained units would have changed like the
    untrained ones (look at :func:`pre_trends`).

    Interval (``method``):

    * ``"bootstrap"`` (default): resample the trained units with replacement, and the
      untrained ones, ``n_boot`` times (``seed`` fixes the draws), recompute the DiD,
      take the percentile interval; ``se`` is the SD of the bootstrap DiDs.
    * ``"ols"``: OLS of y on 1, T, Post and T·Post over all rows, the DiD is the
      coefficient of T·Post; standard error cluster-robust by unit (CR1:
      ``(X'X)⁻¹ Σ_g X_g'u_g u_g'X_g (X'X)⁻¹ · G/(G−1) · (N−1)/(N−K)``), interval with
      Student's t on G − 1 degrees of freedom. Rows within a unit are correlated, so
      plain OLS errors would be far too small (Bertrand, Duflo & Mullainathan 2004).

    Returns a Series of floats: ``treated_pre``, ``treated_post``, ``control_pre``,
    ``control_post``, ``treated_change``, ``control_change``, ``did``, ``se``,
    ``ci_low``, ``ci_high``, ``units_treated``, ``units_control`` (``method`` and
    ``confidence`` in ``.attrs``).

    Sources: Card & Krueger (1994) for the design; METHODS.md 8.3 for the known answer
    (trained 0.72 → 0.84, untrained 0.70 → 0.74: DiD = +0.08); Efron & Tibshirani
    (1993) for the bootstrap; Cameron & Miller (2015) for cluster-robust errors.

    >>> panel = pd.DataFrame({"branch": list("AABBCCDD"), "trained": [1] * 4 + [0] * 4,
    ...                       "period": ["pre", "post"] * 4,
    ...                       "fcr": [0.71, 0.83, 0.73, 0.85, 0.69, 0.73, 0.71, 0.75]})
    >>> r = did(panel, "fcr")
    >>> [round(float(r[k]), 6) for k in ("treated_change", "control_change", "did")]
    [0.12, 0.04, 0.08]
    """
    confidence = _confidence(confidence)
    if method not in METHODS:
        raise ValueError(t("core.option", value=method, name="method", choices=list(METHODS)))
    units = _panel(panel, outcome, group, period, unit, treated, pre, post)
    tr, co = units[units["treated"]], units[~units["treated"]]
    out: dict[str, Any] = {
        "treated_pre": float(tr["pre"].mean()), "treated_post": float(tr["post"].mean()),
        "control_pre": float(co["pre"].mean()), "control_post": float(co["post"].mean())}
    out["treated_change"] = out["treated_post"] - out["treated_pre"]
    out["control_change"] = out["control_post"] - out["control_pre"]
    alpha = 1 - confidence
    if method == "bootstrap":
        if int(n_boot) < 100:
            raise ValueError(t("training.err.n_boot", value=n_boot))
        out["did"] = out["treated_change"] - out["control_change"]
        rng = np.random.default_rng(seed)
        a, b = tr["change"].to_numpy(float), co["change"].to_numpy(float)
        boot = (a[rng.integers(0, len(a), (int(n_boot), len(a)))].mean(axis=1)
                - b[rng.integers(0, len(b), (int(n_boot), len(b)))].mean(axis=1))
        out["se"] = float(boot.std(ddof=1))
        low, high = np.quantile(boot, [alpha / 2, 1 - alpha / 2])
        out["ci_low"], out["ci_high"] = float(low), float(high)
    else:
        rows = panel[panel[period].isin([pre, post])]
        estimate, se, g = _cluster_ols(rows, outcome, group, period, unit, treated, post)
        half = _t(1 - alpha / 2, g - 1) * se
        out.update(did=estimate, se=se, ci_low=estimate - half, ci_high=estimate + half)
    out.update(units_treated=len(tr), units_control=len(co))
    order = ["treated_pre", "treated_post", "control_pre", "control_post", "treated_change",
             "control_change", "did", "se", "ci_low", "ci_high", "units_treated",
             "units_control"]
    result = pd.Series({k: out[k] for k in order}, dtype=float)
    result.attrs.update(confidence=confidence, method=method)
    return result


def did_table(result: pd.Series) -> pd.DataFrame:
    """The 2 × 2 table of a :func:`did` result: rows treated, control and their
    difference; columns pre, post and change (the bottom-right cell is the DiD).

    >>> r = pd.Series({"treated_pre": 0.72, "treated_post": 0.84, "control_pre": 0.70,
    ...                "control_post": 0.74})
    >>> round(float(did_table(r).loc["difference", "change"]), 6)
    0.08
    """
    table = pd.DataFrame({"pre": [result["treated_pre"], result["control_pre"]],
                          "post": [result["treated_post"], result["control_post"]]},
                         index=["treated", "control"], dtype=float)
    table.loc["difference"] = table.loc["treated"] - table.loc["control"]
    table["change"] = table["post"] - table["pre"]
    return table


def group_means(panel: pd.DataFrame, outcome: str, *, group: str = "trained",
                time: str = "month") -> pd.DataFrame:
    """Mean ``outcome`` per ``time`` (rows, sorted) and ``group`` (columns): the two lines
    of the parallel-trends plot.

    >>> panel = pd.DataFrame({"month": ["2025-01", "2025-01", "2025-02", "2025-02"],
    ...                       "trained": [1, 0, 1, 0], "fcr": [0.7, 0.6, 0.8, 0.7]})
    >>> group_means(panel, "fcr").loc["2025-02"].tolist()
    [0.7, 0.8]
    """
    _need(panel, [group, time, outcome])
    y = _numbers(panel, outcome)
    out = y.groupby([panel[time], panel[group]]).mean().unstack(group).sort_index()
    out.columns.name = group
    return out


def pre_trends(panel: pd.DataFrame, outcome: str, *, group: str = "trained",
               time: str = "month", period: str = "period", treated: Any = 1,
               pre: Any = "pre") -> pd.DataFrame:
    """The parallel-trends look: the slope of each group's mean ``outcome`` per time step
    over the periods before the course, and the difference of the two slopes.

    Formula: for each group, the least-squares slope b of its mean per ``time``
    (:func:`group_means`) on the position 0, 1, 2 … of the sorted pre-course times
    (equally spaced, e.g. months); ``difference`` = b_treated − b_control. Near zero
    supports (it cannot prove) the assumption that the groups would have moved alike
    without the course; ``over_period`` is the slope times the number of steps between
    the first and last pre-course time.

    >>> panel = pd.DataFrame({"month": ["m1", "m1", "m2", "m2", "m3", "m3"],
    ...                       "trained": [1, 0] * 3, "period": ["pre"] * 6,
    ...                       "fcr": [0.70, 0.68, 0.71, 0.69, 0.72, 0.70]})
    >>> pre_trends(panel, "fcr")["slope"].round(4).tolist()
    [0.01, 0.01, 0.0]
    """
    _need(panel, [group, time, period, outcome])
    rows = panel[panel[period] == pre]
    if rows.empty:
        raise ValueError(t("training.err.no_pre", column=period, pre=pre))
    means = group_means(rows, outcome, group=group, time=time)
    if treated not in means.columns or len(means.columns) != 2:
        raise ValueError(t("training.err.groups", column=group, treated=treated,
                           found=sorted(map(str, means.columns))))
    if len(means) < 2:
        raise ValueError(t("training.err.steps", n=len(means)))
    control = next(c for c in means.columns if c != treated)
    x = np.arange(len(means), dtype=float)
    slope = {}
    for name, col in (("treated", treated), ("control", control)):
        yv = means[col].to_numpy(float)
        ok = ~np.isnan(yv)
        slope[name] = float(np.polyfit(x[ok], yv[ok], 1)[0])
    slope["difference"] = slope["treated"] - slope["control"]
    out = pd.DataFrame({"slope": slope})
    out["over_period"] = out["slope"] * (len(means) - 1)
    return out
