"""A character-level CRF (python-crfsuite) for the entity labels, with the rules' output among
its features (civannot.learn.features).

`train_crf` turns documents with their gold spans and the rules' suggestions into a model (the
crfsuite file as bytes, stored inside the project); `CrfModel.tag` labels a text given the rules'
suggestions for it and gives each span a confidence (the smallest marginal of its tags) and the
text an uncertainty (1 - the per-character geometric mean of the best tagging's probability).
"""

from __future__ import annotations

import math
import os
import struct
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from civannot.learn.crf_merged import MergedModel, cqdb_keys
from civannot.learn.features import (
    ENTITY_LABELS,
    OUTSIDE,
    TAG_WINDOW,
    TaggerFeatures,
    bio_tags,
    document_items,
    spans_from_tags,
)
from civannot.records import Span

# L-BFGS with elastic net: c1 prunes the many rare character n-grams, c2 keeps weights small.
# Measured on the team-genre development set (bench/eval_team.py --set team-unseen: the
# training articles show half of the unit posts and bodies the scored ones name; entity
# micro-F1 / HOLDS_TITLE F1 of rules + model, 3 repeats). Earlier features, 20 documents:
# c1 0.05 c2 0.05 0.931 / 0.819; c1 0.1 c2 0.01 0.957 / 0.854; c1 0.1 c2 0.001 0.965 / 0.868;
# c1 0.01 c2 0.1 0.901 / 0.785. Present features: 20 documents c1 0.1 0.968 / 0.931, c1 0.3
# 0.973 / 0.930, c1 1.0 0.958 / 0.863; 40 documents c1 0.1 0.916 / 0.838, c1 0.3 0.944 / 0.902,
# c1 1.0 0.945 / 0.896; development gold (tests/gold) c1 0.1 0.966, c1 0.3 0.968. A stronger
# L1 prunes the n-grams of the posts the gold happened to show and lets the rules' output and
# the vocabulary marks carry a correction to forms it did not show; choosing c1 by
# cross-validation over the team's own gold always took 0.1 (it cannot see the forms to come).
# (Those 40-document figures were below the 20-document ones because the model followed the
# learned lexicon's spans, no longer among its features: civannot.learn.features._HIDDEN_RULES;
# now 20 documents 0.968 / 0.923, 40 0.985 / 0.976, 60 0.985 / 0.977 with c1 0.3.)
# 40 iterations: 80 scored alike, 25 lower; it bounds training time (1,000 documents within
# the 2-minute budget).
DEFAULT_PARAMS: dict[str, Any] = {
    "c1": 0.3,
    "c2": 0.001,
    "max_iterations": 40,
    "feature.possible_transitions": True,
}


QUIET_KEEP = 3


class TrainingCancelled(Exception):
    """The caller's cancel() said stop; nothing was produced."""


@dataclass
class TrainItem:
    """One document for training: clean text, gold entity spans, the rules' suggestions, and
    the labels the gold covers (None: all). Characters of labels the gold does not cover take
    the rules' tags, so a partially annotated document teaches nothing false about them."""

    text: str
    gold: Sequence[Span]
    rules: Sequence[Span]
    labels: frozenset[str] | None = None


def _target_tags(item: TrainItem) -> list[str]:
    if item.labels is None:
        return bio_tags(len(item.text), item.gold)
    gold = [s for s in item.gold if s.label in item.labels]
    filler = [
        s
        for s in item.rules
        if s.label in ENTITY_LABELS
        and s.label not in item.labels
        and not any(g.start < s.end and s.start < g.end for g in gold)
    ]
    return bio_tags(len(item.text), [*gold, *filler])


@dataclass(slots=True)
class TaggedSpan:
    start: int
    end: int
    label: str
    confidence: float


@dataclass
class Tagging:
    spans: list[TaggedSpan] = field(default_factory=list)
    # 1 - the per-character geometric mean of the tags' probability; None when not asked for
    # (CrfModel.tag's `spread`)
    uncertainty: float | None = 0.0
    least_confident: float = 0.0  # 1 - the smallest span confidence (0 without spans)


