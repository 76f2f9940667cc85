"""gpe51 (session 49): GPE forms the pooled dev gold showed the rules missing or misreading,
read as classes. Made-up sentences in the same grammar (invented names and places); each test
but the guards failed on main 95de0b21, the guards (marked) pass before and after."""

from __future__ import annotations

import pytest

from civannot.preannotate.places import _street_sub_district_start
from tests.span_helpers import labelled

# --- one test of what opens a sub-district written 某某街 (the 街's GPE and the LOC of the
# community after it share it): a mark, a preposition, a verb of going or its district; the
# longer name first, not one a preposition opens


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("岚江区青苑街长岭里社区", "青苑街"),
        ("周立新来到集英里街瀛波里社区", "集英里街"),
        ("。在双岭街双泉村", "双岭街"),
        ("先后察看了工程现场、红岭街桑园村", "红岭街"),
    ],
)
def test_the_sub_district_street_opens_once(text: str, name: str) -> None:
    j = text.index(name) + len(name)
    assert _street_sub_district_start(text, j) == text.index(name)
    assert (name, "GPE") in labelled(text, "GPE")


@pytest.mark.parametrize(
    "text",
    [
        # a street's kind, a street after a word that opens no place (guards)
        "在步行街社区开展志愿服务活动。",
        "大力整治背街小巷环境卫生。",
    ],
)
def test_no_sub_district_street_there(text: str) -> None:
    j = text.index("街") + 1
    assert _street_sub_district_start(text, j) == -1

