// Crash safety of imports: a child process imports articles one transaction at a time and is
// killed with SIGKILL at random moments (while starting or recovering the file, mid-import, right
// after a commit), 50 times into the same case so any damage would accumulate. The case must then
// pass SQLite's and FTS5's own integrity checks, hold every document whole, and hold every import
// the child reported as committed.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParallaxCase } from '../../../src/main/core/case';
import { openSqlite3 } from '../../../src/main/core/db/driver';
import { checkCaseFile } from '../../fuzz/caseChecks';
import { seededRandom, type Random } from '../../fuzz/random';
import { SEEDS_DIR } from '../../fuzz/seeds';
import { tempCasePath } from '../helpers/temp';
import { bundleChild, runAndKill, type KillMoment } from './killChild';

const CHILD = resolve(import.meta.dirname, 'importChild.ts');
const KILLS = 50;
/** Every this many kills the case is checked at once (otherwise the next child recovers it). */
const CHECK_EVERY = 10;

function killMoment(random: Random): KillMoment {
  switch (random.int(0, 2)) {
    case 0:
      // Often before "ready": while the file is opened, migrated or its WAL recovered.
      return { after: 'start', ms: random.int(50, 400) };
    case 1:
      return { after: 'ready', ms: random.int(0, 500) };
    default:
      return { after: 'line', word: 'committed', count: random.int(1, 3) };
  }
}

/** Reported commits that are not in the case as reported (id, name and marker). */
async function missingCommits(
  path: string,
  committed: ReadonlyMap<string, number>,
): Promise<string[]> {
  const db = await openSqlite3(path, { readonly: true });
  try {
    const rows = await db.all(
      `SELECT d.id, d.file_name, t.text FROM documents d JOIN document_texts t ON t.document_id = d.id`,
      [],
    );
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    const missing: string[] = [];
    for (const [name, id] of committed) {
      const row = byId.get(id);
      const marker = `marker ${name.replace(/^crash-(\d+)\.txt$/, '$1')}`;
      if (!row || row.file_name !== name || !String(row.text).endsWith(marker)) {
        missing.push(`${name} (document ${id})`);
      }
    }
    return missing;
  } finally {
    await db.close();
  }
}

describe('killing an import with SIGKILL', () => {
  it(`${KILLS} times leaves a sound case holding every reported commit`, async () => {
    const child = await bundleChild(CHILD);
    const path = await tempCasePath();
    const random = seededRandom(6);
    const committed = new Map<string, number>();
    const problems: string[] = [];
    const moments: string[] = [];
    const started = performance.now();
    for (let kill = 1; kill <= KILLS; kill++) {
      const moment = killMoment(random);
      // Each child numbers its files from its own range: a file imported but not reported before
      // the kill is never imported again under the same name.
      const run = await runAndKill(child, [path, String(kill * 100_000), SEEDS_DIR], moment);
      expect(run.signal, `child ${kill} was not killed: ${run.stderr}`).toBe('SIGKILL');
      const unexpected = run.lines.filter((l) => l !== 'ready' && !l.startsWith('committed '));
      expect(unexpected, run.stderr).toEqual([]);
      for (const line of run.lines.filter((l) => l.startsWith('committed '))) {
        const [, name, id] = line.split(' ');
        committed.set(name!, Number(id));
      }
      moments.push(`${moment.after}:${run.lines.length - 1}`);
      if (kill % CHECK_EVERY === 0 && existsSync(path)) {
        problems.push(...(await checkCaseFile(path)).map((p) => `after kill ${kill}: ${p}`));
        problems.push(
          ...(await missingCommits(path, committed)).map((m) => `after kill ${kill}: lost ${m}`),
        );
      }
    }
    const killsMs = performance.now() - started;

    // The app's own way in: open (recovery, migrations), list, close; then everything checked.
    const reopened = await ParallaxCase.open(path);
    const documents = await reopened.listDocuments();
    await reopened.close();
    problems.push(...(await checkCaseFile(path, { reanalyse: true })));
    problems.push(...(await missingCommits(path, committed)).map((m) => `lost ${m}`));
    expect(problems).toEqual([]);

    // Killed in the middle often enough to mean something: commits were reported, and at most
    // one document per kill (the one in flight) is in the case without having been reported.
    expect(committed.size).toBeGreaterThan(KILLS);
    expect(documents.length).toBeGreaterThanOrEqual(committed.size);
    expect(documents.length - committed.size).toBeLessThanOrEqual(KILLS);
    console.log(
      `${KILLS} kills in ${(killsMs / 1000).toFixed(1)} s; ${committed.size} commits reported, ${documents.length} documents; moments ${moments.join(' ')}`,
    );
  }, 300_000);
});
