"""attrib46 (session 44): ISSUED_BY where real reports wrote the frame or the speaker's name in
forms the rules missed. Made-up sentences in the same grammar (other names, places, numbers);
each positive case failed on main e8eb921f, the guards pass before and after."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest
from civannot.preannotate.frames import dash_as_colon
from civannot.preannotate.registry import DEFAULT_OFF
from tests.directive_helpers import issued_or_none as issued


def _labelled(text: str, label: str) -> list[str]:
    return [s.text for s in suggest(text, disabled=DEFAULT_OFF).spans if s.label == label]


def _holds(text: str) -> list[tuple[str, str]]:
    sug = suggest(text, disabled=DEFAULT_OFF)
    return [
        (sug.spans[h].text, sug.spans[t].text) for r, h, t in sug.relations if r == "HOLDS_TITLE"
    ]


# --- 。并提出要求，一某某工作要…；二要…: a request with its subject left out, numbered bare ---------

_SUMMED_UP = "区委书记周立新在总结发言中分析了当前经济形势和存在的问题。"


def test_bare_request_after_the_speakers_sentence_numbered_without_shi() -> None:
    text = (
        f"{_SUMMED_UP}并提出要求，一招商工作要破除瓶颈，逐个突破；二要做好项目储备，"
        "支撑高质量发展；三要全员招商，推动产业升级。"
    )
    assert issued(text) == [
        ("招商工作要破除瓶颈，逐个突破", "周立新"),
        ("二要做好项目储备，支撑高质量发展", "周立新"),
        ("三要全员招商，推动产业升级", "周立新"),
    ]


@pytest.mark.parametrize("connective", ["并", "同时", "随后"])
def test_bare_request_with_a_connective_and_a_comma(connective: str) -> None:
    text = f"{_SUMMED_UP}{connective}提出要求，各部门要压实责任，狠抓落实。"
    assert issued(text) == [("各部门要压实责任，狠抓落实", "周立新")]


def test_bare_request_after_a_team_has_no_speaker() -> None:
    # guard: the sentence before has a team as its subject, nobody named requires
    text = "区委书记周立新出席会议。调研组查看了项目现场。并提出要求，各部门要压实责任。"
    assert issued(text) == [("各部门要压实责任", None)]


def test_one_opening_a_word_stays_in_the_requirement() -> None:
    # guard: 一 that opens a word (一线), and a bare 一 with no 二 after the ；, are kept
    text = f"{_SUMMED_UP}并提出要求，一线干部要靠前指挥；各村要落实网格责任。"
    assert issued(text) == [
        ("一线干部要靠前指挥", "周立新"),
        ("各村要落实网格责任", "周立新"),
    ]


def test_one_with_no_second_item_stays() -> None:
    # guard: no 二 opens the clause after the ；, so 一 is no list number
    text = f"{_SUMMED_UP}并提出要求，一班人要团结协作；各村要落实网格责任。"
    assert [d for d, _ in issued(text)][0] == "一班人要团结协作"


# --- a name after a whole title whose surname no list holds ----------------------------------


def test_unlisted_surname_after_a_title_before_what_the_leader_did() -> None:
    text = (
        "会上，自治区林业厅厅长牧宏川对全区秋季森林防火工作进行了全面安排部署。\n"
        "牧宏川强调，各地各单位要严格落实防火责任制，确保火有人管、责有人担。"
    )
    assert _labelled(text, "PERSON") == ["牧宏川", "牧宏川"]
    assert _holds(text) == [("牧宏川", "自治区林业厅厅长")]
    assert issued(text) == [("各地各单位要严格落实防火责任制，确保火有人管、责有人担", "牧宏川")]


def test_unlisted_surname_after_a_title_before_a_visit() -> None:
    text = "清明节当天，自治区林业厅厅长牧宏川到岚江区检查森林防火工作。"
    assert _labelled(text, "PERSON") == ["牧宏川"]


@pytest.mark.parametrize(
    "text",
    [
        # what follows the post is a word: the leader himself, a meeting of the posts
        "自治区林业厅厅长亲自对全区防火工作进行了安排部署。",
        "自治区林业厅召开厅长会议对全区防火工作进行了安排部署。",
        "县长热线对群众反映的问题进行了梳理。",
        "局长办公会对下一步工作作了安排。",
    ],
)
def test_no_name_after_a_post_before_a_word(text: str) -> None:
    assert _labelled(text, "PERSON") == []


def test_rare_word_after_a_post_the_report_writes_again_with_the_post() -> None:
    text = (
        "10月9日，旗委常委、宣传部部长冬雪到青禾镇岚山村开展工作调研。\n"
        "冬雪部长来到村养殖场实地考察，并强调，要扩大养殖规模，带动周边农户增收。"
    )
    assert _labelled(text, "PERSON") == ["冬雪", "冬雪"]
    assert ("冬雪", "宣传部部长") in _holds(text)
    assert issued(text) == [("要扩大养殖规模，带动周边农户增收", "冬雪")]


def test_rare_word_after_a_post_written_once_is_no_name() -> None:
    # guard: a word of the dictionary nobody is addressed by again stays unread
    text = "旗委常委、宣传部部长冬雪到青禾镇岚山村开展工作调研。"
    assert _labelled(text, "PERSON") == []


def test_name_runs_into_a_word_is_no_name() -> None:
    # 信访工 + 作: the three characters open 信访工作, no name after 总书记
    text = "会上，传达学习了习近平总书记信访工作重要批示精神，对信访工作进行了部署。"
    assert "信访工" not in _labelled(text, "PERSON")
    assert _holds(text) == [("习近平", "总书记")]


def test_three_character_name_before_a_verb_stays() -> None:
    # guard: a name whose last character and the verb after it make no longer word
    text = "县长王明远强调，各部门要抓好落实。"
    assert _labelled(text, "PERSON") == ["王明远"]
    assert issued(text) == [("各部门要抓好落实", "王明远")]


# --- 某某强调 ， …: a blank between the frame's verb and its mark ---------------------------------


def test_frame_with_a_blank_before_its_comma() -> None:
    text = (
        "3月5日 ， 县委书记周立新深入重点企业调研 。\n"
        "周立新强调 ， 项目建设是县域经济的生命线 。各级各部门要增强服务意识 ， 加强沟通协调 。"
        "要抢抓发展机遇 ， 加快进度 。"
    )
    assert issued(text) == [
        ("各级各部门要增强服务意识 ， 加强沟通协调", "周立新"),
        ("要抢抓发展机遇 ， 加快进度", "周立新"),
    ]


def test_spaced_marks_move_after_the_verb_only() -> None:
    text = "他强调 ， 要抓好落实 ， 各村要 ：配合。会议要求　，加快。"
    out = dash_as_colon(text)
    assert len(out) == len(text)
    assert out == "他强调，  要抓好落实 ， 各村要 ：配合。会议要求，　加快。"


# --- 但放眼全年，还要…: the vantage a requirement is laid down from -------------------------------


def test_vantage_lead_after_the_turn_from_praise() -> None:
    text = "县委书记周立新指出：今年工作值得肯定，但放眼全年，还要保持警醒。"
    assert issued(text) == [("放眼全年，还要保持警醒", "周立新")]


# --- wide46 forms: a speaker the rules missed or lost ---------------------------------------


def test_second_hope_after_a_hope_naming_a_leader_keeps_the_speaker() -> None:
    text = (
        "省委书记周立新来到岚山村看望群众。周立新对基层干部群众说，共产党就是为老百姓服务的。"
        "希望乡亲们始终牢记习近平总书记的关心关怀，进一步坚定信心。"
        "希望各级党组织充分发挥作用，扎实做好改善民生工作。"
    )
    assert issued(text) == [
        ("希望乡亲们始终牢记习近平总书记的关心关怀，进一步坚定信心", "周立新"),
        ("希望各级党组织充分发挥作用，扎实做好改善民生工作", "周立新"),
    ]


def test_hope_after_a_named_speaker_sentence_still_goes_to_that_speaker() -> None:
    # guard: a name outside any requirement in the sentence before speaks (as before)
    text = (
        "会议由县长李明远主持。县委书记周立新在讲话中充分肯定了全县工作成绩。"
        "希望各级干部再接再厉，扎实做好各项工作。"
    )
    assert issued(text) == [("希望各级干部再接再厉，扎实做好各项工作", "周立新")]


def test_given_name_opening_with_wei_before_a_post() -> None:
    text = (
        "近日，郑为文副省长就整改工作赴岚江市进行调研。省政府副秘书长吴龙强随同调研。\n"
        "郑为文认真听取了各地的情况汇报。他指出，要严格按照要求抓好整改。"
    )
    assert _labelled(text, "PERSON") == ["郑为文", "吴龙强", "郑为文"]
    assert issued(text) == [("要严格按照要求抓好整改", "郑为文")]


def test_word_opening_with_wei_before_a_post_is_no_name() -> None:
    # guard: 作为 is a word of the dictionary (作为副县长…), no name
    text = "作为副县长，周立新要求各部门抓好落实。"
    assert "作为" not in _labelled(text, "PERSON")


def test_former_lone_post_in_a_list_of_visitors() -> None:
    text = (
        "全国人大常委会原副委员长路明远、原国务委员戴青山来岚江省出席交流周。\n"
        "路明远、戴青山说，近年来，岚江经济社会发展取得了显著成绩。希望各地进一步办好高等教育。"
    )
    assert "原国务委员" in _labelled(text, "TITLE")
    assert ("戴青山", "原国务委员") in _holds(text)
    assert issued(text) == [("希望各地进一步办好高等教育", "戴青山")]


def test_city_ending_in_yuan_keeps_its_post() -> None:
    # guard: 原 closing 太原 is no former post (the city's own 副市长)
    assert "原副市长" not in _labelled("太原副市长周立新与企业负责人座谈。", "TITLE")


def test_encouragement_glued_after_praise() -> None:
    text = (
        "巡检结束后，省外事办副主任周立新主持召开了签约仪式。周立新对两地跨区域合作情况表示"
        "充分肯定，鼓励两地要围绕联合会商深化合作，进一步带动边境经济发展。"
    )
    assert issued(text) == [("两地要围绕联合会商深化合作，进一步带动边境经济发展", "周立新")]


def test_encouragement_as_policy_is_no_frame() -> None:
    # guard: 鼓励 with no marker after its object lays down nothing
    text = "县委书记周立新出席会议。会议鼓励企业加大研发投入。"
    assert issued(text) == []


def test_injunction_said_again_and_again() -> None:
    text = (
        "检查结束后，区建管委工会主席周立新再次强调了液化气钢瓶安全的重要性，"
        "再三叮嘱街道、居民区相关负责同志要严守安全底线。"
    )
    assert issued(text) == [("街道、居民区相关负责同志要严守安全底线", "周立新")]


def test_all_staff_of_a_level_as_what_is_required() -> None:
    text = (
        "镇委书记周立新就如何做好防风工作进行安排部署，要求镇全体驻村同志立即到驻点村委会"
        "协助做好防风工作，要牢固树立底线思维。"
    )
    assert issued(text) == [
        ("镇全体驻村同志立即到驻点村委会协助做好防风工作，要牢固树立底线思维", "周立新")
    ]


def test_blank_for_the_frame_comma_before_running_prose() -> None:
    text = (
        "县委书记周立新到南塘镇调研。\n"
        "周立新指出 耕地保护工作事关粮食安全，是一项民生工程，要深刻认识耕地保护的重要性。"
    )
    assert issued(text) == [("要深刻认识耕地保护的重要性", "周立新")]


def test_blank_in_a_headline_stays() -> None:
    # guard: a headline parts its phrases with blanks and holds no comma; no directive read
    text = (
        "周立新在研究地质灾害防治工作时强调 强化监测预警 切实保障群众安全\n"
        "9月21日，区委书记周立新主持召开专题会议。"
    )
    assert issued(text) == []
    assert dash_as_colon(text) == text


def test_executive_deputy_addressed_by_changwu() -> None:
    text = (
        "市委常委、常务副市长周立新到学校调研。\n"
        "周立新常务指出，学校地处核心区，应结合学校办学特色，扎实推进高质量办学。"
    )
    assert issued(text) == [("应结合学校办学特色，扎实推进高质量办学", "周立新")]


# --- what the speaker did at every stop, and the span of a visit -----------------------------


@pytest.mark.parametrize("habit", ["都", "都要"])
def test_injunction_at_every_stop_after_the_name(habit: str) -> None:
    text = (
        "园区党工委副书记周立新深入园区企业开展安全检查。检查中，周立新每到一家企业，"
        f"{habit}叮嘱企业负责人，要切实做好安全生产工作。"
    )
    assert [sp for _, sp in issued(text)] == ["周立新"]


def test_injunction_at_every_stop_of_an_unnamed_team_has_no_speaker() -> None:
    # guard: the team is the sentence's subject, nobody named
    text = (
        "县委书记周立新出席动员会。检查组每到一家企业，都叮嘱企业负责人，要切实做好安全生产工作。"
    )
    assert [sp for _, sp in issued(text)] == [None]


def test_span_of_a_visit_sets_the_scene() -> None:
    text = (
        "调研期间，省委常委周立新还来到青禾镇岚山村，参观村史馆，走进美丽庭院家庭，"
        "与村民交流生产生活情况，"
        "叮嘱当地干部深入学习运用先进经验，持续整治提升农村人居环境。"
    )
    assert issued(text) == [("当地干部深入学习运用先进经验，持续整治提升农村人居环境", "周立新")]


def test_span_of_a_visit_before_a_town_subject_has_no_speaker() -> None:
    # guard: the clause after the scene has the town as subject, nobody named
    text = "调研期间，该镇成立了由镇长任组长的工作专班，要求各村深入开展人居环境整治。"
    assert issued(text) == [("各村深入开展人居环境整治", None)]


# --- a frame glued after the subject's act: ，她说…，要… / ，并提出某某要… -----------------------


def test_pronoun_and_shuo_glued_after_praise() -> None:
    text = (
        "督查组组长黄彭山指出，要提高政治站位。\n"
        "副组长洪青青对此次督查情况汇报表示了肯定，她说反馈的18个问题已基本完成整改，"
        "要继续加强整改，将整改落到实处。"
    )
    assert issued(text) == [
        ("要提高政治站位", "黄彭山"),
        ("要继续加强整改，将整改落到实处", "洪青青"),
    ]


def test_pronoun_and_shuo_with_nothing_required_moves_no_speaker() -> None:
    # guard: what she said asks nothing; the next requirement is still the frame's before
    text = (
        "督查组组长黄彭山指出，要提高政治站位。副组长洪青青表示了肯定，她说整改已基本完成。"
        "各单位要巩固整改成果。"
    )
    assert issued(text) == [("要提高政治站位", "黄彭山"), ("各单位要巩固整改成果", "黄彭山")]


def test_put_forward_with_its_addressee_after_a_report() -> None:
    text = (
        "镇委书记蒋山海表示，希望各级加快恢复高中招生。\n"
        "副县长黄少山、县教育局长陈明成用具体数据对全县高中学位情况做具体介绍，"
        "并提出乡镇高中招生要解决两大难题。"
    )
    got = issued(text)
    assert got[0] == ("希望各级加快恢复高中招生", "蒋山海")
    # (both named speak: the edge goes to one of them, no longer to the speaker before)
    assert got[1][0] == "乡镇高中招生要解决两大难题"
    assert got[1][1] in ("黄少山", "陈明成")


def test_put_forward_without_a_connective_moves_no_speaker() -> None:
    # guard: 提出 opening a clause with no 并 / 还 / 同时 is no frame glued to the act before
    text = (
        "镇委书记蒋山海表示，希望各级加快恢复高中招生。\n"
        "副县长黄少山、县教育局长陈明成用具体数据做具体介绍，提出的问题要逐一解决。"
    )
    assert [sp for _, sp in issued(text)] == ["蒋山海", "蒋山海"]


def test_pronoun_stress_glued_after_the_speech_and_a_quote() -> None:
    text = (
        "会上，青禾镇作了经验介绍；然后，县人民政府副县长、公安局长李明远总结了前段工作，"
        "并部署了下半年全县禁毒工作；"
        "最后，县委常委、政法委书记周立新作重要讲话，他强调“6.26”国际禁毒日即将到来，"
        "全县上下掀起禁毒宣传活动的高潮，禁毒预防宣传工作要形成常态。"
    )
    assert [sp for _, sp in issued(text)] == ["周立新"]


def test_plural_pronoun_glued_is_no_speaker_frame() -> None:
    # guard: 他们 are those the subject met, not the subject; the speaker before goes on
    text = (
        "县委书记周立新指出，要守牢安全底线。副县长李明远走访了禁毒志愿者，"
        "他们强调“6.26”国际禁毒日即将到来，禁毒宣传工作要形成常态。"
    )
    assert [sp for _, sp in issued(text)] == ["周立新", "周立新"]
