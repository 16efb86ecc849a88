"""Find figures in normalized text: numbers with their unit, approximation, ranks and ratios.

Owns: numbers with their unit, 万/亿 multipliers folded into the value, base units, approximation
words (``约``, ``多``, ``余``, ``超``, ``近``, ``以上``, ``突破``, ``不到``…), ratios (``1.49:1``) and
structures (``22.8:38.8:38.4``); ranks (``排全区第四位``, ``居…首位``) come from ``ranks``, numerals and
the ``Figure`` record from ``numerals``.
It does not decide what a figure measures; it only says what the text states.
"""

from __future__ import annotations

import re
from operator import attrgetter

from .numerals import APPROX_WORDS, Figure, chinese_to_number
from .ranks import find_ranks
from .vocabulary import alternation

_MULT = {"万": 1e4, "亿": 1e8, "万亿": 1e12, "千万": 1e7, "百万": 1e6, "千": 1e3, "百": 1e2}


MONEY_UNITS = ("美元", "元")
PERCENT_UNITS = ("%", "个百分点", "百分点", "成")
COUNTER_UNITS = (
    "头只匹", "头只", "人次", "户次", "家次", "场次", "辆次", "架次", "艘次", "车次", "个", "家", "名", "人", "户", "项", "次", "场", "件", "座", "批", "间", "支", "系列",
    "种", "条", "头", "只", "台", "套", "辆", "所", "栋", "处", "位", "张", "株", "棵", "部", "块", "宗", "笔", "类", "款",
    "艘", "架", "匹", "份", "起", "床", "对", "篇", "本", "门", "级", "趟", "班", "片", "村", "校", "羽", "镇", "乡", "街道", "社区",
)
# the counters a count in Chinese numerals is read with (两家企业, 六个项目: rows, SCHEMA); 三次产业, 一批 are not counts
WORD_COUNTERS = ("个", "家", "项", "场", "支", "座", "所", "栋", "处", "种", "户", "名")
MEASURE_UNITS = (
    "亩次", "平方公里", "平方千米", "平方米", "立方米", "千瓦时", "兆瓦时", "千瓦", "兆瓦", "吉瓦", "公里", "千米", "公顷", "亩", "吨", "千克", "公斤",
    "米", "标箱", "标准箱", "度", "升", "倍", "斤", "平米", "‰", "大卡", "千卡", "摄氏度", "℃", "个千分点", "千分点",
)
AREA_UNITS = ("平方公里", "平方千米", "平方米", "公顷", "亩")  # the units an area is written in, of those above
_TEMPERATURE = ("摄氏度", "℃")
# townships counted in a place's make-up (辖6镇4乡,90个行政村; 街道 and 社区 too: 全镇6村2社区) go on with another
# count or end their clause (3镇平县 is a numbered name, 1乡村 no count)
_TOWNSHIPS_LISTED = re.compile(r"\d|[,;。、和及与)]|$")
# the denominator of a rate written with a slash: a density, a speed, a heat value (not 年 or 人: 万吨/年 names a plant)
_PER = re.compile(r"/(小时|千克|公斤|立方厘米|立方米|平方米|平方公里|秒)")
_UNIT_ALT = "|".join(
    re.escape(u) for u in sorted(MONEY_UNITS + PERCENT_UNITS[:3] + COUNTER_UNITS + MEASURE_UNITS, key=len, reverse=True)
)
_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# as one block: what follows a number in the patterns below (多, 余, 万, 亿, a unit) never opens with a digit, a comma or a
# point, so giving digits back can never make a match; atomic, the engine does not try (2023年 was tried four times over)
_ARABIC_NUM = r"(?P<num>(?>" + _ARABIC + r"))"
_CN_NUM = r"[零〇一二两三四五六七八九十百千]+"
_PRE_WORDS = ("约", "近", "将近", "接近", "不超过", "不高于", "不低于", "不少于", "超过", "超", "突破", "逾", "不到", "不足", "高达")
# 约 ends words too (签约, 合约, 预约): there it is no approximation (签约10个项目 is exactly ten)
_PRE_APPROX = r"(?P<pre>" + "|".join(w if w != "约" else "(?<![签合预履节公邀违特])约" for w in _PRE_WORDS) + r")?"
_PRE_FIRST = "".join(sorted({w[0] for w in _PRE_WORDS}))
# a figure starts with an approximation word or the number: the lookahead lets the pattern be tried only there
_AT_ARABIC = r"(?=[" + _PRE_FIRST + r"\d])"
_AT_CN = r"(?=[" + _PRE_FIRST + r"零〇一二两三四五六七八九十百千])"
_FIGURE = re.compile(
    _AT_ARABIC + _PRE_APPROX
    + _ARABIC_NUM + r"(?P<more1>多|余)?(?P<mult>万亿|千万|百万|亿|万|千(?!瓦|米|克|伏))?(?P<more2>多|余)?"
    + r"(?P<unit>"
    + _UNIT_ALT
    + r"|[MGk]W(?![A-Za-z])"  # 8656MW, 2.4GW: a power capacity in Latin letters, kept as written (not MWh)
    + r"|k?㎡| ?(?:km|hm)[2²](?![\w])"  # 1万㎡, 309.13 hm2: an area by its symbol
    + r")(?P<post>以上|左右|上下|以内|以下|多)?"
)
_CN_FIGURE = re.compile(
    _AT_CN + _PRE_APPROX
    + r"(?P<num>"
    + _CN_NUM
    + r")(?P<more1>多|余)?(?P<mult>万亿|亿|万)?(?P<more2>多|余)?"
    + r"(?P<unit>亿元|万元|元|美元|成|倍|吨|亩|千瓦|公里|平方公里|立方米|" + "|".join(WORD_COUNTERS) + r")(?P<post>以上|左右|上下|以内|多)?"
)
# what a match of _CN_FIGURE must hold: a numeral, then a unit (past 多/余 and 万/亿), found by a pattern opening on a character
_CN_FIGURE_AT = re.compile(r"[零〇一二两三四五六七八九十百千](?:多|余)?(?:万亿|亿|万)?(?:多|余)?(?:亿元|万元|元|美元|成|倍|吨|亩|千瓦|公里|平方公里|立方米|"
                           + "|".join(WORD_COUNTERS) + ")")
