// SQL for the sentence search index.
import type { DocumentId, SegmentId } from '../../../../shared/domain';
import type { DbReader } from '../connection';
import { sql } from '../sql';

export interface MatchedSentence {
  [column: string]: unknown;
  segmentId: SegmentId;
  documentId: DocumentId;
  start: number;
  end: number;
  language: string;
  boilerplate: number;
  /** FTS5 bm25: lower is better. */
  rank: number;
}

/**
 * The newest `window` sentences matching `match`, with their bm25 rank. Walking the index in rowid
 * order lets FTS5 stop after `window` rows, so a query matching a million sentences costs no more
 * than one matching a thousand; the caller ranks inside that window.
 */
export async function matchSentences(
  db: DbReader,
  match: string,
  options: { window: number; includeBoilerplate: boolean },
): Promise<MatchedSentence[]> {
  const boilerplate = options.includeBoilerplate ? sql`` : sql`AND s.boilerplate = 0`;
  return db.all<MatchedSentence>(sql`
    SELECT s.id AS segmentId, s.document_id AS documentId, s.start AS start, s."end" AS "end",
      s.language AS language, s.boilerplate AS boilerplate, bm25(segment_fts) AS rank
    FROM segment_fts JOIN segments s ON s.id = segment_fts.rowid
    WHERE segment_fts MATCH ${match} ${boilerplate}
    ORDER BY segment_fts.rowid DESC
    LIMIT ${options.window}`);
}
