// The five seed articles, read once for the tests.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SEEDS = fileURLToPath(new URL('../../../fixtures/seeds/', import.meta.url));

export type SeedNumber = '000' | '001' | '002' | '003' | '004';

export interface Seed {
  fileName: string;
  text: string;
}

export function readSeed(number: SeedNumber): Seed {
  const fileName = readdirSync(SEEDS).find((name) => name.startsWith(`${number}_`));
  if (!fileName) throw new Error(`No seed ${number} in ${SEEDS}`);
  return { fileName, text: readFileSync(SEEDS + fileName, 'utf8') };
}

export const SEED_NUMBERS: SeedNumber[] = ['000', '001', '002', '003', '004'];
