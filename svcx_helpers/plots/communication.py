"""Plots of service conversations: one conversation turn by turn, and escalation rates with
and without a forbidden phrase (lazy).

Example
-------
>>> from svcx_helpers import communication, load_dataset
>>> df = load_dataset("service_transcripts")
>>> ax = communication.plot_conversation(df, "C001")  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from ..communication import (
    CHANNELS,
    ESCALATION,
    PhraseStandard,
    classify_turns,
    codes,
    escalation_rates,
    went_wrong,
)
from ..i18n import t
from .style import OKABE_ITO, new_axes

LABEL_COLORS = {"forbidden": OKABE_ITO["vermillion"], "standard": OKABE_ITO["blue"],
                "neutral": OKABE_ITO["grey"]}


def channel_name(channel: Any) -> str:
    """The channel's name in the current language (its code when unknown)."""
    return t(f"communication.channel.{channel}") if channel in CHANNELS else str(channel)


def plot_conversation(transcripts: pd.DataFrame, conversation: str, ax: Any = None,
                      standard: PhraseStandard | None = None) -> Any:
    """One conversation turn by turn: the customer's sentiment (line), each staff turn as a
    square coloured by its label (forbidden, standard phrases, neutral), escalations (▲)
    and the turn where it went wrong (dashed line, :func:`went_wrong`)."""
    df = classify_turns(transcripts, standard)
    g = df[df["conversation"] == conversation]
    if g.empty:
        known = sorted(map(str, df["conversation"].unique()))
        raise ValueError(t("communication.err.conversation", conversation=conversation,
                           first=", ".join(known[:5])))
    ax = new_axes(ax, figsize=(8.5, 3.8))
    customer = g[g["speaker"] == "customer"]
    if "sentiment" in g.columns:
        rated = customer.dropna(subset=["sentiment"])
        ax.plot(rated["turn"], rated["sentiment"], marker="o", color=OKABE_ITO["black"],
                zorder=3, label=t("communication.plot.sentiment"))
    staff = g[g["speaker"] == "staff"]
    for label, color in LABEL_COLORS.items():
        turns = staff.loc[staff["label"] == label, "turn"]
        if len(turns):
            ax.scatter(turns, np.full(len(turns), -2.6), marker="s", s=90, color=color,
                       zorder=3, label=t(f"communication.label.{label}"))
    if "annotation" in g.columns:
        esc = customer.loc[customer["annotation"].map(lambda a: ESCALATION in codes(a))]
        if len(esc):
            y = esc["sentiment"] if "sentiment" in esc.columns else pd.Series(0, index=esc.index)
            ax.scatter(esc["turn"], y.fillna(0) + 0.35, marker="^", s=110,
                       color=OKABE_ITO["vermillion"], zorder=4,
                       label=t("communication.plot.escalation"))
    wrong = went_wrong(g, standard=standard).iloc[0]
    if pd.notna(wrong["turn"]):
        ax.axvline(int(wrong["turn"]), color="#333333", linestyle="--", linewidth=1,
                   label=t("communication.plot.went_wrong", turn=int(wrong["turn"])))
    ax.set_xticks(list(g["turn"]))
    ax.set_xlim(g["turn"].min() - 0.5, g["turn"].max() + 0.5)
    ax.set_ylim(-3.0, 2.8)
    ax.set_yticks([-2, -1, 0, 1, 2])
    ax.set_xlabel(t("communication.axis.turn"))
    ax.set_ylabel(t("communication.axis.sentiment"))
    ax.axhline(0, color="#cccccc", linewidth=0.8, zorder=1)
    channel = g["channel"].iloc[0] if "channel" in g.columns else ""
    ax.set_title(t("communication.title.conversation", conversation=conversation,
                   channel=channel_name(channel)), loc="left", fontsize=11, fontweight="bold")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    return ax


def plot_escalation(summary: pd.DataFrame, by: str = "channel", ax: Any = None) -> Any:
    """Escalation rate (%) of conversations with and without a forbidden phrase, per value
    of ``by`` (:func:`~svcx_helpers.communication.escalation_rates`), with the number of
    conversations under each bar."""
    rates = escalation_rates(summary, by=by)
    order = [c for c in CHANNELS if c in rates.index] + [c for c in rates.index
                                                         if c not in CHANNELS]
    rates = rates.loc[order]
    ax = new_axes(ax, figsize=(8.0, 4.0))
    x = np.arange(len(rates))
    width = 0.38
    for offset, column, n_column, color, label in (
            (-width / 2, "with_forbidden", "n_with", OKABE_ITO["vermillion"],
             t("communication.plot.with_forbidden")),
            (width / 2, "without_forbidden", "n_without", OKABE_ITO["blue"],
             t("communication.plot.without_forbidden"))):
        values = rates[column].fillna(0) * 100
        ax.bar(x + offset, values, width, color=color, label=label, zorder=2)
        for xi, v, n in zip(x + offset, values, rates[n_column], strict=True):
            ax.text(xi, v + 1.5, f"{v:.0f}%\n(n={int(n)})", ha="center", va="bottom",
                    fontsize=7)
    ax.set_xticks(x, [channel_name(c) for c in rates.index])
    ax.set_ylabel(t("communication.axis.escalation"))
    ax.set_ylim(0, max(100.0, float(rates[["with_forbidden", "without_forbidden"]].max().max()
                                      * 100 + 20)))
    ax.legend(loc="upper right", fontsize=8, frameon=False)
    ax.set_title(t("communication.title.escalation"), loc="left", fontsize=11,
                 fontweight="bold")
    return ax
