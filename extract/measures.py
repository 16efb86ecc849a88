"""What a figure measures: a level, count, growth, change, share, rank, ratio, points or a target.

Owns: the measure of a figure from the words around it (``measure_of``), how the sentence and
paragraph change it (a plan's figures are targets, ``…最慢,为2.1%`` continues a growth), the
re-reading of a forecast of a period already over when written (``预计全年增长7%`` in January), the
sign of falls and gaps (``下降3.2%``, ``低于…0.8个百分点``) and growth written as a multiple
(``增长1.5倍`` is 150%).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .indicators import match_indicator
from .numbers import AREA_UNITS, COUNTER_UNITS, Figure
from .periods import ArticleDate, Period
from .schema import Row
from .vocabulary import (
    CHANGE,
    CLAUSE,
    COMPLETION,
    FALL,
    FASTEST,
    GAP_BELOW,
    GROWTH,
    MOVED_TO,
    PLAN,
    RATE_COMPARED_VERB,
    TARGET,
    alternation,
    words,
)

# patterns the measure rules read, compiled once
_TIMES_GROWTH = re.compile(r"(?:增长|提高|增加|翻)了?$")  # 增长1.5倍
_BUDGET_OPENS = re.compile(r"预算为$")  # 年初预算为:…
# …的目标; 其余的86个项目也将全部开工: a count of steps still to come
_AIM_AFTER = re.compile(r"^(?:的)?目标|^[^,;。\d]{0,6}?(?:也将|还将|将)(?:全部|陆续|全面|相继)?(?:开工|开复工|复工|竣工|投产|签约|建成)")
_OF_THE_TASK = re.compile(r"完成年度目标任务的$|目标任务的$|(?:计划投资|投资计划|投资任务)的$|完成(?:年度|全年)?(?:计划投资|投资计划|投资任务)$")  # 完成年度目标任务的52%, 完成年度投资计划的61%
_STILL_AIMED = re.compile(r"力争|预计|将|计划|争取|确保|到20\d\d年")  # a change still to come
_SPREAD = re.compile(r"增长面|覆盖面")  # 增长面达68.4%
_PART_OF = re.compile(r"占|比重|比例|率")
_GROWS = re.compile(r"增长|增速")
_REACHES = re.compile(r"提高至|提升至|达到?$|为$")  # 提高至35%
_DONE_OF = re.compile(r"完成[^,;]{0,14}的$|已?完成$|完成率")  # 完成年度目标的52%
_AGAINST_START = re.compile(r"^[比较](?:上年末|年初)")  # 比年初增加3个
_MINUS_SIGN = re.compile(r"(?:^|[^\d.)])[-−]$")  # 增长-1.2%, not a range's dash
_RANK_MOVE = re.compile(rf"(?:{alternation('rank_move_words.csv')})了?$")  # 较上年前进3位: a move in a ranking
_RANK_PLACE = re.compile(r"(?:排名|排在|排|位列|位居|居于|居|名列|跃居|升至|\d+强)[^,;。\d]{0,12}?(?:前|第)?$")  # 位列79位
_BY_KIND = {"rank": "rank", "ratio": "ratio", "structure": "share"}  # 排名第3位, 城乡收入比2.1:1, 三次产业结构


def times_as_percent(f: Figure, pre: str) -> None:
    """``增长1.5倍``: a growth written as a multiple is a growth of 150%."""
    if f.unit == "倍" and _TIMES_GROWTH.search(pre):
        f.value, f.unit = round(f.value * 100, 6), "%"


_GROWN_FROM = re.compile(rf"从[^,;。]{{0,24}}{MOVED_TO}")


# 占全年目标任务6.9万人的111%, 引进企业21家(任务数18家): the size of the task itself
_TASK_SIZE = re.compile(r"(?:目标任务|任务数)(?:占比)?[为是]?$")
# a budget or plan as passed, not as done: 占年计划100500万元的112.29%, 收入预算安排290000万元, 经…人民代表大会…批准全旗
# 一般公共预算收入83.318亿元, 经报人大常委会批准,调整为104500万元
_BUDGETED = re.compile(r"占(?:年|全年|年度|年初)?(?:计划|预算)$|(?:预算|收入|支出)安排(?:共计)?$"
                       r"|(?:人民代表大会|人大|人代会)[^,;。]{0,16}?(?:批准|审议通过|审查批准)|调整为$")


# 完成全年目标任务1200人的114%, 完成全年43亿元目标任务的34.82%: the rate of a task whose size is written in it
_OF_TASK = re.compile(r"(?:目标任务|任务数|预算数|预算|计划|任务)[\d.]+[^\d,;。的]{0,3}的$"
                      r"|(?:占|完成)[^,;。\d]{0,6}[\d.]+(?:万|亿)?[^\d,;。的]{0,3}(?:目标任务|任务|计划|预算)数?的$")


# 项目达产达标后,可实现年销售收入83.2亿元: the clause before says "once running", so what follows is to come
_ONCE_BUILT = re.compile(r"(?:达产|建成|投产|达效|建成投产)(?:达标|达效)?后[,，][^,;。，；]*$")


# 较年初预算40860万元, 占调整预算数539267万元的99.6%, 年初预算为:一般公共预算收入76908万元: a budget is a plan
# 收入计划34888万元, 支出年初计划202349万元, 由年初的76908万元调整为73408万元: the plan a budget report measures against
_BUDGET_SIZE = re.compile(r"(?:(?:年初|调整)预算数?|预算数|(?:收入|支出)(?:年初)?计划|年初计划)[为是]?[:：]?$")
_ADJUSTED = re.compile(r"调整为$")  # 税收收入调整为44300万元, in a sentence about the budget
_ADJUSTED_FROM = re.compile(r"由年初的?$")  # 由年初的76908万元调整为…, not 企业由年初的120家增加到150家


# 占预算92390万元的108.1%, 占年度计划56.4亿元的59.2%, 完成市下达任务100亿的100.2%: the plan a rate is taken of
_PLAN_OF_A_RATE = re.compile(r"(?:占|完成|为)(?:年初|全年|年度|调整|全年目标|市下达的?|省下达的?)?(?:预算|计划|目标任务|目标|任务)数?$")
_RATE_AFTER = re.compile(r"^[^\d,;。的]{0,3}的(?:\d|$)")  # post ends at the next figure, the rate


def _budgeted(f: Figure, pre: str, before_sent: str, post: str = "") -> bool:
    """A sum right after 年初预算/调整预算数/预算数 (or in a sentence opening with ``年初预算为:``) is the budget, a
    target; so is the sum of a plan or budget the rate after it is taken of (``完成预算46508万元的100.8%``)."""
    if f.unit == "%":
        return False  # 占调整预算100.93%: a completion rate
    opening = _opening(before_sent)
    of_a_rate = bool(_PLAN_OF_A_RATE.search(pre.strip())) and bool(_RATE_AFTER.match(post))
    adjusted = (bool(_ADJUSTED.search(pre)) and "预算" in before_sent) \
        or (bool(_ADJUSTED_FROM.search(pre)) and post.startswith("调整"))
    return bool(_BUDGET_SIZE.search(pre) or _BUDGET_OPENS.search(opening)) or of_a_rate or adjusted


_SITE_SIZE = re.compile(r"规划(?:总)?(?:面积|核心区|拓展区|用地|占地|范围)")


# 总投资85.9亿元、年度投资56.6亿元: the sum a list of projects is to invest this year (not 年度投资完成7.6亿元)
_YEAR_S_SUM = re.compile(r"(?<!完成)(?<!实际)(?:年度|年内|本年度|当年|全年)投资(?:额)?(?:为|达|约|近|超)?$")


# 年内计划投资29亿元, 年度计划投资86亿元, 年度投资140亿元: a project list's plan for the year, whose aim ends with it
_PLAN_SUM = re.compile(r"(?:年度|年内|本年度|当年|全年|年)(?:计划)?(?:完成)?投资(?:计划)?(?:额)?(?:为|达|约|近|超)?")
_PLAN_OF_THE_YEAR = re.compile(_PLAN_SUM.pattern + "$")


def _year_s_plan(f: Figure, pre: str) -> bool:
    """``实施重点项目105个,总投资258.4亿元,年度投资140.3亿元``: the year's investment of a list of projects is its
    plan for the year (SCHEMA Project figures: 年度计划投资 is a target), unless the words say it is done."""
    return f.unit in ("元", "美元") and bool(_YEAR_S_SUM.search(pre.strip()))


def _planned_area(f: Figure, before_sent: str) -> bool:
    """``产业园规划面积19.17平方公里``, ``规划核心区11.2平方公里``: a planned area is the site's size (a level), when
    规划 is the sentence's only aim word."""
    return f.unit in AREA_UNITS and bool(_SITE_SIZE.search(before_sent)) \
        and not TARGET.search(_SITE_SIZE.sub("", before_sent))  # 规划建设厂房22万平方米 stays a target


