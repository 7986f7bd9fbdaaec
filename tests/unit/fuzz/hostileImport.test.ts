// The bounded hostile-input run: a few hundred generated files (one of each kind at least) with a
// fixed seed, through the same checks as `npm run fuzz`.
import { describe, expect, it } from 'vitest';
import { FILE_KINDS } from '../../fuzz/hostileFiles';
import { runHostileImport } from '../../fuzz/hostileImport';
import { NAME_KINDS } from '../../fuzz/hostileNames';
import { summaryTable } from '../../fuzz/fuzzSummary';
import { tempDir } from '../helpers/temp';

describe('importing hostile files', () => {
  it('answers every file specifically, stores texts literally, and keeps the case sound', async () => {
    const report = await runHostileImport({
      seed: 20261126,
      count: 160,
      workDir: await tempDir('parallax-fuzz-'),
      hugeLine: 'sparse',
      longLineChars: 100_000,
      digestShare: 1,
      fileTimeoutMs: 20_000,
      reanalyse: true,
    });
    const summary = summaryTable(report);
    expect(report.violations, summary).toEqual([]);

    const kinds = new Set(report.outcomes.map((o) => o.file.kind));
    expect([...kinds].sort()).toEqual([...FILE_KINDS].sort());
    const nameKinds = new Set(report.outcomes.map((o) => o.file.nameKind));
    for (const kind of NAME_KINDS) expect(nameKinds, kind).toContain(kind);
    // The run proves something only if both sides of each check were exercised.
    const statuses = new Set(report.outcomes.map((o) => o.upload?.status));
    expect([...statuses].sort()).toEqual(['duplicate', 'imported', 'rejected']);
    expect(report.digestChecks).toBeGreaterThan(30);
    expect(report.literalChecks).toBeGreaterThan(40);
    expect(report.diskFiles).toBeGreaterThan(100);
  }, 120_000);
});
