"""The indicators table's shape (SCHEMA.md), in one place.

Owns: the table's columns and their order (``COLUMNS``), their types in a pandas frame
(``FRAME_DTYPES``) and in the store (``SQL_TYPES``), and ``Row`` — one figure with everything the
rules decided about it — with its conversion to a table row (``Row.as_dict``). Every other copy of
the column list (``io``, ``batch``, ``store``, the dashboard) imports it from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # types only: the table's shape needs none of the rules
    from .normalize import Sentence
    from .numbers import Figure
    from .periods import ArticleDate, Period
    from .regions import Place

COLUMNS = [
    "article_id", "region", "region_code", "region_level", "province", "prefecture", "indicator", "label",
    "measure", "value", "unit", "approx", "period_start", "period_end", "period_label", "stage", "sentence",
    "start", "end", "date_source", "article_date",
]

# column → pandas dtype where it is not text (the figure's value and its offsets in the article)
FRAME_DTYPES: dict[str, object] = {"value": float, "start": "Int64", "end": "Int64"}

# column → SQL type where it is not VARCHAR
SQL_TYPES: dict[str, str] = {"value": "DOUBLE", "start": "INTEGER", "end": "INTEGER"}


def sql_columns(columns: list[str], types: dict[str, str] | None = None) -> str:
    """``"article_id" VARCHAR, …, "value" DOUBLE, …``: a CREATE TABLE's column list for ``columns``."""
    types = {**SQL_TYPES, **(types or {})}
    return ", ".join(f'"{c}" {types.get(c, "VARCHAR")}' for c in columns)


@dataclass
class Row:
    """One figure of a sentence and what it is: its label, indicator, measure, period, stage and place."""

    fig: Figure
    sent: Sentence
    label: str
    indicator: str
    measure: str
    period: Period | None
    stage: str
    place: Place | None
    in_table: bool = False  # read from a cell of a ``|`` table, its line the sentence

    def as_dict(self, article_id: str, date: ArticleDate) -> dict:
        """The row as the table has it (``COLUMNS``): offsets in the article, the value rounded to 6 places."""
        p = self.place
        value = self.fig.value
        return {
            "article_id": article_id,
            "region": p.name if p else "",
            "region_code": p.code if p else "",
            "region_level": p.level if p else "",
            "province": p.province if p else "",
            "prefecture": (p.prefecture if p and p.level != "province" else ""),
            "indicator": self.indicator,
            "label": self.label,
            "measure": self.measure,
            "value": round(value, 6),
            "unit": self.fig.unit,
            "approx": self.fig.approx,
            "period_start": self.period.start if self.period else "",
            "period_end": self.period.end if self.period else "",
            "period_label": self.period.label if self.period else "",
            "stage": self.stage,
            "sentence": self.sent.text,
            "start": self.sent.start + self.fig.start,
            "end": self.sent.start + self.fig.end,
            "date_source": date.how,
            "article_date": date.ym if date.year else "",
        }


def by_sentence(rows: list[Row]) -> dict[int, list[Row]]:
    """The rows of each sentence, by the sentence's start, in text order."""
    out: dict[int, list[Row]] = {}
    for r in rows:
        out.setdefault(r.sent.start, []).append(r)
    return out
