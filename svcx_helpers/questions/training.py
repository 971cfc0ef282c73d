"""Questions of the training-evaluation exercise (solutions/training.ipynb →
exercises/training.ipynb).

Expected answers are computed with :mod:`svcx_helpers.training` from
``data/training_trainees.csv``, ``data/training_observations.csv`` and
``data/training_fcr.csv`` (tasks 2–7), or from the training needs fixed below (task 1),
so data, library and checks cannot drift apart. Task 8 reads the learner's own statement
of what the design can and cannot attribute to the course: the check asks for two real
sentences; a hidden test asks that the "cannot" names a concrete threat to the
comparison.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

import numpy as np
import pandas as pd

from .. import training
from ..core import count_words
from ..data import load_dataset
from ..grading import AnswerMismatch, Question, describe, register
from ..grading.readers import clean as _clean
from ..grading.readers import close as _close
from ..grading.readers import mismatch as _mismatch
from ..grading.readers import number as _number
from ..grading.readers import values as _values

TRAINEES = "training_trainees"
OBSERVATIONS = "training_observations"
FCR = "training_fcr"

# Task 1: training needs found in the earlier chapters' results, and what kind of need
# each is (seed 003: skills, process and attitude; and needs that training cannot meet)
NEEDS: dict[str, tuple[str, str]] = {
    "restate": ("Tellers start on a matter before checking what the customer actually "
                "needs (the SERVQUAL empathy gap)", "skills"),
    "missing_documents": ("Customers come back because they were told about missing "
                          "documents one at a time", "process"),
    "brushed_off": ("Staff-attitude complaints: customers felt brushed off and unwelcome",
                    "attitude"),
    "queues": ("Long waits in January and February because too few counters are open for "
               "the seasonal rush", "not_training"),
    "fee_screens": ("Tellers cannot find the fee rules in the new core-banking screens, so "
                    "they quote the wrong fee", "skills"),
    "escalation": ("Tellers do not know which cases they may settle themselves and which "
                   "they must hand to the lobby manager", "process"),
}
SHUFFLED_NEEDS = ["missing_documents", "queues", "restate", "escalation", "brushed_off",
                  "fee_screens"]
KIND_NAMES: dict[str, tuple[str, ...]] = {
    "skills": ("skill", "skills training", "技能", "技能培训"),
    "process": ("processes", "procedure", "process training", "流程", "流程培训"),
    "attitude": ("attitudes", "attitude training", "态度", "态度培训"),
    "not_training": ("not training", "no training", "none", "not a training need",
                     "非培训问题", "不是培训问题", "非培训"),
}

ITEMS = ("greet", "confirm_need", "check_list", "one_time_notice", "explain_next",
         "invite_rating")
ITEM_NAMES: dict[str, tuple[str, ...]] = {
    "greet": ("greeting", "主动问候并目光接触", "问候"),
    "confirm_need": ("confirm need", "confirm", "办理前复述确认顾客诉求", "复述确认"),
    "check_list": ("check list", "checklist", "对照公开清单核对材料", "核对材料"),
    "one_time_notice": ("one time notice", "一次性书面告知所缺材料", "一次性告知"),
    "explain_next": ("explain next", "说明后续步骤和办结时间", "说明后续步骤"),
    "invite_rating": ("invite rating", "致谢并邀请顾客评价", "邀请评价"),
}
THRESHOLD = 0.75       # adopted: shown in at least 3 of the 4 observed encounters
N_BOOT, SEED = 2000, 0
MIN_WORDS = 8


# -------------------------------------------------------------------------- data
@cache
def trainees() -> pd.DataFrame:
    return load_dataset(TRAINEES)


@cache
def observations() -> pd.DataFrame:
    return load_dataset(OBSERVATIONS)


@cache
def fcr() -> pd.DataFrame:
    """The KQI file with ``fcr`` = resolved_first / contacts for each branch-month."""
    out = load_dataset(FCR).copy()
    out["fcr"] = out["resolved_first"] / out["contacts"]
    return out


def needs() -> dict[str, str]:
    return {k: v[1] for k, v in NEEDS.items()}


def paired() -> pd.DataFrame:
    """Trainees with both test scores and their gain."""
    df = trainees().dropna(subset=["pre_test", "post_test"]).copy()
    df["gain"] = df["post_test"] - df["pre_test"]
    return df


def reaction() -> dict[str, float]:
    """Mean reaction over all trainees; its correlation with the gain over the pairs."""
    p = paired()
    return {"mean": float(trainees()["reaction"].mean()),
            "r_gain": float(np.corrcoef(p["reaction"], p["gain"])[0, 1])}


def gain() -> dict[str, float]:
    r = training.learning_gain(trainees())
    return {"gain": float(r["mean_gain"]), "low": float(r["ci_low"]),
            "high": float(r["ci_high"])}


def normalised() -> float:
    return float(training.learning_gain(trainees())["normalised_gain"])


def adoption_table() -> pd.DataFrame:
    return training.adoption(observations(), list(ITEMS), threshold=THRESHOLD, by="round")


def adoption() -> dict[str, Any]:
    post = adoption_table()["post"]
    return {"overall": float(post["all"]), "lowest": str(post.drop("all").idxmin())}


@cache
def did_results() -> dict[str, pd.Series]:
    return {m: training.did(fcr(), "fcr", method=m, n_boot=N_BOOT, seed=SEED)
            for m in ("bootstrap", "ols")}


def did() -> dict[str, float]:
    r = did_results()["bootstrap"]
    return {"naive": float(r["treated_change"]), "did": float(r["did"]),
            "low": float(r["ci_low"]), "high": float(r["ci_high"])}


def pre_slopes() -> dict[str, float]:
    table = training.pre_trends(fcr(), "fcr")
    return {"trained": float(table.loc["treated", "slope"]),
            "untrained": float(table.loc["control", "slope"])}


# -------------------------------------------------------------------------- helpers
def _code(text: Any, names: Mapping[str, tuple[str, ...]]) -> str | None:
    """The code for a name in English or Chinese (None when unknown)."""
    if not isinstance(text, str):
        return None
    got = _clean(text)
    for code, aliases in names.items():
        if got == _clean(code) or got in {_clean(a) for a in aliases}:
            return code
    return None


def _fields(answer: Any, keys: Mapping[str, tuple[str, ...]], what: str) -> dict[str, Any]:
    """Values of a dict/Series answer by key aliases, or of a list/tuple in key order."""
    names = list(keys)
    try:
        got = _values(answer, [(name, *aliases) for name, aliases in keys.items()])
    except AnswerMismatch as exc:
        if exc.status == "wrong_shape" and isinstance(answer, (Mapping, pd.Series)):
            raise _mismatch("wrong_shape", "training.bank.keys", keys=", ".join(names)) from None
        if exc.status == "wrong_type":
            raise _mismatch("wrong_type", "recovery.bank.type", what=what, keys=", ".join(names),
                            got=describe(answer)) from None
        raise
    return dict(zip(names, got, strict=True))


def _numbers(answer: Any, keys: Mapping[str, tuple[str, ...]], what: str) -> dict[str, float]:
    return {k: _number(v) for k, v in _fields(answer, keys, what).items()}


# -------------------------------------------------------------------------- task 1
def _compare_needs(answer: Any, expected: Mapping[str, str]) -> None:
    keys = {k: () for k in NEEDS}
    got = _fields(answer, keys, "needs")
    codes = {k: _code(v, KIND_NAMES) for k, v in got.items()}
    unknown = [k for k, c in codes.items() if c is None]
    if unknown:
        raise _mismatch("fail", "training.bank.needs.unknown", need=unknown[0],
                        value=str(got[unknown[0]])[:30], kinds=", ".join(KIND_NAMES))
    wrong = [k for k in NEEDS if codes[k] != expected[k]]
    if not wrong:
        return
    credit = 1 - len(wrong) / len(NEEDS)
    if "queues" in wrong:
        raise _mismatch("fail", "training.bank.needs.queues", credit=credit)
    if "missing_documents" in wrong or "escalation" in wrong:
        raise _mismatch("fail", "training.bank.needs.process", credit=credit)
    if "brushed_off" in wrong:
        raise _mismatch("fail", "training.bank.needs.attitude", credit=credit)
    raise _mismatch("fail", "check.n_wrong", credit=credit, n=len(wrong), total=len(NEEDS),
                    where=wrong[0])


# -------------------------------------------------------------------------- task 2
REACTION_KEYS = {"mean": ("mean_reaction", "reaction", "平均"),
                 "r_gain": ("r", "correlation", "corr", "相关系数")}


def _compare_reaction(answer: Any, expected: Mapping[str, float]) -> None:
    got = _numbers(answer, REACTION_KEYS, "reaction")
    ok_m = _close(got["mean"], expected["mean"], 0.01)
    ok_r = _close(got["r_gain"], expected["r_gain"], 0.01)
    if ok_m and ok_r:
        return
    credit = 0.5 * (ok_m + ok_r)
    p = paired()
    if not ok_r and abs(got["r_gain"]) > 1:
        raise _mismatch("fail", "training.bank.reaction.r_range", credit=credit)
    if not ok_r and any(_close(got["r_gain"], float(np.corrcoef(p["reaction"], p[c])[0, 1]),
                               0.01) for c in ("post_test", "pre_test")):
        raise _mismatch("fail", "training.bank.reaction.not_gain", credit=credit)
    which = [w for w, ok in (("mean", ok_m), ("r_gain", ok_r)) if not ok]
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(which))


# -------------------------------------------------------------------------- task 3
GAIN_KEYS = {"gain": ("mean_gain", "mean", "提升"), "low": ("ci_low", "lower", "下限"),
             "high": ("ci_high", "upper", "上限")}


def _compare_gain(answer: Any, expected: Mapping[str, float]) -> None:
    got = _numbers(answer, GAIN_KEYS, "gain")
    ok_g = _close(got["gain"], expected["gain"], 0.05)
    ok_i = _close(got["low"], expected["low"], 0.1) and _close(got["high"], expected["high"], 0.1)
    if ok_g and ok_i:
        return
    credit = 0.5 * (ok_g + ok_i)
    df = trainees()
    if got["low"] > got["high"]:
        raise _mismatch("fail", "training.bank.gain.order", credit=credit)
    unpaired = float(df["post_test"].mean() - df["pre_test"].mean())
    if not ok_g and _close(got["gain"], unpaired, 0.02):
        raise _mismatch("fail", "training.bank.gain.unpaired", credit=credit)
    if not ok_g and 0 < got["gain"] < 1:
        raise _mismatch("fail", "training.bank.gain.share", credit=credit)
    if ok_g and not ok_i and got["high"] - got["low"] > 2 * (expected["high"] - expected["low"]):
        raise _mismatch("fail", "training.bank.gain.wide", credit=credit)
    which = [w for w, ok in (("gain", ok_g), ("low, high", ok_i)) if not ok]
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(which))


# -------------------------------------------------------------------------- task 4
def _compare_normalised(answer: Any, expected: float) -> None:
    got = _number(answer)
    if _close(got, expected, 0.005):
        return
    p = paired()
    if 1 < got <= 100:
        raise _mismatch("fail", "standards.bank.share.percent")
    individual = training.normalised_gain(p["pre_test"], p["post_test"], average="trainee")
    if _close(got, individual, 0.005):
        raise _mismatch("fail", "training.bank.hake.individual")
    if _close(got, float(p["gain"].mean() / p["pre_test"].mean()), 0.005):
        raise _mismatch("fail", "training.bank.hake.of_pre")
    if _close(got, float(p["gain"].mean() / 100), 0.005):
        raise _mismatch("fail", "training.bank.hake.of_max")
    raise _mismatch("fail", "training.bank.hake.wrong")


# -------------------------------------------------------------------------- task 5
ADOPTION_KEYS = {"overall": ("all", "share", "adoption", "总体"),
                 "lowest": ("least", "lowest_behaviour", "behaviour", "最低")}


def _compare_adoption(answer: Any, expected: Mapping[str, Any]) -> None:
    got = _fields(answer, ADOPTION_KEYS, "adoption")
    share = _number(got["overall"])
    code = _code(got["lowest"], ITEM_NAMES)
    if code is None:
        raise _mismatch("fail", "training.bank.item.unknown", value=str(got["lowest"])[:30],
                        items=", ".join(ITEMS))
    if 1 < share <= 100:
        raise _mismatch("fail", "standards.bank.share.percent",
                        credit=0.5 * (code == expected["lowest"]))
    ok_s, ok_l = _close(share, expected["overall"], 0.005), code == expected["lowest"]
    if ok_s and ok_l:
        return
    credit = 0.5 * (ok_s + ok_l)
    table = adoption_table()
    obs = observations()
    after = obs[obs["round"] == "post"]
    if not ok_s and _close(share, float(table.loc["all", "pre"]), 0.005):
        raise _mismatch("fail", "training.bank.adoption.pre", credit=credit)
    if not ok_s and _close(share, float(after[list(ITEMS)].to_numpy().mean()), 0.005):
        raise _mismatch("fail", "training.bank.adoption.rate", credit=credit)
    anyone = (after.groupby("trainee_id")[list(ITEMS)].max() == 1).to_numpy().mean()
    if not ok_s and _close(share, float(anyone), 0.005):
        raise _mismatch("fail", "training.bank.adoption.once", credit=credit)
    which = [w for w, ok in (("overall", ok_s), ("lowest", ok_l)) if not ok]
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(which))


# -------------------------------------------------------------------------- task 6
DID_KEYS = {"naive": ("before_after", "before after", "naive_change", "朴素"),
            "did": ("diff_in_diff", "difference_in_differences", "effect", "双重差分"),
            "low": ("ci_low", "lower", "下限"), "high": ("ci_high", "upper", "上限")}


def _interval_ok(low: float, high: float) -> bool:
    """Within 0.005 of the bootstrap (any seed comes this close) or of the cluster-robust
    OLS interval."""
    return any(_close(low, float(r["ci_low"]), 0.005) and _close(high, float(r["ci_high"]), 0.005)
               for r in did_results().values())


def _compare_did(answer: Any, expected: Mapping[str, float]) -> None:
    got = _numbers(answer, DID_KEYS, "did")
    if any(1 < abs(v) <= 100 for v in got.values()):
        raise _mismatch("fail", "training.bank.did.points")
    ok_n = _close(got["naive"], expected["naive"], 0.002)
    ok_d = _close(got["did"], expected["did"], 0.002)
    ok_i = got["low"] <= got["did"] <= got["high"] and _interval_ok(got["low"], got["high"])
    if ok_n and ok_d and ok_i:
        return
    credit = 0.25 * ok_n + 0.25 * ok_d + 0.5 * ok_i
    r = did_results()["bootstrap"]
    if _close(got["naive"], expected["did"], 0.002) and _close(got["did"], expected["naive"],
                                                                0.002):
        raise _mismatch("fail", "training.bank.did.swapped", credit=credit)
    if not ok_d and _close(got["did"], expected["naive"], 0.002):
        raise _mismatch("fail", "training.bank.did.is_naive", credit=credit)
    if not ok_d and _close(got["did"], float(r["control_change"]), 0.002):
        raise _mismatch("fail", "training.bank.did.control", credit=credit)
    if not ok_d and _close(got["did"], -expected["did"], 0.002):
        raise _mismatch("fail", "training.bank.did.sign", credit=credit)
    if not ok_d and _close(got["did"], float(r["treated_post"] - r["control_post"]), 0.002):
        raise _mismatch("fail", "training.bank.did.post_only", credit=credit)
    if ok_d and not ok_i:
        raise _mismatch("fail", "training.bank.did.interval", credit=credit)
    which = [w for w, ok in (("naive", ok_n), ("did", ok_d), ("low, high", ok_i)) if not ok]
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(which))


# -------------------------------------------------------------------------- task 7
SLOPE_KEYS = {"trained": ("treated", "wave_1", "已培训"),
              "untrained": ("control", "not_trained", "wave_2", "未培训")}


def _compare_slopes(answer: Any, expected: Mapping[str, float]) -> None:
    got = _numbers(answer, SLOPE_KEYS, "slopes")
    wrong = [k for k in SLOPE_KEYS if not _close(got[k], expected[k], 0.0003)]
    if not wrong:
        return
    credit = 1 - len(wrong) / len(SLOPE_KEYS)
    if all(_close(got[k], 100 * expected[k], 0.03) for k in wrong):
        raise _mismatch("fail", "training.bank.slope.points", credit=credit)
    if all(_close(got[k], 12 * expected[k], 0.004) for k in wrong):
        raise _mismatch("fail", "training.bank.slope.year", credit=credit)
    df = fcr()
    means = training.group_means(df, "fcr")
    x = np.arange(len(means), dtype=float)
    whole = {"trained": float(np.polyfit(x, means[1], 1)[0]),
             "untrained": float(np.polyfit(x, means[0], 1)[0])}
    if all(_close(got[k], whole[k], 0.0003) for k in wrong):
        raise _mismatch("fail", "training.bank.slope.all_months", credit=credit)
    if _close(got["trained"], expected["untrained"], 0.0003) and _close(
            got["untrained"], expected["trained"], 0.0003):
        raise _mismatch("fail", "training.bank.slope.swapped", credit=credit)
    raise _mismatch("fail", "check.n_wrong", credit=credit, n=len(wrong),
                    total=len(SLOPE_KEYS), where=wrong[0])


# -------------------------------------------------------------------------- task 8
ATTRIBUTION_KEYS = {"can": ("can_attribute", "what_it_can", "能"),
                    "cannot": ("cannot_attribute", "can_not", "what_it_cannot", "不能")}


def read_attribution(answer: Any) -> dict[str, str]:
    if not isinstance(answer, Mapping):
        raise _mismatch("wrong_type", "recovery.bank.type", what="attribution",
                        keys=", ".join(ATTRIBUTION_KEYS), got=describe(answer))
    got = _fields(answer, ATTRIBUTION_KEYS, "attribution")
    for key, value in got.items():
        if not isinstance(value, str):
            raise _mismatch("wrong_type", "recovery.bank.reflection.text", field=key, got=describe(value))
    return {k: v.strip() for k, v in got.items()}


def _compare_attribution(answer: Any, expected: Any) -> None:
    got = read_attribution(answer)
    short = [k for k in ATTRIBUTION_KEYS if count_words(got[k]) < MIN_WORDS]
    if short:
        credit = 0.5 if len(short) == 1 else 0.0
        raise _mismatch("fail", "recovery.bank.reflection.short", credit=credit, field=short[0],
                        n=MIN_WORDS, got=count_words(got[short[0]]))
    if _clean(got["can"]) == _clean(got["cannot"]):
        raise _mismatch("fail", "training.bank.same", credit=0.5)


def _task8_expected() -> int:
    return MIN_WORDS


# -------------------------------------------------------------------------- questions
register(Question(
    "training.t1_needs", points=2, partial=True,
    title=("Skills, process, attitude — or not a training need?",
           "技能、流程、态度，还是不属于培训问题？"),
    expected=needs, compare=_compare_needs,
    hints=[("Skills training builds knowledge and the ability to do the work, process "
            "training the standards and procedures, attitude training the service values. "
            "Ask of each need: could the tellers do it right if their lives depended on "
            "it? If yes, and the cause lies in staffing or equipment, training will not "
            "fix it.",
            "技能培训提升专业知识和操作能力，流程培训强调服务标准和工作程序，态度培训注重服务理念"
            "和价值观。对每一项需求都问一问：如果事关重大，柜员能不能做对？如果能，而原因在于人手"
            "或设备，培训就解决不了。"),
           ("Give a dict with the six need keys and one of 'skills', 'process', "
            "'attitude' or 'not_training' for each. Two needs are skills, two process, one "
            "attitude and one is not a training need.",
            "请给出一个字典：六个需求的键，各对应 'skills'、'process'、'attitude' 或 "
            "'not_training' 之一。其中两项是技能，两项是流程，一项是态度，一项不属于培训问题。")],
))

register(Question(
    "training.t2_reaction", points=2, partial=True,
    title=("Level 1: the reaction sheet and what it says about learning",
           "第一层：反应评估表及其与学习效果的关系"),
    expected=reaction, compare=_compare_reaction,
    hints=[("The mean reaction is over all trainees. The correlation is between each "
            "trainee's reaction and their own gain (post_test − pre_test), over the trainees "
            "who sat both tests.",
            "平均反应分按全部学员计算。相关系数是每位学员的反应分与其本人成绩提升"
            "（post_test − pre_test）之间的相关，只计参加了两次测试的学员。"),
           ("trainees['reaction'].mean(); then keep the rows with a post_test, compute gain "
            "= post_test − pre_test and np.corrcoef(reaction, gain)[0, 1]. Give {'mean': "
            "..., 'r_gain': ...}.",
            "先算 trainees['reaction'].mean()；再保留有 post_test 的行，计算 gain = "
            "post_test − pre_test 和 np.corrcoef(reaction, gain)[0, 1]。以 {'mean': ..., "
            "'r_gain': ...} 给出。")],
))

register(Question(
    "training.t3_gain", points=2, partial=True,
    title=("Level 2: the mean test gain with a paired interval",
           "第二层：平均成绩提升及其配对置信区间"),
    expected=gain, compare=_compare_gain,
    hints=[("Compare each trainee with themself: keep the trainees with both scores, take "
            "each one's gain, and build the 95 % interval from the mean and the standard "
            "error of the gains (Student's t with n − 1 degrees of freedom).",
            "让每位学员和自己比较：保留两次成绩都有的学员，算出每人的提升，再用提升的平均数和"
            "标准误构造 95% 置信区间（自由度为 n − 1 的 t 分布）。"),
           ("training.learning_gain(trainees) returns 'mean_gain', 'ci_low' and 'ci_high'; "
            "give {'gain': ..., 'low': ..., 'high': ...} in points.",
            "training.learning_gain(trainees) 返回 'mean_gain'、'ci_low' 和 'ci_high'；以分"
            "为单位给出 {'gain': ..., 'low': ..., 'high': ...}。")],
))

register(Question(
    "training.t4_normalised_gain", points=1,
    title=("Hake's normalised gain", "Hake 标准化提升"),
    expected=normalised, compare=_compare_normalised,
    hints=[("The normalised gain is the gain as a share of the gain that was possible: "
            "(mean after − mean before) / (100 − mean before), from the class means of the "
            "trainees who sat both tests.",
            "标准化提升是实际提升占可能提升的比例：（后测平均 − 前测平均）/（100 − 前测平均），"
            "用参加了两次测试的学员的班级平均数计算。"),
           ("training.learning_gain(trainees)['normalised_gain'], a number between 0 and "
            "1.",
            "training.learning_gain(trainees)['normalised_gain']，一个 0 到 1 之间的数。")],
))

register(Question(
    "training.t5_adoption", points=2, partial=True,
    title=("Level 3: how many of the trained behaviours are used on the job",
           "第三层：培训的行为有多少用到了工作中"),
    expected=adoption, compare=_compare_adoption,
    hints=[("Use the observations after the course (round 'post'). A trainee has adopted a "
            "behaviour when it was shown in at least 3 of their 4 observed encounters; the "
            "overall share pools all trainee–behaviour pairs.",
            "使用培训后的观察记录（round 为 'post'）。某位学员在 4 次观察中至少 3 次表现出某项"
            "行为，才算采用了该行为；总体比例把所有“学员—行为”组合合在一起计算。"),
           ("training.adoption(observations, by='round') has the columns 'pre' and 'post' "
            "and a row 'all'; give {'overall': share in 'all' after, 'lowest': the "
            "behaviour with the smallest share after}.",
            "training.adoption(observations, by='round') 有 'pre' 和 'post' 两列以及 "
            "'all' 一行；以 {'overall': 培训后 'all' 的比例, 'lowest': 培训后比例最低的行为} "
            "给出。")],
))

register(Question(
    "training.t6_did", points=3, partial=True,
    title=("Level 4: first-contact resolution, naive and difference-in-differences",
           "第四层：首次解决率的简单前后比较与双重差分"),
    expected=did, compare=_compare_did,
    hints=[("FCR = resolved_first / contacts for each branch and month. The naive effect is "
            "the trained branches' change from before to after; the DiD subtracts the change "
            "of the not-yet-trained branches over the same months. The interval must reflect "
            "that branches, not branch-months, are the independent units.",
            "每个网点每月的首次解决率 = resolved_first / contacts。简单前后比较就是已培训网点"
            "从培训前到培训后的变化；双重差分再减去同期尚未培训网点的变化。区间要体现：相互独立"
            "的单位是网点，而不是“网点—月份”。"),
           ("training.did(fcr, 'fcr') gives 'treated_change' (the naive effect), 'did', "
            "'ci_low' and 'ci_high' (bootstrap over branches; method='ols' gives the "
            "cluster-robust interval). Give {'naive': ..., 'did': ..., 'low': ..., "
            "'high': ...} as shares (0.05, not 5).",
            "training.did(fcr, 'fcr') 给出 'treated_change'（简单前后变化）、'did'、"
            "'ci_low' 和 'ci_high'（按网点自助抽样；method='ols' 给出聚类稳健区间）。以比例"
            "（0.05 而不是 5）给出 {'naive': ..., 'did': ..., 'low': ..., 'high': ...}。")],
))

register(Question(
    "training.t7_pre_trends", points=2, partial=True,
    title=("The parallel-trends look: slopes before the course", "平行趋势检验：培训前的斜率"),
    expected=pre_slopes, compare=_compare_slopes,
    hints=[("Use only the months before the course. For each group, take the mean FCR per "
            "month and fit a straight line through the six monthly means: its slope is the "
            "change per month.",
            "只用培训前的月份。对每组分别求每月的平均首次解决率，再对这六个月度平均值拟合一条"
            "直线：斜率就是每月的变化量。"),
           ("training.pre_trends(fcr, 'fcr') has the slope of the trained ('treated') and "
            "untrained ('control') branches per month; give {'trained': ..., "
            "'untrained': ...} as shares per month.",
            "training.pre_trends(fcr, 'fcr') 给出已培训（'treated'）和未培训（'control'）网点"
            "每月的斜率；以每月的比例变化给出 {'trained': ..., 'untrained': ...}。")],
))

register(Question(
    "training.t8_attribution", points=2, partial=True,
    title=("What the design can and cannot attribute to the course",
           "这一评估设计能归因于培训的和不能归因于培训的"),
    expected=_task8_expected, compare=_compare_attribution,
    hints=[("'can': what does the comparison with the untrained branches remove that the "
            "before-after comparison keeps? 'cannot': which differences between the two "
            "groups, or events in the same months, would the DiD wrongly credit to the "
            "course?",
            "“能”：与未培训网点比较，去掉了简单前后比较中保留的什么？“不能”：两组之间的哪些差别，"
            "或同一时期发生的哪些事情，会被双重差分错误地算作培训的效果？"),
           ("Give a dict {'can': '...', 'cannot': '...'}, each at least "
            f"{MIN_WORDS} words, in English or Chinese.",
            f"请给出字典 {{'can': '...', 'cannot': '...'}}，每句至少 {MIN_WORDS} 个词"
            "（英文或中文均可）。")],
))
