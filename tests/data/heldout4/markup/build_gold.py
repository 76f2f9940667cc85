"""heldout4 markup -> (clean text, spans, relations). [text|LABEL#g$k] entity; {text}^k directive."""

import bisect
import hashlib
import json
import re
import sys

sys.path.insert(0, "/work/main")


LABELS = ("PERSON", "TITLE", "DIRECTIVE", "HOLDS_TITLE", "ISSUED_BY")


def parse(m):
    m = m.rstrip("\n")
    out = []
    spans = []
    stack = []
    i = 0
    groups = {}
    speakers = {}
    dirs = []
    while i < len(m):
        c = m[i]
        if c == "[":
            stack.append(("E", len(out)))
            i += 1
        elif c == "|":
            kind, st = stack.pop()
            assert kind == "E", (i, m[i - 20 : i])
            j = m.index("]", i)
            attr = m[i + 1 : j]
            lab = re.match(r"[A-Z]+", attr).group(0)
            idx = len(spans)
            spans.append([st, len(out), lab])
            for g in re.findall(r"#(\w+)", attr):
                groups.setdefault(g, []).append(idx)
            for k in re.findall(r"\$(\w+)", attr):
                assert k not in speakers, k
                speakers[k] = idx
            i = j + 1
        elif c == "{":
            stack.append(("D", len(out)))
            i += 1
        elif c == "}":
            kind, st = stack.pop()
            assert kind == "D"
            idx = len(spans)
            spans.append([st, len(out), "DIRECTIVE"])
            i += 1
            mm = re.match(r"\^(\w+)", m[i:])
            if mm:
                dirs.append((idx, mm.group(1)))
                i += mm.end()
        elif c in "]^#$":
            raise ValueError(f"stray {c} at {i}: {m[i - 20 : i + 5]}")
        else:
            out.append(c)
            i += 1
    assert not stack, stack
    text = "".join(out)
    rels = []
    for g, idxs in groups.items():
        ps = [x for x in idxs if spans[x][2] == "PERSON"]
        ts = [x for x in idxs if spans[x][2] == "TITLE"]
        assert ps and ts, (g, [text[spans[x][0] : spans[x][1]] for x in idxs])
        rels += [("HOLDS_TITLE", p, t) for p in ps for t in ts]
    for d, k in dirs:
        rels.append(("ISSUED_BY", d, speakers[k]))
    for s in spans:
        t = text[s[0] : s[1]]
        assert (
            t
            and t[0] not in "“《（、，"
            and (t[-1] not in "”》）、。；！，" or s[2] in ("DOC", "DIRECTIVE"))
        ), t
    return text, spans, rels


def build(markup_path, file_key, raw_path, clean_offsets):
    from civannot.text import normalize

    m = open(markup_path, encoding="utf-8").read()
    text, spans, rels = parse(m)
    raw = open(raw_path, encoding="utf-8").read()
    norm = normalize(raw)
    if norm.text != text:
        k = next(
            (i for i, (a, b) in enumerate(zip(norm.text, text, strict=False)) if a != b),
            min(len(text), len(norm.text)),
        )
        raise SystemExit(
            f"{markup_path}: text differs at {k}: clean={norm.text[k - 10 : k + 20]!r} markup={text[k - 10 : k + 20]!r}"
        )
    recs = []
    if clean_offsets:
        for i, (a, b, lab) in enumerate(spans):
            recs.append({"id": i, "label": lab, "start": a, "end": b})
    else:
        pc = norm.offset_map.per_char()
        starts = [x for x, _ in pc]
        for i, (a, b, lab) in enumerate(spans):
            rs, re_ = pc[a][0], pc[b - 1][1]
            a2 = bisect.bisect_left(starts, rs)
            b2 = bisect.bisect_left(starts, re_)
            assert a2 <= a and b2 >= b, (a, b, a2, b2)
            r = {"id": i, "label": lab, "raw_start": rs, "raw_end": re_}
            if (a - a2, b2 - b) != (0, 0):
                r["trim"] = [a - a2, b2 - b]
            recs.append(r)
    return {
        "file": file_key,
        "sha256": hashlib.sha256(raw.encode()).hexdigest(),
        "offsets": "clean" if clean_offsets else "raw",
        "region": [0, len(text) if clean_offsets else len(raw)],
        "spans": recs,
        "relations": [{"type": t, "head": h, "tail": tl} for t, h, tl in rels],
        # only these were annotated: score nothing else against this gold
        "labels": list(LABELS),
    }


if __name__ == "__main__":
    import glob
    import os

    # tests/data/heldout4/markup/*.md -> tests/data/heldout4/*.txt (with --write-txt) and
    # tests/gold/heldout4_gold.jsonl (clean offsets)
    R = "/work/main"
    out = []
    for mp in sorted(glob.glob(R + "/tests/data/heldout4/markup/*.md")):
        name = os.path.basename(mp)[:-3]
        txt = f"{R}/tests/data/heldout4/{name}.txt"
        if "--write-txt" in sys.argv:
            with open(txt, "w", encoding="utf-8") as f:
                f.write(parse(open(mp, encoding="utf-8").read())[0])
        out.append(build(mp, f"tests/data/heldout4/{name}.txt", txt, True))
        print(name, len(out[-1]["spans"]), len(out[-1]["relations"]))
    with open(R + "/tests/gold/heldout4_gold.jsonl", "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
