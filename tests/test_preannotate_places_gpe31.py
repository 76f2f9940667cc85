"""Session 31 (gpe31): GPE forms of real reports. A town or a sub-district named by a word of the
dictionary, between a verb of going and the inspection done there (来到某某街道实地督查), and
the bare name of such a sub-district elsewhere in the article; a prefecture's name that is also a
word, named alone twice or beside the city's own outlet where the article never writes its unit.
Every sentence, name and place here is made up."""

from __future__ import annotations

import pytest

from civannot.preannotate.engine import suggest


def _places(text: str) -> list[str]:
    return [s.text for s in suggest(text).spans if s.label == "GPE"]


# --- a town or a sub-district named by a word, after a verb of going, before the inspection


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("区委副书记周明一行来到胜利街道实地督查创城工作。", "胜利街道"),
        ("副区长张亮到建设镇检查创卫工作。", "建设镇"),
        ("督导组深入跃进乡调研人居环境整治。", "跃进乡"),
        ("市政协副主席李青赴振兴街道督查创文工作。", "振兴街道"),
    ],
)
def test_a_word_named_town_visited_is_a_place(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    "text",
    [
        "执法队员到附近镇开展整治。",
        "执法队员到周边街道开展整治。",
        "督导组到相关街道暗访创卫进展。",
        "督导组来到部分街道实地察看。",
        "督导组深入偏远乡镇检查工作。",
        "市领导深入联点街道调研。",
    ],
)
def test_a_word_of_position_or_kind_before_the_unit_names_none(text: str) -> None:
    assert _places(text) == []


def test_the_sub_district_is_named_bare_elsewhere() -> None:
    text = (
        "周明到柳湾指导创城工作。9月3日上午，周明一行来到柳湾街道实地督查。"
        "他对柳湾的创城氛围表示肯定。接下来，柳湾要进一步补齐短板。"
    )
    got = _places(text)
    assert got.count("柳湾街道") == 1 and got.count("柳湾") == 3


def test_a_rare_function_word_named_sub_district_is_read_bare_too() -> None:
    # jieba's dictionary holds some names as adverbs it barely saw: they are names here
    text = "王明一行来到久慕街道实地督查。接下来，久慕要进一步优化环境。"
    assert _places(text) == ["久慕街道", "久慕"]


def test_a_crossroads_or_a_quoted_formula_keeps_the_bare_name() -> None:
    text = "7月2日，柳河街道召开创建推进会。会议要求加强对柳河十字周边的整治，打造“柳河速度”。"
    assert _places(text) == ["柳河街道"]


# --- a prefecture's name that is also a word, alone where its unit is never written


def test_an_ambiguous_city_named_alone_twice_is_the_city() -> None:
    assert _places("这是展示三明魅力、凝聚三明精神的重大机遇。") == ["三明", "三明"]


def test_an_ambiguous_city_beside_its_own_outlet_is_the_city() -> None:
    text = "来源：丽水新闻网。会上强调，这项工作事关丽水的长远发展。"
    assert _places(text) == ["丽水"]
    # without the outlet one mention alone is not enough
    assert _places("会上强调，这项工作事关丽水的长远发展。") == []


@pytest.mark.parametrize(
    "text",
    [
        "早餐吃三明治，午餐也吃三明治。",
        "刘金华指出，要抓好落实。刘金华强调，要守住底线。",
        "要立行立改、长治长效，确保长治长效。",
    ],
)
def test_the_word_or_the_given_name_stays_none(text: str) -> None:
    assert _places(text) == []


# --- a rank or whose before a unit: a kind of division, no name


@pytest.mark.parametrize(
    "text",
    [
        "一、文明城市\n地级市：岚州市、梧源市。",
        "全市各县区、市属开发区务必于月底前报送实施方案。",
        "省考核组对申报的县级市、市辖区、建制县逐一打分。",
        "区辖园区要抓紧制定专项方案。",
    ],
)
def test_a_kind_of_division_is_no_place(text: str) -> None:
    got = _places(text)
    assert not any(p.startswith(("地级", "市属", "县级", "市辖", "区辖")) for p in got), got


# --- the edges of an ambiguous city's name: a word closing before it leaves no surname


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # 明 closes 文明 (a surname elsewhere before a name)
        ("要以弘扬金华城市精神为抓手，加快打造文明金华。", "金华"),
        ("打造文明安康，是擦亮安康名片的关键一步。", "安康"),
    ],
)
def test_a_city_after_a_word_of_the_dictionary_is_alone(text: str, city: str) -> None:
    assert _places(text) == [city, city]


def test_a_surname_before_the_city_name_still_makes_a_person() -> None:
    assert _places("吴丽水说，要抓好落实。吴丽水强调，要守住底线。") == []
