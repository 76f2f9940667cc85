"""Session 31 (guard31): a switch whose form a team reads by the kind of site
(corrections.KIND_READ_SWITCHES: loc.place_whole, loc.room_apart) is not switched on from one
page; a convention read the same way on all its forms (gpe.before_post) still is. The sentences
are made up (names, places)."""

from __future__ import annotations

from civannot.learn.corrections import KIND_READ_SWITCHES, learn_switches
from civannot.preannotate.engine import suggest
from civannot.preannotate.registry import DEFAULT_OFF
from tests.switch_support import switch_team, switched_on

WHOLE = "loc.place_whole"
ROOM = "loc.room_apart"
POST = "gpe.before_post"

# pages without any of the forms: the switches change nothing there
PLAIN = [
    "柳湾县召开创城推进会，县委书记冯远山出席并讲话。",
    "桐河镇组织志愿者开展环境整治活动，清理垃圾五十余处。",
    "会议要求，各单位要统一思想，层层传导压力。",
    "青岚县文明办发布通知，部署下一阶段创建工作。",
    "督导组走进背街小巷，察看卫生死角清理进度。",
    "岚溪县召开创文工作会议，县长陈立新主持。",
]
# a place written right before a site (the rules: GPE + LOC)
SITES = [
    "吴书记在青苇区锦绣社区检查创文工作，要求各部门抓好落实。",
    "孙书记在栖岸区杏花村检查创文工作，要求各部门抓好落实。",
    "钱书记在楚岭区澄湖公园检查创文工作，要求各部门抓好落实。",
]
# a meeting in the room of a body
ROOMS = [
    "柳湾县创城推进会在县文旅局三楼会议室召开，县长冯远山到会讲话。",
    "青岚县创卫推进会在县住建局五楼会议室召开，县长陈立新到会讲话。",
]
# a place before a post
POSTS = ["岚溪县召开创文推进会，岚溪县委书记褚海燕出席并讲话。"]


def _learned(texts: list[str], switched: str) -> tuple[list[str], dict[str, int]]:
    docs, sugs, resuggest = switch_team(texts, switched, True)
    on, _, gains = learn_switches(docs, sugs, resuggest)
    return on, gains


def test_the_forms_are_what_the_switches_change() -> None:
    for key, texts in ((WHOLE, SITES), (ROOM, ROOMS), (POST, POSTS)):
        for t in texts:
            assert switched_on(t, key).spans != suggest(t).spans, (key, t)
        for t in PLAIN:
            assert switched_on(t, key).spans == suggest(t).spans, (key, t)
    assert KIND_READ_SWITCHES <= DEFAULT_OFF and POST not in KIND_READ_SWITCHES


def test_a_place_joined_into_its_site_on_one_page_is_not_enough() -> None:
    # one span on one page removes 3 errors and nothing in the training gold contradicts it;
    # but the team that joined this kind of site may keep the place apart from the next kind
    on, gains = _learned([SITES[0], *PLAIN], WHOLE)
    assert gains[WHOLE] == 3
    assert on == []
    # two pages that join it: the switch goes on
    on, gains = _learned([SITES[0], SITES[1], *PLAIN], WHOLE)
    assert gains[WHOLE] == 6
    assert on == [WHOLE]


def test_a_page_that_keeps_the_place_apart_contradicts_a_page_that_joins_it() -> None:
    # one page joins the place into its community, another keeps it apart from its park: the
    # gold reads the form both ways, and the rules stay as they are
    docs, sugs, resuggest = switch_team([SITES[0], SITES[2], *PLAIN], WHOLE, True)
    keep, _, _ = switch_team([SITES[2]], WHOLE, False)
    docs[1] = keep[0]
    on, _, gains = learn_switches(docs, sugs, resuggest)
    assert gains[WHOLE] == 0
    assert on == []


def test_a_room_left_out_on_one_page_is_not_enough_and_on_two_is() -> None:
    # (one room removes 2 errors: the body's ORG found, the room's LOC gone; two meetings on one
    # page remove 4, above SWITCH_ALONE_GAIN, and are still one page)
    on, gains = _learned([ROOMS[0] + ROOMS[1], *PLAIN], ROOM)
    assert gains[ROOM] == 4 and on == []
    on, _ = _learned([*ROOMS, *PLAIN], ROOM)
    assert on == [ROOM]


def test_a_place_split_off_one_post_on_one_page_is_still_enough() -> None:
    # what the one-page rule was written for: a team that splits the place off its posts often
    # has a single page with such a post in twenty
    on, gains = _learned([POSTS[0], *PLAIN], POST)
    assert gains[POST] == 3
    assert on == [POST]
