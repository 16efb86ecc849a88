"""The article date: the month every relative period word (今年, 上半年, 目前) resolves against.

Owns: the date given with the article (metadata), the page's own dateline in its many layouts
(发布日期:2021-06-25, a date on a line of its own, 26.10.2017, a date run into the page chrome), a
report's stated day of delivery, a news lead's day, and otherwise the date inferred from what the content
reports (full years are past, partial ones current; 2017年的第一个工作日 is that January). Named steps, tried in order, each with an example.
"""

from __future__ import annotations

import re

from .periods import _CN_DATE, _QUARTERS, ArticleDate, _digit_date, digit_years, find_periods, ym
from .vocabulary import EVENT_WORDS, MONTH_DAY, alternation, table, words

# a full date, its separators consistent: 2021年6月25日, 2021-06-25, 2021/6/25, 2021.06.25 (not 2021年1-5月)
_DATELINE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*[日号]|"
    r"(?P<sep>[-/.])\s*(?P<m2>\d{1,2})\s*(?P=sep)\s*(?P<d2>\d{1,2})(?!\d))"
)
# a page's own dateline: 发布日期:2021-06-25, 发布时间: 2025- 02- 19, 时间:2019-10-29
_LABELLED = re.compile(r"(?:发布|发表|更新|成文|印发)?(?:日期|时间)\s*[::]\s*\[?\s*$")
_CHROME_WORD = alternation("dateline_words.csv")
_CHROME = re.compile(rf"{_CHROME_WORD}|\d{{1,2}}:\d{{2}}")
# page dates in other layouts: 2016 / 06/30 (year on a line of its own, or before the day: 2024 08/10 10:46:09),
# 26.10.2017 20:01 (day first), a paper's
# page reference (西藏日报(汉)/2024 年/1 月/3 日/第 001 版),
# (page_date_run_on: 来源:县融媒体中心2024-05-2228, the day run into the view count once lines are joined;
#  page_date_short_year: 22-10-25 08:30 来源:…, a two-digit year before a clock time or the source)
_PAGE_DATES = (
    re.compile(r"(?:^|\n)(?P<y>(?:19|20)\d{2})[ \t]*\n?\s*(?P<m>\d{1,2})[/-](?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})(?!\d)"),
    re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*/\s*(?P<m>\d{1,2})\s*月\s*/\s*(?P<d>\d{1,2})\s*日"),
    re.compile(rf"(?:{_CHROME_WORD})[::]?[^\n\d]{{0,16}}(?P<y>(?:19|20)\d{{2}})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"),
    re.compile(rf"(?<![\d.:/-])(?P<y>[1-3]\d)-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})\s*(?:\d{{1,2}}:\d{{2}}|{_CHROME_WORD})"),
)
# a lead opening with its day (10月21日,2021年阳江市…; 9月6日,2024湖南省…): the year in that sentence, opening
# (lead_year_not_published: not 5月8日,某研究院发布2019年全国百强县榜单, the year of a ranking the lead quotes,
#  nor 8月3日电 截至2018年底,…, a year closed before the day)
_NOT_PUBLISHED = "".join(f"(?<!{re.escape(w)})" for w in words("title_verbs.csv"))
_LEAD_DAY = re.compile(r"(?:^|\n|讯|电|消息|报\))\s*[(（]?(?:[^\n。]{0,12}?)(?P<m>\d{1,2})月(?P<d>\d{1,2})日[^\n。]{0,60}?" + _NOT_PUBLISHED + r"(?<!截至)(?<!截止)(?P<y>(?:19|20)\d{2})(?:年(?![底末])|(?=[\u4e00-\u9fff]))")
_YEAR = re.compile(r"(?P<y>(?:19|20)\d{2})年(?P<rest>.{0,8})")
# what follows a year says what the year is to the text (year_clue_words.csv): the year it plans for (plan: in
# the next 12 characters; plan_next: the next word), a forecast's (ignored), the current one still under way,
# the year a plan or schedule is for (soft_plan)
_CLUES = {c: "|".join(re.escape(r["word"]) for r in table("year_clue_words.csv") if r["clue"] == c)
          for c in ("plan", "plan_next", "forecast", "partial", "soft_plan")}
