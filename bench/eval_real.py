"""Score the pre-annotation engine on gold made on real articles that stay outside the project.

    PYTHONPATH=. python bench/eval_real.py GOLD_DIR [GOLD_DIR_B ...] [--errors] [--json] [--enable R,…]
    PYTHONPATH=. python bench/eval_real.py --agreement GOLD_DIR_A GOLD_DIR_B

A gold directory holds one markup file per article (NNN.md, the markup of tests/gold_markup.py:
`[text|LABEL#group$key]`, `{directive}^key`, several `^key` for a directive two people issued; `\\[` for a `[` of the text itself)
made on the article's clean text as the normaliser gave it when the gold was made. The real
text is never copied into the project (the pages' terms and the issue's rule: fixtures stay our
own writing), so these sets live beside the checkout and this script is what the project keeps:
the engine reads each markup's text, so a later change of the normaliser does not move the
gold's offsets (the normaliser is measured on its own, by bench/eval_normalize.py).

Prints exact-match precision / recall / F1 per label, entity micro-F1, DIRECTIVE exact and
overlap, HOLDS_TITLE and ISSUED_BY against every gold directory given, in one table.
--errors lists missed (-) and wrongly suggested (+) spans and relations per article: only on a
development set (reading a blind set's errors makes it a development set; say so when reporting).
--agreement scores the second gold against the first (their entity micro-F1 is the ceiling the
engine can be measured to).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from civannot.evaluation import evaluate  # noqa: E402
from civannot.preannotate import suggest  # noqa: E402
from civannot.preannotate.registry import DEFAULT_OFF  # noqa: E402
from civannot.records import Span  # noqa: E402

ENTITY_LABELS = ("PERSON", "TITLE", "ORG", "GPE", "LOC", "DATE", "DOC", "SLOGAN")
Doc = tuple[list[Span], list[tuple[str, int, int]]]


class MarkupError(ValueError):
    pass


def parse(markup: str) -> tuple[str, Doc]:
    """Markup -> (clean text, (spans, relations as (type, head index, tail index)))."""
    m = markup.rstrip("\n")
    out: list[str] = []
    raw: list[tuple[int, int, str]] = []
    stack: list[tuple[str, int]] = []
    groups: dict[str, list[int]] = {}
    speakers: dict[str, int] = {}
    dirs: list[tuple[int, str]] = []
    i = 0
    while i < len(m):
        c = m[i]
        if c == "\\" and i + 1 < len(m) and m[i + 1] in "[]{}|^#$\\":
            out.append(m[i + 1])  # a markup character that is part of the text
            i += 2
        elif c in "[{":
            stack.append((c, len(out)))
            i += 1
        elif c == "|" and stack and stack[-1][0] == "[":
            _, st = stack.pop()
            j = m.find("]", i)
            attr = m[i + 1 : j] if j > 0 else ""
            lab = re.match(r"[A-Z_]+", attr)
            if j < 0 or lab is None:
                raise MarkupError(f"bad entity attributes near {m[i - 20 : i + 20]!r}")
            idx = len(raw)
            raw.append((st, len(out), lab.group(0)))
            for g in re.findall(r"#(\w+)", attr):
                groups.setdefault(g, []).append(idx)
            for k in re.findall(r"\$(\w+)", attr):
                if k in speakers:
                    raise MarkupError(f"speaker key ${k} given twice")
                speakers[k] = idx
            i = j + 1
        elif c == "}" and stack and stack[-1][0] == "{":
            _, st = stack.pop()
            idx = len(raw)
            raw.append((st, len(out), "DIRECTIVE"))
            i += 1
            while (mm := re.match(r"\^(\w+)", m[i:])) is not None:
                dirs.append((idx, mm.group(1)))
                i += mm.end()
        else:
            out.append(c)
            i += 1
    if stack:
        raise MarkupError(f"unclosed {stack[-1][0]} at character {stack[-1][1]}")
    text = "".join(out)
    spans = [Span(a, b, lab, text[a:b]) for a, b, lab in raw]
    rels: list[tuple[str, int, int]] = []
    for g, idxs in groups.items():
        ps = [x for x in idxs if raw[x][2] == "PERSON"]
        ts = [x for x in idxs if raw[x][2] == "TITLE"]
        if not ps or not ts:
            raise MarkupError(f"group #{g} needs a PERSON and a TITLE")
        rels += [("HOLDS_TITLE", p, t) for p in ps for t in ts]
    for d, k in dirs:
        if k not in speakers:
            raise MarkupError(f"directive issued by ^{k}, but no span is marked ${k}")
        rels.append(("ISSUED_BY", d, speakers[k]))
    return text, (spans, rels)


def load(gold_dir: Path) -> dict[str, tuple[str, Doc]]:
    out = {}
    for p in sorted(gold_dir.glob("*.md")):
        try:
            out[p.stem] = parse(p.read_text(encoding="utf-8"))
        except MarkupError as e:
            raise SystemExit(f"{p}: {e}") from None
    if not out:
        raise SystemExit(f"{gold_dir}: no markup files (*.md)")
    return out


def predict(text: str, disabled: frozenset[str] = DEFAULT_OFF) -> Doc:
    sug = suggest(text, disabled=disabled)
    return list(sug.spans), list(sug.relations)


def _row(res: dict) -> dict[str, float | None]:
    lab = res["labels"]
    row: dict[str, float | None] = {"micro": res["micro"]["exact"]["f1"]}
    for name in ENTITY_LABELS:
        row[name] = lab[name]["exact"]["f1"] if name in lab else None
    d = lab.get("DIRECTIVE")
    row["DIR exact"] = d["exact"]["f1"] if d else None
    row["DIR overlap"] = d["overlap"]["f1"] if d else None
    rel = res["relations"]
    for t in ("HOLDS_TITLE", "ISSUED_BY"):
        row[t] = rel[t]["f1"] if t in rel else None
    return row


def _f(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def _rel_keys(doc: Doc, text: str) -> set[tuple[str, int, int, int, int]]:
    spans, rels = doc
    return {(t, spans[h].start, spans[h].end, spans[tl].start, spans[tl].end) for t, h, tl in rels}


def print_errors(name: str, text: str, gold: Doc, pred: Doc) -> None:
    g = {(s.start, s.end, s.label) for s in gold[0]}
    p = {(s.start, s.end, s.label) for s in pred[0]}
    gr, pr = _rel_keys(gold, text), _rel_keys(pred, text)
    if g == p and gr == pr:
        return
    print(f"\n{name}")
    for sign, items in (("-", sorted(g - p)), ("+", sorted(p - g))):
        for s, e, lab in items:
            print(f"  {sign} {lab:9} {text[s:e]!r}")
    for sign, ritems in (("-", sorted(gr - pr)), ("+", sorted(pr - gr))):
        for t, a, b, c, d in ritems:
            print(f"  {sign} {t:11} {text[a:b][:30]!r} -> {text[c:d]!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="+", type=Path, help="gold directories of NNN.md markup")
    ap.add_argument("--errors", action="store_true", help="list errors (development sets only)")
    ap.add_argument("--agreement", action="store_true", help="score the 2nd gold against the 1st")
    ap.add_argument("--json", action="store_true")
    ap.add_argument(
        "--enable",
        default="",
        help="opt-in rules (registry.DEFAULT_OFF) switched on, comma-separated: how far the "
        "rules get where a team's reading of an open convention is known",
    )
    args = ap.parse_args(argv)
    enabled = {r for r in args.enable.split(",") if r}
    if enabled - DEFAULT_OFF:
        ap.error(f"not an opt-in rule: {sorted(enabled - DEFAULT_OFF)}")
    disabled = DEFAULT_OFF - enabled
    golds = {str(d): load(d) for d in args.gold}
    rows: dict[str, dict[str, float | None]] = {}
    full: dict[str, dict] = {}
    if args.agreement:
        if len(golds) != 2:
            ap.error("--agreement takes two gold directories")
        (na, a), (nb, b) = golds.items()
        common = sorted(set(a) & set(b))
        for k in common:
            if a[k][0] != b[k][0]:
                raise SystemExit(f"{k}: the two golds are made on different texts")
        res = evaluate(
            {k: a[k][1] for k in common}, {k: b[k][1] for k in common}, entity_labels=ENTITY_LABELS
        )
        full[f"{nb} vs {na}"] = res
        rows[f"B vs A ({len(common)} articles)"] = _row(res)
    else:
        preds: dict[str, Doc] = {}
        for name, docs in golds.items():
            for k, (text, _) in docs.items():
                key = f"{k}\0{text}"
                if key not in preds:
                    preds[key] = predict(text, disabled)
            res = evaluate(
                {k: d for k, (_, d) in docs.items()},
                {k: preds[f"{k}\0{text}"] for k, (text, _) in docs.items()},
                entity_labels=ENTITY_LABELS,
            )
            full[name] = res
            rows[name] = _row(res)
            if args.errors:
                for k, (text, d) in docs.items():
                    print_errors(k, text, d, preds[f"{k}\0{text}"])
    if args.json:
        print(json.dumps({"rows": rows, "scores": full}, ensure_ascii=False, indent=1))
        return 0
    cols = list(next(iter(rows.values())))
    width = max(len(n) for n in rows) + 2
    print("\nexact-match F1 (DIR overlap: DIRECTIVE spans that overlap one-to-one)")
    print(f"{'gold':{width}}" + "".join(f"{c[:11]:>12}" for c in cols))
    for name, row in rows.items():
        print(f"{name:{width}}" + "".join(f"{_f(row[c]):>12}" for c in cols))
    for name, res in full.items():
        print_labels(name, res, sort=True)
    return 0


def print_labels(name: str, res: dict, *, sort: bool = False) -> None:
    """The per-label table of one scoring: counts, precision, recall and F1 of each label and
    relation type (labels in the scoring's order, or sorted)."""
    print(f"\n{name}: per label (exact)  gold  pred  P      R      F1")
    labels = sorted(res["labels"].items()) if sort else res["labels"].items()
    rows = [(lab, c, c["exact"]) for lab, c in labels]
    rows += [(rtype, c, c) for rtype, c in res["relations"].items()]
    for lab, c, e in rows:
        print(
            f"  {lab:10} {c['gold']:5} {c['pred']:5}  {_f(e['precision'])}"
            f"  {_f(e['recall'])}  {_f(e['f1'])}"
        )


if __name__ == "__main__":
    raise SystemExit(main())
