"""Questions of the journey-map exercise (solutions/journey.ipynb → exercises/journey.ipynb).

Every expected answer is computed from ``data/journeys/hotel_check_in.yml`` and
``data/blueprints/hotel_check_in.yml`` with :mod:`svcx_helpers.journey`, so the checks
follow the data and the methods. Carlzon's numbers come from the quotation in
METHODS.md §3.4 (10 million customers, about five contacts of 15 seconds each).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from .. import blueprint, journey
from ..grading import AnswerMismatch, Card, Question, describe, frame, register
from ..grading.readers import clean as _clean
from ..grading.readers import mismatch as _mismatch
from ..grading.readers import pair as _pair
from ..i18n import language, t

JOURNEY = "hotel_check_in"
BLUEPRINT = "hotel_check_in"
PAIN_THRESHOLD = 0.0
"""Threshold of task 2 (strictly below counts as a pain point)."""
MIN_STAGES = 3
"""Task 8: a journey of the learner's own needs at least this many stages."""

# Carlzon (1987), quoted in METHODS.md §3.4
SAS_CUSTOMERS = 10_000_000
SAS_CONTACTS_PER_CUSTOMER = 5
SAS_SECONDS_PER_CONTACT = 15


# -------------------------------------------------------------------------- expected answers
@lru_cache(maxsize=1)
def hotel() -> journey.JourneyMap:
    return journey.load(JOURNEY)


@lru_cache(maxsize=1)
def hotel_blueprint() -> blueprint.Blueprint:
    return blueprint.load(BLUEPRINT)


def curve() -> pd.DataFrame:
    """The hotel journey's emotion curve with English labels."""
    with language("en"):
        return hotel().emotion_curve()


def worst_step() -> int:
    return int(hotel().lowest()["step"])


def pain_steps() -> list[int]:
    return sorted(int(s) for s in hotel().pain_points(PAIN_THRESHOLD)["step"])


def stage_means() -> pd.Series:
    with language("en"):
        return hotel().stage_emotions()


def peak_end_both() -> tuple[float, float]:
    return hotel().peak_end(peak="abs"), hotel().peak_end(peak="max")


def carlzon() -> tuple[float, float]:
    """(moments of truth per year, contact-hours per year)."""
    moments = SAS_CUSTOMERS * SAS_CONTACTS_PER_CUSTOMER
    return float(moments), moments * SAS_SECONDS_PER_CONTACT / 3600


def under_worst() -> str:
    """Id of the blueprint customer action under the journey's worst moment."""
    table = journey.align(hotel(), hotel_blueprint())
    return str(table.loc[table["step"] == worst_step(), "blueprint_step"].iloc[0])


def channel_mix() -> pd.Series:
    return hotel().channels()


# -------------------------------------------------------------------------- normalising
def _step_number(x: Any) -> int | None:
    """A step number from an int-like answer (None when it is not one)."""
    if isinstance(x, (np.ndarray, pd.Series)) and np.size(x) == 1:
        x = np.asarray(x).ravel()[0]
    if isinstance(x, (bool, np.bool_)):
        return None
    if isinstance(x, (int, np.integer)):
        return int(x)
    if isinstance(x, (float, np.floating)) and float(x).is_integer():
        return int(x)
    return None


def _action_steps() -> dict[str, int]:
    """Action text (English and Chinese, normalised) → step number."""
    out: dict[str, int] = {}
    for i, s in enumerate(hotel().steps, start=1):
        for text in (s.action, s.action_zh):
            if text:
                out.setdefault(_clean(text), i)
    return out


def _as_step(answer: Any) -> int:
    """Step number of an answer given as a number, an action text or a row of the curve."""
    if isinstance(answer, pd.Series) and "step" in answer.index:
        answer = answer["step"]
    number = _step_number(answer)
    if number is not None:
        return number
    if isinstance(answer, str):
        found = _action_steps().get(_clean(answer))
        if found is None:
            raise _mismatch("fail", "journey.bank.step.unknown_action", value=answer.strip()[:60])
        return found
    raise _mismatch("wrong_type", "journey.bank.step.type", got=describe(answer))


