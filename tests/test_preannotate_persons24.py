"""persons24: the head of a body named by its kind, after the body's name (made-up sentences).

The grammar reads a post after a listed body or standing alone; a bank's, a kindergarten's, a
station's or an association's head (行长, 园长, 站长, 会长, 秘书长) stands alone in no text, so
`县工商银行行长某某` gave neither TITLE nor PERSON. titles._unit_heads reads the kind of the
body and the posts of that kind (a probe of 16 kinds of bodies x posts x places x 7 frames:
3042 of 6384 titles missed before, 86 after).
"""

from __future__ import annotations

import pytest

from tests.span_helpers import people


@pytest.mark.parametrize(
    "text,title,name",
    [
        ("县工商银行行长韩立峰陪同调研。", "县工商银行行长", "韩立峰"),
        ("会议由县第二幼儿园园长苏晓梅主持。", "县第二幼儿园园长", "苏晓梅"),
        ("县委常委甲某某、城关镇文化站站长柴明远等参加活动。", "城关镇文化站站长", "柴明远"),
        ("安平县农村信用社理事长卢振宇参加会议。", "安平县农村信用社理事长", "卢振宇"),
        ("县个体劳动者协会秘书长庞晓春陪同调研。", "县个体劳动者协会秘书长", "庞晓春"),
        ("市慈善总会常务副会长鲍国平参加会议。", "市慈善总会常务副会长", "鲍国平"),
        ("县第三中学党支部书记詹丽萍陪同调研。", "县第三中学党支部书记", "詹丽萍"),
        ("县委书记韩立峰在县档案馆馆长费建明陪同下调研。", "县档案馆馆长", "费建明"),
        ("听取了县妇幼保健院院长岑海燕的汇报。", "县妇幼保健院院长", "岑海燕"),
        ("县广播电视台台长倪志成强调，要抓好落实。", "县广播电视台台长", "倪志成"),
        ("会议由县城关人民法庭庭长贺春梅主持。", "县城关人民法庭庭长", "贺春梅"),
        ("县公安局交警大队教导员邹新民参加会议。", "县公安局交警大队教导员", "邹新民"),
        ("会议由李庄村村委会主任彭德胜主持。", "李庄村村委会主任", "彭德胜"),
        ("市供销合作社理事长苗建设陪同调研。", "市供销合作社理事长", "苗建设"),
    ],
)
def test_head_after_a_body_named_by_its_kind(text: str, title: str, name: str) -> None:
    titles, persons, holds = people(text)
    assert title in titles, titles
    assert name in persons, persons
    assert (name, title) in holds


def test_a_party_post_and_the_head_coordinated() -> None:
    titles, persons, holds = people("县博物馆党支部书记、馆长乔永康出席会议。")
    assert {"县博物馆党支部书记", "馆长"} <= titles
    assert ("乔永康", "县博物馆党支部书记") in holds and ("乔永康", "馆长") in holds


def test_the_grammar_keeps_its_title_before_a_clause_word() -> None:
    # (the grammar's section branch read 县委书记某某在园林处处长 as one title)
    titles, persons, _ = people("县委书记韩立峰在县园林处处长费建明陪同下调研。")
    assert {"县委书记", "县园林处处长"} <= titles
    assert {"韩立峰", "费建明"} <= persons


def test_nominee_and_a_place_holding_he() -> None:
    titles, persons, _ = people("上午，云川市人民检察院检察长候选人鲁振宇到城区调研。")
    assert "云川市人民检察院检察长候选人" in titles and "鲁振宇" in persons
    # 和政县: the 和 of a place's name is no conjunction; the title opens after the place
    titles, persons, _ = people("部长某某，临夏州和政县城关镇东沟村党支部书记韦海燕，共同介绍。")
    assert "城关镇东沟村党支部书记" in titles and "韦海燕" in persons


