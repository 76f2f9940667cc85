"""A team server on PostgreSQL: roles the database enforces, and moving projects in and out."""
