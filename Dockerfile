# Self-hosting: docker build -t county-indicators . && docker run -p 8501:8501 -v ci-data:/app/data county-indicators
FROM python:3.11-slim
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PIP_NO_CACHE_DIR=1 \
    COUNTY_INDICATORS_DB=/app/data/indicators.duckdb
COPY pyproject.toml README.md SCHEMA.md ./
COPY extract ./extract
COPY dashboard ./dashboard
COPY seeds ./seeds
COPY .streamlit ./.streamlit
RUN pip install . && useradd --create-home app && mkdir -p /app/data && chown app /app/data
USER app
# build the store from the seeds at image build time so the first visitor does not wait
RUN python -c "from extract import batch; batch.build('seeds')"
VOLUME ["/app/data"]
EXPOSE 8501
HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=3)"
# behind a reverse proxy at a sub-path, add: --server.baseUrlPath=indicators
CMD ["streamlit", "run", "dashboard/app.py", "--server.address=0.0.0.0", "--server.port=8501", "--server.headless=true"]
