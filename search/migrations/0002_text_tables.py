"""The text table each database engine matches against (see search.backends.database).

SQLite: an FTS5 table of French stems (stemmed in Python, search.analysis).
PostgreSQL: tsvectors built with the `french` configuration, GIN-indexed, and the
trigram extension that "Vouliez-vous dire" uses on the words of the index.
"""

from django.db import migrations

SQLITE = [
    (
        "CREATE VIRTUAL TABLE rhinocc_search_fts USING fts5("
        "title, body, title_words, tokenize = 'unicode61 remove_diacritics 2')",
        "DROP TABLE rhinocc_search_fts",
    ),
]
POSTGRESQL = [
    ("CREATE EXTENSION IF NOT EXISTS pg_trgm", ""),
    (
        # No foreign key: Django's flush (restore) truncates the entries without knowing
        # this table; search.indexing deletes its rows with their entries.
        "CREATE TABLE rhinocc_search_fts ("
        "page_id integer PRIMARY KEY, "
        "document tsvector NOT NULL, title_words tsvector NOT NULL)",
        "DROP TABLE rhinocc_search_fts",
    ),
    (
        "CREATE INDEX rhinocc_search_fts_document ON rhinocc_search_fts USING gin (document)",
        "",
    ),
    (
        "CREATE INDEX rhinocc_search_fts_title_words "
        "ON rhinocc_search_fts USING gin (title_words)",
        "",
    ),
    (
        "CREATE INDEX rhinocc_search_word_trigram "
        "ON rhinocc_search_searchword USING gin (word gin_trgm_ops)",
        "DROP INDEX rhinocc_search_word_trigram",
    ),
]


def statements(schema_editor, forwards: bool) -> list[str]:
    pairs = POSTGRESQL if schema_editor.connection.vendor == "postgresql" else SQLITE
    if not forwards:
        pairs = reversed(pairs)
    return [pair[0 if forwards else 1] for pair in pairs]


def create_tables(apps, schema_editor):
    for sql in statements(schema_editor, forwards=True):
        schema_editor.execute(sql)


def drop_tables(apps, schema_editor):
    for sql in statements(schema_editor, forwards=False):
        if sql:
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("rhinocc_search", "0001_search_index")]

    operations = [migrations.RunPython(create_tables, drop_tables)]
