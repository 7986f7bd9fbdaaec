// SQL for the documents table. Query functions take the db handle first.
import type {
  DocumentId,
  DocumentSortKey,
  DocumentSummary,
  MetadataField,
  MetadataOrigin,
  TextEncodingName,
} from '../../../../shared/domain';
import type { DbReader, DbWriter } from '../connection';
import { lookupWords } from '../../../../shared/text/lookup';
import { sql, type SqlQuery } from '../sql';
import { documentLookupKey, refreshLookupKeys } from './lookupKey';

export interface NewDocument {
  fileName: string;
  /** The canonical text as a JSON string literal (see PreparedDocument). */
  textJson: string;
  chars: number;
  sha256: string;
  bodyFingerprint: string;
  nearDuplicateOf: DocumentId | null;
  encoding: TextEncodingName;
  bytes: number;
  importedAt: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  language: string;
  languageConfidence: number;
}

export interface DocumentFilter {
  language?: string | undefined;
  outlet?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Words that must each appear in the title, outlet or file name, as foldForLookup sees them. */
  text?: string | undefined;
}

export interface DocumentSort {
  key: DocumentSortKey;
  descending: boolean;
}

interface DocumentRow {
  [column: string]: unknown;
  id: number;
  file_name: string;
  sha256: string;
  near_duplicate_of: number | null;
  encoding: string;
  bytes: number;
  chars: number;
  imported_at: string;
  title: string;
  outlet: string | null;
  published_at: string | null;
  language: string;
  language_confidence: number;
  user_fields: string;
}

const SUMMARY_COLUMNS = sql`id, file_name, sha256, near_duplicate_of, encoding, bytes, chars,
  imported_at, title, outlet, published_at, language, language_confidence, user_fields`;

const METADATA_FIELDS: readonly MetadataField[] = ['title', 'outlet', 'publishedAt', 'language'];

function toSummary(row: DocumentRow): DocumentSummary {
  const userFields = new Set(row.user_fields.split(',').filter(Boolean));
  const metadataOrigin = Object.fromEntries(
    METADATA_FIELDS.map((field): [MetadataField, MetadataOrigin] => [
      field,
      userFields.has(field) ? 'user' : 'detected',
    ]),
  ) as Record<MetadataField, MetadataOrigin>;
  return {
    id: row.id as DocumentId,
    fileName: row.file_name,
    title: row.title,
    outlet: row.outlet,
    publishedAt: row.published_at,
    language: row.language,
    languageConfidence: row.language_confidence,
    encoding: row.encoding as TextEncodingName,
    bytes: row.bytes,
    chars: row.chars,
    sha256: row.sha256,
    importedAt: row.imported_at,
    nearDuplicateOf: row.near_duplicate_of as DocumentId | null,
    metadataOrigin,
  };
}

export async function nextDocumentId(tx: DbWriter): Promise<number> {
  const row = await tx.get<{ next: number }>(
    sql`SELECT coalesce(max(id), 0) + 1 AS next FROM documents`,
  );
  return row?.next ?? 1;
}

/** Inserts documents with ids chosen by the caller (it holds the write lock), in one statement. */
export async function insertDocuments(
  tx: DbWriter,
  documents: readonly (NewDocument & { id: DocumentId })[],
): Promise<void> {
  if (documents.length === 0) return;
  // One bound row per document (metadata as JSON, the text as the JSON literal it already is):
  // no string is built for the whole group, so nothing lands in V8's large-object space.
  const values = sql.join(
    documents.map((d) => {
      const metadata = JSON.stringify([
        d.id,
        d.fileName,
        d.sha256,
        d.bodyFingerprint,
        d.nearDuplicateOf,
        d.encoding,
        d.bytes,
        d.chars,
        d.importedAt,
        d.title,
        d.outlet,
        d.publishedAt,
        d.language,
        d.languageConfidence,
        documentLookupKey(d),
      ]);
      return sql`(${metadata}, ${d.textJson})`;
    }),
  );
  const rows = sql`WITH rows(m, text_json) AS MATERIALIZED (VALUES ${values})`;
  await tx.run(sql`
    ${rows}
    INSERT INTO documents (id, file_name, sha256, body_fingerprint, near_duplicate_of, encoding,
      bytes, chars, imported_at, title, outlet, published_at, language, language_confidence,
      detected_title, detected_outlet, detected_published_at, detected_language, lookup_key)
    SELECT m ->> 0, m ->> 1, m ->> 2, m ->> 3, m ->> 4, m ->> 5, m ->> 6, m ->> 7, m ->> 8,
      m ->> 9, m ->> 10, m ->> 11, m ->> 12, m ->> 13, m ->> 9, m ->> 10, m ->> 11, m ->> 12,
      m ->> 14
    FROM rows`);
  await tx.run(sql`
    ${rows}
    INSERT INTO document_texts (document_id, text) SELECT m ->> 0, text_json ->> '$' FROM rows`);
}

