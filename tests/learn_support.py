"""Tiny synthetic gold for the learning tests: made-up names and places, a few sentences each.

The rules find the titles, names, directives and their relations; they miss the made-up
associations named "…联盟", which the gold marks ORG: a model that learns from the gold finds
them, the rules alone never do.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from civannot.learn.crf import OUTSIDE, CrfModel, TaggedSpan, Tagging
from civannot.learn.data import GoldDoc
from civannot.learn.features import spans_from_tags, tag_windows
from civannot.preannotate import suggest
from civannot.project import Project
from civannot.records import GOLD_LAYER, DocumentInput, LayerInput, Span

SURNAMES = "王李张刘陈杨赵周吴徐孙马朱胡郭何高林罗郑"
GIVEN = "建国明华伟强军平海涛志刚文晓东丽娟敏静燕红"
TITLES = ["市委书记", "副市长", "市长", "区委书记"]
UNIONS = "青松 蓝湖 白鹭 石桥 云溪 松涛 竹林 金沙 玉泉 星河".split()
KINDS = ["志愿者联盟", "读书联盟", "环保联盟", "商户联盟"]
ACTIONS = ["加强背街小巷整治", "压实属地责任", "提升城市管理水平", "做好垃圾分类工作"]


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, 2))


def synthetic_text(rng: random.Random, sentences: int = 4) -> tuple[str, list[tuple[int, int]]]:
    """A text and the ranges of the 联盟 names in it."""
    parts: list[str] = []
    unions: list[tuple[int, int]] = []
    pos = 0
    for _ in range(sentences):
        if rng.random() < 0.5:
            s = f"{rng.choice(TITLES)}{_name(rng)}强调，要{rng.choice(ACTIONS)}。"
        else:
            org = rng.choice(UNIONS) + rng.choice(KINDS)
            lead = rng.choice(["昨天，", "本周，", ""])
            s = f"{lead}{org}组织成员开展活动。"
            unions.append((pos + len(lead), pos + len(lead) + len(org)))
        parts.append(s)
        pos += len(s)
    return "".join(parts), unions


def synthetic_docs(n: int, seed: int = 0) -> list[GoldDoc]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        text, unions = synthetic_text(rng)
        sug = suggest(text)
        spans = [Span(s.start, s.end, s.label, s.text) for s in sug.spans]
        rels = list(sug.relations)
        for a, b in unions:
            spans.append(Span(a, b, "ORG", text[a:b]))
        order = sorted(range(len(spans)), key=lambda k: (spans[k].start, spans[k].end))
        new = {old: k for k, old in enumerate(order)}
        out.append(
            GoldDoc(
                i,
                text,
                [spans[k] for k in order],
                [(t, new[h], new[tl]) for t, h, tl in rels],
            )
        )
    return out


def build_project(path: Path, n: int = 12, seed: int = 0) -> Project:
    """A project whose gold layer holds n synthetic documents (all marked done)."""
    return gold_project(path, [(f"doc{d.key:03d}", d) for d in synthetic_docs(n, seed)])


def gold_project(path: Path, docs: Sequence[tuple[str, Any]]) -> Project:
    """A project whose gold layer holds `docs` ((external id, a document with text, spans and
    relations) pairs), all marked done."""
    items = [
        (
            DocumentInput(key, d.text),
            [
                LayerInput(
                    GOLD_LAYER,
                    [Span(s.start, s.end, s.label, s.text, "adjudicated") for s in d.spans],
                    d.relations,
                    True,
                )
            ],
        )
        for key, d in docs
    ]
    p = Project.create(path)
    p.import_batch(items)
    return p


def reference_tag(
    model: CrfModel, text: str, rule_spans: list[Span], labels: Iterable[str] | None = None
) -> Tagging:
    """CrfModel.tag as it was before the known-feature path: tag_windows' strings, every one
    given to crfsuite. The tests and bench/bench_learn_apply.py compare the fast path to it."""
    out = Tagging()
    if labels is not None and not frozenset(labels):
        return out
    log_p, n = 0.0, 0
    tagger = model._tagger
    for (s, _e), feats in tag_windows(text, rule_spans, labels=labels):
        tagger.set(feats)
        tags = tagger.tag()
        log_p += math.log(max(tagger.probability(tags), 1e-300))
        n += len(tags)
        if tags.count(OUTSIDE) == len(tags):
            continue
        for a, b, label in spans_from_tags(tags):
            conf = min(tagger.marginal(tags[a], a), tagger.marginal(tags[b - 1], b - 1))
            out.spans.append(TaggedSpan(s + a, s + b, label, round(conf, 4)))
    out.uncertainty = 1.0 - math.exp(log_p / n) if n else 0.0
    out.least_confident = 1.0 - min((sp.confidence for sp in out.spans), default=1.0)
    return out
