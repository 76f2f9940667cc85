"""peopleq33 (session 33): a name whose surname is another written form of a listed one (茍 for
苟, a traditional form kept in a simplified page: 鄭, 劉) opens a name as the listed form does, so
the PERSON, its post and the speech it issued are kept (made-up sentences, invented names)."""

from __future__ import annotations

import pytest

from civannot.preannotate import suggest
from civannot.preannotate.gazetteers import load
from tests.span_helpers import labelled, people


def test_the_variant_table_adds_forms_of_listed_surnames() -> None:
    g = load()
    assert {"茍", "鄭", "劉"} <= g.surnames
    assert "國" not in g.surnames  # a traditional form that writes common words stays out


def test_a_post_then_a_variant_surname_then_a_report_of_arrangements() -> None:
    text = (
        "会上，镇党委副书记茍明辉就道路安全等作出部署，要求各村做好冬季安全宣传教育，"
        "提高群众的自救能力。"
    )
    titles, persons, holds = people(text)
    assert ("茍明辉", "镇党委副书记") in holds
    s = suggest(text)
    issued = [s.spans[t].text for typ, _h, t in s.relations if typ == "ISSUED_BY"]
    assert issued == ["茍明辉"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("会上，茍晓峰强调，各方要扛起责任。", "茍晓峰"),
        ("茍晓峰书记要求，各村要做好宣传工作。", "茍晓峰"),
        ("会上，鄭立新指出，要抓好整改落实。", "鄭立新"),
    ],
)
def test_a_variant_surname_in_a_speaker_frame(text: str, name: str) -> None:
    assert (name, "PERSON") in labelled(text, "PERSON")


@pytest.mark.parametrize("text", ["会上，各村馬上行动起来。", "会上，各单位張貼了标语。"])
def test_a_traditional_word_is_no_name(text: str) -> None:
    assert not labelled(text, "PERSON")


@pytest.mark.parametrize("name", ["禤明辉", "禤辉"])
def test_a_rare_surname_after_a_post_before_the_matter_spoken_to(name: str) -> None:
    text = f"会上，县委副书记{name}就防汛工作作出部署，要求各乡镇加强值班值守。"
    titles, persons, holds = people(text)
    assert (name, "县委副书记") in holds
    s = suggest(text)
    issued = [s.spans[t].text for typ, _h, t in s.relations if typ == "ISSUED_BY"]
    assert issued == [name]


@pytest.mark.parametrize(
    "text",
    [
        "会上，县委书记就防汛工作作了安排部署。",
        "会上，县委书记亲自就防汛工作作了安排部署。",
        "会上，县委书记再次就防汛工作提出要求。",
        "会上，镇长就是要带头抓落实。",
    ],
)
def test_no_name_between_a_post_and_the_matter(text: str) -> None:
    assert not labelled(text, "PERSON")
