"""The yardstick for the dashboard benchmark: one selectbox and one plotly bar chart from the same store."""

import os

import duckdb
import plotly.express as px
import streamlit as st

con = duckdb.connect(os.environ["COUNTY_INDICATORS_DB"], read_only=True)
indicators = [r[0] for r in con.execute("SELECT DISTINCT indicator FROM figures ORDER BY 1").fetchall()]
indicator = st.selectbox("指标", indicators, index=indicators.index("gdp") if "gdp" in indicators else 0)
df = con.execute("""SELECT region, value FROM figures WHERE indicator = ? AND measure = 'growth'
                    ORDER BY value DESC LIMIT 40""", [indicator]).df()
st.plotly_chart(px.bar(df, x="value", y="region", orientation="h", title=indicator))  # titled, as ours
