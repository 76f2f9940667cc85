"""ORG, GPE, LOC and DOC in the forms the session-13 audit left open and the session-14 audit of
real reports (issue 16: helper audorgs15) found missed or wrong. Every example is made up in the
same form: the place, body and person names are invented (provinces, cities and counties are
real only where the gazetteer must know them)."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # facilities of kinds the lists lacked: galleries, libraries, bases, flower fields,
        # corridors, bridges
        (
            "检查组走访了滨江艺术馆、望江长廊，并察看东坡大桥。",
            {("滨江艺术馆", "LOC"), ("望江长廊", "LOC"), ("东坡大桥", "LOC")},
            set(),
        ),
        (
            "来到青溪图书馆、柳岸文化馆和枫林科技馆，察看了石屏花海。",
            {
                ("青溪图书馆", "LOC"),
                ("柳岸文化馆", "LOC"),
                ("枫林科技馆", "LOC"),
                ("石屏花海", "LOC"),
            },
            set(),
        ),
        ("在翠屏山教育基地开展活动。", {("翠屏山教育基地", "LOC")}, set()),
        # the kind of facility in general is no name
        (
            "推进爱国主义教育基地建设，参观红色教育基地，察看了油菜花海。",
            set(),
            {("爱国主义教育基地", "LOC"), ("红色教育基地", "LOC"), ("油菜花海", "LOC")},
        ),
        # an estate of farmers' flats is a place; a verb before the kind names none
        ("深入桂湾小区、东湖农民公寓检查卫生。", {("东湖农民公寓", "LOC")}, set()),
        ("加快建设农民公寓，推进人才公寓建设。", set(), {("建设农民公寓", "LOC")}),
        # a village visited, named by a word
        ("县委书记王某到一心村调研。", {("一心村", "LOC")}, set()),
        ("走进红星村，察看村容。", {("红星村", "LOC")}, set()),
        # a kind of village is no name
        ("到贫困村调研，到联系村检查。", set(), {("贫困村", "LOC"), ("联系村", "LOC")}),
        # a unit's link to a sub-district and its community
        (
            "各单位挂钩城南街道东门社区开展志愿服务。",
            {("城南街道", "GPE"), ("东门社区", "LOC")},
            set(),
        ),
        ("包联青岚镇红星村", {("青岚镇", "GPE"), ("红星村", "LOC")}, set()),
        ("联系群众工作要做实。", set(), {("联系群众", "GPE")}),
        # a sub-district named after an old estate (某某新村街道) is a division
        (
            "区委书记来到枫桥新村街道，与枫桥新村街道干部座谈。",
            {("枫桥新村街道", "GPE")},
            {("枫桥新村", "LOC")},
        ),
        ("加强新村街道建设", set(), {("新村街道", "GPE")}),
        # a town after its zone written bare
        (
            "高新区龙塘镇召开动员会。检查组来到开发区青岚镇，",
            {("龙塘镇", "GPE"), ("青岚镇", "GPE")},
            set(),
        ),
        # a level's team for its campaign
        (
            "迎接省创卫考评团检查，省创卫专家组一行来我县。",
            {("省创卫考评团", "ORG"), ("省创卫专家组", "ORG")},
            set(),
        ),
        ("省文明城市测评组来我市检查。", {("省文明城市测评组", "ORG")}, set()),
        ("全省创卫检查组", set(), {("省创卫检查组", "ORG")}),
        # an account's header line before its date
        (
            "桐城宣传2021-12-14\n桐城市召开创文推进会",
            {("桐城宣传", "ORG"), ("桐城市", "GPE")},
            {("桐城", "GPE")},
        ),
        ("湘阴发布 2022-03-05 10:20\n会议要求", {("湘阴发布", "ORG")}, {("湘阴", "GPE")}),
        # a document's title the page wrapped
        (
            "印发了《岚溪县创建全国文明城市\n工作方案》。",
            {("岚溪县创建全国文明城市\n工作方案", "DOC")},
            set(),
        ),
        ("对照《国家卫生城市\n标准（2014版）》", {("国家卫生城市\n标准（2014版）", "DOC")}, set()),
        # an unclosed mark before a line break and an article's title are none
        ("他说。《\n方案》", set(), {("\n方案", "DOC")}),
        ("阅读《青溪\n日报》", set(), {("青溪\n日报", "DOC")}),
    ],
)
def test_audit15_forms(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), (not_want & got, got)
