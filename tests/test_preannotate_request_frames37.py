"""A speaker's request frame is read whatever word closes it (session 37): the gate of
persons.find_speaker_frames looked for 要求 / 意见 / 希望 / 示 only, and missed the speakers of
frames closed by 建议 or by the points alone (某某提出三点建议：, 某某就…强调了三点：) in a text
holding none of those."""

from __future__ import annotations

import random
import re

from civannot.preannotate.engine import suggest
from civannot.preannotate.frames import REQUEST_TAIL, REQUEST_WORDS
from civannot.preannotate.persons import _REQUEST_SPEAKER


def _issued_by(text: str) -> tuple[set[str], int]:
    s = suggest(text)
    persons = {text[x.start : x.end] for x in s.spans if x.label == "PERSON"}
    return persons, sum(1 for rel in s.relations if rel[0] == "ISSUED_BY")


def test_a_frame_closed_by_the_points_alone_names_its_speaker() -> None:
    text = "会上，邹海平就创建工作强调了三点：一是统一思想，二是压实责任。"
    persons, links = _issued_by(text)
    assert "邹海平" in persons and links == 2


def test_a_frame_closed_by_recommendations_names_its_speaker() -> None:
    text = "邹海平对整改工作提出三点建议：一是加强宣传，二是强化督查。"
    persons, links = _issued_by(text)
    assert "邹海平" in persons and links == 2


def test_every_request_frame_holds_one_of_the_gate_words() -> None:
    rng = random.Random(37)
    leads = ["", "对创文工作", "就下一步工作", "围绕整改", "根据督查情况", "结合实际"]
    tails = [
        "提出三点要求", "提出了几点意见", "提两点希望", "提出整改建议", "作出重要批示",
        "做出了指示强调", "强调了三点", "讲了以下四点", "谈两点意见", "强调三点要求",
    ]  # fmt: skip
    marks = "：:，,"
    noise = "会上各区要把工作抓实点重点一点意见建议。，"
    tail = re.compile(REQUEST_TAIL)
    seen = 0
    for _ in range(3000):
        frame = rng.choice(leads) + rng.choice(tails) + rng.choice(marks)
        text = "".join(rng.choice(noise) for _ in range(rng.randint(0, 6))) + "，邹海平" + frame
        for m in _REQUEST_SPEAKER.finditer(text):
            seen += 1
            assert any(w in m.group() + text[m.end() :] for w in REQUEST_WORDS), text
        for m in tail.finditer(text):
            assert any(w in m.group() for w in REQUEST_WORDS), (text, m.group())
    assert seen > 1000
