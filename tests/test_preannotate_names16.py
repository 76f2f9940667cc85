"""Names and titles of session 3 (issue 16) in forms read in real reports: a bare post written
after the name (某某副区长一行, 某某书记和某某主任的汇报), town and sub-district posts (宣传委员,
纪工委书记), campaign headquarters (总指挥) before a name closed by 率领, and a character before a
post that is no surname (老书记强调; session 32: 王书记强调 is PERSON + TITLE). Sentences are made up."""

from __future__ import annotations

import pytest

from tests.preannotate_support import spans_and_holds as _out


def test_bare_post_after_a_name() -> None:
    spans, holds = _out("10月8日，吕晨阳副区长一行到街道督导创文工作。")
    assert ("吕晨阳", "PERSON") in spans and ("副区长", "TITLE") in spans
    assert ("吕晨阳", "副区长") in holds


def test_two_names_with_posts_joined_by_he() -> None:
    spans, holds = _out("会上听取了龚一帆书记和梅俊主任的汇报。")
    assert ("龚一帆", "PERSON") in spans and ("梅俊", "PERSON") in spans
    assert ("和梅俊", "PERSON") not in spans
    assert holds == {("龚一帆", "书记"), ("梅俊", "主任")}


@pytest.mark.parametrize(
    "text",
    [
        "各村党组织书记、村委会主任参加会议。",  # 党组织 is a word, not 党 + a given name
        "宣传部长在会上强调，要压实责任。",
        # no surname before the post (session 32: 请张主任 / 王书记 are PERSON + TITLE)
        "请老主任讲话。原书记强调，要抓落实。",
    ],
)
def test_no_name_made_of_words_or_posts(text: str) -> None:
    spans, _ = _out(text)
    assert not [s for s in spans if s[1] == "PERSON"], spans


@pytest.mark.parametrize(
    "text, titles, name",
    [
        (
            "街道党工委委员、纪工委书记陆斌宣读了工作方案。",
            ["街道党工委委员", "纪工委书记"],
            "陆斌",
        ),
        (
            "镇党委宣传委员、副总指挥葛翔梅传达了会议精神。",
            ["镇党委宣传委员", "副总指挥"],
            "葛翔梅",
        ),
        ("镇创建攻坚指挥部总指挥李长太率领与会人员宣誓。", ["镇创建攻坚指挥部总指挥"], "李长太"),
    ],
)
def test_town_and_headquarters_titles_before_a_name(
    text: str, titles: list[str], name: str
) -> None:
    spans, holds = _out(text)
    assert [s for s, lab in spans if lab == "TITLE"] == titles
    assert (name, "PERSON") in spans
    assert holds == {(name, t) for t in titles}


@pytest.mark.parametrize(
    "text, orgs",
    [
        (
            "县委办、县人大办、水边镇政府、县政协办作表态发言。",
            ["县委办", "县人大办", "水边镇政府", "县政协办"],
        ),
        ("永定区委文明办供图。", ["永定区委文明办"]),  # 永定 is also a word; 永定区 is a place
        ("塔里木大学、幸福路街道办作表态发言。", ["塔里木大学", "幸福路街道办"]),
        ("各乡镇要抓落实，乡镇政府要履职。", []),  # 乡镇政府 is generic
    ],
)
def test_small_bodies(text: str, orgs: list[str]) -> None:
    spans, _ = _out(text)
    assert [s for s, lab in spans if lab == "ORG"] == orgs


@pytest.mark.parametrize(
    "text, titles, name",
    [
        # a surname the list does not hold, closed by punctuation or a leader's act
        ("省委宣传部副部长操龙灿出席。", ["省委宣传部副部长"], "操龙灿"),
        (
            "铜陵市市委常委、宣传部长、副市长昌红梅出席。",
            # (the place before its repeated unit inside the first post, as 某某市委书记)
            ["铜陵市市委常委", "宣传部长", "副市长"],
            "昌红梅",
        ),
        # the corps division's number belongs to the title
        ("七师党委书记、政委刘新建率代表团走访。", ["七师党委书记", "政委"], "刘新建"),
        # a zone's committee with a long name, third in a chain
        (
            "县委常委、常务副县长、二坝集中示范园区管委会主任方永东出席。",
            ["县委常委", "常务副县长", "二坝集中示范园区管委会主任"],
            "方永东",
        ),
        ("市政府党组成员、秘书长王震秀担任负责人。", ["市政府党组成员", "秘书长"], "王震秀"),
    ],
)
def test_chains_before_names_of_every_kind(text: str, titles: list[str], name: str) -> None:
    spans, holds = _out(text)
    assert [s for s, lab in spans if lab == "TITLE"] == titles
    assert (name, "PERSON") in spans
    assert holds >= {(name, t) for t in titles}


@pytest.mark.parametrize(
    "text",
    [
        "市委书记出席会议并讲话。县委书记在会上强调，要抓落实。",
        "会议由县委副书记主持。由市长主持。",
        "县人大常委会各工作机构负责人参加。",
    ],
)
def test_no_name_after_a_title_without_one(text: str) -> None:
    spans, _ = _out(text)
    assert not [s for s in spans if s[1] == "PERSON"], spans
