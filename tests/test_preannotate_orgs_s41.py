"""Session 41 (orgs41): ORG forms of real reports. A farm, a forest farm or a ranch named by a
name of its own or by its place is a body (某某农场召开…, 、某某林场负责人, 某某县国有某某林场),
but not a kind of farm (家庭农场, 现代化海洋牧场), a clause's run before the word (总结了前一阶段
农场…), a farm of the production and construction corps (its GPE, places._corps_units) or a
farm's station visited (某某林场管护站). Every sentence, name and place here is made up."""

from __future__ import annotations

import pytest

from civannot.preannotate.engine import suggest


def _tagged(text: str, *labels: str) -> list[tuple[int, str, str]]:
    return [(s.start, s.text, s.label) for s in suggest(text).spans if s.label in labels]


# --- farms, forest farms and ranches


@pytest.mark.parametrize(
    ("text", "farm"),
    [
        ("3月5日，青禾农场召开安全生产工作会议。", "青禾农场"),
        ("教育局、柳溪镇、石门林场负责人作了交流发言。", "石门林场"),
        ("白桦乡、松岭林场森林防火联防会议在乡政府召开。", "松岭林场"),
        ("调研组还调研了苏木河林场防火期值班备勤情况。", "苏木河林场"),
        ("一行先后到云岭县国有鹰嘴山林场检查值班情况。", "云岭县国有鹰嘴山林场"),
        ("4月2日上午，江海市东岸农场召开安全工作会议。", "江海市东岸农场"),
        ("各乡镇、金谷牧场负责人参加会议。", "金谷牧场"),
    ],
)
def test_a_farm_named_by_its_own_name_is_an_org(text: str, farm: str) -> None:
    assert farm in [t[1] for t in _tagged(text, "ORG")]


@pytest.mark.parametrize(
    "text",
    [
        "同时鼓励合作社、家庭农场、种植大户参与创建工作。",
        "要大力发展现代化海洋牧场，构建多元化食物供给体系。",
        "会议总结了前一阶段农场安全保卫工作，部署了下一步工作。",
        "场长主持会议，并通报农场目前存在的安全隐患问题。",
        "鼓励发展生态农场和休闲农场。",
    ],
)
def test_a_kind_of_farm_or_a_clause_names_no_farm(text: str) -> None:
    assert [t for t in _tagged(text, "ORG") if t[1].endswith(("农场", "林场", "牧场"))] == []


def test_a_corps_farm_stays_the_corps_place() -> None:
    text = "兵团第九师青禾农场召开安全生产工作会议。青禾农场负责人作表态发言。"
    assert [t for t in _tagged(text, "ORG") if t[1].endswith("农场")] == []


def test_a_farm_station_visited_is_no_farm_org() -> None:
    text = "检查组先后到松岭林场管护站和防扑火指挥中心检查装备。"
    assert [t for t in _tagged(text, "ORG") if "林场" in t[1]] == []


def test_a_farm_school_keeps_its_whole_name() -> None:
    text = "青禾农场学校、医院及幼儿园负责人参加会议。"
    assert ("青禾农场学校", "ORG") in [(t[1], t[2]) for t in _tagged(text, "ORG")]


# --- bodies named after the site they run


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("防汛会议在青龙水库管理局召开。", "青龙水库管理局"),
        ("青龙水库防汛抗旱指挥部各成员单位作表态发言。", "青龙水库防汛抗旱指挥部"),
        ("会上，青龙水库管理局相关负责人汇报了准备工作情况。", "青龙水库管理局"),
        ("县水务局、白鹭水库管理处负责人参加会议。", "白鹭水库管理处"),
        ("一行来到云雾山风景区管理局调研。", "云雾山风景区管理局"),
        ("清溪湿地公园管理处、县林业局负责人参加会议。", "清溪湿地公园管理处"),
    ],
)
def test_a_body_named_after_its_site_is_one_org(text: str, body: str) -> None:
    assert body in [t[1] for t in _tagged(text, "ORG")]


def test_a_site_body_before_its_head_is_the_post() -> None:
    text = "青龙水库管理局局长王明汇报了工作。"
    assert ("青龙水库管理局局长", "TITLE") in [(t[1], t[2]) for t in _tagged(text, "TITLE")]
    assert _tagged(text, "ORG") == []


@pytest.mark.parametrize(
    "text",
    ["要加强公园管理处的建设。", "要进一步加强景区管理，提升服务水平。"],
)
def test_a_site_body_needs_a_name(text: str) -> None:
    assert _tagged(text, "ORG") == []


