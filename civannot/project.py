"""A project: one SQLite file holding schema, documents, layers and their history.

Reads return plain values from civannot.records. Interactive edits go through
civannot.session (undoable commands); the bulk writers here serve imports, bundles and the
suggestion engine, each one transaction.
"""

from __future__ import annotations

import hashlib
import json
import uuid as uuidlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import peewee as pw

from civannot.models import migrations
from civannot.models.database import (
    PRAGMAS,
    ProjectError,
    ProjectLock,
    check_sqlite_file,
    connect_postgres,
    connect_sqlite,
    describe_url,
    is_server_url,
    server_params,
)
from civannot.models.tables import SCHEMA_VERSION, make_models, utcnow
from civannot.records import (
    AUTO_LAYER,
    GOLD_LAYER,
    Document,
    DocumentInfo,
    DocumentInput,
    Flag,
    ImportReport,
    LayerInput,
    Relation,
    Span,
)
from civannot.schema import Schema, default_schema, parse_schema
from civannot.store import (
    AddRelation,
    AddSpan,
    ChangeBus,
    Op,
    RelationRow,
    SetStatus,
    SpanRow,
    Store,
)
from civannot.store.ops import new_uid, new_uids
from civannot.store.store import NewRelation, NewSpan, rows_in

__all__ = ["Project", "ProjectError", "content_hash", "upsert_meta"]

APP_ID = "civannot"


