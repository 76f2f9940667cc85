"""GBK repair, session 16 audit (gbk17): what the word model read wrong on freshly damaged
articles, by form (issue 16). Made-up sentences, damaged with the DESIGN.md §4 recipe
(civannot.text.damage); names, towns and units are invented.

- a list item's line ends in ；, not ！ (1.具有良好的职业操守；, the ； took the paragraph-final
  and line-end penalties and ！ escaped both);
- a sentence that ends in 如何 asks (进展如何？ read 进展如何！);
- a name in a list of people or after a post is not renamed by a frequent word (谭一名 for
  谭一鸣, 沈不符 for 沈一帆, 严疑心 for 严可心, 邱：林 for 邱春林);
- a byline name the run opens (通讯员 ?晓棠) is weighed as a name;
- an opener that nothing on its line closes (退休“是一名 for 退休前是一名) is unlikely, a folded
  ) closes a （;
- a note inside the run names a rare character too (家喻户晓: 喻 is no frequent character).
"""

from __future__ import annotations

import pytest

from civannot.text import normalize
from civannot.text.damage import fold_punctuation, gbk_lead_loss
from civannot.text.gbk import (
    REPLACEMENT,
    _byline_name,
    _closed_later,
    _eol_penalty,
    _noted_options,
    _pairing,
    _question,
)
from civannot.text.listnames import name_opened

ITEMS = (
    "二、推荐条件\n\n"
    "1.热爱家乡，诚实守信，具有良好的职业操守；\n\n"
    "2.在平台注册满半年，累计服务时长不少于100小时；\n\n"
    "3.服务事迹突出，群众认可度高。"
)


def _clean_at(text: str, at: str, *more: str) -> str:
    idx = [text.index(a) for a in (at, *more)]
    return normalize(gbk_lead_loss(text, *idx)).text


def test_a_list_item_ends_in_a_semicolon() -> None:
    assert _clean_at(ITEMS, "具有良好") == ITEMS
    assert _eol_penalty("1.热爱家乡，具有良好的职业操守", "！") > 0
    assert _eol_penalty("1.热爱家乡，具有良好的职业操守", "；") == 0
    assert _eol_penalty("（二）审核公示阶段：7月1日至7月15日", "；") == 0
    assert _eol_penalty("一是压实责任", "；") == 0
    # not an item: a paragraph does not end in ；
    assert _eol_penalty("会议要求各单位压实责任", "；") > 0
    assert _eol_penalty("让文明成为城市最美的风景", "！") == 0


def test_a_sentence_that_ends_in_ruhe_asks() -> None:
    text = "记者：今年是决胜之年，目前创建工作进展如何？\n\n罗春雨：总体来看，进展顺利。"
    assert _clean_at(text, "展如何") == text
    assert _question("目前创建工作进展如何", "？") > 0
    assert _question("目前创建工作进展如何", "！") < 0
    # 如何 inside a sentence asks nothing
    assert _question("要研究如何推进背街小巷改造", "。") == 0


@pytest.mark.parametrize(
    ("text", "at", "name"),
    [
        ("会议强调，要切实解决揪心事。市领导谭一鸣、柏秋实参加调研。", "市领导", "谭一鸣"),
        ("会议由县委书记主持，县领导葛天宇、边明珠、沈一帆参加会议。", "一帆", "沈一帆"),
        ("青禾区文明办主任严可心说，全区现有注册志愿者两万人。", "可心", "严可心"),
        ("市人大常委会主任贺文彬，市政协主席邱春林，市委副书记彭晓岚出席。", "春林", "邱春林"),
    ],
)
def test_a_listed_name_is_not_renamed(text: str, at: str, name: str) -> None:
    out = _clean_at(text, at)
    start = text.index(name)
    got = out[start : start + len(name)]
    # the name comes back, or its unsure characters as U+FFFD: never another name
    assert len(out) == len(text)
    assert all(g in (n, REPLACEMENT) for g, n in zip(got, name, strict=True)), got


def test_a_post_and_a_surname_open_a_name() -> None:
    assert name_opened("市政协主席邱")
    assert name_opened("区文明办主任严")
    assert not name_opened("市政协主席")
    assert not name_opened("要发挥群")


def test_a_byline_name_the_run_opens() -> None:
    # the article writes 唐知远 and 晓棠 again: no evidence for the name's first character
    text = (
        "松岭日报讯（记者 唐知远 通讯员 卢晓棠）3月15日上午，区文明办召开推进会。"
        "唐知远说，晓棠同志参加。"
    )
    out = _clean_at(text, "卢")
    i = text.index("卢")
    assert out[i] in ("卢", REPLACEMENT)
    assert out[:i] + out[i + 1 :] == text[:i] + text[i + 1 :]  # no ？ left before it
    assert _byline_name("（记者 唐知远 通讯员 ") == REPLACEMENT
    assert _byline_name("（通讯员：林小") == "林小"
    # an interview's speaker at a line's start is no byline
    assert _byline_name("记者：") == ""
    assert _byline_name("今年是决胜之年") == ""


def test_an_opener_that_nothing_closes() -> None:
    text = "邵明芳今年62岁，退休前是一名小学教师。两年前，她牵头成立“银发志愿队”。"
    out = _clean_at(text, "前是")
    assert "“是一名" not in out
    # closed later on the line, but only after another opener: it closes nothing of this one
    assert not _closed_later("”", "是一名小学教师。两年前，她牵头成立“银发志愿队”。")
    assert _closed_later("”", "银发志愿队”。")
    assert _pairing("退休", "“", "是一名小学教师。“银发志愿队”。", whole=True) < 0
    assert _pairing("她牵头成立", "“", "银发志愿队”。", whole=True) > 0
    # a folded ) closes a （ (the copying sites folded the brackets)
    assert _closed_later("）", "附件1)和事迹材料")
    assert _pairing("请将推荐表", "（", "附件1)和事迹材料", whole=True) > 0
    # a paragraph of a speech may open a quotation that a later one closes
    assert _pairing("", "“", "同志们，创建工作只有起点。", whole=True) == 0


def test_a_note_names_a_rare_character() -> None:
    # 喻 is no frequent character: a note `(yù)` after the lost character names it
    assert "喻" in _noted_options("yù", 0x28)
    clean = "要讲好创建故事，让创建工作家喻户晓、人人参与。"
    noted = clean.replace("喻", "喻(yù)")
    data = bytearray()
    for ch in noted:
        b = ch.encode("gbk")
        data += b"?" + b[1:] if ch == "喻" else b
    raw = fold_punctuation(data.decode("gbk", errors="replace"))
    assert "?\ufffd(yù)" in raw
    assert normalize(raw).text == clean


def test_a_closer_the_line_closes_later() -> None:
    # 行动方案（2023）2025年） would leave the line's own ） unmatched: 2023—2025
    before = "会议印发了《城市管理三年行动方案（2023"
    assert _pairing(before, "）", "2025年）》，要求各单位推进。") < 0
    assert _pairing(before, "）", "》，要求各单位推进。") > 0
    text = "会议印发了《城市管理三年行动方案（2023—2025年）》，要求各单位按照方案推进。"
    assert "2023）2025" not in _clean_at(text, "—")
