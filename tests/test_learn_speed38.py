"""The model path's shortcuts of session 38 against their slow paths, on made-up texts.

- TaggerFeatures merges an item only once its cache key is met again (_seen_again): a key met
  once is given as its strings and waits in _fresh. The items given are those of a feature
  cache that merges every item at once, expanded back to their strings; the tags, spans and
  confidences those of the trained model read from its strings."""

import random

import pytest

from civannot.learn.crf import CrfModel, TrainItem, train_crf
from civannot.learn.crf_merged import MERGED_PREFIX
from civannot.preannotate import suggest
from tests.team_genre import team_docs

LABELS = frozenset({"PERSON", "TITLE", "ORG"})


@pytest.fixture(scope="module")
def model_data() -> bytes:
    docs = team_docs(10, seed=38)
    items = [TrainItem(d.text, d.spans, suggest(d.text).spans) for d in docs]
    return train_crf(items, params={"max_iterations": 20})


def _texts() -> list[str]:
    rng = random.Random(38)
    out = [d.text for d in team_docs(16, seed=83)]
    # names and bodies no other text holds: keys met once
    out += ["".join(rng.sample(t, len(t))) for t in out[:4]]
    return out


def test_a_key_is_merged_when_met_again(model_data):
    model = CrfModel(model_data)
    model.tag("。", [])  # (opens the features and the derived model: no key met)
    feats = model._known()
    merged = model._merged
    assert merged is not None
    text = "岚溪县供销社理事会主任吕某某，县文明办副主任蒋某某出席。"
    spans = suggest(text).spans
    first = feats.windows(text, spans, labels=LABELS)
    keys = set(feats._fresh)
    assert keys and not keys & set(feats._items)
    # met once: the items are the strings, none of them waits to be merged
    assert all(not it or not it[0].startswith(MERGED_PREFIX) for _, its in first for it in its)
    assert not any(it in merged.pending for _, its in first for it in its)
    again = feats.windows(text, spans, labels=LABELS)
    assert again == first  # (the same items: strings until the next rebuild)
    assert keys <= set(feats._items) and not keys & set(feats._fresh)
    assert any(it in merged.pending for _, its in again for it in its)
    merged.grow()
    feats.forget_items()
    third = feats.windows(text, spans, labels=LABELS)
    # now the merged attributes, each standing for the strings given before
    expand = dict(zip((n for n in merged.names), merged.items, strict=True))
    assert any(len(it) == 1 and it[0] in expand for _, its in third for it in its)
    assert [
        (w, [expand.get(it[0], it) if len(it) == 1 else it for it in its]) for w, its in third
    ] == first


def test_tagging_with_keys_met_once_is_the_trained_models(model_data):
    fast = CrfModel(model_data)
    plain = CrfModel(model_data, merge=False)
    texts = _texts()
    for _round in range(2):  # (the second time every key is met again)
        for text in texts:
            spans = suggest(text).spans
            for labels in (LABELS, None):
                a = fast.tag(text, spans, labels=labels, spread=False)
                b = plain.tag(text, spans, labels=labels, spread=False)
                assert a == b, text
    assert fast._merged is not None and fast._merged.items  # (it did merge, and rebuild)
    assert fast._fast is not None


def test_the_keys_met_once_are_bounded(model_data, monkeypatch):
    from civannot.learn import features

    monkeypatch.setattr(features, "_FRESH_MAX", 50)
    fast = CrfModel(model_data)
    plain = CrfModel(model_data, merge=False)
    for text in _texts():
        spans = suggest(text).spans
        assert fast.tag(text, spans, labels=LABELS) == plain.tag(text, spans, labels=LABELS)
        assert len(fast._known()._fresh) <= 50