_DIGIT = re.compile(r"\d")
_LIST_MARKS = ("、", "和", "及")
_LISTED_BEFORE = re.compile(r"(?<![\d.])(?:\d+(?:\.\d+)?[、和及])+$")
_LEADING_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
# 4000万援青资金: a sum whose 元 is left to the money noun after it
_MONEY_NOUNS = ("资金", "经费", "补助", "补贴", "奖补", "奖金", "债券")
_IMPLIED_MONEY = re.compile(
    _AT_ARABIC + _PRE_APPROX + _ARABIC_NUM + r"(?P<more1>多|余)?(?P<mult>亿|万)(?P<more2>多|余)?(?P<post>)"
    r"(?=[\u4e00-\u9fff]{0,3}?(?:" + "|".join(_MONEY_NOUNS) + "))"
)
# 规上工业产值突破60亿, 国防支出682万: a bare 亿/万 with no unit after it (a threshold 2000亿行列, 30万以上 excluded)
_BARE_MULT = re.compile(
    _AT_ARABIC + _PRE_APPROX + _ARABIC_NUM + r"(?P<mult>亿|万)(?![\d.多余元美%])(?=(?P<alone>[,，;。、)\s]|$)|的|大关|[^\u4e00-\u9fff])"
)
# what a match of _BARE_MULT / _BARE_WAN must hold: a digit, then 亿/万 with no unit after it. These open on a
# character, so the engine scans for it in C; the figure patterns (their lookahead opening) are run only on a hit
_BARE_MULT_AT = re.compile(r"\d[亿万](?![\d.多余元美%])")
_BARE_WAN_AT = re.compile(r"\d万[多余]?(?![\d.多余元美%万亿])")
_BARE_MONEY_BEFORE = re.compile(rf"(?:{alternation('bare_money_words.csv')})[^,;。，；:]{{0,12}}$")
# 总人口82万, 从业人数达12万, 23.89万贫困人口: a bare 万 with a people noun leading its clause or right after it
_PEOPLE = alternation("bare_people_words.csv")
_BARE_PEOPLE_BEFORE = re.compile(rf"(?:{_PEOPLE})(?:[^,;。，；:、\d]|\d{{4}}年){{0,8}}$")
_BARE_PEOPLE_AFTER = re.compile(rf"[\u4e00-\u9fff]{{0,3}}?(?:{_PEOPLE})")
# Things that look like counts but are durations or dates.
_NOT_UNIT_AFTER = re.compile(r"^(?:月|小时|工作日|年|季度|周|星期|半月|多月|余月)")
_RATIO_CHANGE = re.compile(r"[,,]?(?:比上年|比去年|较上年|同比)?(?:缩小|扩大|下降|降低|提高|减少|增加)(?P<num>\d+(?:\.\d+)?)(?![\d.%‰万亿个])")
_RATIO = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)[:∶](\d+(?:\.\d+)?)(?:[:∶](\d+(?:\.\d+)?))?(?![\d.:∶])")

