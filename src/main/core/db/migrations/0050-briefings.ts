// Briefings: the analyst's drafts (an editor state as JSON), their saved revisions, and which
// quotes and documents each one cites. Citations name quotes by uid and are not foreign keys:
// a cited quote that is deleted (after the user confirmed) leaves a citation the briefing can
// show as broken instead of one that silently disappears.
import type { Migration } from './types';

export const briefings: Migration = {
  version: 50,
  name: 'briefings',
  sql: `
    CREATE TABLE briefings (
      id INTEGER PRIMARY KEY,
      uid TEXT NOT NULL UNIQUE,
      title TEXT NOT NULL,
      author TEXT NOT NULL DEFAULT '',
      -- The handling line printed on every page ("UNCLASSIFIED // FOR INTERNAL USE").
      handling TEXT NOT NULL DEFAULT '',
      language TEXT NOT NULL DEFAULT 'en',
      content TEXT NOT NULL CHECK (json_valid(content)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE briefing_revisions (
      id INTEGER PRIMARY KEY,
      briefing_id INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
      title TEXT NOT NULL,
      content TEXT NOT NULL CHECK (json_valid(content)),
      saved_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX briefing_revisions_briefing ON briefing_revisions(briefing_id, saved_at);

    CREATE TABLE briefing_citations (
      briefing_id INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
      -- A quote cited by uid, or a whole document (quote_uid '').
      quote_uid TEXT NOT NULL,
      document_id INTEGER NOT NULL,
      PRIMARY KEY (briefing_id, quote_uid, document_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX briefing_citations_quote ON briefing_citations(quote_uid);
    CREATE INDEX briefing_citations_document ON briefing_citations(document_id);
  `,
};
