"""Session 43 (orgs43): ORG forms of real reports. A firm's subsidiary, branch or filling
station named after its group or company (某省有色金属集团某某锰业公司, 某某股份有限公司某省分公司
某某加油站: one ORG through the last unit); a verb of a visit read into a firm's long name
(参观某某汽车有限公司); a committee's 会 read as a slip of its name where it opens a verb
(某某委会同, 会商). Every sentence, name and place here is made up."""

from __future__ import annotations

import pytest

from civannot.preannotate.engine import suggest


def _tagged(text: str, *labels: str) -> list[tuple[int, str, str]]:
    return [(s.start, s.text, s.label) for s in suggest(text).spans if s.label in labels]


def _orgs(text: str) -> list[str]:
    return [t[1] for t in _tagged(text, "ORG")]


# --- a subsidiary named after its group or company


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("县委书记周立新到湖南省有色金属集团青屏锰业公司调研。", "湖南省有色金属集团青屏锰业公司"),
        ("周立新到贵州有色金属集团岚溪锰业有限公司调研。", "贵州有色金属集团岚溪锰业有限公司"),
        (
            "周立新一行来到中国石油天然气股份有限公司湖南销售分公司岚江加油站检查。",
            "中国石油天然气股份有限公司湖南销售分公司岚江加油站",
        ),
        ("会上，华能集团岚江分公司负责人作了发言。", "华能集团岚江分公司"),
    ],
)
def test_a_subsidiary_is_one_body_with_its_group(text: str, org: str) -> None:
    assert _orgs(text) == [org]
    assert _tagged(text, "GPE", "LOC") == []


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # the unit's head after it: the post's (the title grammar reads it), no longer ORG
        ("华能集团岚江分公司经理周立新参加会议。", []),
        # a visit's verb after the group opens no unit of it
        ("青屏集团调研岚江公司。", None),
        # a clause's words after the company: no unit
        ("岚江化工有限公司要加强安全生产。", ["岚江化工有限公司"]),
        # a verb before 公司 (its own website) names no unit
        ("会上，岚江集团利用公司网站发布公益广告。", ["岚江集团"]),
    ],
)
def test_no_subsidiary_over_a_post_or_a_clause(text: str, orgs: list[str] | None) -> None:
    found = _orgs(text)
    if orgs is None:
        assert "青屏集团调研岚江公司" not in found
    else:
        assert found == orgs


# --- a verb of a visit before a firm's long name


@pytest.mark.parametrize("verb", ["参观", "参观了", "走访", "察看", "考察了", "视察", "实地查看"])
def test_a_visit_verb_opens_no_firm_name(verb: str) -> None:
    text = f"周立新{verb}岚江青屏汽车有限公司。"
    assert _orgs(text) == ["岚江青屏汽车有限公司"]


def test_a_firm_name_with_a_trade_of_you_is_whole() -> None:
    # 有 of 有色 or 有机 is no function character inside a firm's name
    assert _orgs("周立新到岚江有机肥有限公司调研。") == ["岚江有机肥有限公司"]


# --- a committee's 会: a slip of its name, or a verb after it


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("区发展改革委会同区财政局制定方案。", ["区发展改革委", "区财政局"]),
        ("县卫健委会同县市场监管局开展检查。", ["县卫健委", "县市场监管局"]),
        ("区卫生健康委会商区应急局。", ["区卫生健康委", "区应急局"]),
        # a slip of the name (委 + 会) in a list: the whole, as written
        (
            "区委宣传部、区卫生健康委会、区应急局负责同志参加。",
            ["区委宣传部", "区卫生健康委会", "区应急局"],
        ),
    ],
)
def test_a_committee_before_hui_tong(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


# --- a body's party study group written after it


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("5月9日下午，县人民医院党委理论学习中心组召开学习会。", "县人民医院党委理论学习中心组"),
        ("5月9日下午，县一院党委中心组召开学习会。", "县一院党委中心组"),
        ("岚江县第一中学党总支理论学习中心组召开学习会。", "岚江县第一中学党总支理论学习中心组"),
    ],
)
def test_a_body_and_its_study_group_are_one(text: str, org: str) -> None:
    assert _orgs(text) == [org]


def test_no_study_group_over_its_head_post() -> None:
    # before the group's head the group is the title's: no ORG runs into it
    assert all("中心组" not in o for o in _orgs("县人民医院党委中心组组长周立新主持。"))


