"""Session 40 (entities40): ORG, GPE and LOC forms of real reports. The centre listed with bare
levels that close with no body (中央、省、市关于…, 中央和省市县部署) is a level as they are, no ORG
(中央和省委 stays one). A town or a sub-district named by an ordinary word is the report's own
where the text writes it twice and once opens a clause before a verb of the report or stands
before its own body (某某街道在…召开, 及某某乡党委、政府). 各 and the kinds of unit it ranges
over before a body (各村居安委会, 各设区市党委), and the area's own kind of body (辖区派出所,
辖区物业公司), name none. The statistics bureau's survey team is one body after a verb too
(邀请国家统计局某某调查总队), and a state forest bureau named by its place is a body whose
posts keep it (某某国有林管理局党委书记). Every sentence, name and place here is made up."""

from __future__ import annotations

import pytest

from civannot.preannotate.engine import suggest


def _tagged(text: str, *labels: str) -> list[tuple[int, str, str]]:
    return [(s.start, s.text, s.label) for s in suggest(text).spans if s.label in labels]


# --- the centre among bare levels


@pytest.mark.parametrize(
    "text",
    [
        "会议传达学习了中央、省、市关于安全生产的文件精神。",
        "要认真落实中央和省市县部署要求，确保各项工作落到实处。",
        "创建全国文明城市是中央、省、市赋予我们的光荣任务。",
        "要贯彻落实中央和省、市、县关于河长制的决策部署。",
        "要落实中央、省有关部署，扎实推进问题整改。",
    ],
)
def test_the_centre_among_bare_levels_is_no_org(text: str) -> None:
    assert [t for t in _tagged(text, "ORG") if t[1] == "中央"] == []


@pytest.mark.parametrize(
    "text",
    [
        "要贯彻落实中央和省委、市委决策部署。",
        "要把思想统一到中央和省市委的部署上来。",
        "要认真贯彻中央和市委部署要求。",
    ],
)
def test_the_centre_with_a_committee_stays_an_org(text: str) -> None:
    assert (text.index("中央"), "中央", "ORG") in _tagged(text, "ORG")


# --- a town or a sub-district named by an ordinary word, the report's own


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "3月5日上午，海岸街道在街道三楼会议室召开安全生产工作会议。"
            "会议通报了海岸街道2023年安全生产工作情况。",
            "海岸街道",
        ),
        ("近日，铁路镇召开秸秆禁烧工作会。会议要求铁路镇各村要加强巡查。", "铁路镇"),
        (
            "县应急管理局及丰收乡主要负责人参加了检查。丰收乡党委、政府要压实责任。",
            "丰收乡",
        ),
    ],
)
def test_a_word_town_written_twice_in_a_strong_position(text: str, name: str) -> None:
    got = _tagged(text, "GPE", "ORG")
    assert any(t[1].startswith(name) for t in got if t[0] == text.index(name))
    assert any(t[1].startswith(name) for t in got if t[0] == text.rindex(name))


@pytest.mark.parametrize(
    "text",
    [
        # a word before a unit once, or never in a strong position: no name
        "最后镇党委书记作了表态发言。各村要按照镇党委要求抓好落实。",
        "会议听取了关于典型镇、典型村建设情况的汇报，要推动典型镇培育建设。",
        "近日，海岸街道召开会议。会议要求做好防汛工作。",
    ],
)
def test_a_word_before_a_unit_otherwise_names_none(text: str) -> None:
    got = _tagged(text, "GPE")
    assert [t for t in got if t[1].endswith(("镇", "乡", "街道"))] == []


# --- bodies of every unit, of the area in charge


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("会议要求，各村居安委会要结合实际开展隐患排查。", "安委会"),
        ("各设区市党委宣传部分管负责同志参加会议。", "市党委"),
        ("各直属团委、青年文明号集体参加活动。", "团委"),
        ("街道领导、辖区派出所、区消防救援大队负责人参加会议。", "辖区派出所"),
        ("街道组织辖区物业公司召开创城工作推进会。", "辖区物业公司"),
    ],
)
def test_bodies_of_every_unit_or_of_the_area_name_none(text: str, body: str) -> None:
    assert [t for t in _tagged(text, "ORG") if body in t[1] or t[1] in body] == []


def test_a_named_body_after_a_list_of_levels_stays() -> None:
    text = "街道领导、辖区派出所、区消防救援大队负责人参加会议。"
    assert (text.index("区消防"), "区消防救援大队", "ORG") in _tagged(text, "ORG")


# --- long official bodies


@pytest.mark.parametrize("team", ["国家统计局江南调查总队", "国家统计局柳州调查队"])
def test_the_survey_team_is_one_body_after_a_verb(team: str) -> None:
    text = f"会议邀请{team}有关负责人作测评辅导。"
    got = _tagged(text, "ORG", "GPE")
    assert (text.index(team), team, "ORG") in got
    assert [t for t in got if t[2] == "GPE"] == []


def test_a_state_forest_bureau_and_its_posts() -> None:
    text = (
        "9月3日，青松岭国有林管理局党委书记、局长王明，白桦国有林管理局党委委员、"
        "副局长李强陪同检查。检查组深入青松岭国有林管理局督导检查森林防火工作。"
    )
    got = _tagged(text, "ORG", "TITLE")
    assert (text.index("青松岭"), "青松岭国有林管理局党委书记", "TITLE") in got
    assert (text.index("白桦"), "白桦国有林管理局党委委员", "TITLE") in got
    assert (text.rindex("青松岭"), "青松岭国有林管理局", "ORG") in got


# --- the dateline's town, the town a visit goes to, whatever opens its name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("12月20日上午，得胜桥街道召开党工委（扩大）会议。", "得胜桥街道"),
        ("3月2日上午，石人庙乡积极召开秸秆禁烧工作会议。", "石人庙乡"),
        ("3月17日上午，新柳镇在镇政府三楼会议室召开平安建设工作会议。", "新柳镇"),
        ("10月21日上午，新青江镇召开安全生产工作会议。", "新青江镇"),
        ("上午，副县长王明到东合堡镇调研。", "东合堡镇"),
    ],
)
def test_a_town_in_a_strong_position_whatever_opens_its_name(text: str, name: str) -> None:
    assert (text.index(name), name, "GPE") in _tagged(text, "GPE")


@pytest.mark.parametrize(
    "text",
    [
        "3月2日，特色小镇创建工作推进会召开。",
        "3月2日，卫生乡镇创建工作推进会召开。",
        "督导组来到附近镇开展检查。",
        "督导组到周边街道检查。",
        # 乡 closing a verb of going home
        "要做好外省返乡人员的排查，鼓励青年回乡创业。",
    ],
)
def test_kinds_and_positions_of_towns_name_none(text: str) -> None:
    assert _tagged(text, "GPE") == []


# --- a named body a visit goes to


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("副县长张明一行深入城关派出所督导检查工作。", "城关派出所"),
        ("副县长张明深入青松岭国有林管理局督导检查森林防火工作。", "青松岭国有林管理局"),
        ("副县长张明一行先后前往青峰科技有限公司调研。", "青峰科技有限公司"),
        ("副县长张明一行走进柳溪镇中心学校检查。", "柳溪镇中心学校"),
    ],
)
def test_a_named_body_after_a_verb_of_going(text: str, body: str) -> None:
    assert (text.index(body), body, "ORG") in _tagged(text, "ORG")
