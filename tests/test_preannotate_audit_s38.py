"""Forms of places and bodies fixed in session 38 (audit38), from a reading of real pages no gold
covers: a leading group's name that ran on into the verb 组织, the grades a campaign gives its
building sites (文明工地) read as sites, a body's staff housing written 宿舍, the law society of a
level. The sentences are made up in the forms of the genre; none is a real page's text."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _labelled(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in suggest(text).spans if s.label in ("LOC", "ORG", "GPE")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "会议要求，县环境整治领导小组将于周末组织专门力量，对各乡镇开展督查。",
            "县环境整治领导小组",
        ),
        ("县创建工作领导小组将组织专门力量开展督查。", "县创建工作领导小组"),
        ("市创城指挥部将在月底组成三个督查组。", "市创城指挥部"),
    ],
)
def test_a_group_ends_before_the_verb_it_does(text: str, body: str):
    got = _labelled(text)
    assert ("ORG", body) in got
    assert not any(label == "ORG" and len(t) > len(body) and t.startswith(body) for label, t in got)


def test_a_group_of_the_group_stays_in_its_name():
    assert ("ORG", "县创卫领导小组督查组") in _labelled("县创卫领导小组督查组深入各乡镇督查。")


@pytest.mark.parametrize(
    "text",
    [
        "各单位要开展文明工地、环保工地、和谐工地评比活动。",
        "王明带队到项目建设工地进行督导。",
        "李华察看了平安工地创建情况。",
        "全面推行智慧工地管理。",
    ],
)
def test_a_grade_of_building_site_names_no_site(text: str):
    assert not any(label == "LOC" for label, _ in _labelled(text))


def test_a_named_building_site_stays_a_place():
    got = _labelled("先后来到滨江新城工地、城南安置房工地等地。")
    assert ("LOC", "滨江新城工地") in got
    assert ("LOC", "城南安置房工地") in got


@pytest.mark.parametrize(
    ("text", "place", "body"),
    [
        ("先后来到县粮油公司宿舍、凤鸣苑小区等地。", "县粮油公司宿舍", "县粮油公司"),
        ("检查组走访了青禾路、市运输公司宿舍等路段。", "市运输公司宿舍", "市运输公司"),
    ],
)
def test_a_body_s_dormitory_is_one_place(text: str, place: str, body: str):
    got = _labelled(text)
    assert ("LOC", place) in got
    assert ("ORG", body) not in got


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("县法学会、县律师协会负责同志参加会议。", "县法学会"),
        ("到县扫黑办、县法学会等处进行实地调研。", "县法学会"),
    ],
)
def test_the_law_society_of_a_level_is_a_body(text: str, body: str):
    assert ("ORG", body) in _labelled(text)


@pytest.mark.parametrize(
    "text",
    [
        "站在两千年古代屯垦和兵团历史的交汇点上，牢记屯垦戍边使命。",
        "持续改善人居环境，让镇村居民共享发展成果。三、要镇村联动配合。",
        "培育壮大市场主体，充分尊重市场在资源配置中的决定性作用。",
        "营造全社会关爱河湖、珍惜河湖、保护河湖的良好氛围。",
        "排查矿山、景区、公路、河湖水库、城镇内涝等风险点。",
        "把青山村打造成“百千万工程”标杆村。",
        "新村党委书记，网格村支部书记参加会议。",
        "守住不发生规模性返贫和农牧村和谐稳定底线。",
        "青禾社区作为省级引领型未来社区，布局全龄段服务场所。",
        "力争将青禾社区建设成宜居社区。",
        "进入纪念馆，右侧是一组雕塑。",
    ],
)
def test_words_for_places_in_general_name_no_place(text: str):
    spans = [t for label, t in _labelled(text) if label == "LOC"]
    assert not any(
        t.endswith(("屯", "镇村", "市场", "河湖", "水库", "标杆村", "网格村", "农牧村"))
        for t in spans
    )
    assert not any(t.endswith(("未来社区", "宜居社区", "纪念馆")) for t in spans)


def test_a_town_named_after_a_kind_of_place_is_the_town():
    got = _labelled("3月31日上午，青禾县码头镇召开美丽乡村建设推进会。")
    assert ("GPE", "码头镇") in got
    assert not any(label == "LOC" for label, _ in got)


def test_a_town_s_villages_leave_the_town():
    got = _labelled("青禾镇党委书记及全体党政领导、青禾镇村（社区）两委干部参加会议。")
    assert not any(label == "LOC" for label, _ in got)


@pytest.mark.parametrize(
    "text",
    ["先后来到北关屯、青禾寨等地。", "督导组先后来到东岸村、青禾农贸市场等地。"],
)
def test_named_villages_and_markets_stay_places(text: str):
    assert sum(label == "LOC" for label, _ in _labelled(text)) == 2


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("来源：青禾市水利和湖泊局 时间：2020-04-28", "青禾市水利和湖泊局"),
        ("会上，县水利和湖泊局作交流发言。", "县水利和湖泊局"),
    ],
)
def test_a_water_and_lakes_bureau_is_one_body(text: str, body: str):
    assert ("ORG", body) in _labelled(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("调研组先后来到青禾村、柳湾肉牛养殖基地、东岸小区等地。", "柳湾肉牛养殖基地"),
        ("王明先后到青禾水利枢纽、柳湾公园等地检查。", "青禾水利枢纽"),
        ("检查组先后前往青禾广场、棉纺宿舍、电信宿舍等地。", "棉纺宿舍"),
        ("考察组先后来到柳湾大桥、青禾智造产业园等地。", "青禾智造产业园"),
    ],
)
def test_sites_in_a_list_of_places_visited(text: str, place: str):
    assert ("LOC", place) in _labelled(text)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("王明一行先后来到青禾化工、柳湾纸业等企业调研。", "青禾化工"),
        ("调研组先后对园区东岸纸业、柳湾化工、青禾药业3家企业进行检查。", "柳湾化工"),
    ],
)
def test_a_chemical_firm_named_in_a_list_is_a_body(text: str, firm: str):
    assert ("ORG", firm) in _labelled(text)


def test_chemicals_as_a_sector_name_no_firm():
    got = _labelled("要加快发展精细化工、新材料等产业。")
    assert not any(label == "ORG" for label, _ in got)
