"""orgs49a (issue 16, session 47): bodies of the party and the state written as general forms
(made-up sentences; names and places invented):

- a unit named under a department or a level's party committee (省文旅厅某某产业发展办公室,
  县农业农村局农业技术推广中心, 县委营商环境建设委员会) is one ORG with its body
  (org_sub_unit_kinds.txt);
- a public institution a level names by the field or trade it serves (区茶产业发展中心,
  某某县烤烟事务中心, 县医疗保障事务中心; org_unit_kinds.txt), not a word the level opens
  (区域物流发展中心) nor a level's reach (全县);
- a level's body right after a level that is a surname too (区政协, 区人大) is no person's name.
"""

from __future__ import annotations

import pytest

from tests.suggestion_texts import orgs, tagged


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("韩立新走进省文旅厅冰雪产业发展办公室，与工作人员交流。", "省文旅厅冰雪产业发展办公室"),
        ("周立新来到县农业农村局农业技术推广中心调研。", "县农业农村局农业技术推广中心"),
        ("周立新来到省商务厅电子商务发展中心调研。", "省商务厅电子商务发展中心"),
        ("许红兵主持召开县委营商环境建设委员会第一次全体会议。", "县委营商环境建设委员会"),
        ("岚江县委营商环境建设委员会召开第二次全体会议。", "岚江县委营商环境建设委员会"),
    ],
)
def test_a_unit_named_under_its_body(text: str, body: str) -> None:
    assert body in orgs(text)


@pytest.mark.parametrize(
    ("text", "found", "not_found"),
    [
        # a clause after the bureau: the offices it addresses are no unit of it
        (
            "县农业农村局要求各乡镇办公室做好准备。",
            ["县农业农村局"],
            ["县农业农村局要求各乡镇办公室"],
        ),
        # the committee's verb before another committee's name
        ("县委召开全面深化改革委员会会议。", ["县委"], ["县委召开全面深化改革委员会"]),
        # the committee's own verbs read back as a group's field
        ("县委研究部署安全工作领导小组有关事项。", ["县委"], ["县委研究部署安全工作领导小组"]),
        ("周立新来到县研究部署发展中心。", [], ["县研究部署发展中心"]),
    ],
)
def test_no_unit_across_a_clause(text: str, found: list[str], not_found: list[str]) -> None:
    got = orgs(text)
    assert all(f in got for f in found)
    assert not any(n in got for n in not_found)


def test_an_office_before_its_heads_post_is_the_titles() -> None:
    # 办公室 alone after the bureau names no unit of its own; the post takes the body
    assert orgs("市住建局办公室主任周立新参加。") == []
    assert ("市住建局办公室主任", "TITLE") in tagged("市住建局办公室主任周立新参加。", "TITLE")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("周立新来到区茶产业发展中心调研。", "区茶产业发展中心"),
        ("会上，东岚县烤烟事务中心负责人作了发言。", "东岚县烤烟事务中心"),
        ("周立新来到县医疗保障事务中心调研。", "县医疗保障事务中心"),
        ("周立新来到岚江县蔬菜产业发展中心调研。", "岚江县蔬菜产业发展中心"),
        ("带领部分委员及区茶产业发展中心、区文体旅局负责人调研。", "区茶产业发展中心"),
        ("周立新来到市民政事业服务中心看望老人。", "市民政事业服务中心"),
    ],
)
def test_a_public_institution_named_by_its_field(text: str, body: str) -> None:
    assert body in orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        # a word the level opens (区域), and the level's reach (全省): no body named
        "打造全省区域物流发展中心。",
        "要把岚江县建成区域物流发展中心。",
        "全县农业发展中心要做好准备。",
    ],
)
def test_no_public_institution_without_a_level_of_its_own(text: str) -> None:
    assert not any(o.endswith("发展中心") for o in orgs(text))


@pytest.mark.parametrize(
    ("text", "body"),
    [("区政协赴霍童镇开展茶产业专题调研", "区政协"), ("区人大视察岚江镇", "区人大")],
)
def test_a_districts_body_is_no_name(text: str, body: str) -> None:
    assert body in orgs(text)
    assert tagged(text, "PERSON") == []


def test_a_person_surnamed_qu_stays_a_name() -> None:
    assert ("区志强", "PERSON") in tagged("区志强同志参加会议。", "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "市金融办、市编办和市重点工程建设管理局及社区等有关部门参加。",
        "会上，镇综合执法中心、岚溪社区等5家单位作了交流发言。",
    ],
)
def test_a_bureau_or_centre_named_by_its_task(text: str) -> None:
    assert any(o in ("市重点工程建设管理局", "镇综合执法中心") for o in orgs(text))


def test_a_named_bureau_before_its_heads_post_is_the_titles() -> None:
    assert "省代建项目管理局" not in orgs(
        "11月21日，省代建项目管理局党组书记、局长孙立新一行调研。"
    )


@pytest.mark.parametrize(
    "text",
    ["带队到岚溪镇，就市政协主席会专题协商议题开展调研。", "区政协主席会议审议通过了工作要点。"],
)
def test_the_cppcc_before_its_chairs_meeting(text: str) -> None:
    assert any(o in ("市政协", "区政协") for o in orgs(text))


def test_the_cppcc_before_its_chairs_post_is_the_titles() -> None:
    text = "区政协主席周立新出席。"
    assert orgs(text) == []
    assert ("区政协主席", "TITLE") in tagged(text, "TITLE")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("县公安局、工商局、交通局、政法委结合工作实际作了发言。", "政法委"),
        ("会上，教育局、政法委就安全工作作了表态发言。", "政法委"),
    ],
)
def test_a_lists_last_body_before_its_report(text: str, body: str) -> None:
    assert body in orgs(text)


@pytest.mark.parametrize(
    "text", ["要发挥人大就重大事项作出决定的作用。", "支持人大围绕中心工作开展监督。"]
)
def test_no_bare_body_before_those_words_outside_a_list(text: str) -> None:
    assert orgs(text) == []


def test_a_zones_committee_where_a_meeting_is_held() -> None:
    assert "岚茵湖管委会" in orgs("在岚茵湖管委会与企业代表进行了座谈。")
    assert orgs("在该管委会工作期间，他抓项目。") == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("县自然资源局岚溪自然资源所负责人参加。", "县自然资源局岚溪自然资源所"),
        ("市发改委价格监测中心发布数据。", "市发改委价格监测中心"),
        ("县交通运输局公路管理所开展排查。", "县交通运输局公路管理所"),
    ],
)
def test_a_bureaus_station_or_branch(text: str, body: str) -> None:
    assert body in orgs(text)


def test_no_unit_of_the_government_alone_after_the_committee() -> None:
    # 区委区政府某某领导小组: the group of both bodies, no unit of the government's
    assert "区政府乡村振兴工作领导小组" not in orgs("区委区政府乡村振兴工作领导小组召开会议。")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("开创政法事业新局面 省委政法委员会全体会议召开", "省委政法委员会"),
        ("县委政法委员会召开全体会议。", "县委政法委员会"),
        ("政协岚江县委员会召开常委会议。", "政协岚江县委员会"),
    ],
)
def test_a_short_form_in_wei_written_in_full(text: str, body: str) -> None:
    assert orgs(text) == [body]


def test_the_full_form_before_a_members_post_is_the_titles() -> None:
    assert orgs("县委政法委员会委员周立新参加。") == []
