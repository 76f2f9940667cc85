"""Every format the project reads and writes, in one registry."""

from __future__ import annotations

from civannot.export import FORMATS as EXPORT_FORMATS
from civannot.importer import FORMATS as TEXT_FORMATS
from civannot.interop import FOREIGN_FORMATS

# plain articles (normalised on the way in) and native JSONL
PLAIN_IMPORT_FORMATS = TEXT_FORMATS
# other tools' annotated files: they bring layers, named by --layer
ANNOTATED_IMPORT_FORMATS = FOREIGN_FORMATS
IMPORT_FORMATS = TEXT_FORMATS + FOREIGN_FORMATS

__all__ = [
    "ANNOTATED_IMPORT_FORMATS",
    "EXPORT_FORMATS",
    "IMPORT_FORMATS",
    "PLAIN_IMPORT_FORMATS",
]
