"""LOC by the grammar of sites (session 23, locs24), written from a probe grid of made-up sites
(kinds x names x a division before them x the genre's frames, /work/notes/locs24/grid.py) and a
batch of real inspection pages: a name of three characters right after a division; a division
after a verb of looking and 了 (察看了某区某某大道); the sites of an area after 辖区内的; a
sub-district whose name ends in 州; supermarkets, 农贸城 and 汽车客运站 as kinds of site. Every
example is made up."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a name of three characters right after a division the text names
        ("督查组来到柳塘区青石岗商业街，查看环境卫生。", ("青石岗商业街", "LOC")),
        ("志愿者在石岭镇金沙湾步行街开展清洁活动。", ("金沙湾步行街", "LOC")),
        ("检查组一行来到柳塘区白鹭洲中路，查看环境卫生。", ("白鹭洲中路", "LOC")),
        # a division after a verb of looking and 了
        ("督查组实地察看了柳塘区翠湖大道、金桂社区的创文工作。", ("翠湖大道", "LOC")),
        ("督查组先后察看了石岭镇青枫公园以及桂香广场。", ("青枫公园", "LOC")),
        # the sites of an area after 辖区内的
        ("巡查组抽查了辖区内的匡岭农贸市场、青枫汽车配件市场。", ("匡岭农贸市场", "LOC")),
        ("巡查组检查了辖区内的柳溪路沿线。", ("柳溪路", "LOC")),
        # a sub-district named 某州 before its community
        ("督查组先后走访了柳塘区岚州街道蒲溪社区、金桂社区。", ("蒲溪社区", "LOC")),
        ("督查组先后走访了鹿城区岚州街道蒲溪社区、金桂社区。", ("岚州街道", "GPE")),
        # kinds of site: supermarkets, 农贸城, bus stations named with 汽车客运站
        ("在西岭综合批发市场和金润超市，工作人员检查了进货台账。", ("金润超市", "LOC")),
        ("他一行先后前往大岭农贸综合市场、青溪农贸城等地。", ("青溪农贸城", "LOC")),
        ("检查组一行来到金桂汽车客运站，查看环境卫生。", ("金桂汽车客运站", "LOC")),
    ],
)
def test_site_read(text: str, span: tuple[str, str]) -> None:
    assert span in _tagged(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # 的 opens no name: the village after its town and 的 is read from 的 on
        ("他先后实地督查了青石镇的中岭村、桂木村。", ("中岭村", "LOC")),
    ],
)
def test_guards_kept(text: str, span: tuple[str, str]) -> None:
    assert span in _tagged(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a kind of market in general after 辖区内的
        ("督查组抽查了辖区内的农贸市场。", "农贸市场"),
        ("要加强对大型超市的管理。", "大型超市"),
        ("各超市要落实门前三包。", "各超市"),
    ],
)
def test_not_sites(text: str, wrong: str) -> None:
    assert all(s != wrong for s, _ in _tagged(text))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a list closed by 等 and the kind of site its items share
        ("在县税务局家属院、翠峰名典、桂园等小区，志愿者上门检修电路。", ("翠峰名典", "LOC")),
        ("在县税务局家属院、翠峰名典、桂园等小区，志愿者上门检修电路。", ("桂园", "LOC")),
        ("工作组先后走访了石岩村、柳庄、小溪沱村等6个行政村。", ("柳庄", "LOC")),
        # a road named after the building it runs before
        ("在柳阳路和府前街交叉口，志愿者引导行人文明出行。", ("府前街", "LOC")),
        ("检查组一行来到站前路，查看环境卫生。", ("站前路", "LOC")),
        # 和 second in a name opened by a preposition or a verb of going
        ("他一行先来到天和星城小区，该小区建成于2004年。", ("天和星城小区", "LOC")),
        ("志愿者在泰和菜市场开展清洁活动。", ("泰和菜市场", "LOC")),
        ("检查组一行来到天和小区，查看环境卫生。", ("天和小区", "LOC")),
    ],
)
def test_site_read_lists_and_names(text: str, span: tuple[str, str]) -> None:
    assert span in _tagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "督查组深入主次干道、交通路口、商场超市等点位检查。",
        "要组织党员到社区和小区开展志愿服务。",
        "督查组在站前广场检查车辆停放。",
        "车站前路面破损严重。",
        "各社区、各小区等要落实责任。",
        # an earlier list of towns closed by its own 等 is no part of the list of sites
        "检查组先后深入到青岩、木叶营子、四道湾等乡镇以及红沙洼、佛光寺等景区调研。",
    ],
)
def test_no_site_read_but_the_sites(text: str) -> None:
    got = {s for s, lab in _tagged(text) if lab == "LOC"}
    assert not got & {"青岩", "木叶营子", "四道湾", "主次干道", "交通路口", "小区", "社区"}


@pytest.mark.parametrize(
    "text",
    [
        "要组织党员到社区和小区开展志愿服务。",
        "督查组在站前广场检查车辆停放。",
        "车站前路面破损严重。",
    ],
)
def test_no_site_read(text: str) -> None:
    assert not [s for s, lab in _tagged(text) if lab == "LOC"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a river or a reservoir right after a division the text names
        ("督查组来到柳塘区青枫河，查看河道保洁。", ("青枫河", "LOC")),
        ("志愿者在石岭镇金沙湾水库开展清洁活动。", ("金沙湾水库", "LOC")),
        # a part of the river after its name
        ("督查组同时发现，南岗河支流水体漂浮物太多。", ("南岗河", "LOC")),
    ],
)
def test_waters_read(text: str, span: tuple[str, str]) -> None:
    assert span in _tagged(text)


def test_site_after_a_division_and_de() -> None:
    # 的 opens no name, but after a division and 的 the site's name starts (kept from before)
    assert ("南溪滨生态公园", "LOC") in _tagged(
        "检查组实地察看了仓山区的南溪滨生态公园及东段堤岸。"
    )


def test_a_kind_of_shop_is_no_site() -> None:
    assert not [
        s for s, lab in _tagged("社区设有鲜花店、裁缝铺、慈善超市、城市书房。") if lab == "LOC"
    ]
