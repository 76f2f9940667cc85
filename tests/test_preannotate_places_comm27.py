"""A community or a village named by an ordinary word right after its sub-district or town
(session 27, comm27): 某某街道光明社区创城…, 调研某某街道跃进社区创卫工作, 某某街道振兴社区、
after a unit's link, 某某镇向阳村、 — the sub-district a GPE, the community one LOC; not a verb
or an adverb of manner there (某某街道加强社区创城工作, 某某街道深化社区创文工作: no place).
The sentences are made up in the forms; none is a real page's text."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _labels(text: str, *labels: str) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in suggest(text).spans if s.label in labels]


def test_a_community_named_by_a_noun_before_its_campaign():
    text = "检查中发现，青禾街道光明社区创城氛围浓厚，卫生环境整洁。"
    assert _labels(text, "GPE", "LOC") == [("GPE", "青禾街道"), ("LOC", "光明社区")]


def test_a_community_named_by_a_verb_word_after_its_sub_district():
    text = "副区长孙立平调研青禾街道跃进社区创卫工作。"
    assert ("LOC", "跃进社区") in _labels(text, "LOC")


def test_a_community_listed_after_a_units_link():
    text = "孙立平赴包保社区松林街道振兴社区、柳河街道东岭社区督导创建工作。"
    assert ("LOC", "振兴社区") in _labels(text, "LOC")


def test_a_community_after_a_sub_district_named_after_the_new_district():
    text = "督导组先后来到古桥街道王庄社区、新区街道光彩社区，实地查看了创建工作。"
    assert ("LOC", "光彩社区") in _labels(text, "LOC")


def test_a_village_listed_after_its_town():
    text = "先后查看了青禾街道庆丰村、新兴街道新华村、柳河街道长岭村。"
    assert ("LOC", "新华村") in _labels(text, "LOC")


@pytest.mark.parametrize(
    "text",
    [
        "古城街道加强社区创城工作。",
        "青禾街道推进社区创卫工作。",
        "青禾街道深化社区创文工作。",
        "青禾街道持续社区创建。",
    ],
)
def test_a_verb_or_an_adverb_before_the_community_names_none(text):
    assert _labels(text, "LOC") == []


def test_a_villages_party_post_is_left_to_the_title():
    text = "青山镇向阳村党支部书记李红说。"
    assert ("LOC", "向阳村") not in _labels(text, "LOC")
