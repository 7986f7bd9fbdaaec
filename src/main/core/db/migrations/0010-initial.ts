// Documents (immutable canonical text + metadata), their segments, and the sentence search index.
import type { Migration } from './types';

export const initial: Migration = {
  version: 10,
  name: 'initial',
  sql: `
    CREATE TABLE documents (
      id INTEGER PRIMARY KEY,
      file_name TEXT NOT NULL,
      sha256 TEXT NOT NULL UNIQUE,
      body_fingerprint TEXT NOT NULL,
      near_duplicate_of INTEGER REFERENCES documents(id) ON DELETE SET NULL,
      encoding TEXT NOT NULL,
      bytes INTEGER NOT NULL,
      chars INTEGER NOT NULL,
      imported_at TEXT NOT NULL,
      title TEXT NOT NULL,
      outlet TEXT,
      published_at TEXT,
      language TEXT NOT NULL,
      language_confidence REAL NOT NULL,
      -- What the importer found, kept so a user edit can be undone.
      detected_title TEXT NOT NULL,
      detected_outlet TEXT,
      detected_published_at TEXT,
      detected_language TEXT NOT NULL
    ) STRICT;
    CREATE INDEX documents_body_fingerprint ON documents(body_fingerprint);
    CREATE INDEX documents_imported_at ON documents(imported_at);
    CREATE INDEX documents_language ON documents(language);
    CREATE INDEX documents_outlet ON documents(outlet);
    CREATE INDEX documents_published_at ON documents(published_at);

    -- The immutable canonical text, apart from the metadata: listing or sorting 100,000 documents
    -- must not read 400 MB of text pages.
    CREATE TABLE document_texts (
      document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
      text TEXT NOT NULL
    ) STRICT;

    CREATE TABLE segments (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('paragraph', 'sentence')),
      start INTEGER NOT NULL CHECK (start >= 0),
      "end" INTEGER NOT NULL CHECK ("end" > start),
      paragraph_index INTEGER NOT NULL,
      language TEXT NOT NULL,
      language_confidence REAL NOT NULL,
      boilerplate INTEGER NOT NULL CHECK (boilerplate IN (0, 1))
    ) STRICT;
    CREATE INDEX segments_document ON segments(document_id, start);

    -- Contentless: the terms are a normalised copy of each sentence; rowid = segments.id.
    CREATE VIRTUAL TABLE segment_fts USING fts5(
      terms,
      content = '',
      contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 0'
    );
    CREATE TRIGGER segments_delete_fts AFTER DELETE ON segments
    WHEN old.kind = 'sentence'
    BEGIN
      DELETE FROM segment_fts WHERE rowid = old.id;
    END;
  `,
};
