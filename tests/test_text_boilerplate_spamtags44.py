"""Spam mirrors scatter empty elements of rarer kinds with a random id over a copied page
(<rp id="…"></rp>, <button id="…"><acronym id="…"></acronym></button>) so that search engines
take it for a page of its own. They are markup, not the article: they go, and a line that held
only them (a bullet before them at most) leaves no blank line behind (session 44, real pages)."""

from civannot.text.normalize import normalize


def test_lines_of_spam_elements_go_without_blank_lines() -> None:
    raw = (
        '• <rp id="k3x9q"></rp>\n'
        '    <strong id="k3x9q"></strong>\n'
        "\n"
        '    <button id="k3x9q"><object id="k3x9q"></object></button>\n'
        '    <tbody id="k3x9q"></tbody>\n'
        "岚江县召开校园安全工作会议。\n"
        "\n"
        "周立新强调，各学校要压实安全责任。\n"
    )
    assert normalize(raw).text == (
        "岚江县召开校园安全工作会议。\n\n周立新强调，各学校要压实安全责任。"
    )


def test_spam_element_inside_a_line_goes_and_offsets_stay_exact() -> None:
    raw = '周立新强调，<acronym id="p0w"></acronym>各学校要<rp id="p0w"></rp>压实安全责任。'
    norm = normalize(raw)
    assert norm.text == "周立新强调，各学校要压实安全责任。"
    i = norm.text.index("压实")
    a, b = norm.offset_map.to_raw(i, i + 2)
    assert raw[a:b] == "压实"


def test_angle_brackets_of_the_text_stay() -> None:
    raw = "会议学习了<关于加强校园安全的通知>，周立新强调，要落实“一岗双责”。"
    assert normalize(raw).text == raw


def test_a_bullet_alone_stays_where_no_markup_was() -> None:
    raw = "•\n岚江县召开会议。"
    assert normalize(raw).text.endswith("岚江县召开会议。")
