"""Persons of the session 19 audit of PERSON recall (persons20, issue 16), in forms of real reports
of Inner Mongolia, Sichuan's and Gansu's Tibetan prefectures, Liangshan and Yanbian the rules
missed: Tibetan and Yi names of which only one half is a listed part, a listed part of two alone,
a hyphen for the middle dot, a Mongolian name's last part of five, a foreign guest's dotted name
after a state's post. Sentences and names are made up."""

from __future__ import annotations

import pytest

from tests.preannotate_support import spans_and_holds as _out


def _persons(spans: set[tuple[str, str]]) -> set[str]:
    return {t for t, lab in spans if lab == "PERSON"}


@pytest.mark.parametrize(
    ("text", "names", "titles"),
    [
        # one listed half (多杰, 扎西, 索南, 吉克) and one no list holds
        ("镇党委书记多杰冷本带队检查。", {"多杰冷本"}, {"镇党委书记"}),
        ("副县长尕旦扎西主持会议。", {"尕旦扎西"}, {"副县长"}),
        ("州领导索南代、王志刚、吉克伍果参加会议。", {"索南代", "王志刚", "吉克伍果"}, {"州领导"}),
        # newly listed Amdo and Yi parts (更尕, 完玛, 冷智, 勒勒, 曲尔)
        ("州委常委、副州长更尕旦知出席会议。", {"更尕旦知"}, {"州委常委", "副州长"}),
        ("县领导完玛冷智、赵青山出席。", {"完玛冷智", "赵青山"}, {"县领导"}),
        ("副县长勒勒曲尔出席会议。", {"勒勒曲尔"}, {"副县长"}),
        # a listed Mongolian part of three and one character
        ("旗领导其其格娜、乌云毕力格出席。", {"其其格娜", "乌云毕力格"}, {"旗领导"}),
        # a listed part of two alone, a leader's act or a mark after it
        ("副县长尼玛出席会议。", {"尼玛"}, {"副县长"}),
        ("县领导达娃、周一凡出席。", {"达娃", "周一凡"}, {"县领导"}),
        # a hyphen for the middle dot
        ("市委副书记、市长努尔江－阿不力克木出席。", {"努尔江－阿不力克木"}, {"市长"}),
        ("副市长努尔江-阿不力克木主持会议。", {"努尔江-阿不力克木"}, {"副市长"}),
        # a Mongolian name's last part of five (巴雅斯 + 朝鲁)
        ("旗长道·巴雅斯朝鲁出席会议。", {"道·巴雅斯朝鲁"}, {"旗长"}),
    ],
)
def test_transliterated_names_after_a_post(text: str, names: set[str], titles: set[str]) -> None:
    spans, _ = _out(text)
    assert names <= _persons(spans), spans
    assert titles <= {t for t, lab in spans if lab == "TITLE"}, spans


def test_a_foreign_guests_dotted_name_after_a_states_post() -> None:
    spans, _ = _out("邻国副总理道·巴雅斯朝鲁等外方嘉宾观看演出。")
    assert _persons(spans) == {"道·巴雅斯朝鲁"}, spans
    spans, _ = _out("邻国驻华大使策·苏赫乌恩，自治区副主席王志刚参加会见。")
    assert "策·苏赫乌恩" in _persons(spans), spans


def test_a_name_found_elsewhere_is_not_read_inside_a_dotted_name() -> None:
    text = "旗领导乌恩、赵青山出席。会上，邻国副总理策·苏赫乌恩等观看演出。"
    spans, _ = _out(text)
    assert {"乌恩", "策·苏赫乌恩"} <= _persons(spans), spans
    assert sum(1 for t, lab in spans if lab == "PERSON" and t == "乌恩") == 1


