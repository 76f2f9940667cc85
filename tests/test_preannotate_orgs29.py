"""orgs29 (issue 16, session 29): ORG forms behind the recall lost on fresh pages, written as
general forms (made-up sentences; names invented):

- an outlet named by a dateline line that opens with its name and 讯 before a space or a
  bracket, or 消息 before the byline's bracket (某某讯 近日，…, 某报讯（驻某地记者…）, 云上某某消息
  （记者…）); not a kind of news (工作简讯（第5期）, 好消息（记者…）);
- a portal's app a page asks its reader to open (打开某某新闻 查看精彩图片), a group of sites
  (某省文明网群) in a breadcrumb;
- a verb before a bare office is no part of it (，发挥创建办牵头作用: 创建办);
- a department's short form with no level as an item of a list closed by 等部门
  (区住建、城管、交警等部门, 与住建、公安等部门);
- the campaign's inspection team named with its campaign or honour (全市创建全国文明城市督查考核组,
  。创城督查考核组肩负…);
- a media group's name that jieba cuts (某某新媒体集团, not 媒体集团), a group named after a verb
  that addresses it (要求建投集团作为…);
- a centre named in full, then by its abbreviation (某市数字化城市管理中心 … 数管中心); not a
  centre of other characters (数据中心);
- a body's short name given right after it (某某工作领导小组（以下简称“领导小组”）);
- a residents' committee by its short form (在某某居委召开…, 听取了某某居委负责人…);
- a credit union's or a bank's branch with it (农村信用社某某分社, 某某银行某某支行);
- a division of the corps named bare in a report about the corps (在十三师挂牌, 率七师代表团),
  the corps' and the division's committees written as one (兵师党委); not a division in a post;
- a bare body before its second name in brackets (，宣传部（文明办）加强…), an outlet's site
  of five characters before 网 and its WeChat account (尽在某某某某某网微信).

Round 2:
- a company of two characters after its level as an item (、市高投公司、);
- every item of a list closed by 等企业 is a company, the visit's verb left out of the first
  (深入甲酒庄、乙科技等企业); not the kinds of business (食品、建材等企业, 宾馆、饭店等企业);
- the unit that sent the report, with its level, in the dateline's bracket before its writer
  (本网讯（县创建中心 某某）).

Round 3:
- the body whose report is heard or that a visit goes to, bare (听取了卫健局的…, 走访宣传部…);
- a forum page's source field (来自： 某某), the producer of an account's post on its line
  (出品|某市某区某某中心).
"""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest
from tests.preannotate_support import entity_set as _tagged