@lru_cache(maxsize=64)  # asked by is_target and _budgeted (and forecast_as_result) about one figure
def _opening(before_sent: str) -> str:
    """The sentence's first clause when another follows it (else "")."""
    first_mark = CLAUSE.search(before_sent)
    return before_sent[: first_mark.start()] if first_mark else ""


def is_target(before_sent: str, pre: str, post: str) -> bool:
    """``力争地区生产总值增长6%``: a target word (data/aim_words.csv) in the figure's own clause or in the
    sentence's opening clause, or ``…的目标`` right after it."""
    if _AIM_AFTER.match(post):
        return True
    if _OF_THE_TASK.search(pre):
        return False
    if _TASK_SIZE.search(pre):
        return True
    if ("从" in before_sent or "从" in post[:12]) and _GROWN_FROM.search(before_sent + post[:12]) \
            and not _STILL_AIMED.search(before_sent):  # (a change from… needs its 从)
        return False  # 规划从建园时的10平方公里拓展至266平方公里, 企业从8家增加至325家: a change already made
    if TARGET.search(pre) or _BUDGETED.search(pre):
        return True  # (the sentence's opening is read only when the figure's own words name no aim)
    if _ACTUAL.search(pre):
        return False  # 计划建成项目5个,实际建成项目11个: what was done against the plan the sentence opened on
    opening = _PLAN_SUM.sub("", _opening(before_sent))  # 开工项目20个、年内计划投资15亿元,其中…: the plan's sum is no aim of the sentence
    budgeted = _BUDGETED.search(opening) and not _DONE_SINCE.search(before_sent, len(opening))  # (…审议批准,…收入计划
    return bool(TARGET.search(opening) or budgeted or _ONCE_BUILT.search(before_sent))  # 34,888万元,…收入完成34,264万元)


