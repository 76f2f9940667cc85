"""Directives and their speakers: forms found by the audib13 audit of fresh real pages (session
12, issue 16). The sentences are made up in the forms seen; each test fails on the rules before
the fix it covers."""

from __future__ import annotations

from directive_helpers import directives, issued


def test_a_connective_before_the_subject_leaves_the_announcer_named():
    # 最后，某某书记作了讲话，某书记首先…，并对…提出了具体要求，一是… (before: the items had no
    # ISSUED_BY, the subject was looked for in the clause 最后)
    text = (
        "会议由开发区党委副书记赵立群主持。最后，赵立群书记做了动员讲话，赵书记首先对近年来的"
        "创建活动进行了总结，并对下一步的创建活动提出了具体要求，一是坚持问题导向，聚焦短板。"
        "要强化整改落实，打造工作亮点。二是突出重点，提升水平。"
    )
    assert directives(text) == [
        "坚持问题导向，聚焦短板",
        "要强化整改落实，打造工作亮点",
        "突出重点，提升水平",
    ]
    assert [who for _, who in issued(text)] == ["赵立群"] * 3


def test_a_pronoun_frame_before_the_points_stays_out_of_the_requirement_before_it():
    # …，要统一思想、压实责任，他强调，一是… (before: `，他强调` ended the first span)
    text = (
        "街道办事处主任钱卫东传达了会议精神，并指出今年是关键之年，要统一思想、压实责任，"
        "他强调，一是标准要高，要对标创建标准；二是底数要清，各部门梳理点位清单。"
    )
    assert directives(text) == [
        "要统一思想、压实责任",
        "标准要高，要对标创建标准",
        "底数要清，各部门梳理点位清单",
    ]
    assert [who for _, who in issued(text)] == ["钱卫东"] * 3


def test_a_pronoun_glued_to_its_verb_and_addressee_is_a_frame():
    # …，她强调各单位要… (before: `她强调` opened the span, and no ISSUED_BY)
    text = "镇长李国梁作了总结发言，他强调各单位要高度重视复审工作，确保顺利通过复审。"
    assert directives(text) == ["各单位要高度重视复审工作，确保顺利通过复审"]
    assert issued(text) == [("各单位要高度重视复审工作，确保顺利通过复审", "李国梁")]
    # an unnamed speaker's pronoun: the frame stays out, no speaker
    text = "镇卫计办主任对本次会议作了总结发言，她指出各村要逐项完善台账。"
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
        "切实增强责任感。二要做到常态化管理，改善职工生活环境。"
    )
    assert issued(text) == [
        ("一要高度重视，切实增强责任感", "周正"),
        ("二要做到常态化管理，改善职工生活环境", "周正"),
    ]


def test_the_announcement_of_points_after_a_requirement_stays_out_and_the_items_go_on():
    # …要求全街上下…，并提出三点要求。(paragraph) 一是…。通过…，…。 (before: `，并提出三点要求` was
    # in the span; sentences opening with 通过 / 结合 / 真抓实干 after an item were none)
    text = (
        "会上，街道办事处主任钱卫东要求全街上下直面短板、不遮不藏，并提出四点要求。\n"
        "一是提高意识。深入学习有关指示。\n"
        "二是统筹力量。通过领导班子下沉，建立专班模式，依托网格开展分类工作。\n"
        "三是强化宣传。结合当前的文明创建工作，形成全域宣传。\n"
        "四是落实责任。真抓实干对照标准，将分类工作作为考核的重要内容。\n"
    )
    assert directives(text) == [
        "全街上下直面短板、不遮不藏",
        "提高意识",
        "深入学习有关指示",
        "统筹力量",
        "通过领导班子下沉，建立专班模式，依托网格开展分类工作",
        "强化宣传",
        "结合当前的文明创建工作，形成全域宣传",
        "落实责任",
        "真抓实干对照标准，将分类工作作为考核的重要内容",
    ]
    assert {who for _, who in issued(text)} == {"钱卫东"}
    # outside a list, a sentence opening with 通过 that reports stays none
    assert directives("镇长钱卫东要求，各村要清理垃圾。通过集中整治，全镇面貌明显改善。") == [
        "各村要清理垃圾"
    ]


