"""Directives and their speakers: forms found by the audib2 audit of fresh whole reports
(session 9, issue 16). The sentences are made up in the forms seen; each test fails on the
rules before the fix it covers."""

from __future__ import annotations

from directive_helpers import directives, issued

from civannot.preannotate import suggest


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
    # (the opening mark stays out, as both golds of dev40 leave it out of a span that opens
    # with a quoted name: directives39)
    text = "自治区主席马志远指出，“十五五”时期，各地各部门要持续优化营商环境，为企业保驾护航。"
    assert issued(text) == [("十五五”时期，各地各部门要持续优化营商环境，为企业保驾护航", "马志远")]
    # an assessment that ends in 时期 still closes before the requirement
    text = "县长冯立强调，当前是防汛的关键时期，各乡镇要落实巡查责任。"
    assert directives(text) == ["各乡镇要落实巡查责任"]


def test_a_bare_requirement_to_the_firms_opens_at_the_firms():
    # 某某要求企业对…立行立改，相关部门要… (check batch): 企业 is the addressee of 要求, the
    # span opens there (before: at the second clause, the first clause and its 要求 lost)
    text = "镇长林志远要求企业对检查中发现的电线老化问题立行立改，相关部门要加强巡查。"
    assert issued(text) == [
        ("企业对检查中发现的电线老化问题立行立改，相关部门要加强巡查", "林志远")
    ]


def test_a_glued_requirement_opens_the_span_before_a_later_marker():
    # …询问了…情况，要求企业充分认识…，始终坚持管生产必须管安全… : the 必须 of a maxim two
    # clauses on is no start; what 要求 governs starts at its addressee
    text = (
        "林志远一行询问了车间的生产情况，要求企业充分认识消防工作的重要性，"
        "始终坚持管生产必须管安全，保障生产平稳。"
    )
    assert issued(text) == [
        (
            "企业充分认识消防工作的重要性，始终坚持管生产必须管安全，保障生产平稳",
            "林志远",
        )
    ]


def test_an_immediate_requirement_after_a_scene_is_the_speakers():
    # 当发现…后，某某立即要求企业…，并要求其… (before: no directive)
    text = "镇长林志远察看了仓库。当发现仓库堆放杂物后，林志远立即要求企业进行清理，并要求其完善消防设施。"
    assert issued(text) == [("企业进行清理，并要求其完善消防设施", "林志远")]


def test_a_purpose_opening_a_requirement_stays_in_the_span():
    # 为实现…，巩固…，各街道要… (check batch): the purpose and the clause it runs on into are the
    # requirement's (before: the span opened at the addressee)
    text = (
        "区长郑国平强调，整治成效务必长久保持。"
        "为实现整治工作常态化，巩固整治成果，各街道要继续落实门前责任。"
    )
    assert issued(text) == [
        ("整治成效务必长久保持", "郑国平"),
        ("为实现整治工作常态化，巩固整治成果，各街道要继续落实门前责任", "郑国平"),
    ]
    # an assessment before the addressee still stays out
    text = "区长郑国平强调，为民办实事是根本，各街道要继续落实门前责任。"
    assert directives(text) == ["各街道要继续落实门前责任"]


def test_a_deployment_reported_after_the_requirement_ends_it():
    # …要求各村吸取教训，严格落实…，并针对…工作作出部署 (check batch): the deployment is an
    # act reported, no part of the requirement
    text = "副镇长郑海明通报了近期事故，要求各村吸取教训，严格落实防火规定，并针对全镇消防工作作出部署。"
    assert issued(text) == [("各村吸取教训，严格落实防火规定", "郑海明")]


