"""Directives and their speakers: forms left open by the audib15 audit and found by the audib16
audit (session 15, issue 16). The sentences are made up in the forms seen; each test fails on the
rules before the fix it covers."""

from __future__ import annotations

from directive_helpers import directives, issued


def test_a_post_alone_stands_for_the_one_person_the_article_gives_it():
    # 县领导强调， after the article named the one county leader (before: no edge)
    text = (
        "5月8日，县政协副主席、县创城指挥部副总指挥钱卫东带队督导创城工作。"
        "县领导通过现场察看、听取汇报等方式了解情况。"
        "县领导强调，要着力整治卫生死角，规范经营秩序。各部门要主动负责，形成合力。"
    )
    assert issued(text) == [
        ("要着力整治卫生死角，规范经营秩序", "钱卫东"),
        ("各部门要主动负责，形成合力", "钱卫东"),
    ]
    # 书记指出， after 县委书记周正 (the 县长 named too holds no 书记)
    text = (
        "会上，县委书记周正作动员讲话，县长钱卫东主持会议。"
        "书记指出，创建工作是民心工程。各乡镇要提高认识，压实责任。"
    )
    assert issued(text) == [("各乡镇要提高认识，压实责任", "周正")]
    # 周正书记 (the post after the name) holds it as well
    text = "3月5日，周正书记主持召开创卫推进会。书记指出，各村要立即行动。"
    assert issued(text) == [("各村要立即行动", "周正")]


def test_a_longer_post_alone_and_the_pronoun_after_it():
    # 县委副书记在讲话中要求，…。他强调，…: both the one 县委副书记 named before
    text = (
        "会上，县委副书记周正、县长钱卫东分别讲话。"
        "县委副书记在讲话中要求，各乡镇要提高认识，压实责任。他强调，要加强督查。"
    )
    assert issued(text) == [
        ("各乡镇要提高认识，压实责任", "周正"),
        ("要加强督查", "周正"),
    ]


def test_a_post_held_by_none_or_by_two_stays_unnamed():
    # two county leaders: 县领导 is either (no edge, as before)
    text = "县委书记周正、县长钱卫东出席会议。县领导强调，要加强督查。"
    assert issued(text) == []
    # the head of a county office is no county leader
    text = "县文明办主任周正出席会议。县领导强调，要加强督查。"
    assert issued(text) == []
    # 副县长 does not hold 县长
    text = "副县长周正出席会议并讲话。县长要求，要加强督查。"
    assert issued(text) == []


def test_the_points_a_speaker_adds_after_relaying_a_meeting():
    # 某某向大家传达了…精神：…；强调了以下三个方面的工作：一要… (before: no edge)
    text = (
        "镇党委书记周正向大家传达了全市创文工作会议精神：创建工作进入冲刺阶段；"
        "强调了以下三个方面的工作：一要提高认识，统一思想；二要压实责任，全面整改；"
        "三要加强宣传，营造氛围。"
    )
    assert issued(text) == [
        ("一要提高认识，统一思想", "周正"),
        ("二要压实责任，全面整改", "周正"),
        ("三要加强宣传，营造氛围", "周正"),
    ]


def test_the_work_a_speaker_requires_to_go_a_certain_way():
    # …听取汇报，要求创建工作抓住机遇，… (before: missed)
    text = "日前，副县长周正到东湖社区调研，要求创卫工作紧扣标准，查漏补缺。"
    assert issued(text) == [("创卫工作紧扣标准，查漏补缺", "周正")]
    text = "日前，县长钱卫东听取创文工作汇报，要求创建工作抓住机遇，强力推进，确保达标。"
    assert directives(text) == ["创建工作抓住机遇，强力推进，确保达标"]


def test_a_continuation_about_a_long_roll_of_places():
    # 对甲、乙、丙…等区域存在的问题和短板，加强整改 (before: the roll ran past the reach)
    text = (
        "县长钱卫东要求，要背街小巷再整治。对农贸市场周边、学校门口、老旧小区楼道、"
        "城乡接合部道路等区域存在的问题和短板，加强整改，防止反弹。"
    )
    assert issued(text)[1] == (
        "对农贸市场周边、学校门口、老旧小区楼道、城乡接合部道路等区域存在的问题和短板，"
        "加强整改，防止反弹",
        "钱卫东",
    )
    # a report of what was done about them stays none
    text = (
        "县长钱卫东要求，要背街小巷再整治。对农贸市场周边、学校门口、老旧小区楼道、"
        "城乡接合部道路等区域存在的问题，各单位已经进行了整改。"
    )
    assert directives(text) == ["要背街小巷再整治"]


def test_a_continuation_opening_with_the_resolve_to_act_with():
    # 以“…”的决心，为…作出最大努力，全力确保… (before: missed)
    text = (
        "县长钱卫东要求，要宣传发动再深入。以“背水一战”的决心，为创建国家卫生城市作出最大努力，"
        "全力确保一次通过。"
    )
    assert issued(text)[1] == (
        "以“背水一战”的决心，为创建国家卫生城市作出最大努力，全力确保一次通过",
        "钱卫东",
    )


