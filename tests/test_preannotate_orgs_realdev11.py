"""ORG forms from the realdev11 pages (session 11, issue 16; GUIDELINES.md: outlets are ORG, a
name inside a longer one is not tagged). Made-up sentences in the genre's forms; the positive
cases fail on the rules before this session."""

from __future__ import annotations

from preannotate_support import entity_set


def test_a_body_of_a_city_whose_name_ends_in_a_word_with_its_level():
    # 成都市: 都市 is a word, but the gazetteer knows the city
    found = entity_set("4月21日上午，成都市文明办召开片区座谈会。")
    assert ("成都市文明办", "ORG") in found
    assert ("成都市", "GPE") not in found


def test_a_metropolis_is_still_no_level():
    assert not any(lab == "ORG" for _, lab in entity_set("要打造国际化大都市文明办事环境。"))


def test_the_source_field_with_a_space_or_a_bar():
    text = (
        "推进会召开\n2022-04-01 11:33 来源： 青禾发布\n【字体：\n"
        "会议强调，各单位要压实责任。\n来源|青禾e媒\n责任编辑 |李明\n"
    )
    found = entity_set(text)
    assert ("青禾发布", "ORG") in found
    assert ("青禾e媒", "ORG") in found


def test_an_outlet_joined_by_a_middle_dot():
    found = entity_set("2019-08-16 09:14:00 来源： 青禾网·晨报新闻 作者： 王某\n")
    assert ("青禾网·晨报新闻", "ORG") in found


def test_the_official_account_in_a_credit_line():
    found = entity_set("会议作了部署。\n（新闻热线 0827-5188332 官方微信：青禾舆论场）")
    assert ("青禾舆论场", "ORG") in found


def test_accounts_named_before_their_platform():
    found = entity_set(
        "关注青禾网微信\n青禾网讯 近日，会议召开。\n文明青禾\n微信公众\n文明青禾\n抖音号\n"
    )
    assert ("青禾网", "ORG") in found
    assert ("文明青禾", "ORG") in found


def test_a_division_as_the_source_stays_a_place():
    assert ("青禾县", "GPE") in entity_set("2021-08-10 来源：青禾县\n近日，青禾县召开推进会。")


def test_an_outlets_channel_before_its_news_line():
    # （某某在线某某频道新闻热线 …）: the channel is one outlet, no place inside it
    found = entity_set("会议作了部署。\n（青禾在线柳湾频道新闻热线 0827-5188332）")
    assert ("青禾在线柳湾频道", "ORG") in found
    assert not any(lab == "GPE" for _, lab in found)
