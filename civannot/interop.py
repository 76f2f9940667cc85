"""Bring work done in other tools (doccano, Label Studio, brat, CoNLL/BIO tag files, CLUENER) into a
project's layers.

`import_foreign` reads the files with the readers in civannot.formats, maps labels with the
label map if one is given, checks every label and relation type against the project's schema,
and stores each file in one transaction (Project.import_batch): a file with a problem is
reported in one line and nothing of it is stored. Texts are taken as they are (they are what the
offsets refer to), like ``text`` in native JSONL.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Container, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from civannot.formats._base import FormatError
from civannot.records import DocumentInput, ImportReport, LayerInput

if TYPE_CHECKING:
    from civannot.project import Project

FOREIGN_FORMATS = ("doccano", "labelstudio", "brat", "conll", "cluener")
DEFAULT_LAYER = {"doccano": "doccano", "labelstudio": None, "brat": "brat", "conll": "conll",
                 "cluener": "cluener"}  # fmt: skip
# Files a folder given with --format conll holds (the common NER sets use all of these).
TAG_SUFFIXES = (".conll", ".bio", ".bioes", ".bmes", ".iob", ".iob2", ".ner", ".char", ".txt",
                ".tsv", ".train", ".dev", ".test")  # fmt: skip

Items = list[tuple[DocumentInput, list[LayerInput]]]


def parse_label_map(value: str | None) -> dict[str, str]:
    """``PER=PERSON,LOC=GPE,RACE=`` -> {"PER": "PERSON", "LOC": "GPE", "RACE": ""} (empty: drop).

    Raises ValueError with a one-line reason."""
    out: dict[str, str] = {}
    if value is None:
        return out
    for part in value.split(","):
        part = part.strip()
        if not part:
            continue
        src, eq, dst = part.partition("=")
        src, dst = src.strip(), dst.strip()
        if not eq or not src:
            raise ValueError(f"--label-map: {part!r} is not THEIRS=OURS (or THEIRS= to drop it)")
        if src in out and out[src] != dst:
            raise ValueError(f"--label-map: {src} is mapped twice")
        out[src] = dst
    if not out:
        raise ValueError("--label-map is empty")
    return out


def read_foreign(
    path: str | Path,
    fmt: str,
    layer: str | None = None,
    warnings: list[str] | None = None,
    *,
    doccano_offsets: str = "auto",
    directive_labels: Container[str] = ("DIRECTIVE",),
) -> Items:
    """Parse one foreign file (brat: one folder) into documents and layers; FormatError if bad."""
    path = Path(path)
    if fmt == "doccano":
        from civannot.formats.doccano import read_doccano

        return read_doccano(
            path,
            annotator=layer or "doccano",
            offsets=doccano_offsets,
            warnings=warnings,
            directive_labels=directive_labels,
        )
    if fmt == "labelstudio":
        from civannot.formats.labelstudio import read_labelstudio

        return read_labelstudio(
            path, layer=layer, warnings=warnings, directive_labels=directive_labels
        )
    if fmt == "brat":
        from civannot.formats.brat import read_brat

        return read_brat(
            path, annotator=layer or "brat", warnings=warnings, directive_labels=directive_labels
        )
    if fmt in ("conll", "cluener"):
        text = read_utf8(path)
        return parse_foreign_text(
            text, str(path), path.stem, fmt, layer, warnings, directive_labels=directive_labels
        )
    raise FormatError(f"unknown foreign format {fmt!r} (one of {', '.join(FOREIGN_FORMATS)})")


def read_utf8(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise FormatError(f"{path}: cannot read: {e.strerror or e}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise FormatError(
            f"{path}:{line}: not UTF-8 text; convert it first (e.g. iconv -f GB18030 -t UTF-8), "
            "or import it without --format, which detects GB18030 and Big5"
        ) from None


def parse_foreign_text(
    text: str,
    name: str,
    stem: str,
    fmt: str,
    layer: str | None = None,
    warnings: list[str] | None = None,
    *,
    doccano_offsets: str = "auto",
    directive_labels: Container[str] = ("DIRECTIVE",),
) -> Items:
    """The readers that work on a decoded text (files found by the importer, zip members)."""
    if fmt == "conll":
        from civannot.formats.conll import parse_tagged

        return parse_tagged(text, name, stem, annotator=layer or "conll", warnings=warnings)
    if fmt == "cluener":
        from civannot.formats.cluener import parse_cluener

        return parse_cluener(
            text, name, stem, annotator=layer or "cluener", directive_labels=directive_labels
        )
    if fmt == "doccano":
        from civannot.formats.doccano import parse_doccano

        return parse_doccano(
            text,
            name,
            stem,
            annotator=layer or "doccano",
            offsets=doccano_offsets,
            warnings=warnings,
            directive_labels=directive_labels,
        )
    if fmt == "labelstudio":
        from civannot.formats.labelstudio import parse_labelstudio

        return parse_labelstudio(
            text, name, stem, layer=layer, warnings=warnings, directive_labels=directive_labels
        )
    raise FormatError(f"{name}: {fmt} files are read from a folder or a path")


def _units(path: Path, fmt: str) -> list[Path]:
    """The files imported one transaction each: a folder of doccano/Label Studio/CoNLL files is
    several units; a brat folder is one."""
    if fmt == "brat" or not path.is_dir():
        return [path]
    if fmt == "conll":
        found = sorted(
            p
            for p in path.rglob("*")
            if p.is_file()
            and p.suffix.lower() in TAG_SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        if not found:
            raise FormatError(f"{path}: no tag files ({', '.join(TAG_SUFFIXES)})")
        return found
    pattern = "*.jsonl" if fmt == "doccano" else "*.json"
    found = sorted(p for p in path.glob(pattern) if p.is_file())
    if not found:
        raise FormatError(f"{path}: no {pattern} files")
    return found


def apply_label_map(items: Items, label_map: Mapping[str, str], where: str) -> list[str]:
    """Rename labels and relation types by `label_map` in place; a label mapped to "" is dropped
    with its relations. Returns notes on what was dropped."""
    if not label_map:
        return []
    dropped: Counter[str] = Counter()
    dropped_rels = 0
    for _doc, layers in items:
        for layer in layers:
            keep: list[int] = []
            for i, s in enumerate(layer.spans):
                new = label_map.get(s.label, s.label)
                if new == "":
                    dropped[s.label] += 1
                    continue
                if new != s.label:
                    layer.spans[i] = replace(s, label=new)
                keep.append(i)
            if len(keep) == len(layer.spans):
                # a relation may carry its provenance after (type, head, tail): it stays
                layer.relations = [(label_map.get(r[0], r[0]), *r[1:]) for r in layer.relations]
                continue
            index = {old: new for new, old in enumerate(keep)}
            rels = []
            for r in layer.relations:
                t, h, tl = label_map.get(r[0], r[0]), r[1], r[2]
                if h in index and tl in index and t != "":
                    rels.append((t, index[h], index[tl], *r[3:]))
                else:
                    dropped_rels += 1
            layer.spans = [layer.spans[i] for i in keep]
            layer.relations = rels
    notes = []
    if dropped:
        listed = ", ".join(f"{k} {n}" for k, n in sorted(dropped.items()))
        notes.append(f"{where}: spans left out by the label map: {listed}")
    if dropped_rels:
        notes.append(f"{where}: {dropped_rels} relation(s) to those spans left out")
    return notes


def check_schema(project: Project, items: Items, where: str) -> None:
    labels = set(project.schema.label_names)
    rel_types = {r.name for r in project.schema.relations}
    check_labels(labels, rel_types, items, where)


def check_labels(
    labels: Container[str], rel_types: Container[str], items: Items, where: str
) -> None:
    """FormatError naming every label and relation type of `items` that the schema lacks."""
    bad_labels: dict[str, int] = {}
    bad_rels: dict[str, int] = {}
    for _doc, layers in items:
        for layer in layers:
            for s in layer.spans:
                if s.label not in labels:
                    bad_labels[s.label] = bad_labels.get(s.label, 0) + 1
            for rtype, *_ends in layer.relations:
                if rtype not in rel_types:
                    bad_rels[rtype] = bad_rels.get(rtype, 0) + 1
    hint = " (map them with --label-map THEIRS=OURS,…, or THEIRS= to leave one out)"
    if bad_labels:
        listed = ", ".join(f"{k} ({n})" for k, n in sorted(bad_labels.items()))
        raise FormatError(f"{where}: labels not in the project schema: {listed}{hint}")
    if bad_rels:
        listed = ", ".join(f"{k} ({n})" for k, n in sorted(bad_rels.items()))
        raise FormatError(f"{where}: relation types not in the project schema: {listed}{hint}")


def import_foreign(
    project: Project,
    path: str | Path,
    fmt: str,
    layer: str | None = None,
    *,
    warnings: list[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    doccano_offsets: str = "auto",
    label_map: Mapping[str, str] | None = None,
) -> ImportReport:
    """Import a doccano JSONL file, a Label Studio JSON export, a brat folder, a CoNLL/BIO tag
    file or a CLUENER file into a layer.

    `layer` names the layer (annotator) the annotations go to; by default the format's name,
    and for Label Studio one layer per annotator (``completed_by``). A folder of doccano
    ``*.jsonl``, Label Studio ``*.json`` or tag files imports each file on its own. Problems go
    to ``report.errors`` (one line each, the file's content is then not stored); notes about
    content left aside (brat attributes, Label Studio predictions) go to `warnings` when given.
    `label_map` renames labels and relation types before the schema check.
    """
    from civannot.project import ProjectError

    fmt = fmt.lower()
    report = ImportReport()
    path = Path(path)
    warn = warnings if warnings is not None else []
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
    directive = {lab.name for lab in project.schema.labels if lab.kind == "directive"}
    for n, unit in enumerate(units, 1):
        notes: list[str] = []
        try:
            items = read_foreign(
                unit,
                fmt,
                layer,
                notes,
                doccano_offsets=doccano_offsets,
                directive_labels=directive,
            )
            notes += apply_label_map(items, label_map or {}, str(unit))
            check_schema(project, items, str(unit))
            part = project.import_batch(items, source=f"import:{fmt}")
        except (FormatError, ProjectError) as e:
            msg = str(e)
            report.errors.append(msg if msg.startswith(str(unit)) else f"{unit}: {msg}")
        else:
            report.merge(part)
            warn.extend(notes)
        if progress is not None:
            progress(n, len(units))
    return report
