"""A character that lost both GBK bytes read from the genre's own text, and two more words of the
keyword lines hijacked mirrors inject (session 25, norm26). Made-up sentences and context.

- A character that lost both bytes (`?` + U+FFFD) asks for SINGLE_MARGIN (5 nats): thousands of
  characters compete for its place, and the genre's pairs weigh one character on each side only.
  The best single readings are now also put between their neighbours and the four-character
  windows they make are looked up in the genre's clean text (the context's documents): the one
  reading the genre writes there, with a neighbour on each side, is written. Two readings the
  genre writes, a line's end, a digit beside the run, no context: U+FFFD as before.
- A keyword line of porn search terms (精品国产…, 久草…, 少妇…) is site furniture too.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from civannot.text import gbk, normalize
from tests.gbk_support import genre_context

GENRE = [
    "全县召开创卫工作推进会。会议要求，各单位要对照标准，立行立改，确保问题整改到位。",
    "会上，各乡镇汇报了工作进展。会议听取了县创卫办的工作汇报。",
]


def lost(text: str) -> str:
    """`text` with the character after `[` (and the brackets) lost with both bytes."""
    i = text.index("[")
    return text[:i] + "?\ufffd" + text[i + 3 :]


@pytest.fixture
def genre() -> Iterator[None]:
    with genre_context(GENRE):
        yield


def test_a_lost_comma_the_genre_writes_between_its_neighbours(genre: None) -> None:
    out = normalize(lost("各部门要对照标准[，]立即整改。")).text
    assert out == "各部门要对照标准，立即整改。", out


def test_two_readings_the_genre_writes_stay_unread() -> None:
    gbk.set_context(gbk.Context([*GENRE, "全面推进对照标准化建设。"]))
    try:
        out = normalize(lost("各部门要对照标准[，]立即整改。")).text
    finally:
        gbk.set_context(None)
    assert out == "各部门要对照标准\ufffd立即整改。", out


def test_at_a_line_end_the_run_stays_unread(genre: None) -> None:
    out = normalize(lost("各部门要对照标准[，]\n立即整改。")).text
    assert "对照标准\ufffd\n" in out, out


def test_without_a_context_the_run_stays_unread() -> None:
    gbk.set_context(None)
    out = normalize(lost("各部门要对照标准[，]立即整改。")).text
    assert out == "各部门要对照标准\ufffd立即整改。", out


def test_the_offsets_of_the_reading_map_onto_the_damage(genre: None) -> None:
    raw = lost("各部门要对照标准[，]立即整改。")
    n = normalize(raw)
    per = n.offset_map.per_char()
    i = n.text.index("，")
    a, b = per[i]
    assert raw[a:b] == "?\ufffd"


def test_beside_a_digit_the_genre_decides_nothing() -> None:
    # digits are one class in the genre's text: its 30，12 would match 6月30，17
    gbk.set_context(gbk.Context([*GENRE, "截至目前，全县共排查问题30，12个已整改。"]))
    try:
        out = normalize(lost("请各单位于6月30[日]17时前报送材料。")).text
    finally:
        gbk.set_context(None)
    assert "，17时" not in out, out


SPAM = "久草精品视频在线，精品国产综合在线，极品少妇视频，免费高清在线\n"


def test_a_keyword_line_of_search_terms_is_furniture() -> None:
    raw = SPAM + "3月5日，城南街道召开创文工作推进会。\n"
    assert normalize(raw).text == "3月5日，城南街道召开创文工作推进会。"
