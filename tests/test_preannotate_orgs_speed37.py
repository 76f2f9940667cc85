"""The shortcuts of find_orgs (session 37, speed37o), pinned on made-up text: each must give what
the slower path gives, so that a later edit of a rule that breaks one fails here."""

from __future__ import annotations

import re

import pytest

from civannot.preannotate import orgs


def _spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...], int | None]]:
    return [(m.span(), m.groups(), m.lastindex) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "来源：青禾融媒\n",
        "正文……\n来源： 青禾发布 作者：某某\n",
        "来源：来源：青禾融媒\n",
        "来源|青禾e媒-青禾新闻网\n来源｜青禾之窗",
        "本文原载于青禾在线。转自：青禾发布（有删改）",
        "摘自:青禾日报 转自:青禾晚报\n",
        "官方微信：青禾舆论场）微信公众号：文明青禾\n",
        "来自： 青禾城郊\n来自：青禾社区\n",
        "（版权归青禾信息港所有）网络版权均属青禾新闻网所有，版权属本网所有",
        "来源：本网 来源：网络 来源：青禾k8平台-www",
        "无字段的正文，只有来源两个字。",
        "来源：",
    ],
)
def test_source_fields_as_finditer(text: str) -> None:
    assert _spans(orgs._source_fields(text)) == _spans(orgs._SOURCE.finditer(text))


def test_source_looks_behind_for_its_fields_only() -> None:
    # (what makes _source_fields exact: every branch of _SOURCE opens with a lookbehind for one
    # of the words it is tried after, and nothing else)
    behind = re.findall(r"\(\?<=((?:[^()\\]|\\.)+)\)", orgs._SOURCE.pattern)
    words = {re.sub(r"\\(.)", r"\1", w) for w in behind}
    assert words == {*orgs._SOURCE_FIELDS, *orgs._COPYRIGHT_FIELDS}
    assert orgs._SOURCE.pattern.count("(?<") == len(behind)
