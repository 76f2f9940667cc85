"""speed46 (session 44): r.org read without its long-body branches where a text cannot hold one.

common.may_hold_long_body answers whether a text holds one of the words a long body's name ends
with (领导小组, 指挥部, 委员会, …), remembering the last text asked; _Rules.org_short is r.org
with the two branches that read a long body after a level left out. find_orgs reads a text
without those words by org_short: these tests pin that it finds what r.org finds there (every
match of finditer, and match at every place and window), and that a text with a long body
still gets r.org and its long bodies. Made-up texts (岚江县, 周立新…).
"""

from __future__ import annotations

from civannot.preannotate import common
from civannot.preannotate.common import may_hold_long_body, rules
from civannot.preannotate.engine import suggest

# texts without a long body's last word: bodies by level, by name, by field, a deputy's post
WITHOUT = (
    "岚江县文明办、县卫健局联合县市场监管局开展检查，县委宣传部部长周立新出席。\n"
    "市城市管理执法局、市住房和城乡建设局负责同志参加会议。",
    "全国文明城市测评前，岚江市创城办对市区背街小巷进行督查，市公安局交警大队配合。",
    "师市团委、县人大常委会办公室、县政协视察组到青禾镇调研。",
    "",
)
# texts with one: the long body is read whole
WITH = (
    "会上，岚江县创建全国文明城市工作领导小组办公室通报了情况。",
    "市创建全国文明城市工作指挥部召开会议，县爱国卫生运动委员会办公室汇报。",
)


def _spans(p: object, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in p.finditer(text)]  # type: ignore[attr-defined]


def test_may_hold_long_body_answers_as_the_search_and_remembers_the_last_text() -> None:
    for t in WITHOUT:
        assert may_hold_long_body(t) is False
        assert may_hold_long_body(t) is (common._LONG_BODY_END.search(t) is not None)
    for t in WITH:
        assert may_hold_long_body(t) is True
        # (asked again: the remembered answer, the same)
        assert may_hold_long_body(t) is True
    # an equal text built anew is read afresh, not taken for the last one by its value alone
    t = "".join(["县委", "专班"])
    assert may_hold_long_body("县委宣传部") is False
    assert may_hold_long_body(t) is True


def test_org_short_finds_what_org_finds_in_a_text_without_a_long_body() -> None:
    r = rules()
    short = r.org_short()
    assert short is not r.org
    # (the lazy walk to a long body's last word, once in each of two branches, is gone)
    walk = "{2,30}?(?:" + common._LONG_BODY_ENDS + ")"
    # (three since speed47: org_whole, the old order at a name that overlaps a level, and the
    # level-led alternatives read once)
    assert r.org.pattern.count(walk) == 3 and walk not in short.pattern
    for t in WITHOUT:
        assert not may_hold_long_body(t)
        assert _spans(short, t) == _spans(r.org, t)
        for k in range(len(t)):
            for end in (len(t), min(len(t), k + 5)):
                a, b = r.org.match(t, k, end), short.match(t, k, end)
                assert (a and a.span()) == (b and b.span()), (t, k, end)


def test_org_short_would_miss_a_long_body_so_such_a_text_keeps_org() -> None:
    r = rules()
    t = WITH[0]
    # (the negative case: where the words are, the short pattern is not the same, so it must
    # not be used; find_orgs asks may_hold_long_body first)
    assert _spans(r.org, t) != _spans(r.org_short(), t)
    assert [(s.text, s.label) for s in suggest(t).spans] == [
        ("岚江县创建全国文明城市工作领导小组办公室", "ORG")
    ]
    assert [(s.text, s.label) for s in suggest(WITH[1]).spans] == [
        ("市创建全国文明城市工作指挥部", "ORG"),
        ("县爱国卫生运动委员会办公室", "ORG"),
    ]


def test_suggestions_of_a_text_without_a_long_body_are_those_of_org() -> None:
    r = rules()
    t = WITHOUT[0]
    got = [(s.start, s.end, s.label) for s in suggest(t).spans]
    # the same text read with org_short made r.org itself: nothing changes
    saved = r._org_short
    try:
        r._org_short = r.org
        want = [(s.start, s.end, s.label) for s in suggest(t).spans]
    finally:
        r._org_short = saved
    assert got == want
    assert ("县卫健局", "ORG") in [(t[s:e], lab) for s, e, lab in got]


# --- name_after's dictionary test (persons._dictionary_word) --------------------------------


def test_dictionary_word_answers_as_freq_get() -> None:
    from civannot.preannotate.gazetteers import jieba_tokenizer
    from civannot.preannotate.persons import _dictionary_word

    freq = jieba_tokenizer().FREQ
    # words of the dictionary, prefixes of words only (0), strings no word opens, and made-up
    # names with the character after them
    for w in ("信访工作", "工作", "人民群众", "信访工", "周立新强", "岚江县委", "周立", "工作人员"):
        assert _dictionary_word(w) is bool(freq.get(w)), w
    assert _dictionary_word("信访工作") and _dictionary_word("工作人员")
    # (a prefix only: in FREQ with 0, no word)
    assert "信访工" in freq and not _dictionary_word("信访工")
    # (no word opens with the first three: the fourth is not asked for, and none is found)
    assert "人民群" not in freq and not _dictionary_word("人民群众")
    assert not _dictionary_word("周立新强")


def test_a_name_before_a_word_of_four_is_still_no_name_and_a_name_is_read() -> None:
    # (attrib46's form, kept: the three characters open a dictionary word)
    spans = [(s.text, s.label) for s in suggest("县委书记信访工作重要批示精神传达会召开。").spans]
    assert ("信访工", "PERSON") not in spans
    spans = [(s.text, s.label) for s in suggest("岚江县委书记周立新强调，要压实责任。").spans]
    assert ("周立新", "PERSON") in spans
