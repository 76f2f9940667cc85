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
