"""The shortcuts of places.find_locations (session 35) give what the longer way gave: the factored
kinds of place find the very matches of common.loc_kind, the characters _locations' start loop
tests for stand before every place end _is_place_end reads, _ends_in_kind's gate on the last
character lets every kind through, and the estates' kinds are found where _occurrences finds
them. Made-up text only."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from civannot.preannotate import places
from civannot.preannotate.common import _occurrences, rules

_KIND_CHARS = "".join(
    sorted({c for a in places._alternatives(rules().loc_kind.pattern) for c in a if "\u4e00" <= c})
)
_ALPHABET = _KIND_CHARS[:120] + "甲乙丙某、，。和在到了的区县市镇乡街道社小巷新城\n"


def _spans(ms):
    return [(m.start(), m.end(), m.group()) for m in ms]


def test_factored_alternation():
    assert (
        places._factored("小区|路|小广场|街(?!道)|大道|小镇") == "小(?:区|广场|镇)|路|街(?!道)|大道"
    )
    # (a branch opening with a class, a group or a repeated character: left as it was)
    for pattern in ("[甲乙]路|街", "(?:甲)路|街", "甲?路|街", "甲|"):
        assert places._factored(pattern) == pattern
    assert places._last_chars("市场(?=[、，]|$|周边)|街(?![道边])|路") == frozenset("场街路")
    assert places._last_chars("[甲乙]路|街") is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_factored_kinds_match_as_loc_kind(text):
    r = rules()
    assert _spans(places._loc_kinds(r).finditer(text)) == _spans(r.loc_kind.finditer(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_every_kind_end_is_let_through(text):
    ends = places._loc_kind_ends(rules())
    for m in rules().loc_kind.finditer(text):
        assert m.group()[-1] in ends


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="甲乙城区县市镇乡街道苏木新某老主中、的了", max_size=12))
def test_a_place_end_stands_after_a_start_character(text):
    for pos in range(1, len(text) + 1):
        if places._is_place_end(text, pos):
            assert text[pos - 1] in places._NAME_START_PREV


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="花家园苑府华公馆寓名居邸雅庭豪甲园园", max_size=30))
def test_estate_kinds_where_occurrences_finds_them(text):
    lasts: dict[str, list[int]] = {}
    for m in re.finditer("[" + "".join({k[-1] for k in places._ESTATE_KINDS}) + "]", text):
        lasts.setdefault(m.group(), []).append(m.start())
    for kind in (*places._ESTATE_KINDS, "园园", "园甲园"):
        found = places._occurrences_ending(text, kind, lasts.get(kind[-1], []))
        assert found == _occurrences(text, kind)


def test_back_lanes_are_no_street():
    text = "要加强背街小巷环境整治，走访了甲乙路、丙丁巷。"
    names = [text[c.start : c.end] for c in places._locations(text, rules(), set())]
    assert "甲乙路" in names
    assert not any("背街" in n or "街小" in n for n in names)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET + "花园期一二A", max_size=12))
def test_an_item_in_a_kind_ends_with_a_kind_end(item):
    if places._ends_in_kind(item):
        assert item[-1:] in places._item_kind_ends(rules())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="甲乙城区县市镇乡街道苏木新某老主中、的了高新开发", max_size=12))
def test_a_place_end_stands_after_a_unit_end(text):
    for pos in range(0, len(text) + 1):
        if places._is_place_end(text, pos):
            assert text[pos - 1 : pos] in places._PLACE_END_LAST


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="甲乙文化1的市、，A馆", max_size=16), st.integers(0, 16))
def test_theme_run_starts_where_the_theme_test_holds(text, k):
    from civannot.preannotate import venues

    k = min(k, len(text))
    lo = venues._THEME_RUN_TO_END.search(text, max(0, k - 8), k).start()
    for t in range(max(0, k - 8), k):
        theme = text[t:k]
        ok = bool(venues._THEME.fullmatch(theme)) and not any(
            c in venues._THEME_STOP for c in theme
        )
        assert ok == (t >= lo)
