// Metadata the user typed, keyed by the text's sha256 so an edit survives deleting and
// re-importing the same file; plus which fields of a document are the user's.
import type { Migration } from './types';

export const metadataOverrides: Migration = {
  version: 20,
  name: 'metadata-overrides',
  sql: `
    CREATE TABLE metadata_overrides (
      sha256 TEXT NOT NULL,
      field TEXT NOT NULL CHECK (field IN ('title', 'outlet', 'publishedAt', 'language')),
      value TEXT,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (sha256, field)
    ) STRICT, WITHOUT ROWID;
    -- Comma-separated metadata fields whose value the user set ('' when all are detected).
    ALTER TABLE documents ADD COLUMN user_fields TEXT NOT NULL DEFAULT '';
  `,
};
