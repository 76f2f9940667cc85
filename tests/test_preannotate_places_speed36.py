"""Session 36 (speed36p): the place rules' shortcuts give what the slower paths gave. Each test
compares a shortcut with the path it replaced on made-up text (the names come from the shipped
gazetteers; the sentences around them are made up), or checks its edge cases, so that a rule
edit that breaks a shortcut fails here."""

from __future__ import annotations

import random
import re

import pytest

from civannot.preannotate import places
from civannot.preannotate.common import rules
from civannot.preannotate.gazetteers import PROVINCES, _lines, alternation
from civannot.preannotate.scan import scan_compile

# filler around the names: characters that close or open no name, and ones that do (so that a
# name may start inside another and a longer one may wrap a shorter)
_FILLER = "的了在和到，。、\n召开考察调研工作会议市县区镇北南山河湖京长海江州"


def _made_up_texts(words: list[str], n: int = 300, seed: int = 36) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(5, 40)):
            if rng.random() < 0.5:
                parts.append(rng.choice(words))
            else:
                parts.append("".join(rng.choice(_FILLER) for _ in range(rng.randint(0, 3))))
        out.append("".join(parts))
    # a name at the text's very start and end, a name cut by the end, an empty text
    out += [words[0], words[0] + words[-1], words[-1][:-1], "", words[0][0]]
    return out


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _bare_words() -> list[str]:
    g = rules().g
    return sorted(set(g.gpe_names) - set(g.gpe_ambiguous))


def test_gpe_bare_pair_scan_finds_what_the_rules_pattern_finds() -> None:
    g = rules().g
    plain = re.compile(alternation(_bare_words()))
    paired = places._gpe_bare(g)
    for text in _made_up_texts(_bare_words()):
        assert _spans(paired, text) == _spans(plain, text), text


def test_ambiguous_prefectures_pair_scan_finds_what_the_alternation_finds() -> None:
    g = rules().g
    names = (g.gpe_ambiguous & g.gpe_names) - PROVINCES - {"中国", "台湾"}
    plain = re.compile(alternation(names))
    paired = places._ambiguous_prefectures(g)
    for text in _made_up_texts(sorted(names)):
        assert _spans(paired, text) == _spans(plain, text), text


def test_countries_pair_scan_finds_what_the_alternation_finds() -> None:
    words = _lines("countries.txt")
    plain = re.compile(alternation(words))
    for text in _made_up_texts(sorted(words)):
        assert _spans(places._COUNTRY, text) == _spans(plain, text), text


@pytest.mark.parametrize(
    "words",
    [
        # a word of one character: no second character to test, the plain alternation
        ["京", "北京", "北京市"],
        # a word inside a longer one, and two sharing their first character only
        ["长沙", "长沙县", "长春", "沙县"],
    ],
)
def test_paired_alternation_edges(words: list[str]) -> None:
    plain = scan_compile(alternation(words))
    paired = scan_compile(places._paired_alternation(words))
    for text in _made_up_texts(words, n=200):
        assert _spans(paired, text) == _spans(plain, text), text


def test_paired_alternation_of_one_character_words_is_the_plain_one() -> None:
    assert places._paired_alternation(["京", "北京"]) == alternation(["京", "北京"])


def _abbrev_texts(n: int = 400, seed: int = 7) -> list[str]:
    """Made-up runs of verbs of coming or staying, one character, and the words a visit or a
    meeting opens with (and near misses of each)."""
    rng = random.Random(seed)
    verbs = "来赴抵返莅在驻到去"
    chars = "京沪苏浙川陕柳邢任漳新宁中镇A1"
    nexts = [
        *("考察", "调研", "视察", "检查", "指导", "督导", "访问", "参观", "交流", "出席"),
        *("汇报", "工作", "期间", "正式召开", "隆重举行", "顺利启动", "召开", "举行"),
        *("启动", "举办", "开幕", "正式", "隆重开展", "考", "，", "调查"),
    ]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 12)):
            parts.append(rng.choice(verbs) * rng.randint(1, 2))
            parts.append(rng.choice(chars))
            parts.append(rng.choice(nexts))
        out.append("".join(parts))
    return out


def test_abbrev_cue_holds_every_match_of_the_three_readings() -> None:
    for text in _abbrev_texts():
        cues = [m.start() for m in places._ABBREV_CUE.finditer(text)]
        for pattern in (places._ABBREV_VISIT, places._CITY_ABBREV_VISIT, places._ABBREV_AT):
            want = [m.start(1) for m in pattern.finditer(text)]
            assert [a for a in cues if pattern.match(text, a)] == want, (pattern, text)


def test_theme_run_is_no_run_across_a_stop_character() -> None:
    # Python 3.11.2's re matched (?:(?![stops])[…])*+ across a stop: 市 alone was a run of one
    from civannot.preannotate import venues

    assert venues._THEME_RUN_TO_END.search("市", 0, 1).start() == 1  # type: ignore[union-attr]
    assert venues._THEME_RUN_TO_END.search("甲乙市文化", 0, 5).start() == 3  # type: ignore[union-attr]


def test_theme_run_class_holds_the_theme_characters_but_the_stops() -> None:
    from civannot.preannotate import venues

    run = re.compile(f"[{venues._class_less(venues.CJK + '0-9', venues._THEME_STOP)}]")
    edges = [0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xF900, 0xFAFF, 0x20000, 0x3134F]
    chars = [chr(c + d) for c in edges for d in (-1, 0, 1)]
    chars += [*"0189/:A、，甲乙文化", *venues._THEME_STOP]
    chars += [chr(ord(c) + d) for c in venues._THEME_STOP for d in (-1, 1)]
    for ch in chars:
        want = bool(venues._THEME.fullmatch(ch)) and ch not in venues._THEME_STOP
        assert bool(run.fullmatch(ch)) == want, hex(ord(ch))
