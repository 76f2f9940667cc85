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
