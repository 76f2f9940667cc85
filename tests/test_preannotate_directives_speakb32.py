"""speakb32 (session 32): a requirement whose own words announce a list after a colon, read by
GUIDELINES' DIRECTIVE unit (one sentence ending in 。！？, or a clause ending in ； when the next
clause opens a new requirement with its own marker). The colon ends no unit: items without a marker
of their own stay in the requirement that announces them; an item opening with its own marker
after ； opens the next one. Made-up sentences (invented names and places); the positive cases
failed on main a5539ae, the two guards (a frame before the colon, a colon with no list after it)
pass before and after. (Session 43, lists43: an item NUMBER after ； — 二是, 第二，, （二）, 其二， —
now opens the next requirement as a marker would, as both golds of dev45 read it; unnumbered items
after 以下N项工作： and the item right after the colon stay with the lead.)"""

from __future__ import annotations

from tests.directive_helpers import directives, issued


def test_a_focus_announced_before_a_colon_keeps_its_first_item_later_items_split() -> None:
    # 重点抓好几个关口：一是…；二是…；三是…。 (session 43, lists43: an item number after ； opens
    # a new requirement as a marker would, GUIDELINES' unit; both golds of dev45 read it so. The
    # first item, after the colon, stays with the lead)
    text = (
        "县长林晓东强调，要强化统筹，靠实分工。重点抓好三个关口：一是理顺机构，细化分工；"
        "二是从细处入手，注重长效；三是发动群众，凝聚合力。"
    )
    assert issued(text) == [
        ("要强化统筹，靠实分工", "林晓东"),
        ("重点抓好三个关口：一是理顺机构，细化分工", "林晓东"),
        ("从细处入手，注重长效", "林晓东"),
        ("发动群众，凝聚合力", "林晓东"),
    ]


def test_a_counted_requirement_keeps_its_first_item_numbered_by_yi_yao() -> None:
    # …要做到两个“到位”：一要…。(a sentence of its own) 二要…。: the first item before the 。 is
    # in the sentence that announces it (before: two spans)
    text = "林晓东要求，青山县创建工作要做到两个“到位”：一要认识到位。二要措施到位。"
    assert issued(text) == [
        ("青山县创建工作要做到两个“到位”：一要认识到位", "林晓东"),
        ("二要措施到位", "林晓东"),
    ]


def test_items_with_their_own_marker_still_split_at_the_semicolon() -> None:
    text = "林晓东强调，各乡镇要抓好两件事：一是要整治环境，清理垃圾；二是要加强宣传，营造氛围。"
    assert directives(text) == [
        "各乡镇要抓好两件事：一是要整治环境，清理垃圾",
        "要加强宣传，营造氛围",
    ]


def test_headings_numbered_after_the_colon_of_a_requirement() -> None:
    # 第一，… / （一）…: other list numbers after the colon are read the same way
    text = "林晓东指出，下步要突出两个重点：第一，整治背街小巷；第二，规范农贸市场。"
    # (session 43, lists43: 第二， after ； opens the next requirement, its number left out)
    assert directives(text) == ["下步要突出两个重点：第一，整治背街小巷", "规范农贸市场"]


def test_unnumbered_items_after_a_count_with_yixia_stay_in_the_requirement() -> None:
    # …要抓好以下两项工作：…；…。 (before: the announcement and its items were two spans)
    text = "林晓东强调，各街道要抓好以下两项工作：清理卫生死角，整治背街小巷；规范摊点经营。"
    assert directives(text) == [
        "各街道要抓好以下两项工作：清理卫生死角，整治背街小巷；规范摊点经营"
    ]


def test_a_report_after_the_semicolon_ends_the_list() -> None:
    # the first item stays with its announcement; a clause after ； that reports, no item of the
    # list, ends the list and stays out
    text = "林晓东强调，要抓好以下工作：一是清理垃圾；几个乡镇也做了表态发言。"
    assert directives(text) == ["要抓好以下工作：一是清理垃圾"]


def test_a_frame_before_the_colon_still_parts_its_items() -> None:
    # (a guard: 又提了…意见， is a reporting frame, left out; its items after ； split as before)
    text = "副县长林晓东又提了几条意见，一是要压实责任；二是要强化督查；三是要加强宣传。"
    assert directives(text) == ["要压实责任", "要强化督查", "要加强宣传"]


def test_a_colon_with_no_list_after_it_is_unchanged() -> None:
    # (a guard: 要做到：… with no numbered item is one requirement, as before)
    text = "镇长林晓东强调，各村要做到：垃圾日产日清，道路干净整洁。"
    assert directives(text) == ["各村要做到：垃圾日产日清，道路干净整洁"]
