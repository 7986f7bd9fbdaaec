// The tags of the case and the quotes of the documents on screen, with each document's highlight
// index built once per load (not per render, not per quote). Reloads after any change to the case.
import { useMemo } from 'react';
import type { Quote, QuoteId, Tag, TagId } from '../../../../shared/domain';
import { buildHighlightIndex, type HighlightIndex } from '../../../../shared/quotes/highlights';
import { api, useQuery, type ParallaxError } from '../../api';

/** Quotes filed under no tag are drawn in this grey. */
export const UNTAGGED_COLOR = '#8a94a3';

export interface DocumentHighlights {
  index: HighlightIndex;
  /** Quote id → the colour of its first tag. */
  colors: ReadonlyMap<number, string>;
}

export interface QuoteData {
  tags: readonly Tag[];
  tagsById: ReadonlyMap<TagId, Tag>;
  quotesById: ReadonlyMap<QuoteId, Quote>;
  /** By document id. */
  highlights: ReadonlyMap<number, DocumentHighlights>;
  error: ParallaxError | null;
}

const NO_TAGS: Tag[] = [];

export function colorOfQuote(quote: Quote, tagsById: ReadonlyMap<TagId, Tag>): string {
  const first = quote.tagIds[0];
  return (first === undefined ? undefined : tagsById.get(first)?.color) ?? UNTAGGED_COLOR;
}

export function useQuoteData(documentIds: readonly number[]): QuoteData {
  const key = documentIds.join(',');
  const tagsQuery = useQuery('tags', () => api.listTags({}));
  const quotesQuery = useQuery(key ? `quotes:${key}` : null, () =>
    Promise.all(key.split(',').map((id) => api.getDocumentQuotes({ documentId: Number(id) }))),
  );
  const tags = tagsQuery.data ?? NO_TAGS;
  const tagsById = useMemo(() => new Map(tags.map((tag) => [tag.id, tag])), [tags]);
  const perDocument = quotesQuery.data;

  const quotesById = useMemo(
    () => new Map((perDocument ?? []).flat().map((quote) => [quote.id, quote])),
    [perDocument],
  );
  // A document without quotes needs no index (and an empty answer cannot name its document).
  const indexes = useMemo(
    () =>
      (perDocument ?? [])
        .filter((quotes) => quotes.length > 0)
        .map((quotes) => ({
          documentId: (quotes[0] as Quote).documentId as number,
          quotes,
          index: buildHighlightIndex(quotes),
        })),
    [perDocument],
  );
  // A recolour alone changes the colours, and must not rebuild the indexes.
  const highlights = useMemo(() => {
    const byDocument = new Map<number, DocumentHighlights>();
    for (const { documentId, quotes, index } of indexes) {
      const colors = new Map(
        quotes.map((quote) => [quote.id as number, colorOfQuote(quote, tagsById)]),
      );
      byDocument.set(documentId, { index, colors });
    }
    return byDocument;
  }, [indexes, tagsById]);

  return {
    tags,
    tagsById,
    quotesById,
    highlights,
    error: quotesQuery.error ?? tagsQuery.error,
  };
}
