"""A crfsuite model with one attribute per character item: the same tags, probabilities and
marginals as the trained model, for a fraction of crfsuite's cost of reading a sequence.

Reading a sequence (pycrfsuite's Tagger.set) costs per attribute string: its conversion to
C++ and a lookup in the model's string dictionary. A character tagged at pre-annotation has
about four attributes the model knows (its trigram's n-grams, the rules' tag, the vocabulary
marks), but those few attributes come back as the same few combinations text after text
(TaggerFeatures caches them as items). This module writes, next to the trained model, a
derived crfsuite model whose dictionary holds every original attribute plus one attribute per
item seen so far, whose state features are the item's summed weights. crfsuite adds a
character's state scores attribute by attribute, feature by feature, starting from zero; the
merged attribute's weight for a label is that same sum, computed in the same order, so the
state score crfsuite reads is the same double bit for bit, and so are the tags (Viterbi), the
probabilities and the marginals. Transitions are copied. An item not merged yet is given as
its original strings (they are in the derived dictionary too), so a text never waits for a
rebuild; the model is rebuilt when enough new items have gathered (MergedModel.grow).

The file format is crfsuite's own (lib/crf/src/crf1d_model.c and lib/cqdb/src/cqdb.c of
crfsuite 0.12, the version python-crfsuite 0.9 bundles): a 48-byte header, a FEAT chunk of
20-byte features, two CQDB string dictionaries (labels, attributes) hashed with Bob Jenkins'
lookup3 `hashlittle`, and the LFRF / AFRF chunks listing each label's and attribute's
features. It lives only in memory; the project keeps the trained model's bytes.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Sequence

_HEADER = struct.Struct("<4sI4s9I")
_CHUNK = struct.Struct("<4sII")
_FEATURE = struct.Struct("<IIId")
_STATE, _TRANS = 0, 1
_CQDB_TABLES = 256
_CQDB_DATA = 24 + 8 * _CQDB_TABLES  # header, then the tables' (offset, size) refs
_CQDB_BYTEORDER = 0x62445371
_M32 = 0xFFFFFFFF
# what begins a merged item's attribute name: no feature string begins so
# (civannot.learn.features: "c=", "k=", "r=", "rid=", "rc=", "x=", "g=")
MERGED_PREFIX = b"#"


def _rot(x: int, k: int) -> int:
    return ((x << k) | (x >> (32 - k))) & _M32


def hashlittle(key: bytes, initval: int = 0) -> int:
    """lookup3's hashlittle (Bob Jenkins, public domain), the hash of crfsuite's CQDB; equal to
    the C function's result on every byte string (little-endian words, zero-padded tail)."""
    length = len(key)
    a = b = c = (0xDEADBEEF + length + initval) & _M32
    pos = 0
    while length - pos > 12:
        x, y, z = struct.unpack_from("<III", key, pos)
        a = (a + x) & _M32
        b = (b + y) & _M32
        c = (c + z) & _M32
        # mix(a, b, c)
        a = (a - c) & _M32
        a ^= _rot(c, 4)
        c = (c + b) & _M32
        b = (b - a) & _M32
        b ^= _rot(a, 6)
        a = (a + c) & _M32
        c = (c - b) & _M32
        c ^= _rot(b, 8)
        b = (b + a) & _M32
        a = (a - c) & _M32
        a ^= _rot(c, 16)
        c = (c + b) & _M32
        b = (b - a) & _M32
        b ^= _rot(a, 19)
        a = (a + c) & _M32
        c = (c - b) & _M32
        c ^= _rot(b, 4)
        b = (b + a) & _M32
        pos += 12
    if length - pos == 0:
        return c
    x, y, z = struct.unpack("<III", key[pos:].ljust(12, b"\x00"))
    a = (a + x) & _M32
    b = (b + y) & _M32
    c = (c + z) & _M32
    # final(a, b, c)
    c ^= b
    c = (c - _rot(b, 14)) & _M32
    a ^= c
    a = (a - _rot(c, 11)) & _M32
    b ^= a
    b = (b - _rot(a, 25)) & _M32
    c ^= b
    c = (c - _rot(b, 16)) & _M32
    a ^= c
    a = (a - _rot(c, 4)) & _M32
    b ^= a
    b = (b - _rot(a, 14)) & _M32
    c ^= b
    c = (c - _rot(b, 24)) & _M32
    return c


def cqdb_hash(key: bytes) -> int:
    """The hash a CQDB files `key` under (the C string with its NUL)."""
    return hashlittle(key + b"\x00")