def content_hash(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def span_json(s: Span) -> dict[str, Any]:
    return {
        "start": s.start,
        "end": s.end,
        "label": s.label,
        "text": s.text,
        "origin": s.origin,
        "author": s.author,
    }


class Project:
    def __init__(self, path: Path, db: pw.Database, lock: ProjectLock | None):
        self.path = path
        self.url: str | None = None  # set for a project on a PostgreSQL server
        self.db = db
        self._lock = lock
        self.m = make_models(db)
        self.uuid: str = self.get_meta("uuid")
        self.schema: Schema = self._load_schema()
        self._layer_ids: dict[str, int] = {}
        # every write goes through the store and is announced on the bus (civannot.store)
        self.bus = ChangeBus()
        self.store = Store(self)
        if isinstance(db, pw.SqliteDatabase) and self.kind == "bundle":
            # A bundle is a file people copy by hand while the app has it open: with a
            # rollback journal the file itself holds every committed command (in WAL mode the
            # work sits in the -wal file until a checkpoint).
            try:
                db.execute_sql("PRAGMA journal_mode=DELETE")
            except pw.OperationalError:
                pass  # another connection holds it in WAL; that one switches when it opens

    def forget_layer(self, name: str) -> None:
        self._layer_ids.pop(name, None)

    @classmethod
    def upgrade_server(cls, url: str, password: str | None = None) -> int:
        """Bring a server project made by an older civannot to this schema (each step one
        transaction) and its roles' policies to this version's; returns the version it had."""
        db = connect_postgres(url, password)
        try:
            before = migrations.read_version(db)
        finally:
            db.close()
        project = cls._open_server(url, password, upgrade=True)
        try:
            # the roles' grants and policies as this civannot writes them (faster ones too)
            from civannot.models.database import sync_sequences
            from civannot.models.roles import install

            with project.db.atomic():
                install(project.db)
                # ids come from the tables' sequences now: past every id the counters gave
                sync_sequences(project.db, [m._meta for m in project.m.all])
        except pw.DatabaseError as e:
            raise ProjectError(f"cannot upgrade {describe_url(url)}: {_first_line(e)}") from None
        finally:
            project.close()
        return before

    def reconnect(self) -> None:
        """A server project whose connection broke: connect again (ConnectionLost while the
        server cannot be reached) and tell the views that anything may have changed since."""
        from civannot.models.database import ServerDatabase

        if isinstance(self.db, ServerDatabase):
            self.db.reconnect()
            self.store.reconnected()

    def forget_cached(self) -> None:
        """Drop what this object caches of the file (another process wrote to it)."""
        self._layer_ids.clear()

    # ---- opening -------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: str | Path,
        schema: Schema | None = None,
        *,
        kind: str = "project",
        password: str | None = None,
    ) -> Project:
        if is_server_url(path):
            return cls._create_server(str(path), schema, kind, password)
        path = Path(path)
        if path.exists():
            raise ProjectError(f"{path} already exists; choose another file name")
        if not path.parent.exists():
            raise ProjectError(f"folder {path.parent} does not exist")
        schema = schema or default_schema()
        db = connect_sqlite(path)
        try:
            _fill_new(db, schema, kind)
        except Exception:
            db.close()
            path.unlink(missing_ok=True)
            raise
        db.close()
        return cls.open(path)

    @classmethod
    def _create_server(
        cls, url: str, schema: Schema | None, kind: str, password: str | None
    ) -> Project:
        _ensure_database(url, password)
        db = connect_postgres(url, password)
        try:
            if migrations.read_version(db) != 0 or db.get_tables():
                raise ProjectError(
                    f"{describe_url(url)} is not empty; create the project in a new database"
                )
            try:
                _fill_new(db, schema or default_schema(), kind)
                from civannot.models.roles import install

                install(db)
            except pw.DatabaseError as e:
                first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
                raise ProjectError(f"cannot create {describe_url(url)}: {first}") from None
        finally:
            db.close()
        return cls.open(url, password=password)

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        who: str = "civannot",
        password: str | None = None,
        read_only: bool = False,
    ) -> Project:
        """Open a project file, or a project on a PostgreSQL server by its URL. Nothing is
        locked while a file is open: each write takes the writer lock (see ProjectLock), so
        readers and one writer at a time share a file; a server arbitrates by itself.
        `read_only`: a caller that only reads (stats, export) may also open a project file it
        cannot write to (a read-only file or folder)."""
        if is_server_url(path):
            return cls._open_server(str(path), password)
        from civannot import integrity

        path = Path(path)
        if not path.exists():
            raise ProjectError(f"{path} does not exist (create it with `civannot init {path}`)")
        check_sqlite_file(path)
        problem = integrity.write_problem(path)
        if problem is not None:
            if not read_only:
                raise ProjectError(problem)
            return cls._open_read_only(path)
        lock = ProjectLock(path, who)
        db = None
        try:
            # Look before touching: the pragmas (WAL) would rewrite a foreign file's header.
            app, version = _peek(path)
            if app != APP_ID:
                raise ProjectError(f"{path} is not a civannot project")
            if version > SCHEMA_VERSION:
                raise ProjectError(
                    f"{path} was made by a newer civannot (schema {version}, this one reads up to "
                    f"{SCHEMA_VERSION}); update civannot"
                )
            db = connect_sqlite(path)
            if version < SCHEMA_VERSION:
                lock.acquire()
                try:
                    migrations.upgrade(db)
                except pw.OperationalError as e:
                    raise ProjectError(f"cannot upgrade {path}: {e}") from None
                finally:
                    lock.release()
            try:
                integrity.check_on_open(db, path)
            except integrity.ProjectDamaged as e:
                raise ProjectError(str(e)) from None
            return cls(path, db, lock)
        except BaseException:
            if db is not None:
                db.close()
            raise

    @classmethod
    def _open_server(cls, url: str, password: str | None, upgrade: bool = False) -> Project:
        db = connect_postgres(url, password)
        if password is not None:
            # a worker thread's own connection needs it again; never written anywhere
            _SERVER_PASSWORDS[describe_url(url)] = password
        try:
            version = migrations.read_version(db)
            if version == 0:
                raise ProjectError(
                    f"{describe_url(url)} holds no civannot project "
                    f"(create one with `civannot init {describe_url(url)}`)"
                )
            if version > SCHEMA_VERSION:
                raise ProjectError(
                    f"{describe_url(url)} was made by a newer civannot (schema {version}, this "
                    f"one reads up to {SCHEMA_VERSION}); update civannot"
                )
            if version < SCHEMA_VERSION and not upgrade:
                # a team's clients share the database: upgrading it under an older civannot
                # still in use would break theirs, so it is done on purpose, not by opening
                raise ProjectError(
                    f"{describe_url(url)} was made by an older civannot (schema {version}, this "
                    f"one uses {SCHEMA_VERSION}); once every client is updated, its owner "
                    f"upgrades it with `civannot server upgrade {describe_url(url)}`"
                )
            if version < SCHEMA_VERSION:
                try:
                    migrations.upgrade(db)
                except pw.DatabaseError as e:
                    raise ProjectError(
                        f"cannot upgrade {describe_url(url)}: {_first_line(e)}"
                    ) from None
            row = db.execute_sql("SELECT value FROM project_meta WHERE key = 'app'").fetchone()
            if row is None or json.loads(row[0]) != APP_ID:
                raise ProjectError(f"{describe_url(url)} is not a civannot project")
            project = cls(Path(describe_url(url)), db, None)
            project.url = url
            return project
        except BaseException:
            db.close()
            raise

    @property
    def target(self) -> str:
        """What opens this project again in this process (`worker_connection`): the file's
        path, or the server URL without any password."""
        return self.url if self.url else str(self.path)

    @property
    def location(self) -> str:
        """The file's path, or the server URL without any password."""
        return describe_url(self.url) if self.url else str(self.path)

    @contextmanager
    def writing(self, timeout: float = 5.0) -> Iterator[None]:
        """Hold the writer lock across several writes (a long command): other writers wait,
        then refuse naming this process; readers go on."""
        if self._lock is None:
            yield
            return
        self._lock.acquire(timeout)
        try:
            yield
        finally:
            self._lock.release()

    @contextmanager
    def first_load(self) -> Iterator[None]:
        """Writes into a project that holds no document yet (a first import), with SQLite's
        rollback journal instead of the write-ahead log while they run.

        New pages then go into the file once; through the log they are written twice (the
        -wal file, then the checkpoint), which was a third of a 10,000-document import's time
        on disk. Commits stay atomic (an interrupted one is rolled back from the journal at the
        next opening). SQLite allows the switch only when no other connection has the file
        open; otherwise, and for a project with documents or on a server, nothing changes."""
        db = self.db
        switched = False
        if (
            isinstance(db, pw.SqliteDatabase)
            and not db.in_transaction()
            and self.kind == "project"
            and not self.m.Document.select().exists()
        ):
            db.execute_sql("PRAGMA busy_timeout = 0")  # another connection: no switch, no wait
            try:
                row = db.execute_sql("PRAGMA journal_mode = DELETE").fetchone()
                switched = bool(row) and str(row[0]).lower() == "delete"
            except pw.OperationalError:
                pass
            finally:
                db.execute_sql(f"PRAGMA busy_timeout = {PRAGMAS['busy_timeout']}")
        try:
            yield
        finally:
            if switched and not db.is_closed():
                db.execute_sql("PRAGMA journal_mode = WAL")

    @classmethod
    def _open_read_only(cls, path: Path) -> Project:
        from civannot import integrity

        db = integrity.connect_read_only(path)
        try:
            app, version = integrity.read_app_version(db, path)
            if app != APP_ID:
                raise ProjectError(f"{path} is not a civannot project")
            if version != SCHEMA_VERSION:
                raise ProjectError(
                    f"{path} has schema {version}, this civannot reads {SCHEMA_VERSION}; it can "
                    "only be upgraded when it is writable"
                )
            try:
                integrity.check_on_open(db, path)
            except integrity.ProjectDamaged as e:
                raise ProjectError(str(e)) from None
            return cls(path, db, None)
        except BaseException:
            db.close()
            raise

    @classmethod
    def worker_connection(cls, path: str | Path) -> Project:
        """Another connection to a project this process already holds open (and locked), for
        a worker thread: SQLite connections belong to the thread that made them. `path` is a
        project's `target`: a file's path, or a server URL, opened with the password this
        process was given for it (kept in memory only)."""
        if is_server_url(path):
            url = str(path)
            return cls._open_server(url, _SERVER_PASSWORDS.get(describe_url(url)))
        path = Path(path)
        check_sqlite_file(path)
        return cls(path, connect_sqlite(path), ProjectLock(path, "civannot (window)"))

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()
        if self._lock is not None:
            while self._lock.depth:
                self._lock.release()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- meta and schema ------------------------------------------------------------------

    def get_meta(self, key: str, default: Any = None) -> Any:
        row = self.m.ProjectMeta.get_or_none(self.m.ProjectMeta.key == key)
        return json.loads(row.value) if row else default

    def set_meta(self, key: str, value: Any) -> None:
        with self.store.transaction():
            upsert_meta(self.m.ProjectMeta, key, json.dumps(value, ensure_ascii=False))

    def _load_schema(self) -> Schema:
        info = self.get_meta("schema", {})
        labels = [
            {
                "name": r.name,
                "kind": r.kind,
                "colour": r.colour,
                "shortcut": r.shortcut,
                "description": r.description,
            }
            for r in self.m.Label.select().order_by(self.m.Label.position, self.m.Label.id)
        ]
        relations = [
            {
                "name": r.name,
                "head": json.loads(r.head),
                "tail": json.loads(r.tail),
                "shortcut": r.shortcut,
            }
            for r in self.m.RelationType.select().order_by(self.m.RelationType.id)
        ]
        data = {"name": info.get("name", ""), "version": info.get("version", "1")}
        data.update(labels=labels, relations=relations)
        return parse_schema(data, info.get("guideline_text", ""))

    @property
    def kind(self) -> str:
        return self.get_meta("kind", "project")

    # ---- layers ---------------------------------------------------------------------------

    def layer_id(self, name: str, *, create: bool = True) -> int | None:
        if name in self._layer_ids:
            return self._layer_ids[name]
        row = self.m.Layer.get_or_none(self.m.Layer.name == name)
        if row is None:
            if not create:
                return None
            kind = {AUTO_LAYER: "auto", GOLD_LAYER: "gold"}.get(name, "annotator")
            row = self.m.Layer.create(name=name, kind=kind)
        # Only committed rows are remembered: a layer made inside a transaction that is then
        # rolled back (a refused import or bundle) must not outlive it in the cache.
        if not self.db.in_transaction():
            self._layer_ids[name] = row.id
        return row.id

    def layers(self) -> list[str]:
        return [r.name for r in self.m.Layer.select(self.m.Layer.name).order_by(self.m.Layer.id)]

    def annotators(self) -> list[str]:
        """Annotator layers (not auto, not gold) and annotators with a status or assignment."""
        names = {
            r.name
            for r in self.m.Layer.select(self.m.Layer.name).where(self.m.Layer.kind == "annotator")
        }
        names |= {
            r.annotator for r in self.m.Assignment.select(self.m.Assignment.annotator).distinct()
        }
        names -= {AUTO_LAYER, GOLD_LAYER}
        return sorted(names)

    # ---- documents ------------------------------------------------------------------------

    def document_count(self) -> int:
        return self.m.Document.select().count()

    def document_infos(self) -> list[DocumentInfo]:
        D = self.m.Document
        cols = (D.id, D.external_id, D.title, D.source, D.date, D.length, D.flag_count)
        sql = 'SELECT {} FROM "{}" ORDER BY "id"'.format(
            ", ".join(f'"{f.column_name}"' for f in cols), D._meta.table_name
        )
        # a plain cursor: these are ints and strings as stored (big projects list 100,000s)
        return [DocumentInfo(*row) for row in self.db.execute_sql(sql)]

    def document_id(self, external_id: str) -> int | None:
        row = (
            self.m.Document.select(self.m.Document.id)
            .where(self.m.Document.external_id == external_id)
            .first()
        )
        return row.id if row else None

    def _to_document(self, row: Any) -> Document:
        return Document(
            id=row.id,
            external_id=row.external_id,
            text=row.clean,
            raw=row.clean if row.raw is None else row.raw,  # NULL: raw is the clean text
            offset_map=row.offset_map,
            title=row.title,
            source=row.source,
            meta=json.loads(row.meta or "{}"),
            flags=[Flag.from_json(f) for f in json.loads(row.flags or "[]")],
        )

    def document(self, doc_id: int) -> Document:
        row = self.m.Document.get_or_none(self.m.Document.id == doc_id)
        if row is None:
            raise ProjectError(f"no document {doc_id} in {self.path}")
        return self._to_document(row)

    def documents(
        self, ids: Iterable[int] | None = None, *, raw: bool = True
    ) -> Iterator[Document]:
        """The documents of `ids` in that order (all, in id order, by default). raw=False: the
        raw text and the offset map are not read (raw comes back "", offset_map None), for
        callers of the clean text only: the raw text is as long again to read and decode."""
        D = self.m.Document
        if ids is None and not raw:
            ids = [
                r[0]
                for r in self.db.execute_sql(f'SELECT id FROM "{D._meta.table_name}" ORDER BY id')
            ]
        if ids is None:
            q = D.select().order_by(D.id)
            for row in q.iterator():
                yield self._to_document(row)
            return
        ids = list(ids)
        cols = (D.id, D.external_id, D.clean, D.raw, D.offset_map, D.title, D.source, D.meta,
                D.flags)  # fmt: skip
        names = [f'"{f.column_name}"' for f in cols]
        names[3] = f"COALESCE({names[3]}, {names[2]})"  # NULL: the raw text is the clean one
        if not raw:
            names[3:5] = ["''", "NULL"]
        head = 'SELECT {} FROM "{}" WHERE id IN '.format(", ".join(names), D._meta.table_name)
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            # a plain cursor: model instances cost more than the rest of an export
            sql = head + "({})".format(", ".join([self.db.param] * len(chunk)))
            rows = {r[0]: r for r in self.db.execute_sql(sql, chunk)}
            for doc_id in chunk:
                r = rows.get(doc_id)
                if r is not None:
                    flags = json.loads(r[8] or "[]")
                    yield Document(r[0], r[1], r[2], r[3], r[4], r[5], r[6],
                                   json.loads(r[7] or "{}"),
                                   [Flag.from_json(f) for f in flags] if flags else [])  # fmt: skip

    def text_lengths(self) -> dict[int, int]:
        D = self.m.Document
        return dict(D.select(D.id, D.length).tuples())

    def search(self, needle: str, limit: int | None = None, *, after: int = 0) -> list[int]:
        """Ids of documents whose clean text contains `needle` (any length, Chinese included),
        ascending; with `after`, only ids above it (the next page of a long result)."""
        if not needle:
            return []
        D = self.m.Document
        if migrations.has_fts(self.db) and len(needle) >= 3:
            # trigram FTS answers a phrase query of >= 3 characters from the index
            sql = (
                "SELECT rowid FROM document_search WHERE document_search MATCH ? AND rowid > ? "
                "ORDER BY rowid"
            )
            phrase = '"' + needle.replace('"', '""') + '"'
            params: tuple = (phrase, after)
            if limit:
                sql += " LIMIT ?"
                params += (limit,)
            return [r[0] for r in self.db.execute_sql(sql, params).fetchall()]
        if migrations.has_fts(self.db) and migrations.has_span_counts(self.db):
            return self._search_short(needle, limit, after)
        q = D.select(D.id).where(D.clean.contains(needle) & (D.id > after)).order_by(D.id)
        if limit:
            q = q.limit(limit)
        return [r[0] for r in q.tuples()]

    def _search_short(self, needle: str, limit: int | None, after: int) -> list[int]:
        """1 or 2 characters from the trigram index, without reading any text (issue 21: a
        LIKE scan of every document took 0.6 s at 50,000 documents). An occurrence of `needle`
        is the start of some indexed trigram, unless it lies in the text's last two
        characters: the trigrams starting with it are read from the index's vocabulary and
        OR-ed; the ends come from the index on each text's last two characters (migration 4)."""
        db = self.db
        # a per-connection view of the index's vocabulary (nothing is written to the file)
        db.execute_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.document_search_terms "
            "USING fts5vocab(main, document_search, 'row')"
        )
        high = needle[:-1] + chr(min(ord(needle[-1]) + 1, 0x10FFFF))
        terms = [
            r[0]
            for r in db.execute_sql(
                "SELECT term FROM temp.document_search_terms WHERE term >= ? AND term < ?",
                (needle, high),
            )
        ]
        found: set[int] = set()
        tail = "LIMIT ?" if limit else ""
        for i in range(0, len(terms), 100):
            query = " OR ".join('"' + t.replace('"', '""') + '"' for t in terms[i : i + 100])
            params: tuple = (query, after, limit) if limit else (query, after)
            found.update(
                r[0]
                for r in db.execute_sql(
                    "SELECT rowid FROM document_search WHERE document_search MATCH ? "
                    f"AND rowid > ? ORDER BY rowid {tail}",
                    params,
                )
            )
        if len(needle) == 2:
            ends = "substr(clean, -2) = ?"
            params = (needle, after)
        else:
            ends = "((substr(clean, -2) >= ? AND substr(clean, -2) < ?) OR substr(clean, -1) = ?)"
            params = (needle, high, needle, after)
        found.update(
            r[0] for r in db.execute_sql(f"SELECT id FROM document WHERE {ends} AND id > ?", params)
        )
        out = sorted(found)
        return out[:limit] if limit else out

    def set_flags(
        self,
        doc_id: int,
        flags: list[Flag],
        *,
        author: str = "",
        source: str = "session",
        decided: dict[str, Any] | None = None,
    ) -> None:
        """Store a document's flags (the text untouched); every flag whose decision changed
        gets a "flag" row in the history, saying who decided it and when (a bundle merge
        weighs decisions made on both sides by these rows; `decided` carries the original
        who/when of a decision replayed from elsewhere)."""
        D = self.m.Document
        with self.store.transaction():
            stored = D.select(D.flags).where(D.id == doc_id).scalar()
            old = json.loads(stored) if stored else []
            now = utcnow()
            rows = []
            for i, f in enumerate(flags):
                new = f.to_json()
                if i < len(old) and old[i] == new:
                    continue
                after: dict[str, Any] = {"index": i, "flag": new}
                if decided is not None:
                    after["decided"] = decided
                before = {"index": i, "flag": old[i]} if i < len(old) else None
                rows.append(
                    {
                        "document": doc_id,
                        "layer": "",
                        "span_id": None,
                        "action": "flag",
                        "before": json.dumps(before, ensure_ascii=False) if before else None,
                        "after": json.dumps(after, ensure_ascii=False),
                        "author": author,
                        "source": source,
                        "at": now,
                    }
                )
            if rows:
                self.store.note(rows)
            self.m.Document.update(
                flags=json.dumps([f.to_json() for f in flags], ensure_ascii=False),
                flag_count=sum(1 for f in flags if f.status == "open"),
            ).where(self.m.Document.id == doc_id).execute()

    def _write_text_row(
        self,
        doc_id: int,
        clean: str,
        offset_map: str | None,
        flags: list[Flag],
        *,
        expect: str | None = None,
    ) -> bool:
        """Rewrite a document's clean text, its offset map and flags (the raw text stays).

        Only the store calls this (a ChangeText operation), with the span moves beside it.
        With `expect`, nothing is written unless the stored clean text is `expect`; returns
        whether the row was written. The search index follows through its UPDATE trigger.
        """
        D = self.m.Document
        cond = D.id == doc_id
        if expect is not None:
            cond &= D.clean == expect
        with self.db.atomic():
            n = (
                D.update(
                    # the old clean text stays the raw one where raw was stored as NULL
                    raw=pw.fn.COALESCE(D.raw, D.clean),
                    clean=clean,
                    length=len(clean),
                    offset_map=offset_map,
                    flags=json.dumps([f.to_json() for f in flags], ensure_ascii=False),
                    flag_count=sum(1 for f in flags if f.status == "open"),
                )
                .where(cond)
                .execute()
            )
        return n == 1

    # ---- spans and relations --------------------------------------------------------------

    def _span(self, row: tuple) -> Span:
        sid, start, end, label, text, origin, author, conf, uid, prov = row
        return Span(start, end, label, text, origin, author, sid, conf, uid, prov or "")

    def _span_fields(self) -> list[pw.Field]:
        S = self.m.Span
        return [
            S.id,
            S.start,
            S.end,
            S.label,
            S.text,
            S.origin,
            S.author,
            S.confidence,
            S.uid,
            S.provenance,
        ]

    def spans(self, doc_id: int, layer: str) -> list[Span]:
        lid = self.layer_id(layer, create=False)
        if lid is None:
            return []
        S = self.m.Span
        q = (
            S.select(*self._span_fields())
            .where((S.document == doc_id) & (S.layer == lid))
            .order_by(S.start, S.end, S.id)
            .tuples()
        )
        return [self._span(r) for r in q]

    def span(self, span_id: int) -> tuple[int, str, Span] | None:
        """(document id, layer name, span) for a span id."""
        S, L = self.m.Span, self.m.Layer
        row = (
            S.select(S.document, L.name, *self._span_fields())
            .join(L)
            .where(S.id == span_id)
            .tuples()
            .first()
        )
        if row is None:
            return None
        return row[0], row[1], self._span(row[2:])

    def relations(self, doc_id: int, layer: str) -> list[Relation]:
        lid = self.layer_id(layer, create=False)
        if lid is None:
            return []
        R = self.m.Relation
        # the query's text once per project, run as is: building it with peewee and converting
        # each value back cost more than the query when a long article opens (300 relations)
        sql: str | None = getattr(self, "_relations_sql", None)
        if sql is None:
            sql = (
                R.select(*self._relation_fields())
                .where((R.document == 0) & (R.layer == 0))
                .order_by(R.id)
                .sql()[0]
            )
            self._relations_sql = sql
        return [self._relation(r) for r in self.db.execute_sql(sql, (doc_id, lid))]

    def _relation_fields(self) -> list[pw.Field]:
        R = self.m.Relation
        return [R.type, R.head, R.tail, R.author, R.id, R.uid, R.provenance, R.confidence]

    @staticmethod
    def _relation(r: tuple) -> Relation:
        return Relation(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or "", r[7])

    def layer_data(
        self, layer: str, doc_ids: Iterable[int] | None = None
    ) -> dict[int, tuple[list[Span], list[Relation]]]:
        """All spans and relations of a layer, grouped by document, in two queries."""
        lid = self.layer_id(layer, create=False)
        if lid is None:
            return {}
        S, R = self.m.Span, self.m.Relation
        wanted = set(doc_ids) if doc_ids is not None else None
        out: dict[int, tuple[list[Span], list[Relation]]] = {}
        # plain cursor rows: peewee's per-value conversion was most of an export's time
        for doc, sid, start, end, label, text, origin, author, conf, uid, prov in self._raw_rows(
            S, [S.document, *self._span_fields()], S.layer, lid, [S.document, S.start, S.end, S.id]
        ):
            if wanted is not None and doc not in wanted:
                continue
            out.setdefault(doc, ([], []))[0].append(
                Span(start, end, label, text, origin, author, sid, conf, uid, prov or "")
            )
        for row in self._raw_rows(
            R, [R.document, *self._relation_fields()], R.layer, lid, [R.document, R.id]
        ):
            doc = row[0]
            if wanted is not None and doc not in wanted:
                continue
            out.setdefault(doc, ([], []))[1].append(self._relation(row[1:]))
        return out

    def _raw_rows(
        self, model: Any, fields: list[pw.Field], key: pw.Field, value: Any, order: list[pw.Field]
    ) -> Any:
        """Rows of `fields` where `key` = value, as the database cursor gives them (the fields
        read this way hold ints, floats and strings, which need no conversion)."""
        sql = 'SELECT {} FROM "{}" WHERE "{}" = {} ORDER BY {}'.format(
            ", ".join(f'"{f.column_name}"' for f in fields),
            model._meta.table_name,
            key.column_name,
            self.db.param,
            ", ".join(f'"{f.column_name}"' for f in order),
        )
        return self.db.execute_sql(sql, (value,))

    def span_counts(self, layer: str) -> dict[int, int]:
        lid = self.layer_id(layer, create=False)
        if lid is None:
            return {}
        S = self.m.Span
        q = S.select(S.document, pw.fn.COUNT(S.id)).where(S.layer == lid).group_by(S.document)
        return dict(q.tuples())

    # ---- status and assignments -----------------------------------------------------------

    def status(self, doc_id: int, annotator: str) -> str:
        A = self.m.Assignment
        row = A.get_or_none((A.document == doc_id) & (A.annotator == annotator))
        return row.status if row else "todo"

    def statuses(self, annotator: str) -> dict[int, str]:
        A = self.m.Assignment
        return dict(A.select(A.document, A.status).where(A.annotator == annotator).tuples())

    def completed(self, layer: str) -> set[int]:
        A = self.m.Assignment
        mark = self.db.param
        sql = (
            f'SELECT "{A.document.column_name}" FROM "{A._meta.table_name}" '
            f'WHERE "annotator" = {mark} AND "status" = {mark}'
        )
        return {r[0] for r in self.db.execute_sql(sql, (layer, "done"))}

    def assignments(self) -> dict[str, list[int]]:
        A = self.m.Assignment
        out: dict[str, list[int]] = {}
        q = (
            A.select(A.annotator, A.document)
            .where(A.assigned == True)  # noqa: E712 (peewee expression)
            .order_by(A.annotator, A.document)
            .tuples()
        )
        for annotator, doc in q:
            out.setdefault(annotator, []).append(doc)
        return out

    def write_status(self, doc_id: int, annotator: str, status: str, *, source: str = "") -> None:
        """Set a status without undo (imports, bundles); the session has the undoable command."""
        before = self.statuses_of([doc_id], annotator).get(doc_id)
        if before != status:
            self.store.apply(
                [SetStatus(doc_id, annotator, before, status)],
                description=f"Mark {status}",
                author=annotator,
                source=source or "import",
            )

    def statuses_of(self, doc_ids: Iterable[int], annotator: str) -> dict[int, str]:
        """The stored statuses (rows only: no row means never started) of some documents."""
        A = self.m.Assignment
        sql = (
            f'SELECT "{A.document.column_name}", "status" FROM "{A._meta.table_name}" '
            f'WHERE "{A.document.column_name}" IN ({{ids}}) AND "annotator" = {self.db.param}'
        )
        return dict(rows_in(self.db, sql, list(doc_ids), annotator))

    def assign(self, pairs: Iterable[tuple[int, str]]) -> int:
        """Mark documents as handed to annotators (keeps any status they have)."""
        return self.store.set_assigned(list(pairs), True)

    # ---- bulk writers (all through the store) -----------------------------------------------

    def import_batch(
        self,
        items: list[tuple[DocumentInput, list[LayerInput]]],
        *,
        source: str = "import",
    ) -> ImportReport:
        """Store documents and their layers in one transaction: all of them or nothing.

        A document whose raw text is already stored under another id is a duplicate and skipped;
        one whose id exists gets the layers added (its text must be the stored one).
        """
        report = ImportReport()
        D = self.m.Document
        ext_ids = list(dict.fromkeys(doc.external_id for doc, _ in items))
        hashes = {
            id(doc): content_hash(doc.raw if doc.raw is not None else doc.text) for doc, _ in items
        }
        existing: dict[str, tuple[int, str]] = {}
        known_hash: dict[str, str] = {}
        all_hashes = list({hashes[id(doc)] for doc, _ in items})
        table = D._meta.table_name
        sql = f'SELECT "external_id", "id", "clean" FROM "{table}" WHERE "external_id" IN ({{ids}})'
        existing.update({e: (d, c) for e, d, c in rows_in(self.db, sql, ext_ids)})
        sql = (
            f'SELECT "content_hash", "external_id" FROM "{table}" WHERE "content_hash" IN ({{ids}})'
        )
        known_hash.update(dict(rows_in(self.db, sql, all_hashes)))
        # decide every item first: new documents go in with one statement
        new_rows: list[dict[str, Any]] = []
        new_texts: dict[str, str] = {}
        plan: list[tuple[str, str, list[LayerInput]]] = []  # (external id, text, layers)
        for doc, layers in items:
            ext = doc.external_id
            if ext in existing or ext in new_texts:
                stored = existing[ext][1] if ext in existing else new_texts[ext]
                if doc.text and stored != doc.text:
                    raise ProjectError(f"document {ext}: text differs from the stored one")
                plan.append((ext, stored, layers))
                continue
            h = hashes[id(doc)]
            if h in known_hash:
                report.duplicates.append(f"{ext} (same text as {known_hash[h]})")
                continue
            known_hash[h] = ext
            new_rows.append(self._document_row(doc, h))
            new_texts[ext] = doc.text
            report.imported.append(ext)
            if doc.flags:
                report.flagged.append(ext)
            plan.append((ext, doc.text, layers))
        with self.store.transaction():
            fresh = self._insert_documents(new_rows)
            for ext, doc_id in fresh.items():
                existing[ext] = (doc_id, new_texts[ext])
            content: dict[str, list[tuple[int, str, LayerInput]]] = {}
            for ext, text, layers in plan:
                doc_id = existing[ext][0]
                for layer in layers:
                    content.setdefault(layer.annotator, []).append((doc_id, text, layer))
                    report.layers_added += 1
            for name, entries in content.items():
                self._add_layer_inputs(name, entries, set(fresh.values()), source)
            notes = [(existing[d.external_id][0], d.comments) for d, _ in items if d.comments]
            if notes:
                self._import_comments(notes, source)
        return report

    def _import_comments(self, notes: list[tuple[int, list[dict[str, Any]]]], source: str) -> None:
        """Notes that came with imported documents (native JSONL), after their spans: a note on
        a span finds it by layer, bounds and label; one already here is not added twice."""
        from civannot.store import SetComment

        C, S, L = self.m.Comment, self.m.Span, self.m.Layer
        ops: list[Op] = []
        for doc_id, comments in notes:
            have = set(C.select(C.author, C.text, C.span_uid).where(C.document == doc_id).tuples())
            for c in comments:
                span_uid = None
                if c.get("span") is not None:
                    start, end, label = c["span"]
                    span_uid = (
                        S.select(S.uid)
                        .join(L, on=(S.layer == L.id))
                        .where(
                            (S.document == doc_id)
                            & (L.name == c.get("layer", ""))
                            & (S.start == start)
                            & (S.end == end)
                            & (S.label == label)
                        )
                        .scalar()
                    )
                    if span_uid is None:
                        continue  # the span did not go in (a duplicate layer, say)
                if (c["author"], c["text"], span_uid) in have:
                    continue
                have.add((c["author"], c["text"], span_uid))
                when = str(c.get("updated") or utcnow())
                uid = new_uid()
                ops.append(
                    SetComment(
                        uid,
                        None,
                        {
                            "uid": uid,
                            "id": self.store.new_ids("comment", 1)[0],
                            "doc": doc_id,
                            "layer": c.get("layer", "") if span_uid else "",
                            "span_uid": span_uid,
                            "author": c["author"],
                            "text": c["text"],
                            "created": when,
                            "updated": when,
                        },
                    )
                )
        if ops:
            self.store.apply(ops, description="Import comments", author="", source=source)

    def _insert_documents(self, rows: list[dict[str, Any]]) -> dict[str, int]:
        """Insert new documents in bulk; their ids by external id."""
        if not rows:
            return {}
        D = self.m.Document
        cols = list(rows[0])
        fields = [D._meta.fields[c] for c in cols]
        sql = 'INSERT INTO "{}" ({}) VALUES ({})'.format(
            D._meta.table_name,
            ", ".join(f'"{f.column_name}"' for f in fields),
            ", ".join([self.db.param] * len(cols)),
        )
        values = [tuple(f.db_value(r[c]) for f, c in zip(fields, cols, strict=True)) for r in rows]
        trigger = self._bulk_search_trigger(len(rows))
        if trigger is None:
            self.db.cursor().executemany(sql, values)
        else:
            # Indexing the full-text search row by row costs more than building the index anew
            # once the new documents outnumber the stored ones three to one (a first import):
            # the trigger goes for the insert and comes back, all in this transaction.
            self.db.execute_sql("DROP TRIGGER document_search_ai")
            self.db.cursor().executemany(sql, values)
            self.db.execute_sql("INSERT INTO document_search(document_search) VALUES ('rebuild')")
            self.db.execute_sql(trigger)
        names = [r["external_id"] for r in rows]
        sql = f'SELECT "external_id", "id" FROM "{D._meta.table_name}" WHERE "external_id" IN ({{ids}})'
        return dict(rows_in(self.db, sql, names))

    def _bulk_search_trigger(self, n: int) -> str | None:
        """The search index's insert trigger (its SQL) when inserting `n` documents is better
        done with the trigger off and the index rebuilt; None to insert through the trigger."""
        if n < 500 or not isinstance(self.db, pw.SqliteDatabase):
            return None
        row = self.db.execute_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'document_search_ai'"
        ).fetchone()
        if row is None or not row[0]:
            return None
        stored = self.db.execute_sql(f'SELECT COUNT(*) FROM "{self.m.Document._meta.table_name}"')
        return row[0] if 3 * stored.fetchone()[0] < n else None

    @staticmethod
    def _document_row(doc: DocumentInput, h: str) -> dict[str, Any]:
        # the raw text is stored only where it differs (NULL: the clean text, schema 5)
        raw = doc.raw if doc.raw is not None and doc.raw != doc.text else None
        flags_json = [f.to_json() for f in doc.flags]
        return {
            "external_id": doc.external_id,
            "title": doc.title[:255],
            "source": doc.source[:1024],
            "date": str(doc.meta.get("date", ""))[:32],
            "length": len(doc.text),
            "raw": raw,
            "clean": doc.text,
            "offset_map": doc.offset_map,
            "meta": json.dumps(doc.meta, ensure_ascii=False),
            "flags": json.dumps(flags_json, ensure_ascii=False),
            # open flags only, as set_flags counts them (an imported document may carry decisions)
            "flag_count": sum(1 for f in doc.flags if f.status == "open"),
            "content_hash": h,
            "created": utcnow(),
        }

    def _add_layer_inputs(
        self,
        name: str,
        entries: list[tuple[int, str, LayerInput]],
        fresh: set[int],
        source: str,
    ) -> None:
        """Add imported layers of one annotator to documents. Spans already stored in the
        layer with the same start, end and label, and relations already stored between them,
        are not added again: re-importing a file must not double every span."""
        stored_docs = {doc_id for doc_id, _, _ in entries if doc_id not in fresh}
        stored = self.store.current_spans(stored_docs, {name})
        stored_rels = self.store.current_relations(stored_docs, {name}) if stored_docs else {}
        by_sig: dict[tuple[int, int, int, str], int] = {
            (r.doc, r.start, r.end, r.label): r.id for r in stored.values()
        }
        rel_sigs = {(r.doc, r.type, r.head, r.tail) for r in stored_rels.values()}
        need_spans = sum(len(layer.spans) for _, _, layer in entries)
        need_rels = sum(len(layer.relations) for _, _, layer in entries)
        span_ids = iter(self.store.new_ids("span", need_spans))
        uids = iter(new_uids(need_spans))
        rel_ids = iter(self.store.new_ids("relation", need_rels))
        rel_uids = iter(new_uids(need_rels))
        rel_types = {r.name for r in self.schema.relations}
        label_names = set(self.schema.label_names)
        ops: list[Op] = []
        texts: dict[int, str] = {}
        done_docs: list[int] = []
        for doc_id, text, layer in entries:
            texts[doc_id] = text
            ids: list[int] = []
            for s in layer.spans:
                if not (0 <= s.start < s.end <= len(text)):
                    raise ProjectError(
                        f"span {s.start}-{s.end} {s.label} lies outside the text "
                        f"({len(text)} characters)"
                    )
                if s.label not in label_names:
                    raise ProjectError(
                        f"span {s.start}-{s.end}: label {s.label!r} is not in the schema"
                    )
                sig = (doc_id, s.start, s.end, s.label)
                if sig in by_sig:
                    ids.append(by_sig[sig])
                    continue
                sid = next(span_ids)
                by_sig[sig] = sid
                ids.append(sid)
                uid = next(uids)
                ops.append(
                    AddSpan(
                        SpanRow(
                            sid,
                            s.uid or uid,
                            doc_id,
                            name,
                            s.start,
                            s.end,
                            s.label,
                            text[s.start : s.end],
                            s.origin,
                            s.author or name,
                            s.confidence,
                            s.provenance,
                        )
                    )
                )
            for rel in layer.relations:
                # a 4th item, where a producer has it, is the relation's provenance (rule id)
                rtype, h, t = rel[0], rel[1], rel[2]
                prov = rel[3] if len(rel) > 3 else ""  # type: ignore[misc]
                rconf = rel[4] if len(rel) > 4 else None  # type: ignore[misc]
                if rtype not in rel_types:
                    raise ProjectError(f"relation type {rtype!r} is not in the schema")
                if not (0 <= h < len(ids) and 0 <= t < len(ids)):
                    raise ProjectError(f"relation {rtype} names a span that is not in the record")
                rsig = (doc_id, rtype, ids[h], ids[t])
                if rsig in rel_sigs:
                    continue
                rel_sigs.add(rsig)
                ops.append(
                    AddRelation(
                        RelationRow(
                            next(rel_ids),
                            next(rel_uids),
                            doc_id,
                            name,
                            rtype,
                            ids[h],
                            ids[t],
                            name,
                            rconf,
                            prov,
                        )  # fmt: skip
                    )
                )
            if layer.done:
                done_docs.append(doc_id)
        if done_docs:
            have = self.statuses_of([d for d in done_docs if d not in fresh], name)
            ops += [
                SetStatus(d, name, have.get(d), "done")
                for d in dict.fromkeys(done_docs)
                if have.get(d) != "done"
            ]
        self.store.apply(
            ops,
            description=f"Import {name}",
            author=name,
            source=source,
            texts=texts,
            fresh=fresh,
            # the auto layer is rewritten wholesale; its history would only be noise
            history=bool(source) and name != AUTO_LAYER,
            grouped=source.startswith("import"),
        )

    def replace_layer(
        self,
        layer: str,
        content: dict[int, tuple[list[Span], list[tuple[str, int, int]]]],
        *,
        source: str = "replace",
        texts: dict[int, str] | None = None,
    ) -> None:
        """Replace a layer's spans and relations in the given documents, one transaction.
        `texts`: the documents' clean texts where the caller has them (read otherwise)."""
        if texts is None or not set(content) <= set(texts):
            texts = self._texts_of(list(content))
        for doc_id in content:
            if doc_id not in texts:
                raise ProjectError(f"no document {doc_id}")
        with self.store.transaction():
            self._clear_layer(layer, set(content), source)
            entries = [
                (doc_id, texts[doc_id], LayerInput(layer, spans, rels))
                for doc_id, (spans, rels) in content.items()
            ]
            self._add_layer_inputs(layer, entries, set(), source)

    def replace_layer_rows(
        self,
        layer: str,
        content: Iterable[tuple[int, Sequence[NewSpan], Sequence[NewRelation]]],
        *,
        origin: str,
        source: str = "replace",
        texts: dict[int, str] | None = None,
    ) -> None:
        """replace_layer for new rows given as plain tuples (Store.add_rows: (document id,
        spans as (start, end, label, confidence, provenance), relations as (type, head index,
        tail index, provenance)), all of one origin, written by `layer` (what
        replace_layer makes of Spans without an author): pre-annotation's suggestions, without
        a Span, SpanRow and AddSpan for each on the way to SQLite. One transaction."""
        content = list(content)
        docs = {doc for doc, _, _ in content}
        # the auto layer, written without history: the store checks the references of what it
        # writes itself, in sets, instead of SQLite's lookups per row (Store.transaction); the
        # batch is written whole or not at all, so its steps need no savepoints of their own
        with self.store.transaction(foreign_keys=layer != AUTO_LAYER, savepoints=False):
            self._clear_layer(layer, docs, source)
            self.store.add_rows(
                layer,
                content,
                origin=origin,
                author=layer,
                description=f"Import {layer}",
                source=source,
                texts=texts,
                # the auto layer is rewritten wholesale; its history would only be noise
                history=bool(source) and layer != AUTO_LAYER,
                grouped=source.startswith("import"),
            )

    def _clear_layer(self, layer: str, docs: set[int], source: str) -> None:
        """Remove a layer's spans and relations from the documents (inside a transaction)."""
        self.store.clear_layer(
            layer,
            docs,
            description=f"Clear {layer}",
            author=layer,
            source=source,
            history=layer != AUTO_LAYER,
        )

    def _texts_of(self, doc_ids: list[int]) -> dict[int, str]:
        D = self.m.Document
        texts: dict[int, str] = {}
        for i in range(0, len(doc_ids), 500):
            chunk = doc_ids[i : i + 500]
            texts.update(dict(D.select(D.id, D.clean).where(D.id.in_(chunk)).tuples()))
        return texts

    def extend_layer(
        self,
        layer: str,
        content: dict[int, tuple[list[Span], list[tuple[str, int, int]]]],
        *,
        source: str = "extend",
    ) -> tuple[int, int]:
        """Add spans and relations to a layer, keeping what is there (one transaction).

        In each document's list, a span whose id is already a span of this layer and document
        is kept as it is; every other span is inserted. Relations name spans by index into the
        list; one that exists already is not added twice. Returns (spans added, relations added).
        """
        texts = self._texts_of(list(content))
        for doc_id in content:
            if doc_id not in texts:
                raise ProjectError(f"no document {doc_id}")
        docs = set(content)
        with self.store.transaction():
            present = self.store.current_spans(docs, {layer})
            rels = self.store.current_relations(docs, {layer})
            have = {(r.doc, r.type, r.head, r.tail) for r in rels.values()}
            need = sum(1 for spans, _ in content.values() for s in spans if s.id not in present)
            new_ids = iter(self.store.new_ids("span", need))
            need_r = sum(len(r) for _, r in content.values())
            rel_ids = iter(self.store.new_ids("relation", need_r))
            ops: list[Op] = []
            added_spans = added_rels = 0
            for doc_id, (spans, rel_list) in content.items():
                text = texts[doc_id]
                ids: list[int] = []
                for s in spans:
                    if s.id in present and present[s.id].doc == doc_id:
                        ids.append(s.id)  # type: ignore[arg-type]
                        continue
                    sid = next(new_ids)
                    ids.append(sid)
                    if not (0 <= s.start < s.end <= len(text)):
                        raise ProjectError(
                            f"span {s.start}-{s.end} {s.label} lies outside the text "
                            f"({len(text)} characters)"
                        )
                    ops.append(
                        AddSpan(
                            SpanRow(
                                sid,
                                new_uid(),
                                doc_id,
                                layer,
                                s.start,
                                s.end,
                                s.label,
                                text[s.start : s.end],
                                s.origin,
                                s.author or layer,
                                s.confidence,
                                s.provenance,
                            )
                        )
                    )
                    added_spans += 1
                for rtype, h, t in rel_list:
                    key = (doc_id, rtype, ids[h], ids[t])
                    if key in have:
                        continue
                    have.add(key)
                    ops.append(
                        AddRelation(
                            RelationRow(
                                next(rel_ids),
                                new_uid(),
                                doc_id,
                                layer,
                                rtype,
                                ids[h],
                                ids[t],
                                layer,
                            )
                        )
                    )
                    added_rels += 1
            self.store.apply(
                ops, description=f"Add to {layer}", author=layer, source=source, texts=texts
            )
        return added_spans, added_rels

    # ---- statistics -----------------------------------------------------------------------

    def span_totals(self) -> list[tuple[str, str, int]]:
        """(layer, label, spans) for every layer and label holding spans: from the counts the
        triggers keep (migration 4), so no span is read; a GROUP BY elsewhere."""
        L = self.m.Layer
        names = dict(L.select(L.id, L.name).tuples())
        if migrations.has_span_counts(self.db):
            rows = self.db.execute_sql(
                'SELECT layer_id, label, n FROM "span_count" WHERE n > 0'
            ).fetchall()
        else:
            S = self.m.Span
            rows = list(
                S.select(S.layer, S.label, pw.fn.COUNT(S.id)).group_by(S.layer, S.label).tuples()
            )
        return [(names[lid], label, n) for lid, label, n in rows if lid in names]

    def learned_votes(self, labels: Iterable[str]) -> list[tuple[str, str, int]]:
        """(text, label, spans) of the spans people wrote (every layer but `auto`) with one of
        `labels`: from the votes triggers keep (migration 4), else one grouped query."""
        labels = list(labels)
        if set(labels) <= set(migrations.VOTED_LABELS) and migrations.has_learned_votes(self.db):
            wanted = set(labels)
            rows = self.db.execute_sql(
                'SELECT text, label, n FROM "learned_vote" WHERE n > 0'
            ).fetchall()
            return [r for r in rows if r[1] in wanted]
        S, L = self.m.Span, self.m.Layer
        q = (
            S.select(S.text, S.label, pw.fn.COUNT(S.id))
            .join(L)
            .where(S.label.in_(labels) & (L.name != AUTO_LAYER) & (S.text != ""))
            .group_by(S.text, S.label)
            .tuples()
        )
        return list(q)

    def annotated_texts(
        self, limit: int | None = None
    ) -> Iterator[tuple[str, list[tuple[int, int, str]]]]:
        """(text, spans as (start, end, label)) for each document and layer people write (every
        layer but `auto`) where the layer holds a span on the document or the document is done
        in it: the texts the learned votes (learned_votes) were given on. `limit`: the first
        that many documents (by id) only. Each text is read once, whatever its layers."""
        S, L = self.m.Span, self.m.Layer
        people = {lid: name for lid, name in L.select(L.id, L.name).tuples() if name != AUTO_LAYER}
        if not people:
            return
        per: dict[int, dict[int, list[tuple[int, int, str]]]] = {}
        mark = ", ".join([self.db.param] * len(people))
        sql = (
            f'SELECT "{S.document.column_name}", "{S.layer.column_name}", "start", "end", '
            f'"label" FROM "{S._meta.table_name}" WHERE "{S.layer.column_name}" IN ({mark})'
        )
        for doc, lid, start, end, label in self.db.execute_sql(sql, tuple(people)):
            per.setdefault(doc, {}).setdefault(lid, []).append((start, end, label))
        for lid, name in people.items():
            for doc in self.completed(name):
                per.setdefault(doc, {}).setdefault(lid, [])
        ids = sorted(per)[:limit] if limit is not None else sorted(per)
        for i in range(0, len(ids), 500):
            for d in self.documents(ids[i : i + 500], raw=False):
                for spans in per[d.id].values():
                    yield d.text, spans

    def stats(self, *, assignment_ids: bool = True) -> dict[str, Any]:
        """Counts of the project, read from counts and indexes (issue 21: no span is read).
        `assignments` lists every assigned document's external id unless assignment_ids is
        False (then {}: `progress` has the counts)."""
        A, D = self.m.Assignment, self.m.Document
        done = dict(
            A.select(A.annotator, pw.fn.COUNT(A.id))
            .where(A.status == "done")
            .group_by(A.annotator)
            .tuples()
        )
        layers: dict[str, dict[str, int]] = {}
        for name in self.layers():
            layers[name] = {"spans": 0, "documents_done": done.get(name, 0)}
        labels = {name: 0 for name in self.schema.label_names}
        for layer, label, n in self.span_totals():
            layers.setdefault(layer, {"spans": 0, "documents_done": done.get(layer, 0)})
            layers[layer]["spans"] += n
            labels[label] = labels.get(label, 0) + n
        for name in self.annotators():
            layers.setdefault(name, {"spans": 0, "documents_done": done.get(name, 0)})
        progress: dict[str, dict[str, int]] = {}
        q = (
            A.select(
                A.annotator,
                pw.fn.COUNT(A.id),
                pw.fn.SUM(pw.Case(None, [(A.status == "done", 1)], 0)),
                pw.fn.SUM(pw.Case(None, [(A.status == "in_progress", 1)], 0)),
            )
            .where(A.assigned == True)  # noqa: E712 (peewee expression)
            .group_by(A.annotator)
            .order_by(A.annotator)
            .tuples()
        )
        for annotator, n, n_done, n_progress in q:
            progress[annotator] = {
                "assigned": n,
                "done": int(n_done or 0),
                "in_progress": int(n_progress or 0),
            }
        assignments: dict[str, list[str]] = {}
        if assignment_ids:
            # every assigned document's id: as long as the assignments (plain SQL: peewee's
            # per-value conversion tripled the cost at 100,000 documents)
            sql = (
                f'SELECT a.annotator, d.external_id FROM "{A._meta.table_name}" a '
                f'JOIN "{D._meta.table_name}" d ON d.id = a.document_id WHERE a.assigned '
                "ORDER BY a.annotator, a.document_id"
            )
            for annotator, ext in self.db.execute_sql(sql):
                assignments.setdefault(annotator, []).append(ext)
        return {
            "project": self.location,
            "uuid": self.uuid,
            "documents": self.document_count(),
            "layers": layers,
            "labels": labels,
            "assignments": assignments,
            "progress": progress,
        }


