"""Forms of batch E's fresh damage (session 19, norm20): a tone-less note that keeps its ü, and
a forum's filler after a closing bracket of the text. Made-up sentences."""

from __future__ import annotations

from civannot.text import normalize


def test_a_toneless_note_that_keeps_its_umlaut_goes() -> None:
    # a mirror that writes its notes without tones keeps ü as ü (略(lüe)) as often as it types v
    raw = (
        "這(zhe)是(shi)全(quan)縣(xian)的又一重(zhong)大戰(zhan)略(lüe)決(jue)策(ce)，"
        "也(ye)是(shi)新(xin)區(qu)的戰(zhan)略(lve)佈(bu)局(ju)。"
    )
    assert normalize(raw).text == "这是全县的又一重大战略决策，也是新区的战略布局。"


def test_a_toneless_note_of_another_reading_stays() -> None:
    # (lüe) after a character that does not read so, in a sparse text: a bracket of the text
    raw = "本次活动共有三個环节(lüe)。"
    assert "lüe" in normalize(raw).text


def test_a_forums_filler_after_a_closing_bracket_keeps_the_bracket() -> None:
    raw = (
        "要打好文明创建的“攻坚战”。(记者 甲某某)(来源:某某网 ) , '& N$ W Y' V| V / V0 V;\n\n"
        "开展\n\n岚川\n\n居民\n\n街道办\n\n创城\n\n卫生\n\n小区"
    )
    assert normalize(raw).text == "要打好文明创建的“攻坚战”。（记者 甲某某）（来源：某某网 ）"


def test_a_filler_that_opens_with_a_bracket_nothing_opened_still_goes() -> None:
    raw = "会议强调，要巩固创建成果。\n) , '& N$ W Y' V| V / V0 V;"
    assert normalize(raw).text == "会议强调，要巩固创建成果。"
