"""The posts of a systematic grammar (persons21, issue 16): the state's posts, a government head's
assistant, autonomous prefectures, counties and banners with their peoples, a bureau's head
written short, the civil service's clerk grades, the campaign headquarters' heads and the grid's
posts written bare, a leading group's deputies, names in brackets after a unit's bare post.
Sentences, names and places are made up."""

from __future__ import annotations

import pytest

from tests.preannotate_support import spans_and_holds as _out

_NAME = "韩立峰"

# (post, the TITLE expected): in the frames below, with the name after or before it
_POSTS = [
    ("国务院副总理", "国务院副总理"),
    ("全国人大常委会副委员长", "全国人大常委会副委员长"),
    ("国务委员", "国务委员"),
    ("中宣部副部长", "中宣部副部长"),
    ("省长助理", "省长助理"),
    ("县长助理", "县长助理"),
    ("自治县县长", "自治县县长"),
    ("自治县县委书记", "自治县县委书记"),
    ("市住建局长", "市住建局长"),
    ("县公安局长", "县公安局长"),
    ("四级主任科员", "四级主任科员"),
    ("副主任科员", "副主任科员"),
    ("总指挥", "总指挥"),
    ("常务副指挥长", "常务副指挥长"),
    ("村监委会主任", "村监委会主任"),
    ("网格长", "网格长"),
    ("驻村第一书记", "驻村第一书记"),
]
_FRAMES = [
    "{post}{name}出席会议并讲话。",
    "会议由{post}{name}主持。",
    "{post}{name}强调，要巩固创建成果。",
    "出席会议的有{name}（{post}）、郑晓燕（副市长）。",
]


@pytest.mark.parametrize("frame", _FRAMES)
@pytest.mark.parametrize(("post", "title"), _POSTS)
def test_a_post_of_the_grammar_and_its_name(frame: str, post: str, title: str) -> None:
    text = frame.format(post=post, name=_NAME)
    spans, holds = _out(text)
    assert (_NAME, "PERSON") in spans, spans
    assert (title, "TITLE") in spans, spans
    assert (_NAME, title) in holds, holds


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a people's name of three characters, two peoples, a stem no list of divisions holds
        ("湘江土家族苗族自治州州长韩立峰出席会议。", None),
        ("湘西土家族苗族自治州州长韩立峰出席会议。", "湘西土家族苗族自治州州长"),
        ("延边朝鲜族自治州副州长韩立峰出席会议。", "延边朝鲜族自治州副州长"),
        ("会议由红河哈尼族彝族自治州副州长韩立峰主持。", "红河哈尼族彝族自治州副州长"),
        # the people's name is the banner's own
        ("鄂伦春自治旗旗长韩立峰出席。", "鄂伦春自治旗旗长"),
        ("鄂温克族自治旗旗委书记韩立峰出席。", "鄂温克族自治旗旗委书记"),
    ],
)
def test_an_autonomous_units_full_name_joins_its_post(text: str, title: str | None) -> None:
    spans, _ = _out(text)
    assert (_NAME, "PERSON") in spans, spans
    if title is not None:
        assert (title, "TITLE") in spans, spans


def test_a_clause_word_before_a_community_is_no_part_of_its_post() -> None:
    spans, holds = _out("会议由社区书记韩立峰主持。")
    assert ("社区书记", "TITLE") in spans, spans
    assert not any(t.startswith("会议") for t, _ in spans), spans


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("中共中央政治局委员、国务院副总理韩立峰致信祝贺。", _NAME, "国务院副总理"),
        ("邻国驻华大使韩立峰，市委书记郑晓燕参加会见。", _NAME, "驻华大使"),
        ("我国驻邻国特命全权大使韩立峰观看演出。", _NAME, "特命全权大使"),
        ("县委常委、副县长、县长助理韩立峰出席。", _NAME, "县长助理"),
        ("指挥部总指挥韩立峰、副总指挥郑晓燕出席。", "郑晓燕", "副总指挥"),
        ("组长韩立峰，副组长郑晓燕、王海出席。", "郑晓燕", "副组长"),
        ("局长、党组书记韩立峰主持会议。", _NAME, "党组书记"),
        ("社区网格员韩立峰参加活动。", _NAME, "社区网格员"),
        ("。网格员韩立峰介绍情况。", _NAME, "网格员"),
        ("韩立峰（局党组书记）主持会议。", _NAME, "局党组书记"),
    ],
)
def test_posts_of_the_state_the_campaign_and_the_grid(text: str, name: str, title: str) -> None:
    spans, holds = _out(text)
    assert (name, "PERSON") in spans, spans
    assert (name, title) in holds, holds


