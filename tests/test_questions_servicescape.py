"""The servicescape question bank: model answers pass (also as data), expected answers
agree with plain pandas and numpy, typical mistakes get their own feedback in both
languages, partial credit and the hidden test of task 8 work, and no answer makes check()
raise."""

from __future__ import annotations

import math

import banks
import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from svcx_helpers import grading, i18n, load_dataset
from svcx_helpers.grading.checks import check, grade_answer
from svcx_helpers.questions import servicescape as bank

QIDS = sorted(q.id for q in grading.load_bank("servicescape"))

CHANNEL = ("A staffed help desk by the entrance: staff issue a paper ticket with the ID card, "
           "fill in the paper form with the visitor, call them by phone when the result is "
           "ready and hand it over against the ID card, or to a relative.")
STAFFING = ("Three people at the desk on Monday mornings from 09:00 to 10:30, two at other "
            "times; four on the roster so that breaks and leave are covered.")


@pytest.fixture(autouse=True)
def normal_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SVCX_STRICT", raising=False)
    grading.reset_attempts()
    i18n.set_language("en")


def frames() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    return (load_dataset("servicescape_halls"), load_dataset("servicescape_checklist"),
            load_dataset("servicescape_audit"))


def plain_scores(partial: float = 0.5, na_as_failed: bool = False) -> pd.DataFrame:
    """Scores with plain pandas, independently of svcx_helpers.servicescape."""
    _, checklist, audit = frames()
    df = audit.merge(checklist, on="item_id")
    df["c"] = df["rating"].map({"met": 1.0, "partly": partial, "not_met": 0.0, "na": np.nan})
    if na_as_failed:
        df["c"] = df["c"].fillna(0.0)
    ok = df[df["c"].notna()]
    halls = list(dict.fromkeys(audit["hall"]))
    return pd.DataFrame({
        "weighted": 100 * (ok["weight"] * ok["c"]).groupby(ok["hall"]).sum()
        / ok.groupby("hall")["weight"].sum(),
        "unweighted": 100 * ok.groupby("hall")["c"].mean()}).reindex(halls)


def peak_monday() -> float:
    """Mean arrivals in the busiest half hour of an average Monday, by hand."""
    visits = load_dataset("government_window_visits")
    t = pd.to_datetime(visits["arrived"])
    mondays = pd.date_range(t.min().normalize(), t.max().normalize(), freq="D")
    mondays = mondays[mondays.day_of_week == 0]
    monday = t[t.dt.day_of_week == 0]
    per_slot = monday.dt.floor("30min").dt.strftime("%H:%M").value_counts()
    return float(per_slot.max() / len(mondays))


def erlang_c(a: float, n: int) -> float:
    top = a ** n / math.factorial(n) * n / (n - a)
    return top / (sum(a ** k / math.factorial(k) for k in range(n)) + top)


def model_answers() -> dict[str, object]:
    _, checklist, audit = frames()
    s = plain_scores()
    crit = audit.merge(checklist)
    failed = crit[(crit["critical"] == 1) & (crit["rating"] == "not_met")]
    no_fail = s.drop(index=failed["hall"].unique())["weighted"].sort_values(ascending=False)
    with_fail = s.loc[failed["hall"].unique(), "weighted"].sort_values(ascending=False)
    river = crit[(crit["hall"] == "riverside") & crit["rating"].isin(["partly", "not_met"])]
    steps = {p: sorted(set(river.loc[river["personas"].fillna("").str.split().map(
        lambda v, p=p: p in v), "step"])) for p in ("wheelchair", "older")}
    survey = load_dataset("kano_government_window")
    from svcx_helpers import kano

    kiosk = survey[(survey["attribute"] == "self_service_kiosk")
                   & (survey["age_group"] == "60+")]
    letters = [kano.classify(f, d) for f, d in zip(kiosk["functional"], kiosk["dysfunctional"],
                                                     strict=True)]
    counts = pd.Series(letters).value_counts()
    share = (counts.get("I", 0) + counts.get("R", 0)) / len(letters)
    arrivals = peak_monday() * 0.22 * share
    traffic = arrivals * 600 / 1800
    agents = next(n for n in range(2, 20) if n > traffic
                  and 1 - erlang_c(traffic, n) * math.exp(-(n - traffic) * 300 / 600) >= 0.8)
    return {
        "servicescape.t1_dimensions": {"ventilation_hum": "ambient", "counter_height": "space",
                                       "lift_pictogram": "signs", "desk_light": "ambient",
                                       "barrier_layout": "space", "pledge_wall": "signs",
                                       "ticket_machine": "space"},
        "servicescape.t2_scores": s["weighted"].to_dict(),
        "servicescape.t3_ranking": {
            "unweighted": list(s["unweighted"].sort_values(ascending=False).index),
            "weighted": list(s["weighted"].sort_values(ascending=False).index)},
        "servicescape.t4_critical": {"items": sorted(failed["item_id"]),
                                     "final_order": list(no_fail.index) + list(with_fail.index)},
        "servicescape.t5_fail_points": steps,
        "servicescape.t6_kiosk_age": {"category": counts.idxmax(), "share": share},
        "servicescape.t7_assisted_staffing": {"arrivals": arrivals, "traffic": traffic,
                                              "agents": agents,
                                              "scheduled": math.ceil(agents / 0.75)},
        "servicescape.t8_proposal": {"channel": CHANNEL, "staffing": STAFFING},
    }


