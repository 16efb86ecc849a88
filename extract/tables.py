"""Indicator tables written as sentences, so the figures in them are read like the prose around them.

Owns: recognising a table of indicators (an HTML ``<table>`` or text columns under a header such as
``指标 绝对值 增长(%)``), finding its label, value, unit, growth and period columns, and writing each
row as one sentence: ``一般公共预算收入(亿元) | 21.5 | 6.3`` → ``一般公共预算收入21.5亿元,增长6.3%。``
A table it cannot read keeps its cells, joined by commas, so nothing disappears.
"""

from __future__ import annotations

import html
import re

NUMBER = re.compile(r"^[-−–]?\d+(?:,\d{3})*(?:\.\d+)?$")
UNIT_IN_LABEL = re.compile(r"[((]([^()()]{1,6})[))]\s*$")
GROWTH_HEAD = re.compile(r"增长|增速|增幅|同比|比上年|±")  # a column of growths (or of a % unit alone)
UNIT_HEAD = re.compile(r"^(?:计量)?单位$")
SHARE_HEAD = re.compile(r"占|比重|构成")  # a column of shares
RANK_HEAD = re.compile(r"排名|位次")  # a column of ranks
_PERIOD_HEAD = re.compile(r"\d{1,2}(?:-|至|—|~)\d{1,2}月|\d{1,2}月|[一二三四1-4]季度|上半年|前三季度|全年|(?:19|20)\d{2}年")
UNITS = ("万亿元", "亿元", "万元", "元", "万美元", "亿美元", "美元", "%", "万人", "人", "万人次", "人次", "个", "家", "户", "项",
          "万吨", "吨", "万亩", "亩", "公里", "亿千瓦时", "万千瓦时", "千瓦时", "万千瓦", "千瓦", "平方米", "万平方米")


def _cells(row_html: str) -> list[str]:
    cells = re.findall(r"(?is)<t[dh]\b[^>]*>(.*?)</t[dh]>", row_html)
    return [re.sub(r"\s+", "", html.unescape(re.sub(r"<[^>]+>", "", c))) for c in cells]


def html_tables(page: str) -> str:
    """The page with each indicator table replaced by its rows as sentences (layout tables untouched)."""
    return re.sub(r"(?is)<table\b.*?</table>", _table_or_same, page)


def _table_or_same(m: re.Match[str]) -> str:
    block = m.group()
    if re.search(r"(?i)<table\b", block[6:]):
        return block  # a table inside a table: page layout, not data
    rows = [c for c in (_cells(r) for r in re.findall(r"(?is)<tr\b[^>]*>(.*?)</tr>", block)) if any(c)]
    sentences = rows_as_sentences(rows)
    if not any(s.endswith("%。") or re.search(r"\d[^\d,。]*。$", s) for s in sentences[: len(rows)]):
        return block
    return "\n" + "\n".join(sentences) + "\n"


def rows_as_sentences(rows: list[list[str]]) -> list[str]:
    """Each row of a table as a sentence; the first row without numbers is its header."""
    if not rows:
        return []
    header = rows[0] if not any(NUMBER.match(c.replace("%", "")) for c in rows[0]) else []
    body = rows[1:] if header else rows
    kinds = [_column_kind(h) for h in header]
    period = next((m.group() for h in header if (m := _PERIOD_HEAD.search(h))), "")
    out = []
    for cells in body:
        sentence = _row_sentence(cells, kinds, header, period)
        out.append(sentence or ",".join(c for c in cells if c) + "。")
    return out


def _column_kind(head: str) -> str:
    if UNIT_HEAD.match(head):
        return "unit"
    if SHARE_HEAD.search(head) or RANK_HEAD.search(head):
        return "skip"  # a share or a rank column: not the row's amount or growth
    if GROWTH_HEAD.search(head) or "%" in head:
        return "growth"
    return "value"


def _row_sentence(cells: list[str], kinds: list[str], header: list[str], period: str) -> str:
    if len(cells) < 2 or NUMBER.match(cells[0]):
        return ""
    label = cells[0]
    unit = ""
    m = UNIT_IN_LABEL.search(label)
    if m:
        unit, label = m.group(1), label[: m.start()]
    value = growth = ""
    for i, cell in enumerate(cells[1:], start=1):
        kind = kinds[i] if i < len(kinds) else "value"
        if kind == "unit":
            unit = unit or cell
        elif not NUMBER.match(cell):
            continue
        elif kind == "growth" and not growth:
            growth = cell
        elif kind == "value" and not value:
            value = cell
            head_unit = UNIT_IN_LABEL.search(header[i]) if i < len(header) else None
            unit = unit or (head_unit.group(1) if head_unit else "")
    unit = unit if unit in UNITS else ""
    parts = []
    if value and unit:
        parts.append(f"{label}{value.replace(',', '')}{unit}")
    if growth:
        g = growth.replace("−", "-").replace("–", "-")
        said = f"下降{g[1:]}%" if g.startswith("-") else f"增长{g}%"
        parts.append(said if parts else f"{label}{said}")
    if not parts:
        return ""
    return (f"{period}," if period else "") + ",".join(parts) + "。"


# a text table: a header line naming the columns, then rows of a label and numbers split by spaces or tabs
_TEXT_HEADER = re.compile(r"^\s*(?:指标|项目|指标名称)\s*[\t ]{1,}.*(?:绝对值|绝对数|总量|数值|金额|增长|增速|同比)")
_COLUMNS = re.compile(r"\t+|\s{2,}|(?<=[^\d\s])\s+(?=[-\d])|(?<=\d)\s+(?=[-\d])")


def text_tables(text: str) -> str:
    """Rewrite text tables (a header line, then label/number rows) as sentences; other lines unchanged."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not _TEXT_HEADER.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        rows = [[c for c in re.split(r"\t+|\s{2,}|\s+", lines[i].strip()) if c]]
        j = i + 1
        while j < len(lines) and (cells := [c for c in _COLUMNS.split(lines[j].strip()) if c]) and len(cells) >= 2 \
                and any(NUMBER.match(c) for c in cells[1:]):
            rows.append(cells)
            j += 1
        out.extend(rows_as_sentences(rows) if len(rows) > 1 else [lines[i]])
        i = j
    return "\n".join(out)
