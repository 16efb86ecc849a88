"""What a figure is a figure of: its indicator code and its label.

Owns: reading the indicator and label from the words around a figure (``indicator_of``): the noun a
count counts (``68家企业``), the catalogue's phrase in the words before it, a figure that goes on
from the one before (``…,增长8.1%``, ``完成率40.2%``, ``其中城镇居民24560元``), the codes given where the
catalogue names none (projects by a stage verb, planting area), and the codes taken back (``服务企业``);
trimming a label is ``label_trimming``'s. The topic of a paragraph or title is ``topics``'.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from . import indicators as ind
from .label_frames import after_bracketed_list, by_amount, glossed_name, without_qualifier, without_rank_frame
from .label_groups import a_kind_of_projects
from .label_trimming import ASIDE, head_noun, ranked, trim_label
from .label_vetoes import taken_back
from .numbers import COUNTER_UNITS, Figure
from .projects import one_project_size, only_a_step
from .ranks import is_top_list
from .regions import gazetteer
from .schema import Row
from .vocabulary import CAPACITY_OF_PLANT, LAND_USE, MOVED_TO, alternation, residue_free

# ------------------------------------------------------------------ the indicator from the words


@dataclass(unsafe_hash=True)  # a value never changed; not frozen=True, whose __init__ costs seven times as much
class _Words:
    """A figure and the words it is read from."""

    f: Figure
    pre: str  # the clause's words before the figure (a ranking's frame removed)
    post: str  # the words after it
    label_pre: str  # ``pre`` up to 占, without a leading 其中/同时/…
    counter: bool  # a count (个, 家, 人次, …)
    post_noun: str  # the noun a count counts, written after it
    rest: str = ""  # the rest of its clause after it


def _counted_noun(post: str, clause_rest: str, counter: bool) -> str:
    """``68家企业``; ``16个总投资28.7亿元的…技改项目``: the noun a count counts, past its investment."""
    post_noun = head_noun(post) if counter and not ASIDE.match(post) else ""
    if counter and post_noun.startswith(("总投资", "计划投资", "投资")) and clause_rest:
        m = re.search(r"项目", clause_rest) or re.search(r"企业", clause_rest)  # 16个总投资28.7亿元的…技改项目
        post_noun = clause_rest[: m.end()] if m else clause_rest
    return post_noun


def _named(w: _Words) -> tuple[str, str]:
    """``新增入库的68家企业``, ``规上工业增加值增长8%``: (code, label) the catalogue finds in the words."""
    unit = w.f.unit
    if w.counter and w.post_noun.strip():
        pre_words = trim_label(w.label_pre)
        code, _ = ind.match_indicator(w.post_noun, unit)
        if not code:  # 新增入库的68家企业: a modifier right before the figure names it
            code, end = ind.match_indicator(pre_words, unit)
            code = code if end >= len(pre_words.rstrip("的")) else ""
        label = (pre_words + w.post_noun) if len(pre_words) <= 8 else w.post_noun
    else:
        code, _ = ind.match_indicator(w.label_pre, unit)
        label = trim_label(w.label_pre)
    return code, label


def _people_of_the_place(w: _Words, sentence_before: str) -> tuple[str, str] | None:
    """``这个县人口不多,只有8万人``, ``全市12万多人口中``: tens of thousands of people with no name of their own, in a
    clause right after one that speaks of the population (or whose 人 is the first character of 人口), are the population."""
    if w.f.unit != "人" or w.f.value < 10000:
        return None
    if w.post.startswith("口"):
        return ("population", "人口") if ind.match_indicator("人" + w.post[:8], "人")[0] == "population" else None
    if re.search(r"[人岁户员]|劳动力|学生", w.pre):  # 城镇人口…, 0-17岁…: its own clause says which people
        return None
    clauses = re.split(r"[,;:]", sentence_before)  # the last is the figure's own
    earlier = clauses[-2] if len(clauses) > 1 else ""
    return ("population", "人口") if ind.match_indicator(earlier, "人")[0] == "population" else None


# figures that name nothing and go on from the one before; each returns (code, label) or None


def _share_of_previous(w: _Words, prev: Row) -> tuple[str, str] | None:
    """``电子信息产业增加值增长15.3%,占…的比重为41.6%``, ``、约占总投资87%``: the share the figure before has (its
    own words no more than 、, 约 or 近)."""
    return (prev.indicator, prev.label) if "占" in w.pre and not residue_free(w.label_pre) else None


# a comparison's base and its verb say nothing of what is measured: 与上年相比增长, 比2022年同期增长, 同比上升了
_BASE = re.compile(r"(?:与|比|较)(?:上年|去年|(?:19|20)\d\d年)(?:同期|末)?(?:相比)?|(?:上升|增加|减少|增长|下降|提高)了"
                   r"|(?:相比|与|比|较)上一?(?:个)?年度(?:相比)?"
                   # 剔除留抵退税因素后,按可比口径计算下降16.8%: the same figure's growth on a comparable basis
                   r"|(?:剔除|扣除|还原)(?:新增)?留抵退税(?:因素|口径)?(?:影响|后)*|(?:按|以)?(?:同|可比|自然)口径(?:计算)?|可比")


_BASE_WORD = re.compile(r"[与比较了除原径]")  # one of which every base or verb above holds


def leftover_words(pre: str) -> str:
    """What a figure's words say once periods, bases, verbs and other residue are gone (``比2022年同期增长`` → "")."""
    return residue_free(_BASE.sub("", pre) if _BASE_WORD.search(pre) else pre)


