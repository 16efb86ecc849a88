"""Places the gazetteer does not list, found by their shape in the text.

Owns: development zones and parks by their suffixes (``zone_mentions``: …经济技术开发区, …产业园) and each match
trimmed to the name (``clean_zone``: not 说明园区 or 依托甲高新区's verb), villages by
theirs and by the words before them (``village_mentions``: 石门村, 乌兰哈达嘎查, a village named again after it was
introduced), the lead words a place name does not include (``PLACE_LEAD``), and short names a text defines for a
zone (``defined_aliases``: …开发区(以下简称“经开区”)), with ``clear_of`` keeping such spans apart from others; and
the shapes that make a place a clause's subject or not: a place opening a clause that runs on to a figure
(``opens_clause_with_figure``), the count of a whole's units (``whole_counts``: 全国217家…) and its value a comparison
is made with (``comparison_bases``: 低于全省的4744元), a place inside one item of a list of projects
(``in_a_listed_item``, ``in_a_sized_item``), an event's venue (``is_a_venue``), a ranking's field or a comparison's
base (``is_a_field``), and a part counted in with the subject (``is_a_member``); and a photo's caption
(``is_photo_caption``). Where a text was written lives in ``where_written``.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import accumulate

from .regions import ZONE_SUFFIXES, Mention, gazetteer
from .vocabulary import COMPARED_VERB, alternation, words

# the lookahead on the suffixes' first characters only lets the alternation be tried where one can start
_ZONE_CHARS = r"[\u4e00-\u9fffA-Za-z]"  # what a zone's name is written in
_ZONE = re.compile(
    r"(" + _ZONE_CHARS + r"{2,12}?(?=[" + "".join(sorted({s[0] for s in ZONE_SUFFIXES})) + r"])(?:"
    + "|".join(sorted(ZONE_SUFFIXES, key=len, reverse=True)) + r"))"
)


# a run of the characters a zone's name is written in that holds the last character of a suffix (区, 园, 城):
# a zone lies within one run, and is found the same looking in such runs alone, each from its start
_ZONE_RUN = re.compile(
    "(?<!" + _ZONE_CHARS + ")" + _ZONE_CHARS + "*?[" + "".join(sorted({s[-1] for s in ZONE_SUFFIXES})) + "]" + _ZONE_CHARS + "*"
)
_ZONE_LAST = re.compile("[" + "".join(sorted({s[-1] for s in ZONE_SUFFIXES})) + "]")  # what a run must hold


def clipped_mentions(text: str, clipped: str) -> list[tuple[int, int]]:
    """Each ``西安经开`` not opening ``西安经开区`` or ``西安经开技术…``, found with no pattern compiled for each name."""
    out, at = [], text.find(clipped)
    while at >= 0:
        end = at + len(clipped)
        if not text.startswith(("区", "技术"), end):
            out.append((at, end))
        at = text.find(clipped, end if out and out[-1][0] == at else at + 1)  # past a name kept, else one character on
    return out


def zone_mentions(text: str) -> list[tuple[int, int, str]]:
    """Parks, development zones, new areas and communities named in the text."""
    out = []
    for run in _ZONE_RUN.finditer(text) if _ZONE_LAST.search(text) else ():
        for m in _ZONE.finditer(text, run.start(), run.end()):
            out.append((m.start(1), m.end(1), m.group(1)))
    return out


_ZONE_STOP = set("的了和与及在个是等将对把被从为以到、,。;:“”\"()")
# 依托甲高新区, 唐某摄内江高新区, 剔除乙湾新区: words no zone's name holds (a verb, a photo credit, a ranking, an
# exclusion), where the match ran past the name's start (data/zone_name_breaks.csv): the name starts after them
_ZONE_CUTS = tuple(words("zone_name_breaks.csv"))


# period and scope words a zone's match may start with: 一季度全市工业园区, 上半年高新区
_ZONE_LEAD = re.compile(
    r"^(?:(?:今年|去年|全年|上半年|下半年|前三季度|[一二三四1-4]季度|第[一二三四]季度|\d{1,2}月|[1一][-至到]\d{1,2}月)(?:份)?)+"
    r"|^(?:全市|全县|全区|全省|全州|全盟|全旗|国家级|省级|市级|县级)"
    r"|^月份|^年(?:度|底|末|初)?"  # 1-4月份园区, 2022年宜昌高新区: the digits stand outside the match
    r"|^园区(?=[\u4e00-\u9fff]{4})"  # 园区江苏苏宿工业园区: a site's menu word run into the name after it
)


def clean_zone(name: str, text: str, start: int, mentions: list[Mention], starts: list[int] | None = None) -> tuple[int, str]:
    """Trim a zone match to its name: cut after function words and verbs that precede it."""
    cut = 0
    for i, ch in enumerate(name[:-2]):
        if ch in _ZONE_STOP:
            cut = i + 1
    if cut == 0 and name[:1] in "家座所" and text[start - 1 : start].isdigit():
        cut = 1  # 217家国家级经开区: the count's classifier, not the zone's name
    elif cut and name[cut - 1 : cut + 1] == "以上":
        cut += 1  # 省级以上经济开发区: a class of zones
    trimmed = _ZONE_LEAD.sub("", name[cut:])
    trimmed = PLACE_LEAD.sub("", trimmed)  # 占西宁开发区, 拉动西宁开发区
    for verb in _ZONE_CUTS:
        k = trimmed.rfind(verb)
        if 0 <= k and len(trimmed) - k - len(verb) >= 2:  # (the rest at least a kind: 占园区 → 园区)
            trimmed = _ZONE_LEAD.sub("", trimmed[k + len(verb) :])  # 名列国家级经开区: a class of zones
    head = start + len(name) - len(trimmed)
    starts = starts if starts is not None else [m.start for m in mentions]  # in text order
    if cut := gazetteer().opening_words(trimmed):
        # 说明园区, 注重提升园区 (not 牟定产业园区: a place's name the dictionary calls a verb)
        ahead = bisect.bisect_left(starts, head)
        if not (ahead < len(starts) and starts[ahead] < head + cut):
            trimmed, head = trimmed[cut:], head + cut
    # 朱忠明出席长沙经开区: a zone's name starts at the place it is named after
    lo, hi = bisect.bisect_right(starts, head), bisect.bisect_left(starts, start + len(name) - 3)
    inner = [m.start for m in mentions[lo:hi] if not m.short]
    if inner:
        trimmed = text[min(inner) : start + len(name)]
    return start + len(name) - len(trimmed), trimmed


# a village named as such: 大堡村, 梁家庄村, 2019年漂草沟村, 龙山村, Inner Mongolia's 巴彦敖包嘎查 (not 行政村, 贫困村, 全村, 各村,
# 小山村, 村委, 专业村, 实现村村通 or 住建局村镇建设办公室)
# (the lookahead only lets the rest be tried where a 村 follows two to four characters on)
_VILLAGE = re.compile(
    r"(?=[^\n]{2,4}(?:村|嘎查))(?:(?<![\u4e00-\u9fff\d、])|(?<=在|对|到|是|和|与|及|的|县|市|区|镇|乡|旗|年))"
    r"([\u4e00-\u9fff]{2,4}?(?:村|嘎查))(?![民委级组干里落部务官史情规道路口头屯企集等、站港桥镇]|作业|码头|小学|学校|卫生|景区|村通)"
    # 古勒巴格镇奥图拉库勒达西村: a longer (transliterated) name right after its township (托帕艾日克村村民: its villager)
    r"|(?:(?<=镇|乡)|(?<=苏木))([\u4e00-\u9fff]{4,7}?(?:村|嘎查))(?![民委级组干里落部务官史情规道路口头屯企集等、站港桥]|村(?![民委干])|作业|小学|学校|卫生|景区)"
)
_GENERIC_VILLAGE = re.compile(
    r"(?:行政|贫困|示范|重点|中心|空心|淘宝|美丽|先进|文明|特色|集体|出列|脱贫|试点|样板|易地|搬迁|移民|新农|乡|农|个|各|全|该|每|本|"
    r"周边|附近|所在|相邻|邻|城中|城郊|社区|片|户|组|整|专业|渔业|农业|产业|镇|村|等|逐|挨|^小山|深山|偏远山|边远山|共富|和美|未来|宜居|精品)村$"
    r"|^(?:全|该|各|每|本|此|这|那|其|我|个|家|多|余|首批|第|\d|[一二两三四五六七八九十百千万])"
)


# ``杨梅镇六别村``: right after its township, a name that opens with a numeral (not 六个村, 三类村) is a village's
_NUMBERED_NAME = re.compile(r"[镇乡木][一二两三四五六七八九十](?![个大多余几类批级])[\u4e00-\u9fff]{1,2}村")


# a word before a village's or zone's name that the match took in: 像大北沟村, 盘活金源村, 占西宁开发区
PLACE_LEAD = re.compile(rf"^(?:{alternation('place_lead_words.csv')})(?=[\u4e00-\u9fff]{{3}})")


# ``该镇峤北村``, ``全乡大堡村``: the township or county the village lies in, called by its reference word
_REFERENCE_LEAD = re.compile(r"^[该全本我](?:镇|乡|县|区|市|旗)(?=[\u4e00-\u9fff]{3})")


@lru_cache(maxsize=1)  # main_place and reference_spans both ask for one article's villages: found once (read only)
def village_mentions(text: str) -> list[tuple[int, int, str]]:
    """Villages the text names (``大堡村全村种植马铃薯5800亩``), in text order, without a word before the name."""
    out, gaz = [], gazetteer()
    for m in _VILLAGE.finditer(text) if "村" in text or "嘎查" in text else ():  # its lookahead is tried at every position
        g = 1 if m.group(1) else 2
        lead = PLACE_LEAD.match(m.group(g)) or _REFERENCE_LEAD.match(m.group(g))
        cut = lead.end() if lead else 0
        name = m.group(g)[cut:]
        if verb := gaz.opening_words(name):  # 顺利完成嘎查, 带动提升村: a verb the match took in, no name
            cut, name = cut + verb, name[verb:]
            if len(name) < 4:
                continue
        if stray := gaz.stray_characters(name, 4 if name.endswith("嘎查") else 3):
            cut, name = cut + stray, name[stray:]
        if not _GENERIC_VILLAGE.search(name) or _NUMBERED_NAME.match(text, m.start(g) + cut - 1):
            out.append((m.start(g) + cut, m.end(g), name))
    return _named_again(text, out)


_INTRODUCED_AFTER = set("镇乡县区市旗木道\n")  # a township's or county's unit word, or a paragraph's start


def _named_again(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``古勒巴格镇奥图拉库勒达西村…`` (after its township or county, or opening a paragraph), then
    ``奥图拉库勒达西村农民…``, ``梁家庄80户…``: a village the text has introduced is that village wherever its
    name stands again, with or without 村, also where the name alone would not be read as one."""
    spans = [(s, e) for s, e, _n in found]
    more = []
    names = {n for s, _e, n in found if s == 0 or text[s - 1] in _INTRODUCED_AFTER}
    full = {n: n for n in names} | {n[:-1]: n for n in names if n.endswith("村") and len(n) >= 4}  # 梁家庄村, then 梁家庄
    for name in sorted(full, key=len, reverse=True):  # introduced after its township or county, or opening a paragraph
        at = text.find(name)
        while at >= 0:
            if not any(s < at + len(name) and at < e for s, e in spans):
                more.append((at, at + len(name), full[name]))
                spans.append((at, at + len(name)))
            at = text.find(name, at + len(name))
    return sorted(found + more) if more else found


