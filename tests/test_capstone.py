"""The capstone tracks as data, and the small helpers the capstone steps need."""

from __future__ import annotations

import math
from typing import Any

import matplotlib
import numpy as np
import pandas as pd
import pytest

from svcx_helpers import capstone, i18n, journey, kano, queueing, servqual, standards
from svcx_helpers.blueprint import Blueprint
from svcx_helpers.core import count_words
from svcx_helpers.report import Report

matplotlib.use("Agg")

TRACKS = sorted(capstone.TRACKS)


@pytest.fixture(autouse=True)
def english() -> None:
    i18n.set_language("en")


def test_unknown_track_is_a_clear_error_in_both_languages() -> None:
    assert capstone.track(" it_service_desk ").key == "it_service_desk"
    for key in ("hotel", None, 3, ""):
        with pytest.raises(ValueError, match=r"it_service_desk, government_window"):
            capstone.track(key)
    with i18n.language("zh"), pytest.raises(ValueError, match="未知的综合项目方向"):
        capstone.track("hotel")
    with pytest.raises(ValueError, match="unknown capstone step"):
        capstone.step_heading("summary")


@pytest.mark.parametrize("key", TRACKS)
def test_texts_and_facts_exist_in_both_languages(key: str) -> None:
    case = capstone.track(key)
    for name in ("label", "audience", "wait_what", "late_what"):
        en, zh = getattr(case, name)
        assert en.strip() and any("\u4e00" <= ch <= "\u9fff" for ch in zh), name
    assert len(case.facts) >= 3
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in zh) for _, zh in case.facts)
    with i18n.language("zh"):
        assert case.fact_list()[0] == case.facts[0][1]
        assert case.servers_label() in ("一线坐席", "窗口")
    assert [capstone.step_heading(s, "en")[:2] for s in capstone.STEPS] == \
        [f"{i}." for i in range(1, 9)]


@pytest.mark.parametrize("key", TRACKS)
def test_every_track_loads_its_data_in_one_form(key: str) -> None:
    case = capstone.track(key)
    responses = case.kano_responses()
    assert {"attribute", "functional", "dysfunctional"} <= set(responses.columns)
    labels = case.kano_labels()
    assert set(labels.index) == set(responses["attribute"])
    answers = case.servqual_answers()
    assert len(answers) >= 100 and servqual.dimension_gaps(answers).notna().all().all()
    today = case.today()
    assert today.validate() == []
    # every journey step stands over a customer step of today's blueprint
    table = journey.align(case.journey_map(), today)
    assert table["column"].notna().all()
    log = case.service_log()
    assert list(log.columns) == list(capstone.LOG_COLUMNS)
    assert (log["wait"].dropna() >= 0).all() and log["done"].dtype == bool
    assert set(log["first_time_right"].dropna().unique()) <= {0.0, 1.0}
    assert log["csat"].dropna().between(1, 5).all()
    assert case.aht_seconds() > 0


def test_it_track_reads_only_the_it_rows_and_is_unweighted() -> None:
    case = capstone.track("it_service_desk")
    answers = case.servqual_answers()
    assert set(answers["supplier"]) == {"IT"} and len(answers) == 150
    assert not case.servqual_weighted()
    # the log has no handling times: the case states its assumption
    assert case.service_log()["handle_min"].isna().all()
    assert case.aht_seconds() == case.aht_assumed_seconds == 1200


def test_government_track_is_weighted_and_measures_its_handling_time() -> None:
    case = capstone.track("government_window")
    assert case.servqual_weighted()
    raw = case.raw_log()
    handle = (pd.to_datetime(raw["service_end"]) - pd.to_datetime(raw["called"])).dt.total_seconds()
    assert case.aht_seconds() == pytest.approx(handle.mean())
    log = case.service_log()
    assert (log["late"] == (log["wait"] > 20)).all()


