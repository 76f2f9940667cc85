"""Forms found in the session-8 audit of 15 fresh real traditional mirror copies (audtrad6; the
pages stay outside the repository). After cleaning, each copy gave the same suggestions as its
simplified text (checked by converting the clean texts back with OpenCC s2t/s2tw/s2hk, with pinyin
notes, spaced notes, halfwidth punctuation and doubled commas); what differed from gold were rule
classes that a simplified copy shows as well: a rank (省级, 县级) read as the unit of an unknown
place after a verb of visiting (督导省级… -> 某某省), 委员 read as a body named 某某委, a
period word opening a committee (历届市委), a span of years written with one 年, a numbered code
quoted before a programme (“2368”提升工程), a post read from inside a zone's name (某某新区
党工委宣传部部长 from 新区), and an idiom whose 著 a Taiwan table writes 着. The sentences are made
up; the traditional copies are made from them with OpenCC."""

from __future__ import annotations

from civannot.preannotate import suggest
from civannot.text.normalize import normalize
from tests.preannotate_support import labelled_spans as _spans


def test_a_rank_after_a_visit_is_no_place() -> None:
    from civannot.preannotate.common import rules
    from civannot.preannotate.places import _doc_places

    for text in (
        "副县长钱某某带队调研指导省级文明县城迎检工作。",
        "区领导调研指导市级文明县城创建情况，并提出指导意见。",
    ):
        got = _spans(text)
        assert not any(lab == "GPE" for lab, _ in got), got
        # the article's own places read from strong positions: 指导省 / 指导市 is none
        cands, stems = _doc_places(text, rules())
        assert not cands and not stems, [text[c.start : c.end] for c in cands]


def test_a_member_is_no_body() -> None:
    got = _spans("各镇宣传委员、各村党支部书记参加会议。")
    assert ("ORG", "镇宣传委") not in got
    assert not any(t.endswith("宣传委") for _, t in got), got


def test_a_period_word_is_no_part_of_a_committee() -> None:
    got = _spans("历届市委和市政府接续抓创卫，本届县委再出发。")
    assert ("ORG", "市委") in got and ("ORG", "市政府") in got
    assert not any(t in ("历届市委", "本届县委") for _, t in got), got


def test_a_span_of_years_is_one_date() -> None:
    got = _spans("该县入选2024-2026年创建周期省级文明县城名单，2019—2021年度测评成绩靠前。")
    assert ("DATE", "2024-2026年") in got
    assert ("DATE", "2019—2021年度") in got
    assert ("DATE", "2026年") not in got


def test_a_numbered_code_before_a_programme_is_a_slogan() -> None:
    got = _spans("扎实推进“2368”提升工程，总结推广“1310”工作法。")
    assert ("SLOGAN", "2368") in got and ("SLOGAN", "1310") in got
    # a hotline number or a year in quotes names no programme
    got = _spans("市民可拨打“12345”热线反映问题，截至“2022”年底。")
    assert not any(lab == "SLOGAN" for lab, _ in got), got


def test_a_post_is_not_read_from_inside_a_zone_name() -> None:
    text = (
        "6月5日，岚溪新区召开创卫推进会。"
        "岚溪新区党工委委员、管委会副主任钱某，岚溪新区党工委组织部部长孙某出席会议。"
    )

    def out(r):
        spans = [(s.label, s.text) for s in r.spans]
        holds = {
            (r.spans[h].text, r.spans[t].text) for typ, h, t in r.relations if typ == "HOLDS_TITLE"
        }
        return spans, holds

    # by default the place stays inside the post: the whole post, not one read from 新区
    spans, holds = out(suggest(text))
    assert ("TITLE", "岚溪新区党工委组织部部长") in spans
    assert ("TITLE", "新区党工委组织部部长") not in spans
    assert ("孙某", "岚溪新区党工委组织部部长") in holds
    # with gpe.before_post on, the place is its own GPE before the post
    spans, holds = out(suggest(text, disabled=()))
    assert ("TITLE", "党工委组织部部长") in spans
    assert spans.count(("GPE", "岚溪新区")) == 3
    assert ("孙某", "党工委组织部部长") in holds


def test_a_traditional_copy_keeps_the_zhu_of_an_idiom() -> None:
    from opencc import OpenCC

    simple = "小事见微知著，街道干部们一直坚持着这份细致。"
    trad = OpenCC("s2t").convert(simple)
    assert "見微知著" in trad
    assert normalize(trad).text == simple


def test_a_leaders_example_after_the_titled_name_ends_the_name() -> None:
    # (check batch of the session-8 traditional audit)
    got = _spans("区委书记吴某某以身作则，带头走访商户；县委书记郑某亲自部署创卫工作。")
    assert ("TITLE", "区委书记") in got and ("PERSON", "吴某某") in got
    assert ("TITLE", "县委书记") in got and ("PERSON", "郑某") in got


def test_a_counted_formula_is_a_slogan_even_after_a_possessive() -> None:
    got = _spans("对照上级赋予的“三大发展定位”，全县开展“5个专项整治行动”。")
    assert ("SLOGAN", "三大发展定位") in got and ("SLOGAN", "5个专项整治行动") in got
    # a figure of speech stays none, counted by one or not at all
    got = _spans("这是城市的“一张名片”。乡村振兴的“铸魂工程”，打造城市的“里子”。")
    assert not any(lab == "SLOGAN" for lab, _ in got), got


def test_an_outlets_dateline_with_its_place_between() -> None:
    got = _spans("梧川在线陕西消息：5月6日，岚溪新区召开创卫推进会。")
    assert ("ORG", "梧川在线") in got and ("GPE", "陕西") in got
    got = _spans("澧川网四平8月2日电 （记者某某）会议在四平市召开。")
    assert ("ORG", "澧川网") in got
    # a word, not a place, between: no outlet
    got = _spans("互联网发展消息传来。")
    assert not any(lab == "ORG" for lab, _ in got), got