@pytest.mark.parametrize(
    "text",
    [
        "区长带领扎西村村民清扫街道。",
        "区长带领村民扎西们清扫街道。",
        "草原上的乌兰，出席的人很多。",
        "2021-2022年度考核结果，县长出席。",
        "创文一线-社区巡查中，副县长讲话。",
        "2019-05-06 08:10 来源：岚溪日报-青苇新闻网\n5月6日，青苇区召开会议。",
    ],
)
def test_no_transliterated_name_invented(text: str) -> None:
    spans, _ = _out(text)
    assert not _persons(spans), spans


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a headline's segments, each what a named person did
        ("甘南艺术节开幕 柯明远致辞 宋立新主持\n本报讯 8月4日，艺术节开幕。", {"柯明远", "宋立新"}),
        ("全区创城推进会召开 蒋一鸣作出批示\n本报讯 会议在州府召开。", {"蒋一鸣"}),
        ("邹晓岚出席并讲话\n会议要求，各部门要抓好落实。", {"邹晓岚"}),
    ],
)
def test_names_in_a_headlines_segments(text: str, names: set[str]) -> None:
    spans, _ = _out(text)
    assert names <= _persons(spans), spans


@pytest.mark.parametrize(
    "text", ["大会致辞 新年致辞\n正文。", "领导讲话 会议主持\n正文。", "市长致辞\n正文。"]
)
def test_no_name_in_a_headline_without_one(text: str) -> None:
    spans, _ = _out(text)
    assert not _persons(spans), spans


def test_a_tibetan_name_of_yunnan_after_a_post_before_yiji() -> None:
    spans, _ = _out("省人大常委会副主任、省总工会主席江巴吉才以及省民政厅发来贺电。")
    assert _persons(spans) == {"江巴吉才"}, spans


def test_a_name_after_a_ministrys_post_before_xuandu() -> None:
    spans, holds = _out("在授牌仪式上，国家民委某某司巡视员屈立平宣读了命名决定。")
    assert "屈立平" in _persons(spans), spans
    assert ("屈立平", "国家民委某某司巡视员") in holds, holds


def test_a_name_before_shengzan() -> None:
    spans, holds = _out("“你是全市家庭的榜样。”市委书记曾立本盛赞老人。")
    assert ("曾立本", "市委书记") in holds, holds


@pytest.mark.parametrize("text", ["委员有担当，政协有力量。", "委员有信心，工作有干劲。"])
def test_you_before_a_word_after_a_post_is_no_name(text: str) -> None:
    spans, _ = _out(text)
    assert not _persons(spans), spans


def test_a_name_found_elsewhere_after_a_preposition() -> None:
    text = "州委常委、县委书记邵刚出席会议。在邵刚看来，创城关键在人。"
    spans, _ = _out(text)
    assert [t for t, lab in spans if lab == "PERSON"] == ["邵刚", "邵刚"], spans


def test_a_roster_of_leaders() -> None:
    text = (
        "【领导名录】\n"
        "书　记：梁启东\n"
        "副书记：高　原（蒙古族） 纪红梅（女） 苏和巴特尔（蒙古族）\n"
        "章立平 郝　健\n"
        "主　任：乌日其木格（蒙古族）\n"
        "【概况】 全旗总面积3000平方公里。"
    )
    spans, _ = _out(text)
    assert _persons(spans) >= {
        "梁启东",
        "高　原",
        "纪红梅",
        "苏和巴特尔",
        "章立平",
        "郝　健",
        "乌日其木格",
    }, spans


@pytest.mark.parametrize(
    "text",
    [
        "主任：各乡镇要抓好落实 确保完成任务\n",
        "书记：要高度重视 认真落实\n",
        "地址：岚溪县人民路 电话：1234567\n",
    ],
)
def test_no_roster_where_the_items_are_no_names(text: str) -> None:
    spans, _ = _out(text)
    assert not _persons(spans), spans


def test_a_name_found_elsewhere_after_le_and_he() -> None:
    text = "市委书记邵刚作了讲话。全会听取和讨论了邵刚受市委常委会委托所作的工作报告。"
    spans, _ = _out(text)
    assert [t for t, lab in spans if lab == "PERSON"].count("邵刚") == 2, spans


def test_a_spokesperson_in_a_chain_and_a_kham_name() -> None:
    spans, holds = _out("邀请青苇市委常委、常务副市长、市政府新闻发言人柯立本等相关领导介绍情况。")
    assert ("柯立本", "市政府新闻发言人") in holds, holds
    spans, _ = _out("全国人大代表、青苇市养护院院长格西王姆结合自身工作作了宣讲。")
    assert "格西王姆" in _persons(spans), spans