# areas written with a symbol or a short word: 1万㎡, 299 km², 309.13 hm2, 500平米
_AREA_SYMBOLS = {"㎡": "平方米", "平米": "平方米", "km2": "平方公里", "km²": "平方公里", "k㎡": "平方公里", "hm2": "公顷", "hm²": "公顷"}


def _base_unit(unit: str, mult: float) -> tuple[str, float]:
    unit = _AREA_SYMBOLS.get(unit.strip(), unit)
    if unit in ("个百分点", "百分点"):
        return "百分点", 1.0
    if unit == "个千分点":
        return "千分点", 1.0  # 出生率下降0.5个千分点: a move of a rate in ‰
    if unit == "成":
        return "%", 10.0
    return unit, mult


def _approx(m: re.Match[str]) -> str:
    for key in ("post", "more2", "more1", "pre"):
        word = m.group(key)
        if word:
            return APPROX_WORDS.get(word, "exact")
    return "exact"


def _tidy(value: float) -> float:
    """68.9亿 is 6890000000, not 6890000000.000001: twelve significant digits are all an article gives."""
    if value.is_integer() and -1e12 < value < 1e12:
        return value  # a whole number of twelve digits or fewer is written back as it is
    return float(f"{value:.12g}")


_AT, _SPAN = attrgetter("start"), attrgetter("start", "end")  # figures in text order (by where they start, then end)
_PARTS = ("pre", "num", "more1", "mult", "more2", "unit", "post")  # the groups of _FIGURE and _CN_FIGURE
_DEGREES_OF = re.compile(r"电|$|[,。;]")  # 度 of electricity (度电), or 度 ending its phrase


