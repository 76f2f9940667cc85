"""Does a reading the annotator typed fit the bytes that survived a GBK lead-byte loss?

A damaged run is `?` (the lost lead byte) followed by what the decoder made of the bytes that
survived; U+FFFD stands for one byte it could not pair. The true reading, encoded in GBK, is one
lead byte followed by exactly those surviving bytes (U+FFFD matching any one byte). A reading
that does not fit cannot be what the source said, so it is refused with the reason.
"""

from __future__ import annotations

from civannot.text.punctuation import FULL

DAMAGE_MARK = "?"
REPLACEMENT = "\ufffd"
MAX_TYPED = 64  # characters: a damaged run spans a few characters, never a paragraph


def surviving_bytes(damaged: str) -> list[int | None] | None:
    """The bytes after the lost lead byte (None: one byte shown as U+FFFD), or None when the
    damaged text is not a lead-byte loss (nothing to check against)."""
    if not damaged.startswith(DAMAGE_MARK) or len(damaged) < 2:
        return None
    out: list[int | None] = []
    for ch in damaged[1:]:
        if ch == REPLACEMENT:
            out.append(None)
            continue
        ch = FULL.get(ch, ch)  # sites folded full-width punctuation to ASCII afterwards
        try:
            out.extend(ch.encode("gbk"))
        except UnicodeEncodeError:
            return None
    return out


def check_typed_reading(reading: str, damaged: str | None) -> str | None:
    """None when `reading` may replace the damaged run `damaged`, else the one-line reason."""
    if not reading:
        return "an empty reading would delete the text"
    if len(reading) > MAX_TYPED or any(c in reading for c in "\r\n\t"):
        return "a reading is a few characters on one line"
    survive = surviving_bytes(damaged) if damaged else None
    if survive is None:
        return None  # no damaged bytes known: the annotator's reading stands
    try:
        typed = reading.encode("gbk")
    except UnicodeEncodeError:
        return f"“{reading}” cannot be written in GBK, the encoding the damaged bytes came from"
    tail = typed[1:]
    if len(tail) == len(survive) and all(
        s is None or s == b for s, b in zip(survive, tail, strict=True)
    ):
        return None
    shown = " ".join("??" if s is None else f"{s:02X}" for s in survive)
    return (
        f"“{reading}” does not fit the damaged bytes: after the lost first byte the source "
        f"had {shown}"
    )
