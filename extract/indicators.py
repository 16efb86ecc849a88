"""The indicator catalogue and mapping a figure's label to an indicator code.

Owns: loading ``data/indicators.csv`` (codes, Chinese names, synonyms) plus
``data/synonyms_extra.csv`` (phrases articles use that the catalogue lacks), the units each
indicator can be stated in, and choosing the code for a label phrase.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

MONEY = {"元", "美元"}

# Which base units each indicator's own amount can be stated in (growth, share, rank and pp
# figures in %, 位 and 百分点 fit every indicator).
_MONEY_CODES = {
    "gdp", "primary_va", "secondary_va", "tertiary_va", "industrial_va", "industrial_output", "industry_output",
    "fiscal_revenue", "general_budget_revenue", "fixed_asset_investment", "industrial_investment",
    "manufacturing_investment", "high_tech_investment", "major_project_investment", "retail_sales", "exports",
    "foreign_trade", "foreign_investment", "urban_income", "rural_income", "project_investment", "financing",
    "gdp_per_capita", "agri_output", "construction_output", "real_estate_investment", "infrastructure_investment",
    "private_investment", "general_budget_expenditure", "tax_revenue", "deposits", "loans", "resident_income",
    "tourism_revenue",
}
_UNITS: dict[str, set[str]] = {code: MONEY for code in _MONEY_CODES}
_UNITS.update(
    {
        "enterprises_above_scale": {"家", "个", "户"},
        "enterprises_four_above": {"家", "个", "户"},
        "high_tech_enterprises": {"家", "个", "户"},
        "market_entities": {"家", "个", "户"},
        "projects": {"个", "项", "批", "家", "宗"},  # 项目91宗: the counter of projects in Guangdong
        "population": {"人"},
        "employment": {"人", "个", "名"},
        "tourist_visits": {"人次", "人"},
        "planting_area": {"亩", "公顷"},
        "production_capacity": {"吨", "千瓦", "兆瓦", "MW", "GW", "kW", "立方米", "千瓦时", "标箱"},
        "grain_output": {"吨", "斤"},
        "electricity_consumption": {"千瓦时", "度"},
        "income_ratio": {""},
        "urbanization_rate": {"%"},
        "cpi": {"%"},
    }
)
RELATIVE_UNITS = {"%", "位", "百分点"}


@dataclass(frozen=True)
class Indicator:
    code: str
    name_zh: str
    name_en: str
    category: str
    synonyms: tuple[str, ...]


def _read_csv(name: str) -> list[dict[str, str]]:
    with resources.files("extract.data").joinpath(name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@lru_cache(maxsize=1)
def catalogue() -> dict[str, Indicator]:
    """The shipped catalogue, code → Indicator."""
    out = {}
    for r in _read_csv("indicators.csv"):
        syn = tuple(s for s in (r.get("synonyms") or "").split("|") if s)
        out[r["code"]] = Indicator(r["code"], r["name_zh"], r["name_en"], r["category"], syn)
    return out


@lru_cache(maxsize=1)
def _phrases() -> list[tuple[str, str]]:
    """(phrase, code) pairs, longest first."""
    pairs = []
    for ind in catalogue().values():
        if ind.code == "other":
            continue
        names = {ind.name_zh.strip("“”"), *ind.synonyms}
        if ind.name_zh.startswith("“"):
            names.add(ind.name_zh)
        for n in names:
            pairs.append((n, ind.code))
    for r in _read_csv("synonyms_extra.csv"):
        pairs.append((r["phrase"], r["code"]))
    pairs.sort(key=lambda p: -len(p[0]))
    return pairs


@lru_cache(maxsize=1)
def _count_only() -> frozenset[str]:
    """Phrases that name their indicator only for a count in its own unit (``民生工程12项`` is projects,
    ``主体工程的85%`` is not): data/count_only_phrases.csv."""
    return frozenset(r["word"] for r in _read_csv("count_only_phrases.csv"))


@lru_cache(maxsize=1)
def _phrase_regex() -> re.Pattern[str]:
    """The phrases as one pattern matching, where several start, the longest: written as a trie
    (``增(?:加值|长)``), so each position is tried against its character's phrases alone, not all of them."""
    return re.compile(_trie([p for p, _ in _phrases()]))


