"""Directives and their speakers: forms found by the audib2 audit of fresh whole reports
(session 9, issue 16). The sentences are made up in the forms seen; each test fails on the
rules before the fix it covers."""

from __future__ import annotations

from directive_helpers import directives, issued


def test_a_bare_requirement_after_a_team_sentence_has_no_named_speaker():
    # 调研组走访了…。要求一是… : the team requires; the speaker of the paragraph before does not
    # carry into it (before: every item went to that speaker)
    text = (
        "省商会副会长周立新带队的调研组在北坡地区调研。周立新强调，各级商会要把服务会员作为首要任务。\n"
        "在各县调研时，调研组走访了三个县的商会。要求一是县级商会要加强班子建设。"
        "二是要健全会员联系制度。"
    )
    assert issued(text) == [("各级商会要把服务会员作为首要任务", "周立新")]
    assert directives(text) == [
        "各级商会要把服务会员作为首要任务",
        "县级商会要加强班子建设",
        "要健全会员联系制度",
    ]
    # the meeting as the subject: nobody named either
    text = "副县长吴思远强调，各镇要抓紧抢修水毁道路。\n会议听取了各镇的汇报。要求各镇要在月底前完成排查。"
    assert issued(text) == [("各镇要抓紧抢修水毁道路", "吴思远")]


def test_a_bare_requirement_after_a_named_visitor_stays_the_visitors():
    # the sentence before names the visitor: the points are that person's, as before
    text = "日前，副市长林海波到南岗镇调研。要求一是南岗镇要盘活闲置厂房。二是要办好夜市。"
    assert issued(text) == [("南岗镇要盘活闲置厂房", "林海波"), ("要办好夜市", "林海波")]


def test_an_embedded_question_is_no_requirement():
    # 回答了为什么要…、怎样…的问题 (an assessment): 要 after 为什么 asks, it requires nothing
    text = (
        "县委书记陈立新强调，这篇讲话回答了企业为什么要转型、怎样转型的重大问题。"
        "各商会要组织会员认真学习。"
    )
    assert directives(text) == ["各商会要组织会员认真学习"]
    assert issued(text) == [("各商会要组织会员认真学习", "陈立新")]


def test_a_plan_period_before_the_addressee_opens_the_requirement():
    # “十五五”时期，各地各部门要… (before: the span lost the period and its speaker)
    text = "自治区主席马志远指出，“十五五”时期，各地各部门要持续优化营商环境，为企业保驾护航。"
    assert issued(text) == [
        ("“十五五”时期，各地各部门要持续优化营商环境，为企业保驾护航", "马志远")
    ]
    # an assessment that ends in 时期 still closes before the requirement
    text = "县长冯立强调，当前是防汛的关键时期，各乡镇要落实巡查责任。"
    assert directives(text) == ["各乡镇要落实巡查责任"]