def _orgs(text: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == "ORG"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("标题一行\n亮点河西讯 为全面推进清水河镇工作，近日召开会议。", "亮点河西"),
        ("标题一行\n云上青川消息（记者 王某）6月7日上午，副市长石青到现场。", "云上青川"),
        ("标题一行\n东报讯（驻青川记者 李某）近日，会议召开。", "东报"),
        ("标题一行\n中国观察讯（陈某 通讯员 张某）近日，会议召开。", "中国观察"),
        ("正文一段。\n\n打开东风新闻 查看精彩图片\n\n石青指出，要做好工作。", "东风新闻"),
        ("中国文明网 / 河西文明网群 / 河东文明网\n您当前的位置：首页", "河西文明网群"),
        ("要压实责任，发挥创建办牵头作用，加强协调。", "创建办"),
        ("区住建、城管、交警等部门要统筹协作。", "交警"),
        ("区住建、城管、交警等部门要统筹协作。", "城管"),
        ("要加强与住建、公安、城管等部门的沟通协调。", "住建"),
        ("要加强与住建、公安、城管等部门的沟通协调。", "公安"),
        ("全市创建全国文明城市督查考核组工作推进会议举行。", "创建全国文明城市督查考核组"),
        ("要站在全局的高度做好工作。创城督查考核组肩负重任，要明确分工。", "创城督查考核组"),
        ("河东日报社、河东新媒体集团等单位参加。", "河东新媒体集团"),
        ("会议要求建投集团作为国有企业要提高认识。", "建投集团"),
        (
            "7月22日，河东市数字化城市管理中心召开动员会，部署数管中心创文工作。",
            "数管中心",
        ),
        (
            "区文明城区建设巩固提升工作领导小组（以下简称“领导小组”）组长石青出席并讲话。",
            "领导小组",
        ),
        ("随后在青山居委召开座谈会，听取了青山居委负责人的汇报。", "青山居委"),
        ("石青一行先后到农村信用社城南分社、新宇广场等地检查。", "农村信用社城南分社"),
        ("石青一行先后到县农商银行城东支行、新宇广场等地检查。", "县农商银行城东支行"),
        ("兵团召开会议。3月27日，新城市在十三师挂牌成立。", "十三师"),
        ("兵团召开会议。新城市揭牌。十三师要以建市为新的起点。", "十三师"),
        ("兵团召开会议。师领导石青率七师党政代表团赴河东市走访。", "七师"),
        ("各级各部门要把思想和行动统一到兵师党委的决策部署上来。", "兵师党委"),
        ("主要负责同志当好第一责任人，宣传部（文明办）加强统筹协调，干部苦干实干。", "宣传部"),
        ("了解河西更多资讯，尽在亮点河西南网微信，扫描下方二维码免费阅读。", "亮点河西南网"),
        # (round 2)
        ("经济开发区管委会、市高投公司、下涯镇等单位参加。", "市高投公司"),
        ("并深入立新酒庄、中科嘉盛、凯丰浩园等企业，详细了解企业生产经营。", "立新酒庄"),
        ("并深入立新酒庄、中科嘉盛、凯丰浩园等企业，详细了解企业生产经营。", "凯丰浩园"),
        ("本网讯（县创建中心 石青） 2月17日，会议召开。", "县创建中心"),
        # (round 3)
        ("督查组认真听取了卫健局的创生情况汇报。", "卫健局"),
        ("召开座谈会，听取了教育体育局主要负责同志的汇报。", "教育体育局"),
        ("发布者： 小编| 评论： 0|来自： 亮丽城东\n\n摘要： 9月5日，会议召开。", "亮丽城东"),
        (
            "正文。\n来源|文/张某 图/李某\n出品|河东市河西区新兴媒体宣传管理中心\n",
            "河东市河西区新兴媒体宣传管理中心",
        ),
    ],
)
def test_org_forms(text: str, org: str) -> None:
    assert (org, "ORG") in _tagged(text)


@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        ("标题一行\n工作简讯（第5期）\n近日，会议召开。", "工作简"),
        ("标题一行\n好消息（记者 王某）近日，会议召开。", "好"),
        ("要压实责任，发挥创建办牵头作用，加强协调。", "发挥创建办"),
        ("河东日报社、河东新媒体集团等单位参加。", "媒体集团"),
        ("县直各部委办局总公司负责人参加。", "局总公司"),
        ("河东市数字化城市管理中心召开动员会，推进数据中心建设。", "数据中心"),
        ("石青一行先后到农村信用社城南分社、新宇广场等地检查。", "农村信用社"),
        ("各级各部门要把思想和行动统一到兵师党委的决策部署上来。", "师党委"),
        ("兵团召开会议，第十四师副师长石青出席。", "第十四师"),
        ("开展城市环境综合整治（以下简称“综合整治”）工作。", "综合整治"),
        ("各居委要做好工作。", "各居委"),
        ("走访了食品、建材、化工等企业。", "建材"),
        ("深入辖区内宾馆、饭店、超市等企业检查。", "辖区内宾馆"),
        ("并深入立新酒庄、中科嘉盛等企业。", "酒庄"),
    ],
)
def test_not_org(text: str, not_org: str) -> None:
    assert not_org not in _orgs(text)


def test_division_list_items_are_not_tagged_outside_a_list_of_departments() -> None:
    # 城管 as an item of a list of people, not of departments: no bare department read
    assert "城管" not in _orgs("镇领导班子成员、城管队员等人员参加了会议。")
