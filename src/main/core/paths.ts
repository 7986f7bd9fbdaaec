// Where Parallax keeps its files when no case is named: the same folder the desktop app uses
// (Electron's appData/Parallax), so the web mode and the CLI open the same default case.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Parallax';
export const CASE_EXTENSION = '.parallax';

export function appDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (platform === 'win32') return env.APPDATA ?? join(homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? join(homedir(), '.config');
}

export function defaultCasePath(): string {
  return join(appDataDir(), APP_NAME, 'cases', `default${CASE_EXTENSION}`);
}
