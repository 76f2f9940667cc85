"""LOC forms of session 42 (locs42), in made-up sentences (none is a real page's text; the people,
the rivers' stretches and the towns are invented).

- A stretch of a river or a motorway named by the place it runs through (长江某某段, 某某河某某段,
  某某高速某某段) is one LOC, the place inside it no GPE; not the stretch's chief (河段长), not a
  part of the river or its banks (上游段, 干堤某某段), not a stretch named by its kind (某某河河段).
- A great river before its tributary (黄河一级支流) is read bare.
- The countryside's villages in general (农村, 乡村, 村屯), a way of working (路子) and a verb
  phrase opened by 不 (做到不落村) name no place.
"""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _spans(text: str, label: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == label]


@pytest.mark.parametrize(
    ("text", "stretch"),
    [
        ("区委书记林晓东到长江青石段开展巡河。", "长江青石段"),
        ("会上，长江南京段市级河长王建民作了发言。", "长江南京段"),
        ("努力让黄河宁夏段成为全流域的样板。", "黄河宁夏段"),
        ("副县长周海平调研青溪河柳塘段生态保护工作。", "青溪河柳塘段"),
        ("一行先后来到石门河东坪段、白沙河九曲口段察看水情。", "白沙河九曲口段"),
        ("一行先后来到石门河东坪段、白沙河九曲口段察看水情。", "石门河东坪段"),
        ("察看了青山港铁路专用线、青平高速桃源段等项目。", "青平高速桃源段"),
    ],
)
def test_a_stretch_of_a_river_or_a_motorway_is_one_place(text: str, stretch: str):
    assert stretch in _spans(text, "LOC")


def test_the_place_inside_a_stretch_is_no_gpe():
    text = "市委副书记林晓东专题调研长江南京段防汛工作。"
    assert "南京" not in _spans(text, "GPE")
    assert "长江南京段" in _spans(text, "LOC")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the stretch's chief, a post
        ("县总河段长、东河县级河段长张立新带队巡河。", "东河县级河段"),
        # a part of the banks before the stretch's name
        ("要突出长江干堤海口段的巡查。", "长江干堤海口段"),
        ("要加强上游段的巡查。", "上游段"),
        # a stretch named by its kind
        ("察看了青溪河河段的治理情况。", "青溪河河段"),
    ],
)
def test_no_stretch_where_none_is_named(text: str, wrong: str):
    assert wrong not in _spans(text, "LOC")


def test_a_great_river_before_its_tributary():
    text = "特别是黄河一级支流青溪河发生较大洪水。"
    assert "黄河" in _spans(text, "LOC")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("为了深入实施乡村振兴战略，全县召开动员会。", "实施乡村"),
        ("青山县深化农村移风易俗改革。", "深化农村"),
        ("包村领导要做好对所包村屯的排查。", "所包村"),
        ("干部要进村屯、到田间，了解实情。", "进村屯"),
        ("要找准路子，埋头苦干。", "找准路"),
        ("要做好长远规划，定好路子。", "定好路"),
        ("垃圾务必做到不落村、不落河、不落路。", "不落村"),
        ("垃圾务必做到不落村、不落河、不落路。", "不落路"),
    ],
)
def test_no_place_in_a_word_of_the_countryside_or_a_phrase(text: str, wrong: str):
    assert wrong not in _spans(text, "LOC")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("林晓东来到青山镇红旗村，察看人居环境整治。", "红旗村"),
        ("来到石门路和红旗村。", "红旗村"),
    ],
)
def test_villages_and_roads_are_still_read(text: str, place: str):
    assert place in _spans(text, "LOC")


def test_a_stretch_named_by_the_towns_area_leaves_the_river_alone():
    text = "市长察看了汉江城区段防汛工作。"
    assert "汉江" in _spans(text, "LOC")
    assert "汉江城区段" not in _spans(text, "LOC")


