"""Writing the indicators table to a file: CSV (UTF-8 with BOM), Parquet or Excel, rows streamed as they come.

Owns: which formats a table path may have (by its ending: ``.csv``, ``.parquet``, ``.xlsx``), refusing
any other path in one sentence (``OutputError``) before a run starts, and ``TableWriter``, which appends
rows without holding the table in memory (an Excel sheet holds 1,048,575 rows; more go on further sheets).
"""

from __future__ import annotations

import os

import pandas as pd

from .io import to_frame
from .schema import COLUMNS

FORMATS = {".csv": "csv", ".parquet": "parquet", ".xlsx": "xlsx"}
XLSX_ROWS = 1_048_575  # rows of data an Excel sheet holds under its header


class OutputError(ValueError):
    """A table path that cannot be written, with a one-sentence reason."""


def table_format(path: str) -> str:
    """``csv``, ``parquet`` or ``xlsx`` from the path's ending; ``OutputError`` for anything else or a folder."""
    fmt = FORMATS.get(os.path.splitext(path)[1].lower())
    if fmt is None:
        raise OutputError(f"-o {path} must end in .csv, .parquet or .xlsx")
    if os.path.isdir(path):
        raise OutputError(f"-o {path} is a folder; give a file name ending in .csv, .parquet or .xlsx")
    parent = os.path.dirname(os.path.abspath(path))
    while not os.path.lexists(parent):
        parent = os.path.dirname(parent)
    if not os.path.isdir(parent):
        raise OutputError(f"-o {path} cannot be written because {parent} is not a folder")
    return fmt


class TableWriter:
    """Rows appended to a CSV (UTF-8 with BOM), Parquet or Excel file as they come, never all in memory."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.format = table_format(path)
        self.parquet = self.format == "parquet"
        self.rows = 0
        self._writer = None
        self._started = False
        try:
            os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
            if self.format == "csv":  # create it now: a path that cannot be written is found before the run
                pd.DataFrame(columns=COLUMNS).to_csv(path, index=False, encoding="utf-8-sig")
        except OSError as exc:
            raise OutputError(f"-o {path} cannot be written ({exc.strerror or exc.__class__.__name__})") from None

    def write(self, rows: list[dict]) -> None:
        df = to_frame(rows)
        if self.format == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pandas(df, preserve_index=False)
            if self._writer is None:
                self._writer = pq.ParquetWriter(self.path, table.schema)
            self._writer.write_table(table.cast(self._writer.schema))
        elif self.format == "xlsx":
            self._xlsx_rows(df)
        else:
            df.to_csv(self.path, mode="a", header=False, index=False, encoding="utf-8")
        self.rows += len(df)
        self._started = True

    def _xlsx_rows(self, df: pd.DataFrame) -> None:
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        if self._writer is None:
            from openpyxl import Workbook

            self._writer = Workbook(write_only=True)
            self._new_sheet()
        for values in df.astype(object).where(df.notna(), None).itertuples(index=False, name=None):
            if self._sheet_rows >= XLSX_ROWS:
                self._new_sheet()
            self._sheet.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in values])
            self._sheet_rows += 1

    def _new_sheet(self) -> None:
        n = len(self._writer.worksheets) + 1
        self._sheet = self._writer.create_sheet("figures" if n == 1 else f"figures_{n}")
        self._sheet.append(list(COLUMNS))
        self._sheet_rows = 0

    def close(self) -> None:
        if self.format == "parquet":
            if self._writer is None:
                to_frame([]).to_parquet(self.path, index=False)
            else:
                self._writer.close()
        elif self.format == "xlsx":
            if self._writer is None:
                self._xlsx_rows(to_frame([]))
            self._writer.save(self.path)
