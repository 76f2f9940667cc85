"""The cheaper paths session 36 gave the directive rules (directives.py): each must read what the
slower one read. Made-up sentences in the forms of the genre."""

from __future__ import annotations

import re

from civannot.preannotate import directives as D

_SENTENCES = (
    "各部门要加强整改，不要走过场，没要求的也要做好。",
    "不要眉毛胡子一把抓，要分清主次。",
    "各单位不要等靠，要主动作为；不要观望。",
    "成效最终要由群众来评判，为什么要创建？就要迎接检查。",
    "申主任还要作重要讲话，各村要落实，重要的是要坚持。",
    "下周就要迎接省里的暗访，各社区务必做好准备。",
    "按照县里提出的各村要清理垃圾的要求，各村要开展整治。",
    "要做好创建工作，关键是各单位要落实，关键在于落实责任。",
    "创建文明城市，需要每个人的共同参与，需要各部门积极配合。",
    "希望大家再接再厉，希望在我们这里实现突破，希望城管局尽快跟进。",
    "创建工作马虎不得、等不得，不得占道经营，容不得半点松懈。",
    "绝不单纯是为了争一块牌子，决不能半途而废，绝不允许反弹。",
    "各单位要破除“等靠要”思想，要树立《城市发展要规划》的理念。",
    "文明创建工作不能有丝毫麻痹大意，可不能松懈，不能停留在表面。",
)


def _asking_marker_by_restarts(text: str, s: int, e: int) -> re.Match[str] | None:
    """_requirement_marker as it was written before session 36: a 要 after 不 / 没 is passed
    over by a new search from its end (the checks then run from there)."""
    while (m := D._marker_in(text, s, e)) is not None:
        if m.group() != "要" or text[m.start() - 1 : m.start()] not in ("不", "没"):
            return m
        s = m.end()
    return None


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


def test_requirement_marker_restarts_after_a_negated_yao_as_before() -> None:
    for text in _SENTENCES:
        for s in range(len(text)):
            for e in (len(text), text.find("，", s) if "，" in text[s:] else len(text)):
                assert _span(D._requirement_marker(text, s, e)) == _span(
                    _asking_marker_by_restarts(text, s, e)
                ), (text, s, e)


def test_cut_note_ends_only_in_its_last_characters() -> None:
    # a unit ending in a character outside _CUT_NOTE_LAST is not searched for a cut page's note:
    # no match of _CUT_NOTE can end there (after any of the prefixes a match may have)
    prefixes = ("（", "（y", "（yaya", "(ü", "（下转第三版", "（转二版", "(接")
    for code in range(0x10000):
        c = chr(code)
        if c in D._CUT_NOTE_LAST or 0xD800 <= code < 0xE000:
            continue
        for p in prefixes:
            assert D._CUT_NOTE.search(p + c) is None, (p, c)
    # and the characters it lists do end notes
    for text in ("压（ya", "整治，（下转第三版）", "加强（Zhè"):
        assert text[-1] in D._CUT_NOTE_LAST
        assert D._CUT_NOTE.search(text) is not None