@pytest.mark.parametrize(
    ("text", "base"),
    [
        (
            "在青山镇，书记一行深入石桥村无公害柑橘种植示范基地视察。",
            "石桥村无公害柑橘种植示范基地",
        ),
        ("一行先后察看了柳塘镇明月村花椒种植基地、红星村生猪养殖基地。", "明月村花椒种植基地"),
    ],
)
def test_a_farming_base_named_by_its_village_is_one_place(text: str, base: str):
    assert base in _spans(text, "LOC")


@pytest.mark.parametrize(
    ("text", "village"),
    [
        # a base being built: the village alone
        ("察看了柳塘镇明月村高端肉牛繁育基地建设情况。", "明月村"),
        # a verb of making the base between: the village alone
        ("林晓东来到明月村，察看红星村依托合作社打造的蔬菜基地。", "明月村"),
    ],
)
def test_no_base_read_with_the_village_where_it_is_being_made(text: str, village: str):
    found = _spans(text, "LOC")
    assert not any(s.endswith("基地") for s in found), found


@pytest.mark.parametrize(
    "text",
    [
        "要推动国家加大对东北黑土地保护的支持。",
        "委员们围绕推进东北全面振兴建言献策。",
        "要抓住实施东北振兴战略的机遇。",
    ],
)
def test_the_northeast_named_bare_for_its_cause_or_land_is_a_place(text: str):
    assert "东北" in _spans(text, "LOC")


@pytest.mark.parametrize(
    "text",
    [
        "台风将向东北方向移动。",
        "项目位于县城东北部。",
        "据东北网消息，会议召开。",
        "他毕业于东北大学。",
    ],
)
def test_no_northeast_where_it_is_a_direction_or_a_name(text: str):
    assert "东北" not in _spans(text, "LOC")


@pytest.mark.parametrize(
    ("text", "port"),
    [
        ("区领导带队检查天津港东湾港区安全生产工作。", "天津港东湾港区"),
        ("一行来到盐城港响水港区调研。", "盐城港响水港区"),
        ("他说，天津港是海上交通的重要枢纽。", "天津港"),
        ("要推进天津港区域安全生产工作。", "天津港"),
        ("推动东湾、北湾港区联防联控。", "北湾港区"),
    ],
)
def test_a_port_and_its_area_are_places(text: str, port: str):
    assert port in _spans(text, "LOC")


def test_the_city_inside_a_port_is_no_gpe():
    assert "天津" not in _spans("区领导带队检查天津港东湾港区安全生产工作。", "GPE")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("天津港集团负责人参加会议。", "天津港"),
        ("区公安局天津港分局作了汇报。", "天津港"),
        ("来到黄石港区花湖街道。", "黄石港区"),
        ("来到泉州泉港区肖厝村。", "泉港区"),
    ],
)
def test_no_port_inside_a_body_or_a_district(text: str, wrong: str):
    assert wrong not in _spans(text, "LOC")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("对病险水库要组织检查排险。", "病险水库"),
        ("要对险工险段、中小水库进行认真排查。", "中小水库"),
        ("通过实地查看汛期水库溢洪情况。", "汛期水库"),
        ("要消灭垃圾河、黑臭河。", "黑臭河"),
        ("受降雨影响，大江大河水位持续偏高。", "大江大河"),
    ],
)
def test_no_place_in_the_waters_in_general(text: str, wrong: str):
    assert wrong not in _spans(text, "LOC")


@pytest.mark.parametrize(
    ("text", "river"),
    [
        ("市长与相关部门会商，调度沅水、澧水防汛工作。", "沅水"),
        ("市长与相关部门会商，调度沅水、澧水防汛工作。", "澧水"),
        ("据水文部门监测，长江汛情总体平稳。", "长江"),
        ("副县长对青溪水库进行防汛检查。", "青溪水库"),
    ],
)
def test_a_river_in_a_flood_report_is_a_place(text: str, river: str):
    assert river in _spans(text, "LOC")


def test_a_park_named_by_a_great_river_after_a_preposition():
    text = "要加快一体化进程，以长江国家文化公园建设促进文旅融合。"
    assert "长江国家文化公园" in _spans(text, "LOC")
    assert "以长江国家文化公园" not in _spans(text, "LOC")
    assert "横泾河生态体育休闲公园" in _spans("一行来到横泾河生态体育休闲公园。", "LOC")
