"""Directives and their speakers: forms left open by the audib13 audit and found by the audib14
audit of fresh real pages (session 13, issue 16). The sentences are made up in the forms seen;
each test fails on the rules before the fix it covers."""

from __future__ import annotations

from directive_helpers import directives, issued


def test_a_frame_closed_by_a_full_stop_names_the_speaker_of_the_items_after_it():
    # 某某要求。一要…二要… (before: the items had no ISSUED_BY)
    text = (
        "会议由镇长钱卫东主持。镇党委书记周正要求。一要提高认识，增强紧迫感。"
        "二要压实责任，各村要逐户排查。"
    )
    assert issued(text) == [
        ("一要提高认识，增强紧迫感", "周正"),
        ("二要压实责任，各村要逐户排查", "周正"),
    ]
    # a sentence that only ends in 要求 without a speaker's name before it frames nothing
    text = "这是迎检的基本要求。一要提高认识，增强紧迫感。"
    assert issued(text) == []


def test_a_setting_cut_by_its_own_comma_stays_in_the_requirement():
    # 在时间紧，任务重的情况下，要… (before: the span opened at 要)
    text = "镇长钱卫东指出，在时间紧，任务重的情况下，要全力以赴，确保通过验收。"
    assert directives(text) == ["在时间紧，任务重的情况下，要全力以赴，确保通过验收"]


def test_an_addressee_first_sentence_after_a_requirement_continues_it():
    # …要…。各村党员干部充分发挥…，… (before: no span for the second sentence)
    text = "镇长钱卫东强调，各村要立即行动。各村党员干部充分发挥带头作用，带领群众清理垃圾。"
    assert issued(text) == [
        ("各村要立即行动", "钱卫东"),
        ("各村党员干部充分发挥带头作用，带领群众清理垃圾", "钱卫东"),
    ]
    # how the addressees answered is a report
    text = "镇长钱卫东强调，各村要立即行动。各村积极响应，清理垃圾50吨。"
    assert directives(text) == ["各村要立即行动"]


def test_a_heading_without_a_number_opens_a_point_of_the_speech():
    # 某某强调：(paragraph) 迎难而上，全力打好…战。要… (before: the headings were missed)
    text = (
        "会议由镇长钱卫东主持。镇党委书记周正强调：\n"
        "迎难而上，全力打好环境整治攻坚战。要对照测评标准，逐项整改，确保不留死角。\n"
        "锚定目标，深入做好背街小巷整治。各村要立即行动。\n"
    )
    assert issued(text) == [
        ("迎难而上，全力打好环境整治攻坚战", "周正"),
        ("要对照测评标准，逐项整改，确保不留死角", "周正"),
        ("锚定目标，深入做好背街小巷整治", "周正"),
        ("各村要立即行动", "周正"),
    ]
    # a short sentence that reports, or one not followed by a requirement, heads nothing
    text = "镇党委书记周正强调：\n迎难而上，全力打好环境整治攻坚战。环境整治已取得明显成效。\n"
    assert directives(text) == []


def test_a_scene_glued_to_the_announcer_leaves_the_announcer_named():
    # 会上某某宣读…，并对…提出要求，一是… (before: the items had no ISSUED_BY)
    text = (
        "会上副镇长钱卫东宣读镇整治工作方案，并对此次工作的具体实施提出要求，"
        "一是各村委会成立领导小组，发动群众；二是镇督导组要加强督导考核。"
    )
    assert issued(text) == [
        ("各村委会成立领导小组，发动群众", "钱卫东"),
        ("镇督导组要加强督导考核", "钱卫东"),
    ]


