"""Reading tables that people actually export: CSV/TSV/Excel in UTF-8, UTF-8 with BOM,
UTF-16, GBK or GB18030.

Every cell is read as text (blank cells become ``""``) so that nothing is silently
converted; callers parse values and report bad ones by file, row and column.

Example
-------
>>> from svcx_helpers.readers import read_table
>>> df = read_table("data/kano_it_service_desk_wjx.csv")   # doctest: +SKIP
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from .i18n import t

ENCODINGS = ("utf-8-sig", "gb18030")
"""Tried in this order; GB18030 is a superset of GBK and GB2312."""

TEXT_SUFFIXES = {".csv": ",", ".tsv": "\t", ".txt": None}
EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls"}
TICKET_TIMES = ("created", "first_response", "resolved", "promised")
"""Time columns of a ticket log, parsed by :func:`read_tickets` when present."""


def decode(raw: bytes, file: str, encoding: str | None = None) -> str:
    """Bytes → text: the given encoding, a UTF-16 BOM, else UTF-8 (BOM optional), else GB18030."""
    if encoding:
        return raw.decode(encoding)
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16")
    for enc in ENCODINGS:
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ValueError(t("readers.file_encoding", file=file, tried=", ".join(("utf-16", *ENCODINGS))))


def read_table(path: str | Path, sheet_name: str | int = 0,
               encoding: str | None = None) -> pd.DataFrame:
    """Read a CSV/TSV/TXT or Excel file into a DataFrame of strings.

    The encoding of text files is detected (:func:`decode`); the delimiter of ``.txt``
    files is sniffed. Raises ``ValueError`` naming the file when it is missing, empty,
    undecodable or of an unknown type.
    """
    path = Path(path)
    name = str(path)
    if not path.is_file():
        raise ValueError(t("readers.file_missing", file=name))
    suffix = path.suffix.lower()
    if suffix in EXCEL_SUFFIXES:
        if path.stat().st_size == 0:
            raise ValueError(t("readers.file_empty", file=name))
        df = pd.read_excel(path, sheet_name=sheet_name, dtype=str, keep_default_na=False)
    elif suffix in TEXT_SUFFIXES:
        text = decode(path.read_bytes(), name, encoding)
        if not text.strip():
            raise ValueError(t("readers.file_empty", file=name))
        sep = TEXT_SUFFIXES[suffix]
        df = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False,
                         engine="python" if sep is None else "c")
    else:
        raise ValueError(t("readers.file_format", file=name, suffix=suffix))
    if df.shape[1] == 0:
        raise ValueError(t("readers.file_empty", file=name))
    df.columns = [str(c).strip() for c in df.columns]
    return df


def parse_times(df: pd.DataFrame, columns: Sequence[str], source: str) -> pd.DataFrame:
    """A copy of ``df`` with ``columns`` (those present) parsed as timestamps; empty cells
    become NaT. A value that is not a time raises a ValueError naming ``source``, the row
    as numbered in the file (header = line 1), the column and the value.

    >>> parse_times(pd.DataFrame({"t": ["2026-01-05 09:00", ""]}), ["t"], "x.csv")["t"].tolist()
    [Timestamp('2026-01-05 09:00:00'), NaT]
    """
    df = df.copy()
    for col in columns:
        if col not in df.columns or pd.api.types.is_datetime64_any_dtype(df[col]):
            continue
        parsed = pd.to_datetime(df[col], errors="coerce", format="mixed")
        bad = parsed.isna() & df[col].notna() & (df[col].astype(str).str.strip() != "")
        if bad.any():
            pos = int(np.flatnonzero(bad.to_numpy())[0])
            raise ValueError(t("readers.time", source=source, row=pos + 2, column=col,
                               value=repr(df[col].iloc[pos])))
        df[col] = parsed
    return df


def read_tickets(tickets: pd.DataFrame | str, source: str = "tickets") -> pd.DataFrame:
    """Parse the time columns of a ticket log (a file or a DataFrame), naming the row and
    value that cannot be read. The one reader of time-stamped logs: service tickets
    (:mod:`~svcx_helpers.standards`), internal requests (:mod:`~svcx_helpers.internal`) and
    complaints (:mod:`~svcx_helpers.recovery`, ``received`` renamed to ``created``).

    Needs ``created``; ``first_response``, ``resolved`` and ``promised`` are parsed when
    present (empty = not yet), ``contacts``, ``reopened`` and ``csat`` made numeric (empty =
    no value). Rows are numbered as in the file (header = line 1).
    """
    if isinstance(tickets, (str, bytes)) or hasattr(tickets, "__fspath__"):
        source = str(tickets)
        df = read_table(tickets)  # type: ignore[arg-type]
    else:
        df = tickets.copy()
    if "created" not in df.columns:
        raise ValueError(t("readers.missing_columns", source=source, missing=["created"],
                           found=list(map(str, df.columns))))
    df = parse_times(df, TICKET_TIMES, source)
    for col in ("contacts", "reopened", "csat"):
        if col not in df.columns or pd.api.types.is_numeric_dtype(df[col]):
            continue
        text = df[col].astype("string").str.strip()
        number = pd.to_numeric(text.replace("", pd.NA), errors="coerce")
        bad = number.isna() & text.notna() & (text != "")
        if bad.any():
            pos = int(np.flatnonzero(bad.to_numpy())[0])
            raise ValueError(t("standards.err.number", source=source, row=pos + 2, column=col,
                               value=repr(df[col].iloc[pos])))
        df[col] = number
    for a, b in (("created", "first_response"), ("first_response", "resolved"),
                 ("created", "resolved")):
        if a in df.columns and b in df.columns:
            wrong = (df[b] < df[a]).to_numpy()
            if wrong.any():
                pos = int(np.flatnonzero(wrong)[0])
                raise ValueError(t("standards.err.order", source=source, row=pos + 2, later=b,
                                   earlier=a, value=str(df[b].iloc[pos]),
                                   first=str(df[a].iloc[pos])))
    return df


def wide_table(wide: pd.DataFrame, source: str) -> pd.DataFrame:
    """A survey export as the analysis reads it: at least one column and one row (else a
    clear error naming ``source``), column names as text."""
    if wide.shape[1] == 0:
        raise ValueError(t("readers.file_empty", file=source))
    if len(wide) == 0:
        raise ValueError(t("readers.no_rows", file=source))
    return wide.set_axis([str(c) for c in wide.columns], axis=1)
