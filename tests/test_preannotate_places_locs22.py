"""LOC and GPE recall by grammar (session 21, locs22), each piece mined on the development
pages before it landed: a town or a sub-district with its unit after a verb of going, a
preposition of place or a list mark, whatever follows it; a village right after its town's unit;
the unread items of a list of places an inspection visited whose other items are places. Every
example is made up: the names are invented.
"""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("宣传部长聂某先后深入柳溪镇实地督导创建工作。", ("柳溪镇", "GPE")),
        ("区应急局、区文旅委、柏家坪街道相关负责人陪同检查。", ("柏家坪街道", "GPE")),
        ("县住建局、县城管局、城关镇有关负责人分别作了发言。", ("城关镇", "GPE")),
        ("工作小组负责同志、白岩镇一名分管领导参加会议。", ("白岩镇", "GPE")),
        ("会上听取了上溪镇黄某某、明泉乡贺某某的汇报。", ("明泉乡", "GPE")),
    ],
)
def test_town_after_going_place_or_list_mark(text: str, span: tuple[str, str]) -> None:
    assert span in _tagged(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("在三台镇李沟王村，镇党委书记查看了村容村貌。", ("李沟王村", "LOC")),
        ("图为风貌改造后的雅坪乡三道桥村。", ("三道桥村", "LOC")),
        ("在前进街道梅二村，区长一行深入农户家中。", ("梅二村", "LOC")),
        ("督导组来到柳林园区张芝岭镇天星村、银洋河新村检查。", ("天星村", "LOC")),
    ],
)
def test_village_after_its_town(text: str, span: tuple[str, str]) -> None:
    assert span in _tagged(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "他一行先后来到县市民广场、南湖环岛、北门菜市场等地实地察看。",
            ("县市民广场", "LOC"),
        ),
        (
            "督查组先后来到金桂社区、青岚路商业街、白溪、黄柳路、新华时代广场、鸿福农贸等点位调研。",
            ("鸿福农贸", "LOC"),
        ),
        (
            "督查组先后来到金桂社区、青岚路商业街、白溪、黄柳路、新华时代广场、鸿福农贸等点位调研。",
            ("白溪", "LOC"),
        ),
        ("督查组先后来到翠湖名邸附近、枫林路步行街、丹桂夜市等地检查。", ("翠湖名邸", "LOC")),
    ],
)
def test_unread_item_of_a_visit_list(text: str, span: tuple[str, str]) -> None:
    assert span in _tagged(text)


@pytest.mark.parametrize(
    ("text", "not_span"),
    [
        # the unit opens a word with what follows it: no town, no village
        ("立足近郊、配套城区、振兴乡村的发展理念深入人心。", ("振兴乡", "GPE")),
        ("创文督导组给镇区“挑刺”。", ("组给镇", "GPE")),
        ("美丽乡村示范村建设特色鲜明。", ("村示范村", "LOC")),
        ("按照镇级分工村责任，分为十个片区。", ("级分工村", "LOC")),
        # a list whose other items are no places read: nothing filled in
        ("他先后到烟草公司旁水体、郝家大市场、丰收广场等地检查。", ("烟草公司旁水体", "LOC")),
        # a kind of area or a body in a visit list is no place's name
        (
            "他先后来到柳溪社区、主次干道、青石广场、东湖公园等地检查。",
            ("主次干道", "LOC"),
        ),
    ],
)
def test_not_places(text: str, not_span: tuple[str, str]) -> None:
    assert not_span not in _tagged(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("主要领导，凤岭街道13个社区党支部书记参加会议。", ("凤岭街道", "GPE")),
        ("区市场监督管理局和白泉湖乡相关负责同志陪同检查。", ("白泉湖乡", "GPE")),
        ("顺利通过全国文明城市复检，雁栖湖镇被评为全国文明镇。", ("雁栖湖镇", "GPE")),
    ],
)
def test_town_after_comma_connective_or_visit(text: str, span: tuple[str, str]) -> None:
    assert span in _tagged(text)


@pytest.mark.parametrize(
    ("text", "not_span"),
    [
        ("在示范中充分发挥作用，由观湖街道相关负责人带头开展。", ("由观湖街道", "GPE")),
        ("南起文昌广场，北至镇远楼，布设宣传栏。", ("北至镇", "GPE")),
        ("对于突出难点问题及时向街道进行汇报。", ("时向街道", "GPE")),
        ("要加快农村集镇建设，规范集镇管理。", ("规范集镇", "GPE")),
    ],
)
def test_no_town_from_clause_words(text: str, not_span: tuple[str, str]) -> None:
    assert not_span not in _tagged(text)
