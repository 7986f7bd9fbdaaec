// The reader's keyboard map. Movement keys act when the text surface has focus; commands act
// anywhere in the reader except while typing in a field.
import type { KeyboardEvent } from 'react';
import { isMac, type KeyHelp } from '../../ui';

export type ReaderKey =
  | 'up'
  | 'down'
  | 'pageUp'
  | 'pageDown'
  | 'home'
  | 'end'
  | 'nextColumn'
  | 'previousColumn'
  | 'choose'
  | 'extend'
  | 'toggle'
  | 'escape'
  | 'link'
  | 'unlink'
  | 'merge'
  | 'split'
  | 'undo'
  | 'redo';

const MOVES: Record<string, ReaderKey> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  PageUp: 'pageUp',
  PageDown: 'pageDown',
  Home: 'home',
  End: 'end',
};

const LETTERS: Record<string, ReaderKey> = {
  l: 'link',
  u: 'unlink',
  m: 'merge',
  s: 'split',
};

/**
 * The letter a key stands for: the character typed when it is a Latin letter (AZERTY's M is M),
 * otherwise the key's position (so L still links with an Arabic keyboard layout).
 */
function letterOf(event: KeyboardEvent): string {
  if (/^[a-z]$/i.test(event.key)) return event.key.toLowerCase();
  return /^Key[A-Z]$/.test(event.code) ? event.code.slice(3).toLowerCase() : '';
}

/** The keys and what they do, for the reader's help line and the shortcuts sheet. */
export const READER_KEY_HELP: KeyHelp = [
  ['↑ ↓', 'move'],
  ['Tab', 'next column'],
  ['Space', 'pin / choose'],
  ['Shift+Space', 'choose a run'],
  ['CmdOrCtrl+Space', 'add or drop one'],
  ['L', 'link'],
  ['U', 'unlink'],
  ['M', 'merge with next'],
  ['S', 'split after'],
  ['Esc', 'unpin, then back'],
];

function isTyping(target: EventTarget): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
  );
}

export function readerKey(event: KeyboardEvent, onSurface: boolean): ReaderKey | null {
  if (isTyping(event.target)) return null;
  const primary = isMac ? event.metaKey : event.ctrlKey;
  if (event.key === ' ' && onSurface) {
    if (event.shiftKey) return 'extend';
    return event.ctrlKey || event.metaKey ? 'toggle' : 'choose';
  }
  if (primary && !event.altKey) {
    const letter = letterOf(event);
    if (letter === 'z') return event.shiftKey ? 'redo' : 'undo';
    if (letter === 'y' && !isMac) return 'redo';
    return null;
  }
  if (event.key === 'Escape') return 'escape';
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const command = event.shiftKey ? undefined : LETTERS[letterOf(event)];
  if (command) return command;
  if (!onSurface) return null;
  if (event.key === 'Tab') return event.shiftKey ? 'previousColumn' : 'nextColumn';
  if (event.key === 'Enter') return event.shiftKey ? 'extend' : 'choose';
  return MOVES[event.key] ?? null;
}
