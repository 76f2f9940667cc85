"""scan.guarded / scan_compile: the first characters of a pattern, as a lookahead or as the
search's skip set, never change what it matches."""

from __future__ import annotations

import random
import re

from civannot.preannotate.common import rules
from civannot.preannotate.scan import first_class, guarded, scan_compile, speed_up

ALPHABET = "2023年10月13日上午今去明前第一二三四季度市委书记县长、，。（党中央宣传部x-]\\\n"


def _random_texts(n: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 60))) for _ in range(n)]


def test_first_class_bounds_the_start() -> None:
    assert first_class(r"(?:\d{4}年)?\d{1,2}月") == r"[\d]"
    assert first_class(r"(?<![一二])第?[一二]季度") in ("[第一二]", "[第一-二]")
    # a range and escaped specials inside the class
    assert re.fullmatch(first_class(r"[a-c\]-]x") or "", "b")


def test_unbounded_patterns_are_left_alone() -> None:
    for p in (r".x", r"[^a]b", r"(a?)\1b", r"x?", r"(?i)abc", r"a|.b"):
        assert first_class(p) is None, p
        assert guarded(p).pattern == p


def test_same_matches_as_the_plain_pattern() -> None:
    patterns = [
        rules().date.pattern,
        rules().org.pattern,
        rules().title.pattern,
        r"(?:(?<=[、，])|^)[一-龥]{2,3}?(?:市|县)",
        r"(?:副)?(?:市长|县长|书记)|第[一二三]+|\d+-\d+",
    ]
    texts = _random_texts(400)
    for p in patterns:
        plain = re.compile(p)
        for fast in (guarded(p), scan_compile(p)):
            for t in texts:
                assert [m.span() for m in plain.finditer(t)] == [m.span() for m in fast.finditer(t)]
                for pos in range(0, len(t), 7):
                    a, b = plain.match(t, pos), fast.match(t, pos)
                    assert (a and a.span()) == (b and b.span())
                    a, b = plain.search(t, pos), fast.search(t, pos)
                    assert (a and a.span()) == (b and b.span())


def test_skip_set_is_given_to_the_compiler() -> None:
    """On this Python the skip set goes into the pattern itself (no lookahead added), and the
    compiler's own function is back in place afterwards."""
    from re import _compiler  # type: ignore[attr-defined]

    from civannot.preannotate import scan

    before = _compiler._get_charset_prefix
    p = guarded(r"(?:副)?(?:市长|县长)")
    assert scan._SKIP_SET_OK and p.pattern == r"(?:副)?(?:市长|县长)"
    assert _compiler._get_charset_prefix is before
    assert [m.group() for m in p.finditer("副市长、县长和市长")] == ["副市长", "县长", "市长"]
    # the set only skips: a wrong set would lose the matches starting elsewhere
    wrong = scan._with_skip_set(r"(?:副)?(?:市长|县长)", 0, "[县]")
    assert wrong is not None and [m.group() for m in wrong.finditer("副市长、县长")] == ["县长"]


def test_speed_up_keeps_patterns_and_flags() -> None:
    ns = {"a": re.compile(r"(?:\d{4}年)?\d{1,2}月", re.M), "b": "not a pattern", "c": 3}
    speed_up(ns)
    assert ns["a"].pattern == r"(?:\d{4}年)?\d{1,2}月" and ns["a"].flags & re.M
    assert ns["b"] == "not a pattern" and ns["c"] == 3
    assert [m.group() for m in ns["a"].finditer("2023年10月，5月")] == ["2023年10月", "5月"]


def test_find_words_is_the_alternation_regex() -> None:
    from civannot.preannotate.gazetteers import alternation
    from civannot.preannotate.scan import find_words

    rng = random.Random(5)
    for _ in range(400):
        words = {
            "".join(rng.choice("张王明华哈") for _ in range(rng.randint(1, 4))) for _ in range(5)
        }
        text = "".join(rng.choice("张王明华哈，") for _ in range(rng.randint(0, 40)))
        expected = [m.span() for m in re.compile(alternation(words)).finditer(text)]
        assert find_words(words, text) == expected, (words, text)


