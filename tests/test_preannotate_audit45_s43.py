"""Forms of session 43's audit of 40 fresh real pages (audit45, issue 16).

The surname and post of a person named in full before, closed by a verb no list of name
followers holds (王书记分析了…, 杨副市长认真了解…), where the segmenter ends a word at the post
(not 周局长期以来: 长期); an injunction whose addressee is followed by a comma before the
marker (每到一处，某某都叮嘱场所负责人，要…), and an injunction or an exhortation glued later in the
sentence of a named subject (…，并叮嘱值班人员一定要… / …，并勉励大家要…): the speaker is that
subject. Every example is made up; the names and places are invented."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest
from tests.preannotate_support import entity_set as _tagged
from tests.span_helpers import people


def _issued(text: str) -> list[tuple[str, str | None, int | None]]:
    """(directive text, its speaker's name, where that name starts) in text order."""
    sug = suggest(text)
    tail = {h: t for r, h, t in sug.relations if r == "ISSUED_BY"}
    out: list[tuple[str, str | None, int | None]] = []
    for i, s in enumerate(sug.spans):
        if s.label == "DIRECTIVE":
            t = sug.spans[tail[i]] if i in tail else None
            out.append((s.text, t.text if t else None, t.start if t else None))
    return out


@pytest.mark.parametrize(
    ("text", "surname", "post"),
    [
        (
            "岚江县农业农村局局长周立新一行到青禾镇督导。周局长分析了当前面临的严峻形势。",
            "周",
            "局长",
        ),
        (
            "副市长杨明川带队检查节前安全生产。检查中，杨副市长认真了解受检单位落实情况。",
            "杨",
            "副市长",
        ),
        (
            "县委书记韦立方到青禾村走访。村民们争先恐后地向韦书记报喜。",
            "韦",
            "书记",
        ),
    ],
)
def test_a_surname_and_post_closed_by_an_unlisted_verb(text: str, surname: str, post: str) -> None:
    titles, persons, edges = people(text)
    assert surname in persons, persons
    assert post in titles, titles
    assert (surname, post) in edges


@pytest.mark.parametrize(
    "text",
    [
        # the post's last character opens a word after it: no post there
        "岚江县农业农村局副局长周立新出席。周局长期以来关注此事。",
        # the surname of nobody named in full is left to the stricter rule
        "会议由县委办主持。庞主任务必到会。",
    ],
)
def test_a_post_inside_a_word_or_an_unnamed_surname_is_no_title(text: str) -> None:
    got = _tagged(text)
    assert ("周", "PERSON") not in got and ("庞", "PERSON") not in got, got


def test_the_surname_and_post_speaks_for_the_points_after_it() -> None:
    text = (
        "岚江县农业农村局党组书记周立新一行到青禾镇督导秸秆禁烧工作。"
        "周书记分析了当前面临的形势，对秸秆禁烧工作提出了要求：一是提前谋划，营造氛围；"
        "二是定人定责，完善巡查机制。"
    )
    got = _issued(text)
    at = text.index("周书记分析")
    assert [(w, p) for _, w, p in got] == [("周", at), ("周", at)], got


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the addressee, its comma, then the marker
        (
            "副县长周立新带队检查消防安全。每到一处，周立新都叮嘱场所负责人，要切实扛牢消防安全责任。",
            "周立新",
        ),
        (
            "副县长周立新带队检查消防安全。周立新叮嘱经营户，务必规范用火用电。",
            "周立新",
        ),
        (
            "副县长周立新带队检查消防安全。每到一处，他都叮嘱场所负责人，要切实扛牢消防安全责任。",
            "周立新",
        ),
        # glued later in the named subject's sentence, any addressee before the marker
        (
            "副县长周立新带队督导秸秆禁烧。每到一处，周立新都与乡镇干部认真交流，询问收割进度，"
            "并叮嘱值班人员一定要严防死守，确保万无一失。",
            "周立新",
        ),
        (
            "副县长周立新带队督导森林防火。每到一处，周立新都详细了解值守人员的工作情况，"
            "并勉励大家要时刻保持警惕，确保万无一失。",
            "周立新",
        ),
    ],
)
def test_an_injunction_names_its_speaker(text: str, speaker: str) -> None:
    got = _issued(text)
    assert got and all(w == speaker for _, w, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        # a meeting's exhortation: nobody named speaks
        "副县长周立新出席会议。会议听取了各村汇报，并勉励大家要再接再厉。",
        # 勉励 with no marker after its addressee is no frame of a requirement
        "副县长周立新出席会议。会议听取了各村汇报，并勉励大家继续努力，争取更好成绩。",
    ],
)
def test_an_exhortation_of_no_named_subject_has_no_speaker(text: str) -> None:
    assert all(w is None for _, w, _ in _issued(text)), _issued(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("为做好节前信访维稳工作，26日，青禾镇召开镇机关干部会议。", "26日"),
        ("县委、县政府高度重视，27日一早，县委书记韦立方赶赴现场。", "27日"),
        ("为抓好秋收工作，8日上午，岚江县召开调度会。", "8日上午"),
    ],
)
def test_a_bare_day_opening_a_clause_after_a_comma(text: str, day: str) -> None:
    assert (day, "DATE") in _tagged(text)


