"""Import of real survey exports: encodings, Excel, answer texts, and errors that name
file, row, column and value. Property tests for the answer parser."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from svcx_helpers import kano
from svcx_helpers.i18n import t

WIDE = pd.DataFrame({
    "序号": ["1", "2", "3"],
    "部门": ["销售", "研发", "财务"],
    "响应快【正向】": ["我很喜欢", "理应如此", "5"],
    "响应快【反向】": ["我很不喜欢", "我很不喜欢", "1"],
    "响应快【重要程度】": ["9", "8", ""],
    "Loaner laptop [functional]": ["I like it", "I am neutral", "1"],
    "Loaner laptop [dysfunctional]": ["I can live with it that way", "I am neutral", "3"],
})
EXPECTED = [  # respondent, attribute, functional, dysfunctional
    ("1", "响应快", 1, 5), ("2", "响应快", 2, 5), ("3", "响应快", 5, 1),
    ("1", "Loaner laptop", 1, 4), ("2", "Loaner laptop", 3, 3), ("3", "Loaner laptop", 1, 3),
]


def write(df: pd.DataFrame, path: Path, encoding: str = "utf-8") -> Path:
    df.to_csv(path, index=False, encoding=encoding)
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_csv_encodings_round_trip(tmp_path: Path, encoding: str) -> None:
    long = kano.read_survey(write(WIDE, tmp_path / "s.csv", encoding))
    got = list(long[["respondent", "attribute", "functional", "dysfunctional"]]
               .itertuples(index=False, name=None))
    assert got == EXPECTED
    assert long.loc[0, "部门"] == "销售"
    assert long["importance"].iloc[:2].tolist() == [9.0, 8.0]
    assert pd.isna(long["importance"].iloc[2])


def test_excel(tmp_path: Path) -> None:
    path = tmp_path / "s.xlsx"
    WIDE.to_excel(path, index=False)
    long = kano.read_survey(path)
    assert len(long) == 6 and long["functional"].tolist() == [e[2] for e in EXPECTED]


def test_explicit_pairs(tmp_path: Path) -> None:
    df = pd.DataFrame({"id": ["a", "b"], "q1": ["1", "2"], "q2": ["5", "5"]})
    long = kano.read_survey(write(df, tmp_path / "p.csv"), pairs={"speed": ("q1", "q2")},
                            respondent="id")
    assert long["attribute"].tolist() == ["speed", "speed"]
    assert long["respondent"].tolist() == ["a", "b"]
    assert kano.classify(long["functional"], long["dysfunctional"]).tolist() == ["O", "M"]


def test_unknown_answer_text_names_file_row_column_value(tmp_path: Path) -> None:
    bad = WIDE.copy()
    bad.loc[1, "响应快【反向】"] = "还行吧"
    path = write(bad, tmp_path / "bad.csv")
    with pytest.raises(ValueError) as err:
        kano.read_survey(path)
    msg = str(err.value)
    assert str(path) in msg and "row 3" in msg and "响应快【反向】" in msg and "还行吧" in msg


def test_code_seven(tmp_path: Path) -> None:
    bad = WIDE.copy()
    bad.loc[2, "Loaner laptop [functional]"] = "7"
    path = write(bad, tmp_path / "seven.csv")
    with pytest.raises(ValueError, match=r"row 4.*Loaner laptop \[functional\].*'7'"):
        kano.read_survey(path)


def test_functional_without_twin(tmp_path: Path) -> None:
    path = write(WIDE.drop(columns=["Loaner laptop [dysfunctional]"]), tmp_path / "twin.csv")
    with pytest.raises(ValueError) as err:
        kano.read_survey(path)
    assert "Loaner laptop [functional]" in str(err.value) and str(path) in str(err.value)


def test_empty_and_header_only_and_missing_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ValueError, match="empty"):
        kano.read_survey(empty)
    header = tmp_path / "header.csv"
    header.write_text("a [functional],a [dysfunctional]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no data rows"):
        kano.read_survey(header)
    with pytest.raises(ValueError, match="no such file"):
        kano.read_survey(tmp_path / "nope.csv")
    with pytest.raises(ValueError, match="unsupported"):
        (tmp_path / "x.pdf").write_bytes(b"%PDF")
        kano.read_survey(tmp_path / "x.pdf")


def test_no_pairs(tmp_path: Path) -> None:
    path = write(pd.DataFrame({"a": ["1"], "b": ["2"]}), tmp_path / "np.csv")
    with pytest.raises(ValueError, match=r"no functional/dysfunctional column pairs|没有"):
        kano.read_survey(path)


def test_blank_answers_dropped_with_warning_and_listed(tmp_path: Path) -> None:
    wide = WIDE.copy()
    wide.loc[0, "响应快【正向】"] = ""
    path = write(wide, tmp_path / "blank.csv")
    with pytest.warns(UserWarning, match="1 answer pair"):
        long = kano.read_survey(path)
    assert len(long) == 5
    assert long.attrs["dropped"] == [{"row": 2, "respondent": "1", "attribute": "响应快"}]
    with pytest.raises(ValueError, match="row 2"):
        kano.read_survey(path, missing="error")


def test_undecodable_bytes(tmp_path: Path) -> None:
    path = tmp_path / "bin.csv"
    path.write_bytes(b"a [functional],a [dysfunctional]\n\x81\x30\xff\xff,1\n")
    with pytest.raises(ValueError, match="decode"):
        kano.read_survey(path)


ALL_TEXTS = [(code, text) for code, texts in kano.ANSWER_TEXTS.items() for text in texts]


@given(st.sampled_from(ALL_TEXTS), st.sampled_from(["", " ", "  "]), st.booleans())
def test_parse_answer_texts_any_case_and_spacing(item: tuple[int, str], pad: str,
                                                 upper: bool) -> None:
    code, text = item
    value = pad + (text.upper() if upper else text) + pad
    assert kano.parse_answer(value) == code


@given(st.text(max_size=12))
def test_parse_answer_never_guesses(value: str) -> None:
    """Any string is either a known answer, blank, or a clear ValueError — never a crash."""
    try:
        code = kano.parse_answer(value)
    except ValueError as exc:
        assert "unknown answer" in str(exc) or "无法识别" in str(exc)
    else:
        assert code is None or 1 <= code <= 5


def test_answer_labels_of_i18n_are_accepted() -> None:
    for code in range(1, 6):
        for lang in ("en", "zh"):
            assert kano.parse_answer(t(f"kano.answer.{code}", lang=lang)) == code


@given(st.lists(st.lists(st.tuples(st.integers(1, 5), st.integers(1, 5)), min_size=2,
                         max_size=2), min_size=1, max_size=15),
       st.sampled_from([("【正向】", "【反向】"), (" [functional]", " [dysfunctional]"),
                        ("_F", "_D"), ("（正向问题）", "（反向问题）")]),
       st.booleans())
def test_wide_to_long_round_trip(rows: list[list[tuple[int, int]]], markers: tuple[str, str],
                                 as_text: bool) -> None:
    """Any answers written in a wide table with any supported markers come back exactly."""
    attrs = ["Fast fix", "账号安全"]
    wide = {"id": [f"r{i}" for i in range(len(rows))]}
    for j, attr in enumerate(attrs):
        for k, marker in enumerate(markers):
            codes = [row[j][k] for row in rows]
            wide[attr + marker] = [t(f"kano.answer.{c}", lang="zh") if as_text else str(c)
                                   for c in codes]
    long = kano.wide_to_long(pd.DataFrame(wide))
    expected = [(f"r{i}", attr, row[j][0], row[j][1]) for j, attr in enumerate(attrs)
                for i, row in enumerate(rows)]
    got = list(long[["respondent", "attribute", "functional", "dysfunctional"]]
               .itertuples(index=False, name=None))
    assert got == expected
