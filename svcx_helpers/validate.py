"""Check a data file before the analysis: every problem at once, each with file, row,
column and value (``svcx validate FILE --kind …``).

Kinds: ``kano`` (wide survey export: paired functional/dysfunctional columns, answers 1–5
or their texts in English/Chinese), ``servqual`` (E1…E22 and/or P1…P22, 1–7),
``tickets`` (ticket log: created, first_response, resolved, promised, contacts, reopened,
csat) and ``eventlog`` (case_id, activity, start, end[, resource]). Rows are numbered as
lines of the file (header = line 1). Templates for each kind are in ``data/templates/``.

Example
-------
>>> from svcx_helpers.data import data_dir
>>> validate(data_dir() / "templates" / "tickets.csv", "tickets")
[]
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

from .i18n import t
from .readers import read_table

KINDS = ("kano", "servqual", "tickets", "eventlog")


class Issue(NamedTuple):
    """One problem in a data file."""

    file: str
    row: int | None
    column: str | None
    value: Any
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", {t('validate.row', row=self.row)}"
        if self.column is not None:
            where += f", {t('validate.column', column=self.column)}"
        if self.row is not None and not _blank(self.value):
            text = str(self.value).strip()
            text = text if len(text) <= 60 else text[:59] + "…"
            where += f", {t('validate.value', value=text)}"
        return f"{where}: {self.message}"


def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, float) and pd.isna(v)) or (
        isinstance(v, str) and not v.strip())


def _times(df: pd.DataFrame, col: str, file: str, issues: list[Issue],
           required: bool) -> pd.Series:
    parsed = pd.to_datetime(df[col], errors="coerce", format="mixed")
    for i, (raw, value) in enumerate(zip(df[col], parsed, strict=True)):
        if _blank(raw):
            if required:
                issues.append(Issue(file, i + 2, col, raw, t("validate.empty")))
        elif pd.isna(value):
            issues.append(Issue(file, i + 2, col, raw, t("validate.time")))
    return parsed


def _require(df: pd.DataFrame, columns: list[str], file: str, issues: list[Issue]) -> bool:
    missing = [c for c in columns if c not in df.columns]
    for c in missing:
        issues.append(Issue(file, None, c, None,
                            t("validate.missing_column", found=", ".join(map(str, df.columns)))))
    return not missing


def _tickets(df: pd.DataFrame, file: str) -> list[Issue]:
    issues: list[Issue] = []
    if not _require(df, ["created"], file, issues):
        return issues
    times = {"created": _times(df, "created", file, issues, required=True)}
    for col in ("first_response", "resolved", "promised"):
        if col in df.columns:
            times[col] = _times(df, col, file, issues, required=False)
    for early, late in (("created", "first_response"), ("first_response", "resolved"),
                        ("created", "resolved")):
        if early in times and late in times:
            wrong = times[late] < times[early]
            for i in wrong[wrong].index:
                issues.append(Issue(file, int(i) + 2, late, df[late].iloc[i],
                                    t("validate.before", earlier=early, value=df[early].iloc[i])))
    rules = {"contacts": (1, None, True), "reopened": (0, 1, True), "csat": (1, 5, True)}
    for col, (lo, hi, integer) in rules.items():
        if col in df.columns:
            issues += _out_of_range(df, col, file, lo, hi, integer)
    return issues


def _out_of_range(df: pd.DataFrame, col: Any, file: str, lo: float, hi: float | None,
                  integer: bool) -> list[Issue]:
    """An issue for every non-blank cell of ``col`` that is not a number from ``lo`` to
    ``hi`` (``None``: no upper bound), or not a whole number when ``integer``."""
    issues = []
    for i, raw in enumerate(df[col]):
        if _blank(raw):
            continue
        try:
            x: float | None = float(str(raw).strip())
        except ValueError:
            x = None
        if x is None or (integer and not x.is_integer()) or x < lo or (
                hi is not None and x > hi):
            issues.append(Issue(file, i + 2, str(col), raw, t(
                "validate.range", lo=lo, hi="∞" if hi is None else hi)))
    return issues


def _eventlog(df: pd.DataFrame, file: str) -> list[Issue]:
    issues: list[Issue] = []
    if not _require(df, ["case_id", "activity", "start", "end"], file, issues):
        return issues
    for col in ("case_id", "activity"):
        for i, raw in enumerate(df[col]):
            if _blank(raw):
                issues.append(Issue(file, i + 2, col, raw, t("validate.empty")))
    start = _times(df, "start", file, issues, required=True)
    end = _times(df, "end", file, issues, required=True)
    wrong = end < start
    for i in wrong[wrong].index:
        issues.append(Issue(file, int(i) + 2, "end", df["end"].iloc[i],
                            t("validate.before", earlier="start", value=df["start"].iloc[i])))
    return issues


def _kano(df: pd.DataFrame, file: str) -> list[Issue]:
    from .kano import parse_answer, split_header

    issues: list[Issue] = []
    kinds: dict[str, dict[str, str]] = {}
    for col in df.columns:
        split = split_header(str(col))
        if split:
            kinds.setdefault(split[0], {})[split[1]] = str(col)
    if not kinds:
        issues.append(Issue(file, None, None, None, t("validate.kano.none")))
        return issues
    for attr, cols in kinds.items():
        for need in ("functional", "dysfunctional"):
            if need not in cols:
                other = next(iter(cols.values()))
                issues.append(Issue(file, None, other, None, t("validate.kano.pair", attr=attr,
                                                                 need=need)))
        for kind, col in cols.items():
            for i, raw in enumerate(df[col]):
                if _blank(raw):
                    continue
                if kind == "importance":
                    try:
                        ok = float(str(raw).strip()) >= 0
                    except ValueError:
                        ok = False
                    if not ok:
                        issues.append(Issue(file, i + 2, col, raw, t("validate.number")))
                    continue
                try:
                    ok = parse_answer(raw) is not None
                except ValueError:
                    ok = False
                if not ok:
                    issues.append(Issue(file, i + 2, col, raw, t("validate.kano.answer")))
    return issues


def _servqual(df: pd.DataFrame, file: str) -> list[Issue]:
    issues: list[Issue] = []
    found = {}
    for col in df.columns:
        m = re.fullmatch(r"([EP])\s*(\d{1,2})", str(col).strip(), flags=re.IGNORECASE)
        if m and 1 <= int(m.group(2)) <= 22:
            found[(m.group(1).upper(), int(m.group(2)))] = col
    batteries = {b for b, _ in found}
    if not batteries:
        issues.append(Issue(file, None, None, None, t("validate.servqual.none")))
        return issues
    for b in sorted(batteries):
        for i in range(1, 23):
            if (b, i) not in found:
                issues.append(Issue(file, None, f"{b}{i}", None,
                                    t("validate.missing_column",
                                      found=", ".join(map(str, df.columns)))))
    for col in found.values():
        issues += _out_of_range(df, col, file, 1, 7, True)
    return issues


def validate(path: str | Path, kind: str) -> list[Issue]:
    """Every problem found in the file ``path`` read as ``kind`` (``[]`` when none)."""
    if kind not in KINDS:
        raise ValueError(t("core.option", value=kind, name="kind", choices=list(KINDS)))
    file = str(path)
    try:
        df = read_table(path)
    except (ValueError, OSError) as exc:
        return [Issue(file, None, None, None, str(exc))]
    if df.empty:
        return [Issue(file, None, None, None, t("validate.no_rows"))]
    check = {"kano": _kano, "servqual": _servqual, "tickets": _tickets,
             "eventlog": _eventlog}[kind]
    return check(df, file)


def load_own(path: str | Path, kind: str) -> pd.DataFrame:
    """Load your own data file for the analysis of ``kind`` — after checking all of it.

    ``kind`` is ``"kano"`` (wide survey export → long responses for
    :func:`svcx_helpers.kano.count`), ``"servqual"`` (one row per respondent, E/P items),
    ``"tickets"`` (times parsed, for :func:`svcx_helpers.standards.kqi`) or ``"eventlog"``
    (for :mod:`svcx_helpers.process`). When the file has problems, one ``ValueError``
    lists every one of them with row, column and value (the same list as
    ``svcx validate``), so a single round of corrections is enough.

    >>> responses = load_own("data/templates/kano.csv", "kano")      # doctest: +SKIP
    """
    issues = validate(path, kind)
    if issues:
        raise ValueError(t("validate.found", n=len(issues)) + ":\n" + "\n".join(map(str, issues)))
    if kind == "kano":
        from .kano import read_survey

        return read_survey(path)
    if kind == "tickets":
        from .readers import read_tickets

        return read_tickets(str(path))
    if kind == "eventlog":
        from .process import load_log

        return load_log(path)
    table = read_table(path)
    items = [c for c in table.columns if str(c).strip()[:1].upper() in ("E", "P")
             and str(c).strip()[1:].strip().isdigit()]
    table[items] = table[items].apply(pd.to_numeric, errors="coerce")
    return table
