"""cw47 (session 45): reports of 创文/创城/创卫 meetings and visits, forms the rules missed on real
pages of the genre. Made-up sentences in the same grammar (other names, places, roads); each
positive case failed on main 29b193c1, the guards pass before and after."""

from __future__ import annotations

from civannot.preannotate import suggest
from civannot.preannotate.registry import DEFAULT_OFF


def _spans(text: str, label: str) -> list[str]:
    return [s.text for s in suggest(text, disabled=DEFAULT_OFF).spans if s.label == label]


# --- 某某区解放路街道召开…: a sub-district named by a road whose name is a word, right after the
# district read before it -------------------------------------------------------------------------


def test_road_named_subdistrict_after_its_district_in_a_headline() -> None:
    text = "岚江区解放路街道召开创城工作推进会"
    assert _spans(text, "GPE") == ["岚江区", "解放路街道"]


def test_road_named_subdistrict_after_its_district_in_a_visit() -> None:
    text = "周立新来到岚江区解放路街道督导创文工作，查看背街小巷整治情况。"
    assert _spans(text, "GPE") == ["岚江区", "解放路街道"]


def test_street_named_subdistrict_after_its_district() -> None:
    text = "岚江区中华大街街道开展创建文明城市工作观摩活动"
    assert _spans(text, "GPE") == ["岚江区", "中华大街街道"]


def test_roads_in_general_after_a_district_name_no_subdistrict() -> None:
    # (道路街道: a word for roads in general, never a road's name; no division before 全区)
    assert _spans("岚江区道路街道两侧车辆乱停乱放。", "GPE") == ["岚江区"]
    assert _spans("全区主要道路街道两侧车辆乱停乱放。", "GPE") == []


def test_word_road_subdistrict_without_a_division_before_unchanged() -> None:
    # (no division read right before: the word-named road stays out as before)
    assert _spans("要求加强解放路街道两侧的管理。", "GPE") == []


# --- 某某镇召开… / 信息来源：某某镇 / 12月13日，某某镇组织召开…: every further mention of a town or
# a sub-district read once as a GPE ------------------------------------------------------------


def test_town_read_once_is_read_in_the_headline_and_the_dateline() -> None:
    text = (
        "新市镇召开创城工作推进会议\n信息来源：新市镇 周立新 发布日期：2023-05-08\n"
        "5月7日，新市镇组织召开创城工作推进会议。"
    )
    assert _spans(text, "GPE") == ["新市镇", "新市镇", "新市镇"]


def test_further_mention_inside_a_word_or_before_a_body_is_left_alone() -> None:
    text = (
        "新市镇召开创城工作推进会议\n信息来源：新市镇 周立新\n"
        "当前新市镇正处在发展机遇期，要求新市镇中心小学做好整改。"
    )
    # (当前 before it: no mark or preposition; 中心小学 after it: no verb of the report)
    assert _spans(text, "GPE") == ["新市镇", "新市镇"]


# --- “首创首成”, “一次创成”, “一举夺牌”: a campaign's resolve of four characters, closed by its sure
# outcome (rule_words.json slogan_resolve_ends) ---------------------------------------------------


def test_quoted_resolves_of_the_campaign_are_slogans() -> None:
    assert _spans("要坚定信心，全力争取“首创首成”。", "SLOGAN") == ["首创首成"]
    assert _spans("全县上下要齐心协力，确保“一次创成”。", "SLOGAN") == ["一次创成"]
    assert _spans("要铆足干劲，力争“一举夺牌”。", "SLOGAN") == ["一举夺牌"]


def test_quoted_outcome_that_is_no_resolve_of_the_campaign() -> None:
    assert _spans("我们的目标是“一次成功”。", "SLOGAN") == []
