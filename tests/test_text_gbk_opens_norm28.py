"""`??` read on as a lost 。 only where the character it gives opens a sentence (session 28).

Session 18 reads `??` + a BF trail as 。 + 开/看/县… (a 。 that lost its lead byte: its A3 pairs
with the next character's lead byte). Where two characters lost their lead bytes and the site
dropped the U+FFFD between them (文明 as `??` + 明's trail), the same reading gave 。亏健康 for
文明健康 (亏 taken as a word of its own before 健康) and 。扛服务 for 志愿服务 (扛 passed because
the character after it was not known yet). Such a character must now open a word with what
follows it, or be a word frequent enough alone to open a sentence (县, 看, 快: OPENS_LONE_FREQ).
Made-up sentences, damaged as DESIGN.md §4 says (a `gbk_stripped` site)."""

from __future__ import annotations

import pytest

from civannot.text import gbk, normalize


def damaged(text: str, *idx: int) -> str:
    data = bytearray()
    for j, ch in enumerate(text):
        b = ch.encode("gbk")
        data += b"?" + b[1:] if j in idx else b
    # folded as the sites fold (？ -> ?); the site dropped the U+FFFD before the next `?`
    out = data.decode("gbk", errors="replace").translate(str.maketrans("，？", ",?"))
    return out.replace("\ufffd?", "?", 1)


@pytest.mark.parametrize(
    ("text", "word", "wrong"),
    [
        ("桐溪镇开展爱国卫生活动，增强居民文明健康、绿色环保的生活意识。", "文明", "。亏"),
        ("本周六上午，桐溪镇组织志愿服务队清理河道垃圾。", "志愿", "。扛"),
    ],
)
def test_two_lost_lead_bytes_are_no_full_stop(text: str, word: str, wrong: str) -> None:
    i = text.index(word)
    raw = damaged(text, i, i + 1)
    assert "??" in raw
    out = normalize(raw).text
    assert wrong not in out, out
    assert "。" not in out[:-1], out
    # left for the annotator, not guessed
    assert out == text.replace(word, "\ufffd\ufffd"), out


def test_the_lone_word_threshold_keeps_the_county() -> None:
    assert gbk.OPENS_LONE_FREQ > 1580  # 亏
    text = "我縣召開創衛工作推進會。縣人大常委會主任柯遠山出席會議。"
    raw = damaged(text, text.index("。"))
    assert "??h人大" in raw
    assert normalize(raw).text == "我县召开创卫工作推进会。县人大常委会主任柯远山出席会议。"
