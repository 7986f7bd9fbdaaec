// SQL for segments and their search index rows.
import type {
  DocumentId,
  LanguageCode,
  Segment,
  SegmentId,
  SegmentKind,
} from '../../../../shared/domain';
import type { DbReader, DbWriter } from '../connection';
import { sql } from '../sql';

export interface NewSegment {
  kind: SegmentKind;
  start: number;
  end: number;
  paragraphIndex: number;
  language: LanguageCode;
  languageConfidence: number;
  boilerplate: boolean;
  /** FTS terms for sentences; null for paragraphs (they are not indexed on their own). */
  searchTerms: string | null;
}

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
 * Inserts segments with ids chosen by the caller and indexes the sentences under the same ids:
 * two statements, whatever the number of documents.
 */
export async function insertSegments(
  tx: DbWriter,
  segments: readonly (NewSegment & { id: number; documentId: DocumentId })[],
): Promise<void> {
  if (segments.length === 0) return;
  const rows = segments.map((s) => [
    s.id,
    s.documentId,
    s.kind,
    s.start,
    s.end,
    s.paragraphIndex,
    s.language,
    s.languageConfidence,
    s.boilerplate ? 1 : 0,
  ]);
  await tx.run(sql`
    INSERT INTO segments (id, document_id, kind, start, "end", paragraph_index, language,
      language_confidence, boilerplate)
    SELECT value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6,
      value->>7, value->>8
    FROM json_each(${sql.json(rows)})`);
  const indexed = segments.flatMap((s) => (s.searchTerms === null ? [] : [[s.id, s.searchTerms]]));
  if (indexed.length === 0) return;
  await tx.run(sql`
    INSERT INTO segment_fts (rowid, terms)
    SELECT value->>0, value->>1 FROM json_each(${sql.json(indexed)})`);
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
