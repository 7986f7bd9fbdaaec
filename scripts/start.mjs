#!/usr/bin/env node
// `npm start`: build if the sources changed, then open the desktop app. Where the Electron binary
// is missing and cannot be fetched (an offline machine), say so in one line and serve the same app
// on 127.0.0.1 for a local browser instead. `npm run web` (--web) goes straight to the browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const webOnly = args.includes('--web');
const passThrough = args.filter((arg) => arg !== '--web');

function newestMtime(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function buildIfNeeded() {
  const outputs = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'].map(
    (p) => join(root, p),
  );
  const inputs = ['src', 'electron.vite.config.ts', 'package.json'].map((p) => join(root, p));
  const built = outputs.every((p) => existsSync(p));
  if (
    built &&
    Math.max(...inputs.map(newestMtime)) <= Math.min(...outputs.map((p) => statSync(p).mtimeMs))
  )
    return;
  console.log('Building Parallax…');
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The Electron executable, fetching it once if this machine can; null where it cannot. */
function electronBinary() {
  const packageDir = join(root, 'node_modules/electron');
  if (!existsSync(packageDir)) return null;
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return join(override, relative ?? 'electron');
  if (relative && existsSync(join(packageDir, 'dist', relative)))
    return join(packageDir, 'dist', relative);
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return null;
  console.log('Fetching the Electron binary (once)…');
  const fetched = spawnSync(process.execPath, [join(packageDir, 'install.js')], {
    cwd: packageDir,
    stdio: 'ignore',
    timeout: 300_000,
  });
  if (fetched.status !== 0 || !existsSync(pathFile)) return null;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function startWeb() {
  run(process.execPath, ['--import', 'tsx', join(root, 'src/main/web/main.ts'), ...passThrough]);
}

buildIfNeeded();
if (webOnly) {
  startWeb();
} else {
  const binary = electronBinary();
  if (binary) {
    run(binary, [root, ...passThrough]);
  } else {
    console.log(
      'The Electron binary is not installed and cannot be downloaded here, so Parallax opens in your browser instead:',
    );
    startWeb();
  }
}