def test_a_premier_after_the_name_is_that_names_post() -> None:
    # a post written after the name is no title before a further word (强调 is no name); since
    # session 33 it is the post of the name before it, as 某某总书记 (the golds of dev35)
    spans, holds = _out("韩立峰总理强调要加强协调。")
    assert (_NAME, "总理") in holds, holds
    assert [t for t, lab in spans if lab == "PERSON"] == [_NAME], spans


@pytest.mark.parametrize(
    "text",
    [
        "各小组组长要负起责任。",
        # no bare 大使: an image ambassador of the campaign is no post
        "文明形象大使韩梅梅走进社区。",
        # 局长期: no bureau's head inside words
        "市场监管局长期坚持检查。",
    ],
)
def test_no_title_where_the_post_is_written_after_a_name_or_inside_words(text: str) -> None:
    spans, _ = _out(text)
    assert not any(lab == "TITLE" and t in ("总理", "组长", "大使") for t, lab in spans), spans
    assert ("市场监管局长", "TITLE") not in spans, spans


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the democratic parties' committees of a level: the party's name belongs to the post
        ("民革青山市委会副主委韩立峰带队调研。", "民革青山市委会副主委"),
        ("九三学社青山市委副主委韩立峰出席。", "九三学社青山市委副主委"),
        ("农工党江北省委副主委韩立峰出席。", "农工党江北省委副主委"),
        ("民建市委会秘书长韩立峰出席。", "民建市委会秘书长"),
    ],
)
def test_a_democratic_partys_post(text: str, title: str) -> None:
    spans, holds = _out(text)
    assert (_NAME, title) in holds, spans


def test_a_bureau_written_short_before_its_own_post_is_no_name() -> None:
    spans, _ = _out("旗民宗局一行到乡里调研。市民宗局副局长等陪同。")
    assert not [t for t, lab in spans if lab == "PERSON"], spans


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        # an academic rank written after the name, after its titles or alone before an act
        ("青山学院党委副书记、院长韩立峰教授、郑晓燕博士出席。", _NAME, {"院长", "教授"}),
        ("青山大学校长韩立峰教授、特聘专家郑晓燕教授带队调研。", "郑晓燕", {"教授"}),
    ],
)
def test_an_academic_rank_after_the_name(text: str, name: str, titles: set[str]) -> None:
    _, holds = _out(text)
    assert {(name, t) for t in titles} <= holds, holds


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # 蒙古 is a people's name only where no 内 opens the region's own name
        ("内蒙古自治区党委常委、宣传部部长韩立峰出席。", "内蒙古自治区党委常委"),
        ("内蒙古自治区人民政府副主席韩立峰出席。", "内蒙古自治区人民政府副主席"),
        # a clause word is no part of a body named by its kind
        ("考察团一行在州委书记韩立峰的陪同下参观。", "州委书记"),
    ],
)
def test_the_place_or_clause_before_a_post(text: str, title: str) -> None:
    spans, holds = _out(text)
    assert (_NAME, title) in holds, spans


def test_a_chain_holds_for_a_name_read_after_a_later_chain() -> None:
    spans, holds = _out("会上，各单位与市长韩立峰签订了责任书。会议由市长韩立峰主持。")
    assert [t for t, lab in spans if lab == "PERSON"] == [_NAME, _NAME], spans
    assert [t for t, lab in spans if lab == "TITLE"] == ["市长", "市长"], spans


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the ethnic affairs commission, its own party committee, the delegation it sends
        (
            "全国人大民委、国家民委祝贺团团长，国家民委直属机关党委副书记韩立峰致辞。",
            "国家民委祝贺团团长",
        ),
        (
            "全国人大民委、国家民委祝贺团团长，国家民委直属机关党委副书记韩立峰致辞。",
            "国家民委直属机关党委副书记",
        ),
        ("省民委主任韩立峰出席。", "省民委主任"),
    ],
)
def test_the_ethnic_affairs_commission_and_its_delegation(text: str, title: str) -> None:
    _, holds = _out(text)
    assert (_NAME, title) in holds, holds


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a list of names opening a clause, closed by the leaders' act or by the counted bodies
        ("。韩立峰、郑晓燕、王海分别参加调研。", {"韩立峰", "郑晓燕", "王海"}),
        ("，韩立峰、郑晓燕、王海等出席会议。", {"韩立峰", "郑晓燕", "王海"}),
        ("韩立峰、郑晓燕、王海等市四班子领导出席。", {"韩立峰", "郑晓燕", "王海"}),
        # places or bodies in the same frame are no names
        ("王家村、李家村分别参加。", set()),
        ("教育局、卫健局等参加会议。", set()),
    ],
)
def test_a_bare_list_of_leaders_before_their_act(text: str, names: set[str]) -> None:
    spans, _ = _out(text)
    assert {t for t, lab in spans if lab == "PERSON"} == names, spans