def cqdb_bytes(keys: Sequence[bytes], hashes: Sequence[int] | None = None) -> bytes:
    """A CQDB chunk holding keys[i] with id i, as cqdb_writer_put / cqdb_writer_close lay it
    out: the header, 256 table refs, the records (id, size with the NUL, key, NUL), each
    non-empty table's buckets (hash, record offset; twice as many as its keys, open
    addressing from (hash >> 8) % size), then the backward array (id -> record offset)."""
    hs = [cqdb_hash(k) for k in keys] if hashes is None else hashes
    records = bytearray()
    offsets: list[int] = []
    for i, key in enumerate(keys):
        if b"\x00" in key:
            raise ValueError("a CQDB key holds no NUL")
        offsets.append(_CQDB_DATA + len(records))
        records += struct.pack("<iI", i, len(key) + 1) + key + b"\x00"
    return _cqdb_from_records(keys, hs, records, offsets)


def cqdb_keys(data: bytes, off: int) -> list[bytes]:
    """The keys of the CQDB (crfsuite's string dictionary) at `off`, in id order: its header
    (chunk id, size, flags, byte order, backward array size and offset) then the backward
    array's record offsets, each record an id, a key size (with its NUL) and the key."""
    cid, size, _flag, _order, n, bwd = struct.unpack_from("<4sIIIII", data, off)
    if cid != b"CQDB" or off + size > len(data) or bwd + 4 * n > size:
        raise ValueError("not a CQDB chunk")
    keys = []
    for (rec,) in struct.iter_unpack("<I", data[off + bwd : off + bwd + 4 * n]):
        _id, ksize = struct.unpack_from("<iI", data, off + rec)
        if ksize == 0 or rec + 8 + ksize > size:
            raise ValueError("a CQDB record runs past its chunk")
        keys.append(data[off + rec + 8 : off + rec + 7 + ksize])
    return keys


def _refs(data: bytes, off: int, count: int, chunk: bytes) -> list[list[int]]:
    """The feature ids of each label (LFRF) or attribute (AFRF), in the file's order (crfsuite
    writes two more label lists than labels, never filled: read as empty)."""
    cid, _size, num = _CHUNK.unpack_from(data, off)
    if cid != chunk or num < count:
        raise ValueError(f"not a {chunk.decode()} chunk of {count}")
    out: list[list[int]] = []
    for (at,) in struct.iter_unpack("<I", data[off + 12 : off + 12 + 4 * num]):
        if at == 0:  # (the two lists after the labels' are never written)
            out.append([])
            continue
        (n,) = struct.unpack_from("<I", data, at)
        out.append(list(struct.unpack_from(f"<{n}I", data, at + 4)))
    return out


class CrfWeights:
    """A crfsuite CRF1d model read from its bytes: labels and attributes in id order, each
    attribute's state features (label id, weight) in the order crfsuite adds them, the
    transition features as they are."""

    def __init__(self, data: bytes):
        magic, _size, kind, _ver, _nf, n_labels, n_attrs, off_feat, off_labels, off_attrs, \
            off_lrefs, off_arefs = _HEADER.unpack_from(data, 0)  # fmt: skip
        if magic != b"lCRF" or kind != b"FOMC":
            raise ValueError("not a crfsuite CRF1d model")
        cid, _fsize, n_feats = _CHUNK.unpack_from(data, off_feat)
        if cid != b"FEAT" or off_feat + 12 + 20 * n_feats > len(data):
            raise ValueError("no feature chunk")
        self.features = [_FEATURE.unpack_from(data, off_feat + 12 + 20 * i) for i in range(n_feats)]
        self.labels = cqdb_keys(data, off_labels)
        self.attrs = cqdb_keys(data, off_attrs)
        if len(self.labels) != n_labels or len(self.attrs) != n_attrs:
            raise ValueError("the dictionaries do not match the header")
        (lsize,) = struct.unpack_from("<I", data, off_labels + 4)
        self.label_cqdb = data[off_labels : off_labels + lsize]
        self.label_refs = _refs(data, off_lrefs, n_labels, b"LFRF")
        attr_refs = _refs(data, off_arefs, n_attrs, b"AFRF")[:n_attrs]
        self.attr_refs = attr_refs
        feats = self.features
        self.state: dict[bytes, list[tuple[int, float]]] = {}
        for a, fids in zip(self.attrs, attr_refs, strict=True):
            row = []
            for f in fids:
                kind_, _src, dst, w = feats[f]
                if kind_ == _STATE:
                    row.append((dst, w))
            self.state[a] = row

    def scores(self, item: Iterable[bytes]) -> list[float]:
        """The state score of each label for a character with these attributes, added in
        crfsuite's order (crf1dt_state_score: attribute by attribute, each attribute's features
        in its reference order, from zero); attributes the model lacks add nothing."""
        out = [0.0] * len(self.labels)
        state = self.state
        for a in item:
            for dst, w in state.get(a, ()):
                out[dst] += w
        return out