# ``杭州余杭经济技术开发区(以下简称“经开区”)``, ``…钦州港片区(简称钦州港片区)``: a short name the text defines
_ALIAS = re.compile(r"\((?:以下)?简称(?:为)?[“\"]?([\u4e00-\u9fff]{2,10}?)[”\"]?\)")
_NAME_FROM = re.compile(r"[^,。;:!?\n—“”]{4,40}$")
_ZONE_END = re.compile(r"(?:区|园|城|港)$")


def defined_aliases(text: str) -> list[tuple[int, int, str]]:
    """A zone's name followed by ``(以下简称“X”)`` or ``(简称X)``: (start, end, the full name) at the name and at every
    later ``X``, so that ``经开区`` in ``2021年经开区规模工业总产值…`` is that zone; an ``X`` defined twice is the first's."""
    defs: dict[str, list[tuple[int, int, str]]] = {}
    out = []
    for m in _ALIAS.finditer(text):
        head = _NAME_FROM.search(text, max(0, m.start() - 40), m.start())
        if head is None or not _ZONE_END.search(head.group()) or head.group().endswith(("县", "市", "省")):
            continue
        defs.setdefault(m.group(1), []).append((head.start(), m.end(), head.group()))
        out.append((head.start(), m.start(), head.group()))
    for alias, spans in defs.items():
        pos = 0  # the title may use the short name before the text defines it
        while (k := text.find(alias, pos)) >= 0:
            full = next((f for s, e, f in spans if not s <= k < e), None)  # not inside its own definition
            if full is not None:
                out.append((k, k + len(alias), full))
            pos = k + len(alias)
    return out


