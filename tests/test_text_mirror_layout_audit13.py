"""A mirror's page ends with its "more" link and the list of other stories under it (更多>>, then
lines of `- [栏目]标题`), and a page-to-text tool writes an image without caption as `![]()`: the
session-13 audit of traditional mirror copies found a place name of such a list tagged in the
article. The pages are made up."""

from __future__ import annotations

from civannot.text.normalize import normalize

ARTICLE = (
    "松嶺新聞網3月2日電 松嶺縣召開創建文明城市推進會，縣委書記方遠航出席會議並講話。\n"
    "方遠航強調，各單位要加強領導，確保創建工作落實。\n"
)


def test_the_more_link_and_the_story_list_under_it_go() -> None:
    raw = ARTICLE + "\n![]() |\n更多>> |\n|\n- [國際]某國議員在議會爭吵\n- [娛樂]某歌手舉辦演唱會\n"
    clean = normalize(raw).text
    assert clean.rstrip().endswith("确保创建工作落实。"), clean
    assert "某国" not in clean and "![]" not in clean


def test_a_sentence_that_opens_with_more_stays() -> None:
    raw = ARTICLE + "更多市民參與到創建工作中來，全縣上下形成合力。\n"
    assert "更多市民参与到创建工作中来" in normalize(raw).text


def test_an_image_with_a_caption_stays() -> None:
    raw = ARTICLE + "![會議現場](a.jpg)\n"
    assert "会议现场" in normalize(raw).text
