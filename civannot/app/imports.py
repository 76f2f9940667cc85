"""Import files into a project: plain articles, native JSONL, or other tools' annotated files."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from civannot.app.formats import ANNOTATED_IMPORT_FORMATS, IMPORT_FORMATS

if TYPE_CHECKING:
    from civannot.project import Project

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass
class ImportOutcome:
    """What an import did. `stopped` rather than `cancelled`: a cancelled import keeps the files
    written before the stop, so a report is shown either way."""

    fmt: str
    files: int = 0
    imported: list[str] = field(default_factory=list)
    layers_added: int = 0
    duplicates: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    flagged: list[str] = field(default_factory=list)
    encodings: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    stopped: bool = False
    report_lines: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return self.data or {k: v for k, v in asdict(self).items() if k not in ("data",)}


def import_files(
    project: Project,
    paths: list[str],
    fmt: str = "auto",
    *,
    text_column: str | None = None,
    layer: str | None = None,
    label_map: dict[str, str] | None = None,
    doccano_offsets: str = "auto",
    workers: int | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    zip_limits: Any = None,
) -> ImportOutcome:
    """Import `paths` (files or folders) as `fmt`; each file goes in whole or not at all.
    `zip_limits` (importer.ZipLimits): what an archive may inflate to."""
    if fmt not in IMPORT_FORMATS:
        raise ValueError(f"format must be one of {', '.join(IMPORT_FORMATS)}")
    if fmt in ANNOTATED_IMPORT_FORMATS:
        return _import_annotated(
            project, paths, fmt, layer, label_map, doccano_offsets, progress, cancel
        )
    if fmt != "auto" and (layer or label_map):
        raise ValueError(
            "--layer and --label-map go with annotated files (--format auto, "
            + ", ".join(ANNOTATED_IMPORT_FORMATS)
            + ")"
        )
    from civannot.importer import import_paths, iter_report_lines

    result = import_paths(
        project,
        paths,
        fmt=fmt,
        text_column=text_column,
        progress=progress,
        cancel=cancel,
        workers=workers,
        layer=layer,
        label_map=label_map,
        doccano_offsets=doccano_offsets,
        zip_limits=zip_limits,
    )
    r = result.report
    return ImportOutcome(
        fmt,
        files=result.files,
        imported=list(r.imported),
        layers_added=r.layers_added,
        duplicates=list(r.duplicates),
        refused=list(result.refused),
        flagged=list(r.flagged),
        encodings=dict(result.encodings),
        notes=list(result.notes),
        stopped=result.cancelled,
        report_lines=list(iter_report_lines(result)),
        data=result.to_json(),
    )


def _import_annotated(
    project: Project,
    paths: list[str],
    fmt: str,
    layer: str | None,
    label_map: dict[str, str] | None,
    doccano_offsets: str,
    progress: Progress | None,
    cancel: Cancel | None,
) -> ImportOutcome:
    from civannot.interop import import_foreign

    out = ImportOutcome(fmt, files=len(paths))
    n = len(paths)
    for i, path in enumerate(paths):
        if cancel and cancel():
            out.stopped = True
            break
        warnings: list[str] = []
        part = _part_progress(progress, i, n)
        report = import_foreign(
            project,
            path,
            fmt,
            layer,
            warnings=warnings,
            progress=part,
            label_map=label_map,
            doccano_offsets=doccano_offsets,
        )
        out.imported += report.imported
        out.layers_added += report.layers_added
        out.duplicates += report.duplicates
        out.refused += report.errors
        out.flagged += report.flagged
        out.notes += warnings
    out.report_lines = [
        f"imported {len(out.imported)} documents, {out.layers_added} layers ({fmt})",
        *(f"duplicate: {d}" for d in out.duplicates),
        *(f"refused: {e}" for e in out.refused),
        *(f"note: {w}" for w in out.notes),
    ]
    out.data = {
        "format": fmt,
        "imported": out.imported,
        "layers_added": out.layers_added,
        "duplicates": out.duplicates,
        "errors": out.refused,
        "warnings": out.notes,
    }
    return out


def _part_progress(progress: Progress | None, i: int, n: int) -> Progress | None:
    """Progress of the i-th of n files as a share of the whole (a thousand steps per file)."""
    if progress is None:
        return None
    return lambda done, total: progress(i * 1000 + int(1000 * done / max(total, 1)), n * 1000)
