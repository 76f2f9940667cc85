"""PERSON, TITLE and HOLDS_TITLE on real pages (session 45, helper titles47): made-up sentences in
the forms the real pages write, invented names and places, never the pages' text.

- a province (or a prefecture) written before a lower place's post: the outer place is a GPE of
  its own, the TITLE starts at the place the post belongs to (湖南省某某市市委书记 -> 湖南省 +
  某某市市委书记), as both sets of annotators of the real pages (f45, f46) tag it; the person
  links to the shorter TITLE, in a speaker frame too (gpe.outer_place).
"""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest
from tests.preannotate_support import holds_texts as _holds
from tests.preannotate_support import labelled_spans as _spans


def _tagged(text: str) -> list[tuple[str, str]]:
    return [(lab, t) for lab, t in _spans(text) if lab in ("TITLE", "PERSON", "GPE")]


@pytest.mark.parametrize(
    "text, places, title",
    [
        ("7月2日，湖南省岚江市市委书记周立新到城区检查创城工作。", ["湖南省"], "岚江市市委书记"),
        ("7月2日，湖南省岚江县委书记周立新到城区检查创城工作。", ["湖南省"], "岚江县委书记"),
        ("7月2日，甘肃省岚川州委书记周立新到城区检查创城工作。", ["甘肃省"], "岚川州委书记"),
        ("7月2日，湖南省资兴市副市长周立新到城区检查创城工作。", ["湖南省"], "资兴市副市长"),
        # a province and a prefecture before a district's post: the province a GPE, the
        # prefecture in the title (every such title of the pooled dev gold of session 47 keeps
        # the city: tests/test_preannotate_misc49_s47.py; misc49)
        (
            "7月2日，山西省晋中市岚溪区委书记周立新到城区检查。",
            ["山西省"],
            "晋中市岚溪区委书记",
        ),
        # a province's bare name before a county's committee with no name of its own
        ("湖北县委书记、县级总林长周立新到乡镇开展巡林工作。", ["湖北"], "县委书记"),
    ],
)
def test_the_place_above_the_post_s_own_is_a_gpe_of_its_own(
    text: str, places: list[str], title: str
) -> None:
    got = _tagged(text)
    assert [t for lab, t in got if lab == "GPE"][: len(places)] == places
    assert ("TITLE", title) in got
    assert ("周立新", title) in _holds(text)
    assert not any(t.startswith(places[0]) for lab, t in got if lab == "TITLE")


def test_the_shorter_title_in_a_speaker_frame() -> None:
    text = "会上，湖南省岚江县委书记周立新强调，各级各部门要压实责任，抓好整改落实。"
    assert ("GPE", "湖南省") in _tagged(text)
    assert _holds(text) == {("周立新", "岚江县委书记")}
    sug = suggest(text)
    issued = [
        (sug.spans[h].label, sug.spans[t].text) for ty, h, t in sug.relations if ty == "ISSUED_BY"
    ]
    assert issued == [("DIRECTIVE", "周立新")]


def test_a_chain_of_posts_keeps_its_other_posts() -> None:
    text = "湖南省岚江市市委常委、常务副市长周立新出席会议。"
    assert _holds(text) == {("周立新", "岚江市市委常委"), ("周立新", "常务副市长")}
    assert ("GPE", "湖南省") in _tagged(text)


