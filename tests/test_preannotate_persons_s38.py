"""来 / 到 after a post: the verb of coming to a place visited right after, not a surname opening a
name (session 38: 总书记来川视察 gave the PERSON 来川 and lost the name before the post). Made-up
sentences; 来 and 到 still open names where no visited place follows."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def spans(text: str) -> set[tuple[str, str]]:
    return {(text[s.start : s.end], s.label) for s in suggest(text).spans}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("去年7月，习近平总书记来川视察，对创建工作提出要求。", "川"),
        ("省委书记来黔调研时强调，要抓好落实。", "黔"),
        ("副省长到杭州检查创建工作。", "杭州"),
    ],
)
def test_coming_to_a_place_opens_no_name(text: str, place: str) -> None:
    got = spans(text)
    assert not any(lab == "PERSON" and t[0] in "来到" for t, lab in got)
    assert (place, "GPE") in got


def test_the_name_before_the_post_is_read_again() -> None:
    text = "去年7月，习近平总书记来川视察，对创建工作提出要求。"
    sug = suggest(text)
    got = {(text[s.start : s.end], s.label) for s in sug.spans}
    assert {("习近平", "PERSON"), ("总书记", "TITLE")} <= got
    assert len(sug.relations) == 1


@pytest.mark.parametrize(
    "text", ["县长来福生主持会议。", "副市长来某某检查工作。", "市长来燕出席并讲话。"]
)
def test_lai_still_opens_a_name(text: str) -> None:
    assert any(lab == "PERSON" and t[0] == "来" for t, lab in spans(text))


def test_a_campaign_headquarters_leaders_hold_the_names_listed() -> None:
    # read as 市领导 A、B、C is: the body inside the TITLE, each name linked to it
    text = "区创城指挥部领导王某涛、曾某阳、吴某鹏等参加会议。"
    sug = suggest(text)
    got = [(text[s.start : s.end], s.label) for s in sug.spans]
    assert got == [
        ("区创城指挥部领导", "TITLE"),
        ("王某涛", "PERSON"),
        ("曾某阳", "PERSON"),
        ("吴某鹏", "PERSON"),
    ]
    assert len(sug.relations) == 3


def test_a_headquarters_leaders_without_names_stay_a_body() -> None:
    text = "县创卫指挥部领导要靠前指挥。"
    assert ("县创卫指挥部", "ORG") in spans(text)
