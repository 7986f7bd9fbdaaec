// Crash safety of briefing autosave: a child saves numbered versions of a briefing and is killed
// with SIGKILL at random moments, 50 times on the same case. After every kill the briefing opens,
// its content is one of the versions (the last one reported saved, or the one in flight), its
// revisions all open and the newest is the current content, and its citation index matches it.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParallaxCase } from '../../../src/main/core/case';
import { openSqlite3 } from '../../../src/main/core/db/driver';
import { sourcesFromUploads } from '../../../src/main/core/import/sources';
import { collectCitations } from '../../../src/shared/briefings/citations';
import type { BriefingId } from '../../../src/shared/domain';
import { checkCaseFile } from '../../fuzz/caseChecks';
import { seededRandom, type Random } from '../../fuzz/random';
import { seedFiles, tempCasePath } from '../helpers/temp';
import { versionOf } from './briefingVersions';
import { bundleChild, runAndKill, type KillMoment } from './killChild';

const CHILD = resolve(import.meta.dirname, 'autosaveChild.ts');
const KILLS = 50;

function killMoment(random: Random): KillMoment {
  switch (random.int(0, 2)) {
    case 0:
      return { after: 'start', ms: random.int(50, 400) };
    case 1:
      return { after: 'ready', ms: random.int(0, 300) };
    default:
      return { after: 'line', word: 'saved', count: random.int(1, 4) };
  }
}

async function caseWithBriefing(): Promise<{
  path: string;
  id: BriefingId;
  documentIds: number[];
}> {
  const path = await tempCasePath();
  const parallaxCase = await ParallaxCase.open(path);
  const seeds = await seedFiles();
  const report = await parallaxCase.importSources(
    'seeds',
    sourcesFromUploads(seeds.map((s) => ({ name: s.name, size: s.bytes.length, bytes: s.bytes }))),
  );
  const { id } = await parallaxCase.briefings.create({ title: 'Sahel: défense · الدفاع' });
  await parallaxCase.close();
  return { path, id, documentIds: report.items.map((item) => Number(item.documentId)) };
}

/** Rows of the citation index, as "documentId/quoteUid", sorted. */
async function citationRows(path: string, id: BriefingId): Promise<string[]> {
  const db = await openSqlite3(path, { readonly: true });
  try {
    const rows = await db.all(
      'SELECT document_id, quote_uid FROM briefing_citations WHERE briefing_id = ?',
      [id],
    );
    return rows.map((r) => `${String(r.document_id)}/${String(r.quote_uid)}`).sort();
  } finally {
    await db.close();
  }
}

/** What the case holds for the briefing after a kill: its version and the problems found. */
async function inspect(
  path: string,
  id: BriefingId,
): Promise<{ version: number | null; problems: string[] }> {
  const problems: string[] = [];
  const parallaxCase = await ParallaxCase.open(path);
  try {
    // get() parses the stored JSON against the editor-state schema: damaged content throws.
    const { content } = await parallaxCase.briefings.get(id);
    const revisions = await parallaxCase.briefings.listRevisions(id);
    const contents = await Promise.all(
      revisions.map((r) =>
        parallaxCase.briefings.getRevision(id, r.id).then((full) => full.content),
      ),
    );
    if (contents.length === 0) problems.push('no revisions');
    else if (JSON.stringify(contents[0]) !== JSON.stringify(content)) {
      problems.push(
        `newest revision is version ${versionOf(contents[0]!)}, content is ${versionOf(content)}`,
      );
    }
    // Only the first revision (the new briefing, empty) is no numbered version.
    if (contents.slice(0, -1).some((c) => versionOf(c) === null))
      problems.push('a revision is no version');
    const expected = collectCitations(content)
      .map((c) => `${c.documentId}/${c.quoteUid ?? ''}`)
      .sort();
    const stored = await citationRows(path, id);
    if (JSON.stringify([...new Set(expected)]) !== JSON.stringify(stored)) {
      problems.push(`citation index ${stored.join(',')} for content citing ${expected.join(',')}`);
    }
    return { version: versionOf(content), problems };
  } finally {
    await parallaxCase.close();
  }
}

describe('killing a briefing autosave with SIGKILL', () => {
  it(`${KILLS} times keeps the briefing whole at the last saved version or the one in flight`, async () => {
    const child = await bundleChild(CHILD);
    const { path, id, documentIds } = await caseWithBriefing();
    const random = seededRandom(66);
    const problems: string[] = [];
    let current: number | null = null;
    let saves = 0;
    const started = performance.now();
    for (let kill = 1; kill <= KILLS; kill++) {
      const first = kill * 100_000;
      const run = await runAndKill(
        child,
        [path, String(id), String(first), documentIds.join(',')],
        killMoment(random),
      );
      expect(run.signal, `child ${kill} was not killed: ${run.stderr}`).toBe('SIGKILL');
      const saved = run.lines.filter((l) => l.startsWith('saved ')).map((l) => Number(l.slice(6)));
      saves += saved.length;
      const last = saved.at(-1);
      // Reported saves are in; the save in flight when the kill came may or may not be.
      const allowed: (number | null)[] = last === undefined ? [current, first] : [last, last + 1];
      const found = await inspect(path, id);
      problems.push(...found.problems.map((p) => `after kill ${kill}: ${p}`));
      if (!allowed.includes(found.version)) {
        problems.push(
          `after kill ${kill}: version ${found.version}, expected one of ${allowed.join(', ')}`,
        );
      }
      current = found.version;
    }
    problems.push(...(await checkCaseFile(path)));
    expect(problems).toEqual([]);
    expect(saves).toBeGreaterThan(KILLS);
    console.log(
      `${KILLS} autosave kills in ${((performance.now() - started) / 1000).toFixed(1)} s; ${saves} saves reported`,
    );
  }, 300_000);
});
