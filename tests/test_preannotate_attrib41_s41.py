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
