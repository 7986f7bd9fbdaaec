// The Electron shell: lifecycle, the one window, wiring of core onto IPC. Kept thin: everything
// it calls is plain Node code tested without Electron.
import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { EventName, EventPayload } from '../shared/contract';
import { explainOpenFailure, restoreBackup } from './core/backup/backups';
import { APP_NAME, CASE_EXTENSION } from './core/paths';
import { createHandlers } from './core/handlers';
import { registerContract, sendEvent } from './ipc';
import { installMenu } from './menu';
import { createElectronPrinter } from './printer';
import { registerAppScheme, serveRenderer } from './protocol';
import { applySecurityPolicy } from './security';
import { CaseSession } from './shell/caseSession';
import { loadSettings, saveSettings, type AppSettings } from './shell/settings';
import { createMainWindow } from './window';

app.setName(APP_NAME);
app.enableSandbox();
registerAppScheme();

let mainWindow: BrowserWindow | undefined;
let caseSession: CaseSession | undefined;
let quitting = false;

async function start(): Promise<void> {
  const settingsPath = join(app.getPath('userData'), 'settings.json');
  const casesDir = join(app.getPath('userData'), 'cases');
  const settings: AppSettings = await loadSettings(settingsPath);
  const remember = (change: Partial<AppSettings>): void => {
    Object.assign(settings, change);
    void saveSettings(settingsPath, settings);
  };

  applySecurityPolicy();
  serveRenderer(join(import.meta.dirname, '../renderer'));

  const emit = <E extends EventName>(event: E, payload: EventPayload<E>): void =>
    sendEvent(mainWindow?.webContents, event, payload);
  const defaultCase = join(casesDir, `default${CASE_EXTENSION}`);
  const printer = createElectronPrinter();
  const lastCase = settings.lastCase ?? defaultCase;
  try {
    caseSession = await CaseSession.open(lastCase, emit, printer);
  } catch (error) {
    // The last case may have moved or be damaged: say which, offer its newest good backup, and
    // otherwise fall back to the default case (never to an empty copy of the damaged one).
    const failure = await explainOpenFailure(lastCase, error);
    const answer = failure.backup
      ? dialog.showMessageBoxSync({
          type: 'error',
          message: 'Cannot open the last case',
          detail: `${failure.message}\n\nRestoring keeps the damaged file beside it.`,
          buttons: ['Restore the backup', 'Open the default case'],
          defaultId: 0,
        })
      : (dialog.showErrorBox('Cannot open the last case', failure.message), 1);
    if (failure.backup && answer === 0) {
      await restoreBackup(failure.backup.path, lastCase);
      caseSession = await CaseSession.open(lastCase, emit, printer);
    } else {
      caseSession = await CaseSession.open(defaultCase, emit, printer);
    }
  }
  remember({ lastCase: caseSession.current().path });

  registerContract(createHandlers(caseSession));
  installMenu(
    { session: caseSession, casesDir, onCaseOpened: (path) => remember({ lastCase: path }) },
    !app.isPackaged,
  );
  mainWindow = createMainWindow(
    join(import.meta.dirname, '../preload'),
    settings.window,
    (bounds) => remember({ window: bounds }),
  );
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

app.whenReady().then(start, (error: unknown) => {
  dialog.showErrorBox('Parallax could not start', (error as Error).message);
  app.exit(1);
});

app.on('window-all-closed', () => app.quit());

// Pending writes are drained and the database closed cleanly before the process ends.
app.on('before-quit', (event) => {
  if (quitting || !caseSession) return;
  event.preventDefault();
  quitting = true;
  void caseSession.close().finally(() => app.quit());
});
