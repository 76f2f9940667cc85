"""Neutral-tone notes without a tone mark in a sparsely annotated text (session 18, norm19).

A mirror's annotation tool writes the neutral tone without a mark (們(men), 了(le), 的(de),
子(zi)). Those notes went only where the article held five toned notes or more; in a short
excerpt with a few notes they stayed in the clean text. Made-up sentences.
"""

from __future__ import annotations

from civannot.text import normalize


def clean(raw: str) -> str:
    return normalize(raw).text


def test_neutral_notes_go_beside_a_toned_one():
    assert clean("同志們(men):今天召開(kāi)會議,大家辛苦了(le)。") == (
        "同志们：今天召开会议，大家辛苦了。"
    )
    assert clean("會(huì)上,鄉鎮的(de)幹部說(shuō)了(le)很多。") == "会上，乡镇的干部说了很多。"
    assert (
        clean("創(chuàng)建工作要抓好,桌子(zi)要擺放整齊。") == "创建工作要抓好，桌子要摆放整齐。"
    )


def test_without_a_toned_note_or_a_reading_they_stay():
    # no toned note: nothing shows an annotation tool
    assert clean("他的(de)孩子(zi)們(men)") == "他的（de）孩子（zi）們（men）"
    # a tone-less word that reads no character before it
    assert clean("會(huì)議附件(an)另發") == "会议附件（an）另发"
    assert clean("會(huì)議要求(see p3)").endswith("要求（see p3）")


def test_the_offsets_still_map_to_raw():
    raw = "同志們(men):今天召開(kāi)會議。"
    n = normalize(raw)
    i = n.text.index("今")
    assert raw[slice(*n.offset_map.to_raw(i, i + 1))] == "今"
    j = n.text.index("们")
    assert raw[slice(*n.offset_map.to_raw(j, j + 1))] == "們"
