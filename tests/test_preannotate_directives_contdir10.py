"""Unmarked imperative sentences that continue a speaker's requirements (session 10, issue 16;
GUIDELINES.md: "imperative sentences that continue a directive"). The sentences are made up in
the forms of the genre; each positive case fails on the rules before the wider continuation."""

from __future__ import annotations

from directive_helpers import directives, issued


def test_a_sentence_of_acts_after_a_requirement_continues_it():
    # 要…。精确找准…，大力…。: the verb opening it is no word of the older opener lists
    text = (
        "副市长韩立春强调，要坚持问题导向，补齐城市管理短板。"
        "精确排查隐患，大力整治乱象，确保不留死角。"
        "要弘扬志愿精神，凝聚向善力量。厚植邻里互助风气，持续开展好人评选。"
    )
    assert directives(text) == [
        "要坚持问题导向，补齐城市管理短板",
        "精确排查隐患，大力整治乱象，确保不留死角",
        "要弘扬志愿精神，凝聚向善力量",
        "厚植邻里互助风气，持续开展好人评选",
    ]
    assert {who for _, who in issued(text)} == {"韩立春"}


def test_a_continuation_may_open_with_where_the_effort_goes():
    text = "区长沈国良指出，要更高标准推进整改。在小处着手、在实处发力，逐项抓好背街小巷改造。"
    assert directives(text)[1] == "在小处着手、在实处发力，逐项抓好背街小巷改造"
    assert issued(text)[1] == ("在小处着手、在实处发力，逐项抓好背街小巷改造", "沈国良")


def test_a_continuation_before_a_semicolon_keeps_the_speaker():
    text = (
        "他指出，各单位要压实责任。县长罗永志强调，要坚持高标准推进创建工作。"
        "建立县级领导包片责任制，一级抓一级；各乡镇要全力配合，推动工作落地。"
    )
    assert "建立县级领导包片责任制，一级抓一级" in directives(text)
    assert ("建立县级领导包片责任制，一级抓一级", "罗永志") in issued(text)


def test_reports_plans_and_descriptions_after_a_requirement_stay_none():
    # a report of what was done (已…, …了), a first-person plan, an assessment with 是
    for tail in (
        "建立联络员制度已在全区推开。",
        "树立了一批先进典型，群众反响良好。",
        "建立健全长效机制，我们将在下月完成。",
        "树立文明新风是全市上下的共同期盼。",
    ):
        text = "局长梁志远要求，各科室要抓好整改落实。" + tail
        assert directives(text) == ["各科室要抓好整改落实"], tail


def test_no_continuation_without_a_requirement_before_it_in_the_paragraph():
    # the chain stops at the paragraph's end and at a sentence that reports
    text = "局长梁志远要求，各科室要抓好整改落实。\n建立联络员制度，每周通报一次进展。"
    assert directives(text) == ["各科室要抓好整改落实"]
    text = (
        "局长梁志远要求，各科室要抓好整改落实。各科室随即召开会议。"
        "建立联络员制度，每周通报一次进展。"
    )
    assert directives(text) == ["各科室要抓好整改落实"]


def test_a_new_frame_stops_the_wider_continuation():
    # 某某指出，建立…: what a frame that requires nothing governs is not read by the wider verbs
    text = "局长梁志远要求，各科室要抓好整改落实。副局长洪波指出，建立台账，逐项销号。"
    assert directives(text) == ["各科室要抓好整改落实"]