# a verb of doing with no object, and what times or qualifies it: 累计完成, 当月完成, 实际完成 (data/linking_verbs.csv)
_DONE_ONLY = re.compile(rf"(?:当月|本月|当年|实际|年内)?(?:{alternation('linking_verbs.csv')})(?:为)?")


def done_only(clause: str) -> bool:
    """``累计完成137.4亿元``: a clause opening on a figure with only a verb of doing before it."""
    return bool((m := _DONE_ONLY.match(clause)) and clause[m.end() : m.end() + 1].isdigit())


def _bare_continuation(w: _Words, prev: Row) -> tuple[str, str] | None:
    """``地区生产总值120亿元,增长6.5%``, ``税收收入当月完成11.1亿元,下降5.5%;累计完成137.4亿元``: words that say
    nothing of their own go on with the figure before."""
    left = leftover_words(w.pre)
    if (len(left) <= 1 or _DONE_ONLY.fullmatch(left)) and not (w.counter and w.post_noun.strip()) \
            and not (prev.indicator == "projects" and w.f.unit in ind.MONEY):  # (签约项目12个,签约144亿元: a sum is no count)
        return prev.indicator, ranked(prev, w.f, w.pre)
    return None


def _places_going_on(w: _Words, prev: Row) -> tuple[str, str] | None:
    """``各城市财政收入为海口市138.18亿元,…,陵水县13.43亿元``, ``遵义地区生产总值3037.87亿元,毕节1585.86亿元``: places
    named with words that say nothing of their own go on with the catalogue figure before."""
    if prev.indicator == "other" or w.counter or not ind.unit_fits(prev.indicator, w.f.unit):
        return None
    names = gazetteer().mentions(w.label_pre)
    cuts = [0] + [x for m in names for x in (m.start, m.end)] + [len(w.label_pre)]
    rest = "".join(w.label_pre[cuts[k] : cuts[k + 1]] for k in range(0, len(cuts), 2))
    return (prev.indicator, prev.label) if names and len(leftover_words(re.sub("[、和]|分别", "", rest))) <= 1 else None


_MOVED_TO = re.compile(rf"[,,]?{MOVED_TO}(?:(?:19|20)\d{{2}}年(?:底|末)?的)?")
_RATE_DONE, _URBAN_OR_RURAL = re.compile(r"完成率$"), re.compile(r"(?:其中)?(城镇|农村)(?:常住)?居民")
_PULL = re.compile(r"(?:分别|合计|共)?(?:拉动|拉低|带动|[上下]拉|对[^,;]{0,16}贡献|贡献率)")  # 上拉地区生产总值增速0.5个百分点


def _moved_to(w: _Words, prev: Row) -> tuple[str, str] | None:
    """``地区生产总值从109.5亿元增至237.2亿元``, ``从2012年的250亿元,增至…``: where the figure before moved to."""
    moved = prev.indicator != "other" and prev.fig.unit == w.f.unit and _MOVED_TO.fullmatch(w.pre.strip())
    return (prev.indicator, prev.label) if moved else None


