"""speed50 (session 48): cheaper directive steps, the same directives, on made-up texts in the
real forms (岚江县, 周立新): _strip_lead's gate against the path without it at every window, and
the markers _marker_in keeps and skips. (_marker_in's exactness was checked against its former
text on every real page at landing; a frozen copy of that text is not kept here, as it would
fail every later change of the function.)"""

from __future__ import annotations

import pytest

from civannot.preannotate import directives
from civannot.preannotate.directives import (
    _marker_in,
    _strip_lead,
    _unit,
)

# made-up units in the forms the marker checks read: a quoted formula, a basis clause that names
# a requirement, 不要 / 没要, a key word after 要, 需要 / 希望 / 不得 / 决不, a frame of what is stressed
_TEXTS = (
    "岚江县各乡镇要压实责任，切实抓好“门前三包”落实。",
    "按照县委提出的各村要全面达标的要求，今年岚江县将完成改造。各社区要加快进度。",
    "破除“等靠要”思想，各单位不要推诿，要主动作为；没要求的也要做好。",
    "要做好创建工作，关键是各单位要压实责任。要抓好整改，关键在落实。",
    "创建文明城市，需要每个人的共同参与。各部门需要进一步细化方案。",
    "周立新希望大家积极参与，希望岚江县再接再厉。",
    "创建工作马虎不得。各摊点不得占道经营，决不能敷衍，绝不是为了一块牌子。",
    "特别要强调的是，各部门要按时上报。“各街道要……”他说，“务必抓紧。”",
    "马上就要迎接测评，各单位就要行动起来；《城市发展要以人为本》一文提出。",
    "为什么要创建文明城市？对照标准，须进一步完善；各社区应当主动作为，请大家配合。",
)


def _windows(text: str) -> list[tuple[int, int]]:
    return [(s, e) for s in range(len(text)) for e in range(s + 1, len(text) + 1)]


def test_marker_in_skips_the_quoted_and_the_embedded_markers_as_before() -> None:
    text = _TEXTS[2]
    # (the 要 of “等靠要” is inside quotes; 不要 is looked past when asking)
    m = _marker_in(text, 0, len(text), True)
    assert m is not None and m.group() == "要" and text[m.start() - 1] == "，"
    text = _TEXTS[1]
    # (the 要 inside the basis clause names a requirement: the first kept marker is the later one)
    m = _marker_in(text, 0, len(text))
    assert m is not None and text[m.start() - 2 : m.start()] == "社区"


@pytest.mark.parametrize("text", _TEXTS)
def test_strip_lead_without_its_plain_start_gate_reads_the_same(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    got = [_strip_lead(text, s, e) for s, e in _windows(text)]
    # (no start set: every start goes through the patterns as before speed50)
    monkeypatch.setattr(directives, "_LEAD_START", None)
    assert got == [_strip_lead(text, s, e) for s, e in _windows(text)]


def test_strip_lead_gate_lets_the_leads_through() -> None:
    # (a connective, a glued frame's verb, the 了 after 强调, a team before 希望: each opens with
    # a character of the start set, or holds 希望 near its start)
    for text, lead in (
        ("同时，各乡镇要压实责任。", "同时，"),
        ("并强调，各部门要抓好落实。", "并强调，"),
        ("周立新强调了全县上下要抓好落实。", "了"),
        ("同时，调研组希望岚江县进一步完善台账。", "同时，调研组"),
    ):
        s = text.index(lead)
        assert _strip_lead(text, s, len(text) - 1) == s + len(lead), text
    # (a unit opening with its addressee: no lead)
    assert _strip_lead("各社区要压实责任。", 0, 8) == 0


def test_unit_reads_quotes_and_wishes_as_before() -> None:
    # (a quote that runs to the sentence's end is the speech: its opening mark stays out)
    text = "周立新说：“各街道要落实责任，全面整改。”"
    assert _unit(text, 5, len(text), False) == (6, 20, 0.7, "directive.marker")
    # (the quote closed before the full stop, after the frame's colon: both marks stay out)
    text = "周立新强调：“各单位要全面整改”。"
    assert _unit(text, 6, len(text), False) == (7, 15, 0.7, "directive.marker")
    # (a quoted name opening the requirement: its opening mark stays out)
    text = "“岚江文明县城”创建工作要全面提速。"
    assert _unit(text, 0, len(text), False) == (1, 17, 0.7, "directive.marker")
    # (no quote mark at the start: the unit from its first character)
    text = "各单位要守住安全底线，确保节日平稳。"
    assert _unit(text, 0, len(text) - 1, False) == (0, 17, 0.7, "directive.marker")
    # (the good wishes after the requirement stay out of it; a 祝 elsewhere cuts nothing)
    text = "周立新叮嘱各学校要做好考务工作，并预祝广大考生取得优异成绩。"
    d = _unit(text, 0, len(text) - 1, False)
    assert d is not None and text[d[0] : d[1]] == "周立新叮嘱各学校要做好考务工作"
    text = "各社区要做好安保工作，确保庆祝活动平稳有序。"
    d = _unit(text, 0, len(text) - 1, False)
    assert d is not None and text[d[0] : d[1]] == "各社区要做好安保工作，确保庆祝活动平稳有序"
