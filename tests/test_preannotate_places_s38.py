"""Session 38 (places38): GPE and LOC forms of real reports. A visit's route names a town right
after its verb (察看某某镇某某村), a town named by a common word before a village of its own, a
reservoir after a verb of inspecting, a connective's character opening a name of one (和平路, not
平路; 和美社区, an epithet, no place) and a verb's complement before a kind of place (建设成宜居社区:
no place). Every sentence, name and place here is made up."""

from __future__ import annotations

import pytest

from tests.suggestion_texts import tagged as _tagged

# --- a visit's route: the town right after its verb, before a village of its own


@pytest.mark.parametrize(
    ("text", "town", "village"),
    [
        ("在柳川县，书记察看岚桥镇柏石村文旅项目、青禾污水处理厂。", "岚桥镇", "柏石村"),
        ("市长调研枫坪乡栗园村高标准农田建设情况。", "枫坪乡", "栗园村"),
        # (the base named by its village is one place with it: locs42, dev43's golds)
        ("在西岭县,检查组走访柘溪镇梅垭村养殖基地。", "柘溪镇", "梅垭村养殖基地"),
    ],
)
def test_a_town_right_after_the_verb_of_a_visit_before_its_village(
    text: str, town: str, village: str
) -> None:
    got = _tagged(text, "GPE", "LOC")
    assert (town, "GPE") in got
    assert (village, "LOC") in got


def test_a_town_named_by_a_common_word_before_its_village() -> None:
    got = _tagged("全县春耕现场会在花园镇柏龙村召开。", "GPE", "LOC")
    assert ("花园镇", "GPE") in got


@pytest.mark.parametrize(
    "text",
    [
        "书记察看乡镇村级服务站建设情况。",
        "要求察看城镇村庄的环境卫生。",
        "检查组调研重点镇示范村建设。",
    ],
)
def test_no_town_where_the_unit_opens_a_word_after_the_verb(text: str) -> None:
    assert _tagged(text, "GPE") == []


# --- a reservoir after a verb of inspecting


def test_a_reservoir_after_a_verb_of_inspecting() -> None:
    got = _tagged("在柘溪镇，调研柏家沟水库建设、县城至岚坪公路连接线。", "LOC")
    assert ("柏家沟水库", "LOC") in got


# --- a connective's character opening a name of one character


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("随后，走进和平路、岚山路。", "和平路"),
        ("会后，来到和顺社区、柳塘社区。", "和顺社区"),
    ],
)
def test_a_connective_before_a_name_of_one_character_opens_the_name(text: str, place: str) -> None:
    got = [t for t, _ in _tagged(text, "LOC")]
    assert place in got
    assert place[1:] not in got


@pytest.mark.parametrize(
    "text",
    [
        "要着力打造岚城和美社区，展示城市美好形象。",
        "坚持建设和谐社区，共建共享。",
        "打造宜居宜业和美乡村。",
    ],
)
def test_an_epithet_after_a_connective_names_no_place(text: str) -> None:
    assert _tagged(text, "LOC") == []


# --- a verb's complement before a kind of place


@pytest.mark.parametrize(
    "text",
    [
        "力争将柏石社区建设成宜居社区。",
        "要把柳塘小区打造为宜居小区。",
    ],
)
def test_a_verbs_complement_opens_no_place_name(text: str) -> None:
    got = [t for t, _ in _tagged(text, "LOC")]
    assert not any(t.startswith(("成", "为", "宜居")) for t in got)


# --- 屯 opening a word of garrison farming; a verb of going before a kind of place


@pytest.mark.parametrize(
    "text",
    [
        "要牢记屯垦戍边使命，弘扬兵团精神。",
        "传统屯垦戍边模式正在向现代屯垦戍边模式转变。",
        "他们来到边疆，加入到兵团屯垦戍边的行列。",
    ],
)
def test_garrison_farming_names_no_village(text: str) -> None:
    assert not [t for t, _ in _tagged(text, "LOC") if t.endswith("屯")]


def test_a_verb_of_going_before_a_kind_names_no_place() -> None:
    got = [
        t for t, _ in _tagged("在岚河市中心，纪念馆引人瞩目。\n进入纪念馆，右侧是一组雕塑。", "LOC")
    ]
    assert "进入纪念馆" not in got


# --- a corps' division written with its city: after a preposition, before its own committee


def test_a_division_with_its_city_after_a_preposition_is_one_place() -> None:
    got = _tagged("兵团召开会议。在七师柳湾市中心，广场引人瞩目。", "GPE", "ORG")
    assert ("七师柳湾市", "GPE") in got
    assert ("七师", "ORG") not in got


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("近年来，七师柳湾市党委牢牢把握工作总目标。", "七师柳湾市党委"),
        ("他说，第十二师桐河市党委将按照兵团党委要求推进。", "第十二师桐河市党委"),
    ],
)
def test_a_division_city_before_its_committee_names_the_committee(text: str, body: str) -> None:
    got = _tagged(text, "GPE", "ORG")
    assert (body, "ORG") in got
    assert not [t for t, lab in got if lab == "GPE" and body.startswith(t)]


