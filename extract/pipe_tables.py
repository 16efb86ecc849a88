"""Tables whose cells a page's text splits with ``|``, read cell by cell while the row shown stays the line as written.

Owns: finding such a table (a run of lines of ``|`` cells, its first line naming the columns when it holds no
number), the kind of each column (value, unit, growth, share, or none), what a column's head adds to its cells
(a period: ``2022年GDP``, ``年末人数``; a unit: ``绝对数(吨)``; an indicator when the rows are places), the units
a line above it states (``单位:个、亿元``) or it leaves unsaid (the one the prose around it gives the same number),
and for each figure cell a short sentence to read it by, with where each of its numbers sits in the line:

    产品名称 | 绝对数(吨) | 比上年增长(%) |
    粮食 | 54300 | 0.37 |                 →  粮食54300吨,比上年增长0.37%。
    年份/各区 | 2022年GDP | 2021年GDP |
    海淀区 | 10206.90 | 9501.70 |          →  2022年,海淀区GDP10206.90亿元。 / 2021年,海淀区GDP9501.70亿元。

The sentences are read like prose (``rows_of_table_line``); the rows keep the line and the cells' places in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .figures_kept import is_row
from .normalize import Sentence
from .numbers import find_figures
from .periods import find_periods
from .schema import Row
from .sentence_rows import SentenceFrame, rows_of_sentence
from .tables import GROWTH_HEAD, NUMBER, RANK_HEAD, SHARE_HEAD, UNIT_HEAD, UNIT_IN_LABEL, UNITS

_HEAD_PERIOD = re.compile(r"(?:19|20)\d{2}年(?:末|底)?|年末|年底|上半年|前三季度|全年|[一二三四1-4]季度|\d{1,2}(?:-|至)\d{1,2}月")
# column heads that say only "the amount": the row's label names what it is
_GENERIC_HEAD = re.compile(r"^(?:绝对数|绝对值|数值|数量|总量|总值|现价总值|金额|本期|本期数|本年|实绩|完成数|合计|产量|"
                           r"年末数|人数|总数|年末人数)$")
_LABEL_MARK = re.compile(r"^(?:其中[::]?|#|[一二三四五六七八九十]+[、.]|\d+[.、])")
# a caption naming what a table's rows measure (``2021年旌德县主要农产品产量``): their label takes the noun
# (a table of 生产总值, ``2022年全县生产总值及增长速度``, lists its sectors: their 增加值)
_CAPTION_NOUN = re.compile(r"(产量|产值|销售额|面积|生产总值)(?:及其?增长速度|构成|计算)?(?:情况|表)?$")
_ROW_NOUN = {"生产总值": "增加值"}
_NAMES_ITS_MEASURE = re.compile(r"(?:产量|产值|销售额|面积|生产总值|GDP|增加值)$")
# a caption naming the list of projects a table counts (``1-9月份州重点项目投资完成情况汇总表``): its 项目个数 are theirs
_CAPTION_LIST = re.compile(r"[\u4e00-\u9fff]?(?:重点|重大)[\u4e00-\u9fff]{0,4}?项目")
_NUMBER_IN_CELL = re.compile(r"[-−–]?\d[\d,]*(?:\.\d+)?")
_PROSE_UNITS = "|".join(sorted(UNITS, key=len, reverse=True))
_NEAR = 4000  # how far around a table its prose is read for the units it leaves unsaid


@dataclass(frozen=True)
class CellReading:
    """A sentence that reads one figure cell of a table line (with its growth and share cells), where its numbers
    sit in it and in the line, and where the row's label sits in it and in the line."""

    text: str
    spans: tuple[tuple[int, int, int], ...]  # (start in text, start in line, end in line) of each number
    label: tuple[int, int, int]  # (start in line, end in line, start in text)


@dataclass(frozen=True)
class _Column:
    kind: str  # value, unit, growth, share or skip
    period: str
    unit: str
    words: str


