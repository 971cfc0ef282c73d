"""The queues question bank: model answers pass (also as data), the published Erlang C
example gives its known answers, typical mistakes get their own feedback in both languages,
partial credit and the hidden tests of the written redesign work, and no answer makes
check() or grade_answer() raise."""

from __future__ import annotations

import datetime
import math

import banks
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from svcx_helpers import grading, i18n, load_dataset, queueing
from svcx_helpers.grading.checks import check, grade_answer
from svcx_helpers.questions import queues as bank

QIDS = sorted(q.id for q in grading.load_bank("queues"))

REDESIGN = (
    "Instead of waiting on hold the caller hears the expected wait and books a call-back, "
    "so the wait is occupied and no longer uncertain: Maister's first and fourth "
    "principles. The bank must call at the promised time. The calls still need agents, so "
    "the call-backs are booked into the afternoon and the roster keeps staff for them."
)


@pytest.fixture(autouse=True)
def normal_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SVCX_STRICT", raising=False)
    grading.reset_attempts()
    i18n.set_language("en")


def hotline() -> pd.DataFrame:
    return load_dataset("hotline_arrivals")


def per_call(rows: pd.DataFrame) -> float:
    return float((rows["arrivals"] * rows["aht_seconds"]).sum() / rows["arrivals"].sum())


def model_answers() -> dict[str, object]:
    """Computed here from the data and the library, independently of the bank's helpers."""
    df = hotline()
    busiest = df.loc[df["arrivals"].idxmax()]
    a = queueing.offered_traffic(100, 1800, 180)
    need = queueing.required_agents(a, 180, 20, 0.8, shrinkage=0.3)
    mondays = df[df["weekday"] == "Mon"]
    plan = queueing.staffing_plan(mondays.groupby("interval")["arrivals"].mean(), 30,
                                  per_call(mondays), 20, 0.8)
    peak = str(plan["arrivals"].idxmax())
    payday = df[df["date"] == "2026-03-10"].set_index("interval")
    pay = queueing.staffing_plan(payday["arrivals"], 30, per_call(payday), 20, 0.8,
                                 shrinkage=0.3)
    sims = [queueing.simulate(100 / 1800, 180, 13, target_time=20, seed=11, service=s)
            .summary["service_level"] for s in ("exponential", "deterministic")]
    return {
        "queues.t1_maister": {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8},
        "queues.t2_offered_traffic": queueing.offered_traffic(
            busiest["arrivals"], 1800, busiest["aht_seconds"]),
        "queues.t3_erlang_c": {"p_wait": queueing.erlang_c(a, 14),
                               "service_level": queueing.service_level(a, 14, 180, 20),
                               "asa": queueing.average_wait(a, 14, 180)},
        "queues.t4_required_agents": [need.agents, need.scheduled],
        "queues.t5_monday_peak": {"interval": peak, "agents": int(plan.loc[peak, "agents"])},
        "queues.t6_agent_hours": [pay["agents"].sum() / 2, pay["scheduled"].sum() / 2],
        "queues.t7_simulation": sims,
        "queues.t8_virtual_queue": REDESIGN,
    }


def test_bank_has_at_least_six_tasks_and_a_hidden_test() -> None:
    banks.assert_bank("queues", model_answers())


@pytest.mark.parametrize("qid", QIDS)
def test_model_answers_pass_also_as_data(qid: str) -> None:
    banks.assert_passes_as_data(qid, model_answers()[qid])


def test_known_answers_of_the_published_example() -> None:
    # METHODS.md §5.2, Q1 (Call Centre Helper / pyworkforce): A = 10, N = 14
    assert bank.q1_traffic() == 10
    m = bank.q1_measures()
    assert m["p_wait"] == pytest.approx(0.174132, abs=5e-6)
    assert m["service_level"] == pytest.approx(0.888350, abs=5e-6)
    assert m["asa"] == pytest.approx(7.836, abs=5e-4)
    assert bank.q1_staffing() == (14, 20)   # raw 14, ceil(14 / 0.7) = 20
    assert check("queues.t3_erlang_c", {"p_wait": 0.1741, "service_level": 0.8884,
                                        "asa": 7.84}).passed
    assert check("queues.t4_required_agents", {"agents": 14, "scheduled": 20}).passed