def test_a_division_city_before_a_post_stays_in_the_title() -> None:
    got = _tagged("第十二师桐河市党委副书记冯远山出席会议。", "TITLE", "ORG", "GPE")
    assert ("第十二师桐河市党委副书记", "TITLE") in got


# --- step 2: towns named by a kind of place, towns inspected for the campaign, a town opening a
# clause before an adverb, villages right after their town


def test_a_town_named_after_a_wharf_is_a_town_not_the_wharf() -> None:
    got = _tagged("3月31日上午，柳安市码头镇召开建设美丽乡村工作推进会。", "GPE", "LOC")
    assert ("码头镇", "GPE") in got
    assert not [t for t, lab in got if lab == "LOC"]


@pytest.mark.parametrize(
    "text",
    [
        "8月25日，市文明办督导组对岚峪镇“创文”工作进行暗访。",
        "反馈会上，督导组对岚峪镇创建全国文明城市工作提出要求。",
        "市文明办暗访岚峪镇“创文”工作。",
    ],
)
def test_a_town_inspected_for_the_campaign(text: str) -> None:
    assert ("岚峪镇", "GPE") in _tagged(text, "GPE")


def test_a_town_opening_a_clause_before_an_adverb() -> None:
    got = _tagged("接到上级通知后，柳沟镇认真学习上级传达的精神。", "GPE")
    assert ("柳沟镇", "GPE") in got


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("书记察看奠岚乡景柳村高端肉牛繁育基地建设情况。", "景柳村"),
        ("书记察看柳城镇岚泉村文旅示范村、青禾污水处理厂。", "岚泉村"),
    ],
)
def test_a_village_right_after_its_town(text: str, village: str) -> None:
    assert (village, "LOC") in _tagged(text, "LOC")


def test_a_town_opening_with_new_as_an_item_before_a_site_of_its_own() -> None:
    got = _tagged("察看古岚镇温柳村设施农业示范园、新岚乡柏河塬遗址保护利用情况。", "GPE")
    assert ("新岚乡", "GPE") in got


@pytest.mark.parametrize("text", ["镇各村要落实责任。", "推进城乡新村建设。", "加快乡镇新村建设。"])
def test_no_village_of_a_level_or_of_towns_in_general(text: str) -> None:
    assert _tagged(text, "LOC") == []


# --- step 3: a site of culture named by no known place


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("随后，前往岚柳道志愿服务主题街区，与志愿者交流。", "岚柳道志愿服务主题街区"),
        ("在柳河市中心，三七一旅垦荒纪念馆如山峰般挺拔。", "三七一旅垦荒纪念馆"),
        ("一行先后前往兵团军垦博物馆、岚总理纪念碑参观。", "岚总理纪念碑"),
    ],
)
def test_a_site_of_culture_named_by_no_known_place(text: str, site: str) -> None:
    assert (site, "LOC") in _tagged(text, "LOC")


@pytest.mark.parametrize(
    "text",
    [
        "通过观看博物馆展示的珍贵文物，接受教育。",
        "走进红色文化主题街区，感受氛围。",
        "建设廉政文化街区。",
    ],
)
def test_a_theme_in_general_names_no_site(text: str) -> None:
    assert _tagged(text, "LOC") == []


# --- a sub-district named by a road without a direction


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("在中心路街道柳门口社区，督查组察看环境。", "中心路街道"),
        ("区科工局、岚礁街道、八一路街道分别作了表态发言。", "八一路街道"),
    ],
)
def test_a_sub_district_named_by_a_road(text: str, place: str) -> None:
    assert (place, "GPE") in _tagged(text, "GPE")


@pytest.mark.parametrize("text", ["整治道路街道环境。", "加强公路街道两侧管理。", "一路街道两旁"])
def test_roads_in_general_before_the_streets_name_no_sub_district(text: str) -> None:
    assert _tagged(text, "GPE") == []


# --- a community opening a clause as the subject of a meeting


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("为提高居民环保意识，近日，老岚社区召开垃圾分类工作会议。", "老岚社区"),
        ("8月24日下午4时，新柳社区组织社区两委开展活动。", "新柳社区"),
    ],
)
def test_a_community_opening_a_clause_before_its_meeting(text: str, place: str) -> None:
    assert (place, "LOC") in _tagged(text, "LOC")


@pytest.mark.parametrize("text", ["近日，老旧社区召开改造会议。", "同时，城市社区开展活动。"])
def test_a_kind_of_community_opening_a_clause_names_none(text: str) -> None:
    assert _tagged(text, "LOC") == []
