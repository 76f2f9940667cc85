"""Bring work done in other tools (doccano, Label Studio, brat) into a project's layers.

`import_foreign` reads the files with the readers in civannot.formats, checks every label and
relation type against the project's schema, and stores each file in one transaction
(Project.import_batch): a file with a problem is reported in one line and nothing of it is stored.
Texts are taken as they are (they are what the offsets refer to), like ``text`` in native JSONL.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from civannot.formats._base import FormatError
from civannot.records import DocumentInput, ImportReport, LayerInput

if TYPE_CHECKING:
    from civannot.project import Project

FOREIGN_FORMATS = ("doccano", "labelstudio", "brat")
DEFAULT_LAYER = {"doccano": "doccano", "labelstudio": None, "brat": "brat"}

Items = list[tuple[DocumentInput, list[LayerInput]]]


def read_foreign(
    path: str | Path, fmt: str, layer: str | None = None, warnings: list[str] | None = None
) -> Items:
    """Parse one foreign file (brat: one folder) into documents and layers; FormatError if bad."""
    path = Path(path)
    if fmt == "doccano":
        from civannot.formats.doccano import read_doccano

        return read_doccano(path, annotator=layer or "doccano", warnings=warnings)
    if fmt == "labelstudio":
        from civannot.formats.labelstudio import read_labelstudio

        return read_labelstudio(path, layer=layer, warnings=warnings)
    if fmt == "brat":
        from civannot.formats.brat import read_brat

        return read_brat(path, annotator=layer or "brat", warnings=warnings)
    raise FormatError(f"unknown foreign format {fmt!r} (one of {', '.join(FOREIGN_FORMATS)})")


def _units(path: Path, fmt: str) -> list[Path]:
    """The files imported one transaction each: a folder of doccano/Label Studio files is
    several units; a brat folder is one."""
    if fmt == "brat" or not path.is_dir():
        return [path]
    pattern = "*.jsonl" if fmt == "doccano" else "*.json"
    found = sorted(p for p in path.glob(pattern) if p.is_file())
    if not found:
        raise FormatError(f"{path}: no {pattern} files")
    return found


def check_schema(project: Project, items: Items, where: str) -> None:
    labels = set(project.schema.label_names)
    rel_types = {r.name for r in project.schema.relations}
    bad_labels: dict[str, int] = {}
    bad_rels: dict[str, int] = {}
    for _doc, layers in items:
        for layer in layers:
            for s in layer.spans:
                if s.label not in labels:
                    bad_labels[s.label] = bad_labels.get(s.label, 0) + 1
            for rtype, _h, _t in layer.relations:
                if rtype not in rel_types:
                    bad_rels[rtype] = bad_rels.get(rtype, 0) + 1
    if bad_labels:
        listed = ", ".join(f"{k} ({n})" for k, n in sorted(bad_labels.items()))
        raise FormatError(f"{where}: labels not in the project schema: {listed}")
    if bad_rels:
        listed = ", ".join(f"{k} ({n})" for k, n in sorted(bad_rels.items()))
        raise FormatError(f"{where}: relation types not in the project schema: {listed}")


def import_foreign(
    project: Project,
    path: str | Path,
    fmt: str,
    layer: str | None = None,
    *,
    warnings: list[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Import a doccano JSONL file, a Label Studio JSON export or a brat folder into a layer.

    `layer` names the layer (annotator) the annotations go to; by default ``doccano`` / ``brat``,
    and for Label Studio one layer per annotator (``completed_by``). A folder of doccano
    ``*.jsonl`` or Label Studio ``*.json`` files imports each file on its own. Problems go to
    ``report.errors`` (one line each, the file's content is then not stored); notes about content
    left aside (brat attributes, Label Studio predictions) go to `warnings` when given.
    """
    from civannot.project import ProjectError

    fmt = fmt.lower()
    report = ImportReport()
    path = Path(path)
    if fmt not in FOREIGN_FORMATS:
        report.errors.append(f"unknown format {fmt!r} (one of {', '.join(FOREIGN_FORMATS)})")
        return report
    if not path.exists():
        report.errors.append(f"{path}: no such file or folder")
        return report
    try:
        units = _units(path, fmt)
    except FormatError as e:
        report.errors.append(str(e))
        return report
    for n, unit in enumerate(units, 1):
        try:
            items = read_foreign(unit, fmt, layer, warnings)
            check_schema(project, items, str(unit))
            part = project.import_batch(items, source=f"import:{fmt}")
        except (FormatError, ProjectError) as e:
            msg = str(e)
            report.errors.append(msg if msg.startswith(str(unit)) else f"{unit}: {msg}")
        else:
            report.merge(part)
        if progress is not None:
            progress(n, len(units))
    return report