_CONVERTED = re.compile(r"[((]?(?:按[^,;()()]{0,10}?)?(?:折算|折合|约合|合)(?:为|成)?")  # (按年平均汇率折算为8914美元)


def _converted(w: _Words, prev: Row) -> tuple[str, str] | None:
    """``人均地区生产总值60213元(按年平均汇率折算为8914美元)``: the figure before in another currency."""
    money = prev.fig.unit in ind.MONEY and w.f.unit in ind.MONEY
    return (prev.indicator, prev.label) if money and prev.indicator != "other" and _CONVERTED.fullmatch(w.pre.strip()) else None


def _completion_rate(w: _Words, prev: Row) -> tuple[str, str] | None:
    """``已完成投资61.3亿元,投资完成率40.2%``: how much of the figure before is done."""
    return (prev.indicator, trim_label(w.label_pre)) if _RATE_DONE.search(trim_label(w.label_pre)) else None


def _urban_or_rural(w: _Words, prev: Row) -> tuple[str, str] | None:
    """``居民人均可支配收入…,其中城镇居民24560元``: the urban or rural part of residents' income."""
    group = _URBAN_OR_RURAL.fullmatch(trim_label(w.label_pre))
    if group and prev.indicator in ("resident_income", "urban_income", "rural_income"):
        code = "urban_income" if group.group(1) == "城镇" else "rural_income"
        return code, ind.catalogue()[code].name_zh
    return None


def _points_ahead(w: _Words, prev: Row) -> tuple[str, str] | None:
    """``增长7.2%,快于城镇居民1.8个百分点``: how far the figure before is ahead."""
    if w.f.unit == "百分点" and re.match(r"(?:增速|增幅|降幅|涨幅)?(?:比|较|快于|高于|低于|慢于|超过|超出)", w.pre):
        return prev.indicator, prev.label
    return None


def _relative_to_previous(w: _Words, prev: Row) -> tuple[str, str] | None:
    """``…增长8%,居全市第2位``: a %, rank or points figure with almost no words of its own."""
    if w.f.unit in ind.RELATIVE_UNITS and len(leftover_words(w.pre)) <= 2:
        return prev.indicator, ranked(prev, w.f, w.pre)
    return None


def _pull_of_previous(w: _Words, prev: Row) -> tuple[str, str] | None:
    """``工业增加值增长7.9%,拉动GDP增长3.5个百分点``: the pull or the contribution of the figure before."""
    if w.f.unit in ("%", "百分点") and _PULL.match(w.label_pre):
        return prev.indicator, prev.label + trim_label(w.label_pre)
    return None


# a schedule or a target the figure before is ahead of or behind: 超序时进度, 高于市下达的目标序时进度, 高于调度目标(12%)
_SCHEDULE = re.compile(r"^(?:超|超过|超出|高于|快于|低于|慢于|落后于?)(?:市|省|州|上级)?(?:下达的?)?(?:全年|年度)?"
                       r"(?:目标)?(?:调度目标|序时进度|时序进度|进度目标|目标进度)(?:\([\d.%]*\)?)?$")
_SPACING = re.compile(r"[\s,、]")


def _against_schedule(w: _Words, prev: Row) -> tuple[str, str] | None:
    """``完成投资18亿元,超序时进度12个百分点``, ``增长15%,高于调度目标(10%)5个百分点``: how far the figure before is
    ahead of its schedule or target (and the target itself), not a figure of its own."""
    if w.f.unit not in ("%", "百分点") or prev.indicator == "other":
        return None  # (the words are read only for a % or points after a named figure)
    label = _SPACING.sub("", w.pre)
    return (prev.indicator, prev.label + label) if _SCHEDULE.match(label) else None


# the plan, task or target a figure is done against: 完成全年目标任务, 完成年度投资计划, 为年初预算, 为变动预算数的
_DONE_AGAINST = re.compile(r"^(?:完成|实现|为|占|达到?|较|比)(?:市|省|上级)?(?:下达(?:的)?)?(?:全年|年度|年初|年)?(?:总?(?:收入|支出))?"
                           r"(?:调整|变动)?(?:目标任务|投资计划|预算计划|计划|目标|任务|预算)数?的?$")


