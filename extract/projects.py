"""Project stages: which step of a project's life a project figure counts.

Owns: the stage words of SCHEMA.md (洽谈, 初步达成意向 → negotiated, 签约 → signed, 引进 → introduced,
谋划/实施/列入/安排/前期手续 → planned, 开工/集中启动 → started, 在建/加快建设 → under_construction, 竣工/投产 →
completed, 盘活 → revived) and picking the stage nearest to a figure.
"""

from __future__ import annotations

import re

from .vocabulary import alternation, words

PROJECT_CODES = ("projects", "project_investment")  # the indicators that have a stage
EVENT_STAGES = ("signed", "started", "completed", "introduced")  # what a ceremony does; not 推进/谋划

# 计划开工, 即将投产: a building step still to come names projects planned, not started (not 按计划开工, 开工率)
_AIMED = rf"(?<!按)(?:{alternation('stage_aim_words.csv')})(?:新)?(?:开工|动工|开建|竣工|投产|建成|完工|建设|实施)(?!率)"
_STAGE_WORDS: list[tuple[str, str]] = [
    ("aimed", _AIMED),
    ("revived", r"盘活"),
    ("negotiated", r"洽谈|在谈|对接洽谈|达成(?:合作)?意向|初步达成"),  # 初步达成合作意向: agreed in principle, not signed
    ("signed", r"签约|签订|签署|签下"),  # not 协议: 新引进项目21个,协议投资额58.2亿元 is of the introduced
    ("introduced", r"引进|落户|落地|招商引资|招引|引来"),
    ("started", r"开\(复\)工|开工|动工|开建|复工|集中启动|启动建设"),  # 复工项目34个: work resumed on projects begun before
    ("completed", r"竣工|建成|投产|达产|完工|投用"),
    ("under_construction", r"在建|加快建设|推进建设|续建|项目建设|建设中"),
    ("planned", r"谋划|拟建(?=[^,;。]{0,6}(?:项目|工程))|实施|推进|储备|列入|纳入|统筹推进|安排|排定|前期(?:项目|手续|工作)|预备(?=[^,;。]{0,4}(?:项目|工程))"),
]
# the characters a stage word can open with (every word of each alternation, a planned step's aim word): the lookahead
# lets the alternatives, each in a group of its own (which the engine cannot skip to), be tried only where one can start
AIMED = re.compile(_AIMED)  # 计划开工, 拟新开工: a step still to come
_STAGE_FIRST = {w[0] for w in words("stage_aim_words.csv")} | {w.lstrip("(?:")[0] for _, rx in _STAGE_WORDS[1:] for w in rx.split("|")}
_STAGE_RX = re.compile("(?=[" + "".join(sorted(_STAGE_FIRST)) + "])(?:" + "|".join(f"(?P<{name}>{rx})" for name, rx in _STAGE_WORDS) + ")")
_STAGE_OF = {"aimed": "planned"}  # a stage word's group, when it is not the stage's own name


# a rate of projects that took a step (开工率, 开(复)工率, 开工在建率, 立项率, 入库率): the projects' share
RATE_OF_STEP = r"(?:开复工|开\(复\)工|开工(?:\(运营\)|在建)?|复工|动工|投产|竣工|立项|入库)率"

_QUOTED = re.compile(r"“[^”]{0,20}”|\"[^\"]{0,20}\"")
# ``“开工一批”项目14个`` (a campaign's batches: 签约一批, 开工一批, 投产一批): a quoted batch names its projects' step
_QUOTED_BATCH = re.compile(rf"[“\"](?:{'|'.join(rx for _, rx in _STAGE_WORDS)})一批[”\"]")
# 未开工项目, 尚未开复工, 未竣工: a step not taken is no stage of the projects it counts
_NOT_YET = re.compile(r"(?:尚未|还未|仍未|未|没有|尚没有)(?:开复工|开工|复工|动工|开建|竣工|建成|投产|完工|签约|落地)")


def not_yet(text: str) -> bool:
    """``未开复工项目27项``: the text names a step not yet taken."""
    return bool(_NOT_YET.search(text))


def stage_words(text: str) -> list[tuple[int, str]]:
    """(position, stage) of every stage word in ``text``, skipping quoted names (“四新一盘活”, but not a quoted
    batch, “投产一批”) and steps not yet taken (``未开工项目31宗``)."""
    masked = _QUOTED.sub(lambda m: m.group() if _QUOTED_BATCH.fullmatch(m.group()) else " " * len(m.group()), text)
    masked = _NOT_YET.sub(lambda m: " " * len(m.group()), masked)
    return [(m.start(), _STAGE_OF.get(m.lastgroup or "", m.lastgroup or "")) for m in _STAGE_RX.finditer(masked)]


