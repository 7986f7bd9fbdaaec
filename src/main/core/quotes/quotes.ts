// Quotes: validated spans of a document's immutable text, with the exact words and their context,
// filed under tags. Every refused call names its reason and stores nothing.
import { randomUUID } from 'node:crypto';
import type {
  DeletedQuote,
  DocumentId,
  Quote,
  QuoteFilter,
  QuoteGrouping,
  QuoteId,
  QuoteMatrix,
  QuoteRow,
  QuoteTotals,
  TagId,
} from '../../../shared/domain';
import { ParallaxError } from '../../../shared/errors';
import { quoteContext, spanProblem } from '../../../shared/quotes/spans';
import type { CaseDatabase, DbReader, DbWriter } from '../db/connection';
import {
  briefingsCitingDocuments,
  briefingsCitingQuotes,
  type CitingBriefing,
} from '../db/queries/citations';
import { getDocumentText } from '../db/queries/documents';
import {
  countQuotesOf,
  deleteQuoteRows,
  getQuote,
  getQuoteIdByUid,
  insertQuote,
  listQuoteRows,
  quoteCountsByTag,
  quoteTotals,
  quotesByIds,
  quotesOfDocument,
  setQuoteTags,
  updateQuoteRow,
} from '../db/queries/quotes';
import { getTag, listTags } from '../db/queries/tags';
import { buildMatchExpression, indexTerms } from '../search/terms';
import { tagNamed } from './tags';

export interface QuoteInput {
  documentId: DocumentId;
  start: number;
  end: number;
  tagIds?: readonly TagId[] | undefined;
  newTags?: readonly string[] | undefined;
  note?: string | undefined;
}

export interface QuoteChanges {
  start?: number | undefined;
  end?: number | undefined;
  tagIds?: readonly TagId[] | undefined;
  newTags?: readonly string[] | undefined;
  note?: string | undefined;
}

async function textOrThrow(db: DbReader, documentId: DocumentId): Promise<string> {
  const text = await getDocumentText(db, documentId);
  if (text === undefined) {
    throw new ParallaxError(
      'not-found',
      `There is no document ${documentId} in this case (it may have been deleted).`,
    );
  }
  return text;
}

function checkSpan(text: string, start: number, end: number): void {
  const problem = spanProblem(text, start, end);
  if (problem) throw new ParallaxError('invalid-input', `Cannot quote this span: ${problem}`);
}

/** The tags as given, then the named ones (created at the top when new), each once. */
async function resolveTags(
  tx: DbWriter,
  tagIds: readonly TagId[],
  newTags: readonly string[],
): Promise<TagId[]> {
  for (const id of tagIds) {
    if (!(await getTag(tx, id))) {
      throw new ParallaxError('not-found', `There is no tag ${id} (it may have been deleted).`);
    }
  }
  const named: TagId[] = [];
  for (const name of newTags) named.push(await tagNamed(tx, name));
  return [...new Set([...tagIds, ...named])];
}

async function quoteOrThrow(db: DbReader, id: QuoteId): Promise<Quote> {
  const quote = await getQuote(db, id);
  if (!quote)
    throw new ParallaxError('not-found', `There is no quote ${id} (it may have been deleted).`);
  return quote;
}

const termsOf = (text: string, note: string): string => indexTerms(`${text}\n${note}`);

export async function insertValidatedQuote(
  tx: DbWriter,
  input: QuoteInput & { translationOf?: QuoteId | null; uid?: string; createdAt?: string },
): Promise<QuoteId> {
  const text = await textOrThrow(tx, input.documentId);
  checkSpan(text, input.start, input.end);
  const tagIds = await resolveTags(tx, input.tagIds ?? [], input.newTags ?? []);
  const now = new Date().toISOString();
  const note = input.note ?? '';
  const context = quoteContext(text, input.start, input.end);
  const id = await insertQuote(tx, {
    uid: input.uid ?? randomUUID(),
    documentId: input.documentId,
    start: input.start,
    end: input.end,
    ...context,
    note,
    translationOf: input.translationOf ?? null,
    createdAt: input.createdAt ?? now,
    updatedAt: now,
    terms: termsOf(context.text, note),
  });
  await setQuoteTags(tx, id, tagIds);
  return id;
}

