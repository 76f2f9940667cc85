"""The models speak no SQLite-only SQL: their DDL compiles for PostgreSQL (team server)."""

from __future__ import annotations

import peewee as pw

from civannot.models.tables import make_models


def test_models_compile_for_postgresql():
    db = pw.PostgresqlDatabase("civannot", autoconnect=False)  # never connected
    m = make_models(db)
    for model in m.all:
        sql, _ = model._schema._create_table().query()
        assert sql.startswith('CREATE TABLE IF NOT EXISTS "')
        assert "AUTOINCREMENT" not in sql and "WITHOUT ROWID" not in sql
        for idx in model._schema._create_indexes():
            idx.query()
    span_sql = m.Span._schema._create_table().query()[0]
    assert '"id" SERIAL NOT NULL PRIMARY KEY' in span_sql
    assert "REFERENCES" in span_sql
