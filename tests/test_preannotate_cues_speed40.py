"""speed40b: the rules' gates on a few words, each one search (gazetteers.words_cue).

A gate `any(w in text for w in words)` (or `"a" in text or "b" in text …`) became a module
pattern, re.compile(words_cue(words)), searched once: speed_up makes it a TextGate (each
word's rarest character looked for first). These tests pin that the answer is the `in`
chain's: on made-up texts with each word alone, at the edges, overlapping, and after the gate
has settled (kept or dropped), for the helper and for every cue the rule modules hold.
"""

from __future__ import annotations

import re

import pytest

from civannot.preannotate import dates, orgs, places, scan
from civannot.preannotate.gazetteers import words_cue

# the gates the modules hold, and the words each replaced (the `in` chains of before)
CUES = {
    (orgs, "_FELLOWS_CUE"): ("商会", "同乡会", "联谊会"),
    (orgs, "_ACCOUNT_CUE"): ("微信", "公众号", "视频号", "抖音号"),
    (orgs, "_LISTED_COMPANY_CUE"): ("公司", "集团", "物业"),
    (orgs, "_LEVEL_LIST_CUE"): ("、政", "、法院", "、检察院", "、人大"),
    (orgs, "_SET_UP_CUE"): ("成立", "组建", "设立"),
    (orgs, "_FINANCIAL_CUE"): ("分社", "支行", "分行"),
    (orgs, "_HOST_OUTLET_CUE"): ("网主办", "网承办", "网协办"),
    (orgs, "_SCHOOL_CUE"): ("小学", "中学", "学校", "幼儿园"),
    (orgs, "_ZONE_TAIL_CUE"): orgs._ZONE_TAILS,
    (orgs, "_BRANCH_CUE"): ("分局", "支队", "公司"),
    (orgs, "_BANK_CUE"): ("支行", "分行", "营业部"),
    (orgs, "_EDITOR_CUE"): ("编辑", "责编", "供稿", "新闻热线", "作者", "记者"),
    (orgs, "_FIRM_TRADE_CUE"): orgs._FIRM_TRADE_WORDS,
    (orgs, "_COMPANY_UNIT_CUE"): ("服务中心", "客服", "营业"),
    (orgs, "_APP_CUE"): ("APP", "App"),
    (orgs, "_CORPS_CUE"): ("兵团", "兵师"),
    (orgs, "_PAPER_CUE"): ("报讯", "报社"),
    (orgs, "_FIRM_CUE"): ("企业", "公司"),
    (orgs, "_ACCOUNT_KIND_CUE"): ("发布", "手机台"),
    (orgs, "_PARTY_CUE"): ("中共", "中国共产党"),
    (orgs, "_POLICE_UNIT_CUE"): ("派出所", "中队"),
    (orgs, "_BRANCH_COMPANY_CUE"): ("分公司", "支公司"),
    (orgs, "_COMPANY_CUE"): ("公司", "集团"),
    # (融媒 since session 44: 某某融媒, a media centre by its short name, gpe46)
    (places, "_OWN_OUTLET_CUE"): ("新闻", "融媒", "电视台", "日报"),
    (places, "_PAIRING_CUE"): ("协作", "合作", "两省", "两地"),
    (places, "_HIGHWAY_CUE"): ("国道", "省道", "县道"),
    (places, "_LISTED_TOWN_CUE"): places._LISTED_TOWN_CUES,
    (places, "_BODY_HOUSING_CUE"): ("家属", "宿舍", "生活区"),
    (places, "_ROAD_SUBDISTRICT_CUE"): ("路街道", "街街道", "道街道"),
    (places, "_SCENIC_CUE"): ("风景", "旅游区"),
    (places, "_COUNTRY_FULL_CUE"): ("中华人民共和国", "中国大陆"),
    (dates, "_QUOTE_END_CUE"): ("。”", "！”", "？”", "\ufffd"),
}

# a made-up report's sentence, long enough (200 characters or more) for a TextGate to gate it
FILLER = "岚溪县召开创建全国文明城市推进会，会议要求各部门压实责任，抓好整改落实。" * 6


def _texts(words: tuple[str, ...]) -> list[str]:
    """Made-up texts: none of the words, each word alone at the start, inside and at the end,
    each word's characters apart (a text holding every character but not the word), and two
    words overlapping."""
    out = [FILLER, "短句没有那些词。"]
    for w in words:
        out += [w + FILLER, FILLER[:50] + w + FILLER[50:], FILLER + w, w]
        out.append(FILLER[:40] + "，".join(w) + FILLER[40:])
    if len(words) >= 2:
        a, b = words[0], words[1]
        out.append(FILLER + a + b[1:] + b[:1])
    return out


def _answers_as_in(cue: re.Pattern[str], words: tuple[str, ...]) -> None:
    for text in _texts(words):
        assert (cue.search(text) is not None) == any(w in text for w in words), (words, text)


@pytest.mark.parametrize("key", list(CUES), ids=[name for _, name in CUES])
def test_each_modules_cue_answers_as_its_words_in_chain(key: tuple[object, str]) -> None:
    module, name = key
    cue = getattr(module, name)
    words = tuple(CUES[key])
    # (the pattern is the words' alternation, nothing else: a later edit of the gate's words
    # edits the cue)
    assert sorted(cue.pattern.split("|")) == sorted(re.escape(w) for w in words)
    _answers_as_in(cue, words)


def test_words_cue_is_the_alternation_of_its_words_escaped() -> None:
    words = ("a.b", "(x)", "、人大", "？”")
    cue = re.compile(words_cue(words))
    assert cue.pattern == "|".join(map(re.escape, words))
    _answers_as_in(cue, words)
    assert cue.search("axb" + FILLER) is None  # (the dot is a dot)


@pytest.mark.parametrize("held", [0.0, 1.0])
def test_a_settled_gate_answers_as_the_in_chain(held: float) -> None:
    # the TextGate settles after its first searches: kept where the texts lack the words often
    # (its rarest characters looked for first), dropped to the pattern's own search where they
    # hold them nearly always; either way the same answer
    words = ("编辑", "责编", "新闻热线")
    cue = scan.fast_compile(words_cue(words))
    assert isinstance(cue, scan.TextGate)
    for k in range(scan._GATE_SETTLE + 10):
        text = (words[k % 3] if held else "") + FILLER
        assert (cue.search(text) is not None) == any(w in text for w in words)
    _answers_as_in(cue, words)