def test_suggestion_spans_equal_the_constructed_record(monkeypatch) -> None:  # noqa: ANN001
    from civannot.preannotate import engine
    from civannot.records import Span

    made = engine.suggestion_span("某某市委书记张三", 4, 6, "TITLE", 0.9, "title.chain")
    want = Span(4, 6, "TITLE", "书记", "suggestion", "auto", None, 0.9, provenance="title.chain")
    assert made == want and hash(made) == hash(want) and repr(made) == repr(want)
    monkeypatch.setattr(engine, "_SPAN_SETTERS", None)
    assert engine.suggestion_span("某某市委书记张三", 4, 6, "TITLE", 0.9, "title.chain") == want


def _soup_and_articles(
    rng: random.Random, soup: list[str], n: int, longest: int, articles: int, *, seed: int
) -> list[str]:
    """`n` texts of up to `longest` pieces of `soup`, then generated bench articles and
    team-genre articles (`articles` of each)."""
    import sys
    from pathlib import Path

    from tests.team_genre import team_docs

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from bench_preannotate import article

    texts = ["".join(rng.choice(soup) for _ in range(rng.randint(0, longest))) for _ in range(n)]
    return (
        texts
        + [article(rng) for _ in range(articles)]
        + [d.text for d in team_docs(articles, seed=seed)]
    )


def test_title_matches_are_the_title_regex_matches() -> None:
    """common.title_matches (r.title searched in parts) gives r.title.finditer's matches, the
    bykind group included, on made-up character soup and on articles of the genre."""
    from civannot.preannotate.common import title_matches

    r = rules()
    rng = random.Random(3)
    # (pieces of titles, lone posts and clause marks: 宣传部长 is a lone post and a body named
    # by its kind at a clause start, the two branches' tie)
    soup = [
        *"市县区镇委书记副长主任部局办处科、，。：；\n（(组督导在由场务常代张王李",
        "宣传部长",
        "市长",
        "办主任",
    ]
    texts = _soup_and_articles(rng, soup, 1500, 60, 60, seed=4)
    bykind = 0
    for t in texts:
        want = [(m.span(), m.group("bykind")) for m in r.title.finditer(t)]
        got = [(m.span(), m.groupdict().get("bykind")) for m in title_matches(t, r)]
        assert got == want, t
        bykind += sum(b is not None for _, b in want)
    assert bykind > 20  # the branch named by its kind was seen, and its ties with the others


def _after_scans() -> list[tuple[str, object]]:
    from civannot.preannotate import (
        attribution,
        common,
        dates,
        directives,
        orgs,
        persons,
        places,
        slogans,
        titles,
    )
    from civannot.preannotate.scan import (
        AfterScan,
        BranchGate,
        CueScan,
        NearScan,
        TailScan,
        TextGate,
    )
    from civannot.preannotate.stretches import StretchScan

    fast = (AfterScan, BranchGate, CueScan, NearScan, TailScan, TextGate, StretchScan)
    found: list[tuple[str, object]] = []
    for mod in (attribution, common, dates, directives, orgs, persons, places, slogans, titles):
        found += [(f"{mod.__name__}.{k}", v) for k, v in vars(mod).items() if isinstance(v, fast)]
    r = rules()
    found += [(f"rules.{k}", v) for k, v in vars(r).items() if isinstance(v, fast)]
    found += [
        (f"rules.title_parts[{i}]", v) for i, v in enumerate(r.title_parts) if isinstance(v, fast)
    ]
    return found


