"""Mirror copies whose pinyin notes carry no tone (會(hui)議(yi)), and notes a mirror's tool wrote
twice or three times after one character (黨(dang)(dang), 的(de)(de)(de)): the session-13 audit of
traditional mirror copies, where such a copy kept every note in its clean text and the rules found
neither names nor posts in it. The sentences are made up."""

from __future__ import annotations

import unicodedata

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


def test_brackets_that_read_no_character_stay() -> None:
    # English words and codes in brackets read no character before them
    raw = "會議在市民中心召開,附件(see)與附件(app)及表格(ok),平臺(web)上線(go)運行(run)。"
    assert "（see）" in normalize(raw).text and "（run）" in normalize(raw).text


def test_a_few_toneless_notes_stay() -> None:
    # four notes that read their characters are not yet a copy annotated throughout
    raw = "會議要求(qiu),各單位要加強(qiang)領導(dao),確保創(chuang)建工作落實。"
    assert normalize(raw).text.count("（") == 4
