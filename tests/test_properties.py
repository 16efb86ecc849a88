"""Property-based tests: arbitrary Unicode never breaks the normalizer, the number parser or extraction."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.normalize import decode, normalize, sentences
from extract.numbers import find_figures
from extract.pipeline import extract_text

# text that looks like the articles: CJK, digits, units, number words, punctuation, line breaks
ARTICLE_ALPHABET = list("全县市区镇乡省项目亿万元吨亩个家人次增长下降同比百分点第位首居排比上年末今年以来一季度月日"
                        "约近超多余以上突破不到0123456789.%,;:。、!?“”()（）：；，\n ") + ["个百分点", "象州县", "来宾市", "１２３"]
articles = st.lists(st.sampled_from(ARTICLE_ALPHABET), max_size=300).map("".join)
anything = st.text(max_size=400)
SETTINGS = settings(max_examples=int(__import__("os").environ.get("HYPOTHESIS_EXAMPLES", "150")), deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.one_of(anything, articles))
def test_normalize_never_fails_and_sentences_tile_the_text(raw):
    text = normalize(raw)
    assert isinstance(text, str)
    for s in sentences(text):
        assert 0 <= s.start <= s.end <= len(text)
        assert text[s.start : s.end] == s.text


@SETTINGS
@given(st.one_of(anything, articles))
def test_figures_lie_inside_the_text(text):
    for f in find_figures(text):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end].strip()


@SETTINGS
@given(st.one_of(anything, articles), st.sampled_from([None, "2024-05-01"]))
def test_extraction_never_fails_and_every_row_cites_its_figure(raw, date):
    text, rows = extract_text(raw, "p", date=date)
    for r in rows:
        assert 0 <= r["start"] < r["end"] <= len(text)
        figure = text[r["start"] : r["end"]]
        assert figure and figure in r["sentence"]
        assert r["sentence"] in text


@SETTINGS
@given(st.binary(max_size=300))
def test_decoding_arbitrary_bytes_gives_text_or_a_reason(data):
    try:
        out = decode(data)
    except ValueError as exc:  # UnreadableText: a one-sentence reason
        assert str(exc) and "\n" not in str(exc)
    else:
        assert isinstance(out, str)


# table pages: headers, labels with units, numbers, dashes and stray tags in any order
TABLE_CELLS = ["指标", "绝对值", "增长(%)", "单位", "1-9月", "地区生产总值(亿元)", "亿元", "12.5", "-3.4", "—", "",
               "<b>", "</td>", "占比(%)", "万吨", "1,234.5", "人"]
cells = st.lists(st.lists(st.sampled_from(TABLE_CELLS), max_size=6), max_size=8)


@SETTINGS
@given(cells)
def test_any_table_reads_as_text_without_failing(rows):
    html = "<html><body><table>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table></body></html>"
    text_table = "\n".join("\t".join(row) for row in ([["指标", "绝对值", "增长(%)"]] + rows))
    for raw in (html, text_table):
        for row in extract_text(raw, "t", date="2024-10-01")[1]:
            assert row["sentence"] and row["end"] > row["start"]
