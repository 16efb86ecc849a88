"""The words and patterns the row rules read sentences with.

Owns: every word list and pattern shared by the decision modules (``measures``, ``labels``, ``lists``,
``period_choice``, ``subjects``, ``figures_kept``, ``stage_choice``). Where a pattern is a list of
words, the words live in a CSV table in ``extract/data/`` (columns ``word,note``: one row a word, the
note an example) and are compiled here; adding a word is adding a row. Rows are joined in their
order, so where order matters (``list_suffixes.csv``) a longer word goes before the word it ends in.
What stays written as a regex here is structure: look-arounds, anchors, character classes, spans.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources


def table(name: str) -> list[dict[str, str]]:
    """The rows of ``extract/data/<name>``."""
    with resources.files("extract.data").joinpath(name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def words(name: str, column: str = "word") -> tuple[str, ...]:
    """The words of a vocabulary table, in its order."""
    return tuple(r[column] for r in table(name) if r[column])


def alternation(name: str) -> str:
    """The words of a vocabulary table as a regex alternation (``增长|增速|…``), each word literal."""
    return "|".join(map(re.escape, words(name)))


def first_chars(name: str, extra: str = "") -> str:
    """A lookahead on the first characters of a vocabulary table's words and of ``extra`` (``(?=[力努确…])``): a
    pattern opening with it is tried only where one of them can start, not at every position."""
    return "(?=[" + re.escape("".join(sorted({w[0] for w in words(name)} | set(extra)))) + "])"


# ------------------------------------------------------------------ clauses and figures

CLAUSE_MARKS = ",;:，；："  # what ends a clause
CLAUSE = re.compile(f"[{CLAUSE_MARKS}]")
# the words a label is left with once places, periods and verbs are gone: 2023年全市实现 → ""
# (the lookahead on the alternatives' first characters lets the engine skip where none can start)
RESIDUE = re.compile(
    r"(?=[\d\s\-,、(由从增提到今当新累将力确预努比较两三年下同按可自目至减净缩高低平总合环回分均排居列位全第达为实创历其约近超突已共首再一继保稳])"
    r"((?:由|从|增加到|提高到|增长到|到)?(?:19|20)\d\d年(?:的|底|末)?|今年|当年|新增|累计|将|力争|确保|预计|努力|[比较](?:去年|上年)同期|[比较]上年末|[比较]年初|[比较]上年|[比较](?:上半年|一季度|前三季度|上月|上季度)|两年平均|三年平均|年均|\(下同\)|下同|同口径|按可比口径计算|按可比价格计算|按不变价格计算|按自然口径|可比口径|自然口径|可比价|目标任务|预期目标|[\d\-至]+月|增加|减少|增收|减收|净增|提高|缩小|高于|低于|平均水平|总数|总量|合计|同比|环比|增长|增速|增幅|下降|回落|分别|均|排名|排在|排|(?:继续)?保持在?|稳居|居|列|位列|位居|全[国省区市县]|第|达到|达|为|实现|"
    r"创历史新高|历史新高|创新高|新高|创|首次|再次|一举|其中|约|近|超过|超|突破|已|共|,|、|\s)+"
)


@lru_cache(maxsize=1024)  # several decisions read one figure's words for what is left (4,281 strings in 10,912 reads)
def residue_free(s: str) -> str:
    """``s`` without the words that say nothing of what is measured (``RESIDUE``): ``2023年全市实现`` → ""."""
    return RESIDUE.sub("", s)


# ------------------------------------------------------------------ which figures are rows

THRESHOLD_AFTER = re.compile(
    r"^(?:以上|及以上|以下|及以下)?(?:的)?(?:工业|产业|重点|重大|招商|外资|新建|新开工|新签约|签约|投资)?(?:项目|企业)|^(?:以上|及以上)?的(?:行政)?(?:村|乡镇|户|县|市|区)(?![\u4e00-\u9fff]{0,2}(?:长|委|政府))")
PAGE_CHROME_WORDS = alternation("page_chrome_words.csv")  # 浏览, 点击, 阅读…
PAGE_CHROME = re.compile(rf"(?:{PAGE_CHROME_WORDS})(?:次数|量|数)?[::]?\s*$")
RANGE_AFTER = re.compile(r"^(?:至|到|-|~|—|－)\d+(?:\.\d+)?(?:亿|万)?元(?:以下|以内)?(?:的)?(?:项目|企业)")
_FACILITY = alternation("facility_words.csv")
# 10万吨LNG项目, 600吨的环保发电项目 (a name may follow 的), 10万吨高纯晶硅、35吉瓦单晶硅等8个项目 (a list of names)
NAME_CAPACITY_AFTER = re.compile(
    rf"^的?[^,;。的、]{{0,16}}(?:{_FACILITY})|^[^,;。的]{{0,40}}?等\d*[个项]?(?:[\u4e00-\u9fff]{{0,4}})项目")
_CAPACITY = alternation("capacity_words.csv")
NAME_CAPACITY_BEFORE = re.compile(rf"(?:{_CAPACITY})$")
# 该项目年产2000吨: a capacity stated right after the project is named is the project's figure
CAPACITY_OF_PROJECT = re.compile(rf"项目(?:{_CAPACITY})?$")
CAPACITY_UNITS = set(words("capacity_units.csv", "unit"))
# 可年产铝材5000吨, 企业年加工玉米80万吨, 年加工大豆能力达到75万吨: a plant's yearly capacity (a crop's 年产鲜柿 is output)
CAPACITY_OF_PLANT = re.compile(rf"(?:{alternation('capacity_holders.csv')})(?:{_CAPACITY})[^,;。]{{0,10}}$"
                               rf"|(?:{_CAPACITY}|生产|加工|处理)[^,;。]{{0,8}}能力[^,;。]{{0,4}}$")
DURATION_AFTER = re.compile(r"^(?:来|以来|时间|期间)")
# 五个方面, 四个特点, 八项工作: the things a Chinese-numeral count names are parts of a speech or a slogan, not a statistic
RHETORICAL_AFTER = re.compile(rf"^[\u4e00-\u9fff]{{0,4}}?(?:{alternation('rhetorical_nouns.csv')})")

# ------------------------------------------------------------------ measures

GROWTH = re.compile(alternation("growth_words.csv"))
FALL = re.compile(alternation("fall_words.csv"))
GAP_BELOW = re.compile(alternation("below_words.csv"))
# 比上年增加3个, 较年初净增1.2万户, 同比增收: a change against a base
# (比2018年增加8万元, 较2015年增加2965元: a year named as the base, 比2015年分别增加…: of a list; 净增110.8亿元, 增收2798万元: the verb
# says it)
CHANGE = re.compile(
    rf"(?:[比较](?:{alternation('comparison_bases.csv')}|(?:19|20)\d\d年(?:度|末|底)?)|同比)(?:分别|均|各)?(?:{alternation('change_verbs.csv')})了?$"
    rf"|^较上年|同比(?:增收|减收)$|(?:{alternation('net_change_verbs.csv')})$")
# 力争…, 将新增…, 预计…, 到2025年…: a figure aimed for (not 争取到位资金: obtained; not 预计总投资: a project's size) (the lookahead on the alternatives' first characters
# only lets them be tried where one can start: some open with a lookbehind, which the engine cannot skip to)
TARGET = re.compile(
    first_chars("aim_words.csv", extra="争预规到") + "(?:"
    + alternation("aim_words.csv")
    + r"|(?<!累计)(?<!已)争取(?=到(?:20\d\d|年底|年末)|实现|达到|完成|突破|在|年内|用|全年|今年|新增|引进|签约|开工|\d)|预计(?!到|总?投资)"
    + r"|规划(?!确定|重大|重点|项目|建设项目)"
    + r"|(?<![加高长降少])到20\d\d年"  # not 由…增加到2023年的…: a change already made
    + ")"
)
# 增速最快,达6.0%: the growth of the fastest
FASTEST = re.compile(r"(?:增速|增幅|增长)(?:[^,;。]{0,12}[,;])?[^,;。]{0,8}(?:最快|最慢|最高|最低)[,,]$")
# 完成年度目标任务的50%, 为年初预算的102.3%: a completion rate
COMPLETION = re.compile(r"完成[^,;]{0,14}的$|(?:为|占|达)(?:年初|年度|全年|年)?(?:调整)?(?:预算|计划|目标任务|目标|任务)的$")
PLAN = re.compile(alternation("plan_words.csv"))

# ------------------------------------------------------------------ labels and lists

MEASURE_NOUNS = words("measure_nouns.csv")
LIST_SUFFIX = words("list_suffixes.csv")
ACTIVITY = re.compile(alternation("activity_words.csv"))
# where the counted noun ends and what is said about it begins: 68家企业|合计拉动…
PREDICATE = re.compile(rf"(?:{alternation('predicate_words.csv')})")
VERBS = re.compile(first_chars("label_verbs.csv") + rf"(?:{alternation('label_verbs.csv')})+$")
# 从109.5亿元增至237.2亿元, 从…增加到…: an amount moving from one value to another (data/move_to_verbs.csv)
MOVED_TO = rf"(?:{alternation('move_to_verbs.csv')})(?:至|到)"
# what a place or rate compared with follows (data/comparison_verbs.csv): every such verb, and those comparing rates
COMPARED_VERB = alternation("comparison_verbs.csv")
RATE_COMPARED_VERB = "|".join(re.escape(r["word"]) for r in table("comparison_verbs.csv") if r["kind"] == "rate")
LAND_USE = re.compile(alternation("land_use_words.csv"))  # 建设用地500亩: not a planting area
# ``固定资产投资方面,``, ``从社会消费品零售总额看,``, ``在2019年北京市各区财政支出中,``: the indicator a paragraph
# goes on to break down by place
TOPIC = re.compile(r"^(?:分[^\s,;:。]{1,4}看[,:])?(?:在|从|就)?([^\s,;:。、]{2,16}?)(?:方面|领域)(?:看|来看)?[,:]|^从([^\s,;:。、]{2,16}?)(?:看|来看)[,:]"
                   r"|^在([^\s,;:。、]{0,12}?各[县区市][^\s,;:。、]{2,12}?)中[,:]")

# ------------------------------------------------------------------ places

# 新开工青川阜成…等项目: a short place name inside a project's or a company's name
NAMED_ITEM = re.compile(r"^[\u4e00-\u9fff][^,;。、:!?]{1,30}等(?:[\d一二三四五六七八九十]+[个家])?(?:项目|企业)")
# 四川产品, 成都银行, 四川游客: matched right after a place (not 新化县游客接待量, the visitors the place receives)
PLACE_MODIFIER = re.compile(rf"(?!游客(?:接待|量|人次|人数|总数|数量))(?:{alternation('place_modifiers.csv')})")
PARTNER = re.compile(alternation("partner_words.csv"))  # 与…签订合作协议

# ------------------------------------------------------------------ periods, reports and events

STOCK_TAKES = {r["word"]: r["takes"] for r in table("stock_words.csv")}  # stock word → the paragraph period kind it takes
STOCK_WORDS = tuple(STOCK_TAKES)

# 比(2020年), 高于上年同期、(2017年全年): a comparison word, the bases listed after it, and the year of a period it names
_COMPARED = re.compile(rf"(?:{alternation('comparison_frames.csv')})(?:[^,;。、%]{{1,8}}、)*(?:(?:19|20)\d\d年)?$")


def after_comparison_word(s: str, pos: int) -> bool:
    """``比2020年增长``, ``高于上年同期、2017年全年``: what starts at ``pos`` follows 比/较/同比
    (data/comparison_frames.csv), alone or after other bases listed with it: a comparison's base."""
    return bool(_COMPARED.search(s[max(0, pos - 30) : pos]))


