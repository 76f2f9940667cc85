"""SLOGAN and DATE forms that the session-5 audit of real reports found missed or wrong. The
sentences are made up in the same forms."""

from __future__ import annotations

from civannot.preannotate import suggest


def _spans(text: str, label: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == label]


def test_quoted_short_names_of_campaigns():
    text = (
        "青岚开发区召开“创文”“创卫”工作推进会议。会议要求，要把“创文”和“保卫”统筹起来，"
        "确保“创文保卫”工作取得实效，配合好“双创”工作。"
    )
    assert _spans(text, "SLOGAN") == ["创文", "创卫", "创文", "保卫", "创文保卫", "双创"]


def test_a_quoted_word_that_only_begins_like_a_campaign_is_none():
    assert _spans("他说，这是“创新”的一年，要当好“创客”。", "SLOGAN") == []


def test_every_quoted_mention_of_a_formula_read_once():
    text = (
        "会议部署了“邻里守望共建文明”工作。各部门要开展“邻里守望共建文明”行动，"
        "扎实推进全县“邻里守望共建文明”工作。"
    )
    assert _spans(text, "SLOGAN") == ["邻里守望共建文明"] * 3


def test_quoted_occasions_are_no_formulae():
    text = "会议传达了“七一”重要讲话精神，部署了“五一”期间的“三清四整”行动。"
    assert _spans(text, "SLOGAN") == ["三清四整"]


def test_a_dateline_keeps_its_seconds():
    text = "2019年05月06日 08:30:15 来源：某某日报\n5月5日上午，会议召开。"
    assert _spans(text, "DATE") == ["2019年05月06日 08:30:15", "5月5日上午"]


def test_vague_periods_stay_untagged():
    text = "近日，日前召开的会议强调，要抓好落实。一段时间以来，能当天整改的当天整改。"
    assert _spans(text, "DATE") == []


def test_a_day_counted_from_the_report_is_a_date_as_this_year_is():
    # the guideline's 今年 read for days (every blind annotator of sessions 9-11 tagged them)
    text = "昨日上午，会议召开。今天召开这次推进会。当天晚上七点，检查组到达，次日下午3时反馈。"
    assert _spans(text, "DATE") == ["昨日上午", "今天", "当天晚上七点", "次日下午3时"]


def test_today_inside_a_word_or_an_outlet_is_no_date():
    text = "来源：今日青岚\n如今天气转暖，这次日程紧凑，至今日益完善。"
    assert _spans(text, "DATE") == []