_A_RATE = re.compile(RATE_OF_STEP)  # 开工率, 开复工率: a rate of the set, no stage of its count
_TOTAL_OF = re.compile(r"(?:合计|共计|总计)[^,;。]{0,6}$")


def nearest_stage(before: str, after: str) -> str:
    """The stage named closest to a figure: in its own clause before it, else right after it."""
    if _TOTAL_OF.search(before) and len({_SAME_STEP.get(st, st) for _, st in stage_words(before)}) >= 2:
        return ""  # 开工13个、竣工11个,合计总投资95亿元: a total over several stages
    before = _one_verb_each(before)
    words = _verbs_over_kinds(before, stage_words(before))
    if words:
        if _mixed(before, words):
            return ""  # 开工、竣工的7个项目, 集中开竣工项目25个: a total that mixes stages has none (SCHEMA)
        # "开工建设" names a start even though 建设 follows; the earliest strong verb of the last run wins
        return words[-1][1]
    after = _one_verb_each(_A_RATE.sub(lambda m: " " * len(m.group()), after))  # 90个重点建设项目开工率达80%: the rate's
    words = _verbs_over_kinds(after, stage_words(after))
    if words and _mixed_first(after, words):
        return ""  # 25个重大项目集中开竣工: the verbs after the figure mix stages too
    return words[0][1] if words else ""


# 续建项目, 续建、新建项目: a kind of project (carried over from past years), not a step the text reports
_KIND = re.compile(r"续建(?=(?:[、和及与]新建)?(?:的)?(?:项目|工程))")


