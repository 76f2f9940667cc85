"""lists43 (session 43): a speaker announces work and numbers its items in one sentence, the items
parted by ；, most of them without 要 (…当前要重点抓好以下几项工作：一是搞好…；二是强化…；三是…。).
GUIDELINES' DIRECTIVE unit: one sentence, or a clause ending in ； when the next clause opens a new
requirement with its own marker; list numbers stay outside the span. An item number after ； in a
list of requirements (二是 / 第二， / （二） / 其二，) opens the next requirement as a marker
would: each item is its own DIRECTIVE, ISSUED_BY the same speaker (both golds of dev45 read the
form so). The item right after the colon stays with the lead that announces it (the engine's
reading of the colon, unchanged), items parted by a comma stay one unit, and unnumbered items after
以下N项工作： stay one requirement (_COUNTED_COLON's convention). Made-up sentences: invented names
and places in the forms real reports use."""

from __future__ import annotations

from tests.directive_helpers import directives, issued


def test_numbered_items_after_semicolons_are_requirements_of_their_own() -> None:
    # the speaker named two sentences before (他指出，…。为实现…，当前要重点抓好以下几项工作：…)
    text = (
        "副市长周立新出席会议并讲话。他指出，今年全市植树的主要任务是完成造林30万亩。"
        "为实现上述目标，当前要重点抓好以下几项工作：一是搞好苗木培育和供应；"
        "二是强化造林质量监管；三是努力巩固绿化成果；四是进一步加强组织领导。"
    )
    assert issued(text) == [
        ("为实现上述目标，当前要重点抓好以下几项工作：一是搞好苗木培育和供应", "周立新"),
        ("强化造林质量监管", "周立新"),
        ("努力巩固绿化成果", "周立新"),
        ("进一步加强组织领导", "周立新"),
    ]


def test_items_with_commas_inside_split_only_at_the_semicolons() -> None:
    # 某某要求，…当前要着力抓好以下N个方面工作：一是X，Y；二是…: a comma inside an item ends nothing
    text = (
        "岚江县县长吴海平要求，当前要着力抓好以下四个方面工作：一是强化思想认识，"
        "把防火作为大事来抓；二是严格火源管理；三是深入宣传教育，不断提高防火意识；"
        "四是严防人员伤亡。"
    )
    assert issued(text) == [
        ("当前要着力抓好以下四个方面工作：一是强化思想认识，把防火作为大事来抓", "吴海平"),
        ("严格火源管理", "吴海平"),
        ("深入宣传教育，不断提高防火意识", "吴海平"),
        ("严防人员伤亡", "吴海平"),
    ]


def test_other_item_numbers_after_semicolons_open_the_next_requirement() -> None:
    # 第二， / （二） / 其二，: the number stays outside the span
    for first, second in (("第一，", "第二，"), ("（一）", "（二）"), ("其一，", "其二，")):
        text = (
            f"镇长罗清源强调，青石镇要抓好以下两项工作：{first}加强监测预警；{second}强化隐患排查。"
        )
        assert issued(text) == [
            (f"青石镇要抓好以下两项工作：{first}加强监测预警", "罗清源"),
            ("强化隐患排查", "罗清源"),
        ]


def test_items_parted_by_commas_stay_one_requirement() -> None:
    # (a guard: a comma ends no unit, so 一是…，二是…，三是… stays one span)
    text = "镇长罗清源强调，要抓好三项工作：一是加强监测预警，二是强化隐患排查，三是做好物资储备。"
    assert directives(text) == [
        "要抓好三项工作：一是加强监测预警，二是强化隐患排查，三是做好物资储备"
    ]


def test_unnumbered_items_after_a_counted_colon_stay_one_requirement() -> None:
    # (a guard: _COUNTED_COLON's convention, no item number after ；, is unchanged)
    text = (
        "罗清源强调，岚江县要抓好以下两方面工作：学习宣传条例，在普法上实现新突破；"
        "深入开展整治，在环境上实现新提升。"
    )
    assert directives(text) == [
        "岚江县要抓好以下两方面工作：学习宣传条例，在普法上实现新突破；"
        "深入开展整治，在环境上实现新提升"
    ]


def test_a_numbered_list_of_results_is_no_requirement() -> None:
    # (a guard: numbered items after ； in a report of what was done ask nothing)
    text = (
        "罗清源指出，全县防汛工作取得了三项成效：一是建成了监测站；二是排查了隐患点；"
        "三是储备了物资。"
    )
    assert directives(text) == []


def test_a_report_after_the_semicolon_still_ends_the_list() -> None:
    # (a guard: a clause after ； that is no numbered item reports, and stays out)
    text = "罗清源强调，要抓好以下工作：一是清理垃圾；二是整治路面；几个村也做了表态发言。"
    assert directives(text) == ["要抓好以下工作：一是清理垃圾", "整治路面"]


def test_a_later_item_after_a_semicolon_resumes_a_named_speakers_list() -> None:
    # …提出三点意见，一是…。(an explanation) …，我们还要继续努力，…；三是把握重点，…: the item
    # number after ； right after a requirement resumes the list, though the sentences between
    # closed it (as a later item opening a paragraph does)
    text = (
        "岚江街道办事处主任周立新就供暖工作提出三点意见，一是做好供暖保障工作。"
        "供暖是民生工程，是发展的重要保障。近几年来，街道全面提升了三个能力，"
        "各社区要继续努力，全面提升保障能力；三是把握重点，严密防范，确保平稳过冬。"
    )
    assert issued(text) == [
        ("做好供暖保障工作", "周立新"),
        ("各社区要继续努力，全面提升保障能力", "周立新"),
        ("把握重点，严密防范，确保平稳过冬", "周立新"),
    ]


def test_a_later_item_after_a_semicolon_with_nobody_named_is_not_resumed() -> None:
    # (a guard: nobody named speaking, a place's own list may report its measures; as the
    # paragraph-opening item, it is not resumed)
    text = (
        "会议提出三点意见，一是做好供暖保障工作。供暖是民生工程，是发展的重要保障。"
        "近几年来，街道全面提升了三个能力，各社区要继续努力，全面提升保障能力；"
        "三是把握重点，严密防范，确保平稳过冬。"
    )
    assert directives(text) == ["做好供暖保障工作", "各社区要继续努力，全面提升保障能力"]


def test_a_later_item_after_an_assertion_is_not_resumed() -> None:
    # (a guard: 当前的问题一是…；二是…: the unit before the item asserts, no requirement, so the
    # problems it lists are no points of the requirement before)
    text = (
        "县长周立新指出，要正视问题。当前的问题一是工作降温；二是短板不齐，"
        "占道现象依然存在；三是亮点不够。"
    )
    assert directives(text) == ["要正视问题"]
