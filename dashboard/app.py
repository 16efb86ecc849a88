"""The Streamlit app: ``streamlit run dashboard/app.py`` from the repository root."""

from __future__ import annotations

import os
import sys

import streamlit as st

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from dashboard import charts, store  # noqa: E402
from extract.indicators import catalogue  # noqa: E402

st.set_page_config(page_title="县域指标", layout="wide")


@st.cache_data(show_spinner="正在从文章提取数据…")
def figures():
    db = store.build("seeds")
    return store.load_figures(db)


df = figures()
names = {c: i.name_zh for c, i in catalogue().items()}
st.title("县域指标 County Indicators")
if df.empty:
    st.info("还没有数据：请在 seeds/ 放入文章。")
    st.stop()

provinces = sorted(p for p in df["province"].dropna().unique() if p)
province = st.sidebar.selectbox("地区（省）", ["全部", *provinces], key="province", bind="query-params")
codes = sorted(df["indicator"].unique(), key=lambda c: names.get(c, c))
indicator = st.sidebar.selectbox("指标", codes, format_func=lambda c: names.get(c, c), key="indicator", bind="query-params",
                                 index=codes.index("gdp") if "gdp" in codes else 0)
measures = sorted(df.loc[df["indicator"] == indicator, "measure"].unique())
measure = st.sidebar.selectbox("口径", measures, key="measure", bind="query-params")

view = df[(df["indicator"] == indicator) & (df["measure"] == measure)]
if province != "全部":
    view = view[view["province"] == province]

tab_bars, tab_projects, tab_data = st.tabs(["地区对比", "项目进度", "数据"])
with tab_bars:
    if view.empty:
        st.info("所选条件下没有数据。")
    else:
        for _unit, part in view.groupby("unit"):
            st.plotly_chart(charts.region_bars(part, f"{names.get(indicator, indicator)}·{measure}"), width="stretch")
        st.caption("来源：" + "、".join(sorted(view["article_id"].unique())))
with tab_projects:
    st.plotly_chart(charts.project_timeline(df if province == "全部" else df[df["province"] == province]), width="stretch")
with tab_data:
    st.dataframe(view, width="stretch")
    st.download_button("下载 CSV", view.to_csv(index=False).encode("utf-8-sig"), "indicators.csv", "text/csv")