def _done_against_plan(w: _Words, prev: Row) -> tuple[str, str] | None:
    """``新增就业1374人,完成全年目标任务1200人的114%``, ``完成投资28亿元,完成年度投资计划17.6%``: a plan or a
    rate of completing it, with no words of its own, is the figure before's."""
    label = trim_label(w.label_pre)
    if prev.indicator != "other" and _DONE_AGAINST.match(label) and ind.unit_fits(prev.indicator, w.f.unit):
        return prev.indicator, prev.label + label
    return None


# a budget's change or revision (data/budget_change_words.csv), against the year before or the budget: 同比增支, 短收, 调整为
_BUDGET_CHANGE = re.compile(rf"(?:同比|比上年|较上年)?(?:{alternation('budget_change_words.csv')})")


def _budget_change(w: _Words, prev: Row) -> tuple[str, str] | None:
    """``一般公共预算支出45.6亿元,同比增支4.2亿元``, ``…调整为7.3亿元,调减3500万元``: a sum whose words are only a budget's
    change or revision is the figure before's."""
    label = trim_label(w.label_pre)
    if prev.indicator != "other" and w.f.unit in ind.MONEY and _BUDGET_CHANGE.fullmatch(label):
        return prev.indicator, prev.label + label
    return None


_GOES_ON: tuple[Callable[[_Words, Row], tuple[str, str] | None], ...] = (
    _done_against_plan, _budget_change, _moved_to, _converted, _against_schedule, _pull_of_previous, _share_of_previous, _bare_continuation, _places_going_on, _completion_rate, _urban_or_rural, _points_ahead, _relative_to_previous,
)


# codes for figures the catalogue does not name; each returns a code or ""


def _from_the_sentence_before(w: _Words, prev: Row | None, sentence_before: str) -> str:
    """``规上工业增加值…。增长8%``: a sentence's first relative figure with no words of its own."""
    if w.f.unit in ind.RELATIVE_UNITS and prev is None and len(residue_free(w.pre)) <= 2:
        return ind.match_indicator(sentence_before[-40:], w.f.unit)[0]
    return ""


def _projects_by_stage(w: _Words, prev: Row | None, sentence_before: str) -> str:
    """``…重点项目120个。截至目前,已开工98个``, ``其中产业类6个``, ``完成新开工10个``: the projects named, or a kind."""
    if w.counter and w.f.unit in ("个", "项") and (not w.post_noun.strip() and a_kind_of_projects(w.label_pre, sentence_before) or
            only_a_step(w.label_pre.strip(",、 "))):
        return "projects"
    return ""


def _planting_area(w: _Words, prev: Row | None, sentence_before: str) -> str:
    """``种植油菜5万亩``: crops and orchards; not land for building (data/land_use_words.csv)."""
    return "planting_area" if w.f.unit in ("亩", "公顷") and not LAND_USE.search(w.pre + w.post) else ""


# 投资 alone before a sum: 其中包括投资5亿元的…产业园, 、投资3亿元的…
_BARE_INVESTMENT = re.compile(r"(?:^|[、,;:]|包括|当属|其中|以及|有)(?:合计|共计|总计|预计|拟)?投资$")


def _size_of_projects(w: _Words, prev: Row | None, sentence_before: str) -> str:
    """``新开工项目6个,投资12亿元``, ``工业类5个,投资9亿元``: a sum invested with no other name, right after a
    count of projects, is their size; money put into works that are no project stays ``other``."""
    if w.f.unit not in ind.MONEY or not _BARE_INVESTMENT.search(w.label_pre.strip()):
        return ""
    counted = prev is not None and prev.indicator == "projects" and prev.fig.unit in ("个", "项")
    return "project_investment" if counted else ""


_SIGNED_SUM = re.compile(r"(?:签约|签下|签订|签)(?:了|达|总额|总金额|金额)?$")


def _signed_sum(w: _Words, prev: Row | None, sentence_before: str) -> str:
    """``招商签约144亿元``, ``菌交会易门签下46.2亿元投资大单``: a sum signed for, with no other name, is the signed
    projects' size (SCHEMA Project figures: 签约金额)."""
    return "project_investment" if w.f.unit in ind.MONEY and _SIGNED_SUM.search(w.label_pre.strip()) else ""


