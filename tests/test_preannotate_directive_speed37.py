"""The cheaper paths session 37 gave the directive rules (directives.py): each must read what the
slower one read. Made-up sentences in the forms of the genre."""

from __future__ import annotations

import re

import pytest

from civannot.preannotate import directives as D
from civannot.preannotate.attribution import Discourse
from civannot.preannotate.scan import needed_word_sets, needed_words, start_chars

# made-up paragraphs whose sentences end in each announcement the last block of _sentence reads
# (意见 / 要求 / 希望 / 三点 / 部署 / …个方面 / …工作 deployed / a closed frame), and in none
_ARTICLE = (
    "近日，青山县召开创建文明城市推进会。\n"
    "会上，县委书记王建平对下一步工作提出了三点意见。一是统一思想。二是压实责任。\n"
    "县长李海涛作了具体部署。各乡镇要加强背街小巷整治；要广泛开展志愿服务。\n"
    "会议从四个方面作了安排。各单位要对照标准逐项整改。\n"
    "会议强调，各部门要抓好以下三个方面：一是宣传，二是整治，三是督查。\n"
    "会议安排部署了下一步创建工作。一是摸清底数，理出重点。二要加强督查。\n"
    "会上，王建平要求。各社区要立即行动，切实抓好落实。\n"
    "李海涛指出：\n一要提高认识。二要突出重点！\n"
    "王建平强调，创建工作是一项系统工程。确保今年通过省级验收。\n"
    "会议通报了前期测评情况，观看了专题片。\n"
    "二、突出重点环节，持续推进整治。\n"
    "“各部门要压实责任。”王建平说。\n"
    "本网讯（记者 张明）“目前，各单位要加快进度。\n"
)
_NAMES = ("王建平", "李海涛", "张明")


def _persons(text: str) -> list[tuple[int, int]]:
    return sorted((m.start(), m.end()) for n in _NAMES for m in re.finditer(n, text))


def _read(text: str) -> list[tuple[object, ...]]:
    return [
        (d.start, d.end, d.conf, d.rule, d.speaker, d.speaker_rule, d.co_speakers)
        for d in D.find_directives(text, _persons(text), units={})
    ]


class _Everything:
    """A container holding every character: the last block's gate never taken."""

    def __contains__(self, item: object) -> bool:
        return True


def test_the_last_block_reads_as_before_without_its_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    gated = _read(_ARTICLE)
    monkeypatch.setattr(D, "_ANNOUNCED_LAST", _Everything())
    assert _read(_ARTICLE) == gated
    assert len(gated) >= 8


def test_announcements_end_only_in_the_gate_s_last_characters() -> None:
    # a sentence's tail (before its colon) that ends in another character, with no 方面 in its
    # last ten, is announced by no pattern of the last block
    heads = (
        "提出了三点意见",
        "讲了两点要求",
        "谈几点希望",
        "强调了以下四点",
        "作了部署",
        "进行了安排部署",
        "部署了下一步工作",
        "要求",
        "强调",
        "指出",
    )
    for head in heads:
        full = "会上，" + head
        last = full[-1]
        assert last in D._ANNOUNCED_LAST
        assert (
            D._LIST_ANNOUNCE.search(full) is not None
            or D._DEPLOYED_WORK.search(full) is not None
            or full.endswith(("要求", "强调", "指出"))
        ), head
        for code in range(0x4E00, 0xA000, 7):
            c = chr(code)
            if c in D._ANNOUNCED_LAST:
                continue
            text = full + c
            assert D._LIST_ANNOUNCE.search(text, max(0, len(text) - 24)) is None, text
            assert D._DEPLOYED_WORK.search(text, max(0, len(text) - 24)) is None, text
    # (…个方面 ends anywhere within six characters: the gate finds its 方面 instead)
    assert D._LIST_ANNOUNCE.search("要从三个方面发力") is not None