export class QuoteService {
  constructor(private readonly db: CaseDatabase) {}

  async create(input: QuoteInput): Promise<Quote> {
    const id = await this.db.transaction((tx) => insertValidatedQuote(tx, input));
    return quoteOrThrow(this.db.reader, id);
  }

  async update(id: QuoteId, changes: QuoteChanges): Promise<Quote> {
    await this.db.transaction(async (tx) => {
      const quote = await quoteOrThrow(tx, id);
      const start = changes.start ?? quote.start;
      const end = changes.end ?? quote.end;
      const note = changes.note ?? quote.note;
      const text = await textOrThrow(tx, quote.documentId);
      checkSpan(text, start, end);
      if (changes.tagIds !== undefined || changes.newTags !== undefined) {
        const tagIds = await resolveTags(tx, changes.tagIds ?? quote.tagIds, changes.newTags ?? []);
        await setQuoteTags(tx, id, tagIds);
      }
      const context = quoteContext(text, start, end);
      await updateQuoteRow(tx, id, {
        start,
        end,
        ...context,
        note,
        updatedAt: new Date().toISOString(),
        terms: termsOf(context.text, note),
      });
    });
    return quoteOrThrow(this.db.reader, id);
  }

  async delete(
    ids: readonly QuoteId[],
    options: { confirmCited?: boolean | undefined } = {},
  ): Promise<{ deleted: DeletedQuote[] }> {
    return this.db.transaction(async (tx) => {
      const quotes = await quotesByIds(tx, ids);
      const missing = ids.filter((id) => !quotes.some((q) => q.id === id));
      if (missing.length > 0) {
        throw new ParallaxError(
          'not-found',
          `There is no quote ${missing.join(', ')}; nothing was deleted.`,
        );
      }
      if (!options.confirmCited) {
        refuseIfCited(
          await briefingsCitingQuotes(
            tx,
            quotes.map((q) => q.uid),
          ),
          quotes.length === 1 ? 'This quote is' : 'These quotes are',
        );
      }
      const uidOf = new Map(quotes.map((q) => [q.id as number, q.uid]));
      const originals = await quotesByIds(
        tx,
        quotes.flatMap((q) => (q.translationOf === null ? [] : [q.translationOf])),
      );
      for (const original of originals) uidOf.set(original.id, original.uid);
      await deleteQuoteRows(tx, ids);
      return {
        deleted: quotes.map(({ id: _id, translationOf, ...rest }) => ({
          ...rest,
          translationOfUid: translationOf === null ? null : (uidOf.get(translationOf) ?? null),
        })),
      };
    });
  }

  /** Puts deleted quotes back as they were (same uid, tags that still exist, links). */
  async restore(quotes: readonly DeletedQuote[]): Promise<Quote[]> {
    const ids = await this.db.transaction(async (tx) => {
      const restored: QuoteId[] = [];
      const existingTags = new Set((await listTags(tx)).map((t) => t.id as number));
      // Originals first, so a translation finds the quote it translates.
      const ordered = [...quotes].sort(
        (x, y) => Number(x.translationOfUid !== null) - Number(y.translationOfUid !== null),
      );
      for (const quote of ordered) {
        if (await getQuoteIdByUid(tx, quote.uid)) {
          throw new ParallaxError(
            'invalid-input',
            `Quote ${quote.uid} is already there; nothing was restored.`,
          );
        }
        const translationOf =
          quote.translationOfUid === null
            ? null
            : ((await getQuoteIdByUid(tx, quote.translationOfUid)) ?? null);
        restored.push(
          await insertValidatedQuote(tx, {
            documentId: quote.documentId,
            start: quote.start,
            end: quote.end,
            note: quote.note,
            tagIds: quote.tagIds.filter((id) => existingTags.has(id)),
            uid: quote.uid,
            createdAt: quote.createdAt,
            translationOf,
          }),
        );
      }
      return restored;
    });
    return quotesByIds(this.db.reader, ids);
  }

