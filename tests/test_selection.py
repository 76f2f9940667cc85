"""Snapping selections to the guideline's boundaries (Qt-free)."""

from __future__ import annotations

import sys

import pytest

from civannot.flag_review import chosen_reading, review_flag
from civannot.records import Flag
from civannot.selection import (
    clause_around,
    directive_around,
    sentence_around,
    snap,
    word_snap,
)

TEXT = "10月13日，市委书记张国旺强调，各级各部门要对照《全国文明城市测评体系》，扎实开展问题整改；同时，学校要加强“文明礼仪”教育。"


def cut(r: tuple[int, int] | None) -> str | None:
    return None if r is None else TEXT[r[0] : r[1]]


@pytest.mark.parametrize(
    ("piece", "expected"),
    [
        ("《全国文明城市测评体系》", "全国文明城市测评体系"),
        ("“文明礼仪”", "文明礼仪"),
        (" 张国旺、", "张国旺"),
        ("，市委书记", "市委书记"),
        ("整改；", "整改"),
    ],
)
def test_snap_strips_marks_and_spaces(piece: str, expected: str) -> None:
    text = f"x{piece}y"
    assert snap(text, 1, 1 + len(piece)) == (
        text.index(expected),
        text.index(expected) + len(expected),
    )


def test_snap_of_only_marks_is_none() -> None:
    assert snap("“”《》、 ", 0, 6) is None
    assert snap("abc", 2, 2) is None


def test_snap_keeps_inner_marks() -> None:
    text = "“一街一策、一巷一策”"
    assert snap(text, 0, len(text)) == (1, len(text) - 1)


def test_sentence_and_clause_around_caret() -> None:
    pos = TEXT.index("扎实")
    assert cut(sentence_around(TEXT, pos)).startswith("10月13日")
    assert cut(sentence_around(TEXT, pos)).endswith("文明礼仪”教育")
    assert (
        cut(clause_around(TEXT, pos))
        == "10月13日，市委书记张国旺强调，各级各部门要对照《全国文明城市测评体系》，扎实开展问题整改"
    )
    # a caret right after the final mark still means that sentence
    assert cut(sentence_around(TEXT, len(TEXT))).endswith("教育")


def test_directive_leaves_out_frame_connective_and_list_number() -> None:
    pos = TEXT.index("扎实")
    assert (
        cut(directive_around(TEXT, pos, clause=True))
        == "各级各部门要对照《全国文明城市测评体系》，扎实开展问题整改"
    )
    pos = TEXT.index("学校")
    assert cut(directive_around(TEXT, pos, clause=True)) == "学校要加强“文明礼仪”教育"
    text = "一、围绕项项达标，扎实开展问题整改。"
    assert directive_around(text, 3) == (2, len(text) - 1)
    text = "一要提高认识，二要加强领导。"
    assert directive_around(text, 1) == (0, len(text) - 1)


def test_word_snap_widens_to_jieba_words() -> None:
    pytest.importorskip("jieba")
    text = "市委书记张国旺主持召开会议。"
    # a sloppy selection inside 召开 and 会议 widens to whole words
    start, end = word_snap(text, text.index("开"), text.index("议"))
    assert text[start:end] == "召开会议"
    assert "jieba" in sys.modules


def test_flag_review_records_decisions() -> None:
    flags = [Flag("gbk_repair", 3, 5, "lead byte lost", 0.7, "保”", ["宝”", "堡”"])]
    accepted = review_flag(flags, 0, "accept")
    assert accepted[0].status == "accepted" and flags[0].status == "open"
    assert review_flag(flags, 0, "reject")[0].status == "rejected"
    chosen = review_flag(flags, 0, "choose", "堡”")
    assert chosen[0].status == "chosen" and chosen[0].alternatives == ["堡”", "宝”"]
    assert chosen_reading(chosen[0]) == "堡”"
    assert chosen_reading(accepted[0]) is None
    with pytest.raises(ValueError):
        review_flag(flags, 0, "choose", "不在”")
    with pytest.raises(ValueError):
        review_flag(flags, 3, "accept")
