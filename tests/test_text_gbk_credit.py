"""GBK repair: the 摄 that closes a photo credit (`（记者 某某 摄）`) after it lost its lead byte
(issue 16). With only a name and a space on its left, the word model read frequent characters
(你）) and never weighed 摄. Made-up captions and names, damaged with the DESIGN.md §4 recipe
(civannot.text.damage.gbk_lead_loss)."""

from __future__ import annotations

import pytest

from civannot.text import normalize
from civannot.text.damage import gbk_lead_loss
from civannot.text.gbk import _photo_credit

CAPTIONS = [
    "新修的健身步道沿河铺开，傍晚散步的居民多了起来。（记者 韩秋禾 摄）\n\n图为步道一角。",
    "改造后的农贸市场干净整洁。（记者 韩秋禾 通讯员 苗一帆 摄）",
    "改造后的农贸市场干净整洁。（记者 韩秋禾 摄影）",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_the_credit_closes_with_she(caption: str) -> None:
    damaged = gbk_lead_loss(caption, caption.index("摄"))
    assert normalize(damaged).text == caption


@pytest.mark.parametrize(
    ("caption", "name"),
    [
        # a second name after the space whose first character has 摄's trail byte (E3): the
        # credit's 摄 is one that closes it, not one that starts a name
        ("傍晚散步的居民多了起来。（记者 韩秋禾 茹小满）", "茹"),
        ("傍晚散步的居民多了起来。（记者 韩秋禾 胥晓光 摄）", "胥"),
    ],
)
def test_a_second_name_is_not_read_as_she(caption: str, name: str) -> None:
    out = normalize(gbk_lead_loss(caption, caption.index(name))).text
    assert "摄小" not in out and "摄晓" not in out and "摄消" not in out
    assert out.count("摄") == caption.count("摄")


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("（记者 韩秋禾 ", True),
        ("(记者韩秋禾 ", True),
        ("（本报记者 韩秋禾、苗一帆 ", True),
        ("（通讯员：苗一帆 记者 韩秋禾 ", True),
        ("记者 韩秋禾 ", False),  # no bracket: running text about a reporter
        ("（记者 韩秋禾", False),  # no space: the name itself may go on
        ("（记者 今天上午在会上说 ", False),
    ],
)
def test_photo_credit_cue(before: str, expected: bool) -> None:
    assert _photo_credit(before) is expected
