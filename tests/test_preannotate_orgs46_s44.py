"""Session 44 (orgs46): ORG forms of real reports (f45's two golds, wide45). A committee's
inspection group named by a long field (某市安委会安全生产专项巡查组); bare levels before a body
after a clause's particle (听取了州、县人民政府…: no body named); the drug-control committee's
short forms (禁毒委, 禁毒办) and a count of places before a body (三地禁毒办: none); firms of a
list named by a word and a trade (甲新材料、纵横线科技、乙电气有限公司等); a town's education
district office (镇学区); firms named by three or four rare characters (，青邦建投集团…); a place's
name jieba tags a verb or a numeral before a school or a police station (排下派出所, 三余中学).
From wide46: 应急部, a source's 原创, 国家某某局某省局, 部分县政府 (none), a site's 管理处,
bodies every town has (驻点村委会, 乡镇卫生院: none), 省某某厅某某处, 某某街办, a date's 日 before
a name. Every sentence, name and place here is made up."""

from __future__ import annotations

import pytest

from tests.suggestion_texts import orgs as _orgs
from tests.suggestion_texts import tagged as _tagged

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


# --- wide46 (commit 2): a ministry's short form, a source's 原创, a national bureau's office in a
# province, some bodies of a level, a site's managing office, a firm after a verb of going, bodies
# every town has, a department's division, a sub-district office by 街办, a date before a name


def test_the_emergency_ministry_by_its_short_form() -> None:
    assert _orgs("要对照应急部“十有两禁”要求，精准施策。") == ["应急部"]
    assert _orgs("各地应急部门要加强值守。") == []


def test_original_content_is_no_part_of_the_source() -> None:
    assert _orgs("正文。\n来源：岚江新闻原创\n编辑：张三") == ["岚江新闻"]


def test_a_national_bureaus_office_in_a_province() -> None:
    text = "周立新对国家矿山安全监察局青海局长期以来的支持表示感谢。"
    assert _orgs(text) == ["国家矿山安全监察局青海局"]
    # before its head's post the office is the post's: no body of its own
    text = "周立新与国家矿山安全监察局青海局党组书记、局长胡海军一行会谈。"
    assert "国家矿山安全监察局青海局" not in _orgs(text)


@pytest.mark.parametrize(
    "text", ["省直有关部门和部分县政府负责同志参加会议。", "有关区政府要落实属地责任。"]
)
def test_some_bodies_of_a_level_name_none(text: str) -> None:
    assert _orgs(text) == []


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("会议强调，柳营起义纪念馆管理处要坚持问题导向。", ["柳营起义纪念馆管理处"]),
        ("周主任做最后表态发言，他指出柳营起义纪念馆管理处将继续整改。", ["柳营起义纪念馆管理处"]),
        ("垃圾不落地。二是碧溪湖景区管委会要在4月底前完成整改。", ["碧溪湖景区管委会"]),
    ],
)
def test_a_sites_managing_office(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


def test_a_firm_named_after_a_verb_of_going() -> None:
    text = "周立新先后来到青禾乐器公司、岚溪供热公司检查。"
    assert _orgs(text) == ["青禾乐器公司", "岚溪供热公司"]
    # (loc48, session 46: a firm's station a visit names is one LOC with the firm, as dev46's
    # gold reads 某某乐器公司供热站; the firm inside it is no ORG of its own)
    station = "周立新先后来到青禾乐器公司供热站、岚溪供热公司城南供热站、青苑新城供热站。"
    assert _orgs(station) == []


@pytest.mark.parametrize(
    "text",
    [
        "全镇驻村同志立即到驻点村委会协助村干部做好防风工作。",
        "三年以内乡镇卫生院要全部达到乙级水平。",
        "各乡镇政府及乡镇派出所要全力以赴。",
        "联合科技公司，设计规划技防管控图。",
    ],
)
def test_bodies_every_unit_has_name_none(text: str) -> None:
    assert _orgs(text) == []


def test_a_named_tech_company_stays() -> None:
    assert _orgs("周立新来到岚江科技公司调研。") == ["岚江科技公司"]


def test_a_departments_division_is_one_body_with_it() -> None:
    text = "8月6日，省应急管理厅危险化学品安全监督管理处郭武存处长带队开展督导检查。"
    assert _orgs(text) == ["省应急管理厅危险化学品安全监督管理处"]


@pytest.mark.parametrize(
    "text",
    ["省教育厅及时处理群众反映的问题。", "省交通厅对违规行为依法处罚。", "省林业厅要妥善处置。"],
)
def test_no_division_over_a_verb_of_handling(text: str) -> None:
    assert [o for o in _orgs(text) if not o.endswith("厅")] == []


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("王宏联要求，张家村街办要按照高标准整治要求，标本兼治。", ["张家村街办"]),
        ("对西一路、中山门街办辖区进行燃气安全专项检查。", ["中山门街办"]),
        ("双新街办事处要充分发挥中枢核心作用。", ["双新街办事处"]),
        ("杨主任表示，街办将做好整改工作。", []),
        ("各街办要落实属地责任。", []),
    ],
)
def test_a_sub_district_office_by_its_short_form(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("8月21日北岭门街办召开垃圾分类工作部署会。", "北岭门街办"),
        ("8月21日城关派出所召开专题部署会。", "城关派出所"),
        ("8月21日岚江新闻网报道了此事。", "岚江新闻网"),
    ],
)
def test_a_dates_day_is_no_part_of_a_name(text: str, org: str) -> None:
    assert _tagged(text, "DATE", "ORG") == [("8月21日", "DATE"), (org, "ORG")]


