// Runs the search for the current query and resolves each hit's document for its group header.
// Words selected in a hit can be tagged right there, as in the document view.
import { useMemo, useRef } from 'react';
import type { DocumentSummary, SearchHit } from '../../../../shared/domain';
import { api, useQuery } from '../../api';
import { Button } from '../../ui';
import { TaggingLayer, useQuoteData } from '../tagging';
import { useHitTexts } from './useHitTexts';
import { SearchResultsView, groupHits } from './SearchResults';

const RESULT_LIMIT = 200;

interface SearchResultsContainerProps {
  query: string;
  includeBoilerplate: boolean;
  onOpenHit: (hit: SearchHit) => void;
}

export function SearchResultsContainer({
  query,
  includeBoilerplate,
  onOpenHit,
}: SearchResultsContainerProps) {
  const input = { query, includeBoilerplate, limit: RESULT_LIMIT };
  const results = useQuery(query ? JSON.stringify(input) : null, () => api.search(input));
  const byId = useMemo(
    () =>
      new Map<number, DocumentSummary>((results.data?.documents ?? []).map((doc) => [doc.id, doc])),
    [results.data],
  );
  const groups = useMemo(() => groupHits(results.data?.hits ?? [], byId), [results.data, byId]);
  const rootRef = useRef<HTMLElement>(null);
  const texts = useHitTexts(rootRef);
  const quoteData = useQuoteData(useMemo(() => [...texts.keys()], [texts]));

  let body;
  if (!query) {
    body = <p className="pane-placeholder">Type to search every sentence in the case.</p>;
  } else if (results.error) {
    body = (
      <div className="pane-error" role="alert">
        <span>Search failed: {results.error.message}</span>
        <Button small onClick={results.refresh}>
          Retry
        </Button>
      </div>
    );
  } else if (!results.data) {
    body = <p className="pane-placeholder">Searching…</p>;
  } else {
    body = (
      <SearchResultsView
        results={results.data}
        groups={groups}
        stale={results.loading}
        onOpenHit={onOpenHit}
      />
    );
  }

  return (
    <section
      ref={rootRef}
      className="search-pane"
      aria-label="Search results"
      aria-busy={results.loading}
    >
      <h2 className="pane-title">Search results</h2>
      {body}
      <TaggingLayer rootRef={rootRef} texts={texts} data={quoteData} />
    </section>
  );
}