def test_a_continuation_opening_with_finding_the_problem():
    # 一要…。找准…问题，着力… (before: missed)
    text = (
        "县长钱卫东提出两点要求：一要提高认识，勇于担当。"
        "找准制约创建工作的突出问题，着力补齐短板，形成强大合力。"
    )
    assert directives(text) == [
        "一要提高认识，勇于担当",
        "找准制约创建工作的突出问题，着力补齐短板，形成强大合力",
    ]


def test_a_roll_of_addressees_before_the_comma_opens_the_requirement():
    # 全县各级各部门、广大党员干部、志愿者、居民朋友们，要… (before: cut at 要)
    text = (
        "县长钱卫东强调，全县各级各部门、广大党员干部、志愿者、居民朋友们，"
        "要充分认识创卫的重要意义，主动参与创建。"
    )
    assert directives(text) == [
        "全县各级各部门、广大党员干部、志愿者、居民朋友们，要充分认识创卫的重要意义，主动参与创建"
    ]


def test_a_speech_announced_with_a_comma_then_its_list():
    # 最后，镇党委书记某某作强调讲话，一是要…；二是要… (before: no edge)
    text = (
        "会上，镇长钱卫东通报了工作。最后，镇党委书记周正作强调讲话，"
        "一是要迅速安排部署，切实抓好重点工作；二是要抓实抓细疫情防控。"
    )
    assert issued(text) == [
        ("要迅速安排部署，切实抓好重点工作", "周正"),
        ("要抓实抓细疫情防控", "周正"),
    ]
    text = "镇党委书记周正作总结讲话，一要提高认识；二要压实责任。"
    assert issued(text) == [("一要提高认识", "周正"), ("二要压实责任", "周正")]


def test_the_year_with_what_it_is_opens_the_requirement():
    # 2021年作为“十四五”开局之年，全镇要… (before: the span opened at 全镇)
    text = (
        "镇党委书记周正强调，2021年作为“十四五”开局之年，全镇要深入贯彻新发展理念，"
        "将本镇打造成示范镇。"
    )
    assert directives(text) == [
        "2021年作为“十四五”开局之年，全镇要深入贯彻新发展理念，将本镇打造成示范镇"
    ]
    # a year asserted to be a time of weight stays out
    text = "镇党委书记周正强调，今年是创建的关键之年，全镇要深入贯彻新发展理念。"
    assert directives(text) == ["全镇要深入贯彻新发展理念"]


def test_a_pronoun_requiring_an_addressee_alongside_a_setting():
    # …，他要求该镇在确保…的同时，加强长效管理，… (before: missed; check batch 4)
    text = (
        "在东湖村，县长钱卫东一行查看了环境卫生整治情况，认真听取了汇报，"
        "他要求该镇在确保按期完成各项目标任务的同时，加强长效管理，防止出现反弹。"
    )
    assert issued(text) == [
        ("该镇在确保按期完成各项目标任务的同时，加强长效管理，防止出现反弹", "钱卫东")
    ]


def test_a_marker_inside_an_asserted_goal_leaves_the_later_requirement():
    # …，这是我们必须实现的工作目标，各乡镇要… (before: the span opened at 这是)
    text = (
        "县长钱卫东指出：今年，我县全面创成省级卫生乡镇，这是我们必须实现的工作目标，"
        "各乡镇要对照创卫标准，积极行动。"
    )
    assert directives(text) == ["各乡镇要对照创卫标准，积极行动"]
    # with no requirement after it, the asserted goal is still none
    text = "县长钱卫东指出：今年，我县全面创成省级卫生乡镇，这是我们必须实现的工作目标。"
    assert directives(text) == []


def test_a_named_frame_after_a_semicolon_far_into_the_sentence():
    # 本报讯（…）8月26日，某县县委书记某某前往…进行现场办公；某某强调，… (before: no edge; check
    # batch 5)
    text = (
        "本报讯（通讯员 李明 王芳）8月26日，清河县县委书记周正前往城区就农贸市场升级改造、"
        "背街小巷及停车场建设等工作进行现场办公；周正强调，全县各级各部门要进一步明确工作职责，"
        "确保创卫工作取得实效。"
    )
    assert issued(text) == [("全县各级各部门要进一步明确工作职责，确保创卫工作取得实效", "周正")]


def test_a_repeated_subject_requiring_an_addressee_after_a_long_scene():
    # 在某处，某某仔细查看了…，一一指出了…，对…等问题，某某要求相关部门要… (before: the span
    # opened at 对 and held the frame)
    text = (
        "在政务中心停车场，县委书记李洪文仔细查看了周边的环境，一一指出了亟需解决的问题，"
        "对停车场周边的硬化、杂草清除、乱搭乱建、旱厕改造等问题，李洪文要求相关部门要及时通报各类问题，"
        "限期整改到位。"
    )
    assert issued(text) == [("相关部门要及时通报各类问题，限期整改到位", "李洪文")]
