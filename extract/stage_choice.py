"""Which stage of a project's life a project figure counts (SCHEMA: stage).

Owns: the stage of a project count or sum from the stage words nearest to it (``已开工28个``), a
share going on from the figure before (``…开工28个,开工率90%``), sums listed in the order of the
counts before them (``签约…20个、开工…15个,总投资分别为120亿元、80亿元``), and the stage a batch or the
sentence before gives to figures that name none (``这批开工项目…``, ``…;基础设施项目8个``); the parts of an annual
key-project list, and of a set planned to start (``计划开工…299个,其中新开工项目228个``), are planned. The stage
words themselves live in ``projects``.
"""

from __future__ import annotations

import re

from .clauses import clause_bounds, clause_start_at, label_parts
from .numbers import Figure
from .period_frames import title_lines
from .projects import (
    AIMED,
    PROJECT_CODES,
    RATE_OF_STEP,
    ends_in_stage,
    nearest_stage,
    not_yet,
    one_project_size,
    one_verb_each,
    own_stage,
    stage_words,
    starts_with_stage,
)
from .schema import Row, by_sentence
from .vocabulary import BATCH, alternation

_MARK, _REST_ENDS, _LIST_CLOSED = re.compile(r"[,;:、]"), re.compile(r"[,;。:]"), re.compile(r"等$")
_NAMED_PROJECTS = re.compile(r"[^,;。]{0,12}?(?=项目|工程)(?:项目|工程)?(?:已|正|集中|相继|同时|全面)*")


def _nearest_words(s: str, f: Figure, figs: list[Figure], post: str, clause_start: int) -> str:
    """``31个重点项目已开工28个``: the stage word nearest the figure; one right before the next figure is that one's."""
    nxt = next((g for g in figs if g.start >= f.end), None)
    joined = nxt is not None and not _MARK.search(s, f.end, nxt.start)
    after = "" if joined and ends_in_stage(post) else post
    start = _own_start(s, f)
    if not_yet(s[clause_start:start]) and not stage_words(s[clause_start:start]):
        return ""  # 共开复工28项,未开复工项目27项: projects not yet begun have no stage, nor the sentence's
    head = _KIND_IN_BRACKETS.search(s, 0, start)
    if head is not None:  # 开复工84项(新建33项,续建51项): kinds of the projects counted before the bracket
        return nearest_stage(s[clause_start_at(s, head.start()) : head.start() + 1], "")
    stage = _list_then_verb(s[clause_start:start], after) or nearest_stage(s[clause_start:start], after) \
        or ("" if after != post else _rest_of_clause(s, f)) or nearest_stage(_BRACKETED.sub("", s[:start]), "")
    return signed_when_signing(stage, s[:start])


_BRACKETED = re.compile(r"\([^()]*\d[^()]*\)")  # (新建43项,续建63项),总投资…: what a bracket says is no stage of the sentence
# a count, then in brackets the kinds of projects it holds (新建, 续建), up to the figure read
_KIND_IN_BRACKETS = re.compile(r"(?<=\d)[个项]\((?:[^()]*[,、])?(?:新建|续建)(?:项目)?$")


def _rest_of_clause(s: str, f: Figure) -> str:
    """``投资14亿元A、15亿元B等32个项目开工建设``: a figure inside a list takes the verb that closes the list, in
    the rest of its clause, before any stage of the sentence before it."""
    rest = _REST_ENDS.split(s[f.end :], maxsplit=1)[0]
    return nearest_stage("", rest) if "项目" in rest or "工程" in rest else ""


def _own_start(s: str, f: Figure) -> int:
    """``签约10个项目``: the 约 of 签约 read as the figure's ``about`` still belongs to the verb before it."""
    return f.start + 1 if s.startswith("约", f.start) and s[f.start - 1 : f.start] in ("签", "合") and f.start else f.start


def _list_then_verb(before: str, after: str) -> str:
    """``A续建工程、B基地等28个重大项目集中开工``: a count closing a list of named projects takes the verb right after
    it; stage words inside the names listed before (续建工程) are names."""
    if not _LIST_CLOSED.search(before):
        return ""
    head = _NAMED_PROJECTS.match(after)
    if head is None or head.end() >= len(after) or not starts_with_stage(after[head.end() :]):
        return ""
    return nearest_stage("", after[head.end() :])


