// One open briefing's editing session: what the editor starts from (the server's content, or the
// journal's unsaved work after a crash), the autosave queue and its status, the ids the content
// cites and what they resolve to, and the live numbering of its sources.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { collectCitations, numberSources } from '../../../../shared/briefings/citations';
import type { BriefingState } from '../../../../shared/briefings/state';
import type { MethodInput } from '../../../../shared/contract';
import type { Briefing, QuoteInfo, SourceInfo } from '../../../../shared/domain';
import { api, useQuery, type ParallaxError } from '../../api';
import { BriefingJournal, journalKey, unsavedWork } from './journal';
import { BriefingSaveQueue, type SaveStatus } from './saveQueue';

export interface CitedIds {
  documentIds: number[];
  quoteUids: string[];
}

export interface BriefingSession {
  initialState: BriefingState;
  status: SaveStatus;
  /** When the journal's unsaved work was written, if the session started from it. */
  recoveredFrom: number | null;
  dismissRecovered: () => void;
  change: (state: BriefingState) => void;
  /** An edit whose state change() brings shortly: the status turns unsaved at once. */
  edited: () => void;
  saveNow: (checkpoint?: boolean) => Promise<boolean>;
  /** Moves on with every successful save (checks and history reload on it). */
  saveCount: number;
  lookup: { sources: ReadonlyMap<number, SourceInfo>; quotes: ReadonlyMap<string, QuoteInfo> };
  lookupError: ParallaxError | null;
  setCitedIds: (ids: CitedIds) => void;
  /** Cited document ids in source-list order (numbered by first appearance), kept live. */
  sourceOrder: number[];
  /** How many citations point at each document. */
  citationCounts: ReadonlyMap<number, number>;
}

/** Numbering is recomputed this long after the last change, not on every keystroke. */
const NUMBERING_DELAY_MS = 150;

function citedIdsOf(state: BriefingState): CitedIds {
  const citations = collectCitations(state);
  return {
    documentIds: [...new Set(citations.map((c) => c.documentId))],
    quoteUids: [...new Set(citations.flatMap((c) => (c.quoteUid ? [c.quoteUid] : [])))],
  };
}

function numbering(state: BriefingState): { order: number[]; counts: Map<number, number> } {
  const citations = collectCitations(state);
  const counts = new Map<number, number>();
  for (const c of citations) counts.set(c.documentId, (counts.get(c.documentId) ?? 0) + 1);
  return { order: [...numberSources(citations).keys()], counts };
}

type ContentInput = MethodInput<'saveBriefingContent'>['content'];

/**
 * The contract's input type spells the root's type as the literal 'root' where BriefingState says
 * string; every state here came from the editor or the server, and the core validates it again.
 */
function asContentInput(state: BriefingState): ContentInput {
  return state as ContentInput;
}

interface Start {
  queue: BriefingSaveQueue;
  initialState: BriefingState;
  recovered: { state: BriefingState; writtenAt: number } | null;
}

export function useBriefingSession(briefing: Briefing, casePath: string): BriefingSession {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved' });
  const [saveCount, setSaveCount] = useState(0);
  const [start] = useState<Start>(() => {
    const journal = new BriefingJournal(localStorage, journalKey(casePath, briefing.uid));
    const entry = journal.read();
    const work = unsavedWork(entry, briefing);
    if (entry && !work) journal.clear();
    const queue = new BriefingSaveQueue({
      initial: briefing.content,
      basedOn: briefing.updatedAt,
      journal,
      save: (content, checkpoint) =>
        api.saveBriefingContent({ id: briefing.id, content: asContentInput(content), checkpoint }),
      onStatus: setStatus,
      onSaved: () => setSaveCount((n) => n + 1),
    });
    return {
      queue,
      initialState: work?.state ?? briefing.content,
      recovered: work ? { state: work.state, writtenAt: work.writtenAt } : null,
    };
  });
  const { queue } = start;
  const [recoveredFrom, setRecoveredFrom] = useState(start.recovered?.writtenAt ?? null);

  useEffect(() => {
    // The journal's work becomes the server's at once; the editor already shows it.
    if (start.recovered) {
      queue.change(start.recovered.state);
      void queue.flush();
    }
    // Leaving the page or the briefing: one last save; the journal keeps it if that fails.
    const onLeave = () => void queue.flush();
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('beforeunload', onLeave);
    return () => {
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('beforeunload', onLeave);
      void queue.flush();
      queue.dispose();
    };
  }, [queue, start]);

  const [citedIds, setCitedIdsState] = useState<CitedIds>(() => citedIdsOf(start.initialState));
  const setCitedIds = useCallback((ids: CitedIds) => {
    const sorted = {
      documentIds: [...ids.documentIds].sort((a, b) => a - b),
      quoteUids: [...ids.quoteUids].sort(),
    };
    setCitedIdsState((current) =>
      JSON.stringify(current) === JSON.stringify(sorted) ? current : sorted,
    );
  }, []);
  const lookupKey = JSON.stringify(citedIds);
  const described = useQuery(
    citedIds.documentIds.length + citedIds.quoteUids.length > 0 ? `citations:${lookupKey}` : null,
    () => api.describeCitations(JSON.parse(lookupKey) as CitedIds),
  );
  const lookup = useMemo(
    () => ({
      sources: new Map((described.data?.sources ?? []).map((s) => [s.documentId as number, s])),
      quotes: new Map((described.data?.quotes ?? []).map((q) => [q.uid, q])),
    }),
    [described.data],
  );

  const [numbers, setNumbers] = useState(() => numbering(start.initialState));
  const numberingTimer = useRef(0);
  useEffect(() => () => window.clearTimeout(numberingTimer.current), []);

  const change = useCallback(
    (state: BriefingState) => {
      queue.change(state);
      window.clearTimeout(numberingTimer.current);
      numberingTimer.current = window.setTimeout(() => {
        setCitedIds(citedIdsOf(state));
        const next = numbering(state);
        setNumbers((current) =>
          current.order.join() === next.order.join() &&
          JSON.stringify([...current.counts]) === JSON.stringify([...next.counts])
            ? current
            : next,
        );
      }, NUMBERING_DELAY_MS);
    },
    [queue, setCitedIds],
  );

  return {
    initialState: start.initialState,
    status,
    recoveredFrom,
    dismissRecovered: useCallback(() => setRecoveredFrom(null), []),
    change,
    edited: useCallback(() => queue.edited(), [queue]),
    saveNow: useCallback((checkpoint = false) => queue.flush(checkpoint), [queue]),
    saveCount,
    lookup,
    lookupError: described.error,
    setCitedIds,
    sourceOrder: numbers.order,
    citationCounts: numbers.counts,
  };
}
