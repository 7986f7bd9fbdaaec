// Which briefings cite which quotes and documents: what deleting them would break. Deleted
// briefings (waiting in the bin for their undo window) break nothing, so they do not count.
import type { DocumentId } from '../../../../shared/domain';
import type { DbReader } from '../connection';
import { sql } from '../sql';

export interface CitingBriefing {
  briefingId: number;
  title: string;
  citations: number;
}

/** Briefings citing any of these quotes (by uid). */
export async function briefingsCitingQuotes(
  db: DbReader,
  quoteUids: readonly string[],
): Promise<CitingBriefing[]> {
  return db.all<CitingBriefing & { [column: string]: unknown }>(sql`
    SELECT b.id AS briefingId, b.title, count(*) AS citations
    FROM briefing_citations c JOIN briefings b ON b.id = c.briefing_id
    WHERE c.quote_uid IN (SELECT value FROM json_each(${JSON.stringify(quoteUids)}))
      AND b.deleted_at IS NULL
    GROUP BY b.id ORDER BY b.title`);
}

/** Briefings citing any of these documents, directly or through one of their quotes. */
export async function briefingsCitingDocuments(
  db: DbReader,
  documentIds: readonly DocumentId[],
): Promise<CitingBriefing[]> {
  return db.all<CitingBriefing & { [column: string]: unknown }>(sql`
    SELECT b.id AS briefingId, b.title, count(*) AS citations
    FROM briefing_citations c JOIN briefings b ON b.id = c.briefing_id
    WHERE c.document_id IN (SELECT value FROM json_each(${JSON.stringify(documentIds)}))
      AND b.deleted_at IS NULL
    GROUP BY b.id ORDER BY b.title`);
}
