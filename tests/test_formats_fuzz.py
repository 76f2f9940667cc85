"""Random text and random JSON thrown at the readers of other tools' files: each one reads the
input or refuses it with a FormatError (one line), never another exception."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from civannot.formats._base import FormatError
from civannot.formats.brat import read_brat
from civannot.formats.cluener import parse_cluener
from civannot.formats.conll import parse_tagged
from civannot.formats.doccano import parse_doccano
from civannot.formats.labelstudio import parse_labelstudio
from civannot.formats.sniff import sniff

TEXT = st.text(
    alphabet=st.sampled_from('市委书记张𠮷\r\n \t\u2028\u3000aB-IOES_0{}[]":,'), max_size=60
)
SCALAR = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False)
    | TEXT
)
JSON = st.recursive(
    SCALAR,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "text",
                    "label",
                    "labels",
                    "entities",
                    "relations",
                    "id",
                    "start",
                    "end",
                    "start_offset",
                    "end_offset",
                    "from_id",
                    "to_id",
                    "type",
                    "data",
                    "annotations",
                    "result",
                    "value",
                    "annotator",
                    "civannot_offsets",
                ]
            ),
            inner,
            max_size=6,
        )
    ),  # fmt: skip
    max_leaves=20,
)
# records shaped like the real ones, with random values where it hurts
DOCCANO = st.fixed_dictionaries(
    {"text": TEXT},
    optional={"label": st.lists(st.lists(SCALAR, min_size=3, max_size=3) | JSON, max_size=4),
              "entities": st.lists(st.fixed_dictionaries(
                  {"id": SCALAR, "label": SCALAR, "start_offset": SCALAR, "end_offset": SCALAR}),
                  max_size=3),
              "relations": st.lists(JSON, max_size=2), "id": SCALAR,
              "civannot_offsets": st.sampled_from(["utf16", "graphemes", "codepoints", "x"])},
)  # fmt: skip
LABELSTUDIO = st.lists(
    st.fixed_dictionaries(
        {"data": st.fixed_dictionaries({"text": TEXT})},
        optional={"annotations": st.lists(st.fixed_dictionaries({"result": st.lists(
            st.fixed_dictionaries({"type": st.sampled_from(["labels", "relation"]),
                                   "value": st.fixed_dictionaries(
                                       {"start": SCALAR, "end": SCALAR},
                                       optional={"text": TEXT, "labels": JSON}),
                                   "id": SCALAR, "from_id": SCALAR, "to_id": SCALAR,
                                   "labels": JSON}), max_size=3)}), max_size=2)},
    ),
    max_size=3,
)  # fmt: skip
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def one_line(e: FormatError) -> None:
    msg = str(e)
    assert msg and not any(ch in msg for ch in "\n\r\u2028\x85"), msg


@FAST
@given(st.lists(DOCCANO | JSON, min_size=1, max_size=3), st.sampled_from(
    ["auto", "utf16", "graphemes", "codepoints"]))  # fmt: skip
def test_doccano_reads_or_refuses(records, offsets):
    content = "\n".join(json.dumps(r, ensure_ascii=False) for r in records)
    try:
        parse_doccano(content, "f.jsonl", "f", offsets=offsets)
    except FormatError as e:
        one_line(e)


@FAST
@given(LABELSTUDIO | JSON)
def test_labelstudio_reads_or_refuses(data):
    try:
        parse_labelstudio(json.dumps(data, ensure_ascii=False), "f.json", "f")
    except FormatError as e:
        one_line(e)


@FAST
@given(st.lists(JSON | st.fixed_dictionaries({"text": TEXT, "label": JSON}), min_size=1,
                max_size=3))  # fmt: skip
def test_cluener_reads_or_refuses(records):
    try:
        parse_cluener("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "f", "f")
    except FormatError as e:
        one_line(e)


@FAST
@given(st.lists(st.tuples(TEXT, st.sampled_from(["O", "B-PER", "I-PER", "E-X", "S-X", "M-X",
                                                 "X", "B-", "-DOCSTART-"])), max_size=12),
       st.sampled_from(["\t", " ", "  "]))  # fmt: skip
def test_tag_files_read_or_refuse(rows, sep):
    content = "\n".join(f"{tok}{sep}{tag}" if tok or tag else "" for tok, tag in rows)
    try:
        parse_tagged(content, "f", "f")
    except FormatError as e:
        one_line(e)
    for kind in ("txt", "json", "jsonl", "conll"):
        try:
            sniff(content, kind)
        except ValueError as e:
            assert "\n" not in str(e)


@pytest.mark.parametrize("seed", range(3))
def test_brat_reads_or_refuses_random_ann(tmp_path, seed):
    import random

    rng = random.Random(seed)
    text = "市委书记\r\n张𠮷强调要抓好落实。"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8", newline="")
    pieces = ["T1", "T2", "R1", "A1", "E1", "#1", "*", "\t", " ", "PERSON", "TITLE", "Part-of",
              "Arg1:T1", "Arg2:T2", "0", "4", "6", "8", ";", "99", "-1", "市委书记", "张𠮷", "x"]  # fmt: skip
    for _ in range(200):
        lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(3)]
        (tmp_path / "a.ann").write_text("\n".join(lines), encoding="utf-8")
        try:
            read_brat(tmp_path)
        except FormatError as e:
            one_line(e)
