"""Bare lists of names at 、 with no title touching them (names23, issue 16): the participants,
the honoured, a group's members or the speakers in turn, each item a plausible name, the run
opened by a mark or a cue and closed by a mark or what is said of the people; and the bare names
that go on after a name a title vouched for. Sentences, names and places are made up."""

from __future__ import annotations

import pytest

from tests.preannotate_support import spans_and_holds as _out


def _persons(text: str) -> list[str]:
    return [s for s, label in _out(text)[0] if label == "PERSON"]


@pytest.mark.parametrize(
    "text, want",
    [
        # speakers in turn after a mark
        ("会上，韦志岗、龚德胜、骆小华分别作了交流发言。", ["韦志岗", "龚德胜", "骆小华"]),
        # the honoured, after a colon
        ("获奖者：蒙海涛、柯雪梅。", ["蒙海涛", "柯雪梅"]),
        # a party led by two names after 由
        ("由钱致远、卜丽萍带队，检查组深入各社区。", ["钱致远", "卜丽萍"]),
        # speakers invited
        ("会议邀请了冯栋梁、韩晓雯作专题辅导。", ["冯栋梁", "韩晓雯"]),
        # honours after a mark; a given name may be a rarer word (建业)
        ("本次评选中，何建业、邓秀岚获得“最美护林员”称号。", ["何建业", "邓秀岚"]),
        # a group's members named after 班子成员 / 集团领导, a mark closing the list
        (
            "区班子成员章磊、万骏、殷沅，区属各部门负责人参加会议。",
            ["章磊", "万骏", "殷沅"],
        ),
        (
            "集团领导蔡志华、巫海明、缪来顺，各板块负责人参加会议。",
            ["蔡志华", "巫海明", "缪来顺"],
        ),
    ],
)
def test_bare_name_lists(text: str, want: list[str]) -> None:
    assert _persons(text) == want


def test_names_go_on_after_a_titled_name() -> None:
    # 甲 read after its title (written twice by a slip, so the chain's list rule stops at 甲);
    # 乙 and 丙 written bare after it, a mark closing the list
    text = "6月4日，县人大常委会主任郁永春、县人大常委会副主任主任柏永明、吉珂、隋建楚，带领调研组察看河道。"
    assert _persons(text) == ["郁永春", "柏永明", "吉珂", "隋建楚"]


def test_leaders_of_a_body_after_marks() -> None:
    # 管委会领导 opening the list after 、 (工委、管委会领导甲、乙…)
    text = "工委、管委会领导柏永明、吉珂、隋建楚、陶涌，管委会副巡视员罗学俊出席会议。"
    assert _persons(text) == ["柏永明", "吉珂", "隋建楚", "陶涌", "罗学俊"]


@pytest.mark.parametrize(
    "text",
    [
        # words of the clause whose first character is a surname
        "他强调，时间紧、任务重，各部门要抓好落实。",
        "要高标准、严要求推进各项工作。",
        "整治随处张贴、涂鸦，乱扔垃圾等陋习。",
        "打造文明、和谐、美丽的新城区。",
        # a byline in brackets is no PERSON
        "（记者许文捷、陈雪）9月3日，全县创城推进会召开。",
        # a list going on after items that are no names
        "县委办、县政府办、伍海、戚明参加。",
        # residents named as such: no cue opens the list
        "志愿者走进社区居民章秀云、黎桂兰家中宣传。",
    ],
)
def test_no_bare_list(text: str) -> None:
    assert _persons(text) == []


def test_counted_public_stays_off_by_default() -> None:
    # 甲、乙等10人上榜: the public counted, person.citizen (off by default)
    assert _persons("揭榜仪式上，共有鲍红娟、苗婷等10人光荣上榜。") == []
