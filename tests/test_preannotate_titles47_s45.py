"""PERSON, TITLE and HOLDS_TITLE on real pages (session 45, helper titles47): made-up sentences in
the forms the real pages write, invented names and places, never the pages' text.

- a province (or a prefecture) written before a lower place's post: the outer place is a GPE of
  its own, the TITLE starts at the place the post belongs to (湖南省某某市市委书记 -> 湖南省 +
  某某市市委书记), as both sets of annotators of the real pages (f45, f46) tag it; the person
  links to the shorter TITLE, in a speaker frame too (gpe.outer_place).
"""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest
from tests.preannotate_support import holds_texts as _holds
from tests.preannotate_support import labelled_spans as _spans


def _tagged(text: str) -> list[tuple[str, str]]:
    return [(lab, t) for lab, t in _spans(text) if lab in ("TITLE", "PERSON", "GPE")]


@pytest.mark.parametrize(
    "text, places, title",
    [
        ("7月2日，湖南省岚江市市委书记周立新到城区检查创城工作。", ["湖南省"], "岚江市市委书记"),
        ("7月2日，湖南省岚江县委书记周立新到城区检查创城工作。", ["湖南省"], "岚江县委书记"),
        ("7月2日，甘肃省岚川州委书记周立新到城区检查创城工作。", ["甘肃省"], "岚川州委书记"),
        ("7月2日，湖南省资兴市副市长周立新到城区检查创城工作。", ["湖南省"], "资兴市副市长"),
        # a province and a prefecture before a district's post: two GPEs
        (
            "7月2日，山西省晋中市岚溪区委书记周立新到城区检查。",
            ["山西省", "晋中市"],
            "岚溪区委书记",
        ),
        # a prefecture alone before a district's post
        ("会上，晋中市榆次区政协副主席周立新讲话。", ["晋中市"], "榆次区政协副主席"),
        # a province's bare name before a county's committee with no name of its own
        ("湖北县委书记、县级总林长周立新到乡镇开展巡林工作。", ["湖北"], "县委书记"),
    ],
)
def test_the_place_above_the_post_s_own_is_a_gpe_of_its_own(
    text: str, places: list[str], title: str
) -> None:
    got = _tagged(text)
    assert [t for lab, t in got if lab == "GPE"][: len(places)] == places
    assert ("TITLE", title) in got
    assert ("周立新", title) in _holds(text)
    assert not any(t.startswith(places[0]) for lab, t in got if lab == "TITLE")


def test_the_shorter_title_in_a_speaker_frame() -> None:
    text = "会上，湖南省岚江县委书记周立新强调，各级各部门要压实责任，抓好整改落实。"
    assert ("GPE", "湖南省") in _tagged(text)
    assert _holds(text) == {("周立新", "岚江县委书记")}
    sug = suggest(text)
    issued = [
        (sug.spans[h].label, sug.spans[t].text) for ty, h, t in sug.relations if ty == "ISSUED_BY"
    ]
    assert issued == [("DIRECTIVE", "周立新")]


def test_a_chain_of_posts_keeps_its_other_posts() -> None:
    text = "湖南省岚江市市委常委、常务副市长周立新出席会议。"
    assert _holds(text) == {("周立新", "岚江市市委常委"), ("周立新", "常务副市长")}
    assert ("GPE", "湖南省") in _tagged(text)


@pytest.mark.parametrize(
    "text, title",
    [
        # the place the post belongs to stays in it
        ("7月2日，湖南省委书记周立新到城区检查创城工作。", "湖南省委书记"),
        ("7月2日，岚江市市委书记周立新到城区检查创城工作。", "岚江市市委书记"),
        ("7月2日，湖南省副省长周立新到城区检查创城工作。", "湖南省副省长"),
        ("7月2日，湖南省政府副省长周立新到城区检查创城工作。", "湖南省政府副省长"),
        # a county whose name is a province's with 县 (河南县) is the county itself
        ("7月2日，河南县委书记周立新到城区检查创城工作。", "河南县委书记"),
        # 中共 before the places belongs to the committee: the title stays whole
        ("7月2日，中共湖南省岚江县委书记周立新到城区检查。", "中共湖南省岚江县委书记"),
        # a county (or a city of county rank) before its town's post stays in it: no gold shows
        # that form apart
        ("7月2日，宝应县青禾镇党委书记周立新到村里检查。", "宝应县青禾镇党委书记"),
        ("7月2日，辉县市青禾镇党委书记周立新到村里检查。", "辉县市青禾镇党委书记"),
        # a body named with its province (a zone of the province) keeps it
        ("湖北省自贸区及海关监管区专委会办公室主任周立新讲话。", None),
        # the city's bureau and its county branch: one body, no place to cut
        ("会上，晋中市生态环境局岚溪县分局局长周立新讲话。", "晋中市生态环境局岚溪县分局局长"),
    ],
)
def test_the_post_s_own_place_stays_in_the_title(text: str, title: str | None) -> None:
    got = _tagged(text)
    if title is not None:
        assert ("TITLE", title) in got
        assert ("周立新", title) in _holds(text)
    assert not any(lab == "GPE" and t in ("湖北省", "晋中市") for lab, t in got)
