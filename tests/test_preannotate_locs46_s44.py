"""LOC forms of session 44 (locs46), in made-up sentences (none is a real page's text; the people,
the towns, the villages and the sites are invented).

- A meeting room named with its building and floor is one LOC where the staff chair, organise,
  watch or follow a meeting there (主持召开, 组织召开, 集中收看, 通过视频方式收听), where a comma
  follows it (在县委二楼西头会议室，), after 到, and up to 16 characters; a room in general is none.
- A village of five or six characters right after its town's unit (某镇琼库尔艾肯村).
- A list of villages closed by 等村 whose first item opens after 的.
- A reservoir after a verb of works (推进甲水库、乙水库); a great river named bare before its chief
  or its disorders (漳河河长制, 漳河“四乱”).
- A modern farming park's whole kind (某某现代农业园区).
- Not places: 道路 / 区域 across a kind's end (重特大道路, 养老服务区域), a village opening with 村
  (村查村改), a kind of village (复杂村, 困难村), 高楼大厦; a pronoun and a verb of speech before a
  place are cut (他指出某某纪念馆).
"""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _spans(text: str, label: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == label]


@pytest.mark.parametrize(
    ("text", "room"),
    [
        (
            "9月3日下午，镇党委书记周立新在镇政府二楼会议室主持召开防台风工作会议。",
            "镇政府二楼会议室",
        ),
        ("岚江镇组织干部在镇政府五楼会议室集中收看了全省视频会议。", "镇政府五楼会议室"),
        ("随后到青石镇人民政府三楼大会议室召开专题会议。", "青石镇人民政府三楼大会议室"),
        (
            "推进会在县四大班子机关综合办公楼4楼中会议室召开。",
            "县四大班子机关综合办公楼4楼中会议室",
        ),
        ("5月8日下午，在县委二楼西头会议室，县级河长参加了调度会。", "县委二楼西头会议室"),
        ("各单位负责人在党政一号楼四楼会议室通过视频方式收听收看会议。", "党政一号楼四楼会议室"),
    ],
)
def test_meeting_room_is_one_loc(text: str, room: str) -> None:
    assert room in _spans(text, "LOC")


@pytest.mark.parametrize(
    "text",
    [
        "大家在会议室，讨论了下一步工作。",
        "他来到会议室，看望了值班人员。",
        "会后在二楼会议室通过视频方式收听了讲话。",
    ],
)
def test_room_in_general_is_no_loc(text: str) -> None:
    assert _spans(text, "LOC") == []


def test_long_village_after_its_town() -> None:
    text = "在岚江县青河镇琼库尔艾肯村，周立新走进棉田。"
    assert "琼库尔艾肯村" in _spans(text, "LOC")


def test_no_long_village_from_a_clause() -> None:
    text = "青河镇加强基层组织村，周立新走进棉田。"
    assert _spans(text, "LOC") == []


def test_closed_list_of_villages_after_de() -> None:
    text = "干部到户对地势低洼点的合丰、柳溪等村进行安全隐患排查。"
    assert _spans(text, "LOC") == ["合丰", "柳溪"]


def test_reservoirs_after_a_verb_of_works() -> None:
    text = "会议要求统一思想，推进岚湾水库、青邻水库特许经营权项目。"
    assert _spans(text, "LOC") == ["岚湾水库", "青邻水库"]


def test_great_river_before_its_chief() -> None:
    assert _spans("周立新主持召开漳河河长制工作调度会。", "LOC") == ["漳河"]
    assert _spans("要把漳河“四乱”清理作为重点。", "LOC") == ["漳河"]
    # (the county's chiefs in general: no river)
    assert _spans("推进全县河长制工作。", "LOC") == []


def test_farming_park_kind_whole() -> None:
    text = "在青禾现代农业园区、岚山养殖基地，周立新详细了解情况。"
    assert "青禾现代农业园区" in _spans(text, "LOC")


@pytest.mark.parametrize(
    "text",
    [
        "要牢牢守住不发生重特大道路交通事故的红线。",
        "推进养老服务改革发展，促进养老服务区域协同。",
        "全力做好村社环境大比武和村查村改工作。",
        "集中优势资源力量帮扶薄弱村、复杂村、困难村。",
        "要把高楼大厦背后老旧小区每个家庭的安危放在心上。",
    ],
)
def test_no_loc_across_words(text: str) -> None:
    assert _spans(text, "LOC") == []


def test_avenue_and_its_crossing_stay() -> None:
    assert _spans("周立新来到青山大道路口，查看积水情况。", "LOC") == ["青山大道"]


def test_speaker_frame_cut_before_place() -> None:
    text = "会上，他指出岚江起义纪念馆将继续做好整改工作。"
    assert "岚江起义纪念馆" in _spans(text, "LOC")
    assert not any(s.startswith("他") for s in _spans(text, "LOC"))


def test_verb_of_going_opens_no_park_name() -> None:
    # (入 opens the item of the round; 特色 says which kind of park: none named)
    text = "大家到项目建设现场、入特色农业园区、进企业生产车间，听取汇报。"
    assert _spans(text, "LOC") == []
    assert _spans("大家到青禾现代农业园区，听取汇报。", "LOC") == ["青禾现代农业园区"]


# Round 2: the named sites of a round of visits (visited_site_kinds: 产业园, 种子园), opened by
# 先后赴 / 先后到 / 分别到, before 现场; a project's grade before the site's name is no part of it.


@pytest.mark.parametrize(
    ("text", "sites"),
    [
        (
            "周立新先后赴青禾农业数字化产业园、众力新型材料生产基地，了解企业生产情况。",
            ["青禾农业数字化产业园", "众力新型材料生产基地"],
        ),
        ("周立新先后实地查看了范庄社区及光伏产业园、兴宏公司。", ["范庄社区", "光伏产业园"]),
        (
            "先后来到岚山纪念馆、省重点产业项目青县广新运动用品产业园等处，实地察看。",
            ["岚山纪念馆", "青县广新运动用品产业园"],
        ),
        ("周立新来到白石岭杉木良种种子园，察看林木生长态势。", ["白石岭杉木良种种子园"]),
        ("周立新来到河口无公害瘦肉型猪养殖基地现场参观。", ["河口无公害瘦肉型猪养殖基地"]),
    ],
)
def test_sites_of_a_round(text: str, sites: list[str]) -> None:
    assert _spans(text, "LOC") == sites


@pytest.mark.parametrize(
    "text",
    [
        "会议学习了全市产业园区项目载体建设现场会精神。",
        "要加快推进特色产业园建设，壮大集体经济。",
        "镇里召开养殖基地现场会，部署防疫工作。",
    ],
)
def test_no_site_in_general(text: str) -> None:
    assert _spans(text, "LOC") == []