# --- commit 3: a body named again, a school a school runs


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        (
            "周立新一行到杨梅中学开展调研。校长具体介绍了杨梅中学的基本概况。",
            ["杨梅中学", "杨梅中学"],
        ),
        (
            "周立新一行到青禾矿业调研。随后听取青禾矿业关于重点工作的汇报。",
            ["青禾矿业", "青禾矿业"],
        ),
        (
            "来源：岚峰网\n正文。这是周立新在基地了解情况。岚峰网-岚江日报记者 张三摄",
            ["岚峰网", "岚峰网", "岚江日报"],
        ),
    ],
)
def test_a_body_named_again(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


def test_a_level_led_school_is_not_repeated_by_its_tail() -> None:
    # the grammar reads a body opening with a level where it is written; no second reading of
    # 省农垦实验中学 from another mention's tail
    text = "周立新肯定了省农垦实验中学的工作。在省农垦实验中学，一行查看了教学楼。"
    assert _orgs(text).count("省农垦实验中学") <= 1


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "在湖南省林业实验中学附属青山思源实验学校，周立新一行实地查看了教学楼。",
            "湖南省林业实验中学附属青山思源实验学校",
        ),
        (
            "周立新率队到三亚市滨海第九小学青山附属实验小学实地调研。",
            "三亚市滨海第九小学青山附属实验小学",
        ),
    ],
)
def test_a_school_a_school_runs_is_one_body(text: str, org: str) -> None:
    assert _orgs(text) == [org]


# --- commit 4: a school numbered after a bare place, gas and heating companies, a zone's second
# name in brackets, 据某某网 opening the text


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("周立新实地了解青山科技城和北京八中兰州分校项目的建设进展。", "北京八中兰州分校"),
        ("周立新先后对湿地公园建设项目、武威一中迁建提升工程进行调研。", "武威一中"),
        ("周立新来到兴国一小调研。", "兴国一小"),
    ],
)
def test_a_school_numbered_after_a_bare_place(text: str, org: str) -> None:
    assert _orgs(text) == [org]


def test_a_plenary_session_is_no_school() -> None:
    assert _orgs("会议学习贯彻党的十九届五中全会精神。") == []


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("在洪雅县天然气公司，周立新仔细了解公司安全运营记录。", ["洪雅县天然气公司"]),
        ("市供热公司负责人参加会议。", ["市供热公司"]),
        ("会议要求做好天然气供应保障。", []),
    ],
)
def test_gas_and_heating_companies(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


def test_a_zones_second_name_in_brackets() -> None:
    text = "青山区委、温州高新区（经开区）管委会向在外乡贤致以问候。"
    assert _orgs(text) == ["青山区委", "温州高新区（经开区）管委会"]


@pytest.mark.parametrize(
    "text", ["据岚江新闻网消息，近日召开会议。", "据岚江网消息，近日召开会议。"]
)
def test_the_sources_preposition_opening_the_text(text: str) -> None:
    assert _orgs(text) == [text[1 : text.index("消息")]]


# --- commit 5: a secretary's subject meeting named after the committee; 文广新局


@pytest.mark.parametrize(
    "text",
    [
        "周立新主持召开黔南州委书记专题会议",
        "4月3日，黔南州委书记周立新主持召开黔南州委书记第四次专题会议，研究有关事宜。",
    ],
)
def test_a_secretarys_subject_meeting_names_the_committee(text: str) -> None:
    assert "黔南州委" in _orgs(text)


@pytest.mark.parametrize("text", ["县委书记周立新主持会议。", "县委书记要带头抓落实。"])
def test_a_secretarys_post_is_no_body(text: str) -> None:
    assert _orgs(text) == []


def test_the_culture_radio_and_press_bureau() -> None:
    text = "区综治办、区商务局、区文广新局、区城管局负责人参加。"
    assert _orgs(text) == ["区综治办", "区商务局", "区文广新局", "区城管局"]
    assert _orgs("要开创发展新局。") == []
