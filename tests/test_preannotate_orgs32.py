"""orgs32 (issue 16, session 32): ORG forms written as general forms (made-up sentences; names
invented):

- a visiting team named by its level alone (省测评团, 省暗访组, 街道督导组, 自治区专家评估组) is one
  ORG after a mark and after the verbs that speak for it or relay what it found (代表, 通报,
  结合, 听取, 整改 …); a generic team of no level, or every level's (各县督查组), is none;
- a campaign's team by its campaign and number (创文第三督查组) is one ORG;
- a task force written 专班 without 工作 (区某某整治专班, and its office) and a leading group
  written 领导组 (某某市创卫领导组) are bodies like 工作专班 / 领导小组; the verb that forms them
  (成立, 组成) is no part of the name;
- a channel named by its place alone (此稿为某省频道独家稿件) and a news agency's branch
  (中新社某省分社) are one ORG, the place inside no GPE;
- the centre after a verb of following written 统一到中央…, and before 区市党委, is an ORG;
- a hospital named by a name of its own, an item of a list of places visited or where a visit
  goes, is a body (ORG); the kind of hospital (定点医院, 方舱医院) stays none (a supermarket stays
  the place visited, the convention tests/test_preannotate_places_locs24.py holds);
- a group named by its campaign, or a body the list of names holds (爱卫会), after the level's
  reach (全市, 全县) is the body without it;
- the account of a county's cyberspace office as a source (来源：网信某某县) is one ORG;
- a party committee named by its numbered term (十四届市委) is one ORG with the term; a term by
  its place in time (新一届市委) leaves the committee alone.
"""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _labelled(text: str, label: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == label]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("昨天，省测评团分三组到青禾区走访。", "省测评团"),
        ("甘明远代表省测评团讲了三点意见。", "省测评团"),
        ("县委办主任甘明远通报省暗访组查出的六个问题。", "省暗访组"),
        ("会议明确，街道督导组每周巡查两次。", "街道督导组"),
        ("青禾县全力配合自治区专家评估组开展工作。", "自治区专家评估组"),
        ("全体干部听取了省检查团对青禾县的评价。", "省检查团"),
        ("大家一起观看了市暗访组录制的短片。", "市暗访组"),
        ("县交通局、创文第三督查组和青禾镇干部一起走访商户。", "创文第三督查组"),
    ],
)
def test_level_team_is_one_org(text: str, org: str) -> None:
    assert org in _labelled(text, "ORG")


@pytest.mark.parametrize(
    "text",
    [
        "全省督导组，各县督查组和本市督查组陆续到位。",
        "测评组来到青禾社区。",
    ],
)
def test_every_level_or_no_level_team_is_none(text: str) -> None:
    assert not any(o.endswith(("督导组", "督查组", "测评组")) for o in _labelled(text, "ORG"))


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("第三，区背街小巷集中整治专班每月通报一次进度。", "区背街小巷集中整治专班"),
        ("区河道整治专班办公室、区水务局的同志列席会议。", "区河道整治专班办公室"),
        ("青禾市创卫领导组成员单位的干部随行。", "青禾市创卫领导组"),
        ("县创建工作领导组办公室负责汇总台账。", "县创建工作领导组办公室"),
        ("镇里成立了垃圾分类推进专班。", "垃圾分类推进专班"),
    ],
)
def test_task_force_and_leading_group(text: str, org: str) -> None:
    assert org in _labelled(text, "ORG")


@pytest.mark.parametrize(
    "text",
    ["街道抽调六名干部组成专班。", "街道抽调六名干部组成工作组。", "县领导组织干部植树。"],
)
def test_forming_a_group_names_none(text: str) -> None:
    assert _labelled(text, "ORG") == []


def test_channel_named_by_its_place() -> None:
    assert _labelled("此稿为湖南频道独家稿件。", "ORG") == ["湖南频道"]
    assert _labelled("此稿为湖南频道独家稿件。", "GPE") == []
    assert "江西频道" in _labelled("某某网江西频道 江西频道 首页", "ORG")


def test_news_agency_branch() -> None:
    assert _labelled("中新社青海分社 报道", "ORG") == ["中新社青海分社"]
    assert _labelled("中新社青海分社 报道", "GPE") == []
    assert _labelled("来到新华社区。", "ORG") == []


@pytest.mark.parametrize(
    "text",
    [
        "要不折不扣执行中央和区市党委的部署。",
        "把认识统一到中央关于城市治理的安排上来。",
    ],
)
def test_centre_bare(text: str) -> None:
    assert "中央" in _labelled(text, "ORG")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("检查组查看了丙丁农贸市场、仁和医院和戊己小区。", "仁和医院"),
        ("一行先后到丰禾医院、青禾游园等地。", "丰禾医院"),
    ],
)
def test_named_hospital_is_a_body(text: str, org: str) -> None:
    assert org in _labelled(text, "ORG")
    assert org not in _labelled(text, "LOC")


@pytest.mark.parametrize(
    "text",
    ["来到定点医院、方舱医院检查。", "对辖区医院、学校开展抽查。"],
)
def test_kind_of_hospital_is_none(text: str) -> None:
    assert not any(o.endswith("医院") for o in _labelled(text, "ORG"))


def test_numbered_term_committee() -> None:
    assert _labelled("5月8日，九届县委召开第3次常委会。", "ORG") == ["九届县委"]
    assert _labelled("新一届市委上任以来狠抓落实。", "ORG") == ["市委"]


def test_cyberspace_office_account_as_source() -> None:
    assert _labelled("来源：网信青禾县 0 图片", "ORG") == ["网信青禾县"]
    assert _labelled("来源：网信青禾县 0 图片", "GPE") == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("昨日，全市创建卫生城市工作指挥部召开调度会。", "创建卫生城市工作指挥部"),
        ("全县爱卫会各成员单位派员出席。", "爱卫会"),
    ],
)
def test_body_after_the_levels_reach(text: str, org: str) -> None:
    assert _labelled(text, "ORG") == [org]


def test_levels_reach_alone_is_none() -> None:
    assert _labelled("全市文明城市创建已进入冲刺阶段。", "ORG") == []
