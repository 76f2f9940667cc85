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
    assert issued(text) == []
    text = "乡党委书记杜明远、乡长严雪松出席会议并讲话。\n各村要清理卫生死角。"
    assert issued(text) == []


def test_a_speech_announced_for_one_name_still_carries_over():
    # guard (audib17): one name, its title chain, a chair in another clause
    text = (
        "乡长严雪松主持会议，乡党委书记、人大主席杜明远出席并讲话。\n"
        "近年来，全乡环境持续改善。\n各村要清理卫生死角。"
    )
    assert issued(text) == [("各村要清理卫生死角", "杜明远")]
    # the same in a traditional copy with inline pinyin
    raw = (
        "鄉長嚴雪松主持會(huì)議,鄉黨委書(shū)記、人大主席杜明遠出(chū)席並(bìng)講(jiǎng)話(huà)。\n"
        "各村要清理衛生死角。"
    )
    assert issued(normalize(raw).text) == [("各村要清理卫生死角", "杜明远")]