@pytest.mark.parametrize(
    "text",
    [
        "各银行行长要压实责任。",  # many banks' heads, nobody named
        "农村党支部书记要带头。",  # a word of many villages
        "该村书记和村委会主任参加。",  # the village named before, no name
        "考察组一行长途跋涉来到县城。",  # a delegation's 一行
        "文化站长效管理机制逐步建立。",  # no head of a station: 站长效
    ],
)
def test_no_title_without_a_body_named_or_a_name(text: str) -> None:
    titles, persons, _ = people(text)
    assert not persons, persons
    assert not any(
        t.endswith(("行长", "园长", "站长", "书记", "主任")) and len(t) > 4 for t in titles
    )


def test_a_village_opening_the_next_item_is_no_name_of_the_list() -> None:
    # (the list of names after 县委常委甲 read 李庄村 as a second name)
    titles, persons, holds = people("县委常委韩立峰、李庄村主任苏晓梅等参加活动。")
    assert persons == {"韩立峰", "苏晓梅"}, persons
    assert ("苏晓梅", "李庄村主任") in holds
    # a name ending in 村 in a plain list stays a name
    _, persons, _ = people("市领导韩立峰、张小村、苏晓梅出席。")
    assert "张小村" in persons


def test_leaders_listed_after_a_preposition_before_their_act() -> None:
    # 在甲、乙等县领导陪同下 / 由甲、乙等市领导带队 (the list opened only at a clause mark)
    _, persons, _ = people("在韩立峰、苏晓梅等县领导陪同下，检查组来到城区。")
    assert {"韩立峰", "苏晓梅"} <= persons
    _, persons, _ = people("由韩立峰、苏晓梅等市领导带队，检查组来到城区。")
    assert {"韩立峰", "苏晓梅"} <= persons
    _, persons, _ = people("在城区、郊区等地领导陪同下，检查组来到城区。")
    assert not persons


def test_a_department_no_list_holds_after_a_conjunction() -> None:
    titles, persons, holds = people(
        "在县委常委、副县长韩立峰和县委社会工作部部长苏晓梅的陪同下，调研组来到城区。"
    )
    assert ("苏晓梅", "县委社会工作部部长") in holds
    titles, _, holds = people("在县营商环境建设局局长苏晓梅的陪同下，调研组来到城区。")
    assert ("苏晓梅", "县营商环境建设局局长") in holds
    # 和 inside a bureau's name stays inside its title
    titles, _, _ = people("县林业和草原局局长苏晓梅出席会议。")
    assert "县林业和草原局局长" in titles and "草原局局长" not in titles


def test_a_peoples_organisations_standing_vice_chair() -> None:
    _, _, holds = people("出席会议的有：县委书记韩立峰，县总工会常务副主席苏晓梅。")
    assert ("苏晓梅", "县总工会常务副主席") in holds


def test_a_campaign_quoted_inside_a_headquarters_title() -> None:
    # (the title was cut to 指挥部总指挥 / 领导小组副组长; seen on two sites)
    titles, _, holds = people(
        "市委副书记、市长、市“两城同创”指挥部总指挥韩立峰同志对文明交通提出要求。"
    )
    assert "市“两城同创”指挥部总指挥" in titles
    assert {
        ("韩立峰", "市委副书记"),
        ("韩立峰", "市长"),
        ("韩立峰", "市“两城同创”指挥部总指挥"),
    } <= holds
    titles, _, _ = people("县委常委、县“三城同创”工作领导小组副组长苏晓梅出席会议。")
    assert {"县委常委", "县“三城同创”工作领导小组副组长"} <= titles


def test_a_given_name_opening_with_he_after_a_head() -> None:
    # (和 is in no name of _valid_name: 负责人孙和平通报… gave no PERSON)
    _, persons, _ = people("县爱卫办负责人孙和平通报当前创卫工作存在的问题。")
    assert "孙和平" in persons
    assert not people("各单位负责人党和国家要求的事项")[1]


def test_a_political_commissar_in_full() -> None:
    titles, persons, holds = people("云川警备区政治委员韦海燕主持会议。")
    assert ("韦海燕", "云川警备区政治委员") in holds
