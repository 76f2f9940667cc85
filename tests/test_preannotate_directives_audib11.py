"""Directives and their speakers: forms found by the audib11 audit of fresh real pages (session
10, issue 16). The sentences are made up in the forms seen; each test fails on the rules before
the fix it covers."""

from __future__ import annotations

from directive_helpers import directives, issued


def test_a_semicolon_before_the_next_attendees_report_ends_the_requirement():
    # …，要求要…；副镇长某某通报…；… : the clauses after the ； report what other attendees did
    # (before: the span ran on over them)
    text = (
        "会上，镇党委委员周明远汇报了近期整治进展，要求要严格对照标准，做到不留死角；"
        "副镇长许海峰通报督查发现的问题；镇纪委书记贺立群通报整改情况。"
    )
    assert directives(text) == ["要严格对照标准，做到不留死角"]
    assert issued(text) == [("要严格对照标准，做到不留死角", "周明远")]
    # a ； clause with its own addressee and no name stays in the requirement
    text = "县长刘振声要求，各乡镇要加快清理进度；环卫所配合做好转运，确保不留死角。"
    assert directives(text) == ["各乡镇要加快清理进度；环卫所配合做好转运，确保不留死角"]


def test_a_heading_that_says_where_the_point_lies_is_no_requirement():
    # 一是重在态度。 / 二是贵在坚持。 (before: each heading was a requirement of the list)
    text = (
        "下面我提几点要求：\n一是重在态度。各村要把环境整治当作日常工作来抓。\n"
        "二是贵在坚持。要逐项对账销号，做到问题清零。\n三是加强督查，严格考核。"
    )
    assert directives(text) == [
        "各村要把环境整治当作日常工作来抓",
        "要逐项对账销号，做到问题清零",
        "加强督查，严格考核",
    ]


def test_a_bare_requirement_opening_a_sentence_takes_any_addressee_of_requirement():
    # …进行最后检查。并要求社区做好… (before: no requirement, 社区 was not read as its addressee)
    text = (
        "8月3日，西岭街道召开迎检部署会。各科室对所包片区进行了最后检查。"
        "并要求社区做好入户走访准备，落实好志愿者名单。"
    )
    assert directives(text) == ["社区做好入户走访准备，落实好志愿者名单"]
    assert issued(text) == []


def test_the_dots_where_a_page_cut_its_text_stay_out_of_the_requirement():
    # …纵向到底... (a mirror that cuts the speech short; before: the dots were in the span)
    text = "二是要对照细则逐条过筛，构建横向到边、纵向到底...\n（登录后阅读全文）"
    assert directives(text) == ["要对照细则逐条过筛，构建横向到边、纵向到底"]
    text = "副区长陶嘉禾强调，各街道要压实责任，把问题解决在一线……"
    assert directives(text) == ["各街道要压实责任，把问题解决在一线"]


def test_a_glued_proposal_with_its_marker_names_the_subject():
    # 某某到…参加座谈会，听取了…，提出要… (before: the requirement had no speaker)
    text = (
        "3日下午，市委副书记、市长洪立川到东门街参加“我为创文献一策”座谈会，"
        "听取了居民代表的意见，提出要广泛凝聚共识，人人参与创建。"
    )
    assert issued(text) == [("要广泛凝聚共识，人人参与创建", "洪立川")]
    # 提出要求 is the request's own frame, not a marker of what was put forward
    text = "区长方志远听取汇报后，提出要求：一要压实责任；二要加快整改。"
    assert directives(text) == ["一要压实责任", "二要加快整改"]


def test_a_bare_requirement_takes_a_place_or_people_in_the_plural_as_addressee():
    # 他要求代表们凝聚… / 某某要求东门街组织… (before: no requirement, or no speaker)
    text = (
        "座谈会上，市长洪立川听取了代表们的发言。他要求代表们凝聚共识，带头参与创建。"
        "洪立川要求东门街组织专门队伍深入居民家庭，做好入户宣传。"
    )
    assert issued(text) == [
        ("代表们凝聚共识，带头参与创建", "洪立川"),
        ("东门街组织专门队伍深入居民家庭，做好入户宣传", "洪立川"),
    ]


def test_understanding_asked_for_is_no_assertion():
    # …，让更多的人了解、支持… : 了解 is a word, not the 了 of a report (before: the requirement
    # that 要求 governs was dropped as an assertion)
    text = "副区长郑开源要求各社区广泛发动群众，让更多的居民了解、支持创建工作。"
    assert directives(text) == ["各社区广泛发动群众，让更多的居民了解、支持创建工作"]


def test_the_speakers_announcement_of_own_points_ends_the_requirement():
    # 请大家…抓好落实，下面，我再强调三个方面的意见： (before: the announcement was in the span)
    text = (
        "同志们：\n刚才，有关同志安排部署了整治工作，请大家按照要求，认真抓好任务落实，"
        "下面，我再强调三个方面的意见：\n第一，思想上要再重视。"
    )
    assert directives(text) == ["请大家按照要求，认真抓好任务落实", "思想上要再重视"]


def test_a_named_hope_names_its_speaker_and_keeps_hope_in_the_span():
    # 某某希望各街道… (no comma after the name; before: the name was in the span, no speaker)
    text = "区委常委、宣传部长贺云舟出席会议。贺云舟希望各街道扎实推进创建工作，建立长效机制。"
    assert issued(text) == [("希望各街道扎实推进创建工作，建立长效机制", "贺云舟")]


def test_a_notices_hope_for_those_it_names_is_a_requirement():
    # 希望被命名城市珍惜荣誉… / 希望受到表彰的单位… (before: no addressee, no requirement)
    text = "全国爱卫会决定，命名北山市等十个城市为国家卫生城市。希望被命名城市珍惜荣誉，再接再厉。"
    assert directives(text) == ["希望被命名城市珍惜荣誉，再接再厉"]
    text = "希望受到表彰的单位和个人戒骄戒躁，再创佳绩。"
    assert directives(text) == ["希望受到表彰的单位和个人戒骄戒躁，再创佳绩"]


def test_a_paragraph_tag_left_in_the_text_ends_the_sentence():
    # …共建共享、/p> 会议由…主持 (a mirror's broken </p> where the 。 was; before: the requirement
    # ran on over the next paragraph)
    text = (
        "副区长贺云舟要求各街道扎实推进创建工作，实现共建共享、/p> 会议由区文明办主任林晓主持，"
        "她就落实会议精神提出了相关要求、/p>"
    )
    assert directives(text) == ["各街道扎实推进创建工作，实现共建共享"]


def test_a_quote_opened_where_the_page_was_cut_stays_out_of_the_requirement():
    # …进一步坚定“创则必成”“ (the page ends inside the next quote; before: the “ was in the span)
    text = "区委书记莫远山强调，要持续深化思想认识，进一步坚定“创则必成”“"
    assert directives(text) == ["要持续深化思想认识，进一步坚定“创则必成”"]


def test_a_hope_for_places_counted_is_a_requirement_of_the_speaker():
    # 某某在讲话中指出，…。希望六市加强协同合作，… (before: no addressee, no requirement)
    text = (
        "副省长孔令川在讲话中指出，三市合作取得了积极进展。"
        "希望三市加强协同合作，推动产业项目跨区域布局。"
    )
    assert issued(text) == [("希望三市加强协同合作，推动产业项目跨区域布局", "孔令川")]
