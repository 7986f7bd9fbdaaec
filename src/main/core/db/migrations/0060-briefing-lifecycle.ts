// Briefings can be deleted with undo (a soft delete, purged a day later), know their citation
// count, and revisions remember whether they were autosaves (which later autosaves may replace)
// or checkpoints (kept as they are).
import type { Migration } from './types';

export const briefingLifecycle: Migration = {
  version: 60,
  name: 'briefing-lifecycle',
  sql: `
    -- Set when the user deletes the briefing: it leaves the list and stops guarding what it cites.
    ALTER TABLE briefings ADD COLUMN deleted_at TEXT;
    CREATE INDEX briefings_deleted_at ON briefings(deleted_at) WHERE deleted_at IS NOT NULL;
    -- Citation marks and quote blocks in the content, kept at each save so listing briefings does
    -- not parse every one of them.
    ALTER TABLE briefings ADD COLUMN citation_count INTEGER NOT NULL DEFAULT 0;
    UPDATE briefings SET citation_count = (
      SELECT count(*) FROM json_tree(briefings.content)
      WHERE key = 'type' AND atom IN ('parallax-quote', 'parallax-citation'));

    ALTER TABLE briefing_revisions ADD COLUMN kind TEXT NOT NULL DEFAULT 'checkpoint'
      CHECK (kind IN ('autosave', 'checkpoint'));
    -- When an autosave revision was first written: later autosaves replace it for two minutes from
    -- then, so steady typing still leaves a revision every two minutes.
    ALTER TABLE briefing_revisions ADD COLUMN started_at TEXT;
    UPDATE briefing_revisions SET started_at = saved_at;
  `,
};
