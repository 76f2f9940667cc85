"""Session 35 (speed35t): the persons helpers made cheaper answer as the plain readings did."""

from __future__ import annotations

import itertools
import random

from civannot.preannotate import persons
from civannot.preannotate.common import _BAD_NAME_CHARS, _is_cjk, all_cjk, rules
from civannot.preannotate.gazetteers import jieba_tokenizer


def _has_name_dot_plain(text: str) -> bool:
    if any(c in text for c in persons._NAME_DOTS if c not in persons._LOOSE_DOTS):
        return True
    for i, c in enumerate(text):
        if c in persons._LOOSE_DOTS and 0 < i < len(text) - 1:
            if _is_cjk(text[i - 1]) and _is_cjk(text[i + 1]):
                return True
    return False


def test_has_name_dot_as_the_plain_reading() -> None:
    alphabet = "·•・‧．.－-a1 中文\uf900\U00020001\U00031350"
    for n in range(4):
        for chars in itertools.product(alphabet, repeat=n):
            text = "".join(chars)
            assert persons._has_name_dot(text) == _has_name_dot_plain(text), repr(text)


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
