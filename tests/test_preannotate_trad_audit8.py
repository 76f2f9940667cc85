"""Forms found in the session-8 audit of 15 fresh real traditional mirror copies (audtrad6; the
pages stay outside the repository). After cleaning, each copy gave the same suggestions as its
simplified text (checked by converting the clean texts back with OpenCC s2t/s2tw/s2hk, with pinyin
notes, spaced notes, halfwidth punctuation and doubled commas); what differed from gold were rule
classes that a simplified copy shows as well: a rank (省级, 县级) read as the unit of an unknown
place after a verb of visiting (调研指导省级… -> 指导省), 委员 read as a body named 某某委, a
period word opening a committee (历届市委), a span of years written with one 年, a numbered code
quoted before a programme (“14385”推进工程), a post read from inside a zone's name (某某新区
党工委宣传部部长 from 新区), and an idiom whose 著 a Taiwan table writes 着. The sentences are made
up; the traditional copies are made from them with OpenCC."""

from __future__ import annotations

from civannot.preannotate import suggest
from civannot.text.normalize import normalize


def _spans(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in suggest(text).spans if s.label != "DIRECTIVE"]


def test_a_rank_after_a_visit_is_no_place() -> None:
    for text in (
        "11月3日，县委书记李某带队调研指导省级文明县城创建工作。",
        "县领导调研督导市级文明单位创建情况，并提出指导意见。",
    ):
        got = _spans(text)
        assert not any(lab == "GPE" for lab, _ in got), got


def test_a_member_is_no_body() -> None:
    got = _spans("各镇宣传委员、各村党支部书记参加会议。")
    assert ("ORG", "镇宣传委") not in got
    assert not any(t.endswith("宣传委") for _, t in got), got


def test_a_period_word_is_no_part_of_a_committee() -> None:
    got = _spans("历届市委市政府以创建促文明，本届县委接续推进。")
    assert ("ORG", "市委") in got and ("ORG", "市政府") in got
    assert not any(t in ("历届市委", "本届县委") for _, t in got), got


def test_a_span_of_years_is_one_date() -> None:
    got = _spans("我市被确定为2021-2023年创建周期全国文明城市提名城市，2018—2020年度成绩优异。")
    assert ("DATE", "2021-2023年") in got
    assert ("DATE", "2018—2020年度") in got
    assert ("DATE", "2023年") not in got


def test_a_numbered_code_before_a_programme_is_a_slogan() -> None:
    got = _spans("全面实施全省创建全国文明城市的“14385”推进工程，推广“1310”工作法。")
    assert ("SLOGAN", "14385") in got and ("SLOGAN", "1310") in got
    # a hotline number or a year in quotes names no programme
    got = _spans("市民可拨打“12345”热线反映问题，截至“2022”年底。")
    assert not any(lab == "SLOGAN" for lab, _ in got), got


def test_a_post_is_not_read_from_inside_a_zone_name() -> None:
    text = (
        "4月23日，岚溪新区梧桐新城召开动员会。"
        "岚溪新区党工委委员、管委会副主任赵某，岚溪新区党工委宣传部部长周某出席会议。"
    )

    def out(r):
        spans = [(s.label, s.text) for s in r.spans]
        holds = {
            (r.spans[h].text, r.spans[t].text) for typ, h, t in r.relations if typ == "HOLDS_TITLE"
        }
        return spans, holds

    # by default the place stays inside the post: the whole post, not one read from 新区
    spans, holds = out(suggest(text))
    assert ("TITLE", "岚溪新区党工委宣传部部长") in spans
    assert ("TITLE", "新区党工委宣传部部长") not in spans
    assert ("周某", "岚溪新区党工委宣传部部长") in holds
    # with gpe.before_post on, the place is its own GPE before the post
    spans, holds = out(suggest(text, disabled=()))
    assert ("TITLE", "党工委宣传部部长") in spans
    assert spans.count(("GPE", "岚溪新区")) == 3
    assert ("周某", "党工委宣传部部长") in holds


def test_a_traditional_copy_keeps_the_zhu_of_an_idiom() -> None:
    from opencc import OpenCC

    simple = "城市文明见微知著，高新区以一言一行践行核心价值观，干部们感受着城市的变化。"
    trad = OpenCC("s2t").convert(simple)
    assert "見微知著" in trad
    assert normalize(trad).text == simple
