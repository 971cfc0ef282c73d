"""The audit, privacy and continuity question bank: model answers pass (also as data), the
expected answers agree with plain pandas and the formulas written out here, typical
mistakes get their own feedback in both languages, partial credit, the hidden test on the
first message, and no answer makes check() raise."""

from __future__ import annotations

import math

import banks
import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from svcx_helpers import audit, grading, i18n, load_dataset
from svcx_helpers.grading.checks import check, grade_answer
from svcx_helpers.questions import audit as bank

QIDS = sorted(q.id for q in grading.load_bank("audit"))

MESSAGE_EN = ("We are sorry: since 08:40 this morning our mobile app is not working, so you "
              "cannot log in or pay from your phone. Our engineers are restoring it now. In the "
              "meantime you can use online banking or any branch, and call 95588 if a payment "
              "is due today. We will post the next update by 09:40.")
MESSAGE_ZH = ("非常抱歉：今天 8:40 起，手机银行出现故障，您暂时无法登录和付款。"
              "我们的技术人员正在全力抢修。期间您可以通过网上银行或到任一网点办理业务；"
              "今天到期的付款如有困难，请拨打客服热线 95588。我们将于 9:40 前发布下一次更新。")
REDESIGN = {"O1": ["name", "phone"], "C3": ["health_conditions", "emergency_contact"],
            "O4": ["date_of_birth"], "O5": ["bank_account"], "O6": ["fingerprint"]}


@pytest.fixture(autouse=True)
def normal_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SVCX_STRICT", raising=False)
    grading.reset_attempts()
    i18n.set_language("en")


def population_by_pandas() -> pd.DataFrame:
    """The quarter's resolved service-desk tickets, with the rule written out."""
    df = load_dataset("it_service_desk_tickets")
    for col in ("created", "first_response", "resolved", "promised"):
        df[col] = pd.to_datetime(df[col])
    df = df[(df["team"] == "service_desk") & df["resolved"].notna()
            & (df["created"] >= "2026-04-01") & (df["created"] < "2026-07-01")]
    df = df.sort_values("ticket_id").reset_index(drop=True)
    df["ok"] = ((df["first_response"] - df["created"] <= pd.Timedelta(hours=4))
                & (df["resolved"] <= df["promised"]))
    return df


def wilson(x: int, n: int, z: float = 1.959964) -> tuple[float, float]:
    p = x / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def model_answers() -> dict[str, object]:
    pop = population_by_pandas()
    rows = np.sort(np.random.default_rng(2026).choice(len(pop), size=50, replace=False))
    sample = pop.iloc[rows]
    x = int(sample["ok"].sum())
    low, high = wilson(x, 50)
    table = audit.classify_incidents(load_dataset("incidents"))
    return {
        "audit.t1_sample": sample["ticket_id"].tolist(),
        "audit.t2_conformity": {"conforming": x, "low": low, "high": high},
        "audit.t3_sample_size": 279,
        "audit.t4_excess_steps": ["C2", "C3", "O4", "O6", "C7"],
        "audit.t5_redesign": REDESIGN,
        "audit.t6_severity": dict(zip(table["incident_id"], table["level"].astype(int),
                                      strict=True)),
        "audit.t7_first_message": MESSAGE_EN,
    }


def test_bank_has_at_least_six_tasks_and_a_hidden_test() -> None:
    banks.assert_bank("audit", model_answers())


@pytest.mark.parametrize("qid", QIDS)
def test_model_answers_pass_also_as_data(qid: str) -> None:
    banks.assert_passes_as_data(qid, model_answers()[qid])


