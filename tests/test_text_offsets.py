"""Offset map: exact, compact, monotone; properties checked on random damaged input."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from civannot.text import OffsetMap, damage, normalize
from civannot.text.offsets import OffsetMapError, align


def test_identity_is_one_run_and_round_trips() -> None:
    m = OffsetMap.identity(5)
    assert m.per_char() == [(i, i + 1) for i in range(5)]
    assert m.dumps() == "[5,0]"
    assert OffsetMap.loads(m.dumps(), 5) == m
    assert m.to_raw(1, 3) == (1, 3)
    assert m.to_raw(5, 5) == (5, 5)


def test_apply_deletion_and_block_replacement() -> None:
    m = OffsetMap.identity(10)
    # delete 2..4, replace 6..9 (3 chars) by 2 chars
    m2 = m.apply([(2, 4, "", False), (6, 9, "xy", False)], 10)
    assert m2.per_char() == [(0, 1), (1, 2), (4, 5), (5, 6), (6, 9), (6, 9), (9, 10)]
    assert m2.from_raw(2, 4) == (2, 2)  # removed text: the place where it was
    assert m2.from_raw(7, 8) == (4, 6)
    assert OffsetMap.loads(m2.dumps(), 7) == m2


def test_loads_rejects_wrong_length_and_garbage() -> None:
    with pytest.raises(OffsetMapError):
        OffsetMap.loads("[5,0]", 4)
    with pytest.raises(OffsetMapError):
        OffsetMap.loads("not json", 4)
    with pytest.raises(OffsetMapError):
        OffsetMap.loads("[-2,0]", 2)


def test_align_maps_rewritten_text() -> None:
    m = align("ab?xyc", "abQc")
    assert [m.to_raw(i, i + 1) for i in range(4)] == [(0, 1), (1, 2), (2, 5), (5, 6)]


def _damaged(seed: int) -> str:
    rng = random.Random(seed)
    text = damage.sample_article(rng, paragraphs=3)
    roll = rng.random()
    if roll < 0.3:
        text = damage.traditional_with_pinyin(text, rng)
    elif roll < 0.6:
        i = rng.randrange(len(text))
        try:
            text = damage.gbk_lead_loss(text, i)
        except (ValueError, UnicodeEncodeError):
            pass
    text = damage.doubled_punctuation(text, rng, 0.05)
    if rng.random() < 0.5:
        text = damage.nbsp_indents(text, rng)
    if rng.random() < 0.5:
        text = damage.boilerplate(text)
    return damage.fold_punctuation(text)


def _check_map(raw: str, text: str, m: OffsetMap) -> None:
    ranges = m.per_char()
    assert len(ranges) == len(text)
    prev = (0, 0)
    for a, b in ranges:
        assert 0 <= a <= b <= len(raw)
        assert a >= prev[0] and b >= prev[1]  # monotone
        prev = (a, b)
    assert OffsetMap.loads(m.dumps(), len(text)).per_char() == ranges


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 10**6))
def test_map_properties_on_damaged_articles(seed: int) -> None:
    raw = _damaged(seed)
    n = normalize(raw)
    _check_map(raw, n.text, n.offset_map)
    # spans round-trip: clean span -> raw range -> the same clean span (or one covering it)
    rng = random.Random(seed)
    for _ in range(10):
        s = rng.randrange(len(n.text))
        e = rng.randrange(s + 1, len(n.text) + 1)
        rs, re_ = n.offset_map.to_raw(s, e)
        cs, ce = n.offset_map.from_raw(rs, re_)
        assert cs <= s and e <= ce
        assert n.offset_map.to_raw(cs, ce) == (rs, re_)


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10**6))
def test_normalising_clean_text_changes_nothing(seed: int) -> None:
    clean = damage.sample_article(random.Random(seed), paragraphs=3)
    n = normalize(clean)
    assert n.text == clean
    assert n.offset_map.is_identity()
    assert normalize(n.text).text == n.text


_PIECES = list("ab市委,:?()（ \n\u00a0\ufffd錕") + ["(zhǎng)", "设为首页", "原文链接"]


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
@settings(max_examples=200, deadline=None)
def test_map_properties_on_arbitrary_strings(raw: str) -> None:
    n = normalize(raw)
    _check_map(raw, n.text, n.offset_map)
