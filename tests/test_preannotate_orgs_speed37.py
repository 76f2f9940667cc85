"""The shortcuts of find_orgs (session 37, speed37o), pinned on made-up text: each must give what
the slower path gives, so that a later edit of a rule that breaks one fails here."""

from __future__ import annotations

import re

import pytest

from civannot.preannotate import orgs
from civannot.preannotate.common import _is_cjk


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
    assert words == {*orgs._SOURCE_FIELDS, *orgs._COPYRIGHT_FIELDS, *orgs._ORIGINAL_FIELDS}
    assert orgs._SOURCE.pattern.count("(?<") == len(behind)


# (pattern, the words one of which each match holds, how far from its start (lo, hi), texts)
ANCHORED = [
    (
        "_CHROME_SITE",
        ("网",),
        (2, 11),
        [
            "青禾网 2024年5月3日\n",
            "稿源： 青禾北方网 作者：某某\n您当前的位置 ： 文明网 >> 正文",
            "欢迎来到青禾分类信息网\n欢迎访问青禾一二三四五六七八网_首页",
            "青禾一二三四五六七八九十网 青禾一二三四五六七八九网|",
            "网 网网 青禾网网 >青禾网",
            "智能电网 城市管网\n没有网站的正文。",
        ],
    ),
    (
        "_ZONE_BODY_ANY",
        orgs._ZONE_KINDS,
        (2, 8),
        [
            "成立青禾高新区党工委，希望青禾新区管委会",
            "青禾经济开发区管理委员会主任、青禾经开区党委",
            "希望一二三四五六集中区党委和青禾试验区管委会",
            "希望一二三四五六七集中区党委，新区党委，青禾开发区党工委书记",
        ],
    ),
    (
        "_ACCOUNT_FRAMED",
        orgs._ACCOUNT_KINDS,
        (2, 5),
        [
            "据青禾发布消息，（青禾手机台）\n青禾县发布\n",
            "转自青禾市城发布。来自青禾发布讯",
            "据据青禾发布记者 据青禾一二三发布报道",
            "\n发布发布消息\n青禾发布发布）",
        ],
    ),
]


@pytest.mark.parametrize(
    ("name", "words", "reach", "text"),
    [(n, w, r, t) for n, w, r, texts in ANCHORED for t in texts],
)
def test_anchored_as_finditer(
    name: str, words: tuple[str, ...], reach: tuple[int, int], text: str
) -> None:
    pattern = getattr(orgs, name)
    starts = orgs._opening_before(text, words, *reach)
    assert _spans(orgs._tried_at(pattern, text, starts)) == _spans(pattern.finditer(text))


def test_opening_before_reads_overlapping_words() -> None:
    # (高新区 holds 新区: both are looked for; a match opens anywhere lo to hi before either)
    assert orgs._opening_before("一二三高新区", ("高新区", "新区"), 2, 3) == {0, 1, 2}
    assert orgs._opening_before("网", ("网",), 2, 11) == set()


def test_list_run_holds_what_the_walk_read() -> None:
    # (_listed_bodies' stretch around a seed: 、 or a character _is_cjk holds, as the loop that
    # walked it asked character by character)
    edges = [0x3400, 0x9FFF, 0xF900, 0xFAFF, 0x20000, 0x3134F]
    chars = {chr(c + d) for c in edges for d in (-1, 0, 1)} | set("、，。 a1（）\n甲")
    for ch in chars:
        assert (orgs._LIST_RUN.fullmatch(ch) is not None) is (ch == "、" or _is_cjk(ch)), hex(
            ord(ch)
        )


@pytest.mark.parametrize(
    ("text", "a", "e"),
    [
        ("参加的有县交管局、车管所、科研所等单位。", 3, 7),
        ("县交管局、车管所", 0, 4),
        ("会上，县交管局、车管所", 3, 7),
        ("ab、县交管局、车管所、cd", 3, 7),
        ("县交管局", 0, 4),
    ],
)
def test_list_run_as_the_walk(text: str, a: int, e: int) -> None:
    lo, hi = a, e
    while lo and (text[lo - 1] == "、" or _is_cjk(text[lo - 1])):
        lo -= 1
    while hi < len(text) and (text[hi] == "、" or _is_cjk(text[hi])):
        hi += 1
    backwards, n = text[::-1], len(text)
    assert a - orgs._list_run(backwards, n - a) == lo
    assert e + orgs._list_run(text, e) == hi
