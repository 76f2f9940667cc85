"""dirs23 (session 22): DIRECTIVE / ISSUED_BY forms of one city's campaign news (inspection
reports, meeting notes). Made-up sentences; each positive case failed on the session start."""

from __future__ import annotations

from tests.directive_helpers import directives, issued

_LEAD = "县委副书记魏长林带队督导创建工作。"


def test_an_inspection_stop_sets_the_scene_before_its_subject():
    # 每到一处，某某都现场查阅…，要求… (before: 每到一处 read as the subject clause, no speaker)
    text = (
        _LEAD + "每到一处，魏长林都现场查阅台账资料，并现场交办发现的问题，要求迅速抓好整改提升。"
    )
    assert issued(text) == [("迅速抓好整改提升", "魏长林")]


def test_an_inspection_stop_with_an_addressee():
    text = _LEAD + "所到之处，魏长林仔细察看市场环境，要求相关部门尽快清理占道经营。"
    assert issued(text) == [("相关部门尽快清理占道经营", "魏长林")]


def test_recommendations_put_forward_frame_the_points():
    # 某某提出整改建议：一要…；二要… (before: 建议 was no frame word, the points had no speaker)
    text = (
        _LEAD + "针对发现的问题，魏长林提出整改建议：一要迅速开展全面排查；二要逐项落实问题整改。"
    )
    assert issued(text) == [
        ("一要迅速开展全面排查", "魏长林"),
        ("二要逐项落实问题整改", "魏长林"),
    ]


def test_a_bare_yaoqiu_opening_a_sentence_with_an_imperative_verb():
    # 。要求严格按照…，… (before: a bare 要求 needed an ordinal before it or an addressee after it)
    text = "会议听取了各单位的汇报，并就存在的问题进行研判。要求严格按照测评体系，逐项对标整改。"
    assert directives(text) == ["严格按照测评体系，逐项对标整改"]
    assert issued(text) == []


def test_a_bare_yaoqiu_after_a_named_speaker_carries_the_speaker():
    text = "县委副书记魏长林听取了汇报，他指出，当前任务艰巨。要求落实工作措施，认真查漏补缺。"
    assert issued(text) == [("落实工作措施，认真查漏补缺", "魏长林")]


def test_requirements_described_are_no_requirement():
    # guard: 要求严格，… / 要求明确、… describe the requirements
    assert directives("会议听取了汇报。要求严格，标准很高，时间很紧。") == []
    assert directives("会议听取了汇报。要求明确、责任清楚。") == []


def test_every_stop_without_a_requirement_stays_a_report():
    # guard: a stop's acts with no requirement give nothing
    text = _LEAD + "每到一处，魏长林都仔细查看台账资料，听取工作汇报。"
    assert directives(text) == []


def test_a_verb_of_exhortation_stays_out_of_the_span():
    # …，劝导商户要积极支持… (before: 劝导 opened the span, GUIDELINES leaves the frame out)
    text = _LEAD + "活动中，魏长林向商户发放宣传资料，劝导商户要文明经营，自觉维护环境卫生。"
    assert directives(text) == ["商户要文明经营，自觉维护环境卫生"]


def test_a_reminder_that_things_give_is_no_frame():
    # guard: 时刻提醒着我们要… (a wall's slogans remind; the span is not cut at 提醒)
    text = "墙上的标语时刻提醒着我们要做个文明人。"
    assert "着我们要做个文明人" not in directives(text)


def test_the_speaker_of_an_exhortation():
    # 某某提醒各村要… / 活动中，某某…，劝导商户要… (before: the frame in the span, no speaker)
    text = _LEAD + "魏长林提醒各村要做好防汛准备，确保安全。"
    assert issued(text) == [("各村要做好防汛准备，确保安全", "魏长林")]
    text = _LEAD + "活动中，魏长林向商户发放宣传资料，劝导商户要文明经营，自觉维护环境卫生。"
    assert issued(text) == [("商户要文明经营，自觉维护环境卫生", "魏长林")]


def test_the_managers_of_a_site_are_addressees_of_a_glued_yaoqiu():
    # …察看了市场环境，要求市场管理方加强… (before: no directive, 管理方 was no word of bodies)
    for who in ("市场管理方", "小区物业", "经营户", "学校", "网格员", "居委会"):
        text = _LEAD + f"魏长林仔细察看了周边环境，要求{who}加强日常管理，确保环境整洁。"
        assert issued(text) == [(f"{who}加强日常管理，确保环境整洁", "魏长林")], who


def test_a_site_named_as_what_is_needed_is_no_addressee():
    # guard: 要求物业的配合 (的 after the word: a need named, no order)
    text = _LEAD + "魏长林仔细察看了周边环境，要求物业的配合。"
    assert directives(text) == []