def signed_when_signing(stage: str, before: str) -> str:
    """``此次签约的32个招商引资项目,包括…项目12个``, ``完成签约引进项目85个``: projects introduced in a signing
    are counted as signed; the stage word before the 引进/招商引资 words of the sentence decides."""
    if stage != "introduced":
        return stage
    earlier = [st for _, st in stage_words(before) if st != "introduced"]
    return "signed" if earlier and earlier[-1] == "signed" else stage


_OWN_RATE = re.compile(RATE_OF_STEP + "[^,;]{0,4}$")  # 开工率90%: a rate of its own


def stage_of(code: str, measure: str, prev: Row | None, s: str, f: Figure, figs: list[Figure], post: str,
             clause_start: int) -> str:
    """The stage of figure ``f`` of sentence ``s`` with indicator ``code``: ``新开工项目38个`` → started."""
    if code in PROJECT_CODES and measure == "share" and prev is not None and prev.stage \
            and not _OWN_RATE.search(s[clause_start : f.start]):  # (read only for a projects' share)
        return prev.stage  # 开工项目28个,开工率90%
    if code == "project_investment" and one_project_size(s[clause_start : f.start], s[f.end :]):
        return own_stage(s[f.end :]) or _nearest_words(s, f, figs, "", clause_start)
    if code in PROJECT_CODES:
        return _nearest_words(s, f, figs, post, clause_start)
    return ""


def in_list_order(stage: str, code: str, f: Figure, run: tuple[int, list[Figure], int] | None, rows: list[Row]) -> str:
    """``签约…20个、开工…15个,总投资分别为120亿元、80亿元``: listed sums take the stages of the counts before, in order."""
    if code == "project_investment" and run is not None:
        staged = [r for r in rows if r.indicator == "projects" and r.stage and r.fig.end <= run[0]]
        if len(staged) >= len(run[1]):
            return staged[-len(run[1]) :][run[1].index(f)].stage
    return stage


def give_stage(rows: list[Row], stage: str) -> None:
    """``这批开工项目…。其中,总投资15亿元的…项目``: give ``stage`` to the project counts and sums among ``rows`` that name none."""
    for r in rows:
        if stage and r.indicator in PROJECT_CODES and not r.stage and r.measure in ("count", "level"):
            r.stage = stage


# (breakdown_by_kind: 从建设项目类别上看, 从投资规模看, 从收入构成看, 按行业分, 按责任部门来看, 从投资完成情况看: the total by its kinds)
_BREAKDOWN = re.compile(r"^\s*(?:其中|分类看|从类别看|按类别分"
                        r"|从[^,，。;]{0,8}?(?:类别|类型|行业|产业|领域|规模|性质|构成|级次|结构|情况)(?:上|来)?看|按[^,，。;]{0,6}?(?:类别|类型|行业|领域|部门)(?:分|来?看))[,:，：]?")


def breakdown_of_total(sentence: str) -> bool:
    """``其中重大产业类6个,投资39亿元;…``: a sentence that breaks down the total of the sentence before."""
    return bool(_BREAKDOWN.match(sentence))


def stage_before(sentence: str, before: list[Row]) -> str:
    """``…达成签约项目30个、计划投资总额96亿元。工业项目27个、计划投资额83亿元``: a sentence naming no stage at all,
    right after one whose project counts all have one stage (its rows ``before``, same paragraph), breaks that total down."""
    stages = {r.stage for r in before if r.indicator == "projects"}
    return stages.pop() if len(stages) == 1 and not stage_words_in(sentence) else ""


def batch_stage(sentence: str, current: str) -> str:
    """``这批开工项目``, ``此次签约项目``: the stage of the batch a paragraph is about (else the one in force)."""
    batch = BATCH.search(sentence)
    return nearest_stage(batch.group(), "") if batch else current


