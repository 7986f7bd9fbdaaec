// What the quote browser shows, kept by the workspace so it survives opening a quote's source and
// coming back: the filter, the words typed (debounced into the filter), grouping and view.
import { useCallback, useEffect, useState } from 'react';
import type { QuoteFilter, QuoteGrouping } from '../../../../shared/domain';
import { withFilter } from './filter';

const TEXT_DEBOUNCE_MS = 200;

export const QUOTE_MARKS = {
  /** A new tag filter was chosen (tree, matrix). */
  filterRequested: 'quotes:filter-requested',
  /** The quotes of a new filter are painted. */
  filtered: 'quotes:filtered',
} as const;

export type QuotesView = 'list' | 'matrix';
export type MatrixAxis = 'outlet' | 'language';

export interface QuotesState {
  filter: QuoteFilter;
  setFilter: (filter: QuoteFilter) => void;
  /** Files the browser under one tag (null: every quote), or the untagged ones. */
  showTag: (tagId: number | null, options?: { untagged?: boolean }) => void;
  text: string;
  setText: (text: string) => void;
  groupBy: QuoteGrouping;
  setGroupBy: (groupBy: QuoteGrouping) => void;
  view: QuotesView;
  setView: (view: QuotesView) => void;
  matrixBy: MatrixAxis;
  setMatrixBy: (axis: MatrixAxis) => void;
  /** The quote whose source was opened last, to find it again on return. */
  lastOpened: number | null;
  setLastOpened: (id: number | null) => void;
}

export function useQuotesState(): QuotesState {
  const [filter, setFilterState] = useState<QuoteFilter>({});
  const [text, setText] = useState('');
  const [groupBy, setGroupBy] = useState<QuoteGrouping>('tag');
  const [view, setView] = useState<QuotesView>('list');
  const [matrixBy, setMatrixBy] = useState<MatrixAxis>('outlet');
  const [lastOpened, setLastOpened] = useState<number | null>(null);

  useEffect(() => {
    const timer = setTimeout(
      () => setFilterState((f) => withFilter(f, 'text', text.trim() || undefined)),
      TEXT_DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
  }, [text]);

  const setFilter = useCallback((next: QuoteFilter) => {
    setFilterState(next);
    setText(next.text ?? '');
  }, []);

  const showTag = useCallback((tagId: number | null, options: { untagged?: boolean } = {}) => {
    performance.mark(QUOTE_MARKS.filterRequested);
    setFilterState((f) => {
      const { tagId: _t, untagged: _u, ...rest } = f;
      if (options.untagged) return { ...rest, untagged: true };
      return tagId === null ? rest : { ...rest, tagId: tagId as QuoteFilter['tagId'] };
    });
  }, []);

  return {
    filter,
    setFilter,
    showTag,
    text,
    setText,
    groupBy,
    setGroupBy,
    view,
    setView,
    matrixBy,
    setMatrixBy,
    lastOpened,
    setLastOpened,
  };
}
