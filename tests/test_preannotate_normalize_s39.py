"""Session 39's audit of the normaliser on fresh real pages: forms the clean text still carried.
The sentences and names are made up."""

from __future__ import annotations

from civannot.text import convert
from civannot.text.normalize import normalize


def _offsets_exact(raw: str) -> None:
    n = normalize(raw)
    for i, ch in enumerate(n.text):
        a, b = n.offset_map.to_raw(i, i + 1)
        assert b - a == 1, (i, ch, raw[a:b])
        r = raw[a]
        assert ch in (r, convert.to_simplified(r), convert.QUOTES.get(r)), (i, ch, r)


# --- a word's pinyin note written as one run of syllables (a tool that annotates words) ---


def test_word_notes_longer_than_a_syllable_go() -> None:
    raw = (
        "全区市民坚持不懈努力（bùxiènǔlì），获评荣誉称号（róngyùchēnghào）后，"
        "群众感到高兴(gǎndàogāoxìng)，区长林某某讲话。"
    )
    assert (
        normalize(raw).text
        == "全区市民坚持不懈努力，获评荣誉称号后，群众感到高兴，区长林某某讲话。"
    )
    _offsets_exact(raw)


def test_word_note_beside_syllable_notes_goes() -> None:
    raw = "城市（chéngshì）环境(huánjìng)相当于（xiāngdāngyú）改善。"
    assert normalize(raw).text == "城市环境相当于改善。"
    _offsets_exact(raw)


def test_long_bracketed_words_that_spell_nothing_stay() -> None:
    # English, codes, and toned letters that do not spell the characters before them
    for raw in (
        "加强管理（management）工作。",
        "会议通过了方案（abcdefghij）。",
        "会议通过了方案（bùxiènǔlìhǎo）。",
    ):
        assert normalize(raw).text == raw


# --- a note the end of the copy cut inside its first syllable, before any tone mark ---


def test_cut_toneless_note_goes_in_a_toned_copy() -> None:
    raw = "会议要求（yāoqiú），各单位要加强领导，更加扎实（sh"
    assert normalize(raw).text == "会议要求，各单位要加强领导，更加扎实"
    _offsets_exact(raw)
    raw = "会议要求（yāoqiú），一要高度重视，坚（ji"
    assert normalize(raw).text == "会议要求，一要高度重视，坚"


def test_cut_letters_stay_without_a_pinyin_tool_or_a_reading() -> None:
    # no toned note in the text: a bracket and letters are the text's own
    assert normalize("会议要求，一要高度重视，坚（ji").text == "会议要求，一要高度重视，坚（ji"
    # letters that begin no reading of the character before them
    raw = "会议要求（yāoqiú），各单位参加会议（zz"
    assert normalize(raw).text == "会议要求，各单位参加会议（zz"
