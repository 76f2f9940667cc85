"""Directives and their speakers: forms found by the audib13 audit of fresh real pages (session
12, issue 16). The sentences are made up in the forms seen; each test fails on the rules before
the fix it covers."""

from __future__ import annotations

from directive_helpers import directives, issued


def test_a_connective_before_the_subject_leaves_the_announcer_named():
    # 最后，某某书记作了讲话，某书记首先…，并对…提出了具体要求，一是… (before: the items had no
    # ISSUED_BY, the subject was looked for in the clause 最后)
    text = (
        "会议由开发区党委副书记赵立群主持。最后，赵立群书记做了动员讲话，赵书记首先回顾了全年的"
        "工作，并对下一步的创建活动提出了具体要求，一是坚持问题导向，聚焦短板。"
        "要强化整改落实，形成长效机制。二是突出重点，提升水平。"
    )
    assert directives(text) == [
        "坚持问题导向，聚焦短板",
        "要强化整改落实，形成长效机制",
        "突出重点，提升水平",
    ]
    # (speak32: the edges go to the surname mention of the clause that announces the list, the
    # frame that governs them; GUIDELINES and both golds of a real set read it so)
    assert [who for _, who in issued(text)] == ["赵"] * 3


def test_a_pronoun_frame_before_the_points_stays_out_of_the_requirement_before_it():
    # …，要统一思想、压实责任，他强调，一是… (before: `，他强调` ended the first span)
    text = (
        "街道办事处主任钱卫东传达了会议精神，并指出今年是关键之年，要统一思想、压实责任，"
        "他强调，一是起点要高，要对照测评细则；二是底子要清，各部门列出问题清单。"
    )
    assert directives(text) == [
        "要统一思想、压实责任",
        "起点要高，要对照测评细则",
        "底子要清，各部门列出问题清单",
    ]
    assert [who for _, who in issued(text)] == ["钱卫东"] * 3


def test_a_pronoun_glued_to_its_verb_and_addressee_is_a_frame():
    # …，她强调各单位要… (before: `她强调` opened the span, and no ISSUED_BY)
    text = "镇长李国梁作了总结讲话，他强调各单位要高度重视迎检工作，确保顺利通过验收。"
    assert directives(text) == ["各单位要高度重视迎检工作，确保顺利通过验收"]
    assert issued(text) == [("各单位要高度重视迎检工作，确保顺利通过验收", "李国梁")]
    # an unnamed speaker's pronoun: the frame stays out, no speaker
    text = "镇卫健办主任在会上作总结讲话，她指出各村要逐项完善台账。"
    assert directives(text) == ["各村要逐项完善台账"]
    assert issued(text) == []


def test_a_sites_contact_footer_is_no_request():
    # 违法及侵权请联系：TEL:… (before: 请 read it as a request, given to the speaker above)
    text = "镇长李国梁要求，各单位要高度重视。\n违法及侵权请联系：TEL:010 1234 5678\n"
    assert directives(text) == ["各单位要高度重视"]
    # a requirement that names a complaints line stays one
    text = "镇长李国梁要求，各市场要在显著位置公布投诉举报电话。"
    assert directives(text) == ["各市场要在显著位置公布投诉举报电话"]


def test_points_announced_with_qiangdiao_name_their_speaker():
    # 就…，某某强调了两点：一要…。二要… (before: the items had no ISSUED_BY)
    text = (
        "交流会由场党委书记周正主持。就如何做好今年示范区工作，周正强调了两点：一要高度重视，"
        "切实增强责任感。二要建立长效机制，改善居住环境。"
    )
    assert issued(text) == [
        ("一要高度重视，切实增强责任感", "周正"),
        ("二要建立长效机制，改善居住环境", "周正"),
    ]


def test_the_announcement_of_points_after_a_requirement_stays_out_and_the_items_go_on():
    # …要求全街上下…，并提出几点要求。(paragraph) 一是…。通过…，…。 (before: the announcement was
    # in the span; sentences opening with 通过 / 结合 / 真抓实干 after an item were none)
    text = (
        "会上，街道办事处主任钱卫东要求全街上下正视问题、立行立改，并提出四点要求。\n"
        "一是提高认识。认真学习上级文件。\n"
        "二是整合力量。通过干部包片，组建工作专班，依托网格推进整治。\n"
        "三是加强宣传。结合志愿服务活动，营造浓厚氛围。\n"
        "四是压实责任。真抓实干对照清单，把整治工作纳入年度考核。\n"
    )
    assert directives(text) == [
        "全街上下正视问题、立行立改",
        "提高认识",
        "认真学习上级文件",
        "整合力量",
        "通过干部包片，组建工作专班，依托网格推进整治",
        "加强宣传",
        "结合志愿服务活动，营造浓厚氛围",
        "压实责任",
        "真抓实干对照清单，把整治工作纳入年度考核",
    ]
    assert {who for _, who in issued(text)} == {"钱卫东"}
    # outside a list, a sentence opening with 通过 that reports stays none
    assert directives("镇长钱卫东要求，各村要清理垃圾。通过集中整治，全镇面貌明显改善。") == [
        "各村要清理垃圾"
    ]


