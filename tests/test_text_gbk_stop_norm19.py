"""A full stop that lost its GBK lead byte before a character whose lead byte is 0xBF (session 18,
norm19). 。 is A1A3: without A1 its A3 pairs with the next lead byte, and A3BF is the full-width
？, which the sites fold to `?` (。開展 as `??_`, 。縣委 as `??h委` on real mirror pages). The
repair read the second `?` as the next lost lead byte only: 。 stayed U+FFFD or a ？, and the
character after it was lost too. Made-up sentences, damaged as DESIGN.md §4 says.
"""

from __future__ import annotations

import pytest

from civannot.text import normalize

FOLD = str.maketrans({"，": ",", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")"})


def damaged(text: str, i: int) -> str:
    data = bytearray()
    for j, ch in enumerate(text):
        b = ch.encode("gbk")
        data += b"?" + b[1:] if j == i else b
    return data.decode("gbk", errors="replace").translate(FOLD)


@pytest.mark.parametrize(
    "after",
    [
        "开展环境卫生整治行动。",
        "看到群众满意的笑容。",
        "可以看出成效明显。",
        "考核结果将适时通报。",
        "科学制定整改方案。",
        "空气质量持续改善。",
        "控制好重点时段。",
    ],
)
def test_a_full_stop_before_a_bf_character(after: str) -> None:
    text = "桐溪镇召开创卫工作推进会。" + after
    raw = damaged(text, text.index("。"))
    assert "??" in raw
    assert normalize(raw).text == text


def test_a_traditional_mirrors_county_after_the_stop() -> None:
    text = "我縣召開創衛工作推進會。縣委副書記柯遠山出席會議。"
    raw = damaged(text, text.index("。"))
    assert "??h委" in raw
    assert normalize(raw).text == "我县召开创卫工作推进会。县委副书记柯远山出席会议。"
