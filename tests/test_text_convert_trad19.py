"""Names and places a traditional copy writes with a character that simplified writing keeps too
(乾, 昇, 钜): OpenCC's tw2s turns it into the common character (干, 升, 巨) everywhere outside
its own short list of phrases (乾坤, 乾隆), so 乾安县 came out 干安县 and 王乾 came out 王干.
A mirror writes 乾 for 干, 昇 for 升 and 鉅 for 巨 only inside words its converter lists (乾淨,
餅乾, 昇華, 鉅額); anywhere else the character is the author's (trad19, session 18: every name
and place of jieba's dictionary sent through s2t, s2tw and s2hk and back; made-up examples)."""

from __future__ import annotations

import pytest

from civannot.text import normalize

_HEAD = "8月3日，岚溪縣召開創建全國文明城市推進會，"


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        # a name: the character stays as the author wrote it
        ("縣委書記王乾主持會議並講話。", "县委书记王乾主持会议并讲话"),
        ("縣領導李昇、趙鉅出席會議。", "县领导李昇、赵钜出席会议"),
        ("副縣長孫乾元強調，要抓好落實。", "副县长孙乾元强调，要抓好落实"),
        # a place
        ("乾安縣文明辦主任出席會議。", "乾安县文明办主任出席会议"),
    ],
)
def test_name_and_place_characters_stay(raw: str, want: str) -> None:
    text = normalize(_HEAD + raw).text
    assert want in text, text


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        # the converter's own words: 干, 升, 巨 as a simplified text writes them
        ("要保持街道乾淨整潔，把垃圾曬乾處理。", "要保持街道干净整洁，把垃圾晒干处理"),
        ("東昇鎮要推動市民文明素質昇華。", "东升镇要推动市民文明素质升华"),
        ("投入鉅額資金，任務十分艱鉅。", "投入巨额资金，任务十分艰巨"),
        # OpenCC's own phrases keep 乾 (乾坤)
        ("要有扭轉乾坤的決心。", "要有扭转乾坤的决心"),
    ],
)
def test_the_converters_words_still_convert(raw: str, want: str) -> None:
    text = normalize(_HEAD + raw).text
    assert want in text, text


def test_a_converter_writing_qian_for_every_gan_is_read_as_such() -> None:
    # a naive table writes 乾 for 幹 too (乾部, 乾勁): then no 乾 of the page is an author's
    raw = _HEAD + "全縣黨員乾部要鼓足乾勁，縣委書記王乾強調，要抓好落實。"
    text = normalize(raw).text
    assert "全县党员干部要鼓足干劲，县委书记王干强调" in text, text


def test_simplified_text_is_untouched() -> None:
    raw = "8月3日，乾安县召开推进会，县委书记王乾强调，要保持街道干净整洁。"
    assert normalize(raw).text == raw


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        # a traditional copy writes the middle dot of a transliterated name as ．(Taiwan's
        # typography) or as a folded `.`: the full stop rule runs before the conversion and must
        # read the name's traditional characters as the simplified ones it knows (買買提 = 买买提)
        ("縣委書記買買提．艾力主持會議並講話。", "买买提．艾力"),
        ("縣委書記熱娜.阿不都主持會議並講話。", "热娜.阿不都"),
    ],
)
def test_a_transliterated_names_dot_is_no_full_stop_in_a_traditional_copy(
    raw: str, name: str
) -> None:
    text = normalize(_HEAD + raw).text
    assert name in text, text