def find_amounts(text: str) -> list[Figure]:
    """Numbers with a unit: ``167.14亿元`` → 16714000000 元; ``180多次`` → 180 次 over."""
    out: list[Figure] = []
    # a pattern tries every position of the text: one that needs an Arabic digit, or 万/亿, is not run without it
    digits = _DIGIT.search(text) is not None
    patterns: tuple[tuple[re.Pattern[str], bool], ...] = ((_FIGURE, False),) if digits else ()
    if _CN_FIGURE_AT.search(text):
        patterns += ((_CN_FIGURE, True),)
    for rx, chinese in patterns:
        for m in rx.finditer(text):
            pre, num, more1, mult_word, more2, unit, post = m.group(*_PARTS)  # read once, not group by group
            unit_end = m.end("unit")
            after = text[unit_end : unit_end + 4]
            times = unit == "人" and after.startswith("(次)")  # 2万人(次): person-times
            if unit == "个" and _NOT_UNIT_AFTER.match(after):
                continue
            if unit in ("镇", "乡") and not _TOWNSHIPS_LISTED.match(after):
                continue  # 辖6镇4乡,90个行政村: a place's townships counted; 3镇平县 is a numbered name, 1乡村 no count
            if unit in ("度",) and not _DEGREES_OF.match(after):
                continue
            if chinese:
                base = chinese_to_number(num)
                if base is None:
                    continue
            else:
                base = float(num.replace(",", ""))
            mult = _MULT.get(mult_word or "", 1.0)
            if unit in ("亿元", "万元"):
                mult *= _MULT[unit[0]]
                unit = "元"
            unit, factor = _base_unit(unit, mult)
            start = m.start("num") if not pre else m.start()
            end = unit_end if post in (None, "多") else m.end()
            if times:
                unit, end = "人次", unit_end + 3
            per = _PER.match(text, unit_end) if unit not in MONEY_UNITS and not post else None
            if per:  # 6.2万个/立方厘米, 100公里/小时: a rate keeps its denominator (元/人 stays 元: money is money)
                unit, end = f"{unit}/{per.group(1)}", per.end()
            value = _tidy(base * factor)
            if unit in _TEMPERATURE and text.endswith("零下", 0, start):  # 零下10摄氏度: a temperature below zero
                value, start = -value, start - 2
            word = post or more2 or more1 or pre  # the approximation word _approx reads first
            out.append(Figure(start, end, value, unit, APPROX_WORDS.get(word, "exact") if word else "exact", raw=m.group(),
                              chinese=chinese))
    for g in list(out):  # 高于…2.3、1.8和0.9个百分点: bare numbers listed before a figure share its unit
        before = text[max(0, g.start - 2) : g.start]
        if not (before[:-1] if before.endswith("\n") else before).endswith(_LIST_MARKS):
            continue  # the list ends right before the figure (or before a newline there: ``$``)
        lead = _LISTED_BEFORE.search(text, max(0, g.start - 40), g.start)
        own = _LEADING_NUMBER.match(text, g.start)
        if lead is None or own is None:
            continue
        base = float(own.group().replace(",", ""))
        factor = g.value / base if base else 1.0
        for n in re.finditer(r"\d+(?:\.\d+)?", lead.group()):
            start = lead.start() + n.start()
            value = _tidy(float(n.group()) * factor)
            out.append(Figure(start, lead.start() + n.end(), value, g.unit, "exact", raw=n.group()))
    _points_listed_before(text, out)
    out.extend(_lost_percent(text) if "增长" in text or "下降" in text else ())
    if digits and ("万" in text or "亿" in text):
        if any(w in text for w in _MONEY_NOUNS):
            out.extend(_implied_money(text))
        if _BARE_MULT_AT.search(text):
            out.extend(_bare_money(text))
        if _BARE_WAN_AT.search(text):
            out.extend(_bare_people(text))
    out.sort(key=_AT)
    return _drop_overlaps(out)


# 同比增长8.2。, 下降6.5羊肉产量…: a decimal right after a growth verb with no unit (the % lost in typing), not one
# listed before a unit (拉动经济增长1.7、1.2和0.8个百分点) nor one with a unit of its own (增长2.5倍, 下降1.5万吨)
_LOST_PERCENT = re.compile(r"(?:增长|下降)(?P<num>\d+\.\d+)(?![\d.%‰、和及与至到\-~—]|[万亿千百个倍位名吨元亩米斤度])")


def _lost_percent(text: str) -> list[Figure]:
    """``较去年同比增长13.17;`` → 13.17 %: a growth rate whose % sign was lost."""
    return [Figure(m.start("num"), m.end("num"), float(m.group("num")), "%", "exact", raw=m.group("num"))
            for m in _LOST_PERCENT.finditer(text)]


_POINTS_LIST = re.compile(r"(?:\d+(?:\.\d+)?个[、和及与])+\d+(?:\.\d+)?个百分点")


