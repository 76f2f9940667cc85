"""A full stop a copying site set as ASCII `.` (or `．`) is restored to 。 (session 18, norm19).

Made-up sentences in the forms seen on mirror pages. Before: the `.` stayed, and every rule that
splits sentences (they read 。 only) took two sentences as one.
"""

from __future__ import annotations

from civannot.text import normalize
from civannot.text.punctuation import stop_edits


def clean(raw: str) -> str:
    return normalize(raw).text


def test_a_dot_between_chinese_sentences_is_a_full_stop():
    assert clean("镇长柯远山强调,各村要清理卫生死角.会议要求,各单位要抓好整改.") == (
        "镇长柯远山强调，各村要清理卫生死角。会议要求，各单位要抓好整改。"
    )


def test_the_full_width_dot_too():
    assert clean("桐溪镇召开创卫推进会．会议通报了近期工作．") == (
        "桐溪镇召开创卫推进会。会议通报了近期工作。"
    )


def test_a_dot_before_a_space_a_quote_or_a_number():
    assert clean("会议结束. 同时,各单位要抓紧整改.") == "会议结束。 同时，各单位要抓紧整改。"
    assert clean("他说:“要抓好落实.我们要加强督查.”会后,") == (
        "他说：“要抓好落实。我们要加强督查。”会后，"
    )
    assert clean("整改要落实到位.2024年以来,全镇共清理垃圾300吨.") == (
        "整改要落实到位。2024年以来，全镇共清理垃圾300吨。"
    )


def test_a_dot_after_a_percentage_or_a_long_number():
    assert clean("满意率提高到92.6%.下一步,该镇将持续用力.") == (
        "满意率提高到92.6%。下一步，该镇将持续用力。"
    )
    assert clean("请拨打举报专线0739-6621 4408.\n附件:1.测评细则") == (
        "请拨打举报专线0739-6621 4408。\n附件：1.测评细则"
    )


def test_a_dot_after_a_web_address_ends_the_sentence_not_the_address():
    assert clean("详见岚溪文明网www.lanxi.example.cn.\n会议要求") == (
        "详见岚溪文明网www.lanxi.example.cn。\n会议要求"
    )


def test_decimals_numbers_and_abbreviations_stay():
    assert clean("全年增长3.5个百分点,完成率98.2%。") == "全年增长3.5个百分点，完成率98.2%。"
    assert clean("于2024.3.18召开") == "于2024.3.18召开"
    assert clean("文件No.12 已下发") == "文件No.12 已下发"
    assert clean("详见www.lanxi.example.cn/a.html页面") == "详见www.lanxi.example.cn/a.html页面"


def test_numbered_items_stay():
    assert clean("一.加强组织领导,落实责任.\n二.抓好问题整改.") == (
        "一.加强组织领导，落实责任。\n二.抓好问题整改。"
    )
    assert clean("具体要求如下.三.强化督查问效") == "具体要求如下。三.强化督查问效"
    assert clean("（二）.抓好整改") == "（二）.抓好整改"
    assert clean("要点如下:1.加强领导") == "要点如下：1.加强领导"


def test_a_middle_dot_stays():
    # short words in a slogan, a short quote, a transliterated name
    assert clean("共同营造“美丽.和谐.富强”的环境.") == "共同营造“美丽.和谐.富强”的环境。"
    assert clean("“文明城市.卫生城市”同创") == "“文明城市.卫生城市”同创"
    assert clean("州领导艾力.吐尔逊出席会议.") == "州领导艾力.吐尔逊出席会议。"


def test_dot_runs_stay():
    assert clean("各项工作正在推进...下一步") == "各项工作正在推进...下一步"


def test_the_offset_map_is_exact():
    raw = "镇长柯远山强调,各村要清理卫生死角.会议要求,各单位要抓好整改."
    n = normalize(raw)
    assert len(n.text) == len(raw)
    for i, ch in enumerate(n.text):
        a, b = n.offset_map.to_raw(i, i + 1)
        assert (a, b) == (i, i + 1)
        if ch == "。":
            assert raw[a] == "."


def test_no_dot_no_work_and_a_flood_stays_linear():
    assert stop_edits("没有句点的文字，") == []
    # one long line of dotted sentences, and one of middle dots: each dot looks a bounded way back
    assert len(stop_edits("各单位要抓好整改." * 20000)) == 20000
    assert stop_edits("字." * 50000) == [(99999, 100000, "。", True)]
