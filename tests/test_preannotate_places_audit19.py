"""GPE and LOC in the forms the session-18 audit of real reports (issue 16: locs19) found: a town
named by a word of the dictionary (先锋镇, 千里镇) in a dateline or before its own village; a town
inspected before its campaign (检查某某镇文明城市创建工作); the end of a route (至某县道路); a road
after the town's built-up area (镇区某某路); a list of the places visited closed by the clause's end
alone (实地走访了甲路、乙小区、丙社区。); a station named by its direction (西客站); no estate
in 背街小区. Every example is made up in the same form: the names are
invented. From batch 3 (traditional copies): a bus station as a visited item, a town visited, the
last item joined by 和, further mentions of a place visited, shops and malls (百货, 商场), an estate after
its road, a list broken after its 、, a sub-district opening with 山 after a verb of going, a road of
three characters after 及.
"""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        # a town named by a common word, in a dateline before a verb of the report
        (
            "本报讯 5月8日，先锋镇开展创文督查工作。镇党委书记柯明带队检查。",
            {("先锋镇", "GPE")},
            {("先锋", "GPE")},
        ),
        # a town named by a function word, an item of a list before its own village
        (
            "柯明一行先后调研了桂园小区卫生环境、千里镇柏家岗村垃圾清运、青枫大道绿化情况。",
            {("千里镇", "GPE"), ("柏家岗村", "LOC")},
            set(),
        ),
        # a town inspected, before the campaign it runs
        (
            "10月9日下午，镇党委书记柯明带队检查柏舍镇文明城市创建工作。",
            {("柏舍镇", "GPE")},
            set(),
        ),
        # the end of a route
        (
            "柯明一行查看了状元大道南延段由河柳镇至涉县道路开通情况。",
            {("涉县", "GPE")},
            set(),
        ),
        # a road after the town's built-up area
        (
            "柯明一行先后前往桂溪村、镇区宜枫路和镇文化站等地实地检查。",
            {("桂溪村", "LOC"), ("宜枫路", "LOC")},
            {("镇区宜枫路", "LOC")},
        ),
        # a list of places visited with no 等 after it: closed by 。, by ， or by a bracket
        (
            "委员们实地走访了青石路、枫园农民公寓、溪桥农贸市场、华茂文锦苑小区。",
            {("华茂文锦苑小区", "LOC"), ("溪桥农贸市场", "LOC")},
            set(),
        ),
        (
            "检查组一行先后走访了丽枫花园、老李烧烤、民和医院、桂香社区（居）委会，通过现场检查。",
            {("丽枫花园", "LOC"), ("桂香社区", "LOC")},
            {("老李烧烤", "LOC"), ("民和医院", "LOC")},
        ),
        # a passenger station named by its direction alone; back-street estates in general
        (
            "在青枫街道柳岸社区和桂园社区，柯明重点查看了环境卫生；在北客站，听取了车站负责人的介绍。"
            "区文明办、北客站等单位负责同志参加。随后查看了车辆停放、背街小区内环境卫生等情况。",
            {("北客站", "LOC"), ("柳岸社区", "LOC")},
            {("背街小区", "LOC")},
        ),
        # a list of places visited: a bus station is a place (not a 工作站); a town visited; the
        # last item joined by 和 (a school, then a community named with 和); a place visited named
        # again
        (
            "当日上午，柯明一行先后来到柳湾乡政府、新城汽车站、永和小学和永和社区等地。"
            "在新城汽车站，柯明要求，要抓紧整修绿化带。",
            {("新城汽车站", "LOC"), ("永和社区", "LOC")},
            {("永和小学和永和社区", "LOC")},
        ),
        (
            "柯明一行先后来到锦华城菜场、农贸批发市场、新集镇等地，检查督导道路交通。",
            {("锦华城菜场", "LOC"), ("新集镇", "GPE")},
            set(),
        ),
        # a department store, a shopping mall; an estate after its road; a list broken after its 、
        (
            "督查组先后来到青松路步行街、柳岸区枫山路百汇花园、\n桂华百货、金鼎商场等进行督察。",
            {("桂华百货", "LOC"), ("金鼎商场", "LOC"), ("百汇花园", "LOC"), ("枫山路", "LOC")},
            {("枫山路百汇花园", "LOC")},
        ),
        # a sub-district whose name opens with 山, after a verb of going; a road of three
        # characters after 及 ending a list of places
        (
            "当天，督查组一行来到山塘街道先后走访了柳庄市场、锦祥社区及十八米街实地察看公益广告。",
            {("山塘街道", "GPE"), ("十八米街", "LOC"), ("柳庄市场", "LOC")},
            set(),
        ),
        # batch 4: communities named bare before 等社区 (no count)
        (
            "连日来，柳城街道各社区开展环境整治。\n柳泉、虎岭、林湾、更坊等社区组织工作人员清理杂草。",
            {("柳泉", "LOC"), ("虎岭", "LOC"), ("林湾", "LOC"), ("更坊", "LOC")},
            {("更坊等社区", "LOC")},
        ),
        # a verb before a park's name; a verb of visiting a zone's sites (考察了)
        (
            "提起锦屏公园，柳州人没有不知道的。市城管局决定推动锦屏公园绿化提升。",
            {("锦屏公园", "LOC")},
            {("提起锦屏公园", "LOC"), ("推动锦屏公园", "LOC")},
        ),
        (
            "考察团一行实地考察了柳山规划展览馆、青湖国家湿地公园、柳山文化艺术中心、"
            "枫林湖儿童公园等地，详细了解城市建设情况。",
            {
                ("柳山规划展览馆", "LOC"),
                ("青湖国家湿地公园", "LOC"),
                ("枫林湖儿童公园", "LOC"),
            },
            set(),
        ),
        # a zone's manner is no zone's name; a verb linking a unit to its community is no name
        (
            '要按照生态城市的标准，打造"高""新"花园式产业园区。志愿者到联系社区和责任路段开展服务。',
            set(),
            {("花园式产业园区", "GPE"), ("联系社区", "LOC")},
        ),
        # a market street named on its own right after its road
        (
            "志愿者们在桂苑社区锦华园小区和青柏路包河井商业街至柳村东街口路段排查问题。",
            {("青柏路", "LOC"), ("包河井商业街", "LOC"), ("锦华园小区", "LOC")},
            set(),
        ),
        # a park named after its river, with what it is between; a section of a park is none
        (
            "张某一行察看了我区柳泾河生态体育休闲公园一期工程。园内建有体育运动区、树林广场区、"
            "儿童乐园区等。柳泾河滨河公园建成开放。",
            {("柳泾河生态体育休闲公园", "LOC"), ("柳泾河滨河公园", "LOC")},
            {("柳泾河", "LOC"), ("树林广场", "LOC")},
        ),
        # an estate named 某某花园 after a preposition, before where on it
        (
            "街道出动人员和机械对丽枫花园东侧路面进行了修补。",
            {("丽枫花园", "LOC")},
            set(),
        ),
        # batch 5: stations named by their city; a market named by a verb word between two marks
        (
            "市创文督查组先后检查了柳山汽车站、桂阳南站、桂阳汽车总站、桂阳公交站等，详细了解运营秩序。"
            "桂阳汽车总站日常管理到位。",
            {("桂阳汽车总站", "LOC"), ("桂阳公交站", "LOC"), ("柳山汽车站", "LOC")},
            {("桂阳", "GPE")},
        ),
        (
            "黄某一行先后前往五一九路、青华山路、跃进市场、兴柳路、邮政广场等地实地督查。",
            {("跃进市场", "LOC"), ("青华山路", "LOC")},
            set(),
        ),
        # a caption's bullet before a place; a market named by the street it lies on
        (
            "▲柳沙路附近井盖破损。\n▲桂洲市场内公益广告不足。\n当阳市南城街集贸市场，有占道经营现象。",
            {("柳沙路", "LOC"), ("桂洲市场", "LOC"), ("南城街集贸市场", "LOC")},
            {("南城街", "LOC")},
        ),
        # a sub-district named by a word right after its district, before its market; an estate
        # right after its road; a sub-district before its officials in charge
        (
            "检查组一行来到江海区内港街道桂三嘉福市场，了解农贸市场管理。在迎宾北路金桂小区，"
            "柯明一行实地查看。7月25日，新华街道分管领导薛主任带队检查。",
            {
                ("内港街道", "GPE"),
                ("桂三嘉福市场", "LOC"),
                ("金桂小区", "LOC"),
                ("新华街道", "GPE"),
            },
            set(),
        ),
        (
            "全区重点街道、主要街道开展整治，各街道分管领导参加。",
            set(),
            {("重点街道", "GPE"), ("主要街道", "GPE"), ("各街道", "GPE")},
        ),
        # check batch 6: a street's chief is a post, 村里 is "in the village", a supermarket is
        # no city; a village whose name opens with 新 after 将; a market right after its community
        (
            "还有三位“民间街长”，都是村里做事公平的热心肠，三位街长也心系集镇建设。"
            "督查组还走访了上柳村和华润苏果超市。周日将新桥村及其集贸市场周边作为主攻方向。"
            "在民安社区民丰市场，柯明听取了汇报。",
            {("新桥村", "LOC"), ("民丰市场", "LOC"), ("上柳村", "LOC")},
            {
                ("民间街", "LOC"),
                ("三位街", "LOC"),
                ("都是村", "LOC"),
                ("苏果超市", "GPE"),
            },
        ),
        # check batch 7: the division excepted (除某某街道和…外); no community in 整个社区 or after
        # a post and 到 (调研员到社区)
        (
            "此次行动除柳岸街道和社区干部外，还发动驻地单位参加。使整个社区环境变得更加干净，"
            "调研员到社区考察工作。",
            {("柳岸街道", "GPE")},
            {("整个社区", "LOC"), ("员到社区", "LOC")},
        ),
        # batch 8: towns and scenic areas named bare before the kind that closes their list; a
        # resettlement site after its sub-district; an estate named by a word between two marks;
        # a source line's label is no place; a verb before the kind of market
        (
            "转自：柳州日报\n近日，副旗长柯明先后深入到柳尼罕、木桥营子、三道湾子等乡镇以及黄柳洼、"
            "佛光寺等景区调研。7月24日，青江街道柳子坝安置点新搬迁至此的集市热闹非凡。"
            "柯明一行先后来到悦桂苑小区、金融小区等地。引导市民及菜农进入农贸市场买菜。",
            {
                ("柳尼罕", "GPE"),
                ("木桥营子", "GPE"),
                ("三道湾子", "GPE"),
                ("黄柳洼", "LOC"),
                ("佛光寺", "LOC"),
                ("柳子坝安置点", "LOC"),
                ("金融小区", "LOC"),
            },
            {("转自", "GPE"), ("到柳尼罕", "GPE"), ("菜农进入农贸市场", "LOC")},
        ),
        # not a list of places: one item of a kind is not enough
        (
            "检查组检查了环境卫生、车辆停放、绿化小区。",
            set(),
            {("绿化小区", "LOC")},
        ),
    ],
)
def test_places_audit19(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, want - got
    assert not (not_want & got), not_want & got