# what an event article is about, in its title or lead: 集中开工仪式, 集中签约, 竣工投产活动, 重大项目相继开工
# (not a rate: 重点建设项目开工率达80%)
_EVENT_STAGE = re.compile(r"(?:集中|重大项目|重点项目|项目)(?:相继|陆续|同步|正式|全面|同时|集中)?"
                          r"(?:开工|签约|竣工|开竣工|签约开工|开工竣工)(?![率数])|(?:开工|签约|竣工)(?:仪式|活动|大会)")


def _event_stages(text: str) -> set[str]:
    if "开工" not in text and "签约" not in text and "竣工" not in text:
        return set()  # every event stage is one of these
    return {nearest_stage(m.group(), "") for m in _EVENT_STAGE.finditer(text)}


def article_stage(text: str) -> str:
    """The one stage an event article is about (``…重大项目集中开工仪式``), or "" for mixed or none; where the lead
    mixes stages (a signing held before the groundbreaking), the one stage its title names."""
    stages = _event_stages(text[:300])
    if len(stages) > 1:
        titles = title_lines(text)
        stages = _event_stages(titles[0]) if titles else stages
    return stages.pop() if len(stages) == 1 else ""


def give_article_stage(rows: list[Row], stage: str) -> None:
    """``从区域看,西秀区项目8个,总投资3.26亿元``: in an article about one groundbreaking or signing, the
    project counts and sums of its breakdowns name no stage word of their own and are that event's."""
    if not stage:
        return
    for r in rows:
        if r.indicator in PROJECT_CODES and not r.stage and r.measure in ("count", "level") \
                and not stage_words_in(r.sent.text):
            r.stage = stage


_CONDITION = re.compile(r"(?:建成|投产|达产|竣工|完工|投用)(?:后|之后)")


def stage_words_in(sentence: str) -> bool:
    """The sentence names a stage, or several (集中开竣工: mixed, so none, but not a bare list either); a condition
    (``项目建成后,将…``) names none."""
    return bool(stage_words(one_verb_each(_CONDITION.sub("", sentence))))  # 开(竣)工: two steps, written apart


_KEY_PROJECTS = re.compile(r"(?:重点|重大)[\u4e00-\u9fff]{0,6}?项目|(?:重点|重大)工程")  # 116项重点工程: key works are key projects


# 产业项目25个,总投资116.2亿元,年度计划投资22亿元: a set of projects given the investment planned for the year
_YEAR_S_PLAN = re.compile(r"(?:年度|年内|全年)计划(?:完成)?投资")


def give_list_stage(rows: list[Row]) -> None:
    """``全县206个重点项目``, ``涉及市级重大项目27个,项目总投资435.07亿元``: an annual list of key projects with
    no stage word is planned (SCHEMA rulings), and so is how it compares (``同比增长70%``, ``均列全市第一``); so is
    a set of projects given the investment planned for the year, with no stage word before it (``农畜产品加工项目5个,
    总投资35.6亿元,年内计划完成投资6.7亿元,开复工项目5个``)."""
    total: Row | None = None  # the last project row of an earlier sentence: the total a breakdown (其中…) breaks down
    last: Row | None = None
    mixed = -1  # the paragraph breaking down such a total
    figs = {start: [r.fig for r in group] for start, group in by_sentence(rows).items()}  # each sentence's figures
    for r in rows:
        if last is not None and last.sent is not r.sent:
            total = last
        last = r if r.indicator in PROJECT_CODES else last
        if r.indicator in PROJECT_CODES and not r.stage and r.measure in ("count", "level", "growth", "change", "rank", "target"):
            s = r.sent.text
            plan = _YEAR_S_PLAN.search(s, r.fig.end)
            # (not in the breakdown of a total with no single stage, all its items: 集中开竣工项目共72个…。从项目类别来看,
            #  产业项目44项…;基础设施项目19项…)
            if breakdown_of_total(s) and total is not None and total.sent.paragraph == r.sent.paragraph and total.stage != "planned":
                mixed = r.sent.paragraph
            if (_KEY_PROJECTS.search(s) and not stage_words_in(s)) or _of_a_key_list(r, figs[r.sent.start]) \
                    or (plan and not stage_words_in(s[: plan.start()]) and mixed != r.sent.paragraph):
                r.stage = "planned"


