"""Session 40 (attrib40): DIRECTIVE spans and ISSUED_BY on forms read on dev41 and the wide pages.
Made-up sentences, invented names."""

from __future__ import annotations

from directive_helpers import directives, issued


def test_an_announced_speech_speaks_the_requirements_after_it_while_nobody_else_speaks():
    # 甲出席会议并讲话。乙主持会议。领导丙、丁出席会议。(paragraph) …已进入关键阶段，要…；要…:
    # both golds of dev41 give them to 甲 (relation.issued_by.announced_sole, on by default)
    text = (
        "4月1日，某某县召开创建工作推进会。县委书记王立强出席会议并讲话。"
        "县委副书记、县长张文华主持会议。县领导李明、赵刚出席会议。\n"
        "创建工作已进入关键阶段，要压实责任；要补齐短板，确保全面达标。"
    )
    assert issued(text) == [("要压实责任", "王立强"), ("要补齐短板，确保全面达标", "王立强")]


def test_another_named_speaker_in_between_leaves_the_announced_speech_to_the_opt_in_rule():
    # …出席会议并讲话。…主持会议。会上，丙通报了…。(paragraph) 要…: someone else spoke since
    text = (
        "4月1日，某某县召开创建工作推进会。县委书记王立强出席会议并讲话。"
        "县委副书记、县长张文华主持会议。会上，副县长赵刚通报了创建工作进展情况。\n"
        "创建工作已进入关键阶段，要压实责任；要补齐短板，确保全面达标。"
    )
    assert issued(text) == []
    assert issued(text, announced=True) == [
        ("要压实责任", "王立强"),
        ("要补齐短板，确保全面达标", "王立强"),
    ]
    # guard: what was said by a name (…传达了某某的讲话精神) is no one speaking
    text = (
        "县委书记王立强出席会议并讲话。会议传达了省委书记陈海东的讲话精神。\n"
        "各乡镇要压实责任，抓好整改。"
    )
    assert issued(text) == [("各乡镇要压实责任，抓好整改", "王立强")]


def test_a_photo_caption_of_a_speech_announces_nothing():
    # 县委书记某某作重要讲话 alone on its line, no stop: a picture's caption above the report
    text = (
        "会议现场\n县委书记王立强作重要讲话\n"
        "4月1日，某某县召开创建工作推进会。全县上下要振奋精神，为夺取创建新胜利而努力奋斗。"
    )
    assert issued(text) == []
    assert issued(text, announced=True) == []


def test_a_meetings_purpose_is_no_requirement():
    # 召开这次会议，目的就是要… / 主要目的就是要… / 其最终目的是要…: what it is for, asserted
    for text in (
        "今天召开动员大会，目的就是要进一步统一思想，凝聚全县力量。",
        "今天召开推进会，主要目的就是要号召全县上下迅速进入实战状态。",
        "设立互助社的最终目的是要为群众服好务。",
    ):
        assert directives(text) == [], text
    # guard: a requirement after the purpose is read
    text = "召开这次会议，目的就是要统一思想。各单位要压实责任。"
    assert directives(text) == ["各单位要压实责任"]


def test_a_pages_comment_form_and_notices_are_no_requirement():
    text = (
        "会议要求，各单位要压实责任，抓好整改。\n\n评论留言\n\n我要留言\n\n"
        "◎欢迎参与讨论，请在这里发表您的看法、交流您的观点。"
        "【所有评论需要人工审核后才能显示，请勿发布垃圾资讯】\n"
        "更多精彩内容请关注\n"
        "特别声明：以上文章内容仅代表作者本人观点。如有关于作品内容、版权或其它问题请与本网联系。\n"
        "1、未经本网许可，任何人不得非法使用本网自有版权作品。"
    )
    assert directives(text) == ["各单位要压实责任，抓好整改"]
    # a flattened page's links to its neighbours end its last sentence: that sentence only
    text = (
        "会上，县委书记王立强强调，各单位要压实责任，抓好整改。"
        "预览时标签不可点收录于话题#个上一篇下一篇"
    )
    assert directives(text) == ["各单位要压实责任，抓好整改"]
    # guard: a requirement on the public's messages stays
    text = "会议要求，各部门要及时回复群众留言，认真办理群众诉求。"
    assert directives(text) == ["各部门要及时回复群众留言，认真办理群众诉求"]


def test_a_meeting_that_relays_a_leaders_words_in_its_setting_speaks_itself():
    # 会议在传达学习某某总书记…重要指示精神时强调，要…: the meeting's frame, nobody named
    for lead in (
        "会议在传达学习习近平总书记对党纪学习教育的重要指示精神时强调，",
        "会议在传达学习省委书记陈海东在全省会议上的讲话精神时强调，",
    ):
        text = "9月3日，县长王立强主持召开县政府党组会议。\n" + lead + "要持续深入学习贯彻。"
        assert directives(text) == ["要持续深入学习贯彻"]
        assert issued(text) == []
    # guard: a name opening its own clause after the meeting's scene still speaks
    text = "会议在县会堂召开，县委书记王立强在讲话中强调，各单位要压实责任。"
    assert issued(text) == [("各单位要压实责任", "王立强")]


def test_points_counted_at_a_paragraphs_end_are_the_next_paragraphs_clauses():
    # …就做好…工作提出三点要求：(paragraph) 提高…；落实…；压实…。 (no number, no marker): each
    # ；-clause one point, the speaker's (both golds of dev41)
    text = (
        "4月1日，某某街道召开安全工作会议。\n"
        "会议最后，街道党工委书记张立新就做好夏季安全工作提出三点要求：\n"
        "提高政治站位，提升安全意识；落实上级要求，紧盯隐患问题；压实工作责任，确保落实到位。"
    )
    assert issued(text) == [
        ("提高政治站位，提升安全意识", "张立新"),
        ("落实上级要求，紧盯隐患问题", "张立新"),
        ("压实工作责任，确保落实到位", "张立新"),
    ]
    # guard: numbered points read as before
    text = text.replace("\n提高", "\n一是提高").replace("；落实", "；二是落实")
    assert directives(text)[:2] == ["提高政治站位，提升安全意识", "落实上级要求，紧盯隐患问题"]


def test_a_continuation_may_open_with_thoroughly():
    # 会议强调，…，要…。彻底排查…，认真制定…: 彻底 opens an imperative as 切实 does
    text = (
        "会议强调，要进一步提高政治站位，时刻紧绷安全生产这根弦。"
        "彻底排查安全生产风险隐患，认真制定风险防控措施，坚决守住安全底线。"
    )
    assert directives(text) == [
        "要进一步提高政治站位，时刻紧绷安全生产这根弦",
        "彻底排查安全生产风险隐患，认真制定风险防控措施，坚决守住安全底线",
    ]