def test_a_resumed_item_opens_with_a_later_number() -> None:
    # _sentence asks _resumes_list only at a sentence that opens with 二 … 十
    assert set(start_chars(D._INLINE_ITEM)) - {"一"} == set("二三四五六七八九十")
    out = [D.Directive(2, 8, 0.6, None, "directive.enumerated")]
    text = "一、坚持标准。创建是抓手。二、突出重点。"
    assert D._resumes_list(text, text.index("二"), out)
    assert not D._resumes_list(text, text.index("创建"), out)


def test_a_verb_glued_after_a_name_is_one_of_the_gate_s_verbs() -> None:
    # _frame_without_comma returns at once for a sentence with none of _GLUED_VERBS
    p = D._GLUED_VERB_AFTER_NAME
    words = needed_words(p.pattern, p.flags)
    assert words is not None and words <= set(D._GLUED_VERBS)
    text = "最后，王建平强调创建工作要常抓不懈。"
    ds = Discourse(text, [(3, 6)])
    D._frame_without_comma(text, 0, len(text) - 1, ds, [(3, 6)])
    assert ds.speaker == 3


def test_char_starts_are_the_class_s_matches() -> None:
    text = "《方案》要求“门前三包”，‘双创’工作，“一是…”《细则》"
    expected = [m.start() for m in re.finditer("[“‘《]", text)]
    assert D._char_starts(text, D._QUOTE_OPENS) == expected
    assert D._char_starts("", D._QUOTE_OPENS) == []


def test_a_glued_frame_is_no_longer_than_its_reach() -> None:
    # _glued_from starts the search _GLUED_REACH before the first of _GLUED_WORDS: every match
    # is at most that long and holds one of them (each needed word contains one)
    from re import _parser  # type: ignore[attr-defined]

    p = D._GLUED_INNER
    _lo, hi = _parser.parse(p.pattern, p.flags).getwidth()
    assert hi <= D._GLUED_REACH
    assert any(
        all(any(v in w for v in D._GLUED_WORDS) for w in ws)
        for ws in needed_word_sets(p.pattern, p.flags)
    )


def test_glued_frames_found_from_the_reach_are_those_of_the_whole_sentence() -> None:
    lead = "县委书记王建平带领相关部门负责同志先后来到青山社区、白河街道、城东农贸市场、" * 2
    tails = (
        "，并强调，要压实责任。",
        "，要求各部门立即整改。",
        "并作重要讲话，一是要统一思想。",
        "；强调了以下三个方面：一要…",
        "，提出了三点意见，希望各单位再接再厉。",
        "并提出三点要求：一要加强领导。",
        "，同时对存在问题要求有关单位限期整改，叮嘱他们要认真落实。",
    )
    for tail in tails:
        text = lead + tail
        for body in (0, 5, len(lead) - 3):
            whole = [(body + m.start(), m.group()) for m in D._GLUED_INNER.finditer(text[body:])]
            lo = D._glued_from(text, body, len(text))
            assert lo >= body
            found = [(lo + m.start(), m.group()) for m in D._GLUED_INNER.finditer(text[lo:])]
            assert found == whole and whole, tail
    assert D._glued_from("各部门要加强整改。", 0, 9) == -1


def test_a_paragraph_s_sentences_end_where_the_class_ends_them() -> None:
    # _paragraph finds the ends of a paragraph with no ！ / ? / ？ by str.find for 。: the only
    # other character of _SENT_END
    assert set(D._SENT_END) == set("。！？!?")
    text = "标题\n各部门要加强整改。要压实责任。各单位要落实\n要提高认识！要确保达标。"
    first = text.index("各部门")
    end = text.index("\n", first)
    para = text[first:end]
    assert D._paragraph(text, para, first, end)[5] == (
        text.index("。", first),
        text.index("。", text.index("压实")),
        end,
    )
    second = end + 1
    assert D._paragraph(text, text[second:], second, len(text))[5] == (
        text.index("！"),
        len(text) - 1,
        len(text),
    )
