"""civannot normalize FILE [--json]"""

from __future__ import annotations

import argparse
from pathlib import Path

from civannot.commands._common import CommandError, add_json_flag, emit

NAME = "normalize"
HELP = "print the clean text of a damaged article (with --json: text, raw, map, flags)"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="article file (.txt or .html; encoding detected)")
    add_json_flag(parser)


def run(args: argparse.Namespace) -> int:
    from civannot.importer import Refused, decode, html_text
    from civannot.text import normalize

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise CommandError(f"cannot read {path}: {e.strerror or e}") from None
    try:
        raw, encoding, guessed = decode(data)
    except Refused as e:
        raise CommandError(f"{path}: {e}") from None
    if path.suffix.lower() in (".html", ".htm", ".xhtml"):
        raw, _title = html_text(raw)
    n = normalize(raw)
    flags = [f.to_json() for f in n.flags]
    if guessed:
        flags.insert(
            0,
            {"kind": "encoding", "start": 0, "end": 0, "message": f"file encoding guessed as {encoding}",
             "confidence": None, "applied": None, "alternatives": [], "status": "open"},
        )  # fmt: skip
    emit(
        args,
        n.text,
        {
            "text": n.text,
            "raw": n.raw,
            "map": [list(r) for r in n.offset_map.per_char()],
            "flags": flags,
            "encoding": encoding,
        },
    )
    return 0
