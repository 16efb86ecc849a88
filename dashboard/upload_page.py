"""The page that adds articles: upload or paste, preview the rows, save.

Owns: the upload flow and its editor rule (on a public site a viewer's articles stay in their session;
the editor password lets an editor save to the shared store). Files are read and checked by
``ingest``; a file refused gets one sentence in the page's language.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from . import editor, ingest, safe
from .i18n import t
from .settings import Settings
from .table_pages import display_table
from .view import View


@st.cache_resource
def previews() -> ingest.Previews:
    """Extracted uploads shared by every session, by content: a rerun or a second viewer never extracts again."""
    return ingest.Previews()


@st.cache_resource
def _throttle() -> editor.Throttle:
    """One throttle for the whole process: every session and address counts against it."""
    return editor.Throttle()


def _keys() -> list[str]:
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    keys = [f"session:{ctx.session_id if ctx else 'none'}"]
    try:
        address = st.context.ip_address
    except Exception:  # noqa: BLE001 - not every host reports it
        address = None
    if address:
        keys.append(f"addr:{address}")
    return keys


def _may_write(settings: Settings, lang: str) -> bool:
    if not settings.public:
        return True
    if st.session_state.get("editor"):
        return True
    st.info(t("readonly_note", lang))
    if settings.editor_password:
        with st.expander(t("editor", lang)):
            pw = st.text_input(t("editor_password", lang), type="password", key="editor_pw")
            if pw and pw == st.session_state.get("editor_pw_wrong"):
                st.error(t("editor_bad", lang, s=1))  # the same wrong try on an unrelated rerun: not counted again
            elif pw:
                got = editor.sign_in(pw, settings.editor_password, _throttle(), _keys())
                st.session_state["editor_pw_wrong"] = pw if got.checked and not got.ok else ""
                if got.ok:
                    st.session_state["editor"] = True
                    st.success(t("editor_ok", lang))
                    return True
                st.error(t("editor_bad", lang, s=max(1, round(got.wait))))
    return False


def upload(view: View, settings: Settings, save) -> View:
    """Upload or paste articles, preview their rows, then save (to the store, or to the session)."""
    lang = view.lang
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
        return view
    uploads = [previews().read(name, data, lang, date, place) for name, data in inputs]
    for u in uploads:
        if u.article is None:
            st.error(t("bad_file", lang, name=safe.md(u.name), why=u.reason))
    good = [u for u in uploads if u.article is not None]
    for u in good:
        rows = u.article.rows or []
        with st.expander(t("preview_rows", lang, t=safe.md((u.meta or {}).get("title", u.name)), n=len(rows)), expanded=len(good) == 1):
            if u.note:
                st.caption(u.note)
            if rows:
                st.dataframe(display_table(pd.DataFrame(rows), lang), width="stretch", hide_index=True)
    if good and st.button(t("save", lang), type="primary", key="upload_save"):
        save(good, writable)
    return view
