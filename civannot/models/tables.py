"""Peewee models for the glossary of DESIGN.md §3.

Models are made per database (`make_models`) rather than bound globally, so that two projects can
be open at once (a lead's project and a bundle being merged into it). Nothing here uses SQL that
only SQLite speaks; full-text search is created by the migrations where the backend has it.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import peewee as pw


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


SCHEMA_VERSION = 5  # the newest; migrations.py brings older files up to it


def make_models(db: pw.Database, version: int = SCHEMA_VERSION) -> SimpleNamespace:
    """The models as they stood at schema `version` (migrations create old versions exactly)."""

    def since(v: int, field: pw.Field) -> pw.Field | None:
        return field if version >= v else None

    class Base(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class ProjectMeta(Base):
        key = pw.CharField(primary_key=True, max_length=64)
        value = pw.TextField()  # JSON

    class Label(Base):
        name = pw.CharField(unique=True, max_length=64)
        kind = pw.CharField(max_length=16)  # entity | directive
        colour = pw.CharField(max_length=7)
        shortcut = pw.CharField(max_length=4, default="")
        description = pw.TextField(default="")
        position = pw.IntegerField(default=0)

    class RelationType(Base):
        name = pw.CharField(unique=True, max_length=64)
        head = pw.TextField()  # JSON list of label names
        tail = pw.TextField()
        shortcut = pw.CharField(max_length=4, default="")

    class Document(Base):
        external_id = pw.CharField(unique=True, max_length=255)
        title = pw.CharField(max_length=255, default="")
        source = pw.CharField(max_length=1024, default="")
        date = pw.CharField(max_length=32, default="")
        length = pw.IntegerField(default=0)  # clean code points
        # NULL: the raw text is the clean text (most documents; schema 5), read through
        # COALESCE(raw, clean) by Project; before schema 5 every row held its copy
        raw = pw.TextField(null=True) if version >= 5 else pw.TextField()  # type: ignore[assignment]
        clean = pw.TextField()
        offset_map = pw.TextField(null=True)  # serialised OffsetMap; NULL = identity
        meta = pw.TextField(default="{}")
        flags = pw.TextField(default="[]")
        flag_count = since(2, pw.IntegerField(default=0))
        content_hash = pw.CharField(max_length=64, index=True)
        created = pw.DateTimeField(default=utcnow)

    class Layer(Base):
        name = pw.CharField(unique=True, max_length=128)
        kind = pw.CharField(max_length=16, default="annotator")  # annotator | auto | gold

    class Span(Base):
        document = pw.ForeignKeyField(Document, on_delete="CASCADE", backref="spans")
        layer = pw.ForeignKeyField(Layer, on_delete="CASCADE", backref="spans")
        start = pw.IntegerField()
        end = pw.IntegerField()
        label = pw.CharField(max_length=64)
        text = pw.TextField(default="")
        origin = pw.CharField(max_length=16, default="manual")
        author = pw.CharField(max_length=128, default="")
        confidence = since(2, pw.FloatField(null=True))
        created = pw.DateTimeField(default=utcnow)
        updated = pw.DateTimeField(default=utcnow)
        # Identity across project files (bundles, a server): the row id is local to one file.
        uid = since(3, pw.CharField(max_length=32, null=True, unique=True))
        # What made a suggestion: a rule id, a gazetteer/lexicon entry or model:version.
        provenance = since(3, pw.CharField(max_length=255, null=True, default=""))

        class Meta:
            indexes = ((("document", "layer", "start"), False),)

    class Relation(Base):
        document = pw.ForeignKeyField(Document, on_delete="CASCADE")
        layer = pw.ForeignKeyField(Layer, on_delete="CASCADE")
        type = pw.CharField(max_length=64)
        head = pw.ForeignKeyField(Span, on_delete="CASCADE", backref="+")
        tail = pw.ForeignKeyField(Span, on_delete="CASCADE", backref="+")
        author = pw.CharField(max_length=128, default="")
        created = pw.DateTimeField(default=utcnow)
        uid = since(3, pw.CharField(max_length=32, null=True, unique=True))
        provenance = since(3, pw.CharField(max_length=255, null=True, default=""))
        confidence = since(3, pw.FloatField(null=True))
        updated = since(3, pw.DateTimeField(null=True, default=utcnow))

        class Meta:
            indexes = ((("document", "layer"), False),)

    class Assignment(Base):
        document = pw.ForeignKeyField(Document, on_delete="CASCADE")
        annotator = pw.CharField(max_length=128)
        status = pw.CharField(max_length=16, default="todo")  # todo | in_progress | done
        assigned = since(2, pw.BooleanField(default=False))  # handed out by the lead
        updated = pw.DateTimeField(default=utcnow)

        class Meta:
            indexes = ((("document", "annotator"), True),)

    class SpanHistory(Base):
        """Append-only: every span change, who, when, before and after (JSON)."""

        document = pw.IntegerField(index=True)
        layer = pw.CharField(max_length=128)
        span_id = pw.IntegerField(null=True)
        action = pw.CharField(max_length=16)  # add | remove | change | relation+ | relation-
        before = pw.TextField(null=True)
        after = pw.TextField(null=True)
        author = pw.CharField(max_length=128, default="")
        source = since(2, pw.CharField(max_length=255, default="session"))
        at = pw.DateTimeField(default=utcnow)
        uid = since(3, pw.CharField(max_length=32, null=True, index=True))  # span/relation uid

    class Counter(Base):
        """Row ids handed out in blocks (store.ids): never MAX(id)+1, never reused, so two
        writers cannot collide and undo/redo can re-create a row under its old id."""

        name = pw.CharField(primary_key=True, max_length=64)
        value = pw.BigIntegerField(default=0)

    class Comment(Base):
        """A note on a document (span_uid NULL) or on one span, by its author."""

        uid = pw.CharField(max_length=32, unique=True)
        document = pw.ForeignKeyField(Document, on_delete="CASCADE")
        layer = pw.CharField(max_length=128, default="")
        span_uid = pw.CharField(max_length=32, null=True, index=True)
        author = pw.CharField(max_length=128, default="")
        text = pw.TextField(default="")
        created = pw.DateTimeField(default=utcnow)
        updated = pw.DateTimeField(default=utcnow)

    class MergeLog(Base):
        """One bundle merge: which copy (bundle id, generation), when, its report, and the
        operations that undo it (`civannot bundle undo`)."""

        bundle = pw.CharField(max_length=64, index=True)
        annotator = pw.CharField(max_length=128)
        generation = pw.IntegerField(default=0)
        saved = pw.CharField(max_length=32, default="")  # the bundle's last commit time
        merged = pw.DateTimeField(default=utcnow)
        report = pw.TextField(default="{}")
        undo = pw.TextField(default="[]")
        undone = pw.BooleanField(default=False)

    class LearnedModel(Base):
        """A suggestion model trained in the app (issue: learning), versioned."""

        name = pw.CharField(max_length=64)
        version = pw.IntegerField()
        created = pw.DateTimeField(default=utcnow)
        data = pw.TextField()  # base64: BLOB columns need the PostgreSQL driver at import
        info = pw.TextField(default="{}")

        class Meta:
            indexes = ((("name", "version"), True),)

    v3 = [Counter, Comment, MergeLog, LearnedModel] if version >= 3 else []
    return SimpleNamespace(
        Base=Base,
        ProjectMeta=ProjectMeta,
        Label=Label,
        RelationType=RelationType,
        Document=Document,
        Layer=Layer,
        Span=Span,
        Relation=Relation,
        Assignment=Assignment,
        SpanHistory=SpanHistory,
        Counter=Counter,
        Comment=Comment,
        MergeLog=MergeLog,
        LearnedModel=LearnedModel,
        all=[
            ProjectMeta,
            Label,
            RelationType,
            Document,
            Layer,
            Span,
            Relation,
            Assignment,
            SpanHistory,
            *v3,
        ],
    )
