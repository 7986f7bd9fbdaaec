// SQL for quotes, their tags and the words index over them.
import type {
  DocumentId,
  Quote,
  QuoteFilter,
  QuoteGrouping,
  QuoteId,
  QuoteRow,
  QuoteTotals,
  TagId,
} from '../../../../shared/domain';
import type { DbReader, DbWriter } from '../connection';
import { sql, type SqlQuery } from '../sql';

interface QuoteRowData {
  [column: string]: unknown;
  id: number;
  uid: string;
  document_id: number;
  start: number;
  end: number;
  text: string;
  prefix: string;
  suffix: string;
  note: string;
  tag_ids: string;
  translation_of: number | null;
  created_at: string;
  updated_at: string;
}

interface SourceColumns {
  [column: string]: unknown;
  title: string;
  outlet: string | null;
  published_at: string | null;
  language: string;
  file_name: string;
}

const QUOTE_COLUMNS = sql`q.id, q.uid, q.document_id, q.start, q."end", q.text, q.prefix, q.suffix,
  q.note, q.translation_of, q.created_at, q.updated_at,
  (SELECT json_group_array(tag_id) FROM
    (SELECT tag_id FROM quote_tags WHERE quote_id = q.id ORDER BY position)) AS tag_ids`;

const toQuote = (row: QuoteRowData): Quote => ({
  id: row.id as QuoteId,
  uid: row.uid,
  documentId: row.document_id as DocumentId,
  start: row.start,
  end: row.end,
  text: row.text,
  prefix: row.prefix,
  suffix: row.suffix,
  note: row.note,
  tagIds: JSON.parse(row.tag_ids) as TagId[],
  translationOf: row.translation_of as QuoteId | null,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export async function getQuote(db: DbReader, id: QuoteId): Promise<Quote | undefined> {
  const row = await db.get<QuoteRowData>(
    sql`SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE q.id = ${id}`,
  );
  return row ? toQuote(row) : undefined;
}

export async function getQuoteIdByUid(db: DbReader, uid: string): Promise<QuoteId | undefined> {
  const row = await db.get<{ id: number }>(sql`SELECT id FROM quotes WHERE uid = ${uid}`);
  return row?.id as QuoteId | undefined;
}

export async function quotesOfDocument(db: DbReader, documentId: DocumentId): Promise<Quote[]> {
  const rows = await db.all<QuoteRowData>(sql`
    SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE q.document_id = ${documentId}
    ORDER BY q.start, q."end" DESC`);
  return rows.map(toQuote);
}

export interface NewQuote {
  uid: string;
  documentId: DocumentId;
  start: number;
  end: number;
  text: string;
  prefix: string;
  suffix: string;
  note: string;
  translationOf: QuoteId | null;
  createdAt: string;
  updatedAt: string;
  /** Its words for the index (see search/terms.ts). */
  terms: string;
}

export async function insertQuote(tx: DbWriter, quote: NewQuote): Promise<QuoteId> {
  const result = await tx.run(sql`
    INSERT INTO quotes (uid, document_id, start, "end", text, prefix, suffix, note,
      translation_of, created_at, updated_at)
    VALUES (${quote.uid}, ${quote.documentId}, ${quote.start}, ${quote.end}, ${quote.text},
      ${quote.prefix}, ${quote.suffix}, ${quote.note}, ${quote.translationOf},
      ${quote.createdAt}, ${quote.updatedAt})`);
  const id = result.lastID as QuoteId;
  await tx.run(sql`INSERT INTO quote_fts (rowid, terms) VALUES (${id}, ${quote.terms})`);
  return id;
}

export async function updateQuoteRow(
  tx: DbWriter,
  id: QuoteId,
  quote: Omit<NewQuote, 'uid' | 'documentId' | 'translationOf' | 'createdAt'>,
): Promise<void> {
  await tx.run(sql`
    UPDATE quotes SET start = ${quote.start}, "end" = ${quote.end}, text = ${quote.text},
      prefix = ${quote.prefix}, suffix = ${quote.suffix}, note = ${quote.note},
      updated_at = ${quote.updatedAt}
    WHERE id = ${id}`);
  await tx.run(sql`DELETE FROM quote_fts WHERE rowid = ${id}`);
  await tx.run(sql`INSERT INTO quote_fts (rowid, terms) VALUES (${id}, ${quote.terms})`);
}

export async function setQuoteTags(tx: DbWriter, id: QuoteId, tagIds: readonly TagId[]) {
  await tx.run(sql`DELETE FROM quote_tags WHERE quote_id = ${id}`);
  if (tagIds.length === 0) return;
  await tx.run(sql`
    INSERT INTO quote_tags (quote_id, tag_id, position)
    SELECT ${id}, value, key FROM json_each(${JSON.stringify(tagIds)})`);
}

export async function deleteQuoteRows(tx: DbWriter, ids: readonly QuoteId[]): Promise<number> {
  const result = await tx.run(
    sql`DELETE FROM quotes WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
  );
  return result.changes;
}

export async function quotesByIds(db: DbReader, ids: readonly QuoteId[]): Promise<Quote[]> {
  const rows = await db.all<QuoteRowData>(sql`
    SELECT ${QUOTE_COLUMNS} FROM quotes q
    WHERE q.id IN (SELECT value FROM json_each(${JSON.stringify(ids)})) ORDER BY q.id`);
  return rows.map(toQuote);
}

/** The WHERE clause of a filter over quotes q joined to documents d; `match` is an FTS5 query. */
function filterClause(filter: QuoteFilter, match: string | null): SqlQuery {
  const parts: SqlQuery[] = [sql`1`];
  if (filter.tagId !== undefined) {
    parts.push(
      filter.includeSubtags === false
        ? sql`q.id IN (SELECT quote_id FROM quote_tags WHERE tag_id = ${filter.tagId})`
        : sql`q.id IN (
            WITH RECURSIVE subtree(id) AS (
              SELECT ${filter.tagId} UNION ALL SELECT t.id FROM tags t JOIN subtree s ON t.parent_id = s.id
            )
            SELECT quote_id FROM quote_tags WHERE tag_id IN subtree)`,
    );
  }
  if (filter.untagged) parts.push(sql`NOT EXISTS (SELECT 1 FROM quote_tags WHERE quote_id = q.id)`);
  if (filter.documentId !== undefined) parts.push(sql`q.document_id = ${filter.documentId}`);
  if (filter.outlet === null) parts.push(sql`coalesce(d.outlet, '') = ''`);
  else if (filter.outlet !== undefined) parts.push(sql`d.outlet = ${filter.outlet}`);
  if (filter.language !== undefined) parts.push(sql`d.language = ${filter.language}`);
  if (filter.from !== undefined) parts.push(sql`d.published_at >= ${filter.from}`);
  if (filter.to !== undefined) parts.push(sql`d.published_at <= ${filter.to}`);
  if (match !== null)
    parts.push(sql`q.id IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ${match})`);
  return sql.join(parts, ' AND ');
}

/** Order of rows: grouped by first tag (by name) or by document, then in source order. */
function orderClause(groupBy: QuoteGrouping): SqlQuery {
  return groupBy === 'tag'
    ? sql`(SELECT t.name_key FROM quote_tags qt JOIN tags t ON t.id = qt.tag_id
           WHERE qt.quote_id = q.id ORDER BY qt.position LIMIT 1) NULLS LAST, d.title, q.document_id, q.start`
    : sql`d.title, q.document_id, q.start`;
}

export async function listQuoteRows(
  db: DbReader,
  filter: QuoteFilter,
  match: string | null,
  options: { groupBy: QuoteGrouping; limit: number; offset: number },
): Promise<{ rows: QuoteRow[]; total: number }> {
  const where = filterClause(filter, match);
  const [rows, count] = await Promise.all([
    db.all<QuoteRowData & SourceColumns>(sql`
      SELECT ${QUOTE_COLUMNS}, d.title, d.outlet, d.published_at, d.language, d.file_name
      FROM quotes q JOIN documents d ON d.id = q.document_id
      WHERE ${where}
      ORDER BY ${orderClause(options.groupBy)}
      LIMIT ${options.limit} OFFSET ${options.offset}`),
    db.get<{ n: number }>(sql`
      SELECT count(*) AS n FROM quotes q JOIN documents d ON d.id = q.document_id WHERE ${where}`),
  ]);
  return {
    rows: rows.map((row) => ({
      ...toQuote(row),
      documentTitle: row.title,
      outlet: row.outlet,
      publishedAt: row.published_at,
      language: row.language,
      fileName: row.file_name,
    })),
    total: count?.n ?? 0,
  };
}

/**
 * Counts of filtered quotes per (tag, outlet or language): `n` under the tag itself, `subtree` under
 * the tag or any tag below it (a quote filed under a tag and its child counts once there). A quote
 * counts under each of its tags.
 */
export async function quoteCountsByTag(
  db: DbReader,
  filter: QuoteFilter,
  match: string | null,
  by: 'outlet' | 'language',
): Promise<{ tagId: number; column: string; n: number; subtree: number }[]> {
  const column = by === 'outlet' ? sql`coalesce(d.outlet, '')` : sql`d.language`;
  return db.all<{ tagId: number; column: string; n: number; subtree: number }>(sql`
    WITH RECURSIVE
      -- Every tag with itself and each of its ancestors: a few rows per tag, built once.
      lineage(tag_id, ancestor) AS (
        SELECT id, id FROM tags
        UNION ALL
        SELECT l.tag_id, t.parent_id FROM lineage l JOIN tags t ON t.id = l.ancestor
        WHERE t.parent_id IS NOT NULL
      ),
      -- Both materialised: the planner otherwise re-walks the lineage per quote (twice as slow).
      ancestry AS MATERIALIZED (SELECT tag_id, ancestor FROM lineage),
      filed(quote_id, tag_id, "column") AS MATERIALIZED (
        SELECT q.id, qt.tag_id, ${column}
        FROM quotes q JOIN documents d ON d.id = q.document_id JOIN quote_tags qt ON qt.quote_id = q.id
        WHERE ${filterClause(filter, match)}
      )
    SELECT l.ancestor AS tagId, f."column" AS "column", sum(l.ancestor = f.tag_id) AS n,
      count(DISTINCT f.quote_id) AS subtree
    FROM filed f JOIN ancestry l ON l.tag_id = f.tag_id
    GROUP BY l.ancestor, f."column"`);
}

/**
 * Every quote, the untagged ones, and per tag with sub-tags the quotes anywhere under it (each
 * once, however many of the subtree's tags it has), parents by id: one statement, so one
 * consistent snapshot.
 */
export async function quoteTotals(db: DbReader): Promise<QuoteTotals> {
  const row = await db.get<{ all: number; untagged: number; subtrees: string }>(sql`
    WITH RECURSIVE
      lineage(tag_id, ancestor) AS (
        SELECT id, id FROM tags
        UNION ALL
        SELECT l.tag_id, t.parent_id FROM lineage l JOIN tags t ON t.id = l.ancestor
        WHERE t.parent_id IS NOT NULL
      ),
      parents(id) AS (SELECT DISTINCT parent_id FROM tags WHERE parent_id IS NOT NULL),
      subtree(tag_id, quotes) AS (
        SELECT l.ancestor, count(DISTINCT qt.quote_id)
        FROM quote_tags qt JOIN lineage l ON l.tag_id = qt.tag_id
        WHERE l.ancestor IN (SELECT id FROM parents)
        GROUP BY l.ancestor
      )
    SELECT
      (SELECT count(*) FROM quotes) AS "all",
      (SELECT count(*) FROM quotes q
        WHERE NOT EXISTS (SELECT 1 FROM quote_tags WHERE quote_id = q.id)) AS untagged,
      (SELECT json_group_array(json_array(id, quotes)) FROM (
        SELECT p.id, coalesce(s.quotes, 0) AS quotes
        FROM parents p LEFT JOIN subtree s ON s.tag_id = p.id ORDER BY p.id)) AS subtrees`);
  const subtrees = JSON.parse(row?.subtrees ?? '[]') as [number, number][];
  return {
    all: row?.all ?? 0,
    untagged: row?.untagged ?? 0,
    subtrees: subtrees.map(([tagId, quotes]) => ({ tagId: tagId as TagId, quotes })),
  };
}

export async function documentExists(db: DbReader, id: DocumentId): Promise<boolean> {
  return (await db.get(sql`SELECT 1 AS found FROM documents WHERE id = ${id}`)) !== undefined;
}

export async function countQuotesOf(
  db: DbReader,
  documentIds: readonly DocumentId[],
): Promise<number> {
  const row = await db.get<{ n: number }>(sql`
    SELECT count(*) AS n FROM quotes
    WHERE document_id IN (SELECT value FROM json_each(${JSON.stringify(documentIds)}))`);
  return row?.n ?? 0;
}
