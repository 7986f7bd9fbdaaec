// Shows the span being tagged or adjusted while focus is in the popover (where the browser's own
// selection no longer shows), through the CSS Custom Highlight API: no change to the text's DOM.
import { useEffect, type RefObject } from 'react';
import { rangeOfSpan } from './domOffsets';

const HIGHLIGHT_NAME = 'parallax-draft';

export interface DraftSpan {
  documentId: number;
  start: number;
  end: number;
}

export function useDraftHighlight(
  rootRef: RefObject<HTMLElement | null>,
  draft: DraftSpan | null,
): void {
  const documentId = draft?.documentId;
  const start = draft?.start;
  const end = draft?.end;
  useEffect(() => {
    const root = rootRef.current;
    // Older engines lack the API; the popover still shows the words it will file.
    if (!root || documentId === undefined || start === undefined || end === undefined) return;
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const range = rangeOfSpan(root, documentId, start, end);
    if (!range) return;
    CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(range));
    return () => {
      CSS.highlights.delete(HIGHLIGHT_NAME);
    };
  }, [rootRef, documentId, start, end]);
}