def clear_of(spans: list[tuple[int, int, str]], candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The candidates, in order, that overlap none of ``spans`` and no candidate kept before them (by bisection)."""
    ordered = sorted((s, e) for s, e, _n in spans)
    starts, reach = [s for s, _e in ordered], list(accumulate((e for _s, e in ordered), max))
    kept_starts: list[int] = []
    kept_ends: list[int] = []  # kept candidates overlap nothing, so their ends rise with their starts
    out = []
    for z in candidates:
        i, j = bisect.bisect_left(starts, z[1]), bisect.bisect_left(kept_starts, z[1])
        if (i and reach[i - 1] > z[0]) or (j and kept_ends[j - 1] > z[0]):
            continue
        kept_starts.insert(j, z[0])
        kept_ends.insert(j, z[1])
        out.append(z)
    return out


# ``截至2019年底,甲省光伏装机1122万千瓦``, ``甲省共接待游客781.9万人次``, ``【乙省66个贫困县全部脱贫】``: a place that
# opens a clause (after the clause's mark, or 其中 / 而 / 同时) and whose own words run straight on to a figure
# (after a year: 初步核算,2022年甲市地区生产总值…)
_OPENS_CLAUSE = re.compile(r"(?:^|[,;。:!?\n【(|])(?:其中|而|另外|此外|同时|全年|目前)?(?:(?:19|20)\d\d年(?:\d{1,2}月份?)?|今年|去年)?$")
_FIGURE = r"(?:\d+(?:\.\d+)?(?![\d.]*(?:年|月|日|号|届|期|批|次会))|[一二三四五六七八九十两]+个)"
# (not 甲省级…, 甲省重点项目6个: the province's level or list a county's own figures are in)
_RUNS_ON_TO_FIGURE = re.compile(rf"(?![、和与及同跟的级]|重点|重大)(?:(?![厅局办委]|政府|人大|政协|统计)[^,;。:!?、\n\d]){{0,12}}?{_FIGURE}")
_SHORT_RUNS_ON = re.compile(rf"(?:共有|共|现有的?|有|累计)?{_FIGURE}")  # 乙省66个: a short form, a word of a name too


def opens_clause_with_figure(text: str, start: int, end: int, short: bool = False) -> bool:
    """The place at ``text[start:end]`` is the subject of its clause's figures: it opens the clause, is not
    listed with other places or followed by its organ (``甲省统计局``), and its words run on to a figure (a short
    form, which may open a name such as ``甲省航空产业城``, only right before it or its ``有`` / ``共``)."""
    runs_on = (_SHORT_RUNS_ON if short else _RUNS_ON_TO_FIGURE).match(text, end)
    return bool(runs_on) and opens_a_clause(text, start)


def opens_a_clause(text: str, start: int) -> bool:
    """Whether ``text[start:]`` opens its clause, maybe after a year (``2023年,隆德县…``) or a linking word."""
    return bool(_OPENS_CLAUSE.search(text, max(0, start - 12), start))


# ``在全国217家国家级经开区中位列第九``, ``全省(40个县、市、区)``, ``全国近2000个县``: the count of a whole's units
# (units that are places: 县, 市州, 开发区, 贫困村; not 包揽了全市5个金奖, the subject's own prizes)
_WHOLE_COUNT = re.compile(r"全(国|省|市)\(?(?:近|约|共|超|有)?(?:\d+|[一二三四五六七八九十两百千]+)(?:个|家|所|座)"
                          r"[^,;。:!?\d]{0,10}?(?:县|市|区|州|镇|乡|村|旗|园)")


def whole_counts(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ``国``/``省``/``市``) of each count of the units of a whole (``全国217家``): that figure is the
    whole's (the nation's, the province's), whatever place the sentence is about (``…位列第九`` stays its own)."""
    return [(m.start(), m.end(), m.group(1)) for m in _WHOLE_COUNT.finditer(text)]


# ``远低于甲省全省的4744元``, ``超出全国平均水平(12.3%)``, ``增速均在全省水平7.3%之上``: the value of the whole a
# comparison is made with, stated after it (not ``高于全省1.6个百分点``, ``高于全市平均水平1200元``: the gap is the subject's)
_BASE_VALUE = re.compile(r"(?:(?:高于|低于|超过|超出|高出|快于|慢于|多于|少于)[\u4e00-\u9fff]{0,3}?全(国|省|市)(?:平均)?(?:水平)?(?:的|\()"
                         r"|在全(国|省|市)(?:平均)?水平(?=[\d.]+%?之[上下]))[\d.]+(?:%|‰|[万亿]?元)?")


def comparison_bases(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ``国``/``省``/``市``) of each value of a whole stated as a comparison's base: that figure is the
    whole's (the nation's, the province's), whatever place the sentence is about."""
    return [(m.start(), m.end(), m.group(1) or m.group(2)) for m in _BASE_VALUE.finditer(text)] if "全" in text else []


def figures_of_a_whole(text: str) -> list[tuple[int, int, str]]:
    """The counts of a whole's units (``whole_counts``) and its values stated as a comparison's base
    (``comparison_bases``), in text order."""
    return sorted(whole_counts(text) + comparison_bases(text)) if "全" in text else []  # both open on 全


# ``高出紧随其后的乙区15亿元``, ``人口仅次于丙市``, ``在丁市、戊市之后位居第五``: the place a figure is measured against
_COMPARED_BEFORE = re.compile(rf"(?:{COMPARED_VERB})(?:紧随其后的|其后的|排名第[一二三四五六七八九十\d]+的)?$")
_COMPARED_AFTER = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{2,8})*(?:之后|以后|之下)")


