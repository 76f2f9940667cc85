"""speed49 (session 47): cheaper steps, the same suggestions. Each test compares the faster path
with the plain reading it replaces, on made-up texts in the real forms, with and without the
characters its gate looks for."""

from __future__ import annotations

import itertools

from civannot.preannotate import frames
from civannot.preannotate.frames import (
    _BLANK_FRAME,
    _DASH_FRAME,
    _SEMI_FRAME,
    _SPACED_FRAME,
    _mark_first,
)


def _plain_dash_as_colon(text: str) -> str:
    """dash_as_colon as written before speed49: every word asked of the text."""
    if "——" in text:
        text = _DASH_FRAME.sub("：\u3000", text)
    if " ，" in text or " ：" in text or "\u3000，" in text or " ," in text:
        text = _SPACED_FRAME.sub(_mark_first, text)
    if "指出 " in text or "强调 " in text or "要求 " in text or "表示 " in text:
        text = _BLANK_FRAME.sub("，", text)
    if "强调；" in text or "指出；" in text:
        text = _SEMI_FRAME.sub("：", text)
    return text


# made-up sentences (岚江县, 周立新) in the forms each step rewrites, and in forms close to them
# that it leaves alone
_PIECES = (
    "岚江县委书记周立新强调——",  # a dash after the verb
    "——周立新",  # a dash signing a line: stays
    "周立新要求 ， 各乡镇要压实责任。",  # a blank before the mark
    "周立新指出\u3000，要抓好整改。",  # an ideographic blank before the mark
    "周立新表示 ,项目要按期完工。",  # a blank before a Latin comma
    "周立新指出 耕地保护事关长远，要守住红线。",  # a blank for the comma
    "周立新强调 强化责任 狠抓落实",  # a headline's blanks, no comma: stays
    "周立新强调；各单位要立行立改。",  # a semicolon for the colon
    "对整改工作进行了强调；",  # after 进行了: stays
    "会议指出，要巩固创建成果；",  # a semicolon elsewhere
    "岚江县召开创建工作推进会。",  # none of the marks
)


def test_dash_as_colon_reads_as_the_plain_tests_on_every_mix_of_the_forms() -> None:
    texts = ["".join(p) for n in (1, 2, 3) for p in itertools.permutations(_PIECES, n)]
    changed = 0
    for text in texts:
        got = frames.dash_as_colon(text)
        assert got == _plain_dash_as_colon(text), text
        assert len(got) == len(text)  # (the offsets read on it hold for the text)
        changed += got != text
    assert changed  # the forms above are rewritten in some texts (the gate lets them through)


def test_dash_as_colon_rewrites_each_form_behind_its_gate() -> None:
    # a blank before the mark: moved after it (the blank gate open)
    assert (
        frames.dash_as_colon("周立新要求 ，各乡镇要压实责任。") == "周立新要求， 各乡镇要压实责任。"
    )
    # an ideographic blank only: the blank gate opens on it too
    assert (
        frames.dash_as_colon("周立新指出\u3000，要抓好整改。") == "周立新指出，\u3000要抓好整改。"
    )
    # a blank for the comma before running prose
    assert frames.dash_as_colon("周立新指出 耕地保护事关长远，要守住红线。") == (
        "周立新指出，耕地保护事关长远，要守住红线。"
    )
    # a dash after the verb: colon and an ideographic blank, then no blank test needed
    assert frames.dash_as_colon("周立新强调——要抓落实。") == "周立新强调：\u3000要抓落实。"
    # a semicolon for the colon
    assert (
        frames.dash_as_colon("周立新强调；各单位要立行立改。") == "周立新强调：各单位要立行立改。"
    )


def test_dash_as_colon_leaves_a_text_without_the_marks_as_it_is() -> None:
    # (negative cases: no blank, no ；, no dash -> the same object back, nothing searched)
    text = "岚江县召开创建工作推进会，周立新强调，要压实责任。"
    assert frames.dash_as_colon(text) is text
    # a ； with no speech verb before it, a blank with no mark or prose after the verb
    for text in ("会议指出，要巩固创建成果；岚江县各乡镇参加。", "周立新强调 强化责任 狠抓落实"):
        assert frames.dash_as_colon(text) == text == _plain_dash_as_colon(text)
