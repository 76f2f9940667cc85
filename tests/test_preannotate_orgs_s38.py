"""orgs38 (issue 16, session 38): ORG forms written as general forms (made-up sentences; names
and places invented):

- the people's political consultative conference by its full name, the term before or after
  its place (政协某某县第十届委员会, 政协第十一届某某县委员会), and by its place's bare name
  opening a line or a field (【某某政协】, 来源：某某政协);
- a party committee before its standing members' widened meeting (县委常委（扩大）会) and the
  centre before a field's work meeting (中央经济工作会议): the meeting is no entity, the body is;
- a court or a procuratorate by its place (某某法院, 某旗人民法院) whole, the place no entity of
  its own; before its head's post with no name it is the post's, as a village's committee is;
- international bodies and 中纪委 by their usual names (resources org_names.txt);
- a level's campaign office with the campaign quoted inside (市“创文”办), a project's
  headquarters named by its project (某某新村项目指挥部), an outlet's app on a line of its own in
  the page's chrome, and a zone's 管委 after its 工委;
- (second commit) a level's bodies listed bare after the first, which holds the level
  (市人大、政府、政协、法院、检察院党组);
- (third commit) a word of the state of affairs ending in 局 (大局, 开好局) closes no bureau's
  name; a state utility's local company by its trade (移动公司) is a company though its trade
  is a common word.
"""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _labelled(text: str, label: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == label]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("会议传达了政协青禾县第十届委员会第二次会议精神。", "政协青禾县第十届委员会"),
        ("政协第十一届禾山县委员会第二次会议召开全体会议。", "政协第十一届禾山县委员会"),
        ("市委书记李青参加政协禾川市第十四届委员会第三次会议。", "政协禾川市第十四届委员会"),
    ],
)
def test_the_conference_by_its_full_name_is_one_body(text: str, body: str) -> None:
    assert body in _labelled(text, "ORG")


def test_the_conference_by_its_place_opening_a_line() -> None:
    text = "【平阴政协】政协委员深入社区开展调研"
    assert "平阴政协" in _labelled(text, "ORG")
    assert "平阴" not in _labelled(text, "GPE")


def test_the_conference_by_its_place_before_a_post_is_the_title() -> None:
    text = "平阴政协主席张青出席会议。"
    assert "平阴政协" not in _labelled(text, "ORG")
    assert "平阴政协主席" in _labelled(text, "TITLE")


@pytest.mark.parametrize(
    "text",
    [
        "县委书记王青主持召开县委常委（扩大）会，传达学习有关精神。",
        "近日，县委召开县委常委扩大会议，研究安排创建工作。",
    ],
)
def test_the_committee_before_its_widened_meeting(text: str) -> None:
    assert "县委" in _labelled(text, "ORG")


def test_the_standing_committee_meeting_keeps_its_body() -> None:
    assert "区委常委会" in _labelled("区委常委会议研究了创建工作。", "ORG")


@pytest.mark.parametrize(
    "text",
    [
        "要全面落实中央农村工作会议精神。",
        "体现了中央经济工作会议和省委全会精神。",
        "深入学习领会第三次中央新疆工作座谈会精神。",
    ],
)
def test_the_centre_before_a_work_meeting(text: str) -> None:
    assert "中央" in _labelled(text, "ORG")


def test_the_party_centre_stays_whole_before_a_meeting() -> None:
    assert "党中央" in _labelled("党中央召开农村工作会议。", "ORG")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("区司法局、解放街道、禾北法院等主要负责人参加调研。", "禾北法院"),
        ("11月4日，在青旗人民法院调研。", "青旗人民法院"),
        ("区住建局、禾山区人民检察院等单位参加。", "禾山区人民检察院"),
    ],
)
def test_a_court_by_its_place_is_one_body(text: str, body: str) -> None:
    assert body in _labelled(text, "ORG")


def test_a_court_before_its_heads_post() -> None:
    # with no name after it, the post is generic and the court its part (as 某某村党支部书记)
    assert not _labelled("区法院院长、区检察院检察长出席会议。", "ORG")
    text = "禾北法院院长李青讲话。"
    assert "禾北法院院长" in _labelled(text, "TITLE")


def test_international_bodies_and_the_discipline_commission() -> None:
    text = "服务保障上合组织峰会，集体学习中纪委全会精神。"
    orgs = _labelled(text, "ORG")
    assert "上合组织" in orgs
    assert "中纪委" in orgs


def test_a_campaign_office_with_its_campaign_quoted() -> None:
    text = "3月2日，我市召开市“创文”办第三次工作例会。"
    assert "市“创文”办" in _labelled(text, "ORG")
    assert "创文" not in _labelled(text, "SLOGAN")


def test_every_levels_quoted_office_names_none() -> None:
    assert not _labelled("及时向市、区两级“创文”办汇报。", "ORG")


def test_a_projects_headquarters_by_its_project() -> None:
    text = "区长李青带队到禾北新村项目指挥部调研。新伊高速项目部负责人发言。"
    orgs = _labelled(text, "ORG")
    assert "禾北新村项目指挥部" in orgs
    assert "新伊高速项目部" in orgs
    assert "禾北新村" not in _labelled(text, "LOC")


@pytest.mark.parametrize(
    "text",
    [
        "调研组在项目指挥部召开座谈会。",
        "对重点项目部署推进。",
        "成立禾镇实施“百千万工程”重大项目指挥部。",
    ],
)
def test_no_project_named(text: str) -> None:
    assert not [o for o in _labelled(text, "ORG") if "项目" in o]


def test_an_apps_line_in_the_chrome() -> None:
    text = "关闭\n翠翠青山APP\n青山公众号\n下载APP\n手机APP\n李青主持召开推进会"
    assert [o for o in _labelled(text, "ORG") if "APP" in o] == ["翠翠青山APP"]


def test_a_zones_committee_after_its_working_committee() -> None:
    text = "开发区工委、管委领导班子成员参加会议。"
    orgs = _labelled(text, "ORG")
    assert "开发区工委" in orgs
    assert "管委" in orgs


@pytest.mark.parametrize(
    "text",
    [
        "会议专题研究市人大、政府、政协、法院、检察院党组工作。",
        "市委常委会听取市人大、政府、政协、法院和检察院党组工作汇报。",
    ],
)
def test_a_levels_bodies_listed_bare_after_the_first(text: str) -> None:
    orgs = _labelled(text, "ORG")
    assert {"市人大", "政府", "政协", "法院", "检察院党组"} <= set(orgs)


def test_a_bare_government_with_no_level_before_the_list_names_none() -> None:
    assert "政府" not in _labelled("加强与企业、政府、社会的沟通。", "ORG")


@pytest.mark.parametrize(
    "text",
    [
        "紧紧围绕党和国家工作大局，紧密结合城市发展实际。",
        "锚定2026年乡村振兴开好局、起好步。",
        "构建齐抓共管的工作格局。",
    ],
)
def test_a_word_of_the_state_of_affairs_closes_no_bureau(text: str) -> None:
    assert not _labelled(text, "ORG")


def test_a_bureau_still_closes_its_name() -> None:
    orgs = _labelled("县民政局、县财政局负责人参加。", "ORG")
    assert orgs == ["县民政局", "县财政局"]


def test_a_utilitys_local_company_by_its_trade() -> None:
    text = "县发改局召集禾山中学、移动公司、供水公司等单位召开会议。"
    orgs = _labelled(text, "ORG")
    assert "移动公司" in orgs
    assert "供水公司" in orgs


def test_a_kind_of_company_names_none() -> None:
    assert "物业公司" not in _labelled("要发挥居委会与物业公司等的作用。", "ORG")
