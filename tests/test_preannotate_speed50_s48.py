"""speed50 (session 48): cheaper directive steps, the same directives. Each test compares the
faster path with the plain reading it replaces, on made-up texts in the real forms (岚江县, 周立新),
at every window of them, with and without what its gate looks for."""

from __future__ import annotations

from bisect import bisect_left
from re import Match

import pytest

from civannot.preannotate import directives
from civannot.preannotate.directives import (
    _ADDRESSEE_END,
    _COMRADE_NEXT,
    _COMRADE_TALK,
    _HOPE_ADDRESSEE,
    _HOPE_BODY,
    _HOPE_NAMED,
    _HOPE_NAMED_IN_NOTICE,
    _HOPE_PLURAL,
    _MARKER,
    _NEED_ADDRESSEE,
    _NEED_DESCRIBED,
    _NEED_EVERYONE,
    _NEED_NOMINAL,
    _NEED_RELATIVE,
    _NOT_YAO_BEFORE,
    _NOTED,
    _NOTED_FIRST,
    _PHRASE_END,
    _SENTENCE_STOP,
    _SOON,
    _SPEECH_ACT,
    _YAO_BOUND_LAST,
    _YAO_BOUND_OR_ASKED,
    _YAO_GOAL_KEY,
    _embedded_ask,
    _facts,
    _glued_hope_act,
    _hope_place,
    _in_quotes,
    _marker_in,
    _strip_lead,
    _unit,
)


# noqa below: the plain reading, kept word for word as it stood
def _plain_marker_in(text: str, s: int, e: int, asks: bool = False) -> Match[str] | None:
    """_marker_in as written before speed50: the first quote mark and basis opener from s looked up
    again at each match."""
    quotes: list[int] | None = None
    for m in _MARKER.finditer(text, s, e):
        w = m.group()
        i = m.start()
        if quotes is None:
            quotes, openers, keys, _, _ = _facts(text)
        # (_in_quotes needs an opening mark between s and i)
        if (k := bisect_left(quotes, s)) < len(quotes) and quotes[k] < i and _in_quotes(text, s, i):
            continue
        # 特别要强调的是，各部门要… / 需要指出的是，…: the speaker's frame of what he stresses, an
        # assertion of his own; the requirement's marker comes after it (dirs43)
        if text[m.end() : m.end() + 1] in _NOTED_FIRST and _NOTED.match(text, m.end()):
            continue
        # (each check below drops the match or keeps it, none has an effect: they are grouped by
        # the word they look at, each match tested against its own word's only)
        if w == "要":
            j = m.end()
            if i > s and text[i - 1] in _NOT_YAO_BEFORE:
                continue
            # 申主任还要作重要讲话: what the programme of the meeting holds, not a requirement
            # (it opens with 作 / 做)
            if text[j : j + 1] in "作做" and _SPEECH_ACT.match(text, j, e):
                continue
            # 一会儿某某同志还要讲具体意见: who speaks next at the meeting, announced in a speech
            # (要讲政治 is required: only after 同志, before a speech's points; attrib49)
            if (
                text[j : j + 1] == "讲"
                and text.endswith(_COMRADE_NEXT, s, i)
                and _COMRADE_TALK.match(text, j + 1, e)
            ):
                continue
            # (its key word starts within 33 characters of the marker's end, or it cannot match)
            if (
                (k := bisect_left(keys, j)) < len(keys)
                and keys[k] < j + 33
                and (key := _YAO_GOAL_KEY.match(text, j))
            ):
                # (要做好…，关键是各单位要…: the key said with a marker of its own is required)
                stop = _SENTENCE_STOP.search(text, key.end())
                if _plain_marker_in(text, key.end(), stop.start() if stop else len(text)) is None:
                    continue
            # 成效最终要由群众来评判: 要 of what is bound to happen, not of what must be done; 回答了党
            # 为什么要发展…的问题: 要 inside an embedded question asks, it requires nothing (one
            # test; the character before it ends one of those words)
            if text[i - 1 : i] in _YAO_BOUND_LAST and text.endswith(_YAO_BOUND_OR_ASKED, s, i):
                continue
            # 下周就要迎接省里的暗访 / 马上就要开学: 就要 after a time is what is about to happen
            if i > s and text[i - 1] == "就" and _SOON.search(text, s, i - 1):
                continue
        elif w == "需要":
            before = text[s:i]
            if i > s and text[i - 1] in "更还也不都所的就":
                continue
            # 创建文明城市，需要每个人的共同参与: what a task needs (a 的 phrase of support), not
            # what anyone is asked to do
            if (
                _NEED_NOMINAL.match(text, i + 2, e)
                or _NEED_DESCRIBED.match(text, i + 2, e)
                or _NEED_RELATIVE.match(text, i + 2, e)
                or _NEED_EVERYONE.match(text, i + 2, e)
            ):
                continue
            if (
                before
                and not before.endswith(_ADDRESSEE_END)
                and _NEED_ADDRESSEE.match(text, i + 2, e) is None
            ):
                continue
        elif w == "希望":
            # 希望 + addressee: 希望大家, 希望各级各部门
            if (
                not _HOPE_ADDRESSEE.match(text[i : i + 5])
                and not _HOPE_NAMED.match(text, i, e)
                and not _HOPE_PLURAL.match(text, i, e)
                and not _HOPE_NAMED_IN_NOTICE.match(text, i, e)
                and not _HOPE_BODY.match(text, i, e)
                and not _hope_place(text, i)
                and not _glued_hope_act(text, i)
            ):
                continue
        elif w == "不能":
            if i > s and text[i - 1] in "可就还也都":
                continue
        elif w == "不得":
            # 容不得半点松懈 / 由不得 / 巴不得: a word, not a prohibition
            if i > s and text[i - 1] in "容由怪巴舍恨顾记免晓见少使耽":
                continue
            # 等不得、懒不得 / 创建工作马虎不得。: 不得 closing its phrase is the verb's complement
            # ("cannot afford to"), an assessment; a prohibition takes its act after it (不得占道经营)
            if m.end() >= e or text[m.end()] in _PHRASE_END:
                continue
        elif w in ("决不", "绝不"):
            # 绝不单纯是为了争一块牌子: "is by no means", an assessment, not a prohibition
            if "是" in text[m.end() : m.end() + 4]:
                continue
        # 按照省里提出的各市要…的要求，今年我市将…: the marker inside the requirement a basis
        # names (a noun phrase ending in 的要求) asks nothing of its own; session 34
        # (its gate, an opener between s and i, tested here first)
        if (
            (k := bisect_left(openers, s)) < len(openers)
            and openers[k] < i
            and _embedded_ask(text, s, i, e)
        ):
            continue
        if asks and w == "要" and text[i - 1 : i] in ("不", "没"):
            # (not 要 but 不要 / 没要: looked for again from after it, as a search from there)
            return _plain_marker_in(text, m.end(), e, True)
        return m
    return None


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


@pytest.mark.parametrize("text", _TEXTS)
def test_marker_in_reads_as_the_plain_search_at_every_window(text: str) -> None:
    found = 0
    for s, e in _windows(text):
        for asks in (False, True):
            got = _marker_in(text, s, e, asks)
            want = _plain_marker_in(text, s, e, asks)
            assert (got and got.span()) == (want and want.span()), (s, e, asks)
            found += got is not None
    assert found  # (markers are found in some windows)


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