_ACTUAL = re.compile(r"实际(?!利用|使用|到位)")
_DONE_SINCE = re.compile(rf"(?<!计划)完成|{_ACTUAL.pattern}")
_SAYS_DONE = re.compile(rf"已|{_ACTUAL.pattern}|去年|上年|完成了|目前|(?<!计划)完成投资")  # 年度投资计划30亿元,完成投资18亿元


def _aim_goes_on(before_sent: str, prev: Row | None) -> bool:
    """``力争…项目60个,固定资产投资增长10%以上``: the aims of one sentence, until 已/实际/去年… says otherwise."""
    return prev is not None and prev.measure == "target" and not _SAYS_DONE.search(before_sent[prev.fig.end :]) \
        and not _PLAN_OF_THE_YEAR.search(before_sent[: prev.fig.start].strip()) \
        and not _TASK_SIZE.search(before_sent[: prev.fig.start]) \
        and not _PLAN_OF_A_RATE.search(before_sent[: prev.fig.start].strip()) \
        and not _BUDGET_SIZE.search(before_sent[: prev.fig.start])  # 引进企业21家(任务数18家),到位资金36亿元


# the sentence's last measure word before a bare % names a growth (增速, 增幅, 负增长), not a part (占, 比重, …率)
_GROWTH_TOPIC = re.compile(r"(?:增速|增幅|增长率|负增长)[^占比重例率;。,]*(?:,[^占比重例率;。,]*)?$")  # this clause or the one before
_GROWTH_AFTER = re.compile(r"^的(?:正向|正)?(?:增速|增幅|增长率|增长)")  # 以10.1%的增速位列第三, 实现10%的正向增长
_OF_A_WHOLE_AFTER = re.compile(r"^(?:以上|左右)?的[\u4e00-\u9fff]")  # 60%的家庭, 95%以上的家庭, 86.9%的森林覆盖率
_GROWTH_LIST = re.compile(r"(?:增幅|增速|增长率)[^,;。占比重]{0,24}[,:]?分别(?:为|是)[^;。]*$")
_REACHES_ONLY = re.compile(r"达到?|为")
# 分别高于全省(6.3%)、金华(6.7%)2.4个百分点, 较一季度(-10.8%)回升2.1个百分点: a rate in brackets after what a growth
# is compared with, or before a gap in points, is that one's growth
_BRACKET_OPENS, _BRACKET_CLOSES = re.compile(r"[(（][-−]?$"), re.compile(r"^[)）]")
_COMPARED_WITH = re.compile(rf"(?:{RATE_COMPARED_VERB}|[较比])[^,;。()（）]{{0,10}}[(（][-−]?$")
_POINTS_AFTER = re.compile(r"^[^;。]{0,40}?个?百分点")