@pytest.mark.parametrize("key", TRACKS)
def test_must_be_steps_cover_the_surveys_must_be_attributes(key: str) -> None:
    case = capstone.track(key)
    ev = kano.evaluate(kano.count(case.kano_responses()))
    assert set(case.must_be_steps) == set(ev.index[ev["category"] == "M"])
    ids = {s.id for s in case.today().steps}
    assert all(set(steps) <= ids for steps in case.must_be_steps.values())
    assert capstone.unserved(case, case.today(), case.must_be_steps) == {}


def test_it_blueprint_is_a_sound_case() -> None:
    bp = capstone.track("it_service_desk").today()
    m = bp.metrics()
    assert 25 <= m["steps"] <= 40
    # fail points: wrong category, missing information, lost hand-off, and two support ones
    modes = " ".join(bp.fail_points()["fail_mode"]).lower()
    assert all(word in modes for word in ("categor", "incomplete", "hand-off"))
    # three waits by hand: pick-up 90, second line 240, replacement laptop 480 minutes
    assert sorted(bp.wait_points()["wait"]) == [90, 240, 480]
    assert m["wait_time"] == 810 and m["customer_time"] == 810 + m["standard_time"]
    assert set(bp.lane_steps("customer")[i].id for i in range(9)) == {f"C{i}" for i in
                                                                      range(1, 10)}


def test_journeys_have_one_worst_moment() -> None:
    it = capstone.track("it_service_desk").journey_map()
    curve = it.emotion_curve()
    assert (curve["emotion"] == curve["emotion"].min()).sum() == 1
    assert it.lowest()["blueprint_step"] == "C5"            # waiting for second line
    assert list(it.pain_points().query("not pain_point")["step"]) == []   # marks agree
    gov = capstone.track("government_window").journey_map()
    assert gov.lowest()["blueprint_step"] == "C12"          # copying the data again
    assert len(gov.steps) == 16


@pytest.mark.parametrize("key", TRACKS)
def test_journey_files_are_canonical(key: str) -> None:
    from svcx_helpers.data import data_dir

    case = capstone.track(key)
    path = data_dir() / "journeys" / f"{case.journey}.yml"
    assert path.read_text(encoding="utf-8") == case.journey_map().to_yaml()


@pytest.mark.parametrize("key", TRACKS)
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_cases_draw_without_missing_glyphs(key: str, lang: str,
                                               no_missing_glyphs: Any) -> None:
    import matplotlib.pyplot as plt

    case = capstone.track(key)
    with no_missing_glyphs(lang):
        fig = journey.plot_journey_blueprint(case.journey_map(), case.today())
        fig.canvas.draw()
    plt.close("all")


# ------------------------------------------------------------------ arrivals
def test_arrival_profile_by_hand() -> None:
    ts = pd.to_datetime(["2026-03-02 09:05", "2026-03-02 09:40", "2026-03-02 09:59",
                         "2026-03-09 09:10", "2026-03-10 09:00", "2026-03-16 12:00"])
    # three Mondays (2, 9, 16 March): 09:00 → 2 arrivals / 3 days, 09:30 → 2 / 3
    monday = capstone.arrival_profile(ts, 30, weekday="Mon", hours=[("09:00", "10:00")])
    assert monday.index.tolist() == ["09:00", "09:30"]
    assert monday.tolist() == pytest.approx([2 / 3, 2 / 3])
    # every day from 2 to 16 March: 15 days
    hourly = capstone.arrival_profile(ts, 60, hours=[("09:00", "10:00"), ("12:00", "13:00")])
    assert hourly.to_dict() == pytest.approx({"09:00": 5 / 15, "12:00": 1 / 15})
    assert len(capstone.arrival_profile(ts, 15)) == 96
    assert capstone.arrival_profile(ts, 30, weekday=0).equals(
        capstone.arrival_profile(ts, 30, weekday="monday"))