def test_points_of_a_deployment_under_headings_without_numbers():
    # …，并对下一步工作进行了部署。(paragraph) 统一思想，凝心聚力。充分认识…。(paragraph) 持续整治，
    # 确保成效。实施…行动，… (before: none of them was a requirement)
    text = (
        "会上钱卫东书记传达了卫生月活动的重要性，并对下一步工作进行了部署。\n"
        "统一思想，凝心聚力。充分认识卫生工作的重要性，确保活动取得明显成效。\n"
        "持续整治，确保成效。实施村庄清洁行动，加大坑塘整治力度。\n"
    )
    assert issued(text) == [
        ("统一思想，凝心聚力", "钱卫东"),
        ("充分认识卫生工作的重要性，确保活动取得明显成效", "钱卫东"),
        ("持续整治，确保成效", "钱卫东"),
        ("实施村庄清洁行动，加大坑塘整治力度", "钱卫东"),
    ]


def test_a_sites_notice_on_its_copies_is_no_request():
    # 声明：…如有侵权，请联系删除：电话 (before: 请 read it as a request)
    text = (
        "区长钱卫东强调，各单位要高度重视。\n"
        "声明：本站部分文章来源于网络，如有侵权，请联系删除：010-12345678。\n"
    )
    assert directives(text) == ["各单位要高度重视"]


def test_a_meetings_frame_glued_to_its_addressee_stays_out():
    # 会议强调各村要… (before: 会议强调 was in the span)
    text = "镇长钱卫东出席会议。会议强调各村要立即行动，确保通过验收。"
    assert directives(text) == ["各村要立即行动，确保通过验收"]
    assert issued(text) == []


def test_a_named_speaker_putting_forward_a_marked_requirement_is_a_frame():
    # 某某提出要…。一要… (before: the frame was in the span, and no ISSUED_BY)
    text = (
        "面对即将到来的测评，区长钱卫东提出要增强紧迫感，确保取得好成绩。"
        "一要再提高思想认识，切实当好表率。"
    )
    assert issued(text) == [
        ("要增强紧迫感，确保取得好成绩", "钱卫东"),
        ("一要再提高思想认识，切实当好表率", "钱卫东"),
    ]


def test_headings_numbered_after_the_colon_of_announced_points_in_one_paragraph():
    # ![]() 会上，某某…提出三点要求： 一、…。 重点围绕…。 二、… (before: none was a requirement)
    text = (
        "街道党工委副书记钱卫东出席会议。![]() 会上，钱卫东介绍了当前创建形势，"
        "并对各居委会提出三点要求： 一、思想重视，全力推进整治。 重点围绕环境整治，"
        "不断夯实工作基础。 二、扎实创建，形成工作机制。"
    )
    assert issued(text) == [
        ("思想重视，全力推进整治", "钱卫东"),
        ("重点围绕环境整治，不断夯实工作基础", "钱卫东"),
        ("扎实创建，形成工作机制", "钱卫东"),
    ]


def test_a_scope_and_verbs_that_head_a_requirement_continue_an_item():
    # 三是…，形成合力。针对…问题，拉出清单，明确点位，… (before: the continuation was missed)
    text = (
        "区委常委钱卫东要求：一是借活动之势，发动群众。二是借部门助力之势，形成合力。"
        "针对问题多、易反弹的老旧小区和背街小巷，拉出清单，明确点位，与区直部门逐一对接，"
        "落实责任。"
    )
    assert issued(text)[-1] == (
        "针对问题多、易反弹的老旧小区和背街小巷，拉出清单，明确点位，与区直部门逐一对接，落实责任",
        "钱卫东",
    )


def test_yueshi_weighs_and_wo_xian_names_a_place_inside_an_item():
    # 一是越是…的地方，越是要…。二是…，带动我县… (before: the first item lost its head, the
    # second was read as a first-person report)
    text = (
        "县长钱卫东指出，一是越是整治难度大的地方，越是要拿出强硬措施，形成习惯。"
        "二是选出较难整治的街道，做成“示范街（小区）”，带动我县工作快速推进。"
    )
    assert issued(text) == [
        ("越是整治难度大的地方，越是要拿出强硬措施，形成习惯", "钱卫东"),
        ("选出较难整治的街道，做成“示范街（小区）”，带动我县工作快速推进", "钱卫东"),
    ]