_RATE_OR_INDEX = re.compile(r"(?:出生|死亡|自然增长)率(?:为|是|达)?$|指数(?:\([^()]{0,12}\))?(?:为|是)$")


def _of_percent(pre: str, before_sent: str, prev: Row | None, post: str = "") -> str:
    """``占比35%`` is a share, ``增长7.2%`` a growth, ``增速最快,达6.0%`` the fastest growth; a bare ``、8%``
    continues the figure before."""
    if _RATE_OR_INDEX.search(pre):
        return "level"  # 人口出生率8.35%, 居民消费价格总指数为100.8%: a rate of the population or an index's level
    if _SPREAD.search(pre) or (_PART_OF.search(pre) and not _GROWS.search(pre[-4:])):
        return "share"  # 增长面达68.4%: the share of industries growing
    if _REACHES_ONLY.fullmatch(pre) and FASTEST.search(before_sent[: len(before_sent) - len(pre)]):
        return "growth"  # 邵武市地区生产总值增速最快,达6.0%;光泽县最慢,为2.1%
    if GROWTH.search(pre):
        return "growth"
    if _bracketed_growth(pre, post, prev):
        return "growth"
    if (_GROWTH_TOPIC.search(before_sent) or _GROWTH_AFTER.match(post)) and not _PART_OF.search(pre):
        return "growth"  # 增速最快的是曲靖,达到12%; 负增长,分别为酒泉市(-8.7%); 增幅由2020年的2%转为…
    if _REACHES.search(pre):
        return "share"
    if prev is not None and prev.measure == "growth" and not pre.strip("、和及与 -−"):
        return "growth"  # 分别增长22.0%、-14.1%: the list goes on, a minus sign included
    if _GROWTH_LIST.search(before_sent[: len(before_sent) - len(pre)] + pre):
        return "growth"  # 8个市州投资增幅超过全省平均水平,分别为天水市(57.4%)、陇南市(57.3%)
    if _OF_A_WHOLE_AFTER.match(post):
        return "share"  # 全村共有608户村民,超过60%的家庭在经营大棚: the part of the whole it is said of
    if not pre.strip() and prev is not None and prev.measure in ("level", "count") and prev.fig.unit != "%":
        return "growth"  # 2.上杭县(281.72亿元 5.6%): a bare % right after an amount is its growth
    return "share" if pre.strip() else (prev.measure if prev else "share")


# 较上年同期505514万元增支20985万元, 较上年28899万元增长9.9%: the base's own amount, then how far it moved
_BASE_AMOUNT = re.compile(rf"[比较](?:{alternation('comparison_bases.csv')})的?$")
_MOVES_AFTER = re.compile(rf"^(?:{alternation('change_verbs.csv')}|{alternation('growth_words.csv')})")
_BARE_CHANGE = re.compile(r"(?:增加|减少|增收|减收|增支|减支|多|少)了?")


def _change_after(f: Figure, pre: str, before_sent: str, prev: Row | None) -> bool:
    """``稻谷47.7千公顷,减少0.2千公顷``, ``同比增长10.85%,增收2798万元``: a bare 增加/减少 right after a level in the
    same unit, or after the year-on-year growth, is the change against the same base."""
    if prev is None or not _BARE_CHANGE.fullmatch(pre.strip()):
        return False
    between = before_sent[prev.fig.end :]
    if not re.fullmatch(r"[,，]?" + re.escape(pre.strip()), between.strip()):
        return False
    return (prev.measure == "level" and prev.fig.unit == f.unit) or (prev.measure == "growth" and f.unit != "%")


_MODAL_END = re.compile(r"(?:将|有望|可望)(争取)?$")  # 年产值将|超过100亿元, 还将争取|60余万元
_PAST_WORDS = re.compile(r"^(?:超过|超|突破|逾|达到|达)")  # the verb the figure's own approx word holds


def _aimed_right_before(f: Figure, pre: str) -> bool:
    """``年产值将超过100亿元``, ``全年收入有望突破300万元``, ``还将争取60余万元``: a modal (将, 有望) right before a figure
    whose verb its approx word holds (超过, 突破), or before 争取, aims at it (a bare ``将300万元用于…`` is 把, no aim)."""
    m = _MODAL_END.search(pre.rstrip())
    return bool(m) and (bool(m.group(1)) or bool(_PAST_WORDS.match(f.raw)))


