"""The indicator a paragraph or a whole article is about, for figures whose own words name none.

Owns: a paragraph's topic frame (``固定资产投资方面,…``, ``从社会消费品零售总额看,…``) and a title that names one
indicator (``唐山各区县GDP排名``), whose figures labelled only by a place and a growth or rank word measure it; the
figure before in the paragraph, or a colon line leading into a list of places, that such figures go on with; a
lead in the list's own sentence naming one indicator (``…GDP数据,依次为晋江市(2986.4亿元)``); the projects a
paragraph counts, for places' bare counts after them (``此次开工项目…,其中马尔康4个``), with their stage; the one
indicator most of an article's named figures measure; and an industry named alone in a breakdown of industry
figures (``分行业看,装备制造增长38.7%``).
"""

from __future__ import annotations

import re
from collections import Counter

from . import indicators as ind
from .label_trimming import without_places
from .labels import leftover_words
from .lists import PLACE_LIST_OPENER
from .normalize import sentences
from .period_frames import title_lines
from .projects import one_verb_each, stage_words
from .regions import gazetteer
from .schema import Row
from .vocabulary import TOPIC, alternation, table


def topic_of(s: str) -> str:
    """``固定资产投资方面,…``, ``从社会消费品零售总额看,…``: the indicator a paragraph breaks down by place."""
    m = TOPIC.match(s) if s.startswith(("从", "在")) or "方面" in s[:30] or "领域" in s[:30] else None  # where one can open
    return next((g for g in m.groups() if g), "") if m else ""


def title_topic(rows: list[Row], text: str) -> None:
    """``唐山各区县GDP排名``: in an article whose title names one indicator, a figure labelled by nothing but
    its place and a growth or rank word (``迁安市,…,增速6.7%``, ``1.新罗区(607.87亿元``) measures that one."""
    titles = title_lines(text)
    named = ind.named_in(titles[0]) if titles else set()
    if len(named) != 1:
        return
    code = named.pop()
    for r in rows:
        if r.indicator != "other" or not ind.unit_fits(code, r.fig.unit):
            continue
        if not re.sub(r"[\d.()()\[\]:]", "", leftover_words(_unplaced(r))):
            r.indicator = code


# a growth, a rank or a total that names no indicator of its own (data/generic_measure_words.csv)
_GENERIC = re.compile(rf"(?:{alternation('generic_measure_words.csv')})+")


# the field a rank is taken in, a count of places: 居26县第1位, 全省9市州
_FIELD = re.compile(r"(?:全省|全市|全国|全区|全州|山区|各)?\d+个?(?:县市区|区县|县市|县区|市州|县|区|市|州|旗)")
_FIGURE_CHARS = re.compile(r"[\d.()()\[\]:%\-]")


def _unplaced(r: Row) -> str:
    """A row's label without its own place (``长沙市地区生产总值`` → ``地区生产总值``)."""
    return without_places(r.label, [r.place] if r.place else [])


def _says_nothing(bare: str) -> bool:
    """Words that name nothing but a growth, a rank or a total (or nothing at all)."""
    return not bare or bool(_GENERIC.fullmatch(bare))


def _bare(label: str) -> str:
    """What a label's words say once periods, verbs, figures and a rank's field are gone (``居26县`` → ``居``)."""
    return _FIGURE_CHARS.sub("", _FIELD.sub("", leftover_words(label)))


_COLON_AT_LINE_END = re.compile(r":[^\S\n]*(?:\n|\Z)")


def _leads(text: str) -> list[tuple[int, str]]:
    """``回顾一下上半年各县(市、区)GDP完成数据:``: a line with no figure that ends on a colon and names one
    indicator, with where it ends."""
    out: list[tuple[int, str]] = []
    if not _COLON_AT_LINE_END.search(text):
        return out  # no line ends on a colon: no need to split the text again
    for sent in sentences(text):
        line = sent.text.strip()
        if line.endswith(":") and not re.search(r"\d", line) and len(named := ind.named_in(line)) == 1:
            out.append((sent.end, named.pop()))
    return out


def paragraph_topic(rows: list[Row], text: str) -> None:
    """``…地区生产总值1632.99亿元。…增速位列第二``, ``各县GDP完成数据:新罗区(876.45亿元…``: a figure whose words
    name nothing but its place, a growth, a rank or a total measures what the figure before it in its paragraph
    measured, or what the line leading into it names."""
    leads = _leads(text)
    last: tuple[int, int, str] | None = None  # where, which paragraph, what
    for r in rows:
        while leads and leads[0][0] <= r.sent.start:
            end, code = leads.pop(0)
            last = (end, -1, code)
        if r.indicator != "other":
            last = (r.sent.start, r.sent.paragraph, r.indicator)
            continue
        if last is None:
            continue
        unplaced = _unplaced(r)
        if "分别" in r.sent.text[: r.fig.start]:
            unplaced = _without_any_place(unplaced)  # 铜仁、黔南、六盘水分别增长9.9%: 铜仁's label names 六盘水
        if last[1] not in (-1, r.sent.paragraph) and unplaced == r.label:
            continue  # only a breakdown by place goes on past its paragraph
        bare = _bare(unplaced)
        if _says_nothing(bare) and ind.unit_fits(last[2], r.fig.unit):
            r.indicator = last[2]
        elif last[2] in _INDUSTRY_TOTALS and last[1] == r.sent.paragraph and r.fig.unit in ("元", "%") \
                and _one_industry(bare, r.label, r.sent.text):
            r.indicator = "industry_output"


