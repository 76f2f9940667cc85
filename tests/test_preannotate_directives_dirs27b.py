"""dirs27b (session 26): DIRECTIVE boundaries and recall on the fresh development set dev27p2's
forms. Made-up sentences in the same grammar (other names, places, numbers); each positive case
failed on main 7c1c40f, the guards pass before and after."""

from __future__ import annotations

from tests.directive_helpers import issued

_LEAD = "5月3日，副县长林志远带队检查青禾县创城工作。"


def _one(text: str) -> list[tuple[str, str]]:
    return issued(_LEAD + text)


# --- a time word before the marker: a connective only when its comma sets it off ---------------


def test_time_word_glued_to_the_requirement_stays_in():
    assert _one("林志远强调，下一步要紧盯薄弱环节，完善长效机制。") == [
        ("下一步要紧盯薄弱环节，完善长效机制", "林志远")
    ]
    assert _one("林志远强调，当前的创建工作要更加注重细节，补齐短板。") == [
        ("当前的创建工作要更加注重细节，补齐短板", "林志远")
    ]


def test_time_word_with_its_comma_stays_a_connective():
    assert _one("林志远强调，下一步，各社区要紧盯薄弱环节。") == [
        ("各社区要紧盯薄弱环节", "林志远")
    ]
    assert _one("林志远强调，当前，要全力抓好问题整改。") == [("要全力抓好问题整改", "林志远")]


# --- an example's or a summary's lead-in -------------------------------------------------------


def test_example_and_summary_lead_in_stay_out():
    assert _one("林志远表示，细节决定成败。例如要及时清理建筑垃圾，注意井盖安全。") == [
        ("要及时清理建筑垃圾，注意井盖安全", "林志远")
    ]
    assert _one("林志远强调，创建工作任务重。总的要求是要锁定目标、把准方向，扭住重点难点。") == [
        ("要锁定目标、把准方向，扭住重点难点", "林志远")
    ]


# --- 自我 in an item is no first-person report ---------------------------------------------------


def test_self_in_a_listed_item_is_no_first_person():
    text = (
        "林志远提出三点要求：一是各单位要对照手册开展整改；二是自我测评，"
        "推进整改；三是注重细节完善，做好查漏补缺。"
    )
    assert _one(text) == [
        ("各单位要对照手册开展整改", "林志远"),
        ("自我测评，推进整改", "林志远"),
        ("注重细节完善，做好查漏补缺", "林志远"),
    ]
    # (我 itself still marks a report in an item)
    text = "林志远提出两点要求：一是各单位要对照手册开展整改；二是我们已完成自查。"
    assert _one(text) == [("各单位要对照手册开展整改", "林志远")]


# --- the time of the work before the addressee, its 在 left out ----------------------------------


def test_time_of_the_work_without_zai_stays_in():
    assert _one("林志远要求，创建过程中，各单位要加大宣传力度，营造浓厚氛围。") == [
        ("创建过程中，各单位要加大宣传力度，营造浓厚氛围", "林志远")
    ]
    assert _one("林志远要求，整治期间，各街道要安排专人值守。") == [
        ("整治期间，各街道要安排专人值守", "林志远")
    ]


# --- a second verb of requiring with its own addressee opens a requirement of its own ------------


def test_second_requiring_verb_splits_the_sentence():
    text = (
        "在东湖路，林志远针对发现的问题，要求城管中队工作人员立即组织清理，"
        "同时要求相关科室进一步完善台账，强化巡查频次。"
    )
    assert _one(text) == [
        ("城管中队工作人员立即组织清理", "林志远"),
        ("相关科室进一步完善台账，强化巡查频次", "林志远"),
    ]
    text = "在南山社区，林志远与居民交流，要求其及时清理楼道堆物，并督促社区要加强宣传引导。"
    assert _one(text) == [
        ("其及时清理楼道堆物", "林志远"),
        ("社区要加强宣传引导", "林志远"),
    ]


def test_a_second_verb_without_an_addressee_does_not_split():
    # (…，并要求限期整改: no addressee of its own, the same requirement goes on)
    text = "林志远要求各社区立即清理楼道堆物，并要求限期整改到位。"
    assert _one(text) == [("各社区立即清理楼道堆物，并要求限期整改到位", "林志远")]
