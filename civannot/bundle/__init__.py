"""Work bundles: a project file holding one annotator's share, sent out and merged back.

A bundle IS a project file (kind "bundle"): it opens in the GUI and with every command. It holds
the annotator's assigned documents (raw, clean, offset map, flags), the schema and guideline,
the project's other settings (the learned dictionary, meta key "lexicon", among them), the
suggestions (the "auto" layer) and the annotator's own layer and statuses, nothing of anyone else.

Span identity
-------------
Spans are exported with the lead project's own row ids, so in the bundle a span that came from
the lead has the same id as there. The annotator's edits go through civannot.session, whose
resize and relabel commands keep a span's id: a move or a relabel is therefore recognised as a
change of the same span, not as a removal plus an addition. Spans made in the bundle get fresh
ids; on import they are added to the lead and the bundle id -> lead id link is remembered.

Each side keeps a baseline: the bundle carries, in meta "bundle_state", what its annotator's
layer looked like when exported; after an import the lead keeps, in meta "bundle:<bundle id>",
what the bundle looked like then (span links, (start, end, label), relations, statuses). An
import is a three-way merge of baseline, bundle and lead:

- unchanged in the bundle: nothing happens (so importing the same bundle twice changes nothing,
  and a later copy of the same bundle brings only what is new or changed);
- changed or removed in the bundle, unchanged in the lead: the bundle's edit is applied;
- changed on both sides (a second bundle of the same annotator, or the lead's own edit): the
  newer edit wins by the span's `updated` time (for a removal: the time of the removal in the
  history) and the other one is written to the history as a "conflict" row, never dropped
  silently. A new or moved span that would overlap a span of the same kind is resolved the same
  way: the newer one stays, the older one goes to the history.

Session picks a new span id as MAX(id)+1, so after the annotator removes the span with the
highest id and later (in another session) adds one, the id comes back for a different span. The
history tells the two apart: a span id whose last "add" after the baseline was not an undo is a
new span, and the old one counts as removed.

Every change the merge writes carries SpanHistory.source = "bundle:<file name>@<bundle created>".

Refusals
--------
Before anything is written, every file is checked: SQLite header and page count (a truncated
copy), PRAGMA integrity_check, Project.open (which refuses a file of a newer schema version),
kind and identity (a bundle of another project is refused by uuid), labels and relation types
against the lead's schema, and the documents against the lead's (same external id, same clean
text). One failing file refuses the whole import, with a one-line reason, and nothing is written;
the merge of all files is one transaction.

Locks
-----
Project.open holds an exclusive advisory lock on its file. The lead's project is open (locked)
by the caller; each bundle is opened with Project.open as well, which locks the bundle file,
a different file, so the two never contend. A bundle still open in the annotator's civannot
is refused with "open in another civannot process".
"""

from civannot.bundle.common import (
    BUNDLE_META,
    RECORD_PREFIX,
    STATE_META,
    BundleError,
    BundleInfo,
    bundle_info,
    checkpoint,
)
from civannot.bundle.export import ExportSummary, export_bundle, export_bundles
from civannot.bundle.files import check_file_integrity, copy_bundle
from civannot.bundle.log import merge_log, undo_merge
from civannot.bundle.merge import import_bundles
from civannot.bundle.report import BundleReport, ImportSummary
from civannot.project import span_json

__all__ = [
    "BUNDLE_META",
    "RECORD_PREFIX",
    "STATE_META",
    "BundleError",
    "BundleInfo",
    "BundleReport",
    "ExportSummary",
    "ImportSummary",
    "bundle_info",
    "check_file_integrity",
    "checkpoint",
    "copy_bundle",
    "export_bundle",
    "export_bundles",
    "import_bundles",
    "merge_log",
    "span_json",
    "undo_merge",
]
