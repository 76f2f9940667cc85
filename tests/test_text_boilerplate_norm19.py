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
