"""LOC forms of session 30 (locs30): the corps' numbered companies (某团七连, 、2连、11连、), a name
opening with 和 right after a list's mark (、和岚社区、), an estate or community named right after
its sub-district (某某街道南岸小区, 某某街道富强社区的广场), a community or a village after a
sub-district's office written short or a body's group (某某办桃林新村, 某某办筹备组青松社区), an
estate's section after a word-name or a name of no kind in a list of places visited (光明花园二期,
某某星城C区), a compound named in its community (某某社区某某生活区), a fair, a station and the
kinds of estate as items of such a list (某某大集, 某某车站, 某某丽景苑), and a byline's writer
before 、记者 (no river). The sentences are made up in the forms; none is a real page's text."""

from __future__ import annotations

from civannot.preannotate import suggest


def _labels(text: str, *labels: str) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in suggest(text).spans if s.label in labels]


def test_numbered_companies_in_a_list_of_units_of_the_corps():
    text = "座谈会上，四十五团机关、柳泉社区、3连、8连、15连负责人先后汇报了工作。"
    locs = _labels(text, "LOC")
    assert ("LOC", "3连") in locs
    assert ("LOC", "8连") in locs
    assert ("LOC", "15连") in locs


def test_a_company_right_after_its_regiment():
    # (the regiment with its company, one LOC: the pooled dev gold of session 47, 7 of 7, where
    # both dev30 golds cut the regiment off as a GPE; misc49)
    text = "检查组随后在四十五团六连召开了点评会。"
    assert ("LOC", "四十五团六连") in _labels(text, "LOC")


def test_no_company_outside_the_corps_nor_in_an_idiom():
    assert _labels("冲刺省级卫生城市、三连冠，一连三天奋战在一线。", "LOC") == []
    text = "十二团全力冲刺三连冠，一连三天开展整治。"
    assert [t for _, t in _labels(text, "LOC") if t.endswith("连")] == []


def test_a_name_opening_with_he_after_the_lists_mark():
    text = "会上，柳泉街道、和岚社区、青松社区负责同志依次发言。"
    assert ("LOC", "和岚社区") in _labels(text, "LOC")


def test_an_estate_right_after_its_subdistrict():
    text = "冯明先后来到东城街道南岸丽景小区，查看了楼道卫生。"
    assert ("LOC", "南岸丽景小区") in _labels(text, "LOC")
    text = "鹿鸣区澄岭街道富强社区的健身步道已经铺好。"
    assert ("LOC", "富强社区") in _labels(text, "LOC")


def test_a_kind_of_estate_after_a_subdistrict_is_no_name():
    text = "东城街道加强小区的管理，东城街道老旧小区的改造，东城街道各小区的环境。"
    assert _labels(text, "LOC") == []


def test_places_after_a_subdistricts_short_office_or_a_bodys_group():
    text = "王立军一行走进城南办桃林新村、翠湖花园二期和城北办筹备组青松社区，查看人居环境。"
    locs = _labels(text, "LOC")
    assert ("LOC", "桃林新村") in locs
    assert ("LOC", "翠湖花园二期") in locs
    assert ("LOC", "青松社区") in locs
    assert not any("办" in t or "组" in t for _, t in locs)


def test_a_word_after_a_group_is_no_community():
    text = "筹备组成员社区走访，工作组深入社区治理一线。"
    assert _labels(text, "LOC") == []


def test_an_estate_named_by_a_word_with_its_section():
    text = "张明先后来到柳溪社区、光明花园二期等地，查看环境卫生。"
    assert ("LOC", "光明花园二期") in _labels(text, "LOC")


def test_a_section_after_a_name_of_no_kind_in_a_list_visited():
    text = "周立先后来到正阳路、鹿鸣星城C区、雨花路等地察看。"
    assert ("LOC", "鹿鸣星城C区") in _labels(text, "LOC")
    text = "他先后来到青禾名邸、松林一区、梧桐镇等地调研。"
    assert ("LOC", "松林一区") in _labels(text, "LOC")


def test_a_compound_named_in_its_community():
    text = "5日晚，罗书记到天河社区水厂生活区走访。"
    locs = _labels(text, "LOC")
    assert ("LOC", "天河社区") in locs
    assert ("LOC", "水厂生活区") in locs


def test_a_fair_a_station_and_an_estate_as_items_of_a_list_visited():
    text = "检查组先后来到翠屏社区、北坡大集、南关车站、金水丽景苑等处，查看环境卫生。"
    locs = _labels(text, "LOC")
    for name in ("北坡大集", "南关车站", "金水丽景苑"):
        assert ("LOC", name) in locs


def test_an_internet_cafe_is_no_estate():
    text = "他们先后走访了柳溪社区、康达网络公馆、青松社区，查看了环境。"
    assert ("LOC", "康达网络公馆") not in _labels(text, "LOC")


def test_a_bylines_writer_is_no_river():
    text = "晨光网消息（王安河、记者苏小禾）6月10日，市里召开创城推进会。"
    assert _labels(text, "LOC") == []


def test_an_economic_region_named_by_a_city():
    text = "要推动贵阳经济区发展，带动经济区域协同并进。"
    assert _labels(text, "LOC", "GPE") == [("LOC", "贵阳经济区")]


def test_a_word_named_estate_right_after_the_subdistrict_cut_off_an_item():
    text = "周立先后走访了桐河公园、南湖街道温馨生活区、北湖街道柳塘村农贸市场等地。"
    locs = _labels(text, "LOC")
    assert ("LOC", "温馨生活区") in locs
    text = "周立先后走访了桐河公园、南湖街道居民生活区、北湖街道柳塘村农贸市场等地。"
    assert not any("生活区" in t for _, t in _labels(text, "LOC"))


def test_a_first_estate_opening_with_a_verbs_word_after_a_verb_of_going():
    text = "周立先后来到解放雅苑、青柳路口公厕、富民广场等地检查。"
    assert ("LOC", "解放雅苑") in _labels(text, "LOC")
    text = "周立先后来到解放广场、青柳路等地，要求发展花园经济。"
    assert not any("发展" in t for _, t in _labels(text, "LOC"))
