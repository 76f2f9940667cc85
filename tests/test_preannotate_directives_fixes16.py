"""Directives and their speakers: the forms the audib16 and audall16 audits left open (session 15,
issue 16). The sentences are made up in the forms seen; each test fails on the rules before the
fix it covers, but the guard tests, which hold before and after."""

from __future__ import annotations

from directive_helpers import directives, issued


def test_a_list_announced_by_the_one_whose_clause_glues_on_the_announcement():
    # …举行启动仪式，副县长某某主持仪式并提出三点要求：一要… (before: no edge, the sentence's
    # subject is the body holding the event)
    text = (
        "4月20日，县爱卫会举行启动仪式，县委常委、副县长钱卫东主持仪式并提出三点要求："
        "一要提高认识；二要突出重点；三是加强部门联动，形成工作合力。"
    )
    assert issued(text) == [
        ("一要提高认识", "钱卫东"),
        ("二要突出重点", "钱卫东"),
        ("加强部门联动，形成工作合力", "钱卫东"),
    ]
    text = (
        "5月2日，县委召开推进会，镇长钱卫东汇报工作，并提出两点要求：一要压实责任；二要加强督查。"
    )
    assert issued(text) == [("一要压实责任", "钱卫东"), ("二要加强督查", "钱卫东")]


def test_a_name_inside_what_was_heard_announces_nothing():
    # guard: the name is the object of 听取 (followed by 的), no speaker of the list
    text = "4月20日，县委召开会议，听取了镇长钱卫东的汇报，并提出三点要求：一要提高认识；二要突出重点。"
    assert issued(text) == []
    assert directives(text) == ["一要提高认识", "二要突出重点"]


def test_the_frame_verb_glued_to_the_marked_clause_stays_out():
    # …表示肯定，强调创卫工作不能松懈，要… (before: the span opened at 强调; what the work must
    # not be is an assessment before the marker 要, GUIDELINES: bare 不能 is no marker)
    text = (
        "县委书记周正对东湖街道工作表示肯定，强调创卫工作不能松懈，要端正态度，对照标准查漏补缺。"
    )
    assert issued(text) == [("要端正态度，对照标准查漏补缺", "周正")]
    text = "督导组对东湖街道工作表示肯定，强调各社区不能有丝毫松懈，要端正工作态度。"
    assert directives(text) == ["各社区不能有丝毫松懈，要端正工作态度"]


def test_seeing_the_situation_then_the_acts_it_asks_for():
    # 要清醒看到…，保持…，统筹谋划… (before: dropped as a request only to see)
    text = (
        "县委书记周正强调，一要提高站位，坚定信心。"
        "要清醒看到当前面临的困难和挑战，保持强烈的紧迫感，统筹谋划全年工作。"
    )
    assert issued(text) == [
        ("一要提高站位，坚定信心", "周正"),
        ("要清醒看到当前面临的困难和挑战，保持强烈的紧迫感，统筹谋划全年工作", "周正"),
    ]
    # seeing alone, then an assessment, is a requirement too (session 34: the lead's decision;
    # before: none)
    text = "县委书记周正强调，必须清醒看到，我们与先进地区相比还有差距，群众还有不满意的地方。"
    assert issued(text) == [
        ("必须清醒看到，我们与先进地区相比还有差距，群众还有不满意的地方", "周正")
    ]


def test_a_vow_of_the_speakers_themselves_is_no_directive():
    # 言出必行、我们决不退缩 (before: a directive); 决不能 stays a marker
    text = "镇长周正就创卫工作提出总要求，背水一战、我们别无选择；言出必行、我们决不退缩。"
    assert directives(text) == []
    text = "镇长周正强调，我们决不能在关键时刻掉链子。"
    assert directives(text) == ["我们决不能在关键时刻掉链子"]


def test_the_first_heading_of_a_speech_that_asserted_first():
    # 某某强调，X是…中心工作，只有…才能…。一是摸清底数，理出重点。要根据… (before: the first
    # heading missed; the second, after a requirement, was found)
    text = (
        "市工商局局长钱卫东强调，创卫工作是当前的一项中心工作，只有把社区基础打牢，创卫才能见实效。"
        "一是摸清底数，理出重点。要根据社区老旧小区多的特点，全面摸清现状。"
        "二是积极作为，扎实推进。要对照标准逐项整改。"
    )
    assert issued(text) == [
        ("摸清底数，理出重点", "钱卫东"),
        ("要根据社区老旧小区多的特点，全面摸清现状", "钱卫东"),
        ("积极作为，扎实推进", "钱卫东"),
        ("要对照标准逐项整改", "钱卫东"),
    ]


def test_items_that_report_what_was_done_open_no_list():
    # guard: a framed review, then items of results
    text = (
        "县委书记周正指出，过去一年全县工作取得显著成绩。"
        "一是经济稳步增长，财政收入增加。二是民生持续改善，新建学校三所。"
    )
    assert directives(text) == []
    text = (
        "县委书记周正指出，过去一年成绩显著。"
        "一是加强组织领导，成立了创建指挥部。二是开展集中整治，清理垃圾50吨。"
    )
    assert directives(text) == []


def test_the_heads_of_a_place_required_to_take_hold_of_the_work():
    # 要求某某镇主要负责人从整体层面来抓创建 (before: missed)
    text = "县委书记张建国要求东湖镇主要负责人从整体层面来抓创建，压实各方责任。"
    assert issued(text) == [("东湖镇主要负责人从整体层面来抓创建，压实各方责任", "张建国")]
    text = (
        "5月3日，县委书记张建国到东湖镇督导创卫工作，"
        "要求东湖镇主要负责人从整体层面来抓创建，压实各方责任。"
    )
    assert issued(text) == [("东湖镇主要负责人从整体层面来抓创建，压实各方责任", "张建国")]


def test_a_later_item_opening_the_paragraph_after_a_requirement():
    # (paragraph) 二是突出重点、精准施策，以…。 after a paragraph of the list's first point that
    # ended in a requirement (before: only a first item 一是 resumed the list there)
    text = (
        "街道党工委书记周正强调：\n"
        "一要提高站位、坚定信心，以高度的政治自觉统领创建。要统筹谋划今年的创建工作。\n"
        "二是突出重点、精准施策，以高标准创建成果检验创建。要认真对照测评体系，找准发力点。"
    )
    assert directives(text) == [
        "一要提高站位、坚定信心，以高度的政治自觉统领创建",
        "要统筹谋划今年的创建工作",
        "突出重点、精准施策，以高标准创建成果检验创建",
        "要认真对照测评体系，找准发力点",
    ]
    # guard: a later item that reports what was done stays out
    text = "县委书记周正强调，要加强督查。\n二是完成了整治任务，清理垃圾50吨。"
    assert directives(text) == ["要加强督查"]
    # guard: a report of a town's own measures (nobody named speaks): a later item stays out
    text = (
        "四是广泛开展宣传。各村要加大宣传力度，营造浓厚氛围。\n"
        "五是进一步完善村寨卫生制度，并列入村规民约。"
    )
    assert directives(text) == ["各村要加大宣传力度，营造浓厚氛围"]


def test_an_addressee_that_must_not_slacken_keeps_its_clause():
    # guard: 各村不能松懈 names who is told; the span opens there as before
    text = "县委书记周正强调，各村不能松懈，要端正态度。"
    assert directives(text) == ["各村不能松懈，要端正态度"]
