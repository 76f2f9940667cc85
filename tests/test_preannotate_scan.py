"""scan.guarded: the lookahead on a pattern's first characters never changes what it matches."""

from __future__ import annotations

import random
import re

from civannot.preannotate.common import rules
from civannot.preannotate.scan import first_class, guarded

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
        plain, fast = re.compile(p), guarded(p)
        for t in texts:
            assert [m.span() for m in plain.finditer(t)] == [m.span() for m in fast.finditer(t)]
            for pos in range(0, len(t), 7):
                a, b = plain.match(t, pos), fast.match(t, pos)
                assert (a and a.span()) == (b and b.span())


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
