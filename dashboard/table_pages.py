"""The table pages: the overview (landing page), the data explorer and the article reader.

Owns: what the store holds at a glance (articles, regions, periods, figures, the latest headline
figures per region with their periods, what was added last); the filtered rows with a selected
row's sentence in context and downloads of exactly those rows; and an article with its figures
highlighted, where clicking a figure opens its row.
"""

from __future__ import annotations

from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from . import reader
from .i18n import date_source_name, indicator_name, measure_name, period_text, stage_name, t
from .queries import DISPLAY_LIMIT, Filters, Store, excel_bytes
from .units import scale_for, value_text
from .view import View, to_query

ARTICLE_LIMIT = 1000  # newest first; a title search finds older ones
EXCEL_ROWS = 1_048_575  # a worksheet's rows, less the header
HEADLINES = (("gdp", "level"), ("gdp", "growth"), ("fiscal_revenue", "level"), ("retail_sales", "growth"),
             ("fixed_asset_investment", "growth"), ("industrial_va", "growth"))


def display_table(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Rows as a reader sees them: value, unit and period first (a phone shows those), then the rest."""
    shown = [scale_for([v], u, lang) for v, u in zip(df["value"], df["unit"].fillna(""), strict=True)]
    return pd.DataFrame({
        t("value", lang): [float(f"{v / d:.6g}") if v == v else None for v, (d, _) in zip(df["value"], shown, strict=True)],
        t("unit", lang): [u for _, u in shown],
        t("period_col", lang): [period_text(s, e, lang) for s, e in zip(df["period_start"], df["period_end"], strict=True)],
        t("region", lang): df["region"].fillna("").replace("", t("no_place", lang)),
        t("indicator", lang): df["indicator"].map(lambda c: indicator_name(c, lang)),
        t("measure", lang): df["measure"].map(lambda c: measure_name(c, lang)),
        t("stage", lang): df["stage"].fillna("").map(lambda s: stage_name(s, lang) if s else ""),
        t("label", lang): df["label"],
        t("sentence", lang): df["sentence"],
    })


def headline_table(latest: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A row per region, a column per headline figure: its latest value with its period (regions with most first)."""
    cells = latest.assign(
        col=[f"{indicator_name(i, lang)} · {measure_name(m, lang)}" for i, m in zip(latest["indicator"], latest["measure"], strict=True)],
        cell=[f"{value_text(v, u, lang)}（{period_text(a, b, lang)}）" if lang == "zh" else f"{value_text(v, u, lang)} ({period_text(a, b, lang)})"
              for v, u, a, b in zip(latest["value"], latest["unit"].fillna(""), latest["period_start"], latest["period_end"], strict=True)])
    columns = [f"{indicator_name(i, lang)} · {measure_name(m, lang)}" for i, m in HEADLINES]
    table = cells.pivot_table(index="region", columns="col", values="cell", aggfunc="first")
    table = table.reindex(columns=[c for c in columns if c in table.columns])
    table = table.loc[table.notna().sum(axis=1).sort_values(ascending=False, kind="stable").index].fillna("")
    return table.rename_axis(t("region", lang)).reset_index().rename_axis(None, axis=1)


def overview(store: Store, f: Filters, view: View) -> View:
    """The landing page: the store in four numbers, the latest headline figures per region, the newest articles."""
    lang = view.lang
    s = store.summary(f)
    cols = st.columns(4)
    for col, key in zip(cols, ("articles", "regions", "periods", "figures"), strict=True):
        col.metric(t(f"ov_{key}", lang), f"{s[key]:,}")
    latest = store.latest(f, HEADLINES)
    if len(latest):
        st.subheader(t("ov_latest", lang))
        st.dataframe(headline_table(latest, lang), width="stretch", hide_index=True)
    recent = store.recent_articles(5)
    if len(recent):
        st.subheader(t("ov_recent", lang))
        st.dataframe(pd.DataFrame({t("title", lang): recent["title"], t("date", lang): recent["article_date"],
                                   t("place", lang): recent["place"], t("n_figures", lang): recent["n_figures"]}),
                     width="stretch", hide_index=True)
    return view


def _context(store: Store, row: pd.Series, lang: str) -> None:
    text = store.article_text(str(row["article_id"]))
    st.markdown(f"**{t('context', lang)}**")
    if text and pd.notna(row["start"]):
        para, a, b = reader.paragraph_around(text, int(row["start"]), int(row["end"]))
        fig_no = int(row.get("fig_no") or 1)
        st.html(reader.highlight_html(para, [(a, b, fig_no, str(row["label"]))], focus=fig_no))
    else:
        st.html(reader.highlight_html(str(row["sentence"]), []))


def data(store: Store, f: Filters, view: View, export) -> View:
    """The filtered rows, a selected row's sentence in context, and downloads of exactly those rows.

    ``export(filters, "csv" | "xlsx")`` makes a large download on demand with its own store cursor."""
    lang = view.lang
    total = store.count(f)
    if not total:
        st.info(t("no_data", lang))
        return view
    rows = store.rows(f, limit=DISPLAY_LIMIT)
    st.caption(t("rows_n", lang, n=total) if total <= DISPLAY_LIMIT else t("rows_shown", lang, shown=DISPLAY_LIMIT, n=total))
    event = st.dataframe(display_table(rows, lang), width="stretch", hide_index=True, on_select="rerun",
                         selection_mode="single-row", key="table")
    picked = list(getattr(getattr(event, "selection", None), "rows", []) or [])
    if picked:
        _context(store, rows.iloc[picked[0]], lang)
    else:
        st.caption(t("pick_row", lang))
    c1, c2 = st.columns(2)
    if total <= DISPLAY_LIMIT:  # small: ready now
        csv_data, xlsx_data = rows.to_csv(index=False).encode("utf-8-sig"), excel_bytes(rows)
    else:  # large: made by the store only when the button is pressed
        csv_data, xlsx_data = (lambda: export(f, "csv")), (lambda: export(f, "xlsx"))
    c1.download_button(t("download_csv", lang), csv_data, "indicators.csv", "text/csv", key="dl_csv")
    c2.download_button(t("download_xlsx", lang), xlsx_data, "indicators.xlsx",
                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key="dl_xlsx")
    if total > EXCEL_ROWS:
        st.caption(t("excel_limit", lang, n=EXCEL_ROWS))
    return view


def _article_listing(store: Store, view: View, session_articles: pd.DataFrame) -> pd.DataFrame:
    listing = store.articles(search=view.q, limit=ARTICLE_LIMIT)
    if len(session_articles):
        listing = pd.concat([session_articles[listing.columns.intersection(session_articles.columns)], listing], ignore_index=True)
    return listing


def articles(store: Store, view: View, session_articles: pd.DataFrame) -> View:
    """Find an article, read it with its figures marked, and click a figure to see its row."""
    lang = view.lang
    search = st.text_input(t("search_titles", lang), value=view.q, key=f"w_q_{lang}")
    view = view.with_(q=search.strip()[:100])
    listing = _article_listing(store, view, session_articles)
    if listing.empty:
        st.info(t("empty_store", lang) if not view.q else t("no_data", lang))
        return view
    if len(listing) >= ARTICLE_LIMIT:
        st.caption(t("articles_limited", lang, n=ARTICLE_LIMIT))
    st.dataframe(pd.DataFrame({
        t("title", lang): listing["title"], t("date", lang): listing["article_date"],
        t("date_source", lang): listing["date_source"].map(lambda s: date_source_name(s, lang)),
        t("place", lang): listing["place"], t("n_figures", lang): listing["n_figures"],
    }), width="stretch", hide_index=True)
    titles = dict(zip(listing["article_id"], listing["title"], strict=True))
    ids = list(titles)
    current = view.art if view.art in titles else ids[0]
    aid = st.selectbox(t("open_article", lang), ids, index=ids.index(current), key=f"w_art_{lang}_{len(ids)}_{view.q}",
                       format_func=lambda a: titles.get(a) or a)
    if aid != view.art:
        view = view.with_(art=aid, fig="")
    in_session = aid in set(session_articles.get("article_id", []))
    if in_session:
        text = str(session_articles.loc[session_articles["article_id"] == aid, "text"].iloc[0])
    else:
        text = store.article_text(aid)
    figs = store.rows(Filters(article=aid))
    focus = int(view.fig) if view.fig.isdigit() else None
    if focus is not None and focus in set(figs["fig_no"]):
        st.markdown(f"**{t('clicked_row', lang, n=focus)}**")
        table = display_table(figs[figs["fig_no"] == focus], lang)
        st.dataframe(table, width="stretch", hide_index=True)
    else:
        st.caption(t("click_figure", lang))
    # a link per figure: a click (or a tap) opens this same view with that figure's row shown;
    # session-only articles live in this browser session, which a link would leave, so they get none
    base = {**to_query(view.with_(fig="")), "art": aid}
    href = None if in_session else (lambda n: "?" + urlencode({**base, "fig": str(n)}) + f"#fig-{n}")
    spans = [(int(r.start), int(r.end), int(r.fig_no), f"{indicator_name(r.indicator, lang)} · {measure_name(r.measure, lang)}")
             for r in figs.itertuples() if pd.notna(r.start)]
    st.html(reader.highlight_html(text, spans, focus=focus, href=href))
    st.markdown(f"**{t('figures_of_article', lang)}**")
    table = display_table(figs, lang)
    table.insert(0, "#", figs["fig_no"].to_numpy())
    st.dataframe(table, width="stretch", hide_index=True)
    return view
