// Sentence alignments per document pair, and the user's corrections to them. The pair is stored
// once, lower document id first; corrections live apart so recomputing never loses them.
import type { Migration } from './types';

export const alignments: Migration = {
  version: 30,
  name: 'alignments',
  sql: `
    CREATE TABLE alignments (
      document_a INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      document_b INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      mode TEXT NOT NULL CHECK (mode IN ('translation', 'comparable')),
      -- 1 when the user chose the mode; recomputing then keeps it.
      mode_chosen INTEGER NOT NULL CHECK (mode_chosen IN (0, 1)),
      mode_reason TEXT NOT NULL,
      engine_version TEXT NOT NULL,
      computed_at TEXT NOT NULL,
      -- The engine's output as JSON [[a segment ids], [b segment ids], score, manual 0|1], read and
      -- written whole; derived from the texts and the corrections, so it can always be recomputed.
      links TEXT NOT NULL CHECK (json_valid(links)),
      PRIMARY KEY (document_a, document_b),
      CHECK (document_a < document_b)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX alignments_document_b ON alignments(document_b);

    CREATE TABLE alignment_corrections (
      document_a INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      document_b INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      -- {"links": [{"a": [ids], "b": [ids]}], "rejected": [{"a": id, "b": id}]}, a side first.
      corrections TEXT NOT NULL CHECK (json_valid(corrections)),
      updated_at TEXT NOT NULL,
      PRIMARY KEY (document_a, document_b),
      CHECK (document_a < document_b)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX alignment_corrections_document_b ON alignment_corrections(document_b);
  `,
};
