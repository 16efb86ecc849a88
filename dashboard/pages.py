"""The seven views of the app, each a function drawing one page from the store and the filters.

Owns: what each page shows and the widgets local to it (growth indicators ``gind``, project
region ``preg``, article ``art``), downloads (CSV with BOM, Excel), and the upload flow with its
editor rule. Charts come from ``charts``; data from ``queries``; text safety from ``reader``.
"""

from __future__ import annotations

import hmac

import pandas as pd
import streamlit as st

from . import charts, geo, ingest, reader
from .i18n import date_source_name, indicator_name, measure_name, period_text, stage_name, t
from .queries import DISPLAY_LIMIT, Filters, Store, excel_bytes
from .settings import Settings

MAX_BARS = 40  # per period panel; the data page lists every row
ARTICLE_LIMIT = 1000  # newest first; a title search finds older ones
EXCEL_ROWS = 1_048_575  # a worksheet's rows, less the header


def _chart(fig, name: str) -> None:
    st.plotly_chart(fig, width="stretch", config=charts.plot_config(name))


def _sources(store: Store, df: pd.DataFrame) -> list[str]:
    return store.sources(list(dict.fromkeys(df["article_id"]))) if len(df) else []


def bars(store: Store, f: Filters, lang: str) -> None:
    """One bar per region for one indicator, measure and period (or every period, one panel each)."""
    if not f.indicator or not f.measure:
        st.info(t("pick_one", lang))
        return
    periods = store.bar_periods(f)
    if not periods:
        st.info(t("no_data", lang))
        return

    def show(k: str) -> str:
        if k == "all":
            return t("all_periods", lang)
        start, _, end = k.partition("~")
        return period_text(start, end, lang)

    period = st.selectbox(t("period", lang), [*periods, "all"], key="bper", bind="query-params", format_func=show)
    chosen = "" if period == "all" else (period or periods[0])
    shown = store.region_bars(f, top=MAX_BARS, period=chosen)
    if shown.empty:
        st.info(t("no_data", lang))
        return
    title = f"{indicator_name(f.indicator, lang)} · {measure_name(f.measure, lang)}"
    for unit, part in shown.groupby("unit", dropna=False):
        _chart(charts.region_bars(part, title, lang, _sources(store, part)), f"{f.indicator}_{f.measure}_{unit}")
    notes = [t("dups_note", lang)]
    if shown[["period_start", "period_end"]].drop_duplicates().shape[0] > 1:
        notes.insert(0, t("periods_apart", lang))
    if len(shown) >= MAX_BARS and store.region_count(f, chosen) > shown.groupby(["period_start", "period_end"]).size().max():
        notes.insert(0, t("top_only", lang, n=MAX_BARS))
    st.caption(" ".join(notes))


def growth(store: Store, f: Filters, lang: str) -> None:
    available = store.growth_indicators(f)
    if not available:
        st.info(t("no_data", lang))
        return
    chosen = st.multiselect(t("growth_pick", lang), available, default=available[:4], key="gind", bind="query-params",
                            format_func=lambda c: indicator_name(c, lang))
    rows = store.growth(f, chosen)
    if rows.empty:
        st.info(t("no_data", lang))
        return
    top = rows.groupby("region")["value"].max().nlargest(MAX_BARS).index
    rows = rows[rows["region"].isin(top)]
    src = _sources(store, rows)
    _chart(charts.growth_dots(rows, lang, src), "growth_dots")
    _chart(charts.growth_heatmap(rows, lang, src), "growth_heatmap")


