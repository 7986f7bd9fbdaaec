// The library's rows, fetched in pages as they scroll into view: a case of 100,000 documents costs
// the pages a user looks at, not the whole list. The first page (with the total) follows the
// filter, the sort and every change to the case (a "generation"); other pages are fetched on
// demand. A new generation makes them stale: they stay on screen until their replacement arrives,
// so an import running underneath does not blank the list; another filter or sort drops them.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../../shared/domain';
import { api, toParallaxError, useQuery, type ParallaxError } from '../../api';
import type { LibraryFilter } from './LibraryFilters';
import type { LibrarySort } from './LibraryTable';

export const PAGE_SIZE = 200;
/** The largest page the contract serves, for loading many ids at once (a long Shift-range). */
const BULK_PAGE_SIZE = 500;

export interface DocumentWindow {
  /** Documents matching the filter; 0 until the first page has loaded. */
  total: number;
  /** True once a first page has arrived. */
  ready: boolean;
  loading: boolean;
  error: ParallaxError | null;
  refresh: () => void;
  /** The row at `index`, or undefined while its page loads. */
  rowAt: (index: number) => DocumentSummary | undefined;
  /** Where the row with this id is among the loaded pages. */
  find: (id: number) => { index: number; row: DocumentSummary } | undefined;
  /** Starts loading the pages that hold rows `first` to `last`. */
  request: (first: number, last: number) => void;
  /** The ids of rows `first` to `last` in list order, fetching what is not loaded. */
  idsBetween: (first: number, last: number) => Promise<number[]>;
}

interface Pages {
  key: string;
  /** The first-page answer these pages were fetched with; pages of an older one are stale. */
  generation: unknown;
  byPage: ReadonlyMap<number, readonly DocumentSummary[]>;
  fresh: ReadonlySet<number>;
}

const NO_PAGES: ReadonlyMap<number, readonly DocumentSummary[]> = new Map();
const NONE_FRESH: ReadonlySet<number> = new Set();

const pageOf = (index: number): number => Math.floor(index / PAGE_SIZE);

/** Pages kept in memory; a long scroll through 100,000 rows drops the ones farthest away. */
const MAX_CACHED_PAGES = 25;

function withPage(
  pages: ReadonlyMap<number, readonly DocumentSummary[]>,
  page: number,
  rows: readonly DocumentSummary[],
): ReadonlyMap<number, readonly DocumentSummary[]> {
  const next = new Map(pages).set(page, rows);
  const byDistance = [...next.keys()].sort((a, b) => Math.abs(b - page) - Math.abs(a - page));
  for (const far of byDistance.slice(0, Math.max(0, next.size - MAX_CACHED_PAGES))) {
    next.delete(far);
  }
  return next;
}