def _fill_new(db: pw.Database, schema: Schema, kind: str) -> None:
    """Tables, identity, label schema and the two fixed layers of a new project."""
    migrations.upgrade(db)
    m = make_models(db)
    with db.atomic():
        meta = {
            "app": APP_ID,
            "uuid": str(uuidlib.uuid4()),
            "kind": kind,
            "created": utcnow().isoformat(timespec="seconds"),
            # labels and relation types live in their tables; this is the rest
            "schema": {
                "name": schema.name,
                "version": schema.version,
                "guideline_text": schema.guideline,
            },
        }
        m.ProjectMeta.insert_many(
            [{"key": k, "value": json.dumps(v, ensure_ascii=False)} for k, v in meta.items()]
        ).execute()
        _store_schema(m, schema)
        for name, kind_ in ((AUTO_LAYER, "auto"), (GOLD_LAYER, "gold")):
            m.Layer.create(name=name, kind=kind_)


def _first_line(e: BaseException) -> str:
    text = str(e).strip().splitlines()
    return text[0] if text else type(e).__name__


# passwords typed into the window for server projects, by URL, for this process's other
# connections to the same project (worker threads); in memory only
_SERVER_PASSWORDS: dict[str, str] = {}


def _ensure_database(url: str, password: str | None) -> None:
    """Create the server's database when it does not exist yet (needs CREATEDB)."""
    params = server_params(url)
    name = str(params["database"])
    try:
        db = connect_postgres(url, password)
        db.close()
        return
    except ProjectError as e:
        if "does not exist" not in str(e):
            raise
    maintenance = url.split("?")[0].rsplit("/", 1)[0] + "/postgres"
    admin = connect_postgres(maintenance, password)
    try:
        admin.connection().autocommit = True
        quoted = '"' + name.replace('"', '""') + '"'
        admin.execute_sql(f"CREATE DATABASE {quoted}")
    except pw.DatabaseError as e:
        raise ProjectError(f"cannot create database {name}: {str(e).splitlines()[0]}") from None
    finally:
        admin.close()


