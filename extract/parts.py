"""Figures of a part: a counted group of enterprises, or a breakdown after 其中, stating a share of a catalogue figure.

Owns: taking a catalogue code back when the figure is the figure of a counted group named just before it
(``受表彰的229家企业,共完成税收21.6亿元``, ``241家产值过亿,实现产值98亿元``, ``14户新增企业完成工业总产值…``;
the count stands first, as the subject):
SCHEMA says a part of a catalogue figure is ``other``. The place's whole set of above-scale enterprises
(``规上工业企业128家,实现产值56亿元``) is no part, and a group's investment is the size of its projects. And
a breakdown after 其中 or 含 naming the whole's own indicator (``财政总收入…,其中,地方财政收入…``) or breaking down a
part (``区本级一般公共预算收入…,含税收收入…``) is a part too.
"""

from __future__ import annotations

import re

from .indicators import MONEY, RELATIVE_UNITS, named_in
from .numbers import Figure
from .schema import Row

# codes a group of enterprises can have a part of: what they turn out, pay, earn or trade
_WHOLES = frozenset({
    "gdp", "industrial_va", "industrial_output", "industry_output", "fiscal_revenue", "general_budget_revenue",
    "tax_revenue", "exports", "foreign_trade", "retail_sales",
})
_MONEY_WHOLES = _WHOLES | {"general_budget_expenditure"}
_GROUP_UNITS = ("家", "户")
# the whole set of the place's enterprises of a kind: their figures are the place's
_WHOLE_SET = re.compile(r"规模?以上|规上|限上|限额以上|四上|全[县市区]")


def _group_before(f: Figure, s: str, rows: list[Row]) -> Row | None:
    """The count of enterprises heading the figure's clause or the clause before it (no other figure between)."""
    earlier = [r for r in rows if r.sent.text == s and r.fig.end <= f.start]
    if not earlier:
        return None
    last = earlier[-1]
    if last.fig.unit not in _GROUP_UNITS or last.measure != "count":
        return None
    if not re.match(r"[\u4e00-\u9fff]", s[last.fig.end : last.fig.end + 1]):
        return None  # 新增进出口企业9家,出口创汇…: a count closing its clause is a fact of its own, not the subject
    between = s[last.fig.end : f.start]
    if len(re.findall(r"[,;:]", between)) > 1:
        return None
    return last


def part_of_a_group(code: str, f: Figure, s: str, rows: list[Row]) -> bool:
    """``受表彰的229家企业,去年共完成留区税收21.67亿元``: the counted group's figure is a part of the place's."""
    if code not in _WHOLES or f.unit not in MONEY | RELATIVE_UNITS:
        return False
    group = _group_before(f, s, rows)
    if group is None or group.indicator.startswith(("enterprises", "high_tech")):
        return False  # 规上工业企业128家,实现产值56亿元: the place's above-scale industry
    start = max(s.rfind(c, 0, group.fig.start) for c in ",;:。") + 1
    return not _WHOLE_SET.search(s[start : f.start])


# codes a part of which is still counted as the code: projects are counted in every breakdown
_ALWAYS_ITS_OWN = frozenset({"projects", "project_investment", "major_project_investment", "other"})
_PART_OPENER = re.compile(r"(?:^|[,;:(])(?:其中|含)[:,]?")


def _part_named(code: str, label: str) -> bool:
    """``县本级一般公共预算收入``: a whole that is a part of a catalogue figure (its parts are parts too); not a total
    beside it (``一般公共预算总收入``, with the transfers: ``其中地方一般公共预算收入`` is the catalogue's own)."""
    named = named_in(label) & _MONEY_WHOLES
    return bool(named) and (code in named or "总收入" not in label)


def part_after_its_whole(code: str, f: Figure, s: str, rows: list[Row]) -> bool:
    """``财政总收入86.7亿元,其中,地方财政收入36.5亿元``: after 其中 (or 含), a figure naming the same indicator as
    the whole stated before it in the sentence is a part of that whole (SCHEMA: a part is ``other``)."""
    if code in _ALWAYS_ITS_OWN or f.unit not in MONEY:
        return False
    levels = [r for r in rows if r.sent.text == s and r.measure in ("level", "target") and r.fig.end <= f.start and r.fig.unit in MONEY]
    whole = next((r for r in levels if r.indicator == code), None) or next(
        (r for r in levels if r.indicator == "other" and _part_named(code, r.label)), None)
    if whole is None:
        return False  # 区本级一般公共预算收入…,含税收收入…: a part of a part (named as a catalogue figure) too
    opener = _PART_OPENER.search(s, whole.fig.end, f.start)
    return opener is not None and not re.search(r"[;。]", s[opener.end() : f.start])
