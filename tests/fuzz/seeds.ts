// The seed articles (tests/fixtures/seeds): real news in Arabic, French and English to mutate.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const SEEDS_DIR = resolve(import.meta.dirname, '../fixtures/seeds');

/** The seed files' bytes in name order; `dir` for code bundled away from this folder. */
export async function readSeeds(dir: string = SEEDS_DIR): Promise<Uint8Array[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(names.map(async (n) => new Uint8Array(await readFile(join(dir, n)))));
}