@pytest.mark.parametrize(
    "text",
    [
        # a span of days, a count, a deadline's length: no day of the calendar
        "整改期限为3日，逾期不改的从严处理。",
        "各单位要在接到通知后，3日内完成整改。",
        "活动持续进行，历时5日，共接待群众两千余人次。",
    ],
)
def test_a_count_of_days_after_a_comma_is_no_date(text: str) -> None:
    assert not any(lab == "DATE" for _, lab in _tagged(text)), _tagged(text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("会上，应急办副主任柳明川传达了典型案例。", "应急办副主任"),
        ("省国有林和种苗站二级巡视员柳明川出席会议。", "省国有林和种苗站二级巡视员"),
        (
            "督查组组长、岚江省网信办网络新闻信息传播局副局长柳明川一行来到青禾县。",
            "岚江省网信办网络新闻信息传播局副局长",
        ),
        (
            "3月5日，岚江省自贸区及海关特殊监管区安全生产专委会办公室主任柳明川带队检查。",
            "岚江省自贸区及海关特殊监管区安全生产专委会办公室主任",
        ),
        ("青禾工业园区党委书记、管委会主任柳明川陪同督查。", "青禾工业园区党委书记"),
    ],
)
def test_a_bodys_own_long_name_belongs_to_the_post_after_it(text: str, title: str) -> None:
    titles, persons, edges = people(text)
    assert title in titles, titles
    assert ("柳明川", title) in edges


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a clause word or a verb opens the run: the post alone, as before
        ("会议由城管局局长柳明川主持。", "城管局局长"),
        ("会上，听取了副局长柳明川的汇报。", "副局长"),
        ("随后召开会议，市应急局副局长柳明川讲话。", "市应急局副局长"),
    ],
)
def test_a_clause_before_the_post_is_no_part_of_it(text: str, title: str) -> None:
    titles, _, _ = people(text)
    assert title in titles, titles


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an injunction whose subject the sentence leaves out, after a sentence of the named one
        (
            "县长董立新深入青禾镇检查春耕生产。在农业园区，董立新走进育苗大棚，查看秧苗长势。"
            "叮嘱县农技部门要对大棚温度湿度进行监测，做好服务。",
            "董立新",
        ),
        # the next step the speaker asks for
        (
            "市督查室主任杨立新一行来青禾县调研。杨立新对青禾县项目建设给予充分肯定，认为推进有力。"
            "下一步要求青禾县要不断总结经验，严格按照项目工作程序推进。",
            "杨立新",
        ),
        # a pronoun subject after the scene, its injunction glued later
        (
            "副市长宋立新带队检查防汛工作。宋立新先后深入两县，实地查看了滞洪区。"
            "每到一处，他都详细了解防汛准备情况，并叮嘱相关部门做好各项准备工作，落实应急措施。",
            "宋立新",
        ),
    ],
)
def test_a_left_out_or_pronoun_subject_names_the_injunctions_speaker(
    text: str, speaker: str
) -> None:
    got = _issued(text)
    assert got and all(w == speaker for _, w, _ in got), got


def test_the_next_step_frame_stays_out_of_the_directive() -> None:
    text = (
        "市督查室主任杨立新一行来青禾县调研。杨立新对青禾县项目建设给予充分肯定。"
        "下一步要求青禾县要不断总结经验，严格按照项目工作程序推进。"
    )
    assert [d for d, _, _ in _issued(text)] == ["青禾县要不断总结经验，严格按照项目工作程序推进"]


def test_an_injunction_after_a_meeting_has_no_speaker() -> None:
    text = "县长董立新出席会议。会议听取了各村汇报。叮嘱各村要做好值守。"
    assert all(w is None for _, w, _ in _issued(text)), _issued(text)
