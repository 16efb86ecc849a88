"""A figure's clause starts after the last clause mark before it, whichever mark the site used."""

from __future__ import annotations

from extract.clauses import clause_bounds
from extract.numbers import find_figures
from extract.vocabulary import CLAUSE, CLAUSE_MARKS


def test_every_clause_mark_is_a_mark():
    assert {c for c in CLAUSE_MARKS} == {chr(c) for c in range(0x10000) if CLAUSE.fullmatch(chr(c))}


def test_clause_starts_after_the_last_mark_of_any_kind():
    for mark in CLAUSE_MARKS:
        s = f"全县地区生产总值120亿元{mark}增长6.5%{mark}财政收入8亿元"
        figs = find_figures(s)
        growth = next(f for f in figs if f.unit == "%")
        start, end = clause_bounds(s, growth, figs)
        assert s[start:end] == "增长6.5%"
