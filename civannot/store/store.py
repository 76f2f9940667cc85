"""Store.apply: check a list of operations once, write them in bulk, announce the change."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from datetime import datetime
from itertools import chain, repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Any

import peewee as pw

from civannot.jsontext import dump_str, dumps
from civannot.models.database import ConnectionLost, ProjectError, ServerDatabase
from civannot.models.migrations import VOTED_LABELS
from civannot.models.tables import utcnow
from civannot.overlap import overlap_class
from civannot.records import ORIGINS, STATUSES, Flag, Relation, Span
from civannot.store.change import Change
from civannot.store.ops import (
    AddRelation,
    AddSpan,
    ChangeSpan,
    ChangeText,
    Op,
    RelationRow,
    RemoveRelation,
    RemoveSpan,
    SetComment,
    SetMeta,
    SetStatus,
    SpanRow,
    new_uids,
    relation_record,
    span_record,
)

if TYPE_CHECKING:
    from civannot.project import Project


# peewee's own wrapper: sqlite3's and psycopg's exceptions become peewee's
_DRIVER_ERRORS = pw.__exception_wrapper__  # type: ignore[attr-defined]

CHUNK = 500  # ids per IN (...) list: far below SQLite's and PostgreSQL's parameter limits
# a change touching at most this many (document, layer) pairs is checked against the spans it
# names and those near its ranges; a bigger one reads the touched layers whole (fewer queries)
NARROW_PAIRS = 4
# spans inserted at once from which the count triggers are set aside (Store._insert_spans)
BULK_ROWS = 1000
# rows per INSERT statement of a bulk write to SQLite (insert_all)
ROWS_PER_INSERT = 100
_COUNT_TRIGGERS = ("span_count_ai", "learned_vote_ai")
_COUNT_DELETE_TRIGGERS = ("span_count_ad", "learned_vote_ad")
# add_rows' rows: (start, end, label, confidence, provenance) and (type, head index, tail index
# [, provenance[, confidence]])
NewSpan = tuple[int, int, str, float | None, str]
NewRelation = tuple[Any, ...]


def _cols(*fields: Any) -> str:
    return ", ".join(f'"{f.column_name}"' for f in fields)


def rows_in(db: pw.Database, sql: str, ids: list[Any], *extra: Any) -> Iterator[tuple[Any, ...]]:
    """Rows of `sql`, whose `{ids}` is filled with a chunk of `ids` at a time (the first
    parameters), as the database cursor gives them: building the IN list with peewee
    expressions and converting each value back cost more than the query on bulk writes."""
    for chunk in _chunks(ids):
        marks = ", ".join([db.param] * len(chunk))
        yield from db.execute_sql(sql.format(ids=marks), (*chunk, *extra))


class StoreError(ProjectError):
    """A write refused because it would break an invariant; one line for the user."""


def _chunks(items: list[Any], n: int = CHUNK) -> Iterator[list[Any]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


class Store:
    def __init__(self, project: Project):
        self.project = project
        self._depth = 0
        self._pending: list[Change] = []  # to announce once the transaction commits
        self._written: list[Change] = []  # everything this transaction wrote (server notices)
        self._data_version: int | None = None
        self._xid: int | None = None  # the server transaction being committed (see ConnectionLost)
        self._notice: str | None = None  # what to tell the server's other clients after COMMIT
        # inside transaction(foreign_keys=False) on SQLite: the writers check what they write
        self._fk_off = False
        # inside transaction(savepoints=False): nested calls join it without a savepoint
        self._joined = False

    # ---- transactions and the change bus ---------------------------------------------------

    @contextmanager
    def transaction(self, *, foreign_keys: bool = True, savepoints: bool = True) -> Iterator[None]:
        """One write transaction; nested calls join it. Changes are announced on the project's
        bus only once the outermost transaction has committed (a rollback announces nothing).

        foreign_keys=False (a bulk write of suggestions, Project.replace_layer_rows): on an
        SQLite file, SQLite's per-row foreign-key lookups are switched off for this
        transaction — a pragma of this connection only, which SQLite takes only outside a
        transaction, so it is set before BEGIN and set back after COMMIT or ROLLBACK (a killed
        process takes it with it: every connection opens with them on). The writers that may
        run inside it check what they write against the database once, in sets (add_rows:
        documents, layer, the spans a relation names; clear_layer: what the cascade took),
        and refuse the whole transaction when a reference is not there; any other writer is
        refused. Four lookups per relation and two per span cost a tenth of writing 450,000
        suggestions (bench_preannotate_write --phases). Joined or on a server: as always.

        savepoints=False (the outermost call of a writer that catches nothing inside it,
        Project.replace_layer_rows): the calls nested in it join it without a savepoint of
        their own, as new_ids always does, since a failure anywhere inside fails the whole
        transaction anyway. A savepoint keeps, for its rollback, a copy of each page written
        inside it that was there before it (SQLite's sub-journal, a temporary file past 64 KiB):
        re-running pre-annotation copied every page its clearing deleted from, 120 MB for
        3,000 bench articles."""
        db = self.project.db
        outer = self._depth == 0
        lock = self.project._lock
        if outer and lock is not None:
            lock.acquire()
        fk_off = (
            outer
            and not foreign_keys
            and isinstance(db, pw.SqliteDatabase)
            and not db.in_transaction()
        )
        self._depth += 1
        try:
            if fk_off:
                db.execute_sql("PRAGMA foreign_keys = OFF")
                self._fk_off = True
            if outer:
                self._joined = not savepoints
            ctx: Any
            if outer and isinstance(db, pw.SqliteDatabase) and not db.in_transaction():
                # take the write lock up front: a deferred transaction that reads, then writes,
                # fails with "database is locked" instead of waiting when another writer commits
                ctx = db.atomic("IMMEDIATE")
            elif not outer and self._joined:
                ctx = nullcontext()
            else:
                ctx = db.atomic()
            try:
                with ctx:
                    yield
                    if outer and isinstance(db, pw.PostgresqlDatabase):
                        self._before_commit(db)
            except ConnectionLost as e:
                if outer and e.xid is None:
                    e.xid = self._xid
                raise
            except Exception as e:  # peewee's, or the driver's own from its rollback
                if isinstance(db, ServerDatabase) and db.broken():
                    # the network went or the server ended the session: nothing of this
                    # transaction is written unless its COMMIT got through (xid says which)
                    raise db.lost(e, self._xid if outer else None) from None
                # A full disk (SQLITE_FULL) or an I/O error rolls the whole transaction back
                # inside SQLite; peewee's own rollback then fails ("cannot rollback - no
                # transaction is active", "no such savepoint") and would hide the reason.
                original = _hidden_reason(e)
                if original is not None:
                    raise original from None
                raise
        except BaseException:
            if outer:
                self._pending.clear()
                self._written.clear()
                self._xid = None
                self._notice = None
            raise
        finally:
            self._depth -= 1
            if outer:
                self._joined = False
            if fk_off:
                self._fk_off = False
                _foreign_keys_on(db)
            if outer and lock is not None:
                lock.release()
        if outer:
            self._written.clear()
            self._xid = None
            if self._notice is not None:
                self._send_notice(db)
            pending, self._pending = self._pending, []
            self._data_version = self._read_data_version()
            for change in pending:
                self.project.bus.publish(change)

    def announce(self, change: Change) -> None:
        """Announce a change written inside the current transaction (once it commits)."""
        if self._depth:
            self._pending.append(change)
        else:
            self.project.bus.publish(change)

    def _read_data_version(self) -> int | None:
        db = self.project.db
        if not isinstance(db, pw.SqliteDatabase) or db.is_closed():
            return None
        try:
            return int(db.execute_sql("PRAGMA data_version").fetchone()[0])
        except (pw.DatabaseError, pw.InterfaceError):
            return None

    def _before_commit(self, db: pw.Database) -> None:
        """On a server, just before COMMIT: note the transaction's id (if the connection breaks
        during the COMMIT, `committed` asks the server how it ended) and what to tell the
        other clients once it has committed (`_send_notice`)."""
        self._xid = int(db.execute_sql("SELECT txid_current()").fetchone()[0])
        if not self._written:
            return
        docs: set[int] = set()
        layers: set[str] = set()
        for change in self._written:
            docs |= change.documents
            layers |= change.layers
        self._notice = json.dumps({"docs": sorted(docs)[:200], "layers": sorted(layers)[:50]})

    def _send_notice(self, db: pw.Database) -> None:
        """Tell the other clients of a server what the transaction that just committed changed.
        Sent after the COMMIT, in a statement of its own: a NOTIFY inside the writing
        transaction takes PostgreSQL's notify lock at COMMIT and holds it through the WAL flush,
        so every writer's commit queued behind every other's (8 annotators: median label 22 ms
        instead of 8). A client that dies between the two leaves the others one notice short;
        they see its change when they next reload."""
        notice, self._notice = self._notice, None
        if notice is None:
            return
        try:
            db.execute_sql("SELECT pg_notify('civannot', %s)", (notice,))
        except Exception:  # noqa: BLE001 - the write is committed; a broken connection shows next
            pass

    def committed(self, xid: int | None) -> bool:
        """After a reconnection: did the server transaction `xid` (ConnectionLost.xid) commit?
        None means no COMMIT had been sent, so it did not."""
        if xid is None:
            return False
        row = self.project.db.execute_sql("SELECT txid_status(%s)", (xid,)).fetchone()
        return row is not None and row[0] == "committed"

    def reconnected(self) -> Change:
        """After a reconnection: notices sent meanwhile were lost, so listen again and tell
        every view that anything may have changed."""
        self._listening = False
        self._poll_server()
        self.project.forget_cached()
        change = Change("Changed elsewhere", None, "", external=True, source="external")
        return self.project.bus.publish(change)

    def _poll_server(self) -> Change | None:
        db = self.project.db
        if db.is_closed():
            if isinstance(db, ServerDatabase) and db.broken():
                raise db.lost()  # a reconnection is still to succeed
            return None
        conn = db.connection()
        if not getattr(self, "_listening", False):
            db.execute_sql("LISTEN civannot")
            self._listening = True
            return None
        docs: set[int] = set()
        layers: set[str] = set()
        seen = False
        own = conn.info.backend_pid
        try:
            notes = list(conn.notifies(timeout=0.0))
        except Exception as e:  # the driver's own: notifies() is not a statement
            if isinstance(db, ServerDatabase) and db.broken():
                raise db.lost(e) from None
            raise
        for note in notes:
            if note.pid == own:
                continue
            seen = True
            try:
                data = json.loads(note.payload)
                docs |= {int(d) for d in data.get("docs", [])}
                layers |= {str(x) for x in data.get("layers", [])}
            except (ValueError, TypeError):
                pass
        if not seen:
            return None
        self.project.forget_cached()
        change = Change(
            "Changed elsewhere",
            None,
            "",
            external=True,
            source="external",
            documents=docs,
            layers=layers,
        )
        return self.project.bus.publish(change)

    def poll_external(self) -> Change | None:
        """A change committed by another connection or process since we last looked (SQLite's
        data_version moves only for other connections' commits; a server's clients send
        notices), announced as `external`."""
        if self._depth:
            return None
        if isinstance(self.project.db, pw.PostgresqlDatabase):
            return self._poll_server()
        version = self._read_data_version()
        if version is None:
            return None
        if self._data_version is None:
            self._data_version = version
            return None
        if version == self._data_version:
            return None
        self._data_version = version
        self.project.forget_cached()
        change = Change("Changed elsewhere", None, "", external=True, source="external")
        return self.project.bus.publish(change)

    # ---- ids --------------------------------------------------------------------------------

    def new_ids(self, table: str, n: int = 1) -> list[int]:
        """n fresh row ids for `table` ("span", "relation", "comment"), never handed out before
        in this file: a counter row, not MAX(id)+1, so concurrent writers cannot collide and a
        removed span's id is never given to another span (undo and bundles rely on that)."""
        if n <= 0:
            return []
        db = self.project.db
        mark = db.param
        # inside a command's transaction already (the usual case): join it without a savepoint
        # of its own — two round trips to a server less per label, and a failure here fails
        # the whole command anyway
        with self.transaction() if not self._depth else nullcontext():
            if isinstance(db, pw.PostgresqlDatabase):
                # a server's table sequence: nextval never blocks and never goes back, where
                # the counter row would be locked by each writer from its update to its COMMIT
                # (eight annotators labelling at once queued on it). The sequence starts past
                # the counter (push, `server upgrade`) and pull carries it back to a file.
                rows = db.execute_sql(
                    f"SELECT nextval('\"{table}_id_seq\"') FROM generate_series(1, {mark})", (n,)
                ).fetchall()
                return [int(r[0]) for r in rows]
            cur = db.execute_sql(
                f'UPDATE "counter" SET value = value + {mark} WHERE name = {mark}', (n, table)
            )
            if cur.rowcount == 0:
                top = db.execute_sql(f'SELECT COALESCE(MAX(id), 0) FROM "{table}"').fetchone()[0]
                db.execute_sql(
                    f'INSERT INTO "counter" (name, value) VALUES ({mark}, {mark})',
                    (table, top + n),
                )
            value = db.execute_sql(
                f'SELECT value FROM "counter" WHERE name = {mark}', (table,)
            ).fetchone()[0]
        return list(range(value - n + 1, value + 1))

    # ---- applying operations ---------------------------------------------------------------

    def apply(
        self,
        ops: list[Op],
        *,
        description: str,
        author: str,
        source: str = "session",
        undo: bool = False,
        texts: dict[int, str] | None = None,
        fresh: Iterable[int] = (),
        history: bool = True,
        announce: bool = True,
        grouped: bool = False,
    ) -> Change:
        """Check `ops` against the state they leave, write them in one transaction and return
        (and announce) what changed. `texts` passes clean texts the caller holds already;
        `fresh` names documents created in this transaction (nothing stored to compare with).
        With announce=False the caller announces the change itself (the session does, once its
        undo stack says what the next undo is). grouped=True writes the history of added spans
        and relations as one "import" row per document and layer (its `after` lists them, as
        the per-span "add" rows would): an import of 10,000 documents writes 10,000 rows, not
        200,000."""
        self._refuse_unchecked(description)
        with self.transaction():
            self._check(ops, dict(texts or {}), set(fresh))
            with self._refusals(description):
                change = self._write(ops, description, author, source, undo, history, grouped)
            self._written.append(change)
            if announce:
                self.announce(change)
        return change

    def _refuse_unchecked(self, description: str) -> None:
        """Writers that leave reference checks to the database refuse to run in a transaction
        with foreign keys off (transaction(foreign_keys=False) admits add_rows and
        clear_layer without history, which check their own)."""
        if self._fk_off:
            raise StoreError(f"{description}: not inside a bulk write without foreign keys")

    @contextmanager
    def _refusals(self, description: str) -> Iterator[None]:
        """The database's refusal of a write as one line (a StoreError), or a lost connection."""
        try:
            # the driver's own errors (cursor.executemany) as peewee's, whatever the backend
            with _DRIVER_ERRORS:
                yield
        except pw.DatabaseError as e:
            db = self.project.db
            if isinstance(db, ServerDatabase) and db.broken():
                raise db.lost(e) from None
            # a constraint, a full disk, or a server's row-level policy: one line
            text = str(e).strip().splitlines()
            raise StoreError(
                f"{description}: the database refused it ({text[0] if text else e!r})"
            ) from None

    def add_rows(
        self,
        layer: str,
        entries: Iterable[tuple[int, Sequence[NewSpan], Sequence[NewRelation]]],
        *,
        origin: str,
        author: str,
        description: str,
        source: str,
        texts: dict[int, str] | None = None,
        history: bool = True,
        grouped: bool = False,
        announce: bool = True,
    ) -> Change:
        """Add new spans and relations to `layer` of many documents in one transaction: apply's
        AddSpan/AddRelation for rows that exist nowhere yet, given as plain tuples.

        `entries`: (document id, spans, relations) with spans as (start, end, label, confidence,
        provenance) and relations as (type, head, tail[, provenance[, confidence]]), head and
        tail indexes into that document's spans. The store gives the ids and uids and takes the
        span's text from the document. A span equal (start, end, label) to one the layer holds,
        or to an earlier one of the list, is not added again (a relation naming it names that
        one), nor is a relation the layer holds. Checked as apply checks (bounds, the schema's
        labels and relation types, the overlap rule against what the layer holds), written with
        one executemany per table, history as apply writes it (`grouped` likewise).

        Why not AddSpan ops: pre-annotation writes ~75 suggestions per article, and building
        four objects per suggestion on the way in (and checking them one by one) cost the
        writing process more than SQLite's inserts did (issue 13)."""
        if origin not in ORIGINS:
            raise StoreError(f"span origin {origin!r} is not one of {', '.join(ORIGINS)}")
        p = self.project
        entries = list(entries)
        with self.transaction():
            docs = {doc for doc, _, _ in entries}
            texts = dict(texts or {})
            if docs - texts.keys():
                texts.update(self._texts(docs - texts.keys()))
            for doc in docs:
                if doc not in texts:
                    raise StoreError(f"no document {doc}")
            stored = self.current_spans(docs, {layer})
            stored_rels = self.current_relations(docs, {layer}) if stored else {}
            schema = p.schema
            labels = set(schema.label_names)
            directives = {lab.name for lab in schema.labels if lab.kind == "directive"}
            class_of = _OverlapClasses(directives.__contains__).__getitem__
            specs = {r.name: r for r in schema.relations}
            held: dict[int, list[SpanRow]] = defaultdict(list)
            for row in stored.values():
                held[row.doc].append(row)
            held_rels: dict[int, set[tuple[str, int, int]]] = defaultdict(set)
            for old_rel in stored_rels.values():
                held_rels[old_rel.doc].add((old_rel.type, old_rel.head, old_rel.tail))
            n_spans = sum(len(spans) for _, spans, _ in entries)
            n_rels = sum(len(rels) for _, _, rels in entries)
            span_ids = iter(self.new_ids("span", n_spans))
            span_uids = iter(new_uids(n_spans))
            rel_ids = iter(self.new_ids("relation", n_rels))
            rel_uids = iter(new_uids(n_rels))
            lid = p.layer_id(layer)
            if lid is None:  # pragma: no cover - layer_id creates the layer
                raise StoreError(f"{description}: no layer {layer}")
            stamp = self._stamp()
            # the relation types' allowed (type, head label, tail label): one lookup a relation
            allowed = {(r.name, h, t) for r in schema.relations for h in r.head for t in r.tail}
            span_values: list[tuple[Any, ...]] = []
            rel_values: list[tuple[Any, ...]] = []
            for doc, spans, rels in entries:
                text = texts[doc]
                size = len(text)
                mine = held.get(doc)
                sig_ids = {(r.start, r.end, r.label): r.id for r in mine} if mine else {}
                ids: list[int] = []
                new: list[tuple[int, int, int, str]] = []
                for start, end, label, conf, prov in spans:
                    if not (0 <= start < end <= size) or label not in labels:
                        raise StoreError(_span_refusal(start, end, label, size))
                    sig = (start, end, label)
                    sid = sig_ids.get(sig)
                    if sid is None:
                        sid = sig_ids[sig] = next(span_ids)
                        span_values.append(
                            (sid, next(span_uids), doc, start, end, label, text[start:end],
                             conf, prov)
                        )  # fmt: skip
                        new.append((start, end, sid, label))
                    ids.append(sid)
                if mine:
                    _check_overlaps(
                        new + [(r.start, r.end, r.id, r.label) for r in mine],
                        {n[2] for n in new},
                        class_of,
                    )
                else:
                    _check_overlaps(new, None, class_of)
                if not rels:
                    continue
                seen = held_rels.get(doc) or set()
                count = len(ids)
                for rel in rels:
                    rtype, h, t = rel[0], rel[1], rel[2]
                    if not (0 <= h < count and 0 <= t < count):
                        spec = specs.get(rtype)
                        raise StoreError(
                            f"relation type {rtype!r} is not in the schema"
                            if spec is None
                            else f"relation {rtype} names a span that is not in the record"
                        )
                    if (rtype, spans[h][2], spans[t][2]) not in allowed:
                        raise StoreError(_relation_refusal(specs, rtype, spans[h][2], spans[t][2]))
                    key = (rtype, ids[h], ids[t])
                    if key in seen:
                        continue
                    seen.add(key)
                    more = len(rel)
                    rel_values.append(
                        (next(rel_ids), next(rel_uids), doc, rtype, key[1], key[2],
                         rel[4] if more > 4 else None, rel[3] if more > 3 else "")
                    )  # fmt: skip
            if self._fk_off:
                self._check_references(description, lid, span_values, rel_values, stored)
            with self._refusals(description):
                change = self._write_rows(
                    layer, lid, origin, span_values, rel_values, description, author, source,
                    stamp, history, grouped,
                )  # fmt: skip
            self._written.append(change)
            if announce:
                self.announce(change)
        return change

    def _check_references(
        self,
        description: str,
        lid: int,
        spans: list[tuple[Any, ...]],
        relations: list[tuple[Any, ...]],
        stored: Container[int],
    ) -> None:
        """What SQLite's foreign keys check of add_rows' rows, once and in sets, for a
        transaction that has them off: their documents and layer are rows of the database,
        and every span a relation names is one written here or one the layer held (read in
        this transaction). A StoreError rolls the whole transaction back."""
        db = self.project.db
        docs = {v[2] for v in spans} | {v[2] for v in relations}
        sql = 'SELECT "id" FROM "document" WHERE "id" IN ({ids})'
        found = {r[0] for r in rows_in(db, sql, sorted(docs))}
        if docs - found:
            raise StoreError(f"{description}: no document {min(docs - found)}")
        if not db.execute_sql(f'SELECT 1 FROM "layer" WHERE "id" = {db.param}', (lid,)).fetchone():
            raise StoreError(f"{description}: the layer is not there")
        named = {v[4] for v in relations} | {v[5] for v in relations}
        named.difference_update([v[0] for v in spans])
        gone = [i for i in named if i not in stored]
        if gone:
            raise StoreError(
                f"{description}: a relation names span {min(gone)}, which is not there"
            )

    def copy_rows(self, model: Any, rows: list[dict[str, Any]]) -> None:
        """Insert rows copied as they are from another project file (a bundle being made, a
        project pushed to a server): ids and uids kept, the id counter moved past them."""
        if not rows:
            return
        fields = [model._meta.fields[name] for name in rows[0]]
        self.copy_values(
            model, fields, [tuple(f.db_value(r[f.name]) for f in fields) for r in rows]
        )

    def copy_values(self, model: Any, fields: list[Any], values: list[tuple[Any, ...]]) -> None:
        """copy_rows for values already in the database's form (one table to another)."""
        if not values:
            return
        self._refuse_unchecked(f"copy into {model._meta.table_name}")
        db = self.project.db
        table = model._meta.table_name
        with self.transaction():
            if isinstance(db, pw.PostgresqlDatabase):
                # COPY moves rows an order of magnitude faster than INSERTs, pipelined or not
                cols = ", ".join(f'"{f.column_name}"' for f in fields)
                with db.cursor().copy(f'COPY "{table}" ({cols}) FROM STDIN') as cp:
                    for row in values:
                        cp.write_row(row)
            else:
                insert_all(db, db.cursor(), model, tuple(fields), values)
            if table in ("span", "relation", "comment"):
                at = [f.name for f in fields].index("id")
                self._move_counter(table, max(int(v[at]) for v in values))

    def _move_counter(self, table: str, top: int) -> None:
        """Rows came with their ids: the id counter of `table` moves past `top`."""
        db = self.project.db
        mark = db.param
        cur = db.execute_sql(
            f'UPDATE "counter" SET value = {mark} WHERE name = {mark} AND value < {mark}',
            (top, table, top),
        )
        if (
            cur.rowcount == 0
            and not db.execute_sql(
                f'SELECT 1 FROM "counter" WHERE name = {mark}', (table,)
            ).fetchone()
        ):
            db.execute_sql(
                f'INSERT INTO "counter" (name, value) VALUES ({mark}, {mark})', (table, top)
            )

    def copy_stream(
        self, model: Any, fields: list[Any], batches: Iterable[list[tuple[Any, ...]]]
    ) -> int:
        """copy_values for a whole table arriving in batches (a project pushed to a server):
        on a server one COPY for all of them — one statement and one round trip per table,
        not per batch. Returns the number of rows."""
        db = self.project.db
        if not isinstance(db, pw.PostgresqlDatabase):
            n = 0
            for batch in batches:
                self.copy_values(model, fields, batch)
                n += len(batch)
            return n
        table = model._meta.table_name
        names = [f.name for f in fields]
        at = names.index("id") if table in ("span", "relation", "comment") else None
        n = top = 0
        cols = ", ".join(f'"{f.column_name}"' for f in fields)
        with self.transaction():
            with db.cursor().copy(f'COPY "{table}" ({cols}) FROM STDIN') as cp:
                for batch in batches:
                    for row in batch:
                        cp.write_row(row)
                    n += len(batch)
                    if at is not None and batch:
                        top = max(top, max(int(r[at]) for r in batch))
            if at is not None and n:
                self._move_counter(table, top)
        return n

    @contextmanager
    def bulk_load(self, models: list[Any]) -> Iterator[None]:
        """Fill empty tables of a server project fast (a push): their foreign keys and
        secondary indexes are dropped for the load and built again — and so checked, each in
        one pass instead of once per row — before the transaction commits. Inside one
        transaction, so another client never sees the tables without them."""
        db = self.project.db
        if not isinstance(db, pw.PostgresqlDatabase):
            yield
            return
        tables = [m._meta.table_name for m in models]
        with self.transaction():
            # index builds sort in memory; a session setting, not the server's durability
            db.execute_sql("SET LOCAL maintenance_work_mem = '256MB'")
            fks = db.execute_sql(
                "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
                "FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY(%s)",
                (tables,),
            ).fetchall()
            indexes = db.execute_sql(
                "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = "
                "current_schema() AND i.tablename = ANY(%s) AND NOT EXISTS (SELECT 1 FROM "
                "pg_constraint c WHERE c.conname = i.indexname AND c.contype IN ('p', 'u'))",
                (tables,),
            ).fetchall()
            for table, name, _ in fks:
                db.execute_sql(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
            for name, _ in indexes:
                db.execute_sql(f'DROP INDEX "{name}"')
            yield
            for _, sql in indexes:
                db.execute_sql(sql)
            for table, name, definition in fks:
                db.execute_sql(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
            # the planner's statistics, now rather than when autovacuum comes round: without
            # them a lead's first reports over the pushed project ran 5x slower (bad plans)
            for table in tables:
                db.execute_sql(f'ANALYZE "{table}"')

    def set_assigned(self, pairs: list[tuple[int, str]], assigned: bool) -> int:
        """Hand documents to annotators (a row per pair, keeping any status it has) or take
        them back (assigned=False: the rows stay, with their status). Returns len(pairs)."""
        if not pairs:
            return 0
        self._refuse_unchecked("assign")
        A = self.project.m.Assignment
        db = self.project.db
        mark = db.param
        table = A._meta.table_name
        with self.transaction():
            if assigned:
                stamp = A.updated.db_value(utcnow())
                db.cursor().executemany(
                    f'INSERT INTO "{table}" (document_id, annotator, status, assigned, updated) '
                    f"VALUES ({mark}, {mark}, 'todo', {_true(db)}, {mark}) "
                    f"ON CONFLICT (document_id, annotator) DO UPDATE SET assigned = {_true(db)}",
                    [(d, a, stamp) for d, a in pairs],
                )
            else:
                db.cursor().executemany(
                    f'UPDATE "{table}" SET assigned = {_false(db)} '
                    f"WHERE document_id = {mark} AND annotator = {mark}",
                    pairs,
                )
        return len(pairs)

    def note(self, rows: list[dict[str, Any]]) -> None:
        """History rows that record no write of their own (a merge conflict and its loser)."""
        if not rows:
            return
        H = self.project.m.SpanHistory
        with self.transaction():
            self.copy_rows(H, [{**r, "uid": r.get("uid")} for r in rows])

    # ---- checks -----------------------------------------------------------------------------

    def _check(self, ops: list[Op], texts: dict[int, str], fresh: set[int]) -> None:
        p = self.project
        schema = p.schema
        labels = set(schema.label_names)
        directives = {lab.name for lab in schema.labels if lab.kind == "directive"}
        is_directive = directives.__contains__
        rel_types = {r.name: r for r in schema.relations}

        removed: dict[int, SpanRow] = {}
        changed: dict[int, ChangeSpan] = {}
        added: dict[int, SpanRow] = {}
        rel_removed: dict[int, RelationRow] = {}
        rel_added: dict[int, RelationRow] = {}
        pairs: set[tuple[int, str]] = set()
        new_texts: dict[int, str] = {}
        statuses: list[SetStatus] = []
        for op in ops:
            if isinstance(op, AddSpan):
                if op.row.id in added:
                    raise StoreError(f"span {op.row.id} is added twice in one change")
                added[op.row.id] = op.row
                pairs.add((op.row.doc, op.row.layer))
            elif isinstance(op, RemoveSpan):
                if op.row.id in removed:
                    raise StoreError(f"span {op.row.id} is removed twice in one change")
                removed[op.row.id] = op.row
                pairs.add((op.row.doc, op.row.layer))
            elif isinstance(op, ChangeSpan):
                b, a = op.before, op.after
                if (b.id, b.uid, b.doc, b.layer) != (a.id, a.uid, a.doc, a.layer):
                    raise StoreError(f"span {b.id}: a change keeps the span's identity")
                if b.id in changed:
                    raise StoreError(f"span {b.id} is changed twice in one change")
                changed[b.id] = op
                pairs.add((a.doc, a.layer))
            elif isinstance(op, AddRelation):
                if op.row.id in rel_added:
                    raise StoreError(f"relation {op.row.id} is added twice in one change")
                rel_added[op.row.id] = op.row
                pairs.add((op.row.doc, op.row.layer))
            elif isinstance(op, RemoveRelation):
                if op.row.id in rel_removed:
                    raise StoreError(f"relation {op.row.id} is removed twice in one change")
                rel_removed[op.row.id] = op.row
                pairs.add((op.row.doc, op.row.layer))
            elif isinstance(op, SetStatus):
                if op.after is not None and op.after not in STATUSES:
                    raise StoreError(f"status {op.after!r} is not one of {', '.join(STATUSES)}")
                if not op.annotator:
                    raise StoreError("a status needs an annotator")
                statuses.append(op)
            elif isinstance(op, ChangeText):
                new_texts[op.doc] = op.after["clean"]
        if set(added) & (set(removed) | set(changed)):
            raise StoreError("a span is added and removed or changed in one change")

        docs = {d for d, _ in pairs}
        stored_docs = docs - fresh
        moved_ids = set(removed) | set(changed)
        current_rels = (
            self.current_relations(stored_docs, {layer for d, layer in pairs})
            if stored_docs and (rel_added or rel_removed or moved_ids)
            else {}  # spans added, nothing moved or removed: no relation can break
        )
        # relations whose ends this change touches: the only ones a span change can break
        # (the others point at spans that stay, which the foreign keys guarantee exist)
        rel_checked = set(rel_added) | {
            rid
            for rid, rel in current_rels.items()
            if rel.head in moved_ids or rel.tail in moved_ids
        }
        if len(pairs) <= NARROW_PAIRS:
            # a command on a few documents: read the spans it names and those near the ranges
            # it writes, not every span of a long article (1,000 spans: most of a label's time)
            need = moved_ids | set(added)
            for rid in rel_checked:
                rel = current_rels.get(rid) or rel_added.get(rid)
                if rel is not None:
                    need |= {rel.head, rel.tail}
            ranges: dict[tuple[int, str], tuple[int, int]] = {}
            for row in [*added.values(), *(c.after for c in changed.values())]:
                key = (row.doc, row.layer)
                lo, hi = ranges.get(key, (row.start, row.end))
                ranges[key] = (min(lo, row.start), max(hi, row.end))
            layers = {layer for _d, layer in pairs}
            current = self._spans_near(stored_docs, layers, need, ranges)
        else:
            current = self.current_spans(stored_docs, {layer for d, layer in pairs if d in docs})

        for sid, row in removed.items():
            have = current.get(sid)
            if have is None:
                raise StoreError(f"span {sid} no longer exists")
            if not _same_span(have, row):
                raise StoreError(f"span {sid} changed elsewhere")
        for sid, op in changed.items():
            have = current.get(sid)
            if have is None:
                raise StoreError(f"span {sid} no longer exists")
            if not _same_span(have, op.before):
                raise StoreError(f"span {sid} changed elsewhere")
        for sid in added:
            if sid in current:
                raise StoreError(f"span {sid} exists already")
        for rid, rel in rel_removed.items():
            have_rel = current_rels.get(rid)
            if have_rel is None:
                raise StoreError(f"relation {rid} no longer exists")
            if (have_rel.head, have_rel.tail, have_rel.type) != (rel.head, rel.tail, rel.type):
                raise StoreError(f"relation {rid} changed elsewhere")
        for rid in rel_added:
            if rid in current_rels:
                raise StoreError(f"relation {rid} exists already")

        # texts of the documents whose spans are written
        need = {r.doc for r in added.values()} | {c.after.doc for c in changed.values()}
        need -= set(texts) | set(new_texts)
        if need:
            texts.update(self._texts(need))
        texts.update(new_texts)
        for row in [*added.values(), *(c.after for c in changed.values())]:
            text = texts.get(row.doc)
            if text is None:
                raise StoreError(f"no document {row.doc}")
            if not (0 <= row.start < row.end <= len(text)):
                raise StoreError(
                    f"{row.label} {row.start}-{row.end} lies outside the text (0-{len(text)})"
                )
            if row.label not in labels:
                raise StoreError(f"label {row.label} is not in this project's schema")
            if row.text != text[row.start : row.end]:
                raise StoreError(
                    f"{row.label} {row.start}-{row.end}: its text {row.text!r} is not the "
                    f"document's {text[row.start : row.end]!r}"
                )
            if row.origin not in ORIGINS:
                raise StoreError(f"span origin {row.origin!r} is not one of {', '.join(ORIGINS)}")

        # final state of each touched layer of each document
        final: dict[tuple[int, str], dict[int, SpanRow]] = defaultdict(dict)
        for row in current.values():
            if (row.doc, row.layer) in pairs:
                final[(row.doc, row.layer)][row.id] = row
        for sid, row in removed.items():
            final[(row.doc, row.layer)].pop(sid, None)
        for op in changed.values():
            final[(op.after.doc, op.after.layer)][op.after.id] = op.after
        for row in added.values():
            final[(row.doc, row.layer)][row.id] = row
        touched = set(added) | set(changed)
        class_of = _OverlapClasses(is_directive).__getitem__
        for spans in final.values():
            _check_overlaps(
                [(r.start, r.end, r.id, r.label) for r in spans.values()], touched, class_of
            )

        rels: dict[tuple[int, str], dict[int, RelationRow]] = defaultdict(dict)
        for rel in current_rels.values():
            if (rel.doc, rel.layer) in pairs:
                rels[(rel.doc, rel.layer)][rel.id] = rel
        for rid, rel in rel_removed.items():
            rels[(rel.doc, rel.layer)].pop(rid, None)
        for rel in rel_added.values():
            rels[(rel.doc, rel.layer)][rel.id] = rel
        relabelled = {sid for sid, op in changed.items() if op.before.label != op.after.label}
        for key, by_id in rels.items():
            spans = final.get(key, {})
            seen: set[tuple[str, int, int]] = set()
            for rel in by_id.values():
                sig = (rel.type, rel.head, rel.tail)
                if sig in seen:
                    raise StoreError(f"{rel.type} is already there")
                seen.add(sig)
                if rel.id not in rel_checked:
                    continue
                head, tail = spans.get(rel.head), spans.get(rel.tail)
                if head is None or tail is None:
                    gone = rel.head if head is None else rel.tail
                    raise StoreError(
                        f"{rel.type} would point at span {gone}, which is not in layer "
                        f"{rel.layer} of document {rel.doc}"
                    )
                if rel.id in rel_added or rel.head in relabelled or rel.tail in relabelled:
                    spec = rel_types.get(rel.type)
                    if spec is None:
                        raise StoreError(f"relation {rel.type} is not in this project's schema")
                    if head.label not in spec.head or tail.label not in spec.tail:
                        raise StoreError(
                            f"{rel.type} goes from {'/'.join(spec.head)} to "
                            f"{'/'.join(spec.tail)}, not from {head.label} to {tail.label}"
                        )

        if statuses:
            self._check_statuses(statuses, fresh)
        for op in ops:
            if isinstance(op, SetMeta):
                M = p.m.ProjectMeta
                row = M.get_or_none(M.key == op.key)
                if _meta_value(row.value if row else None) != _meta_value(op.before):
                    raise StoreError(f"project setting {op.key} changed elsewhere")
            elif isinstance(op, SetComment):
                C = p.m.Comment
                found = C.get_or_none(C.uid == op.uid)
                if (found is None) != (op.before is None) or (
                    found is not None and op.before is not None and found.text != op.before["text"]
                ):
                    raise StoreError("the comment changed elsewhere")

    def _check_statuses(self, statuses: list[SetStatus], fresh: set[int]) -> None:
        A = self.project.m.Assignment
        D = self.project.m.Document
        db = self.project.db
        # a document created in this transaction exists and has no status yet
        docs = sorted({s.doc for s in statuses} - fresh)
        known = fresh | {
            r[0]
            for r in rows_in(
                db, f'SELECT "id" FROM "{D._meta.table_name}" WHERE "id" IN ({{ids}})', docs
            )
        }
        sql = (
            f'SELECT {_cols(A.document, A.annotator, A.status)} FROM "{A._meta.table_name}" '
            f'WHERE "{A.document.column_name}" IN ({{ids}})'
        )
        have: dict[tuple[int, str], str] = {(d, a): st for d, a, st in rows_in(db, sql, docs)}
        for s in statuses:
            if s.doc not in known:
                raise StoreError(f"no document {s.doc}")
            if have.get((s.doc, s.annotator)) != s.before:
                raise StoreError(f"the status of document {s.doc} changed elsewhere")
            have[(s.doc, s.annotator)] = s.after  # type: ignore[assignment]

    def current_span(self, span_id: int) -> SpanRow | None:
        p = self.project
        S, L = p.m.Span, p.m.Layer
        r = (
            S.select(
                S.id,
                S.uid,
                S.document,
                L.name,
                S.start,
                S.end,
                S.label,
                S.text,
                S.origin,
                S.author,
                S.confidence,
                S.provenance,
            )
            .join(L)
            .where(S.id == span_id)
            .tuples()
            .first()
        )
        if r is None:
            return None
        return _span_row(r, r[3])

    def current_relation(self, relation_id: int) -> RelationRow | None:
        p = self.project
        R, L = p.m.Relation, p.m.Layer
        r = (
            R.select(
                R.id,
                R.uid,
                R.document,
                L.name,
                R.type,
                R.head,
                R.tail,
                R.author,
                R.confidence,
                R.provenance,
            )
            .join(L)
            .where(R.id == relation_id)
            .tuples()
            .first()
        )
        if r is None:
            return None
        return _relation_row(r, r[3])

    def current_spans(self, docs: set[int], layers: set[str]) -> dict[int, SpanRow]:
        if not docs:
            return {}
        p = self.project
        lids = {lid: name for name in layers if (lid := p.layer_id(name, create=False))}
        if not lids:
            return {}
        S = p.m.Span
        cols = _cols(S.id, S.uid, S.document, S.layer, S.start, S.end, S.label, S.text, S.origin,
                     S.author, S.confidence, S.provenance)  # fmt: skip
        sql = (
            f'SELECT {cols} FROM "{S._meta.table_name}" WHERE "{S.document.column_name}" IN '
            f'({{ids}}) AND "{S.layer.column_name}" IN ({", ".join(str(int(x)) for x in lids)})'
        )
        out: dict[int, SpanRow] = {}
        for r in rows_in(p.db, sql, sorted(docs)):
            out[r[0]] = _span_row(r, lids[r[3]])
        return out

    def _spans_near(
        self,
        docs: set[int],
        layers: set[str],
        ids: set[int],
        ranges: dict[tuple[int, str], tuple[int, int]],
    ) -> dict[int, SpanRow]:
        """The stored spans of `docs` and `layers` with these ids, and those of each (document,
        layer) that reach into its range: what checking a command on a few documents needs."""
        p = self.project
        S = p.m.Span
        cols = _cols(S.id, S.uid, S.document, S.layer, S.start, S.end, S.label, S.text, S.origin,
                     S.author, S.confidence, S.provenance)  # fmt: skip
        names = {lid: name for name in layers if (lid := p.layer_id(name, create=False))}
        out: dict[int, SpanRow] = {}
        mark = p.db.param
        for (doc, layer), (lo, hi) in ranges.items():
            lid = p.layer_id(layer, create=False)
            if not lid or doc not in docs:
                continue
            sql = (
                f'SELECT {cols} FROM "{S._meta.table_name}" WHERE "{S.document.column_name}" = '
                f'{mark} AND "{S.layer.column_name}" = {mark} AND "{S.start.column_name}" < '
                f'{mark} AND "{S.end.column_name}" > {mark}'
            )
            for r in p.db.execute_sql(sql, (doc, lid, hi, lo)):
                out[r[0]] = _span_row(r, layer)
        if ids:
            sql = f'SELECT {cols} FROM "{S._meta.table_name}" WHERE "id" IN ({{ids}})'
            for r in rows_in(p.db, sql, sorted(ids)):
                if r[2] in docs and r[3] in names:
                    out[r[0]] = _span_row(r, names[r[3]])
        return out

    def spans_overlapping(self, doc: int, layer: str, start: int, end: int) -> list[SpanRow]:
        """The spans of one document's layer that share a character with [start, end): what an
        overlap check of one span needs, without reading a long article's thousand spans."""
        p = self.project
        lid = p.layer_id(layer, create=False)
        if not lid:
            return []
        S = p.m.Span
        cols = _cols(S.id, S.uid, S.document, S.layer, S.start, S.end, S.label, S.text, S.origin,
                     S.author, S.confidence, S.provenance)  # fmt: skip
        mark = p.db.param
        sql = (
            f'SELECT {cols} FROM "{S._meta.table_name}" WHERE "{S.document.column_name}" = {mark}'
            f' AND "{S.layer.column_name}" = {mark} AND "{S.start.column_name}" < {mark}'
            f' AND "{S.end.column_name}" > {mark}'
        )
        return [_span_row(r, layer) for r in p.db.execute_sql(sql, (doc, lid, end, start))]

    def current_relations(self, docs: set[int], layers: set[str]) -> dict[int, RelationRow]:
        p = self.project
        lids = {lid: name for name in layers if (lid := p.layer_id(name, create=False))}
        if not lids:
            return {}
        R = p.m.Relation
        cols = _cols(R.id, R.uid, R.document, R.layer, R.type, R.head, R.tail, R.author,
                     R.confidence, R.provenance)  # fmt: skip
        sql = (
            f'SELECT {cols} FROM "{R._meta.table_name}" WHERE "{R.document.column_name}" IN '
            f'({{ids}}) AND "{R.layer.column_name}" IN ({", ".join(str(int(x)) for x in lids)})'
        )
        out: dict[int, RelationRow] = {}
        for r in rows_in(p.db, sql, sorted(docs)):
            out[r[0]] = _relation_row(r, lids[r[3]])
        return out

    def _texts(self, docs: set[int]) -> dict[int, str]:
        D = self.project.m.Document
        sql = f'SELECT "id", "{D.clean.column_name}" FROM "{D._meta.table_name}" WHERE "id" IN ({{ids}})'
        return dict(rows_in(self.project.db, sql, sorted(docs)))

    # ---- writing ----------------------------------------------------------------------------

    def _write(
        self,
        ops: list[Op],
        description: str,
        author: str,
        source: str,
        undo: bool,
        history: bool,
        grouped: bool = False,
    ) -> Change:
        p = self.project
        db = p.db
        S, R, H, M = p.m.Span, p.m.Relation, p.m.SpanHistory, p.m.ProjectMeta
        mark = db.param
        stamp = self._stamp()
        change = Change(description, None, "", undo=undo, source=source)
        hist: list[tuple[Any, ...]] = []
        hsource = "undo" if undo else source

        def h(
            doc: int,
            layer: str,
            sid: int | None,
            action: str,
            before: Any,
            after: Any,
            uid: str | None,
        ) -> None:
            if history:
                hist.append(
                    (
                        doc,
                        layer,
                        sid,
                        action,
                        _dump(before),
                        _dump(after),
                        author,
                        hsource,
                        stamp,
                        uid,
                    )
                )

        # one pass over the operations (an import brings 100,000s), each kind in its order
        kinds: dict[type, list[Any]] = defaultdict(list)
        for op in ops:
            kinds[type(op)].append(op)
        rel_del = [op.row for op in kinds[RemoveRelation]]
        span_del = [op.row for op in kinds[RemoveSpan]]
        span_chg: list[ChangeSpan] = kinds[ChangeSpan]
        span_add = [op.row for op in kinds[AddSpan]]
        rel_add = [op.row for op in kinds[AddRelation]]
        cursor = db.cursor()

        if rel_del:
            cursor.executemany(
                f'DELETE FROM "{R._meta.table_name}" WHERE id = {mark}', [(r.id,) for r in rel_del]
            )
            for rel in rel_del:
                change.relations_removed.append(rel.id)
                _touch(change, rel.doc, rel.layer)
                h(rel.doc, rel.layer, None, "relation-", rel.to_json(), None, rel.uid)
        if span_del:
            cursor.executemany(
                f'DELETE FROM "{S._meta.table_name}" WHERE id = {mark}',
                [(r.id,) for r in span_del],
            )
            for r in span_del:
                change.spans_removed.append(r.id)
                _touch(change, r.doc, r.layer)
                h(r.doc, r.layer, r.id, "remove", r.to_json(), None, r.uid)
        for op in kinds[ChangeText]:
            self._write_text(op, change, h)
        if span_chg:
            cols: tuple[Any, ...] = (
                S.start,
                S.end,
                S.label,
                S.text,
                S.origin,
                S.author,
                S.confidence,
                S.provenance,
                S.updated,
            )
            sql = 'UPDATE "{}" SET {} WHERE id = {}'.format(
                S._meta.table_name, ", ".join(f'"{c.column_name}" = {mark}' for c in cols), mark
            )
            cursor.executemany(
                sql,
                [
                    (
                        a.start,
                        a.end,
                        a.label,
                        a.text,
                        a.origin,
                        a.author,
                        a.confidence,
                        a.provenance,
                        stamp,
                        a.id,
                    )
                    for a in (op.after for op in span_chg)
                ],
            )
            for op in span_chg:
                a = op.after
                change.spans_changed.append(a.to_span())
                _touch(change, a.doc, a.layer)
                h(a.doc, a.layer, a.id, "change", op.before.to_json(), a.to_json(), a.uid)
        if span_add:
            lids = {name: p.layer_id(name) for name in {r.layer for r in span_add}}
            cols = (
                S.id,
                S.uid,
                S.document,
                S.layer,
                S.start,
                S.end,
                S.label,
                S.text,
                S.origin,
                S.author,
                S.confidence,
                S.provenance,
                S.created,
                S.updated,
            )
            self._insert_spans(
                cursor,
                cols,
                [
                    (
                        r.id,
                        r.uid,
                        r.doc,
                        lids[r.layer],
                        r.start,
                        r.end,
                        r.label,
                        r.text,
                        r.origin,
                        r.author,
                        r.confidence,
                        r.provenance,
                        stamp,
                        stamp,
                    )
                    for r in span_add
                ],
            )
            change.spans_added.extend([r.to_span() for r in span_add])
            change.documents.update({r.doc for r in span_add})
            change.layers.update({r.layer for r in span_add})
            if history and not grouped:
                hist.extend(
                    (
                        r.doc,
                        r.layer,
                        r.id,
                        "add",
                        None,
                        dumps(r.to_json()),
                        author,
                        hsource,
                        stamp,
                        r.uid,
                    )  # fmt: skip
                    for r in span_add
                )
        if rel_add:
            lids = {name: p.layer_id(name) for name in {x.layer for x in rel_add}}
            cols = (
                R.id,
                R.uid,
                R.document,
                R.layer,
                R.type,
                R.head,
                R.tail,
                R.author,
                R.confidence,
                R.provenance,
                R.created,
                R.updated,
            )
            insert_all(
                p.db,
                cursor,
                R,
                cols,
                [
                    (
                        r.id,
                        r.uid,
                        r.doc,
                        lids[r.layer],
                        r.type,
                        r.head,
                        r.tail,
                        r.author,
                        r.confidence,
                        r.provenance,
                        stamp,
                        stamp,
                    )
                    for r in rel_add
                ],
            )
            change.relations_added.extend([r.to_relation() for r in rel_add])
            change.documents.update({r.doc for r in rel_add})
            change.layers.update({r.layer for r in rel_add})
            if history and not grouped:
                hist.extend(
                    (
                        r.doc,
                        r.layer,
                        None,
                        "relation+",
                        None,
                        dumps(r.to_json()),
                        author,
                        hsource,
                        stamp,
                        r.uid,
                    )  # fmt: skip
                    for r in rel_add
                )
        if history and grouped and (span_add or rel_add):
            # {"spans": [...], "relations": [...]} of each document and layer, the spans'
            # JSON written directly (span_json): encoding a dictionary per span was a sixth
            # of an import's time
            groups: dict[tuple[int, str], tuple[list[str], list[Any]]] = {}
            for r in span_add:
                groups.setdefault((r.doc, r.layer), ([], []))[0].append(span_json(r))
            for rr in rel_add:
                groups.setdefault((rr.doc, rr.layer), ([], []))[1].append(rr.to_json())
            hist.extend(
                (doc, layer, None, "import", None,
                 f'{{"spans": [{", ".join(sp)}], "relations": {dumps(rel)}}}',
                 author, hsource, stamp, None)
                for (doc, layer), (sp, rel) in groups.items()
            )  # fmt: skip
        status_ops: list[SetStatus] = kinds[SetStatus]
        if status_ops:
            self._write_statuses(status_ops, stamp)
            for s in status_ops:
                change.status = s.after
                _touch(change, s.doc, s.annotator)
                h(
                    s.doc,
                    s.annotator,
                    None,
                    "status",
                    {"status": s.before},
                    {"status": s.after},
                    None,
                )
        for op in kinds[SetMeta]:
            if op.after is None:
                M.delete().where(M.key == op.key).execute()
            else:
                M.insert(key=op.key, value=op.after).on_conflict(
                    conflict_target=[M.key], update={M.value: op.after}
                ).execute()
            change.meta_key = op.key
        for op in kinds[SetComment]:
            self._write_comment(op, change)
        self._drop_empty_layers(
            {r.layer for r in span_del} | {s.annotator for s in status_ops if s.after is None}
        )
        if hist:
            cols = (
                H.document,
                H.layer,
                H.span_id,
                H.action,
                H.before,
                H.after,
                H.author,
                H.source,
                H.at,
                H.uid,
            )
            insert_all(p.db, cursor, H, cols, hist)
        if len(change.documents) == 1:
            change.doc_id = next(iter(change.documents))
        if len(change.layers) == 1:
            change.layer = next(iter(change.layers))
        if change.text_changed:
            change.layer = ""
        return change

    def clear_layer(
        self,
        layer: str,
        docs: Iterable[int],
        *,
        description: str,
        author: str,
        source: str,
        history: bool = True,
        announce: bool = True,
    ) -> Change:
        """Remove every span and relation of `layer` in `docs`, in one transaction; nothing
        announced when there was nothing to remove.

        With history, as RemoveRelation/RemoveSpan operations through apply (their history
        records each row). Without (the auto layer, which pre-annotation rewrites wholesale),
        one DELETE per table and chunk of documents: the operations path read every span twice
        and deleted them one statement each, so re-running pre-annotation cost five times its
        first run. What the one writer checks holds either way: a relation goes with the spans
        of its layer, and the database's cascade takes what it always took."""
        docs = sorted(set(docs))
        with self.transaction():
            if history:
                old_rels = self.current_relations(set(docs), {layer}) if docs else {}
                old = self.current_spans(set(docs), {layer})
                ops: list[Op] = [RemoveRelation(r) for r in old_rels.values()]
                ops += [RemoveSpan(r) for r in old.values()]
                if not ops:
                    return Change(description, None, "", source=source)
                return self.apply(
                    ops, description=description, author=author, source=source,
                    history=True, announce=announce,
                )  # fmt: skip
            p = self.project
            lid = p.layer_id(layer, create=False)
            change = Change(description, None, "", source=source)
            if lid is None or not docs:
                return change
            db = p.db
            mark = db.param
            S, R = p.m.Span, p.m.Relation
            where = f'"{S.document.column_name}" IN ({{ids}}) AND "{S.layer.column_name}" = {mark}'
            rel_gone: list[tuple[int, int]] = []
            span_gone: list[tuple[Any, ...]] = []
            # the per-row count triggers are set aside when many rows go (as _insert_spans does)
            saved = self._count_triggers(_COUNT_DELETE_TRIGGERS)
            if saved:
                count = f'SELECT COUNT(*) FROM "{S._meta.table_name}" WHERE {where}'
                if sum(n for (n,) in rows_in(db, count, docs, lid)) < BULK_ROWS:
                    saved = {}
            votes = "learned_vote_ad" in saved and p.m.Layer.get_by_id(lid).kind != "auto"
            with self._refusals(description):
                for chunk in _chunks(docs):
                    marks = ", ".join([mark] * len(chunk))
                    rel_gone += db.execute_sql(
                        f'DELETE FROM "{R._meta.table_name}" WHERE {where.format(ids=marks)} '
                        'RETURNING "id", "document_id"',
                        (*chunk, lid),
                    ).fetchall()
                for name in saved:
                    db.execute_sql(f'DROP TRIGGER "{name}"')
                returning = '"id", "document_id", "label"' + (', "text"' if votes else "")
                for chunk in _chunks(docs):
                    marks = ", ".join([mark] * len(chunk))
                    span_gone += db.execute_sql(
                        f'DELETE FROM "{S._meta.table_name}" WHERE {where.format(ids=marks)} '
                        f"RETURNING {returning}",
                        (*chunk, lid),
                    ).fetchall()
                if self._fk_off and span_gone:
                    # the cascade the foreign keys would have run: relations of any layer that
                    # name a span removed here go with it
                    gone_ids = [r[0] for r in span_gone]
                    R_t, H_c, T_c = R._meta.table_name, R.head.column_name, R.tail.column_name
                    for chunk in _chunks(gone_ids):
                        marks = ", ".join([mark] * len(chunk))
                        rel_gone += db.execute_sql(
                            f'DELETE FROM "{R_t}" WHERE "{H_c}" IN ({marks}) OR "{T_c}" IN '
                            f'({marks}) RETURNING "id", "document_id"',
                            (*chunk, *chunk),
                        ).fetchall()
                if "span_count_ad" in saved:
                    counts = Counter(map(itemgetter(2), span_gone))  # (counted in C)
                    db.cursor().executemany(
                        f'UPDATE "span_count" SET n = n - {mark}, changes = changes + {mark} '
                        f"WHERE layer_id = {mark} AND label = {mark}",
                        [(k, k, lid, label) for label, k in counts.items()],
                    )
                if votes:
                    voted = set(VOTED_LABELS)
                    tally = Counter((r[3], r[2]) for r in span_gone if r[2] in voted)
                    db.cursor().executemany(
                        f'UPDATE "learned_vote" SET n = n - {mark} '
                        f"WHERE text = {mark} AND label = {mark}",
                        [(k, text, label) for (text, label), k in tally.items()],
                    )
                for create in saved.values():
                    db.execute_sql(create)
            if not rel_gone and not span_gone:
                return change
            change.relations_removed = [r[0] for r in rel_gone]
            change.spans_removed = [r[0] for r in span_gone]
            change.documents = {r[1] for r in rel_gone} | {r[1] for r in span_gone}
            change.layers = {layer}
            change.layer = layer
            if len(change.documents) == 1:
                change.doc_id = next(iter(change.documents))
            if span_gone:
                self._drop_empty_layers({layer})
            self._written.append(change)
            if announce:
                self.announce(change)
        return change

    def _stamp(self) -> Any:
        """Now, as the created/updated columns take it."""
        stamp = self.project.m.Span.updated.db_value(utcnow())
        if isinstance(self.project.db, pw.SqliteDatabase) and isinstance(stamp, datetime):
            # what sqlite3's datetime adapter writes, once instead of once per row and column
            stamp = stamp.isoformat(" ")
        return stamp

    def _write_rows(
        self,
        layer: str,
        lid: int,
        origin: str,
        spans: list[tuple[Any, ...]],
        relations: list[tuple[Any, ...]],
        description: str,
        author: str,
        source: str,
        stamp: Any,
        history: bool,
        grouped: bool,
    ) -> Change:
        """add_rows' writing: the rows as they come (_SPAN_COLUMNS' and _RELATION_COLUMNS'
        leading columns; the layer, origin, author and time the same for all), history, the
        Change."""
        p = self.project
        db = p.db
        S, R, H = p.m.Span, p.m.Relation, p.m.SpanHistory
        cursor = db.cursor()
        change = Change(description, None, "", source=source)
        if spans:
            self._insert_spans(cursor, _SPAN_COLUMNS(S), spans, (lid, origin, author, stamp, stamp))
        if relations:
            insert_all(db, cursor, R, _RELATION_COLUMNS(R), relations, (lid, author, stamp, stamp))
        # built if read: what a view patches the document it shows with (Change.defer)
        change.defer(
            spans_added=lambda: [
                Span(v[3], v[4], v[5], v[6], origin, author, v[0], v[7], v[1], v[8] or "")
                for v in spans
            ],
            relations_added=lambda: [
                Relation(v[3], v[4], v[5], author, v[0], v[1], v[7] or "", v[6]) for v in relations
            ],
        )
        change.documents = {v[2] for v in spans} | {v[2] for v in relations}
        if change.documents:
            change.layers = {layer}
            change.layer = layer
        if len(change.documents) == 1:
            change.doc_id = next(iter(change.documents))
        if history and change.documents:
            hist = _rows_history(layer, origin, spans, relations, author, source, stamp, grouped)
            cols = (H.document, H.layer, H.span_id, H.action, H.before, H.after, H.author,
                    H.source, H.at, H.uid)  # fmt: skip
            insert_all(db, cursor, H, cols, hist)
        return change

    def _insert_spans(
        self,
        cursor: Any,
        cols: tuple[Any, ...],
        values: list[tuple[Any, ...]],
        same: tuple[Any, ...] = (),
    ) -> None:
        """Insert spans; many at once without the per-row count triggers of SQLite files.

        The triggers that keep span_count and learned_vote (schema 4) cost three times the
        insert itself (an upsert per span, and a layer lookup per span for the votes): an
        import of 40,000 spans spent 1.1 of its 1.4 s of SQL in them. For a bulk insert they
        are dropped, the counts added from the rows in one upsert per key, and the triggers
        created again, all inside this transaction: a rollback or a kill restores them with
        everything else, and no other connection can write meanwhile (the write lock).
        `values` and `same` are insert_all's, in `cols`' order (which names the span's layer,
        label and text columns)."""
        db = self.project.db
        S = self.project.m.Span
        saved = self._count_triggers() if len(values) >= BULK_ROWS else {}
        if not saved:
            insert_all(db, cursor, S, cols, values, same)
            return
        for name in saved:
            db.execute_sql(f'DROP TRIGGER "{name}"')
        insert_all(db, cursor, S, cols, values, same)
        mark = db.param
        layer_of, label_of, text_of = (
            _column_of(cols, same, f) for f in (S.layer, S.label, S.text)
        )
        # (counted in C: a generator step per row cost as much as SQLite's own work for the
        # count triggers it replaces, 3,000 instructions a span)
        layers, labels = (_column_values(cols, same, f, values) for f in (S.layer, S.label))
        if "span_count_ai" in saved:
            counts = Counter(zip(layers, labels, strict=True))
            cursor.executemany(
                'INSERT INTO "span_count" (layer_id, label, n, changes) '
                f"VALUES ({mark}, {mark}, {mark}, {mark}) ON CONFLICT (layer_id, label) "
                "DO UPDATE SET n = n + excluded.n, changes = changes + excluded.changes",
                [(lid, label, n, n) for (lid, label), n in counts.items()],
            )
        if "learned_vote_ai" in saved:
            people = {
                lid for (lid,) in db.execute_sql("SELECT id FROM \"layer\" WHERE kind != 'auto'")
            }
            voted = set(VOTED_LABELS)
            one_layer = _column_of_same(cols, same, S.layer)
            votes = (
                Counter()  # the rows of one layer nobody votes with (the suggestions)
                if one_layer is not None and one_layer[0] not in people
                else Counter(
                    (text_of(v), label_of(v))
                    for v in values
                    if label_of(v) in voted and layer_of(v) in people
                )
            )
            cursor.executemany(
                f'INSERT INTO "learned_vote" (text, label, n) VALUES ({mark}, {mark}, {mark}) '
                "ON CONFLICT (text, label) DO UPDATE SET n = n + excluded.n",
                [(text, label, n) for (text, label), n in votes.items()],
            )
        for create in saved.values():
            db.execute_sql(create)

    def _count_triggers(self, names: tuple[str, ...] = _COUNT_TRIGGERS) -> dict[str, str]:
        """The SQL of the triggers that keep counts (those of span inserts by default), by name
        (SQLite only; a file of an older schema has none)."""
        db = self.project.db
        if not isinstance(db, pw.SqliteDatabase):
            return {}
        marks = ", ".join("?" for _ in names)
        return {
            name: sql
            for name, sql in db.execute_sql(
                f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
                names,
            )
            if sql
        }

    def _write_comment(self, op: SetComment, change: Change) -> None:
        """A comment written, changed or removed (by uid); undo writes the inverse."""
        C = self.project.m.Comment
        row = op.after
        if row is None:
            C.delete().where(C.uid == op.uid).execute()
            doc = (op.before or {}).get("doc")
        else:
            text = str(row.get("text", ""))
            if not text.strip() or len(text) > 20_000:
                raise StoreError("a comment holds 1 to 20,000 characters")
            values = {
                C.document: row["doc"],
                C.layer: row.get("layer", ""),
                C.span_uid: row.get("span_uid"),
                C.author: row.get("author", ""),
                C.text: text,
                C.created: row["created"],
                C.updated: row["updated"],
            }
            C.insert({C.id: row["id"], C.uid: op.uid, **values}).on_conflict(
                conflict_target=[C.uid], update=values
            ).execute()
            doc = row["doc"]
        if doc is not None:
            change.documents.add(int(doc))
        change.comments_changed = True

    def _write_text(self, op: ChangeText, change: Change, h: Any) -> None:
        b, a = op.before, op.after
        written = self.project._write_text_row(
            op.doc,
            a["clean"],
            a["offset_map"],
            [Flag.from_json(f) for f in a["flags"]],
            expect=b["clean"],
        )
        if not written:
            raise StoreError("the document's text changed elsewhere")
        change.documents.add(op.doc)
        change.flags_changed = True
        if a["clean"] != b["clean"]:
            change.text_changed = True
            h(op.doc, "", None, "text", b.get("reading"), a.get("reading"), None)
        i = a.get("flag_index")
        if i is not None:
            # the decision itself, with who (the row's author) and when: a bundle merge
            # compares decisions made on both sides by these rows
            h(op.doc, "", None, "flag", _flag_entry(b, i), _flag_entry(a, i), None)

    def _write_statuses(self, ops: list[SetStatus], stamp: Any) -> None:
        A = self.project.m.Assignment
        db = self.project.db
        mark = db.param
        upserts = [(s.doc, s.annotator, s.after, stamp) for s in ops if s.after is not None]
        gone = [(s.doc, s.annotator) for s in ops if s.after is None]
        cur = db.cursor()
        if upserts:
            cur.executemany(
                f'INSERT INTO "{A._meta.table_name}" (document_id, annotator, status, assigned, '
                f"updated) VALUES ({mark}, {mark}, {mark}, {_false(db)}, {mark}) "
                f"ON CONFLICT (document_id, annotator) DO UPDATE SET status = excluded.status, "
                f"updated = excluded.updated",
                upserts,
            )
        if gone:
            # a handed-out document keeps its assignment row, back to "todo"
            cur.executemany(
                f"UPDATE \"{A._meta.table_name}\" SET status = 'todo', updated = {mark} "
                f"WHERE document_id = {mark} AND annotator = {mark} AND assigned = {_true(db)}",
                [(stamp, d, a) for d, a in gone],
            )
            cur.executemany(
                f'DELETE FROM "{A._meta.table_name}" WHERE document_id = {mark} '
                f"AND annotator = {mark} AND assigned = {_false(db)}",
                gone,
            )

    def _drop_empty_layers(self, names: set[str]) -> None:
        """An annotator's layer exists while it holds something: a command that created it,
        once undone, leaves no trace of the annotator."""
        p = self.project
        L, S, R, A = p.m.Layer, p.m.Span, p.m.Relation, p.m.Assignment
        for name in names:
            row = L.get_or_none(L.name == name)
            if row is None or row.kind != "annotator":
                continue
            if (
                S.select().where(S.layer == row.id).exists()
                or R.select().where(R.layer == row.id).exists()
                or A.select().where(A.annotator == name).exists()
            ):
                continue
            L.delete().where(L.id == row.id).execute()
            p.forget_layer(name)


def _foreign_keys_on(db: pw.Database) -> None:
    """Foreign keys enforced again on this connection after transaction(foreign_keys=False)
    (the pragma does nothing inside a transaction: one a failed ROLLBACK left open ends
    first)."""
    if db.is_closed():
        return
    conn = db.connection()
    if conn.in_transaction:
        conn.rollback()
    conn.execute("PRAGMA foreign_keys = ON")


def _hidden_reason(e: BaseException) -> BaseException | None:
    """The error a failed rollback hides: the first one down the chain that is not itself
    about the rollback (None when `e` is not a failed rollback)."""

    def lost(x: BaseException) -> bool:
        return "no transaction is active" in str(x) or "no such savepoint" in str(x)

    if not lost(e):
        return None
    cur: BaseException | None = e.__context__
    while cur is not None and lost(cur):
        cur = cur.__context__
    return cur


def _span_row(r: tuple[Any, ...], layer: str) -> SpanRow:
    """A SpanRow from (id, uid, document, layer, start, end, label, text, origin, author,
    confidence, provenance)."""
    return SpanRow(r[0], r[1], r[2], layer, r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11] or "")


def _relation_row(r: tuple[Any, ...], layer: str) -> RelationRow:
    """A RelationRow from (id, uid, document, layer, type, head, tail, author, confidence,
    provenance)."""
    return RelationRow(r[0], r[1], r[2], layer, r[4], r[5], r[6], r[7], r[8], r[9] or "")


def _span_refusal(start: int, end: int, label: str, size: int) -> str:
    if not (0 <= start < end <= size):
        return f"span {start}-{end} {label} lies outside the text ({size} characters)"
    return f"span {start}-{end}: label {label!r} is not in the schema"


def _relation_refusal(specs: dict[str, Any], rtype: str, head: str, tail: str) -> str:
    spec = specs.get(rtype)
    if spec is None:
        return f"relation type {rtype!r} is not in the schema"
    return (
        f"{rtype} goes from {'/'.join(spec.head)} to {'/'.join(spec.tail)}, "
        f"not from {head} to {tail}"
    )


def _SPAN_COLUMNS(S: Any) -> tuple[Any, ...]:  # noqa: N802 - a constant of the model
    """The span columns add_rows' rows follow, then the ones the same for all its rows."""
    return (S.id, S.uid, S.document, S.start, S.end, S.label, S.text, S.confidence,
            S.provenance, S.layer, S.origin, S.author, S.created, S.updated)  # fmt: skip


def _RELATION_COLUMNS(R: Any) -> tuple[Any, ...]:  # noqa: N802
    return (R.id, R.uid, R.document, R.type, R.head, R.tail, R.confidence, R.provenance,
            R.layer, R.author, R.created, R.updated)  # fmt: skip


def _column_of(
    cols: tuple[Any, ...], same: tuple[Any, ...], field: Any
) -> Callable[[tuple[Any, ...]], Any]:
    """A row's value of `field` (insert_all's rows and `same`)."""
    at = [c.name for c in cols].index(field.name)
    lead = len(cols) - len(same)
    if at >= lead:
        value = same[at - lead]
        return lambda _v: value
    return itemgetter(at)


def _column_of_same(cols: tuple[Any, ...], same: tuple[Any, ...], field: Any) -> tuple[Any] | None:
    """(value,) when `field` is one of `same`'s columns (every row's value), else None."""
    at = [c.name for c in cols].index(field.name)
    lead = len(cols) - len(same)
    return (same[at - lead],) if at >= lead else None


def _column_values(
    cols: tuple[Any, ...], same: tuple[Any, ...], field: Any, values: list[tuple[Any, ...]]
) -> Iterable[Any]:
    """Each row's value of `field`, in order, without a Python step per row."""
    one = _column_of_same(cols, same, field)
    if one is not None:
        return repeat(one[0], len(values))
    return map(itemgetter([c.name for c in cols].index(field.name)), values)


def _rows_history(
    layer: str,
    origin: str,
    spans: list[tuple[Any, ...]],
    relations: list[tuple[Any, ...]],
    author: str,
    source: str,
    stamp: Any,
    grouped: bool,
) -> list[tuple[Any, ...]]:
    """The history rows _write writes for AddSpan/AddRelation, from add_rows' parameters (the
    records built by the same functions as SpanRow.to_json's and RelationRow.to_json's).
    The rows are in _SPAN_COLUMNS' / _RELATION_COLUMNS' order (their leading columns)."""

    def span_rec(v: tuple[Any, ...]) -> dict[str, Any]:
        return span_record(v[3], v[4], v[5], v[6], origin, author, v[0], v[1], v[7], v[8])

    def rel_rec(v: tuple[Any, ...]) -> dict[str, Any]:
        return relation_record(v[0], v[1], v[3], v[4], v[5], author, v[7])

    if not grouped:
        out = [(v[2], layer, v[0], "add", None, dumps(span_rec(v)), author, source, stamp,
                v[1]) for v in spans]  # fmt: skip
        out += [(v[2], layer, None, "relation+", None, dumps(rel_rec(v)), author, source,
                 stamp, v[1]) for v in relations]  # fmt: skip
        return out
    groups: dict[int, tuple[list[Any], list[Any]]] = {}
    for v in spans:
        groups.setdefault(v[2], ([], []))[0].append(span_rec(v))
    for v in relations:
        groups.setdefault(v[2], ([], []))[1].append(rel_rec(v))
    return [
        (doc, layer, None, "import", None, dumps({"spans": sp, "relations": rel}), author,
         source, stamp, None)
        for doc, (sp, rel) in groups.items()
    ]  # fmt: skip


def _insert_sql(model: Any, cols: tuple[Any, ...], mark: str) -> str:
    return 'INSERT INTO "{}" ({}) VALUES ({})'.format(
        model._meta.table_name,
        ", ".join(f'"{c.column_name}"' for c in cols),
        ", ".join([mark] * len(cols)),
    )


def _insert_sql_block(model: Any, cols: tuple[Any, ...], same: int, rows: int) -> str:
    """SQLite's INSERT of `rows` rows a statement, whose last `same` columns take the same
    values in every row, bound once, first: `INSERT INTO t (<the same>, <the others>) SELECT
    ?, …, * FROM (VALUES (…), (…), …)`, the VALUES read as a co-routine, row by row.
    (Numbered parameters, ?1 in every row, made SQLite's parser quadratic: 19 ms to prepare
    256 rows, and the count triggers' DROP/CREATE has every batch prepare its statements
    again; a join with a one-row subquery of them materialised the VALUES in a temporary
    table first.)
    OR FAIL: a constraint that fails stops the statement and leaves the rows it wrote before
    that one, where the default (ABORT) takes them back itself. To be able to, SQLite keeps a
    statement journal inside a transaction: a copy of every page the statement changes that
    the transaction had already written (each statement's last pages of the table and of
    each index, which the previous statement wrote), spilled to a temporary file past 64 KiB:
    180 MB of it for 3,000 bench articles, a tenth of the writing process's CPU time in
    pre-annotation (bench_preannotate_write). The same rows are stored when nothing fails, and a
    failure leaves nothing either: insert_all runs inside Store.transaction only, whose
    rollback (of the transaction, or of a nested call's savepoint) takes back all the
    statement wrote (tests/test_store_write_speed37.py)."""
    n = len(cols) - same
    one = "({})".format(", ".join(["?"] * n))
    values = ", ".join([one] * rows)
    names = ", ".join(f'"{c.column_name}"' for c in cols[n:] + cols[:n])
    table = model._meta.table_name
    if not same:
        return f'INSERT OR FAIL INTO "{table}" ({names}) VALUES {values}'
    return f'INSERT OR FAIL INTO "{table}" ({names}) SELECT {"?, " * same}* FROM (VALUES {values})'


def insert_all(
    db: pw.Database,
    cursor: Any,
    model: Any,
    cols: tuple[Any, ...],
    values: list[tuple[Any, ...]],
    same: tuple[Any, ...] = (),
) -> None:
    """INSERT `values` into `model`'s table: each row is a tuple of the first columns of `cols`
    followed by `same`, the values of its last len(same) columns, equal in every row (a bulk
    write's layer, author, origin and time).

    On SQLite, ROWS_PER_INSERT rows a statement (`VALUES (…), (…), …`) rather than one: the
    statement keeps its cursors open from row to row and the driver binds and steps once per
    block, which took a quarter off the instructions of writing 450,000 suggestions and 250,000
    relations (bench_preannotate_write: Store._write_rows). `same` is bound once per
    statement, not once per row: each text SQLite binds is copied (a malloc), and the four
    constant columns of a suggestion were half of its text bindings. A server takes
    executemany, which psycopg pipelines."""
    if not values:
        return
    if not isinstance(db, pw.SqliteDatabase):
        rows = [v + same for v in values] if same else values
        cursor.executemany(_insert_sql(model, cols, db.param), rows)
        return
    n = len(cols) - len(same)
    # within 999 parameters a statement, SQLite's limit before 3.32
    k = max(1, min(ROWS_PER_INSERT, (999 - len(same)) // n))
    whole = len(values) - len(values) % k
    flat = chain.from_iterable
    if whole:
        cursor.executemany(
            _insert_sql_block(model, cols, len(same), k),
            [same + tuple(flat(values[i : i + k])) for i in range(0, whole, k)],
        )
    if whole < len(values):
        sql = _insert_sql_block(model, cols, len(same), 1)
        cursor.executemany(sql, [same + v for v in values[whole:]])


def _true(db: pw.Database) -> str:
    return "1" if isinstance(db, pw.SqliteDatabase) else "TRUE"


def _false(db: pw.Database) -> str:
    return "0" if isinstance(db, pw.SqliteDatabase) else "FALSE"


def _touch(change: Change, doc: int, layer: str) -> None:
    change.documents.add(doc)
    change.layers.add(layer)


def _same_span(a: SpanRow, b: SpanRow) -> bool:
    return (a.start, a.end, a.label, a.layer, a.doc) == (b.start, b.end, b.label, b.layer, b.doc)


class _OverlapClasses(dict[str, str]):
    """overlap_class of each label, asked once per label."""

    def __init__(self, is_directive: Callable[[str], bool]):
        super().__init__()
        self.is_directive = is_directive

    def __missing__(self, label: str) -> str:
        cls = self[label] = overlap_class(label, self.is_directive)
        return cls


def _check_overlaps(
    spans: list[tuple[int, int, int, str]],
    touched: Container[int] | None,
    class_of: Callable[[str], str],
) -> None:
    """Refuse overlaps of one class that involve a span this change adds or moves (older
    files may hold overlaps of their own; those are not this change's fault). `spans`: the
    layer's final (start, end, id, label) in one document; `touched`: the ids added or moved
    (None: all of them)."""
    furthest: dict[str, tuple[int, int, int, str]] = {}
    for s in sorted(spans):  # by start, end, id (ids are unique: labels never compared)
        cls = class_of(s[3])
        prev = furthest.get(cls)
        if (
            prev is not None
            and prev[1] > s[0]
            and (touched is None or s[2] in touched or prev[2] in touched)
        ):
            new, old = (s, prev) if touched is None or s[2] in touched else (prev, s)
            if (new[0], new[1], new[3]) == (old[0], old[1], old[3]):
                raise StoreError(f"{new[3]} {new[0]}-{new[1]} is already there")
            raise StoreError(
                f"{new[3]} {new[0]}-{new[1]} would overlap {old[3]} "
                f"{old[0]}-{old[1]}: {cls} spans of one layer do not overlap"
            )
        if prev is None or s[1] > prev[1]:
            furthest[cls] = s


_ABSENT = object()


def _meta_value(text: str | None) -> Any:
    """A stored meta value for comparison (formatting aside); absent is not JSON null."""
    return _ABSENT if text is None else json.loads(text)


def _flag_entry(state: dict[str, Any], i: int) -> dict[str, Any]:
    out = {"index": i, "flag": state["flags"][i]}
    if "decided" in state:
        out["decided"] = state["decided"]
    return out


def span_json(r: SpanRow) -> str:
    """dumps(r.to_json()), the same text, written without the dictionary for the common
    span (no confidence, no provenance)."""
    if r.confidence is not None or r.provenance or type(r.uid) is not str:
        return dumps(r.to_json())
    return (
        f'{{"start": {int(r.start)}, "end": {int(r.end)}, "label": {dump_str(r.label)}, '
        f'"text": {dump_str(r.text)}, "origin": {dump_str(r.origin)}, "author": {dump_str(r.author)}, '
        f'"id": {int(r.id)}, "uid": {dump_str(r.uid)}}}'
    )


def _dump(d: Any) -> str | None:
    if d is None:
        return None
    return dumps(d)
