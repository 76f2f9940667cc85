"""Store uids (ops.new_uids): version 7 UUIDs as 32 hex digits, increasing within a batch and
across batches."""

import re
import time

from civannot.store.ops import new_uids


def test_new_uids_are_increasing_version_7_hex():
    a = new_uids(5000)
    time.sleep(0.002)  # a later millisecond: the time leads the uid
    b = new_uids(3)
    assert new_uids(0) == []
    assert len(a) == len(set(a)) == 5000
    for u in (*a, *b):
        assert re.fullmatch(r"[0-9a-f]{12}7[0-9a-f]{3}[89ab][0-9a-f]{15}", u), u
    assert a == sorted(a) and a[-1] < b[0]
    # counted up by one: the low 62 bits of the last = those of the first + n - 1
    assert int(a[-1][16:], 16) - int(a[0][16:], 16) == 4999


def test_new_uids_are_the_counted_up_numbers_across_blocks(monkeypatch):
    # the second half is first + k as 16 hex digits for every k, also where the top digits
    # change (every 4,096 uids) and at a batch's last one; the draws are fixed here
    import civannot.store.ops as ops

    for draw in (b"\x12\x34" + b"\xff" * 8, b"\x00" * 9 + b"\x01", bytes(range(10))):
        monkeypatch.setattr(ops.os, "urandom", lambda k, d=draw: d)
        monkeypatch.setattr(ops.time, "time_ns", lambda: 1_765_000_000_123_456_789)
        for n in (1, 2, 4095, 4096, 4097, 9000):
            got = new_uids(n)
            rnd = int.from_bytes(draw, "big")
            low = (rnd & ((1 << 62) - 1)) % ((1 << 62) - n)
            prefix = f"{(1_765_000_000_123 << 16) | (7 << 12) | (rnd >> 68):016x}"
            first = (2 << 62) | low
            assert got == [f"{prefix}{first + k:016x}" for k in range(n)]
