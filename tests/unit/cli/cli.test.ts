// The parallax command as a user runs it: a real process, a real case file.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { databaseDigest } from '../helpers/dbDigest';
import { SEEDS_DIR, tempCasePath, tempDir } from '../helpers/temp';

const bin = resolve(import.meta.dirname, '../../../bin/parallax.mjs');

async function parallax(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('parallax CLI', () => {
  it('prints help documenting every command', async () => {
    const { code, stdout } = await parallax('--help');
    expect(code).toBe(0);
    for (const command of ['import', 'list', 'show', 'search', '--json', '--case'])
      expect(stdout).toContain(command);
  });

  it('imports a folder, lists, shows and searches with stable JSON', async () => {
    const casePath = await tempCasePath();
    const imported = await parallax('import', '--case', casePath, SEEDS_DIR, '--json');
    expect(imported.code).toBe(0);
    const items = JSON.parse(imported.stdout) as Record<string, unknown>[];
    expect(items).toHaveLength(5);
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual([
        'documentId',
        'file',
        'language',
        'reason',
        'status',
        'title',
      ]);
      expect(item.status).toBe('imported');
    }
    expect(items.map((i) => i.language)).toEqual(['ar', 'ar', 'ar', 'fr', 'en']);

    const listed = JSON.parse(
      (await parallax('list', '--case', casePath, '--json')).stdout,
    ) as Record<string, unknown>[];
    expect(listed).toHaveLength(5);
    expect(Object.keys(listed[0]!).sort()).toEqual([
      'bytes',
      'encoding',
      'fileName',
      'id',
      'language',
      'outlet',
      'publishedAt',
      'title',
    ]);
    const byFile = new Map(listed.map((d) => [String(d.fileName).slice(0, 3), d]));
    expect(byFile.get('001')).toMatchObject({
      outlet: 'Hespress',
      publishedAt: '2025-02-19',
      language: 'ar',
      encoding: 'utf-8',
    });
    expect(byFile.get('000')).toMatchObject({ outlet: 'Assahifa', publishedAt: '2025-02-22' });
    expect(byFile.get('004')).toMatchObject({ outlet: 'APA', language: 'en' });

    const id = String(byFile.get('003')!.id);
    const shown = JSON.parse((await parallax('show', '--case', casePath, id, '--json')).stdout) as {
      text: string;
      segments: { kind: string; start: number; end: number }[];
    };
    expect(shown.text.startsWith('Le Maroc et le Mali')).toBe(true);
    expect(shown.segments.some((s) => s.kind === 'sentence')).toBe(true);

    const hits = JSON.parse(
      (await parallax('search', '--case', casePath, 'مالي', '--json')).stdout,
    ) as { documentId: number; start: number; end: number; snippet: string }[];
    expect(hits.length).toBeGreaterThan(0);
    expect(Object.keys(hits[0]!).sort()).toEqual(['documentId', 'end', 'snippet', 'start']);
  });

  it('imports a folder large enough to use the analysis worker, to the end', async () => {
    // 60 files go through the analysis worker; the command must wait for every one of them.
    const casePath = await tempCasePath();
    const dir = await tempDir();
    for (let i = 0; i < 60; i++) {
      await writeFile(
        join(dir, `note-${i}.txt`),
        `Note ${i}. The delegation met in Bamako on day ${i}.`,
      );
    }
    const { code, stdout } = await parallax('import', '--case', casePath, dir, '--json');
    expect(code).toBe(0);
    const items = JSON.parse(stdout) as { status: string }[];
    expect(items).toHaveLength(60);
    expect(items.every((i) => i.status === 'imported')).toBe(true);
  });

  it('reports rejected files but still exits 0', async () => {
    const casePath = await tempCasePath();
    const dir = await tempDir();
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'scan.pdf'), '%PDF-1.4');
    const { code, stdout } = await parallax(
      'import',
      '--case',
      casePath,
      join(dir, 'empty.txt'),
      join(dir, 'scan.pdf'),
      join(dir, 'missing.txt'),
      '--json',
    );
    expect(code).toBe(0);
    const items = JSON.parse(stdout) as { status: string; reason: string }[];
    expect(items.map((i) => i.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(items[0]!.reason).toMatch(/empty/i);
    expect(items[1]!.reason).toMatch(/\.pdf/);
    expect(items[2]!.reason).toMatch(/ENOENT/);
  });

  it.each([
    [['list'], /needs --case FILE/],
    [['frobnicate', '--case', 'x'], /Unknown command "frobnicate"/],
    [['show', '--case', 'CASE', 'abc'], /Expected a document id/],
    [['search', '--case', 'CASE'], /search needs a query/],
    [['list', '--case', 'CASE', '--bogus'], /Unknown option '--bogus'/],
    [['align', '--case', 'CASE', '4'], /align needs two document ids/],
    [['align', '--case', 'CASE', '4', 'x'], /Expected a document id/],
    [['align', '--case', 'CASE', '4', '5', '--mode', 'sideways'], /--mode must be one of/],
  ])('refuses %j with usage exit code 2', async (args, message) => {
    const casePath = await tempCasePath();
    const { code, stderr } = await parallax(...args.map((a) => (a === 'CASE' ? casePath : a)));
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('fails with exit code 1 on an unknown document', async () => {
    const { code, stderr } = await parallax('show', '--case', await tempCasePath(), '42');
    expect(code).toBe(1);
    expect(stderr).toContain('There is no document 42 in this case.');
  });

  it('aligns two documents with offsets and the exact text of each side', async () => {
    const casePath = await tempCasePath();
    await parallax('import', '--case', casePath, SEEDS_DIR);
    const { code, stdout } = await parallax('align', '--case', casePath, '4', '5', '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as {
      mode: string;
      links: { a: Side | null; b: Side | null; score: number; origin: string }[];
    };
    type Side = { start: number; end: number; text: string };
    expect(result.mode).toBe('translation');
    const french = JSON.parse((await parallax('show', '--case', casePath, '4', '--json')).stdout)
      .text as string;
    const english = JSON.parse((await parallax('show', '--case', casePath, '5', '--json')).stdout)
      .text as string;
    for (const link of result.links) {
      expect(Object.keys(link).sort()).toEqual(['a', 'b', 'origin', 'score']);
      expect(link.origin).toBe('auto');
      if (link.a) expect(french.slice(link.a.start, link.a.end)).toBe(link.a.text);
      if (link.b) expect(english.slice(link.b.start, link.b.end)).toBe(link.b.text);
    }
    const visit = result.links.find((l) => l.a?.text.includes('visite de trois jours'));
    expect(visit?.b?.text).toContain('three-day visit');

    const itself = await parallax('align', '--case', casePath, '4', '4');
    expect(itself.code).toBe(1);
    expect(itself.stderr).toMatch(/cannot be aligned with itself/);
  });

  it('files quotes under tags and lists them as stable JSON; refused calls store nothing', async () => {
    const casePath = await tempCasePath();
    await parallax('import', '--case', casePath, SEEDS_DIR);
    expect((await parallax('tag', 'add', '--case', casePath, 'أمن')).code).toBe(0);
    expect((await parallax('tag', 'add', '--case', casePath, 'Mali', '--parent', 'أمن')).code).toBe(
      0,
    );
    const added = await parallax(
      'quote',
      'add',
      '--case',
      casePath,
      '--doc',
      '5',
      '--start',
      '0',
      '--end',
      '16',
      '--tag',
      'Mali',
      '--tag',
      'Partnership',
      '--note',
      'opening',
      '--json',
    );
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toEqual({
      id: 1,
      documentId: 5,
      start: 0,
      end: 16,
      text: 'Morocco and Mali',
      prefix: '',
      suffix: ' have strengthened their long-st',
      note: 'opening',
      tags: ['أمن › Mali', 'Partnership'],
    });
    const before = await databaseDigest(casePath);
    for (const args of [
      ['--doc', '5', '--start', '10', '--end', '5'],
      ['--doc', '99', '--start', '0', '--end', '5'],
      ['--doc', '5', '--start', '-1', '--end', '5'],
      ['--doc', '5', '--start', '0', '--end', '99999999'],
    ]) {
      const refused = await parallax('quote', 'add', '--case', casePath, ...args, '--tag', 'Never');
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toMatch(/parallax: /);
    }
    expect(await databaseDigest(casePath)).toBe(before);

    expect(
      (await parallax('tag', 'merge', '--case', casePath, 'Partnership', 'أمن/Mali')).code,
    ).toBe(0);
    expect((await parallax('tag', 'rename', '--case', casePath, 'Mali', 'مالي')).code).toBe(0);
    const listed = JSON.parse(
      (await parallax('quote', 'list', '--case', casePath, '--tag', 'أمن', '--json')).stdout,
    );
    expect(listed).toHaveLength(1);
    expect(listed[0].tags).toEqual(['أمن › مالي']);
    const tags = JSON.parse((await parallax('tag', 'list', '--case', casePath, '--json')).stdout);
    expect(tags.map((t: { path: string }) => t.path)).toEqual(['أمن', 'أمن › مالي']);
    const deleted = await parallax('tag', 'delete', '--case', casePath, 'مالي', '--json');
    expect(JSON.parse(deleted.stdout)).toEqual({ untagged: 1 });
    expect(
      JSON.parse((await parallax('quote', 'list', '--case', casePath, '--json')).stdout)[0].tags,
    ).toEqual([]);
    const unknown = await parallax('tag', 'delete', '--case', casePath, 'Nope');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('There is no tag “Nope”.');
  });
});
