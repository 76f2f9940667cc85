"""Persons, titles and their links that fresh real pages lost (session 44, titles46).
Every text is made up, in the forms the real pages use."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _people(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in suggest(text).spans if s.label in ("PERSON", "TITLE")]


def _holds(text: str) -> set[tuple[str, str]]:
    sug = suggest(text)
    return {
        (sug.spans[h].text, sug.spans[t].text) for r, h, t in sug.relations if r == "HOLDS_TITLE"
    }


# --- a bare post opening the item after a titled name: the next person's title ---


@pytest.mark.parametrize(
    "text, people, holds",
    [
        (
            "岚江街道党工委书记周立新、主任孟嘉禾多次带队督导检查。",
            [
                ("岚江街道党工委书记", "TITLE"),
                ("周立新", "PERSON"),
                ("主任", "TITLE"),
                ("孟嘉禾", "PERSON"),
            ],
            {("周立新", "岚江街道党工委书记"), ("孟嘉禾", "主任")},
        ),
        (
            "青石湖管理处党委书记韩立波、处长戚永年、副处长柏云等一行检查堤防。",
            [
                ("青石湖管理处党委书记", "TITLE"),
                ("韩立波", "PERSON"),
                ("处长", "TITLE"),
                ("戚永年", "PERSON"),
                ("副处长", "TITLE"),
                ("柏云", "PERSON"),
            ],
            {("韩立波", "青石湖管理处党委书记"), ("戚永年", "处长"), ("柏云", "副处长")},
        ),
    ],
)
def test_a_bare_post_after_a_titled_name_is_the_next_persons(
    text: str, people: list[tuple[str, str]], holds: set[tuple[str, str]]
) -> None:
    assert _people(text) == people
    assert _holds(text) == holds


@pytest.mark.parametrize(
    "text",
    [
        # nobody named after the post: a verb of speaking, or 等 closing a list of posts
        "岚江镇党委书记周立新、主任强调，各村要抓好落实。",
        "岚江镇党委书记周立新、主任等参加会议。",
    ],
)
def test_a_bare_post_after_a_titled_name_without_a_name_is_no_title(text: str) -> None:
    assert _people(text) == [("岚江镇党委书记", "TITLE"), ("周立新", "PERSON")]
    assert _holds(text) == {("周立新", "岚江镇党委书记")}


# --- a surname and a post right after the body or the meeting the official belongs to ---


@pytest.mark.parametrize(
    "text, surname, post",
    [
        ("下午，一方面听取青溪街道韦书记汇报，一方面察看现场。", "韦", "书记"),
        ("上午，岚山街道党工委柯书记、街道党工委委员孟嘉禾出席。", "柯", "书记"),
        ("会议很重要，稍后县生态环境局鲍局长还将作讲话。", "鲍", "局长"),
        ("全体村干部都参加了会议，会上詹书记传达了防汛会议精神。", "詹", "书记"),
    ],
)
def test_a_surname_and_post_after_its_body_or_the_meeting(
    text: str, surname: str, post: str
) -> None:
    assert (surname, "PERSON") in _people(text)
    assert (surname, post) in _holds(text)


@pytest.mark.parametrize(
    "text",
    [
        # the body's own post, no surname between (局 is no surname)
        "稍后县生态环境局局长作讲话。",
        # a word of the meeting, no post after it
        "会上周密部署了防汛工作。",
    ],
)
def test_no_surname_read_after_a_body_without_a_surname_and_post(text: str) -> None:
    assert not any(label == "PERSON" for _, label in _people(text))


# --- a separator mark inside a headline is no part of a name ---


def test_a_separator_mark_is_no_part_of_a_name() -> None:
    text = "近期要闻\n时政微周刊丨总书记的这一周\n"
    assert _people(text) == []
    assert _holds(text) == set()


# --- the official who reported, heard in the subject's sentence, is no speaker ---


def test_a_heard_reporter_leaves_the_requirement_to_the_subject() -> None:
    text = (
        "6月6日，副市长卢嘉平深入青溪街道指导防汛工作。青溪街道党工委书记韦明远陪同巡查。\n"
        "卢市长深入重灾区巡查，一方面听取青溪街道韦书记汇报，一方面察看地形，详细询问了水位情况；"
        "针对今年防汛工作的严峻性，要求社区干部切实抓好防汛抗灾工作。"
    )
    sug = suggest(text)
    assert ("韦", "书记") in _holds(text)
    speakers = [
        sug.spans[t].text
        for r, h, t in sug.relations
        if r == "ISSUED_BY" and sug.spans[h].text.startswith("社区干部")
    ]
    assert speakers == ["卢"]


# --- a reduplicated word after 总书记 is no surname typed twice ---


def test_a_reduplicated_word_after_the_post_is_no_doubled_surname() -> None:
    text = "全市上下要牢记总书记殷殷嘱托，奋力开创新局面。"
    assert not any(label == "PERSON" for _, label in _people(text))


def test_a_surname_typed_twice_is_still_read() -> None:
    text = "岚江镇党委书记李李建国任组长。"
    assert ("李李建国", "PERSON") in _people(text)
    assert ("李李建国", "岚江镇党委书记") in _holds(text)
