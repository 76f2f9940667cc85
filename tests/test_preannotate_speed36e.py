"""The shortcuts of session 36's speed36e (the engine's glue, the shared scanners, slogans and
dates), each against the slower path it replaces, on made-up text."""

from __future__ import annotations

import re

import pytest

from civannot.preannotate.scan import AfterScan, CueScan, fast_compile

# patterns whose match opens on a few characters (a quote mark, 年, a unit, a numeral) that an
# AfterScan or a CueScan would read otherwise: `re` searches them as they are
_OPENING_ON_FEW = (
    r"[“\"]((?:[\u4e00-\u9fff]{2,6}、){3,15}[\u4e00-\u9fff]{2,6})[”\"]",
    r"“((?:1[0-2]|0?[1-9])[.·](?:3[01]|[12]\d|0?[1-9]))”(?=暴雨|洪水)",
    r"(?:^|(?<=[\s，、：]))年(?:1[0-2]|0?[1-9])月(?:3[01]|[12]\d|0?[1-9])[日号]",
    r"(?:^|(?<=[、，。\n和]))(?:省|市|县|区)(?:交警|公安)",
    r"(?:\d|[一二三四五六七八九十])[日号](?:上午|下午)?，$",
    r"，[男女]，",
)


def _inner(p: object) -> object:
    return getattr(p, "_inner", p)  # (a TextGate's pattern)


@pytest.mark.parametrize("pattern", _OPENING_ON_FEW)
def test_a_pattern_opening_on_few_characters_is_searched_as_it_is(pattern: str) -> None:
    """scan._opens_on_few: where a match opens on a set of characters, `re`'s own search skips
    to them in C, and neither an AfterScan nor a CueScan is made; the matches are the pattern's
    at any pos and endpos."""
    fast = fast_compile(pattern, re.M)
    assert not isinstance(_inner(fast), (AfterScan, CueScan)), pattern
    plain = re.compile(pattern, re.M)
    texts = [
        "“创文明城、建美丽县、树新风尚、做文明人”活动，“7.20”暴雨后，年5月3日上午，\n"
        "市交警、县公安和区交警，某某，男，1970年生。3日上午，" * 3,
        "年12月1日号，县交警“8·1”洪水、“甲乙、丙丁、戊己、庚辛”，女，五日，",
    ]
    for t in texts:
        for pos in range(0, len(t), 7):
            for end in (len(t), len(t) - pos // 2):
                got = [m.span() for m in fast.finditer(t, pos, end)]
                assert got == [m.span() for m in plain.finditer(t, pos, end)], (pattern, pos)
                a, b = fast.search(t, pos, end), plain.search(t, pos, end)
                assert (a and a.span()) == (b and b.span()), (pattern, pos, end)


def test_a_pattern_opening_anywhere_keeps_its_scan() -> None:
    """A match that may open on any Chinese character is still read from the character before
    it (AfterScan) or from its mark (CueScan): the rule of _opens_on_few leaves those alone."""
    after = fast_compile(r"(?:^|(?<=[，。]))[\u4e00-\u9fff]{2,3}(?:强调|指出)")
    cue = fast_compile(r"[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,6}){2,}")
    assert isinstance(_inner(after), (AfterScan, CueScan)) or type(_inner(after)).__name__ in (
        "TailScan",
        "NearScan",
    )
    assert isinstance(_inner(cue), CueScan)


def test_slogan_patterns_gated_by_their_marks_need_them() -> None:
    """_is_slogan asks for + or ＋ before _PLUS_FORMULA, for a space before _SPACED_COUPLET, and
    _couplet for a comma or a space before _HALF_MARKS' split: each pattern's every match holds
    one of them (an edit of a pattern that drops the need fails here, not silently)."""
    from civannot.preannotate import slogans
    from civannot.preannotate.scan import needed_word_sets

    assert frozenset({"+", "＋"}) in needed_word_sets(slogans._PLUS_FORMULA.pattern)
    assert frozenset({" ", "\u3000"}) in needed_word_sets(slogans._SPACED_COUPLET.pattern)
    assert frozenset({"，", " ", "\u3000"}) in needed_word_sets(slogans._HALF_MARKS.pattern)
    # (_rhymed_couplet splits on the comma itself)
    assert not slogans._rhymed_couplet("某城是我家清洁靠大家")


class _Everything:
    def __contains__(self, ch: object) -> bool:
        return True


def test_is_slogan_with_its_gates_as_without(monkeypatch: pytest.MonkeyPatch) -> None:
    """The honours' last characters asked first (_HONOUR_LAST) and the count of a quote read
    only where it holds a numeral give what the honours' endswith alone gave, on made-up
    quotes: honours, campaigns for them, numbered formulas, numerals in places' names and
    ordinals, couplets."""
    from civannot.preannotate import slogans
    from civannot.preannotate.common import rules

    g = rules().g
    quotes = [
        *slogans._HONOURS[:12],
        *(f"创建{h}" for h in slogans._HONOURS[:12]),
        *(f"{h}，共建美好家园" for h in slogans._HONOURS[:6]),
        "三大行动", "五个到位", "第一书记", "第三届道德模范", "一阵风", "最后一米", "四川好人",
        "创文明城", "百米冲刺", "看一看", "一年一个样", "两学一做", "创文明城，做文明人",
        "童趣飞扬 欢乐成长", "社区+物业", "双报到", "十大工程", "千村示范万村整治",
    ]  # fmt: skip
    gated = {q: slogans._is_slogan(q, f"开展“{q}”活动，", 4 + len(q), g) for q in quotes}
    monkeypatch.setattr(slogans, "_HONOUR_LAST", _Everything())
    for q in quotes:
        assert slogans._is_slogan(q, f"开展“{q}”活动，", 4 + len(q), g) == gated[q], q
    # (the numbered formulas are read as such, the ordinals and the places' numerals are not)
    assert gated["三大行动"] and gated["五个到位"] and gated["两学一做"]
    assert not gated["一阵风"]
