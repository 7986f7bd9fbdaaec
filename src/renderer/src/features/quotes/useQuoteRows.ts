// Loads every quote of the browser's scope: a small first page at once (so a filter shows within
// a frame or two), then the rest in large pages while the first is read. Until a reload completes,
// the previous complete answer for the same filter stays on screen.
import { useEffect, useRef, useState } from 'react';
import type { QuoteFilter, QuoteGrouping, QuoteRow } from '../../../../shared/domain';
import { api, useQuery, type ParallaxError } from '../../api';

const FIRST_PAGE = 200;
// Small enough that a page still loading holds the next filter's first page up only briefly (the
// case is read through one connection): the tree is clicked through faster than pages arrive.
const PAGE = 1_000;

interface Loaded {
  key: string;
  rows: QuoteRow[];
  total: number;
}

export interface QuoteRows {
  /** The filter these rows answer (a JSON key); differs from the asked one while it loads. */
  key: string | null;
  rows: QuoteRow[];
  total: number;
  /** Every row of the scope is here. */
  complete: boolean;
  /** The rows shown answer an earlier filter. */
  stale: boolean;
  error: ParallaxError | null;
  refresh: () => void;
}

export function useQuoteRows(scope: QuoteFilter, groupBy: QuoteGrouping): QuoteRows {
  const key = JSON.stringify({ scope, groupBy });
  const wanted = useRef(key);
  const [partial, setPartial] = useState<Loaded | null>(null);

  useEffect(() => {
    wanted.current = key;
  }, [key]);

  const query = useQuery<Loaded>(key, async () => {
    const first = await api.listQuotes({ filter: scope, groupBy, limit: FIRST_PAGE, offset: 0 });
    let rows = first.rows;
    const { total } = first;
    while (rows.length < total && wanted.current === key) {
      setPartial({ key, rows, total });
      const next = await api.listQuotes({
        filter: scope,
        groupBy,
        limit: PAGE,
        offset: rows.length,
      });
      if (next.rows.length === 0) break;
      rows = rows.concat(next.rows);
    }
    return { key, rows, total };
  });

  const complete = query.data?.key === key ? query.data : undefined;
  const growing = partial?.key === key ? partial : undefined;
  const shown = complete ?? growing ?? query.data;
  return {
    key: shown?.key ?? null,
    rows: shown?.rows ?? [],
    total: shown?.total ?? 0,
    complete: complete !== undefined || (shown !== undefined && shown === query.data),
    stale: shown !== undefined && shown.key !== key,
    error: query.error,
    refresh: query.refresh,
  };
}
