"""ORG, GPE and LOC in the forms a fourteenth audit of real reports (session 13, issue 16: helper
audorgs14) found missed or wrong. Every example is made up in the same form: the place, body and
person names are invented (provinces, cities and counties are real only where the gazetteer must
know them)."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # an outlet of one character before 网, then the city it reports from, in a dateline
        (
            "红网长沙4月8日讯（记者 王某）6日下午，柳关镇召开动员大会。",
            {("红网", "ORG"), ("长沙", "GPE")},
            {("红网长沙", "ORG")},
        ),
        # a province's bare name before a zone named after its county: two divisions
        (
            "发布开发区：江苏洪泽经济开发区",
            {("江苏", "GPE"), ("洪泽经济开发区", "GPE")},
            {("江苏洪泽经济开发区", "GPE")},
        ),
        # a city before the zone's own name stays one name
        ("周口临港开发区召开推进会。", {("周口临港开发区", "GPE")}, set()),
        # a slogan's row of four characters ending in 镇 / 乡 names no town
        (
            "产业强镇 共富兴乡 文旅焕新",
            set(),
            {("产业强镇", "GPE"), ("共富兴乡", "GPE")},
        ),
        ("要坚持工业兴镇、农业富乡。", set(), {("工业兴镇", "GPE"), ("农业富乡", "GPE")}),
        # every sub-district's and town's committee (各 before the level) is none named
        ("各镇街党委政府的分管领导参加会议。", set(), {("镇街党委", "ORG")}),
        ("镇街党委要抓好落实。", {("镇街党委", "ORG")}, set()),
        # a list of departments opened by the party's department, closed by 等
        (
            "副区长李某主持。宣传部、公安分局、文旅局等单位负责人参加。",
            {("宣传部", "ORG"), ("公安分局", "ORG"), ("文旅局", "ORG")},
            set(),
        ),
        (
            "县联创办、卫计局、爱卫办、卫生监督所等23个单位在广场开展宣传。",
            {("卫生监督所", "ORG")},
            {("卫生监督所等", "ORG")},
        ),
        # cadres in a list of bodies are no department
        ("公安局、党员干部、群众代表参加。", {("公安局", "ORG")}, {("党员干部", "ORG")}),
        # a town named in the headline, before its own committee after a verb
        (
            "石门县柳关镇召开动员会\n争创文明镇是柳关镇党委、政府立下的目标。",
            {("柳关镇党委", "ORG"), ("柳关镇", "GPE")},
            {("镇党委", "ORG")},
        ),
        # batch 2: a prefecture's name after a word that shares a character with it
        ("当前江门市文明城市创建工作进入关键时期。", {("江门市", "GPE")}, set()),
        ("要做好各项城市管理工作。", set(), {("项城市", "GPE")}),
        # a unit's linked community names no community
        (
            "市妇联干部下沉挂钩社区，积极与挂钩社区联系对接。",
            {("市妇联", "ORG")},
            {("挂钩社区", "LOC")},
        ),
        # the manner of a market names none; a named market stays
        ("要实施标准化菜市场改造工程。", set(), {("标准化菜市场", "LOC")}),
        ("检查了青禾菜市场、柳塘农贸市场。", {("青禾菜市场", "LOC")}, set()),
        # a village named after an older one, right after its town
        ("日前，柳塘县河湾镇东村村入选典型村。", {("东村村", "LOC")}, set()),
        ("某镇农村村民要积极参与。", set(), {("农村村", "LOC")}),
        # the zone's administrative committee after its party committee
        ("根据开发区党委、管委会的部署要求，开展活动。", {("管委会", "ORG")}, set()),
        # an outlet's compiled report (综合讯) in a dateline
        ("清溪网综合讯：（通讯员 李某）近日，", {("清溪网", "ORG")}, set()),
        # a campaign office run for several campaigns, the food and drug bureau of before 2018
        (
            "市政府召集市同创办、市卫生局、市食品药品监督管理局等单位。",
            {("市同创办", "ORG"), ("市食品药品监督管理局", "ORG")},
            set(),
        ),
        # batch 3: a park right after a county whose name holds a connective (平和)
        (
            "调研组还实地考察了平和县青莲公园建设、新图书馆。",
            {("平和县", "GPE"), ("青莲公园", "LOC")},
            {("县青莲公园", "LOC")},
        ),
        # 将军 opens a park's name, no clause
        ("调研组实地调研了云霄县将军岭公园、博物馆。", {("将军岭公园", "LOC")}, set()),
        ("会议将在人民广场举行。", {("人民广场", "LOC")}, set()),
        # office premises (办公场所) are no campaign office; the office itself stays
        ("要落实创城办公场所、工作经费。", set(), {("创城办", "ORG")}),
        ("市创城办公室要牵头抓总。", {("市创城办公室", "ORG")}, set()),
        # a county's cable television station
        ("在武平县有线电视台开设专栏。", {("武平县有线电视台", "ORG")}, set()),
        # the county's territory: the county's bare name, then 县域
        ("长汀县域面积3000平方公里。", {("长汀", "GPE")}, {("长汀县", "GPE")}),
        # the owner of an outlet's copyright
        (
            "其稿件之网络版权均属青禾新闻网所有，任何媒体不得转载。",
            {("青禾新闻网", "ORG")},
            set(),
        ),
        # batch 4 (a check batch, development after): the county town by the county's name
        ("日前，紫阳县城被正式命名为国家卫生县城。", {("紫阳", "GPE")}, {("紫阳县", "GPE")}),
        ("紫阳县城区道路改造完成。", {("紫阳县", "GPE")}, set()),
        # the last body of a list running into the sentence's verb
        (
            "城管局、公安局、市场监督局分别作交流发言。",
            {("市场监督局", "ORG")},
            set(),
        ),
        # roads after a verb of road works
        (
            "新建或拓宽坪岭路、青禾路等路段，硬化改造了西环路西段。",
            {("坪岭路", "LOC"), ("青禾路", "LOC"), ("西环路", "LOC")},
            set(),
        ),
        ("要改造道路，新建路灯，拓宽马路。", set(), {("马路", "LOC"), ("道路", "LOC")}),
        # between two towns of its kind, an item whose name reads as words is a town too
        (
            "沽源县白土窑乡、闪电河乡、西辛营乡，蔚县北水泉镇、西合营镇、白乐镇。",
            {("闪电河乡", "GPE"), ("西合营镇", "GPE")},
            set(),
        ),
        ("城关镇、加强乡镇、柳林镇", set(), {("加强乡镇", "GPE")}),
    ],
)
def test_audit14_forms(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), (not_want & got, got)
