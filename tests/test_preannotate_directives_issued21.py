"""Directives, their speakers and quoted formulas: forms of the issued21 audit (session 20,
issue 16), written as grammar of the genre, not as one page's strings. The sentences are made
up; each test fails on the rules before the fix it covers, but the guard tests, which hold
before and after."""

from __future__ import annotations

import pytest
from directive_helpers import directives, issued

from tests.preannotate_support import labelled_spans as _spans


def test_bu_de_closing_its_phrase_is_a_complement_not_a_prohibition():
    # 等不得、懒不得 / 马虎不得。 (before: both sentences were requirements)
    text = "创建文明城镇等不得、懒不得，只有人人出力，才能美美与共。这项工作马虎不得。"
    assert directives(text) == []


def test_bu_de_before_its_act_is_still_a_prohibition():
    # guard: 不得 + the act it forbids
    text = "各商户不得占道经营，不得乱搭乱建。"
    assert directives(text) == ["各商户不得占道经营，不得乱搭乱建"]


def test_xu_is_the_written_must():
    # 各级各部门须… (a traditional copy's 須 normalised) (before: no directive)
    text = "县委书记林海涛强调，各级各部门须进一步提高认识，切实抓好整改。县直各单位须在月底前完成自查。"
    assert issued(text) == [
        ("各级各部门须进一步提高认识，切实抓好整改", "林海涛"),
        ("县直各单位须在月底前完成自查", "林海涛"),
    ]


@pytest.mark.parametrize(
    "sentence", ["此项材料无须另行报送。", "办事群众须知已张贴上墙。", "变化就在须臾之间。"]
)
def test_xu_inside_a_word_is_no_marker(sentence):
    # guard: 无须 / 须知 / 须臾 require nothing
    text = "县委书记林海涛到政务中心调研。" + sentence
    assert directives(text) == []


def test_a_named_speaker_asks_with_qing():
    # 某某请各单位… / 他请大家…: 请 and its addressee open the requirement, the name is its
    # speaker (before: the name inside the span, no ISSUED_BY)
    text = "县委书记林海涛主持会议并讲话。林海涛最后请各单位把任务带回去，抓好落实。"
    assert issued(text) == [("请各单位把任务带回去，抓好落实", "林海涛")]
    text = "县委书记林海涛主持会议并讲话。他请大家珍惜荣誉，再接再厉。"
    assert issued(text) == [("请大家珍惜荣誉，再接再厉", "林海涛")]
    text = "县委书记林海涛在讲话中请各乡镇把创建任务带回去，抓好落实。"
    assert issued(text) == [("请各乡镇把创建任务带回去，抓好落实", "林海涛")]


def test_qing_of_a_programme_is_no_request():
    # guard: 请某某讲话 / 邀请 / 请示 ask nothing of the addressees
    text = "县委书记林海涛主持会议，并请县长周立讲话。林海涛邀请各界代表参加活动。"
    assert directives(text) == []


def test_a_long_standard_of_equal_parts_is_a_formula():
    # a standard of twelve parts of three (before: past the ten parts _LONG_PARTS read)
    parts = "、".join(
        [
            "路面净",
            "线缆顺",
            "招牌齐",
            "车位明",
            "货进店",
            "车停稳",
            "垃圾清",
            "污水净",
            "花木鲜",
            "墙面洁",
            "设施全",
            "秩序好",
        ]
    )
    text = f"镇长周立要求，要对照“{parts}”的工作标准，开展集镇整治。"
    assert ("SLOGAN", parts) in _spans(text)


def test_a_long_quoted_list_of_unequal_parts_is_no_formula():
    # guard: parts of different lengths stay untagged
    parts = "、".join(
        ["道路", "公园广场", "农贸市场", "车站", "学校周边", "背街小巷", "老旧小区"] * 2
    )
    text = f"镇长周立要求，对“{parts}”进行排查。"
    assert ("SLOGAN", parts) not in _spans(text)


def test_a_short_order_of_an_inspection_says_how_soon():
    # …，指出存在问题，并要求及时整改。 (before: under the six characters a glued 要求 needed)
    text = "县委书记林海涛先后来到广场、社区督查，指出存在问题，并要求及时整改。"
    assert issued(text) == [("及时整改", "林海涛")]


def test_a_short_glued_order_without_a_time_stays_out():
    # guard: a short body with no word of how soon is still no requirement
    text = "县委书记林海涛先后来到广场、社区督查，听取汇报，并要求整改。"
    assert directives(text) == []


def test_yifa_after_a_glued_yaoqiu_opens_what_it_governs():
    # 针对…问题，要求依法依规加大处罚力度 (before: the frame stayed inside the span, or none)
    text = "县委书记林海涛来到社区，针对车辆乱停等问题，要求依法依规加大处罚力度。"
    assert issued(text) == [("依法依规加大处罚力度", "林海涛")]


def test_a_campaign_pushed_forward_is_named():
    # 全力推进“某某革命” (before: 推进 was no launching verb; 推动 was)
    text = "县委书记林海涛强调，要全力推进“庭院革命”，集中开展环境整治。"
    assert ("SLOGAN", "庭院革命") in _spans(text)


@pytest.mark.parametrize(
    "addressee",
    [
        "镇村相关部门",
        "县直有关单位",
        "区直各部门",
        "镇村两级",
        "市场监管部门",
        "城管、市场监管等部门",
    ],
)
def test_a_glued_yaoqiu_takes_a_body_as_its_addressee(addressee):
    # …，要求镇村相关部门常态化抓好… (before: no directive, the addressee opened with no 各/全/相关)
    text = (
        f"县委书记林海涛实地检查了市场环境，要求{addressee}常态化抓好市场整治，大力推动创建工作。"
    )
    assert issued(text) == [(f"{addressee}常态化抓好市场整治，大力推动创建工作", "林海涛")]


def test_a_requirement_named_as_a_noun_is_no_glued_yaoqiu():
    # guard: 对照测评要求，部门之间… (要求 a noun, no comma before it)
    text = "县委书记林海涛实地检查了市场环境，对照测评要求，部门之间还存在推诿现象。"
    assert directives(text) == []


def test_quoted_parts_counted_by_the_formula_after_them_are_formulas():
    # “甲化”“乙化”“丙化”“丁化”的“四化”标准 (before: only “四化” was tagged)
    text = "区长周立要求，以“洁化”“序化”“彩化”“靓化”的“四化”标准推进整治。"
    found = _spans(text)
    for part in ("洁化", "序化", "彩化", "靓化", "四化"):
        assert ("SLOGAN", part) in found


def test_quoted_parts_not_matching_the_count_stay_untagged():
    # guard: three quoted words before “四化” are not its parts
    text = "区长周立要求，以“洁化”“序化”“彩化”的“四化”标准推进整治。"
    found = _spans(text)
    assert ("SLOGAN", "四化") in found
    assert ("SLOGAN", "洁化") not in found


def test_a_national_designation_of_a_county_is_an_honour():
    # 创建“全国健康促进县” (before: a formula after the launching verb 创建)
    text = "县长周立要求，各单位要全力创建“全国健康促进县”，不断提高全民健康水平。"
    assert not [s for s in _spans(text) if s[0] == "SLOGAN"]


def test_jixu_is_what_a_situation_needs():
    # guard after the fact: …还有不少漏洞，亟须整改。 is an assessment (as 亟需), no requirement
    text = "县委书记林海涛指出，城市管理上还有一些漏洞，亟须整改。"
    assert directives(text) == []
