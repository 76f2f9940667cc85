"""speed48b (session 46): cheaper steps, the same suggestions. Each test compares the faster path
with the slower reading it replaces, on made-up names in the real forms."""

from __future__ import annotations

from civannot.preannotate import places
from civannot.preannotate.common import rules
from civannot.preannotate.engine import suggest


def _walk(name: str) -> str:
    """The old reading of an autonomous county's stem: the first stem of the gazetteer, in its
    order, that the name opens with."""
    return next((st for st in rules().g.admin_stems if name.startswith(st)), "")


def test_stem_of_an_autonomous_county_is_the_walk_over_the_stems() -> None:
    g = rules().g
    stem = next(st for st in sorted(g.admin_stems) if len(st) == 2)
    # a known stem opening an autonomous county's name (made up: the stem and a people)
    for name in (stem + "苗族自治县", stem + "土家族苗族自治县", stem + "蒙古族自治旗"):
        assert places._stem_opening(name, g) == _walk(name)
        assert places._stem_of(name, g) == (stem if places._suffix_of(name, g) else "")
    # no stem opens it: no stem, as the walk found none (岚江 is invented)
    assert places._stem_opening("岚岚岚彝族自治县", g) == _walk("岚岚岚彝族自治县")
    # a plain county keeps the name before its unit, no lookup of the stems (negative case)
    assert places._stem_of("岚江县", g) == "岚江"


def test_stem_opening_agrees_with_the_walk_where_several_stems_open_the_name() -> None:
    g = rules().g
    # two stems where one opens the other (as 长 and 长阳 might): the walk's answer either way
    longer = [b for b in sorted(g.admin_stems) if len(b) == 3 and b[:2] in g.admin_stems]
    assert longer
    for b in longer[:20]:
        name = b + "族自治县"
        assert places._stem_opening(name, g) == _walk(name)


def test_autonomous_county_suggestions_are_read_as_before() -> None:
    g = rules().g
    stem = next(st for st in sorted(g.admin_stems) if len(st) == 2 and st not in g.gpe_ambiguous)
    text = f"{stem}苗族自治县召开创建文明城市推进会。会上，{stem}县委书记周立新强调，要抓好落实。"
    got = suggest(text)
    labels = {(s.text, s.label) for s in got.spans}
    assert ("周立新", "PERSON") in labels
    # the same text without the autonomous unit (no 自治): nothing new read at its name
    plain = suggest(text.replace("苗族自治县", "县"))
    assert ("周立新", "PERSON") in {(s.text, s.label) for s in plain.spans}
