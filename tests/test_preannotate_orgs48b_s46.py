"""Session 46 (orgs48b): ORG forms of firms and outlets in real reports.

Firms: every item of a list closed by 等企业 / 等N家企业 is a company, the first opened by the
visit's last verb inside a longer clause (王某一行先后到甲、乙等企业), two names joined by 和
inside one item (某某基地和甲生物科技、乙农业科技和丙等企业), a name of its own before a kind of
business (某某玫瑰酒店) but not the kind alone (星级酒店); a company the rules read with the end of
its name only is named from what opens it (a mark, a connective, a visit's verb: 查看了某某热力
公司, 、某能控股煤业集团, 调研了某镇焦化工业集团). Outlets in a page's chrome: 来源：i某某, the
footer 本文为某某原创文章, the site's name after its slogan's dashes, after a watermark or before
its greeting (--某某网, Jps某某网|www…, 某某都市网欢迎您). In a list of places a visit went to
that names a company, a business read as a site by its kind (某某大酒店, 某某超市) or its trade
(某某供电) is the business.
Every sentence, name and place here is made up."""

from __future__ import annotations

import pytest

from tests.suggestion_texts import orgs as _orgs
from tests.suggestion_texts import tagged as _tagged

# --- firms listed before 等企业


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # the first item after the visit's verb, inside the clause of its subject
        (
            "周立新一行先后到岚西铝材城、岚石玻纤、中瑞岚特、三岚集团等企业实地调研。",
            ["岚西铝材城", "岚石玻纤", "中瑞岚特", "三岚集团"],
        ),
        # two names joined by 和 inside an item; a base before them is a site
        (
            "周立新先后来到岚江县骆驼养殖基地和华岚元生物科技、岚牧草源生态农业科技和岚丰农牧"
            "等企业，了解情况。",
            ["华岚元生物科技", "岚牧草源生态农业科技", "岚丰农牧"],
        ),
        # a name of its own before a kind of business, with the firms' count after 等
        (
            "座谈会上，岚石玻纤、衡昌药用胶囊、双溪丝绸、隆泰玫瑰酒店等15家企业负责人先后发言。",
            ["岚石玻纤", "衡昌药用胶囊", "双溪丝绸", "隆泰玫瑰酒店"],
        ),
        # negative: the kinds of business, no names
        ("检查组检查了宾馆、饭店、星级酒店、大型超市等企业。", []),
        ("周立新强调，要加强对食品、建材、化工等企业的监管。", []),
    ],
)
def test_firm_lists(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


def test_firm_list_first_item_site_stays_loc() -> None:
    text = "周立新先后来到岚江县骆驼养殖基地和华岚元生物科技、岚丰农牧等企业，了解情况。"
    assert ("岚江县骆驼养殖基地", "LOC") in _tagged(text, "LOC", "ORG")


# --- outlets in a page's chrome


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # an app named by i before its city, the date run into the field
        (
            "时间：2025-09-26 19:50:00 来源：i岚江9月25日，市委书记周立新深入文旅项目调研。",
            ["i岚江"],
        ),
        # the footer's claim of its own content
        ("编辑：李某\n本文为岚星在线原创文章，转载请附上原文出处链接和本声明。", ["岚星在线"]),
        # the outlet before its official site's word
        ("本文为岚发视窗官网原创文章，转载请附上原文出处链接和本声明。", ["岚发视窗"]),
        # negative: the writer's own, no outlet
        ("本文为作者原创文章，转载请注明出处。", []),
        # the site's name after a watermark's letters, before its domain
        ("周立新调研重点项目。Jps岚东网|www.lanwang.cn", ["岚东网"]),
        # before its greeting; 都 inside a word of the name
        ("岚江都市网欢迎您~!", ["岚江都市网"]),
        # negative: a network, no site
        ("覆盖全镇的5G网 建设加快推进。", []),
    ],
)
def test_chrome_outlets(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


def test_site_after_slogan_dashes() -> None:
    # (the tagline before the dashes ranks the site, it names none)
    assert _orgs("岚北地区第一门户网站--岚东网") == ["岚东网"]


def test_portal_named_in_source_line() -> None:
    assert _orgs("来源：岚江门户网站 发布时间：2023-04-01") == ["岚江门户网站"]


# --- a company named from what opens it


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("周立新实地查看了实建信热力公司煤改气工作情况。", ["实建信热力公司"]),
        ("周立新先后深入岚州北极木业公司、岚山社区调研。", ["岚州北极木业公司"]),
        (
            "岚江县能源局、岚能控股煤业集团分别汇报了安全生产工作情况。",
            ["岚江县能源局", "岚能控股煤业集团"],
        ),
        # a town read before the firm's own name opens it
        (
            "副省长周立新一行先后调研了岚江镇焦化工业集团、宋家山垃圾填埋场等地。",
            ["岚江镇焦化工业集团"],
        ),
        # negatives: a generic head, a verb of the clause, the page's greeting
        ("要求各燃气公司加强巡查。", []),
        ("周立新到岚江县组织燃气公司开展安全检查。", ["燃气公司"]),
    ],
)
def test_firms_from_opener(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


def test_greeting_opens_no_firm() -> None:
    assert not any(o.startswith("欢迎") for o in _orgs("欢迎您访问岚江市城市建设投资公司官方网站"))


# --- businesses among the places a visit listed beside a company


def test_firms_among_visited() -> None:
    text = (
        "周立新一行先后来到芯岚谷建设工地、安岚公司、华岚酒店、招岚供电、海岚冷链建设工地、"
        "招岚水务等地，根据各企业特点开展针对性检查。"
    )
    got = _tagged(text, "ORG", "LOC")
    assert ("华岚酒店", "ORG") in got
    assert ("招岚供电", "ORG") in got
    assert ("招岚水务", "ORG") in got
    # (the works sites stay sites)
    assert ("芯岚谷建设工地", "LOC") in got
    assert ("海岚冷链建设工地", "LOC") in got


def test_firms_among_visited_with_registered_company() -> None:
    text = "当天，周立新一行先后察看了利岚古街、融岚大酒店、岚玛超市、冠岚电子科技有限公司等地。"
    got = _tagged(text, "ORG", "LOC")
    assert ("融岚大酒店", "ORG") in got
    assert ("岚玛超市", "ORG") in got
    assert ("利岚古街", "LOC") in got


def test_no_company_listed_keeps_sites() -> None:
    # negative: no company in the list, the hotel and the supermarket stay sites
    text = "周立新一行先后察看了利岚古街、融岚大酒店、岚玛超市等地。"
    got = _tagged(text, "ORG", "LOC")
    assert ("融岚大酒店", "LOC") in got
    assert ("岚玛超市", "LOC") in got


def test_foreign_country_stays_the_firms_origin() -> None:
    # (the country before the firm is a GPE of its own; the name opens after it)
    got = _tagged("【英国罗兰希尔公司_官方网站：】岚溪镇召开会议", "ORG", "GPE")
    assert ("英国", "GPE") in got
    assert ("罗兰希尔公司", "ORG") in got


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # the outlet's report as the source
        ("岚海网3月6日讯 据岚田网报道 3月4日，岚田市召开会议。", ["岚海网", "岚田网"]),
        # negative: 据了解, the source's verb
        ("据了解网报道的情况", []),
    ],
)
def test_outlet_reported(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


# --- more trades closing a firm's name (org_firm_trades.txt, firm_policy_trades)


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        (
            "周立新先后来到岚华木业、裕岚科技、瑞岚塑业、中岚管业等处，实地查看在建项目。",
            ["岚华木业", "裕岚科技", "瑞岚塑业", "中岚管业"],
        ),
        # (西岚光学, the first item after 在, beside the firms: a firm, orgs51's list neighbours)
        (
            "在西岚光学、超岚光电、舜岚光电等项目现场，周立新了解情况。",
            ["西岚光学", "超岚光电", "舜岚光电"],
        ),
        # negatives: the trades themselves, no names
        ("岚江县大力发展管业、米业等产业。", []),
        ("重点发展装备制造、新能源汽车、生物医药等产业。", []),
    ],
)
def test_more_firm_trades(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


# --- 州 closing a known city's name before a level's body


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("周立新会见温州商会负责人。", ["温州商会"]),
        # negatives: a prefecture's own 州 stays the level
        ("会见了自治州商会负责人。", ["自治州商会"]),
        ("周立新在州商务局调研。", ["州商务局"]),
    ],
)
def test_city_in_zhou_opens_body(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs
