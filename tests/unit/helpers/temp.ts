// Temporary folders and case files for tests: real files on disk, removed afterwards.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh empty folder, removed after the test. */
export async function tempDir(prefix = 'parallax-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Path of a case file that does not exist yet, in a fresh folder. */
export async function tempCasePath(): Promise<string> {
  return join(await tempDir(), 'test.parallax');
}

export const SEEDS_DIR = resolve(import.meta.dirname, '../../fixtures/seeds');

export async function seedFiles(): Promise<{ name: string; path: string; bytes: Uint8Array }[]> {
  const names = (await readdir(SEEDS_DIR)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(
    names.map(async (name) => {
      const path = join(SEEDS_DIR, name);
      return { name, path, bytes: new Uint8Array(await readFile(path)) };
    }),
  );
}
