"""orgs33 (issue 16, session 33): ORG forms written as general forms (made-up sentences; names
and places invented):

- a school whose name opens after a preposition that follows a mark (。在青禾小学，…, ，并对柳沟
  中学、…) is an ORG: the longer stretch from the mark, preposition included, is no name, and
  the name opens after the preposition;
- a company registered with its place (or 中国, 集团) in brackets inside its name
  (某某汽车销售服务（某地）有限公司) is one ORG, with its branch named by a place after it; the
  trade after the bracket is no company of its own and the bracketed place no GPE;
- a company named by a name of its own and its trade with no 公司 (某某铝业, 某某木业:
  resources/gazetteers/org_firm_trades.txt), an item of a list or the place a visit goes to, is
  an ORG; the trade alone, or after a common word (发展木业), is none;
- a committee's office written as its abbreviation and 办 (市安委办) is one ORG;
- a level's task force named by its level alone (区专班, 市工作专班) is an ORG, but not before
  its leader's post (区专班组长 is the title's);
- a paper's publishing group (某某日报报业集团) is one ORG with the paper.
"""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _labelled(text: str, label: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == label]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("检查组走访了城区。在青禾小学，李晓东仔细了解了学校日常管理情况。", "青禾小学"),
        ("他走访了区内部分学校，并对柳沟中学、凤岭小学等进行了调研。", "柳沟中学"),
        ("督导组查看了南街社区。在石桥幼儿园，督导组检查了周边环境。", "石桥幼儿园"),
    ],
)
def test_a_school_after_a_preposition_after_a_mark(text: str, org: str) -> None:
    assert org in _labelled(text, "ORG")


@pytest.mark.parametrize(
    "text",
    [
        "要求在农村学校开展文明宣传。",
        "会上，各中小学校长作了表态发言。",
    ],
)
def test_no_school_from_a_common_noun_after_a_preposition(text: str) -> None:
    assert _labelled(text, "ORG") == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "南岭市检查组先后来到青山重工南岭专用车有限公司、青峰汽车销售服务（南岭）有限公司，"
            "察看了现场。",
            "青峰汽车销售服务（南岭）有限公司",
        ),
        ("活动由区文明办主办，青禾（中国）日用品有限公司承办。", "青禾（中国）日用品有限公司"),
        ("当天，调研组一行来到青禾（集团）有限公司调研。", "青禾（集团）有限公司"),
    ],
)
def test_a_company_with_its_place_in_brackets(text: str, org: str) -> None:
    orgs = _labelled(text, "ORG")
    assert org in orgs
    assert "有限公司" not in orgs and "日用品有限公司" not in orgs
    assert "南岭" not in _labelled(text, "GPE")


def test_a_bracketed_company_keeps_its_branch_named_by_a_place() -> None:
    text = "南岭市检查组先后来到青禾（中国）日用品有限公司南岭分公司，察看了现场。"
    assert "青禾（中国）日用品有限公司南岭分公司" in _labelled(text, "ORG")


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        (
            "李晓东在县长王某等领导的陪同下，到青宝铝业、才湾镇调研。当天，李晓东一行来到青宝铝业"
            "视察项目建设。",
            ["青宝铝业", "青宝铝业"],
        ),
        ("检查组察看了石岭采石场、青兴木业等地。", ["青兴木业"]),
    ],
)
def test_a_company_named_by_its_trade(text: str, orgs: list[str]) -> None:
    found = _labelled(text, "ORG")
    for o in orgs:
        assert found.count(o) >= orgs.count(o)


@pytest.mark.parametrize(
    "text",
    [
        "要大力发展木业、铝业等产业。",
        "全县林业、木业、茶业发展迅速。",
        "实施乡村振兴，发展特色茶业、酒业。",
    ],
)
def test_a_trade_alone_is_no_company(text: str) -> None:
    assert _labelled(text, "ORG") == []


def test_a_committee_office_by_its_abbreviation() -> None:
    text = "会议听取了防汛准备情况和市安委办近期督查情况的汇报。"
    orgs = _labelled(text, "ORG")
    assert "市安委办" in orgs
    assert "市安委" not in orgs


def test_a_committee_abbreviation_before_a_verb_of_handling_keeps_no_office() -> None:
    assert "市安委办" not in _labelled("市安委办理了相关手续。", "ORG")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("会上强调，区专班运行半年来，各项工作有序推进。", "区专班"),
        ("区专班全体成员单位派员列席。", "区专班"),
        ("各县区要成立工作专班。会上，市工作专班通报了进展。", "市工作专班"),
    ],
)
def test_a_task_force_by_its_level(text: str, org: str) -> None:
    assert org in _labelled(text, "ORG")


def test_a_task_force_before_its_leaders_post_is_the_titles() -> None:
    text = "县人大主任、区专班组长林晓东到会讲话。县政府副县长、区专班副组长王某作部署。"
    assert "区专班" not in _labelled(text, "ORG")
    titles = _labelled(text, "TITLE")
    assert "区专班组长" in titles and "区专班副组长" in titles


def test_a_papers_publishing_group() -> None:
    text = "本站稿件转载须经青山日报报业集团书面许可。"
    orgs = _labelled(text, "ORG")
    assert "青山日报报业集团" in orgs
    assert "青山日报" not in orgs
