"""The annotator's decision on a quality flag (a guessed repair shown in the article).

The clean text is never rewritten here: spans already point into it. Accepting keeps the repair
("accepted"); rejecting records that the repair is wrong ("rejected"); choosing another reading
records it as the flag's first alternative with status "chosen", so that whoever re-normalises
the article can apply it. Flags that are not "open" no longer count as open flags.
"""

from __future__ import annotations

from dataclasses import replace

from civannot.records import Flag

ACTIONS = ("accept", "reject", "choose", "reopen")
STATUSES = ("open", "accepted", "rejected", "chosen")


def review_flag(
    flags: list[Flag], index: int, action: str, alternative: str | None = None
) -> list[Flag]:
    """A new flag list with flag `index` decided; raises ValueError for an impossible decision."""
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