def give_parts_stage(rows: list[Row]) -> None:
    """``316个州重点建设项目…。按项目类别统计:产业发展项目172个,…;基础设施项目75个,…;社会民生项目55个…;生态环保
    项目14个``: counts with no stage that add up to a count with one, told soon after it, are its parts and share
    its stage."""
    counts = [r for r in rows if r.indicator == "projects" and r.measure == "count"]
    for k, total in enumerate(counts):
        if not total.stage:
            continue
        after = []
        for r in (counts[j] for j in range(k + 1, len(counts))):
            if r.sent.paragraph - total.sent.paragraph > _PARTS_WITHIN:
                break
            after.append(r)
        while run := _adding_up(after, total.fig.value):  # (按类别…;按隶属…: each breakdown of it)
            for r in run:
                r.stage = total.stage


_DONE = re.compile(r"已|累计|实际|目前")


def give_plans_parts(rows: list[Row]) -> None:
    """``2021年秭归计划开工建设项目299个,…,其中新开工项目228个``, ``拟新开工项目共31个,其中一季度新开工项目14个,总投资69
    亿元``: the parts of a set planned to start or finish, told after ``其中`` in its sentence, are planned too, unless
    they are done already (``其中已开工20个``)."""
    for group in by_sentence(rows).values():
        plan = next((r for r in group if r.indicator == "projects" and r.stage == "planned"
                     and AIMED.search(r.sent.text, clause_bounds(r.sent.text, r.fig, [])[0], r.fig.start)), None)
        k = plan.sent.text.find("其中", plan.fig.end) if plan is not None else -1
        if plan is None or k < 0:
            continue
        for r in group:
            if r.fig.start > k and r.indicator in PROJECT_CODES and r.stage in ("started", "completed") \
                    and not _DONE.search(r.sent.text, k, r.fig.start):
                r.stage = "planned"


def _adding_up(counts: list[Row], value: float) -> list[Row]:
    """The first run of two or more counts with no stage that add up to ``value`` exactly."""
    for a in range(len(counts)):
        run = 0.0
        for b in range(a, len(counts)):
            if counts[b].stage or run >= value:
                break
            run += counts[b].fig.value
            if run == value and b > a:
                return counts[a : b + 1]
    return []


_PARTS_WITHIN = 4  # paragraphs after a total that its parts may be told in


def _of_a_key_list(r: Row, figs: list[Figure]) -> bool:
    """``1-9月份,316个州重点建设项目累计开复工291个``: a count whose own words name a key-project list, with no
    stage word before the list's noun, the stage word after it being the next figure's (``开复工291个``); a table's
    column of such a list (``州重点项目个数``, from its caption). Not a few named by example (``A等9个重点项目``)."""
    if r.indicator != "projects":
        return False
    if _KEY_PROJECTS.search(r.label) and r.in_table:
        return True
    pre, post = label_parts(r.sent.text, r.fig, figs)
    key = _KEY_PROJECTS.search(post)
    if key is None or pre.endswith("等") or stage_words_in(pre + post[: key.end()]):  # (越疆智能机器人等9个…: a named few)
        return False
    rest, after = post[key.end() :], r.sent.text[r.fig.end + len(post) :]
    return not stage_words_in(rest) or bool(after[:1].isdigit())


_STATUS = re.compile(alternation("status_words.csv"))  # 已纳统, 入统计库, 已入资: a register, not a building step


def no_stage_of_status(rows: list[Row]) -> None:
    """``51个项目中,37个项目已入统计库``, ``其中已纳统项目33个``: a count of projects by a status that is no stage of
    SCHEMA (in the statistics register, capital paid in) has no stage, neither its own nor the total's it breaks down."""
    for r in rows:
        if r.indicator != "projects" or not r.stage:
            continue
        start, end = clause_bounds(r.sent.text, r.fig, [])
        clause = r.sent.text[start:end]
        if _STATUS.search(clause) and not stage_words(_STATUS.sub("", clause)):
            r.stage = ""