/** Stored documents with any of these texts (by sha256). */
export async function findDocumentsBySha256(
  db: DbReader,
  sha256s: readonly string[],
): Promise<Map<string, { id: DocumentId; title: string }>> {
  const rows = await db.all<{ id: DocumentId; title: string; sha256: string }>(sql`
    SELECT id, title, sha256 FROM documents
    WHERE sha256 IN (SELECT value FROM json_each(${sql.json(sha256s)}))`);
  return new Map(rows.map((row) => [row.sha256, { id: row.id, title: row.title }]));
}

/** For each body fingerprint, the oldest stored document with that body. */
export async function findDocumentsByBodyFingerprint(
  db: DbReader,
  fingerprints: readonly string[],
): Promise<Map<string, DocumentId>> {
  const rows = await db.all<{ id: DocumentId; body_fingerprint: string }>(sql`
    SELECT min(id) AS id, body_fingerprint FROM documents
    WHERE body_fingerprint IN (SELECT value FROM json_each(${sql.json(fingerprints)}))
    GROUP BY body_fingerprint`);
  return new Map(rows.map((row) => [row.body_fingerprint, row.id]));
}

function filterClause(filter: DocumentFilter): SqlQuery {
  const conditions: SqlQuery[] = [sql`1`];
  if (filter.language) conditions.push(sql`language = ${filter.language}`);
  if (filter.outlet) conditions.push(sql`outlet = ${filter.outlet}`);
  if (filter.from) conditions.push(sql`published_at >= ${filter.from}`);
  if (filter.to) conditions.push(sql`published_at <= ${filter.to}`);
  for (const word of lookupWords(filter.text ?? '')) {
    // The key is folded already; LIKE's own case folding is then idle but harmless.
    const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`lookup_key LIKE ${pattern} ESCAPE '\\'`);
  }
  return sql.join(conditions, ' AND ');
}

const SORT_COLUMNS: Record<DocumentSortKey, string> = {
  importedAt: 'imported_at',
  publishedAt: 'published_at',
  title: 'title',
  outlet: 'outlet',
  language: 'language',
  chars: 'chars',
};

/** Sort keys whose column may be NULL; those rows go last whatever the direction. */
const NULLABLE_SORT_KEYS: ReadonlySet<DocumentSortKey> = new Set(['publishedAt', 'outlet']);

const DEFAULT_SORT: DocumentSort = { key: 'importedAt', descending: true };

/**
 * The column, then id; rows without a value last. SQLite sorts NULL first, so only an ascending
 * sort of a nullable column needs the NULL test: written anywhere else it changes no order but
 * stops SQLite walking the column's index (see migration 0070).
 */
export function documentOrder(sort: DocumentSort): SqlQuery {
  const column = sql.identifier(SORT_COLUMNS[sort.key]);
  const direction = sort.descending ? sql`DESC` : sql`ASC`;
  const nullsLast =
    NULLABLE_SORT_KEYS.has(sort.key) && !sort.descending ? sql`${column} IS NULL, ` : sql``;
  return sql`${nullsLast}${column} ${direction}, id ${direction}`;
}

export async function listDocumentSummaries(
  db: DbReader,
  filter: DocumentFilter = {},
  sort: DocumentSort = DEFAULT_SORT,
): Promise<DocumentSummary[]> {
  const rows = await db.all<DocumentRow>(sql`
    SELECT ${SUMMARY_COLUMNS} FROM documents
    WHERE ${filterClause(filter)}
    ORDER BY ${documentOrder(sort)}`);
  return rows.map(toSummary);
}

export interface DocumentPage {
  rows: DocumentSummary[];
  /** How many documents match the filter, across all pages. */
  total: number;
}

/**
 * One window of the library, in listDocumentSummaries' order. The page is chosen over ids alone
 * (an index walk, or a sort of narrow rows), then only its rows are read whole.
 */
export async function listDocumentPage(
  db: DbReader,
  filter: DocumentFilter,
  sort: DocumentSort = DEFAULT_SORT,
  page: { offset: number; limit: number },
): Promise<DocumentPage> {
  const where = filterClause(filter);
  const order = documentOrder(sort);
  // Typed words match few rows and no index finds them: walking the sort's index would look each
  // row up in turn (100,000 random reads); one pass over the table, then a sort of the few, is
  // several times faster.
  const source = filter.text?.trim() ? sql`documents NOT INDEXED` : sql`documents`;
  const [rows, count] = await Promise.all([
    db.all<DocumentRow>(sql`
      WITH page(id) AS (
        SELECT id FROM ${source} WHERE ${where} ORDER BY ${order}
        LIMIT ${page.limit} OFFSET ${page.offset})
      SELECT ${SUMMARY_COLUMNS} FROM documents WHERE id IN (SELECT id FROM page)
      ORDER BY ${order}`),
    db.get<{ n: number }>(sql`SELECT count(*) AS n FROM documents WHERE ${where}`),
  ]);
  return { rows: rows.map(toSummary), total: count?.n ?? 0 };
}

