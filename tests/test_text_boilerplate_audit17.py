"""Page furniture that must stay out of the clean text (issue 16): a mobile-news share tail in the
forms the copying sites write it (traditional, bracketed, with a separator or a second button
after it, a site's name before it). Made-up article and sites. (转载请注明：URL stays in the text:
the development golds keep it, and the directive rules leave it out.)"""

from __future__ import annotations

import pytest

from civannot.text import normalize

BODY = "溪州讯 3月5日，溪州县召开创建全国文明城市推进会。县委书记韩立川要求，各单位要抓好落实。"


@pytest.mark.parametrize(
    "tail",
    [
        "藍城手機報 我要分享",  # traditional, glued to the last paragraph
        "\n\n【蓝城手机报】 我要分享",
        "\n\n蓝城手机报 我要分享 |",
        "\n\n蓝城新闻网 我要分享",
        "\n\n蓝城手机报 我要评论 我要分享",
        # the forms that were removed before stay removed
        "蓝城手机报 我要分享",
        "\n\n溪州客户端 我要分享",
        "\n\n蓝城手机报\n\n我要分享",
    ],
)
def test_share_tails_stay_out(tail: str) -> None:
    n = normalize(BODY + tail)
    assert n.text == BODY
    assert any(f.kind == "boilerplate" for f in n.flags)


def test_a_sentence_about_sharing_stays() -> None:
    text = BODY + "\n\n志愿者说，我要分享的是社区里的好人好事，让更多人参与进来。"
    assert normalize(text).text == text
