"""A surname's name of three before 来到 is not read as a transliterated name with a listed part
(海来) running into the verb (session 47: 省长某某海来到… gave PERSON 某某海来). Made-up names."""

from __future__ import annotations

import pytest

from civannot.preannotate.engine import suggest


def _persons(text: str) -> list[str]:
    return [text[s.start : s.end] for s in suggest(text).spans if s.label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("市长王志海来到吉林市调研。", "王志海"),
        ("副省长陈明海来到岚江县，就防汛工作进行调研。", "陈明海"),
        ("县长赵德海来到沙坪镇检查。", "赵德海"),
    ],
)
def test_a_han_name_of_three_closes_before_laidao(text: str, name: str) -> None:
    assert _persons(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the transliterated names the half-listed reading is for stay whole
        ("副县长拉毛才让强调，要抓好落实。", "拉毛才让"),
        ("州长吉克海来主持会议。", "吉克海来"),
        # a surname's name of two with 来 as its last character is not cut
        ("县委书记王海来主持会议。", "王海来"),
    ],
)
def test_transliterated_and_short_names_are_kept(text: str, name: str) -> None:
    assert _persons(text) == [name]