def test_bank_has_at_least_six_tasks_and_a_hidden_test() -> None:
    banks.assert_bank("servicescape", model_answers())


@pytest.mark.parametrize("qid", QIDS)
def test_model_answers_pass_also_as_data(qid: str) -> None:
    banks.assert_passes_as_data(qid, model_answers()[qid])


def test_expected_answers_agree_with_plain_pandas() -> None:
    model = model_answers()
    assert bank.weighted_scores() == pytest.approx(model["servicescape.t2_scores"])
    assert bank.orders() == model["servicescape.t3_ranking"]
    assert bank.critical() == model["servicescape.t4_critical"]
    assert bank.fail_points() == model["servicescape.t5_fail_points"]
    assert bank.kiosk_older() == pytest.approx(model["servicescape.t6_kiosk_age"])
    assert bank.staffing() == pytest.approx(model["servicescape.t7_assisted_staffing"])
    # the planted story: Hi-tech first unweighted and fourth weighted; Old Town gated last
    assert model["servicescape.t3_ranking"]["unweighted"][0] == "hitech"
    assert model["servicescape.t3_ranking"]["weighted"].index("hitech") == 3
    assert model["servicescape.t4_critical"]["final_order"][-1] == "oldtown"
    # task 1: two ambient, three space, two signs
    kinds = pd.Series(bank._task1_expected()).value_counts().to_dict()
    assert kinds == {"space": 3, "ambient": 2, "signs": 2}