def projects(store: Store, f: Filters, lang: str) -> None:
    regions = store.project_regions(f)
    region = st.selectbox(t("proj_region", lang), ["", *regions], key="preg", bind="query-params",
                          format_func=lambda v: v or t("all", lang))
    rows = store.projects(f, region or "")
    if rows.empty or not (rows["indicator"] == "projects").any():
        st.info(t("no_projects", lang))
        return
    if not region:  # points are sums over regions: say how many figures each one adds up
        rows = rows.assign(sentence=[t("n_figures_sum", lang, n=int(n)) for n in rows["n"]])
    src = store.project_sources(f, region or "")
    counts = rows[rows["indicator"] == "projects"]
    _chart(charts.project_timeline(counts, lang, src), "projects_by_stage")
    money = rows[rows["indicator"] == "project_investment"]
    if len(money):
        _chart(charts.project_timeline(money, lang, src, what="project_investment"), "project_investment")


def _display_table(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    shown = [charts.display_value(v, u) for v, u in zip(df["value"], df["unit"].fillna(""), strict=True)]
    return pd.DataFrame({
        t("region", lang): df["region"],
        t("indicator", lang): df["indicator"].map(lambda c: indicator_name(c, lang)),
        t("label", lang): df["label"],
        t("measure", lang): df["measure"].map(lambda c: measure_name(c, lang)),
        t("value", lang): [round(v, 4) for v, _ in shown],
        t("unit", lang): [u for _, u in shown],
        t("period_col", lang): [period_text(s, e, lang) for s, e in zip(df["period_start"], df["period_end"], strict=True)],
        t("stage", lang): df["stage"].fillna("").map(lambda s: stage_name(s, lang) if s else ""),
        t("sentence", lang): df["sentence"],
    })


def data(store: Store, f: Filters, lang: str, export) -> None:
    """The filtered rows, a selected row's sentence in context, and downloads of exactly those rows.

    ``export(filters, "csv" | "xlsx")`` makes a large download on demand with its own store cursor."""
    total = store.count(f)
    if not total:
        st.info(t("no_data", lang))
        return
    rows = store.rows(f, limit=DISPLAY_LIMIT)
    st.caption(t("rows_n", lang, n=total) if total <= DISPLAY_LIMIT else t("rows_shown", lang, shown=DISPLAY_LIMIT, n=total))
    event = st.dataframe(_display_table(rows, lang), width="stretch", hide_index=True, on_select="rerun",
                         selection_mode="single-row", key="table")
    picked = list(getattr(getattr(event, "selection", None), "rows", []) or [])
    if picked:
        row = rows.iloc[picked[0]]
        text = store.article_text(str(row["article_id"]))
        st.markdown(f"**{t('context', lang)}**")
        if text and pd.notna(row["start"]):
            para, a, b = reader.paragraph_around(text, int(row["start"]), int(row["end"]))
            st.html(reader.highlight_html(para, [(a, b, int(row.get("fig_no") or 1), str(row["label"]))], focus=int(row.get("fig_no") or 1)))
        else:
            st.html(reader.highlight_html(str(row["sentence"]), []))
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


def articles(store: Store, lang: str, session_articles: pd.DataFrame) -> None:
    search = st.text_input(t("search_titles", lang), key="q", bind="query-params")
    listing = store.articles(search=search, limit=ARTICLE_LIMIT)
    if len(session_articles):
        listing = pd.concat([session_articles[listing.columns.intersection(session_articles.columns)], listing], ignore_index=True)
    if listing.empty:
        st.info(t("empty_store", lang) if not search else t("no_data", lang))
        return
    if len(listing) >= ARTICLE_LIMIT:
        st.caption(t("articles_limited", lang, n=ARTICLE_LIMIT))
    st.dataframe(pd.DataFrame({
        t("title", lang): listing["title"], t("date", lang): listing["article_date"],
        t("date_source", lang): listing["date_source"].map(lambda s: date_source_name(s, lang)),
        t("place", lang): listing["place"], t("n_figures", lang): listing["n_figures"],
    }), width="stretch", hide_index=True)
    titles = dict(zip(listing["article_id"], listing["title"], strict=True))
    aid = st.selectbox(t("open_article", lang), list(titles), key="art", bind="query-params",
                       format_func=lambda a: titles.get(a) or a)
    if not aid:
        return
    if aid in set(session_articles.get("article_id", [])):
        text = str(session_articles.loc[session_articles["article_id"] == aid, "text"].iloc[0])
    else:
        text = store.article_text(aid)
    figs = store.rows(Filters(article=aid))
    spans = [(int(r.start), int(r.end), int(r.fig_no), f"{indicator_name(r.indicator, lang)} · {measure_name(r.measure, lang)}")
             for r in figs.itertuples() if pd.notna(r.start)]
    st.html(reader.highlight_html(text, spans))
    st.markdown(f"**{t('figures_of_article', lang)}**")
    table = _display_table(figs, lang)
    table.insert(0, "#", figs["fig_no"].to_numpy())
    st.dataframe(table, width="stretch", hide_index=True)


def _may_write(settings: Settings, lang: str) -> bool:
    if not settings.public:
        return True
    if st.session_state.get("editor"):
        return True
    st.info(t("readonly_note", lang))
    if settings.editor_password:
        with st.expander(t("editor", lang)):
            pw = st.text_input(t("editor_password", lang), type="password", key="editor_pw")
            if pw:
                if hmac.compare_digest(pw.encode(), settings.editor_password.encode()):
                    st.session_state["editor"] = True
                    st.success(t("editor_ok", lang))
                    return True
                st.error(t("editor_bad", lang))
    return False


def upload(lang: str, settings: Settings, save) -> None:
    """Upload or paste articles, preview their rows, then save (to the store, or to the session)."""
    writable = _may_write(settings, lang)
    files = st.file_uploader(t("upload_files", lang), type=list(ingest.UPLOAD_SUFFIXES), accept_multiple_files=True,
                             key="upload_files")
    pasted = st.text_area(t("paste", lang), key="upload_text", height=160)
    c1, c2 = st.columns(2)
    date = c1.date_input(t("meta_date", lang), value=None, key="upload_date")
    place = c2.text_input(t("meta_place", lang), key="upload_place")
    inputs: list[tuple[str, bytes]] = [(f.name, f.getvalue()) for f in files or []]
    if pasted.strip():
        inputs.append(("pasted.txt", pasted.encode("utf-8")))
    if not inputs:
        st.caption(t("no_input", lang))
        return
    uploads = [ingest.read_upload(name, data, lang, date, place) for name, data in inputs]
    for u in uploads:
        if u.article is None:
            st.error(t("bad_file", lang, name=u.name, why=u.reason))
    good = [u for u in uploads if u.article is not None]
    for u in good:
        rows = u.article.rows or []
        with st.expander(t("preview_rows", lang, t=(u.meta or {}).get("title", u.name), n=len(rows)), expanded=len(good) == 1):
            if rows:
                st.dataframe(_display_table(pd.DataFrame(rows), lang), width="stretch", hide_index=True)
    if good and st.button(t("save", lang), type="primary", key="upload_save"):
        save(good, writable)


def region_map(store: Store, f: Filters, lang: str, settings: Settings) -> None:
    if not settings.show_map:
        st.info(t("map_off", lang))
        return
    values = store.map_values(f) if f.indicator and f.measure else pd.DataFrame()
    if values.empty:
        st.info(t("map_pick", lang))
        return
    level = "county" if (values["region_level"] == "county").any() else "prefecture"
    values = values[values["region_level"] == level]
    values = values[values["unit"] == values["unit"].mode().iloc[0]]
    shapes, missing = geo.features_for(list(values["region_code"]), level)
    drawn = values[~values["region_code"].isin(missing)]
    left, right = st.columns([3, 1])
    with left:
        if len(drawn):
            title = t("map_title", lang, ind=f"{indicator_name(f.indicator, lang)} · {measure_name(f.measure, lang)}", unit="{unit}")
            _chart(charts.choropleth(drawn, shapes, title, lang, _sources(store, drawn)), f"map_{f.indicator}_{f.measure}")
    with right:
        if missing:
            st.markdown(f"**{t('map_missing', lang)}**")
            st.write("、".join(values.loc[values["region_code"].isin(missing), "region"]))
