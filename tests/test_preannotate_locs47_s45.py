"""LOC forms of session 45 (locs47), in made-up sentences (none is a real page's text; the people,
villages, towns and facilities are invented).

- Facilities named by a short name before their kind (rule_words.json loc_kinds_more): 某某大坝,
  某某劝导站, 某某卡站, 某某烧烤店, 某某电站, 某某采石场, 某某粮库, 某某供热站, 某某管护站 …
- Villages: a name of four characters right after its town (某镇李家房子村), an item after 和 /
  了 (和红石口村、, 走访了新华村、), after 的 before the village's own bodies and people
  (的某某村驻村干部, 的某村两委), a natural village right after its village committee
  (某某村委某某村), a village after a town named 某各庄镇.
- No place: a verb before a kind of water (紧盯水库, 造成水库), a verb of works after a lead
  (进一步丰富博物馆), the preposition after a verb of going (深入到沙河), a verb or a kind of
  village in what stands before 村.
"""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _spans(text: str, label: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == label]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("县委书记周立新到青石大坝、东坪镇东田村检查防汛工作。", "青石大坝"),
        ("检查组先后查看了白沙观音劝导站、白沙镇农贸市场。", "白沙观音劝导站"),
        ("周立新一行深入青石苏木三道沟卡站进行实地督导检查。", "三道沟卡站"),
        ("对岚江市兴庆区丰源烧烤店燃气爆炸事故作出重要指示。", "丰源烧烤店"),
        ("周立新来到冯家街道渔滩电站附近建筑工地。", "渔滩电站"),
        ("周立新在广源采石场检查。", "广源采石场"),
        ("在南河中心粮库和青石港粮库，周立新仔细察看储粮情况。", "青石港粮库"),
        ("周立新先后来到青岚新城供热站、宏达小区换热站。", "青岚新城供热站"),
        ("周立新在青石管护站与工作人员亲切交流。", "青石管护站"),
        ("图为周立新调研岚城抽水蓄能电站项目建设。", "岚城抽水蓄能电站"),
    ],
)
def test_a_facility_named_before_its_kind_is_a_place(text: str, place: str):
    assert place in _spans(text, "LOC")


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("周立新深入双井镇李家房子村旭日园区调研。", "李家房子村"),
        ("周立新考察了姜各庄镇前郑庄村、毛庄镇毛庄村。", "前郑庄村"),
        ("煤改电试点户和红石口村、岱州营村燃煤清洁取暖情况。", "红石口村"),
        ("调研组走访了新华村、团结村等村。", "新华村"),
        ("接着让排名第一的良田村驻村干部上台发言。", "良田村"),
        ("排名倒数第一的高坪村村干部上台表态。", "高坪村"),
        ("他勉励刚搬入新办公楼的沙村两委班子。", "沙村"),
        ("在东田村委会和东田村委大石下村，周立新详细了解情况。", "大石下村"),
    ],
)
def test_a_village_placed_by_its_town_its_list_or_its_own_bodies(text: str, village: str):
    assert village in _spans(text, "LOC")


@pytest.mark.parametrize(
    "text",
    [
        # a verb whose object is the waters in general
        "要突出工作重点，加强预报预警，紧盯水库、水闸、山塘等重点区域。",
        "渣土流入周边，并造成水库部分岸线冲刷垮塌。",
        # a verb of works after the clause's lead
        "要突出民俗特色，进一步丰富博物馆展陈内容。",
        # a duty toward the villages, a kind of village, a village's own people in general
        "各级干部要深入的全村两委班子中去。",
        "排名靠后的贫困村驻村干部作表态发言。",
        # four characters after a town that hold a verb or a kind of village
        "青石镇抓好示范村创建工作。",
        # a kind of facility in general, a border station (a body), a body's name cut
        "重点检查老旧小区、城中村租房、民办敬老院、农业大棚。",
        "察看了岚州海事处、岚州边防检查站执勤三队等口岸查验单位。",
        # a checkpoint named as the body that runs it (dev gold: ORG): no kind of place here
        "检查了林场值班备勤和孟石检查站外来畜管控工作。",
    ],
)
def test_no_place_where_a_verb_or_a_kind_stands_before_the_kind(text: str):
    assert _spans(text, "LOC") == []


def test_a_firms_station_visited_is_read_whole_not_cut():
    # (loc48, session 46: the station a visit names is one LOC with the firm that names it, as
    # dev46's gold reads it; the cut name 城南供热站 alone stays unread)
    assert _spans("先后来到宝华供热公司城南供热站。", "LOC") == ["宝华供热公司城南供热站"]


def test_the_parts_of_a_visit_stay_apart():
    text = "实地查看青家大院文物修缮保护暨糖业博物馆建设情况。"
    assert _spans(text, "LOC") == ["青家大院", "糖业博物馆"]


def test_a_great_river_read_once_is_the_river_at_every_bare_mention():
    text = (
        "周立新沿宁岚市黄河沿线实地调研。要确保黄河安澜健康，让黄河成为造福人民的幸福河。"
        "梅家湾是黄河吴忠境内的险工段。"
    )
    assert _spans(text, "LOC").count("黄河") == 4


@pytest.mark.parametrize(
    "text",
    [
        # a longer name opened by the river's name
        "周立新沿黄河沿线调研。走过黄河路和黄河大桥，看了黄河大峡谷。",
        # a person's name holding it
        "杜长江同志调研了长江沿岸。随后杜长江主持召开座谈会。",
    ],
)
def test_no_further_mention_inside_a_longer_name(text: str):
    spans = _spans(text, "LOC")
    assert spans.count("黄河") + spans.count("长江") == 1


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a facility right after the village it lies in
        ("周立新在孙塘镇孙家坨村金色夕阳老年公寓实地考察。", "金色夕阳老年公寓"),
        # a county's one facility of the kind, named by its kind alone
        ("周立新一行先后赴全民健身中心、长城路察看。", "全民健身中心"),
        ("在全民健身中心，周立新一行察看了场馆。", "全民健身中心"),
        # a reservoir's name of three after 的
        ("渣土流入周边的郭家湾水库保护线内。", "郭家湾水库"),
        # a tunnel named before its kind
        ("县委书记周立新对飞岭隧道、南北环线等重大项目进行实地调研。", "飞岭隧道"),
    ],
)
def test_a_facility_placed_by_its_village_its_kind_or_its_name(text: str, place: str):
    assert place in _spans(text, "LOC")


@pytest.mark.parametrize(
    "text",
    [
        "要加快建设全民健身中心。",
        "要加强全县的大中型水库和小型水库的巡查。",
        "要加强辖区内的病险水库除险加固。",
        "全村老年公寓已建成投用。",
        "包括路基路面、桥涵隧道、交通安保等工程。",
        # 和 before a word that only ends like a road; the offices' own compound
        "推进项目化、市场化、规范化和典型引路。",
        "此外，在机关大院内和楼道设置醒目宣传栏。",
        "要加强公路隧道和桥梁的安全巡查。",
    ],
)
def test_no_facility_named_by_a_kind_in_general(text: str):
    assert _spans(text, "LOC") == []


def test_a_town_named_with_village_is_no_village_before_a_facility():
    text = "相关负责人赴青村镇部分行政村调研。"
    assert "青村镇" in _spans(text, "GPE")
    assert _spans(text, "LOC") == []