def mistakes() -> list[tuple[str, object, str]]:
    model = model_answers()
    dims = model["servicescape.t1_dimensions"]
    scores = model["servicescape.t2_scores"]
    na = plain_scores(na_as_failed=True)["weighted"].to_dict()
    strict = plain_scores(partial=0)["weighted"].to_dict()
    unweighted = plain_scores()["unweighted"].to_dict()
    orders = model["servicescape.t3_ranking"]
    crit = model["servicescape.t4_critical"]
    steps = model["servicescape.t5_fail_points"]
    kiosk = model["servicescape.t6_kiosk_age"]
    staff = model["servicescape.t7_assisted_staffing"]
    peak = peak_monday()
    return [
        ("servicescape.t1_dimensions", {**dims, "pledge_wall": "space"},
         "servicescape.bank.dimension.artefact"),
        ("servicescape.t1_dimensions", {**dims, "ticket_machine": "signs"},
         "servicescape.bank.dimension.equipment"),
        ("servicescape.t1_dimensions", {**dims, "desk_light": "space"}, "check.n_wrong"),
        ("servicescape.t1_dimensions", {**dims, "desk_light": "lighting"},
         "servicescape.bank.dimension.unknown"),
        ("servicescape.t2_scores", {h: v / 100 for h, v in scores.items()},
         "servicescape.bank.scores.share"),
        ("servicescape.t2_scores", unweighted, "servicescape.bank.scores.unweighted"),
        ("servicescape.t2_scores", na, "servicescape.bank.scores.na"),
        ("servicescape.t2_scores", strict, "servicescape.bank.scores.partly"),
        ("servicescape.t2_scores", {**scores, "north": 50.0}, "check.n_wrong"),
        ("servicescape.t3_ranking", {**orders, "weighted": orders["unweighted"]},
         "servicescape.bank.order.same"),
        ("servicescape.t3_ranking", {**orders, "weighted": orders["weighted"][::-1]},
         "servicescape.bank.order.reversed"),
        ("servicescape.t3_ranking", {**orders, "weighted": list(
            pd.Series(na).sort_values(ascending=False).index)}, "servicescape.bank.scores.na"),
        ("servicescape.t3_ranking", {**orders, "weighted": orders["weighted"][:4]},
         "servicescape.bank.order.halls"),
        ("servicescape.t3_ranking", {**orders, "weighted": ["Atlantis"] * 5},
         "servicescape.bank.hall.unknown"),
        ("servicescape.t4_critical", {**crit, "items": crit["items"] + [
            "spc_counter", "inc_ticket", "inc_help_desk"]}, "servicescape.bank.critical.partly"),
        ("servicescape.t4_critical", {**crit, "items": ["ramp"]},
         "servicescape.bank.critical.unknown"),
        ("servicescape.t4_critical", {**crit, "final_order": crit["final_order"][:-1]},
         "servicescape.bank.critical.dropped"),
        ("servicescape.t4_critical", {**crit, "final_order": orders["weighted"]},
         "servicescape.bank.critical.no_gate"),
        ("servicescape.t5_fail_points", {"wheelchair": ["spc_aisles", "spc_signpad"],
                                         "older": steps["older"]},
         "servicescape.bank.steps.items"),
        ("servicescape.t5_fail_points", {"wheelchair": ["C3", "X9"], "older": steps["older"]},
         "servicescape.bank.steps.unknown"),
        ("servicescape.t5_fail_points", {"wheelchair": steps["wheelchair"] + ["O2"],
                                         "older": steps["older"]},
         "servicescape.bank.steps.marked"),
        ("servicescape.t5_fail_points", {"wheelchair": ["C4"], "older": ["C5"]},
         "servicescape.bank.steps.partly"),
        ("servicescape.t5_fail_points", {"wheelchair": steps["older"],
                                         "older": steps["wheelchair"]},
         "servicescape.bank.steps.swapped"),
        ("servicescape.t5_fail_points", {"wheelchair": 3, "older": steps["older"]},
         "servicescape.bank.list"),
        ("servicescape.t6_kiosk_age", {**kiosk, "category": "A"},
         "servicescape.bank.kiosk.overall"),
        ("servicescape.t6_kiosk_age", {**kiosk, "category": "kiosk"},
         "servicescape.bank.kiosk.unknown"),
        ("servicescape.t6_kiosk_age", {**kiosk, "share": 23 / 65},
         "servicescape.bank.kiosk.r_only"),
        ("servicescape.t6_kiosk_age", {**kiosk, "share": 135 / 320},
         "servicescape.bank.kiosk.all_ages"),
        ("servicescape.t6_kiosk_age", {**kiosk, "share": 52 / 63},
         "servicescape.bank.kiosk.without_q"),
        ("servicescape.t6_kiosk_age", {**kiosk, "share": 80.0}, "standards.bank.share.percent"),
        ("servicescape.t7_assisted_staffing", {**staff, "arrivals": peak},
         "servicescape.bank.staff.all_visitors"),
        ("servicescape.t7_assisted_staffing", {**staff, "arrivals": peak * 0.22},
         "servicescape.bank.staff.all_older"),
        ("servicescape.t7_assisted_staffing", {**staff, "traffic": staff["arrivals"] * 10 / 1800},
         "servicescape.bank.staff.units"),
        ("servicescape.t7_assisted_staffing", {**staff, "scheduled": staff["agents"]},
         "servicescape.bank.staff.shrinkage"),
        ("servicescape.t8_proposal", {"channel": "A desk.", "staffing": STAFFING},
         "recovery.bank.reflection.short"),
        ("servicescape.t8_proposal", {"channel": CHANNEL, "staffing": CHANNEL},
         "servicescape.bank.proposal.same"),
        ("servicescape.t8_proposal", {"channel": CHANNEL, "staffing": 3},
         "recovery.bank.reflection.text"),
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
    from svcx_helpers import blueprint, servicescape

    halls, checklist, audit = frames()
    zh = {"ventilation_hum": "氛围条件", "counter_height": "空间布局与功能",
          "lift_pictogram": "标识、符号与陈设", "desk_light": "Ambient conditions",
          "barrier_layout": "Space and function", "pledge_wall": "signs, symbols and artifacts",
          "ticket_machine": "space"}
    assert check("servicescape.t1_dimensions", zh).passed
    s = servicescape.score(audit, checklist)
    assert check("servicescape.t2_scores", s["weighted"]).passed
    names = dict(zip(halls["hall"], halls["name_zh"], strict=True))
    assert check("servicescape.t2_scores", {names[h]: v for h, v in s["weighted"].items()}).passed
    order = s["weighted"].sort_values(ascending=False).index
    unweighted = s["unweighted"].sort_values(ascending=False).index
    assert check("servicescape.t3_ranking", {"unweighted": unweighted, "weighted": order}).passed
    assert check("servicescape.t3_ranking", {
        "unweighted": "Hi-tech, Old Town, North Station, Riverside, Lakeside",
        "weighted": ["滨江", "老城区", "北站", "高新区", "湖滨镇"]}).passed
    failures = servicescape.critical_failures(audit, checklist)
    ranking = servicescape.rank(s, failures)
    assert check("servicescape.t4_critical", {"items": failures["item_id"],
                                              "final_order": ranking.index}).passed
    after = blueprint.load("government_window_after")
    wheel = servicescape.persona_fail_points(audit, checklist, after, "riverside", "wheelchair")
    older = servicescape.persona_fail_points(audit, checklist, after, "riverside", "older")
    assert check("servicescape.t5_fail_points", {"wheelchair": wheel["step"],
                                                 "older": "c2, c5, c6"}).passed
    assert check("servicescape.t6_kiosk_age", {"category": "无差异型", "share": 0.8}).passed
    assert check("servicescape.t6_kiosk_age", ("indifferent", 52 / 65)).passed
    staff = bank.staffing()
    assert check("servicescape.t7_assisted_staffing",
                 [round(staff["arrivals"], 2), round(staff["traffic"], 2), 3, 4]).passed
    text = {"channel": "在入口设帮办台：工作人员刷身份证代取号，协助填写纸质表格，"
                       "办结后电话通知，凭身份证或由亲属代领。",
            "staffing": "周一上午九点到十点半配三名工作人员，其他时段两名，排班共四人。"}
    assert check("servicescape.t8_proposal", text).passed
    assert grade_answer("servicescape.t8_proposal", text).passed
    assert older["step"].tolist() == ["C2", "C5", "C6"]


def test_partial_credit() -> None:
    model = model_answers()
    scores = model["servicescape.t2_scores"]
    fb = grade_answer("servicescape.t2_scores", {**scores, "north": 50.0, "hitech": 50.0})
    assert fb.status == "fail" and fb.points == pytest.approx(2 * 3 / 5, abs=0.01)
    orders = model["servicescape.t3_ranking"]
    fb = grade_answer("servicescape.t3_ranking", {**orders, "weighted": orders["unweighted"]})
    assert fb.points == pytest.approx(1.0)
    crit = model["servicescape.t4_critical"]
    fb = grade_answer("servicescape.t4_critical", {**crit, "final_order": orders["weighted"]})
    assert fb.points == pytest.approx(1.0)
    steps = model["servicescape.t5_fail_points"]
    fb = grade_answer("servicescape.t5_fail_points", {**steps, "older": ["C5"]})
    assert fb.points == pytest.approx(1.5)
    kiosk = model["servicescape.t6_kiosk_age"]
    fb = grade_answer("servicescape.t6_kiosk_age", {**kiosk, "category": "A"})
    assert fb.points == pytest.approx(1.0)
    staff = model["servicescape.t7_assisted_staffing"]
    fb = grade_answer("servicescape.t7_assisted_staffing", {**staff, "scheduled": 3})
    assert fb.points == pytest.approx(3 * 0.75)
    fb = grade_answer("servicescape.t8_proposal", {"channel": "A desk.", "staffing": STAFFING})
    assert fb.points == pytest.approx(1.0)
    dims = model["servicescape.t1_dimensions"]
    fb = grade_answer("servicescape.t1_dimensions", {**dims, "desk_light": "space"})
    assert fb.points == pytest.approx(2 * 6 / 7, abs=0.01)


def test_hidden_test_asks_for_an_offline_way_and_a_number() -> None:
    vague = {"channel": "We will make the hall more inclusive and friendly for every kind of "
                        "visitor, with a good service attitude.",
             "staffing": "Enough well-trained staff will be available whenever they are "
                         "needed by visitors during the day."}
    assert check("servicescape.t8_proposal", vague).passed       # the visible check passes
    fb = grade_answer("servicescape.t8_proposal", vague)
    assert fb.status == "fail" and "without a smartphone" in fb.hint
    no_number = {"channel": CHANNEL, "staffing": vague["staffing"]}
    assert not grade_answer("servicescape.t8_proposal", no_number).passed
    zh = {"channel": "把大厅建设得更加包容友好，让每一位访客都感受到温暖贴心的服务态度和环境氛围。",
          "staffing": "安排足够的、训练有素的工作人员，在访客需要的时候随时提供帮助和引导服务。"}
    assert not grade_answer("servicescape.t8_proposal", zh).passed
    assert grade_answer("servicescape.t8_proposal", {"channel": CHANNEL,
                                                     "staffing": STAFFING}).passed


anything = banks.anything(
    samples=["ambient", "space", "signs", "riverside", "C3", "C5", "I", "0.8", "spc_lift",
             "滨江"],
    keys=["ventilation_hum", "riverside", "hitech", "unweighted", "weighted", "items",
          "final_order", "wheelchair", "older", "category", "share", "arrivals", "traffic",
          "agents", "scheduled", "channel", "staffing"], size=7)


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(qid=st.sampled_from(QIDS), answer=anything)
def test_check_and_grade_never_raise(qid: str, answer: object) -> None:
    banks.assert_never_raises(qid, answer)


def test_every_message_of_the_bank_is_used() -> None:
    from pathlib import Path

    source = Path(bank.__file__).read_text(encoding="utf-8")
    keys = [k for k in i18n.MESSAGES if k.startswith("servicescape.bank.")]
    unused = [k for k in keys if f'"{k}"' not in source]
    assert keys and not unused
