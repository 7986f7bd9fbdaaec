// parallax backup: a real process on a real case — snapshots listed, a damaged case diagnosed and
// restored from its newest good backup, refusals that change nothing.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { databaseDigest } from '../helpers/dbDigest';
import { SEEDS_DIR, tempCasePath } from '../helpers/temp';

const bin = resolve(import.meta.dirname, '../../../bin/parallax.mjs');

async function parallax(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('parallax backup', () => {
  it('creates and lists snapshots, diagnoses a damaged case and restores the newest good one', async () => {
    const casePath = await tempCasePath();
    expect((await parallax('import', '--case', casePath, SEEDS_DIR)).code).toBe(0);
    const created = await parallax('backup', 'create', '--case', casePath, '--json');
    expect(created.code).toBe(0);
    const entry = JSON.parse(created.stdout) as { fileName: string; reason: string };
    expect(entry.reason).toBe('manual');
    const listed = JSON.parse(
      (await parallax('backup', 'list', '--case', casePath, '--json')).stdout,
    ) as {
      fileName: string;
    }[];
    expect(listed.map((b) => b.fileName)).toContain(entry.fileName);
    expect((await parallax('backup', 'check', '--case', casePath)).stdout).toMatch(/: ok/);
    const goodDigest = await databaseDigest(casePath);

    // Scribble over the case's pages: it no longer opens as a case.
    const bytes = await readFile(casePath);
    bytes.fill(0x5a, 4096, bytes.length);
    await writeFile(casePath, bytes);
    const check = await parallax('backup', 'check', '--case', casePath);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/is damaged/);
    expect(check.stdout).toMatch(/Newest good backup: .*\.parallax/);

    const restored = await parallax('backup', 'restore', '--case', casePath, '--newest', '--json');
    expect(restored.code).toBe(0);
    expect(JSON.parse(restored.stdout)).toMatchObject({
      replaced: expect.stringContaining('.replaced-'),
    });
    expect(await databaseDigest(casePath)).toBe(goodDigest);
    expect(JSON.parse((await parallax('list', '--case', casePath, '--json')).stdout)).toHaveLength(
      5,
    );
  });

  it('refuses a name that is not one of the case’s backups, and a wrong action, changing nothing', async () => {
    const casePath = await tempCasePath();
    expect((await parallax('import', '--case', casePath, SEEDS_DIR)).code).toBe(0);
    const before = await databaseDigest(casePath);
    const foreign = await parallax('backup', 'restore', '--case', casePath, '../../etc/passwd');
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toMatch(/passwd is not a backup of/);
    const none = await parallax('backup', 'restore', '--case', casePath);
    expect(none.stderr).toMatch(/needs a backup file name .* or --newest/);
    const wrong = await parallax('backup', 'frobnicate', '--case', casePath);
    expect(wrong.stderr).toMatch(/backup needs list, create, check or restore/);
    expect(await databaseDigest(casePath)).toBe(before);
  });
});
