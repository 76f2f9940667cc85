"""The blind held-out set heldout17e is well formed — checked without the engine or the normaliser.

heldout17e (tests/data/heldout17e/, tests/gold/heldout17e_gold.jsonl) is scored by
bench/eval_heldout.py only; no test here looks at a suggestion or at what the normaliser makes of
its raw copies (that would turn a blind set into a floor). What is checked is the gold itself:
every record names an existing article whose sha256 matches, every span lies inside its file and
records the text it stands for, that text is exactly the markup's at the clean offsets, the raw
copies are exactly what their recipe makes from the markup (tests/heldout_copies.py), and each
raw slice reads back as the recorded text once the pinyin notes are dropped and the traditional
characters compared (outside the GBK-damaged runs, which are checked to be the runs' edges).
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from civannot.schema import default_schema
from tests.gold_markup import RECIPE_SETS, parse
from tests.heldout_copies import FOLD, PINYIN, RECIPES, make_copy

ROOT = Path(__file__).resolve().parent.parent
NOTE = re.compile(r"\((?:" + "|".join(re.escape(p) for p in sorted(set(PINYIN.values()))) + r")\)")
OPENING = "“《（、，。；！"
CLOSING = "”》）、，。；！"
FINAL = "、，。；！？"


def _records(name: str) -> list[dict]:
    path = ROOT / "tests" / "gold" / f"{name}_gold.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _same_char(clean: str, raw: str, convert: str | None) -> bool:
    if clean == raw or FOLD.get(clean) == raw:
        return True
    if convert is None:
        return False
    from opencc import OpenCC

    return OpenCC("tw2s").convert(raw) == clean or OpenCC("t2s").convert(raw) == clean


def test_the_set_has_the_promised_shape():
    recs = _records("heldout17e")
    assert len(recs) == 12
    recipes = RECIPES["heldout17e"]
    assert sum(1 for r in recipes.values() if r.convert) >= 4  # traditional mirror copies
    assert sum(1 for r in recipes.values() if r.gbk) == 2  # GBK lead-byte loss
    # at least one loss falls on a character the site had already given a pinyin note
    assert any(shift > 0 for r in recipes.values() for *_, shift in r.gbk)
    for rec in recs:
        assert rec["offsets"] == ("raw" if Path(rec["file"]).stem in recipes else "clean")


@pytest.mark.parametrize("name", RECIPE_SETS)
def test_recipe_set_gold_is_well_formed_and_matches_its_markup(name: str) -> None:
    schema = default_schema()
    labels = {lab.name for lab in schema.labels}
    allowed = {r.name: (set(r.head), set(r.tail)) for r in schema.relations}
    recipes = RECIPES[name]
    recs = _records(name)
    markup = sorted((ROOT / "tests" / "data" / name / "markup").glob("*.md"))
    assert [f"tests/data/{name}/{md.stem}.txt" for md in markup] == [r["file"] for r in recs]
    for md, rec in zip(markup, recs, strict=True):
        raw = (ROOT / rec["file"]).read_text(encoding="utf-8")
        assert hashlib.sha256(raw.encode()).hexdigest() == rec["sha256"], rec["file"]
        assert rec["region"] == [0, len(raw)]
        text, spans, rels = parse(md.read_text(encoding="utf-8"))
        recipe = recipes.get(md.stem)
        copy = make_copy(text, recipe) if recipe else None
        if copy is None:
            assert raw == text  # a clean article is stored as its clean text
        else:
            assert raw == copy.raw  # the raw copy is exactly what its recipe makes
        assert [s["id"] for s in rec["spans"]] == list(range(len(spans)))
        for s, (a, b, lab) in zip(rec["spans"], spans, strict=True):
            assert s["label"] == lab and s["label"] in labels, s
            assert s["text"] == text[a:b], s  # the recorded text is what the markup annotates
            t = s["text"]
            closing = FINAL if lab in ("DIRECTIVE", "DOC") else CLOSING
            assert t and t == t.strip() and t[0] not in OPENING and t[-1] not in closing, t
            if copy is None:
                assert (s["start"], s["end"]) == (a, b) and 0 <= a < b <= len(raw)
                assert raw[a:b] == t
                continue
            rs, re_ = s["raw_start"], s["raw_end"]
            assert 0 <= rs < re_ <= len(raw), s
            head, tail = s.get("trim", (0, 0))
            assert head >= 0 and tail >= 0
            # outside the damaged runs every clean character reads back from its raw slice
            for k in range(a, b):
                ka, kb = copy.pos[k]
                assert rs <= ka < kb <= re_, (t, k)
                if not any(x <= ka < y for x, y in copy.runs):
                    assert _same_char(text[k], raw[ka:kb], recipe.convert), (t, raw[ka:kb])
            # a boundary inside a run sits on the run's edge, the run's other characters trimmed
            if head or tail:
                assert any(x in (rs, re_) or y in (rs, re_) for x, y in copy.runs), s
            plain = re.sub(",(?=、)", "", NOTE.sub("", raw[rs:re_]))
            if not any(rs < y and x < re_ for x, y in copy.runs):
                assert len(plain) == b - a, (t, raw[rs:re_])  # only notes and commas between
        entities = sorted((a, b, lab) for a, b, lab in spans if lab != "DIRECTIVE")
        for (_, e1, _), (s2, _, _) in zip(entities, entities[1:], strict=False):
            assert e1 <= s2, md.stem  # entity spans never nest or overlap
        want = sorted((t, h, tl) for t, h, tl in rels)
        got = sorted((r["type"], r["head"], r["tail"]) for r in rec["relations"])
        assert got == want, md.stem
        for rtype, h, tl in got:
            heads, tails = allowed[rtype]
            assert spans[h][2] in heads and spans[tl][2] in tails, (md.stem, rtype)


@pytest.mark.parametrize("name", RECIPE_SETS)
def test_the_scoring_script_can_load_it(name: str) -> None:
    # bench/eval_heldout.py reads the set through load_gold; nothing about the normaliser's output
    # is asserted (its repairs on these copies are what a measurement would report)
    from tests.gold_support import load_gold

    docs = load_gold(ROOT / "tests" / "gold" / f"{name}_gold.jsonl", ROOT)
    assert len(docs) == len(_records(name))


def test_the_blind_set_is_registered_and_its_errors_stay_closed(capsys):
    # the scoring script lists heldout17e as blind, never as a development set, and refuses to
    # print its errors unless told the set is being given up (it returns before scoring anything)
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "eval_heldout", ROOT / "bench" / "eval_heldout.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert set(RECIPE_SETS) <= set(mod.BLIND_SETS)
    assert not set(mod.BLIND_SETS) & set(mod.DEV_SETS)
    assert mod.main(["--set", "heldout17e", "--errors"]) == 2
    assert "blind" in capsys.readouterr().err
