"""The cues that gate orgs' whole-text passes (session 35): each is found in every match of the
pass it gates, so a text without the cue has no match and the pass is left out. Made-up text."""

from __future__ import annotations

import re

import pytest

from civannot.preannotate import orgs
from civannot.preannotate.orgs import _may_extend

# (pattern, its gate: a regex or the words of which one must be in the match, a text it matches)
CASES = [
    ("_NUMBERED_SCHOOL", orgs._NUMBERED_SCHOOL_END, "走访了青禾八小、红星二中等学校"),
    ("_LEVEL_SCHOOL", orgs._NUMBER_SCHOOL, "，县一中、市二小的师生"),
    ("_DEMOCRATIC_PARTY", orgs._DEMOCRATIC_PARTY_NAME, "民盟青禾市委会组织委员"),
    ("_DEMOCRATIC_PARTY", orgs._DEMOCRATIC_PARTY_NAME, "九三学社青禾委员会开展活动"),
    ("_ACCOUNT_HEADER", orgs._DASHED_DATE, "青禾发布 2023-5-12\n正文"),
    ("_EDITOR_OUTLET", orgs._EDITOR_FIELD, "编辑：青禾信息网\n"),
    ("_OUTLET", orgs._OUTLET_CUE, "青禾新闻网讯 近日"),
    ("_OUTLET", orgs._OUTLET_CUE, "\n青禾在线5月3日（记者 某某）"),
    ("_OUTLET", orgs._OUTLET_CUE, "\n青禾报道讯（通讯员 某某）"),
    ("_OUTLET", orgs._OUTLET_CUE, "\n青禾网5月3日电 近日"),
    ("_OUTLET", orgs._OUTLET_CUE, "据青禾发布消息，"),
    ("_OUTLET", orgs._OUTLET_CUE, "稿源：网信青禾县 "),
    ("_SOURCE", orgs._SOURCE_CUE, "来源：青禾融媒\n"),
    ("_CIVILISATION_ACCOUNT", orgs._CIVILISATION_OPEN, "正文\n文明青禾 关注我们"),
    ("_CIVILISATION_ACCOUNT", orgs._CIVILISATION_OPEN, "正文 文明青禾\n"),
    ("_SOURCE", orgs._SOURCE_CUE, "（版权归青禾信息港所有）"),
]


@pytest.mark.parametrize(("name", "cue", "text"), CASES)
def test_every_match_holds_its_cue(name: str, cue: re.Pattern[str], text: str) -> None:
    matches = list(getattr(orgs, name).finditer(text))
    assert matches, name
    for m in matches:
        # (the cue may reach a few characters past the match: its lookahead)
        assert cue.search(text[max(0, m.start() - 8) : m.end() + 16]) is not None


@pytest.mark.parametrize(
    ("text", "e", "extends"),
    [
        ("市委书记", 2, False),
        ("县委办公室主任", 3, True),  # 县委办 + 公室
        ("省委督查组组长", 2, True),
        ("县委中心组成员", 2, True),
        ("县委机关全体", 2, True),
        ("市纪委第三监督检查室", 3, True),
        ("县公安局交警大队", 4, True),
        ("镇人大主席团", 3, True),
    ],
)
def test_may_extend(text: str, e: int, extends: bool) -> None:
    assert _may_extend(text, e) is extends