def _bracketed_growth(pre: str, post: str, prev: Row | None) -> bool:
    """``高于全省(6.3%)、金华(6.7%)2.4个百分点``: a rate in brackets after what a growth is compared with, before a
    gap in points, or listed after such a rate."""
    if not (_BRACKET_OPENS.search(pre) and _BRACKET_CLOSES.match(post)) or _PART_OF.search(pre):
        return False
    listed = prev is not None and prev.measure == "growth" and pre.lstrip(")）").startswith(("、", "和", "及"))
    return bool(_COMPARED_WITH.search(pre) or _POINTS_AFTER.match(post)) or listed


def measure_of(f: Figure, pre: str, post: str, before_sent: str, prev: Row | None) -> str:
    """The measure of figure ``f`` from its words: ``比上年增加3个`` → change, ``新增企业12家`` → count."""
    if f.kind in _BY_KIND:
        return _BY_KIND[f.kind]
    if f.unit == "百分点":
        return "pp"
    if f.unit == "千分点":
        return "change"  # 人口自然增长率下降0.5个千分点: a change of a rate in ‰ (the gold's reading; pp is in %)
    if f.unit == "倍":
        return "ratio"  # 是2012年的2.92倍 (a growth written as a multiple, 增长1.5倍, is already in %)
    share_done = f.unit == "%" and (bool(_DONE_OF.search(pre)) or "的" in before_sent and _OF_TASK.search(before_sent) is not None)
    if share_done:  # (a share of a task is a % first: its words are read only then)
        return "share"  # 完成年度目标的52%
    if (is_target(before_sent, pre, post) or _aim_goes_on(before_sent, prev) or _budgeted(f, pre, before_sent, post)
            or _year_s_plan(f, pre) or _aimed_right_before(f, pre)) \
            and not _planned_area(f, before_sent):
        return "target"
    if f.unit == "%":
        return _of_percent(pre, before_sent, prev, post)
    if _BASE_AMOUNT.search(pre) and _MOVES_AFTER.match(post):
        return "level"  # 较上年同期110374万元下降9.5%: the amount of the year compared with
    if CHANGE.search(pre) or _AGAINST_START.search(pre) or _change_after(f, pre, before_sent, prev):
        return "change"
    if f.unit == "位" and _RANK_MOVE.search(pre):
        return "change"  # 较2022年前进5位
    if f.unit == "位" and _RANK_PLACE.search(pre):
        return "rank"  # 排名52位; not 300多位乡贤
    if f.unit in COUNTER_UNITS or f.unit in ("人次",):
        return "count"
    return "level"


# 完成年度预期目标, 较好地完成了县人大一次会议确定的主要目标任务: aims reported as met, not set
_MEASURED_AGAINST = re.compile(r"(?:超出|超过|超|高于|低于|完成|实现|达到|突破)(?:了)?(?:年初|全年|年度|市|省)?(?:下达的)?$"
                               r"|(?:超额|圆满|全面|较好地?|顺利)?完成了?[^,;。!?]{0,20}?(?:确定|下达|提出|制定)的$")


# the word every one of data/plan_words.csv holds ("" if one holds none): a sentence without it opens no run of aims
_AIM_WORD = "目标" if all("目标" in w for w in words("plan_words.csv")) else ""


def states_aims(sentence: str) -> bool:
    """``主要预期目标是:…``: the sentence opens a run of aims (data/plan_words.csv); a result measured against an aim
    (``同比增长47.3%,超出年初预期目标37.58个百分点``) does not."""
    return _AIM_WORD in sentence and any(not _MEASURED_AGAINST.search(sentence[: m.start()]) for m in PLAN.finditer(sentence))


