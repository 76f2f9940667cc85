"""ORG in the forms helper orgs18 found missed or cut on fresh real reports of 创文/创城/创卫
work (issue 16, session 17). Every example is made up in the same form: body, company and person
names are invented (cities and districts real only where the gazetteer must know them)."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a company named after its city: 州 closes the city's name, it is no level of its own
        (
            "近日，泉州建工纪委联合工会到项目现场督查创城工作。",
            {("泉州建工纪委", "ORG")},
            {("州建工纪委", "ORG")},
        ),
        # a verb before 公司, or a company closed before the verb: the company the clause
        # speaks of, no name
        (
            "会议要求，督促推动公司党委落实创城责任。",
            set(),
            {("督促推动公司党委", "ORG"), ("推动公司党委", "ORG")},
        ),
        (
            "石桥集团、禾丰集团利用公司网站刊播公益广告。",
            {("禾丰集团", "ORG")},
            {("禾丰集团利用公司", "ORG"), ("集团利用公司", "ORG")},
        ),
        # an unknown name of two characters before the trade, opening an item of a list
        (
            "检查组先后来到青枫物流园、岚沣建材公司项目现场。",
            {("岚沣建材公司", "ORG")},
            {("建材公司", "ORG")},
        ),
        # a company's service centre is one body with it
        (
            "检查组到青禾水务集团客户服务中心督查窗口服务。",
            {("青禾水务集团客户服务中心", "ORG")},
            {("青禾水务集团", "ORG")},
        ),
        # a national bank's short name, bare in a list of units
        (
            "市委宣传部、信访局、农商银行主要负责同志陪同督导。",
            {("农商银行", "ORG"), ("信访局", "ORG")},
            set(),
        ),
        # a long headquarters named once with its district, then by the end of its name alone
        (
            "4月2日，黄岩区文明城市创建背街小巷综合治理分指挥部召开推进会。"
            "会议要求，要认清背街小巷综合治理分指挥部的职责。",
            {
                ("黄岩区文明城市创建背街小巷综合治理分指挥部", "ORG"),
                ("背街小巷综合治理分指挥部", "ORG"),
            },
            set(),
        ),
        # a list's label before a long body is no part of its name
        (
            "会议由社区书记主持，青禾花园支部、共建单位柳岸社区卫生服务中心、某某物业公司参加。",
            {("柳岸社区卫生服务中心", "ORG"), ("青禾花园支部", "ORG")},
            {("单位柳岸社区卫生服务中心", "ORG")},
        ),
        # a compound's or a village's party branch written without 党; before a post it is the
        # post's
        ("青禾小区党支部召开创城推进会。", {("青禾小区党支部", "ORG")}, set()),
        ("各村支部要落实创城责任。", set(), {("村支部", "ORG"), ("各村支部", "ORG")}),
        ("青禾村支部书记王小禾讲话。", set(), {("青禾村支部", "ORG")}),
        # the groups a body sends, counted, are no part of its name
        (
            "镇政府派出四个检查组，对全镇各村开展检查。",
            {("镇政府", "ORG")},
            {("镇政府派出四个检查组", "ORG")},
        ),
        # a campaign's office named by its whole task after a level
        (
            "据悉，市城乡环境专项整治办公室督查出的问题已交办。",
            {("市城乡环境专项整治办公室", "ORG")},
            set(),
        ),
        ("县全域禁烧治理工作领导小组：", {("县全域禁烧治理工作领导小组", "ORG")}, set()),
        ("县全市专项整治办公室", set(), {("县全市专项整治办公室", "ORG")}),
        # every village's two committees name no body; a town's power station bare in a list
        ("组织村书记、村两委前往巡查。", set(), {("村两委", "ORG")}),
        (
            "督导组视察了柳岸卫生院、供电所等服务窗口单位。",
            {("柳岸卫生院", "ORG"), ("供电所", "ORG")},
            set(),
        ),
        # a verb word closed by the name's first character (对接): the name opens after it
        (
            "积极组织志愿者开展督导。对接柳岸街道办，结合志愿服务活动。",
            {("柳岸街道办", "ORG")},
            {("接柳岸街道办", "ORG")},
        ),
        # a sub-district office opening its head's post with no name beside it (generic)
        (
            "检查期间，青禾街道办事处主任详细汇报了工作情况。",
            set(),
            {("青禾街道办事处", "ORG")},
        ),
        # (a short end is no body: 领导小组 alone stays generic)
        (
            "黄岩区文明城市创建工作领导小组召开会议，要求各成员单位服从领导小组安排。",
            {("黄岩区文明城市创建工作领导小组", "ORG")},
            {("领导小组", "ORG")},
        ),
    ],
)
def test_orgs_audit18(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), (not_want & got, got)
