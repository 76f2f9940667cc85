"""A `?` + U+FFFD right after a run that was read is a lost character, not a question mark
(session 28). Such a stretch has damage on its left, so it was taken for part of a flood and left
as it came: the `?` stayed in the clean text (大家?��了 for 大家参观了), a character no one wrote.
Once the run before it is read, that damage is gone: the stretch becomes one U+FFFD per lost
character. Made-up sentences, damaged as DESIGN.md §4 says."""

from __future__ import annotations

import pytest

from civannot.text import normalize


def damaged(text: str, *idx: int) -> str:
    data = bytearray()
    for j, ch in enumerate(text):
        b = ch.encode("gbk")
        data += b"?" + b[1:] if j in idx else b
    return data.decode("gbk", errors="replace")


@pytest.mark.parametrize(
    ("text", "lost", "want"),
    [
        # the run before is read whole (大家), then partly (与会人员 as U+FFFD twice)
        ("仪式结束后，大家参观了桐溪湿地公园。", "大参观", "大家\ufffd\ufffd了"),
        ("会后，与会人员参观了桐溪镇文明实践站。", "人参观", "与会\ufffd\ufffd\ufffd\ufffd了"),
    ],
)
def test_a_lost_character_after_a_read_run_is_no_question_mark(
    text: str, lost: str, want: str
) -> None:
    raw = damaged(text, *(text.index(c) for c in lost))
    assert "?\ufffd?" in raw
    out = normalize(raw).text
    assert "?" not in out and "？" not in out, out
    assert want in out, out


def test_a_flood_of_damage_stays_one_stretch() -> None:
    # `?` + U+FFFD after an unread stretch: the flood is left as it came (nothing read before it)
    raw = "会议强调\ufffd?\ufffd?\ufffd要抓好落实。"
    assert "?" in normalize(raw).text
