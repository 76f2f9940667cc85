"""Site furniture seen on real copied pages (session 18, norm19): a portal's menu one item a line
at the top, a news app's comment and login boxes, download / more / back buttons, an empty font
chooser and one glued to the source line, a footer naming who runs the site. Made-up sites and
article; each form stayed in the clean text before."""

from __future__ import annotations

import pytest

from civannot.text import normalize

HEAD = "桐溪镇召开创卫工作推进会"
BODY = "4月9日，桐溪镇召开创卫工作推进会。镇党委书记罗青山要求，各村要抓好环境整治。"


def clean(raw: str) -> str:
    return normalize(raw).text


def test_a_portal_menu_one_item_a_line_goes() -> None:
    menu = "\n".join(["桐溪在线", "  新闻", "专题", "资讯", "  房产", "二手", "旅游", "便民电话"])
    assert clean(menu + "\n\n" + HEAD + "\n\n" + BODY) == HEAD + "\n\n" + BODY


def test_a_short_headline_alone_stays() -> None:
    # fewer than five short lines: a short headline and a dateline are no menu
    raw = "创卫简讯\n桐溪镇\n\n" + BODY
    assert clean(raw) == raw


@pytest.mark.parametrize(
    "tail",
    [
        "\n\n评论一下\n评论 0人参与，0条评论\n还没有评论，快来抢沙发吧！\n最热评论\n最新评论",
        "\n\n已有0人参与，点击查看更多精彩评论",
        "\n\n账号+密码登录\n手机+验证码登录\n还没有账号？\n立即注册",
        "\n\n点击查看全文\n回首页\n返 回\n回顶部",
        "\n\n立即下载\n打开桐溪APP阅读全文",
        "\n\n中共桐溪县委宣传部主办\n桐溪新闻网承办",
        "\n\n关键词：",
    ],
)
def test_comment_login_and_button_lines_go(tail: str) -> None:
    assert clean(HEAD + "\n\n" + BODY + tail) == HEAD + "\n\n" + BODY


def test_an_empty_font_chooser_and_a_glued_one_go() -> None:
    raw = HEAD + "\n来源：桐溪日报 2024-04-09 10:06 选择字号：大\n[字体： ]\n" + BODY
    assert clean(raw) == HEAD + "\n来源：桐溪日报 2024-04-09 10:06\n" + BODY


def test_sentences_about_comments_and_downloads_stay() -> None:
    raw = BODY + "\n群众纷纷评论，点赞桐溪镇的变化。\n镇里提醒，立即下载“文明桐溪”小程序可随手拍。"
    assert clean(raw) == raw
    raw = BODY + "\n活动由桐溪镇文明办主办，桐溪中学承办。"
    assert clean(raw) == raw


# --- forms of batch D (HTML left in the text, a forum's filler, a tag cloud, an e-paper's lines)


def test_html_markup_inside_paragraphs_goes_and_block_tags_break_lines() -> None:
    raw = (
        HEAD + "\n\n"
        '<p><b>  4月9日，桐溪镇召开创卫工作推进会。</b></p> <p style="text-align: center;">'
        "<b>（镇创卫办供图）</b></p><p><br></p> <p><b>  镇党委书记罗青山要求，各村要抓好整治。"
        "</b></p><p><br></p>"
    )
    assert clean(raw) == (
        HEAD + "\n\n4月9日，桐溪镇召开创卫工作推进会。\n（镇创卫办供图）\n"
        "镇党委书记罗青山要求，各村要抓好整治。"
    )
    # inline markup only: no line break
    assert clean("各村要<b>抓好</b>整治。") == "各村要抓好整治。"


def test_text_in_angle_brackets_that_is_no_markup_stays() -> None:
    raw = "依据<桐溪镇环境卫生管理办法>执行，a<b 的情况另行处理。"
    assert clean(raw) == "依据<桐溪镇环境卫生管理办法>执行，a<b 的情况另行处理。"


def test_a_forums_filler_goes() -> None:
    raw = (
        HEAD + " # K2 e7 |* q4 h% E3 c% w8 c$ N5 m\n" + BODY + "$ v: X6 V% w# t( E) h* l\n"
        "! H! W K5 N; y2 n\n"
        "\" P4 Y, G: t; d$ S% X' y* ^ 一、环境整治 & i7 h$ G c2 S9 i\n"
        "& _ w' c3 ^8 b/ i1 x, o+ p |"
    )
    assert clean(raw) == HEAD + "\n" + BODY + "\n一、环境整治"


def test_ascii_that_is_no_filler_stays() -> None:
    raw = BODY + "\n请登录 www.txz.example.cn 查看 A B C 三类问题清单。"
    assert clean(raw) == raw


def test_a_tag_cloud_after_the_article_goes() -> None:
    cloud = "\n\n".join(["创卫", "社区", "街道办", "桐溪", "开展", "居民"])
    assert clean(HEAD + "\n\n" + BODY + "\n\n" + cloud) == HEAD + "\n\n" + BODY


def test_a_list_of_names_after_a_heading_stays() -> None:
    names = "\n".join(["罗青山", "柯远舟", "韩小溪", "蓝一鸣", "温若水"])
    raw = BODY + "\n受表彰的先进个人：\n" + names
    assert clean(raw) == raw


def test_an_e_papers_header_pager_and_metadata_line_go() -> None:
    raw = (
        "第03版：桐溪新闻 PDF版\n\n" + HEAD + "\n\n" + BODY + "\n\n小字体大字体\n"
        "当前：A3(2024年04月10日) 上一版 下一版\n"
        "2024-04-10 1 1 桐溪日报 content_4417.html 1 桐溪镇召开创卫工作推进会 /enpproperty-->"
    )
    assert clean(raw) == HEAD + "\n\n" + BODY
