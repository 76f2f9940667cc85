"""LOC: the site grammar of session 25 (locs26), from the errors on the development set dev24
(both golds agree at each place): macro-regions (西北地区), metro lines (地铁3号线), a site of
culture named by a place's bare name and a theme (某某新闻纪念馆), a kind of market after the road
it lies on (某某路水果市场), roads named 某某道 in a list of roads, the items of a visit list whose
first item is longer than the list's run (甲路与乙街交口周边、…), and words that name no site
(丝路, 广场公园). Every example is made up."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


def _locs(text: str) -> set[str]:
    return {t for t, label in _tagged(text) if label == "LOC"}


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # macro-regions of the country
        ("这座城市地处西南地区，交通便利。", "西南地区"),
        ("努力在中西部地区走在前列。", "中西部地区"),
        ("成为东北地区首个获评的地级市。", "东北地区"),
        # metro lines, a bare line after one named in full
        ("轨道交通3号线、规划11号线在此交汇。", "轨道交通3号线"),
        ("轨道交通3号线、规划11号线在此交汇。", "11号线"),
        ("沿地铁五号线开展环境整治。", "地铁五号线"),
        # a site of culture: a place's bare name, a theme, the kind
        ("一行来到桂林革命文物纪念馆、柳溪公园等地。", "桂林革命文物纪念馆"),
        ("参观了南宁1927红色主题街区。", "南宁1927红色主题街区"),
        # (a city of four characters)
        ("考察团参观了乌鲁木齐丝路文化博物馆、柳溪公园。", "乌鲁木齐丝路文化博物馆"),
        # a kind of market right after the road it lies on
        ("检查组来到青禾路蔬菜市场、柳岸社区等地。", "青禾路蔬菜市场"),
        ("督导组察看了金沙街水果市场。", "金沙街水果市场"),
        # roads named 某某道 in a list of roads
        ("新修的道路，瑞禾道、青溪道、明湖路、安澜路，让出行更通畅。", "瑞禾道"),
        ("新修的瑞禾道、青溪道、明湖路、安澜路，让出行更通畅。", "青溪道"),
        # a first item longer than the list's run: the items after it are read
        (
            "督查组先后深入青禾东路与第二大街交口周边、金沙广场、望江立交桥周边、"
            "百汇地下商业街、柳园公园等点位进行检查。",
            "百汇地下商业街",
        ),
        (
            "督查组先后深入青禾东路与第二大街交口周边、金沙广场、望江立交桥周边、"
            "百汇地下商业街、柳园公园等点位进行检查。",
            "望江立交桥",
        ),
        # a visit list whose items hold digits (a site's name with a number in it)
        (
            "一行先后来到青禾书院、柳城1949红色街区、金沙师范学院旧址、白鹭湾等地调研。",
            "金沙师范学院旧址",
        ),
        ("检查组先后来到青禾小区、金湖88广场、柳溪公园等点位。", "金湖88广场"),
        # a road whose name opens with 新 and ends in a direction or an ordinal
        ("督查组来到新桥西路检查市容秩序。", "新桥西路"),
        ("志愿者分三组，由新安南路至柳溪街开展劝导。", "新安南路"),
        ("先后来到新港二路，查看道路保洁。", "新港二路"),
    ],
)
def test_site_grammar_reads_the_site(text: str, present: str) -> None:
    assert present in _locs(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a division's own quarter, no macro-region
        ("县城西北地区新建了两条道路。", "西北地区"),
        # a bare line with no metro line named before it
        ("他说，1号线索已经移交。", "1号线"),
        # the market's kind alone, or a road of the market's kind, is no new site
        ("检查组来到青禾路蔬菜市场。", "蔬菜市场"),
        ("检查组来到青禾路蔬菜市场。", "青禾路"),
        # words ending in 道 are no roads, a list of kinds is no list of names
        ("打通了主干道、次干道、明湖路、安澜路。", "主干道"),
        ("检查了明湖路、柳溪街道、安澜路等。", "柳溪街道"),
        (
            "一行实地察看了青坪社区城中村周边背街小巷、农贸市场、体育文化广场和柳湾社区。",
            "体育文化广场",
        ),
        # the Silk Road in a motto, two kinds with no name
        ("铸戍边之魂，探丝路之魅。", "探丝路"),
        ("在街道社区、广场公园、商业步行街开展宣传。", "广场公园"),
        # a kind of road, newly built, carries no direction
        ("今年新修道路三条。", "新修道路"),
        ("全力推进新修东路段建设。", "新修东路"),
        # a culture site whose theme holds a clause word
        ("桂林的纪念馆", "桂林的纪念馆"),
    ],
)
def test_site_grammar_leaves_out(text: str, absent: str) -> None:
    assert absent not in _locs(text)
