// What citation views need that the editor state does not hold: the current source numbers
// (recomputed from the state as text moves) and the store's lookup of sources and quotes.
import { createContext, useContext } from 'react';
import type { QuoteInfo, SourceInfo } from '../../../../shared/domain';

export interface CitationLookup {
  sources: ReadonlyMap<number, SourceInfo>;
  quotes: ReadonlyMap<string, QuoteInfo>;
}

export interface CitationDisplay {
  /** Document id → its number in the source list. */
  numbers: ReadonlyMap<number, number>;
  lookup: CitationLookup;
}

const EMPTY_DISPLAY: CitationDisplay = {
  numbers: new Map(),
  lookup: { sources: new Map(), quotes: new Map() },
};

export const CitationDisplayContext = createContext<CitationDisplay>(EMPTY_DISPLAY);

export function useCitationDisplay(): CitationDisplay {
  return useContext(CitationDisplayContext);
}