def _size_of_one_project(w: _Words, prev: Row | None, sentence_before: str) -> str:
    """``投资5亿元的小麦精深加工项目开工建设``: one project's size (``projects.one_project_size``)."""
    after_a_size = prev is not None and prev.indicator == "project_investment"
    return "project_investment" if w.f.unit in ind.MONEY and one_project_size(w.label_pre, w.rest, after_a_size) else ""


def _capacity_after(w: _Words, prev: Row | None, sentence_before: str) -> str:
    """``将形成10万吨年产能``: an amount in a capacity unit followed by the capacity's own name is that capacity."""
    if w.f.unit in ind.RELATIVE_UNITS or not ind.unit_fits("production_capacity", w.f.unit):
        return ""
    name = re.split(r"[,;:。!?]", w.post)[0]
    named = ind.match_indicator(name, w.f.unit) == ("production_capacity", len(name))
    return "production_capacity" if named else ""


def _capacity_of_a_plant(w: _Words, prev: Row | None, sentence_before: str) -> str:
    """``项目建成后可年产铝材5000吨``, ``年加工大豆能力达到75万吨``: what a plant or project can turn out in a year is
    its capacity (``vocabulary.CAPACITY_OF_PLANT``); a crop's ``年产鲜柿25万吨`` is its output."""
    if w.f.unit in ind.RELATIVE_UNITS or not ind.unit_fits("production_capacity", w.f.unit):
        return ""
    return "production_capacity" if CAPACITY_OF_PLANT.search(w.pre) else ""


_UNNAMED: tuple[Callable[[_Words, Row | None, str], str], ...] = (
    _from_the_sentence_before, _projects_by_stage, _planting_area, _size_of_projects, _signed_sum, _size_of_one_project,
    _capacity_after, _capacity_of_a_plant)


_RANK_ONLY = re.compile(r"(?:完成率|完成进度|增速|增幅|总量(?:和增速)?)?(?:排名|排位)?[排居列位于在]*")  # 完成率排全市第一位
_OPENER = re.compile(r"^(?:其中|同时|另外|此外|全年|共有|共|累计|实现)")


def indicator_of(f: Figure, pre: str, post: str, prev: Row | None, sentence_before: str, clause_rest: str = "") -> tuple[str, str]:
    """(indicator code, label) for a figure from the words around it: ``规上工业增加值增长8%`` → industrial_va."""
    pre = by_amount(without_qualifier(pre), post)
    if f.kind == "rank":
        pre = without_rank_frame(pre)
        post = "" if is_top_list(f) else post  # 前三位的是唐山、沧州…: the places ranked, not what is measured
    if f.kind == "rank" and prev is not None and _RANK_ONLY.fullmatch(pre):
        return prev.indicator, ranked(prev, f, pre)  # 完成…的43.9%,完成率排全市第一位
    if (gloss := glossed_name(pre)) and (named := ind.match_indicator(gloss, f.unit)[0]):
        return named, gloss  # 占常住人口比重(常住人口城镇化率)为45.71%: the gloss names the share
    label_pre = _OPENER.sub("", pre.split("占")[0])
    counter = f.unit in COUNTER_UNITS or f.unit == "人次"
    w = _Words(f, pre, post, label_pre, counter, _counted_noun(post, clause_rest, counter), clause_rest)
    code, label = _named(w)
    if not code and (people := _people_of_the_place(w, sentence_before)) is not None:
        return people
    listed = "" if code else after_bracketed_list(pre, clause_rest)  # 西夏区(13.0%)和灵武市(8.2%)地区生产总值增速分别…
    if listed and (named := ind.match_indicator(listed, f.unit)[0]):
        return named, listed
    if not code and prev is not None:
        for goes_on in _GOES_ON:
            if (found := goes_on(w, prev)) is not None:
                return found
    for unnamed in _UNNAMED:
        code = code or unnamed(w, prev, sentence_before)
    if code and taken_back(code, w.f.unit, w.pre, w.post, label):  # label_vetoes: the words say it is not that code
        code = ""
    if code and code != "other" and not residue_free(label):
        label = ind.catalogue()[code].name_zh  # the figure's own words are only 达 / 为: name what it measures
    return code or "other", label or pre
