// The packaging configuration (electron-builder.json): validated against electron-builder's own
// schema, with the fuses the issue asks for, and the files that must stay loadable outside the asar.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { unpackedPath } from '../../../src/main/core/workers';

const root = join(__dirname, '..', '..', '..');
const require = createRequire(import.meta.url);

interface BuilderConfig {
  electronFuses: Record<string, boolean>;
  asar: boolean;
  asarUnpack: string[];
  files: string[];
  publish: null;
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[] };
}

async function readConfig(): Promise<BuilderConfig> {
  return JSON.parse(await readFile(join(root, 'electron-builder.json'), 'utf8')) as BuilderConfig;
}

async function validate(config: unknown): Promise<void> {
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
    validateConfiguration(config: unknown, logger: unknown): Promise<void>;
  };
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (on: boolean) => unknown };
  await validateConfiguration(config, new DebugLogger(false));
}

describe('electron-builder.json', () => {
  it("is valid for electron-builder's schema, and a wrong fuse value is not", async () => {
    const config = await readConfig();
    await expect(validate(config)).resolves.toBeUndefined();
    const broken = { ...config, electronFuses: { ...config.electronFuses, runAsNode: 'off' } };
    await expect(validate(broken)).rejects.toThrow(/electronFuses/);
  });

  it('locks the fuses: no Node mode, no NODE_OPTIONS, no inspector, asar only and checked', async () => {
    expect((await readConfig()).electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });

  it('builds AppImage and deb, NSIS and dmg, and never publishes anywhere', async () => {
    const config = await readConfig();
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.publish).toBeNull();
  });

  it('keeps the worker threads, their chunks and the shipped resources outside the asar', async () => {
    const config = await readConfig();
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining(['out/main/*Worker.js', 'out/main/chunks/**', 'resources/**']),
    );
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'resources/**']));
  });

  it('has a test build that differs only by keeping the inspector for Playwright', async () => {
    const scripts = (
      JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(scripts.package).toBe('electron-vite build && electron-builder --publish never');
    expect(scripts['package:test']).toBe(
      'electron-vite build && electron-builder --publish never --dir ' +
        '-c.electronFuses.enableNodeCliInspectArguments=true -c.directories.output=dist-test',
    );
  });
});

describe('unpackedPath', () => {
  it.each([
    [
      '/opt/Parallax/resources/app.asar/out/main/alignWorker.js',
      '/',
      '/opt/Parallax/resources/app.asar.unpacked/out/main/alignWorker.js',
    ],
    ['/home/me/parallax/out/main/alignWorker.js', '/', '/home/me/parallax/out/main/alignWorker.js'],
    [
      'C:\\Parallax\\resources\\app.asar\\out\\main\\prepareWorker.js',
      '\\',
      'C:\\Parallax\\resources\\app.asar.unpacked\\out\\main\\prepareWorker.js',
    ],
    ['/x/app.asar.unpacked/out/main/w.js', '/', '/x/app.asar.unpacked/out/main/w.js'],
  ])('%s', (path, separator, expected) => {
    expect(unpackedPath(path, separator)).toBe(expected);
  });
});
