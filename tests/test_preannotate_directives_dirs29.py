"""dirs29 (session 29): DIRECTIVE boundaries, recall and ISSUED_BY on the fresh development sets
dev29A / dev29B's forms. Made-up sentences in the same grammar (other names, places, numbers);
each positive case failed on main 92dbf46, the guards pass before and after."""

from __future__ import annotations

from tests.directive_helpers import directives, issued

# --- where the span starts ---------------------------------------------------------------------


def test_a_role_clause_after_an_assertion_goes_with_the_assertion():
    # 市委…将其纳入…，作为…的重要抓手，各区各部门要…: the role clause goes on with 将其纳入…
    # (before: the span opened at 作为)
    text = (
        "市委常委、宣传部部长林海同志强调，市委高度重视创建工作，将其纳入城市治理的重要内容，"
        "作为推动高质量发展的重要抓手，各区各部门要集中力量打好决胜战，保持力度。"
    )
    assert issued(text) == [("各区各部门要集中力量打好决胜战，保持力度", "林海")]


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
        "青石县领导林海强调，南坪镇是历史文化名镇。"
        "文明创建工作不能停留在“扫扫马路”“摆摆摊位”，而要着眼于提升居民素质，逐项分解任务。"
    )
    assert issued(text) == [
        (
            "文明创建工作不能停留在“扫扫马路”“摆摆摊位”，而要着眼于提升居民素质，逐项分解任务",
            "林海",
        )
    ]


def test_guard_work_that_must_not_slacken_still_opens_at_the_marker():
    text = "督导组对南坪街道工作表示肯定，强调创建工作不能有丝毫松懈，要端正工作态度。"
    assert directives(text) == ["要端正工作态度"]


def test_four_character_phrases_after_yaoqiu_open_the_requirement():
    # 他要求，抓准症结、标本兼治，全力推动…，要…: the formula is required with what follows
    # (before: the span opened at 全力推动)
    text = (
        "市委书记林海强调，创建工作是系统工程。他要求，抓准症结、标本兼治，全力推动城郊治理见行见效，"
        "要深刻把握融合发展的重点任务，以钉钉子精神一抓到底。"
    )
    assert issued(text) == [
        (
            "抓准症结、标本兼治，全力推动城郊治理见行见效，要深刻把握融合发展的重点任务，"
            "以钉钉子精神一抓到底",
            "林海",
        )
    ]


# --- where the sentence ends --------------------------------------------------------------------


def test_spaces_that_stand_for_a_lost_full_stop_end_the_sentence():
    # …作出更大的贡献  就做好…，某某指出：一要…: the copy lost its 。 to spaces; the next speaker's
    # frame is no part of the requirement before it (before: one span over both, one speaker)
    text = (
        "会上，区委委员、副主任王一鸣作了工作部署。他要求，要吃透标准，把握新要求。"
        "同时，要以文明城市建设为抓手，推动环境整体提升，作出更大的贡献  "
        "就做好全区创建工作，区委书记林海指出：一要强化认识，切实增强责任感。"
    )
    assert issued(text) == [
        ("要吃透标准，把握新要求", "王一鸣"),
        ("要以文明城市建设为抓手，推动环境整体提升，作出更大的贡献", "王一鸣"),
        ("一要强化认识，切实增强责任感", "林海"),
    ]


# --- a list of points after a deployment --------------------------------------------------------

_DEPLOYED = (
    "4月5日，青石县城管局召开创建文明城市攻坚大会。\n"
    "会议传达学习了全县创文会议精神，签订了目标任务书，安排部署下一步城管系统创文工作。"
    "一是以创文统揽全局工作。以创文工作为总抓手，与城市管理工作同部署、同落实、同推进。"
    "二是抓好“园林城市”创建。系统谋划，统筹推进，优化机制，分级负责。"
    "三是开展“三个专项行动”。\n"
)


def test_the_points_of_a_deployed_work_are_requirements():
    # …安排部署下一步…工作。一是…。…。二是…: the items and their imperative bodies (before: none)
    assert directives(_DEPLOYED) == [
        "以创文统揽全局工作",
        "以创文工作为总抓手，与城市管理工作同部署、同落实、同推进",
        "抓好“园林城市”创建",
        "系统谋划，统筹推进，优化机制，分级负责",
        "开展“三个专项行动”",
    ]
    # nobody named deploys them: no speaker
    assert issued(_DEPLOYED) == []


def test_guard_a_deployment_followed_by_a_report_makes_nothing():
    text = (
        "会议安排部署下一步城管系统创文工作。"
        "会议还通报了一季度测评情况，各乡镇负责同志作了表态发言。\n"
    )
    assert directives(text) == []


def test_guard_four_character_phrases_outside_a_list_are_no_continuation():
    text = "县委书记林海强调，要压实责任，抓好整改。成效明显，亮点纷呈，群众满意，社会认可。"
    assert directives(text) == ["要压实责任，抓好整改"]


# --- the speaker --------------------------------------------------------------------------------


def test_the_one_whose_report_was_heard_does_not_speak():
    # 市长某某来到…，听取了董事长某某同志的工作汇报后，要求…: the subject requires, not the one
    # heard (before: the one heard)
    text = (
        "7月6日上午，市委副书记、市长林海开展督查活动。\n"
        "在督查活动中，市长林海来到城东停车场，听取了市城投集团董事长王俊同志的工作汇报后，"
        "要求城投集团作为国有企业要提高认识，切实把思想统一到市委的部署上来。要坚持精准创建，盯着问题改。"
    )
    assert issued(text) == [
        ("城投集团作为国有企业要提高认识，切实把思想统一到市委的部署上来", "林海"),
        ("要坚持精准创建，盯着问题改", "林海"),
    ]
    text = "市长林海来到城东停车场，听取了县长王俊的汇报后，要求各部门要提高认识。"
    assert issued(text) == [("各部门要提高认识", "林海")]