def test_expected_answers_agree_with_plain_pandas_and_formulas() -> None:
    pop = population_by_pandas()
    assert len(pop) == len(bank.population()) == 1132
    assert bank.sample_ids() == model_answers()["audit.t1_sample"]
    got = bank.conformity()
    assert got["conforming"] == 30
    assert (got["low"], got["high"]) == pytest.approx(wilson(30, 50), abs=1e-6)
    # n0 = 1.959964² · 0.6 · 0.4 / 0.05² = 368.78; N = 1132: 368.78 / (1 + 367.78/1132) = 278.3
    n0 = 1.959964 ** 2 * 0.6 * 0.4 / 0.05 ** 2
    assert math.ceil(n0 / (1 + (n0 - 1) / 1132)) == bank.next_sample_size() == 279
    assert bank.original_problems() == 12
    levels = bank.levels()
    assert len(levels) == 21 and levels["INC-10"] == 1
    # the outage the first message is about: the app, on salary day
    assert bank.outage()["service"] == "mobile_app"
    assert bank.outage()["reported"].startswith("2025-11-11")


def test_other_chinese_and_lenient_forms_pass() -> None:
    answers = model_answers()
    assert check("audit.t1_sample", pd.Series(answers["audit.t1_sample"])).passed
    assert check("audit.t1_sample", [t.lower() for t in answers["audit.t1_sample"]]).passed
    assert check("audit.t1_sample", bank.sample()).passed           # the sampled table
    c = answers["audit.t2_conformity"]
    assert check("audit.t2_conformity", [c["conforming"], round(c["low"], 3),
                                         round(c["high"], 3)]).passed
    assert check("audit.t2_conformity", {"x": 30, "lower": c["low"], "upper": c["high"]}).passed
    assert check("audit.t4_excess_steps", ("c7", "O6", "O4", "C3", "C2")).passed
    assert check("audit.t5_redesign", {"o1": "name, phone", "C3": "health_conditions, "
                                       "emergency_contact", "C2": ["date_of_birth"],
                                       "O5": ["Bank account"], "O6": ["fingerprint"],
                                       "C7": []}).passed
    levels = {k: bank.LEVEL_NAMES[v] for k, v in answers["audit.t6_severity"].items()}
    assert check("audit.t6_severity", levels).passed
    zh_names = {"critical": "危急", "major": "重大", "moderate": "较大", "minor": "一般",
                "planning": "计划处理"}
    assert check("audit.t6_severity", {k.lower(): zh_names[v] for k, v in levels.items()}).passed
    assert check("audit.t6_severity", pd.Series(answers["audit.t6_severity"])).passed
    assert check("audit.t7_first_message", MESSAGE_ZH).passed
    assert grade_answer("audit.t7_first_message", MESSAGE_ZH).passed


