"""Session 37 (speed37p): the place rules' shortcuts give what the slower paths gave. Each test
compares a shortcut with the path it replaced on made-up text, or checks its edge cases, so that
a rule edit that breaks a shortcut fails here."""

from __future__ import annotations

import random
import re

import pytest

from civannot.preannotate import places
from civannot.preannotate.common import Doc, rules
from civannot.preannotate.gazetteers import alternation, function_words, rule_words


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _made_up(pieces: list[str], filler: str, n: int = 400, seed: int = 37) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(3, 30)):
            if rng.random() < 0.5:
                parts.append(rng.choice(pieces))
            else:
                parts.append("".join(rng.choice(filler) for _ in range(rng.randint(0, 3))))
        out.append("".join(parts))
    return out + ["", pieces[0], pieces[0][:-1], pieces[-1] + pieces[0]]


# ---- _loc_kinds: the kinds behind _pair_guard's lookahead -------------------------------------


def test_pair_guard_reads_words_their_lookaheads_and_refuses_the_rest() -> None:
    assert (
        places._pair_guard("路|街(?![道边])|市场(?=[、，]|周边)|大道") == "(?=[街路]|[大市][场道])"
    )
    assert places._pair_guard("公园|广场") == "(?=[公广][园场])"
    assert places._pair_guard("村|巷") == "(?=[巷村])"
    # a branch that is no plain word (a class, a group, a repeat): no guard
    assert places._pair_guard("[东西]站|广场") == ""
    assert places._pair_guard("的(?:城市|形象)|人民") == ""
    assert places._pair_guard("路+|巷") == ""


def test_every_kind_of_place_passes_the_guard_where_it_starts() -> None:
    pattern = rules().loc_kind.pattern
    guard = re.compile(places._pair_guard(pattern))
    words = places._words(pattern)
    assert words and guard.pattern
    for w in words:
        assert guard.match(w + "。"), w


def test_guarded_kinds_find_what_the_rules_pattern_finds() -> None:
    r = rules()
    words = places._words(r.loc_kind.pattern)
    assert words is not None
    # the kinds, pieces of them (their first characters opening other words: 工作, 社会, 大力)
    # and what their lookaheads read (市场内, 新城建设, 街道)
    pieces = [*words, *(w[:1] for w in words), "市场内", "新城建设", "街道", "工作", "社会", "大力"]
    filler = "的了在和到，。、\n召开考察市县区镇新城场园路街道化作会议建设"
    for text in _made_up(pieces, filler):
        assert _spans(places._loc_kinds(r), text) == _spans(r.loc_kind, text), text


# ---- _extend_place: what opens a two-character name, read before the name ---------------------


@pytest.mark.parametrize(
    ("text", "at", "start"),
    [
        # a mark, a connective, 由 or (before a town) 对 opens the name
        ("会上，青禾县委书记讲话", "县", 3),
        ("由蓼川市创城指挥部主持", "市", 1),
        ("甲局、水边镇政府作表态发言", "镇", 3),
        ("对水边镇政府进行督导", "镇", 1),
        # a verb of going before a sub-district's office
        ("深入柳溪街道办事处调研", "街", 2),
        # a list's mark before a city or a county opens none (only towns and sub-districts)
        ("甲局、蓼川市政府作表态发言", "市", 5),
        # 对 before a county opens none
        ("对青禾县政府进行督导", "县", 3),
        # a function word or a common word is no name (按照省委, 刚才县委)
        ("，按照省委部署", "省", 3),
        ("，刚才县委办同志宣读", "县", 3),
        # nothing opens the name: the level alone
        ("今天青禾县委召开", "县", 4),
        # a township of another name before its body (the units looked for only where one is)
        ("，额木庭高勒苏木人居环境整治工作领导小组", "苏木", 1),
        ("，青湖管理区党工委书记", "管理区", 1),
    ],
)
def test_extend_place_reads_a_two_character_name_where_it_is_opened(
    text: str, at: str, start: int
) -> None:
    r = rules()
    doc = Doc(text, r)
    s = text.index(at)
    assert places._extend_place(doc, s) == start


def test_extend_place_refuses_the_function_and_common_words_it_reads() -> None:
    # (the cases above rely on these being words of jieba's dictionary)
    assert "按照" in function_words()


# ---- _PLACE_VENUE: the kinds of venue behind a lookahead on their first two characters --------


def test_place_venue_kinds_paired_find_what_their_alternation_finds() -> None:
    words = rule_words()["place_venue_kinds"]
    plain = re.compile(alternation(words))
    assert places._PLACE_VENUE.pattern.startswith("(?=[")
    pieces = [*words, *(w[:1] for w in words), *(w[:-1] for w in words), "人民", "大力", "国家"]
    for text in _made_up(pieces, "的了在和到，。、\n人会大国站场馆"):
        assert _spans(places._PLACE_VENUE, text) == _spans(plain, text), text