def measure_in_sentence(measure: str, pre: str, before_sent: str, plan_mode: bool, carry: list[Row], unit: str = "") -> str:
    """The measure as the paragraph and the sentence before change it: in a plan (``主要预期目标是:…``) a
    figure is a target unless a completion rate or the ``;`` goes on from a result (``预计实现…485亿元,增长6.8%;一般公共
    预算收入25.5亿元`` read in the next year); aims go on after ``;`` for a catalogue indicator; ``…增速最快,达6.0%;
    光泽县最慢,为2.1%`` goes on with growth."""
    joined = carry[-1].measure if carry else ""  # the measure of the figure before a ``;``
    if plan_mode and measure in ("growth", "level", "count", "share") and not COMPLETION.search(pre) \
            and joined not in ("level", "growth", "count"):
        measure = "target"
    if joined == "target" and measure in ("growth", "level", "count") and not _SAYS_DONE.search(before_sent) \
            and match_indicator(pre, unit)[0] not in ("", "projects", "project_investment"):
        measure = "target"  # 预计,全年地区生产总值增长6.5%;一般公共预算收入增长14.6%: the aims go on after ``;``
    if measure == "share" and carry and carry[-1].measure == "growth" and re.fullmatch(r"达到?|为", pre) \
            and re.search(r"(?:最快|最慢|最高|最低)[,,]$", before_sent[: len(before_sent) - len(pre)]):
        measure = "growth"  # …增速最快,达6.0%;光泽县最慢,为2.1%
    return measure


def sign(f: Figure, measure: str, pre: str, listed_after: Figure | None = None) -> None:
    """``下降3.2%``, ``增长-1.2%``, ``减少3个``, ``低于全省平均水平0.8个百分点``: falls and gaps below are negative
    (data/fall_words.csv, data/below_words.csv; pp is signed, SCHEMA); a figure listed right after a fall in its
    unit (``分别下降3.1%、7.5%和12%``, ``分别回落1.2和0.8个百分点``) falls too."""
    if listed_after is not None and listed_after.value < 0 and listed_after.unit == f.unit \
            and measure in ("growth", "pp") and re.fullmatch(r"[、和及与]", pre):
        f.value = -abs(f.value)
    if measure == "growth" and (FALL.search(pre[-6:] if pre else "") or pre.endswith(("-", "−"))):
        f.value = -abs(f.value)  # 下降3.2%, 增长-1.2%
    if measure == "target" and f.unit == "%" and FALL.search(pre[-3:] if pre else ""):
        f.value = -abs(f.value)  # 固定资产投资下降4%左右 among aims: an aimed fall is negative too
    if measure == "change" and FALL.search(pre):
        f.value = -abs(f.value)
    if measure == "pp" and GAP_BELOW.search(pre[-12:]):
        f.value = -abs(f.value)  # 低于全省平均水平0.8个百分点, 比重回落2.16个百分点: pp is signed (SCHEMA)
    if f.unit in ("%", "‰", "百分点") and _MINUS_SIGN.search(pre):
        f.value = -abs(f.value)  # 自然增长率为-1.75‰, 酒泉市(-8.7%): a minus sign, not a range's dash


def over_when_written(period: Period | None, art: ArticleDate) -> bool:
    """``2023年全年`` in an article of February 2024: the period had ended when the article was written."""
    return bool(period and period.end and art.year and period.end < art.ym and period.kind != "target")


def forecast_as_result(measure: str, f: Figure, pre: str, post: str, before_sent: str, prev: Row | None,
                       period: Period | None, art: ArticleDate) -> str:
    """``预计全年增长7%`` in a January report: what happened (SCHEMA rulings), unless another aim word says so."""
    if measure == "target" and over_when_written(period, art) and _year_s_plan(f, pre):
        return "level"  # 2022年实施项目117个,…,年度投资84.6亿元 in 2023: the year's investment, made
    # 初步预计,生产总值增长…: 预计 in the sentence's opening clause
    if measure == "target" and over_when_written(period, art) and "预计" in _opening(before_sent) + before_sent[-40:] + pre:
        return measure_of(f, pre.replace("预计", ""), post, before_sent.replace("预计", ""), prev)
    return reached_by_deadline(measure, f, pre, post, before_sent, prev, art)


_BY_YEAR = re.compile(r"(?:到|至)((?:19|20)\d\d)年")


def reached_by_deadline(measure: str, f: Figure, pre: str, post: str, before_sent: str, prev: Row | None,
                        art: ArticleDate) -> str:
    """``到2017年,全县地区生产总值达到74.3亿元`` written in 2022: a deadline already past when the article was
    written states what was reached (a level, a count, a growth), unless another aim word (力争, 目标) says so."""
    if measure != "target":
        return measure  # (only an aim's words are read for a deadline)
    years = [int(y) for y in _BY_YEAR.findall(before_sent + pre)]
    if not years or art.how == "default" or max(years) >= art.year:
        return measure
    pre2, before2 = _BY_YEAR.sub("", pre), _BY_YEAR.sub("", before_sent)
    if TARGET.search(before2) or _AIM_AFTER.match(post):
        return measure
    return measure_of(f, pre2, post, before2, prev)