def test_arrival_profile_refuses_bad_input_clearly() -> None:
    ts = pd.to_datetime(["2026-03-02 09:05"])
    with pytest.raises(ValueError, match="divides a day"):
        capstone.arrival_profile(ts, 7)
    with pytest.raises(ValueError, match="not a weekday"):
        capstone.arrival_profile(ts, 30, weekday="Funday")
    with pytest.raises(ValueError, match="HH:MM"):
        capstone.arrival_profile(ts, 30, hours=[("9h", "10:00")])
    with pytest.raises(ValueError, match="no readable arrival times"):
        capstone.arrival_profile(["not a time"], 30)


def test_arrival_profile_matches_a_count_in_the_ticket_log() -> None:
    case = capstone.track("it_service_desk")
    created = case.service_log()["arrived"]
    mondays = pd.date_range(created.min().normalize(), created.max().normalize(), freq="D")
    n_mondays = int((mondays.day_of_week == 0).sum())
    hits = ((created.dt.day_of_week == 0) & (created.dt.hour == 11)
            & (created.dt.minute < 30)).sum()
    assert case.arrivals()["11:00"] == pytest.approx(hits / n_mondays)
    assert case.arrivals().index[0] == "08:30" and case.arrivals().index[-1] == "17:30"


@pytest.mark.parametrize("key", TRACKS)
def test_the_busiest_interval_needs_more_servers_than_are_on_duty(key: str) -> None:
    case = capstone.track(key)
    plan = queueing.staffing_plan(case.arrivals(), case.interval_minutes, case.aht_seconds(),
                                  case.staff_target_seconds, case.staff_level)
    assert plan["agents"].max() > case.servers_today
    assert plan["agents"].min() < case.servers_today


# ------------------------------------------------------------------ weekly series
def test_weekly_share_and_stat_by_hand() -> None:
    ts = pd.Series(pd.to_datetime(["2026-03-02 08:00", "2026-03-08 23:00", "2026-03-09 08:00",
                                   "2026-03-11 08:00", "2026-03-12 08:00"]),
                   index=[5, 6, 7, 8, 9])
    share = capstone.weekly_share(ts, [True, True, False, True, False])
    assert share.index.tolist() == [pd.Timestamp("2026-03-02"), pd.Timestamp("2026-03-09")]
    assert share["n"].tolist() == [2, 3] and share["defectives"].tolist() == [2, 1]
    assert share["p"].tolist() == pytest.approx([1.0, 1 / 3])
    mean = capstone.weekly_stat(ts, [10, 20, 1, 2, 30])
    assert mean.tolist() == pytest.approx([15, 11])
    assert capstone.weekly_stat(ts, [10, 20, 1, 2, 30], "median").tolist() == [15, 2]
    with pytest.raises(ValueError, match="stat"):
        capstone.weekly_stat(ts, [1] * 5, "max")
    with pytest.raises(ValueError):
        capstone.weekly_share(ts, [True])


def test_baseline_and_first_signal() -> None:
    weeks = pd.date_range("2026-03-02", periods=6, freq="7D")
    assert capstone.baseline_weeks(weeks, "2026-03-20") == 3
    chart = standards.p_chart([2, 3, 2, 2, 20, 3], [50] * 6, baseline=3, index=weeks)
    assert capstone.first_signal(chart) == weeks[4]
    assert capstone.first_signal(chart, weeks[5]) is None


@pytest.mark.parametrize("key", TRACKS)
def test_control_charts_flag_the_planted_change(key: str) -> None:
    case = capstone.track(key)
    log = case.service_log()
    weekly = capstone.weekly_share(log["arrived"], log["late"])
    k = capstone.baseline_weeks(weekly.index, case.baseline_end)
    chart = standards.p_chart(weekly["defectives"], weekly["n"], baseline=k)
    if key == "it_service_desk":
        assert not chart["signal"].iloc[:k].any()         # a quiet baseline
    first = capstone.first_signal(chart, case.baseline_end)
    # IT: the release of Monday 13 April; hall: the staffing cut of Monday 27 April
    planted = {"it_service_desk": "2026-04-13", "government_window": "2026-04-27"}[key]
    assert first is not None and pd.Timestamp(planted) <= first <= pd.Timestamp(planted) + \
        pd.Timedelta(days=7)


