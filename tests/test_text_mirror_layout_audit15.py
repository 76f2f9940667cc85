"""Two forms of mirror layout the session-14 audit of traditional mirror copies (audtrad15) found:
a line break right before a mark no line opens with (a place list cut as `某某市場⏎、某某社區`, a
frame cut as `某某要求⏎，要…`), which hid the list item before the break from the place rules; and
the keyword line a hijacked mirror injects above the article (porn search terms separated by commas),
whose 日本 came out as a GPE. The pages are made up."""

from __future__ import annotations

from civannot.preannotate import suggest
from civannot.text.normalize import normalize

BROKEN = (
    "11月3日，區委書記林遠舟先後來到河濱公園、城南市場\n"
    "、柳巷社區等地，實地察看創文工作。林遠舟要求\n"
    "，要堅持問題導向，抓好整改落實。\n"
)


def test_a_line_opening_with_a_comma_mark_joins_the_line_before() -> None:
    clean = normalize(BROKEN).text
    assert "城南市场、柳巷社区等地" in clean, clean
    assert "林远舟要求，要坚持问题导向" in clean, clean


def test_the_joined_text_maps_onto_the_raw_marks() -> None:
    n = normalize(BROKEN)
    per = n.offset_map.per_char()
    assert len(per) == len(n.text)
    for mark in "、，":
        i = n.text.index("城南市场" if mark == "、" else "林远舟要求") + (4 if mark == "、" else 5)
        a, b = per[i]
        assert n.text[i] == mark and BROKEN[a:b] == mark


def test_the_list_item_before_the_break_is_read_as_a_place() -> None:
    s = suggest(normalize(BROKEN).text)
    assert ("LOC", "城南市场") in {(x.label, x.text) for x in s.spans}


def test_lines_opening_with_a_bracket_or_text_stay_lines() -> None:
    raw = "會議提出三點要求。\n（一）加強組織領導。\n二是壓實工作責任。\n"
    assert normalize(raw).text == "会议提出三点要求。\n（一）加强组织领导。\n二是压实工作责任。"


def test_a_mark_after_a_blank_line_is_not_pulled_up() -> None:
    raw = "縣委書記方遠航出席會議。\n\n、各鄉鎮負責人參加會議。\n"
    assert "\n\n、各乡镇" in normalize(raw).text


SPAM = "日韓精品一區二區,久久婷婷綜合,日本無碼在線觀看,午夜福利影院\n"
ARTICLE = "松嶺縣召開創建文明城市推進會，縣委書記方遠航出席會議並講話。\n"


def test_a_keyword_line_of_a_hijacked_mirror_goes_above_and_below() -> None:
    clean = normalize(SPAM + "\n" + ARTICLE + SPAM).text
    assert clean == "松岭县召开创建文明城市推进会，县委书记方远航出席会议并讲话。", clean
    spans = suggest(normalize(SPAM + ARTICLE).text).spans
    assert not any(x.text == "日本" for x in spans)


def test_a_list_naming_a_continent_or_two_stays() -> None:
    raw = ARTICLE + "展館分為亞洲館、歐美館、非洲館、大洋洲館\n亞洲文化節開幕 歐美遊客成群\n"
    clean = normalize(raw).text
    assert "亚洲馆、欧美馆、非洲馆、大洋洲馆" in clean and "亚洲文化节开幕" in clean


def test_an_image_without_caption_before_a_paragraph_and_a_bar_after_it_go() -> None:
    raw = ARTICLE + "![]() 方遠航指出，各單位要加強領導，確保創建工作落實。 |\n"
    n = normalize(raw)
    assert n.text.endswith("\n方远航指出，各单位要加强领导，确保创建工作落实。"), n.text
    i = n.text.index("方远航指出")
    assert raw[n.offset_map.per_char()[i][0]] == "方"


def test_an_image_with_a_caption_and_a_bar_after_no_sentence_stay() -> None:
    raw = ARTICLE + "![會議現場](a.jpg) 方遠航講話\n截至目前完成整改問題85個 |\n"
    clean = normalize(raw).text
    assert "![会议现场]" in clean and "完成整改问题85个 |" in clean, clean
