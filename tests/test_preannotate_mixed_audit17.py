"""Forms from the session-16 audit of every label (audall17) on fresh real pages: made-up
sentences in those forms, never the pages' text.

- a quoted couplet named as a campaign by a kind a few words after it (“某某，某某”城区大清洁活动);
- a formula written on one frame: the same head at every second character (“宜居宜业宜游”,
  “共建共治共享”) or two verbs on one object (“爱卫生讲卫生”); a four-character idiom quoted for
  emphasis stays untagged;
- GBK damage that lost the mark after a clause's words together with the title's level
  (做好迎检工作\\ufffd\\ufffd委常委): the title starts at the level, not at the clause.
"""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest

_LOST = "\ufffd"


def _spans(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in suggest(text).spans if s.label != "DIRECTIVE"]


def _holds(text: str) -> set[tuple[str, str]]:
    sug = suggest(text)
    return {
        (sug.spans[h].text, sug.spans[t].text)
        for typ, h, t in sug.relations
        if typ == "HOLDS_TITLE"
    }


@pytest.mark.parametrize(
    "tail",
    ["城区大清洁活动", "全民大扫除行动", "环境整治攻坚战", "志愿清扫活动"],
)
def test_a_couplet_before_a_kind_a_few_words_on(tail):
    text = f"10月3日，柳岸县正式启动“美丽柳岸，从我做起”{tail}。"
    assert ("SLOGAN", "美丽柳岸，从我做起") in _spans(text)


def test_quoted_speech_with_a_comma_stays_untagged():
    text = "一位居民说：“路面干净了，心里也亮堂了”，大家纷纷点赞。"
    assert not [s for s in _spans(text) if s[0] == "SLOGAN"]


@pytest.mark.parametrize(
    "formula",
    ["宜居宜业宜游", "共建共治共享", "爱卫生讲卫生", "比学习比服务", "宜居宜业宜游宜养"],
)
def test_a_formula_on_one_frame(formula):
    text = f"全县上下要齐心协力，为建设“{formula}”新柳岸做出贡献。"
    assert ("SLOGAN", formula) in _spans(text)


@pytest.mark.parametrize("word", ["自说自话", "大干快上", "走过场"])
def test_an_idiom_quoted_for_emphasis_is_no_formula(word):
    text = f"有的单位存在“{word}”的现象，必须纠正。"
    assert ("SLOGAN", word) not in _spans(text)


@pytest.mark.parametrize("clause", ["做好迎检工作", "抓好各项任务落实", "营造浓厚氛围"])
def test_a_lost_mark_and_level_after_a_clause(clause):
    text = f"会议要求全力以赴，{clause}{_LOST}{_LOST}委常委、宣传部长柯明远，副县长鲍晓岚出席会议。"
    spans = _spans(text)
    assert ("TITLE", f"{_LOST}委常委") in spans
    assert not [s for s in spans if s[0] == "TITLE" and clause in s[1]]
    assert _holds(text) >= {("柯明远", f"{_LOST}委常委"), ("柯明远", "宣传部长")}


def test_a_county_named_bare_before_its_lost_level_keeps_its_name():
    text = f"会上，柳岸{_LOST}委常委、宣传部长柯明远作了部署。"
    assert ("TITLE", f"柳岸{_LOST}委常委") in _spans(text)
