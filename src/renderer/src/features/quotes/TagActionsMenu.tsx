// A small menu of actions on one tag, opened from its ⋯ button, the context-menu key or a right
// click: arrow keys move, Esc or a click elsewhere closes it.
import { useEffect, useRef, type KeyboardEvent } from 'react';

export interface MenuAction {
  label: string;
  shortcut?: string;
  danger?: boolean;
  run: () => void;
}

interface TagActionsMenuProps {
  label: string;
  /** Where to open: the viewport coordinates of the corner it hangs from. */
  at: { x: number; y: number };
  actions: MenuAction[];
  /** `restoreFocus`: dismissed (Esc, Tab, a click elsewhere) rather than an action chosen. */
  onClose: (restoreFocus: boolean) => void;
}

export function TagActionsMenu({ label, at, actions, onClose }: TagActionsMenuProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = {
      ArrowDown: (index + 1) % items.length,
      ArrowUp: (index - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      items[next]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      event.stopPropagation();
      onClose(true);
    }
  };

  return (
    <div
      ref={ref}
      role="menu"
      aria-label={label}
      className="menu"
      style={{ top: at.y, left: at.x }}
      onKeyDown={onKeyDown}
    >
      {actions.map((action) => (
        <button
          key={action.label}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className={action.danger ? 'menu__item menu__item--danger' : 'menu__item'}
          onClick={() => {
            onClose(false);
            action.run();
          }}
        >
          <span>{action.label}</span>
          {action.shortcut && <kbd className="menu__shortcut">{action.shortcut}</kbd>}
        </button>
      ))}
    </div>
  );
}
