"""The cheap tests session 35 put before the directive rules' work (directives.py): each must
leave what the rules read unchanged. Made-up sentences in the forms of the genre."""

from __future__ import annotations

import inspect
import re

import pytest

from civannot.preannotate import directives as D
from civannot.preannotate.common import rules

_CALL = re.compile(r"\b(r\.\w+|_[A-Z][A-Z_]*)\.(?:match|search|finditer|fullmatch)\(")

_ARTICLE = (
    "近日，白河县召开创建文明城市推进会。\n"
    "县委书记王建平出席会议并讲话，县长李海涛主持会议。\n"
    "李海涛作了简短发言：各单位抓紧落实。各部门要加强整改。\n"
    "王建平提到，各村抓紧清理垃圾。各社区要加强巡查。\n"
    "会后，王建平来到河西社区，查看了背街小巷。大家要想做好，就得下功夫。\n"
    "按照县里提出的各村要清理垃圾的要求，各村开展了整治。\n"
    "各单位要树立“等靠要”思想不能有的意识，要加快整改。\n"
    "王建平强调，各部门要压实责任。他还指出，要坚持问题导向。\n"
)


def _persons(text: str) -> list[tuple[int, int]]:
    out = []
    for name in ("王建平", "李海涛"):
        out += [(m.start(), m.end()) for m in re.finditer(name, text)]
    return sorted(out)


def _read(text: str) -> list[tuple[object, ...]]:
    return [
        (d.start, d.end, d.conf, d.rule, d.speaker, d.speaker_rule, d.co_speakers)
        for d in D.find_directives(text, _persons(text), units={})
    ]


def test_a_sentence_with_names_and_no_frame_word_reads_as_frame_reads_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the sentence's names are read for a frame by _name_frame alone: as _frame reads it
    framed: list[int] = []
    frame = D._frame

    def recorded(text: str, s: int, *args: object) -> int:
        framed.append(s)
        return frame(text, s, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(D, "_frame", recorded)
    fast = _read(_ARTICLE)
    assert _ARTICLE.index("李海涛作") not in framed
    assert _ARTICLE.index("王建平强调") in framed
    monkeypatch.setattr(D, "_no_frame_word", lambda *a: False)
    assert _read(_ARTICLE) == fast
    # (李海涛作了简短发言： / 王建平提到，: a frame at a name, no word of _FRAME_WORDS)
    speakers = {(d[0], d[4]) for d in fast}
    assert (_ARTICLE.index("各部门要加强"), _ARTICLE.index("李海涛作")) in speakers
    assert (_ARTICLE.index("各社区要加强"), _ARTICLE.index("王建平提到")) in speakers


def test_what_frame_tries_after_its_patterns_needs_a_frame_word() -> None:
    # _frame_without_comma and _speech_announced run on a sentence that _frame read no frame in:
    # what they act on needs a frame word too, so a sentence without one skips _frame
    keys = {"_SCENE", "_SCENE_END", "_NOT_SUBJECT_LEAD"}
    for fn in (D._frame_without_comma, D._speech_announced):
        for name in {m.group(1) for m in _CALL.finditer(inspect.getsource(fn))} - keys:
            p = getattr(D, name)
            assert D._covered(D.needed_word_sets(p.pattern, p.flags)), name
    assert D._frame_cue(rules()) is not None
    assert all(any(v in w for v in D._FRAME_WORDS) for w in ("讲话", "部署"))


def test_markers_checks_gated_by_the_words_they_need() -> None:
    text = "按照县里提出的各村要清理垃圾的要求，各村开展了整治。"
    i = text.index("要清理")
    assert D._embedded_ask(text, 0, i, len(text))
    assert not D._embedded_ask("各村要清理垃圾。", 0, 2, 8)
    quoted = "各单位要破除“等靠要”思想。"
    assert D._in_quotes(quoted, 0, quoted.index("要”"))
    assert D._marker_in(quoted, 0, len(quoted)).start() == 3  # type: ignore[union-attr]
    assert D._marker_in("树立“等靠要”思想。", 0, 9) is None


def test_positions_are_found_per_text() -> None:
    a, b = "落实要求，要“加快”。", "各村要加快，纷纷表示关键在于落实。"
    assert D._facts(a) == ([6], [0], [], False, False)
    assert D._facts(b) == ([], [14], [10], True, False)
    assert D._facts(a) == ([6], [0], [], False, False)
    assert D._facts("本报讯 各村要加快。")[4]


def test_every_glued_frame_holds_a_glued_word() -> None:
    p = D._GLUED_INNER
    assert any(
        all(any(v in w for v in D._GLUED_WORDS) for w in ws)
        for ws in D.needed_word_sets(p.pattern, p.flags)
    )


def test_a_unit_without_a_marker_or_a_governing_frame_is_none() -> None:
    # (要想…就: the marker's lookahead reads past the clause's comma; the clause's own search
    # does not, so a unit with 要想 is read in full)
    for text in ("各村开展了整治。", "大家要想做好，就得下功夫。", "区里要求各村清理垃圾。"):
        e = len(text) - 1
        assert D._unit(text, 0, e, False) == D._unit(text, 0, e, False, unframed=True)
    assert D._unit("各村开展了整治。", 0, 7, False) is None
