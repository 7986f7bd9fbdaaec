// Tiny data hooks: queries that reload when their key changes or after any mutation
// (a shared revision counter), mutations that bump that counter, and event subscriptions.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useEffectEvent,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { EventName, EventPayload } from '../../../shared/contract';
import { api } from './client';
import { toParallaxError, type ParallaxError } from './errors';

interface DataRevision {
  revision: number;
  invalidate: () => void;
}

const DataRevisionContext = createContext<DataRevision>({
  revision: 0,
  invalidate: () => undefined,
});

export function DataRevisionProvider({ children }: { children: ReactNode }) {
  const [revision, setRevision] = useState(0);
  const invalidate = useCallback(() => setRevision((r) => r + 1), []);
  const value = useMemo(() => ({ revision, invalidate }), [revision, invalidate]);
  return <DataRevisionContext.Provider value={value}>{children}</DataRevisionContext.Provider>;
}

/** Marks every query stale; call after anything that changes the case. */
export function useInvalidate(): () => void {
  return useContext(DataRevisionContext).invalidate;
}

export interface QueryResult<T> {
  /** The last loaded value; kept while a newer one loads. */
  data: T | undefined;
  error: ParallaxError | null;
  loading: boolean;
  refresh: () => void;
}

interface QueryState<T> {
  stamp: string;
  data: T | undefined;
  error: ParallaxError | null;
}

/**
 * Runs `load` whenever `key` changes or the data revision moves. `key` must describe every
 * input `load` uses (a JSON string of them is the usual choice). Pass key null to skip.
 */
export function useQuery<T>(key: string | null, load: () => Promise<T>): QueryResult<T> {
  const { revision } = useContext(DataRevisionContext);
  const [nonce, setNonce] = useState(0);
  const [state, setState] = useState<QueryState<T>>({ stamp: '', data: undefined, error: null });
  const stamp = key === null ? '' : `${key}#${revision}#${nonce}`;
  const runLoad = useEffectEvent(() => load());

  useEffect(() => {
    if (stamp === '') return;
    let live = true;
    runLoad().then(
      (data) => {
        if (live) setState({ stamp, data, error: null });
      },
      (error: unknown) => {
        if (live)
          setState((previous) => ({ stamp, data: previous.data, error: toParallaxError(error) }));
      },
    );
    return () => {
      live = false;
    };
  }, [stamp]);

  const refresh = useCallback(() => setNonce((n) => n + 1), []);
  return {
    data: state.data,
    error: state.error,
    loading: stamp !== '' && state.stamp !== stamp,
    refresh,
  };
}

export interface Mutation<Args extends unknown[], T> {
  run: (...args: Args) => Promise<T>;
  pending: boolean;
}

/** Wraps a call that changes the case: tracks pending, invalidates queries once it succeeds. */
export function useMutation<Args extends unknown[], T>(
  perform: (...args: Args) => Promise<T>,
): Mutation<Args, T> {
  const invalidate = useInvalidate();
  const [pending, setPending] = useState(0);
  const run = useCallback(
    async (...args: Args) => {
      setPending((n) => n + 1);
      try {
        const result = await perform(...args);
        invalidate();
        return result;
      } catch (error) {
        throw toParallaxError(error);
      } finally {
        setPending((n) => n - 1);
      }
    },
    [perform, invalidate],
  );
  return { run, pending: pending > 0 };
}

/** Subscribes to a contract event for the component's lifetime. */
export function useApiEvent<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): void {
  const onEvent = useEffectEvent(listener);
  useEffect(() => api.on(event, (payload) => onEvent(payload)), [event]);
}
