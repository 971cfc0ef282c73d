"""Process metrics from event logs: hand-worked cases, bad logs, properties, plots."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svcx_helpers import process
from svcx_helpers.process import compare, load_log, metrics, transitions, variants

D = "2026-03-02 "


def _log(rows: list[tuple[str, str, str, str, str]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["case_id", "activity", "start", "end", "resource"])


SMALL = _log([
    # case 1: check, approval in the back office, check again (rework), two hand-offs
    ("c1", "Check", D + "09:00", D + "09:10", "teller"),
    ("c1", "Approve", D + "09:20", D + "09:30", "back_office"),
    ("c1", "Check", D + "09:40", D + "09:45", "teller"),
    # case 2: check and print overlap by 5 minutes (parallel work), one resource
    ("c2", "Check", D + "10:00", D + "10:10", "teller"),
    ("c2", "Print", D + "10:05", D + "10:20", "teller"),
])


def test_metrics_by_hand() -> None:
    m = metrics(load_log(SMALL), value_adding=["Approve", "Print"])
    c1, c2 = m.cases.loc["c1"], m.cases.loc["c2"]
    # c1: lead 45, work 25, busy 25, waiting 20, VA 10/45, 2 hand-offs, 1 repeat
    assert (c1.lead_time, c1.touch_time, c1.busy_time, c1.waiting_time) == (45, 25, 25, 20)
    assert math.isclose(c1.va_ratio, 10 / 45) and (c1.handoffs, c1.rework) == (2, 1)
    assert c1.variant == "Check → Approve → Check"
    # c2: lead 20, work 25 (parallel counts twice), busy 20 (union), waiting 0
    assert (c2.lead_time, c2.touch_time, c2.busy_time, c2.waiting_time) == (20, 25, 20, 0)
    assert c2.flow_efficiency == 1.0 and c2.handoffs == 0 and c2.rework == 0
    o = m.overall
    assert o["cases"] == 2 and o["lead_time_mean"] == 32.5 and o["waiting_time_mean"] == 10
    assert math.isclose(o["waiting_share"], 20 / 65)
    assert math.isclose(o["va_ratio"], (10 + 15) / 65)
    assert o["rework_rate"] == 0.5 and o["handoffs_per_case"] == 1
    assert math.isnan(metrics(SMALL).overall["va_ratio"])      # only when VA is named


def test_variants_and_transitions() -> None:
    v = variants(SMALL)
    assert v["cases"].tolist() == [1, 1] and v["share"].sum() == 1
    assert set(v["variant"]) == {"Check → Approve → Check", "Check → Print"}
    tr = transitions(SMALL).set_index(["source", "target"])
    assert tr.loc[("▶", "Check"), "count"] == 2
    assert tr.loc[("Check", "Approve"), "median_wait"] == 10
    assert tr.loc[("Check", "Print"), "median_wait"] == 0      # overlap: no wait
    assert tr.loc[("Check", "■"), "count"] == 1


def test_compare_side_by_side() -> None:
    after = SMALL.copy()
    after.loc[1, ["start", "end"]] = [D + "09:10", D + "09:20"]      # approval at once
    after.loc[2, ["start", "end"]] = [D + "09:20", D + "09:25"]
    table = compare(SMALL, after)
    assert table.loc["waiting_time_mean", "before"] == 10
    assert table.loc["waiting_time_mean", "after"] == 0
    assert table.loc["waiting_time_mean", "change_pct"] == -100
    assert list(table.columns) == ["before", "after", "change", "change_pct"]


@pytest.mark.parametrize(("change", "pattern"), [
    (lambda d: d.drop(columns="end"), r"missing column\(s\) \['end'\]"),
    (lambda d: d.assign(start=[D + "09:00", "soon", D + "09:40", D + "10:00", D + "10:05"]),
     r"row 3, column 'start': cannot read 'soon'"),
    (lambda d: d.assign(end=[D + "08:00", D + "09:30", D + "09:45", D + "10:10", D + "10:20"]),
     r"row 2: end 2026-03-02 08:00:00 is before start 2026-03-02 09:00:00 \(case c1, Check\)"),
    (lambda d: d.assign(activity=["Check", " ", "Check", "Check", "Print"]),
     r"row 3, column 'activity': empty"),
])
def test_bad_logs_name_file_row_column_value(tmp_path: Path, change: Any, pattern: str) -> None:
    path = tmp_path / "log.csv"
    change(SMALL).to_csv(path, index=False)
    with pytest.raises(ValueError, match=pattern):
        load_log(path)
    with pytest.raises(ValueError, match=r"log\.csv"):
        load_log(path)


def test_other_column_names_and_no_resource() -> None:
    df = SMALL.rename(columns={"case_id": "ticket", "activity": "step", "start": "from",
                               "end": "to"}).drop(columns="resource")
    log = load_log(df, case="ticket", activity="step", start="from", end="to")
    assert list(log.columns[:5]) == ["case", "activity", "start", "end", "resource"]
    assert metrics(log).cases["handoffs"].tolist() == [0, 0]
    with pytest.raises(ValueError, match=r"value-adding activities \['Pay'\]"):
        metrics(log, value_adding=["Pay"])


@st.composite
def logs(draw: Any) -> pd.DataFrame:
    rows = []
    t0 = pd.Timestamp("2026-01-05 09:00")
    for c in range(draw(st.integers(1, 5))):
        clock = t0
        for _ in range(draw(st.integers(1, 6))):
            clock += pd.Timedelta(minutes=draw(st.integers(-5, 30)))   # overlaps allowed
            dur = pd.Timedelta(minutes=draw(st.integers(0, 40)))
            rows.append((f"c{c}", draw(st.sampled_from("ABCD")), clock, clock + dur,
                         draw(st.sampled_from(["r1", "r2", None]))))
            clock += dur
    return _log(rows)


@settings(max_examples=80, deadline=None)
@given(logs())
def test_metric_invariants(df: pd.DataFrame) -> None:
    m = metrics(load_log(df), value_adding=["A"], check_names=False)
    c = m.cases
    assert (c["busy_time"] <= c["lead_time"] + 1e-9).all()
    assert (c["busy_time"] <= c["touch_time"] + 1e-9).all()
    assert (c["waiting_time"] >= -1e-9).all()
    assert ((c["flow_efficiency"].dropna() >= 0) & (c["flow_efficiency"].dropna() <= 1 + 1e-9)
            ).all()
    assert (c["va_time"] <= c["touch_time"] + 1e-9).all()
    assert variants(df)["cases"].sum() == len(c)
    tr = transitions(df)
    assert tr.loc[tr["source"] == "▶", "count"].sum() == len(c)
    assert tr["count"].sum() == len(df) + len(c)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_plots_render(lang: str, no_missing_glyphs: Any) -> None:
    import matplotlib.pyplot as plt

    with no_missing_glyphs(lang):
        ax = process.plot_process_map(SMALL)
        ax.figure.canvas.draw()
        texts = " ".join(t.get_text() for t in ax.texts)
        assert "Approve" in texts and ("median wait" in texts or "等待中位数" in texts)
        ax = process.plot_swimlanes(SMALL, case="c1")
        ax.figure.canvas.draw()
        assert [t.get_text() for t in ax.get_yticklabels()] == ["back_office", "teller"]
    with pytest.raises(ValueError, match="no case 'zz'"):
        process.plot_swimlanes(SMALL, case="zz")
    plt.close("all")


def test_what_if_moves_later_work_earlier() -> None:
    log = load_log(SMALL)
    removed = process.what_if(log, "Approve", remove=True)
    c1 = removed[removed["case"] == "c1"]
    assert c1["activity"].tolist() == ["Check", "Check"]
    assert str(c1["start"].iloc[1]) == "2026-03-02 09:20:00"      # wait before Approve gone
    faster = process.what_if(log, "Check", speedup=0.5)
    assert metrics(faster).cases.loc["c1", "touch_time"] == 17.5
    no_wait = process.what_if(log, "Approve", wait_cut=1.0)
    assert metrics(no_wait).cases.loc["c1", "waiting_time"] == 10
    assert len(process.what_if(log, "Print", speedup=0.2)) == len(log)
    with pytest.raises(ValueError, match="between 0 and 1"):
        process.what_if(log, "Check", speedup=1.5)
    with pytest.raises(ValueError, match=r"\['Pay'\]"):
        process.what_if(log, "Pay", remove=True)


def test_process_what_if_widget() -> None:
    from svcx_helpers import widgets

    box = widgets.process_what_if(SMALL)
    activity, remove = box.children[1].children
    table = box.children[3]
    assert "waiting_time_mean" in table.value
    activity.value = "Approve"
    remove.value = True
    expected = compare(SMALL, process.what_if(SMALL, "Approve", remove=True))
    assert table.value == expected.round(2).to_html(na_rep="–")
    assert expected.loc["waiting_time_mean", "after"] == 5     # c1 keeps 10, c2 has 0
