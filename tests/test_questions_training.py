"""The training-evaluation question bank: model answers pass (also as data), expected
answers agree with plain pandas and numpy, typical mistakes get their own feedback in both
languages, partial credit and the hidden test of task 8 work, and no answer makes check()
raise."""

from __future__ import annotations

import banks
import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from svcx_helpers import grading, i18n, load_dataset, training
from svcx_helpers.grading.checks import check, grade_answer
from svcx_helpers.questions import training as bank
from svcx_helpers.servqual import t_quantile

QIDS = sorted(q.id for q in grading.load_bank("training"))

CAN = ("Comparing with the untrained branches removes the drift that every branch shared in "
       "those months, so the naive rise is not all credited to the course.")
CANNOT = ("The trained branches were chosen by the regional office, not at random, and if "
          "something else changed only in them the DiD would credit it to the course.")


@pytest.fixture(autouse=True)
def normal_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SVCX_STRICT", raising=False)
    grading.reset_attempts()
    i18n.set_language("en")


def frames() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    fcr = load_dataset("training_fcr")
    fcr["fcr"] = fcr["resolved_first"] / fcr["contacts"]
    return load_dataset("training_trainees"), load_dataset("training_observations"), fcr


def model_answers() -> dict[str, object]:
    trainees, obs, fcr = frames()
    both = trainees.dropna(subset=["post_test"])
    gain = training.learning_gain(trainees)
    table = training.adoption(obs, by="round")
    result = training.did(fcr, "fcr")
    slopes = training.pre_trends(fcr, "fcr")["slope"]
    return {
        "training.t1_needs": {"restate": "skills", "missing_documents": "process",
                              "brushed_off": "attitude", "queues": "not_training",
                              "fee_screens": "skills", "escalation": "process"},
        "training.t2_reaction": {
            "mean": trainees["reaction"].mean(),
            "r_gain": np.corrcoef(both["reaction"], both["post_test"] - both["pre_test"])[0, 1]},
        "training.t3_gain": {"gain": gain["mean_gain"], "low": gain["ci_low"],
                             "high": gain["ci_high"]},
        "training.t4_normalised_gain": gain["normalised_gain"],
        "training.t5_adoption": {"overall": table.loc["all", "post"],
                                 "lowest": table["post"].drop("all").idxmin()},
        "training.t6_did": {"naive": result["treated_change"], "did": result["did"],
                            "low": result["ci_low"], "high": result["ci_high"]},
        "training.t7_pre_trends": {"trained": slopes["treated"], "untrained": slopes["control"]},
        "training.t8_attribution": {"can": CAN, "cannot": CANNOT},
    }


def test_bank_has_at_least_six_tasks_and_a_hidden_test() -> None:
    banks.assert_bank("training", model_answers())


@pytest.mark.parametrize("qid", QIDS)
def test_model_answers_pass_also_as_data(qid: str) -> None:
    banks.assert_passes_as_data(qid, model_answers()[qid])


def test_expected_answers_agree_with_plain_pandas() -> None:
    trainees, obs, fcr = frames()
    # level 2: paired gain and t interval by hand
    both = trainees.dropna(subset=["post_test"])
    d = both["post_test"] - both["pre_test"]
    half = t_quantile(0.975, len(d) - 1) * d.std(ddof=1) / np.sqrt(len(d))
    assert bank.gain() == pytest.approx({"gain": d.mean(), "low": d.mean() - half,
                                         "high": d.mean() + half})
    pre, post = both["pre_test"].mean(), both["post_test"].mean()
    assert bank.normalised() == pytest.approx((post - pre) / (100 - pre))
    # level 3: shown in at least 3 of the 4 encounters after the course
    after = obs[obs["round"] == "post"]
    adopted = after.groupby("trainee_id")[list(bank.ITEMS)].sum() >= 3
    assert bank.adoption() == {"overall": pytest.approx(adopted.to_numpy().mean()),
                               "lowest": adopted.mean().idxmin()}
    # level 4: cell means of branch means, and the DiD
    branch = fcr.groupby(["branch", "trained", "period"])["fcr"].mean().unstack()
    cell = branch.groupby(level="trained").mean()
    naive = cell.loc[1, "post"] - cell.loc[1, "pre"]
    expected = bank.did()
    assert expected["naive"] == pytest.approx(naive)
    assert expected["did"] == pytest.approx(naive - (cell.loc[0, "post"] - cell.loc[0, "pre"]))
    assert expected["low"] < expected["did"] < expected["high"] < expected["naive"]
    # pre-trends: slope of the six monthly means before the course
    monthly = fcr[fcr["period"] == "pre"].groupby(["month", "trained"])["fcr"].mean().unstack()
    x = np.arange(6)
    assert bank.pre_slopes() == pytest.approx({"trained": np.polyfit(x, monthly[1], 1)[0],
                                               "untrained": np.polyfit(x, monthly[0], 1)[0]})
    # task 1: two skills, two process, one attitude, one not a training need
    kinds = pd.Series(bank.needs()).value_counts().to_dict()
    assert kinds == {"skills": 2, "process": 2, "attitude": 1, "not_training": 1}