def _steps_list(answer: Any) -> list[int]:
    if isinstance(answer, pd.DataFrame) and "step" in answer.columns:
        answer = answer["step"]
    if isinstance(answer, (set, frozenset)):
        answer = sorted(answer, key=str)
    if isinstance(answer, (str, bytes, Mapping)) or not isinstance(
            answer, (list, tuple, np.ndarray, pd.Series, pd.Index)):
        raise _mismatch("wrong_type", "journey.bank.steps.type", got=describe(answer))
    out = []
    for x in list(answer):
        number = _step_number(x)
        if number is None:
            raise _mismatch("wrong_type", "journey.bank.steps.type", got=describe(x))
        out.append(number)
    return out


# -------------------------------------------------------------------------- comparators
def _compare_worst(answer: Any, expected: Any) -> None:
    step = _as_step(answer)
    if step == expected:
        return
    n = len(hotel().steps)
    if step == int(hotel().highest()["step"]):
        raise _mismatch("fail", "journey.bank.worst.highest")
    if step == expected - 1 and not isinstance(answer, str):
        raise _mismatch("fail", "journey.bank.worst.zero_based")
    if not 1 <= step <= n:
        raise _mismatch("fail", "journey.bank.step.range", n=n, got=step)
    raise _mismatch("fail", "journey.bank.worst.not_lowest", step=step,
                    emotion=f"{hotel().steps[step - 1].emotion:g}")


def _compare_pain(answer: Any, expected: Any) -> None:
    got, exp = set(_steps_list(answer)), set(expected)
    if got == exp:
        return
    emotions = {i: s.emotion for i, s in enumerate(hotel().steps, start=1)}
    credit = len(got & exp) / len(got | exp) if got | exp else 0.0
    at_limit = sorted(s for s in got - exp if emotions.get(s) == PAIN_THRESHOLD)
    if at_limit:
        raise _mismatch("fail", "journey.bank.pain.at_threshold", credit=credit,
                        steps=", ".join(map(str, at_limit)), threshold=f"{PAIN_THRESHOLD:g}")
    parts = []
    if exp - got:
        parts.append(t("journey.bank.pain.missing", n=len(exp - got)))
    if got - exp:
        parts.append(t("journey.bank.pain.extra", steps=", ".join(map(str, sorted(got - exp)))))
    raise AnswerMismatch("fail", " ".join(parts), credit=credit)


def _stage_key(x: Any) -> Any:
    """English stage name for an English or Chinese stage name."""
    names = {_clean(st.name): st.name for st in hotel().stages}
    names.update({_clean(st.name_zh): st.name for st in hotel().stages if st.name_zh})
    return names.get(_clean(x), x) if isinstance(x, str) else x


_stage_frame = frame(atol=0.005)


def _compare_stage_means(answer: Any, expected: Any) -> None:
    if isinstance(answer, Mapping):
        answer = pd.Series(dict(answer), dtype=object)
    if isinstance(answer, pd.DataFrame) and answer.shape[1] == 1:
        answer = answer.iloc[:, 0]
    if not isinstance(answer, pd.Series):
        raise _mismatch("wrong_type", "journey.bank.stage.type", got=describe(answer))
    answer = answer.rename(index=_stage_key)
    if isinstance(answer.index, pd.RangeIndex) or not answer.index.is_unique:
        raise _mismatch("wrong_shape", "journey.bank.stage.index",
                        stages=", ".join(map(str, expected.index)))
    try:
        _stage_frame(answer, expected)
    except AnswerMismatch as mismatch:
        overall = float(np.mean([s.emotion for s in hotel().steps]))
        values = pd.to_numeric(answer, errors="coerce")
        if mismatch.status == "fail" and np.allclose(values.dropna(), overall, atol=0.005):
            raise _mismatch("fail", "journey.bank.stage.overall") from None
        raise