def test_an_item_that_opens_with_yaoqiu_and_its_addressee_leaves_the_frame_out():
    # 某某作总结发言：一是要求全街各单位…；二是… (before: `要求` opened the span)
    text = (
        "镇长陈立新作总结发言：一是要求全街各单位积极行动起来，找出差距，扩大范围；"
        "二是进度慢的老旧社区要紧追直上，认真制订实施方案。"
    )
    assert directives(text) == [
        "全街各单位积极行动起来，找出差距，扩大范围",
        "进度慢的老旧社区要紧追直上，认真制订实施方案",
    ]


def test_zhongdian_shi_and_an_act_inside_what_yaoqiu_governs_is_no_assertion():
    # …并作了部署，要求各社区…整改问题，重点是抓好落实，… (before: 是 read it as an assertion)
    text = (
        "会上，副主任彭佳斌通报了街道分类工作情况并作了具体工作部署，要求各居民区对照测评标准"
        "逐项整改问题，重点是抓好落实，提升整体工作成效。"
    )
    assert issued(text) == [
        ("各居民区对照测评标准逐项整改问题，重点是抓好落实，提升整体工作成效", "彭佳斌")
    ]
    # a focus that is a place, not an act, still asserts
    assert (
        directives("会上，副主任彭佳斌通报了情况，要求各社区对照标准整改，重点是背街小巷。") == []
    )


def test_a_topic_before_the_announced_points_stays_out_too():
    # …，并针对此次督导检查提出三点具体工作要求 (before: the tail with its topic was in the span)
    text = (
        "李国梁指出：创城工作要以居民的实际需求作为出发点，切实把创建过程变为改善民生的过程，"
        "并针对此次督导检查提出三点具体工作要求。"
    )
    assert directives(text) == [
        "创城工作要以居民的实际需求作为出发点，切实把创建过程变为改善民生的过程"
    ]


def test_ducu_before_a_marked_requirement_and_qi_after_yaoqiu_are_frames():
    # …，并督促社区要加强… (before: `并督促` opened the span) / …，要求其及时清理… (before: none)
    text = (
        "在荔景园社区，李国梁一行重点检查楼道堆堵问题，要求其及时清理楼道堆物，维护社区良好居住"
        "环境，并督促社区要加强宣传引导，营造良好创城氛围。"
    )
    assert issued(text) == [("社区要加强宣传引导，营造良好创城氛围", "李国梁")]
    text = "李国梁一行检查了楼道堆堵问题，要求其及时清理楼道堆物，维护社区良好居住环境。"
    assert issued(text) == [("其及时清理楼道堆物，维护社区良好居住环境", "李国梁")]
    # a meeting's aims, 督促 with no marker after it, stay a report
    text = "某县召开动员部署会。动员全县上下做好迎检工作，督促各责任单位落实迎评工作任务。"
    assert directives(text) == []


def test_a_purpose_after_a_label_and_an_item_number_opens_the_requirement():
    # 会议内容：1、为深入贯彻…，加快…，…，要… (before: the span opened at the clause after the
    # purpose); 以…为重点，做到… continues a requirement
    text = (
        "会议内容：1、为深入贯彻上级精神，加快美丽乡村建设，推动村庄从一时美到时时美，全面提升我村"
        "环境质量，结合我村实际，要加大整合力度，全面提升环境质量。以“六治”为重点，做到村庄干净"
        "整洁有序。"
    )
    assert directives(text) == [
        "为深入贯彻上级精神，加快美丽乡村建设，推动村庄从一时美到时时美，全面提升我村环境质量，"
        "结合我村实际，要加大整合力度，全面提升环境质量",
        "以“六治”为重点，做到村庄干净整洁有序",
    ]
