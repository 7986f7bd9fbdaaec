// The docked panel's width: dragged on its edge or set with the arrow keys on it, kept between
// sessions, and never so wide that the view beside it disappears.
import { useCallback, useState, type KeyboardEvent, type PointerEvent } from 'react';

const STORAGE_KEY = 'parallax.briefing-panel-width';
export const MIN_PANEL_WIDTH = 360;
const DEFAULT_WIDTH = 560;
const KEY_STEP = 24;

function maxWidth(): number {
  return Math.max(MIN_PANEL_WIDTH, window.innerWidth - 420);
}

function clamp(width: number): number {
  return Math.round(Math.min(maxWidth(), Math.max(MIN_PANEL_WIDTH, width)));
}

function storedWidth(): number {
  const stored = Number(localStorage.getItem(STORAGE_KEY));
  return Number.isFinite(stored) && stored > 0 ? clamp(stored) : clamp(DEFAULT_WIDTH);
}

export function usePanelWidth() {
  const [width, setWidthState] = useState(storedWidth);
  const setWidth = useCallback((next: number) => {
    const clamped = clamp(next);
    setWidthState(clamped);
    localStorage.setItem(STORAGE_KEY, String(clamped));
  }, []);

  // The panel sits at the window's end edge: dragging its start edge left makes it wider.
  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    event.preventDefault();
    const handle = event.currentTarget;
    handle.setPointerCapture(event.pointerId);
    const startX = event.clientX;
    const startWidth = width;
    const onMove = (move: globalThis.PointerEvent) => setWidth(startWidth + startX - move.clientX);
    const onUp = () => {
      handle.removeEventListener('pointermove', onMove);
      handle.removeEventListener('pointerup', onUp);
      handle.removeEventListener('pointercancel', onUp);
    };
    handle.addEventListener('pointermove', onMove);
    handle.addEventListener('pointerup', onUp);
    handle.addEventListener('pointercancel', onUp);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const step = { ArrowLeft: KEY_STEP, ArrowRight: -KEY_STEP }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    setWidth(width + step);
  };

  return {
    width,
    separatorProps: {
      role: 'separator' as const,
      tabIndex: 0,
      'aria-orientation': 'vertical' as const,
      'aria-label': 'Resize the briefing panel',
      'aria-valuenow': width,
      'aria-valuemin': MIN_PANEL_WIDTH,
      'aria-valuemax': maxWidth(),
      onPointerDown,
      onKeyDown,
    },
  };
}