@pytest.mark.parametrize(
    "text, title",
    [
        # the place the post belongs to stays in it
        ("7月2日，湖南省委书记周立新到城区检查创城工作。", "湖南省委书记"),
        ("7月2日，岚江市市委书记周立新到城区检查创城工作。", "岚江市市委书记"),
        ("7月2日，湖南省副省长周立新到城区检查创城工作。", "湖南省副省长"),
        ("7月2日，湖南省政府副省长周立新到城区检查创城工作。", "湖南省政府副省长"),
        # a county whose name is a province's with 县 (河南县) is the county itself
        ("7月2日，河南县委书记周立新到城区检查创城工作。", "河南县委书记"),
        # 中共 before the places belongs to the committee: the title stays whole
        ("7月2日，中共湖南省岚江县委书记周立新到城区检查。", "中共湖南省岚江县委书记"),
        # a county (or a city of county rank) before its town's post stays in it: no gold shows
        # that form apart
        ("7月2日，宝应县青禾镇党委书记周立新到村里检查。", "宝应县青禾镇党委书记"),
        ("7月2日，辉县市青禾镇党委书记周立新到村里检查。", "辉县市青禾镇党委书记"),
        # a body named with its province (a zone of the province) keeps it
        ("湖北省自贸区及海关监管区专委会办公室主任周立新讲话。", None),
        # the city's bureau and its county branch: one body, no place to cut
        ("会上，晋中市生态环境局岚溪县分局局长周立新讲话。", "晋中市生态环境局岚溪县分局局长"),
    ],
)
def test_the_post_s_own_place_stays_in_the_title(text: str, title: str | None) -> None:
    got = _tagged(text)
    if title is not None:
        assert ("TITLE", title) in got
        assert ("周立新", title) in _holds(text)
    assert not any(lab == "GPE" and t in ("湖北省", "晋中市") for lab, t in got)


# --- the names after a title, and what is no name there


@pytest.mark.parametrize(
    "text, names",
    [
        # the list's last name closed by a verb no follower list holds
        ("镇党委书记柯立新，副镇长袁文华、岳建国参与督导工作。", ["袁文华", "岳建国"]),
        # two names joined by 和 after one title
        ("副镇长吴培新和张洪亮分别就农村和城镇的防汛工作作了部署。", ["吴培新", "张洪亮"]),
    ],
)
def test_the_last_name_of_a_list_after_a_title_holds_it(text: str, names: list[str]) -> None:
    holds = _holds(text)
    assert {(n, "副镇长") for n in names} <= holds


@pytest.mark.parametrize(
    "text, holds",
    [
        # 和 before a further title: that name holds its own title
        ("副县长周立新和县委常委王立平出席。", {("周立新", "副县长"), ("王立平", "县委常委")}),
        # 和 before a body's words: no name (师机关)
        ("师党委常委、副政委周立新和师机关相关部门负责人参加。", None),
        # 和 before a common noun: no name
        ("副县长周立新和乡镇干部座谈。", {("周立新", "副县长")}),
    ],
)
def test_no_further_name_where_the_list_does_not_go_on(
    text: str, holds: set[tuple[str, str]] | None
) -> None:
    got = _holds(text)
    if holds is not None:
        assert got == holds
    persons = [t for lab, t in _tagged(text) if lab == "PERSON"]
    assert persons == ["周立新"] + ([] if holds is None else [p for p, _ in holds if p != "周立新"])


@pytest.mark.parametrize(
    "text",
    [
        # posts held by nobody named: a conjunction or an adverb after them is no surname
        "有十个县是县委书记、县长齐上阵，带队检查的。",
        "当即对青禾乡书记和乡长进行诫勉谈话。",
    ],
)
def test_a_conjunction_or_an_adverb_after_a_post_opens_no_name(text: str) -> None:
    got = _tagged(text)
    assert not any(lab == "PERSON" for lab, _ in got), got
    assert _holds(text) == set()


def test_a_name_ending_a_county_name_ends_it_no_longer() -> None:
    # (永丰县 ends with 丰县, a county of a one-character name: the longer county is read)
    text = "林业局局长周立新，永丰县委副书记、县长王立平参加。"
    assert ("王立平", "永丰县委副书记") in _holds(text)
    # the county of a one-character name alone stays read (after a clause word)
    text = "会议由磁县卫健委主任周立新主持。"
    assert _holds(text) == {("周立新", "磁县卫健委主任")}


# --- inspection groups, ranks with their grade, a surname and a post