def _import_crfsuite() -> Any:
    try:
        import pycrfsuite
    except ImportError:  # pragma: no cover - a broken install
        raise RuntimeError(
            "python-crfsuite is not installed (pip install python-crfsuite)"
        ) from None
    return pycrfsuite


def train_crf(
    items: Sequence[TrainItem],
    *,
    params: dict[str, Any] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> bytes:
    """The crfsuite model trained on `items`, as bytes. progress(iteration, max_iterations);
    cancel() -> True stops with TrainingCancelled."""
    pycrfsuite = _import_crfsuite()
    prm = {**DEFAULT_PARAMS, **(params or {})}
    total = int(prm["max_iterations"])

    class _Trainer(pycrfsuite.Trainer):  # type: ignore[misc, name-defined]
        # crfsuite reports through log messages; only iterations matter here, and nothing is
        # printed (the base class prints every message)
        def message(self, message: str) -> None:
            event = self.logparser.feed(message)
            if event == "iteration":
                if cancel and cancel():
                    raise TrainingCancelled()
                if progress:
                    progress(min(self.logparser.last_iteration.get("num", 0), total), total)

    algo = str(prm.pop("algorithm", "lbfgs"))
    if algo != "lbfgs":
        # the defaults are L-BFGS's; keep what the other algorithm knows
        known = set(pycrfsuite.Trainer(algorithm=algo, verbose=False).params())
        prm = {
            k: v for k, v in prm.items() if k in known and (k in (params or {}) or k not in ("c2",))
        }
    trainer = _Trainer(algorithm=algo, verbose=True)
    n_seq = quiet = 0
    for item in items:
        if cancel and cancel():
            raise TrainingCancelled()
        tags = _target_tags(item)
        for (s, e), feats in document_items(item.text, item.rules):
            # a sentence where neither the gold nor the rules have anything teaches little the
            # next such sentence does not: one in QUIET_KEEP is kept, training time goes to
            # the sentences with entities
            if all(t == OUTSIDE for t in tags[s:e]) and all("r=O" in f for f in feats):
                quiet += 1
                if quiet % QUIET_KEEP:
                    continue
            trainer.append(feats, tags[s:e])
            n_seq += 1
    if n_seq == 0:
        raise ValueError("no text to train on")
    trainer.set_params(prm)
    fd, path = tempfile.mkstemp(suffix=".crfsuite")
    os.close(fd)
    try:
        trainer.train(path)
        with open(path, "rb") as fh:
            data = fh.read()
    finally:
        os.unlink(path)
    if progress:
        progress(total, total)
    return data


def model_attributes(data: bytes) -> frozenset[bytes] | None:
    """The attribute strings of a crfsuite CRF1d model (the strings it has weights for), read
    from its attribute dictionary: header (magic "lCRF", size, type "FOMC", version, counts of
    features, labels and attributes, offsets of the features, label and attribute
    dictionaries, references). pycrfsuite's Tagger.info() parses a text dump line by line and
    fails on an attribute holding a line break (the characters of a line's end are features).
    None when the bytes are not such a model (the caller then keeps every string)."""
    try:
        magic, _size, kind, _ver, _nf, _nl, n_attrs, _of, _ol, off_attrs = struct.unpack_from(
            "<4sI4s7I", data, 0
        )
        if magic != b"lCRF" or kind != b"FOMC":
            return None
        keys = cqdb_keys(data, off_attrs)
    except (struct.error, ValueError):
        return None
    return frozenset(keys) if len(keys) == n_attrs else None


class CrfModel:
    """A trained model, opened from its bytes once and reused for every text.

    Tagging near the cues (`tag` with a window) reads each character as one attribute of a
    derived model (civannot.learn.crf_merged: the same scores bit for bit, a quarter of
    crfsuite's cost of reading a sequence); `merge=False` keeps the trained model's strings
    (the reference the tests compare with)."""

    def __init__(self, data: bytes, merge: bool = True):
        self._pycrfsuite = _import_crfsuite()
        self._data = data  # the tagger reads from this buffer: keep it alive
        self._tagger = self._pycrfsuite.Tagger()
        self._tagger.open_inmemory(data)
        self.labels = [lab for lab in self._tagger.labels() if lab != OUTSIDE]
        self._features: TaggerFeatures | None = None
        self._merge = merge
        self._merged: MergedModel | None = None
        # the tagger of the derived model and its bytes (kept alive: it reads from them);
        # _tagger stays the trained model's (the reference, `window=None`)
        self._fast: Any = None
        self._fast_data: bytes | None = None

    def _known(self) -> TaggerFeatures:
        """The tagging features restricted to the attributes with a weight in this model
        (read from the model once, when it first tags)."""
        if self._features is None:
            merged = None
            if self._merge:
                try:
                    merged = MergedModel(self._data)
                except (ValueError, struct.error):  # not a model this reader knows: strings
                    merged = None
            self._merged = merged
            self._features = TaggerFeatures(
                model_attributes(self._data), merge=merged.as_item if merged else None
            )
        return self._features

    def _grow(self) -> None:
        """Reopen the tagger on a derived model holding the items gathered since the last one
        (between texts: an item not merged yet is read from its strings meanwhile)."""
        merged = self._merged
        if merged is None or not merged.due():
            return
        try:
            data = merged.grow()
            tagger = self._pycrfsuite.Tagger()
            tagger.open_inmemory(data)
        except (ValueError, struct.error, OverflowError):
            # a derived model that cannot be written or opened: the strings, as before (the
            # same tags, only slower); the fast tagger so far is dropped with it
            self._merged, self._fast, self._fast_data = None, None, None
            assert self._features is not None
            self._features.forget_items(keep_merging=False)
            return
        self._fast, self._fast_data = tagger, data
        assert self._features is not None
        self._features.forget_items()

    def tag(
        self,
        text: str,
        rule_spans: Sequence[Span],
        window: int | None = TAG_WINDOW,
        labels: Iterable[str] | None = None,
        spread: bool = True,
    ) -> Tagging:
        """`window`: tag only the characters near a cue (features.tag_windows); None: every
        segment whole. `labels`: only the cues of these labels (features.cue_positions: the
        labels the policy gives to the model, at pre-annotation); None: of every label.
        `spread`: compute Tagging.uncertainty (the best tagging's probability: crfsuite's
        forward-backward pass also over the windows without a span); False leaves it None
        (pre-annotation: the documents' order follows the spans' confidence and the
        disagreement, civannot.learn.uncertainty)."""
        out = Tagging()
        if labels is not None:
            labels = frozenset(labels)
            if not labels:  # the policy takes every label from the rules: nothing to tag
                return out
        log_p = 0.0
        n = 0
        tagger = self._tagger
        if window is not None:
            self._known()
            self._grow()
            if self._fast is not None:
                tagger = self._fast
        parts: Sequence[tuple[tuple[int, int], Sequence[Sequence[str | bytes]]]] = (
            document_items(text, rule_spans)
            if window is None
            else self._known().windows(text, rule_spans, window, labels)
        )
        # (the tagger's methods and the spans' append bound once, not looked up per window
        # and span; tag(feats) sets the sequence and runs Viterbi in one call)
        viterbi, marginal = tagger.tag, tagger.marginal
        add = out.spans.append
        for (s, _e), feats in parts:
            tags = viterbi(feats)
            # the sequence's probability gives the spread uncertainty; marginals only where a
            # span is (they cost a call per character)
            if spread:
                log_p += math.log(max(tagger.probability(tags), 1e-300))
                n += len(tags)
            if tags.count(OUTSIDE) == len(tags):
                continue
            for a, b, label in spans_from_tags(tags):
                # the span's weakest points are its ends (where a boundary could move): their
                # marginals, not one call per character
                conf = marginal(tags[a], a)
                if b - 1 > a:
                    last = marginal(tags[b - 1], b - 1)
                    if last < conf:  # (min(), a call through the arguments' tuple, per span)
                        conf = last
                # round(conf, 4) as ".4f" formats it: both are the correctly rounded decimal
                # (dtoa's mode 3) read back by strtod, so the same double; a third cheaper
                add(TaggedSpan(s + a, s + b, label, float(f"{conf:.4f}")))
        out.uncertainty = (1.0 - math.exp(log_p / n) if n else 0.0) if spread else None
        out.least_confident = 1.0 - min((sp.confidence for sp in out.spans), default=1.0)
        return out
