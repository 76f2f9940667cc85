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