_PLAN_NEAR, _PLAN_NEXT = re.compile(_CLUES["plan"]), re.compile(rf"(?:{_CLUES['plan_next']})")
_FORECAST_NEXT = re.compile(rf"[,，]?(?:{_CLUES['forecast']})")
# (2020年花都区1-10月经济运行情况: a place may stand between the year and its part)
_PARTIAL_REST = re.compile(r"(?:[\u4e00-\u9fff]{0,5}[市县区旗镇乡州盟](?=\d|[一二三四上前第]))?(?!1[-至到](?:12月|4季度|四季度))(?:第|\d{1,2}月|[1一]?[-至到]\d{1,2}月|[一二三四1-4]季度|第[一二三四]季度|上半年|前三季度|1-\d|以来|时间过半|过半|"
                           + _CLUES["partial"] + ")")


def article_date(text: str, given: str | None = None) -> ArticleDate:
    """The article's date: from ``given`` (``YYYY-MM[-DD]``), its dateline, or its content."""
    if given:
        m = re.match(r"(\d{4})-(\d{1,2})", given)
        if m:
            return ArticleDate(int(m.group(1)), int(m.group(2)), "metadata")
    head = _CN_DATE.sub(_digit_date, digit_years(text[:400]))
    head_cut = len(text) > 400 and text[400] != "\n"
    dates = [(m, _month_of(m)) for m in _DATELINE.finditer(head)]
    dates = [(m, mo) for m, mo in dates if 1 <= mo <= 12]
    labelled = [(m, mo) for m, mo in dates if _LABELLED.search(head[max(0, m.start() - 12) : m.start()])]
    for m, mo in labelled or [(m, mo) for m, mo in dates if _standalone(head, m, cut_end=head_cut)][:1]:
        return ArticleDate(int(m.group("y")), mo, "dateline")
    for rx in _PAGE_DATES:
        m = rx.search(head)
        if m and 1 <= int(m.group("m")) <= 12:
            return ArticleDate(int(m.group("y")) % 100 + 2000 if len(m.group("y")) == 2 else int(m.group("y")),
                               int(m.group("m")), "dateline")
    lead = _LEAD_DAY.search(head)
    if lead and 1 <= int(lead.group("m")) <= 12:
        return ArticleDate(int(lead.group("y")), int(lead.group("m")), "dateline")
    tail = text[-300:]
    tail_cut = len(text) > 300 and text[-301] != "\n"
    for m in _DATELINE.finditer(tail):
        if 1 <= _month_of(m) <= 12 and _standalone(tail, m, cut_start=tail_cut):
            return ArticleDate(int(m.group("y")), _month_of(m), "dateline")
    return _infer_date(text)


def _standalone(head: str, m: re.Match[str], cut_start: bool = False, cut_end: bool = False) -> bool:
    """A date set apart as the page's own (in figures, on a line of its own, by the source or a clock time),
    not a date inside the story (``2012年6月12日,国务院批准设立…``). A line the window ``head`` cuts off
    (``cut_start``, ``cut_end``) goes on beyond it, so it is no short line (``据介绍,2016年1月4日、7月22日,…``)."""
    line_start = head.rfind("\n", 0, m.start()) + 1
    line_end = head.find("\n", m.end())
    line = head[line_start : line_end if line_end >= 0 else len(head)]
    near = head[max(line_start, m.start() - 20) : m.end() + 12]
    if m.group("sep"):
        return True  # 2020-04-19: prose writes dates in words, pages in figures
    whole = not (cut_start and line_start == 0) and not (cut_end and line_end < 0)
    opens_line = m.start() == line_start and not (cut_start and line_start == 0)
    return (whole and len(line) <= 40) or opens_line or bool(_CHROME.search(near))


def _month_of(m: re.Match[str]) -> int:
    return int(m.group("m1") or m.group("m2"))


_FOUNDING = re.compile(r"成立|组建|设立|挂牌|建立|构建|启动")
_FOUNDED_SINCE = re.compile(rf"(?:\d{{1,2}}月)?[^,，;；。\d]{{0,6}}?(?:{_FOUNDING.pattern})以来")  # 3月公司成立以来


