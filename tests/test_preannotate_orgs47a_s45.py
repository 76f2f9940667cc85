"""Session 45 (orgs47a): ORG forms of party, government and public bodies in real reports.

A group, a headquarters or a team a body sets up, named by the body, its field and its kind,
with the team's number (省委巡视工作领导小组, 省委巡视第五组, 中央第三巡视组, 县政府防汛抗旱
指挥部办公室, 六届区委第一巡察组): one ORG, no ORG of the body left inside it (the grammar's words
in org_group_issuers / fields / kinds / teams.txt). The two-character short forms of a level's
offices and of its congress and conference bare in a list (农办, 安办, 农委, 人大, 政协), and a
region's bodies listed after its party committee (自治区党委、人大、政府、政协领导同志).
Every sentence, name and place here is made up."""

from __future__ import annotations

import pytest

from tests.suggestion_texts import orgs as _orgs

# --- a body's group, headquarters or team named by its field


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # the field closed by 工作, the kind after it
        (
            "按照省委的统一部署和省委巡视工作领导小组的安排，岚江巡视情况反馈会议召开。",
            ["省委", "省委巡视工作领导小组"],
        ),
        ("周立新主持召开省委教育工作领导小组第四次全体会议。", ["省委教育工作领导小组"]),
        (
            "岚江县召开乡村建设现场推进会暨县委农村工作领导小组第二次会议。",
            ["县委农村工作领导小组"],
        ),
        ("岚江县委安全生产工作领导小组办公室印发通知。", ["岚江县委安全生产工作领导小组办公室"]),
        # a field of the list, no 工作
        ("市政府防汛抗旱指挥部办公室发布预警。", ["市政府防汛抗旱指挥部办公室"]),
        ("县委全面依法治县委员会召开会议。", ["县委全面依法治县委员会"]),
        # the team's number after its task or before it, the committee's term before it
        ("今年5月，省委巡视第五组对岚江市进行了巡视。", ["省委巡视第五组"]),
        ("周立新赴岚江督导中央巡视组交办事项整改情况。", ["中央巡视组"]),
        ("中央第三巡视组交办事项指出，问题仍然突出。", ["中央第三巡视组"]),
        ("3月2日，六届区委第一巡察组到岚山镇反馈巡察情况。", ["六届区委第一巡察组"]),
    ],
)
def test_a_bodys_group_named_by_its_field_is_one_body(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # a party committee of no level (every body's own group): none
        ("会议要求，要充分发挥党委教育工作领导小组职能职责。", []),
        # a clause between the body and the kind (a verb of the clause): the body alone
        ("县委书记主持召开县委农村工作领导小组会议。", ["县委农村工作领导小组"]),
        ("县委研究部署安全工作领导小组有关事项。", ["县委"]),
        ("县委统筹安排工作领导小组要定期调度。", ["县委"]),
        # a clause's verb before the district's committee: no zone, the place no part of it
        (
            "昨天下午，城关区召开区委网络安全和信息化委员会第四次会议。",
            ["区委网络安全和信息化委员会"],
        ),
        # an activity of the committee, no team: the committee alone
        ("县委第十四轮巡察利用两个月时间开展常规巡察。", ["县委"]),
    ],
)
def test_no_group_read_without_its_field_and_kind(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


def test_no_group_before_its_heads_post() -> None:
    # the group's head: the post is the titles', the group no ORG of its own before it
    assert "省委巡视第五组" not in _orgs("省委巡视第五组组长周立新作反馈讲话。")
    assert "县委巡察工作领导小组" not in _orgs("县委巡察工作领导小组副组长周立新出席。")


# --- short forms bare in a list, a region's bodies after its committee


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        (
            "县委书记周立新率县委办、组织部、农办、国土资源局等部门负责人调研。",
            ["县委办", "组织部", "农办", "国土资源局"],
        ),
        (
            "副市长周立新出席会议，市发改委、农委、财政局负责人参加。",
            ["市发改委", "农委", "财政局"],
        ),
        ("安办、规划建设局、消防大队负责人参加会议。", ["安办", "规划建设局", "消防大队"]),
        ("区审计局要进一步加强与人大、纪委监委的贯通协同。", ["区审计局", "人大", "纪委监委"]),
        (
            "自治区党委、人大、政府、政协领导同志出席会议。",
            ["自治区党委", "人大", "政府", "政协"],
        ),
    ],
)
def test_short_forms_bare_in_a_list(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


@pytest.mark.parametrize(
    "text",
    [
        # a deputy and a member: posts, no body
        "人大代表、政协委员参加视察。",
        # the institution's work, the name before a verb: none
        "要支持人大依法履职。",
    ],
)
def test_no_short_form_before_a_word_it_opens(text: str) -> None:
    assert _orgs(text) == []


# --- counts and lists that name no body


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # 第N次 counts the body's meetings: the body alone
        ("县长周立新主持召开了县政府第七次党组（扩大）会议。", ["县政府"]),
        # a count before the kind: several groups, none named
        ("周立新和县乡村振兴五大分指挥部牵头单位负责人参加督导。", []),
        ("岚江市成立三个工作专班推进整治。", []),
        # a level's short form opening a list of bare fields: the level's reach, no body
        ("区住建、规划、国资等主管部门要切实履行监管责任。", []),
    ],
)
def test_counts_and_field_lists_name_no_body(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # a numbered unit of the body stays one body with it
        ("县纪委监委第三监督检查室开展专项检查。", ["县纪委监委第三监督检查室"]),
        # a list that names a body too: the short form with its level is a body
        ("区住建、综合执法局、交警等部门参加。", ["区住建", "综合执法局", "交警"]),
    ],
)
def test_numbered_units_and_body_lists_stay(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


# --- a level's team named by its level alone


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("省生态环境保护督察组进驻岚江。", ["省生态环境保护督察组"]),
        ("会议就进一步配合省审计组工作进行再部署。", ["省审计组"]),
    ],
)
def test_a_levels_team_by_its_level_alone(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


@pytest.mark.parametrize(
    "text",
    [
        # every city's team, the province's reach: none
        "各市审计组要按时报送材料。",
        "全省督查组进驻各地。",
    ],
)
def test_no_team_of_every_level(text: str) -> None:
    assert _orgs(text) == []


# --- 各 before a list's first item


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # an item named by its own place is that body, not every district's
        (
            "周立新和各区政府、城关经济开发区管委会、市教委主要领导参加。",
            ["城关经济开发区管委会", "市教委"],
        ),
        # a sub-district's body after 各镇: every unit's, none named
        ("各镇政府、街道办事处要抓好落实。", []),
    ],
)
def test_every_before_a_lists_first_item(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


# --- the joint inspection office with its place; a meeting's period before the body


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("城关区委区政府督查室通报了检查情况。", ["城关区委区政府督查室"]),
        ("会上，县委县政府督查室通报情况。", ["县委县政府督查室"]),
        ("10月8日，岚山镇召开四季度安全生产委员会全体会议。", ["安全生产委员会"]),
    ],
)
def test_joint_office_place_and_meeting_period(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs
