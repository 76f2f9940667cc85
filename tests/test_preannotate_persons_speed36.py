"""Session 36 (speed36n): the persons helpers made cheaper answer as the plain readings did."""

from __future__ import annotations

import re

from civannot.preannotate import persons
from civannot.preannotate.common import _PUNCT_BOUNDARY, Doc, _is_cjk, rules


def _boundary_after_plain(text: str, pos: int) -> bool:
    r = rules()
    if pos >= len(text):
        return True
    if text[pos] in _PUNCT_BOUNDARY or not _is_cjk(text[pos]):
        return True
    if text[pos] == "来" and persons._COMES_TO_VISIT.match(text, pos) is not None:
        return True
    return r.followers.match(text, pos) is not None


def test_follower_firsts_open_every_follower() -> None:
    r = rules()
    firsts = persons._follower_firsts(r.g)
    assert firsts is not None  # (no empty follower: the gate is on)
    # every follower's match opens with one of the characters, and no other character opens one
    for w in r.g.name_followers:
        assert r.followers.match(w) is not None and w[0] in firsts, w
    for c in map(chr, range(0x4E00, 0x9FA6)):
        if c not in firsts:
            assert r.followers.match(c + "出席会议强调指出表示") is None, c


def test_first_chars_of_an_empty_word_is_no_gate() -> None:
    assert persons._first_chars(["出席", ""]) is None
    assert persons._first_chars(["出席", "主持"]) == frozenset("出主")


def test_boundary_after_as_the_plain_reading() -> None:
    r = rules()
    text = (
        "市领导赵晓明、孙杰伟出席会议。王明来我县调研，李华来到现场，张伟强调，"
        "周军玲主持会议并讲话，陈林说：要抓好落实。刘洋表示同意；吴敏在会上指出，郑和平\n"
        "扎西次仁、买买提·艾力、阿依古丽一行来到村里，王红等参加。"
    )
    for pos in range(len(text) + 2):
        assert persons._boundary_after(text, pos, r) == _boundary_after_plain(text, pos), pos


def test_valid_name_memo_follows_its_gazetteers() -> None:
    g = rules().g
    for s in ("王明", "王明", "书记", "欧阳华", "代表", "王们"):
        assert persons._valid_name(s, g) == persons._valid_read(s, g), s
    # (another owner: the memo starts afresh, the answers stay the readings')
    persons._VALID.of(object())
    assert persons._valid_name("王明", g) == persons._valid_read("王明", g)
    assert persons._VALID.owner is g


def _comrades_plain(doc: Doc) -> None:
    text, r = doc.text, doc.r
    from civannot.preannotate.gazetteers import common_words, function_words

    fw, cw = function_words(), common_words()
    ends = set(doc.persons.values())
    for m in re.finditer("同志", text):
        if text[m.end() : m.end() + 1] == "们" or m.start() in ends:
            continue
        ns = persons.name_before(text, m.start(), r)
        if ns >= 0 and ns not in doc.persons and m.start() - ns >= 2:
            name = text[ns : m.start()]
            if len(name) == 2 and (name in fw or name in cw):
                continue
            doc.add_person(ns, m.start(), 0.75, "person.comrade")


def test_comrades_found_as_by_the_regex() -> None:
    r = rules()
    for text in (
        "王明同志强调，同志们要抓好落实。全体同志参加。李华同志同志",
        "同志",
        "赵晓明同志、孙杰伟同志出席。青年同志们，",
        "会上，周军玲同志主持会议，市直有关部门负责同志参加会议。",
    ):
        a, b = Doc(text, r), Doc(text, r)
        persons.find_comrades(a)
        _comrades_plain(b)
        assert a.persons == b.persons and a.cands == b.cands, text


def test_first_colon_as_the_scan() -> None:
    text = "副书记：甲 乙\n委员:丙　丁\n主任：：戊\n无冒号的一行\n:：\n"
    for lo in range(len(text) + 1):
        for hi in range(lo, min(len(text), lo + 12) + 1):
            want = next((i for i in range(lo, hi) if text[i] in "：:"), -1)
            assert persons._first_colon(text, lo, hi) == want, (lo, hi)
