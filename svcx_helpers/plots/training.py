"""Training-evaluation plots: the parallel-trends look, the difference-in-differences
picture, the distribution of test gains and adoption on the job (lazy).

Example
-------
>>> from svcx_helpers import training, load_dataset
>>> ax = training.plot_trends(load_dataset("training_fcr").assign(
...     fcr=lambda d: d["resolved_first"] / d["contacts"]), "fcr")  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from ..i18n import t
from ..training import group_means, learning_gain
from .style import OKABE_ITO, new_axes

TREATED = OKABE_ITO["blue"]
CONTROL = OKABE_ITO["orange"]


def plot_trends(panel: pd.DataFrame, outcome: str, *, group: str = "trained",
                time: str = "month", period: str = "period", treated: Any = 1,
                post: Any = "post", ax: Any = None, label: str | None = None) -> Any:
    """The mean ``outcome`` per ``time`` of the trained and the untrained units (two
    lines), the months after the course shaded: before the course the lines should run
    parallel (:func:`~svcx_helpers.training.pre_trends`)."""
    ax = new_axes(ax, figsize=(8.5, 4.4))
    means = group_means(panel, outcome, group=group, time=time)
    x = np.arange(len(means))
    control = next((c for c in means.columns if c != treated), None)
    for col, color, key, marker in ((treated, TREATED, "training.group.treated", "o"),
                                    (control, CONTROL, "training.group.control", "s")):
        if col in means.columns:
            ax.plot(x, means[col], marker=marker, color=color, label=t(key), zorder=3)
    after = panel.loc[panel[period] == post, time].unique()
    first = [i for i, m in enumerate(means.index) if m in set(after)]
    if first:
        ax.axvspan(first[0] - 0.5, len(means) - 0.5, color="#eeeeee", zorder=0)
        ax.text(first[0] - 0.45, ax.get_ylim()[1], t("training.label.course"), va="top",
                fontsize=8, color="#555555")
    ax.set_xticks(x, [str(i) for i in means.index], rotation=45, ha="right", fontsize=8)
    ax.set_xlabel(t("training.axis.month"))
    name = label or str(outcome)
    ax.set_ylabel(name)
    ax.legend(frameon=False, fontsize=8, loc="lower right")
    ax.set_title(t("training.title.trends", outcome=name), loc="left", fontsize=11,
                 fontweight="bold")
    return ax


def plot_did(result: pd.Series | Mapping[str, float], ax: Any = None,
             label: str | None = None) -> Any:
    """The difference-in-differences picture of a :func:`~svcx_helpers.training.did`
    result: both groups before and after, the trained units' counterfactual (their
    start plus the untrained units' change, dashed) and the DiD between its end and
    what happened."""
    ax = new_axes(ax, figsize=(6.5, 4.6))
    r = {k: float(result[k]) for k in ("treated_pre", "treated_post", "control_pre",
                                        "control_post", "did", "ci_low", "ci_high")}
    x = [0, 1]
    ax.plot(x, [r["treated_pre"], r["treated_post"]], marker="o", color=TREATED,
            label=t("training.group.treated"), zorder=3)
    ax.plot(x, [r["control_pre"], r["control_post"]], marker="s", color=CONTROL,
            label=t("training.group.control"), zorder=3)
    counterfactual = r["treated_pre"] + (r["control_post"] - r["control_pre"])
    ax.plot(x, [r["treated_pre"], counterfactual], linestyle="--", color=TREATED, alpha=0.6,
            label=t("training.label.counterfactual"))
    ax.annotate("", xy=(1.04, r["treated_post"]), xytext=(1.04, counterfactual),
                arrowprops={"arrowstyle": "<->", "color": "#333333"})
    ax.text(1.07, (r["treated_post"] + counterfactual) / 2,
            t("training.label.did", value=f"{r['did']:+.3f}"), va="center", fontsize=9)
    ax.set_xticks(x, [t("training.label.before"), t("training.label.after")])
    ax.set_xlim(-0.25, 1.45)
    ax.set_ylabel(label or "")
    ax.legend(frameon=False, fontsize=8, loc="upper left")
    ax.set_title(t("training.title.did", value=f"{r['did']:+.3f}", low=f"{r['ci_low']:+.3f}",
                   high=f"{r['ci_high']:+.3f}"), loc="left", fontsize=11, fontweight="bold")
    return ax


def plot_gain(scores: pd.DataFrame, pre: str = "pre_test", post: str = "post_test",
              ax: Any = None, max_score: float = 100.0) -> Any:
    """Histogram of each trainee's gain (after − before, trainees with both scores), the
    mean gain as a line and its paired interval shaded
    (:func:`~svcx_helpers.training.learning_gain`)."""
    ax = new_axes(ax, figsize=(7.0, 4.2))
    r = learning_gain(scores, pre, post, max_score=max_score)
    gain = (pd.to_numeric(scores[post], errors="coerce")
            - pd.to_numeric(scores[pre], errors="coerce")).dropna()
    step = 5.0
    edges = np.arange(np.floor(gain.min() / step) * step - step / 2,
                      np.ceil(gain.max() / step) * step + step, step)
    ax.hist(gain, bins=edges, color=OKABE_ITO["sky"], edgecolor="white", zorder=2)
    ax.axvspan(r["ci_low"], r["ci_high"], color=OKABE_ITO["blue"], alpha=0.15, zorder=1)
    ax.axvline(r["mean_gain"], color=OKABE_ITO["blue"], linewidth=2, zorder=3)
    ax.axvline(0, color="#333333", linestyle="--", linewidth=1)
    ax.text(r["mean_gain"], ax.get_ylim()[1] * 0.95,
            " " + t("training.label.mean_gain", value=f"{r['mean_gain']:+.1f}"),
            fontsize=9, va="top")
    ax.set_xlabel(t("training.axis.gain"))
    ax.set_ylabel(t("training.axis.trainees"))
    ax.set_title(t("training.title.gain", n=int(r["n"])), loc="left", fontsize=11,
                 fontweight="bold")
    return ax


def plot_adoption(table: pd.DataFrame, ax: Any = None, threshold: float = 0.75,
                  labels: Mapping[str, str] | None = None) -> Any:
    """Horizontal bars of the adoption share per behaviour
    (:func:`~svcx_helpers.training.adoption`): one bar per behaviour, or, for a table
    made with ``by`` (e.g. before and after), one bar per column side by side."""
    ax = new_axes(ax, figsize=(7.5, 4.4))
    data = table[["share"]] if "share" in table.columns else table
    data = data.drop(index="all", errors="ignore")
    y = np.arange(len(data))
    height = 0.8 / len(data.columns)
    colors = [OKABE_ITO["grey"], OKABE_ITO["blue"], OKABE_ITO["green"], OKABE_ITO["orange"]]
    names = {"pre": t("training.label.before"), "post": t("training.label.after")}
    for j, col in enumerate(data.columns):
        offset = (j - (len(data.columns) - 1) / 2) * height
        ax.barh(y - offset, data[col] * 100, height=height, color=colors[j % len(colors)],
                label=names.get(str(col), str(col)), zorder=2)
    ax.set_yticks(y, [(labels or {}).get(str(i), str(i).replace("_", " ")) for i in data.index],
                  fontsize=9)
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel(t("training.axis.adopted"))
    if len(data.columns) > 1:
        ax.legend(frameon=False, fontsize=8, loc="lower right")
    ax.set_title(t("training.title.adoption", threshold=f"{threshold:.0%}"), loc="left",
                 fontsize=11, fontweight="bold")
    return ax
