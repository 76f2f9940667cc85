"""ORG: the bodies every county, city or province has, read from a systematic vocabulary (issue 16,
session 20, orgs21) rather than from one page's strings: the offices of the party committee and
the government after the 2018 reform (机构编制委员会办公室, 党史研究室, 机要局, 政府研究室), the
people's organisations by their full names (妇女联合会, 残疾人联合会, 作协), detention and courts
(看守所, 人民法庭), public institutions (住房公积金管理中心, 综治中心, 职教中心, 县一中), companies
named by their trade (县供电分公司, 市公交集团) (resources org_level_kinds.txt, org_trades.txt), and
a bureau whose committee ends in 农村委员会 (no village's committee inside). With a place before
the level the body wins over the place (清河县残疾人联合会: one ORG, no GPE 清河县).
Every example is made up; 清河 and 岚溪 are invented names.
"""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        (
            "县委机构编制委员会办公室、县委党史研究室负责人参加会议。",
            {("县委机构编制委员会办公室", "ORG"), ("县委党史研究室", "ORG")},
            {("县委", "ORG")},
        ),
        (
            "市委机要局、市政府研究室、区委社会工作部等单位参加会议。",
            {("市委机要局", "ORG"), ("市政府研究室", "ORG"), ("区委社会工作部", "ORG")},
            {("市政府", "ORG"), ("市委", "ORG")},
        ),
        (
            "清河县残疾人联合会、县妇女联合会和县作协负责人作表态发言。",
            {("清河县残疾人联合会", "ORG"), ("县妇女联合会", "ORG"), ("县作协", "ORG")},
            {("清河县", "GPE")},
        ),
        (
            "岚溪县住房公积金管理中心负责人汇报了工作。",
            {("岚溪县住房公积金管理中心", "ORG")},
            set(),
        ),
        (
            "区综治中心、区公共资源交易中心、区不动产登记中心要主动作为。",
            {("区综治中心", "ORG"), ("区公共资源交易中心", "ORG"), ("区不动产登记中心", "ORG")},
            set(),
        ),
        (
            "县一中、县职教中心、县特殊教育学校师生参加志愿服务。",
            {("县一中", "ORG"), ("县职教中心", "ORG"), ("县特殊教育学校", "ORG")},
            set(),
        ),
        (
            "县看守所、清河镇人民法庭干警参加活动。",
            {("县看守所", "ORG"), ("清河镇人民法庭", "ORG")},
            set(),
        ),
        (
            "清河县供电分公司、县移动分公司、市公交集团、县燃气公司负责人参加会议。",
            {
                ("清河县供电分公司", "ORG"),
                ("县移动分公司", "ORG"),
                ("市公交集团", "ORG"),
                ("县燃气公司", "ORG"),
            },
            {("清河县", "GPE")},
        ),
        (
            "岚溪县农业农村委员会负责人参加会议。",
            {("岚溪县农业农村委员会", "ORG")},
            {("岚溪县农业农村委", "ORG")},
        ),
    ],
)
def test_bodies_every_level_has(text, want, not_want):
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), not_want & got


@pytest.mark.parametrize(
    "text, not_want",
    [
        # a numbered squad is no numbered school (县一中队); an ordinary village committee stays
        ("县一中队队员参加巡查。", {("县一中", "ORG")}),
        ("合作协议签订后，县里召开了推进会。", {("作协", "ORG"), ("县作协", "ORG")}),
    ],
)
def test_no_body_where_the_kind_is_part_of_a_word(text, not_want):
    assert not (not_want & _tagged(text))


@pytest.mark.parametrize(
    "text, want",
    [
        # bodies written bare where a directive gives them a task (org.bare)
        ("会议要求，发展和改革委员会要加强统筹，抓好项目落实。", {("发展和改革委员会", "ORG")}),
        ("各项整改任务由发改局牵头负责，限期完成。", {("发改局", "ORG")}),
        ("要充分发挥文明办的牵头作用，形成工作合力。", {("文明办", "ORG")}),
        ("宣传部要全员行动，营造浓厚氛围。", {("宣传部", "ORG")}),
        (
            "由市场监督管理局、城市管理综合行政执法局联合开展整治。",
            {("市场监督管理局", "ORG"), ("城市管理综合行政执法局", "ORG")},
        ),
        (
            "人民医院要做好志愿服务，检察院要加强公益诉讼。",
            {("人民医院", "ORG"), ("检察院", "ORG")},
        ),
    ],
)
def test_bare_bodies_given_a_task(text, want):
    got = _tagged(text)
    assert want <= got, (want - got, got)


