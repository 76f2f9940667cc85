"""A character whose two GBK bytes each ate a pinyin note's bracket (session 47, norm49).

On real traditional mirror pages a dateline's 報 comes as `日?qǐng)?bào)訊`: an annotating tool read
the stream one byte off and named what it saw there (the character before's trail byte with the
lost character's lead byte: 日 C8D5 + 報 88F3 gives D588 請, qǐng), then the lost character
itself (bào); read aligned again, each of its bytes met a `(` and came out as `?`. Before, the
pair became two U+FFFD (three when the character after it was taken into a run). Made-up
sentences, damaged the way those pages are (`eaten` below)."""

from __future__ import annotations

import pytest
from pypinyin import Style, pinyin

from civannot.text import gbk, normalize


def _reading(ch: str) -> str:
    return pinyin(ch, style=Style.TONE)[0][0]


def eaten(text: str, lost: str) -> str:
    """`text` with the character `lost` (its first occurrence) written as its two eaten notes: `?` + the note of what a reader
    one byte off saw (the trail byte before it + its lead byte) + `)`, then `?` + its own note
    + `)`."""
    i = text.index(lost)
    before, ch = text[i - 1].encode("gbk"), text[i].encode("gbk")
    seen = bytes([before[1], ch[0]]).decode("gbk")
    return f"{text[:i]}?{_reading(seen)})?{_reading(ch.decode('gbk'))}){text[i + 1 :]}"


@pytest.mark.parametrize(
    ("text", "lost", "want"),
    [
        # a newspaper's dateline (the commonest form), in a traditional copy with notes
        (
            "岚江日報訊(記者 周立新)會(huì)議要求,各單位要抓好落實。",
            "報",
            "岚江日报讯（记者 周立新）会议要求",
        ),
        # a slogan's verb and a post's noun
        ("全團上下要勇爭一流、勇當(dāng)先鋒。", "爭", "全团上下要勇争一流、勇当先锋。"),
        ("發(fā)展是第一要務,穩(wěn)增長是頭等大事。", "務", "发展是第一要务，稳增长是头等大事。"),
    ],
)
def test_two_eaten_notes_name_one_character(text: str, lost: str, want: str) -> None:
    raw = eaten(text, lost)
    assert "??" not in text and raw.count("?") == 2, raw
    n = normalize(raw)
    assert want in n.text, n.text
    assert "\ufffd" not in n.text and "?" not in n.text, n.text
    flags = [f for f in n.flags if f.kind == "gbk_repair"]
    assert len(flags) == 1 and flags[0].applied == want[want.index(flags[0].applied)]
    assert n.text[flags[0].start : flags[0].end] == flags[0].applied


def test_the_dateline_twice_and_the_character_after_kept() -> None:
    raw = "岚江日?qǐng)?bào)訊 岚江日?qǐng)?bào)訊 (記者 周立新)4月8日,會(huì)議召開。"
    out = normalize(raw).text
    assert out.startswith("岚江日报讯 岚江日报讯 （记者 周立新）4月8日，会议召开。"), out


def test_notes_that_name_no_character_stay_damage() -> None:
    # no character with 報's lead byte reads mā: nothing is read, the `?`s stay lost characters
    raw = "岚江日?qǐng)?mā)訊 (記者 周立新)會(huì)議召開。"
    out = normalize(raw).text
    assert "报" not in out and "\ufffd" in out, out
    assert gbk.eaten_pairs("日??", {1: "qǐng", 2: "mā"}) == []


def test_one_eaten_note_or_an_ascii_neighbour_reads_no_pair() -> None:
    # a single eaten note is the run after it (session 5), and a `?` after an ASCII character has
    # no trail byte to pair with
    assert gbk.eaten_pairs("日?訊", {1: "qǐng"}) == []
    assert gbk.eaten_pairs("A??", {1: "qǐng", 2: "bào"}) == []
    # two notes that fit two characters: the far commoner one (爭, not 烝)
    assert gbk.eaten_pairs("勇??", {1: "tīng", 2: "zhēng"}) == [(1, "争")]


# One eaten note before a damaged run (當?shù)馗刹 for 當地干部, 41 times on the real pages of
# sessions 45-48): the note names what the tool saw one byte off, the character before's trail
# byte with the lost lead byte (當 AE94 + 地 B5D8: 94B5 數, shù), so the lead byte is known and
# the run's first character with it. Before, the run's first character was ranked among every
# character with that trail byte.


