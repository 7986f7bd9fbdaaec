// Watches the user's text selection inside a text surface and keeps the quote span it would make:
// mapped to canonical offsets and snapped to whole words. Hidden while the mouse is still down, so
// the offer to tag appears when a drag ends (or as the keyboard extends a selection).
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { spanForSelection } from '../../../../shared/quotes/selection';
import { spanOfRange } from './domOffsets';

export interface CapturedSpan {
  documentId: number;
  start: number;
  end: number;
  /** Where the selection is on screen, to place what is offered next to it. */
  rect: DOMRect;
}

/** The snapped span of the current selection inside `root`, or null. */
export function captureSelection(
  root: HTMLElement | null,
  texts: ReadonlyMap<number, string>,
): CapturedSpan | null {
  const selection = window.getSelection();
  if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  const raw = spanOfRange(root, range);
  if (!raw) return null;
  const text = texts.get(raw.documentId);
  if (text === undefined) return null;
  const span = spanForSelection(text, raw.start, raw.end);
  if (!span) return null;
  const rects = range.getClientRects();
  const rect =
    rects.length > 0 ? (rects[rects.length - 1] as DOMRect) : range.getBoundingClientRect();
  return { documentId: raw.documentId, ...span, rect };
}

export function useSelectionCapture(
  rootRef: RefObject<HTMLElement | null>,
  texts: ReadonlyMap<number, string>,
  enabled: boolean,
): { captured: CapturedSpan | null; capture: () => CapturedSpan | null; clear: () => void } {
  const [captured, setCaptured] = useState<CapturedSpan | null>(null);
  const capture = useCallback(() => captureSelection(rootRef.current, texts), [rootRef, texts]);
  // Outlives the effect below: a text arriving mid-drag re-subscribes it, the mouse is still down.
  const pointerDown = useRef(false);

  useEffect(() => {
    if (!enabled) return;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setCaptured(pointerDown.current ? null : capture()));
    };
    const onDown = (event: MouseEvent) => {
      if (event.button === 0) pointerDown.current = true;
    };
    const onUp = () => {
      pointerDown.current = false;
      update();
    };
    // A text that arrives after the selection was made (search results load theirs on demand).
    update();
    document.addEventListener('selectionchange', update);
    document.addEventListener('mousedown', onDown, true);
    document.addEventListener('mouseup', onUp, true);
    // Scrolling moves the selection on screen; the offer follows it.
    window.addEventListener('scroll', update, true);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('mousedown', onDown, true);
      document.removeEventListener('mouseup', onUp, true);
      window.removeEventListener('scroll', update, true);
    };
  }, [enabled, capture]);

  const clear = useCallback(() => setCaptured(null), []);
  return { captured: enabled ? captured : null, capture, clear };
}