@pytest.mark.parametrize(
    "text, title",
    [
        ("会上，省委巡视第三组组长柯立高反馈巡视情况。", "省委巡视第三组组长"),
        ("会上，市委第二巡回督导组副组长柯立高讲话。", "市委第二巡回督导组副组长"),
        ("会上，县委巡察整改督查组组长柯立高指出问题。", "县委巡察整改督查组组长"),
        ("会上，县委第四巡察组常务副组长柯立高讲话。", "县委第四巡察组常务副组长"),
        ("会上，正处级巡视员柯立高宣读了反馈意见。", "正处级巡视员"),
        ("会上，副处级调研员柯立高宣读了反馈意见。", "副处级调研员"),
    ],
)
def test_a_group_s_head_and_a_graded_rank_are_titles(text: str, title: str) -> None:
    assert _holds(text) == {("柯立高", title)}


def test_a_graded_rank_before_a_list_of_names() -> None:
    text = "巡视组组长柯立高，副处级巡视员岳立坤、詹立出席会议。"
    assert {("岳立坤", "副处级巡视员"), ("詹立", "副处级巡视员")} <= _holds(text)


def test_the_generic_grade_is_no_title() -> None:
    # (a grade alone, or cadres of a grade, hold no post)
    text = "全县正处级干部参加会议。"
    assert not any(lab == "TITLE" for lab, _ in _tagged(text))


@pytest.mark.parametrize("post", ["厅长", "处长", "会长", "行长"])
def test_a_surname_and_a_post_opening_a_clause(post: str) -> None:
    text = f"在市民健身中心，项{post}一行察看了积水情况。"
    assert _holds(text) == {("项", post)}
    assert ("PERSON", "项") in _tagged(text)


def test_a_word_ending_in_a_post_s_characters_is_no_surname() -> None:
    text = "，银行长期以来支持地方发展。"
    assert _tagged(text) == []


# --- names of the minorities after a post, the conference's full name, a system named by a post


@pytest.mark.parametrize(
    "text, name, title",
    [
        ("旗政府办公室副主任塔米尔一行到旗林业和草原局督导检查。", "塔米尔", "旗政府办公室副主任"),
        ("旗委副书记额尔德木图出席会议。", "额尔德木图", "旗委副书记"),
        ("会上，县委副书记艾尼瓦尔强调，要抓好落实。", "艾尼瓦尔", "县委副书记"),
        ("副县长阿依努尔主持会议。", "阿依努尔", "副县长"),
    ],
)
def test_a_minority_name_after_a_post(text: str, name: str, title: str) -> None:
    assert _holds(text) == {(name, title)}


def test_a_name_part_that_is_a_word_alone_is_no_name() -> None:
    # (哈达, a scarf and a town's name, is no part listed; a part of two needs another)
    assert _tagged("献上洁白的哈达。") == []


def test_the_conference_s_full_name_before_its_posts() -> None:
    text = "9月7日，政协岚江县委员会党组书记、主席杨立春带领调研组来到青禾镇。"
    assert _holds(text) == {("杨立春", "政协岚江县委员会党组书记"), ("杨立春", "主席")}
    # the body alone stays an ORG, no title
    text = "政协岚江县委员会召开常委会议。"
    assert not any(lab == "TITLE" for lab, _ in _tagged(text))


def test_a_system_named_by_a_post_holds_no_name() -> None:
    # (网格长管理: the grid heads' system; 管理 is no surname and a given name)
    text = "全面推行信息员、护林员、网格长管理，以严考核倒逼真落实。"
    got = _tagged(text)
    assert not any(lab in ("PERSON", "TITLE") for lab, _ in got), got
    # a name that is a rarer word stays a name after a post
    assert _holds("副县长黄河、县长高峰出席。") == {("黄河", "副县长"), ("高峰", "县长")}


# --- what closes a name after a title; a body's name before its post


