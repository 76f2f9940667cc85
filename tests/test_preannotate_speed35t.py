"""Session 35 (speed35t): the persons helpers made cheaper answer as the plain readings did."""

from __future__ import annotations

import random

from civannot.preannotate import persons, scan
from civannot.preannotate.common import _BAD_NAME_CHARS, all_cjk, rules
from civannot.preannotate.gazetteers import jieba_tokenizer


def _valid_name_plain(s: str) -> bool:
    g = rules().g
    n = persons._surname_len(s, g)
    if not n or not all_cjk(s):
        return False
    given = s[n:]
    if not 1 <= len(given) <= 2 or given in persons._POSTS_AS_GIVEN:
        return False
    if len(s) == 2 and s[0] == s[1] and jieba_tokenizer().FREQ.get(s):
        return False
    if s[:2] in persons._POSTS_AS_GIVEN:
        return False
    return (
        s not in persons._MEMBER_WORDS
        and _BAD_NAME_CHARS.isdisjoint(given)
        and persons._NEVER_GIVEN.isdisjoint(given)
    )


def test_valid_name_as_the_plain_reading() -> None:
    g = rules().g
    rng = random.Random(35)
    surnames = sorted(g.surnames)[:80] + sorted(g.compound_surnames)[:20]
    tail = list("们各每的了在和书记主任代表党员常总区长明华a1·") + surnames[:20]
    words = sorted(persons._POSTS_AS_GIVEN | persons._MEMBER_WORDS)
    for _ in range(20000):
        k = rng.random()
        if k < 0.5:
            s = rng.choice(surnames) + "".join(rng.choice(tail) for _ in range(rng.randint(0, 3)))
        elif k < 0.6:
            c = rng.choice(surnames + tail)
            s = c + c
        elif k < 0.7:
            s = rng.choice(surnames) + rng.choice(words)
        else:
            s = "".join(rng.choice(tail) for _ in range(rng.randint(0, 4)))
        assert persons._valid_name(s, g) == _valid_name_plain(s), s


def test_part_at_as_the_alternation() -> None:
    part = persons._minority_part()
    text = "会上，扎西次仁、买买提·艾力、王明、阿依古丽、努尔艾力出席。" + "".join(
        sorted(persons._minority_firsts() or ())[:50]
    )
    for p in range(len(text) + 2):
        got, want = persons._part_at(text, p), part.match(text, p)
        assert (got and got.span()) == (want and want.span())


def test_cut_as_jieba_and_kept() -> None:
    tok = jieba_tokenizer()
    for snippet in ("有关部门负责同志", "市委书记王明出席", "王明", ""):
        assert persons._cut(snippet) == tuple(tok.lcut(snippet, HMM=True))
        assert persons._cut(snippet) is persons._cut(snippet)


def test_excluded_person_as_its_reading() -> None:
    text = "记者王明报道。编辑：李华、张强\n习近平新时代中国特色社会主义思想，王明出席。"
    for s in range(len(text)):
        for e in range(s + 1, min(len(text), s + 5) + 1):
            assert persons._excluded_person(text, s, e) == persons._excluded_read(text, s, e)
    # (another text of the same characters is read afresh)
    copy = "".join(list(text))
    assert persons._excluded_person(copy, 2, 4) == persons._excluded_read(copy, 2, 4)


def test_visit_scan_as_the_match_at_each_start() -> None:
    text = (
        "王明到青山县调研创文工作\n李华到柳河镇检查。会上，张强深入社区走访；"
        "赵刚前往园区视察！县长到各村督导。\n\n孙杰到"
    )
    at_starts = [0] + [m.end() for m in persons._SENTENCE_END.finditer(text)]
    want = [m.span(1) for k in at_starts if (m := persons._VISIT.match(text, k)) is not None]
    got = [m.span(1) for m in persons._VISIT_SCAN.finditer(text)]
    first = persons._VISIT.match(text, 0)
    assert ([first.span(1)] if first else []) + got == want


def test_may_consume_reads_every_item() -> None:
    def consumes(pattern: str) -> bool:
        return scan.may_consume(pattern, "、")  # (persons' _may_consume, moved there)

    assert consumes("a、b") and consumes("[^，]") and consumes(".") and consumes(r"\W")
    assert consumes("(?:x|y[、，])+") and consumes("(?P<k>[^a])(?P=k)")
    assert not consumes("(?<=、)甲(?=、)") and not consumes("[^、，]+") and not consumes(r"\w+")
    assert not consumes("(?P<k>[部局])(?P=k)长") and not consumes("[\u4e00-\u9fff]{1,4}?局")


def test_title_after_mark_as_the_grammar() -> None:
    from civannot.preannotate.common import title_matches

    r = rules()
    assert persons._mark_free(r)
    text = (
        "市委书记王明、市长李华出席。市领导赵刚、孙杰、县委副书记、县长周强、"
        "镇党委书记、镇长吴敏、王村、市委宣传部部长郑军、副市长、常务副县长钱进参加。"
    )
    persons.set_title_starts(text, r, title_matches(text, r))
    for q in range(1, len(text)):
        if text[q - 1] == "、":
            got, want = persons.title_after_mark(text, q, r), r.title.match(text, q)
            assert (got and got.span()) == (want and want.span()), text[q : q + 6]
    # (another text: the grammar asked)
    other = "甲、市长乙"
    assert persons.title_after_mark(other, 2, r).span() == r.title.match(other, 2).span()


def test_gates_imply_the_patterns() -> None:
    from civannot.preannotate import scan, titles

    assert scan.first_class(titles._GIVEN_POST.pattern) == "[{}]".format(
        "".join(sorted(titles._GIVEN_POST_FIRST))
    ) or all(
        titles._GIVEN_POST.match(c + "书记") is None
        for c in map(chr, range(0x4E00, 0xA000))
        if c not in titles._GIVEN_POST_FIRST
    )
    for text in (
        "甲主持。",
        "甲主持会议。",
        "甲作工作部署\n",
        "甲在主席台前排就坐。",
        "甲主持会议，",
    ):
        has = persons._MEETING_ROLE.search(text) is not None
        assert not has or persons._MEETING_TAIL.search(text) is not None