def test_any_close_interval_passes() -> None:
    model = model_answers()["training.t6_did"]
    fcr = frames()[2]
    for seed in (1, 7, 42):                          # another bootstrap seed
        r = training.did(fcr, "fcr", seed=seed)
        answer = {**model, "low": r["ci_low"], "high": r["ci_high"]}
        assert check("training.t6_did", answer).passed, seed
    ols = training.did(fcr, "fcr", method="ols")     # the cluster-robust interval
    assert check("training.t6_did", {**model, "low": ols["ci_low"],
                                      "high": ols["ci_high"]}).passed
    rounded = {k: round(float(v), 3) for k, v in model.items()}
    assert check("training.t6_did", rounded).passed


def mistakes() -> list[tuple[str, object, str]]:
    trainees, obs, fcr = frames()
    model = model_answers()
    needs = model["training.t1_needs"]
    both = bank.paired()
    gain = bank.gain()
    unpaired = trainees["post_test"].mean() - trainees["pre_test"].mean()
    sd_scores = np.sqrt(trainees["pre_test"].var() + trainees["post_test"].var())
    wide = 1.99 * sd_scores / np.sqrt(len(both))
    after = obs[obs["round"] == "post"]
    rate = after[list(bank.ITEMS)].to_numpy().mean()
    once = (after.groupby("trainee_id")[list(bank.ITEMS)].max() == 1).to_numpy().mean()
    adoption = bank.adoption()
    pre_share = training.adoption(obs[obs["round"] == "pre"])["share"]
    r = bank.did_results()["bootstrap"]
    did = bank.did()
    slopes = bank.pre_slopes()
    means = training.group_means(fcr, "fcr")
    x = np.arange(len(means))
    whole = {"trained": np.polyfit(x, means[1], 1)[0], "untrained": np.polyfit(x, means[0], 1)[0]}
    return [
        ("training.t1_needs", {**needs, "queues": "skills"}, "training.bank.needs.queues"),
        ("training.t1_needs", {**needs, "missing_documents": "skills"},
         "training.bank.needs.process"),
        ("training.t1_needs", {**needs, "brushed_off": "skills"}, "training.bank.needs.attitude"),
        ("training.t1_needs", {**needs, "restate": "attitude"}, "check.n_wrong"),
        ("training.t1_needs", {**needs, "restate": "communication"},
         "training.bank.needs.unknown"),
        ("training.t2_reaction", {"mean": trainees["reaction"].mean(),
                                  "r_gain": np.corrcoef(both["reaction"], both["post_test"])[0, 1]},
         "training.bank.reaction.not_gain"),
        ("training.t2_reaction", {"mean": trainees["reaction"].mean(), "r_gain": 12.4},
         "training.bank.reaction.r_range"),
        ("training.t3_gain", {**gain, "gain": unpaired}, "training.bank.gain.unpaired"),
        ("training.t3_gain", {"gain": gain["gain"], "low": gain["gain"] - wide,
                              "high": gain["gain"] + wide}, "training.bank.gain.wide"),
        ("training.t3_gain", {"gain": gain["gain"], "low": gain["high"], "high": gain["low"]},
         "training.bank.gain.order"),
        ("training.t3_gain", {"gain": gain["gain"] / 100, "low": gain["low"],
                              "high": gain["high"]}, "training.bank.gain.share"),
        ("training.t4_normalised_gain",
         training.normalised_gain(both["pre_test"], both["post_test"], average="trainee"),
         "training.bank.hake.individual"),
        ("training.t4_normalised_gain", both["gain"].mean() / both["pre_test"].mean(),
         "training.bank.hake.of_pre"),
        ("training.t4_normalised_gain", both["gain"].mean() / 100, "training.bank.hake.of_max"),
        ("training.t4_normalised_gain", 36.5, "standards.bank.share.percent"),
        ("training.t4_normalised_gain", 0.9, "training.bank.hake.wrong"),
        ("training.t5_adoption", {**adoption, "overall": pre_share["all"]},
         "training.bank.adoption.pre"),
        ("training.t5_adoption", {**adoption, "overall": rate}, "training.bank.adoption.rate"),
        ("training.t5_adoption", {**adoption, "overall": once}, "training.bank.adoption.once"),
        ("training.t5_adoption", {**adoption, "lowest": "smile"}, "training.bank.item.unknown"),
        ("training.t5_adoption", {**adoption, "overall": 100 * adoption["overall"]},
         "standards.bank.share.percent"),
        ("training.t6_did", {**did, "did": did["naive"]}, "training.bank.did.is_naive"),
        ("training.t6_did", {**did, "naive": did["did"], "did": did["naive"]},
         "training.bank.did.swapped"),
        ("training.t6_did", {**did, "did": r["control_change"]}, "training.bank.did.control"),
        ("training.t6_did", {**did, "did": -did["did"], "low": -did["high"],
                             "high": -did["low"]}, "training.bank.did.sign"),
        ("training.t6_did", {**did, "did": r["treated_post"] - r["control_post"]},
         "training.bank.did.post_only"),
        ("training.t6_did", {**did, "low": did["did"] - 0.002, "high": did["did"] + 0.002},
         "training.bank.did.interval"),
        ("training.t6_did", {k: 100 * v for k, v in did.items()}, "training.bank.did.points"),
        ("training.t7_pre_trends", {k: 100 * v for k, v in slopes.items()},
         "training.bank.slope.points"),
        ("training.t7_pre_trends", {k: 12 * v for k, v in slopes.items()},
         "training.bank.slope.year"),
        ("training.t7_pre_trends", whole, "training.bank.slope.all_months"),
        ("training.t7_pre_trends", {"trained": slopes["untrained"],
                                    "untrained": slopes["trained"]},
         "training.bank.slope.swapped"),
        ("training.t8_attribution", {"can": "It works.", "cannot": CANNOT},
         "recovery.bank.reflection.short"),
        ("training.t8_attribution", {"can": CANNOT, "cannot": CANNOT}, "training.bank.same"),
        ("training.t8_attribution", {"can": CAN, "cannot": 3}, "recovery.bank.reflection.text"),
    ]


