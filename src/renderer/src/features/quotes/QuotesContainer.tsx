// The Quotes pane: the tag tree beside the browser (filters, the grouped list or the matrix, and
// export). Opening a quote finds the sentence it starts in, so the document opens right there.
import { useEffect, useMemo, useRef } from 'react';
import type { QuoteFilter, QuoteRow } from '../../../../shared/domain';
import { api } from '../../api';
import { Button, useReportError } from '../../ui';
import { ExportButtons } from './ExportButtons';
import { facetCounts, facetsOf, narrowRows, scopeOf, withFilter } from './filter';
import { listItems } from './groups';
import { QuoteFilters } from './QuoteFilters';
import { QuoteList } from './QuoteList';
import { QuoteMatrixContainer } from './QuoteMatrixContainer';
import { QuotesToolbar } from './QuotesToolbar';
import { TagTreeContainer } from './TagTreeContainer';
import { useQuoteRows } from './useQuoteRows';
import { QUOTE_MARKS, type QuotesState } from './useQuotesState';
import { useTagData } from './useTagData';

export interface QuoteLocation {
  documentId: number;
  /** The sentence (or paragraph) the quote starts in, when the document has one there. */
  segmentId: number | null;
}

interface QuotesContainerProps {
  state: QuotesState;
  onOpenQuote: (location: QuoteLocation) => void;
  onBack: () => void;
}

async function locate(row: QuoteRow): Promise<QuoteLocation> {
  const doc = await api.getDocument({ id: row.documentId });
  const around = doc.segments.filter((s) => s.start <= row.start && row.start < s.end);
  const segment = around.find((s) => s.kind === 'sentence') ?? around[0];
  return { documentId: row.documentId, segmentId: segment?.id ?? null };
}

export function QuotesContainer({ state, onOpenQuote, onBack }: QuotesContainerProps) {
  const { filter, groupBy } = state;
  const reportError = useReportError();
  const tagData = useTagData();
  const scope = useMemo(() => scopeOf(filter), [filter]);
  const quotes = useQuoteRows(scope, groupBy);
  // Keyed on the facets alone: a new tag must not recount the previous (perhaps 50,000) rows.
  const facetKey = JSON.stringify(facetsOf(filter));
  const narrowed = useMemo(
    () => narrowRows(quotes.rows, JSON.parse(facetKey) as QuoteFilter),
    [quotes.rows, facetKey],
  );
  const facets = useMemo(
    () => facetCounts(quotes.rows, JSON.parse(facetKey) as QuoteFilter),
    [quotes.rows, facetKey],
  );
  const items = useMemo(
    () => listItems(narrowed, groupBy, tagData.forest.byId, quotes.complete),
    [narrowed, groupBy, tagData.forest, quotes.complete],
  );

  // The chosen tag was deleted or merged elsewhere (the CLI, another window): show every quote.
  const tagGone =
    filter.tagId !== undefined &&
    tagData.tags !== undefined &&
    !tagData.forest.byId.has(filter.tagId);
  const { showTag } = state;
  useEffect(() => {
    if (tagGone) showTag(null);
  }, [tagGone, showTag]);

  // For the benchmark: the rows of a new filter are painted (a task after the next frame).
  const marked = useRef<string | null>(null);
  const shownKey = quotes.stale ? null : quotes.key;
  useEffect(() => {
    if (shownKey === null || marked.current === shownKey) return;
    marked.current = shownKey;
    requestAnimationFrame(() => setTimeout(() => performance.mark(QUOTE_MARKS.filtered)));
  }, [shownKey]);

  const open = async (row: QuoteRow) => {
    state.setLastOpened(row.id);
    try {
      onOpenQuote(await locate(row));
    } catch (error) {
      reportError(error);
    }
  };

  const pickCell = (tagId: number, column: string, includeSubtags: boolean) => {
    performance.mark(QUOTE_MARKS.filterRequested);
    const { untagged: _u, outlet: _o, language: _l, ...rest } = filter;
    const next: QuoteFilter = {
      ...rest,
      tagId: tagId as QuoteFilter['tagId'],
      ...(includeSubtags ? {} : { includeSubtags: false }),
    };
    // The matrix's "No outlet" column is the filter's null.
    const value = state.matrixBy === 'outlet' && column === '' ? null : column;
    state.setFilter(withFilter(next, state.matrixBy, value));
    state.setView('list');
  };

  let body;
  if (state.view === 'matrix') {
    body = (
      <QuoteMatrixContainer
        by={state.matrixBy}
        filter={filter}
        forest={tagData.forest}
        onPick={pickCell}
      />
    );
  } else if (quotes.error && quotes.key === null) {
    body = (
      <div className="pane-error" role="alert">
        <span>Quotes could not be loaded: {quotes.error.message}</span>
        <Button small onClick={quotes.refresh}>
          Retry
        </Button>
      </div>
    );
  } else if (quotes.key === null) {
    body = <p className="pane-placeholder">Loading quotes…</p>;
  } else if (items.length === 0) {
    body = (
      <p className="pane-placeholder" role="status">
        {quotes.total === 0 && Object.keys(filter).length === 0
          ? 'No quotes yet. Select a passage in a document and tag it.'
          : 'No quote matches these filters.'}
      </p>
    );
  } else {
    body = (
      <QuoteList
        items={items}
        tags={tagData.forest.byId}
        revealQuoteId={state.lastOpened}
        onOpen={(row) => void open(row)}
      />
    );
  }

  return (
    <section className="quotes" aria-label="Quotes">
      <TagTreeContainer
        data={tagData}
        selectedTagId={filter.tagId ?? null}
        untaggedSelected={filter.untagged === true}
        onShowTag={state.showTag}
      />
      <div className={quotes.stale ? 'quotes__browser quotes__browser--stale' : 'quotes__browser'}>
        <QuotesToolbar
          shown={narrowed.length}
          loaded={quotes.rows.length}
          total={quotes.total}
          complete={quotes.complete}
          view={state.view}
          onView={state.setView}
          groupBy={groupBy}
          onGroupBy={state.setGroupBy}
          matrixBy={state.matrixBy}
          onMatrixBy={state.setMatrixBy}
          exportButtons={<ExportButtons filter={filter} disabled={narrowed.length === 0} />}
          onBack={onBack}
        />
        <QuoteFilters
          filter={filter}
          text={state.text}
          facets={facets}
          forest={tagData.forest}
          onChange={state.setFilter}
          onText={state.setText}
        />
        {body}
      </div>
    </section>
  );
}
