"""Word classes read from jieba's dictionary, for telling place names from common words.

Owns: reading jieba's dictionary file line by line (``word frequency tag``) into the sets the gazetteer asks
about a name: the words a short form must not be, what a two-character name may be glued into, location words
and frequent nouns that name no place, and how often each character is a word by itself.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Glue:
    function: frozenset[str]  # characters that are function words alone: 和, 与, 及, 在
    words: frozenset[str]  # two-character words of jieba's dictionary: 最佳, 相应, 面临
    longer: frozenset[str]  # three- and four-character words that are not place names: 阿里巴巴
    three: frozenset[str]  # three-character words a two-character short form may end: 长白山
    common: frozenset[str]  # frequent two-character words of any kind, place words too: 城镇, 乡村
    openers: frozenset[str]  # frequent verbs, conjunctions, adjectives, adverbs, prepositions: 说明, 乃至, 积极
    kinds: frozenset[str]  # location words and nouns of some frequency that name no place: 周边, 皮革


def dictionary_words() -> tuple[set[str], Glue, dict[str, int]]:
    """From jieba's dictionary file, read line by line (``word frequency tag``; loading the segmenter would
    hold its whole prefix table, about 150 MB, for the life of the process):

    - the words a short form must not be (verbs, adjectives or frequent nouns: 富裕, 振兴, 资源);
    - what a two-character place name (和县, 佳县) may be glued into when a character precedes it;
    - how often each character is a word by itself (的 318825), to put common characters first.
    """
    import jieba

    common_words: set[str] = set()
    kinds: set[str] = set()
    function, words, longer, three, common, openers = set(), set(), set(), set(), set(), set()
    alone: dict[str, int] = {}
    with open(os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME), encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) < 2 or len(parts[0]) > 4:
                continue
            word, n, tag = parts[0], int(parts[1]), (parts[2] if len(parts) > 2 else "n")
            size = len(word)
            if size == 1:
                alone[word] = n
                if tag[0] in "cpurdy":
                    function.add(word)
                continue
            if tag[0] in "avdm" or (tag[0] == "n" and tag != "ns" and n > 1000):
                common_words.add(word)
            elif tag == "f" or (tag == "n" and n >= 300):
                kinds.add(word)  # 周边, 皮革: a location word, a noun of some frequency
            if tag in ("v", "c", "d", "ad", "a", "p") and n >= 100:
                openers.add(word)
            if size == 2:
                if n >= 50 and tag != "ns":
                    words.add(word)
                if n >= 1000:
                    common.add(word)
            elif n >= 5:
                if tag not in ("ns", "nt"):
                    longer.add(word)
                if size == 3:
                    three.add(word)
    glue = Glue(frozenset(function), frozenset(words), frozenset(longer), frozenset(three), frozenset(common), frozenset(openers),
                 frozenset(kinds))
    return common_words, glue, alone