@pytest.mark.parametrize("qid, answer, key", mistakes())
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_typical_mistakes_get_their_own_message(qid: str, answer: object, key: str,
                                                lang: str) -> None:
    i18n.set_language(lang)
    fb = check(qid, answer)
    assert fb.status in ("fail", "wrong_type"), fb.text()
    expected = i18n.MESSAGES[key][i18n.LANGUAGES.index(lang)]
    assert fb.message.startswith(expected.split("{")[0][:12]), fb.message


def test_answers_in_other_forms() -> None:
    zh = {"restate": "技能", "missing_documents": "流程", "brushed_off": "态度",
          "queues": "非培训问题", "fee_screens": "技能培训", "escalation": "流程培训"}
    assert check("training.t1_needs", zh).passed
    assert check("training.t1_needs", pd.Series(model_answers()["training.t1_needs"])).passed
    gain = bank.gain()
    assert check("training.t3_gain", [gain["gain"], gain["low"], gain["high"]]).passed
    assert check("training.t3_gain", training.learning_gain(bank.trainees())
                 [["mean_gain", "ci_low", "ci_high"]]).passed
    adoption = bank.adoption()
    assert check("training.t5_adoption", {"overall": adoption["overall"],
                                          "lowest": "致谢并邀请顾客评价"}).passed
    assert check("training.t5_adoption", (adoption["overall"], "Invite rating")).passed
    r = training.did(bank.fcr(), "fcr")
    assert check("training.t6_did", {"before_after": r["treated_change"], "DiD": r["did"],
                                     "ci_low": r["ci_low"], "ci_high": r["ci_high"]}).passed
    slopes = training.pre_trends(bank.fcr(), "fcr")["slope"]
    assert check("training.t7_pre_trends", {"treated": slopes["treated"],
                                            "control": slopes["control"]}).passed
    text = {"can": "与尚未培训的网点比较，去掉了所有网点在同一时期共同的上升趋势。",
            "cannot": "已培训网点是地区分行挑选的，不是随机分配的；"
                      "同期若有别的变化也会被算作培训效果。"}
    assert check("training.t8_attribution", text).passed
    assert grade_answer("training.t8_attribution", text).passed