def _compare_peak_end(answer: Any, expected: Any) -> None:
    a, m = _pair(answer, ("abs", "max"))
    e_abs, e_max = expected
    ok_a, ok_m = math.isclose(a, e_abs, abs_tol=0.005), math.isclose(m, e_max, abs_tol=0.005)
    if ok_a and ok_m:
        return
    if (math.isclose(a, e_max, abs_tol=0.005) and math.isclose(m, e_abs, abs_tol=0.005)):
        raise _mismatch("fail", "journey.bank.peak.swapped", credit=0.5)
    steps = [s.emotion for s in hotel().steps]
    mean = float(np.mean(steps))
    if any(math.isclose(x, mean, abs_tol=0.005) for x in (a, m)):
        raise _mismatch("fail", "journey.bank.peak.mean", credit=0.5 * (ok_a + ok_m))
    which = [name for name, ok in (("abs", ok_a), ("max", ok_m)) if not ok]
    raise _mismatch("fail", "check.not_yet_right", credit=0.5 * (ok_a + ok_m), which=", ".join(which))


def _compare_carlzon(answer: Any, expected: Any) -> None:
    moments, hours = _pair(answer, ("moments", "hours"))
    e_moments, e_hours = expected
    ok_m = math.isclose(moments, e_moments, rel_tol=1e-9)
    ok_h = math.isclose(hours, e_hours, abs_tol=1.0)
    if ok_m and ok_h:
        return
    credit = 0.5 * (ok_m + ok_h)
    if not ok_h:
        seconds = e_moments * SAS_SECONDS_PER_CONTACT
        for value, unit in ((seconds, "seconds"), (seconds / 60, "minutes")):
            if math.isclose(hours, value, rel_tol=1e-6):
                raise _mismatch("fail", f"journey.bank.carlzon.{unit}", credit=credit)
    if not ok_m and math.isclose(moments, SAS_CUSTOMERS, rel_tol=1e-9):
        raise _mismatch("fail", "journey.bank.carlzon.customers", credit=credit)
    raise _mismatch("fail", "check.not_yet_right", credit=credit,
                    which=", ".join(w for w, ok in (("moments", ok_m), ("hours", ok_h))
                                    if not ok))


def _compare_under_worst(answer: Any, expected: Any) -> None:
    if not isinstance(answer, str):
        raise _mismatch("wrong_type", "check.expected_type", expected="str",
                        got=describe(answer))
    bp = hotel_blueprint()
    ids = {s.id.casefold(): s.id for s in bp.steps}
    labels = {}
    for s in bp.lane_steps("customer"):
        for text in (s.label, s.label_zh):
            if text:
                labels[_clean(text)] = s.id
    got = ids.get(answer.strip().casefold()) or labels.get(_clean(answer))
    if got == expected:
        return
    if got is None and _clean(answer) in _action_steps():
        raise _mismatch("fail", "journey.bank.align.journey_action")
    if got is not None and bp.step(got).lane != "customer":
        raise _mismatch("fail", "journey.bank.align.lane", got=got)
    raise _mismatch("fail", "check.value_off")


def _channel_key(x: Any) -> Any:
    if not isinstance(x, str):
        return x
    key = journey.channel_key(x)
    for lang in ("en", "zh"):
        for channel in journey.CHANNELS:
            if _clean(t(f"journey.channel.{channel}", lang=lang)) == _clean(x):
                return channel
    return key


def _compare_channels(answer: Any, expected: Any) -> None:
    if isinstance(answer, Mapping):
        answer = pd.Series(dict(answer), dtype=object)
    if not isinstance(answer, pd.Series):
        raise _mismatch("wrong_type", "journey.bank.channels.type", got=describe(answer))
    answer = answer.rename(index=_channel_key)
    unknown = [str(k) for k in answer.index if k not in journey.CHANNELS]
    if unknown:
        raise _mismatch("wrong_shape", "journey.bank.channels.unknown", labels=", ".join(unknown),
                        channels=", ".join(journey.CHANNELS))
    if not answer.index.is_unique:
        raise _mismatch("wrong_shape", "journey.bank.channels.twice")
    got = answer.reindex(list(journey.CHANNELS), fill_value=0)
    wrong = [c for c in journey.CHANNELS
             if _step_number(got[c]) is None or _step_number(got[c]) != int(expected[c])]
    if wrong:
        raise _mismatch("fail", "check.n_wrong", credit=1 - len(wrong) / len(journey.CHANNELS),
                        n=len(wrong), total=len(journey.CHANNELS), where=wrong[0])


