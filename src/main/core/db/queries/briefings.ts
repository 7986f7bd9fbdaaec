// SQL for briefings, their revisions and the citation index the deletion guard reads.
import type {
  BriefingId,
  BriefingRevisionId,
  BriefingRevisionSummary,
  BriefingSummary,
} from '../../../../shared/domain';
import type { DbReader, DbWriter } from '../connection';
import { sql } from '../sql';

interface BriefingRow {
  [column: string]: unknown;
  id: number;
  uid: string;
  title: string;
  author: string;
  handling: string;
  language: string;
  created_at: string;
  updated_at: string;
  citation_count: number;
}

/** A briefing row with its saved content (JSON text) and whether it was deleted. */
export interface StoredBriefing {
  summary: BriefingSummary;
  content: string;
  deletedAt: string | null;
}

const SUMMARY_COLUMNS = sql`id, uid, title, author, handling, language, created_at, updated_at,
  citation_count`;

const toSummary = (row: BriefingRow): BriefingSummary => ({
  id: row.id as BriefingId,
  uid: row.uid,
  title: row.title,
  author: row.author,
  handling: row.handling,
  language: row.language,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  citationCount: row.citation_count,
});

/** Briefings not deleted, the most recently changed first. */
export async function listBriefingSummaries(db: DbReader): Promise<BriefingSummary[]> {
  const rows = await db.all<BriefingRow>(sql`
    SELECT ${SUMMARY_COLUMNS} FROM briefings WHERE deleted_at IS NULL
    ORDER BY updated_at DESC, id DESC`);
  return rows.map(toSummary);
}

export async function getStoredBriefing(
  db: DbReader,
  id: BriefingId,
): Promise<StoredBriefing | undefined> {
  const row = await db.get<BriefingRow & { content: string; deleted_at: string | null }>(sql`
    SELECT ${SUMMARY_COLUMNS}, content, deleted_at FROM briefings WHERE id = ${id}`);
  return row && { summary: toSummary(row), content: row.content, deletedAt: row.deleted_at };
}

export interface NewBriefing {
  uid: string;
  title: string;
  author: string;
  handling: string;
  language: string;
  content: string;
  citationCount: number;
  now: string;
}

export async function insertBriefing(tx: DbWriter, briefing: NewBriefing): Promise<BriefingId> {
  const result = await tx.run(sql`
    INSERT INTO briefings (uid, title, author, handling, language, content, citation_count,
      created_at, updated_at)
    VALUES (${briefing.uid}, ${briefing.title}, ${briefing.author}, ${briefing.handling},
      ${briefing.language}, ${briefing.content}, ${briefing.citationCount}, ${briefing.now},
      ${briefing.now})`);
  return result.lastID as BriefingId;
}

export interface BriefingFields {
  title: string;
  author: string;
  handling: string;
  language: string;
}

export async function updateBriefingFields(
  tx: DbWriter,
  id: BriefingId,
  fields: BriefingFields,
  now: string,
): Promise<void> {
  await tx.run(sql`
    UPDATE briefings SET title = ${fields.title}, author = ${fields.author},
      handling = ${fields.handling}, language = ${fields.language}, updated_at = ${now}
    WHERE id = ${id}`);
}

export async function updateBriefingContent(
  tx: DbWriter,
  id: BriefingId,
  content: string,
  citationCount: number,
  now: string,
): Promise<void> {
  await tx.run(sql`
    UPDATE briefings SET content = ${content}, citation_count = ${citationCount},
      updated_at = ${now}
    WHERE id = ${id}`);
}

/** Makes the briefing's citation rows exactly these (quote_uid '' for a whole document). */
export async function replaceBriefingCitations(
  tx: DbWriter,
  id: BriefingId,
  citations: readonly { quoteUid: string | null; documentId: number }[],
): Promise<void> {
  await tx.run(sql`DELETE FROM briefing_citations WHERE briefing_id = ${id}`);
  if (citations.length === 0) return;
  const rows = citations.map((c) => [c.quoteUid ?? '', c.documentId]);
  await tx.run(sql`
    INSERT OR IGNORE INTO briefing_citations (briefing_id, quote_uid, document_id)
    SELECT ${id}, value ->> 0, value ->> 1 FROM json_each(${sql.json(rows)})`);
}

export async function setBriefingDeletedAt(
  tx: DbWriter,
  id: BriefingId,
  deletedAt: string | null,
): Promise<void> {
  await tx.run(sql`UPDATE briefings SET deleted_at = ${deletedAt} WHERE id = ${id}`);
}

export async function countBriefingsDeletedBefore(db: DbReader, before: string): Promise<number> {
  const row = await db.get<{ n: number }>(
    sql`SELECT count(*) AS n FROM briefings WHERE deleted_at < ${before}`,
  );
  return row?.n ?? 0;
}