@pytest.mark.parametrize(
    "text, name, title",
    [
        # 的 right after the name
        ("会上，城东街道党工委书记池立平的话掷地有声。", "池立平", "城东街道党工委书记"),
        ("听取了县防汛指挥部指挥长柯立斌的情况汇报。", "柯立斌", "县防汛指挥部指挥长"),
        # a frequent word starting inside the longer reading (特别), the name of two before it
        ("对此，市委副书记、代市长林铎特别关注，指示各区抓好落实。", "林铎", "代市长"),
    ],
)
def test_the_word_after_the_name_closes_it(text: str, name: str, title: str) -> None:
    assert (name, title) in _holds(text)


@pytest.mark.parametrize(
    "text",
    [
        # a place's post read across a river's name: no name (长江 is no 长 + name)
        "三峡工程建成后，湖北省长江堤防防洪能力有了较大提升。",
        # a post and 的 with no name between
        "镇长的职责是什么。",
        # a word of the dictionary before the verb is no name (安排部署)
        "镇长安排部署了下一步工作。",
    ],
)
def test_no_name_where_none_is_written(text: str) -> None:
    assert not any(lab == "PERSON" for lab, _ in _tagged(text))


def test_a_quoted_word_inside_a_body_s_name_after_its_level() -> None:
    text = "在听取市“三湖”地区防汛分指挥部指挥长柯立斌的情况汇报后，要求抓好落实。"
    assert _holds(text) == {("柯立斌", "市“三湖”地区防汛分指挥部指挥长")}
    # the quoted word is no SLOGAN of its own inside the title
    assert not any(lab == "SLOGAN" for lab, _ in _spans(text))


@pytest.mark.parametrize(
    "text, title",
    [
        ("综合行政执法队常务副队长王立新表示，燃气安全无小事。", "综合行政执法队常务副队长"),
        ("县应急救援队队长王立新带队检查。", "县应急救援队队长"),
        ("应急管理局局长王立新表示，要守牢底线。", "应急管理局局长"),
    ],
)
def test_a_team_or_a_body_opening_with_a_field_word(text: str, title: str) -> None:
    assert _holds(text) == {("王立新", title)}


@pytest.mark.parametrize(
    "text, post",
    [
        ("要认真落实张区长关于街道工作的指示与要求。", "区长"),
        ("会议传达了周书记的讲话精神。", "书记"),
        ("听取了岳局长的工作汇报。", "局长"),
    ],
)
def test_a_surname_and_a_post_after_a_verb_taking_their_words(text: str, post: str) -> None:
    got = _tagged(text)
    assert ("TITLE", post) in got
    assert len(_holds(text)) == 1


def test_no_surname_where_a_post_names_a_system_after_the_verb() -> None:
    assert _tagged("要认真落实主任责任制。") == []


# --- roles of the grid and groups of people before a post, no names


@pytest.mark.parametrize(
    "text",
    [
        "明确工作职责，配齐党小组长、楼组长、单元长等网格信息员。",
        "全体村两委干部、各村民组长、党员代表参加会议。",
    ],
)
def test_a_role_of_the_grid_is_no_surname_and_post(text: str) -> None:
    got = _tagged(text)
    assert not any(lab in ("PERSON", "TITLE") for lab, _ in got), got


def test_a_group_of_people_joined_by_he_before_a_post_is_no_name() -> None:
    text = "青禾村党总支书记王立明和村民组长及种植大户签订了责任书。"
    assert [t for lab, t in _tagged(text) if lab == "PERSON"] == ["王立明"]
    assert _holds(text) == {("王立明", "青禾村党总支书记")}


def test_the_surname_lou_before_other_posts_stays_read() -> None:
    text = "会上，楼书记强调，要抓好落实。"
    assert _holds(text) == {("楼", "书记")}


def test_the_host_of_a_delegation_opening_a_headline() -> None:
    text = "欧阳立会见岚江市委考察团一行\n5月3日，两地座谈交流合作事宜。"
    assert ("PERSON", "欧阳立") in _tagged(text)
    # a word before 会见 is no name
    assert _tagged("双方亲切会见了考察团一行。") == []
