// SQL for the sentence search index.
import type { DocumentId, SegmentId } from '../../../../shared/domain';
import type { DbReader } from '../connection';
import { sql, type SqlQuery } from '../sql';

export interface MatchedSentence {
  [column: string]: unknown;
  segmentId: SegmentId;
  documentId: DocumentId;
  start: number;
  end: number;
  language: string;
  boilerplate: number;
  /** Lower is better (bm25, or the sentence's length). */
  rank: number;
}

/**
 * How sentences are ranked: FTS5's bm25, or sentence length (shorter first). For a very common
 * word bm25's idf part costs a scan of the word's whole doclist, yet is the same for every
 * candidate, and with one occurrence per sentence what is left of bm25 is length normalisation.
 */
export type SentenceRanking = 'bm25' | 'length';

const RANK_EXPRESSIONS: Record<SentenceRanking, SqlQuery> = {
  bm25: sql`bm25(segment_fts)`,
  length: sql`s."end" - s.start`,
};

/** Whether more than `atMost` sentences match (cheap: no ranking, stops early). */
export async function matchesMoreThan(
  db: DbReader,
  match: string,
  atMost: number,
): Promise<boolean> {
  const row = await db.get<{ n: number }>(sql`
    SELECT count(*) AS n FROM (
      SELECT rowid FROM segment_fts WHERE segment_fts MATCH ${match}
      ORDER BY rowid DESC LIMIT ${atMost + 1}
    )`);
  return (row?.n ?? 0) > atMost;
}

/**
 * The newest `window` sentences matching `match`, with their rank (lower is better). Walking the
 * index in rowid order lets FTS5 stop after `window` rows, so a query matching a million
 * sentences costs no more than one matching a thousand; the caller ranks inside that window.
 */
export async function matchSentences(
  db: DbReader,
  match: string,
  options: { window: number; includeBoilerplate: boolean; ranking: SentenceRanking },
): Promise<MatchedSentence[]> {
  const boilerplate = options.includeBoilerplate ? sql`` : sql`AND s.boilerplate = 0`;
  return db.all<MatchedSentence>(sql`
    SELECT s.id AS segmentId, s.document_id AS documentId, s.start AS start, s."end" AS "end",
      s.language AS language, s.boilerplate AS boilerplate,
      ${RANK_EXPRESSIONS[options.ranking]} AS rank
    FROM segment_fts JOIN segments s ON s.id = segment_fts.rowid
    WHERE segment_fts MATCH ${match} ${boilerplate}
    ORDER BY segment_fts.rowid DESC
    LIMIT ${options.window}`);
}
