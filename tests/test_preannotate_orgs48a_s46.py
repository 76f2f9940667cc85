"""Session 46 (orgs48a): ORG forms of party, government and public bodies in real reports.

A level's party committee and its government written together, the government with no level of
its own (镇党委政府, 某某乡党委政府): one ORG, as both golds of f47 and the gold of dev_056 tag it
(县委县政府 and 镇党委、政府 stay two; 省市党委政府 and 各级党委政府 name none). The items of a list
of bodies whose people attend, closed by 等部门 / 负责人 / 主要负责同志 and written beside a body
the rules read, named by a kind of org_list_kinds.txt (以工代赈办, 推进办, 危化处, 市监所, 管理处);
a department's division written with the department's one character (厅城建处); the committee's
inspection office written with 察 (区委督察室).
Every sentence, name and place here is made up."""

from __future__ import annotations

import pytest

from civannot.preannotate.engine import suggest
from tests.suggestion_texts import orgs as _orgs


def _rules(text: str) -> list[tuple[str, str]]:
    sug = suggest(text)
    return [(s.text, r) for s, r in zip(sug.spans, sug.rules, strict=True) if s.label == "ORG"]


# --- a committee and the government of its level written together


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("岚江县党委政府有关负责人陪同调研。", ["岚江县党委政府"]),
        ("5月3日，岚溪镇召开会议。岚溪镇党委政府高度重视。", ["岚溪镇党委政府"]),
        ("镇党委政府并派出镇督查组督导。", ["镇党委政府"]),
        ("乡党委政府将今年的筹资工作作为一项重要工作。", ["乡党委政府"]),
        ("周立新与镇党委政府相关负责人座谈交流。", ["镇党委政府"]),
    ],
)
def test_a_committee_and_its_government_with_no_level_are_one(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # each with its level: two bodies
        ("青苇县委县政府召开推进会。", ["青苇县委", "县政府"]),
        # a mark between them: two bodies
        ("镇党委、政府高度重视。", ["镇党委", "政府"]),
        # two levels, or every level: none named
        ("严格按照省市党委政府的部署抓好落实。", []),
        ("各级党委政府要对禁毒工作负总责。", []),
        ("各镇街党委政府的分管领导参加会议。", []),
    ],
)
def test_committees_and_governments_that_stay_apart_or_name_none(
    text: str, orgs: list[str]
) -> None:
    assert _orgs(text) == orgs


