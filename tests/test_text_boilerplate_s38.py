"""A forum's filler on a line of its own with a single symbol (session 38: `eval_normalize`'s
markup recipe left such a line in a notice, 3 % residual edits). Within a line a run still needs
two symbols, so that initials and model numbers stay text. Made-up article."""

from __future__ import annotations

import pytest

from civannot.text import normalize

BODY = "4月9日，桐溪镇召开创卫工作推进会。镇党委书记罗青山要求，各村要抓好环境整治。"
NEXT = "一、评选名额"


def clean(raw: str) -> str:
    return normalize(raw).text


@pytest.mark.parametrize("filler", ["M g; P S S R6", "K P2 e x/ Q c", "a1 B c D e7 #"])
def test_a_filler_line_with_one_symbol_goes(filler: str) -> None:
    assert clean(BODY + "\n" + filler + "\n" + NEXT) == BODY + "\n" + NEXT


@pytest.mark.parametrize(
    "line",
    [
        "A B C D E F",  # letters alone: a list of grades or rows
        "1 2 3 4 5 6",  # a pager without symbols is chrome of its own kind, not this rule's
        "请登录 www.txz.example.cn 查看 A B C D E; F 六类问题清单。",  # inside a sentence
    ],
)
def test_ascii_without_a_symbol_or_within_text_stays(line: str) -> None:
    raw = BODY + "\n" + line
    assert clean(raw) == raw
