"""Find places in a ranking: ``增速排全区第四位`` → 4 位, ``居全省首位`` → 1 位, ``位列前20名`` → 20 位.

Owns: the rank patterns (a ranking verb, its scope, the ordinal) and the ranks listed right after a rank
(``总量全市第一、全省第二``). It does not decide what is ranked; that is the labels' and lists' work.
"""

from __future__ import annotations

import re

from .numerals import Figure, chinese_to_number

# ``增速排全区第四位``; also a measure word right before the ranking's frame (``总量全市第二``, ``增速全市第一``)
_RANK_VERB = r"(?:排名|排在|排|居于|居|位居|位列|位于|列|名列|跃居|升至|稳居|保持|获得|荣获|获|夺得|勇夺|摘得|稳坐|蝉联|(?:总量|增速|增幅|总额|规模)(?=全|[\u4e00-\u9fff]{1,4}[省市县区州盟]第))"
# a ranking's field may count its members (全市6县市, 吉林省9市州(下同), 全省(122个县、市、区)) or name its year
# (排在2021年全省…): those numbers frame the ranking and are no figure of their own
_FIELD_NUMBER = r"\(\d{0,4}个?[^()\d]{0,10}\)|\d{1,3}个?(?=[县市区州盟旗乡镇地])|(?:19|20)\d\d年"
_RANK = re.compile(
    _RANK_VERB
    + r"(?P<scope>(?:\([^()\d]{0,8}\)|" + _FIELD_NUMBER + r"|[^\d,。;!?、(]){0,16}?)(?:第(?P<num>[一二三四五六七八九十\d]+)(?![批届次轮期个项条家年方梯阵档])(?:位|名)?|(?P<first>首位|榜首|第一(?![批届次轮期个项条家年方梯阵档])))"
)
# 总量全市第一、全省第二; 分别居第一、第七位; 全省(122个县、市、区)第二: a rank listed right after a rank, with or
# without its own scope
_RANK_MORE = re.compile(
    r"[、和](?P<scope>(?:\([^()]{0,16}\)|[^\d,。;、第:(]){0,10}?)第(?P<num>[一二三四五六七八九十\d]+)(?![批届次轮期个项条家年产方梯阵档\d])(?:位|名)?")
# 分获一类镇第一、二、三名: the ordinals after a rank may drop their 第
_RANK_MORE_BARE = re.compile(r"、(?P<num>[一二三四五六七八九十\d]{1,2})(?=[、名位])(?:名|位)?")
# 位列前20名, 居全省前五位, 排名前5, 跻身全国前十, 位列全省十强: a place among the top N is ranked N
_TOP = re.compile(
    r"(?:" + _RANK_VERB + r"|跻身|进入|入围|榜单)(?P<scope>(?:" + _FIELD_NUMBER + r"|[^\d,。;!?、()“”\"]){0,12}?)"
    r"(?:前(?P<num>[一二三四五六七八九十\d]+)(?:(?P<suffix>位|名|强|甲)|(?=[,。;!?、)]|$))"
    r"|(?P<strong>[一二三四五六七八九十\d]+)强(?=[,。;!?、)]|$))")
# GDP排名前三的依然是苏州、南京、无锡, 投资增速前三位的是唐山…, 后五位的分别为:…: the top (or bottom) N of a
# ranking named one by one, each ranked N (its places are read by lists.top_listed)
TOP_LIST = re.compile(r"(?<![\d一二三四五六七八九十第])[前后](?P<num>[二三四五六七八九十\d]{1,2})(?:位|名|强)?的?"
                      r"(?:依然|仍然|分别|依次)?(?:是|为)[:：]?")


def is_top_list(f: Figure) -> bool:
    """``前三位的是``: a rank read from ``TOP_LIST``, whose places are listed after it."""
    return f.kind == "rank" and TOP_LIST.fullmatch(f.raw) is not None


