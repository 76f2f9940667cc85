"""The annotator's decision on a quality flag (a guessed repair shown in the article).

Two kinds of decision:

- A GBK repair flag (`is_repair`) is decided with `Session.choose_repair`, which rewrites the
  clean text: `repair_choice` below computes the flag after the choice. The readings of such a
  flag follow one convention, set by the normaliser and kept by every choice:

  * the clean text holds one reading in [start, end); `applied` is that reading, or None when
    the text holds the damaged original (no repair in place);
  * `alternatives` are the other readings, and whenever a repair is in place the damaged
    original (it starts with the `?` of the lost lead byte) is the LAST alternative, so
    rejecting is choosing it; a flag made elsewhere may lack it: then the text cannot go back
    to the damage, and rejecting only records the decision;
  * with status "chosen", `alternatives[0]` is also the chosen reading, now in the text.

- Any other flag (boilerplate removed, pinyin density, damage left alone) only records a status
  with `review_flag`: there is no text to change.

Flags that are not "open" no longer count as open flags.
"""

from __future__ import annotations

from dataclasses import replace

from civannot.records import Flag

ACTIONS = ("accept", "reject", "choose", "reopen")
STATUSES = ("open", "accepted", "rejected", "chosen")
REPAIR_KINDS = ("gbk_repair",)
DAMAGE_MARK = "?"


def review_flag(
    flags: list[Flag], index: int, action: str, alternative: str | None = None
) -> list[Flag]:
    """A new flag list with flag `index` decided, the text untouched (flags that are not
    repairs, or reopening one); raises ValueError for an impossible decision."""
    if action not in ACTIONS:
        raise ValueError(f"unknown flag action {action!r}")
    if not (0 <= index < len(flags)):
        raise ValueError(f"no flag {index}")
    old = flags[index]
    if action == "accept":
        new = replace(old, status="accepted")
    elif action == "reject":
        new = replace(old, status="rejected")
    elif action == "reopen":
        new = replace(old, status="open")
    else:
        if alternative is None or alternative not in old.alternatives:
            raise ValueError(f"{alternative!r} is not one of this flag's alternatives")
        rest = [a for a in old.alternatives if a != alternative]
        new = replace(old, status="chosen", alternatives=[alternative, *rest])
    out = list(flags)
    out[index] = new
    return out


def chosen_reading(flag: Flag) -> str | None:
    """The alternative an annotator chose for a flag, if any."""
    if flag.status == "chosen" and flag.alternatives:
        return flag.alternatives[0]
    return None


def is_repair(flag: Flag) -> bool:
    """A flag whose readings can replace a range of the clean text."""
    return flag.kind in REPAIR_KINDS and flag.end > flag.start


def damaged_reading(flag: Flag, text: str) -> str | None:
    """The damaged original of a repair flag (`text` is the document's clean text), None when
    the flag does not carry it (a flag made elsewhere than by the normaliser)."""
    if flag.applied is None:
        return text[flag.start : flag.end]
    # a damaged run starts at the `?` that replaced the lost lead byte; no candidate does
    if flag.alternatives and flag.alternatives[-1].startswith(DAMAGE_MARK):
        return flag.alternatives[-1]
    return None


def other_readings(flag: Flag, text: str) -> list[str]:
    """The readings the annotator can switch to: every alternative but the one in the text."""
    here = text[flag.start : flag.end]
    return [a for a in flag.alternatives if a != here]


def repair_choice(flag: Flag, text: str, choice: str | None) -> tuple[Flag, str]:
    """(the flag after the choice, the reading the text must hold in [start, end)).

    `choice` None accepts what the text holds now; the damaged original rejects the repair;
    any alternative puts that reading in place. Raises ValueError (one line) otherwise.
    """
    if not is_repair(flag):
        raise ValueError(f"a {flag.kind} flag has no readings to choose from")
    here = text[flag.start : flag.end]
    if flag.applied is not None and here != flag.applied:
        raise ValueError(
            f"the flag says “{flag.applied}” is at {flag.start}-{flag.end}, the text has “{here}”"
        )
    original = damaged_reading(flag, text)
    accept = choice is None or (choice == here and here != original)
    if choice is None:
        choice = here
    elif choice == "":
        raise ValueError("an empty reading would delete the text")
    elif choice != here and choice not in flag.alternatives:
        # a reading the annotator typed (the right one was not offered): it must fit the
        # bytes that survived the damage, where those are known
        from civannot.reading_check import check_typed_reading

        reason = check_typed_reading(choice, original)
        if reason is not None:
            raise ValueError(reason)
    # every reading the flag knows, the damaged original last
    readings = [here, *flag.alternatives] if flag.applied is not None else [*flag.alternatives]
    readings = [r for r in dict.fromkeys(readings) if r != original]
    if original is not None:
        readings.append(original)
    end = flag.start + len(choice)
    if accept:
        # what is in place stays; it leaves the alternatives (first there only while "chosen")
        new = replace(flag, status="accepted", alternatives=[r for r in readings if r != here])
    elif choice == original:
        new = replace(
            flag,
            end=end,
            applied=None,
            status="rejected",
            alternatives=[r for r in readings if r != original],
        )
    else:
        new = replace(
            flag,
            end=end,
            applied=choice,
            status="chosen",
            alternatives=[choice, *(r for r in readings if r != choice)],
        )
    return new, choice


def decision(flag: Flag, text: str) -> tuple[str, str | None]:
    """What an annotator decided on a flag, comparable across copies of a document: its status
    and, for a repair, the reading the text holds (`text` is that copy's clean text)."""
    return flag.status, text[flag.start : flag.end] if is_repair(flag) else None


def map_position(pos: int, start: int, end: int, new_len: int, *, is_end: bool) -> int:
    """Where offset `pos` lands when text[start:end] is replaced by `new_len` characters; an
    offset inside the replaced range goes to the edge of the new reading."""
    if pos <= start:
        return pos
    if pos >= end:
        return pos + new_len - (end - start)
    return start + new_len if is_end else start


def map_range(s: int, e: int, start: int, end: int, new_len: int) -> tuple[int, int] | None:
    """Where the range [s, e) lands when text[start:end] is replaced by `new_len` characters:
    ranges after it shift, ranges containing it grow or shrink with it, and a range the
    replacement cuts (partly inside it) has no place: None."""
    delta = new_len - (end - start)
    if e <= start or (s >= end and delta == 0):
        return s, e
    if s >= end:
        return s + delta, e + delta
    if s <= start and e >= end:
        return s, e + delta
    return None


Edit = tuple[int, int, int]  # (start, end, length of the new reading), in the old text


def map_through(s: int, e: int, edits: list[Edit]) -> tuple[int, int] | None:
    """map_range through several non-overlapping replacements of one text (None when any of
    them cuts the range)."""
    # right to left: a replacement never moves the offsets of the ones before it
    for start, end, new_len in sorted(edits, reverse=True):
        got = map_range(s, e, start, end, new_len)
        if got is None:
            return None
        s, e = got
    return s, e


def apply_edits(text: str, edits: list[Edit], readings: list[str]) -> str:
    """`text` with each edit's range replaced by the reading of the same position."""
    out = text
    for (start, end, _), reading in sorted(zip(edits, readings, strict=True), reverse=True):
        out = out[:start] + reading + out[end:]
    return out
