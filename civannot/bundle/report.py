"""What a merge says it did: one report per bundle, their sum per annotator."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from civannot.store.ops import Op

# ---- import ---------------------------------------------------------------------------------


@dataclass
class BundleReport:
    file: str
    bundle_id: str
    annotator: str
    created: str
    documents: int = 0
    documents_done: int = 0
    spans_added: int = 0
    spans_changed: int = 0
    spans_removed: int = 0
    relations_added: int = 0
    relations_removed: int = 0
    statuses_changed: int = 0
    comments_merged: int = 0
    flags_decided: int = 0
    texts_changed: int = 0
    conflicts: list[str] = field(default_factory=list)
    older: str = ""  # set when the copy is older than one merged before: nothing changed
    generation: int = 0  # the copy's newest history row: later copies have higher ones
    merge_id: int | None = None  # the merge log row (civannot bundle undo)

    @property
    def changed_anything(self) -> bool:
        return any(
            (
                self.spans_added,
                self.spans_changed,
                self.spans_removed,
                self.relations_added,
                self.relations_removed,
                self.statuses_changed,
                self.flags_decided,
                self.texts_changed,
                self.conflicts,
                self.comments_merged,
            )
        )


@dataclass
class ImportSummary:
    bundles: list[BundleReport] = field(default_factory=list)
    # everything written, in order: the GUI makes it one undo step
    ops: list[Op] = field(default_factory=list, repr=False)

    def per_annotator(self) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for r in self.bundles:
            d = out.setdefault(
                r.annotator,
                {
                    "bundles": 0,
                    "documents": 0,
                    "documents_done": 0,
                    "spans_added": 0,
                    "spans_changed": 0,
                    "spans_removed": 0,
                    "relations_added": 0,
                    "relations_removed": 0,
                    "statuses_changed": 0,
                    "flags_decided": 0,
                    "texts_changed": 0,
                    "conflicts": 0,
                },
            )
            d["bundles"] += 1
            # documents of several bundles of one annotator may coincide: the latest counts
            d["documents"] = max(d["documents"], r.documents)
            d["documents_done"] = max(d["documents_done"], r.documents_done)
            for k in (
                "spans_added",
                "spans_changed",
                "spans_removed",
                "relations_added",
                "relations_removed",
                "statuses_changed",
                "flags_decided",
                "texts_changed",
            ):
                d[k] += getattr(r, k)
            d["conflicts"] += len(r.conflicts)
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "bundles": [asdict(r) for r in self.bundles],
            "annotators": self.per_annotator(),
        }

    def render(self) -> str:
        lines = []
        for r in self.bundles:
            head = f"{r.file} ({r.annotator}, {r.created}): "
            if r.older:
                lines.append(head + r.older)
            elif not r.changed_anything:
                lines.append(head + "nothing new")
            else:
                lines.append(
                    head
                    + f"{r.documents_done}/{r.documents} documents done; spans +{r.spans_added} "
                    f"~{r.spans_changed} -{r.spans_removed}; relations +{r.relations_added} "
                    f"-{r.relations_removed}; {r.statuses_changed} statuses changed"
                    + (
                        f"; flags decided {r.flags_decided}, texts rewritten {r.texts_changed}"
                        if r.flags_decided
                        else ""
                    )
                )
            for c in r.conflicts:
                lines.append(f"  conflict: {c}")
        per = self.per_annotator()
        if len(self.bundles) > 1:
            lines.append("per annotator:")
            for a, d in per.items():
                lines.append(
                    f"  {a:<16} {d['documents_done']:>5}/{d['documents']:<5} done  "
                    f"spans +{d['spans_added']} ~{d['spans_changed']} -{d['spans_removed']}"
                    + (f"  {d['conflicts']} conflicts" if d["conflicts"] else "")
                )
        return "\n".join(lines)
