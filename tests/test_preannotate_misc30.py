"""misc30 (issue 16, session 30): PERSON, TITLE, DATE, ORG and GPE forms behind the errors on
dev30, written as general forms (made-up sentences; names invented, places only names):

PERSON / TITLE
- a surname and a short post after a preposition or a connective (向周区长汇报, 借周书记督导之机,
  和周局长, 会后周区长…), where the article named that official in full: PERSON + TITLE with
  HOLDS_TITLE, as at a clause's start; not after the opening of a basis to act on (按照周部长提出
  的要求), and never without the full name;
- a titled name before 寄予 (…书记某某寄予厚望): 寄予 closes the name (name_followers.txt).
DATE
- the season of the report's year (今冬, 今春, 明春; 今冬明春 one expression), not a given name
  after its surname (李明春), nor 今春节;
- a date whose year digits the site stripped (，年3月6日在…), 年 kept in the DATE.
GPE / ORG (the corps)
- a regiment numbered in digits (68团) is a GPE in a text about the corps, and the regiment before
  its party committee is one ORG (68团党委, 六十八团党委), as 七师党委 is.
GPE / ORG / TITLE (a city's zone written by its kind)
- 城乡一体化示范区 (title_levels.txt): the zone alone is a GPE, with the city's 市 before it
  (市城乡一体化示范区); its bureaus (城乡一体化示范区住建局) and posts keep the zone and the 市.
ORG
- a committee of the level's conference or congress named by an abbreviation of four or five
  characters (区政协农经环资委, 市人大教科文卫委), one ORG with the body before it;
- a site with its channel (新华网某某频道) is one ORG, the place inside no GPE.
"""

from __future__ import annotations

import pytest

from tests.span_helpers import holds, labelled


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "区长周立群来到街道调研。街道党工委书记等人向周区长介绍了拆违进展。",
            ("周", "区长"),
        ),
        ("区长周立群到社区督导。会后周区长深入辖区检查。", ("周", "区长")),
        (
            "市委书记葛启航暗访督导。各级要借葛书记督导之机，推动整改落地。",
            ("葛", "书记"),
        ),
        (
            "会上传达了县创城办主任吴晓梅和住建局局长洪宏达的讲话，与会人员学习了吴主任和洪局长的要求。",
            ("洪", "局长"),
        ),
    ],
)
def test_surname_and_post_after_a_preposition(text: str, pair: tuple[str, str]) -> None:
    assert (pair[0], "PERSON") in labelled(text, "PERSON")
    assert (pair[1], "TITLE") in labelled(text, "TITLE")
    assert pair in holds(text)


@pytest.mark.parametrize(
    "text",
    [
        # no surname before the post (和 the conjunction): nothing tagged (session 32: 和杨局长,
        # a surname nobody names in full, is PERSON + TITLE; test_preannotate_people32)
        "会议学习了市文明办和局长的要求。",
    ],
)
def test_surname_and_post_left(text: str) -> None:
    persons = [t for t, _ in labelled(text, "PERSON")]
    assert not persons


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("全镇启动了今冬征兵报名工作。", ["今冬"]),
        ("要做好今冬明春森林防火工作。", ["今冬明春"]),
        ("今春以来，全县完成植树造林。", ["今春"]),
        # a given name after its surname: none; the festival is no season (春节前 stands as
        # the day since session 32: a festival written out in full before 前 / 期间)
        ("副县长郑明春出席。今春节前走访困难群众。", ["春节"]),
        ("按照县委统一安排，年3月6日在县会议中心召开推进会。", ["年3月6日"]),
        ("2030年3月6日，县里召开推进会。", ["2030年3月6日"]),
        ("今年3月6日，县里召开推进会。", ["今年3月6日"]),
    ],
)
def test_seasons_and_stripped_years(text: str, dates: list[str]) -> None:
    assert [t for t, _ in labelled(text, "DATE")] == dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "来源：72团\n4月2日上午，72团党委召开专题会议，部署团场人居环境整治。",
            [("72团", "GPE"), ("72团党委", "ORG")],
        ),
        (
            "来源：七十二团\n4月2日上午，七十二团党委召开专题会议，部署团场人居环境整治。",
            [("七十二团", "GPE"), ("七十二团党委", "ORG")],
        ),
        # digits before 团 outside a text about the corps: no regiment
        ("演出分为1团、2团两个篇章。", []),
    ],
)
def test_regiments_of_the_corps(text: str, expected: list[tuple[str, str]]) -> None:
    assert labelled(text, "GPE", "ORG") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "督导组到柳岸区、桐江区和市城乡一体化示范区的社区检查。",
            [("柳岸区", "GPE"), ("桐江区", "GPE"), ("市城乡一体化示范区", "GPE")],
        ),
        ("城乡一体化示范区召开创建动员会。", [("城乡一体化示范区", "GPE")]),
        (
            "会议召开，城乡一体化示范区住建局、市公安局负责人参加。",
            [("城乡一体化示范区住建局", "ORG"), ("市公安局", "ORG")],
        ),
        ("市城乡一体化示范区住建局召开会议。", [("市城乡一体化示范区住建局", "ORG")]),
        (
            "市城乡一体化示范区管委会主任张建华带队督导。",
            [("市城乡一体化示范区管委会主任", "TITLE")],
        ),
    ],
)
def test_zone_written_by_its_kind(text: str, expected: list[tuple[str, str]]) -> None:
    assert labelled(text, "GPE", "ORG", "TITLE") == expected


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        (
            "区政协农经环资委、农业农村委，区城市管理局参加视察。",
            ["区政协农经环资委", "农业农村委", "区城市管理局"],
        ),
        ("市人大教科文卫委组织委员视察。", ["市人大教科文卫委"]),
        ("市政协民宗委组织委员视察。", ["市政协民宗委"]),
    ],
)
def test_committees_of_the_conference(text: str, orgs: list[str]) -> None:
    assert [t for t, _ in labelled(text, "ORG")] == orgs


def test_name_before_the_hope_placed_in_it() -> None:
    # 寄予厚望 after the titled name closes it (name_followers.txt), so the chain of posts
    # before it holds for the name
    text = "讲话中，孟启对区政协副主席、青禾镇党委书记万启航寄予厚望。"
    assert holds(text) == [("万启航", "区政协副主席"), ("万启航", "青禾镇党委书记")]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("新华网澄岭频道8月20日电（记者 孟启）20日上午，召开大会。", ["新华网澄岭频道"]),
        ("来源：人民网鹿鸣频道", ["人民网鹿鸣频道"]),
        # a site alone stays the site
        ("据新华网报道，全市召开大会。", ["新华网"]),
    ],
)
def test_outlet_with_its_channel(text: str, orgs: list[str]) -> None:
    assert [t for t, _ in labelled(text, "ORG")] == orgs