export async function getDocumentSummary(
  db: DbReader,
  id: DocumentId,
): Promise<DocumentSummary | undefined> {
  const row = await db.get<DocumentRow>(
    sql`SELECT ${SUMMARY_COLUMNS} FROM documents WHERE id = ${id}`,
  );
  return row && toSummary(row);
}

/** Summaries of several documents, in one query. */
export async function getDocumentSummaries(
  db: DbReader,
  ids: readonly DocumentId[],
): Promise<DocumentSummary[]> {
  const rows = await db.all<DocumentRow>(sql`
    SELECT ${SUMMARY_COLUMNS} FROM documents
    WHERE id IN (SELECT value FROM json_each(${sql.json(ids)}))`);
  return rows.map(toSummary);
}

/** The canonical texts of several documents, in one query. */
export async function getDocumentTexts(
  db: DbReader,
  ids: readonly DocumentId[],
): Promise<Map<DocumentId, string>> {
  const rows = await db.all<{ id: DocumentId; text: string }>(
    sql`SELECT document_id AS id, text FROM document_texts
      WHERE document_id IN (SELECT value FROM json_each(${sql.json(ids)}))`,
  );
  return new Map(rows.map((row) => [row.id, row.text]));
}

export async function getDocumentText(db: DbReader, id: DocumentId): Promise<string | undefined> {
  const row = await db.get<{ text: string }>(
    sql`SELECT text FROM document_texts WHERE document_id = ${id}`,
  );
  return row?.text;
}

export async function countDocuments(db: DbReader): Promise<number> {
  const row = await db.get<{ n: number }>(sql`SELECT count(*) AS n FROM documents`);
  return row?.n ?? 0;
}

export async function libraryFacets(db: DbReader): Promise<{
  languages: { code: string; count: number }[];
  outlets: { name: string; count: number }[];
}> {
  const languages = await db.all<{ code: string; count: number }>(sql`
    SELECT language AS code, count(*) AS count FROM documents
    GROUP BY language ORDER BY count DESC, code`);
  const outlets = await db.all<{ name: string; count: number }>(sql`
    SELECT outlet AS name, count(*) AS count FROM documents WHERE outlet IS NOT NULL
    GROUP BY outlet ORDER BY count DESC, name`);
  return { languages, outlets };
}

const FIELD_COLUMNS: Record<MetadataField, string> = {
  title: 'title',
  outlet: 'outlet',
  publishedAt: 'published_at',
  language: 'language',
};

export type MetadataChanges = Partial<Record<MetadataField, string | null>>;

/** Applies user edits and records them by sha256 so they survive a re-import of the same text. */
export async function updateDocumentMetadata(
  tx: DbWriter,
  id: DocumentId,
  changes: MetadataChanges,
  now: string,
): Promise<boolean> {
  const current = await tx.get<{ sha256: string; user_fields: string }>(
    sql`SELECT sha256, user_fields FROM documents WHERE id = ${id}`,
  );
  if (!current) return false;
  const userFields = new Set(current.user_fields.split(',').filter(Boolean));
  const entries = Object.entries(changes) as [MetadataField, string | null][];
  for (const [field, value] of entries) {
    userFields.add(field);
    await tx.run(sql`
      INSERT INTO metadata_overrides (sha256, field, value, updated_at)
      VALUES (${current.sha256}, ${field}, ${value}, ${now})
      ON CONFLICT (sha256, field) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`);
  }
  const assignments = entries.map(
    ([field, value]) => sql`${sql.identifier(FIELD_COLUMNS[field])} = ${value}`,
  );
  await tx.run(sql`
    UPDATE documents SET ${sql.join(assignments)}, user_fields = ${[...userFields].sort().join(',')}
    WHERE id = ${id}`);
  await refreshLookupKeys(tx, [id]);
  return true;
}

/** Metadata a user set earlier for these texts (before a delete and re-import), by sha256. */
export async function metadataOverridesFor(
  db: DbReader,
  sha256s: readonly string[],
): Promise<Map<string, MetadataChanges>> {
  const found = new Map<string, MetadataChanges>();
  const rows = await db.all<{ sha256: string; field: MetadataField; value: string | null }>(sql`
    SELECT sha256, field, value FROM metadata_overrides
    WHERE sha256 IN (SELECT value FROM json_each(${sql.json(sha256s)}))`);
  for (const row of rows)
    found.set(row.sha256, { ...found.get(row.sha256), [row.field]: row.value });
  return found;
}

export async function deleteDocuments(tx: DbWriter, ids: readonly DocumentId[]): Promise<number> {
  const result = await tx.run(
    sql`DELETE FROM documents WHERE id IN (SELECT value FROM json_each(${sql.json(ids)}))`,
  );
  return result.changes;
}
