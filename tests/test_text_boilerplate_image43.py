"""An inline picture a copying tool left as an <image> element (its data URI or link inside) is not
the article's text: it goes whole, with the space before it where it ends the line (session 43,
seen on real mirror pages)."""

from civannot.text.normalize import normalize


def test_image_element_ending_a_line_goes_with_the_space_before_it() -> None:
    raw = (
        "县委书记周立新主持会议，县领导陪同。 "
        '<image>data:image/png;base64,iVBORw0KGgoAAAANSUhEUg== alt="图片"</image>\n'
        "周立新强调，各乡镇要压实防汛责任。\n"
    )
    assert normalize(raw).text == (
        "县委书记周立新主持会议，县领导陪同。\n周立新强调，各乡镇要压实防汛责任。"
    )


def test_image_element_inside_a_line_goes_and_offsets_stay_exact() -> None:
    raw = '岚江县召开会议。<image>data:image/s3,"s3://crabby-images/d1749/d17497553327d6f37395b8b4ec5d65cdc7f6cf2b" alt=""</image> 周立新强调，要抓好落实。'
    norm = normalize(raw)
    assert "image" not in norm.text
    assert "岚江县召开会议。" in norm.text and "周立新强调，要抓好落实。" in norm.text
    i = norm.text.index("周立新")
    a, b = norm.offset_map.to_raw(i, i + 3)
    assert raw[a:b] == "周立新"


def test_the_word_image_in_text_stays() -> None:
    raw = "会议要求，要提升城市image和形象，打造<image>品牌。"
    assert "<image>" in normalize(raw).text
