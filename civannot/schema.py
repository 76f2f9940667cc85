"""Label schema: labels (entity | directive) and relation types, loaded and checked."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

KINDS = ("entity", "directive")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
# "-" as in brat's own type names (Part-of, Member-of); a name starts with a letter.
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")


class SchemaError(ValueError):
    """A schema file that cannot be used; the message says why in one line."""


@dataclass(frozen=True)
class LabelSpec:
    name: str
    kind: str
    colour: str
    shortcut: str = ""
    description: str = ""


@dataclass(frozen=True)
class RelationSpec:
    name: str
    head: tuple[str, ...]
    tail: tuple[str, ...]
    shortcut: str = ""


@dataclass(frozen=True)
class Schema:
    name: str
    version: str
    labels: tuple[LabelSpec, ...]
    relations: tuple[RelationSpec, ...] = ()
    guideline: str = ""  # guideline text (markdown)
    extra: dict[str, Any] = field(default_factory=dict)

    def label(self, name: str) -> LabelSpec:
        for lab in self.labels:
            if lab.name == name:
                return lab
        raise KeyError(name)

    def relation(self, name: str) -> RelationSpec:
        for rel in self.relations:
            if rel.name == name:
                return rel
        raise KeyError(name)

    @property
    def label_names(self) -> list[str]:
        return [lab.name for lab in self.labels]

    @property
    def entity_labels(self) -> list[str]:
        return [lab.name for lab in self.labels if lab.kind == "entity"]

    def is_directive(self, label: str) -> bool:
        return any(lab.name == label and lab.kind == "directive" for lab in self.labels)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "labels": [
                {
                    "name": lab.name,
                    "kind": lab.kind,
                    "colour": lab.colour,
                    "shortcut": lab.shortcut,
                    "description": lab.description,
                }
                for lab in self.labels
            ],
            "relations": [
                {"name": r.name, "head": list(r.head), "tail": list(r.tail), "shortcut": r.shortcut}
                for r in self.relations
            ],
            "guideline_text": self.guideline,
        }


def parse_schema(data: Any, guideline: str = "") -> Schema:
    """Check a decoded schema document; raise SchemaError with the first problem found."""
    if not isinstance(data, dict):
        raise SchemaError("schema must be a JSON object")
    labels_raw = data.get("labels")
    if not isinstance(labels_raw, list) or not labels_raw:
        raise SchemaError("schema needs a non-empty 'labels' list")
    labels: list[LabelSpec] = []
    seen: set[str] = set()
    shortcuts: set[str] = set()
    for i, lab in enumerate(labels_raw, 1):
        if not isinstance(lab, dict):
            raise SchemaError(f"label {i} is not an object")
        name = lab.get("name")
        if not isinstance(name, str) or not _NAME.match(name):
            raise SchemaError(
                f"label {i}: name {name!r} must be letters, digits, _ or - (starting with a letter)"
            )
        if name in seen:
            raise SchemaError(f"label {name}: defined twice")
        seen.add(name)
        kind = lab.get("kind", "entity")
        if kind not in KINDS:
            raise SchemaError(f"label {name}: kind {kind!r} is not entity or directive")
        colour = lab.get("colour", lab.get("color", "#888888"))
        if not isinstance(colour, str) or not _COLOUR.match(colour):
            raise SchemaError(f"label {name}: colour {colour!r} is not #rrggbb")
        shortcut = str(lab.get("shortcut", "") or "")
        if len(shortcut) > 1:
            raise SchemaError(f"label {name}: shortcut {shortcut!r} must be one key")
        if shortcut and shortcut.upper() in shortcuts:
            raise SchemaError(f"label {name}: shortcut {shortcut!r} is used twice")
        if shortcut:
            shortcuts.add(shortcut.upper())
        labels.append(
            LabelSpec(name, kind, colour.lower(), shortcut, str(lab.get("description", "")))
        )
    relations: list[RelationSpec] = []
    rel_seen: set[str] = set()
    for i, rel in enumerate(data.get("relations", []) or [], 1):
        if not isinstance(rel, dict):
            raise SchemaError(f"relation {i} is not an object")
        name = rel.get("name")
        if not isinstance(name, str) or not _NAME.match(name):
            raise SchemaError(
                f"relation {i}: name {name!r} must be letters, digits, _ or - (starting with a letter)"
            )
        if name in rel_seen:
            raise SchemaError(f"relation {name}: defined twice")
        rel_seen.add(name)
        ends = {}
        for end in ("head", "tail"):
            val = rel.get(end)
            if isinstance(val, str):
                val = [val]
            if not isinstance(val, list) or not val:
                raise SchemaError(f"relation {name}: '{end}' must list labels")
            for lab_name in val:
                if lab_name not in seen:
                    raise SchemaError(f"relation {name}: {end} label {lab_name!r} is not defined")
            ends[end] = tuple(val)
        relations.append(
            RelationSpec(name, ends["head"], ends["tail"], str(rel.get("shortcut", "") or ""))
        )
    return Schema(
        name=str(data.get("name", "schema")),
        version=str(data.get("version", "1")),
        labels=tuple(labels),
        relations=tuple(relations),
        guideline=guideline or str(data.get("guideline_text", "")),
    )


def load_schema(path: str | Path) -> Schema:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as e:
        raise SchemaError(f"cannot read schema {path}: {e.strerror}") from None
    except UnicodeDecodeError:
        raise SchemaError(f"schema {path} is not UTF-8 text") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise SchemaError(f"schema {path} is not valid JSON: line {e.lineno}: {e.msg}") from None
    guideline = ""
    if isinstance(data, dict) and isinstance(data.get("guideline"), str):
        gpath = path.parent / data["guideline"]
        if gpath.is_file():
            guideline = gpath.read_text(encoding="utf-8")
    return parse_schema(data, guideline)


def default_schema() -> Schema:
    root = resources.files("civannot.resources")
    data = json.loads(root.joinpath("schema.json").read_text(encoding="utf-8"))
    guideline = root.joinpath("guideline.md").read_text(encoding="utf-8")
    return parse_schema(data, guideline)
