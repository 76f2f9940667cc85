"""Mirror copies whose pinyin notes carry no tone (會(hui)議(yi)), and notes a mirror's tool wrote
twice or three times after one character (黨(dang)(dang), 的(de)(de)(de)): the session-13 audit of
traditional mirror copies, where such a copy kept every note in its clean text and the rules found
neither names nor posts in it. The sentences are made up."""

from __future__ import annotations

import unicodedata

import pytest

from civannot.preannotate import suggest
from civannot.text import convert
from civannot.text.normalize import normalize

BARE = (
    "3月(yue)5日(ri),縣委(wei)書記(ji)、縣長(zhang)方(fang)遠(yuan)航主持(chi)召(zhao)開(kai)會(hui)(hui)議(yi)。"
    "方遠航強(qiang)調(diao),各單(dan)位(wei)要加(jia)強領(ling)導(dao)(dao)。"
)
CLEAN = "3月5日，县委书记、县长方远航主持召开会议。方远航强调，各单位要加强领导。"


def _offsets_exact(raw: str) -> None:
    n = normalize(raw)
    for i, ch in enumerate(n.text):
        a, b = n.offset_map.to_raw(i, i + 1)
        assert b - a == 1, (i, ch, raw[a:b])
        # (ASCII marks between Chinese characters come out full-width)
        same = {unicodedata.normalize("NFKC", c) for c in (raw[a], convert.to_simplified(raw[a]))}
        assert unicodedata.normalize("NFKC", ch) in same, (i, ch, raw[a])


def test_toneless_notes_that_read_their_characters_go() -> None:
    assert normalize(BARE).text == CLEAN
    _offsets_exact(BARE)


def test_the_rules_read_the_toneless_copy_like_the_simplified_text() -> None:
    def read(text: str) -> list[tuple[str, str]]:
        return [(s.label, s.text) for s in suggest(text).spans]

    assert read(normalize(BARE).text) == read(CLEAN)
    assert ("PERSON", "方远航") in read(CLEAN)


def test_a_note_written_again_goes_with_the_first() -> None:
    raw = "全黨(dǎng)(dǎng)要牢記(jì)初心(xīn)(xīn)(xīn),堅(jiān)持創(chuàng)建為民。"
    assert normalize(raw).text == "全党要牢记初心，坚持创建为民。"
    _offsets_exact(raw)


def test_a_toneless_note_cut_off_by_the_end_of_the_copy_goes() -> None:
    raw = BARE + "\n會(hui)議(yi)指(zhi)出(chu)(chu),在全(quan)黨(dang)(dan"
    assert normalize(raw).text == CLEAN + "\n会议指出，在全党"


def test_a_toneless_u_umlaut_typed_as_v_goes() -> None:
    # 率(lv), 綠(lv), 女(nv): a keyboard without ü types v
    raw = BARE + "以上率(lv)下,堅持綠(lv)色發(fa)展(zhan),關愛婦女(nv)兒(er)童(tong)。"
    assert normalize(raw).text == CLEAN + "以上率下，坚持绿色发展，关爱妇女儿童。"


def test_brackets_that_read_no_character_stay() -> None:
    # English words and codes in brackets read no character before them
    raw = "會議在市民中心召開,附件(see)與附件(app)及表格(ok),平臺(web)上線(go)運行(run)。"
    assert "（see）" in normalize(raw).text and "（run）" in normalize(raw).text


def test_a_few_toneless_notes_stay() -> None:
    # four notes that read their characters are not yet a copy annotated throughout
    raw = "會議要求(qiu),各單位要加強(qiang)領導(dao),確保創(chuang)建工作落實。"
    assert normalize(raw).text.count("（") == 4


ORIGINAL = (
    "6月3日上午，青禾县召开创建全国文明城市推进会。县委副书记、县长骆秋实主持会议，"
    "县委常委、宣传部部长闵澄出席并讲话。\n"
    "闵澄强调，各乡镇要对照测评体系逐项整改，确保创建工作落实落细；要推行“门前三包”责任制。"
)


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk"])
@pytest.mark.parametrize("every", [1, 2, 3])
def test_a_copy_with_toneless_notes_reads_like_its_original(config: str, every: int) -> None:
    from opencc import OpenCC
    from pypinyin import Style, pinyin

    trad = OpenCC(config).convert(ORIGINAL)
    out = []
    for i, ch in enumerate(trad):
        out.append(ch)
        if "\u4e00" <= ch <= "\u9fff" and i % every == 0:
            note = f"({pinyin(ch, style=Style.NORMAL)[0][0]})"
            out.append(note * (1 + (i % 7 == 0)))  # some written twice
    n = normalize("".join(out))
    assert n.text == ORIGINAL

    def read(text: str) -> list[tuple[str, str]]:
        return [(s.label, s.text) for s in suggest(text).spans]

    assert read(n.text) == read(ORIGINAL)
