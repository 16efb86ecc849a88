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
    prov: str = ""  # 6-digit division codes
    pref: str = ""
    county: str = ""
    indicator: str = ""
    label: str = ""  # the article's own label, for catch-all indicators
    measure: str = ""
    period_from: str = ""  # YYYY-MM, on a figure's last month
    period_to: str = ""
    article: str = ""

    def without(self, *names: str) -> Filters:
        return Filters(**{f.name: ("" if f.name in names else getattr(self, f.name)) for f in fields(self)})


# a region code's prefix for each level of the cascade, and the levels a filter on it keeps
_REGION_FILTERS = {
    "prov": ("substr(region_code, 1, 2) = ?", 2),
    "pref": ("substr(region_code, 1, 4) = ? AND region_level <> 'province'", 4),
    "county": ("region_code = ? AND region_level NOT IN ('province', 'prefecture')", 6),
}


def where(f: Filters, period: str = "") -> tuple[str, list[str]]:
    """``WHERE`` text and its parameters for a set of filters (empty filters are not applied), and
    for one exact period ``start~end`` when given."""
    parts: list[str] = []
    params: list[str] = []
    for name, (cond, digits) in _REGION_FILTERS.items():
        value = getattr(f, name)
        if value:
            parts.append(cond)
            params.append(value[:digits])
    for col in ("indicator", "label", "measure"):
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


def _and(w: str) -> str:
    return f"{w} AND" if w else " WHERE"


# project counts and sums with a stage and a period: what the projects page draws
_PROJECT_FIGURES = ("indicator IN ('projects', 'project_investment') AND coalesce(stage, '') <> ''"
                    " AND measure IN ('count', 'level') AND coalesce(period_end, '') <> ''")


def _growth_of(indicators: tuple[str, ...]) -> str:
    """The condition on growth figures of ``indicators`` (their codes are the parameters)."""
    return f"measure = 'growth' AND indicator IN ({', '.join('?' for _ in indicators)})"


# what makes two figures the same fact: place, indicator (with its label when it is a catch-all),
# measure, unit, period and stage
FACT_KEY = ("region_code, region, region_level, province, prefecture, indicator, "
            "CASE WHEN indicator IN ('other', 'industry_output') THEN label ELSE '' END, "
            "measure, unit, period_start, period_end, stage")