export function useDocumentWindow(filter: LibraryFilter, sort: LibrarySort): DocumentWindow {
  const key = JSON.stringify({ filter, sort });
  const first = useQuery(key, () =>
    api.listDocumentPage({ filter, sort, offset: 0, limit: PAGE_SIZE }),
  );
  const generation = first.data;
  const [pages, setPages] = useState<Pages>({
    key,
    generation: undefined,
    byPage: NO_PAGES,
    fresh: NONE_FRESH,
  });
  const [pageError, setPageError] = useState<{ generation: unknown; error: ParallaxError }>();
  const inFlight = useRef(new Map<number, { generation: unknown; done: Promise<void> }>());
  const currentGeneration = useRef<unknown>(undefined);
  useEffect(() => {
    currentGeneration.current = generation;
  }, [generation]);

  // While a new filter's first page loads, the old rows stay (as useQuery keeps its data).
  const byPage = pages.key === key ? pages.byPage : NO_PAGES;
  const fresh = pages.generation === generation ? pages.fresh : NONE_FRESH;
  const total = generation?.total ?? 0;

  const loadPage = useCallback(
    (page: number): Promise<void> => {
      const pending = inFlight.current.get(page);
      if (pending && pending.generation === generation) return pending.done;
      const done = api
        .listDocumentPage({ filter, sort, offset: page * PAGE_SIZE, limit: PAGE_SIZE })
        .then(({ rows }) => {
          if (currentGeneration.current !== generation) return;
          setPages((previous) => {
            const kept = previous.key === key ? previous.byPage : NO_PAGES;
            const stillFresh = previous.generation === generation ? previous.fresh : NONE_FRESH;
            return {
              key,
              generation,
              byPage: withPage(kept, page, rows),
              fresh: new Set(stillFresh).add(page),
            };
          });
        })
        .catch((error: unknown) => {
          if (currentGeneration.current === generation)
            setPageError({ generation, error: toParallaxError(error) });
        })
        .finally(() => {
          if (inFlight.current.get(page)?.done === done) inFlight.current.delete(page);
        });
      inFlight.current.set(page, { generation, done });
      return done;
    },
    [filter, sort, key, generation],
  );

  const rowsOf = useCallback(
    (page: number): readonly DocumentSummary[] | undefined =>
      page === 0 && generation ? generation.rows : byPage.get(page),
    [generation, byPage],
  );

  const request = useCallback(
    (firstIndex: number, lastIndex: number) => {
      if (!generation) return;
      const last = Math.min(lastIndex, total - 1);
      for (let page = Math.max(1, pageOf(Math.max(0, firstIndex))); page <= pageOf(last); page++) {
        if (!fresh.has(page) || !byPage.has(page)) void loadPage(page);
      }
    },
    [generation, total, fresh, byPage, loadPage],
  );

  const rowAt = useCallback(
    (index: number) => rowsOf(pageOf(index))?.[index % PAGE_SIZE],
    [rowsOf],
  );

  // Where each loaded row is, for selection (thousands of rows at most: the pages scrolled to).
  const indexById = useMemo(() => {
    const at = new Map<number, number>();
    const loaded: [number, readonly DocumentSummary[] | undefined][] = [
      [0, generation?.rows],
      ...byPage,
    ];
    for (const [page, rows] of loaded) {
      rows?.forEach((row, k) => at.set(row.id, page * PAGE_SIZE + k));
    }
    return at;
  }, [generation, byPage]);

  const find = useCallback(
    (id: number) => {
      const index = indexById.get(id);
      const row = index === undefined ? undefined : rowAt(index);
      return index !== undefined && row?.id === id ? { index, row } : undefined;
    },
    [indexById, rowAt],
  );

  const idsBetween = useCallback(
    async (firstIndex: number, lastIndex: number): Promise<number[]> => {
      const from = Math.max(0, Math.min(firstIndex, lastIndex));
      const to = Math.min(total - 1, Math.max(firstIndex, lastIndex));
      const ids: number[] = [];
      // Loaded pages are read as they are; gaps are fetched in the largest pages allowed.
      for (let index = from; index <= to;) {
        const known = rowsOf(pageOf(index));
        if (known) {
          const end = Math.min(to, (pageOf(index) + 1) * PAGE_SIZE - 1);
          for (; index <= end; index++) {
            const row = known[index % PAGE_SIZE];
            if (row) ids.push(row.id);
          }
          continue;
        }
        const limit = Math.min(BULK_PAGE_SIZE, to - index + 1);
        const { rows } = await api.listDocumentPage({ filter, sort, offset: index, limit });
        if (rows.length === 0) break;
        ids.push(...rows.map((row) => row.id));
        index += rows.length;
      }
      return ids;
    },
    [filter, sort, total, rowsOf],
  );

  const error =
    first.error ?? (pageError && pageError.generation === generation ? pageError.error : null);
  return useMemo(
    () => ({
      total,
      ready: generation !== undefined,
      loading: first.loading,
      error,
      refresh: first.refresh,
      rowAt,
      find,
      request,
      idsBetween,
    }),
    [total, generation, first.loading, error, first.refresh, rowAt, find, request, idsBetween],
  );
}
