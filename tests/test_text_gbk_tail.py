"""GBK repair: two characters close together that both lost their lead byte (issue 16). Made-up
sentences, damaged with the DESIGN.md §4 recipe applied to two characters at once.

The run of the first ends in U+FFFD because its last trail byte met the second `?` (byte 0x3F);
the second is `?` + U+FFFD, a character that lost both bytes, with damage on its left. Read
alone, the first run has no right context and the second no left context (it was left as a
stray `?`); read together, the words across both come back."""

from __future__ import annotations

from civannot.text import gbk, normalize
from civannot.text.damage import gbk_lead_loss


def _damage(text: str, *chars: str) -> str:
    """The lead byte of the first occurrence of each of `chars` replaced by `?`."""
    return gbk_lead_loss(text, *(text.index(c) for c in chars))


def test_the_question_mark_after_a_run_is_the_next_lost_lead_byte() -> None:
    # `?岣�?鲜叮`: the U+FFFD is the trail byte of 高 before byte 0x3F. A folded ？ (A3 BF) cannot
    # follow it (the trail byte would have paired with A3), so the readings of 高's trail must be
    # those a decoder rejects before 0x3F (the code before took A3: 感 of 责任感 was never offered).
    raw = _damage("会议要求各单位切实提高认识，扎实推进整改。", "提", "认")
    q = raw.index("?")
    ends = gbk._endpoints(raw[q + 1 : q + 12], "")
    assert ends and ends[0].nxt == 0x3F
    raw = _damage("全镇上下要牢固树立责任感，确保各项任务按期完成。", "责", "，")
    q = raw.index("?")
    ends = gbk._endpoints(raw[q + 1 :], "")
    assert any(e.last and "感" in e.last for e in ends)


def test_a_run_and_the_lost_character_after_it_are_read_together() -> None:
    raw = _damage("全镇上下要牢固树立责任感，确保各项任务按期完成。", "责", "，")
    assert "?\ufffd" in raw
    n = normalize(raw)
    assert "牢固树立责任感" in n.text
    assert "?" not in n.text and "？" not in n.text


def test_the_lost_character_after_a_run_is_not_a_guess() -> None:
    # 门前 is written in the article, so 沥青路门前 outscores 沥青路面。 by the article's words; the
    # second character lost both bytes and has thousands of readings: it needs the wide margin
    # of such a character, and stays a flagged U+FFFD rather than a wrong word.
    raw = _damage("村民们说，门前的道路铺上了沥青路面。\n“过去出门一脚泥。”", "沥", "。")
    n = normalize(raw)
    assert "沥青路" in n.text
    assert "沥青路门前" not in n.text
    assert "?" not in n.text and "？" not in n.text
