"""GPE in the forms the session-14 audit of real reports (issue 16: audorgs15) left open and the
session-15 audit (audgpe16) found: a town's bare name where the genre puts a place (在某某举行,
到某某调研, 像某某这样), proved a place by its unit written elsewhere in the same text or by the
gazetteer; the first item of a list of divisions run on from a verb (组织某某区、…). Every
example is made up in the same form: the town and district names are invented (cities and
counties are real only where the gazetteer must know them)."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a town's bare name in a frame of meeting or visiting, its unit written elsewhere
        (
            "5月8日，全县爱国卫生工作现场会在柳溪举行。会上，柳溪镇、白沙镇作交流发言。",
            {("柳溪", "GPE"), ("柳溪镇", "GPE"), ("白沙镇", "GPE")},
            set(),
        ),
        (
            "县委书记到柳溪调研创卫工作。柳溪镇、白沙镇负责人陪同。",
            {("柳溪", "GPE")},
            set(),
        ),
        # held up as the example
        (
            "像白沙这样的乡镇，要补齐短板。白沙镇、柳溪镇负责人参加。",
            {("白沙", "GPE")},
            set(),
        ),
        # a name of three characters after a verb of going, ending the clause
        (
            "检查组来到白石岭，察看集镇环境。白石岭镇、柳溪镇负责人参加。",
            {("白石岭", "GPE"), ("白石岭镇", "GPE")},
            set(),
        ),
        # a county the gazetteer knows, held up as the example
        ("要学习宁乡这样的先进经验。", {("宁乡", "GPE")}, set()),
        # a word the text never writes with a unit stays a word in the same frame
        ("县委书记在清水举行的会上讲话。", set(), {("清水", "GPE")}),
        ("像绣花这样精细管理。", set(), {("绣花", "GPE")}),
        # the first item of a list of divisions, run on from a verb
        (
            "会议组织南城区、北湖区、东山区等单位负责人参加。",
            {("南城区", "GPE"), ("北湖区", "GPE"), ("东山区", "GPE")},
            set(),
        ),
        (
            "督导组抽查了白石岭镇、柳溪镇、白沙镇。",
            {("白石岭镇", "GPE"), ("柳溪镇", "GPE"), ("白沙镇", "GPE")},
            {("石岭镇", "GPE")},
        ),
        # a generic head before the list is no name
        (
            "全面推进城区、北湖区、东山区建设。",
            {("北湖区", "GPE")},
            {("推进城区", "GPE"), ("城区", "GPE")},
        ),
    ],
)
def test_bare_and_listed_places(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, want - got
    assert not (not_want & got), not_want & got


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # an autonomous county or prefecture by its stem and the bare 自治 unit (the real
        # divisions the gazetteer lists by their full names)
        (
            "三都自治县召开创建推进会。（三都自治县文明办）",
            {("三都自治县", "GPE"), ("三都自治县文明办", "ORG")},
            set(),
        ),
        ("黔南自治州召开会议。", {("黔南自治州", "GPE")}, set()),
        # a list of counties the gazetteer knows, between 到 and a verb of visiting
        (
            "副省长一行到乐东、琼中检查农业产业化发展情况。",
            {("乐东", "GPE"), ("琼中", "GPE")},
            set(),
        ),
        # a township (苏木) after its city, a Mongolian name of five characters, a village
        # (嘎查) after its township, the township before its own body
        (
            "近日，锡林浩特市巴音塔拉苏木等4个苏木，巴音塔拉苏木乌兰嘎查等被命名。",
            {("巴音塔拉苏木", "GPE"), ("乌兰嘎查", "LOC")},
            set(),
        ),
        ("额尔敦高勒苏木各嘎查发生了变化。", {("额尔敦高勒苏木", "GPE")}, set()),
        (
            "成立《巴音塔拉苏木人居环境整治工作领导小组》。",
            {("巴音塔拉苏木人居环境整治工作领导小组", "ORG")},
            {("苏木人居环境整治工作领导小组", "ORG")},
        ),
        ("要加强全苏木人居环境整治，全面推进苏木工作。", set(), {("全面推进苏木", "GPE")}),
        # towns and townships in one list: an item between two of them, whatever its name
        # reads as (石和, 本庄)
        (
            "云岭镇、万田镇、石和乡、正安镇、德丰乡、本庄镇、大溪坝乡、缠山镇被命名为国家卫生乡镇。",
            {("石和乡", "GPE"), ("本庄镇", "GPE"), ("正安镇", "GPE")},
            set(),
        ),
        # an adverb and a preposition before the kind of place name none
        (
            "镇里先后在农贸市场、文化广场增设停车位。",
            set(),
            {("后在农贸市场", "LOC"), ("先后在农贸市场", "LOC")},
        ),
        # kinds of towns and of communities in general
        (
            "推进特色产业小镇建设，打造旅游小镇。深入场镇机关、农场社区调研。",
            set(),
            {("特色产业小镇", "LOC"), ("旅游小镇", "LOC"), ("农场社区", "LOC")},
        ),
    ],
)
def test_audit_forms_batch1(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, want - got
    assert not (not_want & got), not_want & got


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # the county, then its seat's town (城关镇), not the county town and 关镇
        (
            "连日来，青川县城关镇持续开展城乡环境卫生集中整治工作。",
            {("青川县", "GPE"), ("城关镇", "GPE")},
            {("青川", "GPE")},
        ),
        # a town right after its county, before a count
        ("5月13日至15日，宁乡县柳溪镇1300多名干部群众分头行动。", {("柳溪镇", "GPE")}, set()),
        # 网 opening 网络 closes no outlet
        (
            "主要承担市委、市政府网络外宣、互联网舆论引导。",
            {("市政府", "ORG")},
            {("市政府网", "ORG")},
        ),
        # a township first in a list of towns, after the verb that opens it
        (
            "“文明乡镇”3个，包括柳溪乡、白沙镇、青石乡。",
            {("柳溪乡", "GPE"), ("白沙镇", "GPE"), ("青石乡", "GPE")},
            {("包括柳溪乡", "GPE")},
        ),
        # the agent after 被 is the body, not the level before it
        (
            "近日，我县被湘潭市精神文明建设指导委员会评为“市级文明县城”。",
            {("湘潭市精神文明建设指导委员会", "ORG")},
            {("县被湘潭市精神文明建设指导委员会", "ORG")},
        ),
        # bureaus and offices of transport and employment, and a branch named by its county
        (
            "包括宁乡县交通运输管理局、宁乡县道路运输管理所、宁乡县劳动就业局、"
            "交通运输执法局宁乡县分局。",
            {
                ("宁乡县交通运输管理局", "ORG"),
                ("宁乡县道路运输管理所", "ORG"),
                ("宁乡县劳动就业局", "ORG"),
                ("交通运输执法局宁乡县分局", "ORG"),
            },
            {("宁乡县", "GPE")},
        ),
        # a company's branch named by the county it serves, as an item of a list
        (
            "，青禾书店宁乡县分公司、平安人寿宁乡县支公司、",
            {("青禾书店宁乡县分公司", "ORG"), ("平安人寿宁乡县支公司", "ORG")},
            {("宁乡县", "GPE")},
        ),
        ("，我们的宁乡县分公司、", set(), {("我们的宁乡县分公司", "ORG")}),
        # the idiom for every street, and kinds of parks in general
        ("并就大街小巷的日常保洁清扫提出了要求。", set(), {("并就大街", "LOC")}),
        (
            "青龙文化园和八大文化支柱贯穿历史。加快建设民俗风情园，打造文化园。",
            {("青龙文化园", "LOC")},
            {("民俗风情园", "LOC")},
        ),
    ],
)
def test_audit_forms_batch2(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, want - got
    assert not (not_want & got), not_want & got


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a city's nickname that is also a county's stem (江城) is no place after an epithet
        # unless the text writes it with its unit
        (
            "武汉市：凝心聚力 建设文明幸福江城\n全市上下齐心协力。",
            {("武汉市", "GPE")},
            {("江城", "GPE")},
        ),
        ("江城县召开大会。要打造幸福江城", {("江城", "GPE")}, set()),
        # the kind of town (中心镇) and the local sub-district (属地街道) name none
        (
            "作为宁乡县的中心镇，柳溪镇人口较多。由属地街道、区城市管理行政执法局负责整改。",
            {("区城市管理行政执法局", "ORG")},
            {("中心镇", "GPE"), ("由属地街道", "GPE"), ("属地街道", "GPE")},
        ),
        # 原 before a county's former name is no part of it
        (
            "这是继水富市（原水富县）之后又一个获此殊荣的地方。",
            {("水富市", "GPE"), ("水富县", "GPE")},
            {("原水富县", "GPE")},
        ),
        # the last sub-district named before 等街道
        (
            "城南街道、河西街道先行试点，随后推广到河西等街道。",
            {("河西街道", "GPE"), ("河西", "GPE")},
            set(),
        ),
        (
            "河西街道、城南街道率先试点，经过河西等街道的试点，经验已推开。",
            {("河西", "GPE"), ("河西街道", "GPE")},
            set(),
        ),
        # a town's communities in general, no community named after the town
        (
            "柳溪镇社区（村）干部分组入户。宁乡县柳溪镇开展整治。",
            {("柳溪镇", "GPE")},
            {("柳溪镇社区", "LOC")},
        ),
        # a village committee named by its village
        (
            "到青山村委、东湖社区督查。各村委要落实责任。",
            {("青山村委", "ORG"), ("东湖社区", "LOC")},
            {("各村委", "ORG")},
        ),
    ],
)
def test_audit_forms_batch3(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, want - got
    assert not (not_want & got), not_want & got


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a street after 打造(了), as after other verbs of road works
        (
            "去年打造了桂花街，今年将打造梧桐路。",
            {("桂花街", "LOC"), ("梧桐路", "LOC")},
            set(),
        ),
        ("打造幸福路，打造美丽街区。", set(), {("幸福路", "LOC")}),
        # a town's sewage or refuse plant is a facility named after the town
        ("察看青河镇污水处理厂运行情况。", {("青河镇污水处理厂", "LOC")}, set()),
        (
            "加快建设城镇污水处理厂，新建生活垃圾处理厂，改造县城污水处理厂。",
            set(),
            {("城镇污水处理厂", "LOC"), ("县城污水处理厂", "LOC")},
        ),
        # a park's gate square is one place with the park
        (
            "在滨江公园东门广场举行启动仪式。",
            {("滨江公园东门广场", "LOC")},
            {("滨江公园", "LOC")},
        ),
        # a bureau's section, a society, a troupe, a group of a field (ORG kinds not listed)
        (
            "市城管局市容科负责，县舞蹈协会、县书法专业组、县老年表演队参加演出。",
            {
                ("市城管局市容科", "ORG"),
                ("县舞蹈协会", "ORG"),
                ("县书法专业组", "ORG"),
                ("县老年表演队", "ORG"),
            },
            set(),
        ),
        # the kind of society, and a bureau's head, name no body of their own
        (
            "要发挥行业协会作用，发挥村居老年协会的作用。市科技局科长参加。",
            set(),
            {
                ("行业协会", "ORG"),
                ("村居老年协会", "ORG"),
                ("老年协会", "ORG"),
                ("市科技局科长", "ORG"),
            },
        ),
    ],
)
def test_known_forms_loc_org(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, want - got
    assert not (not_want & got), not_want & got


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # towns as the object of a verb with 了, or after 将/把 before a count (session 15
        # check batch)
        (
            "今年，全市明确了青溪镇、河口镇建成省级卫生镇。",
            {("青溪镇", "GPE"), ("河口镇", "GPE")},
            set(),
        ),
        ("今年全市将白沙镇15个城郊村全部列入创建范围。", {("白沙镇", "GPE")}, set()),
        # a generic head or a kind of town stays none there
        (
            "要将全镇15个村纳入。加强了乡镇、街道的管理。明确了重点镇、中心镇的任务。",
            set(),
            {("全镇", "GPE"), ("乡镇", "GPE"), ("重点镇", "GPE"), ("中心镇", "GPE")},
        ),
    ],
)
def test_towns_as_objects(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, want - got
    assert not (not_want & got), not_want & got