# ---- _lists_of_names: _LIST_OF_NAMES tried once per 、 -----------------------------------------


def test_lists_of_names_finds_what_finditer_finds() -> None:
    # runs of Chinese characters of every length around an item's bounds (two to six for the
    # first item, two to eight for the others), cut by marks, mostly 、
    rng = random.Random(37)
    texts = ["", "、", "甲乙、丙丁、戊己", "子丑寅卯辰巳午、甲乙、丙丁"]
    for _ in range(3000):
        runs = ("甲乙丙丁戊己庚辛壬"[: rng.randint(0, 9)] for _ in range(rng.randint(1, 8)))
        texts.append("".join(run + rng.choice("、、、、，1 ") for run in runs))
    for text in texts:
        found = [m.span() for m in places._lists_of_names(text)]
        assert found == _spans(places._LIST_OF_NAMES, text), text


# ---- _DIVISION_UNIT_READ: the unit first, then what stands before it ---------------------------


def _units_looked_behind_first(pattern: str) -> str:
    """_DIVISION_UNIT_READ's pattern written as before session 37: each branch's lookbehinds
    before its unit (…(?<![…])市), not after it (市(?<![…]市))."""
    out = []
    for alt in places._alternatives(pattern):
        unit, rest = alt[0], alt[1:]
        behind = ""
        while rest.startswith("(?<"):
            close = rest.index(unit + ")")
            behind += rest[:close] + ")"
            rest = rest[close + 2 :]
        out.append(behind + unit + rest)
    return "|".join(out)


def test_division_units_read_the_same_places_looking_behind_from_the_unit() -> None:
    pattern = places._DIVISION_UNIT_READ.pattern
    assert "市(?<=" in pattern  # the form this test compares
    before = re.compile(_units_looked_behind_first(pattern))
    assert before.pattern != pattern and "(?<=" in before.pattern.split("市")[0]
    units = ["街道", "市", "县", "区", "镇", "乡", "旗", "省", "州", "州市", "州委"]
    # what stands before a unit: CJK or not, characters the lookbehinds refuse or let through
    filler = "城各全我有某的是和在小山社园地上超夜菜早黑郡反自节郊辖牧矿灾，。、1a （"
    for text in _made_up(units, filler, n=1500):
        assert _spans(places._DIVISION_UNIT_READ, text) == _spans(before, text), text


# ---- _suffixed_zones: r.gpe_suffixed searched between the first and the last zone tail -------


def test_every_zone_suffix_ends_in_a_tail_the_window_allows_for() -> None:
    pattern = rules().gpe_suffixed.pattern
    # (the name before the suffix: two to six characters, lazily)
    head, _, suffixes = pattern.partition("{2,6}?(?:")
    assert head.startswith("[") and suffixes.endswith(")")
    for alt in places._alternatives(suffixes[:-1]):
        word = alt.split("(?")[0]
        tails = [t for t in places._ZONE_TAILS if word.endswith(t)]
        assert tails, word
        assert 6 + len(word) - max(map(len, tails)) <= places._ZONE_BEFORE_TAIL, word


def test_suffixed_zones_find_what_finditer_finds() -> None:
    r = rules()
    pieces = [
        "高新技术产业开发区",
        "经济技术开发区",
        "开发区",
        "高新区",
        "新区",
        "工业园区",
        "园区",
        "自由贸易港",
        "自贸试验区",
        "生态城",
        "生态城市",
        "甲乙",
        "丙丁戊己",
    ]
    for text in _made_up(pieces, "甲乙丙丁，。、的和市1 ", n=1500):
        plain = _spans(r.gpe_suffixed, text) if places._ZONE_TAIL.search(text) else []
        assert [m.span() for m in places._suffixed_zones(text, r)] == plain, text


# ---- _VISIT_LIST: a middle item's run possessive -----------------------------------------------


def test_visit_list_with_possessive_items_matches_as_with_backtracking_ones() -> None:
    pattern = places._VISIT_LIST.pattern
    assert pattern.count("{0,13}+") == 1
    backtracking = re.compile(pattern.replace("{0,13}+", "{0,13}"))
    rng = random.Random(37)
    pieces = ["甲", "乙丙", "丁戊己庚辛壬癸子丑寅卯辰巳午未", "、", "、", "、\n", "，", "。", "；"]
    pieces += ["（", "）", "（一期）", "等", "地", "点位", "以及", "及", "和", "周边", "1", "a"]
    pieces += ["测评", "进行", "重点", "个"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        for p in range(len(text)):
            a, b = places._VISIT_LIST.match(text, p), backtracking.match(text, p)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (text, p)