def test_partial_credit() -> None:
    needs = model_answers()["training.t1_needs"]
    fb = grade_answer("training.t1_needs", {**needs, "restate": "attitude",
                                            "fee_screens": "process"})
    assert fb.status == "fail" and fb.points == pytest.approx(2 * 4 / 6, abs=0.01)
    gain = bank.gain()
    fb = grade_answer("training.t3_gain", {**gain, "low": 0.0, "high": 40.0})
    assert fb.points == 1.0
    did = bank.did()
    fb = grade_answer("training.t6_did", {**did, "did": did["naive"]})
    assert fb.points == pytest.approx(0.75)          # naive right: a quarter of 3 points
    fb = grade_answer("training.t6_did", {**did, "low": 0.0, "high": 0.2})
    assert fb.points == pytest.approx(1.5)
    fb = grade_answer("training.t7_pre_trends", {**bank.pre_slopes(), "untrained": 0.02})
    assert fb.points == 1.0
    fb = grade_answer("training.t8_attribution", {"can": "Fine.", "cannot": CANNOT})
    assert fb.points == 1.0


def test_hidden_test_asks_for_a_concrete_threat() -> None:
    vague = {"can": CAN, "cannot": "It cannot prove anything for sure because statistics "
                                   "only ever give us estimates and never certainty."}
    assert check("training.t8_attribution", vague).passed       # the visible check passes
    fb = grade_answer("training.t8_attribution", vague)
    assert fb.status == "fail" and "parallel-trends" in fb.hint
    zh = {**vague, "cannot": "统计方法永远只能给出估计值，不能给出确定的证明，所以什么都证明不了。"}
    assert not grade_answer("training.t8_attribution", zh).passed
    for threat in ("The branches were not chosen at random, so they may differ.",
                   "A new branch manager arrived in several trained branches that spring.",
                   "Untrained tellers may have learned from trained colleagues: spill-over.",
                   "It rests on the assumption that both groups would have kept the same trend."):
        answer = {"can": CAN, "cannot": threat}
        assert grade_answer("training.t8_attribution", answer).passed, threat


anything = banks.anything(
    samples=["skills", "process", "技能", "not_training", "invite_rating", "0.08", "greet"],
    keys=["restate", "queues", "mean", "r_gain", "gain", "low", "high", "overall", "lowest",
          "naive", "did", "trained", "untrained", "can", "cannot"], size=7)


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(qid=st.sampled_from(QIDS), answer=anything)
def test_check_and_grade_never_raise(qid: str, answer: object) -> None:
    banks.assert_never_raises(qid, answer)


def test_every_message_of_the_bank_is_used() -> None:
    from pathlib import Path

    source = Path(bank.__file__).read_text(encoding="utf-8")
    keys = [k for k in i18n.MESSAGES if k.startswith("training.bank.")]
    unused = [k for k in keys if f'"{k}"' not in source]
    assert keys and not unused