# what a breakdown by industry breaks down; the words that cue one, and those no industry's output is named by
_INDUSTRY_TOTALS = {"industrial_va", "industrial_output", "industry_output"}
_INDUSTRY_WORDS = table("industry_words.csv")  # read once for both of its kinds
_BREAKDOWN = re.compile("|".join(r["word"] for r in _INDUSTRY_WORDS if r["kind"] == "breakdown"))
_NOT_AN_INDUSTRY = re.compile("|".join(r["word"] for r in _INDUSTRY_WORDS if r["kind"] == "not_industry"))
_INDUSTRY_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}")


def _one_industry(bare: str, label: str, sentence: str) -> bool:
    """``规上工业增加值增长8.1%。分行业看,装备制造增长38.7%,新型材料增长30.3%``: an industry named alone (or with
    a growth word) in a paragraph of industry figures, its own industry's (``装备制造业144.07亿元``)."""
    name = _GENERIC.sub("", bare)
    return bool(_INDUSTRY_NAME.fullmatch(name)) and not _NOT_AN_INDUSTRY.search(label) \
        and (name.endswith("业") or bool(_BREAKDOWN.search(sentence)))


def figures_topics(rows: list[Row], text: str) -> None:
    """What the figures naming no indicator of their own measure: the title's one indicator, else the figure
    before them or the line leading into them, else the one indicator the article is about."""
    title_topic(rows, text)
    sentence_topic(rows)
    counted_projects(rows, text)
    paragraph_topic(rows, text)
    article_topic(rows)


def sentence_topic(rows: list[Row]) -> None:
    """``根据2021年全年的GDP数据,…依次为晋江市(2986.4亿元)、鼓楼区(2362.2亿元)``: a place's figure in a list whose
    words name nothing but places, after a lead in its own sentence naming one indicator, measures that one."""
    for r in rows:
        if r.indicator != "other" or r.fig.kind == "rank" or not PLACE_LIST_OPENER.search(r.sent.text, 0, r.fig.start):
            continue  # (the list's opening first: few figures follow one, and the lead's indicators take longer to read)
        named = ind.named_in(r.sent.text[: r.fig.start])
        if len(named) != 1 or not ind.unit_fits(code := next(iter(named)), r.fig.unit):
            continue
        if _says_nothing(_bare(_without_any_place(r.label))):
            r.indicator = code


def _without_any_place(label: str) -> str:
    """A label without any place it names (``依次为晋江市(`` → ``依次为(``)."""
    for m in sorted(gazetteer().mentions(label), key=lambda m: -m.start):
        label = label[: m.start] + label[m.end :]
    return label


# the projects a paragraph counts, before a list of places' counts: 此次开工项目涵盖全州13个市县,其中马尔康4个
_PROJECT_NOUN = re.compile(r"[^,;:。\n]{0,20}?项目")


def counted_projects(rows: list[Row], text: str) -> None:
    """``此次开工项目涵盖全州13个市县,其中马尔康4个、金川县5个``, ``新签约50亿元以上工业项目…:迎江区1个``: a place's count
    with no words of its own (``个``, ``项``), after the projects its paragraph counts (the last named before it),
    counts those projects, at the stage they are named with."""
    for r in rows:
        if r.indicator != "other" or r.fig.unit not in ("个", "项") or r.place is None \
                or not _says_nothing(_bare(_unplaced(r))):
            continue
        at = r.sent.start + r.fig.start
        nouns = list(_PROJECT_NOUN.finditer(text, text.rfind("\n", 0, at) + 1, at))
        if not nouns:
            continue
        r.indicator = "projects"
        stages = {st for _, st in stage_words(one_verb_each(nouns[-1].group()))}
        if not r.stage and len(stages) == 1:
            r.stage = stages.pop()


def article_topic(rows: list[Row]) -> None:
    """``…慈溪(2639亿)、义乌(2055亿)…``, ``居26县第1位`` in an article whose named figures are mostly one indicator's
    (a round-up of counties' GDP): a place's figure with nothing but a growth, rank or total word measures it."""
    named = Counter(r.indicator for r in rows if r.indicator != "other")
    if not named:
        return
    code, n = named.most_common(1)[0]
    if n < 3 or n < 0.6 * sum(named.values()):
        return
    for r in rows:
        if r.indicator != "other" or not ind.unit_fits(code, r.fig.unit):
            continue
        if _says_nothing(_bare(_unplaced(r))):
            r.indicator = code