def read_own_journey(answer: Any) -> journey.JourneyMap:
    """The learner's journey, or a mismatch with the reader's own error message."""
    if not isinstance(answer, Mapping):
        raise _mismatch("wrong_type", "journey.bank.own.type", got=describe(answer))
    try:
        return journey.JourneyMap.from_dict(answer, source=t("journey.bank.own.source"))
    except ValueError as exc:
        raise _mismatch("fail", "journey.bank.own.invalid", error=str(exc)) from None


def _compare_own(answer: Any, expected: Any) -> None:
    jm = read_own_journey(answer)
    problems = []
    if len(jm.stages) < MIN_STAGES:
        problems.append(t("journey.bank.own.stages", n=len(jm.stages), min=MIN_STAGES))
    counts = jm.channels()
    missing = [journey.channel_name(c) for c in journey.CHANNELS if counts[c] == 0]
    if missing:
        problems.append(t("journey.bank.own.channels", missing=", ".join(missing)))
    if problems:
        met = 1 + (len(jm.stages) >= MIN_STAGES) + (not missing)
        raise AnswerMismatch("fail", " ".join(problems), credit=met / 3)


# -------------------------------------------------------------------------- answer cards
# The no-code track (exercises/nocode/journey.ipynb): the same tasks, answered on cards.
def step_options() -> list[tuple[int, tuple[str, str]]]:
    """Every step of the hotel journey as ``(number, (English, Chinese))``."""
    return [(i, (f"{i}. {s.action}", f"{i}. {s.action_zh or s.action}"))
            for i, s in enumerate(hotel().steps, start=1)]


def _stage_rows() -> list[tuple[str, tuple[str, str]]]:
    return [(st.name, (st.name, st.name_zh or st.name)) for st in hotel().stages]


def _blueprint_customer_options() -> list[tuple[str, tuple[str, str]]]:
    return [(s.id, (f"{s.id} — {s.label}", f"{s.id} — {s.label_zh or s.label}"))
            for s in hotel_blueprint().lane_steps("customer")]


def _channel_rows() -> list[tuple[str, tuple[str, str]]]:
    return [(c, (t(f"journey.channel.{c}", lang="en"), t(f"journey.channel.{c}", lang="zh")))
            for c in journey.CHANNELS]


PEAK_END_ROWS = [("abs", ("Peak = the most intense moment", "峰值 = 最强烈的时刻")),
                 ("max", ("Peak = the highest score", "峰值 = 最高分"))]
CARLZON_ROWS = [("moments", ("Moments of truth per year", "每年的关键时刻数")),
                ("hours", ("Contact time per year, in hours", "每年的接触时间（小时）"))]


# -------------------------------------------------------------------------- questions
register(Question(
    "journey.t1_worst", title=("The worst moment", "最低谷时刻"),
    expected=worst_step, compare=_compare_worst,
    hints=[("Look for the lowest point of the emotion curve. Give its step number (1 is the "
            "first step) or its action.",
            "找出情绪曲线的最低点，给出它的步骤编号（第一步为 1）或它的行为描述。"),
           ("hotel.lowest() returns the row of the worst step; its 'step' field is the number.",
            "hotel.lowest() 返回最低谷那一步所在的行，其中 'step' 字段就是编号。")],
    card=Card.choice(step_options),
))

register(Question(
    "journey.t2_pain_points", title=("Pain points below the threshold", "低于阈值的痛点"),
    expected=pain_steps, compare=_compare_pain, partial=True,
    hints=[("A pain point is a step whose emotion is strictly below the threshold.",
            "痛点是情绪分严格低于阈值的步骤。"),
           ("hotel.pain_points(threshold=0)['step'] gives the step numbers; a step at exactly "
            "0 is not a pain point.",
            "hotel.pain_points(threshold=0)['step'] 给出步骤编号；恰好等于 0 的步骤不算痛点。")],
    card=Card.multi(step_options),
))

register(Question(
    "journey.t3_stage_means", title=("Mean emotion per stage", "各阶段的平均情绪"),
    expected=stage_means, compare=_compare_stage_means, partial=True,
    hints=[("Average the emotions of the steps of each stage; keep one value per stage.",
            "对每个阶段内各步骤的情绪分求平均，每个阶段一个值。"),
           ("hotel.stage_emotions(), or emotion_curve() grouped by 'stage' (sort=False) "
            "with the mean of 'emotion'.",
            "使用 hotel.stage_emotions()，或将 emotion_curve() 按 'stage' 分组（sort=False）"
            "后对 'emotion' 求平均。")],
    card=Card.table(_stage_rows, as_dict=True),
))