def mistakes() -> list[tuple[str, object, str]]:
    pop = bank.population()
    flags = audit.ticket_conformity(load_dataset("it_service_desk_tickets"))
    desk = flags[flags["team"] == "service_desk"]
    quarter = (desk["created"] >= "2026-04-01") & (desk["created"] < "2026-07-01")
    c = bank.conformity()
    wald = audit.proportion_interval(30, 50, method="wald")
    cp = audit.proportion_interval(30, 50, method="clopper_pearson")
    w29 = audit.proportion_interval(29, 50)
    levels = bank.levels()
    no_work = audit.classify_incidents(load_dataset("incidents").assign(workaround=0))
    return [
        ("audit.t1_sample", pop.sample(50, random_state=2026)["ticket_id"].tolist(),
         "audit.bank.sample.pandas"),
        ("audit.t1_sample", audit.draw_sample(desk[quarter].sort_values("ticket_id"), 50,
                                              2026)["ticket_id"].tolist(),
         "audit.bank.sample.unresolved"),
        ("audit.t1_sample", audit.draw_sample(desk[desk["resolved"].notna()].sort_values(
            "ticket_id"), 50, 2026)["ticket_id"].tolist(), "audit.bank.sample.half_year"),
        ("audit.t1_sample", audit.draw_sample(pop, 50, 2027)["ticket_id"].tolist(),
         "audit.bank.sample.other"),
        ("audit.t1_sample", bank.sample_ids()[:40], "audit.bank.sample.size"),
        ("audit.t1_sample", [*bank.sample_ids()[:49], "T00001"], "audit.bank.sample.outside"),
        ("audit.t1_sample", bank.sample_ids()[:49] + bank.sample_ids()[:1],
         "audit.bank.sample.twice"),
        ("audit.t2_conformity", {"conforming": 30, "low": wald[0], "high": wald[1]},
         "audit.bank.conformity.wald"),
        ("audit.t2_conformity", {"conforming": 30, "low": cp[0], "high": cp[1]},
         "audit.bank.conformity.clopper_pearson"),
        ("audit.t2_conformity", {"conforming": 0.6, "low": c["low"], "high": c["high"]},
         "audit.bank.conformity.rate"),
        ("audit.t2_conformity", {"conforming": 30, "low": c["low"] * 100,
                                 "high": c["high"] * 100}, "standards.bank.share.percent"),
        ("audit.t2_conformity", {"conforming": int(pop["conforming"].sum()), "low": 0.55,
                                 "high": 0.61}, "audit.bank.conformity.population"),
        ("audit.t2_conformity", {"conforming": 29, "low": w29[0], "high": w29[1]},
         "audit.bank.conformity.count"),
        ("audit.t2_conformity", {"conforming": 30, "low": 0.5, "high": 0.7},
         "audit.bank.conformity.interval"),
        ("audit.t3_sample_size", 369, "audit.bank.size.no_fpc"),
        ("audit.t3_sample_size", audit.sample_size(0.05, population=1132),
         "audit.bank.size.half"),
        ("audit.t3_sample_size", 278, "audit.bank.size.round"),
        ("audit.t4_excess_steps", ["C2", "C3", "O4", "O6", "C7", "O1"],
         "audit.bank.excess.clean"),
        ("audit.t4_excess_steps", ["C2", "C3", "O4", "O6"], "audit.bank.excess.repeated"),
        ("audit.t4_excess_steps", ["C3", "O4", "O5", "O6"], "audit.bank.excess.sensitive"),
        ("audit.t4_excess_steps", ["C2"], "audit.bank.excess.missing"),
        ("audit.t4_excess_steps", ["X1"], "audit.bank.steps.unknown"),
        ("audit.t4_excess_steps", "C2, C3", "audit.bank.steps.type"),
        ("audit.t5_redesign", {**REDESIGN, "O4": []}, "audit.bank.redesign.missing"),
        ("audit.t5_redesign", {**REDESIGN, "C7": ["name"]}, "audit.bank.redesign.repeated"),
        ("audit.t5_redesign", {**REDESIGN, "O6": ["fingerprint", "face_image"]},
         "audit.bank.redesign.unused"),
        ("audit.t5_redesign", {**REDESIGN, "O6": ["iris scan"]}, "audit.bank.redesign.unknown"),
        ("audit.t5_redesign", {**REDESIGN, "Z1": ["name"]}, "audit.bank.steps.unknown"),
        ("audit.t5_redesign", {**REDESIGN, "O6": 3}, "audit.bank.redesign.items"),
        ("audit.t5_redesign", [["O1", "name"]], "audit.bank.redesign.type"),
        ("audit.t6_severity", dict(zip(no_work["incident_id"], no_work["level"].astype(int),
                                       strict=True)), "audit.bank.levels.workaround"),
        ("audit.t6_severity", bank._numbers_only(), "audit.bank.levels.numbers"),
        ("audit.t6_severity", {k: 6 - v for k, v in levels.items()},
         "audit.bank.levels.reversed"),
        ("audit.t6_severity", {k: v for k, v in list(levels.items())[:20]},
         "audit.bank.levels.missing"),
        ("audit.t6_severity", {**levels, "INC-99": 1}, "audit.bank.levels.unknown"),
        ("audit.t6_severity", {**levels, "INC-01": "urgent"}, "audit.bank.levels.value"),
        ("audit.t6_severity", [1, 2, 3], "audit.bank.levels.type"),
        ("audit.t7_first_message", "The app is down. Sorry.", "audit.bank.message.short"),
        ("audit.t7_first_message", MESSAGE_EN.replace("We are sorry: s", "S"),
         "audit.bank.message.missing"),
        ("audit.t7_first_message", MESSAGE_EN + " It is only a minor problem.",
         "audit.bank.message.avoid"),
    ]


