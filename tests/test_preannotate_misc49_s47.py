"""Place, post, name, slogan and site forms of session 47 (misc49; GUIDELINES.md: a GPE is an
administrative division, the span its name only; a TITLE the post a named person holds; a
PERSON a person's name). Every example is made up in the forms of the real reports: the names
and places are invented."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest
from civannot.preannotate.registry import DEFAULT_OFF


def _texts(text: str, label: str) -> list[str]:
    return [
        text[s.start : s.end] for s in suggest(text, disabled=DEFAULT_OFF).spans if s.label == label
    ]


# ---------------------------------------------------------------- a preposition before a place


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("会上，给岚江县、沙坪县颁发流动黄旗。", ["岚江县", "沙坪县"]),
        ("会上，向沙坪镇、柳溪乡颁发流动黄旗。", ["沙坪镇"]),
        ("会上，给沙坪镇、区环保局颁发流动黄旗。", ["沙坪镇"]),
        ("会上，为沙坪镇、柳溪乡颁发流动红旗。", ["沙坪镇"]),
    ],
)
def test_a_preposition_opens_no_place(text, places):
    got = _texts(text, "GPE")
    for p in places:
        assert p in got
    assert not any(g[0] in "给向为对同" for g in got)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a word of the dictionary opens the name: no preposition there
        ("，向阳坪镇开展环境整治。", "向阳坪镇"),
        ("，在沙坪镇召开推进会。", "沙坪镇"),
    ],
)
def test_a_name_opening_with_a_preposition_s_character_stays(text, place):
    assert place in _texts(text, "GPE")


# ---------------------------------------------------------------- a city or a town before a post


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a city before its district's, county's or town's post stays in the title (every such
        # title of the pooled dev gold of session 47)
        ("会上，岚江市柳溪区委常委周立新讲话。", "岚江市柳溪区委常委"),
        ("10月3日，延安市洛川县教科体局局长周立新深入学校督查。", "延安市洛川县教科体局局长"),
        ("福鼎市沙埕镇镇长周立新出席。", "福鼎市沙埕镇镇长"),
        # a town nobody lists between the city and the post
        ("岚江市沙坪镇副镇长周立新出席。", "岚江市沙坪镇副镇长"),
        ("岚江县沙坪镇党委书记周立新出席。", "岚江县沙坪镇党委书记"),
    ],
)
def test_a_city_or_a_town_before_its_post_stays_in_the_title(text, title):
    assert _texts(text, "TITLE") == [title]
    assert _texts(text, "GPE") == []
    assert _texts(text, "PERSON") == ["周立新"]


@pytest.mark.parametrize(
    ("text", "place", "title"),
    [
        # the province is cut off, as before
        ("湖南省岚江市市委书记周立新到城区检查。", "湖南省", "岚江市市委书记"),
        ("湖南省岚江市沙坪镇副镇长周立新出席。", "湖南省", "岚江市沙坪镇副镇长"),
    ],
)
def test_the_province_before_a_lower_post_is_still_a_gpe(text, place, title):
    assert _texts(text, "GPE") == [place]
    assert _texts(text, "TITLE") == [title]


def test_a_town_without_a_post_is_not_read_into_a_title():
    # (镇政府工作人员: no post of the town follows; nothing joins the county to a title)
    assert _texts("岚江县沙坪镇政府工作人员参加。", "TITLE") == []


# ---------------------------------------------------------------- an act after a post


@pytest.mark.parametrize(
    "text",
    [
        "岚江县商会负责人来访时表示，将进一步加强合作。",
        "近日，岚江县商会负责人调研后表示，将加强合作。",
        "县委书记来访时表示，将加强合作。",
        "工作人员来访时表示，将做好服务。",
    ],
)
def test_an_act_and_its_time_after_a_post_names_nobody(text):
    assert _texts(text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("县委书记任建中表示，将加强合作。", "任建中"),
        ("工作人员李红表示，将做好服务。", "李红"),
        ("岚江县商会负责人周立新表示，将加强合作。", "周立新"),
    ],
)
def test_a_name_after_a_post_still_reads(text, name):
    assert name in _texts(text, "PERSON")


# ---------------------------------------------------------------- quoted figures and mottos


@pytest.mark.parametrize(
    "text",
    [
        "各部门要牢固树立“一盘棋”思想，协同推进创建工作。",
        "切实做到全县“一盘棋”、上下“一条心”，确保复审顺利通过。",
        "全县上下拧成“一股绳”，形成工作合力。",
        # a count of places or parties joined to bodies or talking: the set, no formula
        "县长代表县政府与“三区”和有关县直部门签订了责任书。",
        "“三区”及有关部门作表态发言。",
        "强化街道、社区、物业与施工企业“四方”沟通联络。",
    ],
)
def test_a_figure_or_a_set_quoted_is_no_slogan(text):
    assert _texts(text, "SLOGAN") == []


@pytest.mark.parametrize(
    ("text", "slogan"),
    [
        ("要大力推进“三区”联动发展。", "三区"),
        ("推行“一家一策”帮扶机制。", "一家一策"),
        (
            "拿出“全力冲刺，志在必得，只许成功，不许失败”的劲头，全力打好这一硬仗。",
            "全力冲刺，志在必得，只许成功，不许失败",
        ),
        (
            "全县上下要牢固树立“宁可信其有，不可信其无；宁可防其大，不可疏其小；宁可备而无汛，"
            "不可汛而无备；宁可十防九空，不可失防万一”的观念，做好应对准备。",
            "宁可信其有，不可信其无；宁可防其大，不可疏其小；宁可备而无汛，不可汛而无备；"
            "宁可十防九空，不可失防万一",
        ),
    ],
)
def test_a_formula_or_a_motto_of_parts_is_a_slogan(text, slogan):
    assert slogan in _texts(text, "SLOGAN")


def test_one_part_before_a_drive_is_an_idiom():
    assert _texts("拿出“志在必得”的劲头，打好这一硬仗。", "SLOGAN") == []


# ---------------------------------------------------------------- the corps' companies


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "师领导先后来到岚湖农场九连、青川农场十五连、一四八团二连、石岭总场六连，察看棉花长势。",
            ["岚湖农场九连", "青川农场十五连", "一四八团二连", "石岭总场六连"],
        ),
        (
            "调研组来到三十七团二连、三连和三十六团六连等地。",
            ["三十七团二连", "三连", "三十六团六连"],
        ),
        ("观摩结束后，在68团七连召开总结大会，兵团领导参加。", ["68团七连"]),
    ],
)
def test_a_company_with_its_regiment_or_farm_is_one_place(text, places):
    assert _texts(text, "LOC") == places
    assert _texts(text, "GPE") == []


def test_no_company_in_an_idiom_after_a_farm():
    # (连续, 连冠: no company)
    assert _texts("兵团农场连续三年丰收，夺得三连冠。", "LOC") == []


# ---------------------------------------------------------------- a title in inner marks


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "会上，周立新宣读《岚江区执委会<关于开展“服务岚运，奉献我的城”主题实践活动的工作方案>》。",
            "关于开展“服务岚运，奉献我的城”主题实践活动的工作方案",
        ),
        (
            "会议传达了《岚江县生态环境局〈关于集中整治自查要点的工作提示〉》文件要求。",
            "关于集中整治自查要点的工作提示",
        ),
        # no inner marks: the whole title, as before
        ("学习《岚江县文明城市创建实施方案》。", "岚江县文明城市创建实施方案"),
    ],
)
def test_the_title_in_inner_marks_is_the_doc(text, title):
    assert _texts(text, "DOC") == [title]
    # (spans do not nest: no SLOGAN inside the title)
    assert _texts(text, "SLOGAN") == []


def test_an_inner_mark_not_closing_the_title_changes_nothing():
    text = "印发《岚江县<二〇二四>年度创建工作实施方案》。"
    assert _texts(text, "DOC") == ["岚江县<二〇二四>年度创建工作实施方案"]


# ---------------------------------------------------------------- a river's basin


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("我县召开长江流域重点水域禁捕工作推进会。", ["长江流域"]),
        ("推动黄河流域生态保护和高质量发展，让黄河成为幸福河。", ["黄河流域", "黄河"]),
        # the river's other parts stay out, as before
        ("察看长江沿线的生态修复情况。", ["长江"]),
    ],
)
def test_a_river_s_basin_is_one_place_with_it(text, places):
    assert _texts(text, "LOC") == places


# ---------------------------------------------------------------- museums of other names


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("岚川皇宫博物院是国家首批重点文物保护单位。", "岚川皇宫博物院"),
        ("先后来到岚峡水利枢纽、岚夏水利博览馆等地。", "岚夏水利博览馆"),
    ],
)
def test_a_museum_named_otherwise_is_a_place(text, place):
    assert place in _texts(text, "LOC")


def test_the_kind_alone_is_no_place():
    assert _texts("要加快博物院建设。", "LOC") == []
