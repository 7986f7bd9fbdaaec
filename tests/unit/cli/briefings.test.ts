// `parallax briefing …` and `parallax export …` as a user runs them: a real process, a real case
// file, real files written (a PDF through a real Chromium where one is installed).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseDigest } from '../helpers/dbDigest';
import { SEEDS_DIR, tempCasePath, tempDir } from '../helpers/temp';

const bin = resolve(import.meta.dirname, '../../../bin/parallax.mjs');
const CHROMIUM = process.env.PARALLAX_CHROMIUM || '/usr/bin/chromium';

async function parallax(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], {
      maxBuffer: 64 * 1024 * 1024,
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Quotes the first occurrence of `words` in a document through the CLI, under one tag. */
async function quote(casePath: string, documentId: number, words: string, tag: string) {
  const shown = await parallax(['show', '--case', casePath, String(documentId), '--json']);
  const start = (JSON.parse(shown.stdout) as { text: string }).text.indexOf(words);
  expect(start).toBeGreaterThanOrEqual(0);
  const added = await parallax([
    'quote',
    'add',
    '--case',
    casePath,
    '--doc',
    String(documentId),
    '--start',
    String(start),
    '--end',
    String(start + words.length),
    '--tag',
    tag,
  ]);
  expect(added.code, added.stderr).toBe(0);
}

/** Builds the case once (a dozen CLI runs); each test gets its own copy of the file. */
async function draftedTemplate(): Promise<string> {
  const casePath = join(await mkdtemp(join(tmpdir(), 'parallax-cli-briefings-')), 'case.parallax');
  templateDirs.push(dirname(casePath));
  expect((await parallax(['import', '--case', casePath, SEEDS_DIR])).code).toBe(0);
  await quote(casePath, 1, 'العميد عبد الغني مهيب', 'تعاون');
  await quote(casePath, 2, 'استقبلت وزارة الدفاع وقدامى المحاربين في مالي', 'تعاون');
  await quote(casePath, 5, 'three-day visit', 'Visit');
  const drafted = await parallax([
    'briefing',
    'draft',
    '--case',
    casePath,
    '--from-tag',
    'تعاون',
    '--from-tag',
    'Visit',
    '--title',
    'تقرير مالي',
    '--json',
  ]);
  expect(drafted.code, drafted.stderr).toBe(0);
  expect(JSON.parse(drafted.stdout)).toEqual({ id: 1 });
  return casePath;
}

const templateDirs: string[] = [];
let template: Promise<string> | undefined;

afterAll(async () => {
  await Promise.all(templateDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A case with the seeds and a drafted briefing (id 1) citing Hespress, Assahifa and APA. */
async function caseWithDraft(): Promise<string> {
  template ??= draftedTemplate();
  const casePath = await tempCasePath();
  await copyFile(await template, casePath);
  return casePath;
}

describe('parallax briefing', () => {
  it('drafts from tags, lists and shows briefings with stable JSON', async () => {
    const casePath = await caseWithDraft();
    const listed = JSON.parse(
      (await parallax(['briefing', 'list', '--case', casePath, '--json'])).stdout,
    );
    expect(listed).toHaveLength(1);
    expect(Object.keys(listed[0]).sort()).toEqual([
      'author',
      'citationCount',
      'createdAt',
      'handling',
      'id',
      'language',
      'title',
      'uid',
      'updatedAt',
    ]);
    expect(listed[0]).toMatchObject({ id: 1, title: 'تقرير مالي', citationCount: 3 });

    const shown = JSON.parse(
      (await parallax(['briefing', 'show', '--case', casePath, '1', '--json'])).stdout,
    );
    expect(Object.keys(shown).sort()).toEqual(
      [...Object.keys(listed[0]), 'content', 'sources'].sort(),
    );
    expect(
      shown.sources.map((s: { number: number; outlet: string; publishedAt: string }) => [
        s.number,
        s.outlet,
        s.publishedAt,
      ]),
    ).toEqual([
      [1, 'Hespress', '2025-02-19'],
      [2, 'Assahifa', '2025-02-22'],
      [3, 'APA', null],
    ]);
    expect(shown.content.root.children[0]).toMatchObject({ type: 'heading', tag: 'h2' });

    const text = (await parallax(['briefing', 'show', '--case', casePath, '1'])).stdout;
    expect(text).toContain('## تعاون\nHespress, 2025-02-19 — ');
    expect(text).toContain('> العميد عبد الغني مهيب [2]');
    expect(text).toContain('## Visit');
    expect(text).toMatch(
      /\nSources\n\[1\] Hespress · .+ · 2025-02-19 · ar · 001_50a2ec957d30357a\.txt · [0-9a-f]{8}\n/,
    );
  });

  it('refuses unknown tags, ids and bad titles, storing nothing', async () => {
    const casePath = await caseWithDraft();
    const digest = await databaseDigest(casePath);
    const refusals: [string[], number, RegExp][] = [
      [['draft', '--from-tag', 'Nope', '--title', 'X'], 1, /There is no tag “Nope”\./],
      [['draft', '--from-tag', 'Visit'], 2, /needs --title TEXT/],
      [['draft', '--from-tag', 'Visit', '--title', '   '], 2, /a briefing needs a title/],
      [['draft', '--title', 'X'], 2, /needs --from-tag NAME/],
      [['show', '9'], 1, /There is no briefing 9 in this case\./],
      [['show', 'one'], 2, /Expected a briefing id/],
      [['rename'], 2, /briefing needs one of: list, show, draft/],
    ];
    for (const [args, code, message] of refusals) {
      const [action, ...rest] = args;
      const refused = await parallax(['briefing', action!, '--case', casePath, ...rest]);
      expect(refused.code, args.join(' ')).toBe(code);
      expect(refused.stderr).toMatch(message);
    }
    expect(await databaseDigest(casePath)).toBe(digest);
  });
});

describe('parallax export', () => {
  it('writes Markdown and HTML whole, and refuses a wrong call without writing', async () => {
    const casePath = await caseWithDraft();
    const out = await tempDir();
    const md = join(out, 'تقرير مالي.md');
    const written = await parallax(['export', '--case', casePath, '1', '--md', md, '--json']);
    expect(written.code, written.stderr).toBe(0);
    const markdown = await readFile(md, 'utf8');
    expect(JSON.parse(written.stdout)).toEqual({
      path: md,
      bytes: Buffer.byteLength(markdown),
      mimeType: 'text/markdown;charset=utf-8',
      fileName: 'تقرير مالي.md',
    });
    expect(markdown).toContain('تقرير مالي');
    expect(markdown).toContain('العميد عبد الغني مهيب');

    const html = join(out, 'out.html');
    expect((await parallax(['export', '--case', casePath, '1', '--html', html])).code).toBe(0);
    const page = await readFile(html, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/i);
    expect(page).toContain('استقبلت وزارة الدفاع');

    const digest = await databaseDigest(casePath);
    const refusals: [string[], number, RegExp][] = [
      [['1'], 2, /exactly one of --pdf/],
      [['1', '--md', join(out, 'a.md'), '--html', join(out, 'a.html')], 2, /exactly one of/],
      [['--md', join(out, 'a.md')], 2, /needs one briefing ID/],
      [['7', '--md', join(out, 'a.md')], 1, /There is no briefing 7/],
      [
        ['1', '--md', join(out, 'missing-folder', 'a.md')],
        1,
        /Cannot write .+a\.md \(ENOENT\); nothing was written\./,
      ],
    ];
    for (const [args, code, message] of refusals) {
      const refused = await parallax(['export', '--case', casePath, ...args]);
      expect(refused.code, args.join(' ')).toBe(code);
      expect(refused.stderr).toMatch(message);
    }
    expect(await databaseDigest(casePath)).toBe(digest);
    // Only the two exports: no refused file and no temporary file left behind.
    expect((await readdir(out)).sort()).toEqual(['out.html', 'تقرير مالي.md'].sort());
  });

  it('says clearly when there is no Chromium to print with, and writes nothing', async () => {
    const casePath = await caseWithDraft();
    const out = await tempDir();
    const refused = await parallax(
      ['export', '--case', casePath, '1', '--pdf', join(out, 'b.pdf')],
      { ...process.env, PARALLAX_CHROMIUM: join(out, 'no-such-chromium') },
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('PARALLAX_CHROMIUM is set to');
    expect(await readdir(out)).toEqual([]);
  });

  it.skipIf(!existsSync(CHROMIUM))(
    'prints a PDF through a local Chromium',
    async () => {
      const casePath = await caseWithDraft();
      const out = await tempDir();
      const pdf = join(out, 'briefing.pdf');
      const printed = await parallax(['export', '--case', casePath, '1', '--pdf', pdf], {
        ...process.env,
        PARALLAX_CHROMIUM: CHROMIUM,
      });
      expect(printed.code, printed.stderr).toBe(0);
      const bytes = await readFile(pdf);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bytes.subarray(-8).toString('latin1')).toContain('%%EOF');
      expect(await readdir(out)).toEqual(['briefing.pdf']);
      // Read back: the source list names all three outlets (pdftotext is where poppler is installed).
      if (existsSync('/usr/bin/pdftotext')) {
        const { stdout } = await promisify(execFile)('/usr/bin/pdftotext', ['-layout', pdf, '-']);
        for (const outlet of ['Hespress', 'Assahifa', 'APA']) expect(stdout).toContain(outlet);
      }
    },
    60_000,
  );
});
