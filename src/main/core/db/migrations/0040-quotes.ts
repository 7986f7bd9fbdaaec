// The analyst's tags (a tree) and quotes: exact source words by offset into a document's
// immutable text, with the context that proves them, filed under tags.
import type { Migration } from './types';

export const quotes: Migration = {
  version: 40,
  name: 'quotes',
  sql: `
    CREATE TABLE tags (
      id INTEGER PRIMARY KEY,
      uid TEXT NOT NULL UNIQUE,
      parent_id INTEGER REFERENCES tags(id),
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      -- The name folded as search folds words: siblings may not share it (Mali / mali / Malí).
      name_key TEXT NOT NULL,
      color TEXT NOT NULL CHECK (color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (parent_id IS NULL OR parent_id <> id)
    ) STRICT;
    CREATE UNIQUE INDEX tags_sibling_name ON tags(coalesce(parent_id, 0), name_key);
    CREATE INDEX tags_parent ON tags(parent_id);

    CREATE TABLE quotes (
      id INTEGER PRIMARY KEY,
      uid TEXT NOT NULL UNIQUE,
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      start INTEGER NOT NULL CHECK (start >= 0),
      "end" INTEGER NOT NULL CHECK ("end" > start),
      text TEXT NOT NULL,
      prefix TEXT NOT NULL,
      suffix TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      translation_of INTEGER REFERENCES quotes(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX quotes_document ON quotes(document_id, start);
    CREATE INDEX quotes_translation_of ON quotes(translation_of);

    CREATE TABLE quote_tags (
      quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
      tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
      -- The order the user gave: the first tag colours the quote.
      position INTEGER NOT NULL,
      PRIMARY KEY (quote_id, tag_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX quote_tags_tag ON quote_tags(tag_id, quote_id);

    -- Words of each quote and its note, folded like sentence search; rowid = quotes.id.
    CREATE VIRTUAL TABLE quote_fts USING fts5(
      terms,
      content = '',
      contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 0'
    );
    CREATE TRIGGER quotes_delete_fts AFTER DELETE ON quotes
    BEGIN
      DELETE FROM quote_fts WHERE rowid = old.id;
    END;
  `,
};