# --- wide45: forms read across a clause's words or cut inside a name


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # a firm's long name after a visit's verb and a place (调研 + 某省 + name)
        ("在调研青海岚石工业股份有限公司时，周立新要求加强管理。", "青海岚石工业股份有限公司"),
        # 在 of 在线 inside a firm's long name
        ("对挂包的岚州三快在线信息技术有限公司开展走访。", "岚州三快在线信息技术有限公司"),
        # the level of 我区 is the speaker's own, no part of the firm's name
        ("周立新一行深入我区岚新立白实业有限公司考察。", "岚新立白实业有限公司"),
        # the party committee with its term, after a clause opened by a town
        (
            "青屏镇迅速传达贯彻落实中国共产党岚江县第十一届委员会第二次全体会议精神。",
            "中国共产党岚江县第十一届委员会",
        ),
        # the source field's own words around the outlet
        ("来源：根据岚江电视台整理\n", "岚江电视台"),
        # a bureau's district branch named by two fields
        ("区应急管理局、区自然资源和规划分局等部门积极部署。", "区自然资源和规划分局"),
        # a river-basin commission, named with no level
        ("会前，周立新到长江水利委员会座谈。", "长江水利委员会"),
        # a hospital after a verb of going, 人民 the kind's own word
        ("调研组一行先后赴岚旗人民医院、岚旗人民法院调研。", "岚旗人民医院"),
        # a school after a visit's verb
        ("在检查青屏门小学后厨液化气使用情况时，周立新要求加强管理。", "青屏门小学"),
    ],
)
def test_wide45_bodies_whole(text: str, org: str) -> None:
    assert org in _orgs(text)
    assert all(o == org or org not in o and o not in org for o in _orgs(text))


@pytest.mark.parametrize(
    "text",
    [
        # bodies of some kind, none named
        "相关乡镇街党委主要负责同志参加会议。",
        # the members leading a team: a clause, no group's name
        "同时街道班子成员分组带领工作专班深入小区开展检查。",
        # a verb of acting on a firm opens no firm's name
        "要协调督导供热公司组织人员集中解决。",
        # the kinds of places checked, none named
        "要加强对学校、医院的检查。检查学校、医院等场所。",
    ],
)
def test_wide45_no_body_over_a_clause(text: str) -> None:
    assert not [
        o for o in _orgs(text) if any(w in o for w in ("相关", "带领", "督导", "学校", "医院"))
    ]


# --- firms named by their province or city and a name of their own; a firm named again


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("在吉林岚天化农业发展公司青家屯基地实地察看。", "吉林岚天化农业发展公司"),
        ("先后来到江苏省岚通工程集团、江苏镇江岚建建设集团，听取诉求。", "江苏镇江岚建建设集团"),
        ("调研中，周立新来到内蒙古岚瑞顺工贸公司，听取汇报。", "内蒙古岚瑞顺工贸公司"),
    ],
)
def test_a_firm_named_by_its_province(text: str, org: str) -> None:
    assert org in _orgs(text)
    assert [t for t in _tagged(text, "GPE", "LOC") if org.startswith(t[1])] == []


@pytest.mark.parametrize(
    "text",
    [
        # a verb of the clause between the place and the kind: no firm's name
        "周立新到湖南开展物业公司检查。",
        # the level after the place opens a body
        "湖南省市公司负责人参加。",
    ],
)
def test_no_province_firm_over_a_clause(text: str) -> None:
    assert not [o for o in _orgs(text) if o.startswith("湖南")]


def test_a_firm_named_again() -> None:
    text = "周立新带队调研岚恒集团重点在建项目，区建发局、岚恒集团等单位负责人陪同。"
    assert [t for t in _tagged(text, "ORG") if t[1] == "岚恒集团"] == [
        (7, "岚恒集团", "ORG"),
        (23, "岚恒集团", "ORG"),
    ]


def test_a_firm_kind_is_not_named_again() -> None:
    # a kind of firm (物业公司) is no name, read nowhere
    assert "物业公司" not in _orgs("要督促物业公司落实责任，物业公司要加强巡查。")


# --- a zone's committee named by its city and a name of its own; a road named after a college


def test_a_zone_committee_named_by_its_city() -> None:
    text = "周立新一行察看重点区域，与黄石新港管委会、综保办和园区企业代表座谈。"
    assert "黄石新港管委会" in _orgs(text)
    assert [t for t in _tagged(text, "GPE") if t[1] == "黄石"] == []


def test_a_road_named_after_a_college_is_no_college() -> None:
    assert "岚峰区学院" not in _orgs("岚峰区学院路实验学校建设项目、岚阳市青峰区项目。")
