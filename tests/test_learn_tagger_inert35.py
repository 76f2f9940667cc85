"""The tagging items' cache keys with the characters no known attribute holds keyed as one
stand-in of their kind (features._Inert, session 35) give the items tag_windows' known strings
give, on text holding every kind of character (latin, digits of three scripts, wide spaces,
characters outside the BMP, private use, the segment marks \\x02 / \\x03, the stand-ins
themselves), for models that know some of those characters too."""

import random

from civannot.learn import features
from civannot.learn.features import TaggerFeatures, tag_windows
from civannot.preannotate import suggest
from tests.team_genre import team_docs

POLICY_LABELS = frozenset({"PERSON", "TITLE", "ORG", "LOC", "SLOGAN"})
ODD = "ab Z9０٣\u3000\u2002𠀀😀\ue000\ue001\x02\x03鿿龥鿾〇三-·"


def _texts() -> list[str]:
    rng = random.Random(5)
    out = []
    for d in team_docs(8, seed=6):
        chars = list(d.text)
        for _ in range(40):
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(ODD))
        out.append("".join(chars))
    out.append("县委书记鿿某某、ab 局长٣号𠀀甲\x02乙\x03。市长鿾某在会上指出，要抓好工作。")
    return out


def test_items_are_the_known_part_of_tag_windows_with_odd_characters():
    texts = _texts()
    rng = random.Random(9)
    cases = []
    every: set[str] = set()
    for text in texts:
        spans = suggest(text).spans
        for labels in (None, POLICY_LABELS):
            ref = tag_windows(text, spans, 6, labels)
            every.update(f for _, items in ref for it in items for f in it)
            cases.append((text, spans, labels, ref))
    # a model knowing a third of the strings, and one that also knows strings holding the
    # first stand-ins tried (so that others are taken) and the odd characters
    third = {f for f in every if rng.random() < 0.33}
    held = third | {"c=a", "c= ", "c=0", "c+1=鿿", "c-1=\ue000", "cc+1=鿾鿽", "c=\x02", "c-1=𠀀"}
    for known in (third, held):
        tf = TaggerFeatures({f.encode() for f in known})
        assert tf._inert is not None
        for _ in range(2):  # the second time from the caches
            for text, spans, labels, ref in cases:
                got = tf.windows(text, spans, 6, labels)
                want = [
                    (r, [tuple(f.encode() for f in it if f in known) for it in items])
                    for r, items in ref
                ]
                assert got == want
        # the keys were made of stand-ins: fewer keys than characters' contexts
        assert tf._inert and any(v != k for k, v in tf._inert.items())


def test_a_stand_in_is_never_a_character_a_known_attribute_holds():
    known = {"c=a", "c=b", "c= ", "c=0", "c=1", "k=HHH", "c=鿿"}
    inert = features._Inert({k: (k.encode(),) for k in known})
    held = set("".join(known))
    for ch in "abc 01xyz鿿鿾\u3000😀\ue000,":
        out = chr(inert[ord(ch)])
        if ch in held:
            assert out == ch
        else:
            assert out not in held
            assert features._kind(out) == features._kind(ch)