def facts_sql(source: str, w: str) -> str:
    """Canonical facts from the figures under ``w``: one row per fact, its value from the newest
    article, every article stating it (``sources``) and whether they disagree (``n_values`` > 1).

    Inside one article a fact is stated once (a headline and its lead repeat it; where an article
    gives a total and its parts under one key, the total — the largest — stands for it)."""
    return f"""WITH picked AS (SELECT * FROM {source}{w}),
      per_article AS (
        SELECT * FROM picked
        QUALIFY row_number() OVER (PARTITION BY article_id, {FACT_KEY} ORDER BY value DESC, start) = 1)
      SELECT region_code, coalesce(region, '') AS region, region_level, province, prefecture, indicator,
             arg_max(label, coalesce(article_date, '') || article_id) AS label, measure, unit,
             period_start, period_end, stage,
             arg_max(value, coalesce(article_date, '') || article_id) AS value,
             count(DISTINCT value) AS n_values,
             list(DISTINCT value ORDER BY value) AS all_values,
             list(DISTINCT article_id ORDER BY article_id) AS sources,
             arg_max(sentence, coalesce(article_date, '') || article_id) AS sentence,
             arg_max(article_id, coalesce(article_date, '') || article_id) AS article_id,
             max(article_date) AS article_date
      FROM per_article GROUP BY {FACT_KEY}"""


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
        sql = f"SELECT {column} AS v, count(*) AS n FROM {self.source}{_and(w)} coalesce({column}, '') <> '' GROUP BY 1 ORDER BY n DESC, v"
        return [str(v) for v in self._df(sql, p)["v"]]

    def region_options(self, level: str, f: Filters) -> list[tuple[str, str]]:
        """``(code, name)`` of the provinces (``prov``), prefectures (``pref``) or counties (``county``)
        the filters leave, most figures first. Codes are 6-digit division codes."""
        digits, column, extra = {"prov": (2, "province", ""), "pref": (4, "prefecture", " AND region_level <> 'province'"),
                                 "county": (6, "county", " AND region_level NOT IN ('province', 'prefecture')")}[level]
        w, p = where(f)
        sql = f"""SELECT rpad(substr(region_code, 1, {digits}), 6, '0') AS code, mode({column}) AS name, count(*) AS n
                  FROM {self.source}{_and(w)} coalesce({column}, '') <> '' AND length(region_code) >= 6{extra}
                  GROUP BY 1 ORDER BY n DESC, code"""
        return [(str(c), str(n)) for c, n in self._df(sql, p)[["code", "name"]].itertuples(index=False)]

    def period_bounds(self, f: Filters) -> list[str]:
        """Every month some filtered figure ends in, sorted: the period slider's stops."""
        w, p = where(f)
        sql = f"SELECT DISTINCT period_end FROM {self.source}{_and(w)} coalesce(period_end, '') <> '' ORDER BY 1"
        return [str(v) for v in self._df(sql, p)["period_end"]]

    def rows(self, f: Filters, limit: int | None = None) -> pd.DataFrame:
        w, p = where(f)
        lim = f" LIMIT {int(limit)}" if limit else ""
        return self._df(f"SELECT * FROM {self.source}{w} ORDER BY article_date DESC, article_id, start{lim}", p)

    def facts(self, f: Filters, period: str = "", extra: str = "", params: list | None = None) -> pd.DataFrame:
        """Canonical facts under the filters (and one period, and an extra condition when given)."""
        w, p = where(f, period)
        if extra:
            w = f"{_and(w)} {extra}"
        return self._df(facts_sql(self.source, w), [*p, *(params or [])])

    def region_bars(self, f: Filters, top: int | None = None, period: str = "") -> pd.DataFrame:
        """One fact per region and period for one indicator and measure, at most ``top`` named regions
        per period and unit, largest first; figures without a place come last, never among the top."""
        got = self.facts(f, period)
        if got.empty:
            return got
        named = got[got["region"] != ""].sort_values("value", ascending=False)
        if top:
            named = named.groupby(["period_start", "period_end", "unit"], dropna=False, sort=False).head(int(top))
        return pd.concat([named, got[got["region"] == ""]], ignore_index=True)

    def _periods_by_reach(self, f: Filters, extra: str = "", params: list | None = None,
                          regions: str = "region") -> list[str]:
        """``start~end`` of every period the filtered figures (and ``extra``) cover: those covering most
        ``regions`` first, then the latest."""
        w, p = where(f)
        if extra:
            w = f"{_and(w)} {extra}"
        sql = f"""SELECT coalesce(period_start, '') || '~' || coalesce(period_end, '') AS k, count(DISTINCT {regions}) AS n,
                  max(period_end) AS e FROM {self.source}{w} GROUP BY 1 ORDER BY n DESC, e DESC, k"""
        return [str(v) for v in self._df(sql, [*p, *(params or [])])["k"]]

    def bar_periods(self, f: Filters) -> list[str]:
        """``start~end`` of every period the filtered figures cover: most regions first, then the latest."""
        return self._periods_by_reach(f)

    def region_count(self, f: Filters, period: str = "") -> int:
        """How many named regions have a figure under these filters (the bar chart may show only the top ones)."""
        w, p = where(f, period)
        sql = f"SELECT count(DISTINCT coalesce(region_code, '') || region) FROM {self.source}{_and(w)} coalesce(region, '') <> ''"
        return int(self.cur.execute(sql, p).fetchone()[0])

    def growth(self, f: Filters, indicators: tuple[str, ...], period: str = "") -> pd.DataFrame:
        """Growth facts of several indicators, one per region, indicator and period (one period when given)."""
        if not indicators:
            return pd.DataFrame()
        return self.facts(f.without("indicator", "label", "measure"), period, _growth_of(indicators), list(indicators))

    def growth_periods(self, f: Filters, indicators: tuple[str, ...]) -> list[str]:
        """The periods the chosen growth figures cover, most regions first, then the latest."""
        if not indicators:
            return []
        return self._periods_by_reach(f.without("indicator", "label", "measure"),
                                      _growth_of(indicators) + " AND coalesce(period_end, '') <> ''", list(indicators))

    def growth_indicators(self, f: Filters) -> list[str]:
        w, p = where(f.without("indicator", "label", "measure"))
        sql = f"""SELECT indicator, count(DISTINCT region) AS n FROM {self.source}{_and(w)} measure = 'growth'
                  AND indicator NOT IN ('other', 'industry_output') GROUP BY 1 ORDER BY n DESC, indicator"""
        return [str(v) for v in self._df(sql, p)["indicator"]]

    def projects(self, f: Filters) -> pd.DataFrame:
        """Project counts and investment by stage as canonical facts: one per region, stage and period,
        never summed across regions (a prefecture's figure stands beside its counties', not on top)."""
        return self.facts(f.without("indicator", "label", "measure"), "", _PROJECT_FIGURES)

    def project_periods(self, f: Filters) -> list[str]:
        """Periods with project figures of a named region, most regions first, then the latest."""
        return self._periods_by_reach(f.without("indicator", "label", "measure"),
                                      _PROJECT_FIGURES + " AND coalesce(region, '') <> ''")

    def map_periods(self, f: Filters, level: str) -> list[str]:
        """Periods with figures at ``level`` (county or prefecture), most regions first, then the latest."""
        return self._periods_by_reach(f, "region_level = ? AND coalesce(period_end, '') <> ''", [level], "region_code")

    def map_levels(self, f: Filters) -> list[str]:
        """``county`` and/or ``prefecture``: the levels the filtered figures have, most figures first."""
        w, p = where(f)
        sql = f"""SELECT region_level AS v, count(*) AS n FROM {self.source}{_and(w)} region_level IN ('county', 'prefecture')
                  GROUP BY 1 ORDER BY n DESC, v"""
        return [str(v) for v in self._df(sql, p)["v"]]

    def map_values(self, f: Filters, period: str, level: str) -> pd.DataFrame:
        """One fact per region of ``level`` for one indicator, measure and period."""
        return self.facts(f, period, "region_level = ?", [level])

    def summary(self, f: Filters) -> dict[str, int]:
        """What the store holds under the region filters: articles, named regions, periods, figures, facts."""
        w, p = where(f)
        sql = f"""SELECT count(DISTINCT article_id), count(DISTINCT CASE WHEN coalesce(region, '') <> '' THEN region_code || region END),
                  count(DISTINCT CASE WHEN coalesce(period_end, '') <> '' THEN coalesce(period_start, '') || period_end END),
                  count(*) FROM {self.source}{w}"""
        a, r, pe, n = self.cur.execute(sql, p).fetchone()
        return {"articles": int(a), "regions": int(r), "periods": int(pe), "figures": int(n)}

    def latest(self, f: Filters, pairs: tuple[tuple[str, str], ...], limit: int = 30) -> pd.DataFrame:
        """The latest fact per named region for each ``(indicator, measure)``, regions with most of them first."""
        if not pairs:
            return pd.DataFrame()
        cond = " OR ".join("(indicator = ? AND measure = ?)" for _ in pairs)
        got = self.facts(f, "", f"({cond}) AND coalesce(region, '') <> '' AND coalesce(period_end, '') <> ''"
                         " AND region_level IN ('county', 'prefecture', 'province', 'zone')", [x for pair in pairs for x in pair])
        if got.empty:
            return got
        got = got.sort_values(["period_end", "article_date"]).groupby(["region_code", "region", "indicator", "measure"],
                                                                       as_index=False).last()
        keep = got.groupby("region").size().sort_values(ascending=False).index[:limit]
        return got[got["region"].isin(keep)]

    def recent_articles(self, limit: int = 5) -> pd.DataFrame:
        """The articles added last."""
        return self._df(f"SELECT article_id, title, article_date, place, n_figures, added_at FROM articles "
                        f"ORDER BY added_at DESC, article_id LIMIT {int(limit)}")

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


# small answers (options, periods, counts, the facts one chart draws) remembered per store version
_CACHED = ("options", "region_options", "period_bounds", "bar_periods", "count", "growth_indicators", "growth_periods",
           "region_bars", "region_count", "sources", "growth", "projects", "project_periods", "map_periods", "map_levels", "map_values",
           "summary", "latest", "recent_articles")


class CachedStore(Store):
    """A ``Store`` whose small answers are remembered per store version; callers treat frames as read-only.

    ``remember(name, args, compute)`` is given by the caller (the app passes Streamlit's cache), so this
    module stays free of Streamlit.
    """

    def __init__(self, cur: duckdb.DuckDBPyConnection, remember) -> None:
        super().__init__(cur)
        self._remember = remember


def _cached(name: str):
    def method(self: CachedStore, *args, **kw):
        key = tuple(tuple(a) if isinstance(a, list) else a for a in (*args, *sorted(kw.items())))
        return self._remember(name, key, lambda: getattr(Store, name)(self, *args, **kw))
    method.__name__ = name
    method.__doc__ = getattr(Store, name).__doc__
    return method


for _name in _CACHED:
    setattr(CachedStore, _name, _cached(_name))
