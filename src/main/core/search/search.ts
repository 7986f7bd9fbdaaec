// Sentence search: FTS5 finds candidates, bm25 ranks them, snippets are cut from the original text
// with the matched words highlighted by the same rules that built the index.
import type { SearchHit, SearchResults } from '../../../shared/domain';
import type { DbReader } from '../db/connection';
import { getDocumentSummaries, getDocumentTexts } from '../db/queries/documents';
import { matchSentences, matchesMoreThan } from '../db/queries/search';
import { buildMatchExpression, highlightRanges, makeSnippet } from './terms';

export interface SearchOptions {
  limit?: number | undefined;
  includeBoilerplate?: boolean | undefined;
}

/** How many of the newest matching sentences are ranked; bounds the cost of very common words. */
const RANKING_WINDOW = 2_000;
/** Past this many matching sentences a query counts as common and is ranked by length (see matchSentences). */
const COMMON_MATCHES = 5_000;
const DEFAULT_LIMIT = 100;

export async function searchSentences(
  db: DbReader,
  query: string,
  options: SearchOptions = {},
): Promise<SearchResults> {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const match = buildMatchExpression(query);
  if (match === null) return { query, hits: [], documents: [], truncated: false };

  const common = await matchesMoreThan(db, match, COMMON_MATCHES);
  const matched = await matchSentences(db, match, {
    window: RANKING_WINDOW,
    includeBoilerplate: options.includeBoilerplate ?? false,
    ranking: common ? 'length' : 'bm25',
  });
  const best = matched.sort((a, b) => a.rank - b.rank || b.segmentId - a.segmentId).slice(0, limit);

  const documentIds = [...new Set(best.map((m) => m.documentId))];
  const texts = await getDocumentTexts(db, documentIds);
  const documents = await getDocumentSummaries(db, documentIds);

  const hits: SearchHit[] = best.map((m) => {
    const sentence = (texts.get(m.documentId) ?? '').slice(m.start, m.end);
    const { snippet, highlights, excerpt } = makeSnippet(
      sentence,
      highlightRanges(sentence, query),
    );
    return {
      documentId: m.documentId,
      segmentId: m.segmentId,
      start: m.start,
      end: m.end,
      snippet,
      highlights,
      excerptStart: m.start + excerpt.start,
      excerptEnd: m.start + excerpt.end,
      language: m.language,
      boilerplate: m.boilerplate === 1,
      score: -m.rank,
    };
  });
  return { query, hits, documents, truncated: matched.length > limit };
}
