// "Tag counterparts too": from a quote in one reader column, quotes over the sentences aligned
// with it in the other documents, under the same tags, each linked to it as a translation.
import type { DocumentId, QuoteId, Segment } from '../../../shared/domain';
import { ParallaxError } from '../../../shared/errors';
import { alignDocumentPair } from '../align/pairs';
import type { CaseDatabase } from '../db/connection';
import { getQuote } from '../db/queries/quotes';
import { listSegments } from '../db/queries/segments';
import { insertValidatedQuote } from './quotes';

const overlaps = (s: Segment, start: number, end: number): boolean =>
  s.start < end && s.end > start;

/** Creates the counterpart quotes; documents with no aligned sentence are passed over. */
export async function tagCounterparts(
  db: CaseDatabase,
  quoteId: QuoteId,
  documentIds: readonly DocumentId[],
): Promise<QuoteId[]> {
  const quote = await getQuote(db.reader, quoteId);
  if (!quote)
    throw new ParallaxError(
      'not-found',
      `There is no quote ${quoteId} (it may have been deleted).`,
    );
  const own = (await listSegments(db.reader, quote.documentId)).filter(
    (s) => s.kind === 'sentence' && overlaps(s, quote.start, quote.end),
  );
  const ownIds = new Set<number>(own.map((s) => s.id));
  const spans: { documentId: DocumentId; start: number; end: number }[] = [];
  for (const other of documentIds) {
    if (other === quote.documentId) continue;
    const alignment = await alignDocumentPair(db, [quote.documentId, other]);
    const links = alignment.links.filter((l) => l.a.some((id) => ownIds.has(id)) && l.b.length > 0);
    // Comparable accounts: only each sentence's best related passage, not every loose echo.
    const chosen =
      alignment.mode === 'comparable'
        ? [...own]
            .map(
              (s) => links.filter((l) => l.a.includes(s.id)).sort((x, y) => y.score - x.score)[0],
            )
            .filter((l) => l !== undefined)
        : links;
    const wanted = new Set<number>(chosen.flatMap((l) => l.b));
    const sentences = (await listSegments(db.reader, other)).filter((s) => wanted.has(s.id));
    if (sentences.length === 0) continue;
    spans.push({
      documentId: other,
      start: Math.min(...sentences.map((s) => s.start)),
      end: Math.max(...sentences.map((s) => s.end)),
    });
  }
  return db.transaction(async (tx) => {
    const created: QuoteId[] = [];
    for (const span of spans) {
      created.push(
        await insertValidatedQuote(tx, {
          ...span,
          tagIds: quote.tagIds,
          note: quote.note,
          translationOf: quote.id,
        }),
      );
    }
    return created;
  });
}