def _trie(words: list[str]) -> str:
    """A pattern matching any of ``words``, the longest where several start at one position."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def pattern(node: dict) -> str:
        alts = [re.escape(ch) + pattern(child) for ch, child in node.items() if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body  # a word ending here: longer ones first, then it

    return pattern(root)


@lru_cache(maxsize=1)
def _phrase_codes() -> dict[str, str]:
    return dict(_phrases())


# (农林牧渔业(包括农林牧渔专业及辅助性活动)增加值: a bracket that says what the sector takes in; 农林牧渔增加值)
_INDUSTRY = re.compile(r"(?:[\u4e00-\u9fff]{1,10}(?:业|产业|产业链|产业集群|行业)(?:\([^()]{1,24}\))?|农林牧渔)(?:综合)?(?:增加值|总产值|产值)"
                       r"|(?:综合)?产值")

# 煤炭工业, 食品制造业, 纺织服装业 (an industry named by 业 after a word that is not 企/就/创/物…)
_SECTOR = re.compile(r"[\u4e00-\u9fff]{1,8}(?:工业|行业|产业|制造业|加工业|[^企就创物作毕营专事农商林渔\W]业)"
                     r"(?=(?:增加值|产值)?(?:同比)?(?:增长|下降|增速|为)?$)")


# a sector of the national classification named alone as a label
_BARE_SECTOR = re.compile(
    r"(?:^|[,、;:其中])(?:农林牧渔服务|农林牧渔专业及辅助性活动|农|林|牧|畜牧|渔|工|建筑|服务|批发和零售|批发零售|"
    r"交通运输仓储和邮政|交通运输|住宿和餐饮|金融|房地产|营利性服务|非营利性服务)业(?:完成|实现)?$"
)


def unit_fits(code: str, unit: str) -> bool:
    if unit in RELATIVE_UNITS or code == "other":
        return True
    allowed = _UNITS.get(code)
    return allowed is None or unit in allowed


# words that contain a catalogue phrase but mean something else: 省外资金 is not 外资, 森林面积 is not planted
# and a part of a catalogue figure is not the figure (SCHEMA rulings): 契税收入 and 非税收入 are not 税收,
# 区本级一般公共预算收入 is not the district's, nor 中央级 the centre's share, nor 区级各项税收 or 工业税收 all taxes; jobs created are not re-employment, labour moved or people employed;
# people already at work, jobs kept, workplaces and the budget's jobs spending (未就业, 稳定就业, 充分就业社区,
# 社会保障和就业支出) are not jobs created; a ratio built on a catalogue figure (单位地区生产总值能耗, 单个项目平均投资额)
# is not the figure; a scenic spot's, a guesthouse's or rural tourism's visitors and revenue, overnight, day or border
# tourism's revenue and a season's grain (小春粮食产量) are parts of the place's figures; the budget's total revenue
# (一般公共预算总收入, with transfers) is no catalogue figure, nor are new farm businesses (新型农业经营主体)
# or industry's sales output (工业销售产值)
_FALSE_FRIENDS = re.compile(
    r"[省市县区境]外资金|(?:森林|林地|草原|湿地|水域|建筑|占地|用地|耕地保有|造林|绿化|流转|认证|补贴|灌溉|防治|施肥|治理|整治|"
    r"改造|沙化|沙化土地|退耕|退牧|还草|覆盖|应用|推广|机械|机械化|机耕|机播|机收|机械耕地|机械播种|机械收获|辖区|行政区域|国土|"
    r"生产基地|基地)面积|(?<!税)[\u4e00-\u9fff]税收入|非税收收入|(?:第[一二三]产业|[一二三]产业?)(?:完成)?投资|"
    r"(?:[区县市乡镇旗盟州]本?级|本级|乡镇级|中央级|省级)(?:地方)?(?:一般公共预算|公共财政预算|财政)(?:收入|支出)|"
    r"(?:[区县市乡镇旗盟州]级|中央级|省级)(?:各项)?税收|(?:工商|工业|其他)税收|"
    r"(?:城镇|乡村|农村|城市|出生|死亡|贫困|流动|外来|少数民族|劳动力)(?:常住|户籍)?人口|"
    r"就业困难人员(?:实现)?(?:再?就业)?|再就业|转移就业|就业率|年末就业人员|未就业|零就业|稳定就业|(?<![\u4e00-\u9fff])在[^,;、]{1,8}就业|(?:充分)?就业社区|"
    r"(?:社会保障和)?就业(?:补助|专项)?(?:支出|资金)|"
    r"人口(?:出生率|死亡率|自然增长率)|(?:低收入|减贫|脱贫|贫困线以下的)人口|税收返还|其他各项税收|收入总计|"
    r"户籍人口城镇化率|单位[^,;、]{0,12}?(?:综合)?(?:能耗|电耗|水耗|排放量?)|(?:单个|每个)?项目平均投资额?|"
    r"(?:景区|旅游区点|乡村旅游点|家庭旅馆|民宿|农牧民)[共就]?(?:接待游客|旅游(?:综合|经营)?收入|营业收入)|乡村旅游(?:收入|接待)|(?:过夜游|一日游|边境)旅游(?:综合)?收入|"
    r"(?:小春|大春|夏季|秋季)粮食(?:作物)?总?产量|一般公共预算总收入|新型(?:农业)?经营主体|"
    r"工业(?:企业)?(?:累计)?(?:完成|实现)?(?:工业)?销售产值"
)

_FALSE_FRIEND_WORD = re.compile(r"资金|面积|税|投资|收入|支出|人口|就业|耗|排放|接待|产量|主体|销售产值")  # one of which every false friend holds


@lru_cache(maxsize=1)
def _enterprise_group() -> re.Pattern[str]:
    """Enterprises grouped by ownership or size (``民营企业``, ``亿元企业``, ``前15强企业``: data/enterprise_groups.csv):
    what they turn out, pay or export is a part of the place's figure, not the figure."""
    words = sorted((r["word"] for r in _read_csv("enterprise_groups.csv")), key=len, reverse=True)
    ranked = r"前?[\d一二三四五六七八九十百]+强"  # 前15强企业, 百强企业, “三十强”工业企业
    return re.compile(r"(?<![\d.万])(?:" + "|".join(map(re.escape, words)) + "|" + ranked + r")[\u4e00-\u9fff“”\"]{0,8}?企业(?:(?!项目)[^,;、])*")  # 其项目 stay projects


