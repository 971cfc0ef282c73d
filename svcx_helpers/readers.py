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
from pathlib import Path

import pandas as pd

from .i18n import t

ENCODINGS = ("utf-8-sig", "gb18030")
"""Tried in this order; GB18030 is a superset of GBK and GB2312."""

TEXT_SUFFIXES = {".csv": ",", ".tsv": "\t", ".txt": None}
EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls"}


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
    raise ValueError(t("err.file_encoding", file=file, tried=", ".join(("utf-16", *ENCODINGS))))


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
        raise ValueError(t("err.file_missing", file=name))
    suffix = path.suffix.lower()
    if suffix in EXCEL_SUFFIXES:
        if path.stat().st_size == 0:
            raise ValueError(t("err.file_empty", file=name))
        df = pd.read_excel(path, sheet_name=sheet_name, dtype=str, keep_default_na=False)
    elif suffix in TEXT_SUFFIXES:
        text = decode(path.read_bytes(), name, encoding)
        if not text.strip():
            raise ValueError(t("err.file_empty", file=name))
        sep = TEXT_SUFFIXES[suffix]
        df = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False,
                         engine="python" if sep is None else "c")
    else:
        raise ValueError(t("err.file_format", file=name, suffix=suffix))
    if df.shape[1] == 0:
        raise ValueError(t("err.file_empty", file=name))
    df.columns = [str(c).strip() for c in df.columns]
    return df