def test_what_the_speech_goes_by_stands_between_the_name_and_the_verb():
    # 某某结合《…》明确指出…要…：<br> 一是… (before: the name and the frame were in the span)
    text = (
        "会上，社区书记钱卫东结合《某县测评实施办法》明确指出本周工作要注重以下三点：<br> "
        "一是坚持问题导向，画好作战图。"
    )
    assert issued(text) == [
        ("本周工作要注重以下三点", "钱卫东"),
        ("坚持问题导向，画好作战图", "钱卫东"),
    ]


def test_what_the_speaker_went_on_to_require_and_a_hope_put_forward():
    # 随后要求X…；某某提出希望大家… (before: the addressees were cut off, the second frame was
    # in the span and the hope went to the speaker before)
    text = (
        "社区书记钱卫东在会上指出，大家要积极参与创建工作。随后要求社区工作人员、物业公司、"
        "志愿者共同合作，抓好环境整治，大家要积极行动起来，做好创建工作。最后，社区主任周正"
        "提出希望大家高度重视创建工作，明确工作目标。"
    )
    assert issued(text) == [
        ("大家要积极参与创建工作", "钱卫东"),
        (
            "社区工作人员、物业公司、志愿者共同合作，抓好环境整治，大家要积极行动起来，做好创建工作",
            "钱卫东",
        ),
        ("希望大家高度重视创建工作，明确工作目标", "周正"),
    ]


def test_a_pronoun_and_a_hope_for_the_firms_visited():
    # …，他希望企业能带头进驻，… (before: no requirement)
    text = (
        "市委书记钱卫东来到企业调研。他指出，市场前景良好，企业要坚定信心。此外，市里正建设"
        "产业基地，他希望企业能带头进驻，支持环保工作。"
    )
    assert issued(text) == [
        ("企业要坚定信心", "钱卫东"),
        ("希望企业能带头进驻，支持环保工作", "钱卫东"),
    ]


def test_a_first_item_yi_yao_after_a_comma_and_a_marker_right_after_a_bare_yaoqiu():
    # 某某强调，加强…，一要…；二要… / 特别要求要做好… (before: the lead clause and 特别要求 were in
    # the spans)
    text = (
        "镇党委书记钱卫东强调，加强环境卫生综合治理，一要统一思想提高认识，凝聚治理合力；"
        "二要加强宣传，形成良好氛围。特别要求要做好集镇重点领域的环境卫生整治，发动群众。"
    )
    assert issued(text) == [
        ("一要统一思想提高认识，凝聚治理合力", "钱卫东"),
        ("二要加强宣传，形成良好氛围", "钱卫东"),
        ("要做好集镇重点领域的环境卫生整治，发动群众", "钱卫东"),
    ]


def test_a_requirement_given_by_two_named_speakers_is_issued_by_both():
    # 甲、乙要求，…；要… (before: one edge, to the name right before the verb)
    text = (
        "1月20日，市委副书记陈惠明、市委常委吴琪来县里调研。陈惠明、吴琪要求各乡镇积极行动"
        "起来，高标准推进创建工作；要进一步明确时间节点，压实责任。"
    )
    assert issued(text) == [
        ("各乡镇积极行动起来，高标准推进创建工作", "陈惠明"),
        ("各乡镇积极行动起来，高标准推进创建工作", "吴琪"),
        ("要进一步明确时间节点，压实责任", "陈惠明"),
        ("要进一步明确时间节点，压实责任", "吴琪"),
    ]
    # a post between the names; attendees named together speak nothing
    assert issued("县委书记陈惠明、县长吴琪要求，各乡镇要立即行动。") == [
        ("各乡镇要立即行动", "陈惠明"),
        ("各乡镇要立即行动", "吴琪"),
    ]
    assert issued("县领导陈惠明、吴琪参加会议。县长周正要求，各乡镇要立即行动。") == [
        ("各乡镇要立即行动", "周正")
    ]
    # a pronoun after the pair names one of them
    text = "县委书记陈惠明、县长吴琪要求，各乡镇要立即行动。他指出，各村要逐户排查。"
    assert issued(text)[-1] == ("各村要逐户排查", "吴琪")
    assert len(issued(text)) == 3
