"""Session 41 (attrib41): DIRECTIVE spans and ISSUED_BY on forms read on dev42 and the wide pages.
Made-up sentences, invented names."""

from __future__ import annotations

from directive_helpers import directives, issued


def test_points_announced_with_a_comma_after_a_subjectless_request_go_to_the_sentence_before():
    # 某某对…予以肯定。同时对相关部门提出了要求，一是…；二是…: the comma before 一是 opens the
    # points as a colon does; who requires is the one named in the sentence before
    text = (
        "1月4日，市委书记王大明到青山县调研。王大明对该县的做法予以充分的肯定。"
        "同时对相关部门提出了要求，一是县人民政府苦战两个月，督促施工方加快建设进度；"
        "二是青山公司要配足种子；三是农机部门强力引导，调配充足的种植机。"
    )
    assert issued(text) == [
        ("县人民政府苦战两个月，督促施工方加快建设进度", "王大明"),
        ("青山公司要配足种子", "王大明"),
        ("农机部门强力引导，调配充足的种植机", "王大明"),
    ]
    # guard: a comma with no numbered point after it opens nothing (no frame, no speaker)
    text = "1月4日，市委书记王大明到青山县调研。会议对相关部门提出了要求，青山公司要配足种子。"
    assert issued(text) == []


def test_the_stress_made_a_noun_frames_the_list_after_it():
    # 某某作了工作强调，一是… / 并作出工作强调：一是…: as 某某作了重要讲话，一是…
    text = (
        "3月2日，青山镇召开驻村工作会。镇党委书记王大明作了工作强调，"
        "一是要求驻村干部要提高认识，认真履行职责。二是要求驻村干部要尽快进入角色。"
    )
    assert issued(text) == [
        ("驻村干部要提高认识，认真履行职责", "王大明"),
        ("驻村干部要尽快进入角色", "王大明"),
    ]
    text = (
        "会上，王大明主任逐个听取了各村的工作情况，并作出工作强调：一是要进一步提高政治站位，"
        "做好各项工作。二是要紧盯重点领域。"
    )
    assert issued(text) == [
        ("要进一步提高政治站位，做好各项工作", "王大明"),
        ("要紧盯重点领域", "王大明"),
    ]


def test_a_first_secretary_addressed_keeps_its_ordinal():
    # 一是要求第一书记要…: 第一书记 is a post (驻村第一书记), not the list's 第一
    text = (
        "镇党委书记王大明作了重要讲话，一是要求第一书记要提高认识，认真履行职责。"
        "二是要求第一书记要尽快进入角色。"
    )
    assert directives(text) == ["第一书记要提高认识，认真履行职责", "第一书记要尽快进入角色"]
    # guard: the ordinal of a point is still left out
    text = "王大明强调，第一，要提高认识。第二，各村要压实责任。"
    assert directives(text) == ["要提高认识", "各村要压实责任"]


def test_an_exhortation_verb_stays_out_of_the_span():
    # …，勉励企业要…: the span starts at the addressee, as after 鼓励
    text = (
        "副市长王大明到青山公司调研。他指出，企业是发展的主体。"
        "随后，勉励企业要发挥技术优势，着力提升竞争力。"
    )
    assert issued(text) == [("企业要发挥技术优势，着力提升竞争力", "王大明")]


def test_a_subject_left_out_over_several_sentences_is_the_one_named_before():
    # 某某深入某乡指导…。通过实地查看…，认真分析…。针对存在问题，对下步工作提出四点要求：一是…
    text = (
        "3月6日，县委常委、组织部部长王大明深入青山乡指导春耕工作。通过实地查看种植情况，"
        "认真分析当前的主要困难：一是劳动力紧缺；二是道路建设进度慢。"
        "针对存在问题，对下步工作提出两点要求：一是集中力量抓好种植面积落实；二是加快道路建设进度。"
    )
    assert issued(text) == [
        ("集中力量抓好种植面积落实", "王大明"),
        ("加快道路建设进度", "王大明"),
    ]
    # 某某…要求…。为做好…工作，提出两点要求：一是…: the speaker goes on over the purpose
    text = (
        "会上，镇党委副书记王大明安排部署今年的防火工作，要求各村杜绝麻痹大意思想。"
        "为有效遏制火灾发生，提出两点要求：一是加强防火宣传；二是加强隐患排查。"
    )
    assert issued(text)[-2:] == [("加强防火宣传", "王大明"), ("加强隐患排查", "王大明")]
    # guard: a sentence with a subject of its own (the meeting) in between stops the walk back
    text = (
        "3月6日，县委常委王大明深入青山乡指导春耕工作。会议听取了各村的汇报。"
        "针对存在问题，对下步工作提出两点要求：一是集中力量抓好种植面积落实；二是加快道路建设进度。"
    )
    assert issued(text) == []
    # guard: nor does it cross into the paragraph before
    text = (
        "3月6日，县委常委王大明深入青山乡指导春耕工作。\n"
        "针对存在问题，对下步工作提出两点要求：一是集中力量抓好种植面积落实；二是加快道路建设进度。"
    )
    assert issued(text) == []


