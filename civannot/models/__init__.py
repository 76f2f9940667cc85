"""Storage: peewee models, opening a project database, numbered migrations."""
