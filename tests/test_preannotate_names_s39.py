"""Forms of names and posts fixed in session 39 (names39): the head of a group formed with a bare
post before the name (组成以主任某某为组长的调研组), a civil-service grade's cadres before their
names (副县级干部甲、乙), a doctrine named after one leader (毛泽东思想) where the leader's name is
read elsewhere on the page. The sentences are made up in the forms of the genre; none is a real
page's text."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest


def _read(text: str) -> tuple[list[tuple[str, str]], set[tuple[str, str]]]:
    sug = suggest(text)
    spans = [(s.label, s.text) for s in sug.spans]
    holds = {
        (sug.spans[h].text, sug.spans[t].text)
        for kind, h, t in sug.relations
        if kind == "HOLDS_TITLE"
    }
    return spans, holds


@pytest.mark.parametrize(
    ("text", "post", "name", "role"),
    [
        ("县人大常委会组成以主任柯明远为组长的调研组，深入各社区督查。", "主任", "柯明远", "组长"),
        ("市政协成立以主席段其昌为团长的视察团，对创卫工作开展视察。", "主席", "段其昌", "团长"),
        ("县住建局成立以局长滕小川为组长的工作专班。", "局长", "滕小川", "组长"),
        ("县文明办组建以常务副主任邬海宁为组长的督查组。", "常务副主任", "邬海宁", "组长"),
    ],
)
def test_a_bare_post_before_a_groups_head_is_the_heads_title(
    text: str, post: str, name: str, role: str
):
    spans, holds = _read(text)
    assert ("TITLE", post) in spans
    assert ("PERSON", name) in spans
    assert ("TITLE", role) in spans
    assert {(name, post), (name, role)} <= holds


@pytest.mark.parametrize(
    "text",
    [
        "会议要求以市长为组长的领导小组加强统筹。",
        "各单位要以责任落实为重点，推进整改。",
        "以主任委员会为依托开展工作。",
    ],
)
def test_no_head_without_a_name(text: str):
    spans, _ = _read(text)
    assert not any(label == "PERSON" for label, _ in spans)


def test_a_grades_cadres_before_their_names():
    spans, holds = _read(
        "县长卢正阳，县委副书记齐文博，副县级干部仇立新、巫春燕参加会议。会后，副县级干部"
        "仇立新对有关工作进行了安排。"
    )
    assert ("TITLE", "副县级干部") in spans
    assert spans.count(("PERSON", "仇立新")) == 2
    assert {("仇立新", "副县级干部"), ("巫春燕", "副县级干部")} <= holds


@pytest.mark.parametrize(
    "text",
    [
        "街道党工委班子成员、科级干部、社区书记30余人参加会议。",
        "要把任务落实到各县级干部和有关部门。",
        "完善科级干部包村制度，让干部在一线督导。",
        "每条街巷明确一名科级干部包保。",
        "每个社区安排两位处级干部包联。",
    ],
)
def test_a_grades_cadres_without_names(text: str):
    spans, _ = _read(text)
    assert not any(label in ("PERSON", "TITLE") for label, _ in spans)


def test_a_leaders_name_opening_a_doctrine_is_no_repeat():
    text = "毛泽东同志曾经指出。我们要学习毛泽东思想和邓小平理论。邓小平同志强调。"
    sug = suggest(text)
    persons = [(s.start, s.text) for s in sug.spans if s.label == "PERSON"]
    assert persons == [(0, "毛泽东"), (text.index("邓小平同志"), "邓小平")]


@pytest.mark.parametrize(
    ("text", "body_leaders", "names"),
    [
        ("市人大常委会领导甘立文、桑晓清参加调研。", "市人大常委会领导", ("甘立文", "桑晓清")),
        ("县文明委领导裘远木、卓国顺等出席会议。", "县文明委领导", ("裘远木", "卓国顺")),
    ],
)
def test_a_bodys_leaders_before_their_names(text: str, body_leaders: str, names: tuple[str, ...]):
    spans, holds = _read(text)
    assert ("TITLE", body_leaders) in spans
    assert {(n, body_leaders) for n in names} <= holds


def test_a_bodys_leadership_without_names():
    spans, _ = _read("坚持党委领导、政府负责的工作格局。区纪委监委领导班子成员参加。")
    assert not any(label in ("PERSON", "TITLE") for label, _ in spans)


@pytest.mark.parametrize(
    ("text", "post", "name"),
    [
        ("省长詹文涛所作的政府工作报告，鼓舞人心。", "省长", "詹文涛"),
        ("该镇镇长滕春林所做的政府工作报告获得通过。", "镇长", "滕春林"),
    ],
)
def test_a_name_before_the_report_it_gave(text: str, post: str, name: str):
    spans, holds = _read(text)
    assert ("TITLE", post) in spans
    assert (name, post) in holds


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        ("会上县扶贫办常务副主任柴继相就有关工作作了说明。", "县扶贫办常务副主任", "柴继相"),
        ("会上高新区管委会副主任单振海提出了要求。", "高新区管委会副主任", "单振海"),
        ("会后县卫健局副局长童华贞通报了情况。", "县卫健局副局长", "童华贞"),
    ],
)
def test_the_adverb_opening_the_sentence_is_no_part_of_the_title(text: str, title: str, name: str):
    spans, holds = _read(text)
    assert ("TITLE", title) in spans
    assert (name, title) in holds


@pytest.mark.parametrize(
    ("text", "chief", "name"),
    [
        ("龙溪河县级河长侯某屏到龙溪河督导巡河工作。", "县级河长", "侯某屏"),
        ("7月2日，县级副总林长、县委副书记晏某到尚坪乡开展巡林工作。", "县级副总林长", "晏某"),
        ("县长、县级总林长喻某出席会议并讲话。", "县级总林长", "喻某"),
        ("市级总河长乔某某巡河。", "市级总河长", "乔某某"),
    ],
)
def test_the_chief_of_a_levels_rivers_or_forests(text: str, chief: str, name: str):
    spans, holds = _read(text)
    assert ("TITLE", chief) in spans
    assert (name, chief) in holds


@pytest.mark.parametrize(
    "text",
    ["全面推行河长制，各级河长要加强巡河。", "村级河长每周巡河一次。", "县河长办加强督导。"],
)
def test_the_chiefs_system_names_no_one(text: str):
    spans, _ = _read(text)
    assert not any(label in ("PERSON", "TITLE") for label, _ in spans)


def test_a_verb_of_speaking_after_a_post_written_after_the_name_is_no_name():
    spans, holds = _read("镇级河长殷强书记强调，要加强巡查。县委常委官某书记指出，要抓落实。")
    assert ("PERSON", "强调") not in spans and ("PERSON", "指出") not in spans
    assert {("殷强", "书记"), ("官某", "书记")} <= holds


def test_a_citys_brand_named_by_what_it_is_the_capital_of():
    spans, _ = _read("围绕建设“美食之都”核心区，打造世界旅游目的地。")
    assert ("SLOGAN", "美食之都") in spans


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("县领导缪建引召开全县防汛调度会议。", "缪建引"),
        ("县委常委、县委办公室主任吴某，县领导邝雪山到野岗镇督导疫情防控工作。", "邝雪山"),
    ],
)
def test_one_leader_named_calling_a_meeting_or_visiting(text: str, name: str):
    spans, holds = _read(text)
    assert ("TITLE", "县领导") in spans
    assert (name, "县领导") in holds


@pytest.mark.parametrize(
    "text", ["县领导到基层调研。", "市领导包联到户。", "市级领导包社区、单位包楼栋。"]
)
def test_leaders_without_a_name(text: str):
    spans, _ = _read(text)
    assert not any(label in ("PERSON", "TITLE") for label, _ in spans)
