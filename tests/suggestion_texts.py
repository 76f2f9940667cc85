"""What the engine suggests, as (text, label) pairs: the shape the ORG and place tests assert on."""

from __future__ import annotations

from civannot.preannotate.engine import suggest


def tagged(text: str, *labels: str) -> list[tuple[str, str]]:
    return [(s.text, s.label) for s in suggest(text).spans if s.label in labels]


def orgs(text: str) -> list[str]:
    return [t for t, _ in tagged(text, "ORG")]
