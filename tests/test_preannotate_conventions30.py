"""Session 30 (conv30): two more forms the annotators of real pages read two ways, each now an
opt-in convention (registry.CONVENTION_SWITCHES) a team's gold switches on:
- loc.room_apart: the room of a body or a building a meeting sits in (县文旅局五楼会议室) left
  out, the body an ORG, the building a LOC; by default the whole venue is one LOC;
- org.service_centre: a government service centre a visit names as a site (察看了行政服务中心) as
  an ORG; by default a LOC.
Every sentence, place and name here is made up."""

from __future__ import annotations

import pytest

from civannot.learn.corrections import learn_switches
from civannot.preannotate.engine import Suggestions, suggest
from civannot.preannotate.registry import CONVENTION_SWITCHES, DEFAULT_OFF, RULES, STEP_RULES
from tests.switch_support import switch_team, switched_on, texts_the_switch_may_change

ROOM = "loc.room_apart"
CENTRE = "org.service_centre"
PLACES = ("柳湾", "青岚", "桐河", "岚溪")
NAMES = ("冯远山", "陈立新", "褚海燕", "周一凡")


def _ents(sug: Suggestions) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in sug.spans if s.label not in ("DIRECTIVE",)]


def _rules(sug: Suggestions, label: str) -> list[tuple[str, str]]:
    return [(s.text, r) for s, r in zip(sug.spans, sug.rules, strict=True) if s.label == label]


@pytest.mark.parametrize("rule", [ROOM, CENTRE])
def test_the_two_readings_are_convention_switches_off_by_default(rule: str) -> None:
    assert rule in CONVENTION_SWITCHES <= DEFAULT_OFF
    assert "off unless switched on" in RULES[rule]
    # (the step that reads them names them: a project with every other rule of it off runs it)
    assert any(rule in rules for rules in STEP_RULES.values())


# --- loc.room_apart

ROOMS = [
    # a body's room: the body, as the bodies' grammar reads it
    (
        "推进会7月8日下午在县文旅局五楼会议室召开，县长冯远山到会讲话。",
        "县文旅局五楼会议室",
        ("县文旅局", "ORG"),
    ),
    # a building's room: the building
    ("创城调度会在县行政中心302会议室召开。", "县行政中心302会议室", ("县行政中心", "LOC")),
    # a body the bodies' grammar does not read alone, and a town's own government
    ("随后在卫生健康局会议室召开座谈会。", "卫生健康局会议室", ("卫生健康局", "ORG")),
    ("随后在青岚镇镇府会议室召开座谈会。", "青岚镇镇府会议室", ("青岚镇镇府", "ORG")),
    # a kind of meeting room (常务) and a small one
    ("推进会在县政府常务会议室召开。", "县政府常务会议室", ("县政府", "ORG")),
    ("座谈会在市委小会议室召开。", "市委小会议室", ("市委", "ORG")),
    # a community's room: the community
    ("座谈会在桐河社区会议室召开。", "桐河社区会议室", ("桐河社区", "LOC")),
]


@pytest.mark.parametrize(("text", "venue", "host"), ROOMS)
def test_a_meeting_room_is_one_loc_by_default_and_its_host_alone_switched_on(
    text: str, venue: str, host: tuple[str, str]
) -> None:
    assert (venue, "LOC") in _ents(suggest(text))
    on = _ents(switched_on(text, ROOM))
    assert host in on
    assert not any("会议室" in t for t, _ in on)


@pytest.mark.parametrize(
    "text",
    [
        # the offices of the body named before: no host of its own
        "柳湾市城管局在局机关8楼会议室召开创城工作会议。",
        # a room of the writer's community or office, in general
        "座谈会在社区会议室召开。",
        "座谈会在机关会议室召开。",
    ],
)
def test_a_room_with_no_host_of_its_own_is_left_untagged(text: str) -> None:
    base, on = suggest(text), switched_on(text, ROOM)
    # (by default a room of a host in general, 社区会议室, is no place either: dev40's golds,
    # both; session 39, places39; the body's offices, 局机关8楼会议室, stay one LOC)
    generic = "局机关" not in text
    assert generic != any(t.endswith("会议室") and lab == "LOC" for t, lab in _ents(base))
    assert not any("会议室" in t for t, _ in _ents(on))
    assert [x for x in _ents(on) if x[1] == "LOC"] == []


