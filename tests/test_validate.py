"""svcx validate: every problem in a set of broken files, with file, row, column, value."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svcx_helpers.cli import ROOT
from svcx_helpers.validate import KINDS, validate

TEMPLATES = ROOT / "data" / "templates"


@pytest.mark.parametrize("kind", KINDS)
def test_templates_and_shipped_data_are_clean(kind: str) -> None:
    assert validate(TEMPLATES / f"{kind}.csv", kind) == []
    shipped = {"kano": "kano_it_service_desk_wjx.csv", "servqual": "servqual_bank_branches.csv",
               "tickets": "it_service_desk_tickets.csv",
               "eventlog": "bank_branch_events_before.csv"}[kind]
    assert validate(ROOT / "data" / shipped, kind) == []


def _write(tmp: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp / name
    path.write_bytes(text.encode(encoding))
    return path


BROKEN = {
    "tickets": ("created,first_response,resolved,contacts,reopened,csat\n"
                "2026-03-02 09:00,2026-03-02 08:00,2026-03-02 10:00,1,0,5\n"   # response first
                "yesterday,,,0,2,6\n"                                         # 4 problems
                ",2026-03-02 10:00,2026-03-02 09:00,1.5,0,\n",                # 3 problems
                {(2, "first_response"), (3, "created"), (3, "contacts"), (3, "reopened"),
                 (3, "csat"), (4, "created"), (4, "resolved"), (4, "contacts")}),
    "eventlog": ("case_id,activity,start,end\n"
                 "B1,Check,2026-03-02 09:00,2026-03-02 09:10\n"
                 ",Approve,2026-03-02 09:20,2026-03-02 09:10\n"
                 "B2,,soon,2026-03-02 11:00\n",
                 {(3, "case_id"), (3, "end"), (4, "activity"), (4, "start")}),
    "kano": ("respondent,Speed [functional],Speed [dysfunctional],Speed [importance],"
             "Portal [functional]\n"
             "R1,1,5,9,2\n"
             "R2,I adore it,6,high,3\n",
             {(None, "Portal [functional]"), (3, "Speed [functional]"),
              (3, "Speed [dysfunctional]"), (3, "Speed [importance]")}),
    "servqual": ("respondent," + ",".join(f"P{i}" for i in range(1, 22)) + "\n"
                 "R1," + ",".join(["5"] * 20 + ["8"]) + "\n"
                 "R2," + ",".join(["x"] + ["4"] * 20) + "\n",
                 {(None, "P22"), (2, "P21"), (3, "P1")}),
}


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_every_problem_is_found_with_row_and_column(kind: str, tmp_path: Path) -> None:
    text, expected = BROKEN[kind]
    issues = validate(_write(tmp_path, f"{kind}.csv", text), kind)
    assert {(i.row, i.column) for i in issues} == expected
    for issue in issues:
        assert str(tmp_path) in str(issue)
        if issue.row is not None:
            assert f"row {issue.row}" in str(issue)


def test_encodings_excel_and_unreadable_files(tmp_path: Path) -> None:
    text = "respondent,速度【正向】,速度【反向】\nR1,我喜欢,理应如此\nR2,很好,我不喜欢\n"
    path = _write(tmp_path, "k.csv", text, "gb18030")
    issues = validate(path, "kano")
    assert [(i.row, i.column, i.value) for i in issues] == [(3, "速度【正向】", "很好")]
    import pandas as pd

    xlsx = tmp_path / "log.xlsx"
    pd.DataFrame({"case_id": ["B1"], "activity": ["A"], "start": ["2026-01-05 09:00"],
                  "end": ["2026-01-05 08:00"]}).to_excel(xlsx, index=False)
    assert [(i.row, i.column) for i in validate(xlsx, "eventlog")] == [(2, "end")]
    missing = validate(tmp_path / "nope.csv", "tickets")
    assert len(missing) == 1 and missing[0].row is None and "nope.csv" in missing[0].message
    header_only = _write(tmp_path, "h.csv", "case_id,activity,start,end\n")
    assert validate(header_only, "eventlog")[0].message.startswith("the file has a header")
    with pytest.raises(ValueError, match="kind"):
        validate(header_only, "survey")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.text(max_size=12).filter(lambda s: "\n" not in s and "\r" not in s
                                                    and "," not in s and '"' not in s),
                         min_size=4, max_size=4), min_size=1, max_size=6))
def test_validate_never_crashes(rows: list[list[str]]) -> None:
    import tempfile

    text = "case_id,activity,start,end\n" + "\n".join(",".join(r) for r in rows) + "\n"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "log.csv"
        path.write_text(text, encoding="utf-8")
        for kind in KINDS:
            for issue in validate(path, kind):
                assert issue.file == str(path)


def test_command_prints_problems_and_exits_1(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("svcx")
    bad = _write(tmp_path, "log.csv", BROKEN["eventlog"][0])
    out = subprocess.run([str(exe), "validate", str(bad), "--kind", "eventlog"],
                         capture_output=True, text=True)
    assert out.returncode == 1
    assert "row 4, column 'start', value 'soon': not a date and time" in out.stderr
    assert "4 problem(s) found" in out.stderr
    good = subprocess.run([str(exe), "--lang", "zh", "validate",
                           str(TEMPLATES / "eventlog.csv"), "--kind", "eventlog"],
                          capture_output=True, text=True)
    assert good.returncode == 0 and "未发现问题" in good.stdout


def test_load_own_returns_analysis_ready_frames_or_lists_every_problem(tmp_path: Path) -> None:
    from svcx_helpers import kano, process, servqual, standards
    from svcx_helpers.validate import load_own

    long = load_own(TEMPLATES / "kano.csv", "kano")
    assert set(kano.count(long).index) == {"Fast fix", "Status updates"}
    sq = load_own(TEMPLATES / "servqual.csv", "servqual")
    assert servqual.dimension_gaps(sq.set_index("respondent")).iloc[0].eq(-1).all()
    tickets = load_own(TEMPLATES / "tickets.csv", "tickets")
    assert standards.kqi(tickets).iloc[0]["fcr"] == 1.0
    log = load_own(TEMPLATES / "eventlog.csv", "eventlog")
    assert process.metrics(log).cases.loc["B0001", "handoffs"] == 1
    bad = _write(tmp_path, "log.csv", BROKEN["eventlog"][0])
    with pytest.raises(ValueError) as err:
        load_own(bad, "eventlog")
    assert "4 problem(s)" in str(err.value) and str(err.value).count("\n") == 4


def test_data_load_own_still_works() -> None:
    from svcx_helpers import data, validate

    assert data.load_own is validate.load_own


@pytest.mark.parametrize(("lang", "row", "column", "value", "problem"), [
    ("en", "row 3", "column 'Fast fix [dysfunctional]'", "value '7'", "not a KANO answer"),
    ("zh", "第 3 行", "列「Fast fix [dysfunctional]」", "值「7」", "不是 KANO 答案"),
])
def test_messages_show_the_bad_value(lang: str, row: str, column: str, value: str,
                                     problem: str, tmp_path: Path) -> None:
    from svcx_helpers import i18n

    path = _write(tmp_path, "kano.csv", "respondent,Fast fix [functional],"
                  "Fast fix [dysfunctional]\nR1,1,5\nR2,2,7\n")
    with i18n.language(lang):
        issues = validate(path, "kano")
        assert len(issues) == 1
        text = str(issues[0])
    assert text.startswith(f"{path}, {row}, {column}, {value}: {problem}"), text
    with i18n.language(lang):   # a missing column has no row and so no value
        text = str(validate(_write(tmp_path, "t.csv", "resolved\n2026-03-02\n"), "tickets")[0])
    assert "'created'" in text or "「created」" in text
    assert ", value '" not in text and "值「" not in text