def test_data_answers_follow_the_data_card() -> None:
    # data/README.md: the busiest half hour is payday 10:00 with 194 calls
    row = bank.busiest_half_hour()
    assert (row["date"], row["interval"], row["arrivals"]) == ("2026-03-10", "10:00", 194)
    assert bank.peak_traffic() == pytest.approx(194 * row["aht_seconds"] / 1800)
    # the average Monday peaks in the morning peak 09:30–11:00 and needs about 30 agents
    peak = bank.monday_peak()
    assert "09:30" <= peak["interval"] <= "11:00"
    assert 28 <= peak["agents"] <= 32
    # payday: the plan follows demand, so it costs far less than a flat peak roster
    agent_h, sched_h = bank.salary_day_hours()
    plan = bank.salary_day_plan()
    assert agent_h < plan["agents"].max() * 12 * 0.8
    assert sched_h == plan["scheduled"].sum() / 2 and sched_h > agent_h / 0.7 - 1e-9


def test_simulation_agrees_with_the_formula_for_its_assumptions() -> None:
    exp_sl, det_sl = bank.simulated_levels()
    assert bank.simulated_levels() == (exp_sl, det_sl)        # the seed fixes the run
    formula = queueing.service_level(10, bank.SIM_AGENTS, 180, 20)
    assert abs(exp_sl - formula) < 0.02                        # M/M/N: sampling error only
    assert det_sl > formula + 0.02                             # constant times: less waiting
    assert det_sl > bank.TARGET_LEVEL > formula
    # the formula's value is not accepted as the simulation's
    assert abs(exp_sl - formula) > bank.SIM_TOL


def test_principles_are_recognised_by_number_and_by_name_in_both_languages() -> None:
    for n, (en, zh) in bank.PRINCIPLES.items():
        assert bank.principle_number(n) == n
        assert bank.principle_number(str(n)) == n
        assert bank.principle_number(en) == n, en
        assert bank.principle_number(zh) == n, zh
    assert bank.principle_number("unfair") == 6 and bank.principle_number("fair") == 6
    assert bank.principle_number("unoccupied time") == 1
    assert bank.principle_number(9) is None and bank.principle_number(True) is None
    assert set(bank.MAISTER_ANSWER) == set(bank.SITUATIONS)
    assert sorted(bank.MAISTER_ANSWER.values()) == list(bank.PRINCIPLES)
    assert list(bank.situations().index) == list(bank.SITUATIONS)
    assert len(bank.principles()) == 8


