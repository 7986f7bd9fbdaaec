// The Electron security checklist (the 20 items of electronjs.org/docs/latest/tutorial/security),
// held by the shell's source: what the thin Electron files must say, read as text, since no
// Electron binary runs here. Lint rules (eslint.config.js), Electronegativity over the build
// (npm run security), the pure trust functions (trust.test.ts), packaging.test.ts for the fuses
// and tests/electron (where a binary exists) cover the rest; SECURITY.md maps each item.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER_CSP } from '../../../src/shared/csp';
import { APP_ENTRY_URL } from '../../../src/main/shell/trust';

const root = join(import.meta.dirname, '..', '..', '..');
const source = (path: string) => readFile(join(root, path), 'utf8');

async function allSources(dir: string): Promise<{ path: string; text: string }[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name));
  return Promise.all(
    files.map(async (e) => {
      const path = join(e.parentPath, e.name);
      return { path, text: await readFile(path, 'utf8') };
    }),
  );
}

/** The webPreferences object literal of every BrowserWindow the shell creates. */
async function webPreferences(): Promise<{ file: string; text: string }[]> {
  const found: { file: string; text: string }[] = [];
  for (const file of ['src/main/window.ts', 'src/main/printer.ts']) {
    const text = await source(file);
    const at = text.indexOf('webPreferences: {');
    expect(at, `${file} declares webPreferences`).toBeGreaterThan(0);
    found.push({ file, text: text.slice(at, text.indexOf('}', at)) });
  }
  return found;
}

describe('Electron security checklist', () => {
  it('1, 18: loads only its own content, from app:// and never file://', async () => {
    expect(APP_ENTRY_URL).toBe('app://parallax/index.html');
    expect(await source('src/main/window.ts')).toMatch(/loadURL\(APP_ENTRY_URL\)/);
    for (const { path, text } of await allSources('src/main')) {
      expect(text, path).not.toMatch(/loadFile\(|['"`]file:\/\//);
    }
    expect(await source('src/main/protocol.ts')).toMatch(/registerSchemesAsPrivileged/);
  });

  it('2, 3, 4, 6, 8, 9: every window is sandboxed and isolated, without Node, web security on', async () => {
    for (const { file, text } of await webPreferences()) {
      for (const on of ['sandbox: true', 'contextIsolation: true', 'webSecurity: true'])
        expect(text, `${file}: ${on}`).toContain(on);
      expect(text, `${file}: nodeIntegration`).toContain('nodeIntegration: false');
      expect(text, file).not.toMatch(
        /allowRunningInsecureContent: true|experimentalFeatures: true/,
      );
    }
    expect(await source('src/main/index.ts')).toMatch(/app\.enableSandbox\(\)/);
  });

  it('5: every session refuses every permission', async () => {
    const security = await source('src/main/security.ts');
    expect(security).toMatch(/setPermissionRequestHandler\([^)]*\) => callback\(false\)\)/);
    expect(security).toMatch(/setPermissionCheckHandler\(\(\) => false\)/);
    expect(security).toMatch(/hardenSession\(session\.defaultSession\)/);
    // The printer's own in-memory session is hardened the same way.
    expect(await source('src/main/printer.ts')).toMatch(/setPermissionRequestHandler/);
  });

  it("7: a CSP of default-src 'none', no inline or eval script, Trusted Types without policies", async () => {
    const directives = RENDERER_CSP.split('; ');
    expect(directives).toEqual(
      expect.arrayContaining([
        "default-src 'none'",
        "script-src 'self'",
        "require-trusted-types-for 'script'",
        "trusted-types 'none'",
        "frame-ancestors 'none'",
      ]),
    );
    expect(RENDERER_CSP).not.toMatch(/unsafe-inline|unsafe-eval|http:|https:|\*/);
    expect(await source('src/main/protocol.ts')).toMatch(/'Content-Security-Policy': RENDERER_CSP/);
  });

  it('10, 11, 12: no Blink features enabled, no <webview> (and one attached would be refused)', async () => {
    for (const { file, text } of await webPreferences()) {
      expect(text, file).not.toContain('enableBlinkFeatures');
    }
    expect(await source('src/main/window.ts')).toContain('webviewTag: false');
    expect(await source('src/main/security.ts')).toMatch(
      /'will-attach-webview', \(event\) => event\.preventDefault\(\)/,
    );
  });

  it('13, 14: navigation, redirects and new windows are refused everywhere', async () => {
    const security = await source('src/main/security.ts');
    expect(security).toMatch(/app\.on\('web-contents-created'/);
    expect(security).toMatch(/setWindowOpenHandler\(\(\) => \(\{ action: 'deny' \}\)\)/);
    expect(security).toMatch(/'will-navigate', \(event\) => event\.preventDefault\(\)/);
    expect(security).toMatch(/'will-redirect', \(event\) => event\.preventDefault\(\)/);
  });

  it('15: shell.openExternal is not used at all', async () => {
    for (const { path, text } of await allSources('src')) {
      expect(text, path).not.toMatch(/openExternal/);
    }
  });

  it('16: a supported Electron', async () => {
    const pkg = JSON.parse(await source('package.json')) as {
      devDependencies: Record<string, string>;
    };
    expect(Number(pkg.devDependencies.electron?.split('.')[0])).toBeGreaterThanOrEqual(45);
  });

  it('17: every IPC handler checks its sender frame before anything else', async () => {
    const ipc = await source('src/main/ipc.ts');
    expect(ipc.match(/ipcMain\.handle\(/g)).toHaveLength(1);
    expect(ipc).toMatch(/for \(const method of methodNames\)/);
    const handler = ipc.slice(ipc.indexOf('ipcMain.handle('));
    expect(handler.indexOf('isTrustedSender(')).toBeLessThan(handler.indexOf('dispatchCall('));
    for (const { path, text } of await allSources('src/main')) {
      if (!path.endsWith('ipc.ts')) expect(text, path).not.toMatch(/ipcMain\.(on|handle)\(/);
    }
  });

  it('20: the page gets the contract and nothing of Electron', async () => {
    const preload = await source('src/preload/index.ts');
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).toMatch(/exposeInMainWorld\('parallax', bridge\)/);
    // One function per contract method and the event subscription: no ipcRenderer, no send().
    expect(preload).toMatch(/const bridge = \{ \.\.\.methods, on \} as ParallaxBridge;/);
    expect(preload).not.toMatch(/\.send\(|sendSync\(/);
  });
});
