"""Codes taken back: the words around a figure say it is not the indicator its label first named.

Owns an ordered list of small vetoes, each taking back one code (``taken_back``): the projects' offices are
no projects (``项目工作专班3个``), enterprises served are not the stock, one project's works are no project
count, land built or averaged is no planted area, a group of the population is not the population, one
firm's or farm's output (or a unit's average) is no industry's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .label_groups import a_group_of_people
from .projects import RATE_OF_STEP
from .vocabulary import ACTIVITY, COMPLETION, LAND_USE

_PROJECT_WORK = re.compile(r"项目\)?(?:工作|小组|专班|指挥部|单位|业主|现场(?!集中|签约|开工)|负责人|管理|建设单位|问题)"
                           r"|工程(?:技术)?(?:研究|技术)中心")


def _project_work(code: str, unit: str, pre: str, post: str, label: str) -> bool:
    """``项目工作专班3个``: the projects' offices, not projects; nor are ``工程技术研究中心18家`` (research centres)."""
    return code == "projects" and bool(_PROJECT_WORK.search(label + post))


def _enterprises_served(code: str, unit: str, pre: str, post: str, label: str) -> bool:
    """``服务“四上”企业1443家``, ``高新技术企业申报13家``: enterprises served or applying, not the stock."""
    return code.startswith(("enterprises", "high_tech")) and bool(ACTIVITY.search(label))


_GROWTH_WORDS = re.compile(r"增长|下降|增速|增幅|减少|提高|上升")
_RATE_OF_STEP = re.compile(RATE_OF_STEP + r"(?:达到?了)?$")  # 开工率, 立项率, 开复工率达到了


def _share_of_a_project(code: str, unit: str, pre: str, post: str, label: str) -> bool:
    """``项目完成主体工程的60%``: the share of one project's works is not a project count (a rate such as
    ``开工率95%``, a growth ``签约项目同比增长30%`` or a share ``亿元以上项目数量占比50%`` is the projects')."""
    return code == "projects" and unit == "%" and not COMPLETION.search(pre) and "占" not in pre \
        and not _GROWTH_WORDS.search(pre) and not _RATE_OF_STEP.search(label)


def _land_not_a_crop(code: str, unit: str, pre: str, post: str, label: str) -> bool:
    """``新建高标准农田3万亩``, ``户均种植马铃薯20亩``: land built, treated or averaged is not the planted area
    (data/land_use_words.csv)."""
    return code == "planting_area" and bool(LAND_USE.search(pre + post))


def _part_of_the_population(code: str, unit: str, pre: str, post: str, label: str) -> bool:
    """``其中男性人口10.2万人``, ``残疾人口6000人``: a group of the population (``label_groups``) is not the population."""
    return code == "population" and a_group_of_people(label)


# one firm or farm making it (公司年产值, 集团…产值, 合作社…产值), or one unit's average (亩均产值, 户均产值)
_ONE_MAKER = re.compile(r"(?:公司|集团|农庄|农场|合作社|制药)[^,;。]{0,12}$")
_PER_UNIT = re.compile(r"(?:亩均|户均|每亩|人均)")


def _output_of_one_maker(code: str, unit: str, pre: str, post: str, label: str) -> bool:
    """``产值前30强企业(集团)实现工业产值同比增长超过30%``, ``亩均产值1200万元``: what one firm or farm turns out, or a
    unit's average, is not an industry's output (a project's output once built is: the gold gives it that code)."""
    return code == "industry_output" and bool(_ONE_MAKER.search(pre) or _PER_UNIT.search(label))


_TAKEN_BACK: tuple[Callable[[str, str, str, str, str], bool], ...] = (
    _project_work, _enterprises_served, _share_of_a_project, _land_not_a_crop, _part_of_the_population,
    _output_of_one_maker)


def taken_back(code: str, unit: str, pre: str, post: str, label: str) -> bool:
    """Whether the words before (``pre``) and after (``post``) a figure in ``unit`` labelled ``label`` take
    back ``code``."""
    for veto in _TAKEN_BACK:  # a plain loop: a generator in ``any`` costs more than most of the vetoes
        if veto(code, unit, pre, post, label):
            return True
    return False
