"""Directives and their speakers: forms from the dirs19 audit of real reports (session 18, issue
16). The sentences are made up in the forms seen; each test fails on the rules before the fix it
covers, but the guard tests, which hold before and after."""

from __future__ import annotations

from directive_helpers import directives, issued


def test_a_dateline_opening_the_first_sentence_is_no_part_of_the_requirement():
    # 本报9月12日讯（记者某某）“创城”的过程要变成… (before: the dateline opened the span)
    text = "本报3月5日讯（记者贺晓岚）各村要把整治的过程变成服务群众的过程。5日上午，县长严雪松到村督导。"
    assert directives(text) == ["各村要把整治的过程变成服务群众的过程"]
    text = "本报讯（通讯员 贺晓岚）各单位要立即行动，清理卫生死角。"
    assert directives(text) == ["各单位要立即行动，清理卫生死角"]
    text = "文明网4月2日讯 各乡镇要迅速行动起来。"
    assert directives(text) == ["各乡镇要迅速行动起来"]


def test_a_word_ending_in_xun_is_no_dateline():
    # guard: 通讯 / 资讯 open no dateline
    text = "县长严雪松强调，通讯保障要跟上，确保信息畅通。"
    assert directives(text) == ["通讯保障要跟上，确保信息畅通"]


def test_yao_xiang_of_a_condition_asks_nothing():
    # 这些问题不解决，要想保住成果就是一句空话 (before: a requirement)
    text = "会议指出，这些问题不解决，要想保住创建成果就是一句空话。各村要立即整改。"
    assert directives(text) == ["各村要立即整改"]
    text = "县长严雪松指出，要想群众满意，才能赢得支持。"
    assert directives(text) == []


def test_yao_xiang_of_an_act_is_still_a_marker():
    # guard: 要想方设法 / 要想办法 ask for an act
    text = "县长严雪松强调，各村要想方设法解决停车难问题。"
    assert directives(text) == ["各村要想方设法解决停车难问题"]
    text = "县长严雪松强调，要想办法把群众发动起来。"
    assert directives(text) == ["要想办法把群众发动起来"]


def test_the_campaign_named_after_a_bare_yaoqiu_is_no_addressee():
    # 会议要求，全国文明城市的创建内容覆盖…，标准很高、要求很严，…都有可能… (before: the
    # assertion was taken for what 要求 governs)
    text = (
        "会议要求，全国文明城市的创建内容覆盖经济社会发展的方方面面，标准很高、要求很严，"
        "任何一个细节上的失误，都有可能前功尽弃。全区各单位要对照测评指标，找出问题。"
    )
    assert directives(text) == ["全区各单位要对照测评指标，找出问题"]


def test_an_addressee_opening_with_quan_is_still_required():
    # guard: 会议要求，全区上下迅速行动起来 (no marker, an addressee after the frame)
    text = "会议要求，全区上下迅速行动起来，全力抓好整改。"
    assert directives(text) == ["全区上下迅速行动起来，全力抓好整改"]


def test_a_name_that_enjoins_an_addressee_is_a_frame():
    # 某某叮嘱各村要… / 某某嘱咐环卫工人要… (before: the frame inside the span, no speaker)
    text = "县长严雪松来到城南社区，实地查看了背街小巷。严雪松叮嘱社区干部要抓好文明宣传。"
    assert issued(text) == [("社区干部要抓好文明宣传", "严雪松")]
    text = "副县长贺晓岚嘱咐环卫工人要注意防暑降温，合理安排作业时间。"
    assert issued(text) == [("环卫工人要注意防暑降温，合理安排作业时间", "贺晓岚")]


def test_an_enjoined_pronoun_keeps_its_setting_clause():
    # …，嘱咐他们在坚守岗位的同时，要合理安排作业时间 (before: the span opened at 要, the
    # addressee and the setting left out)
    text = "县长严雪松慰问了环卫工人，嘱咐他们在坚守岗位的同时，要合理安排作业时间。"
    assert issued(text) == [("他们在坚守岗位的同时，要合理安排作业时间", "严雪松")]
    text = "县长严雪松要求他们在搞好环境整治的同时，也要抓好文明宣传。"
    assert issued(text) == [("他们在搞好环境整治的同时，也要抓好文明宣传", "严雪松")]


def test_the_weather_of_a_visit_sets_the_scene_before_its_subject():
    # 天气炎热，在调研中，某某为…送上了慰问品，…，嘱咐他们…要… (before: 天气炎热 was read as the
    # subject's clause: the injunction had no speaker)
    text = (
        "区长严雪松强调，要巩固创建成果。天气炎热，在调研中，严雪松为环卫工人送上了慰问品，"
        "感谢他们付出的汗水，嘱咐他们在坚守岗位的同时，要合理安排作业时间。"
    )
    assert issued(text) == [
        ("要巩固创建成果", "严雪松"),
        ("他们在坚守岗位的同时，要合理安排作业时间", "严雪松"),
    ]
    text = "冒着酷暑，副县长贺晓岚来到城南社区督导创卫工作，要求社区干部立即整改。"
    assert issued(text) == [("社区干部立即整改", "贺晓岚")]


def test_an_addressee_closed_by_zi_shang_er_xia_keeps_its_comma_clause():
    # 全街道自上而下，要提高站位，… (before: the span opened at 要, the addressee left out)
    text = "街道党工委书记严雪松强调，全街道自上而下，要提高站位，尽职尽责。"
    assert directives(text) == ["全街道自上而下，要提高站位，尽职尽责"]