def mistakes() -> list[tuple[str, object, str]]:
    row = bank.busiest_half_hour()
    calls, aht = float(row["arrivals"]), float(row["aht_seconds"])
    m = bank.q1_measures()
    e_agent, e_sched = bank.salary_day_hours()
    plan = bank.salary_day_plan()
    exp_sl, det_sl = bank.simulated_levels()
    formula = queueing.service_level(10, bank.SIM_AGENTS, 180, 20)
    mondays = hotline()[hotline()["weekday"] == "Mon"]
    single = str(mondays.groupby("interval")["arrivals"].max().idxmax())
    peak = bank.monday_peak()
    answer = dict(bank.MAISTER_ANSWER)
    return [
        ("queues.t1_maister", {**answer, "d": 5, "e": 4},
         "queues.bank.maister.uncertain_unexplained"),
        ("queues.t1_maister", {**answer, "a": 2, "b": 1},
         "queues.bank.maister.occupied_preprocess"),
        ("queues.t1_maister", {**answer, "c": 8}, "queues.bank.maister.wrong"),
        ("queues.t1_maister", {**answer, "c": "hurry"}, "queues.bank.maister.unknown"),
        ("queues.t1_maister", {"a": 1}, "queues.bank.maister.missing"),
        ("queues.t2_offered_traffic", calls * aht / 3600, "queues.bank.traffic.hour"),
        ("queues.t2_offered_traffic", calls * aht / 60, "queues.bank.traffic.units"),
        ("queues.t2_offered_traffic", calls * bank.aht_per_call(hotline()) / 1800,
         "queues.bank.traffic.aht"),
        ("queues.t2_offered_traffic", 3.0, "queues.bank.traffic.wrong"),
        ("queues.t3_erlang_c", {**m, "p_wait": queueing.erlang_b(10, 14)},
         "queues.bank.erlang.erlang_b"),
        ("queues.t3_erlang_c", {**m, "service_level": 1 - m["p_wait"]},
         "queues.bank.erlang.sl_no_time"),
        ("queues.t3_erlang_c", {**m, "asa": m["asa"] / 60}, "queues.bank.erlang.asa_minutes"),
        ("queues.t3_erlang_c", {**m, "asa": 180 / (14 - 10)}, "queues.bank.erlang.asa_waiters"),
        ("queues.t3_erlang_c", {"p_wait": queueing.erlang_c(5, 14),
                                "service_level": queueing.service_level(5, 14, 180, 20),
                                "asa": queueing.average_wait(5, 14, 180)},
                                    "queues.bank.erlang.hour"),
        ("queues.t3_erlang_c", {**m, "p_wait": 17.4}, "queues.bank.share.percent"),
        ("queues.t4_required_agents", [14, 19], "queues.bank.staff.times"),
        ("queues.t4_required_agents", [20, 14], "queues.bank.staff.swapped"),
        ("queues.t4_required_agents", [13, 19], "queues.bank.staff.too_few"),
        ("queues.t4_required_agents", [10, 15], "queues.bank.staff.unstable"),
        ("queues.t4_required_agents", [14, 20.5], "queues.bank.staff.whole"),
        ("queues.t4_required_agents", [14, 25], "check.not_yet_right"),
        ("queues.t5_monday_peak", {"interval": single, "agents": peak["agents"] + 3},
         "queues.bank.peak.single_day") if single != peak["interval"] else
        ("queues.t5_monday_peak", {"interval": "8 am", "agents": 30}, "queues.bank.peak.interval"),
        ("queues.t5_monday_peak", {"interval": peak["interval"],
                                   "agents": math.ceil(peak["agents"] / 0.7)},
         "queues.bank.peak.shrinkage"),
        ("queues.t5_monday_peak", {"interval": peak["interval"], "agents": 26},
         "queues.bank.peak.traffic"),
        ("queues.t5_monday_peak", {"interval": "half past ten", "agents": 30},
         "queues.bank.peak.interval"),
        ("queues.t6_agent_hours", [e_agent * 2, e_sched * 2], "queues.bank.hours.half"),
        ("queues.t6_agent_hours", [e_sched, e_agent], "queues.bank.hours.swapped"),
        ("queues.t6_agent_hours", [float(plan["agents"].max()) * 12, e_sched],
         "queues.bank.hours.flat"),
        ("queues.t6_agent_hours", [e_agent, e_agent / 0.7], "queues.bank.hours.total_shrinkage"),
        ("queues.t7_simulation", [formula, formula], "queues.bank.sim.formula"),
        ("queues.t7_simulation", [det_sl, exp_sl], "queues.bank.sim.swapped"),
        ("queues.t7_simulation", [0.0, 0.0], "queues.bank.sim.units"),
        ("queues.t7_simulation", [exp_sl * 100, det_sl * 100], "queues.bank.share.percent"),
        ("queues.t7_simulation", [exp_sl + 0.01, det_sl], "queues.bank.sim.other_run"),
    ]


