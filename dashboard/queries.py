"""What each view asks the store: filters turned into SQL that DuckDB runs, small frames back.

Owns: the ``Filters`` a user sets (province → prefecture → county, indicator, measure, period range),
their translation into a parameterised ``WHERE`` clause, and one query per view. Filtering,
de-duplication and aggregation run inside DuckDB, so only the rows a chart draws reach pandas,
however many figures the store holds. Rows a viewer added only for their own session are
registered beside the store and read through the same queries.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import duckdb
import pandas as pd

# the session's own rows, when there are any, are read together with the store's
_SOURCE = "figures"
_SOURCE_WITH_SESSION = "(SELECT * FROM figures UNION ALL BY NAME SELECT * FROM session_figures)"
DISPLAY_LIMIT = 5000  # rows shown in the data explorer's table (downloads carry every filtered row)


@dataclass(frozen=True)
class Filters:
    province: str = ""
    prefecture: str = ""
    county: str = ""
    indicator: str = ""
    measure: str = ""
    period_from: str = ""  # YYYY-MM, on a figure's last month
    period_to: str = ""
    article: str = ""

    def without(self, *names: str) -> Filters:
        return Filters(**{f.name: ("" if f.name in names else getattr(self, f.name)) for f in fields(self)})


def where(f: Filters, period: str = "") -> tuple[str, list[str]]:
    """``WHERE`` text and its parameters for a set of filters (empty filters are not applied), and
    for one exact period ``start~end`` when given."""
    parts: list[str] = []
    params: list[str] = []
    for col in ("province", "prefecture", "county", "indicator", "measure"):
        value = getattr(f, col)
        if value:
            parts.append(f"{col} = ?")
            params.append(value)
    if f.article:
        parts.append("article_id = ?")
        params.append(f.article)
    if f.period_from:
        parts.append("period_end >= ?")
        params.append(f.period_from)
    if f.period_to:
        parts.append("period_end <= ? AND period_end <> ''")
        params.append(f.period_to)
    if period:
        start, _, end = period.partition("~")
        parts.append("coalesce(period_start, '') = ? AND coalesce(period_end, '') = ?")
        params.extend([start, end])
    return (" WHERE " + " AND ".join(parts)) if parts else "", params


def excel_bytes(df: pd.DataFrame) -> bytes:
    """A table as an Excel workbook (one sheet, ``indicators``)."""
    import io

    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as xw:
        df.to_excel(xw, index=False, sheet_name="indicators")
    return buf.getvalue()


class Store:
    """Queries over one DuckDB cursor, with the viewer's session-only rows when given."""

    def __init__(self, cur: duckdb.DuckDBPyConnection, session_rows: pd.DataFrame | None = None) -> None:
        self.cur = cur
        self.source = _SOURCE
        if session_rows is not None and len(session_rows):
            cur.register("session_figures", session_rows)
            self.source = _SOURCE_WITH_SESSION

    def _df(self, sql: str, params: list | None = None) -> pd.DataFrame:
        return self.cur.execute(sql, params or []).df()

    def count(self, f: Filters) -> int:
        w, p = where(f)
        return int(self.cur.execute(f"SELECT count(*) FROM {self.source}{w}", p).fetchone()[0])

    def options(self, column: str, f: Filters) -> list[str]:
        """Distinct non-empty values of a column under the other filters, most frequent first."""
        w, p = where(f)
        cond = f"{w} AND" if w else " WHERE"
        sql = f"SELECT {column} AS v, count(*) AS n FROM {self.source}{cond} coalesce({column}, '') <> '' GROUP BY 1 ORDER BY n DESC, v"
        return [str(v) for v in self._df(sql, p)["v"]]

    def period_bounds(self, f: Filters) -> list[str]:
        """Every month some filtered figure ends in, sorted: the period slider's stops."""
        w, p = where(f)
        cond = f"{w} AND" if w else " WHERE"
        sql = f"SELECT DISTINCT period_end FROM {self.source}{cond} coalesce(period_end, '') <> '' ORDER BY 1"
        return [str(v) for v in self._df(sql, p)["period_end"]]

    def rows(self, f: Filters, limit: int | None = None) -> pd.DataFrame:
        w, p = where(f)
        lim = f" LIMIT {int(limit)}" if limit else ""
        return self._df(f"SELECT * FROM {self.source}{w} ORDER BY article_date DESC, article_id, start{lim}", p)

    def region_bars(self, f: Filters, top: int | None = None, period: str = "") -> pd.DataFrame:
        """One row per region and period for one indicator and measure (the newest article's figure),
        at most ``top`` regions per period and unit, largest first; only ``period`` (``start~end``) when given."""
        w, p = where(f, period)
        sql = f"""WITH newest AS (
                    SELECT * FROM {self.source}{w}
                    QUALIFY row_number() OVER (PARTITION BY region, region_code, period_start, period_end, unit
                                               ORDER BY article_date DESC, article_id DESC, start) = 1)
                  SELECT * FROM newest
                  {"QUALIFY row_number() OVER (PARTITION BY period_start, period_end, unit ORDER BY value DESC) <= " + str(int(top)) if top else ""}
                  ORDER BY value DESC"""
        return self._df(sql, p)

    def bar_periods(self, f: Filters) -> list[str]:
        """``start~end`` of every period the filtered figures cover: most regions first, then the latest."""
        w, p = where(f)
        sql = f"""SELECT coalesce(period_start, '') || '~' || coalesce(period_end, '') AS k, count(DISTINCT region) AS n,
                  max(period_end) AS e FROM {self.source}{w} GROUP BY 1 ORDER BY n DESC, e DESC, k"""
        return [str(v) for v in self._df(sql, p)["k"]]

    def region_count(self, f: Filters, period: str = "") -> int:
        """How many regions have a figure under these filters (the bar chart may show only the top ones)."""
        w, p = where(f, period)
        return int(self.cur.execute(f"SELECT count(DISTINCT region_code || region) FROM {self.source}{w}", p).fetchone()[0])

    def growth(self, f: Filters, indicators: list[str]) -> pd.DataFrame:
        """Growth rates of several indicators, one per region, indicator and period."""
        if not indicators:
            return pd.DataFrame()
        w, p = where(f.without("indicator", "measure"))
        cond = f"{w} AND" if w else " WHERE"
        marks = ", ".join("?" for _ in indicators)
        sql = f"""SELECT * FROM {self.source}{cond} measure = 'growth' AND indicator IN ({marks})
                  QUALIFY row_number() OVER (PARTITION BY region, region_code, indicator, period_start, period_end
                                             ORDER BY article_date DESC, article_id DESC, start) = 1"""
        return self._df(sql, [*p, *indicators])

    def growth_indicators(self, f: Filters) -> list[str]:
        w, p = where(f.without("indicator", "measure"))
        cond = f"{w} AND" if w else " WHERE"
        sql = f"""SELECT indicator, count(DISTINCT region) AS n FROM {self.source}{cond} measure = 'growth'
                  AND indicator <> 'other' GROUP BY 1 ORDER BY n DESC, indicator"""
        return [str(v) for v in self._df(sql, p)["indicator"]]

    def _project_where(self, f: Filters) -> tuple[str, list[str]]:
        w, p = where(f.without("indicator", "measure"))
        cond = f"{w} AND" if w else " WHERE"
        return (f"{cond} indicator IN ('projects', 'project_investment') AND coalesce(stage, '') <> ''"
                " AND measure IN ('count', 'level') AND coalesce(period_end, '') <> ''"), p

    def project_regions(self, f: Filters, limit: int = 300) -> list[str]:
        """Regions with project figures, most figures first."""
        w, p = self._project_where(f)
        sql = f"SELECT region, count(*) AS n FROM {self.source}{w} GROUP BY 1 ORDER BY n DESC, region LIMIT {int(limit)}"
        return [str(v) for v in self._df(sql, p)["region"]]

    def projects(self, f: Filters, region: str = "") -> pd.DataFrame:
        """Project counts and investment by stage: one point per figure for one region; for all regions,
        one point per stage and month, summed in the store (``n`` figures, ``region`` lists a few)."""
        w, p = self._project_where(f)
        if region:
            return self._df(f"SELECT *, 1 AS n FROM {self.source}{w} AND region = ? ORDER BY period_end, stage", [*p, region])
        sql = f"""SELECT indicator, stage, period_end, min(period_start) AS period_start, sum(value) AS value, count(*) AS n,
                         array_to_string(list_slice(list(DISTINCT region), 1, 6), '、')
                           || CASE WHEN count(DISTINCT region) > 6 THEN '…' ELSE '' END AS region,
                         '' AS sentence, first(article_id) AS article_id
                  FROM {self.source}{w} GROUP BY indicator, stage, period_end ORDER BY period_end, stage"""
        return self._df(sql, p)

    def project_sources(self, f: Filters, region: str = "", limit: int = 4) -> list[str]:
        """The articles the project charts draw on (a few, most figures first)."""
        w, p = self._project_where(f)
        extra, params = (" AND region = ?", [*p, region]) if region else ("", p)
        sql = f"SELECT article_id, count(*) AS n FROM {self.source}{w}{extra} GROUP BY 1 ORDER BY n DESC LIMIT {int(limit)}"
        return self.sources([str(a) for a in self._df(sql, params)["article_id"]])

    def map_values(self, f: Filters) -> pd.DataFrame:
        """The newest figure per county or prefecture (by code) for one indicator and measure."""
        w, p = where(f)
        cond = f"{w} AND" if w else " WHERE"
        sql = f"""SELECT region_code, region, region_level, value, unit, period_start, period_end, article_id
                  FROM {self.source}{cond} region_level IN ('county', 'prefecture')
                  QUALIFY row_number() OVER (PARTITION BY region_code ORDER BY period_end DESC, article_date DESC) = 1"""
        return self._df(sql, p)

    def sources(self, article_ids: list[str]) -> list[str]:
        """Titles of the articles a chart draws on."""
        if not article_ids:
            return []
        marks = ", ".join("?" for _ in article_ids)
        got = self._df(f"SELECT article_id, title FROM articles WHERE article_id IN ({marks})", list(article_ids))
        titles = dict(zip(got["article_id"], got["title"], strict=True))
        return [titles.get(a) or a for a in article_ids]

    def articles(self, search: str = "", limit: int = 1000) -> pd.DataFrame:
        """The newest articles (at most ``limit``), those whose title or place contains ``search`` when given."""
        cond, params = "", []
        if search.strip():
            cond = " WHERE contains(title, ?) OR contains(place, ?)"
            params = [search.strip(), search.strip()]
        return self._df(f"""SELECT article_id, title, article_date, date_source, place, n_figures, origin, added_at
                            FROM articles{cond} ORDER BY article_date DESC, added_at DESC LIMIT {int(limit)}""", params)

    def export(self, f: Filters, kind: str, max_rows: int = 1_048_575) -> bytes:
        """Every filtered row as CSV (UTF-8 with BOM; written by DuckDB, never held as a DataFrame) or Excel."""
        import os
        import tempfile

        w, p = where(f)
        if kind == "xlsx":
            return excel_bytes(self._df(f"SELECT * FROM {self.source}{w} ORDER BY article_date DESC, article_id, start "
                                        f"LIMIT {int(max_rows)}", p))
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "rows.csv")
            self.cur.execute(f"COPY (SELECT * FROM {self.source}{w} ORDER BY article_date DESC, article_id, start) "
                             f"TO '{path}' (HEADER, DELIMITER ',')", p)
            with open(path, "rb") as fh:
                return b"\xef\xbb\xbf" + fh.read()

    def article_text(self, article_id: str) -> str:
        row = self.cur.execute("SELECT text FROM articles WHERE article_id = ?", [article_id]).fetchone()
        return str(row[0]) if row else ""


