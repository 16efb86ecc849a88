"""Period words and the article date: what months a figure covers.

Owns: finding period expressions in text (``2021年``, ``一季度``, ``1至2月``, ``今年以来``, ``一年来``,
``年末``, ``截至目前``, ``到2030年``, ``十四五``…), resolving them against the article date to
``YYYY-MM`` start and end, and finding the article date itself (dateline, or inferred from content).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from .holidays import HOLIDAYS, holiday_months
from .numbers import chinese_to_number
from .vocabulary import alternation, words

_N = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_Y = r"(?:(?P<year>(?:19|20)\d{2})年|(?P<rel>今年|去年|上年|前年|明年|当年|本年))?"
_Y_FIRST = "12今去上前明当本"  # what ``_Y`` can open with
_N_FIRST = r"\d一二三四五六七八九十"  # what ``_N`` can open with


def _at(chars: str) -> str:
    """A lookahead on the characters a pattern can open with: it is tried only where one of them stands,
    not at every position (a pattern opening with an optional year could otherwise start anywhere)."""
    return "(?=[" + chars + "])"


@dataclass(unsafe_hash=True)  # a value never changed; not frozen=True, whose __init__ costs seven times as much
class Period:
    start: str  # YYYY-MM or ""
    end: str
    label: str
    kind: str = "flow"  # flow | point | target | since
    pos: int = 0
    end_pos: int = 0
    explicit_year: bool = False

    @property
    def whole_year(self) -> bool:
        """January to December of one year (``2021年``, ``全年``)."""
        return self.start[5:] == "01" and self.end[5:] == "12" and self.start[:4] == self.end[:4]

    @property
    def part_of_year(self) -> bool:
        """A span of months within one year that ends before December (``1-8月``, ``前三季度``, ``上半年``)."""
        return self.kind == "flow" and bool(self.start) and self.start != self.end and self.start[:4] == self.end[:4] \
            and self.end[5:] != "12"


@dataclass(frozen=True)
class ArticleDate:
    year: int
    month: int
    how: str  # metadata | dateline | content | default
    founded: str = ""  # YYYY-MM the article says its subject (a body, a mechanism) was set up
    reported: tuple[str, str] = ("", "")  # for a date read from the content: the period the text reports on
    point_end: str = ""  # in a report on a whole year dated by its content: the month 余额/期末 stand at (not 目前)
    day_named: bool = True  # dated by its content: whether it names a day of its own (7月8日,…), so its month is known
    reviewed: int = 0  # a work report delivered on a stated day: the last year its review covers
    told: int = 0  # a report titled with a past year (2021年…统计公报 issued in 2022): the year its 今年 speaks of
    told_last: int = 0  # and the one its 去年 speaks of (0: the year before the article's)

    @cached_property  # the date never changes, and every row of the article asks for its month
    def ym(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@lru_cache(maxsize=1024)  # a few hundred months in all, formatted some 13,000 times a pass
def ym(year: int, month: int) -> str:
    while month <= 0:
        year, month = year - 1, month + 12
    while month > 12:
        year, month = year + 1, month - 12
    return f"{year:04d}-{month:02d}"


def year_in_force(p: Period) -> str:
    """The year a period leaves in force for the months named after it: its first (2023年, 2016-2020年), or the
    last of months that run into another year (2018年1月至2019年9月…截止到9月底: 2019)."""
    return p.end if p.kind == "flow" and p.start[:4] != p.end[:4] and p.end[5:] != "12" else p.start


def _num(s: str | None) -> int | None:
    if not s:
        return None
    if s.isdigit():
        return int(s)
    v = chinese_to_number(s)
    return int(v) if v else None


_QUARTERS = {"一": (1, 3), "1": (1, 3), "二": (4, 6), "2": (4, 6), "三": (7, 9), "3": (7, 9), "四": (10, 12), "4": (10, 12)}

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # 2018年1月至2019年9月: the months from one year's month to another's
    ("months_across_years", re.compile(r"(?=[12])(?P<y1>(?:19|20)\d{2})年(?P<m1>\d{1,2})月份?(?:至|到|-|—|－|–|~)"
                                       r"(?P<y2>(?:19|20)\d{2})年(?P<m2>\d{1,2})月份?")),
    # 2014年—2020年, 2016-2020年, 2019年至2021年; 2023年及2024年共计, 2020年和2021年累计 (two years summed)
    ("years_span", re.compile(r"(?=[12])(?P<y1>(?:19|20)\d{2})(?:年(?:度)?)?(?:(?P<sep>至|到|-|—|－|–|~)|(?P<both>及|和|与|、))"
                              r"(?P<y2>(?:19|20)\d{2})年(?:度)?(?(both)(?=共计|累计|合计|共|两年)|)")),
    ("fyp", re.compile(r"[“\"]?(?P<n>十[一二三四五六七八九]|十)五[”\"]?(?:期间|时期|以来)")),
    ("deadline", re.compile(_at("到至力争预") + r"(?<!截)(?<!截止)(?:到|至|力争到|力争|争取到|预计到)(?P<year>(?:19|20)\d{2})年(?:底|末)?")),
    ("since_founding", re.compile(r"(?:成立|组建|设立|挂牌|建立|运行)以来")),
    ("since_year", re.compile(r"(?P<year>(?:19|20)\d{2})年以来")),
    ("since_rel", re.compile(r"(?P<rel>今年|去年|上年|本年)(?:以来|来(?!看|说))")),  # 去年来 = 去年以来
    ("year_reviewed", re.compile(r"过去的?一年(?!多|半)")),  # 过去的一年,寿光…: the year a report early in the next reviews
    ("years_back", re.compile(_at(_N_FIRST + "两") + r"(?:(?P<n>[一两二三四五六七八九十\d]{1,2})年(?:多)?来|(?<=近)(?P<n2>[一两二三四五六七八九十\d]{1,2})年(?!前|后|[\d一二三四五六七八九十])"
                            r"|(?:(?<=过去)|(?<=过去的))(?P<n3>[两二三四五六七八九十\d]{1,2})年(?!前|后|[\d一二三四五六七八九十]))")),  # not 过去一年
    ("months_range", re.compile(_at(_Y_FIRST + _N_FIRST + "元") + _Y + r"(?P<m1>元|" + _N + r")(?:月)?(?P<sep>至|到|-|—|~|－|、)(?P<m2>" + _N + r")月(?:份)?(?P<endw>末|底)?")),
    ("quarter_first3", re.compile(_at(_Y_FIRST) + _Y + r"前(?P<nq>[二两三23])(?:个)?季(?:度)?")),
    ("holiday", re.compile(_at(_Y_FIRST + "“\"元春清五劳端中国") + _Y + r"[“\"]?(?P<hd>" + "|".join(HOLIDAYS) + r")节?[”\"]?(?:假期|小长假|长假|黄金周|期间)")),
    ("first_months", re.compile(_at(_Y_FIRST) + _Y + r"前(?P<m2>" + _N + r")(?:个)?月(?:份)?")),
    ("quarter", re.compile(_at(_Y_FIRST + "第一二三四1234") + _Y + r"(?:第)?(?P<q>[一二三四1234])季度(?P<qend>末|底)?")),
    ("half", re.compile(_at(_Y_FIRST + "上下") + _Y + r"(?P<h>上半年|下半年)")),
    ("month_end", re.compile(_at(_Y_FIRST + _N_FIRST) + _Y + r"(?P<m>" + _N + r")月(?:末|底|份末)")),
    ("day_range", re.compile(_at(_Y_FIRST + r"\d") + _Y + r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:至|到|-|—|－|~)(?:(?P<m2>\d{1,2})月)?(?P<d2>\d{1,2})日")),
    # 11月24号: a day too; not a wire's dateline (人民网孟连12月4日电, 红网时刻1月17日讯): the day the story was filed
    ("day", re.compile(_at(_Y_FIRST + r"\d") + _Y + r"(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号](?![电讯])")),
    ("month_only", re.compile(_at(_Y_FIRST + _N_FIRST) + _Y + r"(?P<m>" + _N + r")月(?:份|当月)?(?!\d|[一二三四五六七八九十]*日|[0-9]+号)")),
    ("year_end", re.compile(_at("12今去上本年") + r"(?:(?P<year>(?:19|20)\d{2})年(?:末|底)|(?P<rel>今年|去年|上年|本年)(?:年)?(?:末|底)|(?:年末|年底))")),
    ("point", re.compile(rf"{alternation('now_words.csv')}|截至|截止|期末|季末|月末|实有|余额")),  # data/now_words.csv
    # (not 2023年五月, 2023年一至五月: a month after it; 2023年五华县: a place whose name opens with a numeral)
    ("year", re.compile(r"(?P<year>(?:19|20)\d{2})年(?:度|全年)?(?![\d第]|[一二三四五六七八九十]{1,3}(?:月|季|至|到|-|—|、)|以来)")),
    ("rel_year", re.compile(r"(?P<rel>今年|去年|上年|前年|明年|本年)(?:全年|度)?(?!以来)")),
    ("full_year", re.compile(r"全年")),
]
# what a text must hold for a pattern to match at all (any one of them): a substring test is far
# cheaper than running a pattern that opens with an optional year over every position
_NEEDS: dict[str, tuple[str, ...]] = {
    "months_across_years": ("年",), "years_span": ("年",), "fyp": ("五",), "deadline": ("到", "至", "力争"), "since_founding": ("以来",),
    "since_year": ("年以来",), "since_rel": ("来",), "year_reviewed": ("过去",), "years_back": ("来", "近", "过去"), "months_range": ("月",), "quarter_first3": ("季",),
    "holiday": tuple(HOLIDAYS), "first_months": ("前",), "quarter": ("季度",),
    "half": ("半年",), "month_end": ("月末", "月底", "月份末"), "day_range": ("日",), "day": ("日", "号"), "month_only": ("月",),
    "year_end": ("年末", "年底"), "year": ("年",), "rel_year": ("年",), "full_year": ("全年",),
}
# each pattern with what it needs (``None``: nothing), looked up once instead of once per sentence
_SCANS = [(kind, rx, _NEEDS.get(kind)) for kind, rx in _PATTERNS]
# the patterns that cannot match without a 年 (a year, 今年, 过去一年, 三年来) or a 月 (5月, 1至7月, 前5个月): most sentences
# hold neither, and are tried with the rest alone (by whether they hold 年, then 月)
_YEARLY = {"months_across_years", "years_span", "deadline", "since_year", "since_rel", "year_reviewed", "years_back", "half",
           "year_end", "year", "rel_year", "full_year"}
_MONTHLY = {"months_across_years", "months_range", "first_months", "month_end", "day_range", "day", "month_only"}
_RUNS = {(y, m): [(kind, rx, needs) for kind, rx, needs in _SCANS if (y or kind not in _YEARLY) and (m or kind not in _MONTHLY)]
         for y in (False, True) for m in (False, True)}


def _year_of(m: re.Match[str], ctx_year: int, art: ArticleDate) -> tuple[int, bool]:
    gd = m.groupdict()
    if gd.get("year"):
        return int(gd["year"]), True
    rel = gd.get("rel")
    now = art.told or art.year  # 今年继续优化为17.43… in a bulletin on 2021 issued in 2022: 2021
    if rel in ("今年", "本年", "当年"):
        return now, True
    if rel == "去年":
        return art.told_last or art.year - 1, True
    if rel == "上年":  # 比上年增长: a base, the year before the article's
        return art.year - 1, True
    if rel == "前年":
        return (art.told_last or art.year - 1) - 1, True
    if rel == "明年":
        return now + 1, True
    return ctx_year, False


_CN_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")
_CN_YEAR = re.compile(r"[一二][〇零○九][〇零○一二三四五六七八九]{2}(?=年)")


def digit_years(text: str) -> str:
    """``二〇二四年`` → ``2024年``, the same length, so offsets still hold."""
    if "年" not in text or not ("〇" in text or "零" in text or "○" in text or "九" in text):
        return text  # a year in numerals has 〇 (零, ○) or 九 second: 二〇二四, 一九九八
    return _CN_YEAR.sub(lambda m: m.group().translate(_CN_DIGITS), text)


_CN_DATE = re.compile(r"(?<=\d{4}年)([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")


def _digit_date(m: re.Match[str]) -> str:
    """``十月二十日`` → ``10月20日`` (only to read a dateline; the article text is not changed)."""
    return f"{_num(m.group(1)) or 0}月{_num(m.group(2)) or 0}日"


def find_periods(text: str, art: ArticleDate, ctx_year: int | None = None) -> list[Period]:
    """Every period expression in ``text`` resolved against the article date, in text order."""
    text = digit_years(text)
    ctx_explicit = ctx_year is not None
    ctx_year = ctx_year or art.year
    matches: list[tuple[str, re.Match[str]]] = []
    taken = bytearray(len(text) + 1)  # 1 where an earlier pattern's match starts or covers
    for kind, rx, needs in _RUNS["年" in text, "月" in text]:
        if needs:  # a plain loop: a generator in ``any`` costs more than the tests it makes
            for w in needs:
                if w in text:
                    break
            else:
                continue
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            if taken[s] or (e and taken[e - 1]):
                continue
            matches.append((kind, m))
            taken[s:e] = b"\x01" * (e - s)
    matches.sort(key=lambda km: km[1].start())
    out: list[Period] = []
    for kind, m in matches:
        p = _resolve(kind, m, art, ctx_year, ctx_explicit)
        if p is None:
            continue
        if out and out[-1].label in _AS_OF and text[out[-1].end_pos : p.pos] in ("", "到") and _a_day_or_year(p):
            # 截至2014年, 截至5月, 截至今年9月30日: as of the end of the month or year named (SCHEMA: 截至… is a
            # point); 截至一季度, 截至上半年 name a span from January, the flow so far
            p = Period("", p.end, out[-1].label + p.label, "point", out.pop().pos, p.end_pos, p.explicit_year)
        out.append(p)
        if p.explicit_year and p.start[:4].isdigit() and p.kind in ("flow", "since"):
            ctx_year = int((p.end if p.kind == "flow" else p.start)[:4])  # 2019-2023年…全年: the span's last year
            ctx_explicit = True  # 去年以来…全年: 全年 is that year
    return out


_AS_OF = ("截至", "截止")
_NOW = words("now_words.csv")  # as of the moment of writing (data/now_words.csv)


def _a_day_or_year(p: Period) -> bool:
    """A month or day (``5月``, ``9月30日``) or a whole year (``2014年``), not a part of a year from its start."""
    return p.kind == "flow" and bool(p.end) and (p.start == p.end or p.whole_year)


def _resolve(kind: str, m: re.Match[str], art: ArticleDate, ctx_year: int, ctx_explicit: bool = False) -> Period | None:
    label = m.group().strip("“”\"")
    pos, end_pos = m.start(), m.end()

    def mk(start: str, end: str, k: str = "flow", explicit: bool = False) -> Period:
        return Period(start, end, label, k, pos, end_pos, explicit)

    if kind == "months_across_years":
        (y1, m1), (y2, m2) = (int(m.group("y1")), int(m.group("m1"))), (int(m.group("y2")), int(m.group("m2")))
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12 and (y1, m1) < (y2, m2)):
            return None
        return mk(ym(y1, m1), ym(y2, m2), "flow", True)
    if kind == "years_span":  # 2016-2020年: the whole of the years it spans (not its last year alone)
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if not 0 < y2 - y1 <= (1 if m.group("both") else 20):
            return None
        return mk(ym(y1, 1), ym(y2, 12), "flow", True)
    if kind == "fyp":
        n = _num(m.group("n")) or 10
        first = 1956 + (n - 1) * 5 if n else 2021
        if label.endswith("以来"):  # “十四五”以来: from its start to the article's month
            return mk(f"{first}-01", art.ym, "since", True)
        return mk(f"{first}-01", f"{first + 4}-12", "flow", True)
    if kind == "deadline":
        y = int(m.group("year"))
        if art.year and y < art.year and not m.group().startswith(("力争", "争取", "预计")):
            if m.group().endswith(("底", "末")):
                return mk("", ym(y, 12), "point", True)  # 减少到2019年底的4340人: that year's end
            return mk(ym(y, 1), ym(y, 12), "flow", True)  # 由…增加到2023年的260亿元: a year gone by, not an aim
        return mk("", f"{y}-12", "target", True)
    if kind == "since_founding":
        return mk(art.founded, art.ym, "since", bool(art.founded))
    if kind == "since_year":
        return mk(f"{int(m.group('year'))}-01", art.ym, "since", True)
    if kind == "since_rel":
        y, _ = _year_of(m, ctx_year, art)
        told = art.told and m.group("rel") in ("今年", "本年")  # 今年以来 in a text telling a past year as 今年: that year
        return mk(f"{y}-01", ym(y, 12) if told else art.ym, "since", True)
    if kind == "year_reviewed":  # SCHEMA: a work report's review (过去一年) is of the year reviewed
        y = art.reviewed or (art.year - 1 if 1 <= art.month <= 3 else art.year if art.month >= 10 else 0)
        return mk(ym(y, 1), ym(y, 12), "flow", True) if y else None
    if kind == "years_back":  # 三年来, 近三年: the months up to the article's
        n = _num(m.group("n") or m.group("n2") or m.group("n3"))
        if not n or n > 10:
            return None
        if n == 1 and ctx_explicit and ctx_year == art.year - 1:
            return mk(ym(ctx_year, 1), ym(ctx_year, 12), "flow", True)  # 一、2023年工作回顾 … 一年来 (in 2024): that year
        if art.reviewed and (n > 1 and m.group("n3") or n > 2 and m.group("n")):
            # 过去(的)五年, 五年来 in a work report delivered in February 2016 (or December 2015): the years reviewed,
            # 2011-2015, as 过去一年 is the year reviewed (SCHEMA); 两年来 stays the 24 months up to the report's
            return mk(ym(art.reviewed - n + 1, 1), ym(art.reviewed, 12), "flow", True)
        return mk(ym(art.year, art.month - 12 * n + 1), art.ym, "since", True)
    y, explicit = _year_of(m, ctx_year, art)
    if kind == "months_range":
        m1, m2 = 1 if m.group("m1") == "元" else _num(m.group("m1")), _num(m.group("m2"))  # 元月至10月: January on
        if not m1 or not m2 or not 1 <= m1 <= m2 <= 12 or (m.group("sep") == "、" and m2 != m1 + 1):
            return None  # 1、2月份 is January and February; 3、5月 is not a span
        if m.group("endw"):
            return mk("", ym(y, m2), "point", explicit)
        return mk(ym(y, m1), ym(y, m2), "flow", explicit)
    if kind == "first_months":  # 前10月, 前5个月: January to that month
        m2 = _num(m.group("m2"))
        if not m2 or m2 > 12:
            return None
        return mk(ym(y, 1), ym(y, m2), "flow", explicit)
    if kind == "holiday":  # “五一”假期: the holiday's months (Labour Day spans the turn of April and May)
        a, b = holiday_months(m.group("hd"), y)
        return mk(ym(y, a), ym(y, b), "flow", explicit)
    if kind == "quarter_first3":  # 前三季度, 前三个季度, 前两季度: January to the last quarter's end
        return mk(ym(y, 1), ym(y, 3 * (_num(m.group("nq").replace("两", "二")) or 3)), "flow", explicit)
    if kind == "quarter":
        a, b = _QUARTERS[m.group("q")]  # 一季度末: a point at the quarter's last month (SCHEMA: 季末)
        return mk("", ym(y, b), "point", explicit) if m.group("qend") else mk(ym(y, a), ym(y, b), "flow", explicit)
    if kind == "half":
        a, b = (1, 6) if m.group("h") == "上半年" else (7, 12)
        return mk(ym(y, a), ym(y, b), "flow", explicit)
    if kind == "month_end":
        mo = _num(m.group("m"))
        if not mo or mo > 12:
            return None
        return mk("", ym(y, mo), "point", explicit)
    if kind == "day_range":  # 10月1日至7日, 3月18日至6月26日: the months of a span of days (not one day)
        m1, m2 = int(m.group("m")), int(m.group("m2") or m.group("m"))
        if not 1 <= m1 <= m2 <= 12:
            return None
        return mk(ym(y, m1), ym(y, m2), "flow", explicit)
    if kind == "day":
        mo = int(m.group("m"))
        if not 1 <= mo <= 12:
            return None
        return mk(ym(y, mo), ym(y, mo), "flow", explicit)
    if kind == "month_only":
        mo = _num(m.group("m"))
        if not mo or mo > 12:
            return None
        return mk(ym(y, mo), ym(y, mo), "flow", explicit)
    if kind == "year_end":
        if not explicit and not ctx_explicit:
            y = art.year - 1 if art.month <= 3 else art.year  # 年末 in an early-year report: last year's end
        return mk("", ym(y, 12), "point", explicit)
    if kind == "point":  # 余额: the article's month, or the end of the period a report dated by its content is about
        if m.group().startswith("多") and re.search(r"[\d一二三四五六七八九十百]$", m.string[: m.start()]):
            return None  # 十多年来: a count of years (years_back), not 多年来
        now = m.group() in _NOW  # 目前, 截至目前, 累计: the moment of writing, not the reported period's end
        return mk("", art.ym if now else (art.point_end or art.ym), "point", False)
    if kind == "year":
        return mk(ym(y, 1), ym(y, 12), "flow", True)
    if kind == "rel_year":
        return mk(ym(y, 1), ym(y, 12), "flow", True)
    if kind == "full_year":
        y = ctx_year if ctx_explicit else (art.year - 1 if art.month <= 3 else art.year)
        return mk(ym(y, 1), ym(y, 12), "flow", ctx_explicit)  # 2018年,…全年: that year, as if written
    return None
