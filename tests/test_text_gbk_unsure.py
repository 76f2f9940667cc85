"""GBK repair: damage no reading is sure of is shown as one U+FFFD per lost character, never as
the garbled text (issue 16). Made-up sentences, damaged with the DESIGN.md §4 recipe
(civannot.text.damage.gbk_lead_loss)."""

from __future__ import annotations

from civannot.text import normalize
from civannot.text.damage import gbk_lead_loss

FFFD = "\ufffd"


def test_a_run_with_nothing_certain_is_one_fffd_per_character_with_its_readings() -> None:
    # 法 of 政法委 lost its lead byte: `?ㄎ�`. The readings agree that the run holds two
    # characters (法委, 权为, …) and on none of them. Left as it was, the garbled text costs three
    # edits for two characters and the flag did not even offer the best reading.
    text = "10月13日，市委政法委书记主持召开创建全国文明城市工作推进会。"
    i = text.index("法")
    raw = gbk_lead_loss(text, i)
    n = normalize(raw)
    (flag,) = [f for f in n.flags if f.kind == "gbk_repair"]
    garbled = raw[raw.index("?") :][: len(flag.alternatives[-1])]
    assert n.text == text[:i] + FFFD * 2 + text[i + 2 :]
    assert flag.applied == FFFD * 2 and (flag.start, flag.end) == (i, i + 2)
    assert flag.alternatives[0] == "法委"  # the best reading first
    assert flag.alternatives[-1] == garbled and garbled.startswith("?")
    assert "no reading certain" in flag.message
