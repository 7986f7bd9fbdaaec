// Which quotes the card shows: those under the pointer after a short pause (the card stays while
// the pointer moves into it), or, after a click on a highlight, until Esc or a click elsewhere.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { quoteIdsOf, quotedRunAt } from './domOffsets';
import { anchorOf, type Anchor } from './Floating';

const SHOW_DELAY_MS = 250;
const HIDE_DELAY_MS = 250;

export interface CardState {
  quoteIds: number[];
  anchor: Anchor;
  /** Opened by a click: stays open until closed. */
  pinned: boolean;
}

export function useQuoteHover(
  rootRef: RefObject<HTMLElement | null>,
  cardRef: RefObject<HTMLDivElement | null>,
) {
  const [card, setCard] = useState<CardState | null>(null);
  const showTimer = useRef(0);
  const hideTimer = useRef(0);

  const scheduleHide = useCallback(() => {
    window.clearTimeout(hideTimer.current);
    hideTimer.current = window.setTimeout(
      () => setCard((current) => (current && !current.pinned ? null : current)),
      HIDE_DELAY_MS,
    );
  }, []);
  const keep = useCallback(() => window.clearTimeout(hideTimer.current), []);

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const onOver = (event: MouseEvent) => {
      const run = quotedRunAt(event.target);
      window.clearTimeout(showTimer.current);
      if (!run) {
        scheduleHide();
        return;
      }
      keep();
      showTimer.current = window.setTimeout(() => {
        const next = { quoteIds: quoteIdsOf(run), anchor: anchorOf(run.getBoundingClientRect()) };
        setCard((current) => (current?.pinned ? current : { ...next, pinned: false }));
      }, SHOW_DELAY_MS);
    };
    const onLeave = () => {
      window.clearTimeout(showTimer.current);
      scheduleHide();
    };
    const onClick = (event: MouseEvent) => {
      const run = quotedRunAt(event.target);
      // The end of a drag over a highlight selects text; only a plain click opens the card.
      if (!run || !(window.getSelection()?.isCollapsed ?? true)) return;
      window.clearTimeout(showTimer.current);
      setCard({
        quoteIds: quoteIdsOf(run),
        anchor: anchorOf(run.getBoundingClientRect()),
        pinned: true,
      });
      // After the surface's own click handling (the reader focuses its text), into the card.
      window.setTimeout(() => cardRef.current?.querySelector<HTMLElement>('button')?.focus());
    };
    const onDocumentDown = (event: MouseEvent) => {
      const inCard = event.target instanceof Node && cardRef.current?.contains(event.target);
      if (!inCard) setCard((current) => (current?.pinned ? null : current));
    };
    root.addEventListener('mouseover', onOver);
    root.addEventListener('mouseleave', onLeave);
    root.addEventListener('click', onClick);
    document.addEventListener('mousedown', onDocumentDown, true);
    return () => {
      window.clearTimeout(showTimer.current);
      window.clearTimeout(hideTimer.current);
      root.removeEventListener('mouseover', onOver);
      root.removeEventListener('mouseleave', onLeave);
      root.removeEventListener('click', onClick);
      document.removeEventListener('mousedown', onDocumentDown, true);
    };
  }, [rootRef, cardRef, scheduleHide, keep]);

  return { card, setCard, keep, scheduleHide, close: useCallback(() => setCard(null), []) };
}