def test_after_cue_and_branch_scans_find_what_the_pattern_finds() -> None:
    """A pattern that can only match after a few characters (or at the start) is searched from
    them (scan.AfterScan), one that holds a punctuation mark a few characters in is tried only
    before the marks (scan.CueScan), the title branches that need one of a few words only where
    one is (scan.BranchGate): finditer and search at any pos and endpos give the plain
    pattern's matches, groups included, for every such rule pattern, on made-up soup and
    articles of the genre."""
    from civannot.preannotate.scan import TextGate

    scans = _after_scans()
    names = {n for n, _ in scans}
    # the speaker frame and the titles named at a clause start are searched so (the test of
    # this speed-up fails where it is not used)
    assert "rules.frame" in names and "rules.title_parts[1]" in names, names
    assert "civannot.preannotate.places._LIST_OF_NAMES" in names, names
    # (the branches opening with a level or a body: searched in the clauses with a post)
    assert "rules.title_parts[0]" in names, names
    rng = random.Random(9)
    soup = [
        *"张王李明华某某市县区镇乡委书记长主任部局办网讯说强调指出要求对就在时上中、，。：；\n”“（( 　",
        "同志",
        "会议",
        "农场",
        "10月8日讯",
        "本报",
        "、",
        "、",
        "3日上午，",
        "两县",
        "督导组",
        "县委",
    ]
    texts = _soup_and_articles(rng, soup, 250, 70, 15, seed=5)
    seen = 0
    for name, fast in scans:
        if isinstance(fast, TextGate):
            # a fresh gate that never settles: the gate itself is what is compared
            fast = TextGate(fast._inner, frozenset(fast._words))  # type: ignore[attr-defined]
            fast._calls = -(10**9)  # type: ignore[attr-defined]
        plain = re.compile(fast.pattern, fast.flags)  # type: ignore[attr-defined]
        # (the words a gated pattern needs, in soup of their own: found and missing)
        words = sorted(
            [
                *getattr(fast, "_words", ()),
                *(w for _, ws in getattr(fast, "_gates", ()) for w in ws),
            ]
        )
        own = [*soup, *words, *words] if words else soup
        mine = ["".join(rng.choice(own) for _ in range(rng.randint(0, 40))) for _ in range(60)]
        # (long enough for the words to be looked for first)
        mine += ["".join(rng.choice(own) for _ in range(rng.randint(200, 400))) for _ in range(8)]
        for t in texts + mine:
            want = [(m.span(), m.groups()) for m in plain.finditer(t)]
            got = [(m.span(), m.groups()) for m in fast.finditer(t)]  # type: ignore[attr-defined]
            assert got == want, (name, t)
            seen += len(want)
            for pos in range(0, len(t) + 1, 13):
                a, b = plain.search(t, pos), fast.search(t, pos)  # type: ignore[attr-defined]
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (
                    name,
                    t,
                    pos,
                )
                got = [m.span() for m in fast.finditer(t, pos)]  # type: ignore[attr-defined]
                assert got == [m.span() for m in plain.finditer(t, pos)], (name, t, pos)
                end = len(t) - pos // 2  # a cut text: both read it cut
                got = [m.span() for m in fast.finditer(t, pos // 3, end)]  # type: ignore[attr-defined]
                assert got == [m.span() for m in plain.finditer(t, pos // 3, end)], (name, t, pos)
                a, b = plain.search(t, pos // 3, end), fast.search(t, pos // 3, end)  # type: ignore[attr-defined]
                assert (a and a.span()) == (b and b.span()), (name, t, pos, end)
    assert seen > 200


def test_after_scan_probe_is_what_decides() -> None:
    """The probe's characters decide where a match may start: a pattern that opens after 、 or
    ， at the start of a line (on any Chinese character) is searched after them, and a wrong
    probe would lose matches."""
    from civannot.preannotate.scan import AfterScan, fast_compile

    p = fast_compile(r"(?:^|(?<=[、，]))[\u4e00-\u9fff]某[市县]长", re.M)
    p = getattr(p, "_inner", p)  # (inside the gate on 市长/县长)
    assert isinstance(p, AfterScan)
    text = "张某县长，王某市长、某张某市长\n王某县长"
    assert [m.group() for m in p.finditer(text)] == ["张某县长", "王某市长", "王某县长"]
    assert p.search(text, 1).group() == "王某市长"  # type: ignore[union-attr]
    wrong = AfterScan(
        re.compile(p.pattern, p.flags), re.compile(r"[，](?=(?:[\u4e00-\u9fff]某))"), True
    )
    assert [m.group() for m in wrong.finditer(text)] == ["张某县长", "王某市长"]
    # anything a match may start at without a character before it is left to `re`
    for q in (r"(?<=、)x|y", r"(?<=[^，])x", r"(?<=ab)x", r"(?i)(?<=、)x", r"(?<=、)x?"):
        assert not isinstance(getattr(fast_compile(q), "_inner", fast_compile(q)), AfterScan), q


def test_tail_scan_tries_the_clause_starts_before_the_closing_words() -> None:
    """A speaker frame (a clause start, a name, what may stand between, a verb and its mark) is
    found from its verbs: the clause starts within reach before each are tried in order, none
    inside the match just given; the speaker frame of the rules is searched so, and a pattern
    that ends otherwise, or reaches too far before its words, is left to the other scans."""
    from civannot.preannotate.scan import TailScan, fast_compile

    p = fast_compile(
        r"(?:^|(?<=[，。\n]))([张王李]{1,2}?)(?:在[^，。\n]{1,6}?时)?(?:强调|指出|说)[，：]"
    )
    p = getattr(p, "_inner", p)
    assert isinstance(p, TailScan) and p._reach == 10 and p._at_start
    text = "张王强调，李说。王在会上说时说：张指出。李王李指出，张在县里调研时强调，王说"
    want = [m.span() for m in re.finditer(p.pattern, text)]
    assert [m.span() for m in p.finditer(text)] == want == [(0, 5), (8, 16), (26, 36)]
    # (李说。 and 李王李指出， hold the verbs, but no clause start before them a match)
    assert [m.group() for m in p.finditer(text, 6)] == ["王在会上说时说：", "张在县里调研时强调，"]
    assert p.search(text, 9).span() == (26, 36)  # type: ignore[union-attr]
    assert [m.span() for m in p.finditer(text, 0, 35)] == [(0, 5), (8, 16)]
    assert p.search(text, 26, 35) is None
    # the words missing before the mark, or a start that may be anywhere: not a TailScan
    for q in (
        r"(?<=，)[张王]{1,2}(?:强调|说)",
        r"(?<=，)[张王]{1,2}(?:强调|说)?[，：]",
        r"[张王]{1,2}(?:强调|说)[，：]",
        r"(?<=，)[张王]{1,60}(?:强调|说)[，：]",
    ):
        assert not isinstance(getattr(fast_compile(q), "_inner", fast_compile(q)), TailScan), q
    r = rules()
    assert isinstance(getattr(r.frame, "_inner", r.frame), TailScan)


def test_near_scan_tries_the_clause_starts_before_its_words() -> None:
    """A pattern that opens a clause and holds one of a few words a varying few characters in
    (a body named by its kind and its head) is found from its words: the clause starts within
    reach before each are tried in order, none inside the match just given; the title branch
    named by its kind is searched so, and a pattern whose words stand at a fixed place, or
    that follows no frequent mark, or whose words are marks, is left to the other scans."""
    from civannot.preannotate.scan import NearScan, fast_compile

    p = fast_compile(r"(?:^|(?<=[，。]))[张王李办]{1,6}?(?:主任|局长)(?!说)")
    p = getattr(p, "_inner", p)
    assert isinstance(p, NearScan) and p._reach == 6 and p._at_start
    text = "张王办主任，李局长说。王说，办办办办办办办主任，李王主任，局长"
    want = [m.span() for m in re.finditer(p.pattern, text)]
    # (李局长说: the words, and the match fails after them; 办×7: the words too far from the
    # clause start; 局长 at a clause start: no name before it)
    assert [m.span() for m in p.finditer(text)] == want == [(0, 5), (24, 28)]
    assert [m.span() for m in p.finditer(text, 1)] == [(24, 28)]
    assert p.search(text, 25) is None
    assert [m.span() for m in p.finditer(text, 0, 27)] == [(0, 5)]
    for q in (
        r"(?<=，)[张王]{1,2}(?:主任|局长)",  # the words one or two characters in
        r"(?<=驻)[张王]{1,6}?(?:主任|局长)",  # after a rare character: AfterScan's probe is cheap
        r"(?<=，)[张王]{1,6}?、",  # a mark for the word
        r"[张王]{1,6}?(?:主任|局长)",  # a start anywhere
    ):
        assert not isinstance(getattr(fast_compile(q), "_inner", fast_compile(q)), NearScan), q
    from civannot.preannotate.common import title_matches

    r = rules()
    list(title_matches("县委办主任张三，宣传部部长李四。", r))
    variants = [v for p in r.title_parts for v in getattr(p, "_variants", {}).values()]
    assert any(isinstance(getattr(v, "_inner", v), NearScan) for v in variants)


def test_cue_scan_tries_the_positions_before_the_mark() -> None:
    """A list of names (三个以上, 、 between them) is found from its marks: every start within
    reach before a mark is tried, in order, never inside the match just found; a cue too far
    from the start, or a letter for a mark, leaves the pattern to `re`."""
    from civannot.preannotate.scan import CueScan, fast_compile

    # (names of any Chinese characters: a pattern that opens on a few is left to `re`)
    p = fast_compile(r"[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4}){2,}")
    p = getattr(p, "_inner", p)  # (inside the gate on 、)
    assert isinstance(p, CueScan) and (p._cue, p._lo, p._hi) == ("、", 2, 4)
    text = "甲乙丙丁戊甲、乙丙、丁戊，甲乙、丙丁、戊甲、乙乙。丙丁、戊戊"
    want = [m.span() for m in re.finditer(p.pattern, text)]
    assert [m.span() for m in p.finditer(text)] == want == [(2, 12), (13, 24)]
    assert p.search(text, 3).span() == (3, 12)  # type: ignore[union-attr]
    assert [m.span() for m in p.finditer(text, 0, 12)] == [(2, 12)]
    assert [m.span() for m in p.finditer(text, 0, 11)] == []
    cjk = "[\u4e00-\u9fff]"
    for q in (rf"{cjk}{{2,9}}、", rf"{cjk}{{2}}x", rf"{cjk}?、", rf"、{cjk}{{2}}"):
        assert not isinstance(getattr(fast_compile(q), "_inner", fast_compile(q)), CueScan), q


def test_needed_words_of_a_pattern() -> None:
    """The words one of which every match holds: literal runs, small alternations, lookaheads,
    one word from each alternative of a branch; an optional part needs nothing. An alternation
    leaves out, in a text, the branches whose words it lacks (scan.BranchGate)."""
    from civannot.preannotate.scan import BranchGate, fast_alternation, needed_words

    # (a run of literals and small alternations spelled out whole: rarer than its parts)
    assert needed_words(r"[一-龥]{2,8}?(?:管委会|党工委)主任") == frozenset(
        {"管委会主任", "党工委主任"}
    )
    assert needed_words(r"(?=[^，]{1,9}?(?:管委|党工委))[一-龥]+") == frozenset({"管委", "党工委"})
    assert needed_words(r"x(?:ab|cd)?y") == frozenset({"xy", "xaby", "xcdy"})
    # (a word holding another of its set is left out: a text without 主任 has no 副主任)
    assert needed_words(r"(?:常务)?副?主任") == frozenset({"主任"})
    assert needed_words(r"等(?:地|县市|县|区)") == frozenset({"等地", "等县", "等区"})
    assert needed_words(r"(?:中队|大队)长|支队") == frozenset({"中队长", "大队长", "支队"})
    assert needed_words(r"[一-龥]+|管委") is None
    assert needed_words(r"(?i)abc") is None
    branches = [r"[一-龥]{2,8}?(?:管委会|党工委)主任", r"[甲乙]组组长", r"[一-龥]{2}长"]
    p = fast_alternation(branches)
    assert isinstance(p, BranchGate) and dict(p._gates) == {
        0: ("党工委主任", "管委会主任"),
        1: ("组组长",),
    }
    plain = re.compile("|".join(branches))
    for text in (
        "某某县委书记",
        "青山景区管委会主任",
        "甲组组长乙组长",
        "张三组长，某某管委会主任",
    ):
        assert [m.span() for m in p.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for pos in range(len(text)):
            a, b = plain.search(text, pos), p.search(text, pos)
            assert (a and a.span()) == (b and b.span()), (text, pos)
    # where the words are missing the branches are left out: the search is the last branch's
    p.finditer("某某县委书记")
    assert p._last[3] == (0, 1)  # type: ignore[attr-defined]
    assert p._variants[(0, 1)].pattern == branches[2]  # type: ignore[attr-defined]
    # a single gated branch left out leaves nothing to search
    one = fast_alternation(branches[:1])
    assert isinstance(one, BranchGate) and one.search("某某县委书记") is None


def test_every_match_holds_a_word_of_each_needed_set() -> None:
    """needed_word_sets spells runs of literals, small alternations and optional parts out as
    words (局(?:常务)?长: 局长 or 局常务长): on random texts of their characters, the text of
    every match (and what its lookaheads read) holds one word of each set."""
    from civannot.preannotate.scan import needed_word_sets

    patterns = [
        r"[市县]局(?:常务)?长",
        r"等(?:地|县市|县|区)(?:等)?",
        r"x(?:ab|cd)?y[a-d]{0,2}(?=z|yy)",
        r"(?:常务)?副?主任(?:委员)?",
        r"[甲乙](?:组|团)(?:副)?(?:组|团)长",
        r"(?:a|b)?(?:c|d)(?:e|f)?x",
    ]
    rng = random.Random(5)
    for p in patterns:
        sets = needed_word_sets(p)
        assert sets, p
        alphabet = sorted({c for s in sets for w in s for c in w} | set("市县甲乙ab"))
        plain = re.compile(p)
        seen = 0
        for _ in range(3000):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
            for m in plain.finditer(text):
                seen += 1
                read = text[m.start() :]
                for s in sets:
                    assert any(w in read for w in s), (p, text, sorted(s))
        assert seen, p


def test_text_gate_skips_whole_texts_without_the_words() -> None:
    """A pattern every match of which needs one of a few words (中央和省委: 中央) searches no
    whole text without them (the pattern is not called), passes a part of a text (pos or
    endpos) and a short text straight on, gives the pattern's matches everywhere, and after
    _GATE_SETTLE searches stays only where texts lacked the words often enough."""
    from civannot.preannotate import scan
    from civannot.preannotate.scan import TextGate, fast_compile

    pattern = r"(?:党)?中央(?:和|与)(?:省|市)委"
    p = fast_compile(pattern)
    assert isinstance(p, TextGate) and p._words == ("中央",)
    calls: list[tuple[int, int]] = []
    plain = re.compile(pattern)

    class Spy:
        match = plain.match
        fullmatch = plain.fullmatch
        pattern = plain.pattern
        flags = plain.flags

        def search(self, s: str, pos: int = 0, endpos: int = 10**9) -> re.Match[str] | None:
            calls.append((pos, endpos))
            return plain.search(s, pos, endpos)

        def finditer(self, s: str, pos: int = 0, endpos: int = 10**9):  # noqa: ANN201
            calls.append((pos, endpos))
            return plain.finditer(s, pos, endpos)

    g = TextGate(Spy(), frozenset(["中央"]))
    without = "某某市委召开会议，" * 30
    with_ = without + "党中央和省委"
    assert g.search(without) is None and list(g.finditer(without)) == [] and calls == []
    assert g.search(with_).span() == plain.search(with_).span()  # type: ignore[union-attr]
    assert [m.span() for m in g.finditer(with_)] == [m.span() for m in plain.finditer(with_)]
    assert len(calls) == 2
    # a part, or a short text: the pattern itself, at once
    g.search(without, 5)
    g.search(without, 0, 50)
    list(g.finditer("中央和市委"))
    assert len(calls) == 5
    # settling: texts that hold the words: the gate goes, the pattern's own methods stay
    h = TextGate(plain, frozenset(["中央"]))
    for _ in range(scan._GATE_SETTLE):
        h.search(with_)
    assert h.search == plain.search and h.finditer == plain.finditer
    # texts that lack them: the gate stays (counting no more once settled: session 35)
    k = TextGate(plain, frozenset(["中央"]))
    for _ in range(scan._GATE_SETTLE + 3):
        assert k.search(without) is None and list(k.finditer(without)) == []
    assert k.search != plain.search and k._absent == scan._GATE_SETTLE
    assert k.search(with_).span() == plain.search(with_).span()  # type: ignore[union-attr]
    assert [m.span() for m in k.finditer(with_)] == [m.span() for m in plain.finditer(with_)]
    # a part, or a short text: the pattern's own answer, the words lacking or not
    assert k.search(with_, 1).span() == plain.search(with_, 1).span()  # type: ignore[union-attr]
    assert k.search("中央和市委").span() == (0, 5)  # type: ignore[union-attr]
    assert list(k.finditer(without, 0, 40)) == []


def test_settled_text_gate_looks_for_a_rare_character_of_each_word_first() -> None:
    """A gate that stays asks first for the character of each word the texts it settled on
    held least often; a text that holds that character is searched for the word itself, so the
    gate still finds a match exactly where the pattern does."""
    from civannot.preannotate import scan
    from civannot.preannotate.scan import TextGate

    plain = re.compile("(?:开发区|高新区)管委会")
    g = TextGate(plain, frozenset(["开发区", "高新区"]))
    # settled on texts that hold 区 and 新 (and 发, half of them), never 开 or 高
    base = "某某区新建项目，" * 30
    for i in range(scan._GATE_SETTLE):
        assert g.search(base + ("发布" if i % 2 else "")) is None
    assert g._keys == (("开", ("开发区",)), ("高", ("高新区",)))
    texts = [
        base,
        base + "开会",  # the key character, not the word
        base + "高速",
        base + "开发区建设",  # the word, not the pattern
        base + "某某开发区管委会",
        base + "某某高新区管委会召开",
        "开发区管委会" + base,
    ]
    for t in texts:
        assert [m.span() for m in g.finditer(t)] == [m.span() for m in plain.finditer(t)], t
        assert (g.search(t) and g.search(t).span()) == (  # type: ignore[union-attr]
            plain.search(t) and plain.search(t).span()  # type: ignore[union-attr]
        ), t
    # the character alone does not open the gate: only the word does
    assert g._lacks_words(base + "开会", 0, len(base) + 2)
    assert not g._lacks_words(base + "开发区", 0, len(base) + 3)


def test_settled_text_gate_looks_for_a_shared_character_once() -> None:
    """Words whose rarest character is the same one are looked for under one test of it
    (专家组, 测评组: 组), and a one-character word opens the gate by itself (speed19)."""
    from civannot.preannotate import scan
    from civannot.preannotate.scan import TextGate

    plain = re.compile("(?:专家组|测评组|站)来了")
    g = TextGate(plain, frozenset(["专家组", "测评组", "站"]))
    base = "专家测评工作，" * 30
    for _ in range(scan._GATE_SETTLE):
        assert g.search(base) is None
    assert g._keys == (("组", ("专家组", "测评组")), ("站", None))
    for t in (base, base + "组长", base + "测评组来了", base + "专家组来了", base + "站来了"):
        assert [m.span() for m in g.finditer(t)] == [m.span() for m in plain.finditer(t)], t
    assert g._lacks_words(base + "组长", 0, len(base) + 2)
    assert not g._lacks_words(base + "测评组", 0, len(base) + 3)
    assert not g._lacks_words(base + "站", 0, len(base) + 1)


def test_start_chars_gate_a_match_at_a_position() -> None:
    """scan.start_chars: a match can only start with one of the characters it gives (every
    position of made-up soup where the pattern matches holds one); a start that is any
    character, an empty match or a category other than an allowed \\d lets everything through;
    the directive rules' gates are sets."""
    from civannot.preannotate import directives
    from civannot.preannotate.scan import start_chars

    p = re.compile(r"(?:同时|并|还)?要求(?:各|全)|[一二三]是|\d+、")
    got = start_chars(p, digits=True)
    assert got == frozenset("同并还要一二三")
    assert "x" not in got and "要" in got
    rng = random.Random(5)
    soup = [*"同时并还要求各全一二三是、1２x，", "要求", "同时"]
    for _ in range(300):
        t = "".join(rng.choice(soup) for _ in range(rng.randint(0, 12)))
        for i in range(len(t)):
            if p.match(t, i):
                assert t[i] in got or t[i].isdecimal(), (t, i)
    for q in (r"\d+、", r"x?", r".y", r"\w要"):
        assert "任" in start_chars(re.compile(q)), q
    for name in ("_CONNECTIVES", "_GLUED_FRAME", "_FRAME_VERB", "_PRONOUN_FRAME", "_ZERO_SUBJECT"):
        assert isinstance(getattr(directives, f"{name}_START"), frozenset), name


def test_guarded_alternations_match_as_the_plain_pattern() -> None:
    """scan._branch_guarded: a lookahead in front of a large inner alternation (a word list's
    trie) changes no match, group, lastindex nor lastgroup, in search, finditer and match at
    any position; one at the pattern's start is left to the skip set."""
    from re import _parser as parser  # type: ignore[attr-defined]

    from civannot.preannotate.gazetteers import alternation
    from civannot.preannotate.scan import _branch_guarded, _guard_seq

    words = alternation(
        ["市委", "县委", "区委", "省委", "宣传部", "文明办", "党工委", "政府", "办公室"]
    )
    many = alternation(
        [a + b for a in "东南西北中上下前后左右内外新老大小高低长" for b in "城区县镇乡"]
    )
    patterns = [
        rf"(?:市|县)(?:{words})+",
        rf"(?P<lv>市|县|区)?(?:{many})(?P<body>{words})?",
        rf"(?:(?<=[、，])|^)(?:{many}|第[一二三]+)(?:{words}){{1,3}}?(?=[，。]|$)",
        rf"(?:{words}|{many})x?|(?:党|县)(?:{words}|{many})",
        rf"(?:(?!{many})[一-龥]){{1,3}}?(?:{words})",
        rf"((?:{many})|书记)(?:{words}|(\w))",
    ]
    alphabet = "市县区省委宣传部文明办党工政府公室东南西北中上下前后左右内外新老城镇乡第一二三书记x，、。\n"
    rng = random.Random(5)
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80))) for _ in range(400)]
    for p in patterns:
        plain, fast = re.compile(p), _branch_guarded(p)
        assert fast.pattern == p and fast.groups == plain.groups
        assert fast.groupindex == plain.groupindex
        for t in texts:
            a, b = list(plain.finditer(t)), list(fast.finditer(t))
            assert [(m.span(), m.groups(), m.lastindex, m.lastgroup) for m in a] == [
                (m.span(), m.groups(), m.lastindex, m.lastgroup) for m in b
            ], (p, t)
            for i in range(0, len(t), 7):
                x, y = plain.match(t, i), fast.match(t, i)
                assert (x and (x.span(), x.groups())) == (y and (y.span(), y.groups())), (p, t, i)
    # a guard is put in front of the inner alternation, none at the start
    parsed = parser.parse(rf"(?:{many})(?:{many})")
    _guard_seq(parsed, True)
    ops = [op for op, _av in parsed]
    assert ops == [
        op
        for op, _av in parser.parse(
            rf"(?:{many})(?=[东南西北中上下前后左右内外新老大小高低长])(?:{many})"
        )
    ]
    # case folded: the plain pattern
    assert _branch_guarded(rf"(?i)a(?:{many})").pattern == rf"(?i)a(?:{many})"


def test_a_kept_parse_is_not_changed_by_guarding_its_alternations() -> None:
    """scan._parsed keeps a pattern's parse for the helpers that read it (session 33):
    _branch_guarded guards a copy, so compiling the pattern again gives the same code."""
    from civannot.preannotate import scan

    # (twenty first characters: an alternation _guard_seq guards)
    words = [f"{a}{b}局" for a in "青山白河东西南北中林水农交文卫教体科工商" for b in "水林"]
    pattern = "(?:市|县)(?:" + "|".join(words) + ")长"
    before = str(scan._parsed(pattern).data)
    first = scan._plain(pattern)
    assert str(scan._parsed(pattern).data) == before
    second = scan._plain(pattern)
    assert first.pattern == second.pattern == pattern
    texts = ["青山市青山水局长到会，县白河林局长", "东西市东农局"] + _random_texts(50)
    for t in texts:
        assert [m.span() for m in first.finditer(t)] == [m.span() for m in second.finditer(t)]
        assert [m.span() for m in re.finditer(pattern, t)] == [m.span() for m in second.finditer(t)]


def test_a_later_pattern_is_compiled_by_speed_up_as_re_compile_would() -> None:
    """scan.later: a rules' attribute compiled once, by speed_up (session 33), with the
    pattern and flags re.compile gives it."""
    from civannot.preannotate.scan import later

    ns = {"a": later(r"(?:^|(?<=[，。]))[一-龥]{2}?(?:市|县)"), "b": later(r"x$", re.M)}
    speed_up(ns)
    for name, plain in (
        ("a", re.compile(r"(?:^|(?<=[，。]))[一-龥]{2}?(?:市|县)")),
        ("b", re.compile(r"x$", re.M)),
    ):
        assert ns[name].pattern == plain.pattern
        assert ns[name].flags == plain.flags
        for t in ["青山县，白河市。东西县", "ax\nbx", *_random_texts(30)]:
            assert [m.span() for m in ns[name].finditer(t)] == [m.span() for m in plain.finditer(t)]


def test_a_branch_gate_compiles_its_whole_alternation_when_asked() -> None:
    """scan.BranchGate: searches use the variants; the whole alternation is compiled where
    match, fullmatch, flags or groups are asked for (session 33), and answers as re's."""
    from civannot.preannotate.scan import BranchGate, fast_alternation

    branches = [r"[一-龥]{2,8}?(?:管委会|党工委)主任", r"[甲乙]组组长", r"[一-龥]{2}长"]
    p = fast_alternation(branches)
    assert isinstance(p, BranchGate)
    plain = re.compile("|".join(branches))
    for text in ("青山景区管委会主任", "甲组组长乙组长", "某某县长"):
        assert [m.span() for m in p.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert "_whole" not in vars(p) and p.pattern == plain.pattern
    assert p.flags == plain.flags and p.groups == plain.groups
    assert "_whole" in vars(p)
    for text in ("青山景区管委会主任", "甲组组长", "某某县长", "县长"):
        a, b = plain.match(text), p.match(text)
        assert (a and a.span()) == (b and b.span())
        a, b = plain.fullmatch(text), p.fullmatch(text)
        assert (a and a.span()) == (b and b.span())
    assert repr(p).startswith("BranchGate(re.compile(")
