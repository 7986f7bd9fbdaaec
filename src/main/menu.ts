// The native menu and what its File commands do (dialogs live in main; renderer commands are
// forwarded to the page as menuCommand events).
import { randomUUID } from 'node:crypto';
import { BrowserWindow, Menu, dialog, type MenuItemConstructorOptions } from 'electron';
import { appCommands, type AppCommandId } from '../shared/commands';
import { CASE_EXTENSION } from './core/paths';
import { backupFolder } from './core/backup/backups';
import { sourcesFromPaths } from './core/import/sources';
import type { CaseSession } from './shell/caseSession';
import { menuTemplate, type MenuEntry } from './shell/menuTemplate';
import { sendEvent } from './ipc';

export interface MenuContext {
  session: CaseSession;
  casesDir: string;
  /** Called after the user switched to another case, to remember it. */
  onCaseOpened(path: string): void;
}

const caseFilters = [{ name: 'Parallax case', extensions: [CASE_EXTENSION.slice(1)] }];

async function runMainCommand(
  id: AppCommandId,
  context: MenuContext,
  window: BrowserWindow,
): Promise<void> {
  if (id === 'newCase') {
    const choice = await dialog.showSaveDialog(window, {
      title: 'New case',
      defaultPath: `${context.casesDir}/untitled${CASE_EXTENSION}`,
      filters: caseFilters,
    });
    if (choice.canceled || !choice.filePath) return;
    await context.session.switchTo(choice.filePath);
    context.onCaseOpened(choice.filePath);
  } else if (id === 'openCase') {
    const choice = await dialog.showOpenDialog(window, {
      title: 'Open case',
      defaultPath: context.casesDir,
      filters: caseFilters,
      properties: ['openFile'],
    });
    const [path] = choice.filePaths;
    if (choice.canceled || !path) return;
    await context.session.switchTo(path);
    context.onCaseOpened(path);
  } else if (id === 'restoreBackup') {
    const casePath = context.session.current().path;
    const choice = await dialog.showOpenDialog(window, {
      title: 'Restore from backup',
      defaultPath: backupFolder(casePath),
      filters: caseFilters,
      properties: ['openFile'],
    });
    const [backup] = choice.filePaths;
    if (choice.canceled || !backup) return;
    const answer = await dialog.showMessageBox(window, {
      type: 'warning',
      buttons: ['Restore', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      message: 'Replace the case with this backup?',
      detail: `${backup}\n\nThe current case file is kept beside it (…replaced-<time>), not deleted.`,
    });
    if (answer.response !== 0) return;
    const { replaced } = await context.session.restoreFrom(backup);
    if (replaced) {
      await dialog.showMessageBox(window, {
        message: 'Backup restored.',
        detail: `The file it replaced is kept as ${replaced}.`,
      });
    }
  } else if (id === 'importFiles' || id === 'importFolder') {
    const choice = await dialog.showOpenDialog(window, {
      title: appCommands[id].label.replace('…', ''),
      properties:
        id === 'importFiles'
          ? ['openFile', 'multiSelections']
          : ['openDirectory', 'multiSelections'],
    });
    if (choice.canceled || choice.filePaths.length === 0) return;
    const sources = await sourcesFromPaths(choice.filePaths);
    await context.session.current().importSources(randomUUID(), sources);
  }
}

function toElectron(entry: MenuEntry, context: MenuContext): MenuItemConstructorOptions {
  if (entry.kind === 'separator') return { type: 'separator' };
  if (entry.kind === 'role') return { role: entry.role };
  const { command } = entry;
  return {
    label: entry.label,
    ...(entry.accelerator ? { accelerator: entry.accelerator } : {}),
    click: (_item, focused) => {
      const window = focused instanceof BrowserWindow ? focused : BrowserWindow.getAllWindows()[0];
      if (!window) return;
      if (appCommands[command].handledBy === 'renderer') {
        sendEvent(window.webContents, 'menuCommand', { command });
        return;
      }
      runMainCommand(command, context, window).catch((error: unknown) => {
        dialog.showErrorBox(entry.label.replace('…', ''), (error as Error).message);
      });
    },
  };
}

export function installMenu(context: MenuContext, withDevTools: boolean): void {
  const template = menuTemplate(process.platform, withDevTools).map((section) => ({
    label: section.label,
    submenu: section.entries.map((entry) => toElectron(entry, context)),
  }));
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