def is_compared_with(text: str, start: int, end: int) -> bool:
    """``甲区GDP总量超过乙区约100亿元``, ``在丙市、丁市之后位居第五``: the place the subject is compared with (after
    超过 / 高出 / 次于, or listed before 之后) is not the subject of the comparison's figures."""
    return bool(_COMPARED_BEFORE.search(text, max(0, start - 12), start)) or bool(_COMPARED_AFTER.match(text, end))


# ``开工项目包括A、B、凭祥翔悦…等18个``, ``…、C厂房建设等项目80个``: the items of a list of projects, counted after 等
_COUNT = r"[\d一二三四五六七八九十两]+[个项]"  # 18个, 三项; also ``A工程、B工程3个…项目``: works counted right after
_LISTED_PROJECTS = re.compile(rf"等{_COUNT}(?:[^,;。]{{0,8}}项目)?|等[^,;。、]{{0,8}}?项目{_COUNT}|(?<=工程){_COUNT}[^,;。、]{{0,8}}项目"
                              rf"|等(?:总投资|投资)[约达近超]?[\d.]+[亿万]*元的{_COUNT}(?:[^,;。]{{0,8}}项目)?")
# ``以国道312线西峡内乡界至丁河段公路新建工程为代表的13个交通类项目``: one project standing for those counted
_REPRESENTED = re.compile(rf"^以[^,;。]{{2,60}}?为代表的{_COUNT}")
_LIST_OPENER = re.compile(r"包括|实施|推进|开工|竣工|签约|建设|新建|续建|其中|:")
_CLAUSE_MARK = re.compile(r"[,;。\n]")  # the nearest one, found in one scan


