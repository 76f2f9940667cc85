"""A `?` before a space in the middle of a line that ends no question: on mirror pages saved as
GBK (which has no NBSP) an NBSP after a dateline or before a photo credit, or a character that
lost both bytes before a space in a byline. Either way not a folded ？ (which is not followed by
a space): shown as a flagged U+FFFD. Made-up sentences in the forms of real mirror copies."""

from __future__ import annotations

from civannot.text import normalize


def _damage_flags(text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in normalize(text).flags if f.kind == "damage"]


def test_an_nbsp_after_a_dateline_is_not_a_question_mark() -> None:
    raw = "本报讯? 8月7日，青川县召开创建文明城市推进会。"
    out = normalize(raw).text
    assert out == "本报讯\ufffd 8月7日，青川县召开创建文明城市推进会。"
    assert _damage_flags(raw) == [(3, 4)]


def test_an_nbsp_before_a_photo_credit_is_not_a_question_mark() -> None:
    out = normalize("青川县召开文明城市创建推进会? 县文明办供图\n会议指出，要压实责任。").text
    assert out.startswith("青川县召开文明城市创建推进会\ufffd 县文明办供图\n")


def test_a_lost_character_before_a_space_is_shown_as_lost() -> None:
    out = normalize("记者 林知? 通讯员 方晓棠 报道").text
    assert out == "记者 林知\ufffd 通讯员 方晓棠 报道"


def test_a_question_before_a_space_stays_a_question() -> None:
    assert "为什么？" in normalize("他问道：这是为什么? 大家都沉默了。").text
    assert "好不好？" in normalize("工作做得好不好? 群众说了算。").text
    assert normalize("你们满意吗?我们满意。").text == "你们满意吗？我们满意。"


def test_the_question_mark_of_a_web_address_is_no_damage() -> None:
    # the `?` of a query was read as a lost lead byte (x峣d=1)
    out = normalize("详情请访问 http://www.example.cn/news.jsp?id=12 查看。").text
    assert "news.jsp?id=12" in out


def test_a_lost_character_at_a_line_end_is_not_a_question_mark() -> None:
    # the last character of a paragraph lost both bytes and the site dropped its U+FFFD before
    # the newline: 持续改? for 持续改善 came out as 持续改？
    raw = "今年以来，全县空气质量持续改?\n据介绍，全年优良天数有所增加。"
    n = normalize(raw)
    assert n.text.startswith("今年以来，全县空气质量持续改\ufffd\n")
    assert [(f.start, f.end) for f in n.flags if f.kind == "damage"] == [(14, 15)]
    # a question at a line's end stays one
    assert normalize("记者：下一步有哪些措施?\n答：").text == "记者：下一步有哪些措施？\n答："
