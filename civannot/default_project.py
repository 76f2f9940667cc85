"""The default project: created on first start from the bundled sample corpus, with the
corpus's gold (resources/samples/gold.jsonl) in the `gold` layer, so that a lead can try
training, the rules' measures and adjudication on it at once."""

from __future__ import annotations

import os
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from civannot.project import Project


def data_dir() -> Path:
    """The user's data directory (XDG on Linux); CIVANNOT_DATA_DIR overrides it (tests)."""
    override = os.environ.get("CIVANNOT_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("civannot", appauthor=False))


def default_project_path() -> Path:
    return data_dir() / "sample.civ"


def samples_dir() -> Path:
    return Path(str(resources.files("civannot.resources").joinpath("samples")))


def ensure_default_project(
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Create the sample project if it is not there yet; return its path.

    Built under a temporary name and renamed when complete, so an interrupted first start
    leaves no half-imported project behind.
    """
    path = default_project_path()
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".new")
    lock = Path(str(tmp) + "-lock")  # the writer lock of the temporary name (models/database.py)
    for leftover in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm"), lock):
        leftover.unlink(missing_ok=True)
    from civannot.importer import import_paths
    from civannot.preannotate import preannotate_project

    project = Project.create(tmp)
    try:
        files = sorted(p for p in samples_dir().glob("*.txt"))
        result = import_paths(project, files, progress=progress, workers=1)
        if result.refused:
            raise RuntimeError(f"sample corpus: {result.refused[0]}")
        # a first start shows what the tool does: suggestions ready to accept
        preannotate_project(project, progress=progress)
        _add_sample_gold(project)
    finally:
        project.close()
    os.replace(tmp, path)
    lock.unlink(missing_ok=True)
    return path


def _add_sample_gold(project: Project) -> int:
    """The sample corpus's gold of the articles annotated whole, into the `gold` layer; the
    number of articles. A record that no longer fits its article is left out (its offsets
    would land on other characters)."""
    from civannot.gold_records import GoldRecordError, article_gold, read_records
    from civannot.records import GOLD_LAYER

    path = samples_dir() / "gold.jsonl"
    if not path.is_file():
        return 0
    content = {}
    for rec in read_records(path):
        doc_id = project.document_id(Path(rec["file"]).stem)
        if doc_id is None:
            continue
        try:
            gold = article_gold(rec, (samples_dir() / rec["file"]).read_text(encoding="utf-8"))
        except (GoldRecordError, OSError):
            continue
        if gold.whole:
            content[doc_id] = (gold.spans, gold.relations)
    if content:
        project.replace_layer(GOLD_LAYER, content, source="import sample gold")
    return len(content)
