import { describe, expect, it } from 'vitest';
import { appCommands } from '../../../src/shared/commands';
import { menuTemplate, type MenuEntry } from '../../../src/main/shell/menuTemplate';

const commandsOf = (entries: MenuEntry[]): string[] =>
  entries.flatMap((e) => (e.kind === 'command' ? [e.command] : []));

describe('menuTemplate', () => {
  it('has File: New case, Open case, Import files, Import folder, Export briefing, Restore, Quit on Linux and Windows', () => {
    for (const platform of ['linux', 'win32'] as const) {
      const file = menuTemplate(platform, false).find((s) => s.label === 'File');
      expect(commandsOf(file!.entries)).toEqual([
        'newCase',
        'openCase',
        'importFiles',
        'importFolder',
        'exportBriefingPdf',
        'restoreBackup',
      ]);
      expect(file!.entries.at(-1)).toEqual({ kind: 'role', role: 'quit' });
    }
  });

  it('puts Quit in the app menu on macOS', () => {
    const sections = menuTemplate('darwin', false);
    expect(sections[0]).toEqual({
      label: 'Parallax',
      entries: [{ kind: 'role', role: 'appMenu' }],
    });
    const file = sections.find((s) => s.label === 'File')!;
    expect(file.entries.some((e) => e.kind === 'role' && e.role === 'quit')).toBe(false);
  });

  it('takes labels and accelerators from the command registry', () => {
    const all = menuTemplate('linux', false).flatMap((s) => s.entries);
    for (const entry of all) {
      if (entry.kind !== 'command') continue;
      expect(entry.label).toBe(appCommands[entry.command].label);
      expect(entry.accelerator).toBe(appCommands[entry.command].accelerator);
    }
    expect(commandsOf(all)).toEqual(expect.arrayContaining(['focusSearch', 'importFiles']));
  });

  it('has View: Search, Library, Read side by side, Quotes and Briefings', () => {
    const view = menuTemplate('linux', false).find((s) => s.label === 'View')!;
    expect(commandsOf(view.entries)).toEqual([
      'focusSearch',
      'showLibrary',
      'readSideBySide',
      'showQuotes',
      'showBriefings',
    ]);
  });

  it('has Edit: the text roles, then Tag selection (Ctrl/Cmd+T), Insert quote, Cite source', () => {
    const edit = menuTemplate('linux', false).find((s) => s.label === 'Edit')!;
    expect(commandsOf(edit.entries)).toEqual(['tagSelection', 'insertQuote', 'citeSource']);
    expect(edit.entries.at(-3)).toMatchObject({ accelerator: 'CmdOrCtrl+T' });
    expect(edit.entries.at(-2)).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+Q' });
  });

  it('has Help: Keyboard shortcuts (F1), last, on every platform', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const help = menuTemplate(platform, false).at(-1)!;
      expect(help.label).toBe('Help');
      expect(help.entries).toEqual([
        { kind: 'command', command: 'showShortcuts', label: 'Keyboard shortcuts', accelerator: 'F1' },
      ]);
    }
  });

  it('offers developer tools only when asked', () => {
    const roles = (withDevTools: boolean): string[] =>
      menuTemplate('linux', withDevTools)
        .flatMap((s) => s.entries)
        .flatMap((e) => (e.kind === 'role' ? [e.role] : []));
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('gives every accelerator to one command only', () => {
    const accelerators = Object.values(appCommands)
      .map((c) => c.accelerator)
      .filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});
