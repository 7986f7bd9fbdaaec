// Maps the command registry's Electron accelerators onto keyboard events.
import { appCommandIds, appCommands, type AppCommandId } from '../../../shared/commands';
import { isMac, keysLabel } from '../ui';

function matches(event: KeyboardEvent, accelerator: string): boolean {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  const wants = new Set(parts);
  const primary = wants.has('CmdOrCtrl');
  const primaryPressed = isMac ? event.metaKey : event.ctrlKey;
  const otherPressed = isMac ? event.ctrlKey : event.metaKey;
  if (primary !== primaryPressed || otherPressed) return false;
  if (wants.has('Shift') !== event.shiftKey || wants.has('Alt') !== event.altKey) return false;
  // event.code, not event.key: Alt and Shift change the character but not the key pressed.
  return key.length === 1 ? event.code === `Key${key.toUpperCase()}` : event.key === key;
}

export function commandForKey(event: KeyboardEvent): AppCommandId | null {
  for (const id of appCommandIds) {
    const { accelerator } = appCommands[id];
    if (accelerator && matches(event, accelerator)) return id;
  }
  return null;
}

/** How a command's accelerator reads on this platform, e.g. "Ctrl K" or "⌘K". */
export function shortcutLabel(id: AppCommandId): string {
  return keysLabel(appCommands[id].accelerator ?? '');
}