def in_a_listed_item(text: str, pos: int, short: bool = False) -> bool:
    """``实施A、B、卖酒镇现代商贸物流城等3个项目``: a place inside one item of a list of projects the figure
    counts is not the subject; the total is the frame's (SCHEMA Places: a county's total belongs to the county)."""
    start = max(text.rfind(c, 0, pos) for c in ",;。\n") + 1
    mark = _CLAUSE_MARK.search(text, pos)
    end = mark.start() if mark else len(text)
    if _REPRESENTED.match(text[start:end]) or text.startswith("包括", start) and "、" in text[start:end]:
        return True  # (项目3个,包括A、B、文昌市冯家湾…产业园—科研中心,总投资…: the items of the count before)
    m = _LISTED_PROJECTS.search(text, pos, end)
    if m is None or "项目" not in text[start : m.end()]:
        return False
    listed = "、" in text[start : m.start()]  # (a short form opening the clause on a project's name: 格尔木宁靓置业…、
    if short and pos == start and not _LIST_OPENER.search(text, pos, m.start()) and not re.search(r"\d", text[pos : m.start()]):
        return listed  # 青海汉唐置业…等97个项目; not 临夏市总投资60亿元的…、…等4个项目, nor 衡阳县时光钻石、…等7个项目)
    return listed and (_LIST_OPENER.search(text, start, pos) is not None or "、" in text[start:pos])


