"""orgs37 (issue 16, session 34): ORG forms written as general forms (made-up sentences; names
and places invented):

- departments named bare in a list closed by 等部门 are bodies only where the list names a body
  too (区住建、综合执法局、交警等部门); a list of fields of work alone (林草、应急、公安等部门,
  与城管、住建等部门) names none;
- a headquarters' groups of every kind (市创城指挥部各工作组) are no part of its name;
- the inspection office a level's committee and government share (县委县政府督查局) is one ORG;
  the committee and the government written together elsewhere (市委市政府高度重视) stay two;
- a primary school by its number (某某八小) is a school as 某某一中 is;
- the standing commissions and leading groups of a party committee (区委意识形态领导小组,
  县委全面依法治县委员会) are one ORG with the committee;
- the campaign's leading group named by the campaign alone (创文工作领导小组) is an ORG where no
  other reading takes it; in a joint meeting's name (推进会暨创城领导小组工作会) it is none;
- a district's new-era civilisation practice centre opening the sentence of a visit
  (在某区新时代文明实践中心，…参观) is the place visited, a LOC.
"""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _labelled(text: str, label: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == label]


@pytest.mark.parametrize(
    "text",
    [
        "李青强调，林草、应急、森防、公安、供电等部门要按照职责分工，加强协同配合。",
        "街道办事处要加强与城管、住建等部门的工作联动，做好积水路段抽排。",
        "乡镇、工商、交警、公安等部门要加强配合，严防死守。",
    ],
)
def test_a_list_of_fields_names_no_body(text: str) -> None:
    orgs = _labelled(text, "ORG")
    assert not {"应急", "公安", "城管", "住建", "交警"} & set(orgs)


def test_a_list_that_names_a_body_keeps_its_short_forms() -> None:
    text = "会议要求，区住建、综合执法局、交警等部门要统筹协作，形成合力。"
    orgs = _labelled(text, "ORG")
    assert "交警" in orgs
    assert "综合执法局" in orgs


def test_a_headquarters_groups_of_every_kind_are_no_part_of_it() -> None:
    text = "会上，青禾区和市创城办、市创城指挥部各工作组依次汇报了工作进展。"
    orgs = _labelled(text, "ORG")
    assert "市创城指挥部" in orgs
    assert "市创城指挥部各工作组" not in orgs


def test_a_headquarters_own_group_stays_with_it() -> None:
    text = "会上，市创城指挥部综合协调组汇报了工作进展。"
    assert "市创城指挥部综合协调组" in _labelled(text, "ORG")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("县文明办、县委县政府督查局、水利局负责同志参加。", "县委县政府督查局"),
        ("由区领导带队，区创文办、区委区政府督查室参与督查。", "区委区政府督查室"),
    ],
)
def test_the_shared_inspection_office_is_one_body(text: str, org: str) -> None:
    orgs = _labelled(text, "ORG")
    assert org in orgs
    assert org[:2] not in orgs


def test_committee_and_government_together_stay_two() -> None:
    text = "创建工作开展以来，市委市政府高度重视，多次召开会议研究部署。"
    orgs = _labelled(text, "ORG")
    assert "市委" in orgs
    assert "市政府" in orgs


def test_a_primary_school_by_its_number() -> None:
    text = "督查组先后察看了青山镇公园以及锦绣路段、青山八小等三个整治点。"
    assert "青山八小" in _labelled(text, "ORG")
    assert "青山" not in _labelled(text, "GPE")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "会议召开了2021年中共青山区委意识形态领导小组第一次会议。",
            "中共青山区委意识形态领导小组",
        ),
        ("当天，县委意识形态工作领导小组召开会议。", "县委意识形态工作领导小组"),
        ("当天，区委全面依法治区委员会召开第一次会议。", "区委全面依法治区委员会"),
    ],
)
def test_a_party_committees_commission_is_one_body(text: str, org: str) -> None:
    assert org in _labelled(text, "ORG")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("各级各部门特别是创文工作领导小组各成员单位，认真贯彻部署。", "创文工作领导小组"),
        ("并将督查结果及时汇报创城领导小组。", "创城领导小组"),
    ],
)
def test_a_campaign_group_named_by_the_campaign_alone(text: str, org: str) -> None:
    assert org in _labelled(text, "ORG")


def test_a_campaign_group_inside_a_joint_meetings_name_is_none() -> None:
    text = "在青山县争创文明城市推进会暨创城领导小组工作会议上，李明作了讲话。"
    assert "创城领导小组" not in _labelled(text, "ORG")


def test_a_campaign_group_after_its_place_keeps_the_place() -> None:
    text = "青山县创文工作领导小组召开全体会议。"
    assert "青山县创文工作领导小组" in _labelled(text, "ORG")


def test_a_civilisation_practice_centre_visited_is_a_place() -> None:
    text = "在青山区新时代文明实践中心，林晓东认真参观、听取介绍。"
    assert "青山区新时代文明实践中心" in _labelled(text, "LOC")
    assert "青山区新时代文明实践中心" not in _labelled(text, "ORG")
