"""Organisations in the forms real reports of 创文/创城/创卫 meetings use (issue 16, session 4;
docs/genre-orgs.md): bodies named by an abbreviation nobody listed, with a level (县某某联动办,
区城管执法大队, 街道创建办) or bare as items of a list (党建办、社管办), a police branch or a
zone's committee named after its place, outlets and WeChat accounts, and no ORG made of a common
word that ends like a body (顾全大局, 挂牌督办, 大操大办) or of a title's party committee. Every
sentence is made up; the names are fictional."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _ents(text: str, label: str) -> list[str]:
    return [text[s.start : s.end] for s in suggest(text).spans if s.label == label]


@pytest.mark.parametrize(
    "text, orgs",
    [
        # a level, then an abbreviation nobody listed, then the kind
        ("县目督办、县五创联动办、县创卫办开展督察。", ["县目督办", "县五创联动办", "县创卫办"]),
        ("区城管执法大队、区环卫处参加会议。", ["区城管执法大队", "区环卫处"]),
        ("会议要求，街道创建办要做好台账。", ["街道创建办"]),
        ("要发挥开发区综合执法大队作用。", ["开发区综合执法大队"]),
        # bare abbreviations as items of a list or the subject of a clause
        ("党建办、社管办要按照时间节点推进。", ["党建办", "社管办"]),
        ("综治办、督查办、团县委负责同志参加。", ["综治办", "督查办", "团县委"]),
        (
            "区社会办、市政管委、绿化局、城管大队、环卫中心等单位参加。",
            ["区社会办", "市政管委", "绿化局", "城管大队", "环卫中心"],
        ),
        ("开发区青枫路办事处召开创文工作推进会。", ["开发区青枫路办事处"]),
        # a police branch or a zone's committee named after its place
        ("柳泉公安分局召开创城工作推进会。", ["柳泉公安分局"]),
        ("县产业集中区管委会组织干部开展大清扫。", ["县产业集中区管委会"]),
        # outlets named after a banner or a county; a county hospital
        ("苍图旗融媒体中心记者报道。", ["苍图旗融媒体中心"]),
        ("柳塘县人民医院、柳塘县第一中学开展志愿服务。", ["柳塘县人民医院", "柳塘县第一中学"]),
        ("来源：柳塘客户端", ["柳塘客户端"]),
        # datelines: a name, a date and 讯 at a line start; a 融媒 outlet; a repost's source
        ("文明柳塘8月7日讯 8月7日，区里召开推进会。", ["文明柳塘"]),
        ("本报8月7日讯 近日，区里召开推进会。", []),
        ("柳塘融媒讯 近日，", ["柳塘融媒"]),
        ("转自：文明柳塘", ["文明柳塘"]),
        # a WeChat account of the civilisation office, named before its kind
        ("文明柳塘微信公众号发布了倡议书。", ["文明柳塘"]),
        ("据悉，关注柳塘发布公众号可参与投票。", ["柳塘发布"]),
        # companies by their registered name, after a connective or opening the clause
        (
            "城关派出所、鹿鸣街道办和柳塘环卫有限公司参加会议。",
            ["城关派出所", "鹿鸣街道办", "柳塘环卫有限公司"],
        ),
        ("柳塘市清源环卫服务有限公司负责保洁。", ["柳塘市清源环卫服务有限公司"]),
        # stations of a township named before their kind; schools of a level
        ("白桦镇财政所、青枫市场监管所参加。", ["白桦镇财政所", "青枫市场监管所"]),
        ("县委党校、县实验小学开展志愿服务。", ["县委党校", "县实验小学"]),
        # long official names and study groups keep their whole form
        (
            "柳塘县创建省级文明县城暨卫生县城复审工作领导小组召开会议。",
            ["柳塘县创建省级文明县城暨卫生县城复审工作领导小组"],
        ),
        ("区政府党组理论学习中心组开展专题学习。", ["区政府党组理论学习中心组"]),
        # departments after 县 in a list: each its own ORG with its level
        ("县城管局、县市场监管局、县住建局作表态发言。", ["县城管局", "县市场监管局", "县住建局"]),
    ],
)
def test_orgs_of_the_genre(text: str, orgs: list[str]) -> None:
    assert _ents(text, "ORG") == orgs


@pytest.mark.parametrize(
    "text",
    [
        "各级干部要顾全大局，服从大局。",
        "对群众反映的问题要挂牌督办，依法查办。",
        "要坚持以人民为中心的发展思想。",
        "区要统筹兼顾大局。",
        "这个问题难办，但要办好。",
        "坚决反对大操大办，倡导丧事简办。",
        "市中心城区交通拥堵。",
        "会上，各中心要汇报，各部门要高度重视。",
        "各办事处及相关单位参加会议。",
        "要求各物业公司落实门前责任。",
        # a body opening a post with no name beside it: a generic post, no ORG inside it
        "团党委书记要当好第一责任人。",
        "街道党工委书记要带头下沉。",
    ],
)
def test_no_org_made_of_a_word(text: str) -> None:
    assert _ents(text, "ORG") == []


@pytest.mark.parametrize(
    "text, titles",
    [
        # the party committee inside a title stays in the TITLE, no ORG beside it
        ("县委常委、宣传部长李明远出席。", ["县委常委", "宣传部长"]),
        ("县委办主任王立新出席。", ["县委办主任"]),
        ("区城管执法大队大队长周海平讲话。", ["区城管执法大队大队长"]),
    ],
)
def test_bodies_inside_titles_stay_titles(text: str, titles: list[str]) -> None:
    assert _ents(text, "TITLE") == titles
    assert _ents(text, "ORG") == []


def test_a_place_the_article_names_prefixes_its_bodies() -> None:
    text = "柳塘县召开创文推进会。\n柳塘县住房和城乡建设局、柳塘县委宣传部、柳塘供电公司参加。"
    assert _ents(text, "ORG") == ["柳塘县住房和城乡建设局", "柳塘县委宣传部", "柳塘供电公司"]


def test_a_level_between_a_verb_and_a_body_is_no_name() -> None:
    # 苍岭省召开省文明委全体会议: the body is 省文明委, not the clause before it
    text = "苍岭省召开省文明委全体会议。"
    assert _ents(text, "ORG") == ["省文明委"]


def test_the_abbreviation_rule_can_be_switched_off() -> None:
    text = "社管办、文卫办要按照时间节点推进。"
    assert _ents(text, "ORG") == ["社管办", "文卫办"]
    spans = suggest(text, disabled={"org.abbrev"}).spans
    assert [text[s.start : s.end] for s in spans if s.label == "ORG"] == []
