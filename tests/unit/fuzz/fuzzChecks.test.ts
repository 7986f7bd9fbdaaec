// The fuzz and crash runs prove something only if their checks can fail: each check here meets the
// damage it exists to find. Also: the generator is deterministic and as hostile as it claims.
import { describe, expect, it } from 'vitest';
import { ParallaxCase } from '../../../src/main/core/case';
import { openSqlite3 } from '../../../src/main/core/db/driver';
import { sourcesFromUploads } from '../../../src/main/core/import/sources';
import type { ImportItem } from '../../../src/shared/domain';
import { checkCaseFile } from '../../fuzz/caseChecks';
import { FILE_KINDS, hostileFiles, type HostileFile } from '../../fuzz/hostileFiles';
import { readSeeds } from '../../fuzz/seeds';
import { itemProblems } from '../../fuzz/itemChecks';
import { seedFiles, tempCasePath } from '../helpers/temp';

async function seededCase(): Promise<string> {
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

describe('checkCaseFile', () => {
  it('finds nothing wrong with a freshly imported case', async () => {
    expect(await checkCaseFile(await seededCase(), { reanalyse: true })).toEqual([]);
  });

  it.each([
    [
      'a document without one of its sentences',
      "DELETE FROM segments WHERE id = (SELECT max(id) FROM segments WHERE kind = 'sentence')",
      /segments stored, analysis gives/,
    ],
    [
      'a document without one of its paragraphs',
      "DELETE FROM segments WHERE id = (SELECT min(id) FROM segments WHERE kind = 'paragraph' AND document_id = 2)",
      /text at \d+ is in no paragraph/,
    ],
    [
      'a document without its text',
      'PRAGMA foreign_keys = OFF; DELETE FROM document_texts WHERE document_id = 3',
      /document 3 has no text row/,
    ],
    [
      'a sentence missing from the search index',
      "DELETE FROM segment_fts WHERE rowid = (SELECT min(id) FROM segments WHERE kind = 'sentence')",
      /not in segment_fts/,
    ],
    [
      'segments left behind by a deleted document',
      'PRAGMA foreign_keys = OFF; DELETE FROM documents WHERE id = 4',
      /segments of a missing document 4|foreign_key_check/,
    ],
  ])('reports %s', async (_damage, statement, problem) => {
    const path = await seededCase();
    const db = await openSqlite3(path);
    await db.exec(statement);
    await db.close();
    const problems = await checkCaseFile(path, { reanalyse: true });
    expect(problems.join('\n')).toMatch(problem);
  });

  it('reports an FTS index whose shadow tables were tampered with', async () => {
    const path = await seededCase();
    const db = await openSqlite3(path);
    await db.exec('DELETE FROM segment_fts_data WHERE id = (SELECT max(id) FROM segment_fts_data)');
    await db.close();
    expect((await checkCaseFile(path)).join('\n')).toMatch(
      /segment_fts integrity-check|integrity_check/,
    );
  });
});

describe('itemProblems', () => {
  const file = (expect: HostileFile['expect']): HostileFile => ({
    index: 0,
    kind: 'random-bytes',
    name: 'x.txt',
    nameKind: null,
    bytes: new Uint8Array(1),
    size: 1,
    expect,
  });
  const item = (changes: Partial<ImportItem>): ImportItem => ({
    file: 'x.txt',
    status: 'rejected',
    reason: 'The file looks binary: it contains NUL bytes at offset 0.',
    rejection: 'binary',
    documentId: null,
    language: null,
    title: null,
    ...changes,
  });

  it.each([
    ['a specific refusal', item({}), null, ''],
    ['no answer at all', undefined, null, 'no report line'],
    [
      'an internal error',
      item({ rejection: 'internal-error', reason: 'Not imported: boom.' }),
      null,
      'internal-error',
    ],
    ['a reason that is not a sentence', item({ reason: 'binary' }), null, 'not a sentence'],
    ['another name', item({ file: 'y.txt' }), null, 'reported as'],
    [
      'a refusal of a file that must be stored',
      item({}),
      { status: 'stored', text: 'x', kept: [] },
      'should be stored',
    ],
    [
      'the wrong refusal',
      item({}),
      { status: 'rejected', rejection: 'empty' },
      'should be rejected as empty',
    ],
  ] as const)('%s', (_case, answer, expectation, problem) => {
    const problems = itemProblems(file(expectation), answer, 'x.txt').join('\n');
    if (problem === '') expect(problems).toBe('');
    else expect(problems).toContain(problem);
  });
});

describe('hostileFiles', () => {
  it('gives the same files for the same seed and others for another seed', async () => {
    const seeds = await readSeeds();
    const make = (seed: number) =>
      [...hostileFiles({ seed, count: 40, seeds, hugeLine: 'sparse', longLineChars: 1000 })].map(
        (f) => `${f.name}:${Buffer.from(f.bytes ?? []).toString('base64')}`,
      );
    expect(make(7)).toEqual(make(7));
    expect(make(7)).not.toEqual(make(8));
  });

  it('starts with one file of each kind and includes 255-byte names and kept bidi controls', async () => {
    const files = [
      ...hostileFiles({
        seed: 3,
        count: 400,
        seeds: await readSeeds(),
        hugeLine: 'sparse',
        longLineChars: 1000,
      }),
    ];
    expect(files.slice(0, FILE_KINDS.length).map((f) => f.kind)).toEqual(FILE_KINDS);
    expect(files.some((f) => Buffer.byteLength(f.name) === 255)).toBe(true);
    const kept = files.flatMap((f) => (f.expect?.status === 'stored' ? f.expect.kept : []));
    expect(kept.some((sample) => sample.includes('\u202E'))).toBe(true);
    expect(kept.some((sample) => sample.includes('<script>'))).toBe(true);
  });
});
