"""Titles, names and HOLDS_TITLE in forms found by the second session 5 audit of real reports
(issue 16, round 2): the head of a unit named by its kind after the unit's name (a school, a
hospital, a power company, a police station, a squad, a community), a group company's party
committee, the posts of a school, a farm and a company standing alone, a town committee's staff
posts in a list, a post held on secondment, a body's own staff (机关), a comma inside one
person's chain, a long zone name, a numbered visiting group, a name closed by 委托 or 携, and
a surname with a post (not tagged) or a preposition (向) before it. Every sentence is made up;
the places and people are invented."""

from __future__ import annotations

import pytest

from tests.preannotate_support import spans_and_holds as _out


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        ("县第一中学校长柏文涛出席会议并讲话。", "县第一中学校长", "柏文涛"),
        ("会议由市供电公司总经理寇振洋主持。", "市供电公司总经理", "寇振洋"),
        ("区中医院院长滕雅琴作表态发言。", "区中医院院长", "滕雅琴"),
        ("城管执法四中队中队长芮东升汇报了整治情况。", "城管执法四中队中队长", "芮东升"),
        ("柳塘派出所所长童卫国参加会议。", "柳塘派出所所长", "童卫国"),
        ("枫林社区党委书记詹秀兰介绍了经验。", "枫林社区党委书记", "詹秀兰"),
        ("县人大法制科长燕立群参加会议。", "县人大法制科长", "燕立群"),
        ("移动公司经理邝明远参加会议。", "移动公司经理", "邝明远"),
    ],
)
def test_the_head_of_a_unit_named_before_the_post(text: str, title: str, name: str) -> None:
    spans, holds = _out(text)
    assert (title, "TITLE") in spans, spans
    assert (name, "PERSON") in spans, spans
    assert (name, title) in holds
    assert not [s for s, lab in spans if lab == "ORG" and title.startswith(s)], spans


def test_a_group_company_before_its_party_committee() -> None:
    _, holds = _out("集团公司党委书记、董事长侯建章出席座谈会。")
    assert holds == {("侯建章", "集团公司党委书记"), ("侯建章", "董事长")}


def test_the_posts_of_a_school_a_company_and_a_farm_standing_alone() -> None:
    _, holds = _out(
        "启动仪式由副校长闵卫华主持。公司执行董事、总经理聂海波，总经理助理祁文杰参加座谈。"
        "场长、社区主任岑建国，副场长鄢立新出席。"
    )
    assert holds == {
        ("闵卫华", "副校长"),
        ("聂海波", "执行董事"),
        ("聂海波", "总经理"),
        ("祁文杰", "总经理助理"),
        ("岑建国", "场长"),
        ("岑建国", "社区主任"),
        ("鄢立新", "副场长"),
    }


def test_the_head_of_a_farm_is_no_market() -> None:
    spans, _ = _out("要建立市场长效管理机制，推动农贸市场长期规范运行。")
    assert not [s for s, lab in spans if lab in ("TITLE", "PERSON")], spans


def test_a_town_committees_staff_posts_in_a_list() -> None:
    _, holds = _out("镇党委副书记甘立平、组织委员虞秀梅、组织干事阙文出席会议。")
    assert holds == {("甘立平", "镇党委副书记"), ("虞秀梅", "组织委员"), ("阙文", "组织干事")}


def test_a_post_on_secondment_and_a_bodys_own_staff() -> None:
    _, holds = _out(
        "区委挂职副书记、区创城委常务副主任司马东平陪同。市政协机关二级巡视员邵志坚出席。"
    )
    assert ("邵志坚", "市政协机关二级巡视员") in holds
    _, holds = _out("区委挂职副书记、区创城委常务副主任鲍晓东陪同活动。")
    assert holds == {("鲍晓东", "区委挂职副书记"), ("鲍晓东", "区创城委常务副主任")}


def test_a_name_closed_by_being_sent_or_bringing_staff() -> None:
    _, holds = _out("受市政协党组成员、副主席阎志刚委托，督导组到社区督导创建工作。")
    assert holds == {("阎志刚", "市政协党组成员"), ("阎志刚", "副主席")}
    _, holds = _out("区城管执法局党组成员、副局长冼国梁携相关科室人员陪同验收。")
    assert holds == {("冼国梁", "区城管执法局党组成员"), ("冼国梁", "副局长")}


def test_a_comma_inside_one_persons_chain() -> None:
    _, holds = _out("市委副书记，青禾区党工委书记、管委会主任卓文斌出席会议。")
    assert holds == {
        ("卓文斌", "市委副书记"),
        ("卓文斌", "青禾区党工委书记"),
        ("卓文斌", "管委会主任"),
    }


def test_a_long_zone_name_before_its_committee() -> None:
    _, holds = _out("溪东国际陆港区与临空经济区党工委书记应国栋讲话。")
    assert holds == {("应国栋", "溪东国际陆港区与临空经济区党工委书记")}
    # a clause word stays out of the zone's name
    _, holds = _out("会议由临空经济区党工委书记应国栋主持。")
    assert holds == {("应国栋", "临空经济区党工委书记")}


def test_a_numbered_visiting_group() -> None:
    _, holds = _out("第五督导组副组长宓建华反馈了督导情况。")
    assert holds == {("宓建华", "第五督导组副组长")}


def test_a_surname_with_a_post_and_a_preposition_give_no_name() -> None:
    # the surnames with their posts are PERSON + TITLE (session 32), 向 no part of a name
    spans, holds = _out("冉院长向丁书记介绍了医院发展情况。")
    assert [s for s, lab in spans if lab == "PERSON"] == ["冉", "丁"], spans
    assert holds == {("冉", "院长"), ("丁", "书记")}
    spans, holds = _out("在工地，雷永刚向我院院长、党委书记邰振宇询问了工期。")
    assert ("我院", "PERSON") not in spans and ("向我院", "PERSON") not in spans, spans
    assert {("邰振宇", "院长"), ("邰振宇", "党委书记")} <= holds


def test_a_name_before_a_post_and_other_leaders() -> None:
    _, holds = _out("丁国清校长、甘秀芝主任等领导分别作了动员讲话。")
    assert holds == {("丁国清", "校长"), ("甘秀芝", "主任")}


def test_the_school_by_its_one_character_name_before_its_committee() -> None:
    _, holds = _out("会上，校党总支书记、校长甘立恒简述了活动的意义。")
    assert holds == {("甘立恒", "校党总支书记"), ("甘立恒", "校长")}
    # a word ending in 校 or 院 is no such name (学院党委书记 is read as a whole or not at all)
    _, holds = _out("会上，党委书记甘立恒讲话。")
    assert holds == {("甘立恒", "党委书记")}


def test_a_zone_named_after_a_verb_in_mid_clause() -> None:
    _, holds = _out("祁建平来白沙拜访白沙滨海经济开发区党组书记、镇党委书记卓立新，双方座谈。")
    assert holds == {("卓立新", "白沙滨海经济开发区党组书记"), ("卓立新", "镇党委书记")}
    # a clause word before the zone stays out of it
    _, holds = _out("会议由经济开发区党工委书记卓立新主持。")
    assert holds == {("卓立新", "经济开发区党工委书记")}
