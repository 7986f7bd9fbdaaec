// Keys as the user's platform names them, and the help lists each view keeps beside its key
// handler (the reader's help line and the shortcuts sheet show them).

export const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * A view's keys and what each does. Keys are written as accelerators ("CmdOrCtrl+A",
 * "Shift+F10") so keysLabel shows them as this platform does.
 */
export type KeyHelp = readonly (readonly [keys: string, what: string])[];

/** How keys written as an accelerator read on this platform, e.g. "Ctrl Shift B" or "⌘⇧B". */
export function keysLabel(accelerator: string): string {
  return accelerator
    .split('+')
    .map((part) => {
      if (part === 'CmdOrCtrl') return isMac ? '⌘' : 'Ctrl';
      if (part === 'Shift') return isMac ? '⇧' : 'Shift';
      if (part === 'Alt') return isMac ? '⌥' : 'Alt';
      return part;
    })
    .join(isMac ? '' : ' ');
}
