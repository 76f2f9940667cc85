"""dirs26 (session 25): DIRECTIVE / ISSUED_BY forms behind the errors on the development set dev24
(the regional set: real reports, two independent golds) and dev18. Made-up sentences in the same
grammar (other names, places, numbers); each positive case failed on the session start (813e390),
the guards pass before and after."""

from __future__ import annotations

from tests.directive_helpers import directives, issued

_LEAD = "3月6日，青禾经开区召开创建文明城市推进会。"


def test_zai_jianghua_without_zhong_is_a_named_frame():
    # 某某在讲话指出：(blank line) 一是…，要…。 (before: no frame read, so neither the item's
    # head nor the speaker; 在讲话中指出 had both)
    text = (
        _LEAD + "党工委书记、管委会主任罗文博在讲话指出：\n\n一是不为检查而检查，要把每一次检查"
        "看作一次提升的机会。\n\n三是要扎实落实各项重点任务。"
    )
    assert issued(text) == [
        ("不为检查而检查，要把每一次检查看作一次提升的机会", "罗文博"),
        ("要扎实落实各项重点任务", "罗文博"),
    ]
    text = _LEAD + "党工委书记罗文博在发言强调，各街道要压实属地责任。"
    assert issued(text) == [("各街道要压实属地责任", "罗文博")]


def test_an_aspect_with_shang_before_the_marker_opens_the_span():
    # …；责任上，要…；认识上，要… (在…上 with its 在 left out: an adverbial of the requirement;
    # before: the span opened at 要)
    text = (
        _LEAD + "罗文博强调，要想清楚工作怎么干，态度上，要把创建当事业；责任上，要把创建当成"
        "分内事，强化担当作为；认识上，要把创建当机遇，彻底根治顽疾。"
    )
    assert issued(text) == [
        ("要想清楚工作怎么干，态度上，要把创建当事业", "罗文博"),
        ("责任上，要把创建当成分内事，强化担当作为", "罗文博"),
        ("认识上，要把创建当机遇，彻底根治顽疾", "罗文博"),
    ]


def test_a_connective_with_shang_stays_out():
    text = _LEAD + "罗文博强调，实际上，要把问题整改放在首位。"
    assert directives(text) == ["要把问题整改放在首位"]


def test_a_web_page_asking_its_reader_is_no_directive():
    # 如有…请联系我们 / 更多…请在某某网站上搜索 (before: both tagged)
    assert directives("如有任何意见和建议请联系我们。") == []
    assert directives("更多相关讲话稿请在某某文档分享网站上搜索。") == []
    assert directives("本文仅供参考，请点击下方链接查看原文。") == []


def test_please_addressed_to_people_stays_a_directive():
    text = _LEAD + "罗文博表示，请各村（社区）与区创建办联系，及时上报问题清单。"
    assert directives(text) == ["请各村（社区）与区创建办联系，及时上报问题清单"]


def test_a_topic_with_jiu_before_a_commissioned_speaker_is_no_subject():
    # 在…上，就…工作，某某受…的委托，提出了五点要求。一是要…: the 就 topic clause was read as
    # the sentence's subject clause, so the speaker who announced the list was lost
    text = (
        "在誓师大会上，就青禾创建全国文明城市工作，区委宣传部副部长、区文明办主任戴国强受区委"
        "常委、宣传部部长柯美玲的委托，提出了三点要求。一是要把核心价值观贯穿创建始终。"
        "二是区、街两级文明办要加强组织协调。"
    )
    assert issued(text) == [
        ("要把核心价值观贯穿创建始终", "戴国强"),
        ("区、街两级文明办要加强组织协调", "戴国强"),
    ]


def test_the_first_item_after_an_announcing_colon_keeps_its_head():
    # 某某充分肯定了…，对于…提出三点要求：一是思想上高度重视，要… (before: the colon did not
    # part the lead from the first item, whose head was cut off at the comma; the second item,
    # after its full stop, kept it)
    text = (
        _LEAD + "党工委副书记罗文博充分肯定了各点位前期的工作，对于本次复查工作提出两点要求："
        "一是思想上高度重视，要明确此次复查的重要性。二是各部门各司其职，要熟读测评体系。"
    )
    assert directives(text) == [
        "思想上高度重视，要明确此次复查的重要性",
        "各部门各司其职，要熟读测评体系",
    ]


def test_a_goal_clause_opening_with_a_heading_verb_stays_in_the_span():
    # 争创全国文明城市，需要我们… / 巩固创建成果，必须… (before: the span opened at the marker;
    # 推进…，要… already kept its clause)
    text = _LEAD + "党工委书记罗文博强调，争创全国文明城市，需要我们坚持常态长效、持续用力。"
    assert directives(text) == ["争创全国文明城市，需要我们坚持常态长效、持续用力"]
    text = _LEAD + "党工委书记罗文博强调，巩固创建成果，必须坚持问题导向。"
    assert directives(text) == ["巩固创建成果，必须坚持问题导向"]


def test_a_campaign_noun_before_the_marker_stays_out():
    text = _LEAD + "党工委书记罗文博强调，创建活动千头万绪，要善于统筹，压实责任。"
    assert directives(text) == ["要善于统筹，压实责任"]
