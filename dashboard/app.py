"""The Streamlit app: ``streamlit run dashboard/app.py`` from the repository root.

Builds the store from ``seeds/`` on first start (and again when the seed files change), then
draws the sidebar filters and the page the URL names. Every error a reader could meet is caught
and shown as one sentence; nothing here ever shows a stack trace.
"""

from __future__ import annotations

import logging
import os
import sys
import time

import pandas as pd
import streamlit as st

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from dashboard import chart_pages, filters, safe, settings, store_access, table_pages, upload_page  # noqa: E402
from dashboard.i18n import t  # noqa: E402
from dashboard.queries import CachedStore, Filters, Store  # noqa: E402
from dashboard.view import PAGES, View  # noqa: E402
from extract import batch, store  # noqa: E402

st.set_page_config(page_title="县域指标 County Indicators", page_icon="📊", layout="wide")
log = logging.getLogger("county_indicators")


@st.cache_resource(show_spinner="正在从文章提取数据… Extracting figures from the articles…")
def ready_store(db: str, seeds: str) -> str:
    """The store file, built from the seeds once per process (and when they change); the write
    connection is closed after, so the running app keeps no other program from loading articles."""
    with store_access.writing():
        return batch.build(seeds, db)


@st.cache_resource(max_entries=1)
def _answers() -> dict:
    """Small query answers shared by every session, keyed by store version (a write makes a new key)."""
    return {}


def _remember(db: str, ver: str):
    cache = _answers()

    def remember(name: str, args: tuple, compute):
        key = (db, ver, name, args)
        if key not in cache:
            if len(cache) > 5000:
                cache.clear()
            cache[key] = compute()
        return cache[key]
    return remember


def _settings() -> settings.Settings:
    try:
        secrets = dict(st.secrets)
    except Exception:  # noqa: BLE001 - no secrets file is the normal local case
        secrets = {}
    return settings.load(secrets)


def _session_frames() -> tuple[pd.DataFrame, pd.DataFrame]:
    rows = st.session_state.get("session_rows")
    arts = st.session_state.get("session_articles")
    return (rows if rows is not None else pd.DataFrame(columns=store.FIGURE_COLUMNS),
            arts if arts is not None else pd.DataFrame(columns=store.ARTICLE_COLUMNS))


def _save(pending: list):
    """The upload page's save: remembered, and done once the page run has closed its read connection."""
    def save(uploads, writable: bool) -> None:
        pending.append((uploads, writable))
    return save


def _do_saves(pending: list, db: str, lang: str) -> None:
    for uploads, writable in pending:
        pairs = [(u.article, u.meta or {}) for u in uploads]
        if writable:
            with store_access.writing():
                result = store.add_articles(pairs, "upload", db)
        else:
            result = _save_in_session(pairs)
        for aid in result.skipped:
            title = next((m.get("title") for a, m in pairs if a.article_id == aid), aid)
            st.warning(t("duplicate", lang, t=safe.md(title)))
        if result.added:
            st.success(t("saved" if writable else "saved_session", lang, a=len(result.added), r=result.rows))


def _save_in_session(pairs) -> store.AddResult:
    rows, arts = _session_frames()
    result = store.AddResult([], [], 0)
    known = set(arts["content_hash"])
    new_rows, new_arts = [], []
    for art, meta in pairs:
        digest = store.content_hash(art.text)
        if digest in known:
            result.skipped.append(art.article_id)
            continue
        known.add(digest)
        new_arts.append(store.article_record(art.article_id, art, meta, digest, "session"))
        if art.rows:
            new_rows.append(store.figure_frame(art.article_id, art.rows))
        result.added.append(art.article_id)
        result.rows += len(art.rows or [])
    if new_arts:
        st.session_state["session_articles"] = pd.concat([arts, pd.DataFrame(new_arts)], ignore_index=True)
    if new_rows:
        st.session_state["session_rows"] = pd.concat([rows, *new_rows], ignore_index=True)
    return result


def _exporter(db: str, session_rows: pd.DataFrame):
    """Downloads made when the button is pressed, on a cursor of their own (the page's is closed by then)."""
    def export(f, kind: str) -> bytes:
        with store_access.reading(db) as con:
            return Store(con, session_rows).export(f, kind)
    return export


def _page(view: View, data: Store, f, db: str, cfg: settings.Settings, session_rows, session_articles, pending: list) -> View:
    """Draw the page the view names; return the view with the page's own choices."""
    if view.page == "overview":
        return table_pages.overview(data, f, view)
    if view.page == "bars":
        return chart_pages.bars(data, f, view)
    if view.page == "growth":
        return chart_pages.growth(data, f, view)
    if view.page == "projects":
        return chart_pages.projects(data, f, view)
    if view.page == "data":
        return table_pages.data(data, f, view, _exporter(db, session_rows))
    if view.page == "articles":
        return table_pages.articles(data, view, session_articles)
    if view.page == "upload":
        return upload_page.upload(view, cfg, _save(pending))
    return chart_pages.region_map(data, f, view, cfg)


def main() -> None:
    cfg = _settings()
    view, bad = filters.read()
    first = not st.session_state.get("seen_link")  # a link's values are checked on the session's first view
    st.session_state["seen_link"] = True
    view = filters.language(view)
    lang = view.lang
    st.title(t("app_title", lang))
    try:
        db = ready_store(store.db_path(os.path.join(ROOT, "data", "indicators.duckdb")),
                         os.environ.get("COUNTY_INDICATORS_SEEDS") or os.path.join(ROOT, "seeds"))
        pending: list = []
        with store_access.reading(db) as con:
            view = _run(view, con, db, cfg, first, bad, pending)
        _do_saves(pending, db, lang)
    except store.StoreBusy:
        st.info(t("store_busy", lang))
    finally:
        filters.write(view)


def _run(view: View, con, db: str, cfg: settings.Settings, first: bool, bad: list[str], pending: list) -> View:
    """The page on one read-only connection: the filters, the notes about the link, the page itself."""
    lang = view.lang
    session_rows, session_articles = _session_frames()
    # a viewer's session-only rows make their answers their own: no shared cache then
    data = Store(con, session_rows) if len(session_rows) else CachedStore(con, _remember(db, store.version(db, con)))
    view = filters.page(view, [p for p in PAGES if p != "map" or cfg.show_map])
    view, f, notes = filters.sidebar(data, view, check_link=first)
    if first and bad:
        notes.append(t("link_bad", lang, keys=", ".join(bad)))
    for note in notes:
        st.caption("⚠ " + note)
    if view.page not in ("upload", "articles") and data.summary(Filters())["figures"] == 0:
        st.info(t("empty_store", lang))
        return view
    return _page(view, data, f, db, cfg, session_rows, session_articles, pending)


_t0 = time.perf_counter()
try:
    main()
    if os.environ.get("COUNTY_INDICATORS_TIMING"):
        log.warning("run %.0f ms", (time.perf_counter() - _t0) * 1000)
except Exception:  # noqa: BLE001 - readers see one sentence, the log keeps the details
    log.exception("page failed")
    st.error("出了点问题，请刷新页面重试；数据不受影响。 Something went wrong; reload the page. No data was changed.")
