// Undo and redo of hand corrections. The server keeps one correction set per pair and replaces it
// on every change, so each step remembers the pair's set before and after, and undoing sends the
// set before. A step is recorded only once the server has accepted it.
import { useCallback, useState } from 'react';
import type { AlignmentCorrections } from '../../../../shared/domain';

export interface CorrectionStep {
  pair: number;
  label: string;
  before: AlignmentCorrections;
  after: AlignmentCorrections;
}

export interface CorrectionHistory {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  apply: (step: CorrectionStep) => Promise<void>;
  undo: () => Promise<string | null>;
  redo: () => Promise<string | null>;
}

type Send = (pair: number, corrections: AlignmentCorrections) => Promise<void>;

export function useCorrectionHistory(send: Send): CorrectionHistory {
  const [stacks, setStacks] = useState<{ past: CorrectionStep[]; future: CorrectionStep[] }>({
    past: [],
    future: [],
  });

  const apply = useCallback(
    async (step: CorrectionStep) => {
      await send(step.pair, step.after);
      setStacks((s) => ({ past: [...s.past, step], future: [] }));
    },
    [send],
  );

  const undo = useCallback(async () => {
    const step = stacks.past.at(-1);
    if (!step) return null;
    await send(step.pair, step.before);
    setStacks((s) => ({ past: s.past.slice(0, -1), future: [...s.future, step] }));
    return step.label;
  }, [send, stacks.past]);

  const redo = useCallback(async () => {
    const step = stacks.future.at(-1);
    if (!step) return null;
    await send(step.pair, step.after);
    setStacks((s) => ({ past: [...s.past, step], future: s.future.slice(0, -1) }));
    return step.label;
  }, [send, stacks.future]);

  return {
    canUndo: stacks.past.length > 0,
    canRedo: stacks.future.length > 0,
    undoLabel: stacks.past.at(-1)?.label ?? null,
    redoLabel: stacks.future.at(-1)?.label ?? null,
    apply,
    undo,
    redo,
  };
}
