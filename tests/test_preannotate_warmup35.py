"""The rules' warm-up made cheaper with the same results (session 35, speed35e): a division's
suffix looked up by its last character, an item's words kept while a pattern's needs are read."""

from __future__ import annotations

import random
import re

from civannot.preannotate import gazetteers, scan
from civannot.preannotate.gazetteers import _stem_of


def _stem_of_every_suffix(name: str, suffixes: tuple[str, ...]) -> str:
    """_stem_of as it was: every suffix tried in its order."""
    for suf in suffixes:
        if name.endswith(suf):
            stem = name[: -len(suf)]
            break
    else:
        return ""
    if suf.startswith("自治"):
        changed = True
        while changed:
            changed = False
            for e in gazetteers._ETHNIC:
                if stem.endswith(e + "族") and len(stem) - len(e) - 1 >= 2:
                    stem = stem[: -len(e) - 1]
                    changed = True
                    break
    return stem if len(stem) >= 2 else ""


def test_stem_of_tries_the_suffixes_of_the_last_character_in_their_order() -> None:
    suffixes = ("自治县", "自治州", "新区", "县", "区", "市", "旗", "林区")
    rng = random.Random(35)
    alphabet = "".join(suffixes) + "城步苗族白河青山"
    names = ["城步苗族自治县", "青山新区", "白河林区", "城区", "", "县", "青山镇"]
    names += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9))) for _ in range(3000)]
    for sufs in (suffixes, ("",) + suffixes, suffixes + ("",), (), ("区", "新区")):
        for name in names:
            assert _stem_of(name, sufs) == _stem_of_every_suffix(name, sufs), (name, sufs)


def test_needed_words_leave_nothing_kept_and_answer_alike_twice() -> None:
    words = [f"{a}{b}组长" for a in "督检巡考测" for b in "导查察核评"]
    pattern = "(?:市|县)?(?:" + "|".join(words) + r")(?:\d+)?(?:同志)?"
    first = scan.needed_words(pattern)
    assert scan._WORDS_SEEN == {}
    assert scan.needed_words(pattern) == first and first is not None
    sets = scan.needed_word_sets(r"(?:要求|强调)[，：]" + pattern)
    assert scan._WORDS_SEEN == {}
    assert frozenset(["要求", "强调"]) in sets
    # every match holds one of the words found
    text = "市督导组长、县考核组长同志，检查组长"
    for m in re.finditer(pattern, text):
        assert any(w in m.group() for w in first), m.group()
