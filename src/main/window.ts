// The main window: hardened web preferences, remembered size and position.
import { join } from 'node:path';
import { BrowserWindow, screen } from 'electron';
import type { AppSettings } from './shell/settings';
import { APP_ENTRY_URL } from './shell/trust';

export function createMainWindow(
  preloadDir: string,
  saved: AppSettings['window'],
  onBoundsChange: (bounds: NonNullable<AppSettings['window']>) => void,
): BrowserWindow {
  const area = screen.getPrimaryDisplay().workAreaSize;
  const window = new BrowserWindow({
    width: Math.min(saved?.width ?? 1280, area.width),
    height: Math.min(saved?.height ?? 820, area.height),
    ...(saved?.x !== undefined && saved.y !== undefined ? { x: saved.x, y: saved.y } : {}),
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Parallax',
    webPreferences: {
      // Exposes the contract's calls and nothing else (reviewed: see electron.vite.config.ts).
      preload: join(preloadDir, 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // A middle click on a link must not open anything (new windows are denied besides).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  const remember = (): void => {
    if (window.isDestroyed() || window.isMinimized()) return;
    const bounds = window.getNormalBounds();
    onBoundsChange({ ...bounds, maximized: window.isMaximized() });
  };
  window.on('resized', remember);
  window.on('moved', remember);
  window.on('close', remember);
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
