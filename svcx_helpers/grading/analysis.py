"""Item analysis of a graded assignment: how hard each task was and how well it separated
stronger from weaker learners. Pure functions on a score matrix (learners × tasks).

Definitions (classical test theory; the methods reference, section 8.2):

* **Facility** (difficulty index) of task j: ``p_j = mean_i(x_ij / max_j)``, the mean share
  of the task's points earned.
* **Discrimination**, default the **corrected point-biserial** ``r(x_j, R_j)``: Pearson's
  correlation between the task's score and the *rest score* ``R_ij = T_i − x_ij`` (the
  total without the task), so that the task does not correlate with itself
  (Henrysson 1963; Crocker & Algina 1986, ch. 14). Alternatives:
  ``method="point_biserial_total"`` (uncorrected, against the total ``T_i``; inflated by
  the part-whole overlap, most for short tests) and ``method="upper_lower"``, Kelley's
  (1939) index ``D = p_upper − p_lower`` over the top and bottom 27 % of learners by total,
  ``k = ⌊0.27·n + 0.5⌋`` learners each; learners with equal totals keep their input order
  (a stable sort), which decides ties at a group's boundary.
* **Flags** in common use: ``p < 0.2`` (too hard), ``p > 0.9`` (too easy), discrimination
  ``< 0`` (stronger learners did worse: check the key).

A task everybody scored the same on (or a rest score without variance) has no
correlation: its discrimination is NaN, not 0.

Example (the known-answer vector of the methods reference)
----------------------------------------------------------
>>> scores = [[1,1,1,1],[1,1,1,0],[1,1,0,1],[1,0,1,0],[1,1,0,0],[0,1,1,0],[1,0,0,1],
...           [1,0,0,0],[0,0,0,0],[0,0,0,0]]
>>> facility(scores).round(6).tolist()
[0.7, 0.5, 0.4, 0.3]
>>> point_biserial(scores).round(6).tolist()
[0.356348, 0.436436, 0.199205, 0.256776]
>>> upper_lower(scores).round(6).tolist()
[0.666667, 1.0, 0.666667, 0.666667]
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

METHODS = ("point_biserial_rest", "point_biserial_total", "upper_lower")
UPPER_LOWER_SHARE = 0.27
TOO_HARD = 0.2
TOO_EASY = 0.9


def _matrix(scores: Any) -> np.ndarray:
    x = np.asarray(scores, dtype=float)
    if x.ndim != 2:
        raise ValueError(f"scores must be a learners × tasks matrix, got shape {x.shape}")
    return x


def _max_points(x: np.ndarray, max_points: Sequence[float] | None) -> np.ndarray:
    if max_points is None:
        return np.ones(x.shape[1])
    m = np.asarray(max_points, dtype=float)
    if m.shape != (x.shape[1],) or (m <= 0).any():
        raise ValueError("max_points needs one positive number per task")
    return m


def facility(scores: Any, max_points: Sequence[float] | None = None) -> np.ndarray:
    """Facility ``p_j``: the mean share of task j's points earned (NaN without learners)."""
    x = _matrix(scores)
    if x.shape[0] == 0:
        return np.full(x.shape[1], np.nan)
    return (x / _max_points(x, max_points)).mean(axis=0)


def pearson(a: Any, b: Any) -> float:
    """Pearson's correlation of two equally long vectors; NaN when either has no variance.

    >>> pearson([1, 2, 3], [2, 4, 7]) > 0.99
    True
    >>> import math; math.isnan(pearson([1, 1, 1], [1, 2, 3]))
    True
    """
    x, y = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if len(x) < 2:
        return math.nan
    dx, dy = x - x.mean(), y - y.mean()
    sxx, syy = float(dx @ dx), float(dy @ dy)
    # a spread below rounding noise is no spread
    if sxx <= 1e-12 * max(1.0, float(x @ x)) or syy <= 1e-12 * max(1.0, float(y @ y)):
        return math.nan
    return float(dx @ dy) / math.sqrt(sxx * syy)


