"""LOC forms of session 31 (locsb31): the housing of a body's staff named by the body
(县某某公司家属院, 某某中学家属区, 原某某局家属院: one LOC, the body inside none), and a verb of
works cut off the place it takes (推动某某老街设施再完善). The sentences are made up in the forms; none is a real page's
text."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _labelled(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in suggest(text).spans if s.label in ("LOC", "ORG", "GPE")]


@pytest.mark.parametrize(
    ("text", "place", "body"),
    [
        (
            "张明带队先后来到县棉麻公司家属院、柳岗村等处，实地查看。",
            "县棉麻公司家属院",
            "县棉麻公司",
        ),
        ("测评员还对青禾花园及柳湾学校家属区沿街商铺进行了暗访。", "柳湾学校家属区", "柳湾学校"),
        ("位于东城区鹤鸣路的市水利局家属院，曾获评市级美丽庭院。", "市水利局家属院", "市水利局"),
        ("工作组察看了鹤鸣路原粮食公司家属院至青松小区一线。", "原粮食公司家属院", "粮食公司"),
    ],
)
def test_housing_of_a_body_is_one_place(text: str, place: str, body: str):
    got = _labelled(text)
    assert ("LOC", place) in got
    assert ("ORG", body) not in got


def test_a_body_without_its_housing_stays_a_body():
    got = _labelled("县棉麻公司负责同志参加会议。")
    assert ("ORG", "县棉麻公司") in got
    assert not any(label == "LOC" for label, _ in got)


@pytest.mark.parametrize(
    ("text", "place", "wrong"),
    [
        ("持续改善市容面貌，推动青石老街业态再升级。", "青石老街", "推动青石老街"),
        ("本月要集中整治鹤鸣农贸市场周边乱摆乱放。", "鹤鸣农贸市场", "整治鹤鸣农贸市场"),
    ],
)
def test_a_verb_of_works_is_cut_off_the_place(text: str, place: str, wrong: str):
    got = _labelled(text)
    assert ("LOC", place) in got
    assert ("LOC", wrong) not in got
