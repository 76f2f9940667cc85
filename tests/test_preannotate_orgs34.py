"""orgs34 (issue 16, session 32): ORG forms written as general forms (made-up sentences; names
invented):

- two connectives opening a clause (并向, 并由) before a level and a body (区创文办) are no
  place's name: the body opens at its level, though the clause made them look like the
  article's own place;
- a committee named by its abbreviation and written with its 会 (县安委会, 市减灾委会) is one
  ORG with the 会; the committee's meeting (县安委会议) keeps the body without it;
- a bureau's command centre (某某局指挥中心, 应急指挥中心) is one ORG with the bureau; before a
  post (指挥中心主任) the bureau stays alone.
"""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _labelled(text: str, label: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == label]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("各单位月底前完成整改，并向区创文办报送台账。", "区创文办"),
        ("检查发现的问题要限期整改，并由市创城办跟踪督办。", "市创城办"),
        ("整改情况要逐项登记，并向县创卫办报送台账。", "县创卫办"),
    ],
)
def test_connectives_before_a_level_open_no_place(text: str, org: str) -> None:
    orgs = _labelled(text, "ORG")
    assert org in orgs
    assert not any(o.startswith(("并向", "并由")) for o in orgs)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("会上，县安委会通报了青禾镇一季度的检查情况。", "县安委会"),
        ("昨天，市减灾委会要求各乡镇排查隐患。", "市减灾委会"),
    ],
)
def test_committee_abbreviation_keeps_its_hui(text: str, org: str) -> None:
    assert org in _labelled(text, "ORG")


def test_committee_meeting_keeps_the_body_alone() -> None:
    orgs = _labelled("县安委会议要求各乡镇压实责任。", "ORG")
    assert "县安委会议" not in orgs
    assert "县安委会" not in orgs


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "上午，林晓东一行来到市公安局指挥中心，查看值守情况。",
            "市公安局指挥中心",
        ),
        ("副区长甘明远到区应急管理局应急指挥中心检查防汛值班。", "区应急管理局应急指挥中心"),
        ("随后，检查组来到县海事局指挥中心，听取汇报。", "县海事局指挥中心"),
    ],
)
def test_bureau_command_centre_is_one_body(text: str, org: str) -> None:
    assert org in _labelled(text, "ORG")


def test_command_centre_before_a_post_leaves_the_bureau() -> None:
    orgs = _labelled("在市公安局指挥中心主任林晓东陪同下，检查组查看了监控平台。", "ORG")
    assert "市公安局指挥中心" not in orgs