def test_an_item_that_opens_with_yaoqiu_and_its_addressee_leaves_the_frame_out():
    # 某某作总结发言：一是要求各单位…；二是… (before: `要求` opened the span)
    text = (
        "镇长范青禾作总结发言：一是要求全街各单位马上行动，查找差距，扩大覆盖；"
        "二是进度慢的小区要迎头赶上，认真制订整改方案。"
    )
    assert directives(text) == [
        "全街各单位马上行动，查找差距，扩大覆盖",
        "进度慢的小区要迎头赶上，认真制订整改方案",
    ]


def test_zhongdian_shi_and_an_act_inside_what_yaoqiu_governs_is_no_assertion():
    # …并作了部署，要求各社区…整改，重点是 + an act，… (before: 是 read it as an assertion)
    text = (
        "会上，副主任韩子墨通报了街道整治工作情况并作了具体工作部署，要求各居民区对照测评标准"
        "逐项整改问题，重点是压实责任，提升整改成效。"
    )
    assert issued(text) == [
        ("各居民区对照测评标准逐项整改问题，重点是压实责任，提升整改成效", "韩子墨")
    ]
    # a focus that is a place, not an act, still asserts
    assert (
        directives("会上，副主任韩子墨通报了情况，要求各社区对照标准整改，重点是背街小巷。") == []
    )


def test_a_topic_before_the_announced_points_stays_out_too():
    # …，并就…工作提出几点要求 (before: the tail with its topic was in the span)
    text = (
        "李国梁指出：创城工作要从群众最关心的事做起，把整改过程变成为民办事的过程，"
        "并就做好下一步督导工作提出三点要求。"
    )
    assert directives(text) == ["创城工作要从群众最关心的事做起，把整改过程变成为民办事的过程"]


def test_ducu_before_a_marked_requirement_and_qi_after_yaoqiu_are_frames():
    # …，并督促X要… (before: `并督促` opened the span) / …，要求其尽快… (before: none)
    text = (
        "在桂香园小区，李国梁一行查看了车棚杂物问题，要求其尽快清理车棚杂物，保持小区整洁，"
        "并督促社区要加强日常巡查，营造整洁环境。"
    )
    # (what 要求其 governs before the comma is a requirement of its own, as below; dirs27b: dev27p2's
    # gold parts the two so)
    assert issued(text) == [
        ("其尽快清理车棚杂物，保持小区整洁", "李国梁"),
        ("社区要加强日常巡查，营造整洁环境", "李国梁"),
    ]
    text = "李国梁一行查看了车棚杂物问题，要求其尽快清理车棚杂物，保持小区整洁。"
    assert issued(text) == [("其尽快清理车棚杂物，保持小区整洁", "李国梁")]
    # a meeting's aims, 督促 with no marker after it, stay a report
    text = "某区召开推进会。动员全区上下做好测评准备，督促各成员单位完成点位整改任务。"
    assert directives(text) == []


def test_a_purpose_after_a_label_and_an_item_number_opens_the_requirement():
    # 会议内容：1、为深入贯彻…，加快…，…，要… (before: the span opened at the clause after the
    # purpose); 以…为重点，做到… continues a requirement
    text = (
        "会议内容：1、为深入贯彻上级精神，加快美丽乡村建设，推动村庄面貌持续改善，全面提升我村"
        "环境质量，结合我村实际，要加大整合力度，全面提升环境质量。以“三清”为重点，做到村庄整洁"
        "有序。"
    )
    assert directives(text) == [
        "为深入贯彻上级精神，加快美丽乡村建设，推动村庄面貌持续改善，全面提升我村环境质量，"
        "结合我村实际，要加大整合力度，全面提升环境质量",
        "以“三清”为重点，做到村庄整洁有序",
    ]


def test_the_whole_place_and_its_first_act_open_the_requirement():
    # …。全镇上下高度重视，不能松懈，坚决… (before: the span opened at 不能; without a marker the
    # sentence continued nothing)
    text = "会议强调，各部门必须保证人员到位。全镇上下高度重视，不能松懈，坚决打赢攻坚战。"
    assert directives(text) == [
        "各部门必须保证人员到位",
        "全镇上下高度重视，不能松懈，坚决打赢攻坚战",
    ]
    text = "会议强调，各部门必须保证人员到位。全镇上下高度重视，迅速行动，坚决打赢攻坚战。"
    assert directives(text) == [
        "各部门必须保证人员到位",
        "全镇上下高度重视，迅速行动，坚决打赢攻坚战",
    ]
    # a report of what the whole town then did stays one
    text = "镇长李国梁要求，各村要清理垃圾。全镇上下高度重视，迅速行动，共清理了垃圾30吨。"
    assert directives(text) == ["各村要清理垃圾"]