  async countOf(
    documentIds: readonly DocumentId[],
  ): Promise<{ quotes: number; citedBy: { title: string; citations: number }[] }> {
    const [quotes, citing] = await Promise.all([
      countQuotesOf(this.db.reader, documentIds),
      briefingsCitingDocuments(this.db.reader, documentIds),
    ]);
    return { quotes, citedBy: citing.map(({ title, citations }) => ({ title, citations })) };
  }

  async ofDocument(documentId: DocumentId): Promise<Quote[]> {
    await textOrThrow(this.db.reader, documentId);
    return quotesOfDocument(this.db.reader, documentId);
  }

  list(
    filter: QuoteFilter = {},
    options: {
      groupBy?: QuoteGrouping | undefined;
      limit?: number | undefined;
      offset?: number | undefined;
    } = {},
  ): Promise<{ rows: QuoteRow[]; total: number }> {
    return listQuoteRows(this.db.reader, filter, matchOf(filter), {
      groupBy: options.groupBy ?? 'tag',
      limit: options.limit ?? 500,
      offset: options.offset ?? 0,
    });
  }

  totals(): Promise<QuoteTotals> {
    return quoteTotals(this.db.reader);
  }

  async matrix(by: 'outlet' | 'language', filter: QuoteFilter = {}): Promise<QuoteMatrix> {
    const counts = await quoteCountsByTag(this.db.reader, filter, matchOf(filter), by);
    const columns = [...new Set(counts.map((c) => c.column))].sort((x, y) =>
      x === '' ? 1 : y === '' ? -1 : x.localeCompare(y),
    );
    const tags = await listTags(this.db.reader);
    const byTag = new Map<number, Map<string, { n: number; subtree: number }>>();
    for (const { tagId, column, n, subtree } of counts) {
      const cells = byTag.get(tagId) ?? new Map<string, { n: number; subtree: number }>();
      cells.set(column, { n, subtree });
      byTag.set(tagId, cells);
    }
    const sum = (values: number[]) => values.reduce((total, n) => total + n, 0);
    const rows = tags.flatMap((tag) => {
      const cells = byTag.get(tag.id);
      if (!cells) return [];
      const direct = columns.map((column) => cells.get(column)?.n ?? 0);
      const subtree = columns.map((column) => cells.get(column)?.subtree ?? 0);
      return [
        {
          tagId: tag.id,
          counts: direct,
          total: sum(direct),
          subtreeCounts: subtree,
          subtreeTotal: sum(subtree),
        },
      ];
    });
    return { by, columns, rows };
  }
}

/**
 * Deleting what a briefing cites needs the user's say-so: the briefing will show the citation
 * as broken. The message names the briefings so the user knows what they would break.
 */
export function refuseIfCited(citing: readonly CitingBriefing[], subject: string): void {
  if (citing.length === 0) return;
  const titles = citing
    .slice(0, 3)
    .map((b) => `“${b.title}”`)
    .join(', ');
  const more = citing.length > 3 ? ` and ${citing.length - 3} more` : '';
  throw new ParallaxError(
    'needs-confirmation',
    `${subject} cited in ${citing.length === 1 ? 'a briefing' : `${citing.length} briefings`} (${titles}${more}). Delete anyway? The citations will show as broken.`,
  );
}

/** A filter's words as an FTS5 expression; words that normalise to nothing match nothing. */
function matchOf(filter: QuoteFilter): string | null {
  if (filter.text === undefined || filter.text.trim() === '') return null;
  return buildMatchExpression(filter.text) ?? '""';
}
