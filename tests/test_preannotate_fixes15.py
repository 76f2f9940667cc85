"""Engine bugs the session's audits reported and left (issue 16: helper fixes15), each in a
made-up sentence of the genre's form: the place, body and person names are invented."""

from __future__ import annotations

import pytest

from tests.preannotate_support import entity_set as _tagged


@pytest.mark.parametrize(
    "text",
    [
        "他说：要把安全生产工作抓细抓实。",
        "她讲：全镇上下要做好防汛备汛工作。",
    ],
)
def test_speaker_before_colon_opening_text_is_no_place(text: str) -> None:
    # a text opening with a pronoun and a verb of speech before its colon is a quotation,
    # not a headline of the form 某某：…
    assert not any(label == "GPE" for _, label in _tagged(text))


def test_headline_place_before_colon_still_read() -> None:
    # the form the headline rule is for stays: a place's bare name before the colon
    assert ("凤栖", "GPE") in _tagged("凤栖：全县上下齐心做好防汛工作。")
