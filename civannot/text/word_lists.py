"""The word lists shipped in resources/gazetteers/ as the normaliser and the rules read them: one
or more words a line, separated by spaces, `#` opening a comment line."""

from __future__ import annotations

from importlib import resources


def gazetteer_words(name: str) -> list[str]:
    """The words of resources/gazetteers/NAME, in file order."""
    path = resources.files("civannot.resources").joinpath("gazetteers", name)
    out: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        out.extend(line.split())
    return out
