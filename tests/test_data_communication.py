"""The service transcripts (data/service_transcripts.csv, issue 18): the committed file is
what the generator writes, its shape and codes are as the data card says, and every
planted effect of the card is found by svcx_helpers.communication."""

from __future__ import annotations

import importlib.util
import itertools
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from svcx_helpers import communication as cm

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
COLUMNS = ["conversation", "language", "channel", "speaker", "turn", "text", "sentiment",
           "annotation"]


def _load_generator():
    spec = importlib.util.spec_from_file_location("svcx_data_generate_cm", DATA / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


gen = _load_generator()


@pytest.fixture(scope="module")
def raw() -> pd.DataFrame:
    return pd.read_csv(DATA / gen.TRANSCRIPTS_FILE, encoding="utf-8")


@pytest.fixture(scope="module")
def turns(raw: pd.DataFrame) -> pd.DataFrame:
    """Classified turns with the planted type and the coder's codes."""
    df = cm.classify_turns(raw)
    df["type"] = df["conversation"].map(gen.planted_types())
    df["codes"] = df["annotation"].map(cm.codes)
    return df


@pytest.fixture(scope="module")
def summary(raw: pd.DataFrame) -> pd.DataFrame:
    s = cm.summarise(raw)
    s["type"] = s.index.map(gen.planted_types())
    return s


# ------------------------------------------------------------------ reproducibility
def test_committed_file_equals_a_fresh_generation(tmp_path: Path) -> None:
    paths = gen.write_communication(tmp_path)
    assert [p.name for p in paths] == [gen.TRANSCRIPTS_FILE]
    fresh = (tmp_path / gen.TRANSCRIPTS_FILE).read_bytes()
    assert fresh == (DATA / gen.TRANSCRIPTS_FILE).read_bytes(), \
        "data/service_transcripts.csv is stale: run python data/generate.py"
    assert b"\r" not in fresh
    assert gen.TRANSCRIPTS_FILE in [p.name for p in gen.write_all(tmp_path / "all")]


def test_own_stream_and_other_seeds_keep_the_design() -> None:
    other = gen.generate_service_transcripts(seed=7)
    assert other["conversation"].nunique() == 240
    assert not other.equals(gen.generate_service_transcripts())
    # the other generators do not share the stream: the transcripts do not move them
    assert gen.generate_hotline_arrivals().equals(gen.generate_hotline_arrivals())


# --------------------------------------------------------------------- shape, codes
def test_shape_and_columns(raw: pd.DataFrame) -> None:
    assert list(raw.columns) == COLUMNS
    assert len(raw) == 2526
    conv = raw.groupby("conversation")
    assert conv.ngroups == 240
    assert sorted(raw["conversation"].unique()) == [f"C{i:03d}" for i in range(1, 241)]
    assert conv["language"].nunique().max() == 1 and conv["channel"].nunique().max() == 1
    assert conv["language"].first().value_counts().to_dict() == {"en": 120, "zh": 120}
    channels = conv["channel"].first()
    assert channels.value_counts().to_dict() == {"window": 84, "hotline": 84, "chat": 36,
                                                 "email": 36}
    by_lang = pd.crosstab(conv["language"].first(), channels)
    assert (by_lang.loc[:, ["window", "hotline", "chat", "email"]] == [42, 42, 18, 18]).all(
        axis=None)
    assert set(conv.size()) == {9, 10, 12}
    # turns 1, 2, … without gaps; speakers alternate; e-mails start with the customer
    for name, g in conv:
        assert g["turn"].tolist() == list(range(1, len(g) + 1)), name
        speakers = g["speaker"].tolist()
        first = "customer" if g["channel"].iloc[0] == "email" else "staff"
        assert speakers[0] == first, name
        assert all(a != b for a, b in itertools.pairwise(speakers)), name


def test_sentiment_and_annotation_codes(raw: pd.DataFrame) -> None:
    staff = raw[raw["speaker"] == "staff"]
    customer = raw[raw["speaker"] == "customer"]
    assert staff["sentiment"].isna().all()
    assert customer["sentiment"].notna().all()
    assert set(customer["sentiment"]) <= {-2, -1, 0, 1, 2}
    codes = staff["annotation"].dropna().map(cm.codes)
    assert set().union(*codes) == {"greeting", "acknowledge", "next_step", "thanks",
                                   "forbidden"}
    assert set(customer["annotation"].dropna()) == {"escalation"}
    # the coder never codes a forbidden phrase together with a next step or thanks
    assert not any({"forbidden", "next_step"} <= c for c in codes)


def test_checker_runs_clean_on_the_file(raw: pd.DataFrame) -> None:
    checked = cm.read_transcripts(raw)
    assert len(checked) == len(raw)
    assert checked["text"].str.len().min() > 0


def test_showcase_conversations(turns: pd.DataFrame) -> None:
    for conv, lang, channel in (("C001", "en", "window"), ("C002", "zh", "hotline")):
        g = turns[turns["conversation"] == conv].set_index("turn")
        assert (g["language"].iloc[0], g["channel"].iloc[0], len(g)) == (lang, channel, 10)
        assert g.loc[5, "label"] == "forbidden" and g.loc[5, "codes"] == {"forbidden"}
        assert g.loc[6, "codes"] == {"escalation"} and g.loc[6, "sentiment"] == -2
        assert g.loc[7, "codes"] == {"acknowledge", "next_step"}
    w = cm.went_wrong(turns)
    assert w.loc[["C001", "C002"], "turn"].tolist() == [5, 5]
    assert w.loc[["C001", "C002"], "reason"].tolist() == ["both", "both"]


# ------------------------------------------------------------------ planted effects
def test_quotas_of_types(summary: pd.DataFrame) -> None:
    counts = summary.groupby(["language", "type"]).size()
    for lang in ("en", "zh"):
        assert counts[lang].drop("showcase").to_dict() == gen.CM_TYPES


def test_a_forbidden_phrase_precedes_escalation(summary: pd.DataFrame) -> None:
    rates = cm.escalation_rates(summary).iloc[0]
    assert (rates["n_with"], rates["n_without"]) == (90, 150)
    assert rates["with_forbidden"] == pytest.approx(46 / 90)          # card: 51.1 %
    assert rates["without_forbidden"] == pytest.approx(9 / 150)        # card: 6.0 %
    both = summary[summary["forbidden"] & summary["escalated"]]
    assert len(both) == 46


def test_first_forbidden_phrase_comes_before_the_escalation(raw: pd.DataFrame,
                                                            summary: pd.DataFrame) -> None:
    w = cm.went_wrong(raw)
    both = summary[summary["forbidden"] & summary["escalated"]]
    assert (w.loc[both.index, "forbidden_turn"] < both["escalation_turn"]).all()


def test_mood_falls_after_a_forbidden_phrase(turns: pd.DataFrame) -> None:
    changes = []
    for _, g in turns.groupby("conversation"):
        g = g.reset_index(drop=True)
        last = None
        for i, row in g.iterrows():
            if row["speaker"] == "customer":
                if last is not None and i > 0 and g.loc[i - 1, "speaker"] == "staff":
                    changes.append((g.loc[i - 1, "label"], row["sentiment"] - last,
                                    g.loc[i - 1, "type"]))
                last = row["sentiment"]
    df = pd.DataFrame(changes, columns=["label", "change", "type"])
    mean = df.groupby("label")["change"].mean()
    assert mean["forbidden"] < -0.8 and mean["standard"] > 0.25
    assert mean["forbidden"] < mean["neutral"] < mean["standard"]
    # the listed forbidden phrases of the planted "forbidden" conversations always hurt
    planted = df[(df["label"] == "forbidden") & df["type"].isin(["forbidden", "showcase"])]
    assert (planted["change"] <= 0).all() and (planted["change"] < 0).mean() > 0.85
    # the honest "I don't know, but …" never does
    honest = df[(df["label"] == "forbidden") & (df["type"] == "honest")]
    assert len(honest) == 14 and (honest["change"] >= 0).all()


def test_where_it_went_wrong(summary: pd.DataFrame) -> None:
    assert summary["reason"].value_counts().to_dict() == {"both": 76, "sentiment": 52,
                                                          "forbidden": 14}
    assert summary["went_wrong"].isna().sum() == 98
    by_type = summary.groupby("type")["reason"].agg(lambda r: set(r.dropna()))
    assert by_type["honest"] == {"forbidden"}
    assert by_type["silent"] == {"sentiment"} and by_type["hidden"] == {"sentiment"}
    assert by_type["forbidden"] <= {"both", "forbidden"}
    # most good conversations never go wrong; a few fall after bad news
    good = summary[summary["type"] == "good"]
    assert good["went_wrong"].isna().mean() > 0.85


def test_checker_and_coder_disagree_only_where_planted(turns: pd.DataFrame) -> None:
    staff = turns[turns["speaker"] == "staff"]
    coder = staff["codes"].map(lambda c: "forbidden" in c)
    checker = staff["label"] == "forbidden"
    assert checker.sum() == coder.sum() == 108
    assert (coder == checker).mean() == pytest.approx(1 - 28 / 1245)     # card: 97.8 %
    differ = staff[coder != checker]
    assert differ.loc[checker[coder != checker], "type"].eq("honest").all()
    assert differ.loc[coder[coder != checker], "type"].eq("hidden").all()
    assert len(differ) == 28
    for element in ("greeting", "next_step", "thanks"):
        found = staff[element].astype(bool)
        assert (found == staff["codes"].map(lambda c, e=element: e in c)).all(), element
    ack = staff["acknowledge"].astype(bool) != staff["codes"].map(lambda c: "acknowledge" in c)
    assert 1 <= ack.sum() <= 10
    assert (staff.loc[ack, "codes"].map(lambda c: "acknowledge" in c)).all()  # missed only


def test_written_replies_name_a_next_step_less_often(summary: pd.DataFrame) -> None:
    share = summary.groupby("channel")["next_step"].mean()
    assert share[["chat", "email"]].max() < share[["window", "hotline"]].min() - 0.08
    good = summary[summary["type"] == "good"].groupby("channel")["next_step"].mean()
    assert good["email"] < good["window"] - 0.15


def test_both_languages_alike(summary: pd.DataFrame) -> None:
    by = cm.escalation_rates(summary, by="language")
    assert by["n_with"].tolist() == [45, 45]
    assert (by["with_forbidden"] - by["without_forbidden"]).min() > 0.3
    assert abs(by.loc["en", "with_forbidden"] - by.loc["zh", "with_forbidden"]) < 0.15
    assert np.allclose(summary.groupby("language")["forbidden"].mean(), 0.375)
