"""GPE and LOC forms of session 27 (places27), read on real reports of county, town and
sub-district meetings and on the development set dev27A: words the place list took for divisions
(百强县, 旅游名县), a verb before 街道, a zone's sector, a division written with its unit before a
zone (a chain of two), a sub-district in brackets after its zone, a county of two characters after
来, a town in a list opened by a preposition, a spaced line of cities, villages after their town
(寺前村, 该镇某某村), a verb opening a community's name (到达, 指导), the last item of a run of
communities, a shopping street named by its road, a venue's 大会场, an outlet before its reporter.
Every example is made up."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        # a zone's sector between its name and its kind
        ("柳塘旅游经济开发区负责人参加会议。", "柳塘旅游经济开发区", "GPE"),
        (
            "柳林区、青禾生态新区、查岭浩特旅游经济开发区负责人参加会议。",
            "查岭浩特旅游经济开发区",
            "GPE",
        ),
        # a division with its unit, then the zone's own name: two GPEs
        ("8月5日，青岛市柳溪高新区召开联席会。", "青岛市", "GPE"),
        ("8月5日，青岛市柳溪高新区召开联席会。", "柳溪高新区", "GPE"),
        # the zone's sub-district in brackets, its name ending in 和
        ("8月5日，青岛市柳溪高新区（元和街道）召开联席会。", "元和街道", "GPE"),
        # a county of two characters after 来 and a verb of inspecting, then every mention
        ("市委常委带领测评组来磁县验收创建工作。希望打造磁县文明城市形象。", "磁县", "GPE"),
        # a town whose name opens with 新, first in a list opened by a preposition
        ("市创卫办组织专家对新渡镇、双港镇等6个镇展开实地查看。", "新渡镇", "GPE"),
        # a regional site's menu of its cities, set apart by spaces
        ("首页\n保定 唐山 四平 通化 衡水 承德\n正文", "四平", "GPE"),
        ("首页\n保定 唐山 四平 通化 衡水 承德\n正文", "通化", "GPE"),
        # a village right after its town, its name ending in 前/后
        ("连日来，青石镇寺前村部分区域发生内涝。", "寺前村", "LOC"),
        # a village right after the town named by a pronoun
        ("同时，该镇柳湾村荣获省级卫生村称号。", "柳湾村", "LOC"),
        # 到达 / 指导 before a community: the verb is no part of its name
        ("10时观摩团到达柳湾社区观摩点。", "柳湾社区", "LOC"),
        ("市领导观摩指导柳湾社区创城工作。", "柳湾社区", "LOC"),
        # the last item of a run of communities, whatever follows it
        ("下一步，荷塘社区、文渊社区、新丰社区将积极创建。", "新丰社区", "LOC"),
        # a kind of shopping street named by the road it lies on: one place
        ("他到青禾路商业步行街，实地调研了创建工作。", "青禾路商业步行街", "LOC"),
        ("督导组来到柳岸路特色商业街。", "柳岸路特色商业街", "LOC"),
        # a shopping street with a name of its own after the road stays a place of its own
        ("督导组来到青禾路、柳岸路包公井商业街。", "包公井商业街", "LOC"),
        # a meeting's hall
        ("推进大会在行政中心大会场召开。", "行政中心大会场", "LOC"),
        # the sub-district a unit is linked to, after the words for the link
        ("主要领导带队到创文挂钩街道澄华街道指导创文迎检工作。", "澄华街道", "GPE"),
        ("主任赴包保社区西关街道振兴社区检查。", "西关街道", "GPE"),
        # a town before the honour it works for
        ("全面推进宁岭镇文明镇创建工作。", "宁岭镇", "GPE"),
        ("进一步推进木垣镇国家卫生镇创建工作。", "木垣镇", "GPE"),
        # a sub-district named after its street, the street's name of three characters too
        ("副区长一行到天柳寺街街道调研指导工作。", "天柳寺街街道", "GPE"),
        ("副区长一行到柳溪大街街道调研指导工作。", "柳溪大街街道", "GPE"),
        # a town whose name opens with 和, opening a sentence, then every mention
        ("连日来，柳县和岭镇压实责任。和岭镇把创卫工作抓在手上。", "和岭镇", "GPE"),
        # an administrative village named with its kind
        ("观摩团先后来到马岭镇刘寨行政村、马北行政村。", "马北行政村", "LOC"),
        # a list of known bare names opened by a preposition and closed by 等县市, or two
        # closed by 等地
        ("在定州、辛集、晋州等县市开展督导。", "定州", "GPE"),
        ("在定州、辛集、晋州等县市开展督导。", "晋州", "GPE"),
        ("定州、辛集等地负责人参加会议。", "辛集", "GPE"),
        # a district whose name opens with a kind of street, after its city
        ("督导组来到唐山市路北区青禾路检查。", "路北区", "GPE"),
        # the local zone written by its kind alone: in a list of divisions, after a chain of
        # them, as a dateline's subject
        ("督查组对呈贡区、官渡区、高新区8月份创文工作开展督查。", "高新区", "GPE"),
        ("县委宣传部等单位和灵城镇、开发区主要负责人参加会议。", "开发区", "GPE"),
        ("督查组督查柳林区官渡区高新区创文工作。", "官渡区", "GPE"),
        ("督查组督查柳林区官渡区高新区创文工作。", "高新区", "GPE"),
        ("本报讯 10月7日，经济技术开发区召开领导干部会议。", "经济技术开发区", "GPE"),
        ("青岛市高新区召开会议。", "青岛市", "GPE"),
        # an outlet before its reporter
        ("晨报、青州网记者从柳林区了解到。", "青州网", "ORG"),
        ("（河南广电融媒体记者 李明 通讯员 王强）", "河南广电融媒体", "ORG"),
    ],
)
def test_places27_reads(text: str, span: str, label: str) -> None:
    assert (span, label) in _tagged(text)


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        # honours and words jieba tags as places
        ("柳塘县连续三年跻身全国百强县，争创全省十强县。", "百强县", "GPE"),
        ("柳塘县是全国旅游名县和科教兴市的样板。", "旅游名县", "GPE"),
        ("加快建设城市中心区，整治繁华区占道经营。", "中心区", "GPE"),
        ("加快建设城市中心区，整治繁华区占道经营。", "繁华区", "GPE"),
        # a verb of works before 街道 (the streets), a leader's link to a sub-district
        ("目前粉刷墙壁1500平方米，硬化街道2000平方米。", "硬化街道", "GPE"),
        ("市政协副主席到联点街道柳林区青禾街道开展督导。", "联点街道", "GPE"),
        # the honour alone, or a word for towns before it, names no town
        ("全面推进文明镇创建工作，争创国家卫生镇。", "文明镇", "GPE"),
        ("加快推进城镇卫生镇创建。", "城镇", "GPE"),
        ("主要领导带队到创文挂钩街道澄华街道指导创文迎检工作。", "挂钩街道", "GPE"),
        # the street's name and the sub-district are one place; a sweeping of streets is none
        ("副区长一行到柳溪大街街道调研指导工作。", "柳溪大街", "LOC"),
        ("要清扫马路街道，保持大街街道整洁。", "马路街道", "GPE"),
        # 和 opening a clause is a connective; the administrative villages counted are no name
        ("他们。和城镇居民一起，和乡镇干部一起行动。", "和城镇", "GPE"),
        ("全镇19个行政村全部完成整治，各行政村要抓好落实。", "各行政村", "LOC"),
        # the preposition before a known city; a kind of division heading a list; a street's
        # kind opening a district's name; two words closed by 等地
        ("到定州、辛集、晋州调研。", "到定州", "GPE"),
        ("县级市：定州市、黄骅市、任丘市", "县级市", "GPE"),
        ("督导组来到唐山市路北区青禾路检查。", "唐山市路", "LOC"),
        ("在背街、小巷等地开展整治。", "背街", "GPE"),
        # 乡 opening a word of its own
        ("引导文明新风，繁荣乡土文化，建设美丽乡村。", "繁荣乡", "GPE"),
        ("督查组查看环境卫生、镇容镇貌、车辆停放等情况。", "镇容镇", "GPE"),
        # a sector word with no name before the zone's kind
        ("要发挥文化旅游产业园区的作用。", "文化旅游产业园区", "GPE"),
        # the city bare before the zone's name: one name
        ("周口临港开发区召开会议。", "周口", "GPE"),
        # a zone in general, or a site in the zone, is no bare zone of the list's kind
        ("要全面推进开发区建设，跻身国家级经济技术开发区50强。", "开发区", "GPE"),
        ("要全面推进开发区建设，跻身国家级经济技术开发区50强。", "经济技术开发区", "GPE"),
        ("深入开发区农贸市场、居民小区检查。", "开发区", "GPE"),
        # 来 closing a word (近来, 未来) is no verb of coming
        ("近来县里开展了工作。", "近来县", "GPE"),
        # a line of names that are mostly no places
        ("首页 新闻 视频 通化 图片\n", "通化", "GPE"),
        # 好 completing a verb, a sub-district's unit inside what was read, a kind of square
        ("组织开展好社区小区提升、不文明养宠整治。", "好社区小区", "LOC"),
        ("通过抓机关带干部、抓街道带社区促居民，让创建深入人心。", "抓街道带社区", "LOC"),
        ("查看了老旧楼院、背街小巷、窗口单位、公共广场等重点点位。", "公共广场", "LOC"),
        # 到达 is no part of a name
        ("10时观摩团到达柳湾社区观摩点。", "达柳湾社区", "LOC"),
        # the shopping street's kind alone after its road is no place of its own
        ("他到青禾路商业步行街，实地调研了创建工作。", "商业步行街", "LOC"),
        # the place inside an outlet's name, and a dateline's 讯 inside no outlet's name
        ("晨报、青州网记者从柳林区了解到。", "青州", "GPE"),
        ("会议召开 柳塘讯柳塘日报记者 高山）6月18日", "柳塘讯柳塘日报", "ORG"),
        ("（河南广电融媒体记者 李明 通讯员 王强）", "河南", "GPE"),
    ],
)
def test_places27_leaves_out(text: str, span: str, label: str) -> None:
    assert (span, label) not in _tagged(text)


def test_places27_chain_zone_is_two_spans() -> None:
    tagged = _tagged("8月5日，青岛市柳溪高新区召开联席会。")
    assert ("青岛市柳溪高新区", "GPE") not in tagged


def test_places27_named_community_after_a_verb_stays() -> None:
    # (好 opening a community's name after a verb of going stays a name)
    assert ("好运社区", "LOC") in _tagged("来到好运社区、柳湾社区检查。")
