// The browser's filter split in two: the scope the server selects (tag, untagged, dates, words)
// and the source facets (document, outlet, language) narrowed here over the loaded scope, so each
// facet can count what choosing one of its values would show, and changing a facet is instant.
import type { QuoteFilter, QuoteRow } from '../../../../shared/domain';

export type SourceFacet = 'documentId' | 'outlet' | 'language';

export function scopeOf(filter: QuoteFilter): QuoteFilter {
  const { documentId: _d, outlet: _o, language: _l, ...scope } = filter;
  return scope;
}

export function facetsOf(filter: QuoteFilter): QuoteFilter {
  const { documentId, outlet, language } = filter;
  return { documentId, outlet, language };
}

function matches(row: QuoteRow, filter: QuoteFilter, except?: SourceFacet): boolean {
  if (except !== 'documentId' && filter.documentId !== undefined)
    if (row.documentId !== filter.documentId) return false;
  // An empty outlet is no outlet: both are what the filter's null asks for.
  if (except !== 'outlet' && filter.outlet !== undefined && (row.outlet || null) !== filter.outlet)
    return false;
  if (except !== 'language' && filter.language !== undefined && row.language !== filter.language)
    return false;
  return true;
}

export function narrowRows(rows: readonly QuoteRow[], filter: QuoteFilter): QuoteRow[] {
  if (filter.documentId === undefined && filter.outlet === undefined && !filter.language)
    return rows as QuoteRow[];
  return rows.filter((row) => matches(row, filter));
}

export interface DocumentFacet {
  id: number;
  title: string;
  language: string;
  count: number;
}

export interface QuoteFacets {
  documents: DocumentFacet[];
  outlets: { name: string; count: number }[];
  /** Quotes from documents with no outlet. */
  noOutlet: number;
  languages: { code: string; count: number }[];
}

/** Quotes per document, outlet and language; each facet counted under the other two. */
export function facetCounts(rows: readonly QuoteRow[], filter: QuoteFilter): QuoteFacets {
  const documents = new Map<number, DocumentFacet>();
  const outlets = new Map<string, number>();
  let noOutlet = 0;
  const languages = new Map<string, number>();
  for (const row of rows) {
    if (matches(row, filter, 'documentId')) {
      const entry = documents.get(row.documentId);
      if (entry) entry.count++;
      else
        documents.set(row.documentId, {
          id: row.documentId,
          title: row.documentTitle,
          language: row.language,
          count: 1,
        });
    }
    if (matches(row, filter, 'outlet')) {
      if (row.outlet) outlets.set(row.outlet, (outlets.get(row.outlet) ?? 0) + 1);
      else noOutlet++;
    }
    if (matches(row, filter, 'language'))
      languages.set(row.language, (languages.get(row.language) ?? 0) + 1);
  }
  const byName = (a: string, b: string) => a.localeCompare(b);
  return {
    documents: [...documents.values()].sort((a, b) => byName(a.title, b.title)),
    outlets: [...outlets]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => byName(a.name, b.name)),
    noOutlet,
    languages: [...languages]
      .map(([code, count]) => ({ code, count }))
      .sort((a, b) => b.count - a.count || byName(a.code, b.code)),
  };
}

/** The filter with one key set, or removed when the value is empty. */
export function withFilter<K extends keyof QuoteFilter>(
  filter: QuoteFilter,
  key: K,
  value: QuoteFilter[K] | '' | undefined,
): QuoteFilter {
  const { [key]: _previous, ...rest } = filter;
  return value === undefined || value === '' ? rest : { ...rest, [key]: value };
}

export function isFiltered(filter: QuoteFilter): boolean {
  return Object.entries(filter).some(([key, value]) => key !== 'includeSubtags' && value !== '');
}
