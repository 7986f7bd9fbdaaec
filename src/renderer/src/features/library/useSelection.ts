// Multi-selection over an ordered list of ids, the way file managers do it:
// click selects one, Ctrl/Cmd-click toggles, Shift-click selects a range from the anchor.
import { useCallback, useMemo, useState } from 'react';

export interface SelectionModifiers {
  toggle: boolean;
  range: boolean;
}

interface SelectionState {
  selected: ReadonlySet<number>;
  anchor: number | null;
  active: number | null;
}

export interface Selection {
  /** Selected ids that are still in the list. */
  selectedIds: number[];
  isSelected: (id: number) => boolean;
  activeIndex: number;
  select: (index: number, modifiers: SelectionModifiers) => void;
  toggle: (index: number) => void;
  /** Moves the active row, selecting it (or extending the range). Returns the new index. */
  move: (to: number, extend: boolean) => number;
  selectAll: () => void;
  clear: () => void;
}

function range(ids: readonly number[], from: number, to: number): number[] {
  const [lo, hi] = from <= to ? [from, to] : [to, from];
  return ids.slice(lo, hi + 1);
}

export function useSelection(ids: readonly number[]): Selection {
  const [state, setState] = useState<SelectionState>({
    selected: new Set(),
    anchor: null,
    active: null,
  });

  const indexOf = useCallback((id: number | null) => (id === null ? -1 : ids.indexOf(id)), [ids]);

  const select = useCallback(
    (index: number, { toggle, range: extend }: SelectionModifiers) => {
      const id = ids[index];
      if (id === undefined) return;
      setState((s) => {
        const anchorIndex = ids.indexOf(s.anchor ?? -1);
        if (extend && anchorIndex >= 0) {
          const inRange = range(ids, anchorIndex, index);
          const selected = toggle ? new Set([...s.selected, ...inRange]) : new Set(inRange);
          return { selected, anchor: s.anchor, active: id };
        }
        if (toggle) {
          const selected = new Set(s.selected);
          if (selected.has(id)) selected.delete(id);
          else selected.add(id);
          return { selected, anchor: id, active: id };
        }
        return { selected: new Set([id]), anchor: id, active: id };
      });
    },
    [ids],
  );

  const toggle = useCallback(
    (index: number) => select(index, { toggle: true, range: false }),
    [select],
  );

  const move = useCallback(
    (to: number, extend: boolean) => {
      const index = Math.max(0, Math.min(ids.length - 1, to));
      select(index, { toggle: false, range: extend });
      return index;
    },
    [ids, select],
  );

  const selectAll = useCallback(() => setState((s) => ({ ...s, selected: new Set(ids) })), [ids]);
  const clear = useCallback(
    () => setState({ selected: new Set(), anchor: null, active: null }),
    [],
  );

  const selectedIds = useMemo(
    () => ids.filter((id) => state.selected.has(id)),
    [ids, state.selected],
  );
  const isSelected = useCallback((id: number) => state.selected.has(id), [state.selected]);

  return {
    selectedIds,
    isSelected,
    activeIndex: indexOf(state.active),
    select,
    toggle,
    move,
    selectAll,
    clear,
  };
}