class _Built:
    """What one rebuild of the derived model leaves for the next (session 35): every part
    that an item adds at the end and that no later item changes, so a rebuild works only on
    the items merged since (the features, their packed bytes, the attributes' reference
    lists packed, the dictionary's records). A rebuild from scratch made every item's scores
    and bytes again each time (on 1,000 real pages some 0.2 ms a page)."""

    def __init__(self, weights: CrfWeights):
        self.items = 0  # items already in the parts below
        self.feats: list[tuple[int, int, int, float]] = list(weights.features)
        self.feat_bytes = bytearray(b"".join(_FEATURE.pack(*f) for f in self.feats))
        self.refs: list[list[int]] = [list(r) for r in weights.attr_refs]
        # each attribute's reference list packed, and where it starts in their body
        self.ref_body = bytearray()
        self.ref_at: list[int] = []
        self._pack_refs(self.refs)
        self.hashes = [cqdb_hash(a) for a in weights.attrs]
        self.records = bytearray()
        self.rec_at: list[int] = []
        self._add_records(weights.attrs, 0)

    def _pack_refs(self, lists: Sequence[Sequence[int]]) -> None:
        body, at = self.ref_body, self.ref_at
        for fids in lists:
            at.append(len(body))
            body += struct.pack(f"<I{len(fids)}I", len(fids), *fids)

    def _add_records(self, keys: Sequence[bytes], first: int) -> None:
        records, offsets = self.records, self.rec_at
        for i, key in enumerate(keys, first):
            if b"\x00" in key:
                raise ValueError("a CQDB key holds no NUL")
            offsets.append(_CQDB_DATA + len(records))
            records += struct.pack("<iI", i, len(key) + 1) + key + b"\x00"

    def add(self, weights: CrfWeights, items: Sequence[tuple[bytes, ...]],
            names: Sequence[bytes], hashes: Sequence[int]) -> None:  # fmt: skip
        """The items from self.items on (names and hashes alike) added to the parts."""
        feats, fb = self.feats, self.feat_bytes
        n_attrs = len(weights.attrs)
        start = self.items
        rows = []
        for k in range(start, len(items)):
            aid = n_attrs + k
            row = []
            for lid, w in enumerate(weights.scores(items[k])):
                if w != 0.0:
                    row.append(len(feats))
                    f = (_STATE, aid, lid, w)
                    feats.append(f)
                    fb += _FEATURE.pack(*f)
            rows.append(row)
        self.refs.extend(rows)
        self._pack_refs(rows)
        self.hashes.extend(hashes[start:])
        self._add_records(names[start:], n_attrs + start)
        self.items = len(items)


def merged_model(weights: CrfWeights, items: Sequence[tuple[bytes, ...]], names: Sequence[bytes],
                 hashes: Sequence[int], built: _Built | None = None) -> bytes:  # fmt: skip
    """The derived model: the original's labels, transitions and attributes (same ids), then
    attribute names[i] (hash hashes[i]) for items[i], its features the labels whose summed
    score is not zero. A label left out scores zero, as crfsuite's sum did. `built`: the parts
    a previous call made for the first items (the same weights; grown here to all of them)."""
    if built is None or built.items > len(items):
        built = _Built(weights)
    built.add(weights, items, names, hashes)
    feats = built.feats
    keys = [*weights.attrs, *names]
    head_size = _HEADER.size
    out = bytearray(head_size)
    off_feat = len(out)
    out += _CHUNK.pack(b"FEAT", 12 + 20 * len(feats), len(feats))
    out += built.feat_bytes
    off_labels = len(out)
    out += weights.label_cqdb
    off_attrs = len(out)
    out += _cqdb_from_records(keys, built.hashes, built.records, built.rec_at)

    def refs_chunk(chunk: bytes, lists: Sequence[Sequence[int]]) -> int:
        while len(out) % 4:
            out.append(0)
        begin = len(out)
        at = begin + 12 + 4 * len(lists)
        offsets = []
        body = bytearray()
        for fids in lists:
            offsets.append(at + len(body))
            body += struct.pack(f"<I{len(fids)}I", len(fids), *fids)
        out.extend(_CHUNK.pack(chunk, 12 + 4 * len(lists) + len(body), len(lists)))
        out.extend(struct.pack(f"<{len(offsets)}I", *offsets))
        out.extend(body)
        return begin

    off_lrefs = refs_chunk(b"LFRF", weights.label_refs)
    # the attributes' lists, packed as refs_chunk packs them, from the parts built
    while len(out) % 4:
        out.append(0)
    off_arefs = len(out)
    n_refs = len(built.ref_at)
    at = off_arefs + 12 + 4 * n_refs
    out.extend(_CHUNK.pack(b"AFRF", 12 + 4 * n_refs + len(built.ref_body), n_refs))
    out.extend(struct.pack(f"<{n_refs}I", *[at + r for r in built.ref_at]))
    out.extend(built.ref_body)
    _HEADER.pack_into(
        out, 0, b"lCRF", len(out), b"FOMC", 100, 0, len(weights.labels), len(keys),
        off_feat, off_labels, off_attrs, off_lrefs, off_arefs,
    )  # fmt: skip
    return bytes(out)


