// "Quote deleted — Undo" for a while after a delete; Ctrl/Cmd+Z does the same while it shows.
import { useEffect, useEffectEvent } from 'react';
import { createPortal } from 'react-dom';
import { Button, isMac } from '../../ui';

export const UNDO_WINDOW_MS = 10_000;

interface UndoToastProps {
  message: string;
  /** Changes with every new deletion, so the time starts over. */
  stamp: number;
  onUndo: () => void;
  onExpire: () => void;
}

export function UndoToast({ message, stamp, onUndo, onExpire }: UndoToastProps) {
  const expire = useEffectEvent(onExpire);
  const undo = useEffectEvent(onUndo);

  useEffect(() => {
    const timer = window.setTimeout(() => expire(), UNDO_WINDOW_MS);
    return () => window.clearTimeout(timer);
  }, [stamp]);

  useEffect(() => {
    // Captured before anything else (the reader's own Ctrl+Z undoes alignment corrections).
    const onKeyDown = (event: KeyboardEvent) => {
      const primary = isMac ? event.metaKey : event.ctrlKey;
      const target = event.target;
      const typing =
        target instanceof HTMLElement &&
        (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      if (!primary || event.shiftKey || event.altKey || event.code !== 'KeyZ' || typing) return;
      event.preventDefault();
      event.stopPropagation();
      undo();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);

  return createPortal(
    // Its keys are its own, not the reader's around it.
    <div className="undo-toast" role="status" onKeyDown={(event) => event.stopPropagation()}>
      <span>{message}</span>
      <Button small variant="ghost" className="undo-toast__undo" onClick={onUndo}>
        Undo
      </Button>
      <Button small variant="ghost" aria-label="Dismiss" onClick={onExpire}>
        ×
      </Button>
    </div>,
    document.body,
  );
}
