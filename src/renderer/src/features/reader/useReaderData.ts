// Loads the reader's documents and the alignment of every pair of its columns, and sends the
// calls that change an alignment (mode, realign, corrections), keeping the answers in place.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MethodInput } from '../../../../shared/contract';
import type { Alignment, AlignmentCorrections, DocumentDetail } from '../../../../shared/domain';
import { api, toParallaxError, useQuery, type ParallaxError } from '../../api';
import { pairsOf, type ReaderPair } from './model';

export type ModeRequest = NonNullable<MethodInput<'getAlignment'>['mode']>;

export const READER_MARKS = {
  opened: 'reader:opened',
  alignmentReady: 'reader:alignment-ready',
  firstScreen: 'reader:first-screen',
} as const;

export interface ReaderData {
  documents: DocumentDetail[] | undefined;
  documentsError: ParallaxError | null;
  pairs: ReaderPair[];
  /** By pair; all present once loaded. */
  alignments: Alignment[] | undefined;
  alignmentError: ParallaxError | null;
  /** The first load, or a realign or mode change, is running. */
  aligning: boolean;
  /** A correction is being stored. */
  saving: boolean;
  retry: () => void;
  /** Recomputes every pair, or changes their mode; throws the server's refusal. */
  realign: (options: { recompute?: boolean; mode?: ModeRequest }) => Promise<void>;
  /** Stores one pair's corrections; throws the server's refusal, leaving the view as it was. */
  setCorrections: (pair: number, corrections: AlignmentCorrections) => Promise<void>;
}

interface Loaded {
  stamp: string;
  alignments: Alignment[] | undefined;
  error: ParallaxError | null;
}

export function useReaderData(ids: readonly number[]): ReaderData {
  const key = ids.join(',');
  const pairs = useMemo(() => pairsOf(key.split(',').map(Number)), [key]);
  const documents = useQuery(`reader:${key}`, () =>
    Promise.all(key.split(',').map((id) => api.getDocument({ id: Number(id) }))),
  );
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded>({ stamp: '', alignments: undefined, error: null });
  const [running, setRunning] = useState({ realign: 0, save: 0 });
  const stamp = `${key}#${attempt}`;

  useEffect(() => {
    performance.clearMarks(READER_MARKS.alignmentReady);
    performance.clearMarks(READER_MARKS.firstScreen);
    performance.mark(READER_MARKS.opened);
    let live = true;
    Promise.all(pairs.map((pair) => api.getAlignment({ documentIds: pair.documentIds }))).then(
      (alignments) => {
        if (!live) return;
        performance.mark(READER_MARKS.alignmentReady);
        setLoaded({ stamp, alignments, error: null });
      },
      (error: unknown) => {
        if (live) setLoaded({ stamp, alignments: undefined, error: toParallaxError(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [stamp, pairs]);

  const realign = useCallback(
    async (options: { recompute?: boolean; mode?: ModeRequest }) => {
      setRunning((r) => ({ ...r, realign: r.realign + 1 }));
      try {
        const alignments = await Promise.all(
          pairs.map((pair) => api.getAlignment({ documentIds: pair.documentIds, ...options })),
        );
        setLoaded((current) => ({ ...current, alignments, error: null }));
      } finally {
        setRunning((r) => ({ ...r, realign: r.realign - 1 }));
      }
    },
    [pairs],
  );

  const setCorrections = useCallback(
    async (pair: number, corrections: AlignmentCorrections) => {
      const documentIds = pairs[pair]?.documentIds;
      if (!documentIds) return;
      setRunning((r) => ({ ...r, save: r.save + 1 }));
      try {
        const alignment = await api.setAlignmentCorrections({ documentIds, corrections });
        setLoaded((current) => ({
          ...current,
          alignments: current.alignments?.map((old, i) => (i === pair ? alignment : old)),
        }));
      } finally {
        setRunning((r) => ({ ...r, save: r.save - 1 }));
      }
    },
    [pairs],
  );

  const current = loaded.stamp === stamp;
  return {
    documents: documents.data,
    documentsError: documents.error,
    pairs,
    alignments: current ? loaded.alignments : undefined,
    alignmentError: current ? loaded.error : null,
    aligning: !current || running.realign > 0,
    saving: running.save > 0,
    retry: () => {
      setAttempt((n) => n + 1);
      documents.refresh();
    },
    realign,
    setCorrections,
  };
}
