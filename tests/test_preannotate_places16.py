"""Places and names of session 3 (issue 16): the national list of divisions, bare county names
where a place is expected, a town after its county, corps division-cities and farms, and names
with a middle dot. Sentences are made up in the forms of real reports."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest
from civannot.preannotate.gazetteers import _stem_of, load


def _spans(text: str, label: str | None = None) -> list[tuple[str, str, str]]:
    out = suggest(text)
    return [
        (text[s.start : s.end], s.label, s.provenance)
        for s in out.spans
        if label is None or s.label == label
    ]


def test_gazetteer_holds_counties_from_the_national_list() -> None:
    g = load()
    for name in ("临澧县", "沭阳县", "乐陵市", "城步苗族自治县", "新星市"):
        assert name in g.admin_full, name
    # autonomous counties lose their ethnic groups; ordinary words need their unit
    assert _stem_of("城步苗族自治县", g.admin_suffixes) == "城步"
    assert _stem_of("双江拉祜族佤族布朗族傣族自治县", g.admin_suffixes) == "双江"
    for word in ("会同", "平和", "城中"):
        assert word not in g.admin_stems, word
    # names that read as "the old town" are not taken from the national list
    assert "老城区" not in g.admin_full


@pytest.mark.parametrize(
    "text, name",
    [
        ("他强调，临澧各级各部门要对照标准补短板。", "临澧"),
        ("创文关系到沭阳的知名度和美誉度。", "沭阳"),
        ("全力推进汝城创文工作再上新台阶。", "汝城"),
        ("要结合乐陵实际，逐项抓好整改。", "乐陵"),
        ("要广泛发动沭阳人民参与创建。", "沭阳"),
        ("县领导在临澧召开座谈会。", "临澧"),
    ],
)
def test_bare_county_where_a_place_is_expected(text: str, name: str) -> None:
    assert (name, "GPE", "gpe.bare_context") in _spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "会同市创文办对点位开展督查。",  # 会同 is "together with" here
        "开平实际上已经完成了整改。",  # 实际上 is an adverb
        "要把文明城市创建与乡村振兴结合起来。",
        "全县各级各部门要高度重视。",
        "沭阳新闻网讯 记者报道。",  # a place inside an outlet's name is no GPE
    ],
)
def test_no_bare_place_in_ordinary_words(text: str) -> None:
    assert not [s for s in _spans(text, "GPE") if s[2] == "gpe.bare_context"]


def test_outlet_keeps_its_place_inside() -> None:
    spans = _spans("沭阳新闻网讯 近日，沭阳县召开创文推进会。")
    assert ("沭阳新闻网", "ORG", "org.named") in spans
    assert ("沭阳县", "GPE", "gazetteer:gpe") in spans
    assert not [s for s in spans if s[0] == "沭阳"]


def test_bare_name_of_a_county_named_once_with_its_unit() -> None:
    text = "临澧县召开创文推进会。会议要求，全镇上下要主动融入临澧大局。临澧群众期待已久。"
    spans = _spans(text, "GPE")
    assert spans.count(("临澧", "GPE", "gpe.bare_stem")) >= 1
    assert ("临澧县", "GPE", "gazetteer:gpe") in spans


def test_town_right_after_its_county() -> None:
    spans = _spans("临澧县新安镇召开创建省级文明城市推进会。")
    assert ("临澧县", "GPE", "gazetteer:gpe") in spans
    assert ("新安镇", "GPE", "gpe.doc_place") in spans


def test_corps_division_city_without_di_and_its_farms() -> None:
    text = "2月27日，十三师新星市召开创城工作会议。火箭农场、红星二场负责同志参加。推动新星创建工作提质增效。"
    spans = _spans(text, "GPE")
    assert ("十三师新星市", "GPE", "gpe.corps") in spans
    assert ("火箭农场", "GPE", "gpe.corps") in spans
    assert ("红星二场", "GPE", "gpe.corps") in spans
    # (read by its context since 新星, a word too, is written with its unit in the text)
    assert {("新星", "GPE", "gpe.bare_stem"), ("新星", "GPE", "gpe.bare_context")} & set(spans)
    # without a division in the article a farm is not read as a corps unit
    assert not _spans("火箭农场、红星二场负责同志参加。", "GPE")
    assert not _spans("他当老师市里都知道。", "GPE")


@pytest.mark.parametrize(
    "text, name",
    [
        ("师市党委常委、宣传部部长热娜·阿不都出席会议并讲话。", "热娜·阿不都"),
        ("市委副书记、代市长阿达力别克·巴合提汗主持会议。", "阿达力别克·巴合提汗"),
        ("县领导王慧敏、阿不都·买买提、陈广出席会议。", "阿不都·买买提"),
    ],
)
def test_names_with_a_middle_dot(text: str, name: str) -> None:
    out = suggest(text)
    persons = [text[s.start : s.end] for s in out.spans if s.label == "PERSON"]
    assert name in persons
    # the title chain before it holds
    i = next(k for k, s in enumerate(out.spans) if text[s.start : s.end] == name)
    assert any(r[0] == "HOLDS_TITLE" and r[1] == i for r in out.relations)


def test_division_lookup_equals_a_regex_over_the_names() -> None:
    """gpe_full_spans looks names up from their unit; it must find what a regex would."""
    import re

    from civannot.preannotate.common import gpe_full_spans, rules
    from civannot.preannotate.gazetteers import alternation

    r = rules()
    rx = re.compile(alternation(r.gpe_full_set))
    texts = [
        "临澧县新安镇召开会议，城步苗族自治县和双江拉祜族佤族布朗族傣族自治县参加。",
        "湖南省常德市临澧县、湖南省和湖南省长沙市，内蒙古自治区阿拉善盟阿拉善左旗。",
        "县县县市市区区省州旗盟",
    ]
    for t in texts:
        assert gpe_full_spans(t, r) == [(m.start(), m.end()) for m in rx.finditer(t)], t


def test_river_or_road_named_after_the_county_is_no_gpe() -> None:
    text = "临澧县召开推进会。要完成临澧河滨水步道和临澧路改造，让临澧群众满意。"
    out = suggest(text)
    bare = [s.start for s in out.spans if s.label == "GPE" and text[s.start : s.end] == "临澧"]
    assert bare == [text.index("临澧群众")]  # only the one before 群众
