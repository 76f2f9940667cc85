"""The title grammar's shortcuts of session 36 (speed36t) against the slower paths they replace.

stretches.StretchScan searches the branches that open with a level or a body (the first title
part) only in the stretches of CJK characters that hold a post: these tests pin what makes it
exact (the characters a match can read, the words every match needs, a search cut at a
stretch's end) on made-up text, so that a later edit of the grammar that breaks the shortcut
fails here rather than losing titles."""

from __future__ import annotations

import random
import re

from civannot.preannotate.common import rules
from civannot.preannotate.stretches import StretchScan, chars_class


def _same(plain: re.Pattern[str], fast: StretchScan, text: str) -> None:
    """finditer and search from every pos (and cut at every endpos from there) agree."""
    want = [(m.span(), m.groups()) for m in plain.finditer(text)]
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] == want, text
    for pos in range(len(text) + 1):
        for end in (len(text), *range(pos, len(text), 3)):
            a, b = plain.search(text, pos, end), fast.search(text, pos, end)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (
                text,
                pos,
                end,
            )


def test_the_level_led_title_parts_are_searched_by_stretches() -> None:
    """The parts whose branches read a level before their post (the first part, with and
    without the long bodies, and 市住建局长 with the democratic parties) are StretchScans: a
    branch added to one whose matches need no word found, or may read any character (.,
    [^…]), makes it a plain alternation again, slower; this test says so."""
    from civannot.preannotate.gazetteers import alternation

    r = rules()
    lv = alternation(r.g.levels)
    led = [i for i, run in enumerate(r._title_runs) if any(lv in b for b in run)]
    assert led[0] == 0 and len(led) >= 2
    for i in led:
        assert isinstance(r.title_parts[i], StretchScan), i
        assert isinstance(r.title_parts_short()[i], StretchScan), i


def test_chars_class_bounds_what_a_match_reads() -> None:
    """What a match consumes and what its lookaheads read is in the class; what a lookbehind
    reads is not; anything unbounded, or an anchor that reads the text's end, gives none."""
    cls = chars_class(r"(?<=[，、])甲(?:乙|丙{1,2})(?=丁)(?!戊)")
    assert cls is not None
    got = re.compile(cls)
    assert all(got.fullmatch(c) for c in "甲乙丙丁戊")
    assert not any(got.fullmatch(c) for c in "，、己 a")
    # (a bracket, a mark, an ASCII letter in the class: escaped, never read as syntax)
    assert re.compile(chars_class(r"校（院）长|a\]b-c") or "").fullmatch("]")
    for pattern in (r"甲.", r"甲[^乙]", r"\w", r"甲$", r"甲\b", r"(?i)a", r"(甲)\1", "甲(?=.)"):
        assert chars_class(pattern) is None, pattern


def test_stretch_scan_finds_the_plain_matches_at_the_edges() -> None:
    """A title right at the start and the end of a text, before a mark, with its post's own
    brackets (校（院）长), before 团 or 部 (the lone post's lookahead at a stretch's end), a
    search from inside a stretch and one cut inside a post: the plain part's matches."""
    r = rules()
    part = r.title_parts[0]
    assert isinstance(part, StretchScan)
    plain = re.compile(part.pattern)
    for text in (
        "市委书记",
        "县委副书记张三，县长李四。",
        "市委党校（某某行政学院）常务副校（院）长王五出席",
        "镇党委书记团结带领，区委宣传部部长。县人大主席团",
        "会议由市文明办督查组副组长赵六主持，市创文指挥部副总指挥。",
        "全市创建工作推进会召开，城市管理水平提升",
        "社区党支部书记、村委会主任、市住建局城建处处长",
    ):
        _same(plain, part, text)
    last = r.title_parts[-1]
    assert isinstance(last, StretchScan)
    plain = re.compile(last.pattern)
    for text in (
        "县公安局长张三，民革某某市委会副主委李四",
        "九三学社中央副主席",
        "市住建局常务长",
    ):
        _same(plain, last, text)


def test_stretch_scan_on_soup_of_titles_and_marks() -> None:
    """Made-up soup of levels, bodies, posts, brackets and marks: the first title part (with
    and without the long bodies) finds what its plain alternation finds, from any pos, cut at
    any endpos."""
    r = rules()
    rng = random.Random(36)
    soup = [
        *"市县区镇乡委党书记副长主任部局办处科组团（）、，。 \nA1张王",
        "宣传部",
        "政府",
        "常务",
        "指挥部",
        "领导小组",
        "督导",
        "校（院）长",
        "主席",
        "创文",
        "住建",
        "民革",
    ]
    for part in (r.title_parts[0], r.title_parts_short()[0], r.title_parts[-1]):
        assert isinstance(part, StretchScan)
        plain = re.compile(part.pattern)
        for _ in range(60):
            _same(plain, part, "".join(rng.choice(soup) for _ in range(rng.randint(0, 30))))


def test_stretch_scan_of_made_up_branches() -> None:
    """Branches of their own (a run before a word, an optional prefix, a lookahead at the
    end): the words found are the ones every match needs, and the searches are the plain
    alternation's, groups included."""
    scan = StretchScan.make([r"(甲|乙){1,3}局长(?!部)", r"(?:丙|)科长"])
    assert scan is not None
    plain = re.compile(scan.pattern)
    rng = random.Random(5)
    soup = [*"甲乙丙局长科部，。 a", "局长", "科长"]
    for _ in range(200):
        _same(plain, scan, "".join(rng.choice(soup) for _ in range(rng.randint(0, 16))))
    # (a branch that needs no word, or reads any character: no StretchScan)
    assert StretchScan.make([r"[一-龥]{1,3}", r"科长"]) is None
    assert StretchScan.make([r"甲.局长"]) is None
