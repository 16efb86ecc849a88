"""The frames around a figure's words that say nothing of what it measures.

Owns: the field and frame of a ranking (``全市七个县市区中排名``, ``居宿迁市``), how a figure is computed
(``按可比价计算``, ``扣除…因素影响``) and a place standing with its amount (``甲市以292亿元位列第一``):
``labels.indicator_of`` strips them before it reads the label; and the words after a list of places each with its
figure in brackets (``甲区(13.0%)和乙市(8.2%)地区生产总值增速分别…``), which name what they all measure.
"""

from __future__ import annotations

import re

# the field a rank is taken in, before the rank word: 全市七个县市区中排名, 在主城几个区域中排名, 全市同类型乡镇增速排名
# (全盟排位, 在四县中排名), or a place's field standing alone in a run of ranks (第二名、甲市第一名)
_RANK_FIELD = re.compile(r"(?:在|于)?(?:[\u4e00-\u9fff]{0,10}?(?:县市区|市县区|区县|县区|县市|乡镇|区域|城区|地区|[一二三四五六七八九十\d]+[县市区])"
                         r"|全[国省市州盟县区]|[省市区县]内)(?:中|之中|里)?(?=(?:增速|增幅|总量)?(?:排名|排位|排在|排|位居|位列|居|列))"
                         r"|^[、和及]全?[\u4e00-\u9fff]{0,6}?[省市州盟县区]?$")


_BRACKETED = re.compile(r"\([^()]*\)|^[^()]*\)中?")  # 区)中排名: the field's tail after a 、
_FRAME_PLACE = re.compile(r"(?<=[居排列])全?[\u4e00-\u9fff]{1,6}?(?:省|市|州|盟|县|区)(?:各[县市区乡镇]{1,3})?")  # 居宿迁市


def without_rank_frame(pre: str) -> str:
    """``增速居宿迁市第一``, ``全市七个县市区中排名第一``: the ranking's frame (居宿迁市) and field are not part
    of the label."""
    return _FRAME_PLACE.sub("", _RANK_FIELD.sub("", _BRACKETED.sub("", pre)))


# how a figure is computed, not what it measures: 按可比价计算, 按2022年平均汇率计算, 扣除留抵退税因素影响, 剔除…因素后
_QUALIFIER = re.compile(r"按照?[^,;按]{0,12}?(?:计算|口径)(?:下)?|(?:扣除|剔除)[^,;]{0,20}?因素(?:影响|后)?|\(下同\)")


# a place standing with its amount in a ranking: 甲市以292亿元位列第一, 乙县也以85亿元跻身…, 以120亿元的GDP总量居…
_BY_AMOUNT = re.compile(r"(?<=[\u4e00-\u9fff])(?:也|则|仍|依旧|依然)?以$")
_NAMED_AFTER = re.compile(r"的([^,;。]{2,12}?)(?:位|居|排|列|领跑|跻身|稳居|$)")  # 以120亿元的GDP总量居…


def by_amount(pre: str, post: str) -> str:
    """``甲市以292亿元位列第一``: 以 before an amount says nothing of what it measures; what 的 names after the
    amount does (``以120亿元的GDP总量居全省第三`` → ``GDP总量``)."""
    if "以" not in pre or not _BY_AMOUNT.search(pre):  # the pattern opens on a lookbehind, tried at every position
        return pre
    named = _NAMED_AFTER.match(post)
    return _BY_AMOUNT.sub("", pre) + (named.group(1) if named else "")


def without_qualifier(pre: str) -> str:
    """``按可比价计算,增长6%``: the words before a figure without how it is computed."""
    return _QUALIFIER.sub("", pre) if "按" in pre or "除" in pre or "下同" in pre else pre  # what a match must hold


# a name glossed in parentheses right before the figure: 占常住人口比重(常住人口城镇化率)为45.71%, (城镇化率[5])45.89%
_GLOSS = re.compile(r"\(([\u4e00-\u9fffA-Za-z]{2,16})(?:\[\d+\])?\)(?:为|是|达到?)?$")


def glossed_name(pre: str) -> str:
    """``城镇人口占全县常住人口的比重(城镇化率)为51.6%``: the name a parenthesised gloss right before the figure gives
    what it measures (the statistical name of a share the words before spell out), or ""."""
    m = _GLOSS.search(pre)
    return m.group(1) if m else ""


# the rest of a list of places each with its figure in brackets, after the first figure: ``)和灵武市(8.2%)``
_BRACKETED_RUN = re.compile(r"^[^()（）]{0,4}[)）](?:[、和及与,，][^、,，;；。()（）]{1,10}[(（][^()（）]{1,16}[)）])*")
_LIST_VERB = re.compile(r"分别|均|位列|位居|排名|排在|居")


def after_bracketed_list(pre: str, rest: str) -> str:
    """``西夏区(13.0%)和灵武市(8.2%)地区生产总值增速分别位列…``: for a figure in brackets right after its place, in a
    list of such, the words right after the list (up to 分别, 位列…), which name what the listed figures measure;
    else ""."""
    if not pre.endswith(("(", "（")) or not (run := _BRACKETED_RUN.match(rest)):
        return ""
    return _LIST_VERB.split(rest[run.end() :], maxsplit=1)[0]
