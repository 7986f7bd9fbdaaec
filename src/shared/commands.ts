// App commands, declared once for the native menu, keyboard shortcuts and the renderer's own
// buttons. `handledBy` says which side acts: main (needs a native dialog) or the renderer.

export interface AppCommand {
  label: string;
  /** Electron accelerator syntax; the renderer maps CmdOrCtrl to Meta on macOS, Ctrl elsewhere. */
  accelerator: string | null;
  handledBy: 'main' | 'renderer';
  menu: 'file' | 'edit' | 'view' | 'help';
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
  // Lists the case's snapshots (a file dialog on its backup folder) and puts the chosen one back.
  restoreBackup: {
    label: 'Restore from backup…',
    accelerator: null,
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
  // The briefings list and the editor of the open briefing.
  showBriefings: {
    label: 'Briefings',
    accelerator: 'CmdOrCtrl+Shift+B',
    handledBy: 'renderer',
    menu: 'view',
  },
  // Type-ahead over quotes; the chosen one goes in as a quote block with its citation.
  insertQuote: {
    label: 'Insert quote…',
    accelerator: 'CmdOrCtrl+Shift+Q',
    handledBy: 'renderer',
    menu: 'edit',
  },
  // Cites a whole document (no quote): picks a source, inserts a citation mark.
  citeSource: {
    label: 'Cite source…',
    accelerator: 'CmdOrCtrl+Shift+K',
    handledBy: 'renderer',
    menu: 'edit',
  },
  // The renderer asks for the PDF and saves it: a download in the browser, a save dialog in the app.
  exportBriefingPdf: {
    label: 'Export briefing as PDF…',
    accelerator: 'CmdOrCtrl+Shift+E',
    handledBy: 'renderer',
    menu: 'file',
  },
  // Every shortcut on one sheet: these commands, and the keys of each view (library, reader, …).
  showShortcuts: {
    label: 'Keyboard shortcuts',
    accelerator: 'F1',
    handledBy: 'renderer',
    menu: 'help',
  },
} as const satisfies Record<string, AppCommand>;

export type AppCommandId = keyof typeof appCommands;

export const appCommandIds = Object.keys(appCommands) as AppCommandId[];
