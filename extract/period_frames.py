"""The period a whole article frames its figures with: what a report's title, lead or dating says it is about.

Owns: the title lines and what makes a text a report (``title_lines``, ``is_report``), the frame of an article
(``framed``: its period, and the years it tells as 今年 and 去年, ``told_years``), and the period a
report's title (``headline_period``), its lead (``lead_period``, ``past_year_lead``, ``lead_span``; a story
presenting a span's results, ``上半年成绩单``) or its dating by content (``reported``) gives the figures
that name none (SCHEMA: a report about a past period); and whether a sentence counts several events
(``batched``), so that no one event's day dates it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .normalize import NUMBERED
from .periods import ArticleDate, Period, find_periods
from .vocabulary import BULLETIN, DELIVERED, REPORT, REVIEW_FIRST, after_comparison_word, alternation, words

# a line that is only a date (``(2024年4月)``, ``2018年3月15日``, ``2023-02-11``): when the page was issued
_DATE_LINE = re.compile(r"^[(（\[【]?(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[-./]\s*\d{1,2}(?:\s*[-./]\s*\d{1,2})?)[)）\]】]?$")


def title_lines(text: str) -> list[str]:
    """The title as it may stand among a page's opening lines: each short line, and short lines joined
    where a long title was broken (``关于绍兴市柯桥区2021年财政`` / ``预算执行情况及2022年财政`` / ``…的报告``);
    a line that is only a date (``(2024年4月)`` under a bulletin's title) is when it was issued, not what it covers."""
    lines = [ln.strip() for ln in text[:400].split("\n")[:8]]
    out = []
    for i, line in enumerate(lines):
        if not line or len(line) > 40 or line.endswith("。") or _DATE_LINE.match(line):
            continue
        joined = line
        for nxt in lines[i + 1 : i + 3]:
            if not nxt or len(nxt) > 40 or nxt.endswith("。") or _DATE_LINE.match(nxt):
                break
            joined += nxt
        out.append(joined)
    return out[:1] + [t for t in out[1:] if REPORT.search(t)]


def is_report(text: str) -> bool:
    """A report (numbered sections, or a report's title), not a news story."""
    # a heading on its own line, or opening its paragraph (``一、工业生产小幅下降,支柱行业有增长。全区…``)
    headings = sum(1 for line in text.split("\n") if NUMBERED.match(line) and len(re.split(r"[。!?]", line)[0]) <= 30)
    return headings >= 2 or any(REPORT.search(t) for t in title_lines(text))


_TABLE_TITLE = re.compile(r"^[^,。;:!?\d]*(?:19|20)\d\d年[^,。;:!?\d]*(?:排行榜?|排名|榜单|一览表?)$")
_AIMS = re.compile(r"主要目标|预期目标|目标任务|工作安排")


def heading_period(line: str, art: ArticleDate) -> tuple[Period | None, bool] | None:
    """``一、2024年工作回顾``, ``二、2025年主要目标``: the period a numbered heading gives its section (or none), and
    whether the section states aims; ``2020年山西省各地市游客接待量排行``: a ranking's title dates the lines under it,
    within the numbered section (``1. 2019年山西旅游人次``). None: the line heads no section."""
    if NUMBERED.match(line) and len(line) <= 30:
        spans = [p for p in find_periods(line, art) if p.start and p.kind in ("flow", "since")] if art.year else []
        return (spans[-1] if spans else None), bool(_AIMS.search(line)) and "完成情况" not in line
    if len(line) <= 30 and art.year and _TABLE_TITLE.search(line):
        spans = [p for p in find_periods(line, art) if p.start and p.kind == "flow" and p.explicit_year]
        return (spans[-1], False) if spans else None
    return None


def headline_period(text: str, art: ArticleDate) -> Period | None:
    """``…2024年前三季度经济运行简况``, ``遵义市上半年各县…经济运行情况``, ``柯桥区2021年财政预算执行情况``:
    a report's title sets the period of figures that name none."""
    if not art.year:
        return None
    for title in title_lines(text):
        report = REPORT.search(title)  # not a news headline's 一季度…跑出加速度
        # a month's report (``泰和县7月份经济运行简况``) covers that month; a dated headline (``3月18日``) does not
        flows = [p for p in find_periods(title, art)
                 if p.kind == "flow" and p.start and (p.explicit_year or report)
                 and (p.start != p.end or (report and "日" not in p.label))
                 and not title.startswith("更新", p.end_pos)  # (2025年更新): the page's update, not a period
                 and p.start <= art.ym]  # 这些项目明年开建: a plan for later frames none of what has happened
        if flows and not _delivered_in(title, flows, art):
            return flows[0] if REVIEW_FIRST.search(title) else flows[-1]
    return None


def framed(text: str, art: ArticleDate) -> tuple[ArticleDate, Period | None]:
    """The period the article frames figures that name none with (its title's, its lead's, its dating's, or a
    past year its lead is about), and its date with the year it tells as 今年 when that is not its own."""
    titled = headline_period(text, art)
    headline = titled or lead_period(text, art) or reported(text, art)
    past = None if headline else past_year_lead(text, art)
    told, last = told_years(text, art, titled, past)
    return replace(art, told=told, told_last=last), headline or past


def told_years(text: str, art: ArticleDate, titled: Period | None, past: Period | None = None) -> tuple[int, int]:
    """The years a text tells as 今年 and as 去年 when they are not those of the year it is read in (0: the article's):
    - ``辰溪县2021年国民经济和社会发展统计公报`` issued in April 2022, ``…由去年的…今年继续优化为17.43…``: a statistical
      bulletin (data/bulletin_words.csv) titled with a past year tells that year as 今年 and the one before as 去年; a
      budget or work report on a past year is read in the year it is delivered, and its 今年 is that year;
    - ``红网1月17日讯…2018年,新田县…。今年以来,新田园区完成规模工业总产值95.13亿元``: a story of January whose lead
      is about the year just ended tells that year as 今年 (two weeks of the new one hold no such totals); its
      ``去年以来`` still counts from that year, the one before the story's."""
    if past is not None and art.month == 1 and past.whole_year and int(past.start[:4]) == art.year - 1:
        return art.year - 1, 0
    if titled is None or not titled.whole_year or int(titled.start[:4]) >= art.year:
        return 0, 0
    year = int(titled.start[:4])
    return (year, year - 1) if any(BULLETIN.search(t) for t in title_lines(text)) else (0, 0)


def _delivered_in(title: str, flows: list[Period], art: ArticleDate) -> bool:
    """``江洲镇2025年政府工作报告`` read in 2025, ``2021年肇源县人民政府工作报告`` delivered in December 2020: a work
    report's title names the year it is delivered in and plans for (data/delivered_report_words.csv), not the
    year its review reports on, unless the page is dated after that year (``2024年…工作报告`` read in 2025)."""
    return bool(DELIVERED.search(title)) and int(flows[0].start[:4]) >= art.year


_SCORECARD = re.compile(alternation("scorecard_words.csv"))  # data/scorecard_words.csv


def lead_period(text: str, art: ArticleDate) -> Period | None:
    """``一季度,荔湾区统筹推进…``, ``2020年,阿荣旗在…``: in a report (numbered sections or a report's title),
    a lead that opens with the period it reports frames the figures of the whole article that name none;
    so does a story whose lead presents a span's results (``上半年成绩单亮点纷呈``, data/scorecard_words.csv)."""
    if not art.year:
        return None
    if not is_report(text):
        # a news story's opening period (一季度,…) is not the period of all it tells, unless its title opens on it too
        return _scorecard(text, art) or _titled_span(text, art)
    for para in text[:1200].split("\n"):
        if len(para) < 40:
            continue  # a title or the page's chrome
        opening = para[:14].split(",")[0]
        if "," not in para[:14] or "日" in opening:
            return None  # the lead names no period first, or a dated event (9月6日,…)
        spans = [p for p in find_periods(opening, art) if p.kind in ("flow", "since") and p.start and p.pos <= 2]
        if spans and spans[0].kind == "since":
            # 今年以来,平利县…,前三季度经济运行总体呈平稳增长态势: the span of the year its first sentence reports
            first = re.split(r"[。!?]", para, maxsplit=1)[0]
            return lead_span(first, art) or spans[0]
        return spans[0] if spans else None
    return None


def _titled_span(text: str, art: ArticleDate) -> Period | None:
    """``1-8月德清县“大好高”项目加快推进`` over ``1-8月,全县“大好高”项目共计92项…``: a story whose title and lead
    both open on the same span of this year reports on that span."""
    titles = title_lines(text)
    span = lead_span(text, art) if titles else None  # (the lead is read only under a title)
    if not titles or span is None or span.pos > 0:
        return None
    return span if titles[0].startswith(span.label) else None


def _scorecard(text: str, art: ArticleDate) -> Period | None:
    """``2022年时间过半,高新区上半年成绩单亮点纷呈``: the span of this year whose results the lead's first
    sentence presents."""
    leads = [p for p in text[:1500].split("\n") if len(p) >= 30][:1]
    if not leads or not _SCORECARD.search(re.split(r"[。!?]", leads[0], maxsplit=1)[0]):
        return None
    return lead_span(text, art)


def past_year_lead(text: str, art: ArticleDate) -> Period | None:
    """``据云南省统计局消息2021年云南全省…GDP数据目前已经全部出炉`` on a 2023 page: a lead whose first sentence
    is about one whole year before the article's frames the figures that name none; a year long before it
    (``2008年起,…`` or ``2010年,全县…`` on a 2022 page: more than two years back) is the history a story opens
    with, and the figures that name none stay of the article's date."""
    if not art.year:
        return None
    leads = [p for p in text[:1500].split("\n") if len(p) >= 40][:3]  # past a title and the page's chrome
    for para in leads:
        first = re.split(r"[。!?]", para, maxsplit=1)[0]
        spans = [p for p in find_periods(first, art) if p.explicit_year and p.start
                 and not after_comparison_word(first, p.pos)]  # 比2019年同期: a base, not the lead's
        if not spans:
            continue
        whole = [p for p in spans if p.kind == "flow" and p.whole_year and art.year - 2 <= int(p.start[:4]) < art.year]
        if art.month <= 2:  # 2019年以来,干汊河镇… on a page of January 2020: the year just reviewed
            whole += [Period(p.start, p.start[:4] + "-12", p.label, "flow", p.pos, p.end_pos, p.explicit_year) for p in spans
                      if p.kind == "since" and p.start == f"{art.year - 1}-01"]
        # …2022年“双招双引”圆满收官,为2023年精彩开局奠定基础: in the season of reviews (January to March), the year
        # under way named beside it is looked forward to
        past = {p.start[:4] for p in spans if int(p.start[:4]) < art.year or art.month > 3}
        return whole[0] if whole and len(past) == 1 else None
    return None


def reported(text: str, art: ArticleDate) -> Period | None:
    """A report dated only by what it reports (a bulletin on 2017, a report on 2022年上半年) speaks of that
    period where a figure names none (SCHEMA: a report about a past period); a news story that mentions
    ``2023年,…`` in passing is not framed by that year (its figures that name none take the article's date)."""
    start, end = art.reported
    if not start or art.how != "content" or not is_report(text):
        return None  # a news story dated by its 一季度… or its 2023年… keeps the article's month for what it tells
    return Period(start, end, "", "flow")


def lead_span(text: str, art: ArticleDate) -> Period | None:
    """``7月28日,…召开上半年…发布会。今年上半年,西安高新区…``: the span of this year the lead reports on (a quarter,
    a half, months to date; not a day, nor a ``今年以来``)."""
    for para in [p for p in text[:1500].split("\n") if len(p) >= 30][:1]:
        spans = [p for p in find_periods(para, art) if p.part_of_year and p.start[:4] == str(art.year)]
        return spans[0] if spans else None
    return None


_BATCH_WORDS = words("batch_words.csv")  # a sentence holding none has no batches (_BATCHES opens on a lookbehind)
_BATCHES = re.compile(rf"(?<![第\d一二三四五六七八九十两])(?:\d+|[一二三四五六七八九十两]+)(?:{alternation('batch_words.csv')})(?!性)")  # data/batch_words.csv


def batched(s: str) -> bool:
    """``全年先后举行4批次项目集中开工,开工项目共120个``, ``组织3次集中签约活动,签约项目45个``: a sentence that counts
    the batches or rounds of its events reports what a span added up to, not one dated event (``第二批`` is one
    batch, ``此次`` this one)."""
    return any(w in s for w in _BATCH_WORDS) and bool(_BATCHES.search(s))