class CachedStore(Store):
    """A ``Store`` whose small answers (filter options, periods, counts, the rows one chart draws) are
    remembered per store version.

    ``remember(name, args, compute)`` is given by the caller (the app passes Streamlit's cache), so this
    module stays free of Streamlit.
    """

    def __init__(self, cur: duckdb.DuckDBPyConnection, remember) -> None:
        super().__init__(cur)
        self._remember = remember

    def options(self, column: str, f: Filters) -> list[str]:
        return self._remember("options", (column, f), lambda: Store.options(self, column, f))

    def period_bounds(self, f: Filters) -> list[str]:
        return self._remember("period_bounds", (f,), lambda: Store.period_bounds(self, f))

    def bar_periods(self, f: Filters) -> list[str]:
        return self._remember("bar_periods", (f,), lambda: Store.bar_periods(self, f))

    def count(self, f: Filters) -> int:
        return self._remember("count", (f,), lambda: Store.count(self, f))

    def growth_indicators(self, f: Filters) -> list[str]:
        return self._remember("growth_indicators", (f,), lambda: Store.growth_indicators(self, f))

    # the frames below are small (what one chart draws); callers treat them as read-only
    def region_bars(self, f: Filters, top: int | None = None, period: str = "") -> pd.DataFrame:
        return self._remember("region_bars", (f, top, period), lambda: Store.region_bars(self, f, top, period))

    def region_count(self, f: Filters, period: str = "") -> int:
        return self._remember("region_count", (f, period), lambda: Store.region_count(self, f, period))

    def sources(self, article_ids: list[str]) -> list[str]:
        return self._remember("sources", (tuple(article_ids),), lambda: Store.sources(self, article_ids))

    def growth(self, f: Filters, indicators: list[str]) -> pd.DataFrame:
        return self._remember("growth", (f, tuple(indicators)), lambda: Store.growth(self, f, indicators))

    def projects(self, f: Filters, region: str = "") -> pd.DataFrame:
        return self._remember("projects", (f, region), lambda: Store.projects(self, f, region))

    def project_regions(self, f: Filters, limit: int = 300) -> list[str]:
        return self._remember("project_regions", (f, limit), lambda: Store.project_regions(self, f, limit))

    def map_values(self, f: Filters) -> pd.DataFrame:
        return self._remember("map_values", (f,), lambda: Store.map_values(self, f))
