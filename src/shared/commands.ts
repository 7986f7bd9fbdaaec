// App commands, declared once for the native menu, keyboard shortcuts and the renderer's own
// buttons. `handledBy` says which side acts: main (needs a native dialog) or the renderer.

export interface AppCommand {
  label: string;
  /** Electron accelerator syntax; the renderer maps CmdOrCtrl to Meta on macOS, Ctrl elsewhere. */
  accelerator: string | null;
  handledBy: 'main' | 'renderer';
  menu: 'file' | 'edit' | 'view';
}

export const appCommands = {
  newCase: {
    label: 'New case…',
    accelerator: 'CmdOrCtrl+Shift+N',
    handledBy: 'main',
    menu: 'file',
  },
  openCase: {
    label: 'Open case…',
    accelerator: 'CmdOrCtrl+Shift+O',
    handledBy: 'main',
    menu: 'file',
  },
  importFiles: {
    label: 'Import files…',
    accelerator: 'CmdOrCtrl+O',
    handledBy: 'main',
    menu: 'file',
  },
  importFolder: {
    label: 'Import folder…',
    accelerator: 'CmdOrCtrl+Alt+O',
    handledBy: 'main',
    menu: 'file',
  },
  focusSearch: { label: 'Search', accelerator: 'CmdOrCtrl+K', handledBy: 'renderer', menu: 'view' },
  showLibrary: {
    label: 'Library',
    accelerator: 'CmdOrCtrl+L',
    handledBy: 'renderer',
    menu: 'view',
  },
  // Opens the 2–4 documents selected in the library in the parallel reader.
  readSideBySide: {
    label: 'Read side by side',
    accelerator: 'CmdOrCtrl+Shift+Enter',
    handledBy: 'renderer',
    menu: 'view',
  },
  // The quote browser: tag tree, filtered quotes, tag × outlet matrix, export.
  showQuotes: {
    label: 'Quotes',
    accelerator: 'CmdOrCtrl+Shift+U',
    handledBy: 'renderer',
    menu: 'view',
  },
  tagSelection: {
    label: 'Tag selection…',
    accelerator: 'CmdOrCtrl+T',
    handledBy: 'renderer',
    menu: 'edit',
  },
} as const satisfies Record<string, AppCommand>;

export type AppCommandId = keyof typeof appCommands;

export const appCommandIds = Object.keys(appCommands) as AppCommandId[];