@pytest.mark.parametrize("qid, answer, key", mistakes())
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_typical_mistakes_get_their_own_message(qid: str, answer: object, key: str,
                                                lang: str) -> None:
    i18n.set_language(lang)
    fb = check(qid, answer)
    assert fb.status in ("fail", "wrong_type", "wrong_shape"), fb.text()
    expected = i18n.MESSAGES[key][i18n.LANGUAGES.index(lang)]
    assert fb.message.startswith(expected.split("{")[0][:12]), (key, fb.message)


def test_partial_credit() -> None:
    fb = grade_answer("audit.t2_conformity", {"conforming": 30, "low": 0.5, "high": 0.7})
    assert fb.points == 1.0
    fb = grade_answer("audit.t4_excess_steps", ["C2", "C3", "O4", "O6"])
    assert fb.points == pytest.approx(2 * 4 / 5)
    fb = grade_answer("audit.t4_excess_steps", ["C2", "C3", "O4", "O6", "C7", "O1"])
    assert fb.points == pytest.approx(2 * 4 / 5)                  # one wrong costs one right
    fb = grade_answer("audit.t5_redesign", {**REDESIGN, "C7": ["name", "phone"]})
    assert fb.points == pytest.approx(2 * (1 - 2 / 12), abs=0.01)
    fb = grade_answer("audit.t5_redesign", {})          # collects nothing: 9 gaps, counted twice
    assert fb.points == 0
    fb = grade_answer("audit.t5_redesign", {**REDESIGN, "O4": []})   # one gap: 1 − 2/12
    assert fb.points == pytest.approx(2 * (1 - 2 / 12), abs=0.01)
    levels = bank.levels()
    fb = grade_answer("audit.t6_severity", {**levels, "INC-01": 1, "INC-02": 1})
    assert fb.points == pytest.approx(2 * 19 / 21, abs=0.01)
    fb = grade_answer("audit.t7_first_message", MESSAGE_EN.replace("We are sorry: s", "S"))
    assert fb.points == pytest.approx(3 * 5 / 6, abs=0.01)


def test_hidden_test_wants_the_service_and_a_time() -> None:
    vague = ("We are sorry for the disruption this morning. Our engineers are working on the "
             "problem right now. In the meantime you can use online banking or visit a "
             "branch, or call our hotline. We will keep you updated: next update soon.")
    assert check("audit.t7_first_message", vague).passed          # the visible check passes
    fb = grade_answer("audit.t7_first_message", vague)
    assert fb.status == "fail" and "mobile app" in fb.hint
    zh = ("非常抱歉，今天上午服务出现故障。我们正在全力抢修。期间您可以通过网上银行或到网点办理，"
          "也可拨打客服热线咨询。我们会尽快发布下一次更新，敬请留意。")
    assert check("audit.t7_first_message", zh).passed
    assert not grade_answer("audit.t7_first_message", zh).passed
    assert grade_answer("audit.t7_first_message", MESSAGE_EN).passed


anything = banks.anything(
    samples=["T00001", "C2", "INC-01", "critical", "name, phone", "危急", MESSAGE_EN[:60]],
    keys=["conforming", "low", "high", "O1", "C3", "INC-01", "INC-10", "x"], size=6)


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(qid=st.sampled_from(QIDS), answer=anything)
def test_check_and_grade_never_raise(qid: str, answer: object) -> None:
    banks.assert_never_raises(qid, answer)


def test_every_message_of_the_bank_is_used() -> None:
    from pathlib import Path

    source = Path(bank.__file__).read_text(encoding="utf-8")
    keys = [k for k in i18n.MESSAGES if k.startswith("audit.bank.")]
    prefixed = ("audit.bank.sample.", "audit.bank.conformity.", "audit.bank.redesign.")
    unused = [k for k in keys if f'"{k}"' not in source and not (
        k.startswith(prefixed) and f'"{k.rsplit(".", 1)[1]}"' in source)]
    assert keys and not unused, unused
