"""orgs26 (issue 16, session 25): forms behind the errors on dev24 (the hard regional set) and
the ~950 development pages, written as general forms (made-up sentences; the people's names are
invented, the places only names):

- a leaders' list whose first name has a given name that is a word (市领导黎春秋、…): the whole
  list and its post were lost; read where the list goes on with a name;
- a name inside a list of names (、 on both sides, names on both sides) that the surname rules
  do not read (a rare surname, a given name that is a word: 、青春、): the whole list was lost;
- the last name of a leaders' list of a surname no list holds (、黑某某陪同): the name was lost;
- how often a leader does it right after the titled name (某某每天…): the name was lost;
- a cadre's profile (某某，男，1970年5月出生，汉族，…。现任…): the subject and the posts it holds;
- 创文联络员: no 文联 inside the campaign's short name and 联络;
- 某某经济技术开发区管委会主任 with no name: the committee opens a post, no ORG 某某管委;
- a site's masthead in the page's chrome (稿源： 某某北方网, 您当前的位置 ： 文明网 >>,
  欢迎来到某某分类信息网): one ORG, no GPE inside.
"""

from __future__ import annotations

import pytest

from civannot.preannotate.engine import suggest
from tests.preannotate_support import entity_set as _tagged


def _holds(text: str) -> set[tuple[str, str]]:
    r = suggest(text)
    return {
        (r.spans[h].text, r.spans[t].text) for kind, h, t in r.relations if kind == "HOLDS_TITLE"
    }


def test_leaders_list_first_given_name_a_word() -> None:
    got = _holds("市委副书记邵明川主持会议。市领导龙建设、韦春生、陶明远出席。")
    assert {("龙建设", "市领导"), ("韦春生", "市领导"), ("陶明远", "市领导")} <= got


def test_leaders_list_word_stays_no_name() -> None:
    # 包社区: what leaders take charge of, no name (the list does not go on with a name)
    got = _tagged("市级领导包社区、单位包楼栋，层层压实责任。")
    assert not any(label == "PERSON" for _, label in got)


def test_unread_item_inside_a_list_of_names() -> None:
    got = _tagged("会上，邵明川、韦春生、青春、陶明远等县领导参加会议。")
    assert {
        ("邵明川", "PERSON"),
        ("韦春生", "PERSON"),
        ("青春", "PERSON"),
        ("陶明远", "PERSON"),
    } <= got


def test_unread_item_needs_names_on_both_sides() -> None:
    got = _tagged("会上，邵明川、韦春生、青春等县领导参加会议。")
    assert ("青春", "PERSON") not in got


def test_list_last_name_of_unlisted_surname() -> None:
    got = _holds("市领导邵明川、韦春生、陶明远、黑志刚陪同调研。")
    assert ("黑志刚", "市领导") in got


@pytest.mark.parametrize("item", ["志愿者", "村干部", "各单位"])
def test_list_last_item_not_a_name(item: str) -> None:
    got = _tagged(f"市领导邵明川、韦春生、{item}陪同调研。")
    assert (item, "PERSON") not in got


def test_name_before_how_often() -> None:
    got = _holds("区政协副主席邵明川、韦春生、龚靖每天分别到包联街道督导。")
    assert ("龚靖", "区政协副主席") in got


def test_profile_subject_and_posts() -> None:
    text = (
        "【嘉宾简介】\n"
        "邵明川，男，1968年3月出生，汉族，1989年7月参加工作。"
        "现任中共柳州市委副书记，柳州市人民政府市长。\n"
        "【访谈实录】\n邵明川：城市是大家的家园。"
    )
    got = _tagged(text)
    assert ("邵明川", "PERSON") in got
    assert {("邵明川", "柳州市委副书记"), ("邵明川", "柳州市人民政府市长")} <= _holds(text)
    r = suggest(text)
    assert sum(1 for s in r.spans if s.label == "PERSON" and s.text == "邵明川") == 2


def test_no_profile_without_its_details() -> None:
    got = _tagged("\n邵明川，男，说起这件事很激动。")
    assert ("邵明川", "PERSON") not in got


def test_campaign_liaison_no_federation() -> None:
    got = _tagged("各单位负责同志及创文联络员参加实地检查。")
    assert not any(label == "ORG" for _, label in got)
    assert ("县文联", "ORG") in _tagged("县文联组织作家采风。")