# ``投资120亿元的南昌XX产业园、投资56亿元的…``: a place inside the name of one project listed by its size
_SIZED_ITEM = re.compile(r"投资[约达近超]?[\d.]+[亿万千]*元的[^,;。、]*$")
_NEXT_SIZED = re.compile(r"[^,;。、]*[,、](?:以及|及|和)?(?:总)?投资[约达近超]?[\d.]")


def in_a_sized_item(text: str, pos: int) -> bool:
    """``包括投资122亿元的南昌钱学森硬科技产业园、投资120亿元的保利科创中心``: a place or zone inside the name of
    one project of a list of projects given with their sizes names that project, not the place of the next ones."""
    return bool(_SIZED_ITEM.search(text, max(0, pos - 40), pos)) and bool(_NEXT_SIZED.match(text, pos))


# ``甲县高新区 王某摄``, ``图为乙镇…。记者 丙某 摄``: a photo's caption ends with its credit
# (photo_view: ``东龙镇富力新区一角``, ``…全景``, ``…效果图``: what a picture shows, named on a line of its own)
_PHOTO_CREDIT = re.compile(r"(?:摄|摄影|供图)\s*[)）]?\s*$|^[^,。;]{2,30}(?:一角|一隅|全景|远眺|鸟瞰图?|掠影|夜景|效果图)$")


def is_photo_caption(line: str) -> bool:
    """``内江高新区 唐某摄``: a line ending with a photo credit captions a picture; it heads no section (its place is
    the picture's; the text around it goes on about its own); a credit holds 摄 or 图, a view ends on what it shows."""
    return ("摄" in line or "图" in line or line.rstrip("\n")[-1:] in "角隅景眺瞰影") and bool(_PHOTO_CREDIT.search(line))


# a scope word after these is the frame of a ranking or comparison, not the subject
# (or the object of a verb: 把握全区“项目建设年”活动, 为确保全区投资实现稳定增长)
_SCOPE_BEFORE = re.compile(r"(?:排|居|列|在|于|比|较|高于|低于|高出|低出|快于|慢于|超过|占|位居|位列|名列|领跑|拉动|带动|包揽了?"
                           r"|把握|确保|助力|服务|支撑|引领|促进)$")
# ``总量全市第二``, ``增速全县首位``: a scope word before a place in a ranking is its frame (not 全县第一产业)
_RANK_AFTER = re.compile(r"第[一二三四五六七八九十\d]+(?![产次批期届轮])|首位|前列|前[一二三四五六七八九十\d]+[位名]|排名|排第|倒数|占比"
                         r"|[\u4e00-\u9fff]{0,8}?(?:县市区|市县区|区县|县区|乡镇)中?(?:增速)?(?:排名|排第|位居|居|第[一二三四五六七八九十\d])")  # 全市七个县市区中排名第一


def in_a_frame(text: str, start: int, end: int) -> bool:
    """``居全省第五位``, ``高于全省平均水平``: a reference word (全省) in a ranking's or comparison's frame stands for
    no subject of the text; nor does one in a directive's (``在…市委市政府坚强领导下``)."""
    return bool(_SCOPE_BEFORE.search(text[max(0, start - 3) : start]) or _RANK_AFTER.match(text, end)) \
        or in_a_directive(text, start, end)


