"""Directives and their speakers: forms from the audib18 audit of real reports (session 17, issue
16), most of them traditional mirror copies. The sentences are made up in the forms seen; each test
fails on the rules before the fix it covers, but the guard tests, which hold before and after."""

from __future__ import annotations

from directive_helpers import directives, issued

from civannot.text import normalize


def test_a_speech_announced_for_a_list_of_names_names_no_single_speaker():
    # 县领导甲、乙、丙出席并讲话。/ 县委书记甲、县长乙出席会议并讲话。 (before: the last name of
    # the list spoke the unframed paragraphs after it)
    text = (
        "3月2日，全乡创卫推进会召开。乡领导杜明远、严雪松、蒋秋菊出席并讲话。\n各村要清理卫生死角。"
    )
    assert directives(text) == ["各村要清理卫生死角"]
    assert issued(text, announced=True) == []
    text = "乡党委书记杜明远、乡长严雪松出席会议并讲话。\n各村要清理卫生死角。"
    assert issued(text, announced=True) == []


def test_a_speech_announced_for_one_name_still_carries_over():
    # guard (audib17): one name, its title chain, a chair in another clause
    text = (
        "乡长严雪松主持会议，乡党委书记、人大主席杜明远出席并讲话。\n"
        "近年来，全乡环境持续改善。\n各村要清理卫生死角。"
    )
    assert issued(text, announced=True) == [("各村要清理卫生死角", "杜明远")]
    # by default as well since session 40 (relation.issued_by.announced_sole): the chair in
    # another clause is no other speaker
    assert issued(text) == [("各村要清理卫生死角", "杜明远")]
    # the same in a traditional copy with inline pinyin
    raw = (
        "鄉長嚴雪松主持會(huì)議,鄉黨委書(shū)記、人大主席杜明遠出(chū)席並(bìng)講(jiǎng)話(huà)。\n"
        "各村要清理衛生死角。"
    )
    assert issued(normalize(raw).text, announced=True) == [("各村要清理卫生死角", "杜明远")]


def test_a_frame_verb_glued_to_the_marker_is_a_frame():
    # 他指出要把…，…；要… (before: the pronoun and its verb opened the span)
    text = (
        "会上，市文明办主任邹海鸣作了讲话。他指出要把创卫工作融入日常管理，形成长效机制；"
        "要抓住重点，逐项整改。"
    )
    assert issued(text) == [
        ("要把创卫工作融入日常管理，形成长效机制", "邹海鸣"),
        ("要抓住重点，逐项整改", "邹海鸣"),
    ]
    # 会议强调要… after a named speech: nobody named speaks (before: the speech's speaker was
    # carried past the meeting's own frame, a wrong edge)
    text = "县长邹海鸣出席会议并讲话。\n会议强调要把创卫工作放在首位，形成合力。"
    assert directives(text) == ["要把创卫工作放在首位，形成合力"]
    assert issued(text) == []
    # guard: 要点 after the verb is no marker
    assert directives("市文明办主任邹海鸣作了讲话。他指出要点有三个。") == []


def test_the_next_point_a_bare_yaoqiu_opens_after_an_ordinal():
    # 社区书记某某首先就…作了说明。其次，要求对标对表开展…。最后，加强…。 (before: both missed)
    text = (
        "会议中，社区党支部书记柯月琴首先就近期创卫工作作了说明。其次，要求对标对表开展创卫工作，"
        "及时与共建单位做好对接。最后，加强创卫宣传工作，营造浓厚氛围。"
    )
    assert issued(text) == [
        ("对标对表开展创卫工作，及时与共建单位做好对接", "柯月琴"),
        ("加强创卫宣传工作，营造浓厚氛围", "柯月琴"),
    ]
    # guard: 要求 as a noun after an ordinal asks nothing
    assert directives("其次，要求高、任务重，各单位压力大。") == []


def test_a_full_stop_folded_to_ascii_ends_the_sentence():
    # a mirror that folded 。 to . : 某某强调,…要….会议要求,…要…. (before: one sentence, the
    # meeting's requirement inside the speaker's directive, a wrong edge)
    raw = "鄉長嚴雪松強調,各村要清理衛生死角.會議要求,各單位要抓好整改."
    text = normalize(raw).text
    assert issued(text) == [("各村要清理卫生死角", "严雪松")]
    assert directives(text) == ["各村要清理卫生死角", "各单位要抓好整改"]
    # guard: a dot inside quotes (“美丽.和谐”) and a decimal end nothing
    text = "乡长严雪松强调，各村要共同营造“美丽.和谐”的环境，力争增长3.5个百分点。"
    assert directives(text) == ["各村要共同营造“美丽.和谐”的环境，力争增长3.5个百分点"]


def test_the_aspects_counted_before_a_colon_keep_their_first_item_later_items_split():
    # …必须做好以下三方面工作：一是…；二是…；三是…。 (session 43, lists43: GUIDELINES' unit ends
    # at ； when the next clause opens a new requirement, and an item number after ； in a list of
    # requirements is that opening, as both golds of dev45 read it; the first item stays with the
    # lead after the colon; every item's speaker the frame's 他)
    text = (
        "县委常委孟远川通报了近期工作。他指出，下一阶段必须做好以下三方面工作："
        "一是抓好内业工作是重中之重；二是抓好实地测评项目；三是抓好乡风文明建设。"
    )
    assert issued(text) == [
        ("下一阶段必须做好以下三方面工作：一是抓好内业工作是重中之重", "孟远川"),
        ("抓好实地测评项目", "孟远川"),
        ("抓好乡风文明建设", "孟远川"),
    ]
    text = "县委常委孟远川指出，要抓好以下几项工作：一是抓好整改；二是加强宣传。"
    assert directives(text) == ["要抓好以下几项工作：一是抓好整改", "加强宣传"]


def test_zaici_before_a_hope_is_a_connective():
    # 在此希望各村继续… (before: 在此 opened the span)
    assert directives("在此希望各村继续加大创卫工作力度，打赢攻坚战。") == [
        "希望各村继续加大创卫工作力度，打赢攻坚战"
    ]
    # guard: 在此基础上 is an adverbial of the requirement
    assert directives("县长严雪松强调，在此基础上，各村要继续加大创卫工作力度。") == [
        "在此基础上，各村要继续加大创卫工作力度"
    ]
