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
  (在某区新时代文明实践中心，…参观) is the place visited, a LOC;
- (second commit) a centre listed after a body before the list's verb (县气象局、水文中心分别…);
  a kind of sanitation company (垃圾分类公司) names no body; a source field's name with a Latin
  letter or a digit, or before an em dash; a site by its place before its address in brackets;
  a level's team for the county town's honour (市文明县城考核验收组); a body set up and named by
  its task with no level (五是成立某某整治工作专班), 县里 and the verb left out of it;
- (third commit) the pupils after a numbered school (某某一中学生) are no part of its name;
- (fourth commit) a centre named by its field closing a list of units before the list's closer
  (…、某某管理服务中心、农业发展服务中心主要负责同志) is a body.
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


def test_a_centre_listed_before_the_verb_of_the_list() -> None:
    text = "会上，县气象局、水文中心分别分析了汛期形势。"
    assert "水文中心" in _labelled(text, "ORG")


def test_a_kind_of_sanitation_company_names_no_body() -> None:
    text = "城管科、环卫所、保洁公司、垃圾分类公司、各社区书记参加会议。"
    assert "垃圾分类公司" not in _labelled(text, "ORG")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("本文来源：青禾k8平台-www.example.com", "青禾k8平台"),
        ("信息来源： 澄e网—澄岭新闻网发布时间：2024-03-01", "澄e网"),
    ],
)
def test_a_source_field_with_a_latin_letter_or_a_digit(text: str, org: str) -> None:
    assert org in _labelled(text, "ORG")


def test_a_site_by_its_place_before_its_address() -> None:
    text = "2016-10-26 16:38 河北网（www.example.cn）\n会议召开。"
    assert "河北网" in _labelled(text, "ORG")


def test_a_level_team_for_the_county_towns_honour() -> None:
    text = "市委宣传部副部长李某率市文明县城考核验收组，来青山考核验收创建工作。"
    assert "市文明县城考核验收组" in _labelled(text, "ORG")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("五是成立农村人居环境整治工作专班，由农业部门牵头。", "农村人居环境整治工作专班"),
        ("街道成立了文明创建整治提升行动委员会，制定了工作方案。", "文明创建整治提升行动委员会"),
        ("县里成立青山河道整治工作专班，专门负责此项工作。", "青山河道整治工作专班"),
    ],
)
def test_a_body_set_up_and_named_by_its_task(text: str, org: str) -> None:
    assert org in _labelled(text, "ORG")


@pytest.mark.parametrize(
    "text",
    ["镇里成立了领导小组，负责统筹。", "成立了高规格的指挥部，统筹推进。"],
)
def test_a_body_set_up_and_named_by_its_kind_is_none(text: str) -> None:
    assert not _labelled(text, "ORG")


def test_the_pupils_of_a_numbered_school_are_no_part_of_it() -> None:
    text = "8月31日上午，青溪一中学生志愿者在老师带领下开展清扫活动。"
    orgs = _labelled(text, "ORG")
    assert "青溪一中" in orgs
    assert "青溪一中学" not in orgs


def test_a_field_centre_closing_a_list_of_units() -> None:
    text = "副县长林晓东、青禾镇管理服务中心、农业发展服务中心主要负责同志参加督导。"
    assert "农业发展服务中心" in _labelled(text, "ORG")
