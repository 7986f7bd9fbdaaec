import { describe, expect, it } from 'vitest';
import { openCaseDatabase } from '../../../../src/main/core/db/connection';
import { matchSentences, matchesMoreThan } from '../../../../src/main/core/db/queries/search';
import { ParallaxCase } from '../../../../src/main/core/case';
import { sourcesFromUploads } from '../../../../src/main/core/import/sources';
import { buildMatchExpression } from '../../../../src/main/core/search/terms';
import { seedFiles, tempCasePath } from '../../helpers/temp';

async function seededCasePath(): Promise<string> {
  const path = await tempCasePath();
  const parallaxCase = await ParallaxCase.open(path);
  const seeds = await seedFiles();
  await parallaxCase.importSources(
    'seeds',
    sourcesFromUploads(seeds.map((s) => ({ name: s.name, size: s.bytes.length, bytes: s.bytes }))),
  );
  await parallaxCase.close();
  return path;
}

describe('sentence ranking', () => {
  it('tells common queries from rare ones without ranking anything', async () => {
    const db = await openCaseDatabase(await seededCasePath());
    const mali = buildMatchExpression('مالي')!;
    expect(await matchesMoreThan(db.reader, mali, 3)).toBe(true);
    expect(await matchesMoreThan(db.reader, mali, 1_000)).toBe(false);
    await db.close();
  });

  it('ranks the same sentences by bm25 or by length, shorter first for length', async () => {
    const db = await openCaseDatabase(await seededCasePath());
    const match = buildMatchExpression('التعاون العسكري')!;
    const options = { window: 2_000, includeBoilerplate: false };
    const byBm25 = await matchSentences(db.reader, match, { ...options, ranking: 'bm25' });
    const byLength = await matchSentences(db.reader, match, { ...options, ranking: 'length' });
    expect(byLength.map((m) => m.segmentId).sort()).toEqual(byBm25.map((m) => m.segmentId).sort());
    expect(byLength.length).toBeGreaterThan(5);
    expect(byLength.every((m) => m.rank === m.end - m.start)).toBe(true);
    expect(byBm25.every((m) => m.rank < 0)).toBe(true);
    await db.close();
  });
});
