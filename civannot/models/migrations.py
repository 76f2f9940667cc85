"""Numbered schema migrations. A file records its version in project_meta['schema_version'].

Each migration brings the database from version n-1 to n inside one transaction. Version 1 is the
first release; never edit a released migration, add the next one.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import peewee as pw
from playhouse.migrate import SchemaMigrator, migrate

from civannot.models.tables import SCHEMA_VERSION, make_models


def _m001_initial(db: pw.Database) -> None:
    m = make_models(db, version=1)
    db.create_tables(m.all)


def _m002_confidence_flags_fts(db: pw.Database) -> None:
    m = make_models(db, version=2)
    migrator = SchemaMigrator.from_database(db)
    migrate(
        migrator.add_column("span", "confidence", m.Span.confidence),
        migrator.add_column("document", "flag_count", m.Document.flag_count),
        migrator.add_column("assignment", "assigned", m.Assignment.assigned),
        migrator.add_column("span_history", "source", m.SpanHistory.source),
    )
    # Older files counted flags nowhere: derive them once.
    for doc_id, flags in db.execute_sql("SELECT id, flags FROM document").fetchall():
        try:
            n = len(json.loads(flags or "[]"))
        except ValueError:
            n = 0
        if n:
            m.Document.update(flag_count=n).where(m.Document.id == doc_id).execute()
    create_search_index(db)


def _m003_keys_provenance_comments(db: pw.Database) -> None:
    m = make_models(db, version=3)
    migrator = SchemaMigrator.from_database(db)
    uid = m.Span.uid
    # added without the UNIQUE constraint first: existing rows get their keys below
    plain_uid = pw.CharField(max_length=32, null=True)
    migrate(
        migrator.add_column("span", "uid", plain_uid),
        migrator.add_column("span", "provenance", m.Span.provenance),
        migrator.add_column("relation", "uid", pw.CharField(max_length=32, null=True)),
        migrator.add_column("relation", "provenance", m.Relation.provenance),
        migrator.add_column("relation", "confidence", m.Relation.confidence),
        migrator.add_column("relation", "updated", pw.DateTimeField(null=True)),
        migrator.add_column("span_history", "uid", pw.CharField(max_length=32, null=True)),
    )
    assert uid is not None
    random_key = (
        "lower(hex(randomblob(16)))"
        if isinstance(db, pw.SqliteDatabase)
        else "md5(random()::text || clock_timestamp()::text || id::text)"
    )
    for table in ("span", "relation"):
        db.execute_sql(f'UPDATE "{table}" SET uid = {random_key}')
        db.execute_sql(f'CREATE UNIQUE INDEX "{table}_uid" ON "{table}" (uid)')
    db.execute_sql('UPDATE "relation" SET updated = created')
    db.execute_sql('CREATE INDEX "span_history_uid" ON "span_history" (uid)')
    db.create_tables([m.Counter, m.Comment, m.MergeLog, m.LearnedModel])
    # the counters start past every id the file ever handed out, removed rows' ids included
    # (schema 2 chose MAX(id)+1, so the history may name ids that are free again)
    tops = {
        "span": "SELECT MAX(x) FROM (SELECT MAX(id) AS x FROM span "
        "UNION ALL SELECT MAX(span_id) FROM span_history) AS t",
        "relation": "SELECT MAX(id) FROM relation",
        "comment": "SELECT 0",
    }
    if isinstance(db, pw.SqliteDatabase):
        tops["relation"] = (
            "SELECT MAX(x) FROM (SELECT MAX(id) AS x FROM relation UNION ALL "
            "SELECT MAX(CAST(json_extract(COALESCE(after, before), '$.id') AS INTEGER)) "
            "FROM span_history WHERE action IN ('relation+', 'relation-') "
            "AND json_valid(COALESCE(after, before))) AS t"
        )
    for table, sql in tops.items():
        top = db.execute_sql(sql).fetchone()[0] or 0
        db.execute_sql(
            f'INSERT INTO "counter" (name, value) VALUES ({db.param}, {db.param})', (table, top)
        )


def _m004_span_counts(db: pw.Database) -> None:
    """Span counts per layer and label, kept by triggers in the writing transaction, so that
    `stats`, the window and the learned dictionary's cache key never scan every span (issue 21).
    An index for the status counts. Other backends count with GROUP BY."""
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "assignment_annotator_status" '
        'ON "assignment" (annotator, status, assigned)'
    )
    create_span_counts(db)
    # the (document, layer, ...) indexes begin with the document: these two only cost space
    # (13 bytes a span of a 100,000-document project)
    db.execute_sql('DROP INDEX IF EXISTS "span_document_id"')
    db.execute_sql('DROP INDEX IF EXISTS "relation_document_id"')
    if has_fts(db):
        # a search of 1-2 characters reads the trigram index; these give the texts' ends,
        # which start no trigram (Project._search_short)
        db.execute_sql(
            'CREATE INDEX IF NOT EXISTS "document_end2" ON "document" (substr(clean, -2))'
        )
        db.execute_sql(
            'CREATE INDEX IF NOT EXISTS "document_end1" ON "document" (substr(clean, -1))'
        )


def _m005_raw_only_when_different(db: pw.Database) -> None:
    """The raw text is stored only where normalisation changed it: NULL means "the clean text"
    (issue 21: 6 kB of a 13 kB document was its second copy). The clean text a repair rewrites
    keeps its raw copy (Project._write_text_row fills the column first)."""
    if isinstance(db, pw.SqliteDatabase):
        # dropping NOT NULL leaves every stored row valid: SQLite's documented way for this is
        # to edit the table's definition in place (a rebuild would drop the search triggers)
        sql = db.execute_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'document'"
        ).fetchone()[0]
        new = sql.replace('"raw" TEXT NOT NULL', '"raw" TEXT', 1)
        if new == sql:
            raise pw.DatabaseError("unexpected definition of the document table")
        version = db.execute_sql("PRAGMA schema_version").fetchone()[0]
        db.execute_sql("PRAGMA writable_schema = ON")
        try:
            db.execute_sql(
                "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'document'",
                (new,),
            )
            db.execute_sql(f"PRAGMA schema_version = {version + 1}")
        finally:
            db.execute_sql("PRAGMA writable_schema = OFF")
    else:
        db.execute_sql('ALTER TABLE "document" ALTER COLUMN "raw" DROP NOT NULL')
    db.execute_sql('UPDATE "document" SET "raw" = NULL WHERE "raw" = "clean"')


MIGRATIONS: list[Callable[[pw.Database], None]] = [
    _m001_initial,
    _m002_confidence_flags_fts,
    _m003_keys_provenance_comments,
    _m004_span_counts,
    _m005_raw_only_when_different,
]
assert len(MIGRATIONS) == SCHEMA_VERSION


def has_fts(db: pw.Database) -> bool:
    return isinstance(db, pw.SqliteDatabase)


def create_search_index(db: pw.Database) -> None:
    """Trigram full-text index over the clean text (SQLite FTS5); other backends use LIKE."""
    if not has_fts(db):
        return
    db.execute_sql(
        "CREATE VIRTUAL TABLE IF NOT EXISTS document_search USING fts5("
        "clean, content='document', content_rowid='id', tokenize='trigram')"
    )
    db.execute_sql(
        "CREATE TRIGGER IF NOT EXISTS document_search_ai AFTER INSERT ON document BEGIN "
        "INSERT INTO document_search(rowid, clean) VALUES (new.id, new.clean); END"
    )
    db.execute_sql(
        "CREATE TRIGGER IF NOT EXISTS document_search_ad AFTER DELETE ON document BEGIN "
        "INSERT INTO document_search(document_search, rowid, clean) "
        "VALUES ('delete', old.id, old.clean); END"
    )
    db.execute_sql(
        "CREATE TRIGGER IF NOT EXISTS document_search_au AFTER UPDATE OF clean ON document BEGIN "
        "INSERT INTO document_search(document_search, rowid, clean) "
        "VALUES ('delete', old.id, old.clean); "
        "INSERT INTO document_search(rowid, clean) VALUES (new.id, new.clean); END"
    )
    db.execute_sql("INSERT INTO document_search(document_search) VALUES ('rebuild')")


def has_span_counts(db: pw.Database) -> bool:
    return isinstance(db, pw.SqliteDatabase) and "span_count" in db.get_tables()


def create_span_counts(db: pw.Database) -> None:
    """span_count(layer_id, label, n, changes): n spans of that layer and label now; `changes`
    moves with every insert, delete or edit of one (a cache key for what is learned from the
    spans). Triggers keep it in the same transaction as the write, whoever writes: the store,
    a bulk copy, a cascade from a deleted document or layer."""
    if not isinstance(db, pw.SqliteDatabase):
        return
    db.execute_sql(
        'CREATE TABLE IF NOT EXISTS "span_count" (layer_id INTEGER NOT NULL, '
        "label VARCHAR(64) NOT NULL, n INTEGER NOT NULL DEFAULT 0, "
        "changes INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (layer_id, label)) WITHOUT ROWID"
    )
    add = (
        'INSERT INTO "span_count" (layer_id, label, n, changes) VALUES '
        "(new.layer_id, new.label, 1, 1) ON CONFLICT (layer_id, label) DO UPDATE SET "
        "n = n + 1, changes = changes + 1;"
    )
    remove = (
        'UPDATE "span_count" SET n = n - 1, changes = changes + 1 '
        "WHERE layer_id = old.layer_id AND label = old.label;"
    )
    db.execute_sql(
        f'CREATE TRIGGER IF NOT EXISTS "span_count_ai" AFTER INSERT ON "span" BEGIN {add} END'
    )
    db.execute_sql(
        f'CREATE TRIGGER IF NOT EXISTS "span_count_ad" AFTER DELETE ON "span" BEGIN {remove} END'
    )
    db.execute_sql(
        'CREATE TRIGGER IF NOT EXISTS "span_count_au" AFTER UPDATE OF layer_id, label, start, '
        f'"end", text ON "span" BEGIN {remove} {add} END'
    )
    db.execute_sql('DELETE FROM "span_count"')
    db.execute_sql(
        'INSERT INTO "span_count" (layer_id, label, n, changes) '
        'SELECT layer_id, label, COUNT(*), COUNT(*) FROM "span" GROUP BY layer_id, label'
    )
    create_learned_votes(db)


# The labels the learned dictionary learns (civannot.preannotate.lexicon.LEARNED_LABELS), named
# here as the triggers were created; a new learned label needs a migration.
VOTED_LABELS = ("PERSON", "TITLE", "ORG")


def create_learned_votes(db: pw.Database) -> None:
    """learned_vote(text, label, n): how many spans of people's layers (not `auto`) give that
    text that label, kept by triggers, so that pre-annotation reads the learned dictionary's
    votes instead of every span of every layer (issue 21)."""
    if not isinstance(db, pw.SqliteDatabase):
        return
    db.execute_sql(
        'CREATE TABLE IF NOT EXISTS "learned_vote" (text TEXT NOT NULL, '
        "label VARCHAR(64) NOT NULL, n INTEGER NOT NULL DEFAULT 0, "
        "PRIMARY KEY (text, label)) WITHOUT ROWID"
    )
    labels = ", ".join(f"'{x}'" for x in VOTED_LABELS)

    def when(row: str) -> str:
        return (
            f"{row}.label IN ({labels}) AND {row}.layer_id IN "
            "(SELECT id FROM \"layer\" WHERE kind != 'auto')"
        )

    add = (
        'INSERT INTO "learned_vote" (text, label, n) VALUES (new.text, new.label, 1) '
        "ON CONFLICT (text, label) DO UPDATE SET n = n + 1;"
    )
    remove = 'UPDATE "learned_vote" SET n = n - 1 WHERE text = old.text AND label = old.label;'
    db.execute_sql(
        'CREATE TRIGGER IF NOT EXISTS "learned_vote_ai" AFTER INSERT ON "span" '
        f"WHEN {when('new')} BEGIN {add} END"
    )
    db.execute_sql(
        'CREATE TRIGGER IF NOT EXISTS "learned_vote_ad" AFTER DELETE ON "span" '
        f"WHEN {when('old')} BEGIN {remove} END"
    )
    db.execute_sql(
        'CREATE TRIGGER IF NOT EXISTS "learned_vote_au_old" AFTER UPDATE OF layer_id, label, '
        f'text ON "span" WHEN {when("old")} BEGIN {remove} END'
    )
    db.execute_sql(
        'CREATE TRIGGER IF NOT EXISTS "learned_vote_au_new" AFTER UPDATE OF layer_id, label, '
        f'text ON "span" WHEN {when("new")} BEGIN {add} END'
    )
    db.execute_sql('DELETE FROM "learned_vote"')
    db.execute_sql(
        'INSERT INTO "learned_vote" (text, label, n) SELECT s.text, s.label, COUNT(*) '
        f'FROM "span" s JOIN "layer" l ON l.id = s.layer_id WHERE s.label IN ({labels}) '
        "AND l.kind != 'auto' GROUP BY s.text, s.label"
    )


def has_learned_votes(db: pw.Database) -> bool:
    return isinstance(db, pw.SqliteDatabase) and "learned_vote" in db.get_tables()


def read_version(db: pw.Database) -> int:
    tables = set(db.get_tables())
    if "project_meta" not in tables:
        return 0
    row = db.execute_sql("SELECT value FROM project_meta WHERE key = 'schema_version'").fetchone()
    return int(json.loads(row[0])) if row else 0


def upgrade(db: pw.Database, target: int = SCHEMA_VERSION) -> list[int]:
    """Apply the migrations after the file's version; return the versions applied."""
    applied: list[int] = []
    current = read_version(db)
    if current >= target:
        return applied
    sqlite = isinstance(db, pw.SqliteDatabase)
    if sqlite:
        # SQLite rebuilds a table to add a NOT NULL column; with foreign keys on, dropping the
        # old table would cascade-delete every span. The SQLite docs prescribe turning them off
        # (outside a transaction) and checking them afterwards.
        db.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        _upgrade(db, current, target, applied)
        if sqlite:
            broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise pw.IntegrityError(f"foreign keys broken after upgrade: {broken[:3]}")
    finally:
        if sqlite:
            db.execute_sql("PRAGMA foreign_keys = ON")
    return applied


def _upgrade(db: pw.Database, current: int, target: int, applied: list[int]) -> None:
    for n in range(current + 1, target + 1):
        with db.atomic():
            MIGRATIONS[n - 1](db)
            db.execute_sql("DELETE FROM project_meta WHERE key = 'schema_version'")
            db.execute_sql(
                f"INSERT INTO project_meta (key, value) VALUES ('schema_version', {db.param})",
                (json.dumps(n),),
            )
        applied.append(n)
