// The calls that change quotes, each reported in the error banner when the server refuses (and
// then nothing has changed), and followed by a reload of what is on screen when it succeeds.
import { useCallback, useState } from 'react';
import type { MethodInput } from '../../../../shared/contract';
import type { DeletedQuote, Quote } from '../../../../shared/domain';
import { ParallaxError, api, useInvalidate } from '../../api';
import { useReportError } from '../../ui';

export interface QuoteActions {
  busy: boolean;
  /** Each resolves to undefined when the call failed (the error is already reported). */
  create: (input: MethodInput<'createQuote'>) => Promise<Quote | undefined>;
  update: (input: MethodInput<'updateQuote'>) => Promise<Quote | undefined>;
  /** `confirm` when a briefing cites one of them: ask, then call again with confirmCited. */
  remove: (
    ids: number[],
    confirmCited?: boolean,
  ) => Promise<DeletedQuote[] | { confirm: string } | undefined>;
  restore: (quotes: DeletedQuote[]) => Promise<Quote[] | undefined>;
  tagCounterparts: (quoteId: number, documentIds: number[]) => Promise<Quote[] | undefined>;
}

export function useQuoteActions(): QuoteActions {
  const invalidate = useInvalidate();
  const reportError = useReportError();
  const [pending, setPending] = useState(0);

  const call = useCallback(
    async <T>(perform: () => Promise<T>): Promise<T | undefined> => {
      setPending((n) => n + 1);
      try {
        const result = await perform();
        invalidate();
        return result;
      } catch (error) {
        reportError(error);
        return undefined;
      } finally {
        setPending((n) => n - 1);
      }
    },
    [invalidate, reportError],
  );

  return {
    busy: pending > 0,
    create: useCallback((input) => call(() => api.createQuote(input)), [call]),
    update: useCallback((input) => call(() => api.updateQuote(input)), [call]),
    remove: useCallback(
      (ids, confirmCited = false) =>
        call(async () => {
          try {
            return (await api.deleteQuotes({ ids, confirmCited })).deleted;
          } catch (error) {
            // A briefing cites the quote: the server names it, and the user decides.
            if (error instanceof ParallaxError && error.code === 'needs-confirmation') {
              return { confirm: error.message };
            }
            throw error;
          }
        }),
      [call],
    ),
    restore: useCallback((quotes) => call(() => api.restoreQuotes({ quotes })), [call]),
    tagCounterparts: useCallback(
      (quoteId, documentIds) => call(() => api.tagCounterparts({ quoteId, documentIds })),
      [call],
    ),
  };
}