# ``在省委省政府、市委市政府和县委坚强领导下``, ``贯彻市委“重振兰州制造”决策部署``: the bodies that lead or direct the
# subject, and the places in their slogans, are not what its figures are about
_DIRECTIVE_OPENS = re.compile(r"(?:^|[,;。:])[^,;。:]{0,6}(?:在|贯彻|落实|按照|根据|遵照)[^,;。:]{0,40}$")
_DIRECTIVE_CLOSES = re.compile(r"[^,;。:]{0,40}?(?:领导下|决策部署|部署要求|工作部署|重要指示|指示精神|会议精神)")


def in_a_directive(text: str, start: int, end: int) -> bool:
    """A place or body named between ``在``/``贯彻`` and ``领导下``/``决策部署`` in one clause."""
    return bool(_DIRECTIVE_CLOSES.match(text, end) and _DIRECTIVE_OPENS.search(text[max(0, start - 48) : start]))


# ``仪式在禹城举行``: the place where an event is held, up to the verb that holds it, in one clause
_VENUE = re.compile(r"^[^,;。:!?]{0,24}?(?:举行|举办|召开)")


def is_a_venue(text: str, start: int, end: int) -> bool:
    """``德州招商项目集中开工仪式在禹城举行,27个项目集中开工``: the place an event is held in is its venue, not
    the subject of the event's figures (those are the organiser's, or the place in force)."""
    return text[start - 1 : start] == "在" and bool(_VENUE.match(text[end : end + 30]))


# ``增速位列金华第一``, ``居金华市县(市、区)第2位``, ``高于全省(6.3%)、金华(6.7%)``: a place a ranking is taken in, or a
# comparison's base, is the field the subject is measured against, not the subject
_RANKED_IN = re.compile(r"(?:位列|位居|居|列|排名?|在)$")
_FIELD_AFTER = re.compile(r"(?:[市县区州]|地区)?(?:[^,;。:!?第]{0,8})?第[一二三四五六七八九十\d]+(?![一二三四五六七八九十\d届次批期])|[(（]-?[\d.]+%")


def is_a_field(text: str, start: int, end: int, listed: bool = True) -> bool:
    """``增速位列金华第一``: the place of a ranking's field or a comparison's base (``listed``: or of one listed
    after such a place: ``…、金华(6.7%)``; in a list of places' own figures, ``陇南市(57.3%)、临夏州(41.1%)``, each
    item is a subject of its own)."""
    if _AWARDED.search(text, max(0, start - 2), start) and _AWARD.match(text, end, end + 6):
        return True  # 高新区连续三年获苏州先进: the place giving an honour
    before = bool(_RANKED_IN.search(text, max(0, start - 2), start) or _COMPARED_BEFORE.search(text, max(0, start - 12), start)) \
        or (listed and text[start - 1 : start] in ("、", "和")) or bool(_RANK_BEFORE.search(text, max(0, start - 8), start))
    return before and bool(_FIELD_AFTER.match(text, end, end + 14))


_RANK_BEFORE = re.compile(r"第[一二三四五六七八九十\d]+(?:位|名)?[、,和]$")  # 居中心城区第5位、主城都市区第11位: a next field
_AWARDED, _AWARD = re.compile(r"(?:获评?|荣获|获得)$"), re.compile(r"[市县区省]?(?:级)?(?:先进|优秀|表彰|表扬|嘉奖)")


# ``(包括铜仁高新区)``, ``(包含康平县、法库县新民市)``, ``包括铜仁高新区``: places counted in with the subject
_MEMBERS_OPEN = re.compile(r"(?:[（(](?:包括|包含|含)|包括|包含)(?=[^,;。:!?()（）\d]{0,30}$)")


def is_a_member(text: str, start: int) -> bool:
    """``我区完成情况(包括铜仁高新区)签约项目108个``: a place named as one part the subject's figures
    include (after 包括 / 包含, or in a bracket opened by them) is not their subject: the place before is."""
    return ("含" in (w := text[max(0, start - 34) : start]) or "包括" in w) and bool(_MEMBERS_OPEN.search(w))
