"""dirs29 (session 29): DIRECTIVE boundaries, recall and ISSUED_BY on the fresh development sets
dev29A / dev29B's forms. Made-up sentences in the same grammar (other names, places, numbers);
each positive case failed on main 92dbf46, the guards pass before and after."""

from __future__ import annotations

from tests.directive_helpers import directives, issued

# --- where the span starts ---------------------------------------------------------------------


def test_a_role_clause_after_an_assertion_goes_with_the_assertion():
    # 某某…将其纳入…，作为…的抓手，某某要…: the role clause goes on with 将其纳入…
    # (before: the span opened at 作为)
    text = (
        "县委常委、组织部部长石青同志强调，县委把基层减负摆上议事日程，将其纳入年度考核的重要内容，"
        "作为转变干部作风的有力抓手，各乡镇各单位要拧成一股绳，一抓到底。"
    )
    assert issued(text) == [("各乡镇各单位要拧成一股绳，一抓到底", "石青")]


def test_guard_a_role_clause_that_is_the_addressee_stays():
    # …进入冲刺阶段，作为文明村的某某村，要…: the role clause names who is to act
    text = "在随后的座谈会上，林海指出，青石县创建工作已进入冲刺阶段，作为省级文明村的南坪村，要切实增强责任感。"
    assert directives(text) == ["作为省级文明村的南坪村，要切实增强责任感"]
    # the role clause right after the frame stays as it was (audit8)
    text = "区委书记林海强调，作为推进老城复兴的主阵地，各街道要联动推进、协同发展。"
    assert directives(text) == ["作为推进老城复兴的主阵地，各街道要联动推进、协同发展"]


def test_not_this_but_that_is_one_requirement_from_buneng():
    # X工作不能停留在…，而要…: the 不能 clause opens it (before: the span opened at 而要)
    text = (
        "澄岭县领导林海强调，鹿鸣镇是远近闻名的茶乡。"
        "河道整治工作不能停留在“捞捞浮萍”“刷刷护栏”，而要立足于建立长效机制，逐段压实责任。"
    )
    assert issued(text) == [
        (
            "河道整治工作不能停留在“捞捞浮萍”“刷刷护栏”，而要立足于建立长效机制，逐段压实责任",
            "林海",
        )
    ]


def test_guard_work_that_must_not_slacken_still_opens_at_the_marker():
    text = "督导组对南坪街道工作表示肯定，强调整治工作不能有半点松懈，要端正工作态度。"
    assert directives(text) == ["要端正工作态度"]


def test_four_character_phrases_after_yaoqiu_open_the_requirement():
    # 他要求，某某某某、某某某某，全力…，要…: the formula is required with what follows
    # (before: the span opened at 全力…)
    text = (
        "市委书记林海强调，治水是一项长期任务。他要求，找准短板、对症施策，全力推动河湖面貌持续好转，"
        "要牢牢扭住截污纳管这个关键，以久久为功的韧劲抓实抓细。"
    )
    assert issued(text) == [
        (
            "找准短板、对症施策，全力推动河湖面貌持续好转，要牢牢扭住截污纳管这个关键，"
            "以久久为功的韧劲抓实抓细",
            "林海",
        )
    ]


# --- where the sentence ends --------------------------------------------------------------------


def test_spaces_that_stand_for_a_lost_full_stop_end_the_sentence():
    # …某某  就做好…，某某指出：一要…: the copy lost its 。 to spaces; the next speaker's
    # frame is no part of the requirement before it (before: one span over both, one speaker)
    text = (
        "会上，区委常委、副区长王一鸣对春耕生产作了部署。他要求，要摸清底数，备足农资。"
        "同时，要以高标准农田建设为依托，推动粮食稳产增收，交出一份满意答卷  "
        "就抓好全区春耕生产，区委书记林海指出：一要提高站位，扛牢粮食安全责任。"
    )
    assert issued(text) == [
        ("要摸清底数，备足农资", "王一鸣"),
        ("要以高标准农田建设为依托，推动粮食稳产增收，交出一份满意答卷", "王一鸣"),
        ("一要提高站位，扛牢粮食安全责任", "林海"),
    ]


