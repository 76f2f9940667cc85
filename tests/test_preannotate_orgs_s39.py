"""Forms of bodies fixed in session 39 (orgs39): the committees of the safety campaigns by their
standard short forms (安委会 = 安全生产委员会), bare and after a level, and the posts held in them.
The sentences are made up in the forms of the genre; none is a real page's text."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _labelled(text: str) -> list[tuple[str, str]]:
    return [
        (s.label, s.text)
        for s in suggest(text).spans
        if s.label in ("LOC", "ORG", "GPE", "PERSON", "TITLE")
    ]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("岚川区召开第二季度安委会成员（扩大）会议。", "安委会"),
        ("区政府召开安委会全体成员会议，部署安全生产大检查。", "安委会"),
        ("按照安委会统一部署，各乡镇开展隐患排查。", "安委会"),
        ("县政府召开安全生产工作暨县安委会第三次会议。", "县安委会"),
        ("市安委办要加强明查暗访。", "市安委办"),
        ("市食安委成员单位负责人参加会议。", "市食安委"),
    ],
)
def test_a_safety_committee_by_its_short_form_is_a_body(text: str, body: str):
    assert ("ORG", body) in _labelled(text)


def test_a_post_in_the_safety_committee_is_a_title_not_a_name():
    got = _labelled("会上，县安委会副主任、县应急局局长周明远通报了有关情况。")
    assert ("TITLE", "县安委会副主任") in got
    assert ("PERSON", "周明远") in got
    assert not any(label == "PERSON" and "安" in t for label, t in got)


def test_the_committee_s_meeting_keeps_the_committee_alone():
    got = _labelled("县安委会议要求各乡镇压实责任。")
    assert ("ORG", "县安委") in got
    assert ("ORG", "县安委会") not in got


def test_an_international_body_by_its_acronym_takes_no_level():
    got = _labelled("河北省APEC会议空气质量保障工作总结会召开。")
    assert ("ORG", "APEC") in got
    assert ("GPE", "河北省") in got
    assert not any(label == "ORG" and t.endswith("省APEC") for label, t in got)


@pytest.mark.parametrize(
    "text",
    [
        "管委会主任王立新一行赴青禾（唐山）科技集团有限公司开展调研。",
        "王立新深入青禾（唐山）科技集团有限公司调研。",
    ],
)
def test_a_company_with_its_place_in_brackets_after_a_verb_of_going(text: str):
    got = _labelled(text)
    assert ("ORG", "青禾（唐山）科技集团有限公司") in got
    assert ("GPE", "唐山") not in got


def test_a_numbered_school_named_by_its_place_before_its_heads():
    got = _labelled("县委党校、县公安局、岚川实验二中负责同志出席会议。")
    assert ("ORG", "岚川实验二中") in got


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("自治区主席陈立主持召开自治区十二届人民政府第14次常务会议。", "自治区十二届人民政府"),
        ("市长主持召开市十五届政府第3次常务会议。", "市十五届政府"),
    ],
)
def test_a_government_named_by_its_term(text: str, body: str):
    assert ("ORG", body) in _labelled(text)


def test_an_affiliated_hospital_by_its_short_form():
    got = _labelled("调研组先后来到青松小区、一附院及周边、团结便民市场。")
    assert ("ORG", "一附院") in got


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("9月28日，县十七届人大常委会举行第五次会议。", "县十七届人大常委会"),
        ("3月10日，县第十七届人大常委会举行第四十三次会议。", "县第十七届人大常委会"),
    ],
)
def test_a_standing_committee_named_by_its_term(text: str, body: str):
    assert ("ORG", body) in _labelled(text)


def test_a_congress_session_by_its_term_is_no_body():
    assert not any(label == "ORG" for label, _ in _labelled("会议研究了召开县十七届人大二次会议。"))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("岚川农场召开第一次安委会暨防火委全体会议。", "防火委"),
        ("会议传达了全市安防委、消安委全体会议精神。", "安防委"),
        ("岚川省精神文明建设指导委员会办公室主办", "岚川省精神文明建设指导委员会办公室"),
        ("市公交总公司工作人员说，公交车每天清洗。", "市公交总公司"),
    ],
)
def test_further_bodies_by_their_standard_names(text: str, body: str):
    assert ("ORG", body) in _labelled(text)


@pytest.mark.parametrize(
    "text",
    [
        "鉴于近期全国多地发生局部聚集性疫情，镇里召开会议。",
        "近期全省多地发生局部疫情。",
    ],
)
def test_the_whole_area_s_reach_opens_no_body(text: str):
    assert not any(label == "ORG" for label, _ in _labelled(text))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("王明在实地查看派出所视频监控室时指出。", "实地查看派出所"),
        ("街道要并协调街道办事处做好工作。", "并协调街道办事处"),
    ],
)
def test_a_verb_of_visiting_before_a_unit_s_kind_is_no_name(text: str, wrong: str):
    assert ("ORG", wrong) not in _labelled(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("会上，有关负责人通报了省调查总队检查测评的情况。", "省调查总队"),
        ("城关派出所民警开展巡逻。", "城关派出所"),
    ],
)
def test_a_field_word_before_a_unit_s_kind_stays_in_its_name(text: str, body: str):
    assert ("ORG", body) in _labelled(text)


@pytest.mark.parametrize(
    "text",
    [
        "来源：未知 发布时间：2014-05-30",
        "来源：管理员 时间：2024-02-02",
        "来源：作者原创 【小 中 大】",
    ],
)
def test_a_placeholder_in_the_source_field_is_no_body(text: str):
    assert not any(label == "ORG" for label, _ in _labelled(text))


def test_the_source_s_name_ends_before_the_date_written_after_it():
    got = _labelled("来源：岚川日报2022-10-12 17:36")
    assert ("ORG", "岚川日报") in got


def test_the_zu_of_the_post_zuzhang_closes_no_group():
    got = _labelled("县扫黑除恶专项斗争领导小组组长、副组长，各镇主要负责同志参加会议。")
    assert not any(label == "ORG" and t.endswith("小组组") for label, t in got)


def test_the_heads_of_each_of_a_body_s_units_name_no_body():
    got = _labelled("市、区两级人大代表，区人大常委会各工委主任参加调研。")
    assert not any(label == "ORG" for label, _ in got)
    assert ("ORG", "县政府") in _labelled("县政府各部门负责人参加会议。")