# --- the state's vertical offices with their level


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("自治区党委宣传部、自治区国家安全厅有关同志陪同调研。", "自治区国家安全厅"),
        ("省公安厅、省国家安全厅有关负责同志参加会议。", "省国家安全厅"),
        ("市国家安全局、市税务局负责人参加会议。", "市国家安全局"),
    ],
)
def test_a_level_and_the_state_security_office_is_one_org(text: str, body: str) -> None:
    assert body in [t[1] for t in _tagged(text, "ORG")]


def test_the_whole_picture_of_security_is_no_bureau() -> None:
    assert _tagged("要着眼安全全局，统筹发展和安全。", "ORG") == []


# --- firms named by a trade that is also a noun of a policy


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        (
            "一行先后到优模科技、汇淼科技、顶创科技等企业调研。",
            ["优模科技", "汇淼科技", "顶创科技"],
        ),
        ("一行先后来到钰丰塑业、鑫塑塑业调研。", ["钰丰塑业", "鑫塑塑业"]),
        ("王明一行深入赛诺维制药、冀雅电子等企业走访。", ["赛诺维制药", "冀雅电子"]),
        ("区长先后到华兰生物、新源环保调研。", ["华兰生物", "新源环保"]),
    ],
)
def test_a_firm_named_by_its_own_name_and_a_policy_trade_is_an_org(
    text: str, firms: list[str]
) -> None:
    orgs = [t[1] for t in _tagged(text, "ORG")]
    assert all(f in orgs for f in firms)


@pytest.mark.parametrize(
    "text",
    [
        "要统筹推进生态环保、节能环保、有机农业等工作。",
        "加快发展设施农业、绿色能源、仓储物流。",
        "重点发展新材料、节能环保、数字智能等产业。",
    ],
)
def test_a_policy_noun_names_no_firm(text: str) -> None:
    assert _tagged(text, "ORG") == []


# --- a company's registered name and its short form


def test_a_registered_name_opening_with_a_direction_word_is_whole() -> None:
    text = "王明到南方青禾液压设备有限公司调研。"
    assert "南方青禾液压设备有限公司" in [t[1] for t in _tagged(text, "ORG")]


def test_the_short_form_of_a_company_named_whole_is_an_org() -> None:
    text = (
        "王明一行先后来到柳溪村、青禾液压公司、石桥村等地。"
        "在青禾液压设备有限公司，王明勉励企业不断提高产品质量。"
    )
    orgs = [t[1] for t in _tagged(text, "ORG")]
    assert "青禾液压公司" in orgs
    assert "青禾液压设备有限公司" in orgs


def test_a_company_after_a_verb_of_going_keeps_its_county() -> None:
    text = "王明先后前往清河县长城热力公司、柳溪镇石桥村，督导供暖准备工作。"
    assert "清河县长城热力公司" in [t[1] for t in _tagged(text, "ORG")]


# --- farmers' cooperatives


@pytest.mark.parametrize(
    ("text", "coop"),
    [
        (
            "先后来到柳河镇泉眼村粪污堆沤点、张明农机农民专业合作社、石桥村示范基地。",
            "张明农机农民专业合作社",
        ),
        (
            "实地察看了大湾镇白石村金穗康源养殖合作社污染治理等情况。",
            "金穗康源养殖合作社",
        ),
        ("在民乐村春峰合作社，王明详细了解了生产情况。", "春峰合作社"),
    ],
)
def test_a_cooperative_named_by_a_name_of_its_own_is_an_org(text: str, coop: str) -> None:
    assert coop in [t[1] for t in _tagged(text, "ORG")]


@pytest.mark.parametrize(
    "text",
    [
        "要组织专业技术人员，指导农业合作社、家庭农场发展生产。",
        "成立乡村理事会等群众自治组织和农民专业合作社。",
        "他强调，要不断完善党支部领办合作社模式。",
        "街道其他9个社区、22个经济合作社也开展了整治。",
    ],
)
def test_a_kind_of_cooperative_names_none(text: str) -> None:
    assert [t for t in _tagged(text, "ORG") if t[1].endswith("合作社")] == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("县三防办、水务局、气象局、海洋与渔业局等单位参加会议。", "海洋与渔业局"),
        ("县海洋与渔业局及沿海乡镇务必做好防范工作。", "县海洋与渔业局"),
        ("市政务服务与数据管理局、市商务局负责人参加会议。", "市政务服务与数据管理局"),
    ],
)
def test_a_bureau_joining_two_fields_with_yu_is_whole(text: str, body: str) -> None:
    assert body in [t[1] for t in _tagged(text, "ORG")]