register(Question(
    "journey.t4_peak_end", points=2, title=("Peak-end average, both ways", "两种峰终平均"),
    expected=peak_end_both, compare=_compare_peak_end, partial=True,
    hints=[("Peak-end = (peak + last) / 2. With peak='abs' the peak is the most intense "
            "moment (largest distance from the midpoint), with peak='max' the highest score.",
            "峰终平均 = (峰值 + 终值) / 2。peak='abs' 取最强烈的时刻（离中点最远），peak='max' "
            "取最高分。"),
           ("hotel.peak_end(peak='abs') and hotel.peak_end(peak='max'); give the two numbers "
            "in that order.",
            "分别计算 hotel.peak_end(peak='abs') 和 hotel.peak_end(peak='max')，按此顺序给出两个数。")],
    card=Card.table(PEAK_END_ROWS),
))

register(Question(
    "journey.t5_carlzon", title=("Carlzon's moments of truth", "卡尔松的关键时刻"),
    expected=carlzon, compare=_compare_carlzon, partial=True,
    hints=[("10 million customers × about 5 contacts each gives the moments per year; each "
            "lasts 15 seconds.",
            "1000 万名顾客 × 每人约 5 次接触 = 每年的关键时刻数；每次持续 15 秒。"),
           ("Moments × 15 gives seconds; divide by 3600 for hours.",
            "关键时刻数 × 15 得到秒数；再除以 3600 得到小时数。")],
    card=Card.table(CARLZON_ROWS),
))

register(Question(
    "journey.t6_align", title=("The blueprint under the worst moment", "最低谷下方的蓝图步骤"),
    expected=under_worst, compare=_compare_under_worst,
    hints=[("journey.align(hotel, hotel_bp) puts each journey step over a customer action of "
            "the blueprint.",
            "journey.align(hotel, hotel_bp) 把每个旅程步骤对齐到蓝图中的一个顾客行为。"),
           ("Find the row of the worst step in the aligned table and give its 'blueprint_step' "
            "id (or the customer action's label).",
            "在对齐表中找到最低谷那一步的行，给出其 'blueprint_step' 编号（或顾客行为名称）。")],
    card=Card.choice(_blueprint_customer_options),
))

register(Question(
    "journey.t7_channels", title=("Channel mix", "渠道构成"),
    expected=channel_mix, compare=_compare_channels, partial=True,
    hints=[("Count the steps of each touchpoint channel: physical, digital, interpersonal, "
            "process.", "统计每种触点渠道（物理、数字、人际、流程）的步骤数。"),
           ("hotel.channels() returns the counts; a dict {'physical': …, …} is fine too.",
            "hotel.channels() 返回计数；也可以提交字典 {'physical': …, …}。")],
    card=Card.table(_channel_rows, integer=True, as_dict=True),
))

register(Question(
    "journey.t8_own_journey", points=3, title=("A journey of your own", "自己的客户旅程"),
    expected=lambda: None, compare=_compare_own, partial=True,
    hints=[("Write the journey as a dict with 'name', 'scale' and a list of 'stages'; each "
            "stage has a 'name' and 'steps'; each step needs 'action', 'touchpoint', "
            "'channel' and 'emotion'.",
            "把旅程写成字典：包含 'name'、'scale' 和 'stages' 列表；每个阶段有 'name' 和 "
            "'steps'；每个步骤需要 'action'、'touchpoint'、'channel' 和 'emotion'。"),
           (f"Use at least {MIN_STAGES} stages and each channel at least once: physical, "
            "digital, interpersonal, process. Test it yourself with "
            "journey.JourneyMap.from_dict(my_journey).channels().",
            f"至少 {MIN_STAGES} 个阶段，四种渠道（physical、digital、interpersonal、process）"
            "各至少出现一次。可以先用 journey.JourneyMap.from_dict(my_journey).channels() "
            "自行检查。")],
))