# --- an inspection's orders, and who gives them ------------------------------------------------

_TOUR = "9月2日，市委书记刘明，市委副书记、市长王立深入到青山区、太平区，对创城工作进行检查。\n"


def test_a_place_then_the_scope_or_means_of_its_act_is_required():
    # …，要求某某区针对…持续用力 (before: nothing)
    text = _TOUR + (
        "在太平区，刘明、王立实地查看了沿线整治工作进展情况，"
        "要求太平区针对创城中存在的薄弱环节持续用力，不断改善辖区环境。"
    )
    assert issued(text) == [
        ("太平区针对创城中存在的薄弱环节持续用力，不断改善辖区环境", "刘明"),
        ("太平区针对创城中存在的薄弱环节持续用力，不断改善辖区环境", "王立"),
    ]


def test_each_yaoqiu_after_a_semicolon_opens_its_own_requirement():
    # …详细检查了…；要求某某广场以…；要求某某区加强…: two requirements, the site visited an
    # addressee (before: nothing)
    text = _TOUR + (
        "刘明、王立走进青山区万达广场，详细检查了公益广告的设置情况，鼓励志愿者不断细化服务内容；"
        "要求万达广场以“创城”为契机，不断提高服务质量；要求青山区加强与万达商场的沟通协作，营造浓厚氛围。"
    )
    assert directives(text) == [
        "万达广场以“创城”为契机，不断提高服务质量",
        "青山区加强与万达商场的沟通协作，营造浓厚氛围",
    ]
    assert [w for _, w in issued(text)] == ["刘明", "王立", "刘明", "王立"]


def test_guard_a_semicolon_before_a_report_of_yaoqiu_splits_nothing():
    # (要求 as a noun, no addressee or act after it: no requirement of its own opens there)
    text = "县委书记刘明强调，各乡镇要压实责任，抓好整改；要求的整改时限为本月底。"
    assert len(directives(text)) == 1


def test_the_pair_on_a_visit_both_require():
    # 甲、乙察看了…，要求某某区切实…: both speak (before: the second only)
    text = _TOUR + (
        "在长征街道，刘明、王立察看了人行道硬化情况，要求青山区切实做好楼道清扫，加强卫生保洁。"
    )
    assert issued(text) == [
        ("青山区切实做好楼道清扫，加强卫生保洁", "刘明"),
        ("青山区切实做好楼道清扫，加强卫生保洁", "王立"),
    ]


def test_guard_one_of_a_pair_stressing_alone_speaks_alone():
    text = _TOUR + "刘明、王立察看了人行道硬化情况。刘明指出，创城工作要从办好群众身边事做起。"
    assert issued(text) == [("创城工作要从办好群众身边事做起", "刘明")]


# --- a speaker named as the leader of a level ---------------------------------------------------


def test_the_one_leader_of_a_named_city_speaks_under_that_title():
    # 青石市领导某某参加。…青石市领导强调，…: the one name given that title (before: no speaker)
    text = (
        "昨日，青石市在南坪镇召开文明村镇创建推进会，部署了全年创建工作，青石市领导林海参加。\n"
        "会上，督导组通报了近阶段发现的问题。\n"
        "青石市领导强调，南坪镇是历史名镇。创建工作要着眼于提升居民素质。"
    )
    assert issued(text) == [("创建工作要着眼于提升居民素质", "林海")]


def test_guard_a_roll_of_leaders_names_no_one_speaker():
    text = (
        "昨日，青石市召开推进会，市领导林海、王军参加。\n市领导强调，创建工作要着眼于提升居民素质。"
    )
    assert issued(text) == []


def test_the_circumstance_an_assertion_named_goes_with_it():
    # …处于重要位置，面对这一重大机遇，全区上下务必要…: the span opens at the addressee (before:
    # at 面对)
    text = (
        "青石开发区召开领导干部会议，党工委书记林海出席并讲话。\n"
        "林海指出，开发区在全省发展格局中处于重要位置，面对这一重大机遇，"
        "全区上下务必要增强紧迫感和责任感，抓住机遇、乘势而上。"
    )
    assert issued(text) == [("全区上下务必要增强紧迫感和责任感，抓住机遇、乘势而上", "林海")]


def test_guard_a_circumstance_right_after_the_frame_stays():
    text = "党工委书记林海指出，面对新的形势和任务，各单位要增强紧迫感，抓住机遇。"
    assert directives(text) == ["面对新的形势和任务，各单位要增强紧迫感，抓住机遇"]


def test_the_points_after_a_deployed_work_and_its_colon_are_requirements():
    # …安排部署下一步…工作：一是…: as …进行了部署：一是… (before: none)
    text = (
        "4月5日，青石县城管局召开创文攻坚大会。\n"
        "会议签订了目标任务书，安排部署下一步城管系统创文工作：一是以创文统揽全局工作。"
        "二是抓好“园林城市”创建。\n"
    )
    assert directives(text) == ["以创文统揽全局工作", "抓好“园林城市”创建"]
    assert issued(text) == []
    # the one who deploys them, named in the subject, lays them down (as 作…部署：)
    text = (
        "4月5日，青石县城管局召开创文攻坚大会。\n"
        "县城管局局长王国明安排部署下一步城管系统创文工作：一是以创文统揽全局工作。"
        "二是抓好“园林城市”创建。\n"
    )
    assert issued(text) == [("以创文统揽全局工作", "王国明"), ("抓好“园林城市”创建", "王国明")]
