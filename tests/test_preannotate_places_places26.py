"""Session 25 (places26): GPE errors of dev24 (real pages, two independent golds), fixed by their
general form. The sentences are made up; the places are real only where the gazetteer must know
them.
"""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    ("text", "spans", "gone"),
    [
        # the corps' division and its city (师市合一): one GPE by default again since session 26
        # (corps27: independent annotators 4 join, 2 split); gpe.corps_city_apart splits them
        (
            "农五师青岚市召开创建文明城市动员大会。",
            ["农五师青岚市"],
            ["农五师", "青岚市"],
        ),
        (
            "近年来，第十二师柳川市提出做大做强柳川市。",
            ["第十二师柳川市"],
            ["第十二师"],
        ),
        # the corps named before its division stays with it, the city too
        ("兵团六师岚河市荣获全国文明城市称号。", ["兵团六师岚河市"], ["兵团六师", "岚河市"]),
    ],
)
def test_division_and_city_of_the_corps_are_one_place_by_default(
    text: str, spans: list[str], gone: list[str]
) -> None:
    tagged = _tagged(text)
    for s in spans:
        assert (s, "GPE") in tagged
    for s in gone:
        assert (s, "GPE") not in tagged


@pytest.mark.parametrize(
    "text",
    [
        # a verb or preposition before 城区 (the urban area) names no district 某城区
        "副县长李某带领相关部门负责人，到城区检查创卫工作。",
        "赵某某到城区 督导创文工作",
        "在旧城区，背街小巷死角多。",
        "作为柳州市主城区，该区始终走在前列。",
    ],
)
def test_the_urban_area_after_a_verb_is_no_district(text: str) -> None:
    tagged = _tagged(text)
    assert not any(label == "GPE" and s.endswith("城区") for s, label in tagged)


def test_a_district_named_cheng_keeps_its_name() -> None:
    # (鹿城区, 蕉城区: districts named 某城 stay)
    assert ("蕉城区", "GPE") in _tagged("会上，蕉城区作交流发言。")


@pytest.mark.parametrize(
    ("text", "short"),
    [
        # a zone read once with its full kind is named further on with its kind written short
        (
            "发布单位：上海柳泾工业园区。近日，柳泾工业区召开创建推进大会，柳泾工业区班子领导参会。",
            "柳泾工业区",
        ),
        (
            "近日，湖南柳溪经济技术开发区召开创文动员会。会后，柳溪开发区开展环境整治。",
            "柳溪开发区",
        ),
    ],
)
def test_a_zone_named_with_its_kind_written_short(text: str, short: str) -> None:
    tagged = _tagged(text)
    assert (short, "GPE") in tagged