def founding_month(text: str, art: ArticleDate) -> str:
    """``去年9月,广元市…构建“1+1+17”产业专班``: the month the article's subject was set up, for ``成立以来``."""
    if not art.year or not _FOUNDING.search(text):
        return ""  # a text naming no founding has no sentence to read for one
    for sent in re.split(r"[。!?;\n]", text):
        if not _FOUNDING.search(sent) or "以来" in sent:
            continue
        for p in find_periods(sent, art):
            if p.start and p.start == p.end and p.start <= art.ym:
                rest = sent[p.end_pos : p.end_pos + 40]
                if _FOUNDING.search(rest.split("。")[0]):
                    return p.start
    return ""


_WIRE_DAY = re.compile(r"(?<![\d年])(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:电|讯)")  # a wire dateline with no year


# what a year mention says of the year W the text is written in (``_year_cues``), weighed by ``_writing_year``:
# past (its whole year is reported: W > y), partial (a part of it: W = y), plan (a report's plan for it: W >= y,
# 2024年预算草案), since (2019年以来:
# W > y), soft_plan (2022年,全区将…/共安排…: W <= y, the year a plan or schedule is for), named (a year in a
# title or a project's name: W >= y), now (the only year a sentence names that also says 今年: W = y)
_AS_OF = re.compile(r"截[至止]到?$")
_VALUE_AT = re.compile(r"的\d")  # 从…的500元增长到2018年的12988元: the value a past year reached, not a target
_CLAUSE = re.compile(r"[^,，;；。!?\n]*")
# a year inside a name: a title earned (获批2025年全国…示范县, designation_verbs.csv) or a project named for its
# year, or a year's list of projects, standing alone in its clause or list (…;2022年西华县高标准农田建设项目;…,
# 集中开工…2019年省、市重点项目): the year is reached, not past
_DESIGNATED = re.compile(rf"(?:{alternation('designation_verbs.csv')})$")
_NAME_ONLY = re.compile(r"[^,，;；。:：\d\n]{2,24}?(?:项目|工程)(?=[,，;；。、\n]|$)"
                        rf"|[^,，;；。、:：\d\n]{{0,24}}?(?:{alternation('event_nouns.csv')})")  # …年会, …活动: an event's name
