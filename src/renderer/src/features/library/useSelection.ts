// Multi-selection over the library's rows, the way file managers do it: click selects one,
// Ctrl/Cmd-click toggles, Shift-click selects a range from the anchor. It holds ids, not rows, so
// it survives pages loading and unloading; a range or Select all reaches rows never scrolled to
// by asking the window for their ids.
import { useCallback, useMemo, useState } from 'react';
import type { DocumentWindow } from './useDocumentWindow';

export interface SelectionModifiers {
  toggle: boolean;
  range: boolean;
}

interface SelectionState {
  selected: ReadonlySet<number>;
  /** The row a Shift-range starts from: its id, and its index when chosen (if its page is gone). */
  anchor: { id: number; index: number } | null;
  active: { id: number; index: number } | null;
}

export interface Selection {
  /** Selected ids, in list order as far as their rows are loaded. */
  selectedIds: number[];
  isSelected: (id: number) => boolean;
  /** Index of the active row (where it was last seen if its page is not loaded), or -1. */
  activeIndex: number;
  select: (index: number, modifiers: SelectionModifiers) => Promise<void>;
  toggle: (index: number) => Promise<void>;
  /** Moves the active row, selecting it (or extending the range). Resolves to its id. */
  move: (to: number, extend: boolean) => Promise<number | undefined>;
  selectAll: () => Promise<void>;
  clear: () => void;
}

const EMPTY: SelectionState = { selected: new Set(), anchor: null, active: null };

export function useSelection(rows: DocumentWindow): Selection {
  const [state, setState] = useState<SelectionState>(EMPTY);
  const { total, find, rowAt, idsBetween } = rows;

  const idAt = useCallback(
    async (index: number): Promise<number | undefined> =>
      rowAt(index)?.id ?? (await idsBetween(index, index))[0],
    [rowAt, idsBetween],
  );

  const select = useCallback(
    async (index: number, { toggle, range: extend }: SelectionModifiers) => {
      const id = await idAt(index);
      if (id === undefined) return;
      const anchorIndex =
        state.anchor === null ? -1 : (find(state.anchor.id)?.index ?? state.anchor.index);
      if (extend && anchorIndex >= 0) {
        const inRange = await idsBetween(anchorIndex, index);
        setState((s) => ({
          selected: toggle ? new Set([...s.selected, ...inRange]) : new Set(inRange),
          anchor: s.anchor,
          active: { id, index },
        }));
        return;
      }
      setState((s) => {
        const anchor = { id, index };
        if (!toggle) return { selected: new Set([id]), anchor, active: anchor };
        const selected = new Set(s.selected);
        if (selected.has(id)) selected.delete(id);
        else selected.add(id);
        return { selected, anchor, active: anchor };
      });
    },
    [idAt, find, idsBetween, state.anchor],
  );

  const toggle = useCallback(
    (index: number) => select(index, { toggle: true, range: false }),
    [select],
  );

  const move = useCallback(
    async (to: number, extend: boolean) => {
      if (total === 0) return undefined;
      const index = Math.max(0, Math.min(total - 1, to));
      await select(index, { toggle: false, range: extend });
      return idAt(index);
    },
    [total, select, idAt],
  );

  const selectAll = useCallback(async () => {
    const all = await idsBetween(0, total - 1);
    setState((s) => ({ ...s, selected: new Set(all) }));
  }, [idsBetween, total]);

  const clear = useCallback(() => setState(EMPTY), []);

  const selectedIds = useMemo(() => {
    const at = (id: number) => find(id)?.index ?? Number.MAX_SAFE_INTEGER;
    return [...state.selected]
      .map((id) => ({ id, index: at(id) }))
      .sort((a, b) => a.index - b.index)
      .map(({ id }) => id);
  }, [state.selected, find]);
  const isSelected = useCallback((id: number) => state.selected.has(id), [state.selected]);

  return {
    selectedIds,
    isSelected,
    activeIndex: state.active === null ? -1 : (find(state.active.id)?.index ?? state.active.index),
    select,
    toggle,
    move,
    selectAll,
    clear,
  };
}
