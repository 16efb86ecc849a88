"""Where a text was written, as opposed to what it is about.

Owns: the places a page names as its publisher or author (``来源:无锡市锡山区人民政府``), in a dateline
(``央广网贵阳11月8日消息``), in a brand's name (``ZAKER贵阳``), as a step of the site's breadcrumb trail
(``首页 > 国内资讯 > 江西新闻``) or in the site's menu (``溫州 紹興 衢州 淳安 岱山 桐廬 文娛``): ``is_in_source``;
and where each of several wire stories printed on one page starts (``wire_story_starts``).
"""

from __future__ import annotations

import re
from functools import lru_cache

# a publisher or author field: ``来源:无锡市锡山区人民政府``
_SOURCE_FIELD = re.compile(r"(?:来源|来源于|发布[\u4e00-\u9fff]{1,3}|供稿|作者|编辑)[::]?\s*[^\s,。;!?]{0,14}$")  # 发布开发区:
_DATELINE_PLACE = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:\d{1,2}月\d{1,2}日)?(?:电|讯|消息)(?:\(|（|\s|$)")
_BRAND = re.compile(r"[A-Z]{2}$")  # ZAKER贵阳
_TRAIL = re.compile(r"\s?[>＞›»]\s?")  # 首页 > 国内资讯 > 江西新闻
_TRAIL_MARK, _MENU_GAP = re.compile("[>＞›»]"), re.compile("[ |丨]")  # a trail's step marks; a menu's gaps


@lru_cache(maxsize=1024)  # each rule that weighs a place asks it again of the same mention
def is_in_source(text: str, pos: int) -> bool:
    """A publisher's field (``来源:无锡市锡山区人民政府``), a dateline's place (``央广网贵阳11月8日消息``, ``本报吕梁8月5日
    讯``), a place in a brand's name (``ZAKER贵阳``) or in the site's trail or menu: where the text was written, not
    what it is about."""
    if _SOURCE_FIELD.search(text[max(0, pos - 20) : pos]) or _BRAND.search(text, max(0, pos - 2), pos):
        return True
    if _a_trail_step(text, pos) or _a_menu(text, pos):
        return True
    return bool(_DATELINE_PLACE.match(text, pos, pos + 32))


def _around(text: str, pos: int) -> tuple[int, int]:
    """The 200 characters either side of ``pos``: a trail or a menu is short, a long paragraph is read no further."""
    return max(0, pos - 200), min(len(text), pos + 200)


def _a_trail_step(text: str, pos: int) -> bool:
    """``首页 > 国内资讯 > 江西新闻``: a short step of a site's breadcrumb trail is a section of the site."""
    lo, hi = _around(text, pos)
    start, end = (text.rfind("\n", lo, pos) + 1) or lo, text.find("\n", pos, hi)
    end = hi if end < 0 else end
    if not _TRAIL_MARK.search(text, start, end):  # (looked for in place: the line is not copied)
        return False
    cuts = [(m.start(), m.end()) for m in _TRAIL.finditer(text, start, end)]
    step_start = max((e for s, e in cuts if e <= pos), default=start)
    step_end = min((s for s, e in cuts if s >= pos), default=end)
    return len(cuts) >= 2 and step_end - step_start <= 12


# what ends a run of a menu's items: a figure, a sentence's or a clause's mark, a line's end
_MENU_END = re.compile(r"[\d,。;:!?,:、()()“”\"\n]")


def _a_menu(text: str, pos: int) -> bool:
    """``最新原创 专题 新经济 … 温州 绍兴 衢州 淳安 岱山 桐庐 文娱 元宇宙您的位置:``, ``今日宿州 今日萧县 今日砀山 今日灵璧``: a
    run of five or more short items (two to eight characters) set apart by spaces or bars, with no figure and no
    sentence in it, is the site's menu (the first and last item may run into the text around it)."""
    if not _MENU_GAP.search(text, max(0, pos - 9), pos + 9):
        return False  # a menu's items are set apart: a name with no space or bar beside it is in running text
    lo, hi = _around(text, pos)
    start = max((m.end() for m in _MENU_END.finditer(text, lo, pos)), default=lo)
    end = m.start() if (m := _MENU_END.search(text, pos, hi)) else hi
    items = text[start:end].replace("|", " ").replace("丨", " ").split()
    return len(items) >= 5 and all(2 <= len(t) <= 8 for t in items[1:-1])


# a wire story's dateline opening a paragraph: 本报宁波11月17日电, 新华社南宁3月2日电, 中新网中卫8月9日电
_WIRE = re.compile(r"(?m)^\s*(?:本报|新华社|中新网|人民网|央广网)?[\u4e00-\u9fff]{2,8}\d{1,2}月\d{1,2}日(?:电|讯)")


def wire_story_starts(text: str) -> list[int]:
    """Where each wire story of a page that prints two or more of them starts, past its dateline (whose place is
    where the story was filed): ``本报宁波11月17日电 …``, then ``本报天台11月17日电 …``."""
    starts = [m.end() for m in _WIRE.finditer(text)]
    return starts if len(starts) >= 2 else []
