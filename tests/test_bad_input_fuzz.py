"""Random bytes and random JSON at every importer (issue 20): each file is imported correctly or
refused with one line, never a traceback, and the project holds exactly what the report says.

The budget is small for CI (CIVANNOT_FUZZ_EXAMPLES raises it for a longer hunt)."""

from __future__ import annotations

import io
import json
import os
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from civannot.cli import main
from civannot.project import Project

EXAMPLES = int(os.environ.get("CIVANNOT_FUZZ_EXAMPLES", "15"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True)
    | st.text(max_size=30),
    lambda c: st.lists(c, max_size=5) | st.dictionaries(st.text(max_size=10), c, max_size=5),
    max_leaves=25,
)
offsets = st.one_of(st.integers(-3, 40), st.text(max_size=3), st.none(), st.floats())
span_like = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(
            st.text(max_size=3), st.integers(0, 3), st.lists(st.integers(), max_size=2)
        ),
        "start": offsets,
        "end": offsets,
        "label": st.sampled_from(["PERSON", "TITLE", "ORG", "DIRECTIVE", "X", ""]),
        "annotator": st.one_of(st.just("ann"), st.text(max_size=4)),
        "text": st.text(max_size=5),
    },
)
record_like = st.fixed_dictionaries(
    {"id": st.one_of(st.text(max_size=5), st.integers(0, 5)), "text": st.text(max_size=40)},
    optional={
        "spans": st.lists(span_like, max_size=4),
        "relations": st.lists(
            st.fixed_dictionaries(
                {
                    "type": st.sampled_from(["HOLDS_TITLE", "ISSUED_BY", "NOPE"]),
                    "head": st.text(max_size=2),
                    "tail": st.text(max_size=2),
                }  # fmt: skip
            ),
            max_size=2,
        ),
        "flags": json_values,
        "meta": json_values,
        "annotators": json_values,
    },
)


def _jsonl(values: list) -> bytes:
    return "\n".join(json.dumps(v, ensure_ascii=False) for v in values).encode(
        "utf-8", "surrogatepass"
    )


def _zip(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members:
            zf.writestr(name, data)
    return buf.getvalue()


# (format option, file name, content strategy)
CASES = {
    "txt": (None, "a.txt", st.binary(max_size=600)),
    "html": (None, "a.html", st.binary(max_size=600) | st.text(max_size=300).map(str.encode)),
    "csv": (
        None,
        "a.csv",
        st.binary(max_size=600)
        | st.lists(st.text(alphabet=',"\n\r\t;|ab文', max_size=20), max_size=8).map(
            lambda rows: ("id,text\n" + "\n".join(rows)).encode()
        ),
    ),
    "jsonl": (
        None,
        "a.jsonl",
        st.binary(max_size=600) | st.lists(json_values | record_like, max_size=4).map(_jsonl),
    ),
    "zip": (
        None,
        "a.zip",
        st.binary(max_size=600)
        | st.lists(
            st.tuples(
                st.sampled_from(["x.txt", "y.jsonl", "z.csv", "n.zip", "d/e.html"]),
                st.binary(max_size=200),
            ),
            max_size=3,
        ).map(_zip),
    ),
    "doccano": (
        "doccano",
        "a.jsonl",
        st.binary(max_size=600) | st.lists(json_values | record_like, max_size=4).map(_jsonl),
    ),
    "labelstudio": (
        "labelstudio",
        "a.json",
        st.binary(max_size=600) | json_values.map(lambda v: json.dumps(v).encode()),
    ),
    "brat": ("brat", "a.ann", st.binary(max_size=600)),
    "conll": ("conll", "a.conll", st.binary(max_size=600)),
}


def _check_one(project: Path, fmt: str | None, name: str, data: bytes, capsys) -> None:  # noqa: ANN001
    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / name
        f.write_bytes(data)
        if fmt == "brat":
            (Path(d) / "a.txt").write_bytes(data[::-1])
        with Project.open(project) as p:
            before = p.document_count()
        argv = ["import", str(project), str(f), "--json"]
        if fmt:
            argv += ["--format", fmt, "--layer", "fuzz"]
        code = main(argv)
        out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert code in (0, 1, 2), (code, err)
    if code == 2:
        assert len([ln for ln in err.splitlines() if ln.strip()]) == 1, err
        with Project.open(project) as p:
            assert p.document_count() == before
        return
    rep = json.loads(out)
    for line in rep.get("refused", []) + rep.get("errors", []):
        assert "\n" not in line, line
    with Project.open(project) as p:
        after = p.document_count()
    assert after - before == len(rep["imported"]), rep


@pytest.mark.parametrize("case", sorted(CASES))
def test_importer_never_tracebacks(case: str, tmp_path, capsys) -> None:
    project = tmp_path / "fuzz.civ"
    assert main(["init", str(project)]) == 0
    capsys.readouterr()
    fmt, name, strategy = CASES[case]

    @SETTINGS
    @given(data=strategy)
    def check(data: bytes) -> None:
        _check_one(project, fmt, name, data, capsys)

    check()