def test_a_point_of_view_after_a_heading_continues_no_requirement():
    # 一、要充分认识…意义…。从省、市要求来看，县城建设已摆上… (before: a continuation)
    text = (
        "同志们：今天召开推进会。下面，我强调三点意见：一、要充分认识推进县城建设的重大意义。"
        "从省、市要求来看，县城建设已摆上更加重要的战略地位。"
    )
    assert directives(text) == ["要充分认识推进县城建设的重大意义"]


def test_an_imperative_opening_with_cong_still_continues_a_list_item():
    # guard: 从…抓起 continues the item
    text = (
        "同志们：今天召开推进会。下面，我强调三点意见：一、要抓好环境整治。"
        "从群众最关心的问题抓起，逐项整改到位。"
    )
    assert directives(text) == ["要抓好环境整治", "从群众最关心的问题抓起，逐项整改到位"]


def test_a_turn_opened_by_a_title_and_a_name_names_its_speaker():
    # 记者：…？ (line) 县创文办主任某某：各单位要… (before: the title before the name hid the turn)
    text = (
        "本期访谈嘉宾是县创文办主任严雪松。\n记者：下一步有什么打算？\n"
        "县创文办主任严雪松：各单位要对标补短，抓好整改。\n我们还要加强督查。\n"
        "记者：群众如何参与？\n严雪松：希望广大市民积极参与志愿服务。"
    )
    assert issued(text) == [
        ("各单位要对标补短，抓好整改", "严雪松"),
        ("我们还要加强督查", "严雪松"),
        ("希望广大市民积极参与志愿服务", "严雪松"),
    ]


def test_a_turn_with_the_post_in_brackets_after_the_name():
    # 某某（县文明办副主任）：要… (before: no speaker)
    text = (
        "本期访谈嘉宾是县文明办副主任贺晓岚。\n记者：群众如何参与？\n"
        "贺晓岚（县文明办副主任）：要广泛发动群众。"
    )
    assert issued(text) == [("要广泛发动群众", "贺晓岚")]


def test_a_netizen_line_is_an_unnamed_turn():
    # 网友：… / 留言板：… ask; the guest's next turn is theirs again (guard for the carry-over)
    text = (
        "本期访谈嘉宾是县文明办副主任贺晓岚。\n贺晓岚：各单位要对标补短。\n"
        "网友：小区停车难，要尽快解决。\n贺晓岚：要广泛发动群众。"
    )
    assert issued(text) == [("各单位要对标补短", "贺晓岚"), ("要广泛发动群众", "贺晓岚")]


def test_a_dash_line_after_a_paragraph_names_who_said_it():
    # …，为全市人民交上一份合格的答卷。(line) ——某市委宣传部副部长、文明办主任 某某 (before: no
    # speaker); the paragraph after the line is not theirs
    text = (
        "文明创建永远都是进行时。各地要以只争朝夕的精神补齐短板，交上一份合格的答卷。\n"
        "——岚溪市委宣传部副部长、文明办主任 严雪松\n"
        "今年是创建年。各责任单位要细化迎检方案。"
    )
    assert issued(text) == [("各地要以只争朝夕的精神补齐短板，交上一份合格的答卷", "严雪松")]
    assert directives(text) == [
        "各地要以只争朝夕的精神补齐短板，交上一份合格的答卷",
        "各责任单位要细化迎检方案",
    ]


def test_a_name_that_once_said_frames_what_it_said():
    # 区长某某曾说过，创文不能是…，而是要… (before: no frame, no speaker)
    text = "为此，区委副书记、区长严雪松曾说过，创文要靠广大市民群众主动参与。"
    assert issued(text) == [("创文要靠广大市民群众主动参与", "严雪松")]


def test_a_glued_yaoqiu_before_an_order_of_time_is_a_requirement():
    # …实地察看了整改情况，要求立即整改到位 / 要求限期整改，举一反三 (before: none)
    text = "县长严雪松实地察看了背街小巷整改情况，要求立即整改到位。"
    assert issued(text) == [("立即整改到位", "严雪松")]
    text = "县长严雪松实地察看了背街小巷整改情况，要求限期整改，举一反三。"
    assert issued(text) == [("限期整改，举一反三", "严雪松")]


def test_items_numbered_by_a_bare_numeral_after_the_points_announced():
    # …提出三点要求： 一提高…。…。二围绕…。…。三完善…。 (before: the three headings were missed)
    text = (
        "最后，街道党工委书记严雪松作总结并提出三点要求： 一提高思想认识抓好责任落实。"
        "全街道上下要提高站位，尽职尽责。二围绕目标抓紧行动。全体人员都要抓紧落实。"
        "三完善机制加强工作。各社区要立行整改。"
    )
    assert issued(text) == [
        ("提高思想认识抓好责任落实", "严雪松"),
        ("全街道上下要提高站位，尽职尽责", "严雪松"),
        ("围绕目标抓紧行动", "严雪松"),
        ("全体人员都要抓紧落实", "严雪松"),
        ("完善机制加强工作", "严雪松"),
        ("各社区要立行整改", "严雪松"),
    ]
    # the same with no space after the colon
    assert issued(text.replace("： 一", "：一"))[0] == ("提高思想认识抓好责任落实", "严雪松")


def test_a_bare_numeral_outside_an_announced_list_opens_no_item():
    # guard: 一手抓…，一手抓… / 三年来… are no items
    text = "县长严雪松强调，各村要一手抓整治，一手抓宣传。三年来，全县创建成效明显。"
    assert directives(text) == ["各村要一手抓整治，一手抓宣传"]