# --- a list of points after a deployment --------------------------------------------------------

_DEPLOYED = (
    "4月5日，澄岭县水务局召开河湖管护推进会。\n"
    "会议通报了上年度考核结果，印发了责任清单，安排部署下一步全系统河湖管护工作。"
    "一是以河长制统领水域治理。以河湖管护为主线，与防汛工作一起谋划、一起检查、一起考核。"
    "二是抓好“美丽河湖”建设。摸清家底，压实责任，健全台账，按片包干。"
    "三是开展“三清一治”行动。\n"
)


def test_the_points_of_a_deployed_work_are_requirements():
    # …安排部署下一步…工作。一是…。…。二是…: the items and their imperative bodies (before: none)
    assert directives(_DEPLOYED) == [
        "以河长制统领水域治理",
        "以河湖管护为主线，与防汛工作一起谋划、一起检查、一起考核",
        "抓好“美丽河湖”建设",
        "摸清家底，压实责任，健全台账，按片包干",
        "开展“三清一治”行动",
    ]
    # nobody named deploys them: no speaker
    assert issued(_DEPLOYED) == []


def test_guard_a_deployment_followed_by_a_report_makes_nothing():
    text = (
        "会议安排部署下一步全系统河湖管护工作。"
        "会议还通报了上半年暗访结果，各镇分管负责人逐一表态。\n"
    )
    assert directives(text) == []


def test_guard_four_character_phrases_outside_a_list_are_no_continuation():
    text = "县委书记林海强调，要压实责任，抓好整改。成效明显，亮点纷呈，群众满意，社会认可。"
    assert directives(text) == ["要压实责任，抓好整改"]


# --- the speaker --------------------------------------------------------------------------------


def test_the_one_whose_report_was_heard_does_not_speak():
    # 市长某某来到…，听取了总经理某某同志的…汇报后，要求…: the subject requires, not the one
    # heard (before: the one heard)
    text = (
        "7月6日，市长林海带队开展专题调研。\n"
        "调研中，市长林海来到东湖污水处理厂，听取了市水务集团总经理周启航同志的工作汇报后，"
        "要求水务集团作为市属企业要扛起责任，确保出水稳定达标。要坚持问题导向，逐项销号整改。"
    )
    assert issued(text) == [
        ("水务集团作为市属企业要扛起责任，确保出水稳定达标", "林海"),
        ("要坚持问题导向，逐项销号整改", "林海"),
    ]
    text = "市长林海来到城东停车场，听取了县长王俊的汇报后，要求各部门要提高认识。"
    assert issued(text) == [("各部门要提高认识", "林海")]


# --- an inspection's orders, and who gives them ------------------------------------------------

_TOUR = "9月2日，市委书记刘明，市长王立一同到鹿鸣区、青禾区，就创城工作开展检查。\n"


def test_a_place_then_the_scope_or_means_of_its_act_is_required():
    # …，要求某某区针对…持续用力 (before: nothing)
    text = _TOUR + (
        "在青禾区，刘明、王立实地查看了背街小巷改造进度，"
        "要求青禾区针对检查发现的短板问题集中攻坚，尽快补齐设施欠账。"
    )
    assert issued(text) == [
        ("青禾区针对检查发现的短板问题集中攻坚，尽快补齐设施欠账", "刘明"),
        ("青禾区针对检查发现的短板问题集中攻坚，尽快补齐设施欠账", "王立"),
    ]


def test_each_yaoqiu_after_a_semicolon_opens_its_own_requirement():
    # …详细检查了…；要求某某广场以…；要求某某区加强…: two requirements, the site visited an
    # addressee (before: nothing)
    text = _TOUR + (
        "刘明、王立来到鹿鸣区星河广场，仔细察看了文明宣传栏的布置情况，勉励商户诚信经营；"
        "要求星河广场以迎检为契机，持续改进购物环境；要求鹿鸣区密切与星河商场的日常联系，形成合力。"
    )
    assert directives(text) == [
        "星河广场以迎检为契机，持续改进购物环境",
        "鹿鸣区密切与星河商场的日常联系，形成合力",
    ]
    assert [w for _, w in issued(text)] == ["刘明", "王立", "刘明", "王立"]


