"""A character that lost both GBK bytes read from the article's own text, and a comma read from
the genre's pairs (session 26, norm27). Made-up sentences, names and context, damaged with the
DESIGN.md §4 recipe (civannot.text.damage.gbk_lead_loss).

- The article names someone twice and one mention loses a character with both its bytes
  (`?` + U+FFFD): the one character the article's undamaged text writes between the same two
  neighbours fills the gap, where the word model alone prefers a name its dictionary knows in
  another form. Two different characters written there, or a neighbour that is no Chinese
  character: U+FFFD as before.
- A comma that lost both bytes, first in the word model only by its prior over a lone function
  character (他, 为, 要): written where the genre writes a comma after the character before the
  gap and before the one after it. Without those pairs, at a line's end, or without a context:
  U+FFFD as before.
- A run read partly (更 + U+FFFD + 的标准: the character whose trail byte went is unsure): the
  one character among the best readings' that the genre's text writes between the reading's
  neighbours, in a window with a neighbour on each side, is written (a three-character window
  where no four-character one holds any of them). A window on one side only, or no context:
  U+FFFD as before.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from civannot.text import gbk, normalize
from civannot.text.damage import gbk_lead_loss
from tests.gbk_support import genre_context

ARTICLE = (
    "3月2日，云溪县召开创卫工作推进会。副县长林公华出席会议并讲话。\n"
    "林公华要求，各乡镇要对照标准，立行立改。"
)


def _lose(text: str, at: str, nth: int = 0) -> str:
    i = -1
    for _ in range(nth + 1):
        i = text.index(at, i + 1)
    raw = gbk_lead_loss(text, i)
    assert "?\ufffd" in raw  # the character lost both bytes
    return raw


def test_a_name_the_article_writes_again_fills_the_gap() -> None:
    # 公 of the first mention lost both bytes; the second mention is intact
    out = normalize(_lose(ARTICLE, "公")).text
    assert out == ARTICLE, out


def test_two_different_fills_leave_the_gap_unread() -> None:
    text = ARTICLE + "\n会上，林少华通报了近期检查情况。"
    out = normalize(_lose(text, "公")).text
    assert "副县长林\ufffd华出席" in out, out


def test_the_fill_is_flagged_as_a_repair_with_its_offsets() -> None:
    raw = _lose(ARTICLE, "公")
    n = normalize(raw)
    flags = [f for f in n.flags if f.kind == "gbk_repair"]
    assert flags and flags[0].applied == "公"
    i = n.text.index("公")
    a, b = n.offset_map.per_char()[i]
    assert raw[a:b] == "?\ufffd"


GENRE = [
    "会议强调，要压实各级责任，营造浓厚氛围，确保各项工作落到实处。",
    "镇党委书记指出，各村要落实主体责任，营造共建共享的良好氛围。",
    "会议要求，各部门要提高站位，强化措施，推动创建工作走深走实。",
]
SENTENCE = "各社区要抓好整改，确保问题清零。"


@pytest.fixture
def genre() -> Iterator[None]:
    with genre_context(GENRE):
        yield


def test_a_comma_the_genre_writes_between_its_neighbours(genre: None) -> None:
    out = normalize(_lose(SENTENCE, "，")).text
    assert out == SENTENCE, out


def test_without_the_genres_pairs_the_comma_stays_unread() -> None:
    gbk.set_context(gbk.Context(["全区召开创卫工作推进会。会议听取了各街道的工作汇报。"]))
    try:
        out = normalize(_lose(SENTENCE, "，")).text
    finally:
        gbk.set_context(None)
    assert out == "各社区要抓好整改\ufffd确保问题清零。", out


def test_without_a_context_the_comma_stays_unread() -> None:
    gbk.set_context(None)
    out = normalize(_lose(SENTENCE, "，")).text
    assert out == "各社区要抓好整改\ufffd确保问题清零。", out


RUN_GENRE = [
    "全镇上下要以更大的热情、更高的标准、更实的举措，推动创建工作走深走实。",
    "会议要求，要以更高的标准抓好问题整改，确保各项任务落到实处。",
    "各村要清理垃圾死角，打造清洁家园，营造良好的人居环境。",
    "街道办事处主任及各社区书记参加会议。",
]
RUN_SENTENCE = "各村要以更高的标准抓好整改，确保问题清零。"


def _run_damage() -> str:
    raw = gbk_lead_loss(RUN_SENTENCE, RUN_SENTENCE.index("高"))
    assert "?" in raw and "?\ufffd" not in raw  # a run: the lead byte lost, the rest misread
    return raw


def test_a_runs_unsure_character_the_genre_writes_between_its_neighbours() -> None:
    gbk.set_context(gbk.Context(RUN_GENRE))
    try:
        out = normalize(_run_damage()).text
    finally:
        gbk.set_context(None)
    assert out == RUN_SENTENCE, out


@pytest.mark.parametrize("texts", [["要以更高水平推进创建工作。"], None])
def test_a_window_on_one_side_or_no_context_leaves_it_unread(texts: list[str] | None) -> None:
    gbk.set_context(gbk.Context(texts) if texts else None)
    try:
        out = normalize(_run_damage()).text
    finally:
        gbk.set_context(None)
    assert out == "各村要以更\ufffd的标准抓好整改，确保问题清零。", out


def test_one_neighbour_on_each_side_where_no_longer_window_decides() -> None:
    # the genre writes 更高的 but none of the four-character windows around the gap
    gbk.set_context(gbk.Context(["今年要争取更高的荣誉。"]))
    try:
        out = normalize(_run_damage()).text
    finally:
        gbk.set_context(None)
    assert out.startswith("各村要以更高的标准"), out
