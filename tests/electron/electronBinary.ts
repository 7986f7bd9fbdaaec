// Finds the Electron executable without triggering its download (which fails offline).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const packageDir = resolve(import.meta.dirname, '../../node_modules/electron');

export function findElectronBinary(): { path: string } | { missing: string } {
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? join(override, relative ?? 'electron')
    : relative
      ? join(packageDir, 'dist', relative)
      : null;
  if (candidate && existsSync(candidate)) return { path: candidate };
  return {
    missing:
      'No Electron binary on this machine (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 and no ELECTRON_OVERRIDE_DIST_PATH): the desktop-app tests run where Electron is installed.',
  };
}