@pytest.mark.parametrize("qid, answer, key", mistakes())
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_typical_mistakes_get_their_own_message(qid: str, answer: object, key: str,
                                                lang: str) -> None:
    i18n.set_language(lang)
    fb = check(qid, answer)
    assert fb.status in ("fail", "wrong_shape", "wrong_type"), fb.text()
    expected = i18n.MESSAGES[key][i18n.LANGUAGES.index(lang)]
    assert fb.message.startswith(expected.split("{")[0][:12]), fb.message


def test_the_monday_mistakes_that_depend_on_the_data() -> None:
    peak = bank.monday_peak()
    mondays = hotline()[hotline()["weekday"] == "Mon"]
    at_peak = mondays[mondays["interval"] == peak["interval"]]
    own = int(bank.monday_plan(per_call(at_peak)).loc[peak["interval"], "agents"])
    if own not in bank._monday_agents_accepted():
        fb = check("queues.t5_monday_peak", {"interval": peak["interval"], "agents": own})
        assert fb.status == "fail" and "own AHT" in fb.message and fb.points == 1
    total = mondays.groupby("interval")["arrivals"].sum()[peak["interval"]]
    four = queueing.required_agents(queueing.offered_traffic(total, 1800, per_call(mondays)),
                                    per_call(mondays), 20, 0.8).agents
    fb = check("queues.t5_monday_peak", {"interval": peak["interval"], "agents": four})
    assert fb.status == "fail" and "sum" in fb.message


def test_answers_in_other_forms() -> None:
    answer = bank.MAISTER_ANSWER
    assert check("queues.t1_maister", list(answer.values())).passed
    assert check("queues.t1_maister", {k.upper(): str(v) for k, v in answer.items()}).passed
    words = {k: bank.PRINCIPLES[v][1] for k, v in answer.items()}   # Chinese names
    assert check("queues.t1_maister", words).passed
    assert check("queues.t1_maister", pd.Series(answer)).passed
    m = bank.q1_measures()
    assert check("queues.t3_erlang_c", [m["p_wait"], m["service_level"], m["asa"]]).passed
    assert check("queues.t3_erlang_c", pd.Series(m)).passed
    assert check("queues.t4_required_agents", (14.0, 20.0)).passed
    peak = bank.monday_peak()
    hour, minute = map(int, peak["interval"].split(":"))
    for form in (peak["interval"] + ":00", f"{hour}:{minute:02d}",
                 datetime.time(hour, minute)):
        assert check("queues.t5_monday_peak", {"interval": form,
                                               "agents": peak["agents"]}).passed, form
    assert check("queues.t5_monday_peak", [peak["interval"], float(peak["agents"])]).passed
    assert check("queues.t6_agent_hours", {"agent_hours": bank.salary_day_hours()[0],
                                           "scheduled_hours": bank.salary_day_hours()[1]})
    exp_sl, det_sl = bank.simulated_levels()
    assert check("queues.t7_simulation", {"exponential": round(exp_sl, 4),
                                          "deterministic": round(det_sl, 4)}).passed
    assert bank.interval_label("25:00") is None and bank.interval_label(10.5) is None


def test_partial_credit() -> None:
    answer = {**bank.MAISTER_ANSWER, "d": 5, "e": 4}
    assert grade_answer("queues.t1_maister", answer).points == 1.5
    m = bank.q1_measures()
    assert grade_answer("queues.t3_erlang_c", {**m, "asa": 45}).points == pytest.approx(1.33)
    assert grade_answer("queues.t4_required_agents", [14, 19]).points == 1
    assert grade_answer("queues.t6_agent_hours",
                        [bank.salary_day_hours()[0], 0]).points == 1
    exp_sl, _ = bank.simulated_levels()
    formula = queueing.service_level(10, bank.SIM_AGENTS, 180, 20)
    assert grade_answer("queues.t7_simulation", [exp_sl, formula]).points == 1


