"""people37 (session 34): names and posts in forms the fresh real pages of session 34 (dev37)
showed (made-up sentences, invented names and places).

A name whose surname no list holds, right after a post, closed by 的陪同 or by a verb of speaking
(号召); one that jieba's dictionary holds only as a rare person's name; a transliterated name of
four whose two halves no list holds; the last name of a leaders' list, of two characters and an
unlisted surname; the names a credit line lists after its colon (编辑：甲、乙), which are no
PERSON; a sub-district the text names elsewhere, before its own body's post after 听取了.
"""

from __future__ import annotations

from typing import Any

import pytest

from civannot.preannotate import titles
from tests.span_helpers import labelled, people


def test_an_unlisted_surname_before_a_followers_phrase() -> None:
    # 仉 is a surname of no list; 的陪同 closes the name after the post
    text = "在副区长仉燕林的陪同下，市长到青禾街道调研。仉燕林介绍了创建情况。"
    ts, persons, holds = people(text)
    assert "副区长" in ts
    assert ("仉燕林", "副区长") in holds
    assert labelled(text, "PERSON").count(("仉燕林", "PERSON")) == 2


def test_an_unlisted_surname_before_a_verb_of_speaking() -> None:
    text = "县委副书记、常务副县长仉宏号召说，人人都是创建者。"
    ts, persons, holds = people(text)
    assert ("仉宏", "县委副书记") in holds and ("仉宏", "常务副县长") in holds


@pytest.mark.parametrize(
    "text",
    [
        "在副区长的陪同下，市长到青禾街道调研。",
        "常务副市长号召说，人人都是创建者。",
        "副县长亲自到场出席会议。",
    ],
)
def test_no_name_after_a_post_with_none(text: str) -> None:
    assert not labelled(text, "PERSON")


class _Tokenizer:
    """jieba's tokenizer with one more word in its FREQ (a made-up rare name)."""

    def __init__(self, real: Any, extra: dict[str, int]) -> None:
        self._real = real
        self._extra = extra

        class _Freq:
            def get(_self, key: str, default: Any = None) -> Any:
                if key in extra:
                    return extra[key]
                return real.FREQ.get(key, default)

        self.FREQ = _Freq()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


def test_a_rare_name_of_the_dictionary_after_a_chain(monkeypatch: pytest.MonkeyPatch) -> None:
    real = titles.jieba_tokenizer()
    text = "县委常委、政法委书记仉远澜出席并讲话。"
    monkeypatch.setattr(titles, "jieba_tokenizer", lambda: _Tokenizer(real, {"仉远澜": 3}))
    ts, persons, holds = people(text)
    assert ("仉远澜", "县委常委") in holds and ("仉远澜", "政法委书记") in holds
    # a frequent word of the dictionary is no such name
    monkeypatch.setattr(titles, "jieba_tokenizer", lambda: _Tokenizer(real, {"仉远澜": 500}))
    assert "仉远澜" not in people(text)[1]


def test_rare_name_word_needs_three_characters_and_a_low_count(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = titles.jieba_tokenizer()
    monkeypatch.setattr(
        titles, "jieba_tokenizer", lambda: _Tokenizer(real, {"仉远澜": 3, "仉远": 3, "仉远山": 150})
    )
    assert titles._rare_name_word("仉远澜")
    assert not titles._rare_name_word("仉远")
    assert not titles._rare_name_word("仉远山")
    assert not titles._rare_name_word("仉远河")


def test_a_transliterated_name_of_two_unlisted_halves_after_a_post() -> None:
    text = "县人民政府副县长索觉旺秋出席会议并讲话。索觉旺秋指出，要抓好森林草原防火。"
    ts, persons, holds = people(text)
    assert ("索觉旺秋", "县人民政府副县长") in holds
    assert labelled(text, "PERSON").count(("索觉旺秋", "PERSON")) == 2


def test_the_last_leader_of_two_characters_and_an_unlisted_surname() -> None:
    text = "市领导林晓东、韩启明、苏建华、仉芳出席会议。"
    ts, persons, holds = people(text)
    assert persons == {"林晓东", "韩启明", "苏建华", "仉芳"}
    assert ("仉芳", "市领导") in holds


@pytest.mark.parametrize(
    "text",
    [
        "市领导林晓东、韩启明、苏建华、区长出席会议。",
        "市领导林晓东、韩启明、苏建华、班子出席会议。",
    ],
)
def test_a_post_or_a_word_ends_no_leaders_list(text: str) -> None:
    assert people(text)[1] == {"林晓东", "韩启明", "苏建华"}


@pytest.mark.parametrize(
    "text",
    [
        "青山县创卫工作有序开展。\n编辑：孟可欣、褚云帆\n",
        "青山县创卫工作有序开展。\n\n编辑：林思远、王柳涵\n\n地 址：青山县柳塘路1号",
        "青山县创卫工作有序开展。\n审核：苏建华、王柳涵、林思远\n",
    ],
)
def test_the_names_of_a_credit_line_are_no_person(text: str) -> None:
    assert not labelled(text, "PERSON")


def test_a_list_of_leaders_is_still_read_beside_a_newspaper_head() -> None:
    text = "县日报社总编辑林晓东、副总编辑韩启明出席。"
    assert ("林晓东", "PERSON") in labelled(text, "PERSON")


def test_a_sub_district_named_elsewhere_before_its_post_after_a_verb() -> None:
    text = (
        "市长来到柳塘街道调研。在青禾社区，认真听取了柳塘街道工委书记林晓东对柳塘街道辖区"
        "情况的汇报。"
    )
    ts, persons, holds = people(text)
    assert ("林晓东", "柳塘街道工委书记") in holds


def test_a_bare_sub_district_post_keeps_its_reading() -> None:
    text = "市长来到柳塘街道调研。会上听取了街道工委书记林晓东的汇报。"
    assert ("林晓东", "街道工委书记") in people(text)[2]


def test_a_post_after_the_name_before_the_day_of_a_visit() -> None:
    text = "会议指出，林晓东代省长4月15日到青山县调研，为全县发展把脉。"
    ts, persons, holds = people(text)
    assert ("林晓东", "代省长") in holds


def test_a_day_alone_opens_no_name() -> None:
    assert not labelled("会议指出，截至12月3日，全县完成整治任务。", "PERSON", "TITLE")