def test_guard_a_semicolon_before_a_report_of_yaoqiu_splits_nothing():
    # (要求 as a noun, no addressee or act after it: no requirement of its own opens there)
    text = "县委书记刘明强调，各乡镇要压实责任，抓好整改；要求的整改时限为本月底。"
    assert len(directives(text)) == 1


def test_the_pair_on_a_visit_both_require():
    # 甲、乙察看了…，要求某某区切实…: both speak (before: the second only)
    text = _TOUR + (
        "在桐河街道，刘明、王立察看了老旧小区改造情况，要求鹿鸣区切实抓好垃圾分类，规范车辆停放。"
    )
    assert issued(text) == [
        ("鹿鸣区切实抓好垃圾分类，规范车辆停放", "刘明"),
        ("鹿鸣区切实抓好垃圾分类，规范车辆停放", "王立"),
    ]


def test_guard_one_of_a_pair_stressing_alone_speaks_alone():
    text = _TOUR + "刘明、王立察看了老旧小区改造情况。刘明指出，创城工作要多为居民解难题。"
    assert issued(text) == [("创城工作要多为居民解难题", "刘明")]


# --- a speaker named as the leader of a level ---------------------------------------------------


def test_the_one_leader_of_a_named_city_speaks_under_that_title():
    # 青石市领导某某参加。…青石市领导强调，…: the one name given that title (before: no speaker)
    text = (
        "昨日，青石市在鹿鸣镇召开美丽乡村建设现场会，总结了上半年工作，青石市领导林海参加。\n"
        "会上，督导组通报了暗访发现的问题。\n"
        "青石市领导强调，鹿鸣镇基础较好。乡村建设要注重留住乡愁。"
    )
    assert issued(text) == [("乡村建设要注重留住乡愁", "林海")]


def test_guard_a_roll_of_leaders_names_no_one_speaker():
    text = "昨日，青石市召开推进会，市领导林海、王军参加。\n市领导强调，乡村建设要注重留住乡愁。"
    assert issued(text) == []


def test_the_circumstance_an_assertion_named_goes_with_it():
    # …已列入…，面对这一机遇，某某务必要…: the span opens at the addressee (before: at 面对)
    text = (
        "澄岭高新区召开干部大会，党工委书记林海出席并讲话。\n"
        "林海指出，高新区已列入全省重点园区名单，面对这一难得机遇，"
        "全体干部务必要拿出只争朝夕的劲头，扛起责任、奋勇争先。"
    )
    assert issued(text) == [("全体干部务必要拿出只争朝夕的劲头，扛起责任、奋勇争先", "林海")]


def test_guard_a_circumstance_right_after_the_frame_stays():
    text = "党工委书记林海指出，面对新的形势和任务，各单位要增强紧迫感，抓住机遇。"
    assert directives(text) == ["面对新的形势和任务，各单位要增强紧迫感，抓住机遇"]


def test_the_points_after_a_deployed_work_and_its_colon_are_requirements():
    # …安排部署下一步…工作：一是…: as …进行了部署：一是… (before: none)
    text = (
        "4月5日，澄岭县水务局召开河湖管护推进会。\n"
        "会议印发了责任清单，安排部署下一步全系统河湖管护工作：一是以河长制统领水域治理。"
        "二是抓好“美丽河湖”建设。\n"
    )
    assert directives(text) == ["以河长制统领水域治理", "抓好“美丽河湖”建设"]
    assert issued(text) == []
    # the one who deploys them, named in the subject, lays them down (as 作…部署：)
    text = (
        "4月5日，澄岭县水务局召开河湖管护推进会。\n"
        "县水务局局长王国明安排部署下一步全系统河湖管护工作：一是以河长制统领水域治理。"
        "二是抓好“美丽河湖”建设。\n"
    )
    assert issued(text) == [("以河长制统领水域治理", "王国明"), ("抓好“美丽河湖”建设", "王国明")]
