"""County Indicators dashboard: the Streamlit app over the indicators table."""
