"""The normaliser's steps on their own, and on the seeds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from civannot.text import normalize
from civannot.text.convert import is_traditional
from civannot.text.damage import gbk_lead_loss


def test_pinyin_groups_go_real_brackets_stay() -> None:
    n = normalize(
        "創(chuàng)建工作領(lǐng)導(dǎo)小組(銅仁高新區(qū)、大龍開發區(qū))(2023-2023年)"
    )
    assert n.text == "创建工作领导小组（铜仁高新区、大龙开发区）（2023-2023年）"
    assert any(f.kind == "pinyin" for f in n.flags)


def test_full_width_punctuation_restored_but_times_urls_numbers_kept() -> None:
    raw = "时间:08:33:54,会议召开。网址:http://a.gov.cn/x,y.html 共1,000人(含干部)!"
    n = normalize(raw)
    assert (
        n.text == "时间：08:33:54，会议召开。网址：http://a.gov.cn/x,y.html 共1,000人（含干部）！"
    )


def test_doubled_punctuation() -> None:
    assert (
        normalize("林巍,、张弛出席,,各部门参加活动,。").text == "林巍、张弛出席，各部门参加活动。"
    )


def test_doubled_comma_after_a_character_left_unread() -> None:
    # 任 of 责任,， lost its lead byte and its trail byte met the stray comma: the repair leaves
    # U+FFFD for it, and the stray comma is still doubled, not a second ，
    clean = "要切实履行主体责任,，把工作抓实抓细。"
    out = normalize(gbk_lead_loss(clean, clean.index("任"))).text
    assert out == "要切实履行主体责\ufffd，把工作抓实抓细。"


def test_doubled_comma_after_a_number_before_chinese_text() -> None:
    # 92.1%,,较: a doubled ， after a figure is still doubled; `a,,b` and 1,000,, are left alone
    assert normalize("达到92.1%,,较上年提高3个百分点。").text == "达到92.1%，较上年提高3个百分点。"
    assert normalize("代码a,,b不变").text == "代码a,,b不变"


def test_small_form_marks_become_full_width() -> None:
    # 一要…﹔二要… (audib1): a traditional site's small semicolons hid the units of a list
    n = normalize("他說﹕一要修好橋樑﹐方便出行﹔二要種樹﹗")
    assert n.text == "他说：一要修好桥梁，方便出行；二要种树！"
    assert n.offset_map.to_raw(2, 3) == (2, 3)


def test_nbsp_question_mark_indents_dropped() -> None:
    n = normalize("? ? ? 本报讯 会议召开。\n??第二段。\n? 第三段。")
    assert n.text == "本报讯 会议召开。\n第二段。\n第三段。"


def test_simplified_text_unchanged_including_tricky_characters() -> None:
    s = "他抬头看了看，覆盖全市，著力点在于着力推进，乾隆年间的干部什么都管。"
    assert not is_traditional(s)
    assert normalize(s).text == s


def test_traditional_text_converted_keeping_simplified_forms() -> None:
    n = normalize("會議強調,要著力抬頭看路,把工作做乾淨,這麼做。")
    assert n.text == "会议强调，要着力抬头看路，把工作做干净，这么做。"


def test_boilerplate_lines_and_tail_removed_dateline_and_captions_kept() -> None:
    raw = (
        "欢迎访问某某网\n设为首页 | 收藏本站\n您当前所在位置：首页 > 要闻\n"
        "某市召开创建工作会议\n时间：2023-10-13 来源：某市融媒体中心 作者：张三\n"
        "10月13日，某市召开会议。市委书记李四出席会议并讲话。\n会议现场。\n"
        "（王五/文 赵六/图）\n"
        "原文链接：http://x.cn/1.html\n京ICP备12345678号\n联系电话：010-12345678"
    )
    n = normalize(raw)
    assert n.text == (
        "某市召开创建工作会议\n时间：2023-10-13 来源：某市融媒体中心 作者：张三\n"
        "10月13日，某市召开会议。市委书记李四出席会议并讲话。\n会议现场。\n（王五/文 赵六/图）"
    )
    kinds = [f.kind for f in n.flags]
    assert kinds.count("boilerplate") == 2


def test_question_mark_in_running_text_stays_a_question() -> None:
    n = normalize("怎么办?我们要继续努力。")
    assert n.text == "怎么办？我们要继续努力。"
    assert not [f for f in n.flags if f.kind in ("gbk_repair", "damage")]


def _check_char_map(raw: str, text: str, ranges: list[tuple[int, int]]) -> None:
    from opencc import OpenCC

    cc = OpenCC("tw2s")
    full = {"，": ",", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")"}
    for ch, (a, b) in zip(text, ranges, strict=True):
        assert 0 <= a < b <= len(raw)
        src = raw[a:b]
        if b - a == 1:
            assert ch == src or cc.convert(src) == ch or full.get(ch) == src, (ch, src)


@pytest.mark.seeds
def test_seeds_come_out_clean(seed_files: list[Path]) -> None:
    for path in seed_files:
        raw = path.read_text(encoding="utf-8")
        n = normalize(raw)
        text = n.text
        assert not is_traditional(text), path.name
        assert not re.search(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]", text), path.name
        assert "?" not in text and "\ufffd" not in text, path.name
        assert not re.search(r"[,，][、。，；]|[，、；]{2}", text), path.name
        for marker in ("设为首页", "您当前所在位置", "原文链接", "ICP备", "推荐阅读", "免责声明"):
            assert marker not in text, (path.name, marker)
        # No ASCII punctuation left between Chinese characters.
        assert not re.search(r"[\u4e00-\u9fff][,:;!?()][\u4e00-\u9fff]", text), path.name
        _check_char_map(raw, text, n.offset_map.per_char())
        assert normalize(text).text == text  # idempotent


@pytest.mark.seeds
def test_seed_headline_and_dateline_kept(seed_files: list[Path]) -> None:
    raw = next(f for f in seed_files if f.name.startswith("002_")).read_text(encoding="utf-8")
    text = normalize(raw).text
    first = text.split("\n")[0]
    assert "欢迎" not in first and "首页" not in first
    assert "来源：" in text and "作者：" in text  # the dateline/byline stays
