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

Span ids come from the store's counter, never MAX(id)+1: a removed span's id never comes back
for another span, in the bundle or in the lead, so a bundle span id in the baseline names the
same span for the bundle's whole life (bundles made by the release before the counter are
migrated when opened; the counter starts past every id their history used).

Every change the merge writes carries SpanHistory.source = "bundle:<file name>@<bundle created>".

Refusals
--------
Before anything is written, every file is checked: SQLite header and page count (a truncated
copy), PRAGMA integrity_check, Project.open (which refuses a file of a newer schema version),
kind and identity (a bundle of another project is refused by uuid), labels and relation types
against the lead's schema, and the documents against the lead's (same external id, same clean
text). One failing file refuses the whole import, with a one-line reason, and nothing is written;
the merge of all files is one transaction.

Where it lives
--------------
- common: the meta keys (keys), BundleError, BundleInfo, checkpoint;
- export: making bundles; files: checking a returned file, copying one for returning;
- plan: the merge as a pure function, rows in, typed store operations and a report out (no
  database: tests/test_bundle_plan.py); flagplan: the flag decisions the lead takes, as pure
  steps; texts (the texts flag decisions rewrite), report and times, pure as well;
- read: the rows of a bundle and of the lead, for the plan; apply: import_bundles, which
  replays flag decisions, applies each plan through Store.apply in the import's transaction
  and logs it; log: the merge log and `civannot bundle undo`.
"""

from civannot.bundle.apply import import_bundles
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