def test_zone_committee_post_no_org() -> None:
    got = _tagged("他现任柳东经济技术开发区管委会主任。")
    assert not any(label == "ORG" and "管委" in t for t, label in got)


@pytest.mark.parametrize(
    "text, site",
    [
        ("美城行动\n稿源： 柳州北方网 作者：韦春生", "柳州北方网"),
        ("未成年人\n\n您当前的位置 ： 文明网 >> 精神文明建设", "文明网"),
        ("您好，欢迎来到柳州分类信息网\n免费发信息", "柳州分类信息网"),
        ("柳城文明网  2024年04月17日\n", "柳城文明网"),
    ],
)
def test_masthead_sites(text: str, site: str) -> None:
    got = _tagged(text)
    assert (site, "ORG") in got
    assert not any(label == "GPE" and t in site for t, label in got)


@pytest.mark.parametrize("text", ["建设智能电网 提升供电能力\n", "信息来源： 转自本网 发布时间"])
def test_no_masthead(text: str) -> None:
    assert not any(label == "ORG" for _, label in _tagged(text))


def test_conjunction_before_surname_and_general_secretary() -> None:
    text = "全省要认真贯彻落实决策部署和习总书记指示要求，认真学习贯彻会议精神。"
    got = _tagged(text)
    assert ("习", "PERSON") in got
    assert ("和习", "PERSON") not in got
    assert ("习", "总书记") in _holds(text)
    # the surname alone is no name to look for again (学习)
    assert sum(1 for s in suggest(text).spans if s.label == "PERSON") == 1


def test_name_before_interview() -> None:
    got = _holds("9月5日将推出对柳州市委副书记、市长邵明川的专访，敬请关注！")
    assert {("邵明川", "柳州市委副书记"), ("邵明川", "市长")} <= got


def test_body_of_a_four_character_city() -> None:
    got = _tagged("到来之际，共青城市人大常委会机关开展志愿服务活动。")
    assert ("共青城市人大常委会机关", "ORG") in got


def test_standing_committee_organ() -> None:
    assert ("县人大常委会机关", "ORG") in _tagged("县人大常委会机关开展志愿服务活动。")


@pytest.mark.parametrize(
    "text, name",
    [
        ("会上，邵明川宣读了表彰决定。", "邵明川"),
        ("会上，邵明川作动员讲话。", "邵明川"),
        ("邵明川带领相关部门负责人察看了农贸市场。", "邵明川"),
        ("邵明川代表县委县政府致辞。", "邵明川"),
        ("针对存在问题，邵明川召开座谈会听取意见。", "邵明川"),
        ("邵明川调研创文工作时强调，要加强管理。", "邵明川"),
        ("今年以来，据邵明川介绍，共整治问题三百处。", "邵明川"),
    ],
)
def test_bare_name_opening_a_clause_with_an_act(text: str, name: str) -> None:
    assert (name, "PERSON") in _tagged(text)


@pytest.mark.parametrize(
    "text",
    ["会上，同时宣读了表彰决定。", "会上，王庄村汇报了工作。", "同时，严格要求各单位加强管理。"],
)
def test_no_name_opening_a_clause(text: str) -> None:
    assert not any(label == "PERSON" for _, label in _tagged(text))


def test_comrades_address_no_name() -> None:
    got = _tagged("各位领导、同志们：今天召开会议。邵明川同志主持会议。")
    assert ("邵明川", "PERSON") in got
    assert sum(1 for _, label in got if label == "PERSON") == 1


@pytest.mark.parametrize(
    "text, name",
    [
        ("会上，次仁多杰强调，要加强管理。", "次仁多杰"),
        ("会上，白玛旺堆强调，要加强管理。", "白玛旺堆"),
        ("阿依古丽主持会议。", "阿依古丽"),
        ("多吉次珠到城东街道检查创文工作。", "多吉次珠"),
    ],
)
def test_transliterated_name_in_a_frame(text: str, name: str) -> None:
    assert (name, "PERSON") in _tagged(text)


def test_bare_list_with_a_name_found_again() -> None:
    text = (
        "管委会领导邵明川、韦春生、陶明远、龙海波，管委会副巡视员樊建国出席会议。\n"
        "韦春生宣读了实施方案。"
    )
    got = _tagged(text)
    assert {("邵明川", "PERSON"), ("陶明远", "PERSON"), ("龙海波", "PERSON")} <= got
