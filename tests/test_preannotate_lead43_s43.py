"""Forms read on this session's development gold (dev45, real pages; fixtures are our own):
a forest-fire headquarters' short form 森防指 inside a title, a full-time deputy (专职副指挥长)
before or after the name, and 团中央 as a body."""

from civannot.preannotate import suggest
from civannot.preannotate.registry import DEFAULT_OFF


def _ents(text: str) -> list[tuple[str, str]]:
    sug = suggest(text, disabled=DEFAULT_OFF)
    return [(s.label, text[s.start : s.end]) for s in sug.spans if s.label != "DIRECTIVE"]


def _holds(text: str) -> set[tuple[str, str]]:
    sug = suggest(text, disabled=DEFAULT_OFF)
    sp = sug.spans
    return {
        (text[sp[h].start : sp[h].end], text[sp[t].start : sp[t].end])
        for r, h, t in sug.relations
        if r == "HOLDS_TITLE"
    }


def test_province_forest_fire_hq_full_time_deputy_is_one_title() -> None:
    text = "岚江省森防指专职副指挥长万立勇带队检查岚江县森林防火工作。"
    ents = _ents(text)
    assert ("TITLE", "岚江省森防指专职副指挥长") in ents
    assert ("GPE", "岚江省") not in ents
    assert ("万立勇", "岚江省森防指专职副指挥长") in _holds(text)


def test_full_time_deputy_written_after_the_name() -> None:
    text = "检查中，万立勇专职副指挥长强调，各地要压实护林防火责任。"
    assert ("TITLE", "专职副指挥长") in _ents(text)
    assert ("万立勇", "专职副指挥长") in _holds(text)


def test_full_time_alone_is_no_post() -> None:
    # 专职 opens a post only before 副: 专职从事 is an adverb of the work
    text = "护林员周立新专职从事巡山工作。"
    assert not any(lab == "TITLE" and "专职" in t for lab, t in _ents(text))


def test_county_forest_fire_hq_as_a_body() -> None:
    text = "会后，县森防指要加强调度，及时处置火情。"
    assert ("ORG", "县森防指") in _ents(text)


def test_central_youth_league_committee_short_form() -> None:
    text = "本次活动由团中央、岚江省委宣传部联合主办。"
    assert ("ORG", "团中央") in _ents(text)
