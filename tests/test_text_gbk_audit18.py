"""GBK repair, session 17 audit (gbk18): what the repair left unread or read wrong on real pages
freshly damaged (issue 16). Made-up sentences, damaged with the DESIGN.md §4 recipe
(civannot.text.damage); names, towns and units are invented.

- a date's unit that lost both bytes between digits (6?18日, 2022?11月, 11月3?，) is 月, 年, 日;
- a second name after a byline cue (记者：罗晓燕 章?浩) is weighed as a name;
- at a line's end the context's pairs do not trade the word model's final mark for another
  (新局面！ at an article's end read 新局面，).
"""

from __future__ import annotations

import re

import pytest

from civannot.text import gbk, normalize
from civannot.text.damage import gbk_lead_loss
from civannot.text.gbk import REPLACEMENT, _byline_name, _date_unit
from tests.gbk_support import PairsContext


def _clean_at(text: str, at: str, stripped: bool = False) -> str:
    raw = gbk_lead_loss(text, text.index(at))
    if stripped:  # a site that dropped U+FFFD before an ASCII byte (eval_normalize's gbk_stripped)
        raw = re.sub("\ufffd(?=[\x00-\x3f])", "", raw)
    return normalize(raw).text


DATES = [
    ("6月18日，桐溪县召开创建全国文明城市推进会。", "月18"),
    ("9月7日上午，梅岭区召开创城工作会议。", "月7"),
    ("2022年11月3日，梅岭区开展督查。", "年11"),
    ("2022年11月3日，梅岭区开展督查。", "月3"),
    ("发布时间：2023年5月6日 来源：梅岭日报", "年5"),
]


@pytest.mark.parametrize(("text", "at"), DATES)
@pytest.mark.parametrize("stripped", [False, True])
def test_a_dates_unit_between_digits(text: str, at: str, stripped: bool) -> None:
    assert _clean_at(text, at, stripped) == text


def test_date_unit_forms() -> None:
    assert _date_unit("发布时间：2023", "5月6日") == "年"
    assert _date_unit("会议于6", "18日召") == "月"
    assert _date_unit("11月3", "，梅岭") == "日"
    # not a date: a count, a month that is no month, a year that is no year
    assert _date_unit("共有3", "名干部") == ""
    assert _date_unit("会议于16", "18日召") == ""
    assert _date_unit("编号3021", "5月") == ""
    assert _date_unit("共有3", "12人") == ""


BYLINES = [
    "会议听取了各单位的汇报。（来源：桐溪电视台 记者：罗晓燕 章明浩）",
    "会议听取了各单位的汇报。（记者 罗晓燕 实习生 章明浩 报道）",
    "会议听取了各单位的汇报。（记者 罗晓燕 章明浩）",
]


@pytest.mark.parametrize("text", BYLINES)
@pytest.mark.parametrize("at", ["章明", "明浩"])
def test_a_second_byline_name_is_not_renamed(text: str, at: str) -> None:
    out = _clean_at(text, at)
    i = text.index(at)
    # right, or shown as damage: never another character in the name
    assert all(o in (t, REPLACEMENT) for o, t in zip(out[i : i + 2], text[i : i + 2], strict=True))


def test_byline_names_after_the_first() -> None:
    assert _byline_name("（记者：罗晓燕 章") == "章"
    assert _byline_name("（记者 罗晓燕 实习生 ") == REPLACEMENT
    assert _byline_name("（来源：桐溪电视台 记者：罗晓燕 ") == REPLACEMENT
    # as before: the first name, and no name without a cue
    assert _byline_name("（通讯员：林小") == "林小"
    assert _byline_name("会议指出，要把") == ""


def test_the_line_final_mark_stays_the_word_models() -> None:
    # 局面！ best, 局面， half a nat behind; the context knows the pair 面， well
    text = "开创工作新?XY"
    ranked = [(("局面！", 2), -10.0), (("局面，", 2), -10.5), (("旧时！", 2), -20.0)]
    ctx = PairsContext({"面，": 6.0})
    got = gbk._context_choice(ctx, text, 5, "工作新", ranked, -40.0, gbk.APPLY_MARGIN)  # type: ignore[arg-type]
    assert got is not None and got[1] == "局面！"
    got = gbk._context_choice(ctx, text + "\n下一段", 5, "工作新", ranked, -40.0, gbk.APPLY_MARGIN)  # type: ignore[arg-type]
    assert got is not None and got[1] == "局面！"
    # mid-line the context's pair still decides
    got = gbk._context_choice(ctx, text + "，继续", 5, "工作新", ranked, -40.0, gbk.APPLY_MARGIN)  # type: ignore[arg-type]
    assert got is not None and got[1] == "局面，"


def test_a_photo_credit_after_the_names_is_no_name() -> None:
    assert _byline_name("步道一角。（记者 韩秋禾 ") == ""
    text = "新修的步道沿河铺开，傍晚散步的居民多了起来。（记者 韩秋禾 摄）"
    assert _clean_at(text, "摄）") == text


SHARE = [
    "会议要求各单位压实责任，确保创建工作取得实效。\n蓝溪手机报 我要分享",
    "会议要求各单位压实责任，确保创建工作取得实效。蓝溪手机报 我要分享",
    "会议要求各单位压实责任，确保创建工作取得实效。\n【蓝溪客户端】 | 我要分享",
]


@pytest.mark.parametrize("text", SHARE)
@pytest.mark.parametrize("at", ["溪", "手", "机", "我", "分"])
def test_a_damaged_share_button_goes(text: str, at: str) -> None:
    body = "会议要求各单位压实责任，确保创建工作取得实效。"
    if at not in text[len(body) :]:
        return
    raw = gbk_lead_loss(text, text.index(at, len(body)))
    assert normalize(raw).text == body


def test_a_sentence_that_speaks_of_sharing_stays() -> None:
    # the button's words inside a paragraph, and a line that only ends in 分享
    for text, kept in (
        ("志愿者王小燕说：“我要分享这份快乐。”会议要求各单位压实责任。", "我要分享这份快乐"),
        ("会议要求各单位压实责任。\n群众在手机报上留言说我要分享", "群众在手机报上留言说我要分享"),
    ):
        raw = gbk_lead_loss(text, text.index("压实"))
        assert kept in normalize(raw).text
