// SQL for segments and their search index rows.
import type { DocumentId, Segment, SegmentId, SegmentKind } from '../../../../shared/domain';
import type { DbReader, DbWriter } from '../connection';
import { sql } from '../sql';

/** A segment to store: ids are given when it is written; sentences carry their FTS terms. */
export type NewSegment = Omit<Segment, 'id'> & { searchTerms: string | null };

interface SegmentRow {
  [column: string]: unknown;
  id: number;
  kind: SegmentKind;
  start: number;
  end: number;
  paragraph_index: number;
  language: string;
  language_confidence: number;
  boilerplate: number;
}

export async function nextSegmentId(tx: DbWriter): Promise<number> {
  const row = await tx.get<{ next: number }>(
    sql`SELECT coalesce(max(id), 0) + 1 AS next FROM segments`,
  );
  return row?.next ?? 1;
}

/**
 * A document's segments as the JSON insertSegments reads: one tuple per segment, its index in the
 * document first. Made where the text is analysed (a worker thread), so the writer only splices.
 */
export function serialiseSegments(segments: readonly NewSegment[]): string {
  return JSON.stringify(
    segments.map((s, index) => [
      index,
      s.kind,
      s.start,
      s.end,
      s.paragraphIndex,
      s.language,
      s.languageConfidence,
      s.boilerplate ? 1 : 0,
      s.searchTerms,
    ]),
  );
}

export interface DocumentSegments {
  documentId: DocumentId;
  /** Segment i gets id firstSegmentId + i (the caller holds the write lock). */
  firstSegmentId: number;
  /** From serialiseSegments. */
  segmentsJson: string;
}

/**
 * Inserts the segments of several documents and indexes their sentences under the same ids: two
 * statements, whatever the number of documents.
 */
export async function insertSegments(
  tx: DbWriter,
  documents: readonly DocumentSegments[],
): Promise<void> {
  if (documents.length === 0) return;
  // One bound row per document; each document's fields are read once (MATERIALIZED).
  const values = sql.join(
    documents.map((d) => sql`(${d.documentId}, ${d.firstSegmentId}, ${d.segmentsJson})`),
  );
  const rows = sql`
    WITH docs(document_id, first_id, segments) AS MATERIALIZED (VALUES ${values}),
    rows AS MATERIALIZED (
      SELECT docs.first_id + (s.value ->> 0) AS id, docs.document_id, s.value AS segment
      FROM docs, json_each(docs.segments) AS s
    )`;
  await tx.run(sql`
    ${rows}
    INSERT INTO segments (id, document_id, kind, start, "end", paragraph_index, language,
      language_confidence, boilerplate)
    SELECT id, document_id, segment ->> 1, segment ->> 2, segment ->> 3, segment ->> 4,
      segment ->> 5, segment ->> 6, segment ->> 7
    FROM rows`);
  await tx.run(sql`
    ${rows}
    INSERT INTO segment_fts (rowid, terms)
    SELECT id, segment ->> 8 FROM rows WHERE segment ->> 8 IS NOT NULL`);
}

export async function listSegments(db: DbReader, documentId: DocumentId): Promise<Segment[]> {
  const rows = await db.all<SegmentRow>(sql`
    SELECT id, kind, start, "end", paragraph_index, language, language_confidence, boilerplate
    FROM segments
    WHERE document_id = ${documentId}
    ORDER BY start, kind = 'sentence'`);
  return rows.map((row) => ({
    id: row.id as SegmentId,
    kind: row.kind,
    start: row.start,
    end: row.end,
    paragraphIndex: row.paragraph_index,
    language: row.language,
    languageConfidence: row.language_confidence,
    boilerplate: row.boilerplate === 1,
  }));
}