/** Removes briefings deleted before `before`, with their revisions and citations (cascade). */
export async function purgeBriefingsDeletedBefore(tx: DbWriter, before: string): Promise<number> {
  const result = await tx.run(sql`DELETE FROM briefings WHERE deleted_at < ${before}`);
  return result.changes;
}

export type RevisionKind = 'autosave' | 'checkpoint';

export interface StoredRevision {
  id: BriefingRevisionId;
  title: string;
  content: string;
  kind: RevisionKind;
  startedAt: string;
  savedAt: string;
}

interface RevisionRow {
  [column: string]: unknown;
  id: number;
  title: string;
  content: string;
  kind: RevisionKind;
  started_at: string | null;
  saved_at: string;
}

const toRevision = (row: RevisionRow): StoredRevision => ({
  id: row.id as BriefingRevisionId,
  title: row.title,
  content: row.content,
  kind: row.kind,
  startedAt: row.started_at ?? row.saved_at,
  savedAt: row.saved_at,
});

export async function latestRevision(
  db: DbReader,
  briefingId: BriefingId,
): Promise<StoredRevision | undefined> {
  const row = await db.get<RevisionRow>(sql`
    SELECT id, title, content, kind, started_at, saved_at FROM briefing_revisions
    WHERE briefing_id = ${briefingId} ORDER BY saved_at DESC, id DESC LIMIT 1`);
  return row && toRevision(row);
}

export async function insertRevision(
  tx: DbWriter,
  briefingId: BriefingId,
  revision: { title: string; content: string; kind: RevisionKind; now: string },
): Promise<void> {
  await tx.run(sql`
    INSERT INTO briefing_revisions (briefing_id, title, content, kind, started_at, saved_at)
    VALUES (${briefingId}, ${revision.title}, ${revision.content}, ${revision.kind},
      ${revision.now}, ${revision.now})`);
}

/** Overwrites an autosave revision with a later autosave (its start time stays). */
export async function replaceRevision(
  tx: DbWriter,
  revisionId: BriefingRevisionId,
  revision: { title: string; content: string; now: string },
): Promise<void> {
  await tx.run(sql`
    UPDATE briefing_revisions SET title = ${revision.title}, content = ${revision.content},
      saved_at = ${revision.now}
    WHERE id = ${revisionId}`);
}

export async function markRevisionCheckpoint(
  tx: DbWriter,
  revisionId: BriefingRevisionId,
): Promise<void> {
  await tx.run(sql`UPDATE briefing_revisions SET kind = 'checkpoint' WHERE id = ${revisionId}`);
}

/** Newest first; size is the JSON's length in characters. */
export async function listRevisionSummaries(
  db: DbReader,
  briefingId: BriefingId,
): Promise<BriefingRevisionSummary[]> {
  const rows = await db.all<{ id: number; title: string; saved_at: string; size: number }>(sql`
    SELECT id, title, saved_at, length(content) AS size FROM briefing_revisions
    WHERE briefing_id = ${briefingId} ORDER BY saved_at DESC, id DESC`);
  return rows.map((row) => ({
    id: row.id as BriefingRevisionId,
    title: row.title,
    savedAt: row.saved_at,
    size: row.size,
  }));
}

export async function getRevision(
  db: DbReader,
  briefingId: BriefingId,
  revisionId: BriefingRevisionId,
): Promise<StoredRevision | undefined> {
  const row = await db.get<RevisionRow>(sql`
    SELECT id, title, content, kind, started_at, saved_at FROM briefing_revisions
    WHERE id = ${revisionId} AND briefing_id = ${briefingId}`);
  return row && toRevision(row);
}

/** What a cited document is, for source lists; sha256 is of its canonical text (see import). */
export interface CitedDocumentRow {
  [column: string]: unknown;
  id: number;
  title: string;
  outlet: string | null;
  published_at: string | null;
  language: string;
  file_name: string;
  sha256: string;
}

export async function citedDocuments(
  db: DbReader,
  ids: readonly number[],
): Promise<CitedDocumentRow[]> {
  return db.all<CitedDocumentRow>(sql`
    SELECT id, title, outlet, published_at, language, file_name, sha256 FROM documents
    WHERE id IN (SELECT value FROM json_each(${sql.json(ids)}))`);
}

/** A cited quote with its offsets and its document's language. */
export interface CitedQuoteRow {
  [column: string]: unknown;
  uid: string;
  document_id: number;
  start: number;
  end: number;
  text: string;
  language: string;
}

export async function citedQuotes(db: DbReader, uids: readonly string[]): Promise<CitedQuoteRow[]> {
  return db.all<CitedQuoteRow>(sql`
    SELECT q.uid, q.document_id, q.start, q."end", q.text, d.language
    FROM quotes q JOIN documents d ON d.id = q.document_id
    WHERE q.uid IN (SELECT value FROM json_each(${sql.json(uids)}))`);
}
