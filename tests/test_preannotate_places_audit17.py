"""GPE and LOC in the forms the session-16 audit of real town, banner, prefecture and zone
reports (issue 16: audgpe17) found: a town named once with its unit and elsewhere bare, as its
people write it; a town's name read from a document's title (《某某镇…方案》); villages listed bare
before their count (甲、乙四个村); a village in a list of places is no division. Every example is
made up in the same form: the town, village and district names are invented."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a town named with its unit, then bare where its people speak of it
        (
            "近日，柳溪镇召开创建动员大会。会前，与会人员观看了柳溪文明镇创建短片。"
            "柳溪已具备了扎实的基础条件。",
            {("柳溪镇", "GPE"), ("柳溪", "GPE")},
            set(),
        ),
        # a name of three characters (a market town, 某某集)
        (
            "6月2日，桐木集镇召开推进会。桐木集上下要全力以赴。",
            {("桐木集镇", "GPE"), ("桐木集", "GPE")},
            set(),
        ),
        # the town's market, school or water works is one place or body with its name
        (
            "近日，柳溪镇召开推进会，要求柳溪农贸市场加强管理。",
            {("柳溪镇", "GPE")},
            {("柳溪", "GPE")},
        ),
        # a town named like a word of the dictionary stays that word when bare
        (
            "近日，长江镇召开推进会，为建设长江经济带贡献力量。",
            {("长江镇", "GPE")},
            {("长江", "GPE")},
        ),
        # the town read only from a document's title, then bare in the headline
        (
            "桐木集召开文明创建推进会\n镇长李明解读了《桐木集镇精神文明创建实施方案》。",
            {("桐木集", "GPE")},
            set(),
        ),
        # a title of a document that opens with no division
        ("印发《美丽乡村建设方案》和《城乡环境整治方案》。", set(), {("美丽乡", "GPE")}),
    ],
)
def test_bare_towns(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, want - got
    assert not (not_want & got), not_want & got


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # villages named bare before their count
        (
            "会上，石桥、青岗、马集、柳湾四个村（居）的负责同志作表态发言。",
            {("石桥", "LOC"), ("青岗", "LOC"), ("马集", "LOC"), ("柳湾", "LOC")},
            set(),
        ),
        (
            "全镇涉及东坪、西坪、南岭等三个行政村。",
            {("东坪", "LOC"), ("西坪", "LOC"), ("南岭", "LOC")},
            {("南岭等", "LOC")},
        ),
        # not a list of names: verbs before the count
        ("重点推进整治、美化两个村的环境。", set(), {("整治", "LOC"), ("美化", "LOC")}),
        # a village, or a kind of village, in a list of towns is no division
        (
            "白沙镇、石门镇、青岗村是全国名镇、名村，有着悠久的历史。",
            {("白沙镇", "GPE"), ("石门镇", "GPE")},
            {("名村", "GPE")},
        ),
    ],
)
def test_counted_villages(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, want - got
    assert not (not_want & got), not_want & got


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a county or district named bare before a colon opening a headline line
        (
            "首页 > 沾益：青枫街道召开推进会\n沾益：青枫街道召开推进会\n会议内容：传达了精神。",
            {("沾益", "GPE"), ("青枫街道", "GPE")},
            {("会议内容", "GPE")},
        ),
        # a province before a bare kind of zone speaks of its zones (the province alone)
        (
            "先后荣获湖南省开发区先进集体、湖南省开发区十强等称号。",
            {("湖南省", "GPE")},
            {("湖南省开发区", "GPE")},
        ),
        # the kind of zone written out after a zone named with its city names no zone
        (
            "在那片土地上，宜都高新技术产业园区（以下简称宜都高新区）走过了道路。"
            "后被认定为省级高新技术产业园区。",
            {("宜都高新区", "GPE")},
            {("高新技术产业园区", "GPE")},
        ),
        # a town before its schools, after a verb of going
        ("公司员工到白石岭镇中小学开展活动。", {("白石岭镇", "GPE")}, set()),
        # a person's former residence
        (
            "全体党员到陈某某旧居开展主题党日活动，到李某某故居参观。",
            {("陈某某旧居", "LOC"), ("李某某故居", "LOC")},
            set(),
        ),
    ],
)
def test_batch2_places(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, want - got
    assert not (not_want & got), not_want & got


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a sub-district named after its new district, before its community, in a list
        (
            "督导组先后来到青枫街道柳岸社区、新区街道光华社区，实地查看。",
            {("青枫街道", "GPE"), ("新区街道", "GPE")},
            set(),
        ),
        # the new district's sub-districts in general stay unnamed
        ("要加快推进新区街道建设。", set(), {("新区街道", "GPE")}),
        # a market's sections are no districts
        (
            "在青禾农贸市场，他先后到鲜肉区、蔬菜区、熟食区实地察看。",
            {("青禾农贸市场", "LOC")},
            {("鲜肉区", "GPE"), ("熟食区", "GPE")},
        ),
    ],
)
def test_batch3_places(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, want - got
    assert not (not_want & got), not_want & got


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a sub-district named by a common word, in a list of sites, before its own estate
        (
            "他先后来到临江街道航运小区、花园街道铁一小区、永昌街道宾馆沟小区。",
            {("花园街道", "GPE"), ("铁一小区", "LOC"), ("临江街道", "GPE")},
            set(),
        ),
        ("要加强花园街道建设。", set(), {("花园街道", "GPE")}),
        # a sub-district named after a street with 局子
        (
            "他先后来到昌邑区东局子街道锦东社区。",
            {("昌邑区", "GPE"), ("东局子街道", "GPE"), ("锦东社区", "LOC")},
            {("昌邑区东局", "ORG")},
        ),
    ],
)
def test_batch4_places(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, want - got
    assert not (not_want & got), not_want & got


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a county-level place named bare before its town, the town then read everywhere
        (
            "广丰白石镇荣膺“江西省文明村镇”\n日前，广丰白石镇一举摘下桂冠。经评审，白石镇由于"
            "成效显著，喜获殊荣。",
            {("广丰", "GPE"), ("白石镇", "GPE")},
            set(),
        ),
        # a town of the district the text just named
        ("该区青峰乡和石门镇柳家村继续保留称号。", {("青峰乡", "GPE")}, set()),
        # a town before its people in charge
        ("会上，青峰镇负责同志作了交流发言。", {("青峰镇", "GPE")}, set()),
        # a headline opening with a known city and a verb of visiting
        ("五指山开展文明城市创建检查\n检查组前往青峰镇。", {("五指山", "GPE")}, set()),
        # a word of the dictionary opening a clause is no county before a town
        ("，中心镇负责同志参加。", set(), {("中心镇", "GPE")}),
    ],
)
def test_batch5_places(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, want - got
    assert not (not_want & got), not_want & got
