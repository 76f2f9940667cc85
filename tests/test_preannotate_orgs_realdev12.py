"""ORG forms from the realgold11 pages (session 12, issue 16; GUIDELINES.md: a named body and an
outlet are ORG, a name inside a longer one is not tagged). Made-up sentences in the genre's
forms; the positive cases fail on the rules before this session."""

from __future__ import annotations

from preannotate_support import entity_set


def test_a_meeting_of_the_heads_of_an_office_keeps_the_office():
    # 主任会: the heads' meeting is named after the body; 主任 opens no post here
    found = entity_set("5月6日，漳州市文明办主任会暨创建工作推进会在龙海召开。")
    assert ("漳州市文明办", "ORG") in found
    assert ("漳州市", "GPE") not in found


def test_a_meeting_of_heads_written_with_huiyi():
    assert ("县文明办", "ORG") in entity_set("县文明办主任会议在县委党校举行。")


def test_the_head_of_an_office_meeting_a_guest_is_still_a_post():
    # 会见: the holder's act; the body opens a post with no name, and nothing is an ORG
    found = entity_set("市文明办主任会见了考察团一行。")
    assert ("市文明办", "ORG") not in found


def test_an_outlet_credited_as_author():
    found = entity_set("来源：青禾新闻 作者：青禾湖网\n昨天下午，青禾区召开推进会。")
    assert ("青禾湖网", "ORG") in found


def test_a_person_credited_as_author_is_no_outlet():
    found = entity_set("来源：青禾新闻 作者：王小明\n")
    assert not any(t.startswith("王") and lab == "ORG" for t, lab in found)


def test_the_offices_of_the_whole_country_meeting_are_no_body():
    for text in ("贯彻落实全国文明办主任会议精神，总结工作。", "传达了全省文明办主任会议精神。"):
        assert not any(lab == "ORG" for _, lab in entity_set(text))


def test_a_bare_place_before_the_campaigns_group():
    # 普洱创建…指挥部: the place's bare name opens the group's name (no GPE inside it)
    for text, org in (
        ("漳州创建全国文明城市指挥部第五次会议召开\n", "漳州创建全国文明城市指挥部"),
        ("会议由龙海创建全国文明城市领导小组主持。", "龙海创建全国文明城市领导小组"),
    ):
        found = entity_set(text)
        assert (org, "ORG") in found
        assert not any(lab == "GPE" for _, lab in found)


def test_a_campaign_verb_after_an_adverb_is_no_place():
    found = entity_set("全力创建全国文明城市指挥部召开会议。")
    assert ("创建全国文明城市指挥部", "ORG") in found


def test_a_committees_lecture_group_is_one_body():
    found = entity_set("昨日，省委宣讲团举行宣讲报告会，市委书记出席。")
    assert ("省委宣讲团", "ORG") in found
    assert ("省委", "ORG") not in found