def one_note(text: str, lost: str) -> str:
    """`text` whose character `lost` lost its lead byte (DESIGN.md §4), with the note of what a
    reader one byte off saw there written after the `?`, its bracket eaten."""
    i = text.index(lost)
    data = bytearray()
    for j, ch in enumerate(text):
        b = ch.encode("gbk")
        data += b"?" + b[1:] if j == i else b
    raw = data.decode("gbk", errors="replace")
    seen = bytes([text[i - 1].encode("gbk")[1], lost.encode("gbk")[0]]).decode("gbk")
    k = raw.index("?")
    return f"{raw[: k + 1]}{_reading(seen)}){raw[k + 1 :]}"


@pytest.mark.parametrize(
    ("text", "lost", "want"),
    [
        ("會上,鎮長周立新等鎮領導班子成員參加。", "等", "会上，镇长周立新等镇领导班子成员参加。"),
        ("仔細查看麥收作業現場和土地墑情。", "收", "仔细查看麦收作业现场和土地墑情。"),
        ("各村還積極發展畜牧和運輸等產業。", "等", "各村还积极发展畜牧和运输等产业。"),
    ],
)
def test_one_eaten_note_gives_the_lost_lead_byte(text: str, lost: str, want: str) -> None:
    raw = one_note(text, lost)
    assert raw.count("?") == 1 and ")" in raw, raw
    assert normalize(raw).text == want


def test_a_note_that_fits_no_first_option_narrows_nothing() -> None:
    e = gbk._Endpoint(1, "", ("地", "集"), None)
    # 當 + a lead byte read mā: no such lead byte is 地's or 集's, and neither reads mā
    assert gbk._eaten_firsts(e, "當", "mā") == e
    assert gbk._eaten_firsts(e, "當", "shù").first == ("地",)
    # a note of several syllables (a word's note) narrows nothing
    assert gbk._eaten_firsts(e, "當", "shù dì") == e


# A run read whole, then an eaten note that names its last character (驾驶?藬?shù)量 on a real page:
# 人 lost its lead byte, 數's trail byte ate the bracket of 數's own note). That `?` is the last
# character's trail byte, no further lost character: before, it became a U+FFFD (人数�量).


def run_then_note(text: str, lost: str, note: str = "") -> str:
    """`text` where the first of the two characters `lost` lost its lead byte (its note eaten,
    as above) and the second's trail byte ate the bracket of a note (its own reading unless
    `note` is given)."""
    i = text.index(lost)
    p, x1, x2 = (c.encode("gbk") for c in (text[i - 1], lost[0], lost[1]))
    seen = bytes([p[1], x1[0]]).decode("gbk")
    middle = bytes([x1[1], x2[0]]).decode("gbk")
    return f"{text[:i]}?{_reading(seen)}){middle}?{note or _reading(lost[1])}){text[i + 2 :]}"


@pytest.mark.parametrize(
    ("text", "lost", "want"),
    [
        ("會上,鎮長周立新等鎮領導班子成員參加。", "等鎮", "会上，镇长周立新等镇领导班子成员参加。"),
        ("岚江縣機動車和駕駛人數量增加。", "人數", "岚江县机动车和驾驶人数量增加。"),
    ],
)
def test_a_note_after_a_read_run_names_its_last_character(text: str, lost: str, want: str) -> None:
    raw = run_then_note(text, lost)
    assert raw.count("?") == 2, raw
    assert normalize(raw).text == want


def test_a_note_after_a_read_run_that_names_another_character_is_a_lost_one() -> None:
    # the second note reads mā, which 數 (or whatever the run read there) is not: a lost character
    raw = run_then_note("岚江縣機動車和駕駛人數量增加。", "人數", note="mā")
    out = normalize(raw).text
    assert "\ufffd" in out and "?" not in out, out


def test_a_note_after_a_run_narrows_its_unsure_last_character() -> None:
    # 產's lead byte is known (the middle character), its trail byte went with the bracket: of the
    # characters with that lead byte only 產 is read chǎn, so the run is read whole and the `?`
    # goes (before: 等��业, the last character unread and the `?` a lost character)
    raw = run_then_note("各村還要發展運輸等產業。", "等產")
    assert normalize(raw).text == "各村还要发展运输等产业。"