# “2024·乡村振兴看河南”网络主题宣传活动, 2023(中国)亚欧商品贸易博览会: an event named by its year, with no 年
_NAMED_BY_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:·|[((]?中国)")
_SOFT_PLAN = re.compile(_CLUES["soft_plan"])
_TWO_YEAR_MEAN = re.compile(r"[^。;；]{0,24}?两年平均")  # 比2019年同期增长9.3%,两年平均增长4.5%: a base two years back
# a year under way, named without its number: 截至9月30日 (no year), 本年度, 当年计划
_RUNNING = re.compile(r"(?<![\d年])截[至止]\d{1,2}月(?:\d{1,2}日|底|末)|本年度|当年计划|今年以来|(?<![\d年])1至\d{1,2}月份?(?=[,，]|[^\d]{0,12}[共计])")


def _sentence_start(text: str, i: int) -> int:
    """Where the sentence holding ``text[i]`` opens: after the last 。!? or line break before it."""
    return max(text.rfind(c, 0, i) for c in "。!?\n") + 1


def _told_as_this_year(text: str, start: int, end: int) -> bool:
    """A year the sentence also calls 今年 (``今年以来,…实施了2020年度重大产业项目时间倒排表``): the only year it
    names, not a base it compares with (比2018年, 2022年同期, 2018-2020年), nor beside a 去年."""
    at = _sentence_start(text, start)
    ends = [i for i in (text.find(c, end) for c in "。!?\n") if i >= 0]
    sent = text[at : min(ends, default=len(text))]
    if "今年" not in sent or re.search(r"去年|上年", sent) or len(set(re.findall(r"(?:19|20)\d{2}(?=年)", sent))) != 1:
        return False
    return not (re.search(r"[比较与\-—~至到]$", text[at:start]) or text.startswith("同期", end))  # 比2018年, 2018-2020年


# ``今年是“十四五”开局之年``, ``今年是全面贯彻党的二十大精神的开局之年``: the year under way, named by the plan or
# congress it opens (or the plan it closes: ``收官之年``)
_PLAN_YEAR = re.compile(r"今年是[^。;!?\d年]{0,24}?(?:“|\")?(十[一二三四五]五|十[七八九]大|二十大)[^。;!?\d年]{0,16}?(开局|起步|收官)之年")
_FIRST_YEARS = {"十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026,
                "十七大": 2008, "十八大": 2013, "十九大": 2018, "二十大": 2023}


def _year_cues(text: str) -> list[tuple[int, str]]:
    """``(year, kind)`` for every year the text names, by what follows it (year_clue_words.csv), and the year
    under way a text names by its plan (``_PLAN_YEAR``)."""
    cues = [(int(m.group(1)), "named") for m in _NAMED_BY_YEAR.finditer(text)]
    cues += [(_FIRST_YEARS[m.group(1)] + (4 if m.group(2) == "收官" else 0), "now")  # a plan's fifth year closes it
             for m in _PLAN_YEAR.finditer(text) if m.group(2) != "收官" or m.group(1).endswith("五")]
    for m in _YEAR.finditer(text):
        y = int(m.group("y"))
        before = text[max(0, m.start() - 3) : m.start()]
        rest = m.group("rest")
        if re.search(r"到|至|力争|争取|预计|计划|拟|有望", before) and not _AS_OF.search(before) and not _VALUE_AT.match(rest):
            continue  # 到2025年, 计划2025年投产: a target's year (not 截至2019年底, as of a day past)
        if text.rfind("《", max(0, m.start() - 30), m.start()) > text.rfind("》", max(0, m.start() - 30), m.start()):
            cues.append((y, "named"))  # 《2024—2025年节能降碳行动方案》: a document's title names its years
            continue
        if _FORECAST_NEXT.match(rest):
            continue  # 2027年预计实现产值50亿元: a forecast's year
        if _FOUNDED_SINCE.match(rest) or rest.startswith("更新"):
            continue  # 2009年3月公司成立以来: a founding's date; (2025年更新): the page's update; not a year reported
        if before.endswith(("较", "比")) and rest[:1] in "末底同":
            # 较2023年末净增11152户: a comparison's base, the year before the one written in; 比2019年同期增长9.3%,
            # 两年平均增长4.5%: a base two years back
            cues.append((y + 1 if _TWO_YEAR_MEAN.match(text, m.end()) else y, "base"))
            continue
        clause = _CLAUSE.match(text, m.end("y") + 1 + (rest[:1] in ",，")).group(0) if rest[:1] not in "以度" else ""
        if _PLAN_NEAR.search(text, m.end("y") + 1, m.end("y") + 13) or _PLAN_NEXT.match(rest):
            cues.append((y, "plan"))  # 2024年财政预算草案: the year a report plans is the current one
        elif rest.startswith("以来"):
            cues.append((y, "since"))
        elif _PARTIAL_REST.match(text, m.end("y") + 1):
            cues.append((y, "partial"))
        elif _told_as_this_year(text, m.start(), m.end("y") + 1):
            cues.append((y, "now"))  # 今年一季度,签约项目17个,…实现了2018年招商引资“开门红”
        elif _SOFT_PLAN.search(clause if rest[:1] in ",，" else clause[:12]):  # 2022年,全区将…; 2022年共安排…
            cues.append((y, "soft_plan"))
        elif _DESIGNATED.search(text, max(0, m.start() - 5), m.start()) or _NAME_ONLY.match(text, m.end("y") + 1) \
                or (rest[:1] not in ",，" and EVENT_WORDS.search(clause[:16])):
            # 获批2025年全国…示范县; …;2022年西华县高标准农田建设项目;…; 发出2023年重大项目集中开工动员令: a name's year
            cues.append((y, "named"))
        else:
            cues.append((y, "ended" if rest[:1] in "底末" else "past"))  # 截至2019年底: a year closed
    return cues


def _writing_year(text: str, cues: list[tuple[int, str]]) -> tuple[int, int, int]:
    """The year the text is written in, weighing what each named year says of it: ``(year, latest year
    reported whole, latest year reported in part)``. A whole year reported is past unless, nothing else
    named being later, the text plans for it as often as it reports it (2022年,全区将…), or speaks more often
    of a year under way without naming it (截至9月30日, 本年度, 当年计划) than of that year: then it is the
    current year, reported so far."""
    if cues and all(k == "ended" for _, k in cues) and not MONTH_DAY.search(text[:200]):
        return 0, 0, 0  # 截至2019年底,… alone: the text is later than that, how much later only a lead's day tells
    past = max((y for y, k in cues if k in ("past", "ended")), default=0)
    partial = max((y for y, k in cues if k in ("partial", "now")), default=0)
    plans = [y for y, k in cues if k == "soft_plan"]
    later = max([y + 1 for y, k in cues if k in ("since", "base")] + [y for y, k in cues if k in ("plan", "partial", "named", "now")],
                default=0)
    year = max(past + 1 if past else 0, later) or min(plans, default=0)
    if partial and partial >= past:
        return partial, past, partial
    if past and later <= past:  # the latest year reported whole is the latest named (so year is past + 1)
        done = cues.count((past, "past")) + cues.count((past, "ended"))  # how often it is reported whole (>= 1)
        if plans.count(past) >= done:
            return past, 0, 0  # 2022年,河西区将加快推进…: the year planned for as often as reported is under way
        if len(_RUNNING.findall(text)) > done:
            return past, 0, past  # 2017年实施重大项目204项…本年度…截至9月30日: more often the year under way than done
    return year, past, partial


_LEAD_CHARS = 120
# a span of the year named without the year, opening a clause: 1-4月,完成投资96.4亿元
_YEARLESS = re.compile(r"(?:^|(?<=[,，。;；:：\n]))(?=[1一]月?[-至到]\d{1,2}月|第?[一二三四1-4]季度|上半年|前三季度)")


# a span still ahead: 二季度,还将开复工…项目66个, 上半年力争…
_AHEAD = re.compile(r"[^。;；\n]{0,8}?(?:还将|将|预计|计划|力争|确保|拟)")


def _month_after(text: str, i: int) -> int:
    """The month after the span of the year that opens at ``text[i]`` (``1-5月`` 6, ``一季度`` 4, ``上半年`` 7;
    a month named alone is that month; a quarter naming a batch of events is its first month)."""
    rest = text[i : i + 8]
    q = re.match(r"(?:第)?([一二三四1-4])季度", rest)
    # a quarter naming a batch of events held in it (2023年第二季度重大项目集中开工仪式) is not a quarter reported on
    if q and EVENT_WORDS.search(text, i + q.end(), i + q.end() + 14):
        return _QUARTERS[q.group(1)][0]  # quarter_event_batch: 2021年第一季度重大项目集中开工
    if q:
        return _QUARTERS[q.group(1)][1] + 1
    r = re.match(r"[1一]?月?[-至到](\d{1,2})月", rest)
    if r:
        return int(r.group(1)) + 1
    h = re.match(r"(上半年|前三季度)", rest)
    if h:
        return 7 if h.group(1) == "上半年" else 10
    s = re.match(r"(\d{1,2})月", rest)
    return int(s.group(1)) if s else 1


def _month_known(text: str, year: int, days: list[int]) -> bool:
    """Whether a text dated by its content tells its month: it names a day of its own (7月8日,…), or its lead
    names the report a year's plan is made in (2024年政府工作报告) or opens on the part of the year it reports
    (2021年一季度,来宾市地区生产总值…); a plan or a part of the year told in passing further on does not date it."""
    lead = _year_cues(text[:_LEAD_CHARS])
    return bool(days) or (year, "plan") in lead or (year, "partial") in lead


# the day a text tells of, named by the year it opens: 2017年的第一个工作日,我市重大项目集中开工
_FIRST_WORKDAY = re.compile(r"(?P<y>(?:19|20)\d{2})年的?(?:第一个|首个)工作日")


def _infer_date(text: str) -> ArticleDate:
    """Infer the writing date from what the text reports: full years are past, partial ones current."""
    first_day = _FIRST_WORKDAY.search(text[:_LEAD_CHARS])
    if first_day:
        return ArticleDate(int(first_day.group("y")), 1, "content", day_named=True)
    cues = _year_cues(text)
    year, full_year, partial_year = _writing_year(text, cues)
    if not year:
        return ArticleDate(0, 0, "unknown")
    month = 1
    planned = (year, "soft_plan") in cues and not full_year and partial_year < year
    if partial_year == year or planned:
        # the month after the latest period reported for the current year (2022年1-5月; 1-4月,完成投资… in a plan)
        starts = [m.end() for m in re.finditer(rf"{year}年", text)] + [m.end() for m in _YEARLESS.finditer(text)]
        month = max([month] + [_month_after(text, i) for i in starts])
    else:
        # 今年一季度…; 1至9月,…(较2023年末…): the month after the latest span of the year under way
        starts = [m.end() for m in re.finditer("今年", text)] + ([m.end() for m in _YEARLESS.finditer(text)
                                                                  if not _AHEAD.match(text, m.end())] if not full_year else [])
        month = max([month] + [_month_after(text, i) for i in starts])
    # a day of the text's own: not one its sentence already set in a year (2018年7月,…验收,9月26日省政府批准…)
    days = [int(m.group("m")) for m in MONTH_DAY.finditer(text)
            if not re.search(r"(?:19|20)\d{2}年", text[max(0, m.start() - 8) : m.start()])
            and not re.search(r"(?:19|20)\d{2}年\d{1,2}月|去年|上年", text[_sentence_start(text, m.start()) : m.start()])]
    month = max([month] + [mo for mo in days if 1 <= mo <= 12])
    if re.search(r"今年的?政府工作报告|今年全国两会", text):
        month = max(month, 3)
    month = min(month, 12)
    wire = _WIRE_DAY.search(text[:600])
    if wire and int(wire.group("m")) > 3 and full_year == year - 1 and partial_year < full_year \
            and (full_year, "ended") not in cues:
        # 中新网中卫8月9日电 …2017年,新植枸杞1.1万亩: a mid-year story of the latest year it names, not of the next
        year, month = full_year, int(wire.group("m"))
        return ArticleDate(year, month, "content", day_named=True)
    if planned:
        reported = (ym(year, 1), ym(year, 12))  # 2025年资金安排项目计划: a plan reports on the year it plans for
    elif full_year == year - 1 and partial_year < year:
        reported = (ym(full_year, 1), ym(full_year, 12))  # a 2017 bulletin, read in 2018: it reports on 2017
    elif partial_year == year and month > 1:
        reported = (ym(year, 1), ym(year, month - 1))  # 2022年上半年…: January to the last month reported
    else:
        reported = ("", "")
    return ArticleDate(year, month, "content", reported=reported, day_named=_month_known(text, year, days))


# ------------------------------------------------------------------ a report's own day

# ``2020年12月29日在肇源县第十七届人民代表大会第六次会议上``: the day a work report was delivered
# (speech_day_dashed: 2025年1月17日\n——在…人民代表大会第七次会议上, the occasion on the next line after a dash; the
#  occasion may run over a line: 2022年1月6日在苏尼特左旗第十六届\n\n人民代表大会第一次会议上)
# (speech_day_bracketed: …第十五届人民代表大会第二次会议政府工作报告\n海青\n(2018年2月3日), the day in brackets
#  after the report's heading and its speaker)
_SPEECH_DAY = re.compile(r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月\d{1,2}日\s*(?:[—–-]+\s*)?在[^。]{0,40}?(?:会议|大会)上"
                         r"|(?:会议|大会)[^。,，]{0,40}?\s[(（](?P<y2>(?:19|20)\d{2})年(?P<m2>\d{1,2})月\d{1,2}日[)）]")


def speech_date(text: str, art: ArticleDate) -> ArticleDate:
    """A work report's stated day of delivery (``2020年12月29日在…人民代表大会第六次会议上``) dates it over the
    page's dateline (the day it was posted, ``公文搜2021-07-28``) or what its content implies; a date the
    user gave with the article stays."""
    head = text[:1500]  # (a speech's day is told with the 会议 or 大会 it was delivered at)
    m = _SPEECH_DAY.search(head) if "会议" in head or "大会" in head else None
    if m is None or art.how == "metadata" or not 1 <= int(m.group("m") or m.group("m2")) <= 12:
        return art
    year, month = int(m.group("y") or m.group("y2")), int(m.group("m") or m.group("m2"))
    # delivered from October on, it reviews the year then ending; earlier in the year, the year before
    return ArticleDate(year, month, "dateline", reviewed=year if month >= 10 else year - 1)
