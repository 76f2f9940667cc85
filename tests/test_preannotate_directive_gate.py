"""directives._sentence's gate: a sentence where no PERSON starts and none of _FRAME_WORDS stands
(_no_frame_word) is not searched for a frame. The gate must stay exact while the audits change the frame patterns:
each pattern's own needs are checked against the words, and the patterns _frame tries are kept
in step with the list the check reads."""

from __future__ import annotations

import inspect
import re
from typing import Any

import pytest

from civannot.preannotate import directives as D
from civannot.preannotate import suggest
from civannot.preannotate.common import rules

# patterns _frame tries that do nothing by themselves: keys deciding whether a frame pattern is
# tried, patterns tried only at a PERSON's end, or only after a frame pattern matched
_NOT_GATED = {
    "_MEETING_KEY",
    "_POST_KEY",
    "_UNNAMED_KEY",
    "_ORG_VERB",
    "_REQUEST_FRAME",
    "_ANNOUNCE_FRAME",
    "_NAMED_TAIL",
    "_TEAM_SUBJECT",
    "_BY_TITLE",
    "_HEARD_OWNER",
    # (an addressee opening the sentence, read after _GLUED_INNER matched: directives39)
    "_ADDRESSEE_ACTS",
    # (并提出 read as r.frame's name, tried only on the name r.frame matched: attrib46)
    "_NO_SUBJECT_REQUEST",
    # (a long 针对… lead only widens where r.frame is looked for: attrib47)
    "_TOPIC_LEAD",
}
_CALL = re.compile(r"\b(r\.\w+|_[A-Z][A-Z_]*)\.(?:match|search|finditer|fullmatch)\(")

# made-up sentences in the forms of the genre (none copied from a page)
_ARTICLE = (
    "近日，白河县召开创建文明城市推进会。\n"
    "会议通报了前期测评情况，观看了专题片。\n"
    "县委书记王建平出席会议并讲话，县长李海涛主持会议。\n"
    "王建平强调，各部门要压实责任，形成工作合力。\n"
    "各乡镇要加强背街小巷整治，提升管理水平；要广泛开展志愿服务。\n"
    "他还指出，要坚持问题导向！各单位要对照标准逐项整改。\n"
    "会上，县文明办负责同志介绍了创建工作安排。\n"
    "李海涛要求，全体干部要认清形势，抓好落实。\n"
    "会议要求各社区要立即行动。\n"
    "县创城办在会上讲了三点意见：一是统一思想，二是明确分工。\n"
    "最后，李县长就下一步工作强调，必须确保测评达标。\n"
)


def _frameless(text: str, s: int, e: int, r: Any, by_start: list[tuple[int, int]]) -> bool:
    """What _sentence's first test reads: no PERSON starts in the sentence, no frame word."""
    return not D._any_start_in(by_start, s, e) and D._no_frame_word(text, s, e, r)


def _names(fn: object) -> set[str]:
    return {m.group(1) for m in _CALL.finditer(inspect.getsource(fn))}  # type: ignore[arg-type]


def test_frame_patterns_cover_what_frame_tries() -> None:
    # a pattern added to _frame must be listed in _frame_patterns (or here, if it does nothing
    # by itself): otherwise the gate could skip a sentence where it would have matched
    r = rules()
    listed = set()
    for p in D._frame_patterns(r):
        listed |= {n for n, v in vars(D).items() if v is p}
        listed |= {f"r.{n}" for n, v in vars(r).items() if v is p}
    tried = _names(D._frame) | _names(D._inner_frame) | _names(D._repeated_subject_frame)
    assert tried - _NOT_GATED == listed


def test_every_frame_pattern_needs_a_frame_word() -> None:
    assert D._frame_cue(rules()) is not None
    for p in D._frame_patterns(rules()):
        assert D._covered(D.needed_word_sets(p.pattern, p.flags)), p.pattern[:40]


def test_a_pattern_needing_none_of_the_words_switches_the_gate_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # without 说 r.frame (某某说，) needs a word the gate does not look for
    monkeypatch.setattr(D, "_FRAME_WORDS", tuple(w for w in D._FRAME_WORDS if w != "说"))
    D._frame_cue.cache_clear()
    try:
        assert D._frame_cue(rules()) is None
        assert not _frameless("各部门要加强督查。", 0, 8, rules(), [])
    finally:
        monkeypatch.undo()
        D._frame_cue.cache_clear()


def test_which_sentences_are_frameless() -> None:
    r = rules()
    text = "各部门要加强督查。他强调，要加强督查。各单位要整改！"
    assert _frameless(text, 0, 8, r, [])
    assert not _frameless(text, 9, 18, r, [])  # 强调
    # a PERSON starts in it: its frame is looked for at the name
    assert not _frameless(text, 0, 8, r, [(0, 3)])
    # a sentence ending at ！: r.frame, matched with no end, may run on past it
    assert not _frameless(text, 19, 25, r, [])


def test_the_gate_leaves_the_directives_and_speakers_as_they_were(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (the gate's word test, asked of every sentence; always False: every sentence is searched
    # for a frame, as before the gate)
    calls: list[bool] = []
    gate = D._no_frame_word

    def counted(*args: object) -> bool:
        calls.append(gate(*args))  # type: ignore[arg-type]
        return calls[-1]

    def read() -> tuple[object, ...]:
        sug = suggest(_ARTICLE)
        return (
            [(s.start, s.end, s.label, s.provenance) for s in sug.spans],
            sug.relations,
        )

    monkeypatch.setattr(D, "_no_frame_word", counted)
    gated = read()
    assert any(calls) and not all(calls)
    monkeypatch.setattr(D, "_no_frame_word", lambda *args: False)
    assert read() == gated