REPORT = re.compile(alternation("report_words.csv"))
BULLETIN = re.compile(alternation("bulletin_words.csv"))  # 2021年国民经济和社会发展统计公报: a statistics bureau's year
REVIEW_FIRST = re.compile(alternation("review_words.csv"))  # 2021年预算执行情况及2022年预算草案: the year reviewed
DELIVERED = re.compile(alternation("delivered_report_words.csv"))  # 2023年政府工作报告: the year it is delivered in
# a lead that reports an event on a stated day: 4月27日上午,…举行2023年第二季度重大重点项目集中开工仪式 (the day
# within its first 100 characters: 为庆祝…周年,6月30日,…, or past the page chrome run into it)
MONTH_DAY = re.compile(r"(?<![\d年])(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]")  # 7月8日, 11月24号: a day named without its year
EVENT_VERB = re.compile(alternation("event_verbs.csv"))  # 举行, 集中开工: the verbs that hold an event
EVENT = re.compile(r"^[^。\n]{0,100}?(?<![\d年])(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号][^。\n]{0,100}?"
                   rf"(?:{EVENT_VERB.pattern})")
EVENT_WORDS = re.compile(alternation("event_words.csv"))

# ------------------------------------------------------------------ stages

BATCH = re.compile(r"(?:这批|此次|本次|这些|该批|上述)(?:集中|新)?(?:开工|开复工|签约|竣工投产|竣工|投产|引进)(?:的)?(?:重点|重大)?项目")


# a paragraph opening on these goes on from the last one, its periods too: 其中,…; 此外,…; 这些项目涵盖…,年度计划投资…
PARAGRAPH_GOES_ON = ("其中", "此外", "这些", "上述", "这批", "该批")

# a sentence that only qualifies the figure before it: ``…完成443.9亿元。按可比价格计算,同比增长3.7%``
GOES_ON = re.compile(r"^(?:按(?:可比价格|不变价格|可比口径)计算,?|扣除[^,]{1,12}因素,?)?(?:同比|比上年|较上年|与上年相比)?(?:增长|下降|增速|增幅)")