def point_biserial(scores: Any, corrected: bool = True) -> np.ndarray:
    """Correlation of each task's score with the rest score ``T − x_j`` (``corrected``, the
    default) or with the total ``T`` (uncorrected). Points, not shares: a correlation does
    not depend on the scale of either variable."""
    x = _matrix(scores)
    total = x.sum(axis=1)
    return np.array([pearson(x[:, j], total - x[:, j] if corrected else total)
                     for j in range(x.shape[1])])


def upper_lower_groups(totals: Any, share: float = UPPER_LOWER_SHARE
                       ) -> tuple[list[int], list[int]]:
    """Indices of the upper and lower groups: ``k = ⌊share·n + 0.5⌋`` learners with the
    highest and the lowest totals; equal totals keep their input order (stable sort).

    >>> upper_lower_groups([4, 3, 3, 2, 2, 2, 2, 1, 0, 0])
    ([0, 1, 2], [7, 8, 9])
    """
    t = np.asarray(totals, dtype=float)
    n = len(t)
    k = min(n // 2, math.floor(share * n + 0.5))
    if k == 0:
        return [], []
    order = sorted(range(n), key=lambda i: -t[i])  # stable: ties keep input order
    upper = sorted(order[:k])
    lower = sorted(order[n - k:])
    return upper, lower


def upper_lower(scores: Any, max_points: Sequence[float] | None = None,
                share: float = UPPER_LOWER_SHARE) -> np.ndarray:
    """Kelley's upper–lower index ``D_j = p_upper − p_lower`` (facility in each group)."""
    x = _matrix(scores)
    upper, lower = upper_lower_groups(x.sum(axis=1), share)
    if not upper:
        return np.full(x.shape[1], np.nan)
    return facility(x[upper], max_points) - facility(x[lower], max_points)


def discrimination(scores: Any, method: str = "point_biserial_rest",
                   max_points: Sequence[float] | None = None) -> np.ndarray:
    """Discrimination of each task by ``method``: ``point_biserial_rest`` (default),
    ``point_biserial_total`` or ``upper_lower``."""
    if method == "point_biserial_rest":
        return point_biserial(scores, corrected=True)
    if method == "point_biserial_total":
        return point_biserial(scores, corrected=False)
    if method == "upper_lower":
        return upper_lower(scores, max_points)
    raise ValueError(f"method must be one of {', '.join(METHODS)}, not {method!r}")


def flags(p: float, d: float, too_hard: float = TOO_HARD, too_easy: float = TOO_EASY
          ) -> list[str]:
    """``too-hard`` (p < 0.2), ``too-easy`` (p > 0.9), ``negative`` (discrimination < 0).

    >>> flags(0.95, -0.1)
    ['too-easy', 'negative']
    """
    out = []
    if not math.isnan(p) and p < too_hard:
        out.append("too-hard")
    if not math.isnan(p) and p > too_easy:
        out.append("too-easy")
    if not math.isnan(d) and d < 0:
        out.append("negative")
    return out


def shares(scores: Any, max_points: Sequence[float] | None = None
           ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per task, the share of learners with all the points (right), some (partial), none
    (wrong).

    >>> [s.round(3).tolist() for s in shares([[2, 0], [1, 1], [0, 1]], [2, 1])]
    [[0.333, 0.667], [0.333, 0.0], [0.333, 0.333]]
    """
    x = _matrix(scores)
    m = _max_points(x, max_points)
    if x.shape[0] == 0:
        nan = np.full(x.shape[1], np.nan)
        return nan, nan, nan
    full, none = x >= m - 1e-9, x <= 1e-9
    return full.mean(axis=0), (~full & ~none).mean(axis=0), none.mean(axis=0)


def median_quartiles(totals: Sequence[float]) -> tuple[float, float, float]:
    """(lower quartile, median, upper quartile) of the totals (linear interpolation, the
    default of numpy and of Excel's QUARTILE.INC); NaNs without totals.

    >>> median_quartiles([1, 2, 3, 4, 5])
    (2.0, 3.0, 4.0)
    """
    if not len(totals):
        return math.nan, math.nan, math.nan
    q1, q2, q3 = np.percentile(np.asarray(totals, dtype=float), [25, 50, 75])
    return float(q1), float(q2), float(q3)
