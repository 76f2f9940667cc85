"""JSON text written fast: the encoders that the store's history and the JSONL export share, so
both write the same bytes for the same record."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

# json.dumps(x, ensure_ascii=False) without the check for cycles (records hold none)
dumps: Callable[[Any], str] = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode

# a str as a JSON string literal, quotes included; the C version when the interpreter has it
dump_str: Callable[[str], str] = (
    getattr(json.encoder, "c_encode_basestring", None) or json.encoder.py_encode_basestring
)