def _points_listed_before(text: str, out: list[Figure]) -> None:
    """``分别拉动1.74个、3.22个、4.0个百分点``: each 个 of a list closed by 个百分点 is a percentage point."""
    if "个百分点" not in text:
        return
    for m in _POINTS_LIST.finditer(text):
        for i, f in enumerate(out):
            if m.start() <= f.start < m.end() and f.unit == "个":
                out[i] = Figure(f.start, f.end, f.value, "百分点", f.approx, raw=f.raw)


def _implied_money(text: str) -> list[Figure]:
    """``4000万援青资金``: a sum whose 元 is left to the money noun after it."""
    out = []
    for m in _IMPLIED_MONEY.finditer(text):
        value = _tidy(float(m.group("num").replace(",", "")) * _MULT[m.group("mult")])
        start = m.start("num") if not m.group("pre") else m.start()
        out.append(Figure(start, m.end(), value, "元", _approx(m), raw=m.group()))
    return out


def _bare_money(text: str) -> list[Figure]:
    """``国防支出682万``, ``总投资额121.5亿``, ``产值突破60亿大关``: a bare 亿/万 is yuan when a money noun
    (data/bare_money_words.csv) leads its clause; a bare 亿 standing alone between commas, as in a table flattened to
    text (``1、迁安市, 1160.3亿 ,增速6.7%``), is yuan too. With neither (``常住人口12万``, ``跻身“500亿”俱乐部``) it is
    no figure."""
    out = []
    for m in _BARE_MULT.finditer(text):
        num, mult, pre = m.group("num"), m.group("mult"), m.group("pre")
        if not (_BARE_MONEY_BEFORE.search(text, max(0, m.start() - 24), m.start("num"))
                or (mult == "亿" and m.group("alone") is not None)):
            continue
        value = _tidy(float(num.replace(",", "")) * _MULT[mult])
        start = m.start() if pre else m.start("num")
        out.append(Figure(start, m.end(), value, "元", APPROX_WORDS.get(pre, "exact") if pre else "exact", raw=m.group()))
    return out


_BARE_WAN = re.compile(_AT_ARABIC + _PRE_APPROX + _ARABIC_NUM + r"万(?P<more>多|余)?(?![\d.多余元美%万亿])")


def _bare_people(text: str) -> list[Figure]:
    """``总人口82万``, ``从业人数达12万``, ``23.89万贫困人口``: a bare 万 is people when a people noun
    (data/bare_people_words.csv) leads its clause (with no other number between) or follows it at once; a unit
    written after it (``万人``, ``万元``) is read by the amount patterns, which win the overlap."""
    out = []
    for m in _BARE_WAN.finditer(text):
        pre = m.group("pre")
        if not (_BARE_PEOPLE_BEFORE.search(text, max(0, m.start() - 16), m.start("num"))
                or _BARE_PEOPLE_AFTER.match(text, m.end())):
            continue
        value = _tidy(float(m.group("num").replace(",", "")) * 1e4)
        approx = APPROX_WORDS.get(m.group("more") or pre or "", "exact")
        out.append(Figure(m.start() if pre else m.start("num"), m.end(), value, "人", approx, raw=m.group()))
    return out


_CLOCK = re.compile(r"[0-2]?\d:[0-5]\d(?::[0-5]\d)?")
_DATE_BEFORE = re.compile(r"(?:\d{1,2}日|\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})\s*$")


# 13.0 : 41.0 : 46.0, 19.4922.2658.25, 23.4:24.452.2: a structure whose colons are spaced, or lost between decimals
_LOOSE_STRUCTURE = re.compile(r"(?<![\d.:∶])\d[\d.]*(?:\s*[:∶]\s*\d[\d.]*){0,2}(?![\d:∶])")
_SHARE = re.compile(r"\d{1,2}\.\d{1,2}|\d{1,2}")