def _cqdb_from_records(
    keys: Sequence[bytes], hs: Sequence[int], records: bytes | bytearray, offsets: Sequence[int]
) -> bytes:
    """cqdb_bytes(keys, hs) with its records (and their offsets) already laid out."""
    tables: list[list[tuple[int, int]]] = [[] for _ in range(_CQDB_TABLES)]
    for hv, off in zip(hs, offsets, strict=True):
        tables[hv % _CQDB_TABLES].append((hv, off))
    cur = _CQDB_DATA + len(records)
    refs = bytearray()
    buckets = bytearray()
    for table in tables:
        n = 2 * len(table)
        refs += struct.pack("<II", cur if table else 0, n)
        if not table:
            continue
        slots = [(0, 0)] * n
        for hv, off in table:
            k = (hv >> 8) % n
            while slots[k][1] != 0:
                k = (k + 1) % n
            slots[k] = (hv, off)
        buckets += b"".join(struct.pack("<II", h, o) for h, o in slots)
        cur += 8 * n
    bwd_offset = cur if keys else 0
    backward = struct.pack(f"<{len(offsets)}I", *offsets)
    size = cur + len(backward)
    head = struct.pack("<4sIIIII", b"CQDB", size, 0, _CQDB_BYTEORDER, len(keys), bwd_offset)
    return bytes(head + refs + records + buckets + backward)


# Items merged at most (the derived model grows by a few hundred bytes an item); beyond, new
# items are given as their strings.
MERGED_MAX = 50_000
# A rebuild waits for this many new items, or for half as many as are merged already (so the
# rebuilds' total work stays within a few times the last one's).
_GROW_MIN = 64


class MergedModel:
    """The derived model and the items it holds, grown as texts bring new items."""

    def __init__(self, data: bytes):
        self.weights = CrfWeights(data)
        if any(a.startswith(MERGED_PREFIX) for a in self.weights.attrs):
            raise ValueError("the model has an attribute named like a merged item")
        self.items: list[tuple[bytes, ...]] = []
        self.names: list[bytes] = []
        self.hashes: list[int] = []
        self.name_of: dict[tuple[bytes, ...], tuple[bytes]] = {}
        self.pending: dict[tuple[bytes, ...], None] = {}
        self.data: bytes | None = None
        self._built: _Built | None = None

    def as_item(self, item: tuple[bytes, ...]) -> tuple[bytes, ...]:
        """What to give crfsuite for `item`: its merged attribute, or its strings (noted, to be
        merged at the next rebuild) while it has none."""
        name = self.name_of.get(item)
        if name is not None:
            return name
        if len(item) > 1 and len(self.items) + len(self.pending) < MERGED_MAX:
            self.pending[item] = None
        return item

    def due(self) -> bool:
        return len(self.pending) >= max(_GROW_MIN, len(self.items) // 2)

    def grow(self) -> bytes:
        """Merge the pending items; the new model's bytes (every earlier name is kept)."""
        for item in self.pending:
            name = MERGED_PREFIX + format(len(self.items), "x").encode()
            self.items.append(item)
            self.names.append(name)
            self.hashes.append(cqdb_hash(name))
            self.name_of[item] = (name,)
        self.pending.clear()
        if self._built is None:
            self._built = _Built(self.weights)
        self.data = merged_model(self.weights, self.items, self.names, self.hashes, self._built)
        return self.data
