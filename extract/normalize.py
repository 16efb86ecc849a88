"""Turn raw article bytes or text into the normalized text every offset refers to.

Owns: encoding detection (UTF-8, GB18030/GBK, Big5), traditional → simplified conversion,
removal of pinyin glosses left by broken converters (``產(chǎn)``), full-width folding, dropping
decorative symbols and the spaces some sites put around figures (``386.5 亿元``), joining of lines
broken in the middle of a sentence, flagging of garbled runs, and sentence splitting. Tables are
turned into sentences by ``tables``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from . import reasons
from .simplified import to_simplified
from .tables import html_tables, text_tables


class UnreadableText(ValueError):
    """The input cannot be read as an article; the message says why in one sentence."""


_PINYIN = re.compile(r"\?*\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}\)")
# A run of broken-converter residue: question marks, stray pinyin syllables or replacement chars.
_GARBLED = re.compile(r"(?:[?\ufffd]+[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)?|\ufffd{2,}|[?]{3,})")
_END = "。！？；：”」』）)…!?;"
_KEEP_PUNCT = {"，": ",", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")"}
_CJK_PUNCT = set("“”‘’「」『』《》、，。：；！？（）【】—…·")
_SENTENCE_END = re.compile(r"[。;!?\n]")


def decode(data: bytes) -> str:
    """Decode article bytes, detecting UTF-8, GB18030 and Big5; raise UnreadableText otherwise."""
    return decode_counted(data)[0]


def decode_counted(data: bytes) -> tuple[str, int]:
    """The text of article bytes and how many spots of bytes that are not valid text were replaced by
    U+FFFD: a few stray bytes (a cut-off last character, a lone 0xFF) are tolerated, binary is not.
    Raises UnreadableText with a one-sentence reason (``reasons``)."""
    if not data or not data.strip():
        raise UnreadableText(reasons.text("empty"))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", "replace")
        return text, text.count("\ufffd")
    if b"\x00" in data[:4096]:
        raise UnreadableText(reasons.text("binary"))
    try:
        return data.decode("utf-8"), 0
    except UnicodeDecodeError:
        pass
    candidates = []
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_cjk_plausibility(text), enc, text))
    if candidates and max(candidates)[0] >= 0.3:
        return max(candidates)[2], 0
    text, bad = _tolerant(data, "utf-8")
    if bad <= _few(text, bad):
        return text, bad
    tolerated = []
    for enc in ("gb18030", "big5"):
        text, bad = _tolerant(data, enc)
        if bad <= _few(text, bad):
            tolerated.append((_cjk_plausibility(text), bad, text))
    if tolerated and max(tolerated)[0] >= 0.3:
        _score, bad, text = max(tolerated)
        return text, bad
    raise UnreadableText(reasons.text("not_chinese" if candidates or tolerated else "encoding"))


_ESCAPED = re.compile("[\udc80-\udcff]+")


def _tolerant(data: bytes, encoding: str) -> tuple[str, int]:
    """``data`` decoded with every run of undecodable bytes replaced by one U+FFFD, and how many spots were
    replaced: a run of up to three bytes (a cut-off character) is one spot, a longer run one per three bytes."""
    raw = data.decode(encoding, "surrogateescape")
    bad = sum(-(-len(m.group()) // 3) for m in _ESCAPED.finditer(raw))
    return _ESCAPED.sub("\ufffd", raw), bad


def _few(text: str, bad: int) -> int:
    """How many replaced spots a text may have and still count as that encoding: two, plus one per 200 other non-ASCII characters."""
    return 2 + (sum(1 for c in text if c > "\x7f") - bad) // 200


# the most common characters of Chinese text, most common first
COMMON_CHARS = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所"
    "民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那"
    "社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并"
    "提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放"
    "决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清美再采"
    "转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需"
    "段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何"
    "除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听"
    "该铁价严龙飞亿项企县镇乡村园投资额"
)
_COMMON = set(COMMON_CHARS)


@lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    return frozenset(_COMMON) | frozenset(to_simplified("".join(_COMMON)))


def _cjk_plausibility(text: str) -> float:
    """Share of CJK characters that are among the most common simplified/traditional ones."""
    cjk = [c for c in text[:20000] if "\u4e00" <= c <= "\u9fff"]
    if not cjk:
        return 0.0
    common = _common_chars()
    return sum(c in common for c in cjk) / len(cjk)


class CharMap(dict):
    """A ``str.translate`` table from a function of one character, filled as characters are met (up to
    65,536 of them, so hostile text with every code point cannot grow it without bound)."""

    def __init__(self, of: Callable[[str], str]) -> None:
        super().__init__()
        self.of = of

    def __missing__(self, code: int) -> str:
        out = self.of(chr(code))
        if len(self) < 1 << 16:
            self[code] = out
        return out


def fold(text: str) -> str:
    """Fold full-width digits, letters and punctuation to ASCII, keeping CJK quotes and 、。."""
    return _MAY_FOLD.sub(_fold_run, text)


def _fold_run(m: re.Match[str]) -> str:
    return m.group().translate(_FOLD)


def _fold_char(ch: str) -> str:
    if ch in _CJK_PUNCT:
        return _KEEP_PUNCT.get(ch, ch)
    if "\uff01" <= ch <= "\uff5e" or ch.isdigit():
        return unicodedata.normalize("NFKC", ch)
    if ch == "\u3000":
        return " "
    if ch > "\u2000" and ch not in _KEEP_SYMBOLS and unicodedata.category(ch) == "So":
        return " "  # ✅ 📊 ■: decoration, not words
    return ch


_FOLD = CharMap(_fold_char)
# the characters ``_fold_char`` keeps as they are (ASCII, the CJK ideographs, the CJK marks kept): only the runs of
# other characters, a few in an article, go through the table (a lookup per character is most of folding's time)
_MAY_FOLD = re.compile("[^\x00-\x7f\u4e00-\u9fff" + "".join(sorted(_CJK_PUNCT - set(_KEEP_PUNCT))) + "]+")


_KEEP_SYMBOLS = set("℃㎡㎞㎏㎜")
# ``386.5 亿元``, ``第 2 位``: a space between a figure and the words around it is typography (the pattern
# opens on the space and looks back past it, so it is tried only at spaces, not at every character)
# (``1 —8 月份``, ``2 .7倍``: inside a range of months or a decimal too)
_LOOSE_FIGURE = re.compile(r" (?:(?<=\d ) *(?=[万亿千百%‰\u4e00-\u9fff]|[—–~－-] *\d|\.\d)|(?<=[\u4e00-\u9fff] ) *(?=\d)"
                           r"|(?:(?<=\d[—–~－-] )|(?<=\d [—–~－-] )) *(?=\d))")


# a title set letter-spaced: ``三 河 市``
_SPACED_LINE = re.compile(r"^[ \u3000]*[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,9}[ \u3000]*$", re.M)


def tighten(text: str) -> str:
    """Drop the spaces some sites put around figures, line by line (tab-separated columns are kept), and
    those between the characters of a letter-spaced title (``三 河 市``)."""
    text = _SPACED_LINE.sub(lambda m: re.sub(r"[ \u3000]+", "", m.group()), text)
    return _LOOSE_FIGURE.sub("", text)


def _ends_sentence(line: str) -> bool:
    """A closing quote ends a sentence only after a full stop: ``…。”`` but not ``“千企技改”``; a closing bracket
    ends its line (a long title's ``…统计公报(2025年更新)`` is not run into the lead)."""
    if line[-1] in "”」』":
        return len(line) > 1 and line[-2] in _END
    return line[-1] in _END


def _looks_like_heading(line: str) -> bool:
    """A title, subtitle (``——在…会议上``) or byline: short, or opened by a dash."""
    return len(line) <= 30 or line.startswith(("——", "--"))


# a line of a table of figures: ``|`` cells, one of them a number (``北京市 | 41610.90 | 40269.60 |``)
_FIGURES_ROW = re.compile(r"^(?=(?:[^|]*\|){2}).*\|\s*[-−]?\d+(?:\.\d+)?\s*%?\s*\|")


# a page's trail, source or date line (``当前位置:首页 > 政府数据 > 统计公报``, ``文章来源:县统计局 发布时间:…``,
# ``- 发布时间:2015-12-18 00:31:10来源:经济参考报``), a menu (``加入收藏 | 会员中心 | …``) or a contact line
# (``欢迎投稿:… 客服电话:…``): chrome, never the first half of a sentence, so the title after it stays a line of its
# own, also after chrome lines run together (the last line joined is read, not only the first)
_CHROME_LINE = re.compile(r"^(?:您?当前(?:的)?位置|您的位置|您现在的位置|位置)[::]|^(?:文章)?来源[::].*(?:发布|时间|日期)"
                          r"|首页\s*[>»]|(?:[^|\n]*\|){3}|(?:客服电话|联系电话|投稿邮箱|欢迎投稿)[::]"
                          r"|^[-\s]*(?:发布时间|发布日期)[::]\s*\d{4}[-年./]\d{1,2}[^。!?]*$"
                          r"|^\s*\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?[\s\d:]*[^。!?]{0,30}(?:来源|查看|浏览|阅读|编辑|作者)[::][^。!?]{0,20}$")


def _table_lines(cur: str, ln: str) -> bool:
    """Two lines of one table of figures (its head and a row, or two rows): each keeps its own line."""
    return cur.count("|") >= 2 and ln.count("|") >= 2 and bool(_FIGURES_ROW.match(cur) or _FIGURES_ROW.match(ln))


# a line that is only a date and time (``09.10.2015  15:50``): a page's dateline, never part of a cut sentence
_DATE_ONLY = re.compile(r"^[\d.\-/年月日:：\s]{6,}$")
# a numbered heading starts a new paragraph even after an unfinished line: ``一、``, ``(二)``, ``第三部分``
NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\)|第[一二三四五六七八九十]{1,3}[章节部分])")


