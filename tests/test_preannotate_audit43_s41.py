"""Forms of session 41's audit of fresh pages (audit43, issue 16): fixed terms of campaign work
quoted alone (“一盘棋”, “零容忍”, “开门红”: a SLOGAN, as both golds of dev42 read them), a body's
post written after the body the ORG rules read (one TITLE, the organisational part kept), the
level after 该 / 本 that belongs to the pronoun (该镇党委书记: the post is 党委书记, both golds of
dev42), and a bare day with its hour, part of day or range's end (a bulletin's days). Every
example is made up; the names are invented."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest
from tests.preannotate_support import entity_set as _tagged
from tests.preannotate_support import holds_texts


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # (“一盘棋” is a figure again since session 47: the pooled dev gold and its second golds
        # leave every quoted 一盘棋 untagged, GUIDELINES' metaphor; misc49,
        # tests/test_preannotate_misc49_s47.py)
        ("对违规作业行为实行“零容忍”，严防事故发生。", "零容忍"),
        ("各企业要抢抓机遇，奋力实现一季度“开门红”。", "开门红"),
    ],
)
def test_a_fixed_term_of_campaign_work_quoted_alone_is_a_slogan(text: str, term: str) -> None:
    assert (term, "SLOGAN") in _tagged(text)


def test_a_longer_quote_that_holds_the_term_is_read_as_before() -> None:
    got = _tagged("要牢固树立“全县一盘棋”思想，协同作战。")
    assert ("全县一盘棋", "SLOGAN") in got
    assert ("一盘棋", "SLOGAN") not in got


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        (
            "会议邀请了青禾生化股份有限公司副总裁韩立明出席并讲话。",
            "青禾生化股份有限公司副总裁",
            "韩立明",
        ),
        (
            "会上，绿源环保科技有限公司副总裁韩立明作了发言。",
            "绿源环保科技有限公司副总裁",
            "韩立明",
        ),
    ],
)
def test_a_post_right_after_a_body_the_org_rules_read_is_one_title(
    text: str, title: str, name: str
) -> None:
    got = _tagged(text)
    assert (title, "TITLE") in got, got
    assert not any(label == "ORG" for _, label in got), got
    assert (name, title) in holds_texts(text)


def test_a_title_read_whole_before_is_unchanged() -> None:
    text = "东港物流集团党委副书记、总经理陈立兵介绍经验。"
    assert {("陈立兵", "东港物流集团党委副书记"), ("陈立兵", "总经理")} <= holds_texts(text)


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        ("该镇党委书记钱立明结合近期事故教训提出要求。", "党委书记", "钱立明"),
        ("会议由该镇党委副书记徐文岚主持。", "党委副书记", "徐文岚"),
        ("本乡人大主席王刚毅主持会议。", "人大主席", "王刚毅"),
    ],
)
def test_the_level_after_a_pronoun_belongs_to_it_not_to_the_post(
    text: str, title: str, name: str
) -> None:
    got = _tagged(text)
    assert (title, "TITLE") in got, got
    assert (name, title) in holds_texts(text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # (县委 is the level's own committee: the post keeps it)
        ("该县委书记李明川出席会议。", "县委书记"),
        ("该县县长李明川出席会议。", "县长"),
    ],
)
def test_a_level_that_is_its_own_body_stays_in_the_post(text: str, title: str) -> None:
    assert (title, "TITLE") in _tagged(text)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("据了解，8日14时，热带扰动已加强为热带低压。", ["8日14时"]),
        ("台风14日5时加强为强热带风暴。", ["14日5时"]),
        ("预计将于14日夜间到15日早晨从南部近海经过。", ["14日夜间", "15日早晨"]),
        (
            "较大可能于10日白天登陆。受其影响，9日至11日，全县有一次降水过程。",
            ["10日白天", "9日至11日"],
        ),
    ],
)
def test_a_bare_day_with_its_hour_part_of_day_or_range_end_is_a_date(
    text: str, days: list[str]
) -> None:
    got = _tagged(text)
    for d in days:
        assert (d, "DATE") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "请于3日内完成整改。",
        "每月10日上午召开例会。",
        "累计投入100日上午的工时。",
        "第3日上午继续检查。",
    ],
)
def test_no_bare_day_where_a_count_a_month_or_an_ordinal_stands_before(text: str) -> None:
    s = suggest(text)
    assert not [sp for sp in s.spans if sp.label == "DATE"], [
        text[sp.start : sp.end] for sp in s.spans
    ]


def test_the_members_of_a_group_listed_with_names_titled_elsewhere_are_persons() -> None:
    text = (
        "县产业发展组成员柳明川、秦岚生、韦立方、蓝宣隆到会指导。"
        "县人大副主任柳明川主持会议，副县长秦岚生作工作安排，政协主席韦立方作会议总结。"
    )
    got = _tagged(text)
    assert ("蓝宣隆", "PERSON") in got, got


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("为确保完成全镇2031/2032年甘蔗种植任务，镇里召开会议。", "2031/2032年"),
        ("会议部署2031/2032年度榨季工作。", "2031/2032年度"),
    ],
)
def test_a_season_across_two_years_written_with_a_slash_is_one_date(text: str, date: str) -> None:
    got = _tagged(text)
    assert (date, "DATE") in got, got
    assert not any(w in ("2032年", "2032年度") for w, _ in got), got


def test_the_assistant_of_an_autonomous_regions_chairman_is_a_title() -> None:
    text = "自治区副主席郝立海、自治区主席助理屈冬明出席会议。"
    assert ("屈冬明", "自治区主席助理") in holds_texts(text)