# --- the items of a list of bodies whose people attend


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # a task's abbreviation and 办 after a bureau, the list closed by 等部门负责人
        (
            "县委书记周立新率县扶贫移民局、以工代赈办、推进办等部门负责人深入各乡镇调研。",
            ["县扶贫移民局", "以工代赈办", "推进办"],
        ),
        # a department's divisions before a body, after the verb that leads them
        ("副厅长孟岚带领危化处、执法局相关人员开展检查。", ["危化处", "执法局"]),
        # a town's stations in a list of units
        (
            "岚江镇食安办牵头联合派出所、中心校、市监所、卫生院等单位开展检查。",
            ["岚江镇食安办", "派出所", "市监所", "卫生院"],
        ),
        # a bureau by its field's short form, the list closed by 有关负责同志
        (
            "旗政府办公室、林草局、农科局有关负责同志陪同调研。",
            ["旗政府办公室", "林草局", "农科局"],
        ),
        # a bureau with its other name in brackets
        (
            "县委办、国土资源局、住建（规划）局、交通运输局等部门相关负责人参加。",
            ["县委办", "国土资源局", "住建（规划）局", "交通运输局"],
        ),
    ],
)
def test_items_of_a_list_of_bodies_are_bodies(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


def test_a_department_s_divisions_named_with_its_one_character() -> None:
    text = (
        "省住建厅厅长周立新到岚江调研。厅城建处、管理处、办公室主要负责同志参加调研。"
        "（厅城建处 厅管理处供稿）"
    )
    assert _rules(text) == [
        ("厅城建处", "org.listed"),
        ("管理处", "org.listed"),
        ("办公室", "org.listed"),
        ("厅城建处", "org.listed"),
        ("厅管理处", "org.listed"),
    ]


def test_the_committee_s_inspection_office_written_with_cha() -> None:
    text = "区委办、政法委、区委督察室和相关街道主要领导参加了调研。"
    assert _orgs(text) == ["区委办", "政法委", "区委督察室"]


@pytest.mark.parametrize(
    "text",
    [
        # no body beside the items: a list of common words
        "要优化产业布局、功能布局等相关工作。",
        # the list is of places visited, not of the people of bodies
        "周立新先后来到县公安局、城东所检查。",
        # every unit, some units: none named
        "县公安局、各科室、相关处室负责人参加会议。",
        # a post after the last item, no people of the body
        "县公安局、岚江管理处处长周立新参加会议。",
        # a division named with 厅 where the report names no department
        "厅城建处负责同志参加调研。",
    ],
)
def test_no_body_read_from_a_list_that_names_none(text: str) -> None:
    orgs = _orgs(text)
    assert not any(o.endswith(("布局", "管理处", "城东所", "科室", "处室", "城建处")) for o in orgs)


# --- a group named by its field alone, with no body or level before it


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # after a preposition that opens the phrase
        ("根据巡察工作领导小组的安排，岚江区委第一巡察组到平水镇反馈巡察情况。",
         ["巡察工作领导小组", "岚江区委第一巡察组"]),
        # after a year, its meeting following it
        ("岚江县召开2024年烤烟生产领导小组会议。", ["烤烟生产领导小组"]),
        # opening a clause
        ("针对楼道乱堆物问题，创城工作组要加强督查。", ["创城工作组"]),
        ("防汛指挥部办公室要充分发挥作用。", ["防汛指挥部办公室"]),
        ("昨天下午，迎检指挥部召开工作会议。", ["迎检指挥部"]),
    ],
)  # fmt: skip
def test_a_group_named_by_its_field_alone(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


@pytest.mark.parametrize(
    "text",
    [
        # every group, none named
        "各创建工作组要尽快召集相关单位。",
        # 各 opening the list ranges over the group too
        "各街道、创城专班要加强配合。",
        # the group opens its head's post
        "创城工作组组长周立新讲话。",
        # a field word inside a clause, not opening the name
        "要切实加强防汛指挥部署。",
    ],
)
def test_no_group_where_none_is_named(text: str) -> None:
    assert not any(o.endswith(("工作组", "指挥部")) for o in _orgs(text))


# --- a bureau's or a town's committee, the target of an inspection


def test_a_bureau_s_and_a_town_s_committees_are_bodies() -> None:
    text = (
        "县委第十四轮巡察对县住房和城乡建设局委员会、桑河镇委员会、刘集镇委员会和"
        "青柳湖镇委员会等4家单位开展了巡察。"
    )
    assert _orgs(text) == [
        "县委",
        "县住房和城乡建设局委员会",
        "桑河镇委员会",
        "刘集镇委员会",
        "青柳湖镇委员会",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the committee opens a post
        "桑河镇委员会主任周立新讲话。",
        # a town's name running into a clause: no mark or connective before it
        "要求乡镇委员会成员参加。",
    ],
)
def test_no_committee_body_before_a_post_or_inside_a_clause(text: str) -> None:
    assert not any(o.endswith("镇委员会") for o in _orgs(text))


# --- a bureau's division, and the unit that wrote the report


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("本网讯 岚江市住建局村镇处主要负责同志带队督导。", ["岚江市住建局村镇处"]),
        ("岚江海事局青河海事处、县公安局负责人参加。", ["岚江海事局青河海事处", "县公安局"]),
    ],
)
def test_a_bureau_s_division_is_one_body_with_it(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("要求全面推进整治工作。（安全环保处 陈 岚）\n下一篇", ["安全环保处"]),
        ("六是要全力推进试点工作。（厅防火处张立新）", ["厅防火处"]),
        ("均已整改。（街道社区平安办）", ["街道社区平安办"]),
        ("确保节日安全。（综合部）", ["综合部"]),
    ],
)
def test_the_unit_that_wrote_the_report(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


@pytest.mark.parametrize(
    "text",
    [
        # a clause in brackets, no unit
        "要抓好落实。（要求做好部署工作）",
        # brackets inside a sentence, not closing a paragraph
        "各办事处（筹建处）、各乡负责同志参会。",
        # a bureau and a clause about it, no division
        "县公安局对此事进行严肃处理。",
    ],
)
def test_no_unit_read_from_brackets_or_clauses_that_name_none(text: str) -> None:
    assert not any(o.endswith(("部", "处")) for o in _orgs(text))


# --- a list closed by the whole staff; a centre named by its field


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("岚江镇召开复审工作会议，镇创建办、卫计办全体工作人员参加。", ["镇创建办", "卫计办"]),
        (
            "综合行政执法队、农牧业技术推广服务中心负责人参加会议。",
            ["综合行政执法队", "农牧业技术推广服务中心"],
        ),
        (
            "区农业农村局、茶叶产业发展服务中心负责人分别陪同考察。",
            ["区农业农村局", "茶叶产业发展服务中心"],
        ),
    ],
)
def test_more_items_of_a_list_of_bodies(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


def test_a_facility_in_a_list_of_bodies_stays_no_body() -> None:
    assert _orgs("县公安局、社区党群服务中心负责人参加。") == ["县公安局"]