# ``????2022年,在自治区党委…``: the indent of a paragraph whose full-width spaces a page lost to ``?``
_LOST_INDENT = re.compile(r"^\s*\?{2,}")


def join_lines(text: str, rejoin: bool = True) -> str:
    """Drop blank lines and lost indents, and (when ``rejoin``) join a line to the next when a page break cut
    its sentence (not to one opening on an indent). An HTML page's lines are its blocks, never cut by a page
    break, so they are not rejoined."""
    paras: list[str] = []
    cur = last = ""
    for raw in text.splitlines():
        indent = _LOST_INDENT.match(raw) if "??" in raw else None  # a paragraph's start, never a cut sentence's end
        ln = raw[indent.end() :].strip() if indent else raw.strip()
        if not ln:
            continue
        if rejoin and cur and not indent and not _ends_sentence(cur) and not _looks_like_heading(cur) and not NUMBERED.match(ln) \
                and not _DATE_ONLY.match(ln) and not _DATE_ONLY.match(cur) and not _table_lines(cur, ln) \
                and not _CHROME_LINE.search(cur) and not _CHROME_LINE.search(last):
            cur += ln
        else:
            if cur:
                paras.append(cur)
            cur = ln
        last = ln
    if cur:
        paras.append(cur)
    return "\n".join(paras)


def strip_html(text: str) -> str:
    """Reduce an HTML page to its text: drop scripts/styles/tags, keep block breaks."""
    import html as _html

    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", text)
    text = html_tables(text)
    text = re.sub(r"(?i)<br\s*/?>|</(p|div|h\d|li|tr)>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    return _html.unescape(text)


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<body" in head or "<!doctype html" in head or head.count("<p>") >= 2


def normalize(raw: str) -> str:
    """The normalized article text: every offset and sentence in the table refers to it."""
    page = looks_like_html(raw)
    if page:
        raw = strip_html(raw)
    text = _PINYIN.sub("", raw)
    text = to_simplified(text)
    text = fold(text)
    return join_lines(tighten(text_tables(text)), rejoin=not page)


@dataclass(unsafe_hash=True)  # a value never changed; not frozen=True, whose __init__ costs seven times as much
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


def sentences(text: str) -> list[Sentence]:
    """Split normalized text into sentences (between 。;!? or line breaks), with paragraph index."""
    out: list[Sentence] = []
    para = 0
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group() == "?" and _in_table_line(text, m.start()):
            continue  # | ??????第二产业 | 449.72 |: spaces a page lost inside a table's line, no question's end
        end = m.end() if m.group() != "\n" else m.start()
        if text[pos:end].strip():
            out.append(Sentence(pos, end, text[pos:end], para))
        if m.group() == "\n":
            line_start = text.rfind("\n", 0, m.start()) + 1
            prev_line = text[line_start : m.start()]
            # a line cut after a closing quote still continues its paragraph
            if prev_line.endswith(("。", "!", "?", "…")) or len(prev_line) <= 30:
                para += 1
        pos = m.end()
    if text[pos:].strip():
        out.append(Sentence(pos, len(text), text[pos:], para))
    return out


def _in_table_line(text: str, pos: int) -> bool:
    """Whether ``pos`` sits inside a line of a ``|`` table (a cell on each side of it)."""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    return "|" in text[start:pos] and "|" in text[pos : end if end >= 0 else len(text)]


def garbled_spans(text: str) -> list[tuple[int, int]]:
    """Spans of text left garbled by a broken converter; no figure is taken from them."""
    spans = []
    for m in _GARBLED.finditer(text) if "?" in text or "\ufffd" in text else ():  # what residue is made of
        # widen to the clause or list item around the residue: its numbers are untrustworthy
        s = max(text.rfind(c, 0, m.start()) for c in ",。;、\n") + 1
        ends = [i for i in (text.find(c, m.end()) for c in ",。;、\n") if i >= 0]
        spans.append((s, min(ends) if ends else len(text)))
    merged: list[tuple[int, int]] = []  # sorted and disjoint, so a position is looked up by bisection
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged
