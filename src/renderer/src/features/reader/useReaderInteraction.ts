// The reader's pointer and keyboard state: the hovered, pinned and chosen sentences, the keyboard
// cursor, what lights up, and which passages to bring into view.
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type MouseEvent,
  type RefObject,
} from 'react';
import {
  moveInColumn,
  moveInRows,
  rowIndexOf,
  selectSentence,
  switchColumnInRows,
  type Cursor,
  type ScrollRequest,
  type SelectMode,
  type Selection,
} from './interaction';
import { litFrom, type LinkRef, type Lit, type ReaderLayout, type ReaderSentence } from './model';
import type { AlignedRow } from './rows';

interface InteractionInput {
  layout: ReaderLayout | null;
  columnCount: number;
  /** Per column, the sentences shown, in order. */
  visible: readonly (readonly ReaderSentence[])[];
  rows: readonly AlignedRow[];
  sentences: ReadonlyMap<number, ReaderSentence>;
  links: Map<number, LinkRef[]>;
  surfaceRef: RefObject<HTMLDivElement | null>;
}

/** The best counterpart of the lit sentences in each column other than `except`. */
function bestCounterparts(
  lit: ReadonlyMap<number, Lit>,
  sentences: ReadonlyMap<number, ReaderSentence>,
  except: number | undefined,
): Map<number, number> {
  const best = new Map<number, { id: number; score: number }>();
  for (const [id, mark] of lit) {
    const column = sentences.get(id)?.column;
    if (mark.role !== 'counterpart' || column === undefined || column === except) continue;
    const score = mark.manual ? 2 : (mark.score ?? 0);
    if ((best.get(column)?.score ?? -1) < score) best.set(column, { id, score });
  }
  return new Map([...best].map(([column, { id }]) => [column, id]));
}

function sentenceIdAt(target: EventTarget): number | null {
  const element = target instanceof Element ? target.closest('[data-sentence-id]') : null;
  return element instanceof HTMLElement ? Number(element.dataset.sentenceId) : null;
}

export function useReaderInteraction(input: InteractionInput) {
  const { layout, columnCount, visible, rows, sentences, links, surfaceRef } = input;
  const [hovered, setHovered] = useState<number | null>(null);
  const [pinned, setPinned] = useState<number | null>(null);
  const [selection, setSelection] = useState<Selection>([]);
  const [cursor, setCursor] = useState<Cursor | null>(null);
  const [focused, setFocused] = useState(false);
  const [scroll, setScroll] = useState<ScrollRequest | null>(null);
  const nonce = useRef(0);
  const lastInColumn = useRef(new Map<number, number>());
  const rowOf = useMemo(() => rowIndexOf(rows), [rows]);

  const source = hovered ?? pinned ?? (focused ? (cursor?.sentenceId ?? null) : null);
  const lit = useMemo(() => litFrom(links, source), [links, source]);

  // Between comparable accounts, related passages scroll into view (after a pause when hovering,
  // so sweeping the pointer across a column does not shake the others).
  useEffect(() => {
    if (layout !== 'comparable' || source === null) return;
    const targets = bestCounterparts(lit, sentences, sentences.get(source)?.column);
    if (targets.size === 0) return;
    const timer = window.setTimeout(
      () => setScroll({ nonce: ++nonce.current, row: null, targets }),
      source === hovered ? 150 : 0,
    );
    return () => window.clearTimeout(timer);
  }, [layout, source, hovered, lit, sentences]);

  const startCursor = (): Cursor =>
    cursor ?? {
      column: 0,
      row: 0,
      sentenceId: (layout === 'aligned' ? rows[0]?.cells[0]?.[0] : visible[0]?.[0]?.id) ?? null,
    };

  const placeCursor = (next: Cursor) => {
    setCursor(next);
    if (next.sentenceId !== null) lastInColumn.current.set(next.column, next.sentenceId);
    const row =
      layout === 'aligned'
        ? next.sentenceId === null
          ? next.row
          : (rowOf.get(next.sentenceId) ?? next.row)
        : null;
    const targets = new Map<number, number>();
    if (next.sentenceId !== null) targets.set(next.column, next.sentenceId);
    setScroll({ nonce: ++nonce.current, row, targets });
  };

  /** Moves the cursor by `delta` sentences (or rows when `jump`); the first key only shows it. */
  const move = (delta: number, jump: boolean) => {
    const from = startCursor();
    if (!cursor) placeCursor(from);
    else if (layout === 'aligned') placeCursor(moveInRows(rows, rowOf, from, delta, jump));
    else placeCursor(moveInColumn(visible[from.column] ?? [], from, delta));
  };

  /** Moves the cursor one column left or right; false at the edge (Tab then leaves the reader). */
  const switchColumn = (step: 1 | -1): boolean => {
    const from = startCursor();
    const column = from.column + step;
    if (column < 0 || column >= columnCount) return false;
    if (layout === 'aligned') {
      placeCursor(switchColumnInRows(rows, rowOf, from, column));
    } else {
      const counterpart = bestCounterparts(litFrom(links, from.sentenceId), sentences, from.column);
      const id =
        counterpart.get(column) ??
        lastInColumn.current.get(column) ??
        visible[column]?.[0]?.id ??
        null;
      placeCursor({ column, row: 0, sentenceId: id });
    }
    return true;
  };

  const choose = (sentence: ReaderSentence, mode: SelectMode) => {
    if (mode === 'replace' && pinned === sentence.id) {
      setPinned(null);
      setSelection((s) => s.filter((entry) => entry.column !== sentence.column));
    } else {
      setPinned(sentence.id);
      setSelection((s) => selectSentence(s, sentence, visible[sentence.column] ?? [], mode));
    }
    setCursor({
      column: sentence.column,
      row: rowOf.get(sentence.id) ?? 0,
      sentenceId: sentence.id,
    });
    lastInColumn.current.set(sentence.column, sentence.id);
  };

  const chooseAtCursor = (mode: SelectMode) => {
    const sentence = cursor?.sentenceId != null ? sentences.get(cursor.sentenceId) : undefined;
    if (sentence) choose(sentence, mode);
  };

  /** Unpins and forgets the choice; false when there was nothing to clear. */
  const clear = (): boolean => {
    if (pinned === null && selection.length === 0) return false;
    setPinned(null);
    setSelection([]);
    return true;
  };

  const pointer = {
    onMouseOver: (event: MouseEvent) => setHovered(sentenceIdAt(event.target)),
    onMouseLeave: () => setHovered(null),
    onMouseDown: (event: MouseEvent) => {
      // Shift+click chooses a run of sentences; it must not also select text.
      if (event.shiftKey && sentenceIdAt(event.target) !== null) event.preventDefault();
    },
    onClick: (event: MouseEvent) => {
      // A drag that selected words (to tag them) is not a click on a sentence.
      if (!(window.getSelection()?.isCollapsed ?? true)) return;
      const id = sentenceIdAt(event.target);
      const sentence = id === null ? undefined : sentences.get(id);
      if (!sentence) return;
      const mode = event.shiftKey
        ? 'extend'
        : event.ctrlKey || event.metaKey
          ? 'toggle'
          : 'replace';
      choose(sentence, mode);
      surfaceRef.current?.focus({ preventScroll: true });
    },
    onFocus: (event: FocusEvent) => setFocused(event.target === event.currentTarget),
    onBlur: () => setFocused(false),
  };

  return {
    pinned,
    selection,
    cursor,
    scroll,
    lit,
    move,
    switchColumn,
    chooseAtCursor,
    clear,
    clearSelection: () => setSelection([]),
    pointer,
  };
}