def _cells(line: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each cell, without the empty cells a leading or closing ``|`` makes."""
    out, pos = [], 0
    for part in line.split("|"):
        start = pos + len(part) - len(part.lstrip())
        out.append((start, start + len(part.strip()), part.strip()))
        pos += len(part) + 1
    while out and not out[0][2]:
        out.pop(0)
    while out and not out[-1][2]:
        out.pop()
    return out


def _is_number(cell: str) -> bool:
    """``54300``, ``78.9%``, ``5.7 %``: a cell that holds one number and nothing else."""
    return bool(NUMBER.match(re.sub(r"\s+", "", cell).rstrip("%")))


def _column(head: str) -> _Column:
    """What a column's head says of its cells: their kind, and for values the period, unit and indicator words it
    adds (``2022年GDP``: 2022年, GDP; ``绝对数(吨)``: 吨; ``项目个数``: 个)."""
    head = re.sub(r"\s+", "", head)
    unit_m = UNIT_IN_LABEL.search(head)
    unit = unit_m.group(1) if unit_m else ""
    words = head[: unit_m.start()] if unit_m else head
    if UNIT_HEAD.match(words):
        return _Column("unit", "", "", "")
    if SHARE_HEAD.search(words):
        return _Column("share", "", "", "")
    if RANK_HEAD.search(words):
        return _Column("skip", "", "", "")
    if GROWTH_HEAD.search(words) or unit == "%" and not words:
        return _Column("growth", "", "", "")
    period_m = _HEAD_PERIOD.search(words)
    period = period_m.group() if period_m else ""
    rest = words.replace(period, "", 1) if period else words
    if rest.endswith("个数") and not unit:
        unit = "个"  # 项目个数
    if _GENERIC_HEAD.match(rest) or rest.endswith(("数", "值")) and len(rest) <= 3 and rest != "增加值":  # 工业 | 增加值: 工业增加值
        rest = ""
    return _Column("value", period, unit, rest)


_NUMBER_OPENS = re.compile(r"(?<![\d.])")  # no digit or point right before
_UNIT_AFTER = re.compile(rf"0*(?![\d.])\s*({_PROSE_UNITS})")  # the number ends (its trailing zeros too), then a unit


def _unit_in_prose(prose: str, num: str) -> re.Match[str] | None:
    """The first unit the prose writes right after a cell's number (``41610.9亿元``): the number is found by
    ``str.find``, not by a pattern compiled for each cell."""
    at = prose.find(num)
    while at >= 0:
        if _NUMBER_OPENS.match(prose, at) and (m := _UNIT_AFTER.match(prose, at + len(num))):
            return m
        at = prose.find(num, at + 1)
    return None


def _units_unsaid(prose: str, rows: list[list[tuple[int, int, str]]], columns: list[_Column]) -> list[_Column]:
    """The columns with the unit each leaves unsaid: the one the prose around the table gives a number of its cells
    (``41610.9亿元``), else the one found for a column of the same head (``2021年GDP`` as ``2022年GDP``)."""
    found: dict[int, str] = {}
    for cells in rows:
        for i, ((_, _, cell), col) in enumerate(zip(cells, columns, strict=False)):
            if i in found or col.kind != "value" or col.unit or not _is_number(cell) or len(re.sub(r"\D", "", cell)) < 3:
                continue
            num = cell.replace(",", "")
            num = num.rstrip("0").rstrip(".") if "." in num else num
            m = _unit_in_prose(prose, num)
            if m and m.group(1) != "%":
                found[i] = m.group(1)
    by_head = {columns[i].words: u for i, u in found.items()}
    return [replace(c, unit=found.get(i) or by_head.get(c.words, "")) if c.kind == "value" and not c.unit else c
            for i, c in enumerate(columns)]


_UNIT_LINE = re.compile(r"(?:^|[((\s])单位[::]\s*([^()()]{1,20})[))]?\s*$")
_COUNTERS = ("个", "家", "项", "户", "人", "座", "所")


def _units_stated(line: str, columns: list[_Column]) -> list[_Column]:
    """``单位:个、亿元`` above a table: a count column (``项目个数``) takes its counter, every other value column
    the other unit."""
    m = _UNIT_LINE.search(line)
    units = [u for u in re.split(r"[、,,/\s]+", m.group(1)) if u in UNITS] if m else []
    if not units:
        return columns
    counter = next((u for u in units if u in _COUNTERS), units[0])
    amount = next((u for u in units if u not in _COUNTERS), units[0])
    return [replace(c, unit=counter if c.unit in _COUNTERS else amount) if c.kind == "value" and (not c.unit or c.unit in _COUNTERS)
            else c for c in columns]


def _readings(cells: list[tuple[int, int, str]], columns: list[_Column], noun: str) -> list[CellReading]:
    """One sentence per value cell of a row, its growth and share cells after it; ``noun`` is what the caption
    says the rows measure (``粮食`` → ``粮食产量``)."""
    if len(cells) < 2 or _is_number(cells[0][2]):
        return []
    l_start, l_end, label = cells[0]
    mark = _LABEL_MARK.match(label)
    if mark:
        l_start, label = l_start + mark.end(), label[mark.end():].lstrip()
    unit_m = UNIT_IN_LABEL.search(label)
    label_unit = unit_m.group(1) if unit_m else ""
    label = label[: unit_m.start()] if unit_m else label
    row_unit = next((c for (_, _, c), col in zip(cells, columns, strict=False) if col.kind == "unit"), "")
    out: list[CellReading] = []
    i = 1
    while i < len(cells):
        col = columns[i] if i < len(columns) else _Column("value", "", "", "")
        if col.kind not in ("value", "growth") or not _is_number(cells[i][2]):
            i += 1
            continue
        prefix = f"{col.period}," if col.period else ""
        text, spans = prefix + label + (col.words or ("" if _NAMES_ITS_MEASURE.search(label) else noun)), []
        if col.kind == "value":
            unit = "%" if cells[i][2].endswith("%") else label_unit or row_unit or col.unit
            spans.append((len(text), *_number_at(cells[i])))
            text += _number_of(cells[i][2]) + (unit if unit in UNITS else "")
            i += 1
        while i < len(cells) and i < len(columns) and columns[i].kind in ("growth", "share"):
            if _is_number(cells[i][2]):
                num = _number_of(cells[i][2])
                word = "占比重" if columns[i].kind == "share" else ("下降" if num.startswith("-") else "增长")
                text += ("," if spans else "") + word
                spans.append((len(text), *_number_at(cells[i])))
                text += num.lstrip("-") + "%"
            i += 1
        if spans:
            out.append(CellReading(text + "。", tuple(spans), (l_start, l_start + len(label), len(prefix))))
    return out


def _number_of(cell: str) -> str:
    m = _NUMBER_IN_CELL.search(cell)
    return m.group().replace(",", "").replace("−", "-").replace("–", "-") if m else ""


def _number_at(cell: tuple[int, int, str]) -> tuple[int, int]:
    m = _NUMBER_IN_CELL.search(cell[2])
    return (cell[0] + m.start(), cell[0] + m.end()) if m else (cell[0], cell[1])


def table_readings(text: str, sents: list[Sentence]) -> dict[int, list[CellReading]]:
    """For each line of a ``|`` table in the text, by its offset (and each of the text's sentences ``sents`` that is a
    table flattened into one line, by its start): the sentences that read its figure cells."""
    out: dict[int, list[CellReading]] = {}
    if "|" not in text:
        return out  # most articles: nothing to split into lines
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j][1].count("|") >= 2 and len(_cells(lines[j][1])) >= 2:
            j += 1
        if j - i < 2:
            i = j + 1
            continue
        block = [(start, line, _cells(line)) for start, line in lines[i:j]]
        head = block[0][2]
        if any(_is_number(c) for _, _, c in head):
            i = j
            continue
        columns = _units_stated(lines[i - 1][1] if i else "", [_column(c) for _, _, c in head])
        end = block[-1][0] + len(block[-1][1])
        prose = text[max(0, block[0][0] - _NEAR) : block[0][0]] + "\n" + text[end : end + _NEAR]  # the prose around it
        columns = _units_unsaid(prose, [cells for _, _, cells in block[1:]], columns)
        above = [lines[i - k][1] for k in (1, 2) if i >= k and len(lines[i - k][1]) <= 40]
        caption = next((m for line in above if (m := _CAPTION_NOUN.search(line))), None)
        listed = next((m.group() for line in above if (m := _CAPTION_LIST.search(line))), "")
        if listed:  # 项目个数 of a table of 州重点项目: 州重点项目个数
            columns = [replace(c, words=listed + c.words[2:]) if c.words.startswith("项目") else c for c in columns]
        closed = block[0][1].rstrip().endswith("|")
        for start, line, cells in block[1:]:
            if closed and not line.rstrip().endswith("|"):
                cells = cells[:-1]  # the page's excerpt ends inside the row: its last cell is cut off
            out[start] = _readings(cells, columns, _row_noun(caption))
        i = j
    for sent in sents if re.search(r"(?:\|[^|\n]*){9}", text) else ():  # tables flattened into one line
        if sent.start not in out and sent.text.count("|") >= 9 and (flat := _flat_readings(sent.text)):
            out[sent.start] = flat
    return out


def _flat_readings(line: str) -> list[CellReading]:
    """``表1 生产总值 单位:亿元 指标名称 | 增加值 | 同比增长% | 地区生产总值 | 90.39 | 9.8 | 其中:第一产业 | 30.02 |…``:
    a table a page flattened into one line (its head, then its rows, every row as many cells as the head) is read
    row by row; what stands before the first head (``表1 … 单位:亿元``) is its caption."""
    cells = _cells(line)
    first = next((k for k, (_, _, c) in enumerate(cells) if _is_number(c)), 0)
    n = first - 1  # the head's cells, up to the first row's label
    if n < 2:
        return []
    rows = []
    for g in range(n, len(cells), n):
        row = cells[g : g + n]
        if _is_number(row[0][2]) or not all(_is_number(c) or not c for _, _, c in row[1:]):
            break
        rows.append(row)
    if len(rows) < 2:
        return []
    s0, e0, c0 = cells[0]
    words = c0.rsplit(None, 1)
    caption = words[0] if len(words) == 2 else ""
    head = [(s0 + len(c0) - len(words[-1]), e0, words[-1]), *cells[1:n]]
    columns = _units_stated(caption, [_column(c) for _, _, c in head])
    noun = _row_noun(_CAPTION_NOUN.search(caption))
    return [rd for row in rows for rd in _readings(row, columns, noun)]


def _row_noun(caption: re.Match[str] | None) -> str:
    """What a caption says its rows measure: ``主要农产品产量`` → 产量; ``生产总值及增长速度`` → each sector's 增加值."""
    return _ROW_NOUN.get(caption.group(1), caption.group(1)) if caption else ""


def rows_of_table_line(fr: SentenceFrame, readings: list[CellReading], garbled: list[tuple[int, int]],
                       year: int | None) -> list[Row]:
    """The rows of one table line: each reading read as a sentence, its rows given back the line and the cells."""
    line = fr.sent
    rows: list[Row] = []
    for rd in readings:
        sent = Sentence(line.start, line.start + len(rd.text), rd.text, line.paragraph)
        l_start, l_end, at = rd.label
        subjects = [(pos - l_start + at, p) for pos, p in fr.subjects if l_start <= pos < l_end]
        periods = find_periods(rd.text, fr.art, year) if fr.art.year else []
        figs = [f for f in find_figures(rd.text) if is_row(f, rd.text, line.start, garbled)]
        for r in rows_of_sentence(replace(fr, sent=sent, figs=figs, periods=periods, subjects=subjects)):
            span = next(((s, e) for t, s, e in rd.spans if r.fig.start <= t < r.fig.end), None)
            if span is not None:
                rows.append(replace(r, sent=line, fig=replace(r.fig, start=span[0], end=span[1]), in_table=True))
    return rows