def _verbs_over_kinds(text: str, words: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``计划实施续建、新建项目126个``, ``24个续建项目相继复工``: where the text names a step, 续建 before 项目 is only the
    kind of project; alone (``其中,续建项目33个``) it stays the projects' stage."""
    kinds = {m.start() for m in _KIND.finditer(text)}
    steps = [w for w in words if w[0] not in kinds]
    return steps if steps else words


def one_verb_each(text: str) -> str:
    """The text with ``开复工`` as one step and ``开竣工``, ``开(竣)工`` as two (``_one_verb_each``)."""
    return _one_verb_each(text)


def _one_verb_each(text: str) -> str:
    """``开复工`` is one step (开工); ``开竣工``, ``开(竣)工`` are two (开工竣工)."""
    return text.replace("开复工", "开工").replace("开竣工", "开工竣工").replace("开(竣)工", "开工竣工")


_JOINERS = re.compile(r"^(?:、|和|及|与|暨|并|或|,)?新?$")  # 开工、竣工; 集中开工或签约; 签约和新开工
_SAME_STEP = {"introduced": "signed", "under_construction": "started"}  # 签约落地, 开工建设: one step


def _mixed(before: str, words: list[tuple[int, str]]) -> bool:
    """The last run of stage verbs, joined by nothing or 、/和/暨, names more than one step."""
    run = [words[-1]]
    for pos, st in reversed(words[:-1]):
        end = pos + len(_STAGE_RX.match(before, pos).group())  # type: ignore[union-attr]
        if not _JOINERS.match(before[end : run[-1][0]]):
            break
        run.append((pos, st))
    return len({_SAME_STEP.get(st, st) for _, st in run}) >= 2


def _mixed_first(after: str, words: list[tuple[int, str]]) -> bool:
    """The first run of stage verbs after a figure names more than one step (开工竣工, 开工、签约)."""
    run = [words[0]]
    for pos, st in words[1:]:
        prev = run[-1][0] + len(_STAGE_RX.match(after, run[-1][0]).group())  # type: ignore[union-attr]
        if not _JOINERS.match(after[prev:pos]):
            break
        run.append((pos, st))
    return len({_SAME_STEP.get(st, st) for _, st in run}) >= 2


# a stage verb and the words that may go with it before a bare count of projects: 已开工, 第一批集中开工了, 完成新开工
_ONLY_A_STEP = re.compile(r"(?:目前|完成|第[一二三四五六七八九十\d]+批)?(?:已经?|新|累计|共|集中|同步|全部)*"
                          r"(?:开工|签约|竣工|投产|开工建设|竣工投产|落地|动工|开复工)了?")


def only_a_step(text: str) -> bool:
    """``已开工``, ``第一批集中开工了``: the words before a bare count name only the step its projects took."""
    return bool(_ONLY_A_STEP.fullmatch(text))


def ends_in_stage(text: str) -> bool:
    """``…重点项目已开工``: the text ends with a stage verb (which then belongs to the figure after it)."""
    return bool(_STAGE_END.search(text))


_STAGE_END = re.compile(f"(?:{'|'.join(rx for _, rx in _STAGE_WORDS)})了?$")


def starts_with_stage(text: str) -> bool:
    """``开工仪式在这里举行``: the text starts with a stage verb."""
    return bool(_STAGE_RX.match(_one_verb_each(text)))


_NAME_NOUN = "(?:项目|工程|中心|园|基地|线)"  # the noun a project's name ends with
# one project's size: 投资5亿元的…加工项目, 投资4.2亿元、日处理垃圾600吨的…项目 (the money comes first, then its name)
# 某某有限公司投资23.2亿元的…项目, 标志着投资30亿元的…发动机, 位于某镇投资10.5亿元的…项目; 投资5亿元的…、1.2亿元的…生产线
_BARE_SUM = re.compile(r"(?:^|[、,;:和]|包括|当属|其中|以及|有|总|公司|集团|标志着|引进|分别是|就|随着|[镇乡县区市])(?:追加)?投资(?:达|约|近|超)?$"
                       rf"|(?:^|{_NAME_NOUN})、?$")
_NAMED_AFTER = re.compile(rf"^(?:的|、[^,;。、]{{1,20}}的)[^,;。]{{2,50}}?{_NAME_NOUN}|^的[^,;。]{{2,30}}(?:、|以及|和|$)"
                          r"|^,?实施[^,;。]{0,30}?项目")  # 投资2.47亿元实施20个乡村振兴项目: the projects it is put into


# a firm putting money in: 东方希望集团投资40亿元, 伊利集团追加投资30亿元, 公司将在图木舒克市投资30亿元 (not 累计投资)
_FIRM_INVESTS = re.compile(r"(?:公司|集团|团队)(?:将|拟)?(?:在[^,;。、]{2,10})?(?<!累计)(?:追加)?投资(?:达|约|近|超)?$")


# a phase of one project (项目分两期建设,其中一期投资11.7亿元), or what a project described is to cost
# (…项目位于大庙口镇袁家村,拟投资3亿元,规划总面积…)
_PHASE_OR_PROPOSED = re.compile(r"(?:[一二三四首]期(?:工程|项目)?(?:计划|预计)?|^拟)投资(?:达|约|近|超|为)?$")


def one_project_size(pre: str, rest: str, after_a_size: bool = False) -> bool:
    """``投资5亿元的小麦精深加工项目开工建设``: a bare 投资 sum followed by the project it is the size of;
    ``明泉集团投资25亿元``: what a firm invests is its project's size; so is a phase's (``一期投资``), what a
    project is proposed to cost (``拟投资``) and, listed right after one project's size (``after_a_size``), a sum
    followed by the next project it is the size of (``投资5亿元的…光伏发电、1.2亿元的新型材料白砂生产线``)."""
    pre = pre.strip()
    listed = after_a_size and pre[-1:] == "、" and rest[:1] == "的"
    return (bool(_BARE_SUM.search(pre)) and bool(_NAMED_AFTER.search(rest))) or bool(_FIRM_INVESTS.search(pre)) \
        or bool(_PHASE_OR_PROPOSED.search(pre)) or listed


def own_stage(rest: str) -> str:
    """``…的光大环保发电项目,已开工建设;``: the stage a named project's own words give it: in the clause naming it,
    or the clause right after a name that ends it; the first run of stage verbs (开工建设 → started); not a
    condition (``建成后``, ``全部达产后``)."""
    clauses = re.split(r"[,;。]", rest)
    own = clauses[0] + ("," + clauses[1] if len(clauses) > 1 and _NAME_END.search(clauses[0]) else "")
    own = _one_verb_each(_AFTER.sub(lambda m: " " * len(m.group()), own))
    words = stage_words(own)
    if not words or _mixed_first(own, words):
        return ""
    return words[0][1]


_NAME_END = re.compile(f"{_NAME_NOUN}$")
_AFTER = re.compile(r"(?:建成|投产|达产|竣工|完工|投用)后")
