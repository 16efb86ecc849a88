"""Groups of people or things a label names that are a part of a catalogue figure, not the figure.

Owns: telling the whole population (``常住人口``, ``户籍总人口``, ``全县人口``) from a group of it (``男性人口``,
``农业人口``, ``残疾人口``): SCHEMA says a part of a catalogue figure is ``other``. ``labels`` takes the code back.
"""

from __future__ import annotations

import re

from .vocabulary import alternation

# what may stand right before 人口 when it is the whole population: a total word (data/whole_population_words.csv),
# a place (全县人口, 象州县人口) or nothing
_WHOLE_PEOPLE = re.compile(rf"(?:^|[,、:]|{alternation('whole_population_words.csv')}|[县市区省州旗盟镇乡村])人口")


def a_group_of_people(label: str) -> bool:
    """``其中男性人口10.2万人``, ``农业人口17万人``, ``残疾人口6000人``: people qualified by anything but a total word or
    a place are a group of the population, not the population."""
    return "人口" in label and not _WHOLE_PEOPLE.search(label)


# a kind in a breakdown of projects by kind: 产业转型类, 基础设施建设类 (a 类 needs no more); 低碳经济产业, 数字经济 after
# the projects are named in the sentence
_KIND = re.compile(r"[\u4e00-\u9fff]{2,12}类$")
_FIELD = re.compile(r"[\u4e00-\u9fff]{2,10}(?:产业|经济|领域)$")
# a level or a kind of project by when it was begun, in a breakdown: 其中:省级6项, 新建5项,续建1项
_TIER = re.compile(r"(?:国家|[省市县区州盟旗])级|新建|续建|新开工|计划新开工")


def a_kind_of_projects(label: str, sentence_before: str) -> bool:
    """``其中产业转型类6个,…;基础设施类3个``, ``此次签约项目…,包括数字经济2个``: a count of a kind, with no noun of its
    own, in a breakdown of projects."""
    label = re.sub(r"^(?:其中|包括|有)", "", label.strip(",、 "))
    return bool(_KIND.fullmatch(label)) or (bool(_FIELD.fullmatch(label) or _TIER.fullmatch(label)) and "项目" in sentence_before)