# what a short phrase goes on to measure when it is not the phrase's own indicator: 规上工业|营业收入
_OTHER_HEAD = re.compile(r"(?:营业收入|主营业务收入|营收|利润|利税|税收|税金|用电量|用工|出口交货值|从业人员)")


def last_phrase(label: str, code: str) -> str:
    """The last words in ``label`` that name ``code`` (``…项目(总投资`` → ``总投资``), or ""."""
    found = [m.group() for m in _phrase_regex().finditer(label) if _phrase_codes()[m.group()] == code]
    return found[-1] if found else ""


def named_in(text: str) -> set[str]:
    """The catalogue indicators a text names (a title's ``各区县GDP排名`` → {"gdp"})."""
    return {_phrase_codes()[m.group()] for m in _phrase_regex().finditer(text)}


@lru_cache(maxsize=1)
def _linking_verbs() -> re.Pattern[str]:
    """Verbs that may stand between a subject and its measure (``第二产业实现增加值``): data/linking_verbs.csv."""
    verbs = sorted((r["word"] for r in _read_csv("linking_verbs.csv")), key=len, reverse=True)
    return re.compile(r"(?<=[\u4e00-\u9fff])(?:" + "|".join(map(re.escape, verbs)) + r")(?=增加值|总产值|产值)")