@pytest.mark.parametrize(
    "text, not_want",
    [
        # every sub-district's office, a visited venue, a body opening a post: no bare body
        ("要发动群众参与，发挥办事处和社区的主动性。", {("办事处", "ORG")}),
        ("检查组深入集贸市场、图书馆、网吧等场所。", {("图书馆", "ORG")}),
        ("市委常委、宣传部长周某出席会议。", {("宣传部", "ORG")}),
        ("这一局面要求安全局势稳定。", {("安全局", "ORG")}),
    ],
)
def test_no_bare_body(text, not_want):
    assert not (not_want & _tagged(text))


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # connectives are no place's name before a level (并由县… is no county 并由)
        (
            "会上，并由县卫健委刘某同志通报了整改情况。",
            {("县卫健委", "ORG")},
            {("并由县卫健委", "ORG")},
        ),
        # the first item of a list of bare bodies after 有 / 包括
        (
            "参加会议的人员有宣传部、卫健委、教体局等单位负责人。",
            {("宣传部", "ORG"), ("卫健委", "ORG"), ("教体局", "ORG")},
            set(),
        ),
    ],
)
def test_connectives_and_list_openers(text, want, not_want):
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), not_want & got


def test_no_list_item_after_you_without_a_list():
    assert ("宣传部", "ORG") not in _tagged("这里有宣传部的同志在场。")


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a unit named by its field words and its kind, the place before it no GPE of its own
        (
            "岚溪县交通运输管理所、县林业工作站、清河县城乡规划服务中心负责人参加会议。",
            {
                ("岚溪县交通运输管理所", "ORG"),
                ("县林业工作站", "ORG"),
                ("清河县城乡规划服务中心", "ORG"),
            },
            {("清河", "GPE"), ("岚溪县", "GPE")},
        ),
        # a state company named by its field words (城市建设开发公司)
        (
            "岚溪市城市建设开发公司、县交通投资集团负责人参加。",
            {("岚溪市城市建设开发公司", "ORG"), ("县交通投资集团", "ORG")},
            {("岚溪市", "GPE")},
        ),
        # a venue named by its field is no body
        ("庆典在州民族体育中心举行。", set(), {("州民族体育中心", "ORG")}),
        # a place after a verb of setting up a body
        (
            "镇党委决定成立岚溪镇创建领导小组，名单如下。",
            {("岚溪镇创建领导小组", "ORG")},
            {("镇创建领导小组", "ORG")},
        ),
        # bare town stations in a member list laid out with spaces
        (
            "成 员：刘某某 党政办主任\n周某某 财政所负责人\n吴某某 派出所负责人",
            {("财政所", "ORG"), ("派出所", "ORG")},
            set(),
        ),
        # a city's broadcaster opening a dateline
        (
            "岚溪广电讯（记者 某某）8月4日，岚溪市召开文明建设联席会议。",
            {("岚溪广电", "ORG")},
            set(),
        ),
    ],
)
def test_units_by_field_setup_verbs_member_lists(text, want, not_want):
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), not_want & got


def test_a_square_named_after_a_body_is_no_body():
    got = _tagged("检查组先后到市政府广场、市图书馆广场查看环境卫生。")
    assert not ({("市政府", "ORG"), ("市图书馆", "ORG")} & got), got


@pytest.mark.parametrize(
    "text, want",
    [
        # the campaign's bodies and a level's schools bare in its own lists
        (
            "县委宣传部、创城指挥部办公室、实验小学、第一中学负责人参加会议。",
            {("创城指挥部办公室", "ORG"), ("实验小学", "ORG"), ("第一中学", "ORG")},
        ),
        (
            "由国资委牵头，创文领导小组办公室要加强督导。",
            {("国资委", "ORG"), ("创文领导小组办公室", "ORG")},
        ),
    ],
)
def test_bare_campaign_bodies_and_schools(text, want):
    got = _tagged(text)
    assert want <= got, (want - got, got)


def test_kinds_of_media_are_no_bodies():
    assert ("电视台", "ORG") not in _tagged("报纸、电台、电视台、网络要加大宣传力度。")
