"""PERSON, TITLE and HOLDS_TITLE in forms the session 13 audit of fresh real reports left open
(issue 16, audtitles15): a predicate read as a name after a plural post, a name jieba also holds
as a word before a post, two titles with no mark between, two people with no mark between, a
name of three ending in a unit's character. Every sentence is made up in the same form; names
and places are invented."""

from __future__ import annotations

import pytest

from tests.preannotate_support import spans_and_holds


@pytest.mark.parametrize(
    "text",
    [
        "会议强调，各镇长要负责，各村支书要配合。",
        "各乡镇党委书记、乡镇长要负责，各部门要配合。",
        "县长要负责，副县长要配合。",
        "县长须亲自过问，分管副县长还要具体抓。",
    ],
)
def test_no_name_after_a_post_of_many_or_before_a_modal(text: str) -> None:
    spans, holds = spans_and_holds(text)
    # 各镇长 is the post of many, held by nobody named; 要负责 is the predicate
    assert not any(lab == "PERSON" for _, lab in spans), spans
    assert not any(lab == "TITLE" for _, lab in spans) and not holds, (spans, holds)


def test_an_unlisted_surname_after_a_post_is_still_read() -> None:
    # (操 is a surname the list lacks: the modal guard leaves such names alone)
    _, holds = spans_and_holds("县委副书记操盛林出席会议。")
    assert holds == {("操盛林", "县委副书记")}


@pytest.mark.parametrize(
    "text, name, post",
    [
        ("王建国副局长主持会议并讲话。", "王建国", "副局长"),
        ("会上，王大明副局长通报了测评情况。", "王大明", "副局长"),
        ("市生态环境局王建国副局长介绍了整改情况。", "王建国", "副局长"),
    ],
)
def test_a_name_jieba_holds_only_as_a_name_before_a_post(text: str, name: str, post: str) -> None:
    spans, holds = spans_and_holds(text)
    assert (name, "PERSON") in spans and (post, "TITLE") in spans, spans
    assert holds == {(name, post)}


@pytest.mark.parametrize(
    "text",
    [
        # words before a post stay out (a word of the language; a word jieba mistags as a name)
        "党组织书记要带头抓。",
        "宣传部长主持会议。",
        "高山副县长出席会议。",
    ],
)
def test_a_word_before_a_post_is_no_name(text: str) -> None:
    spans, _ = spans_and_holds(text)
    assert not any(lab == "PERSON" for _, lab in spans), spans


def test_two_titles_with_no_mark_between_hold_for_the_name_after() -> None:
    text = "检查组有市文明办主任检查组组长戴青松、市文明办调研员柯远山。"
    _, holds = spans_and_holds(text)
    assert holds == {
        ("戴青松", "市文明办主任"),
        ("戴青松", "检查组组长"),
        ("柯远山", "市文明办调研员"),
    }


def test_a_presidium_chair_is_no_two_titles() -> None:
    # 主席团: the post and the next character make a longer word, no second title starts there
    spans, _ = spans_and_holds("副县长霍晓川、川白镇人大主席团主席殷亮陪同检查。")
    assert ("川白镇人大主席", "TITLE") not in spans, spans


@pytest.mark.parametrize(
    "text, holds_want",
    [
        (
            "市委组织处处长柯远山副处长霍晓川参加检查。",
            {("柯远山", "市委组织处处长"), ("霍晓川", "副处长")},
        ),
        (
            "市住建局局长柯远山副局长霍晓川出席。",
            {("柯远山", "市住建局局长"), ("霍晓川", "副局长")},
        ),
    ],
)
def test_two_people_with_no_mark_between(text: str, holds_want: set[tuple[str, str]]) -> None:
    spans, holds = spans_and_holds(text)
    assert holds == holds_want
    assert [s for s, lab in spans if lab == "PERSON"] == ["柯远山", "霍晓川"], spans


@pytest.mark.parametrize(
    "text, name",
    [
        ("街道办葛骞旗书记代表驻地街办发言。", "葛骞旗"),
        ("随后，柯远旗书记强调，要抓好落实。", "柯远旗"),
    ],
)
def test_a_name_of_three_ending_in_a_units_character(text: str, name: str) -> None:
    spans, holds = spans_and_holds(text)
    assert holds == {(name, "书记")}, (spans, holds)


def test_a_banners_own_post_stays_one_title() -> None:
    _, holds = spans_and_holds("会议由县委副书记主持。旗委书记葛青松强调，要抓好创建。")
    assert holds == {("葛青松", "旗委书记")}
