"""GBK repair: two damaged runs side by side, and the characters a run's bytes fix (issue 16).
Made-up sentences, damaged with the DESIGN.md §4 recipe (civannot.text.damage.gbk_lead_loss).

When a character and the one two places after it both lose their lead byte, the first run's
last trail byte meets the second's `?` (U+FFFD) and the second run starts at once: `?骄�?窈闷馈�`
for 到居民好评。. Read apart, each run has the other's garbage beside it and neither sees the
words across both (居民); they are read together (`gbk._joint_pass`)."""

from __future__ import annotations

from civannot.text import gbk, normalize
from civannot.text.damage import gbk_lead_loss


def _damage(text: str, *at: int) -> str:
    return gbk_lead_loss(text, *at)


def test_a_word_across_two_runs_side_by_side_is_not_written_wrong() -> None:
    # Alone, the first run (到 + the lead byte of 居) read 到就 with the second's garbage after
    # it, and wrote it: a wrong character. Beside the second run's readings (民好评。), 居民 and
    # 军民 are rivals: the character stays a flagged U+FFFD, never 就 or 军.
    text = "志愿者们走进背街小巷，清理卫生死角，劝导不文明行为，受到居民好评。"
    i = text.index("到居民")
    raw = _damage(text, i, i + 2)
    assert "?" in raw
    out = normalize(raw).text
    assert "?" not in out
    assert "就" not in out[i:] and "军" not in out[i:]
    assert out.endswith("好评。")


def test_two_runs_side_by_side_are_read_as_one_window() -> None:
    # 实 of 落实 lost its lead byte and so did 改 before it, two places apart; and 理 of 管理
    # two places after 市 (read apart, both were left as garbage)
    for text, at in (
        ("会议强调，各级党组织要切实担负起主体责任，扎实推进整改落实。", "改落实"),
        ("区委书记在讲话中指出，要全面提升城市管理精细化水平。", "市管理"),
    ):
        i = text.index(at)
        out = normalize(_damage(text, i, i + 2)).text
        assert out == text


def test_the_characters_between_the_ends_of_a_run_are_its_context() -> None:
    # `?鲜叮�`: 认 lost its lead byte; 识 (its pair of bytes whole) stands between the first and
    # the last reading. The first was ranked with nothing after it (上 more frequent than 认),
    # and 上识 was written: a wrong character.
    for text in ("各级干部要充分认识，扎实推进整改。", "全体党员要提高认识，带头参与创建。"):
        out = normalize(_damage(text, text.index("认"))).text
        assert out == text


def test_a_question_mark_after_a_run_is_no_clash_for_a_comma_before_it() -> None:
    # `?骋凰枷耄�?岣哒疚唬�`: the `?` after the first run is the next lost lead byte. Taken as a
    # question mark it made ，? a clash of two marks, and （ was written for ，.
    text = "全市上下要统一思想，提高站位，以更大力度推进创建。"
    raw = _damage(text, text.index("统"), text.index("提"))
    out = normalize(raw).text
    assert "（" not in out
    assert out == text


def test_a_bracket_closed_later_on_the_line_is_not_a_trail_byte() -> None:
    # a mirror page's NBSPs saved as `?` before `[字体…]`: 0x5B is a GBK trail byte too, but a
    # `[` that a `]` closes is the text's bracket (it was read as one character with the `?`)
    raw = "发布时间：2024-05-20? ? ?[字体：大 中 小]\n会议要求各单位压实责任。"
    out = normalize(raw).text
    assert "[字体：大 中 小]" in out
    assert not any(f.start <= out.index("[") < f.end for f in normalize(raw).flags)
    # a `[` with no `]` after it is still an orphaned trail byte
    assert gbk._endpoints("[字体", "")


def test_a_question_mark_opening_a_line_is_not_joined_to_the_run_after_it() -> None:
    # `?夏?蠲髑康鳎�`: the first `?` is an NBSP indent, the second the lost lead byte of 侯. A
    # joint reading of the two wrote 上 for the indent and lost 夏侯's reading.
    text = "会议要求全市上下齐参与。\n\n夏侯明强调，要突出抓好重点工作。"
    raw = gbk_lead_loss(text, text.index("侯"))
    raw = raw.replace("\n\n", "\n\n?")
    out = normalize(raw).text
    assert "夏侯明强调，要突出抓好重点工作。" in out
    assert "上" not in out.split("\n")[-1]