# ------------------------------------------------------------------ redesign, targets
def test_unserved_must_be_attributes() -> None:
    case = capstone.track("it_service_desk")
    data = case.today().to_dict()
    data["steps"] = [s for s in data["steps"] if s["id"] not in ("O1", "S3")]
    data["flows"] = [f for f in data["flows"] if "O1" not in f and "S3" not in f]
    design = Blueprint.from_dict(data)
    must_be = ["account_data_security", "prompt_acknowledgement"]
    assert capstone.unserved(case, design, must_be) == {"account_data_security": ["O1", "S3"]}
    assert capstone.unserved(case, design, must_be, {"account_data_security": ["O2"]}) == {}
    assert capstone.unserved(case, design, must_be,
                             {"account_data_security": ["X9"]})["account_data_security"] == \
        ["O1", "S3", "X9"]
    assert capstone.unserved(case, design, ["not_mapped"]) == {"not_mapped": []}
    with pytest.raises(ValueError, match="Blueprint"):
        capstone.unserved(case, data, must_be)


@pytest.mark.parametrize("text, missing", [
    ("The service desk answers 90% of tickets within 4 hours, measured monthly.", []),
    ("The service desk keeps the P90 of the first response within 2 hours, measured each "
     "month.", []),
    ("服务台每月统计：90% 的工单在 4 小时内得到首次响应。", []),
    ("The service desk answers tickets within 4 hours, measured monthly.", ["share"]),
    ("Window staff are friendly and polite.", ["soft", "quantity", "target", "unit",
                                               "time_frame", "share"]),
])
def test_measurable_targets(text: str, missing: list[str]) -> None:
    assert capstone.measurable(text) == missing


def test_measurable_refuses_empty_text() -> None:
    with pytest.raises(ValueError):
        capstone.measurable("  ")


# ------------------------------------------------------------------ the report
def test_add_step_reports_missing_parts_and_keeps_the_ready_ones() -> None:
    import matplotlib.pyplot as plt

    r = Report("Capstone")
    table = pd.DataFrame({"x": [1.234]})
    _fig, ax = plt.subplots()
    capstone.add_step(r, "kano", (table, "A table"), ..., None, "Some text.")
    capstone.add_step(r, "servqual", (ax, "A figure"), (..., "the gap chart"))
    capstone.add_step(r, "conclusion", conclusion=...)
    capstone.add_step(r, "Annex", table)
    html = r.to_html()
    assert html.count("Not done yet") == 3 and "Not done yet: the gap chart." in html
    assert "The conclusion is not written yet." in html and "Some text." in html
    outline = r.outline()
    assert outline["headings"] == [capstone.step_heading("kano"),
                                   capstone.step_heading("servqual"),
                                   capstone.step_heading("conclusion"), "Annex"]
    assert (outline["tables"], outline["figures"], outline["conclusion_words"]) == (2, 1, 0)
    text = "Waits fell from 810 to 95 minutes. 等待时间减少了"
    capstone.add_step(r, "conclusion", conclusion=text)
    assert r.outline()["conclusion_words"] == count_words(text)
    with pytest.raises(ValueError, match="report part"):
        capstone.add_step(r, "kano", 3.5)
    with i18n.language("zh"):
        r2 = Report("x")
        capstone.add_step(r2, "kano", ...)
        assert "尚未完成" in r2.to_html()
        assert r2.outline()["headings"] == ["1. 顾客看重什么（KANO）"]


def test_case_numbers_are_sensible() -> None:
    for case in capstone.TRACKS.values():
        assert 0 < case.wait_cut < 1 and 0 < case.staff_level < 1
        assert case.wait_unit in ("h", "min") and case.wait_target > 0
        assert math.isfinite(case.staff_target_seconds) and case.servers_today >= 1
        assert np.all(pd.Series([pd.Timestamp(case.baseline_end)]).notna())
