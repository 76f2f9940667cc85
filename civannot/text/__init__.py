"""Normalisation of damaged articles and the offset map (clean <-> raw).

Public API (other modules rely on exactly this):

- ``normalize(raw: str) -> Normalized``
- ``Normalized.text`` (clean), ``.raw``, ``.offset_map`` (OffsetMap), ``.flags`` (list[Flag])
- ``OffsetMap.to_raw(start, end) -> (raw_start, raw_end)`` for a clean span
- ``OffsetMap.per_char() -> list[tuple[int, int]]`` one raw range per clean character
- ``OffsetMap.dumps() -> str`` / ``OffsetMap.loads(s: str, clean_len: int) -> OffsetMap``
- ``OffsetMap.identity(n: int) -> OffsetMap``
"""

from civannot.text.normalize import Normalized, normalize
from civannot.text.offsets import OffsetMap

__all__ = ["Normalized", "OffsetMap", "normalize"]
