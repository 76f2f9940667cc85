"""Engine bugs the session's audits reported and left (issue 16: helper fixes15), each in a
made-up sentence of the genre's form: the place, body and person names are invented."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged
from tests.preannotate_support import spans_and_holds


@pytest.mark.parametrize(
    "text",
    [
        "他说：要把安全生产工作抓细抓实。",
        "她讲：全镇上下要做好防汛备汛工作。",
    ],
)
def test_speaker_before_colon_opening_text_is_no_place(text: str) -> None:
    # a text opening with a pronoun and a verb of speech before its colon is a quotation,
    # not a headline of the form 某某：…
    assert not any(label == "GPE" for _, label in _tagged(text))


def test_headline_place_before_colon_still_read() -> None:
    # the form the headline rule is for stays: a place's bare name before the colon
    assert ("凤栖", "GPE") in _tagged("凤栖：全县上下齐心做好防汛工作。")


@pytest.mark.parametrize(
    "text, title",
    [
        ("某某警备区政委王强出席会议并讲话。", "某某警备区政委"),
        ("会上，青岭军区政委王强作了讲话。", "青岭军区政委"),
        ("市军分区政委王强出席。", "市军分区政委"),
    ],
)
def test_garrison_area_belongs_to_the_body(text: str, title: str) -> None:
    spans, holds = spans_and_holds(text)
    assert (title, "TITLE") in spans
    assert ("区政委", "TITLE") not in spans
    assert holds == {("王强", title)}


@pytest.mark.parametrize(
    "text, title",
    [
        ("省创卫考评团团长李明一行来我县检查。", "省创卫考评团团长"),
        ("市督查团副团长李明出席反馈会。", "市督查团副团长"),
    ],
)
def test_team_head_after_team(text: str, title: str) -> None:
    spans, holds = spans_and_holds(text)
    assert (title, "TITLE") in spans
    assert holds == {("李明", title)}


def test_doubled_team_character_is_not_the_post() -> None:
    # whatever the body before it, 团团长 is the body's 团 and the post 团长
    spans, _ = spans_and_holds("某某观光团团长李明介绍了情况。")
    assert ("团团长", "TITLE") not in spans


@pytest.mark.parametrize(
    "text, title",
    [
        ("区委宣传部部务会议成员李明出席。", "区委宣传部部务会议成员"),
        ("市委组织部部务委员李明出席。", "市委组织部部务委员"),
    ],
)
def test_department_council_seat_is_a_post(text: str, title: str) -> None:
    spans, holds = spans_and_holds(text)
    assert (title, "TITLE") in spans
    assert holds == {("李明", title)}


def test_three_character_name_ending_in_an_adverb_found_elsewhere() -> None:
    # 先 may follow a name as an adverb (何立先向… as 何立 + 先向); the article's other mention
    # (何立先强调，) says the name has three characters
    text = "会上，县委书记何立先向与会人员传达了会议精神。何立先强调，要抓好落实。"
    spans, holds = spans_and_holds(text)
    assert ("何立", "PERSON") not in spans
    assert spans.count(("何立先", "PERSON")) == 2
    assert holds == {("何立先", "县委书记")}


def test_two_character_name_before_adverb_stays() -> None:
    # with no mention of three characters, 先 stays the adverb after the name
    spans, _ = spans_and_holds("县委书记何立出席。会上，何立先向与会人员传达了精神。")
    assert ("何立先", "PERSON") not in spans


@pytest.mark.parametrize(
    "text, title",
    [
        ("省创卫考评组组长李明一行来我县检查。", "省创卫考评组组长"),
        ("市验收组副组长李明出席反馈会。", "市验收组副组长"),
        ("第三评估组组长李明介绍情况。", "第三评估组组长"),
    ],
)
def test_scoring_group_head(text: str, title: str) -> None:
    # the groups that score or accept a campaign, named as its inspecting groups are
    spans, holds = spans_and_holds(text)
    assert (title, "TITLE") in spans
    assert holds == {("李明", title)}