# a contribution or a pull: what stands before it is what contributes, not what grows
_SECTOR_INVESTED = re.compile(r"([\u4e00-\u9fff]{0,10}?(?<!企)业)(?:累计)?完成(?:固定资产)?投资")  # 食品工业完成投资 (not 企业)
_PULL = re.compile(r"(?:分别)?(?:对[^,;对]{0,16}?(?:增长)?的?贡献率?|(?:拉动|拉低|带动|[上下]拉)[^,;]{0,12}?(?:增长|增速)?$)")


@lru_cache(maxsize=1024)  # the same words are matched by several decisions about one figure: read once
def match_indicator(label: str, unit: str) -> tuple[str, int]:
    """The indicator code a label phrase names (and where it ends), or ("", -1); a linking verb between
    the subject and its measure is read through (``第二产业实现增加值`` names ``secondary_va``)."""
    if unit in ("%", "百分点") and "占" in label:  # 第一产业增加值占地区生产总值比重: a part's share takes the part's code
        part = label.split("占")[0]
        code, end = match_indicator(part, unit)
        if code:
            return code, end
    pull = _PULL.search(label) if "贡献" in label or "拉" in label or "带动" in label else None  # what a pull holds
    if pull and unit in ("%", "百分点"):  # 工业增加值对GDP贡献率, 第二产业拉动经济增长: the part's, not the whole's
        code, end = _match(label[: pull.start()], unit)
        if code in _MONEY_CODES:
            return code, end
        if not re.sub(r"[\s,、]|分别|合计|共|均", "", label[: pull.start()]):
            return "", -1  # 增长7.9%,拉动GDP增长3.5个百分点: the figure before's pull (labels)
    if "完成投资" in label and (sector := _SECTOR_INVESTED.search(label)):  # 装备制造业完成投资: a sector's investment,
        code = _phrase_codes().get(sector.group(1) + "投资", "")  # the catalogue's when named so (制造业投资), else none
        return (code, sector.end()) if code else ("", -1)
    cut = _linking_verbs().search(label) if "产值" in label or "增加值" in label else None  # what a verb must stand before
    if cut is None:
        return _match(label, unit)
    code, end = _match(label[: cut.start()] + label[cut.end() :], unit)
    return code, (end + len(cut.group()) if end > cut.start() else end)


def _match(label: str, unit: str) -> tuple[str, int]:
    best = ("", -1, 0)
    if _FALSE_FRIEND_WORD.search(label):  # a false friend holds one of these words: a label with none has none
        label = _FALSE_FRIENDS.sub(lambda m: " " * len(m.group()), label)
    if "企业" in label:  # an enterprise group is of 企业
        label = _enterprise_group().sub(lambda m: " " * len(m.group()), label)
    for m in _phrase_regex().finditer(label):
        code = _phrase_codes()[m.group()]
        if not unit_fits(code, unit) or _OTHER_HEAD.match(label, m.end()) or (unit in RELATIVE_UNITS and m.group() in _count_only()):
            continue
        key = (m.end(), len(m.group()))
        if key > (best[1], best[2]):
            best = (code, m.end(), len(m.group()))
    for m in _INDUSTRY.finditer(label) if (unit in MONEY or unit in RELATIVE_UNITS) and ("产值" in label or "增加值" in label) else ():
        if m.end() > best[1] or (m.end() == best[1] and len(m.group()) > best[2] and best[0] in ("", "other")):
            best = ("industry_output", m.end(), len(m.group()))
    if not best[0] and (unit in MONEY or unit in RELATIVE_UNITS):
        m = _BARE_SECTOR.search(label) if "业" in label else None  # a sector is a …业 (the pattern opens on no character)
        if m:  # 其中,农业42.5亿元; 建筑业完成0.60亿元: a sector named alone is that sector's output or value added
            best = ("industry_output", m.end(), len(m.group()))
    if not best[0] and unit in RELATIVE_UNITS:
        m = _SECTOR.search(label) if "业" in label else None
        if m and not re.search(r"拉动|带动|合计|占", m.group()):  # 其中煤炭工业增长3.2%: a sector's growth
            best = ("industry_output", m.end(), len(m.group()))
    return best[0], best[1]

