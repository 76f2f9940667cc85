"""orgs31 (issue 16, session 31): ORG forms at the body's boundary, written as general forms
(made-up sentences; names invented):

- a sub-district written 某某街 (街 for 街道) and its party or discipline body is one ORG
  (某某街党工委到…, 某某街纪工委, 某某街党委), never a street (LOC 某某街) and a bare body; not
  before a post (某某街党工委书记某某: the post's);
- the speaker's own body after an adverb of time names no body (下一步我局将…, 今后我办要…);
- the standing members' meeting room (在县委常委会议室座谈) holds the committee (县委), not a
  standing committee cut at 会 (县委常委会 + 议室); 市委常委会 and 县人大常委会 elsewhere stay;
- a verb of setting up a group after an office is no part of the office's group (市创建办组建
  暗访组: the office alone; 市创建办暗访组 stays one body);
- a group set up (镇里成立某某提升领导小组, 某镇成立了某某工作指挥部) is named after the verb,
  where a stem of its own stands before the kind (成立了创建指挥部, 成立领导小组: none);
- a preposition or a verb of following opening the clause is no part of a zone named by its
  kind (根据开发区党委、管委会的部署: 开发区党委), and a zone's two bodies written bare after a
  verb of following or a mark (落实党工委、管委会的部署) are two ORGs.

Round 2:
- a public cultural facility a body runs (市文化馆, 区图书馆, 某某文化站) as an item of a list whose
  other items are places visited is a place visited (LOC), not the body; a list of such bodies
  alone (某某到区文化馆、区图书馆调研) keeps its ORGs;
- 各 before a village's or community's committee makes it every village's (各某某村村委会主任):
  none named.
"""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _labelled(text: str, label: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == label]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("6月2日，青禾街党工委召开创文推进会。", "青禾街党工委"),
        ("在柳岸街纪工委的指导下，各社区开展自查自纠。", "柳岸街纪工委"),
        ("会上，青禾街党委、青禾街办事处分别作了发言。", "青禾街党委"),
    ],
)
def test_sub_district_written_jie_with_its_party_body(text: str, org: str) -> None:
    assert org in _labelled(text, "ORG")
    # (the sub-district is no street here)
    assert not any(org.startswith(loc) for loc in _labelled(text, "LOC"))


def test_sub_district_party_body_before_a_post_is_the_posts() -> None:
    text = "青禾街党工委书记罗明远主持会议。"
    assert "青禾街党工委" not in _labelled(text, "ORG")
    assert "青禾街党工委书记" in _labelled(text, "TITLE")


@pytest.mark.parametrize(
    "text",
    [
        "下一步我局将联合各街道开展回头看。",
        "同时，今后我办要加强对各社区的督查。",
    ],
)
def test_own_body_after_an_adverb_is_no_org(text: str) -> None:
    assert _labelled(text, "ORG") == []


def test_a_bare_bureau_in_a_list_stays() -> None:
    assert _labelled("会上，住建局、城管局分别汇报了工作。", "ORG") == ["住建局", "城管局"]


@pytest.mark.parametrize(
    ("text", "orgs", "locs"),
    [
        # (the room a meeting sits in, after 在 and before a comma, is the venue: one LOC with
        # the body it opens with, as venues.py reads 街道办事处二楼会议室; session 44, locs46)
        ("在县委常委会议室，柳青山听取了三个乡镇的工作汇报。", [], ["县委常委会议室"]),
        ("座谈会随后移到县委常委会议室继续进行。", ["县委"], []),
    ],
)
def test_standing_members_meeting_room_holds_the_committee(
    text: str, orgs: list[str], locs: list[str]
) -> None:
    # (never a standing committee cut at 会: 县委常委会 + 议室)
    assert _labelled(text, "ORG") == orgs
    assert _labelled(text, "LOC") == locs


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("市委常委会会议研究了创建工作。", "市委常委会"),
        ("市人大常委会召开会议听取汇报。", "市人大常委会"),
        ("区委常委会议研究了创建工作。", "区委常委会"),
    ],
)
def test_standing_committee_elsewhere_stays(text: str, org: str) -> None:
    assert org in _labelled(text, "ORG")


def test_office_setting_up_a_group_is_the_office_alone() -> None:
    text = "5月9日，市创建办组建暗访组，分赴各街道开展检查。"
    assert _labelled(text, "ORG") == ["市创建办"]


def test_office_group_written_together_stays_one_body() -> None:
    assert _labelled("市创建办暗访组深入农贸市场检查。", "ORG") == ["市创建办暗访组"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "第四，落实责任。镇里成立乡村文明提升领导小组，负责全镇的提升工作。",
            "乡村文明提升领导小组",
        ),
        ("岚溪镇成立了集镇环境提升工作指挥部，统筹各村力量。", "集镇环境提升工作指挥部"),
    ],
)
def test_group_set_up_is_named_after_the_verb(text: str, org: str) -> None:
    assert _labelled(text, "ORG") == [org]


@pytest.mark.parametrize(
    "text",
    ["一是加强组织领导，成立了创建指挥部。", "镇里成立领导小组，统筹推进整治。"],
)
def test_group_set_up_named_by_its_kind_is_none(text: str) -> None:
    assert _labelled(text, "ORG") == []


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("根据开发区党委、管委会的部署，各部门要加强配合。", ["开发区党委", "管委会"]),
        ("按照高新区党工委、管委会的安排，各社区开展自查。", ["高新区党工委", "管委会"]),
        ("园区各单位要认真落实党工委、管委会的部署。", ["党工委", "管委会"]),
    ],
)
def test_zone_bodies_after_a_verb_of_following(text: str, orgs: list[str]) -> None:
    assert _labelled(text, "ORG") == orgs


def test_zone_committee_before_a_post_is_the_posts() -> None:
    text = "党工委、管委会主任柳青山出席会议。"
    assert "管委会" not in _labelled(text, "ORG")
    assert "管委会主任" in _labelled(text, "TITLE")


@pytest.mark.parametrize(
    ("text", "loc"),
    [
        ("王林一行先后来到青松广场、柳巷、市文化馆、岚山社区等地检查。", "市文化馆"),
        ("督查组先后来到甲乙规划馆、区图书馆、丙丁超市，查看环境。", "区图书馆"),
        ("王林先后到松涛小区、青禾农贸市场、翠岚文化站等地查看。", "翠岚文化站"),
    ],
)
def test_cultural_facility_in_a_list_of_places_visited_is_a_place(text: str, loc: str) -> None:
    assert loc in _labelled(text, "LOC")
    assert loc not in _labelled(text, "ORG")


@pytest.mark.parametrize(
    "text",
    [
        "王林到区文化馆、区图书馆调研。",
        "区文化馆、区图书馆负责人汇报了近期工作。",
    ],
)
def test_cultural_bodies_listed_alone_stay_bodies(text: str) -> None:
    assert _labelled(text, "ORG") == ["区文化馆", "区图书馆"]


def test_every_villages_committee_is_none() -> None:
    text = "各试点村村委会主任、驻村干部参加了培训。"
    assert _labelled(text, "ORG") == []
    assert _labelled("青禾村村委会组织村民开展清扫。", "ORG") == ["青禾村村委会"]