def test_a_hope_whose_subject_is_left_out_is_the_named_one_of_the_sentence_before():
    # 某某对…给予了充分肯定，认为…。希望各乡镇要…；要…: the hope of the one who praised
    text = (
        "省检查组组长王大明对青山县的创建工作给予了充分肯定，认为各村环境优美。"
        "希望各乡镇要保持工作的常态化，巩固创建成果；要继续加大投入。"
    )
    assert issued(text) == [
        ("希望各乡镇要保持工作的常态化，巩固创建成果", "王大明"),
        ("要继续加大投入", "王大明"),
    ]
    # guard: in the transcript of a speech the hope is the speaker's own, not the one named before
    text = (
        "同志们：\n今天召开全县创建工作推进会。刚才，王大明同志传达了全省创建工作会议精神。"
        "希望大家认真抓好贯彻落实。"
    )
    assert issued(text) == []


def test_a_bare_request_after_a_new_speakers_sentence_is_that_speakers():
    # 甲…，要求…。最后，乙就…进行了安排。要求办公室务必…: the addressee, then its marker; the
    # one named in the sentence before requires, not the speaker before
    text = (
        "随后，镇人大主席李文军就近期工作进行了讲解，要求各包片领导立即行动起来。"
        "最后，镇党委书记王大明就读书活动进行了安排。要求办公室务必将书发放到每名党员手中。"
    )
    assert issued(text)[-1] == ("办公室务必将书发放到每名党员手中", "王大明")
    # 某某强调，…。要求乡镇、糖厂、部门各负其责…: a roll of addressees after a bare 要求
    text = (
        "政协主席张大明作会议总结。张大明强调，榨季前要做好道路维修等工作。"
        "要求乡镇、糖厂、部门各负其责抓好落实。"
    )
    assert issued(text) == [
        ("榨季前要做好道路维修等工作", "张大明"),
        ("乡镇、糖厂、部门各负其责抓好落实", "张大明"),
    ]


def test_a_hope_after_a_frame_goes_on_with_that_frame():
    # 甲、乙表示：…。希望各位代表…: the speakers of the frame before keep the hope
    text = (
        "市人大常委会副主任李文军、王大明表示：意见建议很有见解，将认真梳理。"
        "希望各位代表进一步密切联系群众。"
    )
    hope = "希望各位代表进一步密切联系群众"
    assert issued(text) == [(hope, "李文军"), (hope, "王大明")]


def test_the_two_verbs_of_the_stress_written_together_frame_the_requirement():
    # 某某在部署中强调指出，…要…
    text = "副县长王大明在部署中强调指出，各乡镇要坚决落实督查的安排。"
    assert issued(text) == [("各乡镇要坚决落实督查的安排", "王大明")]


def test_a_pronoun_and_its_verb_glued_to_the_scene_stay_out_of_the_span():
    # …主持召开座谈会，听取了…汇报，他强调要…: the subject's pronoun, then the verb and the marker
    text = "副市长王大明主持召开座谈会，听取了青山镇的汇报，他强调要严格按照部署推进工作。"
    assert issued(text) == [("要严格按照部署推进工作", "王大明")]
    # 他强调各级防办要…: the addressee and its marker after the verb, no comma; the name inside
    # the requirement (按照某某副市长的讲话精神) is what it goes by, no speaker
    text = (
        "副市长王大明听取了各单位的汇报。他强调各级防办要按照李文军副市长的讲话精神，做好防汛工作。"
    )
    assert issued(text) == [("各级防办要按照李文军副市长的讲话精神，做好防汛工作", "王大明")]


def test_put_forward_with_the_marker_right_after_it_is_required():
    # 某某对…给予了高度评价，提出务必…: 提出 + 务必 as 提出 + 要
    text = "市委常委王大明对此次活动给予了高度评价，提出务必在网格服务上下功夫。"
    assert issued(text) == [("务必在网格服务上下功夫", "王大明")]