def upsert_meta(model: Any, key: str, value: str) -> None:
    """Insert or overwrite one project_meta row. ON CONFLICT ... DO UPDATE, not INSERT OR
    REPLACE: the latter is SQLite only and the models must run on PostgreSQL too."""
    model.insert(key=key, value=value).on_conflict(
        conflict_target=[model.key], update={model.value: value}
    ).execute()


def _peek(path: Path) -> tuple[str | None, int]:
    """(app id, schema version) of a file, read-only; (None, 0) when it is not ours."""
    import sqlite3

    # A hot rollback journal (a first import killed halfway, Project.first_load) is rolled
    # back by the first reader that may write; a read-only one could not read the file at all
    mode = "rw" if Path(f"{path}-journal").exists() else "ro"
    try:
        con = sqlite3.connect(f"file:{path}?mode={mode}", uri=True, timeout=5)
    except sqlite3.Error as e:
        raise ProjectError(f"cannot open {path}: {e}") from None
    try:
        rows = dict(
            con.execute(
                "SELECT key, value FROM project_meta WHERE key IN ('app', 'schema_version')"
            )
        )
    except sqlite3.OperationalError as e:
        if "locked" in str(e):
            raise ProjectError(f"{path} is locked by another program; try again later") from None
        return None, 0
    except sqlite3.DatabaseError as e:
        raise ProjectError(f"{path} is damaged or not a civannot project ({e})") from None
    finally:
        con.close()
    try:
        return json.loads(rows.get("app", "null")), int(json.loads(rows.get("schema_version", "0")))
    except (ValueError, TypeError):
        return None, 0


def _store_schema(m: Any, schema: Schema) -> None:
    for pos, lab in enumerate(schema.labels):
        m.Label.create(
            name=lab.name,
            kind=lab.kind,
            colour=lab.colour,
            shortcut=lab.shortcut,
            description=lab.description,
            position=pos,
        )
    for rel in schema.relations:
        m.RelationType.create(
            name=rel.name,
            head=json.dumps(list(rel.head)),
            tail=json.dumps(list(rel.tail)),
            shortcut=rel.shortcut,
        )