def _shares(chunk: str) -> list[list[tuple[int, int]]]:
    """The ways to read ``chunk`` as shares written one after another (``19.4922.26`` → 19.49 and 22.26): spans."""
    if not chunk:
        return [[]]
    out = []
    for n in (5, 4, 3, 2, 1):  # 19.49 | 1.4 | 19 …
        head = chunk[:n]
        if len(head) == n and _SHARE.fullmatch(head) and not chunk[n:].startswith("."):
            out.extend([[(0, n)] + [(a + n, b + n) for a, b in rest] for rest in _shares(chunk[n:])])
    return out


def _loose_structures(text: str) -> list[Figure]:
    """Three shares adding up to 100 whose separators are spaced or lost; only when one reading fits."""
    out: list[Figure] = []
    for m in _LOOSE_STRUCTURE.finditer(text):
        raw = m.group()
        if raw.count(".") < 2 or len(raw) > 30 or _RATIO.fullmatch(raw):
            continue  # a plain ratio or structure is read by _RATIO
        chunks = [(c.start(), c.group()) for c in re.finditer(r"[\d.]+", raw)]
        readings = [[]]
        for at, chunk in chunks:
            readings = [r + [(at + a, at + b) for a, b in way] for r in readings for way in _shares(chunk)]
        fits = [r for r in readings if len(r) == 3 and all("." in raw[a:b] for a, b in r)
                and abs(sum(float(raw[a:b]) for a, b in r) - 100) <= 0.1]
        if len(fits) != 1:
            continue
        for a, b in fits[0]:
            out.append(Figure(m.start() + a, m.start() + b, float(raw[a:b]), "%", "exact", kind="structure", raw=raw))
    return out


def find_ratios(text: str) -> list[Figure]:
    """``1.49:1`` → ratio 1.49; ``22.8:38.8:38.4`` → three structure shares in %."""
    out: list[Figure] = _loose_structures(text) if text.count(".") >= 2 else []
    if ":" not in text and "∶" not in text:
        return out
    for m in _RATIO.finditer(text):
        if _CLOCK.fullmatch(m.group()) and _DATE_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue  # 2022-07-29 14:46:39, 26.10.2017 20:01: a dateline's time of day
        a, b, c = m.group(1), m.group(2), m.group(3)
        if c is not None:
            parts = [float(a), float(b), float(c)]
            if abs(sum(parts) - 100) <= 1.0:
                for i in (1, 2, 3):
                    out.append(Figure(m.start(i), m.end(i), parts[i - 1], "%", "exact", kind="structure", raw=m.group()))
        elif float(b) == 1.0 and 0 < float(a) < 100:
            out.append(Figure(m.start(), m.end(), float(a), "", "exact", kind="ratio", raw=m.group()))
            moved = _RATIO_CHANGE.match(text, m.end())
            if moved:  # 之比为2.08:1,比上年缩小0.05: the ratio's change, in the ratio's (empty) unit
                out.append(Figure(moved.start("num"), moved.end("num"), float(moved.group("num")), "", "exact",
                                  raw=moved.group()))
    return out


def _drop_overlaps(figs: list[Figure]) -> list[Figure]:
    out: list[Figure] = []
    for f in figs:
        if out and f.start < out[-1].end:
            if (f.end - f.start) > (out[-1].end - out[-1].start):
                out[-1] = f
            continue
        out.append(f)
    return out


def find_figures(text: str) -> list[Figure]:
    """All figures of a sentence or text, in order of position."""
    ratios = find_ratios(text)
    ranks = find_ranks(text)
    # a rank's whole phrase, its field's numbers too (居全省(122个县、市、区)第二: 122个 is no figure)
    taken = [(r.start, r.end) for r in ratios] + [(min(r.start, r.end - len(r.raw)), r.end) for r in ranks]
    amounts = find_amounts(text)
    if taken:
        amounts = [a for a in amounts if not any(s <= a.start < e for s, e in taken)]
    figs = amounts + ranks + ratios
    figs.sort(key=_SPAN)
    return figs
