"""GBK repair: the word model and the genre's context agreeing on one reading, each too weakly
alone to write it (issue 16). Made-up sentences, damaged with the DESIGN.md §4 recipe
(civannot.text.damage.gbk_lead_loss)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from civannot.text import gbk, normalize
from civannot.text.damage import gbk_lead_loss
from tests.gbk_support import PairsContext as _Pairs
from tests.gbk_support import genre_context

# Other (made-up) reports of the genre, as a project holds them before the damaged one comes in.
GENRE = [
    "区委书记主持召开专题会议，听取创建工作进展情况汇报，研究部署下一阶段重点任务。",
    "各街道、各部门要主动作为，对照测评体系查漏补缺，确保各项指标争先进位。",
    "督查组采取明察暗访的方式，对农贸市场、背街小巷、居民小区逐一检查，发现问题立行立改。",
    "志愿者走进社区，开展文明劝导、环境清扫、政策宣传等志愿服务活动。",
]

SENTENCE = "社区组织志愿者开展文明劝导、环境清扫等活动，居民纷纷点赞。"


@pytest.fixture
def genre() -> Iterator[None]:
    with genre_context(GENRE):
        yield


def _damaged() -> str:
    return gbk_lead_loss(SENTENCE, SENTENCE.index("导"))


def test_without_context_the_close_reading_stays_unsure() -> None:
    out = normalize(_damaged()).text
    assert out != SENTENCE
    assert gbk.REPLACEMENT in out


def test_word_model_and_context_agreeing_write_the_reading(genre: None) -> None:
    assert normalize(_damaged()).text == SENTENCE


# `左?X右`: the run at 1 reads 甲 (word model 1.5 nats ahead of 乙) or 乙
RANKED = [(("甲", 1), -10.0), (("乙", 1), -11.5)]


def _choose(pairs: dict[str, float], margin: float = gbk.APPLY_MARGIN) -> object:
    ctx = _Pairs(pairs)
    return gbk._context_choice(ctx, "左?X右", 1, "左", RANKED, -30.0, margin)  # type: ignore[arg-type]


def test_agreement_needs_both_margins_to_add_up() -> None:
    # 1.5 + 1.2 nats: short of the margin (2) + 1
    assert _choose({"左甲": 1.2}) is None
    # 1.5 + 1.6 nats: written
    assert _choose({"左甲": 1.6}) == (("甲", 1), "甲")


def test_a_context_that_prefers_the_rival_writes_nothing() -> None:
    assert _choose({"左乙": 1.6}) is None


def test_no_agreement_rule_for_a_character_that_lost_both_bytes() -> None:
    # the wide margin of thousands of readings is not lowered by a weak agreement
    assert _choose({"左甲": 2.5}, margin=gbk.SINGLE_MARGIN) is None


# Lists of people (made-up names): both readings of the damaged character are names.
def _list_choice(text: str, q: int, first: str, second: str) -> object:
    ranked = [((first, 1), -10.0), ((second, 1), -11.5)]
    ctx = _Pairs({text[q - 1] + first: 1.6})
    return gbk._context_choice(ctx, text, q, text[:q], ranked, -30.0, gbk.APPLY_MARGIN)  # type: ignore[arg-type]


def test_no_agreement_inside_a_name_between_list_commas() -> None:
    # 市领导何立川、?X晓燕、鞠长河: 宫晓燕 or 公晓燕, both surnames
    text = "市领导何立川、?X晓燕、鞠长河出席"
    assert _list_choice(text, text.index("?"), "公", "宫") is None


def test_no_agreement_inside_a_name_after_a_post() -> None:
    # 副市长严书?X出席 : the given name's last character
    text = "副市长严书?X出席"
    assert _list_choice(text, text.index("?"), "童", "同") is None


def test_no_agreement_inside_a_name_before_deng() -> None:
    text = "参加会议的有甘立伟，严书?X等"
    assert _list_choice(text, text.index("?"), "童", "同") is None


def test_agreement_still_writes_a_listed_word() -> None:
    # 农贸市场、背街小巷、居民小?X: list items that are words, not names
    text = "对农贸市场、背街小巷、居民小?X逐一检查"
    assert _list_choice(text, text.index("?"), "区", "曲") == (("区", 1), "区")


def _choose_lost(pairs: dict[str, float]) -> object:
    ctx = _Pairs(pairs)
    return gbk._context_choice(  # type: ignore[arg-type]
        ctx, "左?X右", 1, "左", RANKED, -30.0, gbk.SINGLE_MARGIN, lost_both=True
    )


def test_a_character_that_lost_both_bytes_needs_the_context_clearly_ahead() -> None:
    # word model 1.5 nats ahead; the context 2.5 nats: not enough for thousands of readings
    assert _choose_lost({"左甲": 2.5}) is None
    assert _choose_lost({"左甲": 3.0}) == (("甲", 1), "甲")
    # the context for the rival: the word model's reading is not written
    assert _choose_lost({"左乙": 3.0}) != (("甲", 1), "甲")


def test_a_lost_character_inside_a_listed_name_is_not_guessed() -> None:
    text = "参加会议的有甘立伟、严书?X、褚梦蝶"
    q = text.index("?")
    ranked = [(("童", 1), -10.0), (("同", 1), -11.5)]
    ctx = _Pairs({"书童": 3.0})
    choice = gbk._context_choice(  # type: ignore[arg-type]
        ctx, text, q, text[:q], ranked, -30.0, gbk.SINGLE_MARGIN, lost_both=True
    )
    assert choice is None
