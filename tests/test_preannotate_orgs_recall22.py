"""ORG recall where the engine tagged the place and lost the body after it (issue 16, session 22,
orgs22), systematic (b):

- a division whose last character and level make a word (鹿城区: 城区, 钟山区: 山区, 盐城市: 城市;
  about 250 divisions the gazetteer knows) lost its bureaus named by an abbreviation
  (鹿城区水利局, 钟山区发改局) to org.abbrev's level check, which org.grammar already waived;
- kinds of bodies every county or city has that the vocabulary lacked: public legal services
  (法律援助中心, 公证处, 劳动人事争议仲裁院), the fire service's stations (消防救援站), volunteers'
  federations and chambers of commerce (志愿服务联合会, 总商会), numbered hospitals without 人民
  (市第一医院), units of urban management and public works (园林处, 市政公用事业服务中心,
  房产服务中心, 大数据中心), the campaign's teams with their level (区创城专班; bare they stay
  generic);
- a reading of an abbreviated body that fails from a city's 市 no longer hides the district's
  (市中区水利局), and a town or sub-district between a known division and its body makes one
  chain (鲤城区开元街道党工委, 歙县徽城镇党委, as 滕州市龙阳镇党委 already was);
- a place the text names, bare after a preposition before a body (对岚溪公安分局); a ministry
  and its department (国家住建部城乡建设司, not before a post: 某司副司长 is the title's); housing
  bodies written without 和 (省住房城乡建设厅, 市住房城乡建设委); every level's government after
  各 with the levels glossed in brackets (各区（市）县政府) is no body;
- the party committee's formal name (中共岚溪县委员会, 中共歙县委员会宣传部) whatever the place;
- bodies written bare or with a place name and no level, joined to another by a verb
  (县城管执法大队联合交警大队: two bodies, not one run across 联合; 会同新河派出所), and the last
  item of a list before 共同 (由司法局、法院、检察院共同开展…).

Every sentence is made up; 清河 and 岚溪 are invented names, the districts' names are only names.
"""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        (
            "鹿城区水利局、钟山区发改局负责人参加会议。",
            {("鹿城区水利局", "ORG"), ("钟山区发改局", "ORG")},
            {("鹿城区", "GPE"), ("钟山区", "GPE")},
        ),
        (
            "盐城市房管局要迅速行动，抓好整改。",
            {("盐城市房管局", "ORG")},
            {("盐城市", "GPE")},
        ),
        (
            "清河县法律援助中心、清河县公证处和县消防救援站负责人参加会议。",
            {("清河县法律援助中心", "ORG"), ("清河县公证处", "ORG"), ("县消防救援站", "ORG")},
            set(),
        ),
        (
            "岚溪市总商会、市志愿服务联合会组织志愿者开展活动。",
            {("岚溪市总商会", "ORG"), ("市志愿服务联合会", "ORG")},
            set(),
        ),
        (
            "清河市第一医院、市园林处、市市政公用事业服务中心参加活动。",
            {("清河市第一医院", "ORG"), ("市园林处", "ORG"), ("市市政公用事业服务中心", "ORG")},
            set(),
        ),
        (
            "检查结束后，他还到市数字化城市管理监督指挥中心调研。",
            {("市数字化城市管理监督指挥中心", "ORG")},
            set(),
        ),
        (
            "会议由清河县房产服务中心和县大数据中心承办。",
            {("清河县房产服务中心", "ORG"), ("县大数据中心", "ORG")},
            set(),
        ),
        (
            "清河县创城专班、县劳动人事争议仲裁院负责人作表态发言。",
            {("清河县创城专班", "ORG"), ("县劳动人事争议仲裁院", "ORG")},
            set(),
        ),
        (
            "县城管执法大队联合交警大队、镇派出所开展整治行动。",
            {("县城管执法大队", "ORG"), ("交警大队", "ORG"), ("镇派出所", "ORG")},
            {("县城管执法大队联合交警大队", "ORG")},
        ),
        (
            "区市场监管局会同新河派出所开展检查。",
            {("区市场监管局", "ORG"), ("新河派出所", "ORG")},
            set(),
        ),
        # a failed reading from the city's 市 no longer hides the district's (市中区 + 水利局)
        (
            "市中区水利局、盐城市亭湖区水利局负责人参加会议。",
            {("市中区水利局", "ORG"), ("盐城市亭湖区水利局", "ORG")},
            {("市中区", "GPE")},
        ),
        # a town or sub-district between a known division and the body: the chain is one body
        (
            "鲤城区开元街道党工委、钟山区荷城街道综合执法队负责人参加。",
            {("鲤城区开元街道党工委", "ORG"), ("钟山区荷城街道综合执法队", "ORG")},
            {("鲤城区", "GPE"), ("钟山区", "GPE")},
        ),
        (
            "歙县徽城镇党委、徽城镇人民政府高度重视。",
            {("歙县徽城镇党委", "ORG"), ("徽城镇人民政府", "ORG")},
            {("歙县", "GPE")},
        ),
        # the last items of a list after 以及
        (
            "涉及宣传部、水务局、卫健局以及房产服务中心、民政局和各乡镇。",
            {("卫健局", "ORG"), ("房产服务中心", "ORG"), ("民政局", "ORG")},
            set(),
        ),
        # a place the text names, bare after a preposition before a body (对…)
        (
            "岚溪区召开创文推进会。会议对岚溪公安分局的工作进行了部署。",
            {("岚溪公安分局", "ORG")},
            {("公安分局", "ORG")},
        ),
        # a ministry and its department; housing bodies written without 和
        (
            "国家住建部城乡建设司调研组在省住房城乡建设厅陪同下到市住房城乡建设委座谈。",
            {
                ("国家住建部城乡建设司", "ORG"),
                ("省住房城乡建设厅", "ORG"),
                ("市住房城乡建设委", "ORG"),
            },
            {("国家住建部", "ORG")},
        ),
        # the party committee's formal name, whatever the place, with its offices
        (
            "中共岚溪县委员会、岚溪县人民政府联合印发通知。",
            {("中共岚溪县委员会", "ORG"), ("岚溪县人民政府", "ORG")},
            set(),
        ),
        (
            "中共歙县委员会宣传部主办，中共清河市委员会办公室协办。",
            {("中共歙县委员会宣传部", "ORG"), ("中共清河市委员会办公室", "ORG")},
            {("歙县", "GPE")},
        ),
        (
            "由司法局、法院、检察院共同开展普法宣传。",
            {("司法局", "ORG"), ("法院", "ORG"), ("检察院", "ORG")},
            set(),
        ),
    ],
)
def test_bodies_after_a_place(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), (not_want & got, got)


@pytest.mark.parametrize(
    "text, not_want",
    [
        # a site visited, a generic team, a word before a level: nothing new
        (
            "检查组深入第一医院、消防救援站、大数据中心等地检查。",
            {"第一医院", "消防救援站", "大数据中心"},
        ),
        ("各街道、创城专班要加强配合。", {"创城专班"}),
        ("要加大城区水利设施投入。", {"大城区", "城区水利"}),
        # a place named 联合 keeps its station; a brigade named by joint enforcement stays whole
        ("县城管联合执法大队开展整治。", {"执法大队", "县城管"}),
        ("鲤城区各街道党工委要加强领导。", {"鲤城区各街道党工委", "各街道党工委"}),
        # every level's government, the levels glossed in brackets after 各
        ("各区（市）县政府（管委会），市级有关部门：", {"县政府"}),
        ("各县（市、区）政府、市直有关单位：", {"区）政府", "政府"}),
    ],
)
def test_no_body(text: str, not_want: set) -> None:
    got = {t for t, label in _tagged(text) if label == "ORG"}
    assert not (got & not_want), got
