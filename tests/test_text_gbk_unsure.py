"""GBK repair: damage no reading is sure of is shown as one U+FFFD per lost character, never as
the garbled text (issue 16). Made-up sentences, damaged with the DESIGN.md §4 recipe
(civannot.text.damage.gbk_lead_loss), and the form of a site that then dropped the U+FFFD before
an ASCII byte (as bench/eval_normalize.py's `gbk_stripped`)."""

from __future__ import annotations

import re

from civannot.text import normalize
from civannot.text.damage import gbk_lead_loss

FFFD = "\ufffd"


def _stripped(raw: str) -> str:
    return re.sub(f"{FFFD}(?=[\x00-\x3f])", "", raw)


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


def test_two_neighbours_that_both_lost_their_lead_byte_are_two_fffd() -> None:
    # 召开: the first trail byte meets the second `?` (U+FFFD), the second meets 第 (U+FFFD):
    # `?�?�`, left as four characters of damage for two.
    text = "市委书记主持召开第三次推进会，部署下一阶段工作。"
    i = text.index("召开")
    raw = gbk_lead_loss(text, i, i + 1)
    assert raw[i : i + 4] == f"?{FFFD}?{FFFD}"
    for form in (raw, _stripped(raw)):  # `??�` where the site dropped the first U+FFFD
        n = normalize(form)
        assert n.text == text[:i] + FFFD * 2 + text[i + 2 :], form
        (flag,) = [f for f in n.flags if f.kind == "gbk_repair"]
        assert flag.applied == FFFD * 2 and flag.alternatives[-1] == form[i : form.index("第")]
        # `??` may also be a 。 whose A3 met the next lead byte BF (A3BF, a folded ？): since
        # session 18 that reading is weighed too, and offered, not written (norm19)
        assert form == raw or len(flag.alternatives) >= 1
    # before a digit both U+FFFD may be dropped: `??3`
    text = "市委书记主持召开3次推进会，部署下一阶段工作。"
    raw = _stripped(gbk_lead_loss(text, i, i + 1))
    assert raw[i : i + 3] == "??3"
    assert normalize(raw).text == text[:i] + FFFD * 2 + text[i + 2 :]


def test_question_marks_opening_a_line_stay_an_indent() -> None:
    # `??` of an NBSP indent is no pair of lost characters
    text = "创文工作推进会召开\n??本报讯 市委书记主持召开推进会。"
    assert normalize(text).text == "创文工作推进会召开\n本报讯 市委书记主持召开推进会。"
