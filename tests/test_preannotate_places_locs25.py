"""LOC: the words that open a clause before a kind of place and are no part of a site's name
(session 24, locs25), found among the errors on the development sets dev19/dev18 and on the
old development pages: a word of time (如今, 现在, 冬季), a pronoun, the prepositions 沿 / 沿着 /
沿途, the idiom 攻坚拔寨 (拔 + 寨), the corps' generic 连队社区; a position word after a visited
item (某某桥西侧); a road named after a kind of place (市场路); a square or a park named right after
the estate or the community it lies in (某某小区某某小广场); kinds of site: 早市, 商城, 美食城, 天桥
(not 线上商城, 过街天桥). Every example is made up."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


def _locs(text: str) -> set[str]:
    return {t for t, label in _tagged(text) if label == "LOC"}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a word of time opens the clause, the kind alone names no place
        ("老人笑着说，如今胡同干净多了。", "如今胡同"),
        ("原来私搭乱建很多，现在巷道整洁有序。", "现在巷"),
        ("过去公园里杂草丛生，如今变了样。", "过去公园"),
        # the corps' companies' communities in general
        ("一二三团开展冬季连队社区环境整治活动。", "冬季连队社区"),
        ("团长对连队社区下一步工作作了安排。", "连队社区"),
        # a pronoun opens a clause
        ("“您感觉农贸市场环境怎么样？”他问摊主。", "您感觉农贸市场"),
        # the idiom 攻坚拔寨 / 攻城拔寨
        ("狠抓落实、全力推进，以攻坚拔寨之势打好创建战。", "以攻坚拔寨"),
        ("攻城拔寨，决战决胜。", "攻城拔寨"),
        # 沿 / 沿着 / 沿途: the route, not the name
        ("沿柳岸大道形成生活带。", "沿柳岸大道"),
        ("沿着青湖步道，他察看了水质。", "沿着青湖步道"),
        ("检查组在沿途小区检查督导。", "沿途小区"),
        # a position word after a visited item
        ("督查组深入青禾社区、白沙桥东侧、金溪市场和滨湖公园等地。", "白沙桥东侧"),
        # the kind of facility of a community or an estate, no name of its own
        ("在柳岸小区中心广场开展活动。", "中心广场"),
        ("在青禾社区健身广场开展活动。", "健身广场"),
        # online shops and footbridges in general
        ("各商户开设线上商城。", "开设线上商城"),
        ("年内修建过街天桥两座。", "修建过街天桥"),
    ],
)
def test_no_site_read(text: str, absent: str) -> None:
    assert absent not in _locs(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the name after the word of time, the preposition or the position word
        ("如今青山公园焕然一新。", "青山公园"),
        ("沿柳岸大道形成生活带。", "柳岸大道"),
        ("沿着青湖步道，他察看了水质。", "青湖步道"),
        ("督查组深入青禾社区、白沙桥东侧、金溪市场和滨湖公园等地。", "白沙桥"),
        # 沿 + a water, a hill or the town opens a name of its own
        ("他走访了沿江大道和沿河小区。", "沿江大道"),
        ("他走访了沿江大道和沿河小区。", "沿河小区"),
        # a square or a park named right after the estate or the community it lies in
        ("桃溪社区在金泰小区榆钱籽小广场举办邻里节活动。", "榆钱籽小广场"),
        ("检查组察看了柳湾社区、岚湖社区白鹭墩湿地公园等地。", "白鹭墩湿地公园"),
        # kinds of site: a morning market, a mall, a food court, a footbridge
        ("督查组先后到青溪社区、金桂早市、岚山美食城等地，察看了环境。", "金桂早市"),
        ("督查组先后到青溪社区、金桂早市、岚山美食城等地，察看了环境。", "岚山美食城"),
        ("走进市城区金泰商城和新桥市场，察看了环境。", "金泰商城"),
        ("来到柳溪天桥，察看了环境卫生。", "柳溪天桥"),
        # a road named after a kind of place, as 广场路
        ("他们来到市场路，察看了环境卫生。", "市场路"),
        ("督查组先后来到桃溪社区、市场路城市更新项目现场。", "市场路"),
    ],
)
def test_site_read(text: str, span: str) -> None:
    assert span in _locs(text)
