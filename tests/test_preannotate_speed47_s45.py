"""speed47 (session 45): r.org reads a level once for all its level-led alternatives; the
matches stay those of the old order (names and acronyms between them). Made-up places."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest
from civannot.preannotate.common import _level_overlapping_names, rules


def _org_at(text: str) -> str | None:
    r = rules()
    suggest("岚江县召开会议。")  # (the rules' patterns are compiled at the first text)
    m = r.org.match(text)
    return None if m is None else m.group()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a level and bodies: the bodies run on (农业农村局 + 党组), not the fields' bureau
        ("县农业农村局党组书记周立新", "县农业农村局党组"),
        # a listed name that opens with a level: the name, as before
        ("市场监管局检查组到岚江县", "市场监管局"),
        ("团市委书记周立新", "团市委"),
        # the fields' bureau and unit, read after the level once
        ("县规划建设和住房保障局", "县规划建设和住房保障局"),
        ("县交通运输管理所所长", "县交通运输管理所"),
        # a long body after the level
        ("县创建全国文明城市工作领导小组会议", "县创建全国文明城市工作领导小组"),
        # (negative: a level before a word that names no body)
        ("市民广场上", None),
        ("县里安排", None),
    ],
)
def test_level_led_alternatives_keep_their_matches(text: str, want: str | None) -> None:
    assert _org_at(text) == want


def test_overlapping_names_are_those_a_level_opens_or_that_open_one() -> None:
    levels = ["市", "县", "国家", "开发区"]
    names = ["市场监管局", "县委", "国", "岚江日报社", "APEC", "开发", "国家民委"]
    # (a Latin name never overlaps a level; 岚江日报社 opens with none)
    assert _level_overlapping_names(levels, names) == [
        "县委",
        "国",
        "国家民委",
        "市场监管局",
        "开发",
    ]
    assert _level_overlapping_names(levels, ["岚江日报社"]) == []


def test_short_form_still_built() -> None:
    # the pattern for a text without a long body's last words is the pattern less those
    # alternatives (its count of them follows the pattern): never the whole pattern again
    r = rules()
    suggest("岚江县召开会议。")
    assert r.org_short() is not r.org
    assert r.org_short().match("县创建全国文明城市工作领导小组") is None
    assert r.org_short().match("县农业农村局党组").group() == "县农业农村局党组"


def test_suggestions_same_with_and_without_long_body_words() -> None:
    # one text read with the whole pattern (it holds 领导小组) and without (the same ORGs)
    plain = "岚江县农业农村局党组书记周立新到县规划建设和住房保障局调研。"
    whole = plain + "县创建全国文明城市工作领导小组召开会议。"
    got_plain = {(s.start, s.end, s.label) for s in suggest(plain).spans if s.label == "ORG"}
    got_whole = {(s.start, s.end, s.label) for s in suggest(whole).spans if s.label == "ORG"}
    assert got_plain <= got_whole
    assert [plain[a:b] for a, b, _ in sorted(got_plain)] == ["县规划建设和住房保障局"]
