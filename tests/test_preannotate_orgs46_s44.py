"""Session 44 (orgs46): ORG forms of real reports (f45's two golds, wide45). A committee's
inspection group named by a long field (某市安委会安全生产专项巡查组); bare levels before a body
after a clause's particle (听取了州、县人民政府…: no body named); the drug-control committee's
short forms (禁毒委, 禁毒办) and a count of places before a body (三地禁毒办: none); firms of a
list named by a word and a trade (甲新材料、纵横线科技、乙电气有限公司等); a town's education
district office (镇学区); firms named by three or four rare characters (，青邦建投集团…); a place's
name jieba tags a verb or a numeral before a school or a police station (排下派出所, 三余中学).
Every sentence, name and place here is made up."""

from __future__ import annotations

import pytest

from civannot.preannotate.engine import suggest


def _tagged(text: str, *labels: str) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in suggest(text).spans if s.label in labels]


def _orgs(text: str) -> list[str]:
    return [t for t, _ in _tagged(text, "ORG")]


# --- a committee's group named by a field of up to six characters


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        (
            "7月11日，岚江市安委会安全生产专项巡查组由市总工会调研员周立新带队，对经开区开展督导巡查。",
            ["岚江市安委会安全生产专项巡查组"],
        ),
        ("会议剖析了国务院安委会巡查组在我区发现的问题。", ["国务院安委会巡查组"]),
        ("岚江县委全面从严治党督导组到镇里检查。", ["岚江县委全面从严治党督导组"]),
    ],
)
def test_a_committees_group_with_a_long_field_is_one_body(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # a clause between the committee and a second body's group: two bodies
        ("会上，周立新传达县委关于省委巡视组驻地信访工作情况的通报。", ["县委", "省委巡视组"]),
        # the body sends the group: no group of its own
        ("市政府将组织督查组开展督查。", ["市政府"]),
    ],
)
def test_no_group_read_over_a_clause(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


# --- bare levels listed before a body after a clause's particle


def test_levels_listed_after_a_particle_name_no_body() -> None:
    text = "检查期间，周立新分别听取了州、县人民政府贯彻落实会议精神的汇报。"
    assert _orgs(text) == []


def test_one_level_after_a_particle_names_its_body() -> None:
    text = "检查期间，周立新听取了县人民政府贯彻落实会议精神的汇报。"
    assert _orgs(text) == ["县人民政府"]


# --- the drug-control committee and its office


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("会议要求，禁毒委各成员单位要切实担负起部门责任。", ["禁毒委"]),
        ("6月26日，岚江市禁毒委员会召开全体会议。", ["岚江市禁毒委员会"]),
        ("结合青山市禁毒办实地检查提出的问题进行整改。", ["青山市禁毒办"]),
        ("国家禁毒委督导组检查岚江市禁毒工作。", ["国家禁毒委督导组"]),
    ],
)
def test_drug_control_committee(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


@pytest.mark.parametrize(
    "text",
    [
        # a count of places or of levels before the body: every place's, none named
        "会上，三地禁毒办围绕禁毒工作作交流发言。",
        "市、县两级禁毒委要切实发挥好牵头抓总作用。",
    ],
)
def test_counted_places_name_no_drug_control_body(text: str) -> None:
    assert _orgs(text) == []


# --- firms of a list named by a word and a trade


def test_an_item_beside_a_firm_is_a_firm() -> None:
    text = "周立新先后来到青石新材料、丰源环保、纵横线科技、岚江神力电气有限公司等项目现场。"
    assert _orgs(text) == ["青石新材料", "丰源环保", "纵横线科技", "岚江神力电气有限公司"]


@pytest.mark.parametrize(
    "text",
    [
        "要大力发展生物科技、节能环保、新材料等产业。",
        "培育电子信息、智能科技、绿色环保等新兴产业。",
    ],
)
def test_a_list_of_trades_names_no_firm(text: str) -> None:
    assert _orgs(text) == []


# --- a town's education district office


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("同时，镇学区要抓好宣传引导，结合暑期家访强化安全教育。", ["镇学区"]),
        ("青山镇学区组织教师开展培训。", ["青山镇学区"]),
    ],
)
def test_a_towns_education_district(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


@pytest.mark.parametrize(
    "text",
    ["岚江县学区房价格持续上涨。", "全镇学区内的学校按时开学。", "家长热衷购买学区房。"],
)
def test_a_catchment_area_is_no_body(text: str) -> None:
    assert _orgs(text) == []


# --- a firm named by three or four rare characters


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("周立新勉励青邦建投集团在建项目做好生产管理。", ["青邦建投集团"]),
        ("会上，青山镇、岚融安能公司依次表态发言。", ["岚融安能公司"]),
    ],
)
def test_a_firm_of_rare_characters(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


def test_a_clause_before_a_company_is_no_name() -> None:
    assert _orgs("会上，要加快建设公司。") == []


# --- a place's name jieba tags a verb or a numeral


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("周立新实地查看了三余中学空气质量自动监测站。", ["三余中学"]),
        ("各村党支部书记，排下派出所、排下中心校负责人参加会议。", ["排下派出所", "排下中心校"]),
    ],
)
def test_a_rare_function_word_names_a_place(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


@pytest.mark.parametrize("text", ["要发动社区居委会参与。", "全县两所中学参加了活动。"])
def test_a_frequent_function_word_names_nothing(text: str) -> None:
    assert _orgs(text) == []
