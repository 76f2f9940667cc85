"""Forms of the genre that issue 16 found missing (stacked short-form titles, zone, corps and town
posts, outlets and small bodies, enumerators and glued frames, site furniture). The sentences are
made up; each test names the form it guards."""

from __future__ import annotations

from civannot.preannotate import suggest
from tests.preannotate_support import holds_texts as _holds


def _spans(text: str, label: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == label]


def test_stacked_short_form_department_heads():
    text = "会上，县委常委、统战部长林秋实通报了情况，市委常委、组织部长、宣传部长岑雪主持。"
    assert _spans(text, "TITLE") == ["县委常委", "统战部长", "市委常委", "组织部长", "宣传部长"]
    assert _spans(text, "PERSON") == ["林秋实", "岑雪"]
    assert ("岑雪", "宣传部长") in _holds(text) and ("林秋实", "县委常委") in _holds(text)
    assert "县委" not in _spans(text, "ORG")


def test_sections_schools_zones_corps_towns_and_headquarters():
    text = (
        "省住建厅城建处处长邢昭、区委党校副校长伏苓、高新区党工委副书记、管委会主任聂雨，"
        "师市党委副书记、师长姜川，团党委副书记、副团长巩策，乡党委委员、副乡长贡天朗，"
        "县创卫指挥部办公室副主任池墨，县卫健局局长、县爱卫办主任甘棠出席。"
    )
    titles = _spans(text, "TITLE")
    for t in (
        "省住建厅城建处处长",
        "区委党校副校长",
        "高新区党工委副书记",
        "管委会主任",
        "师市党委副书记",
        "师长",
        "团党委副书记",
        "副团长",
        "乡党委委员",
        "副乡长",
        "县创卫指挥部办公室副主任",
        "县卫健局局长",
    ):
        assert t in titles, t
    assert {"邢昭", "伏苓", "聂雨", "姜川", "巩策", "贡天朗", "池墨", "甘棠"} <= set(
        _spans(text, "PERSON")
    )


def test_long_headquarters_title_with_ji():
    text = "市委书记、市创建全国文明城市暨国家卫生城市复审工作指挥部总指挥覃岳出席会议。"
    assert _spans(text, "TITLE") == [
        "市委书记",
        "市创建全国文明城市暨国家卫生城市复审工作指挥部总指挥",
    ]


def test_outlets_and_small_bodies_are_org_and_hide_their_place():
    text = "槐川新闻网讯 会上，城关派出所和柳塘街道办、乡卫生院作表态发言。\n来源：槐川日报"
    orgs = _spans(text, "ORG")
    assert {"槐川新闻网", "城关派出所", "柳塘街道办", "乡卫生院", "槐川日报"} <= set(orgs)
    assert "槐川" not in _spans(text, "GPE")


def test_corps_units_are_places():
    text = "第九师云岗市召开推进会，十六团、二十一团作交流发言。"
    gpe = _spans(text, "GPE")
    assert "第九师云岗市" in gpe and "十六团" in gpe and "二十一团" in gpe


def test_enumerators_and_glued_frames_stay_outside_the_directive():
    text = (
        "韦澜指出，就做好下一步工作，他提出两点要求：一是要压实责任，确保整改到位；"
        "二是要强化督查，对推进不力的单位严肃追责。\n"
        "副县长韩越逐项点评了各单位的工作，并要求各乡镇要在月底前完成自查。"
    )
    sug = suggest(text)
    dirs = [s.text for s in sug.spans if s.label == "DIRECTIVE"]
    assert dirs == [
        "要压实责任，确保整改到位",
        "要强化督查，对推进不力的单位严肃追责",
        "各乡镇要在月底前完成自查",
    ]
    issued = {
        sug.spans[h].text[:4]: sug.spans[t].text for r, h, t in sug.relations if r == "ISSUED_BY"
    }
    assert issued == {"要压实责": "韦澜", "要强化督": "韦澜", "各乡镇要": "韩越"}


def test_no_directive_in_site_furniture():
    text = "各单位要抓好落实。\n转载请注明：http://www.example.org/a/1.html\n责任编辑：要明"
    assert [s.text for s in suggest(text).spans if s.label == "DIRECTIVE"] == ["各单位要抓好落实"]


def test_speaker_named_by_a_title_several_clauses_before_his_frame():
    text = (
        "市委书记欧阳骞在讲话中回顾了三年来的创建历程，肯定了各级干部的辛勤付出，"
        "分析了当前面临的形势，他强调，全市上下要以决战决胜的姿态投入创建工作。"
    )
    sug = suggest(text)
    pairs = [
        (sug.spans[h].label, sug.spans[t].text) for r, h, t in sug.relations if r == "ISSUED_BY"
    ]
    assert pairs == [("DIRECTIVE", "欧阳骞")]


def test_place_prefixed_title_inside_a_chain():
    # a body named after its place in the middle of a chain: 区委常委、…、某某公安分局党委书记、局长
    text = "区委常委、区委政法委书记、溪口公安分局党委书记、局长柏铮主持会议。"
    assert _spans(text, "TITLE") == [
        "区委常委",
        "区委政法委书记",
        "溪口公安分局党委书记",
        "局长",
    ]
    assert ("柏铮", "溪口公安分局党委书记") in _holds(text)


def test_a_long_adverbial_stays_in_the_directive():
    text = "邵谦强调，对工作滞后、拖了全县后腿的，要在全县大会上作表态发言。"
    dirs = [s.text for s in suggest(text).spans if s.label == "DIRECTIVE"]
    assert dirs == ["对工作滞后、拖了全县后腿的，要在全县大会上作表态发言"]
