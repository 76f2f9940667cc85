"""SLOGAN, DATE and GPE forms of session 46 (gpe48; GUIDELINES.md: a SLOGAN is a quoted fixed
formula of campaign discourse, inside the quotes, not words quoted for emphasis; a DATE is a
calendar expression; a GPE an administrative division). Every example is made up in the forms of
the real reports: the names and places are invented."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _spans(text: str, label: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of every suggested span of `label`, in order."""
    return [
        (s.start, s.end, text[s.start : s.end]) for s in suggest(text).spans if s.label == label
    ]


def _texts(text: str, label: str) -> list[str]:
    return [t for _, _, t in _spans(text, label)]


# ---------------------------------------------------------------- SLOGAN


@pytest.mark.parametrize(
    ("text", "formula"),
    [
        ("要持续抓好“谁来养蚕”措施落地，稳定种植面积。", "谁来养蚕"),
        ("岚江镇委员联络小组可通过“有话大家说”平台，组织委员开展协商。", "有话大家说"),
        ("要持续织牢织密“外防输入”防线，守好边境。", "外防输入"),
        ("要大力发展特色农业，打造“岚茶”品牌，提升附加值。", "岚茶"),
        ("驻村工作队要认真践行“一线”工作法，深入田间地头。", "一线"),
        ("要以“钉钉子”精神抓好项目建设。", "钉钉子"),
    ],
)
def test_a_quoted_name_before_the_measure_or_platform_it_names_is_a_formula(text, formula):
    a = text.index("“") + 1
    assert _spans(text, "SLOGAN") == [(a, a + len(formula), formula)]


@pytest.mark.parametrize(
    "text",
    [
        # a meeting's spirit is studied: the meeting is no formula
        "会议传达学习了“两会”精神。",
        # a quoted word of two before 精神 stays an emphasis
        "要发扬“老黄”精神。",
        # speech quoted before the head names nothing
        "他说“我们来了”平台就建好了。",
    ],
)
def test_no_formula_before_a_head_word_where_the_quote_is_no_name(text):
    assert _texts(text, "SLOGAN") == []


def test_a_run_of_quotes_between_yi_and_its_frame_is_each_a_formula():
    text = "老旧小区改造要以“城区体检”“城区更新”为抓手，提升居住品质。"
    assert _texts(text, "SLOGAN") == ["城区体检", "城区更新"]
    text = "要以“岚江设计”、“岚江双修”为抓手，实施河道综合治理。"
    assert _texts(text, "SLOGAN") == ["岚江设计", "岚江双修"]
    # without 以 before the run, no frame
    text = "“城区体检”“城区更新”为抓手的说法不准确。"
    assert _texts(text, "SLOGAN") == []


def test_a_run_of_quotes_counted_as_articles_is_each_a_formula():
    text = "要做好“研学游”“夜岚江”“水文章”三篇文章，推动文旅产业发展。"
    assert _texts(text, "SLOGAN") == ["研学游", "夜岚江", "水文章"]
    # texts read, no pieces of work done: no formula
    text = "会上学习了“春风”“夏雨”两篇文章，体会作者心情。"
    assert _texts(text, "SLOGAN") == []
    # a count that does not match the run counts no articles of it
    text = "要做好“春风”“夏雨”三篇文章。"
    assert _texts(text, "SLOGAN") == []


def test_a_campaign_short_name_spaced_out_like_the_page_is_a_formula():
    text = "这对 于 巩 固 深 化 “创 卫”成果 ，促 进 经 济 发 展 具有重要意义 。"
    a = text.index("创 卫")
    assert _spans(text, "SLOGAN") == [(a, a + 3, "创 卫")]
    # a spaced quote that is no campaign's short name stays untagged
    assert _texts("巩 固 “好 的”成果。", "SLOGAN") == []


# ---------------------------------------------------------------- DATE


def test_the_season_after_a_word_or_a_unit_that_ends_in_a_surname_is_a_date():
    text = "11月5日上午，市委书记周立新在检查今冬采暖季供暖保障工作时强调，要保障供暖。"
    assert "今冬" in _texts(text, "DATE")
    text = "副区长带领有关部门检查岚江区今冬供热准备情况。"
    assert _texts(text, "DATE") == ["今冬"]
    # after a surname that opens a name, the season is the given name
    text = "副县长王今秋强调，要抓好森林防火。"
    assert _texts(text, "DATE") == []
    assert "王今秋" in _texts(text, "PERSON")