# 长江第三大岛, 全省第二大城市: the Nth largest of its kind holds place N
_NTH_LARGEST = re.compile(r"第(?P<num>[一二三四五六七八九十\d]{1,3})大(?=[\u4e00-\u9fff])")
# 从全省第12位提升到第10位, 百强县市第95位: an ordinal counted in 位 or 名 is a placing even with no
# ranking verb before it (第9期, 第四批 are names; 第3位 is a place); 高于第二位 compares with the place, it holds none,
# 放在第一位 puts a thing first, and 第三到第五位 spreads places over several things: neither is one placing
_PLACE_ORDINAL = re.compile(r"(?<!高于|低于|超过|领先|落后)(?<![于在])第(?P<num>[一二三四五六七八九十\d]{1,3})(?:位|名)")
_RANGE_OPEN = re.compile(r"第[一二三四五六七八九十\d]{1,3}(?:位|名)?[到至]$")
_DOUBLE_FIRST = re.compile(r"[“\"]?(?P<n>双|三|四)第一[”\"]?")


def _ordinal(num: str) -> float:
    """``20`` → 20, ``十`` → 10; 0 when the numerals read as no number."""
    return float(num) if num.isdigit() else (chinese_to_number(num) or 0)


def _more_at(text: str, at: int) -> re.Match[str] | None:
    """A rank listed right at ``at`` after another (``、全省第二``, ``、二``)."""
    return _RANK_MORE.match(text, at) or _RANK_MORE_BARE.match(text, at)


def _top_ranks(text: str) -> list[Figure]:
    """``位列前20名`` → 20 位, ``跻身全国前十`` → 10 位, ``位列全省十强`` → 10 位: a place among the top N; ``前三位的是``
    before the places it lists (``TOP_LIST``) is read first, one figure for them all."""
    out: list[Figure] = []
    for m in TOP_LIST.finditer(text):
        value = _ordinal(m.group("num"))
        if value > 1 and "\u4e00" <= text[m.end() : m.end() + 1] <= "\u9fff":  # (a name follows)
            out.append(Figure(m.start(), m.end(), value, "位", "under", kind="rank", raw=m.group()))
    lists = list(out)
    for m in _TOP.finditer(text):
        value = _ordinal(m.group("num") or m.group("strong"))
        if value > 1 and not any(r.start <= m.end() - 1 < r.end for r in lists):
            s = m.start("num") - 1 if m.group("num") else m.start("strong")
            out.append(Figure(s, m.end(), value, "位", "exact", kind="rank", raw=m.group()))
    return out


def find_ranks(text: str) -> list[Figure]:
    """``增速排全区第四位`` → 4 位; ``居全省首位`` → 1 位; ``全省第二大城市`` → 2 位."""
    out: list[Figure] = _top_ranks(text) if "前" in text or "强" in text or "后" in text else []
    if "第" not in text and "首位" not in text and "榜首" not in text:
        return out  # no rank can be named
    listed: set[int] = set()  # ends of ranks read as listed after another (排名第一、综合保税区全省排名第二: once)
    for m in _RANK.finditer(text):
        if m.group("first"):
            value = 1.0
            s, e = m.start("first"), m.end("first")
        else:
            value = _ordinal(m.group("num"))
            s, e = m.start("num") - 1, m.end()
        if value <= 0 or e in listed:
            continue
        out.append(Figure(s, e, value, "位", "exact", kind="rank", raw=m.group()))
        more = _more_at(text, m.end())
        while more:
            value = _ordinal(more.group("num"))
            if value > 0:
                out.append(Figure(more.start("num") - 1, more.end(), value, "位", "exact", kind="rank", raw=more.group()))
                listed.add(more.end())
            more = _more_at(text, more.end())
    for m in _PLACE_ORDINAL.finditer(text):
        value = _ordinal(m.group("num"))
        if value > 0 and not _RANGE_OPEN.search(text, max(0, m.start() - 6), m.start()) and not any(r.start <= m.start() < r.end or m.start() <= r.start < m.end() for r in out):
            out.append(Figure(m.start(), m.end(), value, "位", "exact", kind="rank", raw=m.group()))
    for m in _NTH_LARGEST.finditer(text) if "大" in text else ():
        value = _ordinal(m.group("num"))
        if value > 0 and not any(r.start <= m.start() < r.end for r in out):
            out.append(Figure(m.start(), m.end(), value, "位", "exact", kind="rank", raw=m.group()))
    for m in _DOUBLE_FIRST.finditer(text) if "第一" in text else ():
        n = {"双": 2, "三": 3, "四": 4}[m.group("n")]
        for _ in range(n):
            out.append(Figure(m.start(), m.end(), 1.0, "位", "exact", kind="rank", raw=m.group()))
    return out