def test_a_speech_glued_to_its_verb_names_the_speaker():
    # 某某出席会议并讲话强调，要… (second check batch): the frame has 讲话 between 并 and the
    # verb (before: the requirement had no speaker)
    text = (
        "3月5日下午，区政府召开全体会，区委副书记、区长郑国平出席会议并讲话强调，"
        "要抓紧清理积存垃圾，确保节前完成。"
    )
    assert issued(text) == [("要抓紧清理积存垃圾，确保节前完成", "郑国平")]
    text = "区长郑国平出席会议并作重要讲话时指出，各街道要抓紧清理积存垃圾。"
    assert issued(text) == [("各街道要抓紧清理积存垃圾", "郑国平")]


def test_the_points_a_speech_names_its_focus_are_a_list():
    # 明确方向，抓住重点：一是…。二是… (second check batch): the focus announced opens a list
    # (GUIDELINES' unit is the sentence: the focus and the first item before its 。 are one
    # requirement; the next item, a sentence of its own, is another)
    text = (
        "区长郑国平在讲话中强调，二要完成全年各项任务。明确方向，抓住重点：一是加快产业升级。"
        "二是推进旧城改造。"
    )
    assert issued(text) == [
        ("二要完成全年各项任务", "郑国平"),
        ("明确方向，抓住重点：一是加快产业升级", "郑国平"),
        ("推进旧城改造", "郑国平"),
    ]


def test_an_addressee_with_the_fields_it_works_in_opens_the_span():
    # 各地各单位在…、…等重点工作上，要… (second check batch): a long 在…上 after the addressee
    text = (
        "区长郑国平强调，各街道在垃圾分类、违建清理、背街小巷整治、老旧小区改造等重点工作上，"
        "要舍得下功夫。"
    )
    assert directives(text) == [
        "各街道在垃圾分类、违建清理、背街小巷整治、老旧小区改造等重点工作上，要舍得下功夫"
    ]


def test_a_connective_glued_to_the_pronoun_keeps_the_frame():
    # 同时他指出，… (third check batch): no comma between the connective and the pronoun
    # (before: the requirements had no speaker)
    text = (
        "区长张勇在讲话中对工程进展给予充分肯定。同时他指出，各部门要加快建设进度。"
        "要密切配合，确保不留空档。"
    )
    assert issued(text) == [
        ("各部门要加快建设进度", "张勇"),
        ("要密切配合，确保不留空档", "张勇"),
    ]
    # the meeting after a connective still names nobody
    text = "区长张勇讲话。最后会议要求，各部门要加快建设进度。"
    assert issued(text) == []


def test_the_given_name_with_comrade_speaks_for_the_full_name():
    # 李相宏 … 相宏同志要求社区… (fourth check batch, a sub-district report): the given name with
    # 同志 is the leader named before in full, and 社区 is the addressee of 要求 (before: no
    # PERSON, no directive)
    text = (
        "8月21日，街道党工委书记李相宏到四联社区督导检查。"
        "在四联社区，相宏同志实地检查了市场，要求社区全力做好环境整治工作。"
        "在联茂街，相宏同志要求社区合理规划好电动单车停车位。"
    )
    sug = suggest(text)
    assert [s.text for s in sug.spans if s.label == "PERSON"] == ["李相宏", "相宏", "相宏"]
    assert issued(text) == [
        ("社区全力做好环境整治工作", "相宏"),
        ("社区合理规划好电动单车停车位", "相宏"),
    ]


def test_a_meeting_s_continuations_and_a_liaison_verb_are_requirements():
    # 会议强调，…要…。重点排查… / 会议要求，联系各村做好… (fifth check batch): a continuation
    # opening with 重点排查, and 联系 after a bare 要求 (no speaker: the meeting requires)
    text = (
        "会议强调，包村领导要做好排查统计。重点排查危房和低洼地区的住户，及时转移群众。"
        "会议要求，联系各村做好农田排涝，如有困难及时报告。"
    )
    assert directives(text) == [
        "包村领导要做好排查统计",
        "重点排查危房和低洼地区的住户，及时转移群众",
        "联系各村做好农田排涝，如有困难及时报告",
    ]
    assert issued(text) == []
