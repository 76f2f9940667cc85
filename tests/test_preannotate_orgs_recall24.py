"""ORG recall from orgs24's probe grid of the bodies every level has (issue 16, session 23),
systematic (b):

- a division written whole and its body's short form after it, the level written twice
  (越秀区区委 → 某某区区委, 某某县县政府, 某某市市委宣传部): one body, not the place and the
  level's body; a post read across it stays the title's (某某县县委书记);
- a body read from its level where the division is written whole before it and its reading
  stopped at a function character of the place's name (平和县志愿者协会, 太和县中医院);
- the congress's and the CPPCC's working bodies and special committees (市人大常委会法工委,
  县人大监察和司法委员会, 市人大城建环保工委, 区政协提案委员会), the party committee's commission
  offices (市委外办, 县委农办, 区委军民融合办), the intermediate court's short form (市中院), public
  institutions every city or county has (市气象台, 县社会福利院, 市综合检验检测中心);
- a level's school or hospital after a preposition (由市人民医院牵头);
- a body after the bare name of a county or district the article names with its unit
  (芗城区 … 芗城人民法院, 由芗城发改局牵头): one body with it;
- a verb of setting up read into a body's name (成立创城办公室): the name opens after it;
- a province's short name before its body (会议由海南文明办承办, 广西台办机关党委);
- a sub-district named by three characters before its body (东铺头街道党工委);
- a university's or college's own college after it (某某学院乌江学院, 某某职业学院护理学院,
  某某大学文学院), not a clause (学院组织学院师生) nor before a post;
- outlets: a government's account named by its place and 发布 where a frame makes it a source
  (据漳州发布消息, （芗城发布）, 某某发布讯); a repost's verb is no part of the name (本文转自某某
  日报); 据 is no place's first character (据漳州融媒体中心报道);
- 组成 after a leading group or a headquarters is the verb that forms a team (市创文工作领导小组
  组成督导组: the group, not 领导小组组).

Every sentence is made up; 岚溪 and the like are invented names; the counties' and districts'
names are only names.
"""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text, want, not_want",
    [
        (
            "根据芗城区区委统一部署，各街道开展督导检查。",
            {("芗城区区委", "ORG")},
            {("芗城区", "GPE"), ("区委", "ORG")},
        ),
        (
            "此项工作由平和县县政府牵头，平和县县委宣传部配合。",
            {("平和县县政府", "ORG"), ("平和县县委宣传部", "ORG")},
            {("平和县", "GPE")},
        ),
        (
            "漳州市市委宣传部、市文明办等部门负责人参加会议。",
            {("漳州市市委宣传部", "ORG")},
            {("漳州市", "GPE")},
        ),
        (
            "平和县县委书记张明出席会议并讲话。",
            {("张明", "PERSON")},
            {("平和县县委", "ORG")},
        ),
        (
            "平和县志愿者协会、太和县中医院负责人作表态发言。",
            {("平和县志愿者协会", "ORG"), ("太和县中医院", "ORG")},
            {("县志愿者协会", "ORG"), ("县中医院", "ORG")},
        ),
        (
            "市人大常委会法工委、县人大监察和司法委员会、市人大城建环保工委组成调研组。",
            {
                ("市人大常委会法工委", "ORG"),
                ("县人大监察和司法委员会", "ORG"),
                ("市人大城建环保工委", "ORG"),
            },
            {("市人大", "ORG"), ("县人大", "ORG")},
        ),
        (
            "区政协提案委员会、市委外办、县委农办、区委军民融合办负责人参加会议。",
            {
                ("区政协提案委员会", "ORG"),
                ("市委外办", "ORG"),
                ("县委农办", "ORG"),
                ("区委军民融合办", "ORG"),
            },
            {("市委", "ORG"), ("县委", "ORG"), ("区委", "ORG")},
        ),
        (
            "会议由岚溪市中院承办，市气象台、县社会福利院、市综合检验检测中心协办。",
            {
                ("岚溪市中院", "ORG"),
                ("市气象台", "ORG"),
                ("县社会福利院", "ORG"),
                ("市综合检验检测中心", "ORG"),
            },
            set(),
        ),
        (
            "此项工作由市人民医院牵头，区第一中学配合。",
            {("市人民医院", "ORG")},
            set(),
        ),
        (
            "市创文工作领导小组组成督导组，县创城指挥部组成检查组，深入各小区开展督查。",
            {("市创文工作领导小组", "ORG"), ("县创城指挥部", "ORG")},
            {("市创文工作领导小组组", "ORG"), ("县创城指挥部组", "ORG")},
        ),
        (
            "近日，芗城区召开会议。会议由芗城人民法院承办，此项工作由芗城发改局牵头。",
            {("芗城人民法院", "ORG"), ("芗城发改局", "ORG")},
            {("芗城", "GPE")},
        ),
        (
            "东湖镇高度重视，成立创城办公室和专项整治小组，县里成立创卫办公室。",
            {("创城办公室", "ORG")},
            {("成立创城办公室", "ORG"), ("县里成立创卫办公室", "ORG")},
        ),
        (
            "福建某某大学文学院、漳州学院乌江学院、龙海职业学院护理学院相关领导参加。",
            {("漳州学院乌江学院", "ORG"), ("龙海职业学院护理学院", "ORG")},
            {("漳州学院", "ORG"), ("龙海职业学院", "ORG")},
        ),
        (
            "漳州学院组织学院师生参加志愿服务，漳州学院院长张明出席。",
            {("漳州学院", "ORG")},
            {("漳州学院组织学院", "ORG")},
        ),
        (
            "据漳州发布消息，市委召开会议。（芗城发布）本文转自漳州日报。",
            {("漳州发布", "ORG"), ("漳州日报", "ORG")},
            {("转自漳州日报", "ORG")},
        ),
        (
            "据漳州融媒体中心报道，据岚溪融媒体中心报道，市政府发布通知。",
            {("漳州融媒体中心", "ORG"), ("岚溪融媒体中心", "ORG")},
            {("据漳州融媒体中心", "ORG"), ("据岚溪融媒体中心", "ORG"), ("市政府发布", "ORG")},
        ),
        (
            "东铺头街道综治中心、东铺头街道党工委负责人参加会议。检查组在岚峰街道综治中心查看台账。",
            {
                ("东铺头街道综治中心", "ORG"),
                ("东铺头街道党工委", "ORG"),
                ("岚峰街道综治中心", "ORG"),
            },
            {("街道综治中心", "ORG"), ("街道党工委", "ORG")},
        ),
        (
            "会议由海南文明办承办，岚溪文明委各成员单位、广西台办机关党委参加。",
            {("海南文明办", "ORG"), ("广西台办机关党委", "ORG")},
            {("海南", "GPE"), ("广西", "GPE")},
        ),
    ],
)
def test_orgs24_bodies(text: str, want: set, not_want: set) -> None:
    got = _tagged(text)
    assert want <= got, (want - got, got)
    assert not (not_want & got), (not_want & got, got)