@pytest.mark.parametrize(
    "text",
    [
        # a hall that is a venue of its own, a hotel and a conference centre stay whole
        "推进会在市委礼堂召开。",
        "表彰大会在柳湾宾馆召开。",
        "动员会在青岚会议中心举行。",
    ],
)
def test_a_hall_of_its_own_stays_whole(text: str) -> None:
    assert _ents(switched_on(text, ROOM)) == _ents(suggest(text))


def test_the_host_a_switch_adds_carries_its_id() -> None:
    on = switched_on("创城调度会在县行政中心302会议室召开。", ROOM)
    assert _rules(on, "LOC") == [("县行政中心", ROOM)]


def test_learn_switches_leaves_the_room_out_only_for_a_gold_that_does() -> None:
    texts = [
        f"{p}县创城推进会在县文旅局三楼会议室召开，县长{n}到会讲话。"
        for p, n in zip(PLACES, NAMES, strict=True)
    ]
    docs, sugs, resuggest = switch_team(texts, ROOM, True)
    on, _, gains = learn_switches(docs, sugs, resuggest)
    assert on == [ROOM]
    # (a page: the room's LOC gone, the body's ORG found)
    assert gains[ROOM] == 4 * 2
    docs, sugs, resuggest = switch_team(texts, ROOM, False)
    assert learn_switches(docs, sugs, resuggest)[0] == []


def test_the_room_switch_changes_no_text_where_it_cannot_fire() -> None:
    texts = [
        ROOMS[0][0],
        "推进会在市委礼堂召开。",
        "县委办公室主任陈立新在会议室门口迎候。",
        "柳湾县召开创城推进会，县委书记冯远山出席。",
    ]
    assert texts_the_switch_may_change(ROOM, texts) == 1


# --- org.service_centre

VISITS = [
    (
        "检查组依次走访了岚溪公园、柳湾区行政审批服务中心、桐河农贸市场等点位。",
        "柳湾区行政审批服务中心",
    ),
    ("县委书记冯远山察看了行政服务中心，询问群众办事体验。", "行政服务中心"),
    ("在政务服务中心，调研组查看了窗口服务情况。", "政务服务中心"),
    ("检查组走访了青岚镇便民服务中心，听取工作汇报。", "青岚镇便民服务中心"),
]


@pytest.mark.parametrize(("text", "centre"), VISITS)
def test_a_service_centre_visited_is_a_loc_by_default_and_an_org_switched_on(
    text: str, centre: str
) -> None:
    assert (centre, "LOC") in _ents(suggest(text))
    on = switched_on(text, CENTRE)
    assert (centre, CENTRE) in _rules(on, "ORG")
    assert (centre, "LOC") not in _ents(on)


@pytest.mark.parametrize(
    "text",
    [
        # a community's centre and a cultural station are places either way
        "督导组来到桐河社区党群服务中心，查看创城台账。",
        "调研组走进青岚镇综合文化站，了解群众文化活动开展情况。",
    ],
)
def test_a_communitys_centre_stays_a_place(text: str) -> None:
    assert _ents(switched_on(text, CENTRE)) == _ents(suggest(text))


def test_learn_switches_reads_the_centre_an_org_only_for_a_gold_that_does() -> None:
    texts = [
        f"{p}县委书记{n}察看了行政服务中心，询问办事体验。"
        for p, n in zip(PLACES, NAMES, strict=True)
    ]
    docs, sugs, resuggest = switch_team(texts, CENTRE, True)
    assert learn_switches(docs, sugs, resuggest)[0] == [CENTRE]
    docs, sugs, resuggest = switch_team(texts, CENTRE, False)
    assert learn_switches(docs, sugs, resuggest)[0] == []


def test_the_centre_switch_changes_no_text_where_it_cannot_fire() -> None:
    texts = [
        VISITS[1][0],
        "县政务服务中心主任陈立新介绍了窗口服务情况。",
        "督导组来到桐河社区党群服务中心，查看创城台账。",
        "柳湾县召开创城推进会，县委书记冯远山出席。",
    ]
    assert texts_the_switch_may_change(CENTRE, texts) == 1


def test_with_the_venues_off_the_room_switch_reads_no_room() -> None:
    # (loc.room_apart cuts the room off the venue loc.venue reads: a team that switched the
    # venues off gets no host either)
    text = "创城调度会在县行政中心302会议室召开。"
    off = [r for r in DEFAULT_OFF if r != ROOM] + ["loc.venue"]
    assert [s for s in suggest(text, disabled=off).spans if s.label == "LOC"] == []