def test_a_weekday_standing_between_marks_after_the_date_is_a_date():
    text = "2月22日（农历2023年2月3日），星期四，岚江区某某街召开燃气安全会议。"
    assert "星期四" in _texts(text, "DATE")
    # a weekday of a routine is none
    assert _texts("社区每星期四，开展一次巡查。", "DATE") == []


def test_the_new_year_days_and_the_same_day_with_its_part_are_dates():
    text = "1月31日，大年初三，市长周立新到岚江高新区走访企业。"
    assert _texts(text, "DATE") == ["1月31日", "大年初三"]
    text = "同日下午，市委副书记、市长周立新一行先后来到岚江镇。"
    assert _texts(text, "DATE") == ["同日下午"]
    # 同日 without its part of day is no date
    assert _texts("两项工作同日进行。", "DATE") == []


# ---------------------------------------------------------------- GPE


def test_bare_towns_listed_before_the_one_that_carries_their_unit_are_places():
    text = "陈某某分别与岚南、岚北、城东、漳河镇负责人进行了座谈。"
    assert _texts(text, "GPE") == ["岚南", "岚北", "城东", "漳河镇"]


@pytest.mark.parametrize(
    "text",
    [
        # the short forms of departments listed before a town are bodies
        "他到城管、环卫、岚南镇检查。",
        "他到消防、水务、岚南镇检查。",
        # common words of the genre
        "县领导与财政、民政、岚南镇负责人座谈。",
    ],
)
def test_a_list_of_bodies_before_a_town_gives_no_bare_town(text):
    assert _texts(text, "GPE") == ["岚南镇"]


def test_bare_towns_counted_after_a_verb_of_going_are_places():
    text = "县长深入岚花、五岭、陇川三乡镇，就秋季工作调研。"
    assert _texts(text, "GPE") == ["岚花", "五岭", "陇川"]
    # departments' short forms before 等乡镇 are bodies, no towns
    assert _texts("县长推进城管、环卫等乡镇工作。", "GPE") == []


@pytest.mark.parametrize(
    "text",
    [
        "要跟踪督办，严禁“表面应付、虚假应付、敷衍应付”，确保取得实效。",
        "各部门绝不能“高高举起、轻轻放下”。",
    ],
)
def test_a_practice_forbidden_is_no_formula(text):
    assert _texts(text, "SLOGAN") == []


def test_parts_of_a_formula_not_forbidden_stay_a_formula():
    text = "要做到“严格要求、严格管理、严格监督”。"
    assert _texts(text, "SLOGAN") == ["严格要求、严格管理、严格监督"]


def test_the_standard_time_a_page_stamps_is_no_place():
    assert _texts("摘要：北京时间2023年2月22日，岚江区召开会议。", "GPE") == ["岚江区"]
    assert _texts("他到北京参观学习。", "GPE") == ["北京"]


def test_a_place_quoted_before_a_head_word_stays_the_place():
    text = "全力打造“柳州”品牌。"
    assert _texts(text, "SLOGAN") == []
    assert _texts(text, "GPE") == ["柳州"]


def test_the_half_of_the_year_before_the_adverb_of_the_work_is_a_date():
    assert _texts("确保前八批重大项目上半年全部开工。", "DATE") == ["上半年"]
    assert _texts("争取省重点项目在下半年全面开工。", "DATE") == ["下半年"]
    # the half that qualifies the work it names stays out
    assert _texts("会议研究部署下半年工作重点。", "DATE") == []


def test_a_motto_of_parts_before_the_line_of_work_of_its_field_is_a_formula():
    text = "按照“截污纳管、源头治理、景观提升”的治理思路，实施河道综合治理。"
    assert _texts(text, "SLOGAN") == ["截污纳管、源头治理、景观提升"]
    # one part before it stays a topic
    assert _texts("按照“加快发展”的发展思路推进。", "SLOGAN") == []


def test_a_named_formula_listed_before_etc_and_its_work_is_a_formula():
    text = "检查热力供应“接诉即办”等工作，慰问一线人员。"
    assert _texts(text, "SLOGAN") == ["接诉即办"]
    # a typhoon's name before the work against it is no formula
    assert _texts("做好防御台风“岚娜”等工作。", "SLOGAN") == []
