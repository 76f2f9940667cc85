"""GBK repair: the mark that ends a line, lost with the characters before it (issue 16). The word
model weighs ！？： alike, so a question's ？ was read ！ or ： and a notice's 各单位： read ！.
A ？ needs a question word in its sentence (哪些, 吗, 怎么) and a statement's mark does not end
one; a line that leads into what follows (各…单位, 通知如下, 强调) may end in ：. Made-up
notices and interviews, damaged with the DESIGN.md §4 recipe (civannot.text.damage)."""

from __future__ import annotations

import pytest

from civannot.text import normalize
from civannot.text.damage import gbk_lead_loss
from civannot.text.gbk import _eol_penalty, _question

NOTICE = "关于做好创建迎检工作的通知\n\n各有关部门：\n\n现将有关事项通知如下：\n\n一、明确工作任务"
INTERVIEW = (
    "记者：下一步有哪些具体举措？\n\n韩秋禾：我们将继续推进。\n\n"
    "记者：下一步打算怎么做？\n\n韩秋禾：把重点放在社区。"
)
SLOGAN = "让文明成为城市最美的风景！\n\n本报记者 韩秋禾"


@pytest.mark.parametrize(
    ("text", "at"),
    [
        (NOTICE, "有关部门："),  # the salutation's ： (read ！ before)
        (NOTICE, "通知如下："),
        (INTERVIEW, "举措？"),  # read ！
        (INTERVIEW, "怎么做？"),  # left unread
        (SLOGAN, "风景！"),  # no question word, no lead-in: not ？ nor ：
    ],
)
def test_the_line_final_mark_is_read(text: str, at: str) -> None:
    assert normalize(gbk_lead_loss(text, text.index(at))).text == text


def test_a_question_mark_asks() -> None:
    assert _question("下一步有哪些具体举措", "？") > 0
    assert _question("各单位", "？") < 0
    assert _question("下一步有哪些具体举措", "：") < 0  # a statement's mark ends no question
    assert _question("有哪些举措？各单位要抓好落实", "。") == 0  # the question was the last one
    assert _question("各单位", "，") == 0


def test_a_line_may_lead_in_with_a_colon() -> None:
    assert _eol_penalty("各镇（街道）、县直各单位", "：") == 0
    assert _eol_penalty("现将有关事项通知如下", "：") == 0
    assert _eol_penalty("让文明成为城市最美的风景", "：") > 0
    assert _eol_penalty("各镇（街道）、县直各单位", "，") > 0


def test_a_quoted_question_is_no_question() -> None:
    # the titles the sentence names hold the question words, the sentence itself asks nothing
    assert _question("从“什么是好家风”“怎样传承好家风”两个方面作了讲解", "。") == 0
    assert _question("他问：“大家满意吗", "？") > 0  # an open quotation asks
