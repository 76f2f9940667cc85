"""directives39 (session 39): the forms of DIRECTIVE spans read off both golds of dev40 and
checked on wide_dev. Made-up sentences, invented names and places."""

from __future__ import annotations

from tests.directive_helpers import directives, issued


def test_a_requirement_naming_its_work_ends_at_the_colon_before_its_items() -> None:
    # …做好灾后重建工作：一是…地方要…；二是要…: the lead names its work, counts nothing; the
    # colon ends it, the first item is a span of its own (its 一是 out)
    text = (
        "县长林晓东强调，要以恢复生产为重点，抓紧做好灾后重建工作：一是受灾较重的乡镇要成立专班，"
        "统筹推进重建；二是要核清倒房情况，确保早开工。"
    )
    assert issued(text) == [
        ("要以恢复生产为重点，抓紧做好灾后重建工作", "林晓东"),
        ("受灾较重的乡镇要成立专班，统筹推进重建", "林晓东"),
        ("要核清倒房情况，确保早开工", "林晓东"),
    ]


def test_the_items_after_such_a_colon_are_a_list_without_markers() -> None:
    text = (
        "县委书记周文博指出，各相关部门要认清形势，切实扛起发展重任：一是铆足干劲，"
        "发起招商引资总攻势；二是把握机遇争做项目建设的实干家。"
    )
    assert issued(text) == [
        ("各相关部门要认清形势，切实扛起发展重任", "周文博"),
        ("铆足干劲，发起招商引资总攻势", "周文博"),
        ("把握机遇争做项目建设的实干家", "周文博"),
    ]


def test_an_ascii_colon_reads_as_the_full_width_one() -> None:
    text = "县长林晓东强调,要抓紧做好灾后重建工作:一是受灾乡镇要成立专班;二是要核清倒房情况。"
    assert directives(text) == ["要抓紧做好灾后重建工作", "受灾乡镇要成立专班", "要核清倒房情况"]


def test_a_counted_list_stays_one_unit_with_its_items() -> None:
    # (a guard: session 32's reading, a count before the colon)
    text = "林晓东强调，各乡镇要抓好两件事：一是整治环境；二是要加强宣传。"
    assert directives(text) == ["各乡镇要抓好两件事：一是整治环境", "要加强宣传"]


def test_a_quoted_name_opening_a_requirement_leaves_its_opening_mark_out() -> None:
    text = "会议强调，“省级卫生县城”创建工作要抓重点、补短板，责任到人；各部门要密切配合。"
    assert directives(text) == [
        "省级卫生县城”创建工作要抓重点、补短板，责任到人",
        "各部门要密切配合",
    ]


def test_a_quoted_name_after_a_line_the_frame_is_not_read_in() -> None:
    text = "????会议强调,“省级卫生县城”创建工作要抓重点,补短板。"
    assert directives(text) == ["省级卫生县城”创建工作要抓重点,补短板"]


def test_a_whole_quoted_speech_still_drops_both_marks() -> None:
    # (a guard: the quote that is the speech itself)
    text = "县长林晓东说：“各街道要加快整改，全面补齐短板。”"
    assert directives(text) == ["各街道要加快整改，全面补齐短板"]


def test_a_stage_direction_in_brackets_stays_out() -> None:
    text = "县长林晓东说，下面进行投票。（投票结束后）请工作人员收票。"
    assert issued(text) == [("请工作人员收票", "林晓东")]


def test_a_list_number_in_ascii_brackets_stays_out() -> None:
    text = "县长林晓东强调：\n(一)要统一思想，凝聚共识。\n(二)越到关键时刻，越要坚定信心。"
    assert directives(text) == ["要统一思想，凝聚共识", "越到关键时刻，越要坚定信心"]


def test_a_meeting_word_that_sets_the_scene_leaves_the_named_subject_speaking() -> None:
    # 会议最后，副书记某某传达了…精神，要求…: 会议最后 sets the scene as 会上 does; the name
    # that opens the next clause requires (before: no speaker)
    text = "会议最后，街道副书记陈晓明传达了全区安全生产会议精神，要求大家切实抓好安全生产工作。"
    assert issued(text) == [("大家切实抓好安全生产工作", "陈晓明")]
    text = "会议结束前，镇长周文博总结了本季度工作，要求各村抓紧整改到位。"
    assert issued(text) == [("各村抓紧整改到位", "周文博")]


def test_the_meeting_that_hears_a_report_still_speaks_for_itself() -> None:
    # (a guard: 会议听取了某某的汇报，要求…: the meeting requires, nobody named)
    text = "会议听取了副书记陈晓明的工作汇报，要求大家切实抓好安全生产工作。"
    assert issued(text) == []


def test_a_name_owning_what_the_subject_praises_is_no_speaker() -> None:
    # 书记某甲对某乙同志的工作汇报表示肯定，要求…: both names in the subject's clause; the one
    # owning the report (同志的) only names whose it was (before: the owner was the speaker)
    text = "镇党委书记陈文辉对梁志文同志的工作汇报和部署表示肯定，要求大家严格按部署抓落实。"
    assert issued(text) == [("大家严格按部署抓落实", "陈文辉")]


def test_a_bare_verb_glued_to_the_requirement_opens_a_sentence() -> None:
    # …做了动员讲话。强调进社区干部要…: 强调 with no comma, its addressee and marker after it; the
    # speaker is the one named in the sentence before (before: no speaker, the verb in the span)
    text = "街办副主任杨静文做了动员讲话。强调进社区干部要每天签到，认真记录工作日志。"
    assert issued(text) == [("进社区干部要每天签到，认真记录工作日志", "杨静文")]
    text = "县长王大海到东城区调度项目建设，了解城市更新情况。强调要着力整治集镇，推进乡村建设。"
    assert issued(text) == [("要着力整治集镇，推进乡村建设", "王大海")]


def test_the_meeting_that_relays_a_speech_is_no_named_speaker() -> None:
    # 会议传达学习了某某总书记…讲话精神。强调，要…: the meeting stresses; the author of what it
    # relayed is no speaker (before: the author was)
    text = (
        "旗委书记张秀英主持会议并讲话。会议传达学习了习近平总书记在座谈会上的重要讲话精神。"
        "强调，要锚定农业强旗目标，全面推动一产提质。"
    )
    assert issued(text) == []
    assert directives(text) == ["要锚定农业强旗目标，全面推动一产提质"]


def test_a_verb_of_urging_inside_an_addressees_acts_keeps_the_speaker() -> None:
    # 各牵头部门树立…思想，细化…方案，督促各级各部门抓好落实: 督促 is one more act asked of the
    # addressees, no frame with an unnamed subject (before: the speaker ended there)
    text = (
        "市长宋晓明要求，全市各级相关部门要持续抓好统筹调度。各牵头部门树立全市一盘棋思想，"
        "进一步细化工作方案，督促各级各部门抓好工作落实，形成强大合力。"
        "特别在春节前后，要以创文为抓手，开展市容市貌美化工作。"
    )
    assert [who for _, who in issued(text)] == ["宋晓明"] * 3


def test_the_meeting_that_studies_a_letter_is_no_named_speaker() -> None:
    text = (
        "旗委书记张秀英主持会议。会议传达学习了习近平总书记致创新论坛的贺信精神。"
        "强调要依托产业园区，扩大对外贸易规模。"
    )
    assert issued(text) == []
    assert directives(text) == ["要依托产业园区，扩大对外贸易规模"]
