"""Forms of traditional mirror copies found in the session-7 audit of 20 real traditional pages
(audtrad5; the pages stay outside the repository): variant characters no OpenCC table turns
(陜 for 陕), 著 read zhù that Taiwan tables write 着 (卓著), a pinyin note the end of the copy cut
off, and the forms of autonomous regions that big5 copies of regional news carry (广西壮族自治区
党委书记, 自治区领导 + names, bare 广西, 来桂调研). The sentences are made up; the traditional
copies are made from them with OpenCC, pinyin notes added as the mirrors add them."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest
from civannot.text.normalize import normalize


def _t(text: str, config: str = "s2t") -> str:
    from opencc import OpenCC

    return OpenCC(config).convert(text)


def _spans(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in suggest(text).spans]


def test_variants_no_table_turns_become_simplified_in_a_traditional_copy() -> None:
    raw = "省委書記來陜(shǎn)考察，強調陜西各市要抓好創(chuàng)文工作，會塲秩序井然。"
    n = normalize(raw)
    assert n.text == "省委书记来陕考察，强调陕西各市要抓好创文工作，会场秩序井然。"
    assert ("GPE", "陕西") in _spans(n.text)
    for i in range(len(n.text)):
        a, b = n.offset_map.to_raw(i, i + 1)
        assert b - a == 1


def test_a_simplified_text_keeps_its_characters() -> None:
    simple = "省委书记来陕考察，强调各市要抓好创文工作，会场秩序井然。"
    assert normalize(simple).text == simple


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk"])
def test_zhu_words_keep_zhu_and_zhe_becomes_zhe(config: str) -> None:
    simple = "近年来，全区创建工作成效卓著，各部门肩负着重任，要着力补齐短板，接着开展整治。"
    raw = _t(simple, config).replace("創", "創(chuàng)", 1)
    assert normalize(raw).text == simple


def test_a_note_the_end_of_the_copy_cut_off_goes() -> None:
    simple = "会议指出，各街道要对照测评体系抓好整改，全力打好创"
    raw = _t(simple).replace("會", "會(huì)").replace("打好創", "打好創(chuà")
    assert normalize(raw).text == simple
    # a line cut the same way, with more text after it
    assert (
        normalize(raw + "\n" + _t("下一步工作另行安排。")).text == simple + "\n下一步工作另行安排。"
    )
    # a bracket with letters that are no toned syllable stays
    assert (
        normalize("會議要求，各單位要加強領導，見附件（ST").text
        == "会议要求，各单位要加强领导，见附件（ST"
    )


REGION = (
    "9月3日，广西壮族自治区党委书记覃立川在南宁会见了来桂调研的考察团。"
    "覃立川说，当前，广西正处于加快发展的关键时期，希望各方继续关心支持广西建设。"
    "自治区领导蒙秀岚、韦启光参加会见。"
)


@pytest.mark.parametrize("config", ["s2t", "s2hk"])
def test_a_regional_report_in_a_big5_copy(config: str) -> None:
    raw = _t(REGION, config).replace("區", "區(qū)", 2)
    text = normalize(raw).text
    assert text == REGION
    spans = _spans(text)
    assert ("TITLE", "广西壮族自治区党委书记") in spans
    assert ("PERSON", "覃立川") in spans
    assert ("GPE", "桂") in spans
    assert spans.count(("GPE", "广西")) == 2
    assert ("TITLE", "自治区领导") in spans
    sug = suggest(text)
    holds = {
        (sug.spans[h].text, sug.spans[t].text) for r, h, t in sug.relations if r == "HOLDS_TITLE"
    }
    assert {("蒙秀岚", "自治区领导"), ("韦启光", "自治区领导")} <= holds


def test_other_autonomous_regions_take_their_full_name_into_the_title() -> None:
    spans = _spans("宁夏回族自治区党委常委、银川市委书记马志远出席会议。")
    assert ("TITLE", "宁夏回族自治区党委常委") in spans
    spans = _spans("新疆维吾尔自治区人民政府副主席艾力江强调，要抓好落实。")
    assert ("TITLE", "新疆维吾尔自治区人民政府副主席") in spans


def test_a_province_name_inside_other_words_is_no_place() -> None:
    spans = _spans("会议要求推广西部地区经验，浙江西部山区要把东西藏好，推广西瓜种植。")
    assert ("GPE", "广西") not in spans
    assert ("GPE", "西藏") not in spans
    assert ("GPE", "广西") in _spans("各地要推广广西的好做法。")