def test_hidden_tests_of_the_redesign() -> None:
    assert grade_answer("queues.t8_virtual_queue", REDESIGN).passed
    no_principle = ("The caller books a call-back at a chosen time and the bank calls back "
                    "then. Agents handle the call-backs in the afternoon, so the roster "
                    "needs enough staff after lunch and fewer during the morning peak, "
                    "which evens out the workload of the whole day for everyone.")
    fb = grade_answer("queues.t8_virtual_queue", no_principle)
    assert check("queues.t8_virtual_queue", no_principle).passed   # visible check: length
    assert fb.status == "fail" and "Maister" in fb.hint
    no_capacity = ("The caller books a call-back at a chosen time and the bank calls back "
                   "then, so the wait is no longer unoccupied or uncertain and the caller "
                   "can go on with the day instead of listening to music on hold for many "
                   "long minutes, which removes most of the anxiety of payday.")
    fb = grade_answer("queues.t8_virtual_queue", no_capacity)
    assert fb.status == "fail" and "agents" in fb.hint
    i18n.set_language("zh")
    text = ("来电者不必在线等待，系统告知预计等待时间并预约回电，等待不再是空闲和不确定的，"
            "焦虑也减少了。银行必须按承诺的时间回电。回电仍需要座席处理，"
            "因此要把回电安排在午间和下午，排班时为这些时段留足人手。")
    assert grade_answer("queues.t8_virtual_queue", text).passed
    fb = check("queues.t8_virtual_queue", "太短了")
    assert fb.status == "fail" and "字词" in fb.message


anything = banks.anything(
    samples=["10:30", "25:99", "8", "unfair", "焦虑"], extra=st.times(),
    keys=["a", "b", "p_wait", "service_level", "asa", "agents", "scheduled", "interval",
          "agent_hours", "exponential", "deterministic"], size=9, leaves=16)


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(qid=st.sampled_from(QIDS), answer=anything)
def test_check_and_grade_never_raise(qid: str, answer: object) -> None:
    banks.assert_never_raises(qid, answer)


# -------------------------------------------------------------------------- answer cards
CARDED = ["queues.t1_maister", "queues.t2_offered_traffic", "queues.t3_erlang_c",
          "queues.t4_required_agents", "queues.t5_monday_peak", "queues.t6_agent_hours",
          "queues.t8_virtual_queue"]


def test_at_least_six_tasks_have_an_answer_card() -> None:
    carded = [q.id for q in grading.load_bank("queues") if getattr(q, "card", None)]
    assert carded == CARDED


def test_what_the_cards_return_is_graded_like_the_code_answer() -> None:
    """Dicts under the card's row keys, rounded as a learner types them from the tables."""
    m = bank.q1_measures()
    agents, scheduled = bank.q1_staffing()
    peak = bank.monday_peak()
    hours = bank.salary_day_hours()
    for qid, answer in [
        ("queues.t1_maister", dict(bank.MAISTER_ANSWER)),
        ("queues.t2_offered_traffic", round(bank.peak_traffic(), 3)),
        ("queues.t3_erlang_c", {"p_wait": round(m["p_wait"], 4),
                                "service_level": round(m["service_level"], 4),
                                "asa": round(m["asa"], 2)}),
        ("queues.t4_required_agents", {"agents": agents, "scheduled": scheduled}),
        ("queues.t5_monday_peak", dict(peak)),
        ("queues.t5_monday_peak", {"interval": int(peak["interval"].replace(":", "")),
                                   "agents": peak["agents"]}),
        ("queues.t6_agent_hours", {"agent_hours": hours[0], "scheduled_hours": hours[1]}),
        ("queues.t8_virtual_queue", REDESIGN),
    ]:
        assert check(qid, answer).status == "pass", (qid, answer)
    assert [n for n, _ in bank.principle_options()] == list(bank.PRINCIPLES)
    assert [k for k, _ in bank.SITUATION_ROWS] == list(bank.SITUATIONS)


def test_a_half_hour_typed_as_a_number() -> None:
    assert bank.interval_label(1030) == "10:30"
    assert bank.interval_label(930) == "09:30"
    assert bank.interval_label(2460) is None and bank.interval_label(True) is None
